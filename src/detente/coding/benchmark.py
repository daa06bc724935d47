"""Measure the coder against the spaCy parse it sits on (same documents, same run).

Reports seconds per sentence for parsing alone and for actor resolution + event coding on the
already-parsed documents, their ratio, and actor-matching throughput (phrase matches per second
through the PhraseMatcher automaton, and resolved mentions per second).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from detente.actors.resolver import DocumentActors
from detente.model import Document
from detente.nlp.parser import parse_documents


@dataclass(frozen=True)
class CoderBenchmark:
    """Timings of one benchmark run."""

    documents: int
    sentences: int
    events: int
    phrase_matches: int
    mentions: int
    parse_seconds: float
    coder_seconds: float
    matcher_seconds: float
    resolve_seconds: float

    def as_dict(self) -> dict[str, Any]:
        per = max(self.sentences, 1)
        return {
            "documents": self.documents, "sentences": self.sentences, "events": self.events,
            "parse_ms_per_sentence": round(1000 * self.parse_seconds / per, 3),
            "coder_ms_per_sentence": round(1000 * self.coder_seconds / per, 3),
            "coder_to_parse_ratio": round(self.coder_seconds / self.parse_seconds, 3) if self.parse_seconds else None,
            "phrase_matches_per_second": round(self.phrase_matches / self.matcher_seconds) if self.matcher_seconds else None,
            "mentions_per_second": round(self.mentions / self.resolve_seconds) if self.resolve_seconds else None,
        }


def run_coder_benchmark(pipeline: Any, documents: Sequence[Document], *, repeat: int = 1) -> CoderBenchmark:
    """Time parsing, then coding of the parsed documents, on ``documents`` × ``repeat``."""
    docs = [d for _ in range(repeat) for d in documents]
    start = time.perf_counter()
    parsed = list(parse_documents(pipeline.nlp, docs, batch_size=pipeline.config.batch_size))
    parse_seconds = time.perf_counter() - start

    start = time.perf_counter()
    coded = [pipeline.code_parsed(p) for p in parsed]
    coder_seconds = time.perf_counter() - start

    matches = 0
    start = time.perf_counter()
    for p in parsed:
        for para in p.paragraphs:
            matches += len(pipeline.matcher(para))
    matcher_seconds = time.perf_counter() - start

    mentions = 0
    start = time.perf_counter()
    for p in parsed:
        actors = DocumentActors(pipeline.matcher, p.document.date, pipeline.gazetteer)
        for para in p.paragraphs:
            actors.prepare(para)
        for sent in p.sentences():
            for tok in sent:
                if tok.pos_ in {"PROPN", "NOUN", "PRON"}:
                    mentions += len(actors.resolve(tok, sent))
            actors.remember_sentence(sent)
    resolve_seconds = time.perf_counter() - start

    return CoderBenchmark(
        documents=len(docs), sentences=sum(len(c.sentences) for c in coded),
        events=sum(len(c.events) for c in coded), phrase_matches=matches, mentions=mentions,
        parse_seconds=parse_seconds, coder_seconds=coder_seconds, matcher_seconds=matcher_seconds,
        resolve_seconds=resolve_seconds)
