"""The ``detente`` command line: thin Typer commands over library calls.

Each command parses options, calls one library function and renders its result; library errors
(:class:`detente.errors.DetenteError`) become one clear message and a non-zero exit code.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from detente.cli.output import write_records
from detente.errors import DetenteError

app = typer.Typer(help="detente: code news into CAMEO political events, store and analyse them.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file (env DETENTE_DB; default detente.duckdb).",
                                        envvar="DETENTE_DB")]
DEFAULT_DB = Path("detente.duckdb")
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format: table, jsonl or csv.")]


def _out() -> Console:
    return Console(file=sys.stdout, width=200 if not sys.stdout.isatty() else None)


def _parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)", param_hint=name) from None


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(allowed)}", param_hint="--format")
    return fmt


def _fail(exc: DetenteError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


def _pipeline():  # type: ignore[no-untyped-def]
    from detente.pipeline import Pipeline

    with err.status("Loading spaCy model and dictionaries…"):
        return Pipeline()


@app.command()
def code(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
         date_: Annotated[str | None, typer.Option("--date", help="Document date YYYY-MM-DD when the input has none.")] = None,
         fmt: FormatOption = "jsonl",
         include_negated: Annotated[bool, typer.Option(help="Also print negated events.")] = True) -> None:
    """Code documents into events and print them, without storing anything."""
    from detente.ingest.readers import read_paths
    from detente.model import IngestError

    _check_format(fmt, ("jsonl", "table", "csv"))
    default_date = _parse_date(date_, "--date")
    failures = 0
    docs = []
    for item in read_paths(paths, default_date=default_date):
        if isinstance(item, IngestError):
            failures += 1
            err.print(f"[red]skipped[/red] {item}")
        else:
            docs.append(item)
    pipeline = _pipeline()
    records: list[dict[str, object]] = []
    for coded in pipeline.code(docs):
        for failure in coded.failures:
            err.print(f"[yellow]partly coded[/yellow] {failure}")
        records.extend(e.to_record() for e in coded.events if include_negated or not e.negated)
    from detente.cli.output import TABLE_FIELDS

    fields = [f for f in TABLE_FIELDS if f != "event_id"] + ["source_text", "target_text"]
    write_records(records, fmt, _out(), fields=fields if fmt == "table" else None)
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
           db: DbOption = DEFAULT_DB,
           date_: Annotated[str | None, typer.Option("--date", help="Document date when the input has none.")] = None,
           force: Annotated[bool, typer.Option(help="Re-code documents even if unchanged.")] = False,
           workers: Annotated[int, typer.Option(help="Code on a local Dask cluster of N processes (0: in this process).")] = 0,
           scheduler: Annotated[str | None, typer.Option(help="Code on the Dask cluster at this scheduler address.")] = None
           ) -> None:
    """Code documents and store them in DuckDB (re-ingesting replaces, never duplicates)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from detente.ingest.readers import read_paths
    from detente.model import IngestError
    from detente.store.database import Store

    default_date = _parse_date(date_, "--date")
    try:
        store = Store(db)
    except DetenteError as exc:
        raise _fail(exc) from None
    with store:
        items = list(read_paths(paths, default_date=default_date))
        errors = [i for i in items if isinstance(i, IngestError)]
        docs = [i for i in items if not isinstance(i, IngestError)]
        for e in errors:
            store.record_error(e)
            err.print(f"[red]skipped[/red] {e}")
        todo = [d for d in docs if force or not store.has_document(d.doc_id, d.text)]
        distributed = bool(workers or scheduler)
        pipeline = _pipeline() if todo and not distributed else None
        roots: Counter[str] = Counter()
        n_events = 0
        with Progress(TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as progress:
            task = progress.add_task("coding", total=len(todo))
            if distributed and todo:
                from detente.scale.dask_runner import ClusterConfig, code_distributed

                stream = code_distributed(todo, cluster=ClusterConfig(address=scheduler, workers=workers or 2))
            else:
                stream = pipeline.code(todo) if pipeline else iter([])
            for coded in stream:
                for failure in coded.failures:
                    store.record_error(failure)
                    err.print(f"[yellow]partly coded[/yellow] {failure}")
                store.save(coded)
                n_events += len(coded.events)
                roots.update(e.root for e in coded.events)
                progress.advance(task)
        counts = store.counts()
    _out().print(f"documents read: {len(docs)}  coded: {len(todo)}  unchanged: {len(docs) - len(todo)}  "
                 f"failed: {len(errors)}  new events: {n_events}  store now: {counts['documents']} documents, "
                 f"{counts['events']} events ({db})")
    if errors:
        raise typer.Exit(1)


@app.command()
def events(db: DbOption = DEFAULT_DB,
           actor: Annotated[str | None, typer.Option(help="Actor code prefix, e.g. PRK or KORGOV.")] = None,
           since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
           until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
           fmt: FormatOption = "table",
           limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None) -> None:
    """List stored events (JSONL rows carry the `code` fields plus event_id)."""
    from detente.store.database import EventFilter, Store

    _check_format(fmt, ("table", "jsonl", "csv"))
    flt = EventFilter(actor=actor, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                      limit=limit)
    try:
        with Store(db, read_only=True) as store:
            write_records(store.events(flt), fmt, _out())
    except DetenteError as exc:
        raise _fail(exc) from None


@app.command()
def explain(event_id: Annotated[str, typer.Argument(help="Event id (or a unique prefix).")],
            db: DbOption = DEFAULT_DB) -> None:
    """Show why an event was coded: sentence with actor spans, code, pattern, date and place."""
    from detente.explain import explain_event
    from detente.store.database import Store

    try:
        with Store(db, read_only=True) as store:
            row = store.event(event_id)
    except DetenteError as exc:
        raise _fail(exc) from None
    _out().print(explain_event(row))


@app.command()
def errors(db: DbOption = DEFAULT_DB, fmt: FormatOption = "table") -> None:
    """List inputs that failed to ingest, with file, line and reason."""
    from detente.store.database import Store

    _check_format(fmt, ("table", "jsonl", "csv"))
    try:
        with Store(db, read_only=True) as store:
            rows = store.errors()
    except DetenteError as exc:
        raise _fail(exc) from None
    write_records(rows, fmt, _out(), fields=["item", "line", "code", "reason", "failed_at"])


@app.command()
def demo(db: DbOption = Path("demo.duckdb"),
         out: Annotated[Path, typer.Option(help="Folder for the demo's plots and report.")] = Path("demo-output")
         ) -> None:
    """Ingest the bundled demo corpus (Korean-peninsula diplomacy 2012-2015) and summarise it."""
    from importlib import resources

    from rich.table import Table

    from detente.analysis.summary import date_coverage, events_by_root, top_dyads
    from detente.store.database import Store

    corpus = Path(str(resources.files("detente") / "data" / "demo"))
    ingest([corpus], db=db, date_=None, force=False)
    console = _out()
    with Store(db) as store:
        roots = Table(title="Events by CAMEO root (factual, not negated)")
        for col in ("root", "name", "events"):
            roots.add_column(col)
        for r in events_by_root(store):
            roots.add_row(r["root"], r["name"], str(r["events"]))
        console.print(roots)
        dyads = Table(title="Top dyads")
        for col in ("source", "target", "events", "cooperative", "conflictual", "goldstein_sum"):
            dyads.add_column(col)
        for r in top_dyads(store):
            dyads.add_row(*[str(r[c]) for c in ("source", "target", "events", "cooperative",
                                                 "conflictual", "goldstein_sum")])
        console.print(dyads)
        console.print(f"event dates: {date_coverage(store)}")
        _demo_extras(store, out, console)


def _demo_extras(store, out: Path, console: Console) -> None:  # type: ignore[no-untyped-def]
    """Analyses shown by the demo: PRK's ledger headline and charm offensives, and four plots."""
    from detente.analysis import plots
    from detente.analysis.dyad import dyad
    from detente.analysis.ledger import ledger
    from detente.analysis.network import network
    from detente.analysis.offensives import offensives

    out.mkdir(parents=True, exist_ok=True)
    led, off = ledger(store, "PRK"), offensives(store, "PRK")
    console.print(f"[bold]Ledger:[/bold] {led.headline['text']}")
    episodes = "; ".join(f"{e.start} to {e.end}: {e.events} events to {', '.join(e.partners)} (score {e.score})"
                         for e in off.episodes)
    console.print(f"[bold]Charm offensives of PRK:[/bold] {episodes or 'none detected'}")
    paths = [plots.plot_dyad(dyad(store, "PRK", "KOR"), out / "dyad_PRK_KOR.png"),
             plots.plot_ledger(led, out / "ledger_PRK.png"), plots.plot_offensives(off, out / "offensives_PRK.png"),
             plots.plot_network(network(store), out / "network.png")]
    console.print("plots: " + ", ".join(str(p) for p in paths))


@app.command("eval")
def eval_(gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (sentences or documents).")],
          fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
          base: Annotated[Path | None, typer.Option(help="Folder that gold `path` fields are relative to.")] = None,
          misses: Annotated[int, typer.Option(help="Show up to N missed gold events.")] = 0,
          actors: Annotated[Path | None, typer.Option(help="Use this actor dictionary folder instead.")] = None,
          patterns: Annotated[Path | None, typer.Option(help="Use this pattern folder instead.")] = None,
          robustness: Annotated[bool, typer.Option(
              "--robustness", help="Also rewrite each gold sentence without changing its meaning and "
                                   "report how many correct events survive each rewrite.")] = False
          ) -> None:
    """Score the coder on gold sets: P/R/F1 at root and code level, actor accuracy, root confusion."""
    import json

    from rich.table import Table

    from detente.evaluation import evaluate, load_gold
    from detente.pipeline import Pipeline, PipelineConfig

    _check_format(fmt, ("table", "json"))
    if actors or patterns:
        try:
            with err.status("Loading spaCy model and the given dictionaries…"):
                pipeline = Pipeline(PipelineConfig(actors_dir=actors, patterns_dir=patterns))
        except DetenteError as exc:
            raise _fail(exc) from None
    else:
        pipeline = _pipeline()
    reports = {}
    for path in gold:
        try:
            units = load_gold(path, base=base)
        except DetenteError as exc:
            raise _fail(exc) from None
        scores = evaluate(units, lambda docs: (c.events for c in pipeline.code(docs)))
        report = scores.as_dict()
        report["units"] = len(units)
        if misses:
            report["misses"] = scores.misses[:misses]
        if robustness:
            from detente.robustness import check_robustness

            with err.status(f"Rewriting the sentences of {path.name}…"):
                report["robustness"] = [r.as_dict() for r in check_robustness(units, pipeline)]
        reports[str(path)] = report
    console = _out()
    if fmt == "json":
        console.file.write(json.dumps(reports, indent=2) + "\n")
        return
    for name, r in reports.items():
        table = Table(title=f"{name}: {r['units']} units, {r['gold_events']} gold events, "
                            f"{r['predicted_events']} predicted")
        for col in ("level", "precision", "recall", "f1"):
            table.add_column(col)
        for level in ("root", "code"):
            table.add_row(level, *[str(r[level][k]) for k in ("precision", "recall", "f1")])
        console.print(table)
        console.print(f"actor accuracy over {r['actor_pairs']} root-paired events: "
                      f"source {r['source_accuracy']}, target {r['target_accuracy']} "
                      f"(country level: source {r['source_country_accuracy']}, "
                      f"target {r['target_country_accuracy']})")
        confusion = ", ".join(f"{k}:{v}" for k, v in r["confusion"].items() if k.split("->")[0] != k.split("->")[1])
        console.print(f"root confusion (gold->predicted, off-diagonal): {confusion or 'none'}")
        for m in r.get("misses", []):
            console.print(f"  missed {m['unit']}: {m['missed']}   predicted: {m['predicted']}")
        if r.get("robustness"):
            rob = Table(title="robustness: correct events kept under meaning-preserving rewrites")
            for col in ("rewrite", "sentences", "correct", "kept", "kept share", "new false events"):
                rob.add_column(col)
            for row in r["robustness"]:
                rob.add_row(str(row["rewrite"]), str(row["sentences"]), str(row["correct"]), str(row["kept"]),
                            str(row["kept_share"]), str(row["new_false"]))
            console.print(rob)


@app.command()
def serve(db: DbOption = DEFAULT_DB,
          host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 8000) -> None:
    """Serve the dashboard and HTTP API (FastAPI; JSON under /api, docs at /docs)."""
    import uvicorn

    from detente.web.app import create_app

    if not db.exists():
        err.print(f"[red]error:[/red] no database at {db}; run `detente ingest` first")
        raise typer.Exit(2)
    err.print(f"detente dashboard on http://{host}:{port}/  (API docs at /docs)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


from detente.cli.analysis_commands import register as _register_analyses  # noqa: E402 - uses the helpers above

_register_analyses(app)


from detente.cli.dict_commands import register as _register_dict  # noqa: E402

_register_dict(app)


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app()


if __name__ == "__main__":
    main()
