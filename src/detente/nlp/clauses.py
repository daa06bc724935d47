"""Repairs of clause structure the small English model misreads: the content of a demand, the
complement of a control verb, a reported clause's subject, a relative clause with no "that", and a
participle that comments on the main clause. Run with the other parse repairs (see
:mod:`detente.nlp.repairs`)."""

from __future__ import annotations

from spacy.tokens import Doc


WANTING_NOUNS = {"demand", "call", "request", "appeal", "pressure", "ultimatum", "plea", "insistence"}


def demanded_clause(doc: Doc) -> None:
    """"rejected demands from protesters that he resign": the model reads "that he resign" as a
    relative clause (of "protesters" or of "demands") with "that" as its object; it is the content
    of the demand, which says what is wanted, not what was done."""
    for verb in doc:
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        that = [c for c in verb.children if c.lower_ == "that" and c.dep_ in {"dobj", "mark"} and c.i < verb.i]
        noun = verb.head
        wanting = noun if noun.lemma_.lower() in WANTING_NOUNS else (
            noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in WANTING_NOUNS else None)
        if not that or wanting is None:
            continue
        verb.head, verb.dep_ = wanting, "acl"
        that[0].dep_ = "mark"


# verbs whose "to" infinitive is their complement, never a purpose ("threatened to withhold aid")
CONTROL_VERBS = {"threaten", "vow", "pledge", "promise", "agree", "refuse", "decline", "offer", "plan", "decide",
                 "seek", "try", "attempt", "want", "hope", "intend", "fail", "aim", "prepare", "resolve",
                 "propose", "volunteer", "vote", "move", "continue", "begin", "start", "undertake", "commit",
                 "swear", "expect", "wish", "choose", "opt", "rush", "scramble", "struggle", "hesitate"}


def infinitive_complement(doc: Doc) -> None:
    """"threatened on Tuesday to withhold aid": with an adjunct in between, the model often reads
    the infinitive as a purpose clause ("advcl"); after these verbs it is their complement."""
    for verb in doc:
        if verb.lemma_.lower() not in CONTROL_VERBS or verb.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children):
            continue
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)]
        if clauses:
            clauses[0].dep_ = "xcomp"


def reported_subject(doc: Doc) -> None:
    """"A spokesman said Mahmoud Abbas, meeting EU ministers on Monday, asked the bloc to ...": the
    model makes "Abbas" a second subject of "said" and leaves "asked" subjectless; he is the subject
    of the reported clause, with the words between."""
    for verb in doc:
        late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if not late or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        noun = late[0]
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i
                   and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
        if not clauses:
            continue
        clause = clauses[0]
        for child in [c for c in verb.children if noun.i <= c.i < clause.i]:
            child.head = clause
        noun.head = clause


SUMMARY_NOUNS = {"move", "decision", "step", "verdict", "ruling", "measure", "action", "act", "gesture", "sentence",
                 "finding", "charge", "claim", "accusation", "milestone", "report"}


def zero_relative(doc: Doc) -> None:
    """"Israeli troops moved into the buffer zone, a move Egypt and Saudi Arabia condemned": with no
    "that", the model hangs the names on "move" and the verb on the main clause; the names are the
    subject of a relative clause on "move"."""
    for noun in doc:
        if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.i + 2 >= len(doc) or noun.pos_ != "NOUN":
            continue
        name = doc[noun.i + 1]
        if name.pos_ != "PROPN":
            continue
        if noun.dep_ == "compound" and noun.head.i == name.i and name.dep_ == "nsubj" and name.head.tag_ == "VBD":
            # "..., a step Manila and Tokyo denounced": "step" read as part of the name, the verb as
            # a second main verb
            verb = name.head
            if verb.head.i == verb.i:
                continue  # the verb is the sentence's root: nothing above it for the noun to hang on
            noun.head, noun.dep_ = verb.head, "npadvmod"
            verb.head, verb.dep_ = noun, "relcl"
            continue
        if name.head.i != noun.i or name.dep_ not in {"npadvmod", "compound", "nmod", "appos"}:
            continue
        end = max([name.i, *(t.i for t in name.subtree)])
        if end + 1 >= len(doc):
            continue
        verb = doc[end + 1]
        if verb.tag_ != "VBD" or verb.head.i == verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        verb.head, verb.dep_ = noun, "relcl"
        name.head, name.dep_ = verb, "nsubj"


COMMENTING_PARTICIPLES = {"call", "say", "accuse", "describe", "add", "warn", "claim", "insist", "argue", "note",
                          "brand", "label", "dismiss", "denounce", "condemn", "blame", "term", "cite", "charge"}


# verbs whose complement clause a later participle may wrongly hang on
# (not verbs of saying: in "a spokesman said Iran expelled them, accusing them of spying" the one
# reported may be the one accusing)
CLAUSE_TAKING = {"demand", "insist", "urge", "call", "ask", "order", "press", "appeal", "request"}


def participle_after_complement(doc: Doc) -> None:
    """"Manila demanded that China withdraw its vessels, calling their presence a provocation": after a
    comma, a participle of saying that the model hangs on the complement clause comments on the
    main clause; its doer is the main clause's subject, not the complement's."""
    for part in doc:
        clause = part.head
        if part.dep_ != "advcl" or part.tag_ != "VBG" or part.lemma_.lower() not in COMMENTING_PARTICIPLES or \
                part.i == 0 or doc[part.i - 1].text != "," or clause.dep_ not in {"ccomp", "xcomp"} or \
                clause.head.i == clause.i or clause.i > part.i or clause.head.i > clause.i:
            continue  # (", officials said" after the participle: the clause is the report, not a complement)
        if clause.dep_ == "ccomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or \
                clause.head.lemma_.lower() not in CLAUSE_TAKING:
            continue
        part.head = clause.head


# the occasions a statement is made on: "during a video call", "at a summit", "in talks"
OCCASION_NOUNS = {"call", "conversation", "meeting", "talk", "talks", "summit", "visit", "conference", "session",
                  "interview", "briefing", "speech", "phone-call"}


def occasion_read_in_condition(doc: Doc) -> None:
    """"Biden warned Putin of severe consequences if Russia invaded Ukraine during a video call": the
    model hangs the occasion on the conditional clause's verb; it is when the warning was given, so
    it belongs to the verb that states it (above any reported clause)."""
    for prep in doc:
        verb = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in OCCASION_NOUNS]
        if prep.dep_ != "prep" or prep.lower_ not in {"during", "at"} or not objects or verb.dep_ != "advcl" or \
                not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children) or prep.i < verb.i:
            continue
        top = verb.head
        while top.dep_ == "ccomp" and top.head.i != top.i and top.head.i < top.i:
            top = top.head
        if top.i < verb.i:
            prep.head = top
