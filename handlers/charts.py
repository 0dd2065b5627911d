"""Render the activity statistics as one PNG (three stacked panels), with matplotlib's Agg.

No pyplot and no global state: a ``Figure`` is drawn on its own ``FigureCanvasAgg``, so this is
safe to call from any thread. matplotlib is imported inside the function, so importing this
module costs nothing. Every visible word comes from ``labels`` (the caller's language).
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from matching.stats import Stats

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LEVEL_COLOURS = {"crisis": "#d62728", "urgent": "#ff7f0e", "routine": "#6f8fb3"}
CHECKIN_COLOURS = {"better": "#2ca02c", "same": "#9e9e9e", "worse": "#d62728", "talk": "#1f77b4"}
DPI = 100
SIZE_INCHES = (10.0, 11.0)


def _share_text(label: str, share: float | None, n: int) -> str:
    return f"{label}: {'—' if share is None else f'{share:.0%}'} (n={n})"


def _stack(ax: Axes, x: list[int], series: list[tuple[list[int], str, str]]) -> int:
    """Stacked bars of ``(values, label, colour)`` series on ``ax``; the tallest stack."""
    bottom = [0] * len(x)
    for values, label, colour in series:
        ax.bar(x, values, bottom=bottom, label=label, color=colour, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    return max(bottom, default=0)


def render_png(stats: Stats, title: str, labels: dict[str, str]) -> bytes:
    """The three-panel chart of ``stats`` as PNG bytes (1000 x 1100 px)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rows = stats.rows
    x = list(range(len(rows)))
    ticks = [r.day.strftime("%d/%m") for r in rows]
    step = max(1, math.ceil(len(rows) / 15))

    fig = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(title, fontsize=14, fontweight="bold")
    ax_req, ax_wait, ax_chk = fig.subplots(3, 1, sharex=True)

    top_req = _stack(ax_req, x, [
        ([r.crisis for r in rows], labels["crisis"], LEVEL_COLOURS["crisis"]),
        ([r.urgent for r in rows], labels["urgent"], LEVEL_COLOURS["urgent"]),
        ([r.routine for r in rows], labels["routine"], LEVEL_COLOURS["routine"]),
    ])
    ax_req.plot(x, [r.conversations for r in rows], color="black", marker="o", markersize=3,
                linewidth=1.5, label=labels["conversations"])
    ax_req.set_title(labels["requests_title"], loc="left")

    nan = float("nan")  # a NaN leaves a gap in the line
    medians = [nan if r.median_wait_min is None else r.median_wait_min for r in rows]
    p90s = [nan if r.p90_wait_min is None else r.p90_wait_min for r in rows]
    ax_wait.plot(x, medians, marker="o", color="#1f77b4", label=labels["median_wait"])
    ax_wait.plot(x, p90s, marker="s", linestyle="--", color="#9467bd", label=labels["p90_wait"])
    ax_wait.set_title(labels["wait_title"], loc="left")
    ax_wait.set_ylabel(labels["minutes"])

    top_chk = _stack(ax_chk, x, [
        ([r.checkins_better for r in rows], labels["better"], CHECKIN_COLOURS["better"]),
        ([r.checkins_same for r in rows], labels["same"], CHECKIN_COLOURS["same"]),
        ([r.checkins_worse for r in rows], labels["worse"], CHECKIN_COLOURS["worse"]),
        ([r.checkins_talk for r in rows], labels["talk"], CHECKIN_COLOURS["talk"]),
    ])
    ax_chk.set_title(labels["checkins_title"], loc="left")

    top_wait = max((w for w in medians + p90s if not math.isnan(w)), default=0.0)
    top_req = max([top_req, *(r.conversations for r in rows)])
    for ax, top in ((ax_req, top_req), (ax_wait, top_wait), (ax_chk, top_chk)):
        ax.set_ylim(0, max(top, 1) * 1.35)  # headroom for the legend and the text box
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="upper left", fontsize=8, ncols=4, frameon=False)
    for ax in (ax_req, ax_chk):
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax_chk.set_xticks(x[::step], ticks[::step], rotation=45, ha="right")
    if rows:
        ax_chk.set_xlim(-0.6, len(rows) - 0.4)

    s = stats.summary
    box = "\n".join([_share_text(labels["hope"], s.hope_share, s.hope_n),
                     _share_text(labels["agency"], s.agency_share, s.agency_n)])
    ax_chk.text(0.99, 0.97, box, transform=ax_chk.transAxes, ha="right", va="top", fontsize=9,
                bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.85})

    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
