"""The event store: an embedded DuckDB file, written idempotently.

Re-ingesting a document replaces its rows in one transaction, so a store never holds a document
twice and a failure half-way leaves the previous version intact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import StoreError
from detente.model import CodedDocument, IngestError
from detente.store.schema import INDEXES, SCHEMA_VERSION, TABLES

EVENT_COLUMNS = [
    "event_id", "doc_id", "sent_index", "source", "target", "code", "root", "quad_class", "goldstein",
    "plover", "event_date", "date_precision", "period_start", "date_text", "location_name",
    "location_country", "location_lat", "location_lon", "negated", "modality", "pattern",
    "pattern_origin", "trigger", "trigger_start", "source_text", "source_start", "source_end",
    "source_entry", "source_antecedent", "target_text", "target_start", "target_end", "target_entry",
    "target_antecedent",
]


@dataclass(frozen=True)
class EventFilter:
    """Which events a query returns (all fields optional)."""

    actor: str | None = None
    since: date | None = None
    until: date | None = None
    include_negated: bool = True
    limit: int | None = None


class Store:
    """A DuckDB event store; use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E020", f"cannot open database: {exc}", item=self.path) from None
        if not read_only:
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        for stmt in TABLES + INDEXES:
            self.con.execute(stmt)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError("E020", f"database schema {row[0]} is newer than this detente ({SCHEMA_VERSION})",
                             item=self.path)

    # -- writing ------------------------------------------------------------------------------
    def save(self, coded: CodedDocument) -> None:
        """Store one coded document, replacing any earlier version of it (idempotent)."""
        doc = coded.document
        rows = [_event_row(e) for e in coded.events]
        sha = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "sentences", "unknown_actors", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])  # noqa: S608
            con.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        [doc.doc_id, doc.title, doc.date, doc.url, doc.source, doc.origin, doc.text, sha,
                         len(coded.sentences), len(coded.events), datetime.now()])
            if coded.sentences:
                con.executemany("INSERT INTO sentences VALUES (?,?,?,?)",
                                [[doc.doc_id, s.index, s.text, s.start_char] for s in coded.sentences])
            if rows:
                placeholders = ",".join("?" * len(EVENT_COLUMNS))
                con.executemany(f"INSERT OR REPLACE INTO events VALUES ({placeholders})", rows)  # noqa: S608
            if coded.unknown_actors:
                con.executemany("INSERT INTO unknown_actors VALUES (?,?)",
                                [[doc.doc_id, n] for n in coded.unknown_actors])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def record_error(self, error: IngestError) -> None:
        """Remember an input that failed, for ``detente errors``."""
        self.con.execute("INSERT INTO errors (item, line, code, reason, failed_at) VALUES (?,?,?,?,?)",
                         [error.item, error.line, error.code, error.reason, datetime.now()])

    def has_document(self, doc_id: str, text: str) -> bool:
        """True if this exact text is already stored under ``doc_id`` (lets ingest skip work)."""
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        row = self.con.execute("SELECT text_sha1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == sha

    # -- reading ------------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Events as dicts (the public JSONL record plus ``event_id``), oldest first."""
        flt = flt or EventFilter()
        where: list[str] = ["1=1"]
        params: list[Any] = []
        if flt.actor:
            where.append("(e.source LIKE ? OR e.target LIKE ?)")
            params += [flt.actor + "%", flt.actor + "%"]
        bounds, bound_params = date_bounds("COALESCE(e.period_start, d.doc_date)", flt.since, flt.until)
        where += bounds
        params += bound_params
        if not flt.include_negated:
            where.append("NOT e.negated")
        sql = ("SELECT e.*, s.text AS sentence FROM events e JOIN sentences s USING (doc_id, sent_index) "
               "JOIN documents d USING (doc_id) WHERE " + " AND ".join(where) +
               " ORDER BY COALESCE(e.period_start, d.doc_date), e.doc_id, e.sent_index, e.trigger_start")
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            yield public_record(dict(zip(names, row, strict=True)))

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with all stored provenance; :class:`StoreError` E021 if absent."""
        cur = self.con.execute(
            "SELECT e.*, s.text AS sentence, d.title, d.doc_date, d.origin FROM events e "
            "JOIN sentences s USING (doc_id, sent_index) JOIN documents d USING (doc_id) "
            "WHERE e.event_id = ? OR e.event_id LIKE ?", [event_id, event_id + "%"])
        rows = cur.fetchall()
        if not rows:
            raise StoreError("E021", f"no event with id {event_id!r}")
        if len(rows) > 1:
            raise StoreError("E021", f"event id prefix {event_id!r} is ambiguous ({len(rows)} events)")
        names = [d[0] for d in cur.description]
        return dict(zip(names, rows[0], strict=True))

    def errors(self) -> list[dict[str, Any]]:
        cur = self.con.execute("SELECT item, line, code, reason, failed_at FROM errors ORDER BY error_id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "sentences", "events", "errors"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
            out[table] = int(row[0]) if row else 0
        return out

    def unknown_actors(self, limit: int = 30) -> list[tuple[str, int]]:
        rows = self.con.execute("SELECT name, count(*) n FROM unknown_actors GROUP BY name "
                                "ORDER BY n DESC, name LIMIT ?", [limit]).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query and return rows as dicts (for analyses)."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _event_row(e: Any) -> list[Any]:
    loc = e.location
    return [e.event_id, e.doc_id, e.sent_index, e.source.code, e.target.code, e.code, e.root,
            e.quad_class, e.goldstein, e.plover, e.date, e.date_precision, e.extra.get("period_start"),
            e.date_text, loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, e.negated, e.modality, e.pattern,
            e.extra.get("pattern_origin"), e.trigger, e.trigger_start,
            e.source.text, e.source.start, e.source.end, e.source.entry, e.source.antecedent,
            e.target.text, e.target.start, e.target.end, e.target.entry, e.target.antecedent]


def public_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as the public JSONL record (same fields as ``detente code`` + event_id)."""
    loc = None
    if row.get("location_name"):
        loc = {"name": row["location_name"], "country": row["location_country"],
               "lat": row["location_lat"], "lon": row["location_lon"]}
    return {
        "event_id": row["event_id"], "doc_id": row["doc_id"], "sentence": row["sentence"],
        "source": row["source"], "target": row["target"], "code": row["code"], "root": row["root"],
        "quad_class": row["quad_class"], "goldstein": row["goldstein"], "plover": row["plover"],
        "date": row["event_date"], "date_precision": row["date_precision"], "location": loc,
        "negated": bool(row["negated"]), "modality": row["modality"], "pattern": row["pattern"],
        "source_text": row["source_text"], "target_text": row["target_text"],
    }


def date_bounds(day_sql: str, since: date | None, until: date | None) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters keeping ``day_sql`` within inclusive ``since``/``until``."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"{day_sql} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{day_sql} <= ?")
        params.append(until)
    return clauses, params
