"""The events every analysis counts: factual, dated where possible, one row per real-world event.

An analysis opens :func:`analysable` and queries the temporary DuckDB table it builds. The table holds
the *analysable* events touching the analysis' actors:

- **Factual only** (unless ``Scope.include_all``): negated events and events with modality
  ``hypothetical`` or ``prescriptive`` are left out; ``intent`` and ``planned`` stay, because
  announcing a step is itself a political act (the same rule as ``detente eval``).
- **Date** = ``COALESCE(period_start, doc_date)``: the first day of the event's own period, else the
  document date. Events with neither are kept with ``day`` NULL (no time series can place them) and
  counted as ``n_undated``; a ``since``/``until`` bound drops them.
- **De-duplication**: several articles report one event, and the coder codes each report. Two
  events are reports of the same event when they have the same source *party*, target *party* and
  CAMEO root and their dates lie within ``dedup_days`` (default 3) of the cluster's *first* report.
  Reports are grouped greedily in date order: the earliest report of a group is kept (its
  ``n_reports`` says how many reports it stands for); a report more than ``dedup_days`` after the
  kept one starts a new group. Anchoring on the first report (rather than chaining report to
  report) keeps a daily series of similar acts from collapsing into one event: with a 3-day window,
  a threat repeated every day for a month counts as 8 events, not 1. The count of dropped reports
  is ``n_duplicates``.

A *party* is the unit analyses compare: the country code (first 3 letters: ``KORGOV`` → ``KOR``) or,
for international organisations, the IGO code (first 6 letters: ``IGOUNOSEC`` → ``IGOUNO``). An actor
argument ``A`` matches every code that starts with ``A`` (``PRK`` matches ``PRKGOV``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from detente.model import factual_sql as _factual_events_sql
from detente.store.database import Store, date_bounds

DEFAULT_DEDUP_DAYS = 3
FREQS = ("week", "month", "quarter")

# Date precisions fine enough to place an event in one period of each frequency; coarser events
# (a "2014" event has period_start 2014-01-01) would otherwise pile up in the first period.
PRECISIONS_FOR_FREQ: dict[str, tuple[str, ...]] = {
    "week": ("day", "document", "week"),
    "month": ("day", "document", "week", "month"),
    "quarter": ("day", "document", "week", "month"),
}

_ACTOR_RE = re.compile(r"[A-Z0-9]{3,15}")
_ORDER = "day, doc_date, event_id"  # earliest event date, then earliest article; ids break ties
_KEY = "src, tgt, root"


@dataclass(frozen=True)
class Scope:
    """Which events an analysis counts (see the module docstring).

    Args:
        include_all: also count negated, hypothetical and prescriptive events.
        dedup_days: reports of the same party-party-root within this many days of the first one are
            one event; ``None`` turns de-duplication off.
        since, until: inclusive date bounds on the event date (drop undated events when set).
    """

    include_all: bool = False
    dedup_days: int | None = DEFAULT_DEDUP_DAYS
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class ScopeStats:
    """What an analysis left out or merged, so its numbers can be read honestly."""

    n_events: int
    n_duplicates: int
    n_undated: int
    n_excluded: int
    dedup_days: int | None
    include_all: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Analysable:
    """A temporary table of analysable events and its statistics.

    Columns: event_id, doc_id, sent_index, source, target, src (source party), tgt (target party),
    code, root, quad_class, goldstein, day, precision, n_reports (reports merged into this one).
    """

    table: str
    stats: ScopeStats


def party_sql(column: str) -> str:
    """SQL expression for the party of an actor-code column (IGO prefix or country code)."""
    return (f"CASE WHEN {column} LIKE 'IGO%' THEN substr({column}, 1, 6) "
            f"ELSE substr({column}, 1, 3) END")


def party(code: str | None) -> str | None:
    """The party of one actor code, as :func:`party_sql` computes it."""
    if code is None:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def normalise_actor(code: str) -> str:
    """An actor argument upper-cased and checked (3-15 letters/digits), so it is safe in LIKE."""
    value = code.strip().upper()
    if not _ACTOR_RE.fullmatch(value):
        raise ValueError(f"{code!r} is not an actor code (3-15 letters or digits, e.g. PRK or IGOUNO)")
    return value


def check_freq(freq: str) -> str:
    """``freq`` if it is one of :data:`FREQS`, else ``ValueError``."""
    if freq not in FREQS:
        raise ValueError(f"{freq!r} is not a frequency: choose one of {', '.join(FREQS)}")
    return freq


def period_sql(freq: str, column: str = "day") -> str:
    """SQL expression: the first day of the period (week, month, quarter) containing ``column``."""
    return f"CAST(date_trunc('{check_freq(freq)}', {column}) AS DATE)"


def precision_sql(freq: str) -> str:
    """SQL condition: the event's date is precise enough to be placed in one period of ``freq``."""
    allowed = ", ".join(f"'{p}'" for p in PRECISIONS_FOR_FREQ[check_freq(freq)])
    return f"(day IS NOT NULL AND precision IN ({allowed}))"


def period_start(day: date, freq: str) -> date:
    """The first day of the period of ``freq`` that contains ``day``."""
    if check_freq(freq) == "week":
        return day - timedelta(days=day.weekday())
    month = day.month if freq == "month" else 3 * ((day.month - 1) // 3) + 1
    return date(day.year, month, 1)


def next_period(start: date, freq: str) -> date:
    """The first day of the period after the one starting at ``start``."""
    if check_freq(freq) == "week":
        return start + timedelta(days=7)
    months = 1 if freq == "month" else 3
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1)


def period_range(first: date, last: date, freq: str) -> list[date]:
    """Every period start from the period of ``first`` to the period of ``last`` (gaps included)."""
    out, cur = [], period_start(first, freq)
    while cur <= last:
        out.append(cur)
        cur = next_period(cur, freq)
    return out


def factual_sql(include_all: bool) -> str:
    """SQL condition on ``events e`` selecting the events analyses count."""
    if include_all:
        return "TRUE"
    return _factual_events_sql("e")


def _event_filter(actors: Sequence[str], between: tuple[str, str] | None) -> tuple[str, list[str]]:
    """SQL condition on ``events e`` for events touching any of ``actors`` or between two actors."""
    parts, params = [], []
    for a in actors:
        parts.append("(e.source LIKE ? OR e.target LIKE ?)")
        params += [a + "%", a + "%"]
    if between:
        a, b = between
        parts.append("((e.source LIKE ? AND e.target LIKE ?) OR (e.source LIKE ? AND e.target LIKE ?))")
        params += [a + "%", b + "%", b + "%", a + "%"]
    return ("(" + " OR ".join(parts) + ")" if parts else "TRUE"), params


def _create_candidates(store: Store, name: str, scope: Scope, where: str, params: list[str]) -> None:
    """Build the table of factual events with parties, day and a first report anchor.

    A report more than the window after the previous report of its key starts a chain and anchors
    it; ``offset`` is the distance in days to that anchor. Rows with ``offset`` <= window are
    already grouped exactly as the greedy rule says; the rest are re-anchored by
    :func:`_split_long_chains`.
    """
    window = -1 if scope.dedup_days is None else scope.dedup_days
    new_chain = f"gap IS NULL OR gap > {int(window)}"
    sql = f"""
    CREATE TEMP TABLE {name} AS
    WITH raw AS (
        SELECT e.event_id, e.doc_id, e.sent_index, e.source, e.target,
               {party_sql('e.source')} AS src, {party_sql('e.target')} AS tgt,
               e.code, e.root, e.quad_class, e.goldstein, d.doc_date,
               COALESCE(e.period_start, d.doc_date) AS day,
               CASE WHEN e.period_start IS NOT NULL THEN coalesce(e.date_precision, 'day')
                    WHEN d.doc_date IS NOT NULL THEN 'document' END AS precision
        FROM events e LEFT JOIN documents d USING (doc_id)
        WHERE {factual_sql(scope.include_all)} AND {where}),
    gaps AS (
        SELECT *, day - lag(day) OVER (PARTITION BY {_KEY} ORDER BY {_ORDER}) AS gap
        FROM raw WHERE day IS NOT NULL)
    SELECT * EXCLUDE (gap),
           last_value(CASE WHEN {new_chain} THEN event_id END IGNORE NULLS) OVER w AS anchor,
           day - last_value(CASE WHEN {new_chain} THEN day END IGNORE NULLS) OVER w AS offset_days
    FROM gaps WINDOW w AS (PARTITION BY {_KEY} ORDER BY {_ORDER} ROWS UNBOUNDED PRECEDING)
    UNION ALL BY NAME
    SELECT *, event_id AS anchor, 0::BIGINT AS offset_days FROM raw WHERE day IS NULL
    """  # noqa: S608 - identifiers are generated here, values are parameters
    store.con.execute(sql, params)


def _split_long_chains(store: Store, name: str, window: int) -> None:
    """Re-anchor reports more than ``window`` days after their chain's anchor (greedy, in date order)."""
    rows = store.con.execute(
        f"SELECT anchor, event_id, day FROM {name} WHERE offset_days > ? "  # noqa: S608
        f"ORDER BY {_KEY}, anchor, {_ORDER}", [window]).fetchall()
    ids, anchors = [], []
    chain, anchor_id, anchor_day = "", "", date.min
    for old_anchor, event_id, day in rows:
        if old_anchor != chain or (day - anchor_day).days > window:
            chain, anchor_id, anchor_day = old_anchor, event_id, day
        ids.append(event_id)
        anchors.append(anchor_id)
    if ids:
        store.con.execute(
            f"UPDATE {name} SET anchor = m.anchor FROM (SELECT unnest(?::VARCHAR[]) AS event_id, "  # noqa: S608
            f"unnest(?::VARCHAR[]) AS anchor) m WHERE {name}.event_id = m.event_id", [ids, anchors])


def _create_kept(store: Store, name: str, candidates: str, scope: Scope) -> None:
    """Keep each anchor (first report) with its number of reports, inside the date bounds."""
    bounds, params = date_bounds("c.day", scope.since, scope.until)
    store.con.execute(
        f"CREATE TEMP TABLE {name} AS SELECT c.* EXCLUDE (anchor, offset_days, doc_date), n.n_reports "  # noqa: S608
        f"FROM {candidates} c JOIN (SELECT anchor, count(*) AS n_reports FROM {candidates} GROUP BY anchor) n "
        f"ON c.event_id = n.anchor {'WHERE ' + ' AND '.join(bounds) if bounds else ''}", params)


def _stats(store: Store, name: str, candidates: str, scope: Scope, where: str, params: list[str]) -> ScopeStats:
    kept = store.con.execute(f"SELECT count(*), coalesce(sum(n_reports - 1), 0) FROM {name}").fetchone()  # noqa: S608
    undated = store.con.execute(f"SELECT count(*) FROM {candidates} WHERE day IS NULL").fetchone()  # noqa: S608
    excluded = (0,)
    if not scope.include_all:
        excluded = store.con.execute(
            f"SELECT count(*) FROM events e WHERE NOT ({factual_sql(False)}) AND {where}", params).fetchone() or (0,)  # noqa: S608
    assert kept is not None and undated is not None
    return ScopeStats(n_events=int(kept[0]), n_duplicates=int(kept[1]), n_undated=int(undated[0]),
                      n_excluded=int(excluded[0]), dedup_days=scope.dedup_days, include_all=scope.include_all)


@contextmanager
def analysable(store: Store, scope: Scope | None = None, *,
               actors: Sequence[str] = (), between: tuple[str, str] | None = None) -> Iterator[Analysable]:
    """Build the temporary table of analysable events touching ``actors`` (all events if no filter).

    Args:
        store: an open store (read-only is fine: the tables are temporary).
        scope: inclusion, de-duplication and date bounds; ``Scope()`` by default.
        actors: normalised actor prefixes; an event is included if its source or target matches one.
            De-duplication is done among these events.
        between: two normalised actor prefixes; also include the events from one to the other
            (a dyad needs only these, which is much less work than everything touching either).

    Yields:
        An :class:`Analysable` naming the table; it is dropped when the block ends.
    """
    scope = scope or Scope()
    token = uuid.uuid4().hex[:12]
    candidates, name = f"_detente_cand_{token}", f"_detente_events_{token}"
    store.con.execute("SET enable_progress_bar = false")  # the library never prints, DuckDB neither
    try:
        where, params = _event_filter(actors, between)
        _create_candidates(store, candidates, scope, where, params)
        if scope.dedup_days is not None:
            _split_long_chains(store, candidates, scope.dedup_days)
        _create_kept(store, name, candidates, scope)
        stats = _stats(store, name, candidates, scope, where, params)
        store.con.execute(f"DROP TABLE IF EXISTS {candidates}")
        yield Analysable(name, stats)
    finally:
        store.con.execute(f"DROP TABLE IF EXISTS {candidates}")
        store.con.execute(f"DROP TABLE IF EXISTS {name}")


def evidence(store: Store, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Evidence for events: sentence, pattern, code, actors, date and document, by event id."""
    if not event_ids:
        return {}
    rows = store.query(
        "SELECT e.event_id, e.doc_id, e.source, e.target, e.code, e.quad_class, e.goldstein, e.pattern, "
        "e.event_date, e.date_precision, d.doc_date, d.title, s.text AS sentence "
        "FROM events e LEFT JOIN sentences s USING (doc_id, sent_index) LEFT JOIN documents d USING (doc_id) "
        "WHERE e.event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY e.event_id", [list(event_ids)])
    return {r["event_id"]: r for r in rows}


def snippet(text: str | None, limit: int = 140) -> str:
    """A sentence shortened to ``limit`` characters for tables."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
