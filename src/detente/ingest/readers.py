"""Read news documents from ``.txt``, ``.html``, ``.jsonl`` files and folders of them.

Every reader yields either a :class:`Document` or an :class:`IngestError` naming the file (and line),
so one bad item never stops a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from detente.ingest.html import html_to_text
from detente.ingest.text import clean_text
from detente.model import Document, IngestError

SUPPORTED = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson"}


def parse_date(value: object) -> date | None:
    """A document date from ``YYYY-MM-DD`` (or a longer ISO timestamp); ``ValueError`` if invalid."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    return date.fromisoformat(text[:10])


def read_paths(paths: Iterable[str | Path], *, default_date: date | None = None
               ) -> Iterator[Document | IngestError]:
    """Documents from files and folders (recursively, sorted for reproducibility)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in SUPPORTED:
                    yield from read_file(file, default_date=default_date)
        else:
            yield from read_file(path, default_date=default_date)


def read_file(path: Path, *, default_date: date | None = None) -> Iterator[Document | IngestError]:
    """Documents from one file; the suffix chooses the reader."""
    item = str(path)
    if not path.exists():
        yield IngestError(item, None, "E001", "file not found")
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield IngestError(item, None, "E007", f"unsupported file type {suffix or '(none)'!r}; "
                          f"use one of {', '.join(sorted(SUPPORTED))}")
        return
    data = path.read_bytes()
    text_or_error = _decode(item, data)
    if isinstance(text_or_error, IngestError):
        yield text_or_error
        return
    if suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl_text(text_or_error, item=item, default_date=default_date)
        return
    title = None
    if suffix in {".html", ".htm"}:
        title, body = html_to_text(text_or_error)
    else:
        body = clean_text(text_or_error)
    if not body.strip():
        yield IngestError(item, None, "E004", "empty document: no text left after reading")
        return
    yield Document(doc_id=path.stem, text=body, date=default_date, title=title, origin=item)


def _decode(item: str, data: bytes) -> str | IngestError:
    if not data.strip():
        return IngestError(item, None, "E004", "empty file")
    if b"\x00" in data[:8192]:
        return IngestError(item, None, "E002", "binary file: contains NUL bytes, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return IngestError(item, line, "E003",
                           f"undecodable bytes at offset {exc.start}: not UTF-8 text ({exc.reason})")


def read_jsonl_text(text: str, *, item: str, default_date: date | None = None
                    ) -> Iterator[Document | IngestError]:
    """One document per JSON line: ``id``, ``text`` and optional ``date``, ``title``, ``url``, ``source``."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(item, lineno, "E005", f"malformed JSONL line: {exc.msg} at column {exc.colno}")
            continue
        yield _record_to_document(record, item=item, line=lineno, default_date=default_date)


def _record_to_document(record: object, *, item: str, line: int, default_date: date | None
                        ) -> Document | IngestError:
    if not isinstance(record, dict):
        return IngestError(item, line, "E005", "malformed JSONL line: expected a JSON object")
    missing = [k for k in ("id", "text") if not record.get(k)]
    if missing:
        return IngestError(item, line, "E006", f"record lacks required field(s): {', '.join(missing)}")
    try:
        doc_date = parse_date(record.get("date")) or default_date
    except ValueError:
        return IngestError(item, line, "E008", f"invalid date {record.get('date')!r}: use YYYY-MM-DD")
    text = str(record["text"])
    if "<" in text and "</" in text and record.get("format") == "html":
        _, text = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        return IngestError(item, line, "E004", "empty document: no text left after cleaning")
    return Document(doc_id=str(record["id"]), text=text, date=doc_date, title=record.get("title"),
                    url=record.get("url"), source=record.get("source"), origin=f"{item}:{line}")
