"""The command line: an argparse parser whose options mirror :func:`summarizer.summarize`.

Every summarizer option defaults to ``None`` here, meaning "the library's default": the help text
quotes :data:`summarizer.DEFAULTS` and :class:`RunConfig`, and nothing is repeated.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import typing

from ..options import BUDGETS, PUBLIC_OPTIONS, Options, make_options
from .config import RunConfig
from .outputs import FORMATS

__all__ = ["build_parser", "config_from_args", "parse_ratio"]

_RUN = RunConfig(paths=())  # the CLI's own defaults, for the help text

_EPILOG = """\
exit status: 0 every item summarized, 1 some items failed (error records, counted on stderr),
2 usage error, 3 the output could not be written (a full disk; finish with --resume),
130 interrupted (Ctrl-C; finish with --resume), 143 stopped by SIGTERM.
docs: docs/cli.md"""


def build_parser() -> argparse.ArgumentParser:
    command = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    parser = argparse.ArgumentParser(
        # The installed command is `summarize`; from a checkout it is `python -m summarizer`.
        prog="summarize" if command == "summarize" else "python -m summarizer",
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
    overrides = {name: getattr(args, name) for name, _ in PUBLIC_OPTIONS}
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
    # One flag per public option, typed by its field of Options: --headline-words N, --no-headline, ...
    hints = typing.get_type_hints(Options)
    defaults = {f.name: f.default for f in dataclasses.fields(Options)}
    budget = group.add_mutually_exclusive_group()
    for name, help_text in PUBLIC_OPTIONS:
        kind, help_text = hints[name], help_text.replace("%", "%%")  # argparse formats help with %
        default = defaults[name]
        shown = f" (default: {default})" if default not in (None, ()) and kind is not bool else ""
        target = budget if name in BUDGETS else group
        flag = "--" + name.replace("_", "-")
        if kind is bool:
            on_off = " (default: on)" if default else " (default: off)"
            target.add_argument(flag, action=argparse.BooleanOptionalAction, help=help_text + on_off)
            continue
        metavar = _METAVARS.get(kind, "VALUE")
        target.add_argument(flag, type=_parser(name, kind), metavar=metavar, help=help_text + shown)
    group.add_argument(
        "--list-methods", action="store_true", help="print the ranking methods, one line each, and exit"
    )


_METAVARS = {
    tuple[str, ...]: "KIND,...", int: "N", int | None: "N", float: "X", float | None: "X",
    str: "NAME", str | None: "NAME",
}  # fmt: skip


def _parser(name: str, kind):
    """The argparse ``type`` of an option: its value from the command line's text."""
    if name == "ratio":
        return parse_ratio
    if kind in (int, int | None):
        return int
    if kind in (float, float | None):
        return float
    if kind == tuple[str, ...]:
        return _words_list
    return str


def parse_ratio(text: str) -> float:
    """``0.2`` or ``20%`` as the fraction 0.2 (argparse turns a ValueError into a usage error)."""
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


parse_ratio.__name__ = "ratio"  # argparse names the type in its message: "invalid ratio value: 'x'"


def _words_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


_words_list.__name__ = "list"


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
