"""Which matched patterns stand as events.

One act gives one event: "agreed to meet" is an intent to meet, not also a bare "agree", and what is
only proposed, threatened or said under a speech act is that act's, not a fact of its own. A pattern
whose object slot comes right after its trigger must hold a party ("joined protests in Kyiv" is not
"joined France in condemning"). Split from :mod:`detente.coding.coder`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import KIN_NOUNS
from detente.coding.grammar import Match
from detente.coding.judged import JUDGED_ACTS
from detente.coding.patterns import Pattern
from detente.coding.phrases import as_actor, resolve_all
from detente.coding.targets import SITE_ROOTS, SPEECH_ACTS, site_of


def drop_generic_heads(found: list[tuple[Match, Token]]) -> list[tuple[Match, Token]]:
    """One event per act: 'agreed to meet' is an intent to meet, not also a bare 'agree'; in
    'proposed that X meet Y' the meeting is only proposed, so the proposal is the event."""
    triggers = {t.i for _, t in found}
    speech = {t.i for _, t in found if t.lemma_.lower() in SPEECH_ACTS}
    kept = []
    for m, trig in found:
        if not m.pattern.elements and trig.lemma_.lower() != "deny" and any(
                c.dep_ == "xcomp" and c.i in triggers for c in trig.children):
            continue  # (but "denied shelling Kyrgyz villages" is a denial, 016: the shelling is the one dropped)
        if trig.lemma_.lower() not in SPEECH_ACTS and _under_speech_act(trig, speech):
            continue
        kept.append((m, trig))
    return kept


def _under_speech_act(trig: Token, speech: set[int]) -> bool:
    node = trig
    for _ in range(6):
        if node.dep_ == "conj" and node.head.i != node.i:
            # "threatened to suspend relations and recall its ambassador": the recall is threatened
            # too; but in "threatened X and recalled its ambassador" the conj climbs to the threat
            # itself, which is no complement, and the recall stays a fact
            node = node.head
            continue
        if node.dep_ not in {"ccomp", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
        if node.i in speech:
            return True
    return False


def object_slot_holds_actor(pattern: Pattern, matches: list[Match], trigger: Token, sent: Span,
                             actors: DocumentActors) -> bool:
    """"joined protests in Kyiv" is not "joined France in condemning", "call an election" is no
    phone call: a slot right after the trigger must hold an actor (or, for operations and visits
    ("toured Antakya"), a place)."""
    fillers = [t for m in matches for t in m.slots.get("T", [])]
    if pattern.code == "0831" and fillers and all(t.pos_ == "NOUN" for t in fillers):
        # "the removal of fuel subsidies", "races to replace Russian gas": only a person or a government
        # is removed from office (a thing's flag, "Russian gas", is no office holder)
        if not pattern.nominal:
            return any(as_actor(t, sent, actors) for t in fillers)
        return any(resolve_all(m.slots.get("T", []), sent, actors) for m in matches)
    if not pattern.elements or pattern.elements[0].kind != "slot_obj":
        return True
    if pattern.code[:2] == "04" and fillers and all(t.lemma_.lower() in JUDGED_ACTS for t in fillers):
        return False  # "lifted its ban, a step that Seoul welcomed": an act is welcomed, no visitor
    if pattern.code == "041" and fillers and all(
            t.pos_ == "NOUN" and actors.match_at(t) is None and any(c.dep_ == "poss" for c in t.children)
            for t in fillers):
        return False  # "called India's revocation of Kashmir's autonomy an internal matter": a name, no phone call
    if trigger.dep_ == "relcl":
        return True  # "the tanker its Revolutionary Guards had seized": the noun is resolved later
    if any(t.pos_ == "ADP" for t in fillers):
        return False  # "sent warships to the sea": the dative "to" is no party in the object slot
    if not all(t.pos_ in {"NOUN", "PROPN"} for t in fillers):
        return True  # a pronoun ("which Seoul rejected") is resolved later
    if (pattern.code[:2] in {"17", "18", "20"} or pattern.code == "116") and any(
            t.ent_type_ == "PERSON" or t.lemma_.lower() in KIN_NOUNS for t in fillers):
        return True  # "convicted Jose Ruben Zamora", "kidnapped the father of …": a stranger (see coding/implied.py)
    return any(resolve_all(m.slots.get("T", []), sent, actors) or
               ((pattern.code[:2] in SITE_ROOTS or pattern.code == "042") and site_of(m.slots.get("T", []), sent, actors))
               for m in matches)
