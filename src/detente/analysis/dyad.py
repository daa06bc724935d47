"""Dyad time series: what A did to B and B to A, period by period, with the events behind it.

Counts follow :mod:`detente.analysis.common` (factual, de-duplicated events); the statistics
(``stats``) describe the events between the two actors. Events whose date is
coarser than the frequency (a "2014" event in a monthly series) or unknown cannot be placed in a
period; they are counted as ``n_unplaced`` instead of being piled into the first period.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from detente.analysis.common import (
    Analysable, Scope, ScopeStats, analysable, check_freq, normalise_actor, period_range, period_sql,
    precision_sql, snippet,
)
from detente.store.database import Store


@dataclass(frozen=True)
class DyadPeriod:
    """One period and direction of a dyad: counts by quad class, Goldstein sum/mean, top events."""

    period: date
    source: str
    target: str
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    events: int = 0
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    top_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def direction(self) -> str:
        return f"{self.source}->{self.target}"


@dataclass(frozen=True)
class DyadResult:
    """The series of a dyad, both directions, every period from the first to the last event."""

    a: str
    b: str
    freq: str
    periods: list[DyadPeriod]
    stats: ScopeStats
    n_unplaced: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings)."""
        rows = [asdict(p) | {"period": p.period.isoformat(), "direction": p.direction} for p in self.periods]
        return {"a": self.a, "b": self.b, "freq": self.freq, "stats": self.stats.as_dict(),
                "n_unplaced": self.n_unplaced, "periods": rows}

    def records(self) -> list[dict[str, Any]]:
        """Flat rows for tables and CSV: top events as ``id:code`` pairs."""
        return [{"period": p.period.isoformat(), "direction": p.direction, "q1": p.q1, "q2": p.q2,
                 "q3": p.q3, "q4": p.q4, "events": p.events, "goldstein_sum": p.goldstein_sum,
                 "goldstein_mean": p.goldstein_mean,
                 "top_events": "; ".join(f"{t['event_id']}:{t['code']}" for t in p.top_events)}
                for p in self.periods]


def _direction_sql() -> str:
    return "((source LIKE ? AND target LIKE ?) OR (source LIKE ? AND target LIKE ?))"


def _counts(store: Store, t: Analysable, a: str, b: str, freq: str) -> list[dict[str, Any]]:
    return store.query(
        f"SELECT {period_sql(freq)} AS period, source LIKE ? AS forward, "  # noqa: S608
        "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
        "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, "
        "count(*) AS events, round(sum(goldstein), 2) AS goldstein_sum, "
        "round(avg(goldstein), 2) AS goldstein_mean "
        f"FROM {t.table} WHERE {_direction_sql()} AND {precision_sql(freq)} GROUP BY ALL",
        [a + "%", a + "%", b + "%", b + "%", a + "%"])


def _top(store: Store, t: Analysable, a: str, b: str, freq: str, top: int) -> list[dict[str, Any]]:
    """The ``top`` events of each period and direction: most reported, then most intense."""
    return store.query(
        f"SELECT x.*, s.text AS sentence FROM (SELECT {period_sql(freq)} AS period, "  # noqa: S608
        "source LIKE ? AS forward, event_id, code, goldstein, n_reports, doc_id, sent_index, "
        "row_number() OVER (PARTITION BY period, forward ORDER BY n_reports DESC, abs(goldstein) DESC, "
        f"day, event_id) AS rank FROM {t.table} WHERE {_direction_sql()} AND {precision_sql(freq)}) x "
        "LEFT JOIN sentences s USING (doc_id, sent_index) WHERE rank <= ? ORDER BY period, forward, rank",
        [a + "%", a + "%", b + "%", b + "%", a + "%", top])


def _unplaced(store: Store, t: Analysable, a: str, b: str, freq: str) -> int:
    row = store.con.execute(f"SELECT count(*) FROM {t.table} WHERE {_direction_sql()} "  # noqa: S608
                            f"AND NOT {precision_sql(freq)}", [a + "%", b + "%", b + "%", a + "%"]).fetchone()
    return int(row[0]) if row else 0


def dyad(store: Store, a: str, b: str, *, freq: str = "month", scope: Scope | None = None,
         top: int = 3) -> DyadResult:
    """The A→B and B→A series of a dyad per period.

    Args:
        store: an open store.
        a, b: actor code prefixes (``PRK``, ``KORGOV``); neither may be a prefix of the other.
        freq: ``week``, ``month`` or ``quarter``.
        scope: event inclusion, de-duplication and date bounds.
        top: how many events to list per period and direction.

    Returns:
        A :class:`DyadResult` with both directions for every period between the dyad's first and
        last placeable event (periods without events have zero counts).
    """
    a, b, freq = normalise_actor(a), normalise_actor(b), check_freq(freq)
    if a.startswith(b) or b.startswith(a):
        raise ValueError(f"dyad actors {a} and {b} overlap: one is a prefix of the other")
    with analysable(store, scope, between=(a, b)) as t:
        counts = _counts(store, t, a, b, freq)
        tops = _top(store, t, a, b, freq, top)
        unplaced = _unplaced(store, t, a, b, freq)
        stats = t.stats
    return DyadResult(a, b, freq, _assemble(counts, tops, a, b, freq), stats, unplaced)


def _assemble(counts: list[dict[str, Any]], tops: list[dict[str, Any]], a: str, b: str,
              freq: str) -> list[DyadPeriod]:
    """Fill every period of the range, both directions, with counts and top events."""
    if not counts:
        return []
    by_key = {(r["period"], r["forward"]): r for r in counts}
    top_by_key: dict[tuple[date, bool], list[dict[str, Any]]] = {}
    for r in tops:
        top_by_key.setdefault((r["period"], r["forward"]), []).append(
            {"event_id": r["event_id"], "code": r["code"], "goldstein": r["goldstein"],
             "n_reports": r["n_reports"], "sentence": snippet(r["sentence"])})
    periods = [r["period"] for r in counts]
    out = []
    for period in period_range(min(periods), max(periods), freq):
        for forward, (src, tgt) in ((True, (a, b)), (False, (b, a))):
            row = by_key.get((period, forward), {})
            out.append(DyadPeriod(
                period, src, tgt, **{k: int(row.get(k, 0)) for k in ("q1", "q2", "q3", "q4", "events")},
                goldstein_sum=float(row.get("goldstein_sum") or 0.0), goldstein_mean=row.get("goldstein_mean"),
                top_events=top_by_key.get((period, forward), [])))
    return out
