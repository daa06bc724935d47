"""The analysable-event table: factual filter, dates, parties and de-duplication.

Also home of :class:`Corpus`, the synthetic-store builder the other analysis tests import: rows go
straight into the documents/sentences/events tables, no spaCy involved.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from detente.analysis.common import (
    Scope, analysable, next_period, normalise_actor, party, party_sql, period_range, period_start,
)
from detente.coding.ontology import Ontology
from detente.store.database import EVENT_COLUMNS, Store

ONTOLOGY = Ontology.load()


@dataclass
class Corpus:
    """Synthetic events, one document (and sentence) each unless ``doc`` is given."""

    path: Path
    events: list[dict[str, Any]] = field(default_factory=list)
    docs: dict[str, date | None] = field(default_factory=dict)
    sentences: dict[tuple[str, int], str] = field(default_factory=dict)
    counter: itertools.count = field(default_factory=itertools.count)  # type: ignore[type-arg]

    def add(self, source: str, target: str, code: str, day: date | None, *, doc: str | None = None,
            doc_date: date | None = None, negated: bool = False, modality: str | None = None,
            precision: str | None = "day", sentence: str | None = None) -> str:
        """Add one event; returns its id. ``day`` None leaves period_start empty."""
        n = next(self.counter)
        event_id = f"ev{n:06d}"
        doc = doc or f"doc{n:06d}"
        self.docs.setdefault(doc, doc_date if doc_date is not None else day)
        sent_index = sum(1 for e in self.events if e["doc_id"] == doc)
        self.sentences[(doc, sent_index)] = sentence or f"{source} did {code} to {target} (event {n})."
        kind = ONTOLOGY.get(code)
        self.events.append({
            "event_id": event_id, "doc_id": doc, "sent_index": sent_index, "source": source, "target": target,
            "code": code, "root": code[:2], "quad_class": kind.quad_class, "goldstein": kind.goldstein,
            "event_date": day.isoformat() if day else None, "date_precision": precision if day else None,
            "period_start": day, "negated": negated, "modality": modality, "pattern": f"{code}:synthetic"})
        return event_id

    def document(self, doc: str, day: date | None) -> None:
        """A document without events (marks a period as covered by the corpus)."""
        self.docs[doc] = day

    def build(self) -> Path:
        """Write everything into a fresh DuckDB file (one INSERT per table) and return its path."""
        docs = list(self.docs.items())
        sents = [(d, i, text) for (d, i), text in self.sentences.items()]
        with Store(self.path) as store:
            _insert(store, "documents", ["doc_id", "doc_date"], docs)
            _insert(store, "sentences", ["doc_id", "sent_index", "text"], sents)
            cols = [c for c in EVENT_COLUMNS if self.events and c in self.events[0]]
            _insert(store, "events", cols, [tuple(e[c] for c in cols) for e in self.events])
        return self.path


def _insert(store: Store, table: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows column-wise through unnest (executemany is row by row, and slow in DuckDB)."""
    if not rows:
        return
    columns = [list(col) for col in zip(*rows, strict=True)]
    select = ", ".join(f"unnest(${i + 1}) AS c{i}" for i in range(len(cols)))
    store.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select}", columns)  # noqa: S608


D0 = date(2014, 3, 10)


def _kept(path: Path, scope: Scope | None = None, actors: tuple[str, ...] = ()) -> tuple[list[dict[str, Any]], Any]:
    with Store(path, read_only=True) as store, analysable(store, scope, actors=actors) as t:
        return store.query(f"SELECT * FROM {t.table} ORDER BY day, event_id"), t.stats  # noqa: S608


def test_same_event_from_many_articles_is_kept_once_inside_the_window(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "a.duckdb")
    first = c.add("PRKGOV", "KOR", "040", D0)
    c.add("PRK", "KORGOV", "040", D0 + timedelta(days=1))   # same parties and root, other article
    c.add("PRK", "KOR", "042", D0 + timedelta(days=3))      # same root 04, still within 3 days
    later = c.add("PRK", "KOR", "040", D0 + timedelta(days=10))  # outside the window: a new event
    other_root = c.add("PRK", "KOR", "036", D0)
    other_target = c.add("PRK", "JPN", "040", D0)
    rows, stats = _kept(c.build())
    assert {r["event_id"] for r in rows} == {first, later, other_root, other_target}
    assert next(r for r in rows if r["event_id"] == first)["n_reports"] == 3
    assert stats.n_duplicates == 2 and stats.n_events == 4


def test_window_is_anchored_on_the_first_report_not_chained(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "a.duckdb")
    ids = [c.add("PRK", "KOR", "130", D0 + timedelta(days=i)) for i in range(10)]
    rows, stats = _kept(c.build())
    assert [r["event_id"] for r in rows] == [ids[0], ids[4], ids[8]]  # days 0, 4, 8
    assert [r["n_reports"] for r in rows] == [4, 4, 2] and stats.n_duplicates == 7
    rows, _ = _kept(c.path, Scope(dedup_days=None))
    assert len(rows) == 10
    rows, _ = _kept(c.path, Scope(dedup_days=0))
    assert len(rows) == 10


def test_negated_hypothetical_and_prescriptive_are_left_out_by_default(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "a.duckdb")
    fact = c.add("USA", "PRK", "071", D0)
    intent = c.add("USA", "PRK", "036", D0, modality="intent")
    c.add("USA", "PRK", "0841", D0, negated=True)
    c.add("USA", "PRK", "085", D0, modality="hypothetical")
    c.add("USA", "PRK", "111", D0, modality="prescriptive")
    rows, stats = _kept(c.build())
    assert {r["event_id"] for r in rows} == {fact, intent}
    assert stats.n_excluded == 3
    rows, stats = _kept(c.path, Scope(include_all=True))
    assert len(rows) == 4  # 0841 and 085 share root 08 on one day: one event
    rows, stats = _kept(c.path, Scope(include_all=True, dedup_days=None))
    assert len(rows) == 5 and stats.n_excluded == 0 and stats.include_all


def test_dates_fall_back_to_the_document_and_undated_events_are_counted(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "a.duckdb")
    by_doc = c.add("CHN", "PRK", "040", None, doc_date=D0)
    undated = c.add("CHN", "PRK", "111", None)
    rows, stats = _kept(c.build())
    got = {r["event_id"]: r for r in rows}
    assert got[by_doc]["day"] == D0 and got[by_doc]["precision"] == "document"
    assert got[undated]["day"] is None and stats.n_undated == 1
    rows, stats = _kept(c.path, Scope(since=date(2000, 1, 1)))
    assert [r["event_id"] for r in rows] == [by_doc] and stats.n_undated == 1


def test_actor_filter_and_parties(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "a.duckdb")
    c.add("IGOUNOSEC", "PRKGOV", "111", D0)
    c.add("USA", "CHN", "040", D0)
    rows, _ = _kept(c.build(), actors=("PRK",))
    assert len(rows) == 1 and (rows[0]["src"], rows[0]["tgt"]) == ("IGOUNO", "PRK")
    assert party("IGOEUREEC") == "IGOEUR" and party("KORGOV") == "KOR" and party(None) is None
    with Store(c.path, read_only=True) as store:
        assert store.query(f"SELECT {party_sql('x')} AS p FROM (SELECT 'IGOUNOSEC' AS x)")[0]["p"] == "IGOUNO"


def test_actor_codes_are_checked() -> None:
    assert normalise_actor(" prk ") == "PRK"
    for bad in ("PR%", "P", "PRK_GOV", ""):
        with pytest.raises(ValueError):
            normalise_actor(bad)


def test_periods() -> None:
    assert period_start(date(2014, 5, 17), "quarter") == date(2014, 4, 1)
    assert period_start(date(2014, 5, 17), "week") == date(2014, 5, 12)
    assert next_period(date(2014, 12, 1), "month") == date(2015, 1, 1)
    assert len(period_range(date(2014, 1, 31), date(2014, 12, 1), "month")) == 12
