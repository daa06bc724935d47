"""Whose act a judgment answers.

News reports a reaction to an act by naming the act, not its author: "Nicaragua broke off relations
with Taiwan, and Washington criticised the decision"; "a Russian court sentenced him to 20 years, a
verdict Kyiv denounced"; "UN members demanded a withdrawal, and Moscow's envoy denounced the
resolution". The judged act's author is the target: whoever the act's own phrase names ("Japan's
decision"), else the actor of the clause that reported the act earlier in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import objects
from detente.coding.sources import JUDGING_VERBS, nominal_source, subject_of
from detente.model import Mention

# roots whose target may be the author of a judged act: comment, praise, criticism, rejection
JUDGING_ROOTS = {"01", "05", "11", "12"}
# nouns that stand for an act just reported
JUDGED_ACTS = {"move", "decision", "resolution", "step", "ruling", "verdict", "measure", "action", "act", "plan",
               "policy", "law", "bill", "order", "sanction", "ban", "announcement", "statement", "remark",
               "comment", "deal", "agreement", "expulsion", "deportation", "arrest", "sentence", "conviction",
               "strike", "attack", "raid", "incursion", "annexation", "test", "launch", "visit", "trip", "tariff",
               "duty", "deployment", "operation", "offensive", "decree", "crackdown", "execution", "seizure",
               "detention", "closure", "suspension", "withdrawal", "killing", "shooting", "bombing", "veto",
               "recognition", "declaration", "determination", "designation", "finding", "report", "vote",
               "referendum", "blockade", "restriction", "embargo", "boycott"}
# verbs that only report or judge: an earlier clause with one of these reported no act of its own
NOT_ACTS = JUDGING_VERBS | {"say", "tell", "add", "note", "state", "announce", "report", "confirm", "claim",
                            "call", "describe", "term", "brand", "welcome", "reject", "criticize", "criticise"}


def judged_act(verb: Token) -> Token | None:
    """The act a judging verb is about: its object ("criticised the decision"), or the noun its zero
    relative clause hangs on ("a verdict Kyiv denounced")."""
    for obj in objects(verb):
        if obj.lemma_.lower() in JUDGED_ACTS:
            return obj
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in JUDGED_ACTS and not any(
            c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return verb.head
    return None


def judged_author(verb: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The author of the act ``verb`` judges, or [] when the sentence does not say."""
    act = judged_act(verb)
    if act is None:
        return []
    named = [m for m in nominal_source(act, sent, actors) if m.code[:3] not in own]
    if named:
        return named
    for earlier in reversed([t for t in sent if t.i < min(act.i, verb.i)]):
        if earlier.pos_ not in {"VERB", "AUX"} or earlier.dep_ not in {"ROOT", "conj"}:
            continue
        if earlier.lemma_.lower() in NOT_ACTS:
            return []  # "X condemned the strike, and Y also criticised the decision": not X's act
        doers = [m for m in subject_of(earlier, sent, actors) if m.code[:3] not in own]
        if doers:
            return doers
    return []
