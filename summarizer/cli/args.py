"""The command line: an argparse parser whose options mirror :func:`summarizer.summarize`.

Every summarizer option defaults to ``None`` here, meaning "the library's default": the help text
quotes :data:`summarizer.DEFAULTS` and :class:`RunConfig`, and nothing is repeated.
"""

from __future__ import annotations

import argparse

from .. import DEFAULTS, list_methods
from ..options import ORDERS, make_options
from .config import RunConfig
from .outputs import FORMATS

__all__ = ["build_parser", "config_from_args", "LIBRARY_OPTIONS"]

#: The command-line options that are options of :func:`summarizer.summarize` (by their dest names).
LIBRARY_OPTIONS = (
    "sentences",
    "words",
    "ratio",
    "method",
    "order",
    "headline",
    "keyphrases",
    "language",
    "headline_words",
)

_RUN = RunConfig(paths=())  # the CLI's own defaults, for the help text

_EPILOG = """\
exit status: 0 every item summarized, 1 some items failed (error records, counted on stderr),
2 usage error, 130 interrupted (Ctrl-C; finish with --resume).
docs: docs/cli.md"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer",
        description="Summarize news articles: a headline, a brief and keyphrases per article or merged set.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files (.txt, .md, .html, .jsonl), folders (walked in sorted order) or - for standard input "
        "(the default when it is not a terminal)",
    )
    _add_summary_options(parser.add_argument_group("summary (as in summarizer.summarize)"))
    _add_io_options(parser.add_argument_group("input and output"))
    _add_run_options(parser.add_argument_group("running"))
    return parser


def config_from_args(args: argparse.Namespace) -> RunConfig:
    """A :class:`RunConfig` from parsed arguments; the summary options are checked by the library."""
    overrides = {name: getattr(args, name) for name in LIBRARY_OPTIONS}
    return RunConfig(
        paths=tuple(args.paths),
        options=make_options(None, **overrides),
        output=args.output,
        format=args.format,
        merge=args.merge,
        cluster=args.cluster,
        jobs=args.jobs,
        progress=args.progress,
        resume=args.resume,
        engine=args.engine,
        scheduler=args.scheduler,
        partition_size=args.partition_size or _RUN.partition_size,
    )


def _add_summary_options(group) -> None:
    budget = group.add_mutually_exclusive_group()
    budget.add_argument(
        "--sentences",
        type=int,
        metavar="N",
        help=f"sentences in the brief (default: {DEFAULTS.default_sentences} for an article, "
        f"{DEFAULTS.default_set_sentences} for a merged set)",
    )
    budget.add_argument("--words", type=int, metavar="N", help="whole sentences until the brief has N words")
    budget.add_argument("--ratio", type=float, metavar="R", help="a fraction (0 to 1] of the sentences")
    group.add_argument(
        "--method",
        choices=list_methods(),
        metavar="NAME",
        help=f"ranking method (default: {DEFAULTS.method}; see --list-methods)",
    )
    group.add_argument(
        "--order", choices=ORDERS, help=f"brief sentences in source or rank order (default: {DEFAULTS.order})"
    )
    group.add_argument(
        "--no-headline", dest="headline", action="store_const", const=False, help="do not make a headline"
    )
    group.add_argument(
        "--keyphrases",
        type=int,
        metavar="N",
        help=f"keyphrases per item, 0 for none (default: {DEFAULTS.keyphrases})",
    )
    group.add_argument(
        "--language", metavar="NAME", help=f"language of the text (default: {DEFAULTS.language})"
    )
    group.add_argument(
        "--headline-words",
        type=int,
        metavar="N",
        help=f"headline length in words (default: {DEFAULTS.headline_words})",
    )
    group.add_argument("--list-methods", action="store_true", help="print the ranking methods and exit")


def _add_io_options(group) -> None:
    group.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the records to FILE (with --engine dask: a folder of part-NNNNN.jsonl files)",
    )
    group.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="text, json, jsonl or markdown (default: text on a terminal, else jsonl; "
        "with -o, the format its suffix names: .json, .jsonl, .md, .txt)",
    )
    group.add_argument(
        "--merge", action="store_true", help="summarize all the given articles as one merged set"
    )
    group.add_argument(
        "--cluster",
        action="store_true",
        help="group the articles into stories (one event each) and write one merged brief per story",
    )
    group.add_argument(
        "--resume",
        action="store_true",
        help="finish an interrupted run: keep the records already in -o FILE and add the rest",
    )


def _add_run_options(group) -> None:
    group.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (default: the number of cores)"
    )
    group.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="progress bar on standard error (default: when it is a terminal that the results do not go to)",
    )
    group.add_argument(
        "--engine",
        choices=("local", "dask"),
        default=_RUN.engine,
        help=f"local processes or a dask.distributed cluster (default: {_RUN.engine})",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="dask scheduler such as tcp://host:8786 (default: a local cluster of --jobs workers)",
    )
    group.add_argument(
        "--partition-size",
        metavar="SIZE",
        help=f"JSONL bytes per dask partition (default: {_RUN.partition_size})",
    )
