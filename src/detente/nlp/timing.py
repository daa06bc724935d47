"""Repairs of a time clause the small English model hangs on the wrong verb.

"Padrino warned that the army would respond if Guyana hosted US bases, a day after US and Guyanese
aircraft flew joint drills over Georgetown": after a long reported clause, the model often joins the
closing ", a day after …" clause to the last verb before it as a conjunct ("hosted … and flew") or
as that verb's adverbial clause ("unless the government reversed its crackdown …, a day after police
detained another opposition leader"), which puts a reported fact inside a condition. A clause with
its own "after"/"before" and a span of time is an adverbial clause, and after a comma at the end of
a sentence it dates the main verb.
"""

from __future__ import annotations

from spacy.tokens import Doc

TIME_MARKS = {"after", "before", "since"}
SPAN_NOUNS = {"day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "minute", "minutes"}


def time_clause_on_inner_verb(doc: Doc) -> None:
    """Rewire ", a day after X did Y" from a conjunct or adverbial clause of an inner verb to an
    adverbial clause of the sentence's main verb."""
    for verb in doc:
        if verb.dep_ not in {"conj", "advcl"} or verb.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
            continue
        spans = [c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in SPAN_NOUNS and c.i < verb.i]
        if not spans or spans[0].left_edge.i < 1 or doc[spans[0].left_edge.i - 1].text != ",":
            continue
        top = verb.head
        while top.dep_ in {"ccomp", "xcomp", "advcl", "conj"} and top.head.i != top.i and top.head.i < top.i:
            top = top.head
        if top.dep_ != "ROOT" or top.i == verb.head.i:
            continue  # (joined to the main verb itself: "…, and a day after …" is read as the model has it)
        verb.head, verb.dep_ = top, "advcl"
