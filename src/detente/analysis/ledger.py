"""The concessions ledger of an actor: what it gave each counterpart and what it received.

For actor A and every counterpart party X (see :mod:`detente.analysis.common` for parties, factual
events and de-duplication):

- **given** = events A→X, **received** = events X→A, each split by quad class (1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict), with the event ids behind every
  number. Events inside A (``PRKGOV`` → ``PRKMIL``) are not in any ledger.
- **material cooperation** (quad 2: aid, economic/military cooperation, sanctions easing, releases,
  de-escalation, inspections) is what the headline weighs: concrete steps, not words.
- **net balances** are received minus given: ``net_material`` (quad 2), ``net_cooperation``
  (quads 1–2), ``net_conflict`` (quads 3–4) and ``net_goldstein`` (sum of Goldstein weights).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from detente.analysis.common import Scope, ScopeStats, analysable, normalise_actor
from detente.coding.ontology import Ontology
from detente.store.database import Store

QUADS = (1, 2, 3, 4)


@dataclass
class Side:
    """One direction of a ledger line: counts, event ids and codes per quad class."""

    counts: dict[int, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    event_ids: dict[int, list[str]] = field(default_factory=lambda: {q: [] for q in QUADS})
    codes: dict[int, list[str]] = field(default_factory=lambda: {q: [] for q in QUADS})
    goldstein: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def cooperation(self) -> int:
        return self.counts[1] + self.counts[2]

    @property
    def conflict(self) -> int:
        return self.counts[3] + self.counts[4]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "by_quad": {str(q): n for q, n in self.counts.items()},
                "goldstein": round(self.goldstein, 2),
                "event_ids": {str(q): ids for q, ids in self.event_ids.items()}}


@dataclass
class LedgerLine:
    """The exchange between the actor and one counterpart party."""

    counterpart: str
    given: Side = field(default_factory=Side)
    received: Side = field(default_factory=Side)

    @property
    def net(self) -> dict[str, float]:
        """Received minus given, by measure (positive: the actor came out ahead)."""
        g, r = self.given, self.received
        return {"net_material": r.counts[2] - g.counts[2], "net_cooperation": r.cooperation - g.cooperation,
                "net_conflict": r.conflict - g.conflict, "net_goldstein": round(r.goldstein - g.goldstein, 2)}

    def as_dict(self) -> dict[str, Any]:
        return {"counterpart": self.counterpart, "given": self.given.as_dict(),
                "received": self.received.as_dict(), **self.net}


@dataclass(frozen=True)
class Ledger:
    """An actor's ledger: one line per counterpart (most active first) and a headline."""

    actor: str
    since: date | None
    until: date | None
    lines: list[LedgerLine]
    headline: dict[str, Any]
    stats: ScopeStats

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "since": self.since and self.since.isoformat(),
                "until": self.until and self.until.isoformat(), "headline": self.headline,
                "stats": self.stats.as_dict(), "lines": [line.as_dict() for line in self.lines]}

    def records(self) -> list[dict[str, Any]]:
        """Flat rows (one per counterpart) for tables and CSV."""
        out = []
        for line in self.lines:
            row: dict[str, Any] = {"counterpart": line.counterpart}
            for side_name, side in (("given", line.given), ("received", line.received)):
                row.update({f"{side_name}_q{q}": side.counts[q] for q in QUADS})
            row.update(line.net)
            row["material_given_ids"] = " ".join(line.given.event_ids[2])
            row["material_received_ids"] = " ".join(line.received.event_ids[2])
            out.append(row)
        return out


def _rows(store: Store, table: str, actor: str) -> list[dict[str, Any]]:
    """Counts, Goldstein sums, ids and codes per direction, counterpart party and quad class."""
    return store.query(
        "SELECT source LIKE ? AS given, CASE WHEN source LIKE ? THEN tgt ELSE src END AS counterpart, "  # noqa: S608
        "quad_class, count(*) AS n, sum(goldstein) AS goldstein, "
        "list(event_id ORDER BY day, event_id) AS ids, list(code ORDER BY day, event_id) AS codes "
        f"FROM {table} WHERE (source LIKE ?) <> (target LIKE ?) AND quad_class IN (1, 2, 3, 4) "
        "GROUP BY ALL", [actor + "%"] * 4)


def ledger(store: Store, a: str, *, since: date | None = None, until: date | None = None,
           scope: Scope | None = None, ontology: Ontology | None = None) -> Ledger:
    """What actor ``a`` gave to and received from each counterpart between ``since`` and ``until``.

    Args:
        store: an open store.
        a: actor code prefix (``PRK``).
        since, until: inclusive date bounds (override those of ``scope``).
        scope: event inclusion and de-duplication.
        ontology: CAMEO names for the headline (loaded from package data if omitted).

    Returns:
        A :class:`Ledger`; its ``headline`` answers "material concessions received vs concrete
        steps given".
    """
    actor = normalise_actor(a)
    base = scope or Scope()
    scope = Scope(include_all=base.include_all, dedup_days=base.dedup_days,
                  since=since or base.since, until=until or base.until)
    lines: dict[str, LedgerLine] = {}
    with analysable(store, scope, actors=[actor]) as t:
        for r in _rows(store, t.table, actor):
            line = lines.setdefault(r["counterpart"], LedgerLine(r["counterpart"]))
            side = line.given if r["given"] else line.received
            q = int(r["quad_class"])
            side.counts[q], side.event_ids[q], side.codes[q] = int(r["n"]), list(r["ids"]), list(r["codes"])
            side.goldstein += float(r["goldstein"] or 0.0)
        stats = t.stats
    ordered = sorted(lines.values(), key=lambda ln: (-(ln.given.total + ln.received.total), ln.counterpart))
    return Ledger(actor, scope.since, scope.until, ordered, headline(actor, ordered, ontology or Ontology.load()),
                  stats)


def _kind(code: str, ontology: Ontology) -> str:
    """A short lower-case name of a CAMEO code ("return, release person(s)")."""
    try:
        name = ontology.get(code).name
    except KeyError:
        return code
    return name.replace(", not specified below", "").lower()


def _partners(lines: list[LedgerLine], side: str) -> list[str]:
    counts = {ln.counterpart: getattr(ln, side).counts[2] for ln in lines}
    return [p for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n]


def _kinds(lines: list[LedgerLine], side: str, ontology: Ontology) -> dict[str, dict[str, int]]:
    """Material-cooperation events of one side by kind, then by counterpart."""
    out: dict[str, Counter[str]] = {}
    for ln in lines:
        for code in getattr(ln, side).codes[2]:
            out.setdefault(_kind(code, ontology), Counter())[ln.counterpart] += 1
    return {k: dict(c.most_common()) for k, c in sorted(out.items(), key=lambda kv: -sum(kv[1].values()))}


def _describe(kinds: dict[str, dict[str, int]], word: str) -> str:
    parts = [f"{sum(by.values())} × {kind} {word} {', '.join(by)}" for kind, by in kinds.items()]
    return "; ".join(parts)


def headline(actor: str, lines: list[LedgerLine], ontology: Ontology) -> dict[str, Any]:
    """The answer to "material concessions received vs concrete steps given", as data and text."""
    received = sum(ln.received.counts[2] for ln in lines)
    given = sum(ln.given.counts[2] for ln in lines)
    recv_kinds, given_kinds = _kinds(lines, "received", ontology), _kinds(lines, "given", ontology)
    from_ = _partners(lines, "received")
    text = f"{actor} received {received} material-cooperation event{'s' * (received != 1)}"
    text += f" from {', '.join(from_)}" if from_ else ""
    text += f" ({_describe(recv_kinds, 'from')})" if recv_kinds else ""
    text += f"; gave {given}"
    text += f" ({_describe(given_kinds, 'to')})" if given_kinds else ""
    text += f"; net material balance {received - given:+d}."
    return {"actor": actor, "material_received": received, "material_received_from": from_,
            "material_received_kinds": recv_kinds, "material_given": given,
            "material_given_to": _partners(lines, "given"), "material_given_kinds": given_kinds,
            "net_material": received - given,
            "verbal_cooperation_received": sum(ln.received.counts[1] for ln in lines),
            "verbal_cooperation_given": sum(ln.given.counts[1] for ln in lines),
            "text": text}
