"""A word-order fallback for sentences the parser got wrong.

The small English model sometimes mis-tags a main verb ("Trump hosted Japanese Prime Minister
Shinzo Abe" with "hosted" as an adjective), and then no dependency pattern can fire. Old coders
(TABARI) read such sentences by word order: the actor before the verb acts on the actor after it.
This module does that, only for sentences that gave no reported event (none, or only acts that
are negated, hypothetical or only asked for), only with a verb's simplest
patterns (the bare verb, or verb + direct object), and only when exactly one actor stands on each
side within the clause. Its events carry the pattern id with a ``(word order)`` suffix, so
``detente explain`` says how they were found.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import Match
from detente.coding.patterns import PatternBook
from detente.model import Mention

# finite verbs only: a bare form follows "to" or a modal ("ought to weigh"), which word order can't judge
VERB_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
STOPS = {",", ";", ":", "(", ")", "--", "—", "that", "which", "who", "after", "before", "while", "as", "when",
         "whether", "if", "unless"}


def word_order_matches(sent: Span, actors: DocumentActors, patterns: PatternBook
                       ) -> list[tuple[Match, Token, list[Mention], list[Mention]]]:
    """(match, verb, sources, targets) for verbs read by word order; at most one per sentence."""
    for verb in sent:
        if verb.tag_ not in VERB_TAGS or verb.lemma_.lower() in {"be", "have", "say", "do"}:
            continue
        after = sent.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if any(c.dep_ == "prt" for c in verb.children) or (after is not None and after.tag_ == "RP"):
            continue  # "called off its exercises": a phrasal verb, which no bare pattern reads
        simple = [p for p in patterns.for_verb(verb.lemma_.lower())
                  if not p.elements or (len(p.elements) == 1 and p.elements[0].kind == "slot_obj")]
        if not simple:
            continue
        left = actors_beside(verb, sent, actors, step=-1)
        right = actors_beside(verb, sent, actors, step=1)
        if len(left) == 1 and len(right) == 1 and left[0].code[:3] != right[0].code[:3]:
            pattern = replace(simple[0], pid=simple[0].pid + " (word order)")
            return [(Match(pattern, {}, set(), verb), verb, left, right)]
    return []


def actors_beside(verb: Token, sent: Span, actors: DocumentActors, *, step: int) -> list[Mention]:
    """The actors named between the verb and the nearest clause boundary on one side."""
    found: dict[str, Mention] = {}
    i = verb.i + step
    while sent.start <= i < sent.end:
        tok = sent.doc[i]
        if tok.lower_ in STOPS or (tok.tag_ in VERB_TAGS | {"VB", "MD"} and tok.i != verb.i):
            break
        if tok.pos_ in {"PROPN", "NOUN"} and tok.dep_ not in {"compound", "amod", "poss"}:
            for m in actors.resolve(tok, sent):
                found.setdefault(m.code, m)
        i += step
    return list(found.values())
