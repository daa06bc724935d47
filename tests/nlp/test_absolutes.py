"""absolute_participle_read_as_noun (nlp/absolutes.py), participle_after_aside_read_on_main_verb (nlp/asides.py),
whose_object_read_as_subject and named_object_read_as_clause (nlp/objects.py), second_content_clause_read_on_inner_verb
(nlp/infinitives.py) and title_read_as_second_subject (nlp/names.py) on trees of the shape the small model gave tuning
sentences, rebuilt word by word with words written for the test."""

from __future__ import annotations

import pytest

from detente.nlp.absolutes import absolute_participle_read_as_noun
from detente.nlp.asides import participle_after_aside_read_on_main_verb
from detente.nlp.infinitives import second_content_clause_read_on_inner_verb
from detente.nlp.names import title_read_as_second_subject
from detente.nlp.objects import named_object_read_as_clause, whose_object_read_as_subject
from tests.nlp.test_summaries import _doc

pytestmark = pytest.mark.slow

# "Both sides met in Oslo, with envoy Erik Solheim mediating.", with "mediating" read as the noun
WITH_MEDIATING = """
Both both DET DT det 1
sides side NOUN NNS nsubj 2
met meet VERB VBD ROOT 2
in in ADP IN prep 2
Oslo Oslo PROPN NNP pobj 3
, , PUNCT , punct 2
with with ADP IN prep 2
envoy envoy NOUN NN compound 9
Erik Erik PROPN NNP compound 9
Solheim Solheim PROPN NNP compound 10
mediating mediating NOUN NN pobj 6
. . PUNCT . punct 2
"""

# "He said that Oslo had agreed to train the army and that he would visit.", the second clause on "train"
SECOND_CLAUSE = """
He he PRON PRP nsubj 1
said say VERB VBD ROOT 1
that that SCONJ IN mark 5
Oslo Oslo PROPN NNP nsubj 5
had have AUX VBD aux 5
agreed agree VERB VBN ccomp 1
to to PART TO aux 7
train train VERB VB xcomp 5
the the DET DT det 9
army army NOUN NN dobj 7
and and CCONJ CC cc 7
that that SCONJ IN mark 14
he he PRON PRP nsubj 14
would would AUX MD aux 14
visit visit VERB VB conj 7
. . PUNCT . punct 1
"""


def test_the_name_before_an_absolute_participle_is_the_object_of_with(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(WITH_MEDIATING, nlp.vocab)
    absolute_participle_read_as_noun(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("pobj", "with")
    assert (doc[10].dep_, doc[10].head.text, doc[10].lemma_) == ("acl", "Solheim", "mediate")


def test_a_common_noun_before_ing_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "with the fighting" has no party before the -ing word
    doc = _doc(WITH_MEDIATING.replace("Solheim Solheim PROPN NNP", "staff staff NOUN NN"), nlp.vocab)
    absolute_participle_read_as_noun(doc)
    assert (doc[10].dep_, doc[10].head.text) == ("pobj", "with")


def test_a_second_that_clause_joins_the_first(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(SECOND_CLAUSE, nlp.vocab)
    second_content_clause_read_on_inner_verb(doc)
    assert (doc[14].dep_, doc[14].head.text) == ("conj", "agreed")
    assert doc[10].head.text == "agreed"


def test_a_conjunct_without_that_stays_on_the_infinitive(nlp):  # type: ignore[no-untyped-def]
    # guard: "to train the army and (to) equip it" shares the infinitive
    doc = _doc(SECOND_CLAUSE.replace("that that SCONJ IN mark 14", "then then ADV RB advmod 14"), nlp.vocab)
    second_content_clause_read_on_inner_verb(doc)
    assert doc[14].head.text == "train"


# "Troops clashed , the army said , accusing rebels .", with "accusing" hung on "clashed"
ASIDE = """
Troops troop NOUN NNS nsubj 1
clashed clash VERB VBD ROOT 1
, , PUNCT , punct 5
the the DET DT det 4
army army NOUN NN nsubj 5
said say VERB VBD parataxis 1
, , PUNCT , punct 5
accusing accuse VERB VBG advcl 1
rebels rebel NOUN NNS dobj 7
. . PUNCT . punct 1
"""


def test_a_participle_after_an_inserted_report_is_the_reporters(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(ASIDE, nlp.vocab)
    participle_after_aside_read_on_main_verb(doc)
    assert doc[7].head.text == "said"


def test_a_participle_of_doing_after_a_report_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: "…, the army said, killing ten" reports what the troops did
    doc = _doc(ASIDE.replace("accusing accuse", "killing kill"), nlp.vocab)
    participle_after_aside_read_on_main_verb(doc)
    assert doc[7].head.text == "clashed"


# "fishermen whose boat the coast guard seized", with "whose boat" the subject and "guard" its object
WHOSE = """
fishermen fisherman NOUN NNS ROOT 0
whose whose DET WP$ poss 2
boat boat NOUN NN nsubj 6
the the DET DT det 5
coast coast NOUN NN compound 5
guard guard NOUN NN dobj 2
seized seize VERB VBD relcl 0
. . PUNCT . punct 0
"""


def test_whose_object_is_what_the_relative_clause_acts_on(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(WHOSE, nlp.vocab)
    whose_object_read_as_subject(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "seized")
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "seized")


# "fishermen whose boat the storm drove onto rocks", read with "the storm" under "boat" and "rocks" the verb's object
WHOSE_WITH_OBJECT = """
fishermen fisherman NOUN NNS ROOT 0
whose whose DET WP$ poss 2
boat boat NOUN NN nsubj 5
the the DET DT det 4
storm storm NOUN NN dobj 2
drove drive VERB VBD relcl 0
rocks rock NOUN NNS dobj 5
. . PUNCT . punct 0
"""


def test_whose_subject_of_a_verb_with_its_own_object_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: the verb already has an object, so "whose boat" may well be its subject
    doc = _doc(WHOSE_WITH_OBJECT, nlp.vocab)
    whose_object_read_as_subject(doc)
    assert (doc[2].dep_, doc[4].head.text) == ("nsubj", "boat")


# "calling the transit ban an act of war", with "ban" read as a verb whose object is "act"
NAMED_BAN = """
calling call VERB VBG ROOT 0
the the DET DT det 2
transit transit NOUN NN dobj 0
ban ban VERB VB oprd 0
an an DET DT det 5
act act NOUN NN dobj 3
of of ADP IN prep 5
war war NOUN NN pobj 6
"""


def test_a_noun_that_can_be_a_verb_after_the_named_object_joins_it(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(NAMED_BAN, nlp.vocab)
    named_object_read_as_clause(doc)
    assert (doc[3].dep_, doc[3].head.text, doc[3].pos_) == ("dobj", "calling", "NOUN")
    assert (doc[2].dep_, doc[2].head.text) == ("compound", "ban")
    assert (doc[5].dep_, doc[5].head.text) == ("oprd", "calling")


def test_a_verb_of_doing_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: only verbs that name their object ("call", "label" …) take a name after it
    doc = _doc(NAMED_BAN.replace("calling call VERB VBG", "making make VERB VBG"), nlp.vocab)
    named_object_read_as_clause(doc)
    assert doc[3].dep_ == "oprd" and doc[2].dep_ == "dobj"


# "Kenya's defeated candidate Raila Odinga filed a petition", with "candidate" and "Odinga" both subjects
TWO_SUBJECTS = """
Kenya Kenya PROPN NNP poss 3
's 's PART POS case 0
defeated defeat VERB VBN amod 3
candidate candidate NOUN NN nsubj 6
Raila Raila PROPN NNP compound 5
Odinga Odinga PROPN NNP nsubj 6
filed file VERB VBD ROOT 6
a a DET DT det 8
petition petition NOUN NN dobj 6
"""


def test_a_role_noun_before_a_name_subject_is_its_title(nlp):  # type: ignore[no-untyped-def]
    doc = _doc(TWO_SUBJECTS, nlp.vocab)
    title_read_as_second_subject(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("compound", "Odinga")


def test_a_noun_subject_apart_from_the_name_is_left_alone(nlp):  # type: ignore[no-untyped-def]
    # guard: the name must follow the noun directly ("the candidate, Odinga," is another shape)
    doc = _doc(TWO_SUBJECTS.replace("Raila Raila PROPN NNP compound 5", ", , PUNCT , punct 3"), nlp.vocab)
    title_read_as_second_subject(doc)
    assert doc[3].dep_ == "nsubj"
