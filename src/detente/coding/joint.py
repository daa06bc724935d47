"""Joint acts: military cooperation of joint forces, mediation by a broker named on the act.

"Chadian and Nigerien troops launched a joint offensive against Boko Haram": besides the attack
on Boko Haram, the two armies cooperate (CAMEO 062). "Chinese and Cambodian troops began their
annual exercise": drills held together are cooperation even when the coder also finds whom the
drills are aimed at. Only state forces of two or more countries named as one subject count.

And two sides named as one subject fight each other only when their fighting has no object of its
own: "Armenian and Azerbaijani troops clashed", but not "Russian and Syrian jets bombed hospitals".
A broker named on a joint act mediates between its parties: "a Russian-brokered truce" (045).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.arguments import objects, preps
from detente.coding.ontology import Ontology, retyped
from detente.coding.phrases import author_mark
from detente.model import Event, Mention

# words that say an armed act was done together
JOINT_WORDS = {"joint", "combined", "together", "jointly", "alongside"}
STATE_SIDES = {"", "GOV", "MIL"}
DRILL_WORDS = ("exercise", "drill", "war-game", "manoeuvre", "maneuver")
COOPERATION = "062"
# where two sides fight, not whom: "clashed on the border", "at the frontier"
SITE_WORDS = {"border", "frontier", "front", "line", "boundary", "edge", "outskirt", "day", "night", "morning", "side"}
# what two sides fight when they fight each other: "fought their worst clashes in a decade"
FIGHT_NOUNS = {"clash", "battle", "war", "fight", "fighting", "skirmish", "firefight", "gunbattle", "duel", "round"}


def _added(model: Event, pairs: list[tuple[Mention, Mention]], code: str, ontology: Ontology, note: str) -> list[Event]:
    """Events of ``code`` for ``pairs``, in the sentence, date and place of ``model`` (the act they
    come with), the pattern id saying why."""
    kind = ontology.get(code)
    return [retyped(model, kind, source=a, target=b, pattern=f"{model.pattern} ({note})") for a, b in pairs]


def joint_cooperation(events: list[Event], sources: list[Mention], trigger: Token, head: Token,
                      ontology: Ontology) -> list[Event]:
    """The 062 events to add for a shows-of-force or fighting match done jointly, or []."""
    if not events or events[0].root not in {"15", "19"} or any(e.code == COOPERATION for e in events):
        return []
    sides = {s.code[:3]: s for s in sources if s.code[3:6] in STATE_SIDES and not s.code.startswith("IGO")}
    if len(sides) < 2:
        return []
    drills = events[0].code == "150" and any(w in events[0].pattern for w in DRILL_WORDS)
    # "launched a joint ground and air offensive", "fought alongside", "jointly patrolled"
    near = [*trigger.children, *head.children]
    near += [t for c in near if c.pos_ in {"NOUN", "PROPN"} for t in c.doc[c.left_edge.i:c.i]]
    joint = any(t.lower_ in JOINT_WORDS for t in (trigger, head, *near))
    if not (drills or joint):
        return []
    pairs = [(a, b) for a in sides.values() for b in sides.values() if a.code[:3] != b.code[:3]]
    return _added(events[0], pairs, COOPERATION, ontology, "joint parties: military cooperation")


def attacks_a_third(code: str, head: Token) -> bool:
    """"Russian and Syrian jets bombed rebel positions": fighting with an object of its own (even one
    naming no actor) is not the two sides fighting each other, as "clashed" would be."""
    return code[:2] == "19" and (any(o.lemma_.lower() not in FIGHT_NOUNS for o in objects(head)) or any(
        o is not None and (p.lower_ == "against" or p.lower_ in {"on", "at"} and o.pos_ != "PROPN" and not o.ent_type_
                           and o.lemma_.lower() not in SITE_WORDS) for p, o in preps(head)))


# "EU-brokered talks", "a Qatar-mediated truce": the broker of a joint act mediates between its parties
BROKER_MARKS = {"brokered", "mediated"}
MEDIATION = "045"


def brokered(events: list[Event], trigger: Token, head: Token, sent: Span, actors: DocumentActors,
             ontology: Ontology) -> list[Event]:
    """The 045 events from the broker a joint act's noun names to each of its parties, or []."""
    if not events or events[0].root not in {"03", "04", "05", "08"}:
        return []
    nouns = [t for t in dict.fromkeys([trigger, head, *objects(head), *(o for _, o in preps(head) if o is not None)])
             if t.pos_ == "NOUN"]
    brokers = [b for n in nouns for c in n.children if c.dep_ in {"amod", "compound", "npadvmod"}
               for b in author_mark(c, sent, actors, BROKER_MARKS)]
    if not brokers:
        return []
    broker = brokers[0]
    parties = {m.code: m for e in events for m in (e.source, e.target) if m.code[:3] != broker.code[:3]}
    return _added(events[0], [(broker, p) for p in parties.values()], MEDIATION, ontology, "broker named on the act")


# a joint operation's partners cooperate in the field of the forces that run it: police, courts and
# intelligence services on the law (063), soldiers militarily (062)
OPERATION_NOUNS = ("joint-operation", "joint-mission")
LAW_FORCES = {"COP", "JUD", "SPY"}


def joint_operations(events: list[Event], ontology: Ontology) -> list[Event]:
    """The sentence's events with each joint operation's 060 coded by the acting force and made
    mutual: "Dubai police arrested him in a joint operation with Dutch investigators" is judicial
    cooperation of each with the other."""
    have = {(e.source.code, e.code, e.target.code) for e in events}
    out: list[Event] = []
    for e in events:
        sector = e.source.code[3:6]
        code = "063" if sector in LAW_FORCES else COOPERATION if sector == "MIL" else None
        if e.code != "060" or code is None or not any(n in e.pattern for n in OPERATION_NOUNS):
            out.append(e)
            continue
        kind = ontology.get(code)
        for a, b in ((e.source, e.target), (e.target, e.source)):
            if (a.code, code, b.code) not in have:
                have.add((a.code, code, b.code))
                out.append(retyped(e, kind, source=a, target=b, pattern=f"{e.pattern} (a joint operation's partners)"))
    return out
