"""The summary-noun repair (nlp/summaries.py): ", a step Director General X condemned as …" read as a
noun with a relative clause whose subject is the long name. Sentences written for the tests; the
misparses are rebuilt word by word as the small model gave them on tuning sentences of that shape, so
the repair is tested on the exact tree it meets whatever the model does with these words."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.nlp.summaries import summary_relative_by_position
from tests.conftest import triples

pytestmark = pytest.mark.slow


def _doc(rows: str, vocab: Vocab) -> Doc:
    """A parsed Doc from lines "word lemma POS TAG dep head-index"."""
    cols = [r.split() for r in rows.strip().splitlines()]
    return Doc(vocab, words=[c[0] for c in cols], lemmas=[c[1] for c in cols], pos=[c[2] for c in cols],
               tags=[c[3] for c in cols], deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols])


# "Beijing withdrew the permits on Saturday, a step Foreign Secretary Enrique Manalo condemned as illegal.",
# with "step" read as part of the name and "condemned" as a second main verb
FOLDED = """
Beijing Beijing PROPN NNP nsubj 1
withdrew withdraw VERB VBD ROOT 1
the the DET DT det 3
permits permit NOUN NNS dobj 1
on on ADP IN prep 1
Saturday Saturday PROPN NNP pobj 4
, , PUNCT , punct 1
a a DET DT det 8
step step NOUN NN compound 12
Foreign Foreign PROPN NNP compound 10
Secretary Secretary PROPN NNP compound 12
Enrique Enrique PROPN NNP compound 12
Manalo Manalo PROPN NNP nsubj 13
condemned condemn VERB VBD conj 1
as as ADP IN prep 13
illegal illegal ADJ JJ amod 14
. . PUNCT . punct 1
"""

# "Riot police detained 300 people overnight, a crackdown Josep Borrell condemned as brutal.", with
# "condemned" read as the root and the act it judges as its complement
ROOTED = """
Riot riot NOUN NN compound 1
police police NOUN NNS nsubj 2
detained detain VERB VBD ccomp 10
300 300 NUM CD nummod 4
people people NOUN NNS dobj 2
overnight overnight ADV RB advmod 2
, , PUNCT , punct 10
a a DET DT det 9
crackdown crackdown NOUN NN amod 9
Borrell Borrell PROPN NNP nsubj 10
condemned condemn VERB VBD ROOT 10
as as ADP IN prep 10
brutal brutal ADJ JJ amod 11
. . PUNCT . punct 10
"""


def test_a_long_name_after_a_summary_noun_is_the_judging_clause_subject(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(FOLDED, nlp.vocab)
    summary_relative_by_position(doc)
    step, condemned = doc[8], doc[13]
    assert (condemned.dep_, condemned.head.i) == ("relcl", step.i)
    assert (step.dep_, step.head.text) == ("npadvmod", "withdrew")
    assert [c.text for c in condemned.children if c.dep_ == "nsubj"] == ["Manalo"]


def test_the_judging_verb_read_as_root_gives_the_root_back(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(ROOTED, nlp.vocab)
    summary_relative_by_position(doc)
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["detained"]
    assert (doc[10].dep_, doc[10].head.text) == ("relcl", "crackdown")
    assert doc[8].head.text == "detained" and doc[9].head.text == "condemned"


def test_a_verb_that_judges_nothing_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "a crackdown Borrell said killed two": no judging verb after the name
    doc = _doc(ROOTED.replace("condemned condemn", "reported report"), nlp.vocab)
    before = [(t.head.i, t.dep_) for t in doc]
    summary_relative_by_position(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_a_judgment_after_a_summary_noun_targets_the_act_s_author(code_text):  # type: ignore[no-untyped-def]
    # the model reads "called" as a clause on "move" without a relative reading
    evs = code_text("In an escalating tariff dispute, the Canadian finance ministry imposed duties on Chinese "
                    "electric vehicles on Monday, a move Beijing's commerce ministry called protectionist, "
                    "vowing to respond.", "2024-08-27")
    assert ("CHNGOV", "111", "CANGOV") in triples(evs)
