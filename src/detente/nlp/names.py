"""Repairs of a name the small English model reads as another part of speech.

A capitalised first name may look like a preposition ("Barack Obama"), a name opening the sentence
like an adverb ("Nauru cut ties") or like the main verb when it is also an English word ("Trump
halted funding"); each repair gives the name back its place as a noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TIME_ADVERBS = WEEKDAYS | {"today", "yesterday", "tomorrow", "now", "then", "here", "there", "also", "later",
                           "earlier", "meanwhile", "still", "again", "recently", "already"}

# words that really are prepositions when capitalised at the start of a sentence
PREPOSITIONS = {"about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
                "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by",
                "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near",
                "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since", "than", "through",
                "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "up",
                "upon", "via", "with", "within", "without", "although", "because", "if", "once", "while",
                "whether", "unless", "that", "so", "following", "including", "regarding", "concerning"}


def name_read_as_preposition(doc: Doc) -> None:
    """"Barack Obama and Raul Castro held talks": the model tags "Barack" as a preposition with
    "Obama" as its object; a capitalised non-preposition is the first part of the name."""
    for tok in doc:
        if tok.tag_ != "IN" or not tok.text[:1].isupper() or tok.lower_ in PREPOSITIONS:
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.i == tok.i + 1 and c.tag_ == "NNP"]
        if not objs:
            continue
        name, head = objs[0], tok.head
        if head.i == tok.i:
            continue  # the sentence's root: leave it
        dep = tok.dep_
        if dep == "prep":
            dep = "nsubj" if tok.i < head.i and not any(c.dep_ == "nsubj" for c in head.children) else "npadvmod"
        name.head, name.dep_ = head, dep
        tok.head, tok.dep_ = name, "compound"


def name_read_as_adverb(doc: Doc) -> None:
    """"Nauru cut diplomatic ties with Taiwan": a capitalised name opening the sentence, directly
    before a finite verb that has no subject, is read as an adverb of that verb; it is the subject."""
    for sent in doc.sents:
        name = sent[0]
        if name.dep_ not in {"advmod", "npadvmod"} or name.pos_ not in {"PROPN", "ADV", "NOUN"} or \
                not name.text[:1].isupper() or len(sent) < 3 or name.lower_ in TIME_ADVERBS:
            continue
        verb = name.head
        if verb.i != name.i + 1 or verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        name.dep_ = "nsubj"


def name_read_as_verb(doc: Doc) -> None:
    """"Trump halted funding to the WHO": a name that is also an English word, opening the sentence,
    is read as the main verb ("trump") and the real verb as an adjective of its object; the name is
    the subject of that verb."""
    for sent in doc.sents:
        name, verb = sent[0], sent[1] if len(sent) > 2 else sent[0]
        obj = verb.head
        if name.dep_ != "ROOT" or not name.text[:1].isupper() or verb.tag_ not in {"VBN", "VBD"} or \
                verb.dep_ != "amod" or obj.head.i != name.i or obj.dep_ != "dobj" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in name.children):
            continue
        for child in [c for c in name.children if c.i > verb.i]:
            child.head = verb
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        name.head, name.dep_, name.pos_, name.tag_ = verb, "nsubj", "PROPN", "NNP"


def title_read_as_second_subject(doc: Doc) -> None:
    """"Ghana's defeated presidential candidate John Mahama filed a petition": the model may give the
    verb two subjects, the role noun and the name right after it; the noun is the name's title."""
    for noun in doc:
        verb = noun.head
        names = [c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.i and c.pos_ == "PROPN"
                 and c.left_edge.i == noun.i + 1]
        if noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and noun.tag_ == "NN" and len(names) == 1:
            noun.head, noun.dep_ = names[0], "compound"
