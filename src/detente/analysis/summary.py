"""Store-wide summaries in SQL: events by root, top dyads, date coverage."""

from __future__ import annotations

from typing import Any

from detente.coding.ontology import ROOT_NAMES
from detente.model import factual_sql
from detente.store.database import Store

# Analyses count what was reported as done or announced: not negated, not advice or conjecture.
FACTUAL = factual_sql("")


def events_by_root(store: Store, *, factual_only: bool = True) -> list[dict[str, Any]]:
    """Number of events per CAMEO root with the root's name."""
    where = FACTUAL if factual_only else "TRUE"
    rows = store.query(f"SELECT root, count(*) AS events FROM events WHERE {where} "  # noqa: S608
                       "GROUP BY root ORDER BY root")
    for r in rows:
        r["name"] = ROOT_NAMES.get(r["root"], "?")
    return rows


def top_dyads(store: Store, *, limit: int = 10, factual_only: bool = True) -> list[dict[str, Any]]:
    """The most active directed country-level dyads with cooperation/conflict balance."""
    where = FACTUAL if factual_only else "TRUE"
    return store.query(
        "SELECT substr(source, 1, 3) AS source, substr(target, 1, 3) AS target, count(*) AS events, "
        "round(sum(goldstein), 1) AS goldstein_sum, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperative, "
        "count(*) FILTER (WHERE quad_class >= 3) AS conflictual "
        f"FROM events WHERE {where} GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?",  # noqa: S608
        [limit])


def date_coverage(store: Store) -> dict[str, int]:
    """How many events have a resolved date, only the document date, or none at all."""
    rows = store.query("SELECT coalesce(date_precision, 'unknown') AS p, count(*) AS n FROM events GROUP BY 1")
    return {r["p"]: int(r["n"]) for r in rows}
