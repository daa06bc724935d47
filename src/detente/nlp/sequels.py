"""Repairs of the second member of a sequence: an act told after ", then", a noun after "and".

The small English model often hangs a finite verb that follows ", then" on the first verb as an
unlabelled ``dep``, so the second act seems to have no subject and no share in the first one's.
Read as the writer meant it, it is a conjunct: the same subject did one thing, then another. Likewise
a noun after "and" that the model makes a clause of its own ("free the 24 sailors and three navy
boats its coast guard had seized") is the second of two objects.
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


def noun_after_and_read_as_clause(doc: Doc) -> None:
    """"free the 24 sailors and three navy boats its coast guard had seized": "boats" is a conjunct
    of "sailors" (the model makes it a clausal complement of the verb above)."""
    for noun in doc:
        # (the model may even tag it a verb, "boats" as VBZ, though a number or noun modifies it)
        verb_read = noun.tag_ == "VBZ" and any(c.dep_ in {"compound", "nummod"} for c in noun.children)
        if noun.dep_ != "ccomp" or not (noun.pos_ == "NOUN" or verb_read) or any(
                c.dep_ in {"nsubj", "aux", "cop", "dobj"} for c in noun.children):
            continue
        start = noun.left_edge.i
        if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 1].dep_ != "cc":
            continue
        first = doc[start - 1].head
        # (the "and" hangs on the first noun, whose phrase ends right there)
        if first.pos_ in {"NOUN", "PROPN"} and first.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and \
                first.right_edge.i in {start - 2, start - 1}:
            noun.head, noun.dep_ = first, "conj"
            if verb_read:
                noun.pos_, noun.tag_, noun.lemma_ = "NOUN", "NNS", _singular(noun.lower_)


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith("es") and plural[:-2].endswith(("s", "x", "ch", "sh")):
        return plural[:-2]
    return plural[:-1]
