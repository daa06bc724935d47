"""Export stored events to other event-data formats: GDELT-like and ICEWS-like TSV, PLOVER JSON, Parquet.

Each format is an :class:`Exporter` in :data:`EXPORTERS`, looked up by name; a plugin format is one
more ``Exporter`` with a ``write(store, out, options) -> int`` function.  By default only factual
events are exported (not negated; modality none, ``intent`` or ``planned``, the rule analyses and
``detente eval`` use), because the target formats have no field for negation or modality.

Format notes:

* ``gdelt``: GDELT 1.0/2.0 event columns that detente can fill, with a header row.
  ``GLOBALEVENTID`` is detente's event id; ``SQLDATE`` is the event's own date (first day of its
  period) or else the document date; country codes are ISO3, not FIPS; ``SOURCEURL`` is the
  document URL, or its id when it has none.
* ``icews``: the columns of the ICEWS event files.  Names are the actor mentions (a pronoun's
  antecedent), sectors are the agent codes after the country (``KORGOV`` → ``GOV``), countries are
  names from the actor dictionary; ``Sentence Number`` counts from 1.
* ``plover``: one JSON object per line with the PLOVER type, mode and contexts of the CAMEO code
  (``data/cameo_plover.tsv``); events whose code has no PLOVER type are left out.
* ``parquet``: every stored event column plus sentence and document fields, via DuckDB ``COPY``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TextIO

from detente.coding.ontology import Ontology
from detente.errors import StoreError
from detente.model import factual_sql
from detente.store.database import Store

FACTUAL_SQL = factual_sql("e")

GDELT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "EventRootCode",
                 "QuadClass", "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode",
                 "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL")
ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
                 "Longitude")


@dataclass(frozen=True)
class ExportOptions:
    """What to export: all events or factual ones only."""

    factual_only: bool = True


@dataclass(frozen=True)
class Exporter:
    """A named output format: ``write(store, out, options)`` writes a file and returns the row count."""

    name: str
    suffix: str
    description: str
    write: Callable[[Store, Path, ExportOptions], int]


def export_events(store: Store, fmt: str, out: Path, *, factual_only: bool = True) -> int:
    """Write the store's events to ``out`` in format ``fmt``; returns how many events were written.

    Args:
        store: an open event store.
        fmt: a key of :data:`EXPORTERS` (gdelt, icews, plover, parquet).
        out: the file to write (replaced if it exists).
        factual_only: leave out negated and hypothetical/prescriptive events.

    Returns:
        The number of events written.
    """
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORTERS)}")
    return EXPORTERS[fmt].write(store, out, ExportOptions(factual_only=factual_only))


def event_rows(store: Store, options: ExportOptions) -> list[dict[str, Any]]:
    """Stored events joined with their sentence and document, oldest first."""
    where = FACTUAL_SQL if options.factual_only else "TRUE"
    return store.query(_SELECT + f" WHERE {where} ORDER BY day NULLS LAST, e.doc_id, e.sent_index, "
                                 "e.trigger_start")


_SELECT = ("SELECT e.*, s.text AS sentence, d.doc_date, d.url, d.source AS publisher, d.title, "
           "COALESCE(e.period_start, d.doc_date) AS day "
           "FROM events e JOIN sentences s USING (doc_id, sent_index) JOIN documents d USING (doc_id)")


# -- GDELT -------------------------------------------------------------------------------------
def write_gdelt(store: Store, out: Path, options: ExportOptions) -> int:
    """GDELT-like TSV: one event per row under :data:`GDELT_COLUMNS`."""
    rows = event_rows(store, options)
    with _open(out) as fh:
        writer = _tsv(fh)
        writer.writerow(GDELT_COLUMNS)
        for r in rows:
            writer.writerow(_cells([r["event_id"], _sqldate(r["day"]), r["source"], r["target"], r["code"],
                                    r["root"], r["quad_class"], r["goldstein"], r["location_name"],
                                    r["location_country"], r["location_lat"], r["location_lon"],
                                    r["url"] or r["doc_id"]]))
    return len(rows)


def _sqldate(day: date | None) -> str:
    return day.strftime("%Y%m%d") if day else ""


# -- ICEWS -------------------------------------------------------------------------------------
def write_icews(store: Store, out: Path, options: ExportOptions, *,
                country_names: Mapping[str, str] | None = None, ontology: Ontology | None = None) -> int:
    """ICEWS-like TSV: one event per row under :data:`ICEWS_COLUMNS`."""
    names = country_names if country_names is not None else default_country_names()
    onto = ontology or Ontology.load()
    rows = event_rows(store, options)
    with _open(out) as fh:
        writer = _tsv(fh)
        writer.writerow(ICEWS_COLUMNS)
        for r in rows:
            writer.writerow(_cells([
                r["event_id"], r["day"].isoformat() if r["day"] else None,
                _actor_name(r, "source"), _sectors(r["source"]), _country(r["source"], names),
                onto.get(r["code"]).name if r["code"] in onto else None, r["code"], r["goldstein"],
                _actor_name(r, "target"), _sectors(r["target"]), _country(r["target"], names),
                r["doc_id"], r["sent_index"] + 1, r["publisher"], r["location_name"], None, None,
                names.get(r["location_country"] or "", r["location_country"]), r["location_lat"],
                r["location_lon"]]))
    return len(rows)


def default_country_names() -> dict[str, str]:
    """Country code → name, from the package's country dictionary."""
    from detente.actors.dictionary import ActorDictionary

    book = ActorDictionary.load()
    return {e.code: e.name for e in book.entries.values() if e.kind == "country" and len(e.code) == 3}


def _actor_name(row: Mapping[str, Any], side: str) -> str | None:
    return row[f"{side}_antecedent"] or row[f"{side}_text"] or row[side]


def _sectors(code: str | None) -> str:
    if not code or code.startswith(("IGO", "NGO")):
        return ""
    rest = code[3:]
    return ",".join(rest[i:i + 3] for i in range(0, len(rest), 3))


def _country(code: str | None, names: Mapping[str, str]) -> str:
    return names.get(code[:3], "") if code else ""


# -- PLOVER ------------------------------------------------------------------------------------
def write_plover(store: Store, out: Path, options: ExportOptions, *,
                 table: Mapping[str, tuple[str, str | None, list[str]]] | None = None) -> int:
    """PLOVER JSON Lines: one record per event whose CAMEO code has a PLOVER type."""
    plover = table if table is not None else plover_table()
    written = 0
    with _open(out) as fh:
        for record in plover_records(event_rows(store, options), plover):
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            written += 1
    return written


def plover_records(rows: list[dict[str, Any]],
                   table: Mapping[str, tuple[str, str | None, list[str]]]) -> Iterator[dict[str, Any]]:
    """PLOVER records for event rows (rows without a PLOVER type are skipped)."""
    for r in rows:
        found = _plover_for(r["code"], table)
        if found is None:
            continue
        event_type, mode, context = found
        loc = None
        if r["location_name"]:
            loc = {"name": r["location_name"], "country": r["location_country"],
                   "lat": r["location_lat"], "lon": r["location_lon"]}
        yield {
            "id": r["event_id"], "date": r["day"].isoformat() if r["day"] else None,
            "date_precision": r["date_precision"], "event_type": r["plover"] or event_type, "mode": mode,
            "context": context, "actor1": r["source"], "actor1_country": (r["source"] or "")[:3] or None,
            "actor1_text": _actor_name(r, "source"), "actor2": r["target"],
            "actor2_country": (r["target"] or "")[:3] or None, "actor2_text": _actor_name(r, "target"),
            "cameo": r["code"], "goldstein": r["goldstein"], "quad_class": r["quad_class"],
            "location": loc, "text": r["sentence"], "story_id": r["doc_id"],
            "sentence_number": r["sent_index"] + 1, "pattern": r["pattern"],
        }


def plover_table(path: Path | None = None) -> dict[str, tuple[str, str | None, list[str]]]:
    """CAMEO code → (PLOVER type, mode, contexts) from ``cameo_plover.tsv`` (the first row wins)."""
    path = path or Path(str(resources.files("detente") / "data" / "cameo_plover.tsv"))
    table: dict[str, tuple[str, str | None, list[str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "code" or len(row) < 2 or not row[1]:
                continue
            mode = row[2].strip() if len(row) > 2 and row[2].strip() else None
            contexts = [c.strip() for c in row[3].split(";") if c.strip()] if len(row) > 3 else []
            table.setdefault(row[0], (row[1], mode, contexts))
    return table


def _plover_for(code: str, table: Mapping[str, tuple[str, str | None, list[str]]]
                ) -> tuple[str, str | None, list[str]] | None:
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


# -- Parquet -----------------------------------------------------------------------------------
def write_parquet(store: Store, out: Path, options: ExportOptions) -> int:
    """Parquet via DuckDB ``COPY``: every event column plus sentence, document date, URL and title."""
    import duckdb

    where = FACTUAL_SQL if options.factual_only else "TRUE"
    query = _SELECT + f" WHERE {where} ORDER BY day NULLS LAST, e.doc_id, e.sent_index, e.trigger_start"
    target = str(out).replace("'", "''")
    try:
        store.con.execute(f"COPY ({query}) TO '{target}' (FORMAT PARQUET)")  # noqa: S608
        row = store.con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()  # noqa: S608
    except duckdb.Error as exc:
        raise StoreError("E020", f"cannot write Parquet: {exc}", item=str(out)) from None
    return int(row[0]) if row else 0


# -- helpers -----------------------------------------------------------------------------------
def _open(out: Path) -> TextIO:
    out.parent.mkdir(parents=True, exist_ok=True)
    return open(out, "w", encoding="utf-8", newline="")


def _tsv(fh: TextIO) -> Any:
    return csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def _cells(values: list[Any]) -> list[str]:
    """TSV cells: ``None`` is empty; tabs and newlines inside text become spaces."""
    return ["" if v is None else " ".join(str(v).split()) if isinstance(v, str) else str(v) for v in values]


EXPORTERS: Mapping[str, Exporter] = MappingProxyType({
    "gdelt": Exporter("gdelt", ".tsv", "GDELT-like event TSV", write_gdelt),
    "icews": Exporter("icews", ".tsv", "ICEWS-like event TSV",
                      lambda store, out, options: write_icews(store, out, options)),
    "plover": Exporter("plover", ".jsonl", "PLOVER JSON Lines",
                       lambda store, out, options: write_plover(store, out, options)),
    "parquet": Exporter("parquet", ".parquet", "Parquet (all event columns)", write_parquet),
})
