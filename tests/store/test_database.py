from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.model import Document, IngestError
from detente.store.database import EventFilter, Store

pytestmark = pytest.mark.slow

TEXT = ("Japan eased some of its sanctions on North Korea on Friday. "
        "Pyongyang rejected the demand from Seoul.")


def test_reingest_replaces_and_never_duplicates(tmp_path: Path, pipeline):  # type: ignore[no-untyped-def]
    db = tmp_path / "t.duckdb"
    doc = Document("d1", TEXT, date(2014, 7, 4), title="t")
    coded = next(iter(pipeline.code([doc])))
    assert coded.events, "the sentence pair should yield events"
    with Store(db) as store:
        store.save(coded)
        first = store.counts()
        store.save(coded)
        again = store.counts()
        assert first == again and first["documents"] == 1 and first["events"] == len(coded.events)
        changed = next(iter(pipeline.code([Document("d1", "Japan eased some of its sanctions on North Korea.",
                                                     date(2014, 7, 4))])))
        store.save(changed)
        assert store.counts()["events"] == len(changed.events)
        assert store.counts()["sentences"] == 1
        assert store.has_document("d1", "Japan eased some of its sanctions on North Korea.")


def test_filters_errors_and_lookup(tmp_path: Path, pipeline):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "t.duckdb") as store:
        for coded in pipeline.code([Document("a", TEXT, date(2014, 7, 4)),
                                    Document("b", "China condemned the nuclear test by North Korea.",
                                             date(2013, 2, 12))]):
            store.save(coded)
        store.record_error(IngestError("bad.jsonl", 7, "E005", "malformed JSONL line"))
        rows = list(store.events())
        assert {r["doc_id"] for r in rows} == {"a", "b"}
        assert set(rows[0]) >= {"event_id", "doc_id", "sentence", "source", "target", "code", "root",
                                "quad_class", "goldstein", "plover", "date", "date_precision", "location",
                                "negated", "modality", "pattern", "source_text", "target_text"}
        only_2013 = list(store.events(EventFilter(until=date(2013, 12, 31))))
        assert only_2013 and all(r["doc_id"] == "b" for r in only_2013)
        chn = list(store.events(EventFilter(actor="CHN")))
        assert chn and all("CHN" in (r["source"] + r["target"]) for r in chn)
        one = store.event(rows[0]["event_id"][:8])
        assert one["sentence"] and one["pattern"]
        assert store.errors()[0]["line"] == 7
        with pytest.raises(Exception, match="E021"):
            store.event("nope")
