"""Shared fixtures: the spaCy model and the full pipeline are loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from detente.model import CodedDocument, Document, Event

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.parser import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline(nlp):  # type: ignore[no-untyped-def]
    from detente.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def code_text(pipeline) -> Callable[..., list[Event]]:  # type: ignore[no-untyped-def]
    """Code a text (optionally dated) and return its events."""

    def run(text: str, day: str | None = "2014-07-01", doc_id: str = "t") -> list[Event]:
        doc = Document(doc_id, text, date.fromisoformat(day) if day else None)
        coded: CodedDocument = next(iter(pipeline.code([doc])))
        return coded.events

    return run


def triples(events: list[Event], *, factual: bool = True) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events, leaving out negated/non-factual ones if asked."""
    from detente.evaluation import counted

    return {(e.source.code, e.code, e.target.code) for e in events if not factual or counted(e)}


def roots(events: list[Event]) -> set[tuple[str, str, str]]:
    """(source, root, target) of the factual events."""
    return {(s, c[:2], t) for s, c, t in triples(events)}
