"""Whom a call for someone's release is aimed at: whoever holds them.

"Beijing demanded the release of a Chinese trawler captain detained by the Japanese coast guard",
"Kammenos demanded the immediate release of the two Greek soldiers arrested in Turkey", "after a
court in Abu Dhabi sentenced Matthew Hedges to life, Hunt demanded his release": the person named
is the asker's own national, but the demand (1053) or appeal (0253) is made to the one holding them,
which the sentence names in the detention it reports: the agent of "detained by", the country of
"arrested in", or the subject of a detaining verb whose object the person is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import ARMED_GROUPS
from detente.coding.arguments import objects, preps
from detente.coding.grammar import Match
from detente.coding.sources import subject_of
from detente.model import Mention

# calls for a release (a demand, an appeal), and with them refusals of one, aimed at the one holding
# the person
RELEASE_CALLS = {"1053", "0253"}
RELEASE_CODES = RELEASE_CALLS | {"1243"}
DETAINING = {"arrest", "detain", "hold", "jail", "imprison", "sentence", "convict", "seize", "abduct", "kidnap",
             "capture", "intern", "take"}


def holder_of(m: Match, trigger: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The holder of the person whose release ``m`` calls for, when the sentence says who it is."""
    persons = [*m.slots.get("T", []), *(o for p, o in preps(trigger) if o is not None and p.lower_ == "of"),
               *(c for c in trigger.children if c.dep_ == "poss")]
    persons += [a for p in persons for a in p.children if a.dep_ == "appos"]
    for person in persons:
        for verb in (c for c in person.children if c.dep_ == "acl" and c.lemma_.lower() in DETAINING):
            found = subject_of(verb, sent, actors) or [  # "detained by the Japanese coast guard"
                s for p, o in preps(verb) if o is not None and p.lower_ in {"in", "by"} for s in actors.as_site(o, sent)]
            found = [f for f in found if f.code[:3] not in own]
            if found:
                return found[:1]
    for verb in sent:  # "a court in Abu Dhabi sentenced Matthew Hedges ..., Hunt demanded his release"
        if verb.lemma_.lower() in DETAINING and verb.pos_ == "VERB" and verb.i != trigger.i and objects(verb):
            # (or the country's own rebels: "FARC dissidents kidnapped four soldiers, as the defence minister
            # demanded their release")
            found = [f for f in subject_of(verb, sent, actors) if f.code[:3] not in own or f.code[3:6] in ARMED_GROUPS]
            if found:
                return found[:1]
    return []


# people a state holds as its own: dissidents, former leaders, journalists, citizens
OWN_DETAINEES = {"ELI", "OPP", "CVL", "MED", "LAB", "EDU"}


def own_state_holding(targets: list[Mention], own: set[str]) -> list[Mention]:
    """"ECOWAS demanded the release of ousted President Mohamed Bazoum", "demanded the freeing of Alexei
    Navalny": with no holder named, a call to free another country's dissidents, former leaders or
    citizens is made to that country's government."""
    if not targets or not all(t.code[3:6] in OWN_DETAINEES and len(t.code) == 6 and t.code[:3] not in own
                              for t in targets):
        return []
    return [replace(targets[0], code=targets[0].code[:3] + "GOV", entry="held:" + targets[0].text)]
