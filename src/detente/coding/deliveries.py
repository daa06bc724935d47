"""Aid told by the vehicle that carries it: "A Saudi plane carrying food and medical supplies landed
in Aleppo", "a convoy of Turkish trucks carrying humanitarian aid crossed into Syria", "a Japanese
plane landed in Tonga with relief supplies"; or by the vehicle sent with it: "New Zealand's air force flew
a C-130 loaded with tarpaulins and generators to Fiji".

The sentence reports a delivery of humanitarian aid (073) from the vehicle's country to the place it
reached, though no verb of giving is used; and a convoy of aid crossing a border invades no one.
The pattern is fixed and named, so ``detente explain`` shows ``073:<vehicle> carrying <aid> reached
<place>`` with this file as its origin.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.arguments import objects, preps
from detente.coding.grammar import Match
from detente.coding.patterns import Pattern
from detente.model import Mention

VEHICLES = {"plane", "aircraft", "jet", "flight", "ship", "vessel", "boat", "truck", "lorry", "convoy", "helicopter",
            "airlift", "freighter"}
CARGO = {"food", "aid", "medicine", "supply", "supplies", "relief", "rice", "wheat", "flour", "grain", "tent", "water",
         "fuel", "vaccine", "blanket", "assistance", "shelter", "tarpaulin", "generator"}
SENDING = {"fly", "send", "dispatch", "despatch", "ship"}
ARRIVING = {"land", "arrive", "dock", "cross", "reach", "enter", "touch"}
PLACE_PREPS = {"in", "at", "into", "to"}
DELIVERY = Pattern(pid="073:<vehicle> carrying <aid> reached <place>", code="073", triggers=frozenset(ARRIVING),
                   nominal=False, elements=(), origin="coding/deliveries.py")
SENT = Pattern(pid="073:sent <vehicle> carrying <aid> to <place>", code="073", triggers=frozenset(SENDING),
               nominal=False, elements=(), origin="coding/deliveries.py")


def aid_deliveries(sent: Span, actors: DocumentActors) -> list[tuple[Match, Token, list[Mention], list[Mention]]]:
    """(match, verb, givers, receivers) for each aid-carrying vehicle the sentence has arrive."""
    found = []
    for verb in sent:
        if verb.lemma_.lower() not in ARRIVING or verb.pos_ != "VERB":
            continue
        # (the model may read "a convoy … crossed into Syria" as a participle on the convoy)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or (
            [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBD" else [])
        for subject in subjects:
            vehicles = [subject, *(o for p, o in preps(subject) if o is not None and p.lower_ == "of")]
            vehicle = next((v for v in vehicles if v.lemma_.lower() in VEHICLES), None)
            if vehicle is None or not (_carries_aid(vehicles) or _with_aid(verb)):
                continue
            givers = [m for v in vehicles for c in v.children if c.dep_ in {"amod", "compound", "poss"}
                      for m in actors.as_party(c, sent)]
            places = [m for p, o in preps(verb) if o is not None and p.lower_ in PLACE_PREPS
                      for m in actors.as_site(o, sent)]
            if givers and places:
                found.append((Match(DELIVERY, {}, set(), verb), verb, givers[:1], places[:1]))
    return found + _vehicles_sent(sent, actors)


def _vehicles_sent(sent: Span, actors: DocumentActors) -> list[tuple[Match, Token, list[Mention], list[Mention]]]:
    """"flew a C-130 loaded with tarpaulins to Fiji": the sender gives the aid to the place it is sent to
    (the phrase may hang on the verb or on "loaded")."""
    found = []
    for verb in (v for v in sent if v.lemma_.lower() in SENDING and v.pos_ == "VERB"):
        vehicles = [o for o in objects(verb) if _carries_aid([o])]
        if not vehicles:
            continue
        givers = [m for c in verb.children if c.dep_ == "nsubj" for m in actors.resolve(c, sent)]
        heads = [verb, *(a for v in vehicles for a in v.children if a.dep_ == "acl")]
        places = [m for p, o in preps(*heads) if o is not None and p.lower_ == "to" for m in actors.as_site(o, sent)]
        if givers and places:
            found.append((Match(SENT, {}, set(), verb), verb, givers[:1], places[:1]))
    return found


def _carries_aid(vehicles: list[Token]) -> bool:
    """"carrying food and medical supplies", "loaded with relief supplies"."""
    for vehicle in vehicles:
        for verb in (c for c in vehicle.children if c.dep_ == "acl" and c.lemma_.lower() in {"carry", "load", "bring"}):
            cargo = objects(verb) + [o for p, o in preps(verb) if o is not None and p.lower_ == "with"]
            if any(t.lemma_.lower() in CARGO for c in cargo for t in [c, *c.conjuncts]):
                return True
    return False


def _with_aid(verb: Token) -> bool:
    """"a Japanese air force plane landed in Tonga with drinking water and relief supplies"."""
    return any(t.lemma_.lower() in CARGO for p, o in preps(verb) if o is not None and p.lower_ == "with"
               for t in [o, *o.conjuncts])

