"""``summarize_many`` beside ``summarize()`` one article at a time and sumy's TextRank, in one run.

    python benchmarks/batch_speed.py ../shared/data/bbc_articles_dev.jsonl [--limit 1000] [--repeat 3]

Prints the CPU time per article (one BLAS thread, best of R passes) of: ``summarize_many`` over all
the articles (with their titles, default options: brief, headline, keyphrases), ``summarize()`` called
on each, the same two without headline and keyphrases, and sumy's TextRank fed by its own
PlaintextParser with our tokenizer (as ``library_speed.py`` runs it); then checks that every brief of
``summarize_many`` equals ``summarize()``'s (every field; scores to 1e-9) and exits non-zero if one
does not.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from summarizer import Article, Brief, summarize, summarize_many  # noqa: E402
from library_speed import _best, _sumy_textrank, read_speed_corpus  # noqa: E402  (run as library_speed.py runs them)


def same(a: Brief, b: Brief) -> bool:
    """Equal in every field, scores to float tolerance."""
    fields = ("headline", "keyphrases", "method", "titles", "sentences_in", "words_in", "language")
    if any(getattr(a, name) != getattr(b, name) for name in fields) or a.metadata != b.metadata:
        return False
    if len(a.sentences) != len(b.sentences):
        return False
    for x, y in zip(a.sentences, b.sentences):
        if (x.text, x.article, x.paragraph, x.start, x.end, x.truncated) != (
            y.text, y.article, y.paragraph, y.start, y.end, y.truncated
        ):  # fmt: skip
            return False
        if not math.isclose(x.score, y.score, rel_tol=1e-9, abs_tol=1e-12):
            return False
    return True


def main(argv=None) -> int:
    args, items = read_speed_corpus(__doc__, argv, limit=1000)
    articles = [Article(item["text"], item.get("title")) for item in items]
    texts = [item["text"] for item in items]
    n = len(articles)
    list(summarize_many(articles))  # warm the caches (stop words, stems, chunk tables) and imports
    _sumy_textrank(texts[:5])
    bare = {"headline": False, "keyphrases": 0}

    plain = ", no headline or keyphrases"
    runs = [
        ("summarize_many", lambda: list(summarize_many(articles))),
        ("summarize() per article", lambda: [summarize(a) for a in articles]),
        ("summarize_many" + plain, lambda: list(summarize_many(articles, **bare))),
        ("summarize() per article" + plain, lambda: [summarize(a, **bare) for a in articles]),
        ("sumy TextRank (our tokenizer)", lambda: _sumy_textrank(texts)),
    ]
    rows = [(name, _best(fn, args.repeat)) for name, fn in runs]
    sumy = rows[-1][1]
    print(f"{n} articles, best of {args.repeat} passes (CPU time, one BLAS thread)\n")
    print("| system | us/article | x sumy TextRank |")
    print("|---|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds / n * 1e6:,.0f} | {sumy / seconds:.2f} |")

    pairs = zip(summarize_many(articles), map(summarize, articles))
    differ = [k for k, (a, b) in enumerate(pairs) if not same(a, b)]
    print(f"\nbriefs of summarize_many equal to summarize()'s: {n - len(differ)} of {n}")
    if differ:
        print(f"different: articles {differ[:20]}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
