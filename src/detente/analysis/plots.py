"""PNG plots of the analyses, drawn on matplotlib ``Figure`` objects with the Agg canvas.

No pyplot: pyplot keeps global figure state and picks a GUI backend, neither of which a library
should touch. Every plot has a title, axis labels and a legend, and every function returns the path
it wrote.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import numpy as np
from matplotlib import colormaps
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from detente.analysis.dyad import DyadResult
from detente.analysis.ledger import Ledger
from detente.analysis.common import next_period
from detente.analysis.offensives import Offensives

QUAD_COLOURS = {1: "#8fd18f", 2: "#1f7a1f", 3: "#f5a65b", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91}
DPI = 110


def _figure(width: float = 11.0, height: float = 6.0, *, bottom: float = 0.1, right: float = 0.98) -> Figure:
    # Fixed margins rather than a layout engine: constrained layout costs a second full draw.
    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(left=0.08, right=right, top=0.92, bottom=bottom, hspace=0.12)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, path: str | Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=DPI, format="png")
    return out


def _num(days: list[date]) -> list[float]:
    """Dates as matplotlib date numbers (days since the epoch), which every plotting call accepts."""
    return [float(mdates.date2num(d)) for d in days]


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _empty(ax: Axes, message: str) -> None:
    """Mark an axis as having no data (still with a legend, so every plot reads the same way)."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=13, color="grey")
    ax.legend(handles=[Patch(color="lightgrey", label="no events in scope")], loc="upper right")


def plot_dyad(result: DyadResult, path: str | Path) -> Path:
    """Events per period in each direction (top) and Goldstein sums (bottom)."""
    fig = _figure(11, 7)
    top, bottom = fig.subplots(2, 1, sharex=True)
    fig.suptitle(f"Dyad {result.a} ↔ {result.b} per {result.freq} (factual, de-duplicated events)")
    top.set_ylabel("events")
    bottom.set_ylabel("Goldstein sum")
    bottom.set_xlabel(result.freq)
    if not result.periods:
        _empty(top, f"no dated events between {result.a} and {result.b}")
        _empty(bottom, "")
        return _save(fig, path)
    width = PERIOD_DAYS[result.freq] * 0.4
    for offset, (src, tgt), colour in ((-0.5, (result.a, result.b), "#1f77b4"),
                                       (0.5, (result.b, result.a), "#d62728")):
        rows = [p for p in result.periods if p.source == src and p.target == tgt]
        days = [x + PERIOD_DAYS[result.freq] / 2 for x in _num([p.period for p in rows])]
        top.plot(days, [p.events for p in rows], marker="o", color=colour, label=f"{src} → {tgt}")
        bottom.bar([x + offset * width for x in days], [p.goldstein_sum for p in rows],
                   width=width, color=colour, label=f"{src} → {tgt}")
    bottom.axhline(0, color="black", linewidth=0.8)
    _date_axis(bottom)
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.legend(loc="best")
    bottom.legend(loc="best")
    return _save(fig, path)


def plot_ledger(ledger: Ledger, path: str | Path, *, top: int = 12) -> Path:
    """Grouped bars per counterpart: given (plain) and received (hatched), stacked by quad class."""
    fig = _figure(max(8.0, 1.0 + 0.9 * min(top, len(ledger.lines))), 6, bottom=0.16)
    ax = fig.subplots()
    ax.set_title(f"Ledger of {ledger.actor}: events given to and received from each counterpart")
    ax.set_xlabel("counterpart")
    ax.set_ylabel("events")
    lines = ledger.lines[:top]
    if not lines:
        _empty(ax, f"no events between {ledger.actor} and other parties")
        return _save(fig, path)
    x = np.arange(len(lines))
    for offset, side, hatch in ((-0.2, "given", ""), (0.2, "received", "//")):
        bottom = np.zeros(len(lines))
        for q in (1, 2, 3, 4):
            values = np.array([getattr(ln, side).counts[q] for ln in lines], dtype=float)
            ax.bar(x + offset, values, width=0.38, bottom=bottom, color=QUAD_COLOURS[q], hatch=hatch,
                   edgecolor="white" if not hatch else "black", linewidth=0.4)
            bottom += values
    ax.set_xticks(x, [ln.counterpart for ln in lines], rotation=45 if len(lines) > 8 else 0)
    handles = [Patch(color=QUAD_COLOURS[q], label=QUAD_NAMES[q]) for q in (1, 2, 3, 4)]
    handles += [Patch(facecolor="white", edgecolor="black", label=f"given by {ledger.actor} (left)"),
                Patch(facecolor="white", edgecolor="black", hatch="//", label=f"received by {ledger.actor} (right)")]
    ax.legend(handles=handles, loc="upper right")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    tallest = max(max(ln.given.total, ln.received.total) for ln in lines)
    ax.set_ylim(0, tallest * 1.15 + 0.5)  # room for the legend; stacked zero bars pin autoscale
    return _save(fig, path)


def plot_offensives(result: Offensives, path: str | Path) -> Path:
    """Outgoing cooperative events per period, the baseline, partners, and shaded episodes."""
    fig = _figure(12, 5.5)
    ax = fig.subplots()
    ax.set_title(f"Charm offensives of {result.actor}: outgoing cooperative events per {result.params.freq}")
    ax.set_xlabel(result.params.freq)
    ax.set_ylabel("events / distinct partners")
    if not result.series:
        _empty(ax, f"no dated cooperative events by {result.actor}")
        return _save(fig, path)
    freq = result.params.freq
    starts = _num([s.period for s in result.series])
    ends = _num([next_period(s.period, freq) for s in result.series])  # periods without documents stay blank
    ax.bar(starts, [s.events for s in result.series], width=PERIOD_DAYS[freq] * 0.8, align="edge",
           color="#4c72b0", label="outgoing cooperative events", zorder=2)
    ax.hlines([s.partners for s in result.series], starts, ends, color="#dd8452", linewidth=2,
              label="distinct partners", zorder=3)
    base = [math.nan if s.baseline is None else s.baseline for s in result.series]
    ax.hlines(base, starts, ends, color="black", linestyles="--", linewidth=1.8,
              label="baseline (usual rate)", zorder=4)
    for i, ep in enumerate(result.episodes):
        ax.axvspan(*_num([ep.start, ep.end + timedelta(days=1)]), color="gold", alpha=0.35, zorder=1,
                   label="charm offensive" if i == 0 else None)
    _date_axis(ax)
    ax.legend(loc="upper left")
    return _save(fig, path)


def _edge_colours(graph: nx.DiGraph) -> list[float]:
    return [d["goldstein"] / d["count"] for _, _, d in graph.edges(data=True)]


def plot_network(graph: nx.DiGraph, path: str | Path, *, top: int = 30, title: str | None = None) -> Path:
    """The party network: node size by activity, edge width by events, colour by mean Goldstein."""
    fig = _figure(11, 9, right=0.95)
    ax = fig.subplots()
    ax.set_title(title or "Network of parties (directed, factual de-duplicated events)")
    ax.set_xlabel("spring layout; edge width ∝ log(events), colour = mean Goldstein (red conflict, green cooperation)")
    ax.set_ylabel("parties (node size ∝ events sent + received)")
    activity = {n: d["events_out"] + d["events_in"] for n, d in graph.nodes(data=True)}
    keep = sorted(activity, key=lambda n: -activity[n])[:top]
    sub = graph.subgraph(keep)
    if sub.number_of_edges() == 0:
        _empty(ax, "no events between parties")
        return _save(fig, path)
    pos = nx.spring_layout(sub, seed=7, weight="count")
    sizes = [200 + 1400 * activity[n] / max(activity[k] for k in keep) for n in sub.nodes]
    norm, cmap = Normalize(vmin=-10, vmax=10), "RdYlGn"
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_size=sizes, node_color="#dfe7f2", edgecolors="#34495e")
    nx.draw_networkx_labels(sub, pos, ax=ax, font_size=9)
    widths = [0.8 + 1.6 * math.log1p(d["count"]) for _, _, d in sub.edges(data=True)]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, edge_color=_edge_colours(sub), edge_cmap=colormaps[cmap],
                           edge_vmin=-10, edge_vmax=10, arrows=True, arrowsize=12, node_size=sizes,
                           connectionstyle="arc3,rad=0.1")
    fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, fraction=0.04, pad=0.02, label="mean Goldstein of the edge's events")
    handles = [Line2D([], [], color="grey", linewidth=0.8 + 1.6 * math.log1p(n), label=f"{n} event{'s' * (n > 1)}")
               for n in (1, 10, 100)]
    ax.legend(handles=handles, title="edge width", loc="lower left")
    return _save(fig, path)
