"""Instructions per ``make_headline`` call, counted by valgrind, and where a call's Python time goes.

    python benchmarks/headline_instructions.py ../shared/data/bbc_articles_dev.jsonl [--skip 400] [--limit 100]
        [--passes 4] [--seeds 0 1] [--against REV] [--profile]

The articles' bodies are read as the ``headline`` protocol gives them
(``evaluation.headline_faults.headline_inputs``: the text without its title), their features built
once, and one pass of ``make_headline`` over them fills every cache (stems, verb tables, word forms).
Then ``--passes`` more passes run under callgrind with the instrumentation switched on by the process
itself (``callgrind_control -i on`` with its own pid) only around them, so nothing but the calls is
counted (the switch itself costs about 0.3 million, a few hundred instructions a call). The figure is
the count divided by the calls, for each hash seed (see ``instructions.py`` for why instructions and
why seeds). ``--against REV`` measures the same on a temporary worktree of that revision. Needs
``valgrind``; about half a minute per seed for 100 articles.

``--profile`` instead runs the passes under cProfile (no valgrind) and prints the functions that take
the most time of their own: a ranking of hot spots, not a figure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instructions import ROOT, counting_parser, revision_tree  # noqa: E402

# Run by each measured process, with the code under test first on sys.path.
_PROGRAM = """
import gc, os, subprocess, sys
sys.path.insert(0, sys.argv[1])
from evaluation.headline_faults import headline_inputs
from summarizer import Article
from summarizer.budget import resolve_budget
from summarizer.headlines import make_headline
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.rank import get_method
from summarizer.vectorize import Features
corpus, skip, limit, passes, mode = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
options = make_options(None)
method = get_method(options.method)
rows = []
for _, body in headline_inputs(corpus, limit=skip + limit, skip=skip):
    features = Features(read_document(Article(body)), options)
    rows.append((features, lambda f=features: method.rank(f, resolve_budget(f.options, f.document))))
for row in rows:  # fill the caches
    make_headline(*row)
gc.disable()  # a collection falls in one pass or another: its cost would blur the figure
def passes_():
    for _ in range(passes):
        for row in rows:
            make_headline(*row)
if mode == "profile":
    import cProfile, pstats
    profile = cProfile.Profile()
    profile.runcall(passes_)
    pstats.Stats(profile).sort_stats("tottime").print_stats(int(sys.argv[7]))
else:
    switch = lambda state: subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True)
    switch("on")
    passes_()
    switch("off")
    print("calls", passes * len(rows))
"""


def main(argv=None) -> int:
    parser = counting_parser(__doc__, 100)
    parser.add_argument("--skip", type=int, default=400, help="leave out the first N records (default 400)")
    parser.add_argument("--passes", type=int, default=4, help="measured passes over the articles (default 4)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0], metavar="SEED",
                        help="PYTHONHASHSEED values, one figure each (default 0)")
    parser.add_argument("--profile", action="store_true", help="rank the hot functions by cProfile instead")
    parser.add_argument("--top", type=int, default=40, help="functions --profile prints (default 40)")
    args = parser.parse_args(argv)
    if args.profile:
        subprocess.run([sys.executable, "-c", _PROGRAM, ROOT, args.corpus.resolve(), str(args.skip),
                        str(args.limit), str(args.passes), "profile", str(args.top)], check=True)  # fmt: skip
        return 0
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    trees = [("working tree", ROOT)]
    print(f"make_headline, {args.passes} passes over {args.corpus.name} records {args.skip + 1}-"
          f"{args.skip + args.limit}, caches warm\n")
    print("| code | hash seed | instructions per call |")
    print("|---|---:|---:|")
    for name, tree in trees:
        for seed in args.seeds:
            print(f"| {name} | {seed} | {_per_call(tree, args, seed):,.0f} |", flush=True)
    if args.against:
        with revision_tree(args.against) as tree:
            for seed in args.seeds:
                print(f"| {args.against} | {seed} | {_per_call(tree, args, seed):,.0f} |", flush=True)
    return 0


def _per_call(tree: Path, args, seed: int) -> float:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null", sys.executable,
         "-c", _PROGRAM, str(tree), str(args.corpus.resolve()), str(args.skip), str(args.limit),
         str(args.passes), "count"],
        capture_output=True, text=True, env=env, check=True, cwd=tree,
    )  # fmt: skip
    calls = int(re.search(r"calls (\d+)", run.stdout).group(1))
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1)) / calls


if __name__ == "__main__":
    sys.exit(main())
