"""acronym_read_as_verb (nlp/subjects.py) on the tree the small model gave a tuning sentence of this shape,
rebuilt word by word with words written for the test; and deadline_read_as_adverb's new shape."""

from __future__ import annotations

import pytest

from detente.nlp.coordination import deadline_read_as_adverb
from detente.nlp.subjects import acronym_read_as_verb
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "SADC leaders meeting in Maputo gave Lesotho's army one week on Sunday to restore order."
MISREAD = """
SADC sadc VERB VB advcl 5
leaders leader NOUN NNS dobj 0
meeting meet VERB VBG dobj 0
in in ADP IN prep 2
Maputo Maputo PROPN NNP pobj 3
gave give VERB VBD ROOT 5
Lesotho Lesotho PROPN NNP poss 8
's 's PART POS case 6
army army NOUN NN dobj 5
one one NUM CD nummod 10
week week NOUN NN npadvmod 5
on on ADP IN prep 5
Sunday Sunday PROPN NNP pobj 11
to to PART TO aux 14
restore restore VERB VB advcl 5
order order NOUN NN dobj 14
. . PUNCT . punct 5
"""


def test_an_acronym_read_as_a_verb_is_the_first_word_of_the_subject(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(MISREAD, nlp.vocab)
    acronym_read_as_verb(doc)
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.text) == ("PROPN", "compound", "leaders")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "gave")
    assert (doc[2].dep_, doc[2].head.text) == ("acl", "leaders")


def test_a_deadline_before_an_infinitive_on_the_verb_is_the_second_object(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(MISREAD, nlp.vocab)
    deadline_read_as_adverb(doc)
    assert doc[8].dep_ == "dative" and doc[10].dep_ == "dobj"


def test_an_ordinary_first_verb_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: a lower-case verb opening the sentence is a verb
    doc = _doc(MISREAD.replace("SADC sadc", "Summon summon"), nlp.vocab)
    before = [(t.head.i, t.dep_) for t in doc]
    acronym_read_as_verb(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before
