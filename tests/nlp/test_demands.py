"""subjunctive_read_in_name (nlp/demands.py) on a tree of the shape the small model gave a tuning sentence,
rebuilt word by word with words written for the test."""

from __future__ import annotations

import pytest

from detente.nlp.demands import subjunctive_read_in_name
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "Rama demanded on Monday that Prosecutor Lina Marek resign, citing a scandal.": the model makes
# "resign" a noun headed on by the name, with "that" as its determiner
RESIGN_AS_NOUN = """
Rama Rama PROPN NNP nsubj 1
demanded demand VERB VBD ROOT 1
on on ADP IN prep 1
Monday Monday PROPN NNP pobj 2
that that SCONJ IN det 8
Prosecutor Prosecutor PROPN NNP compound 7
Lina Lina PROPN NNP compound 7
Marek Marek PROPN NNP compound 8
resign resign NOUN NN dobj 1
, , PUNCT , punct 1
citing cite VERB VBG advcl 1
a a DET DT det 12
scandal scandal NOUN NN dobj 10
. . PUNCT . punct 1
"""


def test_a_demanded_clause_ending_on_its_bare_verb(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(RESIGN_AS_NOUN, nlp.vocab)
    subjunctive_read_in_name(doc)
    resign, marek, that = doc[8], doc[7], doc[4]
    assert (resign.pos_, resign.dep_, resign.head.i) == ("VERB", "ccomp", 1)
    assert (marek.dep_, marek.head.i) == ("nsubj", 8) and (that.dep_, that.head.i) == ("mark", 8)
    assert doc[5].head.i == 7 and doc[6].head.i == 7  # the name's own words stay on the name
    assert doc[10].head.i == 1  # the participle stays the demander's


def test_a_noun_that_is_no_intransitive_verb_stays_a_noun(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(RESIGN_AS_NOUN.replace("resign resign NOUN", "testimony testimony NOUN"), nlp.vocab)
    subjunctive_read_in_name(doc)
    assert (doc[8].pos_, doc[8].dep_) == ("NOUN", "dobj")
