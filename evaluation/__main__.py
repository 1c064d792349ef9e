"""``python -m evaluation``: the suite on a corpus (the seeds by default), as markdown, JSON and a chart.

A thin adapter over :func:`evaluation.evaluate`: it parses arguments, prints, and turns the named
errors of the library and of the evaluation into a message and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time

from summarizer import OptionError, SummarizerError
from summarizer.options import make_options

from . import report
from .corpus import SEEDS, load_corpus
from .errors import EvaluationError
from .plot import plot
from .protocols import PROTOCOLS
from .scoring import MEASURES
from .settings import SETTINGS, Settings
from .suite import evaluate
from .systems import list_systems


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="ROUGE of every method and baseline on a corpus, one table per protocol.",
    )
    parser.add_argument("--corpus", help=f"JSONL file or folder of .txt files (default: {SEEDS.name}/)")
    parser.add_argument(
        "--protocol", nargs="+", choices=list(PROTOCOLS), help="protocols (default: all that apply)"
    )
    parser.add_argument(
        "--systems", nargs="+", metavar="NAME", help=f"only these of: {', '.join(list_systems())}"
    )
    parser.add_argument("--exclude", nargs="+", metavar="NAME", default=[], help="leave these systems out")
    parser.add_argument("--limit", type=int, help="only the first N records of the corpus (after --skip)")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N records of the corpus")
    parser.add_argument(
        "--source", help="only the records of this source (CNN/DailyMail's 'source' field: cnn, dailymail)"
    )
    parser.add_argument(
        "--seed", type=int, default=SETTINGS.seed, help="seed of the random baseline and the bootstrap"
    )
    parser.add_argument("--resamples", type=int, default=SETTINGS.resamples, help="bootstrap resamples")
    parser.add_argument("--jobs", type=int, default=SETTINGS.jobs, help="worker processes")
    parser.add_argument(
        "--headline-bytes", type=int, metavar="N", help="cut every headline to N bytes before scoring (DUC 2003: 75)"
    )
    parser.add_argument(
        "--headline-characters", type=int, metavar="N",
        help="tell the systems that make their own headline to fit it in N characters (headline_characters)",
    )
    parser.add_argument(
        "--measure", choices=list(MEASURES), default=SETTINGS.measure, help="report ROUGE F1 or recall"
    )
    parser.add_argument(
        "--json", metavar="FILE", help="write the full results (per-item scores included) here"
    )
    parser.add_argument("--plot", metavar="FILE", help="write a PNG bar chart with the intervals here")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if args.headline_characters is not None:
        try:  # the library's own bounds, told before any protocol runs
            make_options(headline_characters=args.headline_characters)
        except OptionError as error:
            parser.error(f"--headline-characters: {error}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = Settings(
        seed=args.seed,
        resamples=args.resamples,
        jobs=args.jobs,
        headline_bytes=args.headline_bytes,
        headline_characters=args.headline_characters,
        measure=args.measure,
    )
    # Before the run: the library is imported now, and may be edited while a long run goes on.
    where = report.provenance()
    start = time.perf_counter()
    try:
        records = load_corpus(args.corpus, limit=args.limit, skip=args.skip, source=args.source)
        evaluations = evaluate(
            records,
            args.protocol,
            systems=args.systems,
            exclude=args.exclude,
            settings=settings,
            progress=not args.no_progress,
        )
    except (EvaluationError, SummarizerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not evaluations:
        print("error: no protocol applies to this corpus with these systems", file=sys.stderr)
        return 2
    meta = {
        "corpus": args.corpus or f"{SEEDS.name}/",
        "command": shlex.join(["python", "-m", "evaluation", *(sys.argv[1:] if argv is None else argv)]),
        "records": len(records),
        "settings": settings.to_dict(),
        "provenance": where,
        "seconds": round(time.perf_counter() - start, 1),
    }
    print(report.markdown_report(evaluations, meta))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(report.to_json(evaluations, meta), out, indent=1)
    if args.plot:
        plot([e.table for e in evaluations], args.plot, title=meta["corpus"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
