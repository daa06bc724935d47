"""Pick the place of an event from the trigger's locative phrases ("in Brussels", "to Moscow")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.geo.gazetteer import Gazetteer
from detente.model import Location

LOCATIVE = {"in", "at", "to", "near", "inside", "from", "into", "outside", "along"}


def _place_phrases(head: Token) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def place_for(trigger: Token, sent: Span, gazetteer: Gazetteer, *, prefer: set[str]) -> Location | None:
    """The first resolvable place attached to the trigger, its objects or its governing verb."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ in {"xcomp", "conj", "advcl"}:
        heads.append(trigger.head)
    for head in heads:
        for obj in _place_phrases(head):
            for tok in [obj, *[c for c in obj.children if c.dep_ in {"compound", "prep"}]]:
                name = _phrase(tok)
                loc = gazetteer.lookup(name, prefer=prefer) or gazetteer.lookup(tok.text, prefer=prefer)
                if loc is not None and (tok.pos_ == "PROPN" or loc.name.lower() != tok.lower_):
                    return loc
                for sub in (c for c in tok.children if c.dep_ == "pobj"):
                    loc = gazetteer.lookup(_phrase(sub), prefer=prefer)
                    if loc is not None:
                        return loc
    return None


def _phrase(tok: Token) -> str:
    """The proper-noun phrase around a token ("Kaesong Industrial Complex")."""
    left = tok.left_edge
    words = [t for t in tok.doc[left.i:tok.i + 1] if t.dep_ not in {"det", "punct"}]
    return " ".join(t.text for t in words)
