"""An admission of one's own act is an event of its own (CAMEO 015, acknowledge responsibility).

"The Nigerian army acknowledged that one of its drones had mistakenly bombed a religious gathering",
"Tehran acknowledged that it had supplied Moscow with drones": the coder codes the admitted act on
its own verb; the admission itself is a statement to, or about, the act's target that analysts
count as a 015. It is derived here from the act, for acts of the admitter's own side only (an
admission that someone else acted is a report).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.modality import governing_chain, is_negated
from detente.coding.ontology import Ontology
from detente.coding.refusals import derived, tokens_by_start
from detente.coding.sources import opening_claim, subject_of
from detente.model import Event

ADMITTING_VERBS = {"admit", "acknowledge", "concede"}
ACKNOWLEDGE = "015"


def admitting_verb(act: Token) -> Token | None:
    """The admitting verb whose "that" clause holds ``act`` ("admitted that its drones had bombed")."""
    child = act
    for head in governing_chain(act)[1:4]:
        if child.dep_ == "ccomp" and head.lemma_.lower() in ADMITTING_VERBS:
            return head
        if child.dep_ not in {"conj", "xcomp", "ccomp", "advcl"}:  # "…, killing 85 civilians" is admitted too
            return None
        child = head
    return None


def admissions(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology) -> list[Event]:
    """015 events for the acts of a sentence that their own side admits."""
    tokens = tokens_by_start(sent)
    etype = ontology.get(ACKNOWLEDGE)
    out: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for e in events:
        act = tokens.get(e.trigger_start)
        verb = admitting_verb(act) if act is not None and e.root != "01" else None
        admitter = [m for m in subject_of(verb, sent, actors) if m.code[:3] == e.source.code[:3]] if verb else []
        if verb is None or not admitter or is_negated(verb) or e.target.code[:3] == e.source.code[:3] and \
                e.target.code[3:6] not in {"CVL", "OPP", "REB"}:
            continue  # "denied that its troops fired": no admission; one's own state is no one it wronged
        if (admitter[0].code, e.target.code) in seen:
            continue
        seen.add((admitter[0].code, e.target.code))
        out.append(derived(e, etype, verb, sent, f"{etype.code}:admit that <own side's act: {e.pattern}> (admission)",
                           source=admitter[0]))
    return out + opening_claims(events, sent, actors, ontology)


def opening_claims(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology) -> list[Event]:
    """"Claimed by the PKK, the suicide bombing … wounded two police officers": the claim is an
    admission (015) by the claimant to whom the attack hit."""
    tokens = tokens_by_start(sent)
    etype = ontology.get(ACKNOWLEDGE)
    out: list[Event] = []
    for e in (e for e in events if e.root in {"18", "19", "20"} and e.factual):
        act = tokens.get(e.trigger_start)
        if act is None:
            continue
        # the attack noun: the trigger itself, the weapon that is the verb's subject, or the noun a
        # relative clause ("the bombing that killed …") hangs on
        if act.lemma_.lower() == "claim" and act.dep_ == "advcl":  # the opening "Claimed by …" read as the act
            act = act.head
        nouns = [act] if act.pos_ == "NOUN" else [c for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}] + (
            [act.head] if act.dep_ == "relcl" else [])
        for noun in nouns:
            agent = opening_claim(noun)
            if agent is None:
                continue
            claimant = [m for m in actors.resolve(agent, sent) if m.code[:3] != e.target.code[:3] or
                        e.target.code[3:6] in {"CVL", "GOV", "COP", "MIL"}]
            if claimant and claimant[0].code != e.target.code:
                out.append(derived(e, etype, agent.head.head, sent, f"{etype.code}:claimed by <attacker of: {e.pattern}> "
                                   "(claim of responsibility)", source=claimant[0]))
                break
    return out
