"""sequel_read_as_dep and noun_after_and_read_as_clause (nlp/sequels.py), reduced_relative_read_as_adverbial
(nlp/reduced.py), name_read_as_head_of_object and gerund_read_in_compound_noun (nlp/objects.py), to_infinitive_read_on_gerund
(nlp/infinitives.py) and the particle-with-an-object case of
off_after_noun (nlp/repairs.py) on trees of the shape the small model gave tuning sentences, rebuilt word by
word with words written for the test."""

from __future__ import annotations

import pytest

from detente.nlp.infinitives import to_infinitive_read_on_gerund
from detente.nlp.objects import gerund_read_in_compound_noun, name_read_as_head_of_object
from detente.nlp.reduced import reduced_relative_read_as_adverbial
from detente.nlp.repairs import off_after_noun
from detente.nlp.sequels import noun_after_and_read_as_clause, sequel_read_as_dep
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "Rebels bombed a base, then attacked troops.", with "attacked" an unlabelled dep of "bombed"
THEN_DEP = """
Rebels rebel NOUN NNS nsubj 1
bombed bomb VERB VBD ROOT 1
a a DET DT det 3
base base NOUN NN dobj 1
, , PUNCT , punct 1
then then ADV RB advmod 1
attacked attack VERB VBD dep 1
troops troop NOUN NNS dobj 6
. . PUNCT . punct 1
"""

# "Kyiv urged Moscow to free the sailors and two navy boats it had seized off Crimea.", "boats" a VBZ clause
BOATS_CLAUSE = """
Kyiv Kyiv PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
Moscow Moscow PROPN NNP dobj 1
to to PART TO aux 4
free free VERB VB xcomp 1
the the DET DT det 6
sailors sailor NOUN NNS dobj 4
and and CCONJ CC cc 6
two two NUM CD nummod 9
navy navy PROPN NNP compound 10
boats boat VERB VBZ ccomp 1
it it PRON PRP nsubj 13
had have AUX VBD aux 13
seized seize VERB VBN relcl 10
off off ADP RP prt 13
Crimea Crimea PROPN NNP pobj 14
. . PUNCT . punct 1
"""

# "Police moved against youths rioting in the suburbs.", "rioting" on the main verb
YOUTHS_RIOTING = """
Police police NOUN NNS nsubj 1
moved move VERB VBD ROOT 1
against against ADP IN prep 1
youths youth NOUN NNS pobj 2
rioting riot VERB VBG advcl 1
in in ADP IN prep 4
the the DET DT det 7
suburbs suburb NOUN NNS pobj 5
. . PUNCT . punct 1
"""

# "Manila called the patrols harassment.", "patrols harassment" one noun phrase
PATROLS_HARASSMENT = """
Manila Manila PROPN NNP nsubj 1
called call VERB VBD ROOT 1
the the DET DT det 4
patrols patrol NOUN NNS compound 4
harassment harassment NOUN NN oprd 1
. . PUNCT . punct 1
"""


def test_a_verb_after_then_is_a_conjunct(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(THEN_DEP, nlp.vocab)
    sequel_read_as_dep(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("conj", "bombed")
    assert doc[5].head.text == "attacked"


def test_a_verb_after_then_with_its_own_subject_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "…, then the army attacked troops" has a subject of its own
    rows = THEN_DEP.replace("then then ADV RB advmod 1", "army army NOUN NN nsubj 6")
    doc = _doc(rows.replace(", , PUNCT , punct 1", "then then ADV RB advmod 6"), nlp.vocab)
    sequel_read_as_dep(doc)
    assert doc[6].dep_ == "dep"


def test_a_noun_after_and_is_the_second_object(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(BOATS_CLAUSE, nlp.vocab)
    noun_after_and_read_as_clause(doc)
    assert (doc[10].dep_, doc[10].head.text) == ("conj", "sailors")
    assert (doc[10].pos_, doc[10].tag_, doc[10].lemma_) == ("NOUN", "NNS", "boat")


def test_a_verb_after_and_stays_a_verb(nlp):  # type: ignore[no-untyped-def]
    # guard: "… and (the) navy boards it" — a VBZ with no number or noun modifying it is a verb
    doc = _doc(BOATS_CLAUSE.replace("two two NUM CD nummod 9", "the the DET DT det 10")
               .replace("navy navy PROPN NNP compound 10", "navy navy PROPN NNP nsubj 10"), nlp.vocab)
    noun_after_and_read_as_clause(doc)
    assert doc[10].dep_ == "ccomp"


def test_a_particle_with_an_object_is_a_preposition(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(BOATS_CLAUSE, nlp.vocab)
    off_after_noun(doc)
    assert doc[14].dep_ == "prep"


def test_a_crowd_act_right_after_the_crowd_is_on_the_crowd(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(YOUTHS_RIOTING, nlp.vocab)
    reduced_relative_read_as_adverbial(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("acl", "youths")


def test_a_consequence_after_a_comma_stays_on_the_verb(nlp):  # type: ignore[no-untyped-def]
    # guard: "moved against the camp, killing …" is not said of the camp; nor is any participle outside the list
    doc = _doc(YOUTHS_RIOTING.replace("rioting riot VERB VBG advcl 1", "killing kill VERB VBG advcl 1"), nlp.vocab)
    reduced_relative_read_as_adverbial(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("advcl", "moved")


def test_a_plural_noun_before_a_name_given_is_the_object(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(PATROLS_HARASSMENT, nlp.vocab)
    name_read_as_head_of_object(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "called")
    assert (doc[4].dep_, doc[4].head.text) == ("oprd", "called")
    assert doc[2].head.text == "patrols"


def test_a_singular_compound_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "called the border crossing a lifeline": a singular noun may well modify the next one
    doc = _doc(PATROLS_HARASSMENT.replace("patrols patrol NOUN NNS", "border border NOUN NN"), nlp.vocab)
    name_read_as_head_of_object(doc)
    assert doc[3].dep_ == "compound"


# "Jets fired hundreds of warning shots at a plane.", with "warning" a gerund whose object is "shots"
WARNING_SHOTS = """
Jets jet NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
hundreds hundred NOUN NNS dobj 1
of of ADP IN prep 2
warning warn VERB VBG pcomp 3
shots shot NOUN NNS dobj 4
at at ADP IN prep 4
a a DET DT det 8
plane plane NOUN NN pobj 6
. . PUNCT . punct 1
"""


def test_a_gerund_of_a_fixed_compound_is_part_of_the_noun(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(WARNING_SHOTS, nlp.vocab)
    gerund_read_in_compound_noun(doc)
    warning, shots, at = doc[4], doc[5], doc[6]
    assert (warning.dep_, warning.head.i, warning.pos_) == ("compound", shots.i, "NOUN")
    assert (shots.dep_, shots.head.i) == ("pobj", 3)
    assert at.head.i == 1  # the aim is the firing's, as in "fired shots at a plane"


# "They urged Iran to stop executing protesters and to free journalists.", with "free" joined to "executing"
TO_ON_GERUND = """
They they PRON PRP nsubj 1
urged urge VERB VBD ROOT 1
Iran Iran PROPN NNP dobj 1
to to PART TO aux 4
stop stop VERB VB xcomp 1
executing execute VERB VBG xcomp 4
protesters protester NOUN NNS dobj 5
and and CCONJ CC cc 5
to to PART TO aux 9
free free VERB VB conj 5
journalists journalist NOUN NNS dobj 9
. . PUNCT . punct 1
"""


def test_a_to_infinitive_joined_to_a_gerund_belongs_to_the_infinitive_above(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(TO_ON_GERUND, nlp.vocab)
    to_infinitive_read_on_gerund(doc)
    assert (doc[9].dep_, doc[9].head.i) == ("conj", 4) and doc[7].head.i == 4
