"""bare_conjunct_read_on_participle (nlp/infinitives.py) on trees of the shape the small model gave a tuning
sentence, rebuilt word by word with words written for the test; and joined_lemma (nlp/lemmas.py)."""

from __future__ import annotations

import pytest

from detente.nlp.infinitives import bare_conjunct_read_on_participle
from detente.nlp.lemmas import joined_lemma
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "The raid prompted Thabane to flee and accuse the army.", with "accuse" joined to "prompted"
MISREAD = """
The the DET DT det 1
raid raid NOUN NN nsubj 2
prompted prompt VERB VBD ROOT 2
Thabane Thabane PROPN NNP dobj 2
to to PART TO aux 5
flee flee VERB VB xcomp 2
and and CCONJ CC cc 2
accuse accuse VERB VB conj 2
the the DET DT det 9
army army NOUN NN dobj 7
. . PUNCT . punct 2
"""


def test_a_bare_verb_joined_to_a_finite_verb_is_the_infinitives_conjunct(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(MISREAD, nlp.vocab)
    bare_conjunct_read_on_participle(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "flee")
    assert doc[6].head.text == "flee"


def test_a_finite_second_verb_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "prompted Thabane to flee and accused the army" joins two finite verbs
    doc = _doc(MISREAD.replace("accuse accuse VERB VB", "accused accuse VERB VBD"), nlp.vocab)
    bare_conjunct_read_on_participle(doc)
    assert doc[7].head.text == "prompted"


def test_a_hyphenated_word_split_by_the_tokenizer_is_read_whole(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Police broke up a sit-in near the ministry.")
    sit_in = next(t for t in doc if t.text == "in" and t.dep_ != "prep")
    assert joined_lemma(sit_in) == "sit-in"
    assert joined_lemma(doc[0]) == "police"
