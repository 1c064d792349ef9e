"""How much a headline's choice of sentence could gain: each sentence of the article, cut raw to the
byte budget, scored against the references.

    python -m evaluation.headline_oracle --corpus CORPUS.jsonl [--protocol headline-human]
        [--headline-bytes 75] [--measure recall] [--first 3] [--limit N] [--skip N]

For every item of the headline protocol it prints the mean ROUGE-1 of: the first sentence; the
ranking's choice among the first ``--first`` sentences (the one `summarize` scores highest); the best
of those (an oracle); and the best sentence of the whole article (an oracle). Sentences are the
library's, in document order, cut to the bytes as DUC cut a line (no compression): so the figures
bound what choosing a sentence alone can do, beside what the compressed headline scores.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np

from summarizer import headline, summarize

from .corpus import load_corpus
from .protocols import Item, build_items
from .scoring import cut_bytes, score

__all__ = ["choices", "main"]

def choices(item: Item, byte_limit: int, measure: str, first: int) -> dict[str, float]:
    """ROUGE-1 of the first sentence, the ranking's choice and the best among the first ``first``,
    the best of all, and the library's headline, each cut to ``byte_limit`` bytes."""
    brief = summarize(item.source, ratio=1.0)  # every sentence, each with its score
    ordered = sorted(brief.sentences, key=lambda s: (s.article, s.start))

    def rouge1(text: str) -> float:
        return float(score(cut_bytes(text, byte_limit), item.references, measure)[0])

    scores = [rouge1(s.text) for s in ordered]
    early = ordered[:first]
    ranked = max(range(len(early)), key=lambda i: early[i].score)
    return {
        "first sentence": scores[0],
        f"the ranking's choice of the first {first}": scores[ranked],
        f"best of the first {first}": max(scores[:first]),
        "best sentence": max(scores),
        "the headline": rouge1(headline(item.source)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.headline_oracle", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", required=True, help="JSONL corpus")
    parser.add_argument("--protocol", default="headline-human", choices=("headline", "headline-human"))
    parser.add_argument("--headline-bytes", type=int, default=75, help="the byte budget (default: DUC's 75)")
    parser.add_argument("--measure", default="recall", choices=("recall", "f1"))
    parser.add_argument("--first", type=int, default=3, help="how many leading sentences the choice is among")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N records (of the limit)")
    args = parser.parse_args(argv)
    if args.first < 1 or args.headline_bytes < 1:
        parser.error("--first and --headline-bytes must be at least 1")
    items = build_items(load_corpus(args.corpus, limit=args.limit)[args.skip :], args.protocol)
    if not items:
        print("error: no item of this protocol in the corpus", file=sys.stderr)
        return 2
    rows = [choices(item, args.headline_bytes, args.measure, args.first) for item in items]
    print(f"{len(rows)} items, ROUGE-1 {args.measure}, {args.headline_bytes} bytes\n")
    print("| line | ROUGE-1 |\n|---|---:|")
    for name in rows[0]:
        print(f"| {name} | {np.mean([r[name] for r in rows]):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
