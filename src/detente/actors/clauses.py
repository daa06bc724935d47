"""Which clause a pronoun sits in, for coreference's constraints.

A pronoun's antecedent depends on its clause: an object pronoun is never its own clause's subject
("Kim, who greeted him"), and the holder in "asked Tehran to free the nationals it holds" is the one
asked. These small readings of the parse are kept apart from
:mod:`detente.actors.coreference`, which owns the history they filter.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.vocabulary import COMMENTING_PARTICIPLES, HEADS_OF


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


# verbs that report what someone said, and the auxiliaries of what they said must happen
REPORTING_VERBS = {"say", "tell", "announce", "declare", "insist", "argue", "write", "state", "claim"}
OBLIGATION_AUX = {"must", "should", "would", "will"}


def reported_obligation(participle: Token) -> Token | None:
    """"Diop told the Security Council that the mission must leave, accusing it of fuelling tensions":
    the reporting verb whose subject makes a comment trailing what was said must happen (the
    participle hangs on the reported clause, but the one it accuses is that clause's subject)."""
    head = participle.head
    if participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.i > head.i and \
            head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS and \
            any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in head.children):
        return head.head
    return None


def _noun_subjects(verb: Token) -> list[Token]:
    """A verb's own subjects, active or passive, that are not pronouns."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or of its controller for an infinitive ("prompting Ottawa to expel"), as
    noun tokens (pronouns left out): what an object pronoun of the verb cannot stand for."""
    subjects = _noun_subjects(verb)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"}
                                    for c in verb.children):
        subjects = [verb.head]  # "Kim Jong Il, who greeted him": the relative's subject is Kim
    elif not subjects and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        subjects = _noun_subjects(verb.head)
    if (reporter := reported_obligation(verb)) is not None and verb.lemma_.lower() in COMMENTING_PARTICIPLES:
        # "told the Council that the mission must leave, accusing it of …": the speaker comments
        subjects = _noun_subjects(reporter)
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "filed a case against Armenia, accusing it of …": a participle's subject is its clause's;
        # "Tshisekedi told the Assembly he had instructed …, accusing it of …": past a pronoun
        # subject, the clause above's
        for head in [verb.head, *verb.head.ancestors][:3]:
            subjects = _noun_subjects(head)
            if subjects or not any(c.dep_ == "nsubj" for c in head.children) and head.i != verb.head.i:
                break
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"] or [
            c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return subjects


def bodies_led(head: Token) -> list[Token]:
    """The bodies a leader's title names: "the head of the IAEA", "the commander of Iran's
    Revolutionary Guards", and before a name, "electoral commission chairwoman Jane Ansah"."""
    titles = [head, *(c for c in head.children if c.dep_ == "compound" and head.pos_ == "PROPN")]
    return [body for title in titles if title.lemma_.lower() in HEADS_OF for body in (
        [o for p in title.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for o in p.children
         if o.dep_ == "pobj"] + [c for c in title.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                 and title.i != head.i])]
