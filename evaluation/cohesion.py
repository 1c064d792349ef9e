"""Where the set-cohesion threshold comes from: the cohesion of real sets against unrelated ones.

``python -m evaluation.cohesion`` prints the cohesion (:mod:`summarizer.cohesion`) of every set of
the set corpora given (reports of one event: DUC 2003, TAC, MultiLing) and of sets drawn from a
corpus of single articles (BBC, whose ids name the category), each of ``--size`` articles drawn at
random from as many different categories as there are, or within one category (``--same-category``: related topics, different
events). The threshold should sit below nearly every real set and above nearly every unrelated one.
"""

from __future__ import annotations

import argparse
import random

import numpy as np

from summarizer.cohesion import THRESHOLD, set_cohesion
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features

from .corpus import load_corpus

__all__ = ["cohesion_of", "drawn_sets", "main"]


def cohesion_of(articles) -> float:
    """The cohesion of a list of :class:`summarizer.Article`."""
    cohesion = set_cohesion(Features(read_document(list(articles)), make_options(language="english")))
    return float("nan") if cohesion is None else cohesion


def drawn_sets(records, size: int, count: int, seed: int, same_category: bool) -> list[list]:
    """``count`` sets of ``size`` single articles: from different categories, or all from one."""
    rng = random.Random(seed)
    by_category: dict[str, list] = {}
    for record in records:
        category = record.id.rsplit("-", 1)[0]  # BBC's ids: bbc-business-002
        by_category.setdefault(category, []).append(record.entries[0].article)
    categories = sorted(by_category)
    sets = []
    for _ in range(count):
        if same_category:
            pool = by_category[rng.choice(categories)]
            sets.append(rng.sample(pool, size))
        else:
            sets.append([rng.choice(by_category[categories[i % len(categories)]]) for i in range(size)])
    return sets


def _line(name: str, values: list[float]) -> str:
    v = np.array(values)
    below = float((v < THRESHOLD).mean() * 100)
    return (
        f"| {name} | {len(v)} | {v.min():.3f} | {np.percentile(v, 5):.3f} | {np.median(v):.3f} | "
        f"{np.percentile(v, 95):.3f} | {v.max():.3f} | {below:.0f}% |"
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.cohesion", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sets", nargs="+", default=[], help="JSONL corpora of merged sets")
    parser.add_argument("--singles", help="a JSONL corpus of single articles with categories (BBC)")
    parser.add_argument("--size", type=int, nargs="+", default=[10], help="articles in each drawn set")
    parser.add_argument("--count", type=int, default=100, help="drawn sets of each size")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(f"Threshold {THRESHOLD}.\n")
    print("| sets | n | min | 5% | median | 95% | max | below the threshold |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path in args.sets:
        records = [r for r in load_corpus(path) if r.is_set]
        print(_line(path.rsplit("/", 1)[-1], [cohesion_of(e.article for e in r.entries) for r in records]))
    if args.singles:
        records = load_corpus(args.singles)
        for size in args.size:
            for same in (False, True):
                sets = drawn_sets(records, size, args.count, args.seed, same)
                kind = "one category" if same else "different categories"
                print(_line(f"{size} BBC articles, {kind}", [cohesion_of(s) for s in sets]))


if __name__ == "__main__":
    main()
