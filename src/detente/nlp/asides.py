"""Repairs of a participle that follows a parenthetical report ("…, Sudan's army said, accusing …").

"Sudanese and Ethiopian troops clashed on Tuesday, Sudan's army said, accusing Ethiopian forces of
shelling its positions": the model hangs the participle on the main verb, so the accusation seems made
by both sides that clashed. A participle of saying right after the inserted "X said," continues what
X said: it is X's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.vocabulary import COMMENTING_PARTICIPLES

REPORTING = {"say", "tell", "announce", "report", "state", "add", "claim"}


def participle_after_aside_read_on_main_verb(doc: Doc) -> None:
    """"…, the army said, accusing X of …": the participle is the reporting verb's adverbial clause."""
    for part in doc:
        if part.dep_ != "advcl" or part.tag_ != "VBG" or part.lemma_.lower() not in COMMENTING_PARTICIPLES or \
                part.i < 2 or doc[part.i - 1].text != ",":
            continue
        said = doc[part.i - 2]
        if said.dep_ == "parataxis" and said.lemma_.lower() in REPORTING and said.head.i == part.head.i and any(
                c.dep_ == "nsubj" for c in said.children):
            part.head = said
