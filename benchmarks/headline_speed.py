"""What a headline costs: ``summarize`` with and without it on the same articles, in one run.

    python benchmarks/headline_speed.py ../shared/data/bbc_articles_dev.jsonl [--limit N] [--repeat R]

Prints, per article, the CPU time of ``summarize(headline=False)``, of ``summarize()`` (the headline
made from the ranking already computed) and of ``headline()`` alone (the ``/v1/headline`` door), and
the headline's cost as the difference of the first two. Every figure is the best of R passes in this
one run (one BLAS thread, process CPU time), so the difference holds on a shared, noisy machine. Run
it at two revisions to compare their headline costs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


from library_speed import _best, read_speed_corpus  # noqa: E402  (best of R passes, CPU time)
from summarizer import Article, headline, summarize  # noqa: E402


def main(argv=None) -> int:
    args, items = read_speed_corpus(__doc__, argv, limit=300)
    articles = [Article(item["text"]) for item in items]  # no title: the headline is made from the text
    n = len(articles)
    for article in articles[:20]:  # warm the caches (stop words, stemmer, verb tables) and imports
        summarize(article)
        headline(article)

    def run(**options):
        return lambda: [summarize(a, keyphrases=0, **options) for a in articles]

    without = _best(run(headline=False), args.repeat) / n
    with_ = _best(run(), args.repeat) / n
    alone = _best(lambda: [headline(a) for a in articles], args.repeat) / n
    print(f"{n} articles, best of {args.repeat} passes (CPU time per article)\n")
    print("| call | ms per article |")
    print("|---|---:|")
    print(f"| summarize(headline=False) | {without * 1000:.3f} |")
    print(f"| summarize() | {with_ * 1000:.3f} |")
    print(f"| headline() | {alone * 1000:.3f} |")
    print(f"\nthe headline's cost in summarize(): {(with_ - without) * 1000:.3f} ms per article "
          f"({(with_ - without) / without:.1%} of a brief without it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
