"""Repairs of systematic misparses by the small English model, run as a spaCy component.

Each repair is one small function with the sentence shape it fixes; it only rewires heads and
labels the model got wrong in a recognisable way, so the grammar downstream sees the clause
structure a careful reader sees.  The component is registered by name (``detente_repairs``) and
added at the end of the pipeline by :func:`add_repairs`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.nlp.absolutes import absolute_participle_read_as_noun
from detente.nlp.asides import participle_after_aside_read_on_main_verb
from detente.nlp.clauses import (demanded_clause, demanded_verb_read_as_adjective, make_clause_verb,
                                 place_read_on_naming_verb,
                                 description_read_as_object, description_run_into_next_clause,
                                 infinitive_complement, mediated_meeting_read_as_clause, occasion_read_in_condition,
                                 participle_after_complement, participle_after_relative, participle_read_as_name,
                                 reported_subject, result_participle_read_on_description)
from detente.nlp.coordination import (conjunct_read_as_modifier, list_after_among_them, list_item_read_as_apposition,
                                      participle_read_as_conjunct, possessed_subject_read_as_object, modifier_read_as_head,
                                      name_conjunct_read_as_modifier, object_read_as_time_compound,
                                      plural_object_read_as_clause, recipient_read_inside_object,
                                      object_read_as_clause_subject, persona_non_grata, deadline_read_as_adverb,
                                      verb_read_as_adjective_of_its_object, recipient_read_as_compound,
                                      conjunct_read_on_main_verb, finite_conjunct_read_on_infinitive)
from detente.nlp.demands import conjoined_infinitive_read_as_noun, subjunctive_read_as_noun, subjunctive_read_in_name
from detente.nlp.infinitives import (bare_conjunct_read_on_participle, second_content_clause_read_on_inner_verb,
                                     to_infinitive_read_on_gerund)
from detente.nlp.lemmas import fix_lemmas
from detente.nlp.names import (WEEKDAYS, name_read_as_adverb, name_read_as_preposition, name_read_as_verb,
                               title_read_as_second_subject)
from detente.nlp.objects import (act_read_as_modifier_of_judgment, asking_noun_read_as_verb, object_read_as_conjoined_subject,
                                 gerund_read_in_compound_noun, name_read_as_apposition_of_object,
                                 object_read_as_subject_of_participle,
                                 purpose_read_as_complement, quantifier_object_read_as_dep, whose_object_read_as_subject,
                                 named_object_read_as_clause, name_read_as_head_of_object,
                                 recipient_read_as_modifier_of_deadline)
from detente.nlp.reduced import reduced_relative_read_as_adverbial
from detente.nlp.sequels import noun_after_and_read_as_clause, sequel_read_as_dep
from detente.nlp.subjects import (acronym_read_as_verb, compound_subject, conjunct_read_on_apposition,
                                  second_subject_read_beside_first,
                                  main_verb_read_as_adjective, participle_read_as_main_verb,
                                  subject_read_as_object_conjunct, verb_with_subject_read_as_adjective,
                                  opening_participle_read_as_adjective, opening_participle_read_as_clausal_subject,
                                  subject_before_aside, subject_read_as_apposition,
                                  subject_read_as_list_conjunct, pronoun_read_as_name_modifier,
                                  subject_read_as_object_of_subordinator, subject_read_as_verb_conjunct,
                                  verbless_subject)
from detente.nlp.summaries import (casualty_relative_read_on_frame, summary_gerund_read_as_verb, summary_noun_read_as_verb,
                                   summary_noun_read_in_name, summary_relative_by_position, summary_relative_read_as_content,
                                   zero_relative)
from detente.nlp.timing import time_clause_on_inner_verb

SUBORDINATORS = {"after", "before", "since", "as", "until", "when", "while", "because"}


def date_before_object(doc: Doc) -> None:
    """"Beijing ordered on Tuesday travel agencies to stop ...": the model reads "Tuesday travel
    agencies" as one noun phrase inside "on"; the date belongs to "on" and the noun phrase is the
    verb's object."""
    for prep in doc:
        if prep.lower_ != "on" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        if prep.i + 2 >= len(doc) or doc[prep.i + 1].lower_ not in WEEKDAYS:
            continue
        day, noun = doc[prep.i + 1], [c for c in prep.children if c.dep_ == "pobj"]
        if not noun or noun[0].i == day.i or day.head.i != noun[0].i or noun[0].ent_type_ in {"DATE", "TIME"}:
            continue  # "on Tuesday morning" is one date
        verb, obj = prep.head, noun[0]
        if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
            continue  # the verb has its object elsewhere: leave the phrase alone
        day.head, day.dep_ = prep, "pobj"
        obj.head, obj.dep_ = verb, "dobj"


# verbs a demand's that-clause asks for, bare: the model may read them as nouns between two names
DEMANDED_VERBS = {"release", "free", "return", "withdraw", "stop", "halt", "end", "lift", "hand", "extradite",
                  "apologise", "apologize", "pay", "resume", "allow", "respect", "reverse", "scrap", "cancel",
                  "recall", "expel", "close", "open", "comply", "cease", "drop", "repeal", "restore", "reinstate"}


def verb_read_as_compound(doc: Doc) -> None:
    """"demanded that Pyongyang release Otto Warmbier": the model reads "Pyongyang release" as a
    compound on the name that follows, which it makes the clause; the bare verb is the clause, the
    first name its subject and the second its object."""
    for clause in doc:
        if clause.dep_ not in {"ccomp", "dobj"} or not any(c.dep_ == "mark" and c.lower_ == "that"
                                                           for c in clause.children):
            continue
        if clause.tag_ in {"VBN", "VBD"}:
            # "... release Otto Warmbier, the student sentenced to 15 years": the participle was made
            # the clause, with the name (and the compound verb) as its subject
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if not subjects or not any(c.dep_ == "compound" and c.lower_ in DEMANDED_VERBS for c in subjects[0].children):
                continue
            participle, clause = clause, subjects[0]
            clause.head, clause.dep_ = participle.head, participle.dep_
            for mark in [c for c in participle.children if c.dep_ == "mark"]:
                mark.head = clause
            participle.head, participle.dep_ = clause, "acl"
        elif clause.pos_ != "PROPN":
            continue
        verbs = [c for c in clause.children if c.dep_ == "compound" and c.lower_ in DEMANDED_VERBS and c.i < clause.i]
        if not verbs:
            continue
        verb = verbs[0]
        names = [c for c in verb.children if c.dep_ in {"compound", "nsubj"} and c.pos_ == "PROPN" and c.i < verb.i]
        if names:
            make_clause_verb(verb, names[-1], clause)


def past_tense_conjunct(doc: Doc) -> None:
    """"Beijing demanded that Washington stop arms sales and announced sanctions": the model joins
    the past-tense "announced" to the bare complement "stop"; a finite past verb cannot be
    coordinated with an infinitive, so it is the main verb's conjunct (and shares its subject)."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        inner = verb.head
        if inner.dep_ in {"relcl", "acl"} and inner.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in inner.children) and inner.head.head.tag_ == "VBD" \
                and inner.head.dep_ in {"npadvmod", "dobj"}:
            verb.head = inner.head.head  # "gave the junta a week to reinstate Bazoum and threatened to use force"
            continue
        if inner.dep_ not in {"ccomp", "xcomp"} or inner.head.tag_ != "VBD":
            continue
        # "said an accord could be signed by March, and thanked Cuba": after a comma, a past verb
        # does not join a modal clause either
        modal = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in inner.children) and \
            doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","
        # "said that Navalny had been poisoned and demanded that Moscow explain": a passive report
        # has no subject for a demand of its own to share
        reported = inner.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in inner.children) and not any(
            c.dep_ == "agent" for c in inner.children) and any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) or c.dep_ == "dobj"
            for c in verb.children)
        if inner.tag_ not in {"VB", "VBP"} and not modal and not reported:
            continue
        verb.head = inner.head


def blamed_on_read_in_object(doc: Doc) -> None:
    """"Washington blamed the attack on Saudi oil facilities on Iran": the model hangs the last "on"
    phrase on the object's own; "blame X on Y" names the one blamed in the verb's "on" phrase."""
    for verb in doc:
        if verb.lemma_.lower() != "blame" or any(c.dep_ == "prep" and c.lower_ in {"on", "for"}
                                                  for c in verb.children):
            continue
        inside = [t for o in verb.children if o.dep_ in {"dobj", "nsubjpass"} for t in o.subtree
                  if t.dep_ == "prep" and t.lower_ == "on" and t.i > verb.i]
        if len(inside) >= 2:
            inside[-1].head = verb


def content_clause_read_as_relative(doc: Doc) -> None:
    """"rejected the Saudi accusation that Qatar funded terrorism": a clause opened by the
    conjunction "that" (tagged as one, not as a relative pronoun) says what the noun claims, and
    has no gap; the model may still call it a relative clause of the noun."""
    for verb in doc:
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN" for c in verb.children):
            verb.dep_ = "acl"


ADDRESSING_VERBS = {"assure", "tell", "inform", "promise", "warn", "remind", "notify", "convince", "persuade"}
# nouns that do take a "that" clause of their own ("warned of the danger that …", "promised assurances that …")
CONTENT_NOUNS = {"assurance", "guarantee", "promise", "warning", "message", "news", "word", "danger", "risk", "fact",
                 "claim", "view", "hope", "fear", "threat", "pledge", "commitment", "impression", "sense", "signal"}


def content_clause_read_on_addressee(doc: Doc) -> None:
    """"Mali's junta assured ECOWAS that it would hand power to civilians": the model hangs the
    "that" clause on the name of the one addressed, as if it described ECOWAS; a name has no
    content clause, the clause is what the verb says to it."""
    for clause in doc:
        named = clause.head
        verb = named.head
        if clause.dep_ in {"acl", "relcl"} and named.pos_ in {"PROPN", "PRON", "NOUN"} and \
                named.lemma_.lower() not in CONTENT_NOUNS and named.dep_ in {"dobj", "dative"} \
                and verb.lemma_.lower() in ADDRESSING_VERBS and clause.i > named.i and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            clause.head, clause.dep_ = verb, "ccomp"


def shot_dead_read_as_noun(doc: Doc) -> None:
    """"A Russian national shot dead a Georgian citizen": the model reads "national" as an adjective
    and "shot" as the noun it modifies, leaving "dead" the root; "shot dead" is the verb, and the
    noun phrase before it its subject."""
    for shot in doc:
        dead = doc[shot.i + 1] if shot.i + 1 < len(doc) else None
        if shot.lower_ != "shot" or shot.pos_ == "VERB" or dead is None or dead.lower_ != "dead" or \
                dead.dep_ not in {"ROOT", "ccomp", "conj"} or shot.head.i != dead.i:
            continue
        mods = [c for c in shot.children if c.i < shot.i]
        subject = next((c for c in reversed(mods) if c.dep_ in {"amod", "compound"}), None)
        if subject is None:
            continue
        for child in list(dead.children):
            if child.i != shot.i:
                child.head = shot
        for mod in mods:
            if mod.i != subject.i:
                mod.head = subject
        shot.pos_, shot.tag_, shot.dep_ = "VERB", "VBD", dead.dep_  # (the clause takes the adjective's place)
        shot.head = shot if dead.dep_ == "ROOT" else dead.head
        shot.lemma_ = "shoot"
        dead.head, dead.dep_ = shot, "oprd"
        subject.pos_, subject.tag_, subject.dep_, subject.head = "NOUN", "NN", "nsubj", shot


def off_after_noun(doc: Doc) -> None:
    """"sent destroyers to waters off Venezuela": after a noun "off" is a preposition of place, but
    the model reads it as a verb particle and the place as the noun's object."""
    for off in doc:
        if off.lower_ == "off" and off.dep_ == "prt" and any(c.dep_ == "pobj" for c in off.children):
            off.dep_ = "prep"  # ("had seized off the Kerch Strait": a particle with an object is a preposition)
            continue
        if off.lower_ != "off" or off.dep_ != "prt" or off.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        places = [c for c in off.head.children if c.dep_ == "dobj" and c.i > off.i]
        if places:
            off.dep_ = "prep"
            places[0].head, places[0].dep_ = off, "pobj"


PARTICLE_VERBS = {"hand", "turn"}


def particle_read_as_quantity(doc: Doc) -> None:
    """"Azerbaijan handed over 15 Armenian detainees": the model reads "over 15" as "more than 15";
    after "hand" or "turn", "over" is the verb's particle."""
    for over in doc:
        if over.lower_ != "over" or over.i == 0 or over.dep_ not in {"advmod", "quantmod"}:
            continue
        verb = doc[over.i - 1]
        if verb.lemma_.lower() in PARTICLE_VERBS and verb.pos_ == "VERB" and over.head.i > over.i:
            over.head, over.dep_ = verb, "prt"


def past_tense_read_as_adjective(doc: Doc) -> None:
    """"hours after Pakistan's military fired missiles at Indian air bases": after a subordinating
    word the model may read "<subject> fired missiles" as one noun phrase, with the past-tense verb
    an adjective of its object; the verb heads a clause with that subject and object."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or noun.dep_ != "pobj" or verb.i < 2:
            continue
        prep, subj = noun.head, doc[verb.i - 1]
        owned = any(c.dep_ == "poss" and c.i < subj.i for c in noun.children)  # "Pakistan's military fired"
        if prep.lower_ not in SUBORDINATORS or subj.head.i != noun.i or not prep.i < subj.i < verb.i < noun.i or not (
                subj.pos_ in {"NOUN", "PROPN"} or subj.lower_ == "military") or (verb.tag_ == "VBN" and not owned):
            continue
        for owner in [c for c in noun.children if c.i < subj.i and c.dep_ in {"poss", "compound", "amod", "det"}]:
            owner.head = subj
        verb.head, verb.dep_ = prep.head, "advcl"
        prep.head, prep.dep_ = verb, "mark"
        subj.head, subj.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"


# participles that report what the main clause's subject said or thought of something
def verb_read_as_adjective(doc: Doc) -> None:
    """"urged Eswatini to lift a ban on protests and free two jailed lawmakers": the model tags the
    bare verb "free" as an adjective conjoined to "lift", though it takes a direct object; a word
    with an object is a verb, in the form of the verb it is joined to."""
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ != "conj" or tok.head.pos_ != "VERB" or not any(
                c.dep_ == "dobj" for c in tok.children):
            continue
        tok.pos_, tok.tag_ = "VERB", tok.head.tag_


REPAIRS: tuple[Callable[[Doc], None], ...] = (
    summary_gerund_read_as_verb, zero_relative, summary_relative_by_position, description_read_as_object,
    description_run_into_next_clause,
    name_read_as_preposition,
    date_before_object, verbless_subject, demanded_clause,
    infinitive_complement, reported_subject, compound_subject, past_tense_conjunct, off_after_noun,
    subject_before_aside, verb_read_as_compound,
    demanded_verb_read_as_adjective, name_read_as_adverb, conjunct_read_as_modifier,
    past_tense_read_as_adjective, name_conjunct_read_as_modifier, modifier_read_as_head,
    participle_after_complement, list_item_read_as_apposition, object_read_as_time_compound,
    plural_object_read_as_clause, asking_noun_read_as_verb, quantifier_object_read_as_dep, occasion_read_in_condition,
    verb_read_as_adjective, summary_noun_read_as_verb,
    subjunctive_read_as_noun, subjunctive_read_in_name, participle_after_relative, name_read_as_verb, main_verb_read_as_adjective,
    verb_with_subject_read_as_adjective, subject_read_as_object_conjunct,
    blamed_on_read_in_object, content_clause_read_as_relative, summary_relative_read_as_content,
    content_clause_read_on_addressee,
    summary_noun_read_in_name,
    subject_read_as_apposition, conjunct_read_on_apposition, subject_read_as_list_conjunct,
    opening_participle_read_as_adjective, opening_participle_read_as_clausal_subject,
    shot_dead_read_as_noun,
    subject_read_as_object_of_subordinator, subject_read_as_verb_conjunct, verb_read_as_adjective_of_its_object,
    recipient_read_inside_object, recipient_read_as_compound, conjunct_read_on_main_verb,
    finite_conjunct_read_on_infinitive, particle_read_as_quantity, object_read_as_clause_subject, persona_non_grata,
    deadline_read_as_adverb, recipient_read_as_modifier_of_deadline, acronym_read_as_verb, list_after_among_them,
    mediated_meeting_read_as_clause,
    pronoun_read_as_name_modifier, possessed_subject_read_as_object, result_participle_read_on_description,
    participle_read_as_conjunct, casualty_relative_read_on_frame, place_read_on_naming_verb,
    time_clause_on_inner_verb, participle_read_as_main_verb, purpose_read_as_complement,
    object_read_as_conjoined_subject, conjoined_infinitive_read_as_noun, act_read_as_modifier_of_judgment,
    object_read_as_subject_of_participle, name_read_as_apposition_of_object,
    bare_conjunct_read_on_participle, second_content_clause_read_on_inner_verb, absolute_participle_read_as_noun,
    participle_after_aside_read_on_main_verb, whose_object_read_as_subject, named_object_read_as_clause,
    title_read_as_second_subject, sequel_read_as_dep, name_read_as_head_of_object,
    reduced_relative_read_as_adverbial, noun_after_and_read_as_clause, gerund_read_in_compound_noun,
    to_infinitive_read_on_gerund, second_subject_read_beside_first)


@Language.factory("detente_repairs")
def make_repairs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: every repair, with the model's own lemmatizer for the one that re-reads a
    word's part of speech (a participle taken for a name needs its verb's lemma)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return partial(repair_parse, lemmatize=getattr(lemmatizer, "rule_lemmatize", None))


def repair_parse(doc: Doc, lemmatize: Callable[[Token], list[str]] | None = None) -> Doc:
    """Apply every repair in order; a repair that would leave the tree without a root for some word
    (two rewired heads pointing at each other in an unforeseen sentence shape) is undone."""
    fix_lemmas(doc)
    first: list[Callable[[Doc], None]] = [partial(participle_read_as_name, lemmatize=lemmatize)] if lemmatize else []
    for fix in [*first, *REPAIRS]:
        before = [(t.head.i, t.dep_) for t in doc]
        fix(doc)
        if [(t.head.i, t.dep_) for t in doc] != before and not _is_tree(doc):  # (most repairs change nothing)
            for tok, (head, dep) in zip(doc, before):
                tok.head, tok.dep_ = doc[head], dep
    return doc


def _is_tree(doc: Doc) -> bool:
    """Whether every word reaches a root by following heads (no cycle)."""
    for tok in doc:
        node, steps = tok, 0
        while node.head.i != node.i:
            node, steps = node.head, steps + 1
            if steps > len(doc):
                return False
    return True


def add_repairs(nlp: Language) -> Language:
    """Add the repair component at the end of the pipeline (it reads tags and entities), once."""
    if "detente_repairs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("detente_repairs", last=True)
    return nlp
