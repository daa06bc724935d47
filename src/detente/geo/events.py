"""Pick the place of an event from the trigger's locative phrases ("in Brussels", "to Moscow")."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Span, Token

from detente.geo.gazetteer import Gazetteer
from detente.model import Location

LOCATIVE = {"in", "at", "to", "near", "inside", "into", "outside", "along", "on"}
SKIP_DEPS = {"relcl", "ccomp", "advcl", "conj", "nsubj", "nsubjpass", "appos"}


def place_for(trigger: Token, sent: Span, gazetteer: Gazetteer, *, prefer: set[str]) -> Location | None:
    """The nearest resolvable place in a locative phrase under the trigger (breadth-first)."""
    queue: deque[tuple[Token, int]] = deque([(trigger, 0)])
    if trigger.dep_ in {"xcomp", "advcl"}:
        queue.append((trigger.head, 1))
    seen: set[int] = set()
    while queue:
        tok, depth = queue.popleft()
        if tok.i in seen or depth > 4:
            continue
        seen.add(tok.i)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    loc = _lookup(obj, gazetteer, prefer)
                    if loc is not None:
                        return loc
            if child.dep_ not in SKIP_DEPS:
                queue.append((child, depth + 1))
    return None


def meeting_places(verb: Token, gazetteer: Gazetteer, *, prefer: set[str]) -> list[Location]:
    """The places of a verb's own "in"/"at" phrases, with the places nested in them ("at the
    Miraflores palace in Caracas" gives both), for telling where a meeting was held."""
    found: list[Location] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
        todo = [c for c in prep.children if c.dep_ == "pobj"]
        while todo:
            obj = todo.pop()
            loc = _lookup(obj, gazetteer, prefer)
            if loc is not None:
                found.append(loc)
            todo += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "at", "near", "of"}
                     for o in p.children if o.dep_ == "pobj"]
    return found


def _lookup(obj: Token, gazetteer: Gazetteer, prefer: set[str]) -> Location | None:
    """A place for a prepositional object: its proper-noun phrase, then its name parts."""
    names = [place_phrase(obj)]
    names += [place_phrase(c) for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # "the Black Sea resort of Sochi", "the city of Aleppo"
    names += [place_phrase(o) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    for name in names:
        if not name or not any(w[:1].isupper() for w in name.split()):
            continue
        loc = gazetteer.lookup(name, prefer=prefer)
        if loc is not None:
            return loc
    return None


# small words inside a place's name
NAME_PARTICLES = {"de", "do", "da", "dos", "das", "del", "di", "es", "el", "al", "la", "le", "du", "sur", "upon", "on"}


def place_phrase(tok: Token) -> str:
    """The capitalised phrase ending at a token ("Kaesong Industrial Complex", "Sochi")."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ not in {"det", "punct", "case"}
             and (t.text[:1].isupper() or t.i == tok.i or  # ("Rio de Janeiro", "Dar es Salaam")
                  t.lower_ in NAME_PARTICLES and t.i > tok.left_edge.i and tok.doc[t.i - 1].text[:1].isupper()
                  and tok.doc[t.i + 1].text[:1].isupper())]
    while words and not words[0].text[:1].isupper():
        words = words[1:]
    return " ".join(t.text for t in words)
