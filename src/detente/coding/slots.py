"""Nouns inside another act's phrase that are events of their own.

A pattern's slots swallow the words they match ("declined to comment on Washington's expulsion of 35
diplomats" has "expulsion" in its object), so the coder skips them as triggers; these tests say which
slot nouns are still acts with their own actor, and which name a party rather than an act.
Split from :mod:`detente.coding.coder`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.arguments import preps
from detente.coding.pairs import MEETING_NOUNS


def names_a_party(noun: Token) -> bool:
    """"signed by the government and the opposition": "the opposition" is a party, not a feeling."""
    return noun.lemma_.lower() in {"opposition", "resistance"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"to", "from"} for c in noun.children)


def cited(noun: Token) -> bool:
    """"refused the request, citing a year-long ban on foreign research vessels": a measure cited as a
    reason is background to the act, not an act reported by the sentence."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # ("citing the dissolution of … and the jailing of …")
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"cite", "invoke"} and noun.head.tag_ == "VBG"


def owned_act(noun: Token) -> bool:
    """"declined to comment on Washington's expulsion of 35 diplomats": a slot noun that is an act of
    its own, with its own actor (a possessor other than a pronoun, or a "by" agent; for a war, any
    modifier naming its side: "the Israeli offensive in Gaza", "its siege of El Fasher"); or a trip
    named as the occasion ("praised Serbia on a visit to Belgrade": the visitor's own act)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "during"} and noun.lemma_.lower() in OCCASION_TRIPS:
        return True
    if noun.dep_ not in {"pobj", "dobj"} or noun.lemma_.lower() in MEETING_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ in {"poss", "amod", "compound"} and
               noun.lemma_.lower() in WAR_NOUNS for c in noun.children) or any(
        p.lower_ == "by" and o is not None and o.pos_ in {"PROPN", "NOUN"} for p, o in preps(noun))


# trips an "on" or "during" phrase names as the occasion of another act
OCCASION_TRIPS = {"visit", "trip", "tour", "stopover"}
# wars and campaigns whose maker a modifier names ("in protest at the Israeli offensive in Gaza")
WAR_NOUNS = {"offensive", "invasion", "siege", "bombardment", "blockade", "occupation", "incursion", "war"}
