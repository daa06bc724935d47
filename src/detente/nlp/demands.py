"""Repairs of a demanded clause whose bare verb the small English model reads as a noun.

"The European Commission demanded that Budapest scrap a law banning …": a demand's "that" clause
has a bare verb (a subjunctive) that is often also a noun ("scrap", "halt", "probe"), and the model
reads it as one, with its object as an apposition, or even builds a name "Budapest scrap" and hangs
the "that" on a later participle. After "that" and a subject, in a demand's clause, it is the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.clauses import CLAUSE_TAKING


def subjunctive_read_as_noun(doc: Doc) -> None:
    """"demanded that Budapest scrap a law banning …": the model tags the bare verb of a demanded
    clause as a noun ("scrap") and its object as an apposition; after "that" and a subject, in a
    demand's clause, it is the verb."""
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.pos_ != "NOUN" or verb.head.lemma_.lower() not in CLAUSE_TAKING or not any(
                c.dep_ == "nsubj" for c in verb.children) or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            continue
        verb.pos_, verb.tag_ = "VERB", "VB"
        for obj in (c for c in verb.children if c.dep_ in {"appos", "compound", "npadvmod"} and c.i > verb.i):
            obj.dep_ = "dobj"
            break


def subjunctive_read_in_name(doc: Doc) -> None:
    """"demanded that Budapest scrap a law banning …, launching legal action": the model makes
    "Budapest scrap" one name under "that" and gives "that" to the participle after the comma; the
    singular noun after the name is the demanded clause's verb, the name its subject. In "demanded on
    Monday that China release bookseller Gui Minhai" the model makes "release" a title of the name it
    gives the "that" to, which is the verb's object."""
    for that in doc:
        demand = _demanding_verb(that)
        if that.lower_ != "that" or demand is None:
            continue
        verb = next((t for t in doc[that.i + 1:that.i + 6] if t.pos_ != "PROPN"), None)
        if verb is None or verb.pos_ != "NOUN" or verb.tag_ != "NN" or verb.i == that.i + 1 or \
                any(t.pos_ != "PROPN" for t in doc[that.i + 1:verb.i]) or not (
                verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in {"DET", "NOUN", "ADJ", "NUM", "PROPN"} or
                verb.lower_ in INTRANSITIVE and (verb.i + 1 == len(doc) or doc[verb.i + 1].pos_ in {"PUNCT", "CCONJ"})):
            continue  # (a verb that takes no object may end the clause: "that Attorney General Consuelo Porras resign,")
        name = doc[verb.i - 1]
        claimed = that.head  # the later verb the model gave the "that" to
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VB", verb.lemma_.lower()
        for child in list(verb.children):
            if child.dep_ in {"appos", "dobj", "npadvmod"} and child.i > verb.i:
                child.dep_ = "dobj"
            elif child.i < verb.i and child.i != name.i:
                child.head = name  # ("Budapest": the name's own words)
            elif child.dep_ == "punct":
                child.head = demand
        verb.head, verb.dep_ = demand, "ccomp"
        that.head, that.dep_ = verb, "mark"
        name.head, name.dep_ = verb, "nsubj"
        if claimed.i != verb.i and claimed.dep_ == "ccomp" and claimed.head.i == demand.i and claimed.tag_ == "VBG":
            claimed.dep_ = "advcl"  # ", launching legal action against Hungary": said of the demander
        elif claimed.i > verb.i and claimed.head.i == demand.i and claimed.pos_ in {"NOUN", "PROPN"} and all(
                t.head.i in range(verb.i, claimed.i + 1) for t in doc[verb.i + 1:claimed.i]):
            # "that China release bookseller Gui Minhai": the model's head of the clause is its object
            claimed.head, claimed.dep_ = verb, "dobj"


# bare verbs a demand's clause may end on, all also nouns to the model
INTRANSITIVE = {"resign", "quit", "apologise", "apologize", "withdraw", "comply", "retreat", "surrender", "disarm",
                "desist", "cooperate", "negotiate", "relent", "abdicate"}


def _demanding_verb(that: Token) -> Token | None:
    """The demand a "that" follows, directly or after a date ("demanded on Monday that …")."""
    doc = that.doc
    for k in range(that.i - 1, max(that.i - 4, -1), -1):
        tok = doc[k]
        if tok.pos_ == "VERB":
            return tok if tok.lemma_.lower() in CLAUSE_TAKING else None
        if tok.pos_ not in {"ADP", "PROPN", "NOUN"} or tok.ent_type_ not in {"DATE", ""} or tok.dep_ not in {
                "prep", "pobj", "npadvmod", "compound"}:
            return None
    return None


def conjoined_infinitive_read_as_noun(doc: Doc) -> None:
    """"urged Armenia and Azerbaijan to pull their troops back and return to talks": the second bare
    verb of an infinitive is often also a noun ("return", "halt", "release") and the model tags it
    as one, joined to the first verb; a bare noun joined to "to pull" is a verb like it."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or verb.tag_ != "VB" or \
                verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
                any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children) or \
                doc[noun.i - 1].lower_ not in {"and", "or"}:
            continue
        noun.pos_, noun.tag_, noun.lemma_ = "VERB", "VB", noun.lemma_.lower()
        for obj in (c for c in noun.children if c.dep_ in {"appos", "npadvmod"} and c.i > noun.i):
            obj.dep_ = "dobj"
