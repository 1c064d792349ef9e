"""The batch command line: ``python -m summarizer PATH...`` (see docs/cli.md).

:func:`main` parses the arguments, hands a :class:`RunConfig` to :func:`run` and turns what comes
back into messages on standard error and an exit status; it does no summarizing of its own.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence

from .. import SummarizerError, summarize
from ..rank import describe_methods
from ..options import Options
from .args import build_parser, config_from_args
from .config import RunConfig, RunSummary
from .errors import UsageError
from .runner import run

__all__ = ["main", "run", "RunConfig", "RunSummary", "UsageError"]

EXIT_OK, EXIT_FAILED_ITEMS, EXIT_USAGE = 0, 1, 2
_PROBE = "The options are checked on this text before any input is read. It has two sentences."


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has printed already
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.list_methods:
        methods = describe_methods()
        width = max(map(len, methods))
        print("\n".join(f"{name:<{width}}  {line}" for name, line in methods.items()))
        return EXIT_OK
    try:
        if not args.paths:
            if sys.stdin is None or sys.stdin.isatty():
                raise UsageError("give files, folders or - (standard input); see --help")
            args.paths = ["-"]
        config = config_from_args(args)
        _check_options(config.options)
        summary = run(config)
    except (UsageError, SummarizerError) as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:  # a second Ctrl-C: the output holds whole records only
        _say("interrupted; run again with --resume to finish")
        return 128 + signal.SIGINT
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other tools do
        _silence_stdout()
        return 128 + signal.SIGPIPE
    return _report(summary, config)


def _check_options(options: Options) -> None:
    # Options only the pipeline can check (an unsupported language, say) fail here, once, as a
    # usage error, rather than as one error record per item. It also warms the library's lazy
    # caches before worker processes are forked from this one.
    summarize(_PROBE, options=options)


def _report(summary: RunSummary, config: RunConfig) -> int:
    if config.resume and summary.kept:
        _say(f"resumed: {summary.kept} records were already in {config.output}, {summary.records} added")
    if summary.traces:
        sys.stderr.write(summary.traces[0])
        _say(f"{summary.internal} internal error(s), a bug in summarizer: please report it (traceback above)")
    failed, records = summary.failed + summary.kept_failed, summary.records + summary.kept
    if failed:
        _say(f"{failed} of {records} items failed (see their error records)")
    if summary.stopped_by is not None:
        _say(f"stopped after {records} records; run again with --resume to finish")
        return 128 + summary.stopped_by
    return EXIT_FAILED_ITEMS if failed else EXIT_OK


def _say(message: str) -> None:
    print(f"summarizer: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    # Python would report the broken pipe again when it flushes stdout at exit.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
