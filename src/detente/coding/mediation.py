"""A mediator mediates between the parties of the act it brought about.

"Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey",
"Iran freed two Swedes in exchange for Sweden's release of Hamid Nouri, in a swap mediated by Oman",
"agreed to a ceasefire following two days of Chinese mediation", "a ceasefire negotiated with
Beijing as broker": the mediation (045) is aimed at each party of the sentence's acts, the ones who
agreed, swapped or talked, not at a fellow mediator or at one side only. This module rewrites the
045 events of a sentence to those parties, and adds the mediation a noun phrase names ("Chinese
mediation", "Norway as facilitator") when no pattern coded it. The pattern id says so.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.groups import side_key
from detente.actors.resolver import DocumentActors
from detente.coding.arguments import ACTING_VERBS
from detente.coding.modality import modality
from detente.coding.ontology import Ontology, retyped
from detente.coding.phrases import governing_verb
from detente.coding.sources import subject_of
from detente.model import Event, Mention

MEDIATION = "045"
MEDIATING_NOUNS = {"mediation", "facilitation"}
MEDIATING_VERBS = {"mediate", "broker", "facilitate"}
MEDIATOR_ROLES = {"broker", "mediator", "facilitator", "go-between", "intermediary", "guarantor"}
# acts whose sides are the parties a mediator stands between
PARTY_ROOTS = {"03", "04", "05", "06", "08"}
EASING = {"081", "082", "083", "085", "086"}
# a mediation offered, accepted or sought has not (yet) taken place: "accepted Ankara's mediation" (038/039)
# prepositions that tell the circumstances of another act ("under Chinese mediation")
CIRCUMSTANCES = {"under", "through", "after", "following", "amid", "via", "thanks"}
TRUCE_NOUNS = {"truce", "ceasefire", "cease-fire", "armistice"}
TRUCE = "0871"
UNDONE = {"accept", "offer", "propose", "welcome", "reject", "refuse", "seek", "request", "resume", "prepare",
          "want", "call"}


def mediated_parties(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology,
                     where: tuple[str, int]) -> list[Event]:
    """The sentence's events with every mediation aimed at each party of the mediated acts."""
    mediators = {e.source.code[:3]: e for e in events if e.code == MEDIATION}
    named = _named_mediators(sent, actors)
    # "Thai and Cambodian forces fought … before Malaysia's prime minister brokered a truce": the
    # sides of the fighting are the parties of the truce
    truce = _brokered_truce(sent)
    roots = PARTY_ROOTS | {"19"} if truce else PARTY_ROOTS
    parties: dict[str, Mention] = {}
    for e in events:
        if e.code == MEDIATION or e.root not in roots or e.code[:3] in EASING or e.negated:
            continue  # (easing sanctions after a deal is no side of it)
        for side in (e.source, e.target):
            if side.code[:3] not in mediators and side.code[:3] not in {m.code[:3] for m in named}:
                # (a government and its armed or political opponents are two parties)
                parties.setdefault(party_key(side), side)
    if len(parties) < 2 or not (mediators or named):
        return events
    # (a mediator does not mediate with a fellow mediator: "mediated by Qatar and Turkey")
    out = [e for e in events if e.code != MEDIATION or e.target.code[:3] not in mediators]
    have = {(e.source.code[:3], party_key(e.target)) for e in out if e.code == MEDIATION}
    # (modelled on an act that happened: "agreed to resume their dialogue, in talks chaired by Borrell")
    model = next(iter(mediators.values()), None) or next(
        (e for e in events if e.root in roots and e.modality is None and e.code != MEDIATION),
        next(e for e in events if e.root in roots))
    kind = ontology.get(MEDIATION)
    sources = [e.source for e in mediators.values()] + [m for m in named if m.code[:3] not in mediators]
    for mediator in sources:
        for key, party in parties.items():
            if (mediator.code[:3], key) in have:
                continue
            have.add((mediator.code[:3], key))
            out.append(retyped(model, kind, doc_id=where[0], sent_index=where[1], source=mediator, target=party,
                               negated=False, pattern=f"{MEDIATION}:mediation between the parties of the sentence's acts",
                               extra={**model.extra, "pattern_origin": "coding/mediation.py"}))
    sides = list(parties.values())
    if truce is not None and len(sides) == 2 and not any(e.code == TRUCE for e in out):
        model = next(e for e in events if e.root in roots and e.code != MEDIATION)
        for one, other in (sides, sides[::-1]):
            out.append(retyped(model, ontology.get(TRUCE), doc_id=where[0], sent_index=where[1], source=one,
                               target=other, negated=False, trigger=truce.text,
                               trigger_start=truce.idx - sent.start_char,
                               pattern=f"{TRUCE}:truce brokered between the sides of the fighting",
                               extra={**model.extra, "pattern_origin": "coding/mediation.py"}))
    return out


def _brokered_truce(sent: Span) -> Token | None:
    """The truce a mediating verb of the sentence brought about ("brokered a truce"), if any."""
    for tok in sent:
        if tok.lemma_.lower() in TRUCE_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in MEDIATING_VERBS and not _undone(tok.head):
            return tok
    return None


def _undone(word: Token) -> bool:
    """A mediation offered, sought, planned or only possible ("offered to mediate")."""
    verb = word.head if word.pos_ == "VERB" and word.dep_ == "xcomp" else governing_verb(word)
    if word.dep_ == "pobj" and word.head.lower_ in CIRCUMSTANCES:
        verb = None  # "resumed talks under Turkish and Qatari mediation": the mediation is no object resumed
    return modality(word, word) is not None or verb is not None and verb.lemma_.lower() in UNDONE


def party_key(side: Mention) -> str:
    """A party's identity: its country, or for non-state sides the side itself."""
    return side_key(side.code)


def _named_mediators(sent: Span, actors: DocumentActors) -> list[Mention]:
    """Mediators a noun phrase names: "Chinese mediation", "Qatar's mediation", "with Beijing as
    broker", "Norway as facilitator"."""
    found: list[Mention] = []
    for tok in sent:
        word = tok.lemma_.lower()
        if word in MEDIATING_NOUNS and not _undone(tok):
            # ("under Turkish and Qatari mediation": each of the conjoined marks)
            found += [m for c in tok.children if c.dep_ in {"amod", "compound", "poss"} for k in (c, *c.conjuncts)
                      for m in (actors.as_party(k, sent) if c.dep_ != "poss" else actors.resolve(k, sent))]
            # "mediation between Bamako and Abidjan by Togo's president" (the model may hang "by" lower)
            after = [sent.doc[tok.right_edge.i + 1]] if tok.right_edge.i + 1 < sent.end else []
            found += [m for p in [*tok.subtree, *after] if p.dep_ == "prep" and p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj" for m in actors.resolve(o, sent)]
        elif (word in MEDIATING_VERBS or word == "chair" and tok.dep_ == "acl") and tok.pos_ == "VERB" and \
                not _undone(tok):
            # "a swap that the UAE said it had mediated", "in talks chaired by Charles Michel"
            found += subject_of(tok, sent, actors)
        elif word == "auspex" or tok.lower_ == "auspices":
            # "under African Union auspices", "under the auspices of the African Union"
            found += [m for c in tok.children if c.dep_ in {"amod", "compound", "poss"}
                      for m in (actors.as_party(c, sent) or actors.resolve(c, sent))]
            found += [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for m in actors.resolve(o, sent)]
        elif word in MEDIATOR_ROLES and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.lemma_.lower() in ACTING_VERBS and not _undone(tok.head.head):
            # "with Borrell acting as mediator", "Acting as the African Union's mediator, Lourenço hosted"
            acting = tok.head.head
            found += actors.resolve(acting.head, sent) if acting.dep_ == "acl" else subject_of(acting, sent, actors)
        elif word in MEDIATOR_ROLES and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            # "with Beijing as broker": "as" follows the mediator, or hangs on it as the model has it
            # (not on a party before it: "the opposition Unitary Platform with Norway as facilitator")
            holders: list[Token] = [sent.doc[tok.head.i - 1], tok.head.head]
            found += next((m for h in holders if h.pos_ == "PROPN" for m in [actors.resolve(h, sent)] if m), [])
    return found
