"""Repairs of absolute "with" phrases ("…, with US envoy David Schenker mediating").

The small English model reads "Schenker mediating" as one noun phrase whose head is "mediating", so
the named mediator becomes a mere modifier and "with" seems to name a partner of the main verb ("held
talks … with Schenker"). In an absolute phrase the name is the object of "with" and the participle
says what that party did meanwhile.
"""

from __future__ import annotations

from spacy.tokens import Doc

# participles that say what a third party did while others acted
ABSOLUTE_PARTICIPLES = {"mediating": "mediate", "brokering": "broker", "facilitating": "facilitate",
                        "hosting": "host", "chairing": "chair", "presiding": "preside", "observing": "observe",
                        "attending": "attend", "watching": "watch", "looking": "look", "assisting": "assist"}


def absolute_participle_read_as_noun(doc: Doc) -> None:
    """"with US envoy David Schenker mediating": the name before the participle is the object of
    "with", and the participle a clause on it."""
    for part in doc:
        if part.dep_ != "pobj" or part.head.lower_ != "with" or part.lower_ not in ABSOLUTE_PARTICIPLES or \
                part.i == 0 or doc[part.i - 1].pos_ != "PROPN" or doc[part.i - 1].head.i != part.i:
            continue
        name = doc[part.i - 1]
        name.head, name.dep_ = part.head, "pobj"
        part.head, part.dep_ = name, "acl"
        part.pos_, part.tag_, part.lemma_ = "VERB", "VBG", ABSOLUTE_PARTICIPLES[part.lower_]
