"""Find the date expression that belongs to an event trigger and normalise it."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from detente.temporal.normalize import Resolved, normalize

_FUTURE_MODALITY = {"planned", "intent"}


def date_span_for(trigger: Token, sent: Span) -> tuple[Span, Token] | None:
    """The DATE entity attached to the trigger's clause, and the verb it attaches to."""
    best: tuple[int, Span, Token] | None = None
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        found = _attachment(ent.root, trigger)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], ent, found[1])
    return (best[1], best[2]) if best else None


def _attachment(tok: Token, trigger: Token) -> tuple[int, Token] | None:
    """How many clause levels separate the date from the trigger (None if in another clause)."""
    governing = [trigger]
    while governing[-1].dep_ in {"xcomp", "conj", "ccomp", "advcl", "relcl", "acl"} and len(governing) < 6:
        governing.append(governing[-1].head)
    node, steps = tok, 0
    while node.head.i != node.i and steps < 8:
        node = node.head
        steps += 1
        if node in governing:
            return governing.index(node) * 10 + steps, node
        if node.pos_ in {"VERB", "AUX"} and node not in governing:
            return None
    return None


def _looks_ahead(verb: Token, modality: str | None) -> bool:
    """Tense of the verb the date hangs on: "agreed in July" looks back, "will meet on Saturday" ahead."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children):
        return True
    if verb.tag_ in {"VBD", "VBN"}:
        return False
    return modality in _FUTURE_MODALITY


def resolve_event_date(trigger: Token, sent: Span, doc_date: date | None, modality: str | None
                       ) -> tuple[Resolved | None, str | None]:
    """(normalised date or None, the expression text) for an event."""
    found = date_span_for(trigger, sent)
    if found is None:
        return None, None
    span, verb = found
    future = _looks_ahead(verb, modality)
    text = span.text
    prev = sent.doc[span.start - 1] if span.start > sent.start else None
    if prev is not None and prev.lower_ in {"later", "earlier", "next", "last"}:
        text = prev.text + " " + text
    return normalize(text, doc_date, future=future), text
