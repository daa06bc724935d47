"""What sending forces somewhere is: a show of force at home or at a border, or protection abroad.

A pattern reads "sent troops to", "deployed police in" or "riot police poured into" by its verb; where the
forces go decides the act. Forces a state sends into its own country, or to its border with a neighbour,
are a show of force (153 for police, 154 for troops), not aid (074) or an invasion (190); police a state
sends into another country, with no border in sight, are protection (074). Kept in one place so both
directions read as one rule; each rewrite says so in the event's pattern.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import NON_STATE
from detente.coding.implied import BORDER_NOUNS, SENDING_VERBS, border_country, own_public
from detente.coding.ontology import intent_code
from detente.model import Mention

# forces a state may deploy at home: police (153) or, for any other force, troops (154)
POLICE_WORDS = {"police", "policeman", "policemen", "police-officer", "police-officers", "gendarme", "gendarmes",
                "gendarmerie", "riot-police", "officer", "officers", "national-guard", "guardsmen"}
HOME_ENTRY_VERBS = {"pour", "flood", "stream", "move", "roll", "sweep", "enter", "march"}


def deployment(code: str, trigger: Token, sent_nouns: list[Token], src: Mention, tgt: Mention, sent: Span,
               actors: DocumentActors, mod: str | None) -> tuple[str, Mention, str] | None:
    """The code, target and pattern note a deployment of forces takes instead of the pattern's own,
    or None when the pattern's stands.

    "Paris sent hundreds of extra police to the islands", "thousands of riot police poured into
    Urumqi": a show of force at home over the state's own people, or at the neighbour whose border
    the forces are sent to ("sent 500 police officers to the border with Belarus"); "Australia said it
    would send police to restore order" (in Honiara): protection abroad, 0334 when only announced."""
    if code == "153" and tgt.code[:3] != src.code[:3] and not tgt.code.startswith("IGO") and \
            trigger.lemma_.lower() in SENDING_VERBS and not any(t.lower_ in BORDER_NOUNS for t in sent):
        return intent_code("074") if mod in {"intent", "planned"} else "074", tgt, " (police sent abroad: 074)"
    if src.code[3:6] in NON_STATE or src.code.startswith("IGO"):
        return None
    police = any(t.lemma_.lower() in POLICE_WORDS or t.lower_ in POLICE_WORDS for n in sent_nouns for t in n.subtree)
    if code == "074" and trigger.lemma_.lower() in SENDING_VERBS:
        kind = "153" if police else "154"
        if tgt.code[:3] != src.code[:3]:
            return (kind, tgt, f" (forces sent at home: {kind})") if any(
                t.lower_ in BORDER_NOUNS for t in sent_nouns) else None
        return kind, border_country(sent, actors, {src.code[:3]}) or own_public(src), f" (forces sent at home: {kind})"
    if code[:3] == "190" and src.code[3:6] == "COP" and tgt.code[:3] == src.code[:3] and \
            trigger.lemma_.lower() in HOME_ENTRY_VERBS:
        return "153", own_public(src), " (forces sent at home: 153)"
    return None
