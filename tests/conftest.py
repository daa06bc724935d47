"""Shared fixtures: the spaCy model and the full pipeline are loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from detente.model import CodedDocument, Document, Event

ROOT = Path(__file__).resolve().parents[1]
# The project's shared reference folder (seed articles, PETRARCH records) sits beside the clone;
# DETENTE_SHARED points elsewhere. Tests that read it are skipped, naming the path, without it.
SHARED = Path(os.environ.get("DETENTE_SHARED") or ROOT.parent / "shared")
SEEDS = SHARED / "seeds"
DATA = Path(__file__).parent / "data"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test whose input ``path`` in the shared reference folder is absent."""
    return pytest.mark.skipif(not path.exists(), reason=f"shared reference data not found: {path} "
                              "(clone beside the project's shared/ folder or set DETENTE_SHARED)")


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
