"""CLI commands for dictionaries and interchange: ``dict check``, ``dict import-petrarch``,
``actors unknown`` and ``export``.

Thin wrappers: each parses options, calls one library function (:mod:`detente.actors.check`,
:mod:`detente.interop.petrarch`, :mod:`detente.interop.formats`, the store) and renders the result.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from detente.cli.output import write_records
from detente.errors import DetenteError

err = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file (env DETENTE_DB; default detente.duckdb).",
                                        envvar="DETENTE_DB")]
DEFAULT_DB = Path("detente.duckdb")
FORMATS = ("table", "jsonl", "csv")

dict_app = typer.Typer(help="Check dictionaries and import PETRARCH/TABARI ones.", no_args_is_help=True)
actors_app = typer.Typer(help="Inspect actors the dictionaries do not know.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the ``dict`` and ``actors`` groups and the ``export`` command to ``app``."""
    app.add_typer(dict_app, name="dict")
    app.add_typer(actors_app, name="actors")
    app.command("export")(export)


def _out() -> Console:
    return Console(file=sys.stdout, width=200 if not sys.stdout.isatty() else None)


def _choice(value: str, allowed: tuple[str, ...], hint: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{value!r}: choose one of {', '.join(allowed)}", param_hint=hint)
    return value


def _fail(exc: DetenteError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
    return typer.Exit(2)


@dict_app.command("check")
def check(path: Annotated[Path | None, typer.Argument(
              help="Dictionary file or folder (default: the built-in dictionaries).")] = None,
          fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table") -> None:
    """Validate actor YAML and pattern files, listing every problem; exit 1 if any is an error."""
    from detente.actors.check import check_dictionary, default_dictionary_folder

    _choice(fmt, FORMATS, "--format")
    target = path or default_dictionary_folder()
    problems = check_dictionary(target)
    records = [{"file": p.file, "line": p.line, "severity": p.severity, "message": p.message} for p in problems]
    if records or fmt == "table":
        write_records(records, fmt, _out(), fields=["file", "line", "severity", "message"],
                      title=f"Problems in {target}")
    n_errors = sum(p.severity == "error" for p in problems)
    err.print(f"{n_errors} errors, {len(problems) - n_errors} warnings in {target}", highlight=False)
    if n_errors:
        raise typer.Exit(1)


@dict_app.command("import-petrarch")
def import_petrarch(
        file: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI .actors, .agents or .verbs file.",
                                             exists=True, dir_okay=False)],
        out: Annotated[Path | None, typer.Option(
            "--out", "-o", help="Write here (.yaml for actors/agents, .txt for verbs); default stdout.")] = None,
        kind: Annotated[str | None, typer.Option(
            help="actors, agents or verbs (default: from the file name or content).")] = None,
        show_skipped: Annotated[bool, typer.Option(help="List every skipped line on stderr.")] = False) -> None:
    """Convert a PETRARCH dictionary to detente's formats, reporting what could not be converted."""
    from detente.interop.petrarch import KINDS, convert

    if kind is not None:
        _choice(kind, KINDS, "--kind")
    try:
        conv = convert(file, kind=kind)
    except DetenteError as exc:
        raise _fail(exc) from None
    text = conv.render()
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    reasons = ", ".join(f"{reason} {n}" for reason, n in conv.reasons().most_common())
    made = f"{len(conv.lines)} pattern lines" if conv.kind == "verbs" else f"{_entries(conv.data)} entries"
    err.print(f"{conv.kind}: {conv.converted} records converted ({made}), {len(conv.skipped)} skipped"
              + (f" ({reasons})" if reasons else "") + f", {len(conv.notes)} converted with a loss"
              + (f"; wrote {out}" if out else ""), highlight=False)
    if show_skipped:
        for s in conv.skipped:
            err.print(f"  {file.name}:{s.line}: {s.reason}: {s.text}", highlight=False, markup=False)
    if out is not None and conv.kind != "verbs" and not out.name.endswith(".user.yaml"):
        err.print("hint: name the file *.user.yaml and put it in an actors folder so detente loads it",
                  highlight=False)


def _entries(data: dict[str, object]) -> int:
    return sum(len(v) if isinstance(v, list) else sum(len(w) for w in v.values()) if isinstance(v, dict) else 0
               for v in data.values())


@actors_app.command("unknown")
def unknown(db: DbOption = DEFAULT_DB,
            limit: Annotated[int, typer.Option(help="Show at most this many names.")] = 30,
            fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table") -> None:
    """Names the actor dictionaries did not know, most frequent first (candidates for a user dictionary)."""
    from detente.store.database import Store

    _choice(fmt, FORMATS, "--format")
    try:
        with Store(db, read_only=True) as store:
            rows = store.unknown_actors(limit=limit)
    except DetenteError as exc:
        raise _fail(exc) from None
    write_records([{"name": name, "mentions": n} for name, n in rows], fmt, _out(), fields=["name", "mentions"],
                  title="Unknown actors")


def export(fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, icews, plover or parquet.")],
           out: Annotated[Path, typer.Option("--out", "-o", help="File to write (replaced if it exists).")],
           db: DbOption = DEFAULT_DB,
           all_events: Annotated[bool, typer.Option(
               "--all", help="Also export negated and hypothetical/prescriptive events.")] = False) -> None:
    """Export stored events as GDELT-like TSV, ICEWS-like TSV, PLOVER JSON Lines or Parquet."""
    from detente.interop.formats import EXPORTERS, export_events
    from detente.store.database import Store

    _choice(fmt, tuple(EXPORTERS), "--format")
    try:
        with Store(db, read_only=True) as store:
            n = export_events(store, fmt, out, factual_only=not all_events)
    except DetenteError as exc:
        raise _fail(exc) from None
    _out().print(f"wrote {n} events to {out} ({EXPORTERS[fmt].description})", highlight=False)
