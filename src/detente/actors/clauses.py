"""Which clause a pronoun sits in, for coreference's constraints.

A pronoun's antecedent depends on its clause: an object pronoun is never its own clause's subject
("Kim, who greeted him"), and the holder in "asked Tehran to free the nationals it holds" is the one
asked. These two small readings of the parse are kept apart from
:mod:`detente.actors.coreference`, which owns the history they filter.
"""

from __future__ import annotations

from spacy.tokens import Token


def clause_verb_of_object(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is: "expel them", "held talks with him", "met with him"."""
    if tok.dep_ in {"dobj", "dative"}:
        return tok.head
    attach = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"with", "to", "against"} else None
    attach = attach.head if attach is not None and attach.dep_ == "dobj" else attach
    return attach if attach is not None and attach.pos_ in {"VERB", "AUX"} else None


def asked_to_free(pronoun: Token) -> Token | None:
    """"asked Tehran to free the nationals it holds": the one asked, for the holding clause's subject."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ != "dobj":
        return None
    free = clause.head.head
    if free.lemma_.lower() not in {"free", "release", "return", "repatriate"} or free.dep_ != "xcomp":
        return None
    asker = free.head
    return next((o for c in asker.children if c.dep_ in {"dobj", "prep"}
                 for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])), None)


def verb_above(tok: Token) -> Token:
    """The nearest verb above ``tok`` (the root if there is none): the clause a noun phrase sits in."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb
