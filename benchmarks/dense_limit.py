"""Merged sets under several dense/sparse limits (``summarizer.vectorize._DENSE_CELLS``): time and briefs.

    python benchmarks/dense_limit.py ../shared/data/bbc_articles_dev.jsonl \\
        ../shared/data/{duc2003_clusters_dev,tac_clusters_dev,multiling2011_en_clusters}.jsonl

The first file holds single articles, cut into merged sets of 10, 20, 50 and 100 of them; the others
hold merged sets (``{"articles": [...]}``). For each limit, prints the CPU time per article of
``summarize()`` on one set of each kind (best of ``--repeat``, the limits taken in turn within each
pass so that the machine's load falls on all of them alike) and how many of all the sets get the
same brief, headline and keyphrases as under the first limit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from threadpoolctl import threadpool_limits  # noqa: E402

import summarizer.vectorize as vectorize  # noqa: E402
from summarizer import Article, summarize  # noqa: E402

LIMITS = (2_000_000, 500_000, 200_000, 100_000)


def _sets(singles: Path, merged: list[Path]) -> list[tuple[str, list[Article]]]:
    with singles.open(encoding="utf-8") as lines:
        articles = [Article(item["text"], item.get("title")) for item in map(json.loads, lines)]
    sets = [(f"BBC {size}", articles[i : i + size]) for size in (10, 20, 50, 100) for i in range(0, 3 * size, size)]
    for path in merged:
        with path.open(encoding="utf-8") as lines:
            for item in map(json.loads, lines):
                sets.append((path.stem, [Article(a["text"], a.get("title")) for a in item["articles"]]))
    return sets


def _brief(articles: list[Article]) -> tuple:
    brief = summarize(articles)
    return brief.headline, [(s.article, s.start, s.end) for s in brief.sentences], brief.keyphrases


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("singles", type=Path, help="JSONL of single articles {title, text} (BBC)")
    parser.add_argument("merged", type=Path, nargs="*", help="JSONL files of merged sets {articles: [...]}")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    threadpool_limits(1)
    sets = _sets(args.singles, args.merged)
    timed = {name: arts for name, arts in reversed(sets)}  # the first set of each kind
    best: dict[tuple[str, int], float] = {}
    for _ in range(args.repeat):
        for limit in LIMITS:
            vectorize._DENSE_CELLS = limit
            for name, articles in timed.items():
                started = time.process_time()
                summarize(articles)
                seconds = time.process_time() - started
                best[name, limit] = min(best.get((name, limit), seconds), seconds)
    briefs = {}
    for limit in LIMITS:
        vectorize._DENSE_CELLS = limit
        briefs[limit] = [_brief(articles) for _, articles in sets]
    print(f"CPU ms per article of one set of each kind (best of {args.repeat}); briefs as at {LIMITS[0]:,}\n")
    print("| set | " + " | ".join(f"{limit:,}" for limit in LIMITS) + " |")
    print("|---|" + "---:|" * len(LIMITS))
    for name, articles in timed.items():
        cells = " | ".join(f"{best[name, limit] * 1000 / len(articles):.2f}" for limit in LIMITS)
        print(f"| {name} ({len(articles)} articles) | {cells} |")
    same = " | ".join(f"{sum(a == b for a, b in zip(briefs[LIMITS[0]], briefs[limit]))}" for limit in LIMITS)
    print(f"| same briefs (of {len(sets)} sets) | {same} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
