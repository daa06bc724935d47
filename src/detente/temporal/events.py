"""Find the date expression that belongs to an event trigger and normalise it."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from detente.temporal.normalize import Resolved, normalize

_FUTURE_MODALITY = {"planned", "intent"}


def date_span_for(trigger: Token, sent: Span) -> Span | None:
    """The DATE entity attached to the trigger's clause (or to the verbs that govern it)."""
    best: tuple[int, Span] | None = None
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        distance = _attachment(ent.root, trigger)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, ent)
    return best[1] if best else None


def _attachment(tok: Token, trigger: Token) -> int | None:
    """How many clause levels separate the date from the trigger (None if in another clause)."""
    governing = [trigger]
    while governing[-1].dep_ in {"xcomp", "conj", "ccomp", "advcl", "relcl", "acl"} and len(governing) < 6:
        governing.append(governing[-1].head)
    node, steps = tok, 0
    while node.head is not node and steps < 8:
        node = node.head
        steps += 1
        if node in governing:
            return governing.index(node) * 10 + steps
        if node.pos_ in {"VERB", "AUX"} and node not in governing:
            return None
    return None


def resolve_event_date(trigger: Token, sent: Span, doc_date: date | None, modality: str | None
                       ) -> tuple[Resolved | None, str | None]:
    """(normalised date or None, the expression text) for an event."""
    span = date_span_for(trigger, sent)
    if span is None:
        return None, None
    future = modality in _FUTURE_MODALITY or any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in trigger.children)
    text = span.text
    prev = sent.doc[span.start - 1] if span.start > sent.start else None
    if prev is not None and prev.lower_ in {"later", "earlier", "next", "last"}:
        text = prev.text + " " + text
    return normalize(text, doc_date, future=future), text
