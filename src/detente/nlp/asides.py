"""Repairs of a participle that follows a parenthetical report ("…, Sudan's army said, accusing …").

"Sudanese and Ethiopian troops clashed on Tuesday, Sudan's army said, accusing Ethiopian forces of
shelling its positions": the model hangs the participle on the main verb, so the accusation seems made
by both sides that clashed. A participle of saying right after the inserted "X said," continues what
X said: it is X's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.vocabulary import COMMENTING_PARTICIPLES
from detente.nlp.clauses import commenting_participle

# the verbs of an inserted attribution (", the army said,"), fewer than a clause may report with
ASIDE_VERBS = {"say", "tell", "announce", "report", "state", "add", "claim"}


def participle_after_aside_read_on_main_verb(doc: Doc) -> None:
    """"…, the army said, accusing X of …": the participle is the reporting verb's adverbial clause."""
    for part in doc:
        if not commenting_participle(part, words=COMMENTING_PARTICIPLES) or part.i < 2:
            continue
        said = doc[part.i - 2]
        if said.dep_ == "parataxis" and said.lemma_.lower() in ASIDE_VERBS and said.head.i == part.head.i and any(
                c.dep_ == "nsubj" for c in said.children):
            part.head = said
