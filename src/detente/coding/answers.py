"""What an act answers: the party of a condition or cause clause ("if Pyongyang went ahead", "as
China launched drills") and of an "after"/"following" phrase ("after the clash with Indian troops").

Threats and shows of force are aimed at whoever did what they answer; split from
:mod:`detente.coding.phrases`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.arguments import preps
from detente.coding.phrases import as_actor, as_target
from detente.model import Mention

CONDITION_MARKS = {"if", "unless", "after", "because", "once", "should"}
# a show of force answers what the other side does meanwhile: "as China launched drills"
ANSWERED_MARKS = CONDITION_MARKS | {"as", "when", "while"}


def condition_actor(*verbs: Token, sent: Span, actors: DocumentActors,
                    marks: frozenset[str] | set[str] = CONDITION_MARKS) -> list[Mention]:
    """The subject of a condition or cause clause on the verbs ("if Pyongyang went ahead", "after
    North Korean artillery shelled …"): the party a threat or a show of force answers."""
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in marks and not (
                    c.i > 0 and c.doc[c.i - 1].lower_ == "even") for c in clause.children):
                continue  # "even as Washington accuses Phnom Penh": a contrast, not what is answered
            for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                # "as a North Korean missile flew over Hokkaido": a thing named by its country
                found = as_actor(subj, sent, actors) or as_target(subj, sent, actors)
                if found:
                    return found
    return []


def answered_event(*verbs: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The other party of an act named in an "after"/"following"/"amid" phrase on the verbs
    ("after the clash with Indian troops", "following North Korea's nuclear test")."""
    for verb in verbs:
        for prep, event in preps(verb):
            if event is None or prep.lower_ not in {"after", "following", "amid", "over"}:
                continue
            inner = [o for p, o in preps(event) if o is not None and p.lower_ in {"with", "by", "from"}]
            for tok in [event, *inner]:
                found = [m for m in as_target(tok, sent, actors) if m.code[:3] not in own]
                if found:
                    return found
    return []


# "despite appeals from X", "following mediation by X": an adjunct naming what the clause answers
ANSWERING_PREPS = {"despite", "after", "following", "amid", "under", "defying"}


def answered_clause(noun: Token) -> Token | None:
    """The verb of the clause an appeal, pressure or mediation in an adjunct is answered by."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ANSWERING_PREPS and noun.head.head.pos_ in {"VERB", "AUX"}:
        return noun.head.head
    return None
