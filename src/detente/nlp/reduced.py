"""Repair of a reduced relative read as an adverbial clause ("… against youths rioting over …").

A present participle right after a plural noun, with no comma between, describes that noun: "police
deployed against youths rioting for a fourth night" tells who rioted. The small English model often
hangs the participle on the main verb instead, which makes the main clause's subject the rioter.
Only participles of acts a crowd does are re-read, since "fired on the crowd killing five" may still
mean the shooting killed them.
"""

from __future__ import annotations

from spacy.tokens import Doc

CROWD_ACTS = {"rioting", "protesting", "demonstrating", "marching", "rallying", "chanting", "looting", "hurling",
              "throwing", "blocking", "occupying", "demanding", "fleeing", "striking", "picketing", "camping"}


def reduced_relative_read_as_adverbial(doc: Doc) -> None:
    """"deployed 45,000 police against youths rioting for a fourth night": "rioting" is on "youths"."""
    for part in doc:
        if part.i == 0 or part.dep_ != "advcl" or part.lower_ not in CROWD_ACTS or part.head.i > part.i:
            continue
        crowd = doc[part.i - 1]
        if crowd.tag_ != "NNS" or crowd.dep_ not in {"pobj", "dobj"} or crowd.i <= part.head.i or any(
                c.dep_ in {"mark", "nsubj"} for c in part.children):
            continue
        part.head, part.dep_ = crowd, "acl"
