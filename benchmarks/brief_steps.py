"""Instructions per article of the steps after the ranking (``pipeline.make_brief``), by valgrind.

    python benchmarks/brief_steps.py ../shared/data/bbc_articles_dev.jsonl [--limit 40]

The first ``--limit`` articles (with their titles, default options) are read, vectorized and ranked
once; a pass of ``make_brief`` over them fills every cache (stems, chunk tables, headline tables).
Then one more pass runs a single step: the keyphrases, the selection, ``make_brief`` without its
headline (keyphrases, selection, order, cohesion, the ``Brief``), the same without keyphrases, or the
whole ``make_brief``. Each step is counted in its own process under callgrind, and the count of a
process that stops after the filling pass is taken off, so what is left, divided by the articles, is
the step's cost per article (see ``instructions.py`` for why instructions rather than time). The
cyclic garbage collector is off in these processes: a full collection over the caches costs more
than a step, and where it falls would decide the figure. Needs
``valgrind``; about a minute per step.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instructions import ROOT, callgrind  # noqa: E402
STEPS = {
    "keyphrases": "extract_keyphrases (8 phrases)",
    "select": "method.select",
    "no_headline": "make_brief, no headline",
    "bare": "make_brief, no headline, no keyphrases",
    "full": "make_brief (default options)",
}

# Run by each measured process, with the code under test first on sys.path.
_PROGRAM = """
import dataclasses, gc, json, sys
from itertools import islice
gc.disable()  # a collection falls in one pass or another: its cost would blur the step's
sys.path.insert(0, sys.argv[1])
from summarizer import Article, pipeline
from summarizer.budget import resolve_budget
from summarizer.keyphrases import extract_keyphrases
from summarizer.options import make_options
from summarizer.rank import get_method
from summarizer.vectorize import Features
with open(sys.argv[2], encoding="utf-8") as lines:
    items = [json.loads(line) for line in islice(lines, int(sys.argv[3]))]
method = get_method(make_options(None).method)
ranked = []
for item in items:
    articles = [Article(item["text"], item.get("title"))]
    features = Features(pipeline._read_articles(articles), make_options(None))
    budget = resolve_budget(features.options, features.document)
    full = features.options  # the language resolved
    variants = {
        "full": full,
        "no_headline": dataclasses.replace(full, headline=False),
        "bare": dataclasses.replace(full, headline=False, keyphrases=0),
    }
    ranked.append((articles, features, budget, method.rank(features, budget), variants))

def brief(articles, features, budget, scores, variants, name="full"):
    features.options = variants[name]
    pipeline.make_brief(articles, features, budget, scores, method)
    features.options = variants["full"]

steps = {
    "keyphrases": lambda a, f, b, s, v: extract_keyphrases(f, 8),
    "select": lambda a, f, b, s, v: method.select(s, f, b, allowed=pipeline._allowed(f)),
    "no_headline": lambda *r: brief(*r, "no_headline"),
    "bare": lambda *r: brief(*r, "bare"),
    "full": lambda *r: brief(*r),
}
for row in ranked:  # fill the caches
    brief(*row)
if sys.argv[4] in steps:
    for row in ranked:
        steps[sys.argv[4]](*row)
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--limit", type=int, default=40, help="articles measured (default 40)")
    args = parser.parse_args(argv)
    if args.limit < 1:
        parser.error("--limit must be at least 1")
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    base = _instructions(args.corpus, args.limit, "fill")
    print(f"{args.limit} articles of {args.corpus.name}, caches warm\n")
    print("| step | thousand instructions per article |")
    print("|---|---:|")
    for step, name in STEPS.items():
        count = (_instructions(args.corpus, args.limit, step) - base) / args.limit
        print(f"| {name} | {count / 1e3:,.0f} |", flush=True)
    return 0


def _instructions(corpus: Path, limit: int, step: str) -> int:
    return callgrind(_PROGRAM, ROOT, corpus.resolve(), limit, step)


if __name__ == "__main__":
    sys.exit(main())
