"""The HTTP API and dashboard pages, rendered in-process with FastAPI's TestClient."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.model import Document
from detente.store.database import Store
from detente.web.app import create_app

pytestmark = pytest.mark.slow

TEXTS = [
    ("w1", "2014-07-04", "Japan eased some of its sanctions on North Korea on Friday."),
    ("w2", "2014-10-22", "North Korea released American tourist Jeffrey Fowle on Tuesday. "
                         "Russia wrote off most of North Korea's debt."),
]


@pytest.fixture(scope="module")
def client(pipeline, tmp_path_factory) -> TestClient:  # type: ignore[no-untyped-def]
    db = Path(tmp_path_factory.mktemp("web")) / "w.duckdb"
    with Store(db) as store:
        for coded in pipeline.code([Document(i, t, date.fromisoformat(d)) for i, d, t in TEXTS]):
            store.save(coded)
    return TestClient(create_app(db))


def test_api_events_and_explanation(client: TestClient):
    rows = client.get("/api/events", params={"actor": "PRK"}).json()
    assert rows and all("PRK" in r["source"] + r["target"] for r in rows)
    one = client.get(f"/api/events/{rows[0]['event_id']}").json()
    assert one["pattern"] and one["sentence"] and one["source_text"]
    assert client.get("/api/events/doesnotexist").status_code == 404


def test_summary_and_analyses(client: TestClient):
    summary = client.get("/api/summary").json()
    assert summary["counts"]["documents"] == 2 and summary["counts"]["events"] >= 2
    ledger = client.get("/api/ledger/PRK").json()
    assert ledger
    assert client.get("/api/dyad/JPN/PRK").status_code == 200
    assert client.get("/api/offensives/PRK").status_code == 200


def test_pages_render_with_highlighted_spans(client: TestClient):
    home = client.get("/")
    assert home.status_code == 200 and "Top dyads" in home.text
    listing = client.get("/events", params={"actor": "<script>"})
    assert "<script>" not in listing.text.split("</nav>", 1)[1]
    event_id = client.get("/api/events").json()[0]["event_id"]
    page = client.get(f"/events/{event_id}").text
    assert "class='src'" in page and "class='tgt'" in page and "pattern" in page
