"""Benchmark the analyses against a plain ``GROUP BY`` on synthetic events in a temporary store.

The synthetic corpus is generated inside DuckDB (no Python loop): ``n`` events in ``n / 4``
documents over 15 years, 40 actors with a skewed (quadratic) frequency so that a few parties
dominate as in real news, CAMEO codes from every quad class, about 5 % negated or
hypothetical events and 20 % dated only by their document. Each timing is the best of ``repeats``
runs after a warm-up; ratios are relative to
``SELECT source, target, quad_class, count(*) FROM events GROUP BY ALL`` on the same table, i.e.
what the de-duplicated, factual, party-level analyses cost over the cheapest possible summary.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.analysis.common import Scope, analysable
from detente.analysis.dyad import dyad
from detente.analysis.ledger import ledger
from detente.store.database import Store

ACTORS = ["PRK", "PRKGOV", "KOR", "KORGOV", "USA", "USAGOV", "CHN", "CHNGOV", "JPN", "JPNGOV", "RUS",
          "RUSGOV", "IGOUNO", "IGOUNOSEC", "IGOEUREEC", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "ISR",
          "SYR", "TUR", "UKR", "MNG", "VNM", "THA", "PHL", "IDN", "AUS", "CAN", "BRA", "MEX", "ZAF", "EGY",
          "SAU", "CUB", "VEN", "SWE"]
CODES = [("010", 1, 0.0), ("020", 1, 3.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9),
         ("051", 1, 3.4), ("057", 1, 8.0), ("061", 2, 6.4), ("071", 2, 7.4), ("073", 2, 7.4),
         ("0841", 2, 7.0), ("085", 2, 7.0), ("111", 3, -2.0), ("112", 3, -2.0), ("125", 3, -5.0),
         ("130", 3, -4.4), ("163", 4, -8.0), ("173", 4, -5.0), ("190", 4, -10.0)]


@dataclass(frozen=True)
class BenchResult:
    """Timings (seconds, best of the repeats) and ratios to the plain GROUP BY."""

    n_events: int
    setup_seconds: float
    timings: dict[str, float]
    ratios: dict[str, float]
    details: dict[str, Any]


def _sql_list(values: list[Any]) -> str:
    return "[" + ", ".join(repr(v) for v in values) + "]"


def populate(store: Store, n_events: int) -> None:
    """Insert ``n_events`` synthetic events (and their documents and sentences) with SQL only."""
    n_docs = max(1, n_events // 4)
    con = store.con
    con.execute(
        "INSERT INTO documents SELECT 'd' || i, 'synthetic', CASE WHEN i % 200 = 0 THEN NULL "
        "ELSE DATE '2005-01-01' + CAST(i * 5479 // ? AS INTEGER) END, NULL, NULL, 'bench', NULL, NULL, 1, 4, "
        "now() FROM range(?) t(i)", [n_docs, n_docs])
    con.execute("INSERT INTO sentences SELECT 'd' || i, 0, 'Synthetic sentence ' || i || '.', 0 FROM range(?) t(i)",
                [n_docs])
    actors, n_act = _sql_list(ACTORS), len(ACTORS)
    codes = _sql_list([c for c, _, _ in CODES])
    quads, weights = _sql_list([q for _, q, _ in CODES]), _sql_list([g for _, _, g in CODES])
    con.execute(f"""
        INSERT INTO events (event_id, doc_id, sent_index, source, target, code, root, quad_class, goldstein,
                            event_date, date_precision, period_start, negated, modality, pattern)
        WITH r AS (
            SELECT i, 'd' || (i // 4) AS doc_id,
                   CAST(floor({n_act} * pow((hash(i) % 1000003) / 1000003.0, 2)) AS INTEGER) AS s,
                   CAST(1 + hash(i + 7) % {n_act - 1} AS INTEGER) AS step,
                   CAST(1 + hash(i + 13) % {len(CODES)} AS INTEGER) AS c,
                   hash(i + 29) % 100 AS u
            FROM range(?) t(i))
        SELECT substr(md5(CAST(r.i AS VARCHAR)), 1, 16), r.doc_id, 0,
               {actors}[s + 1], {actors}[(s + step) % {n_act} + 1],
               {codes}[c], substr({codes}[c], 1, 2), {quads}[c], {weights}[c],
               CAST(d.doc_date AS VARCHAR), CASE WHEN u < 20 THEN 'document' ELSE 'day' END,
               CASE WHEN u < 20 THEN NULL ELSE d.doc_date - CAST(u % 3 AS INTEGER) END,
               u IN (97, 98), CASE WHEN u = 99 THEN 'hypothetical' WHEN u = 96 THEN 'intent' END,
               {codes}[c] || ':synthetic'
        FROM r JOIN documents d USING (doc_id)
    """, [n_events])  # noqa: S608 - literals generated above from constants


def _best(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    result = fn()  # warm-up: DuckDB caches, imports, ontology loading
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def _dedup_all(store: Store) -> int:
    with analysable(store, Scope()) as t:
        return t.stats.n_duplicates


def run_bench(n_events: int = 1_000_000, *, repeats: int = 3, actor: str = "PRK",
              partner: str = "KOR") -> BenchResult:
    """Build a temporary store of ``n_events`` synthetic events and time the analyses on it.

    Returns:
        Timings for ``group_by`` (the plain reference), ``ledger`` (``actor``), ``dyad``
        (``actor``–``partner``, monthly) and ``dedup_all`` (the analysable table of the whole store),
        and each one's ratio to ``group_by``.
    """
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        populate(store, n_events)
        setup = time.perf_counter() - start
        plain = ("SELECT source, target, quad_class, count(*) AS n FROM events GROUP BY ALL")
        timings, details = {}, {}
        timings["group_by"], rows = _best(lambda: store.query(plain), repeats)
        details["group_by_rows"] = len(rows)
        timings["ledger"], led = _best(lambda: ledger(store, actor), repeats)
        details["ledger_events"] = led.stats.n_events
        details["ledger_duplicates"] = led.stats.n_duplicates
        timings["dyad"], dy = _best(lambda: dyad(store, actor, partner), repeats)
        details["dyad_periods"] = len(dy.periods)
        timings["dedup_all"], details["dedup_all_duplicates"] = _best(lambda: _dedup_all(store), repeats)
    base = max(timings["group_by"], 1e-9)
    return BenchResult(n_events, round(setup, 3), {k: round(v, 4) for k, v in timings.items()},
                       {k: round(v / base, 1) for k, v in timings.items()}, details)
