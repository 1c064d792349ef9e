"""In-process speed of the library against sumy's TextRank on the same articles and segmentation.

    python benchmarks/library_speed.py ../shared/data/bbc_articles_dev.jsonl [--limit N] [--repeat R]

Prints articles/s for our methods (end to end from raw text: parse, segment, vectorize, rank, select,
headline and keyphrases) and for sumy's TextRank fed by sumy's own PlaintextParser with our tokenizer
(sumy's NLTK tokenizer needs data that cannot be downloaded here), the ratio between them, and the
time to summarize one merged set of 200 articles, and how a set's time grows with its size (10 to
1,000 articles, as far as `--limit` reaches). Every figure is the best of R passes, all measured in
this one run, so the ratio holds on a shared, noisy machine; times are the process's CPU time (one
BLAS thread), which other processes on the machine stretch much less than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from threadpoolctl import threadpool_limits  # noqa: E402

from summarizer import Article, summarize  # noqa: E402
from summarizer.language import stemmer, stop_words  # noqa: E402
from summarizer.rank.sumy_methods import SumyTokenizer  # noqa: E402


def _sumy_textrank(texts: list[str]) -> None:
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.text_rank import TextRankSummarizer

    tokenizer = SumyTokenizer("english")
    summarizer = TextRankSummarizer(stemmer("english"))
    summarizer.stop_words = stop_words("english")
    for text in texts:
        summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)


def _ours(articles: list[Article], method: str) -> None:
    for article in articles:
        summarize(article, method=method)


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def read_speed_corpus(doc: str, argv=None, *, limit: int | None = None) -> tuple[argparse.Namespace, list[dict]]:
    """The arguments every speed script takes (``corpus``, ``--limit``, ``--repeat``) and the corpus's
    first ``--limit`` items; NumPy's BLAS is held to one thread, as the CLI and the service hold it."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("corpus", help="JSONL of articles {id, title, text}")
    default = "all" if limit is None else limit
    parser.add_argument("--limit", type=int, default=limit, help=f"first N articles (default: {default})")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    threadpool_limits(1)
    with open(args.corpus, encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines][: args.limit]
    return args, items


def main(argv=None) -> int:
    args, items = read_speed_corpus(__doc__, argv)
    texts = [item["text"] for item in items]
    articles = [Article(item["text"], item.get("title")) for item in items]
    n = len(articles)
    _ours(articles[:20], "default")  # warm the caches (stop words, stemmer) and imports
    _sumy_textrank(texts[:5])

    rows = []
    for name, fn in [
        ("ours: default", lambda: _ours(articles, "default")),
        ("ours: textrank", lambda: _ours(articles, "textrank")),
        ("sumy TextRank (our tokenizer)", lambda: _sumy_textrank(texts)),
    ]:
        rows.append((name, n / _best(fn, args.repeat)))
    sumy_rate = rows[-1][1]
    print(f"{n} articles, best of {args.repeat} passes (CPU time)\n")
    print("| system | articles/s | x sumy TextRank |")
    print("|---|---:|---:|")
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} | {rate / sumy_rate:.1f} |")

    merged = articles[:200]
    seconds = _best(lambda: summarize(merged), args.repeat)
    print(f"\nmerged set of {len(merged)} articles, default method: {seconds * 1000:.0f} ms of CPU")
    _set_growth(articles, args.repeat)
    return 0


def _set_growth(articles: list[Article], repeat: int) -> None:
    """CPU time of a merged set as it grows: the default brief (5 sentences: the greedy concept
    cover), a 100-word brief (greedy, then the exact solve over a bounded pool) and the same with
    MMR selection (``set_selection="mmr"``), the peer in the same run."""
    print("\n| articles in the set | default brief, ms | words=100, ms | words=100 with MMR, ms | per article, words=100 |")
    print("|---:|---:|---:|---:|---:|")
    for size in (10, 25, 50, 100, 200, 400, 1000):
        if size > len(articles):
            break
        part = articles[:size]
        plain = _best(lambda: summarize(part), repeat)
        capped = _best(lambda: summarize(part, words=100), repeat)
        mmr = _best(lambda: summarize(part, words=100, set_selection="mmr"), repeat)
        print(f"| {size} | {plain * 1000:.0f} | {capped * 1000:.0f} | {mmr * 1000:.0f} | {capped * 1000 / size:.2f} |")


if __name__ == "__main__":
    raise SystemExit(main())
