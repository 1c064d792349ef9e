"""Where an article's instructions go in ``summarize_many``, stage by stage, counted by valgrind.

    python benchmarks/batch_stages.py ../shared/data/bbc_articles_dev.jsonl [--limit 200] [--against REV]
        [--whole]

One process summarizes the first ``--limit`` articles (at most one chunk, 256) with ``summarize_many``
to fill the per-word caches, then runs the same steps as the batch path, one stage at a time, under
valgrind's callgrind with a dump after each stage: reading (parse, segmentation, words, ``Sentence``
objects), the language and ``Features``, the batch's vectors (``Flat``, term and stem codes, TF-IDF),
the ranking, and the selection and ``Brief`` (:func:`summarizer.pipeline.make_brief`, with the
headline and keyphrases under ``--whole``; without them by default). It prints thousands of
instructions per article for each stage, for the working tree and, with ``--against REV``, for that
revision (see ``instructions.py``, whose worktree and build it shares). Needs ``valgrind``; a few
minutes per revision.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instructions import ROOT, counting_parser, revision_tree  # noqa: E402

STAGES = ("reading", "language and Features", "the batch's vectors", "ranking", "selection and Brief")

# Run by the measured process, with the code under test first on sys.path: the steps of
# summarizer.batch._chunk and _rank_together for one chunk, a callgrind dump after each.
_PROGRAM = """
import json, os, subprocess, sys
from itertools import islice
sys.path.insert(0, sys.argv[1])
import summarizer
from summarizer.batch import _Shared
from summarizer.batch.flat import Flat
from summarizer.budget import resolve_budget
from summarizer.options import make_options
from summarizer.pipeline import _as_articles, _read_articles, make_brief
from summarizer.rank import get_method
from summarizer.vectorize import Features
with open(sys.argv[2], encoding="utf-8") as lines:
    items = [json.loads(line) for line in islice(lines, int(sys.argv[3]))]
articles = [summarizer.Article(item["text"], item.get("title")) for item in items]
overrides = {} if sys.argv[4] == "whole" else {"headline": False, "keyphrases": 0}
list(summarizer.summarize_many(articles, **overrides))
options = make_options(None, **overrides)
method = get_method(options.method)
pid = str(os.getpid())
def dump(stage):
    subprocess.run(["callgrind_control", "-d", stage, pid], capture_output=True, check=True)
subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=True)
dump("start")
documents = [_read_articles(_as_articles(article)) for article in articles]
dump("stage0")
features = [Features(document, options) for document in documents]
dump("stage1")
kept = [(article, f) for article, f in zip(articles, features) if method.batch.accepts(len(f.document.sentences), options)]
flat = Flat([f for _, f in kept])
flat.tfidf, flat.stems
dump("stage2")
budgets = [resolve_budget(f.options, f.document) for f in flat.features]
scores, fragile = method.batch.rank(flat, budgets)
for a in fragile:
    scores[flat.starts[a] : flat.starts[a + 1]] = method.rank(flat.features[a], budgets[a])
dump("stage3")
cosines = flat.block_views(flat.blocks(flat.cosines.data, flat.cosines.row, flat.cosines.col))
for a, ((article, f), budget) in enumerate(zip(kept, budgets)):
    begin, end = flat.starts[a], flat.starts[a + 1]
    make_brief([article], _Shared(f, cosines[a]), budget, scores[begin:end], method)
dump("stage4")
"""


def main(argv=None) -> int:
    parser = counting_parser(__doc__, 200)
    parser.add_argument("--whole", action="store_true", help="with the headline and keyphrases")
    args = parser.parse_args(argv)
    if not 1 <= args.limit <= 256:
        parser.error("--limit must be from 1 to 256 (one chunk of summarize_many)")
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    columns = [("working tree", _stages(ROOT, args))]
    if args.against:
        with revision_tree(args.against) as tree:
            columns.append((args.against, _stages(tree, args)))
    print(f"{args.limit} articles of {args.corpus.name}, summarize_many{'' if args.whole else ' without headline and keyphrases'}, caches warm")
    print("thousands of instructions per article\n")
    print("| stage | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for k, stage in enumerate(STAGES):
        print(f"| {stage} | " + " | ".join(f"{counts[k] / args.limit / 1e3:,.0f}" for _, counts in columns) + " |")
    print("| total | " + " | ".join(f"{sum(counts) / args.limit / 1e3:,.0f}" for _, counts in columns) + " |")
    return 0


def _stages(tree: Path, args) -> list[int]:
    """The instructions of each stage, from the dumps callgrind wrote after each."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}", sys.executable,
             "-c", _PROGRAM, str(tree), str(args.corpus.resolve()), str(args.limit), "whole" if args.whole else "bare"],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        counts = {}
        for dump in Path(tmp).glob("callgrind.out.*"):
            text = dump.read_text(errors="replace")
            stage = re.search(r"^desc: Trigger: dump stage(\d+)$", text, re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if stage and total:
                counts[int(stage.group(1))] = int(total.group(1))
    return [counts[k] for k in range(len(STAGES))]


if __name__ == "__main__":
    sys.exit(main())
