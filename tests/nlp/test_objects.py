"""recipient_read_as_modifier_of_deadline (nlp/objects.py) on the tree the small model gave a tuning sentence
of this shape, rebuilt word by word with words written for the test."""

from __future__ import annotations

import pytest

from detente.nlp.objects import recipient_read_as_modifier_of_deadline
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "ECOWAS gave Guinea's junta 30 days to free President Alpha Conde." ("junta" read as a modifier of "days")
MISREAD = """
ECOWAS ECOWAS PROPN NNP nsubj 1
gave give VERB VBD ROOT 1
Guinea Guinea PROPN NNP poss 6
's 's PART POS case 2
junta junta NOUN NN nmod 6
30 30 NUM CD nummod 6
days day NOUN NNS dobj 1
to to PART TO aux 8
free free VERB VB advcl 1
President President PROPN NNP compound 11
Alpha Alpha PROPN NNP compound 11
Conde Conde PROPN NNP dobj 8
. . PUNCT . punct 1
"""


def test_the_one_given_a_deadline_is_the_first_object(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(MISREAD, nlp.vocab)
    recipient_read_as_modifier_of_deadline(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("dative", "gave")
    assert doc[2].head.text == "junta"  # "Guinea's" goes with the junta
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "gave")


def test_a_deadline_with_its_own_recipient_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "gave the new junta 30 days …", read right, already has its first object
    doc = _doc(MISREAD.replace("Guinea Guinea PROPN NNP poss 6", "the the DET DT det 4")
               .replace("'s 's PART POS case 2", "new new ADJ JJ amod 4")
               .replace("junta junta NOUN NN nmod 6", "junta junta NOUN NN dative 1"), nlp.vocab)
    before = [(t.head.i, t.dep_) for t in doc]
    recipient_read_as_modifier_of_deadline(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before
