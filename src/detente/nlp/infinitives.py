"""Repairs of an infinitive clause whose second verb the small English model hangs too high, or
that takes in a second content clause meant for the verb above it.

"…, prompting Thabane to flee to South Africa and accuse the military of staging a coup": the model
joins the bare "accuse" to the participle "prompting" instead of to "flee", so the accusation loses
the one who makes it (the prompted Thabane) and looks like the prompter's own act. A bare verb cannot
be the conjunct of a participle; after an infinitive under that participle it is the infinitive's.
"""

from __future__ import annotations

from spacy.tokens import Doc


def bare_conjunct_read_on_participle(doc: Doc) -> None:
    """"prompting X to flee and accuse Y": a bare verb joined to a participle (or a finite verb)
    that has a "to" infinitive complement before it is that infinitive's conjunct."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in {"VBG", "VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children):
            continue
        infinitives = [c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not infinitives:
            continue
        for cc in [c for c in head.children if c.dep_ == "cc" and c.i == verb.i - 1]:
            cc.head = infinitives[-1]
        verb.head = infinitives[-1]


def second_content_clause_read_on_inner_verb(doc: Doc) -> None:
    """"said that Australia had pledged to help train and equip its force and that he would visit
    Canberra": a conjunct with its own "that" and subject is a second content clause of the verb
    the first one hangs on, not a conjunct of the infinitive inside the first (where it would take
    the first clause's tense and modality)."""
    for verb in doc:
        if verb.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        clause = verb.head
        while clause.dep_ in {"xcomp", "conj", "advcl"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == verb.head.i or clause.dep_ != "ccomp" or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that")
        for cc in [c for c in verb.head.children if c.dep_ == "cc" and c.i == mark.i - 1]:
            cc.head = clause
        verb.head = clause


def to_infinitive_read_on_gerund(doc: Doc) -> None:
    """"urged Iran to stop executing protesters and to free detained journalists": a "to" infinitive
    joined to a gerund that is itself the complement of a "to" infinitive belongs to that infinitive
    (two things urged), not to the gerund."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ != "VBG" or head.dep_ != "xcomp" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            continue
        upper = head.head
        if upper.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in upper.children):
            continue
        for cc in [c for c in head.children if c.dep_ == "cc" and c.i < verb.i]:
            cc.head = upper
        verb.head = upper
