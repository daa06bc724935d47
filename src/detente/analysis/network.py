"""The directed network of parties: who acted on whom, how often, how cooperatively.

Nodes are parties (country codes, IGO codes; see :mod:`detente.analysis.common`), edges are
directed source → target with ``count`` (events), ``cooperation`` (quad 1–2), ``conflict``
(quad 3–4) and ``goldstein`` (sum of Goldstein weights) over factual, de-duplicated events.
Events within one party (``PRKGOV`` → ``PRKMIL``) are not edges.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import networkx as nx

from detente.analysis.common import Scope, analysable
from detente.store.database import Store


def network(store: Store, *, since: date | None = None, until: date | None = None,
            scope: Scope | None = None) -> nx.DiGraph:
    """A :class:`networkx.DiGraph` of parties with event-count and balance edge weights.

    Args:
        store: an open store.
        since, until: inclusive date bounds (override those of ``scope``).
        scope: event inclusion and de-duplication.

    Returns:
        The graph; ``graph.graph["stats"]`` holds the scope statistics, each node its ``events_out``
        and ``events_in``.
    """
    base = scope or Scope()
    scope = Scope(include_all=base.include_all, dedup_days=base.dedup_days,
                  since=since or base.since, until=until or base.until)
    graph = nx.DiGraph()
    with analysable(store, scope) as t:
        rows = store.query(
            "SELECT src, tgt, count(*) AS count, count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "  # noqa: S608
            "count(*) FILTER (WHERE quad_class >= 3) AS conflict, round(sum(goldstein), 2) AS goldstein "
            f"FROM {t.table} WHERE src IS NOT NULL AND tgt IS NOT NULL AND src <> tgt GROUP BY ALL "
            "ORDER BY count DESC, src, tgt")
        graph.graph["stats"] = t.stats.as_dict()
    for r in rows:
        graph.add_edge(r["src"], r["tgt"], count=int(r["count"]), cooperation=int(r["cooperation"]),
                       conflict=int(r["conflict"]), goldstein=float(r["goldstein"] or 0.0))
    for node in graph.nodes:
        graph.nodes[node]["events_out"] = int(graph.out_degree(node, weight="count"))
        graph.nodes[node]["events_in"] = int(graph.in_degree(node, weight="count"))
    graph.graph.update(since=scope.since, until=scope.until)
    return graph


def edge_records(graph: nx.DiGraph) -> list[dict[str, Any]]:
    """The edges as rows, most events first."""
    rows = [{"source": u, "target": v, **d} for u, v, d in graph.edges(data=True)]
    return sorted(rows, key=lambda r: (-r["count"], r["source"], r["target"]))


def as_dict(graph: nx.DiGraph) -> dict[str, Any]:
    """JSON-ready nodes (with in/out event counts and weighted degree) and edges."""
    nodes = [{"party": n, **d} for n, d in sorted(graph.nodes(data=True),
                                                   key=lambda nd: -(nd[1]["events_out"] + nd[1]["events_in"]))]
    since, until = graph.graph.get("since"), graph.graph.get("until")
    return {"since": since and since.isoformat(), "until": until and until.isoformat(),
            "stats": graph.graph.get("stats"), "nodes": nodes, "edges": edge_records(graph)}
