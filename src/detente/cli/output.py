"""Render records for the terminal: JSONL, CSV or a Rich table (CLI layer only)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

TABLE_FIELDS = ["event_id", "doc_id", "date", "source", "code", "target", "goldstein", "negated",
                "modality", "pattern"]


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_records(records: Iterable[dict[str, Any]], fmt: str, console: Console, *,
                  fields: list[str] | None = None, title: str | None = None) -> int:
    """Write records in ``fmt`` (jsonl, csv, table, json); returns how many were written."""
    rows = list(records)
    if fmt == "jsonl":
        for r in rows:
            console.file.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "json":
        console.file.write(json.dumps(rows, ensure_ascii=False, default=str, indent=2) + "\n")
    elif fmt == "csv":
        cols = fields or (list(rows[0].keys()) if rows else [])
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _flat(r.get(k)) for k in cols})
        console.file.write(buf.getvalue())
    else:
        cols = [c for c in (fields or TABLE_FIELDS) if not rows or c in rows[0]]
        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[("" if r.get(c) is None else str(_flat(r.get(c)))) for c in cols])
        console.print(table)
    console.file.flush()
    return len(rows)
