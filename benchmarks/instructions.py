"""Instructions per article, counted by valgrind: a speed figure that a busy machine does not blur.

    python benchmarks/instructions.py ../shared/data/bbc_articles_dev.jsonl [--limit 40] [--against REV]
        [--many] [--seeds 0 1 2]

Timings on a shared 2-core machine move by 15-25% between runs, more than most single changes save.
The number of instructions the CPU executes does not move at all, so this script compares code by
it: valgrind's callgrind counts every instruction of one process that summarizes the first ``--limit``
articles (with their titles, default options) after a first pass over the same articles has filled
the per-word caches, as in a long-running service, and of one that only does that first pass; the
difference, divided by the articles, is the cost of ``summarize`` per article. With ``--against REV``
the same is measured on a git worktree of that revision (its compiled speedups built there, where
it has them), beside the working tree. Instructions are a
proxy, not a time (cache misses and the cost of each instruction differ), so a claimed gain is still
checked with the timed benchmarks. Needs ``valgrind`` (Debian's package); takes about a minute per
revision and hash seed.
``--many`` adds ``summarize_many`` over the same articles (one call). ``--cold`` fills no
cache with the measured articles: the first pass summarizes the ``--warmup`` articles that follow them
in the corpus instead (modules, model and stop words loaded; their words known), so the measured
articles bring words the process has not seen, as new stories do to a service.

Each process runs with a fixed ``PYTHONHASHSEED``, so that runs of the same code count the same; but
the seed places every string in every dict and set, and one seed can cost a few percent more than
another for the same work (see ``evaluation/RESULTS.md``, "The hash seed"). So each figure is the
mean over ``--seeds`` (0, 1 and 2 by default), with the lowest and highest beside it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]

# Run by each measured process, with the code under test first on sys.path.
_PROGRAM = """
import json, sys
from itertools import islice
sys.path.insert(0, sys.argv[1])
import summarizer
limit, warmup = int(sys.argv[3]), int(sys.argv[5])
with open(sys.argv[2], encoding="utf-8") as lines:
    items = [json.loads(line) for line in islice(lines, limit + warmup)]
articles = [summarizer.Article(item["text"], item.get("title")) for item in items]
measured = articles[:limit]
for article in articles[limit:] or measured:  # load the modules; warm: fill the per-word caches
    summarizer.summarize(article)
if sys.argv[4] == "measure":
    for article in measured:
        summarizer.summarize(article)
if sys.argv[4] == "many":
    list(summarizer.summarize_many(measured))
"""


def counting_parser(doc: str, limit: int) -> argparse.ArgumentParser:
    """The arguments of a script that counts instructions: the corpus, ``--limit``, ``--against``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL of single articles {title, text}")
    parser.add_argument("--limit", type=int, default=limit, help=f"articles measured (default {limit})")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision")
    return parser


def main(argv=None) -> int:
    parser = counting_parser(__doc__, 40)
    parser.add_argument("--many", action="store_true", help="also measure summarize_many on the same articles")
    parser.add_argument("--cold", action="store_true", help="measured articles unseen: warm up on the next ones")
    parser.add_argument("--warmup", type=int, default=10, help="articles of the --cold warm-up (default 10)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], metavar="SEED",
                        help="PYTHONHASHSEED values, the figure is their mean (default 0 1 2)")
    args = parser.parse_args(argv)
    if args.limit < 1:
        parser.error("--limit must be at least 1")
    with args.corpus.open(encoding="utf-8") as lines:
        args.limit = sum(1 for _ in islice(lines, args.limit))  # a shorter corpus has fewer articles
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    warmup = args.warmup if args.cold else 0
    modes = ("measure", "many") if args.many else ("measure",)

    def counts(tree: Path, mode: str) -> list[float]:
        return [_per_article(tree, args.corpus, args.limit, warmup, mode, seed) for seed in args.seeds]

    rows = [(_name("working tree", m), counts(ROOT, m)) for m in modes]
    if args.against:
        with revision_tree(args.against) as tree:
            rows += [(_name(args.against, m), counts(tree, m)) for m in modes]
    caches = f"cold (warm-up on the next {warmup})" if args.cold else "warm"
    seeds = " ".join(map(str, args.seeds))
    print(f"{args.limit} articles of {args.corpus.name}, default options, per-word caches {caches}, "
          f"hash seeds {seeds}\n")
    print("| code | million instructions per article (seeds' mean) | lowest - highest | x working tree |")
    print("|---|---:|---:|---:|")
    base = mean(rows[0][1])
    for name, values in rows:
        print(f"| {name} | {mean(values) / 1e6:.2f} | {min(values) / 1e6:.2f} - {max(values) / 1e6:.2f} "
              f"| {mean(values) / base:.3f} |")
    return 0


@contextmanager
def revision_tree(revision: str):
    """A temporary git worktree of ``revision``, its compiled speedups built in place where it has
    them (as the working tree has), removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), revision], check=True)
        try:
            if (tree / "csrc").is_dir():
                subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tree, check=True,
                               capture_output=True)  # fmt: skip
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _name(code: str, mode: str) -> str:
    return code if mode == "measure" else f"{code}, summarize_many"


def _per_article(tree: Path, corpus: Path, limit: int, warmup: int, mode: str, seed: int) -> float:
    warm, measured = (
        callgrind(_PROGRAM, tree, corpus.resolve(), limit, m, warmup, seed=seed) for m in ("warm", mode)
    )
    return (measured - warm) / limit


def callgrind(program: str, *args, seed: int = 0) -> int:
    """The instructions valgrind's callgrind counts in ``python -c program *args`` (one BLAS thread,
    the hash seed ``seed``, so that runs of the same code count the same)."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", program,
         *map(str, args)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


if __name__ == "__main__":
    sys.exit(main())
