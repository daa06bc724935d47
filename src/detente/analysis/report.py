"""A static HTML report (``index.html`` + PNGs) in which every number links to its evidence.

Sections: corpus and scope statistics, top dyads, the ledgers and charm offensives of the most
active parties, the network, and an evidence list with one entry per cited event (anchor
``#ev-<event_id>``: date, actors, code, pattern, sentence). A number that stands for several events
links to a group (``#g-<n>``) listing them. All text from the corpus is HTML-escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from detente.analysis import plots
from detente.analysis.common import Scope, analysable, evidence
from detente.analysis.dyad import dyad
from detente.analysis.ledger import QUADS, Ledger, ledger
from detente.analysis.network import network
from detente.analysis.offensives import OffensiveParams, Offensives, offensives
from detente.store.database import Store

MAX_GROUP = 500  # ids listed per number; more would make the page unreadable, not more honest

CSS = """body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;line-height:1.4;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}
th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}img{max-width:100%}
.ev{margin:.4em 0;padding:.3em .6em;border-left:3px solid #4c72b0}.ev:target,.grp:target{background:#fff6cc}
code{background:#f5f5f5;padding:0 .2em}.muted{color:#777}"""


@dataclass
class _Page:
    """Accumulates HTML parts, evidence groups and the events they cite."""

    parts: list[str] = field(default_factory=list)
    groups: list[tuple[str, list[str]]] = field(default_factory=list)
    cited: dict[str, None] = field(default_factory=dict)

    def add(self, text: str) -> None:
        self.parts.append(text)

    def number(self, value: int, ids: list[str], label: str) -> str:
        """``value`` as a link to its evidence (one event or a group of events)."""
        if not value or not ids:
            return str(value)
        ids = ids[:MAX_GROUP]
        self.cited.update(dict.fromkeys(ids))
        if len(ids) == 1:
            return f'<a href="#ev-{_e(ids[0])}">{value}</a>'
        self.groups.append((label, ids))
        return f'<a href="#g-{len(self.groups)}">{value}</a>'


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _table(page: _Page, headers: list[str], rows: list[list[str]]) -> None:
    """Rows are already-escaped HTML cells."""
    page.add("<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers) + "</tr>")
    for row in rows:
        page.add("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    page.add("</table>")


def _top_dyads(store: Store, table: str, limit: int) -> list[dict[str, Any]]:
    return store.query(
        "SELECT src, tgt, count(*) AS events, list(event_id ORDER BY day) AS ids, "  # noqa: S608
        "list(event_id ORDER BY day) FILTER (WHERE quad_class <= 2) AS coop_ids, "
        "list(event_id ORDER BY day) FILTER (WHERE quad_class >= 3) AS conflict_ids, "
        f"round(sum(goldstein), 1) AS goldstein FROM {table} WHERE src <> tgt "
        "GROUP BY src, tgt ORDER BY events DESC, src, tgt LIMIT ?", [limit])


def _active_parties(store: Store, table: str, limit: int) -> list[str]:
    rows = store.query(
        f"SELECT party, count(*) AS n FROM (SELECT src AS party FROM {table} WHERE src <> tgt "  # noqa: S608
        f"UNION ALL SELECT tgt FROM {table} WHERE src <> tgt) GROUP BY party ORDER BY n DESC, party LIMIT ?",
        [limit])
    return [r["party"] for r in rows if r["party"]]


def _dyads_section(page: _Page, rows: list[dict[str, Any]]) -> None:
    page.add("<h2 id='dyads'>Top dyads</h2>")
    body = []
    for r in rows:
        d = f"{r['src']}→{r['tgt']}"
        body.append([_e(d), page.number(r["events"], r["ids"], f"{d}: all events"),
                     page.number(len(r["coop_ids"] or []), r["coop_ids"] or [], f"{d}: cooperative events"),
                     page.number(len(r["conflict_ids"] or []), r["conflict_ids"] or [], f"{d}: conflictual events"),
                     _e(r["goldstein"])])
    _table(page, ["dyad", "events", "cooperative", "conflictual", "Goldstein sum"], body)


def _ledger_section(page: _Page, led: Ledger, image: str) -> None:
    page.add(f"<h3 id='ledger-{_e(led.actor)}'>Ledger of {_e(led.actor)}</h3>")
    page.add(f"<p>{_e(led.headline['text'])}</p>")
    body = []
    for ln in led.lines:
        cells = [_e(ln.counterpart)]
        for side_name, side in (("given", ln.given), ("received", ln.received)):
            cells += [page.number(side.counts[q], side.event_ids[q],
                                  f"{led.actor} {side_name} quad {q} ({ln.counterpart})") for q in QUADS]
        cells += [_e(f"{ln.net['net_material']:+d}"), _e(ln.net["net_goldstein"])]
        body.append(cells)
    headers = ["counterpart"] + [f"given q{q}" for q in QUADS] + [f"received q{q}" for q in QUADS]
    _table(page, headers + ["net material", "net Goldstein"], body)
    page.add(f"<img src='{_e(image)}' alt='ledger of {_e(led.actor)}'>")


def _offensives_section(page: _Page, off: Offensives, image: str) -> None:
    page.add(f"<h3 id='offensives-{_e(off.actor)}'>Charm offensives of {_e(off.actor)}</h3>")
    if not off.episodes:
        page.add("<p class='muted'>No period significantly above this actor's baseline with broad "
                 "partners.</p>")
    body = [[_e(ep.start), _e(ep.end), page.number(ep.events, ep.event_ids, f"{off.actor} offensive from {ep.start}"),
             _e(ep.baseline), _e(", ".join(f"{p} ({n})" for p, n in ep.partners.items())), _e(ep.score),
             _e(f"{ep.p_value:.2g}")] for ep in off.episodes]
    if body:
        _table(page, ["start", "end", "events", "baseline", "partners", "score", "p"], body)
    page.add(f"<img src='{_e(image)}' alt='offensives of {_e(off.actor)}'>")


def _groups_section(page: _Page) -> None:
    page.add("<h2 id='groups'>Evidence groups</h2>")
    for n, (label, ids) in enumerate(page.groups, 1):
        links = " ".join(f"<a href='#ev-{_e(i)}'>{_e(i)}</a>" for i in ids)
        page.add(f"<p class='grp' id='g-{n}'><b>{_e(label)}</b> ({len(ids)}): {links}</p>")


def _evidence_section(page: _Page, store: Store) -> None:
    page.add("<h2 id='evidence'>Evidence</h2>")
    for ev_id, r in sorted(evidence(store, list(page.cited)).items(),
                           key=lambda kv: (str(kv[1]["event_date"]), kv[0])):
        page.add(f"<div class='ev' id='ev-{_e(ev_id)}'><code>{_e(ev_id)}</code> {_e(r['event_date'])} "
                 f"({_e(r['date_precision'])}) <b>{_e(r['source'])} → {_e(r['target'])}</b> "
                 f"CAMEO <code>{_e(r['code'])}</code> (quad {_e(r['quad_class'])}, Goldstein {_e(r['goldstein'])}), "
                 f"pattern <code>{_e(r['pattern'])}</code>, document <code>{_e(r['doc_id'])}</code>"
                 f"<br>“{_e(r['sentence'])}”</div>")


def _merging(scope: Scope) -> str:
    if scope.dedup_days is None:
        return "merging off"
    return f"same parties and CAMEO root within {scope.dedup_days} days of the first report"


def _dyad_plot(page: _Page, store: Store, a: str, b: str, out: Path, scope: Scope, freq: str) -> None:
    try:
        res = dyad(store, a, b, freq=freq, scope=scope)
    except ValueError:  # a malformed or overlapping party code in the data: no plot, not no report
        return
    name = f"dyad_{res.a}_{res.b}.png"
    plots.plot_dyad(res, out / name)
    page.add(f"<img src='{_e(name)}' alt='dyad {_e(res.a)} {_e(res.b)}'>")


def _actor_sections(page: _Page, store: Store, actor: str, out: Path, scope: Scope, freq: str) -> None:
    """The ledger and the charm offensives of one party, with their plots."""
    try:
        led = ledger(store, actor, scope=scope)
        off = offensives(store, actor, params=OffensiveParams(freq=freq), scope=scope)
    except ValueError:
        return
    _ledger_section(page, led, plots.plot_ledger(led, out / f"ledger_{actor}.png").name)
    _offensives_section(page, off, plots.plot_offensives(off, out / f"offensives_{actor}.png").name)


def write_report(store: Store, out_dir: str | Path, *, scope: Scope | None = None, n_dyads: int = 10,
                 n_actors: int = 3, freq: str = "month") -> Path:
    """Write ``index.html`` and its PNGs into ``out_dir``; returns the path of ``index.html``.

    Args:
        store: an open store.
        out_dir: folder to write into (created if needed).
        scope: event inclusion, de-duplication and date bounds for every section.
        n_dyads: how many directed dyads to list.
        n_actors: how many of the most active parties get a ledger and an offensive analysis.
        freq: period of the offensive and dyad series.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    scope = scope or Scope()
    page = _Page()
    with analysable(store, scope) as t:
        top = _top_dyads(store, t.table, n_dyads)
        actors = _active_parties(store, t.table, n_actors)
        stats = t.stats
    page.add(f"<h1>detente report</h1><p class='muted'>{_e(store.path)}, {datetime.now():%Y-%m-%d %H:%M}</p>")
    page.add(f"<p>{stats.n_events} analysable events (factual{' and non-factual' * scope.include_all}); "
             f"{stats.n_duplicates} duplicate reports merged ({_merging(scope)}); "
             f"{stats.n_undated} undated; {stats.n_excluded} negated, "
             "hypothetical or prescriptive events left out.</p>")
    _dyads_section(page, top)
    if top:
        _dyad_plot(page, store, top[0]["src"], top[0]["tgt"], out, scope, freq)
    page.add("<h2 id='actors'>Most active parties</h2>")
    for actor in actors:
        _actor_sections(page, store, actor, out, scope, freq)
    page.add("<h2 id='network'>Network</h2>")
    plots.plot_network(network(store, scope=scope), out / "network.png")
    page.add("<img src='network.png' alt='network of parties'>")
    _groups_section(page)
    _evidence_section(page, store)
    index = out / "index.html"
    index.write_text("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>detente report</title>"
                     f"<style>{CSS}</style></head><body>{''.join(page.parts)}</body></html>\n", encoding="utf-8")
    return index
