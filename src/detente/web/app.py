"""The HTTP API and dashboard (FastAPI): a thin layer over the store and the analyses.

``create_app(db)`` builds an app bound to one DuckDB file, opened read-only per request so that the
dashboard can run while ``detente ingest`` writes to another copy.  JSON lives under ``/api``; the
HTML pages (``/``, ``/events``, ``/events/{id}``) render the same data for people.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from detente.errors import DetenteError
from detente.store.database import EventFilter, Store
from detente.web.pages import explain_page, page, table

EVENT_COLUMNS = ["event_id", "date", "source", "code", "target", "goldstein", "pattern", "sentence"]


def create_app(db: str | Path) -> FastAPI:
    """A FastAPI app serving the events and analyses of the store at ``db``."""
    app = FastAPI(title="detente", description="CAMEO political events: store, explanations, analyses.")
    db_path = str(db)

    @contextmanager
    def store() -> Iterator[Store]:
        if not Path(db_path).exists():
            raise HTTPException(404, f"no database at {db_path}")
        try:
            with Store(db_path, read_only=True) as s:
                yield s
        except DetenteError as exc:
            raise HTTPException(404 if exc.code == "E021" else 400, str(exc)) from None

    @app.get("/api/events")
    def api_events(actor: str | None = None, since: date | None = None, until: date | None = None,
                   limit: int = Query(200, le=10000)) -> list[dict[str, Any]]:
        """Stored events (the CLI's JSONL records), oldest first."""
        with store() as s:
            return list(s.events(EventFilter(actor=actor, since=since, until=until, limit=limit)))

    @app.get("/api/events/{event_id}")
    def api_event(event_id: str) -> dict[str, Any]:
        """One event with its provenance: actor spans, pattern and origin, date and place."""
        with store() as s:
            row = s.event(event_id)
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}

    @app.get("/api/summary")
    def api_summary() -> dict[str, Any]:
        """Counts, events by root and the top dyads."""
        from detente.analysis.summary import date_coverage, events_by_root, top_dyads

        with store() as s:
            return {"counts": s.counts(), "roots": events_by_root(s), "dyads": top_dyads(s),
                    "dates": date_coverage(s)}

    @app.get("/api/dyad/{a}/{b}")
    def api_dyad(a: str, b: str, freq: str = "month") -> dict[str, Any]:
        """The A↔B series per period (see ``detente dyad``)."""
        from detente.analysis.dyad import dyad

        with store() as s:
            return _checked(lambda: dyad(s, a, b, freq=freq).as_dict())

    @app.get("/api/ledger/{a}")
    def api_ledger(a: str, since: date | None = None, until: date | None = None) -> dict[str, Any]:
        """What A gave and received, per counterpart (see ``detente ledger``)."""
        from detente.analysis.ledger import ledger

        with store() as s:
            return _checked(lambda: ledger(s, a, since=since, until=until).as_dict())

    @app.get("/api/offensives/{a}")
    def api_offensives(a: str) -> dict[str, Any]:
        """Charm-offensive episodes of A (see ``detente offensives``)."""
        from detente.analysis.offensives import offensives

        with store() as s:
            return _checked(lambda: offensives(s, a).as_dict())

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        summary = api_summary()
        counts = summary["counts"]
        body = (f"<p>{counts['documents']} documents, {counts['events']} events, "
                f"{counts['errors']} failed inputs.</p><h2>Events by CAMEO root</h2>"
                + table(summary["roots"], ["root", "name", "events"])
                + "<h2>Top dyads</h2>"
                + table(summary["dyads"], ["source", "target", "events", "cooperative", "conflictual",
                                           "goldstein_sum"]))
        return page("detente", body)

    @app.get("/events", response_class=HTMLResponse)
    def events_page(actor: str | None = None, limit: int = 200) -> str:
        rows = api_events(actor=actor, since=None, until=None, limit=limit)
        form = (f"<form><input name='actor' placeholder='actor code prefix' value='{escape(actor or '')}'>"
                "<button>filter</button></form>")
        return page("Events", form + table(rows, EVENT_COLUMNS, link="event_id"))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(event_id: str) -> str:
        with store() as s:
            return explain_page(s.event(event_id))

    return app


def _checked(run: Any) -> Any:
    try:
        return run()
    except (ValueError, DetenteError) as exc:
        raise HTTPException(400, str(exc)) from None
