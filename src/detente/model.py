"""Plain typed records that flow between pipeline stages.

A document flows one way: ``Document → Sentence → Mention → Event``.  Every record is a frozen
dataclass so stages cannot mutate each other's output, and every event carries its provenance
(sentence, actor spans, pattern id) so that it can be explained later.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


# What analyses, exports and evaluation count: reported or announced acts, not negated ones, not
# advice or conjecture (modality null, "intent" or "planned").
FACTUAL_MODALITIES = ("intent", "planned")


def factual_sql(alias: str = "e") -> str:
    """SQL condition selecting factual events of the events table (aliased ``alias``; "" for none)."""
    col = f"{alias}." if alias else ""
    listed = ", ".join(f"'{m}'" for m in FACTUAL_MODALITIES)
    return (f"NOT coalesce({col}negated, FALSE) AND "
            f"({col}modality IS NULL OR {col}modality IN ({listed}))")


@dataclass(frozen=True)
class Document:
    """One news article, as read by ``detente.ingest``."""

    doc_id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file path (and line) the document came from


@dataclass(frozen=True)
class Location:
    """A resolved place: gazetteer name, ISO3 country and coordinates."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Mention:
    """An actor mention: a token span in a sentence resolved to a CAMEO actor code.

    ``start``/``end`` are character offsets relative to the sentence text (-1 when the actor is
    only implied here and was named in an earlier sentence); ``entry`` names the
    dictionary entry (or rule) that produced the code; ``antecedent`` is the text of the earlier
    mention a pronoun or surname was resolved to.
    """

    code: str
    text: str
    start: int
    end: int
    entry: str
    antecedent: str | None = None


@dataclass(frozen=True)
class Event:
    """A coded CAMEO event with everything needed to explain it."""

    doc_id: str
    sent_index: int
    sentence: str
    source: Mention
    target: Mention
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    pattern: str
    trigger: str
    trigger_start: int
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: Location | None = None
    negated: bool = False
    modality: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def factual(self) -> bool:
        """Not negated, and reported or announced (see :data:`FACTUAL_MODALITIES`)."""
        return not self.negated and (self.modality is None or self.modality in FACTUAL_MODALITIES)

    @property
    def event_id(self) -> str:
        """A stable id: the same sentence, trigger, actors and code always give the same id."""
        key = "|".join(
            [self.doc_id, str(self.sent_index), str(self.trigger_start), self.code,
             self.source.code, str(self.source.start), self.target.code, str(self.target.start)]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_record(self) -> dict[str, Any]:
        """The public JSONL record (CLI contract fields first)."""
        loc = asdict(self.location) if self.location else None
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "source": self.source.code,
            "target": self.target.code,
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": loc,
            "negated": self.negated,
            "modality": self.modality,
            "pattern": self.pattern,
            "source_text": self.source.text,
            "target_text": self.target.text,
        }


@dataclass(frozen=True)
class IngestError:
    """An input item that could not be read or coded; the batch goes on without it."""

    item: str
    line: int | None
    code: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.item}:{self.line}" if self.line is not None else self.item
        return f"{where}: [{self.code}] {self.reason}"


@dataclass(frozen=True)
class SentenceRecord:
    """A sentence as stored: its index in the document, text and character offset."""

    index: int
    text: str
    start_char: int


@dataclass
class CodedDocument:
    """A document with its sentences, events and the names no dictionary knew."""

    document: Document
    sentences: list[SentenceRecord] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    unknown_actors: list[str] = field(default_factory=list)
    failures: list[IngestError] = field(default_factory=list)  # sentences the coder failed on (E040)
