"""Reports: the markdown tables, the JSON record of a run, and where the measured library came from."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .comparison import Row, Table
from .settings import METRICS
from .suite import Evaluation

__all__ = ["markdown", "markdown_report", "provenance", "to_json"]

_LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L"}
_ROOT = Path(__file__).resolve().parent.parent


def markdown_report(evaluations: Sequence[Evaluation], meta: dict) -> str:
    """Every table of a run under a header saying what was measured, at which commit, and how."""
    where = meta["provenance"]
    changes = ", ".join(where["library_changes"]) or "none"
    lines = [
        f"## {meta['corpus']}",
        "",
        f"Command: `{meta['command']}`  ",
        (
            f"Library: commit `{where['commit']}`, uncommitted changes in summarizer/: {changes}; "
            f"code hash `{where['library_sha256']}`."
        ),
        "",
    ]
    settings = meta.get("settings", {})
    measure = _MEASURE_LABELS[settings.get("measure", "f1")]
    if settings.get("headline_bytes") is not None:
        measure += f" (headlines cut to {settings['headline_bytes']} bytes)"
    if settings.get("headline_characters") is not None:
        measure += f" (the library's lines made to fit {settings['headline_characters']} characters)"
    for evaluation in evaluations:
        table = evaluation.table
        lines.append(markdown(table, f"{table.protocol} ({evaluation.wall_seconds:.0f} s)", measure))
    return "\n".join(lines)


_MEASURE_LABELS = {"f1": "F1", "recall": "recall"}


def markdown(table: Table, heading: str, measure: str = "F1") -> str:
    """One protocol as a markdown table; the best non-oracle mean of each metric in bold."""
    ref = table.reference or "default"
    lines = [
        f"### {heading}",
        "",
        (
            f"{table.n_items} items. Mean {measure} (%) with its {table.confidence:.0%} bootstrap interval; "
            f"p: paired bootstrap, share of resamples where `{ref}` does not beat the row "
            "(ROUGE-1 / ROUGE-2 / ROUGE-L)."
        ),
        "",
        "| system | " + " | ".join(_LABELS[m] for m in METRICS) + " | p | seconds |",
        "|---|" + "---:|" * (len(METRICS) + 2),
    ]
    contenders = [r for r in table.rows if r.system != "oracle"]
    best = [max(r.mean[m] for r in contenders) if contenders else None for m in range(len(METRICS))]
    for row in table.rows:
        cells = [_cell(row, m, bold=row.mean[m] == best[m]) for m in range(len(METRICS))]
        p = " / ".join(_p(v) for v in row.p_value) if row.p_value is not None else ""
        lines.append(f"| {row.system} | " + " | ".join(cells) + f" | {p} | {row.seconds:.1f} |")
    if table.reference and table.best_baseline:
        lines += ["", _verdict(table)]
    return "\n".join(lines) + "\n"


def _cell(row: Row, m: int, *, bold: bool) -> str:
    mean = f"**{row.mean[m]:.2f}**" if bold else f"{row.mean[m]:.2f}"
    return f"{mean} [{row.low[m]:.1f}, {row.high[m]:.1f}]"


def _p(value: float) -> str:
    return "<0.001" if value == 0 else f"{value:.3f}"


def _verdict(table: Table) -> str:
    ref, base = table.row(table.reference), table.row(table.best_baseline)
    parts = [
        f"{_LABELS[metric]} {ref.mean[m] - base.mean[m]:+.2f} (p {_p(base.p_value[m])})"
        for m, metric in enumerate(METRICS)
    ]
    return f"`{ref.system}` against the best baseline, `{base.system}`: " + ", ".join(parts) + "."


def to_json(evaluations: Sequence[Evaluation], meta: dict) -> dict:
    """Everything a run measured: ``meta`` (corpus, settings, provenance), the tables, per-item scores."""
    protocols = []
    for evaluation in evaluations:
        result = evaluation.result
        per_item = {
            name: [[round(float(v), 4) for v in row] for row in rows] for name, rows in result.scores.items()
        }
        protocols.append(
            {
                **evaluation.table.to_dict(),
                "wall_seconds": round(evaluation.wall_seconds, 2),
                "items": list(result.item_ids),
                "metrics": list(METRICS),
                "scores": per_item,
            }
        )
    return {**meta, "protocols": protocols}


def provenance() -> dict:
    """The commit of this checkout, the library files changed since, and a hash of the library's code.

    The hash covers ``summarizer/`` as it is on disk, so a table measured on uncommitted changes can
    still be matched to the code that produced it.
    """
    digest = hashlib.sha256()
    for path in sorted((_ROOT / "summarizer").rglob("*.py")):
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    changed = _git("status", "--porcelain", "--", "summarizer").splitlines()  # "XY path" lines
    return {
        "commit": _git("rev-parse", "--short", "HEAD").strip() or "unknown",
        "library_changes": [line[3:] for line in changed if line.strip()],
        "library_sha256": digest.hexdigest()[:16],
    }


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=_ROOT, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout if done.returncode == 0 else ""
