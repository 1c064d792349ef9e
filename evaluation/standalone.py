"""``python -m evaluation.standalone``: how many brief sentences lean on a sentence the brief left out.

A sentence leans on its article's previous sentence when it opens with a pronoun or a connective
("He", "This", "But", "However") or quotes someone without naming the speaker
(:func:`summarizer.rank.default.leans_on`). In a brief without that previous sentence it leaves the
reader asking "who?". The figure is the share of all brief sentences that do, per method.
"""

from __future__ import annotations

import argparse
import sys

from summarizer import list_methods, summarize
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.rank.default import leans_on
from summarizer.vectorize import Features

from .corpus import load_corpus

__all__ = ["leaning_share", "main"]


def leaning_share(sources, method: str, **budget) -> tuple[int, int]:
    """``(leaning, total)``: brief sentences that lean on a left-out sentence, and all brief sentences."""
    leaning = total = 0
    for source in sources:
        features = Features(read_document(source), make_options())
        index = {(s.article, s.start): i for i, s in enumerate(features.document.sentences)}
        needs = leans_on(features)
        brief = summarize(source, method=method, headline=False, keyphrases=0, **budget)
        chosen = {index[(s.article, s.start)] for s in brief.sentences}
        total += len(chosen)
        leaning += sum(1 for i in chosen if needs[i] >= 0 and needs[i] not in chosen)
    return leaning, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.standalone", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, help="a JSONL corpus of single articles")
    parser.add_argument("--source", help="only the records of this source (cnn, dailymail)")
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sentences", type=int, default=3, help="the budget (3)")
    parser.add_argument("--methods", nargs="+", default=["default"], choices=list_methods())
    args = parser.parse_args(argv)
    records = load_corpus(args.corpus, limit=args.limit, skip=args.skip, source=args.source)
    sources = [r.entries[0].article for r in records if not r.is_set]
    print("| method | brief sentences | leaning on a left-out sentence |")
    print("|---|---:|---:|")
    for method in args.methods:
        leaning, total = leaning_share(sources, method, sentences=args.sentences)
        print(f"| {method} | {total} | {leaning} ({100.0 * leaning / max(total, 1):.1f}%) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
