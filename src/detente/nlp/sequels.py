"""Repair of a second act told in sequence (", then opened fire on troops …").

The small English model often hangs a finite verb that follows ", then" on the first verb as an
unlabelled ``dep``, so the second act seems to have no subject and no share in the first one's.
Read as the writer meant it, it is a conjunct: the same subject did one thing, then another.
"""

from __future__ import annotations

from spacy.tokens import Doc

FINITE = {"VBD", "VBZ", "VBP"}


def sequel_read_as_dep(doc: Doc) -> None:
    """"FARC dissidents detonated a car bomb …, then opened fire on troops": "opened" is a conjunct
    of "detonated", and "then" its own adverb."""
    for verb in doc:
        first = verb.head
        if verb.dep_ != "dep" or verb.tag_ not in FINITE or first.i >= verb.i or first.pos_ != "VERB" or \
                verb.i < 2 or doc[verb.i - 1].lower_ != "then" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        then = doc[verb.i - 1]
        verb.dep_ = "conj"
        if then.head.i == first.i:
            then.head = verb
