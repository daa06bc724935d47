"""Targets a sentence implies but does not name, by CAMEO practice.

Kept apart from the coder because each rule is a convention an analyst may want to read, question
or switch off, not grammar: every implied target says so in its mention's ``entry``
(``implied:…``), which ``detente explain`` shows.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import objects
from detente.coding.phrases import aimed_at
from detente.model import Mention

# civilian and opposition sectors whose untargeted protests address their own government
PROTESTERS = {"CVL", "OPP", "LAB", "EDU", "REF", "HRI", "NGO", "AGR", "ENV", "MED"}
# curfews, states of emergency, bans on parties and their easing, and resignations under pressure
DOMESTIC_MEASURES = {"1721", "1722", "1723", "1724"}  # and every 081x/083x

Pair = tuple[Mention, Mention]


def implied_pairs(code: str, head: Token, sources: list[Mention], sent: Span, actors: DocumentActors
                  ) -> list[Pair]:
    """(source, implied target) pairs for an event whose target the sentence leaves out."""
    if code[:2] == "14":
        # "tens of thousands of Russians joined protests": a domestic protest with no named target
        # is aimed at the protesters' own government
        return [(s, _implied(s, "GOV", "own government")) for s in sources if s.code[3:6] in PROTESTERS]
    if code[:2] == "15":
        aim = aimed_at(head, sent, actors)  # "put its troops on alert to deter Pyongyang"
        return [(s, t) for s in sources for t in aim if s.code[:3] != t.code[:3]]
    state_actors = [s for s in sources if not s.code.startswith("IGO")]
    if code[:2] in {"17", "18", "20"} and any(o.ent_type_ == "PERSON" for o in objects(head)):
        # "Iran hanged Mohsen Shekari": a private person no dictionary knows, seized, attacked or
        # executed by a state or group, is most often one of its own people
        return [(s, _implied(s, "CVL", "own national")) for s in state_actors]
    if code[:3] in {"081", "083"} or code in DOMESTIC_MEASURES:
        # "relaxed the nationwide curfew", "declared martial law", "resigned as prime minister":
        # measures a government takes at home fall on its own people (parties, for party bans)
        people = "OPP" if code in {"0812", "1722"} else "CVL"
        return [(s, _implied(s, people, "own population")) for s in state_actors]
    return []


def _implied(source: Mention, agent: str, why: str) -> Mention:
    return Mention(source.code[:3] + agent, "(not named)", -1, -1, f"implied:{why}")
