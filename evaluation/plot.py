"""The bar chart: one panel per protocol, one group of bars per system, the intervals as error bars."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .comparison import Table
from .settings import METRICS

__all__ = ["plot"]

_LABELS = ("ROUGE-1", "ROUGE-2", "ROUGE-L")


def plot(tables: Sequence[Table], path: str | Path, title: str = "") -> None:
    """Write a PNG of ``tables`` to ``path``."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display is needed or wanted
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(tables), 1, figsize=(11, 3.6 * len(tables)), squeeze=False)
    width = 0.8 / len(METRICS)
    for ax, table in zip(axes[:, 0], tables, strict=True):
        x = np.arange(len(table.rows))
        for m, label in enumerate(_LABELS):
            means = np.array([r.mean[m] for r in table.rows])
            errors = np.array(
                [[r.mean[m] - r.low[m] for r in table.rows], [r.high[m] - r.mean[m] for r in table.rows]]
            )
            ax.bar(x + (m - 1) * width, means, width, yerr=errors, capsize=2, label=label)
        ax.set_xticks(x, [r.system for r in table.rows], rotation=30, ha="right")
        ax.set_ylabel("F1 (%)")
        ax.set_title(f"{table.protocol} ({table.n_items} items)")
        ax.grid(axis="y", alpha=0.3)
        ax.margins(x=0.01)
    # One legend for all panels, above them, where it cannot hide a bar.
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper right", ncol=len(_LABELS), fontsize="small")
    fig.suptitle(title, x=0.02, ha="left")
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.35 / fig.get_figheight()))
    fig.savefig(path, dpi=120)
    plt.close(fig)
