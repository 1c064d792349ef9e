"""``python -m summarizer``: the batch command line (see :mod:`summarizer.cli` and docs/cli.md)."""

from summarizer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
