"""An attack on a leader that the leader survives is an attempt on their life (CAMEO 185); an
official killed was assassinated (186).

"A writer shot and seriously wounded Prime Minister Robert Fico", "a gunman opened fire on Imran
Khan …, wounding the former prime minister": the verbs are those of any shooting (182, 193) or
killing (1823, "shot"), but aimed at a named office holder or politician who is not said to have died,
the act is the attempted assassination CAMEO codes as 185. This module re-types such events; the
pattern id keeps the verb's own pattern and says so.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.ontology import Ontology, retyped
from detente.model import Event

ATTEMPT = "185"
ASSASSINATION = "186"
# verbs of an attack on a person that need not kill, as an event's trigger spells them
ATTACKING = {"shoot", "shot", "wound", "injure", "stab", "open", "fire", "attack", "knife", "gun",
             "wounded", "stabbed", "opened", "fired", "attacked"}
# words that say the attack killed
DEATH = {"kill", "die", "dead", "death", "murder", "assassinate", "succumb", "fatally"}
LEADERS = {"GOV", "ELI", "OPP", "LEG"}


def attempts_on_leaders(events: list[Event], sent: Span, ontology: Ontology) -> list[Event]:
    """The sentence's events, with shootings and stabbings of a named leader who survived as 185."""
    if any((t.lemma_.lower() in DEATH or t.lower_ in DEATH) and not _attempted(t) for t in sent):
        # "the Russian ambassador was shot dead by an off-duty police officer": an official killed
        # was assassinated
        return [retyped(e, ontology.get(ASSASSINATION), pattern=f"{ASSASSINATION}:<official killed> ({e.pattern})",
                        extra={**e.extra, "pattern_origin": "coding/attempts.py"})
                if e.code == "1823" and e.target.code[3:6] == "GOV" and not e.negated else e for e in events]
    out: list[Event] = []
    for e in events:
        named = e.target.entry.startswith("people.yaml") or e.target.antecedent is not None
        # (small arms and blades, not missiles or tear gas; "opened fire on … at a rally" is 175 by its words)
        violent = e.code in {"180", "182", "1823", "193"} or e.code == "175" and e.trigger.lower() == "opened"
        if violent and e.code != ATTEMPT and e.target.code[3:6] in LEADERS and named and not e.negated and \
                e.trigger.lower() in ATTACKING:
            e = retyped(e, ontology.get(ATTEMPT),
                        pattern=f"{ATTEMPT}:<attack on a named leader who survived> ({e.pattern})",
                        extra={**e.extra, "pattern_origin": "coding/attempts.py"})
        out.append(e)
    return out


def _attempted(word: Token) -> bool:
    """"charged the suspect with attempted murder": a death only tried for."""
    return any(c.lower_ in {"attempted", "attempt"} for c in word.children) or (
        word.i > 0 and word.doc[word.i - 1].lower_ in {"attempted", "attempt"})
