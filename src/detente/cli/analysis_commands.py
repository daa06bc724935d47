"""Analysis commands (dyad, ledger, offensives, network, report, bench): thin wrappers over
:mod:`detente.analysis`.

``detente.cli.app`` imports this module at its end and calls :func:`register`, so the shared options
and helpers below are already defined when it is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from detente.analysis.common import Scope, ScopeStats
from detente.cli.app import DEFAULT_DB, DbOption, _check_format, _fail, _out, _parse_date
from detente.cli.output import write_records
from detente.errors import DetenteError
from detente.store.database import Store

ActorArg = Annotated[str, typer.Argument(help="Actor code prefix, e.g. PRK, KORGOV or IGOUNO.")]
PlotOption = Annotated[Path | None, typer.Option("--plot", help="Also write a PNG plot to this file.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="From date YYYY-MM-DD (inclusive).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Until date YYYY-MM-DD (inclusive).")]
FreqOption = Annotated[str, typer.Option("--freq", help="Period: week, month or quarter.")]
IncludeAllOption = Annotated[bool, typer.Option(
    "--include-all", help="Also count negated, hypothetical and prescriptive events.")]
DedupOption = Annotated[int, typer.Option(
    "--dedup-days", help="Reports of the same party-party-root within N days are one event; -1: no merging.")]


def _err() -> Console:
    return Console(stderr=True)


@contextmanager
def _store(db: Path) -> Iterator[Store]:
    """Open the store read-only; library errors become a message and exit code 2."""
    try:
        with Store(db, read_only=True) as store:
            yield store
    except DetenteError as exc:
        raise _fail(exc) from None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _scope(include_all: bool, dedup_days: int, since: str | None = None, until: str | None = None) -> Scope:
    return Scope(include_all=include_all, dedup_days=None if dedup_days < 0 else dedup_days,
                 since=_parse_date(since, "--since"), until=_parse_date(until, "--until"))


def _json(obj: Any) -> None:
    _out().file.write(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def _stats_line(stats: ScopeStats, extra: str = "") -> None:
    merged = "off" if stats.dedup_days is None else f"within {stats.dedup_days} days"
    _out().print(f"[dim]{stats.n_events} analysable events; {stats.n_duplicates} duplicate reports merged "
                 f"({merged}); {stats.n_undated} undated; {stats.n_excluded} negated/hypothetical/"
                 f"prescriptive left out{extra}[/dim]")


def _wrote(path: Path) -> None:
    _err().print(f"wrote {path}")


def dyad_cmd(a: ActorArg, b: ActorArg, db: DbOption = DEFAULT_DB, freq: FreqOption = "month",
             plot: PlotOption = None,
             fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
             include_all: IncludeAllOption = False, since: SinceOption = None, until: UntilOption = None,
             dedup_days: DedupOption = 3,
             top: Annotated[int, typer.Option(help="Top events listed per period and direction.")] = 3) -> None:
    """Dyad series A→B and B→A per period: counts by quad class, Goldstein sum/mean, top events."""
    from detente.analysis.dyad import dyad

    _check_format(fmt, ("table", "json", "csv"))
    scope = _scope(include_all, dedup_days, since, until)
    with _store(db) as store:
        result = dyad(store, a, b, freq=freq, scope=scope, top=top)
    if fmt == "json":
        _json(result.as_dict())
    else:
        rows = result.records() if fmt == "csv" else [r for r in result.records() if r["events"]]
        write_records(rows, fmt, _out(), fields=list(rows[0]) if rows else ["period"],
                      title=f"{result.a} ↔ {result.b} per {result.freq} (periods with events)")
    if fmt == "table":
        _stats_line(result.stats, f"; {result.n_unplaced} dyad events undated or too coarse for a {freq}")
    if plot:
        from detente.analysis.plots import plot_dyad

        _wrote(plot_dyad(result, plot))


LEDGER_FIELDS = ["counterpart", "given_q1", "given_q2", "given_q3", "given_q4", "received_q1", "received_q2",
                 "received_q3", "received_q4", "net_material", "net_cooperation", "net_conflict", "net_goldstein"]


def ledger_cmd(a: ActorArg, db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
               fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
               plot: PlotOption = None, include_all: IncludeAllOption = False,
               dedup_days: DedupOption = 3) -> None:
    """What actor A gave to and received from each counterpart, by quad class, with net balances."""
    from detente.analysis.ledger import ledger

    _check_format(fmt, ("table", "json", "csv"))
    scope = _scope(include_all, dedup_days)
    with _store(db) as store:
        result = ledger(store, a, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                        scope=scope)
    if fmt == "json":
        _json(result.as_dict())
    elif fmt == "csv":
        write_records(result.records(), "csv", _out(),
                      fields=LEDGER_FIELDS + ["material_given_ids", "material_received_ids"])
    else:
        _out().print(f"[bold]{result.headline['text']}[/bold]")
        write_records(result.records(), "table", _out(), fields=LEDGER_FIELDS,
                      title=f"Ledger of {result.actor}: given (A→X) and received (X→A) by quad class")
        _stats_line(result.stats)
    if plot:
        from detente.analysis.plots import plot_ledger

        _wrote(plot_ledger(result, plot))


def offensives_cmd(a: ActorArg, db: DbOption = DEFAULT_DB, freq: FreqOption = "month",
                   fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
                   plot: PlotOption = None, include_all: IncludeAllOption = False,
                   since: SinceOption = None, until: UntilOption = None, dedup_days: DedupOption = 3,
                   alpha: Annotated[float, typer.Option(help="Significance level per period.")] = 0.05,
                   window: Annotated[int, typer.Option(help="Baseline periods on each side.")] = 12,
                   min_partners: Annotated[int, typer.Option(help="Fewest distinct partners in a flagged period.")] = 2
                   ) -> None:
    """Charm offensives of actor A: periods of outgoing cooperation above its baseline, with breadth."""
    from detente.analysis.offensives import OffensiveParams, offensives

    _check_format(fmt, ("table", "json"))
    params = OffensiveParams(freq=freq, alpha=alpha, window=window, min_partners=min_partners)
    with _store(db) as store:
        result = offensives(store, a, params=params, scope=_scope(include_all, dedup_days, since, until))
    if fmt == "json":
        _json(result.as_dict())
    else:
        rows = [{"start": e.start, "end": e.end, "periods": e.periods, "events": e.events, "baseline": e.baseline,
                 "partners": ", ".join(f"{p} ({n})" for p, n in e.partners.items()), "score": e.score,
                 "p_value": f"{e.p_value:.2g}", "evidence": " ".join(e.event_ids[:5]) + (" …" * (len(e.event_ids) > 5))}
                for e in result.episodes]
        if rows:
            write_records(rows, "table", _out(), fields=list(rows[0]),
                          title=f"Charm offensives of {result.actor} ({len(result.series)} {freq}s tested)")
        else:
            _out().print(f"No charm offensive of {result.actor}: no {freq} significantly above its baseline "
                         f"with at least {min_partners} partners ({len(result.series)} {freq}s tested).")
        _stats_line(result.stats, f"; {result.n_unplaced} outgoing cooperative events undated, too coarse "
                                  "or outside the corpus' dated periods")
    if plot:
        from detente.analysis.plots import plot_offensives

        _wrote(plot_offensives(result, plot))


def network_cmd(db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
                plot: PlotOption = None,
                fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
                include_all: IncludeAllOption = False, dedup_days: DedupOption = 3,
                limit: Annotated[int, typer.Option(help="Edges shown in the table.")] = 30) -> None:
    """The directed network of parties: events, cooperation, conflict and Goldstein sum per edge."""
    from detente.analysis.network import as_dict, edge_records, network

    _check_format(fmt, ("table", "json"))
    with _store(db) as store:
        graph = network(store, scope=_scope(include_all, dedup_days, since, until))
    if fmt == "json":
        _json(as_dict(graph))
    else:
        write_records(edge_records(graph)[:limit], "table", _out(),
                      fields=["source", "target", "count", "cooperation", "conflict", "goldstein"],
                      title=f"Network: {graph.number_of_nodes()} parties, {graph.number_of_edges()} directed edges")
    if plot:
        from detente.analysis.plots import plot_network

        _wrote(plot_network(graph, plot))


def report_cmd(out: Annotated[Path, typer.Option("--out", help="Folder for index.html and its PNGs.")],
               db: DbOption = DEFAULT_DB, freq: FreqOption = "month", include_all: IncludeAllOption = False,
               dedup_days: DedupOption = 3, since: SinceOption = None, until: UntilOption = None) -> None:
    """Write an HTML report (top dyads, ledgers, charm offensives, network) linking numbers to evidence."""
    from detente.analysis.report import write_report

    with _store(db) as store:
        index = write_report(store, out, scope=_scope(include_all, dedup_days, since, until), freq=freq)
    _out().print(f"report: {index}")


def bench_cmd(events: Annotated[int, typer.Option("--events", min=100, help="Synthetic events to generate.")] = 1_000_000,
              repeats: Annotated[int, typer.Option(min=1, help="Timed runs per query (best is kept).")] = 3,
              coder: Annotated[bool, typer.Option(help="Also time the coder against the spaCy parse "
                                                       "on the demo corpus.")] = True,
              corpus_repeat: Annotated[int, typer.Option(min=1, help="Copies of the demo corpus to code.")] = 3
              ) -> None:
    """Time ledger, dyad and de-duplication against a plain GROUP BY, and the coder against the parse."""
    from rich.table import Table

    from detente.analysis.bench import run_bench

    if coder:
        _coder_bench(corpus_repeat)

    with _err().status(f"generating {events:,} synthetic events and timing…"):
        result = run_bench(events, repeats=repeats)
    table = Table(title=f"{result.n_events:,} synthetic events (generated in {result.setup_seconds} s); "
                        f"best of {repeats}")
    for col in ("query", "seconds", "× GROUP BY"):
        table.add_column(col)
    for name, seconds in result.timings.items():
        table.add_row(name, f"{seconds:.4f}", f"{result.ratios[name]:.1f}")
    console = _out()
    console.print(table)
    console.print(" ".join(f"{k}={v}" for k, v in result.details.items()))


def _coder_bench(repeat: int) -> None:
    """Coder cost per sentence on top of the parse, and actor-matching throughput (demo corpus)."""
    from importlib import resources
    from pathlib import Path

    from rich.table import Table

    from detente.coding.benchmark import run_coder_benchmark
    from detente.ingest.readers import read_paths
    from detente.model import Document
    from detente.pipeline import Pipeline

    corpus = Path(str(resources.files("detente") / "data" / "demo"))
    docs = [d for d in read_paths([corpus]) if isinstance(d, Document)]
    with _err().status(f"coding the demo corpus ×{repeat}…"):
        result = run_coder_benchmark(Pipeline(), docs, repeat=repeat).as_dict()
    table = Table(title="coder vs spaCy parse (same documents, same run)")
    table.add_column("measure")
    table.add_column("value")
    for key, value in result.items():
        table.add_row(key, str(value))
    _out().print(table)


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the ``detente`` app."""
    app.command("dyad")(dyad_cmd)
    app.command("ledger")(ledger_cmd)
    app.command("offensives")(offensives_cmd)
    app.command("network")(network_cmd)
    app.command("report")(report_cmd)
    app.command("bench")(bench_cmd)

