"""Parse repairs for a summary noun with a zero relative clause: ", a move Beijing called protectionist".

Reaction prose sums up the act it has just reported in a noun after a comma and lets the reacting
party judge it in a relative clause with no "that": "Tehran withdrew the inspectors' accreditation, a
step Director General Rafael Grossi condemned as disproportionate". The small model rarely reads this
right when the judge has a long name: it folds the summary noun into the name ("step" as a compound of
"Grossi"), makes the judging verb a second main verb or even the root, or an adjectival clause. The
surface is regular, so this repair reads it from the words: ", DET NOUN <name> VERB" where the noun
sums up an act, the name runs up to the first past-tense verb, and the verb judges or names.
(`clauses.zero_relative` and `clauses.summary_noun_read_in_name` mend the shorter shapes first.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.clauses import SUMMARY_NOUNS

# acts a summary noun may stand for, beyond those the shorter repairs know
SUMMING_NOUNS = SUMMARY_NOUNS | {"attack", "threat", "assault", "gesture", "visit", "trip", "decree", "law",
                                 "plan", "policy", "deal", "remark", "statement", "announcement", "bombardment",
                                 "offensive", "incursion", "expulsion", "arrest", "detention", "execution"}
# verbs that judge or name an act: the relative clause's verb
JUDGING = {"condemn", "denounce", "call", "describe", "brand", "term", "label", "dub", "praise", "welcome", "hail",
           "reject", "dismiss", "criticise", "criticize", "decry", "deplore", "slam", "applaud", "protest",
           "question", "oppose", "blast", "characterise", "characterize", "laud", "commend", "endorse", "lambast",
           "lambaste", "castigate", "censure", "rebuke", "assail", "welcomed", "regret", "defend", "justify"}
DETERMINERS = {"a", "an", "the", "this", "that"}
NAME_WORDS = {"PROPN", "NOUN", "ADJ", "DET", "PART", "CCONJ", "PUNCT", "NUM"}


def summary_relative_by_position(doc: Doc) -> None:
    """Rewire ", a step Director General Rafael Grossi condemned as …" as the noun with a relative
    clause whose subject is the name, hung on the clause the noun sums up."""
    for noun in doc:
        # ("a ruling" may be read as a participle)
        if noun.pos_ not in {"NOUN", "VERB", "ADJ"} or noun.lower_ not in SUMMING_NOUNS and (
                noun.pos_ != "NOUN" or noun.lemma_.lower() not in SUMMING_NOUNS) or noun.i < 3 or \
                doc[noun.i - 1].lower_ not in DETERMINERS or doc[noun.i - 2].text != ",":
            continue
        found = _name_and_verb(doc, noun)
        if found is None:
            continue
        name, verb = found
        if verb.dep_ == "relcl" and verb.head.i == noun.i and any(
                t.head.i == verb.i and t.dep_ == "nsubj" for t in name):
            continue  # already read right
        heads = [t for t in name if not (name.start <= t.head.i < name.end) or t.head.i == t.i]
        subject = next((t for t in heads if t.pos_ in {"PROPN", "NOUN"}), None)
        if subject is None or len([t for t in heads if t.pos_ in {"PROPN", "NOUN"}]) != 1:
            continue
        clause = _summed_clause(noun, verb)
        if clause is None:
            continue
        if verb.head.i == verb.i:
            # the judging verb was read as the root above the clause it judges: that clause is the root
            for child in [c for c in verb.children if c.i < noun.i and c.i != clause.i]:
                child.head = clause
            clause.head, clause.dep_ = clause, "ROOT"
        if noun.pos_ != "NOUN":
            noun.pos_, noun.tag_, noun.lemma_ = "NOUN", "NN", noun.lower_
        det = doc[noun.i - 1]
        det.head, det.dep_ = noun, "det"
        noun.head, noun.dep_ = clause, "npadvmod"
        for tok in name:
            if tok.head.i == verb.i and tok.i != subject.i:
                tok.head = subject  # (a name word the model hung on the verb)
        subject.head, subject.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = noun, "relcl"
        if verb.tag_ == "VBN" and doc[verb.i - 1].lemma_.lower() != "have":
            verb.tag_ = "VBD"


def _name_and_verb(doc: Doc, noun: Token) -> tuple[Span, Token] | None:
    """The name between the noun and the first past-tense judging verb after it, if only name words
    come between (no second verb, no clause)."""
    for tok in doc[noun.i + 1:noun.i + 12]:
        if tok.tag_ in {"VBD", "VBN"} or tok.pos_ in {"VERB", "AUX"}:
            if tok.lemma_.lower() not in JUDGING or tok.i == noun.i + 1:
                return None
            if tok.tag_ not in {"VBD", "VBN"}:
                return None  # (the model often tags the past tense after a name as a participle)
            name = doc[noun.i + 1:tok.i]
            if doc[tok.i - 1].lemma_.lower() == "have":
                name = doc[noun.i + 1:tok.i - 1]
            if not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in name):
                return None
            return name, tok
        if tok.pos_ not in NAME_WORDS or tok.text in {";", ":", "(", ")"} or tok.lower_ in {"that", "which", "who"}:
            return None
    return None


def _summed_clause(noun: Token, verb: Token) -> Token | None:
    """The verb of the clause before the comma, which the noun sums up: the sentence's root, or,
    when the model made the judging verb the root, the clause it hung under it."""
    root = noun.sent.root
    if root.i != verb.i:
        return root if root.pos_ in {"VERB", "AUX"} and root.i < noun.i else None
    return next((c for c in verb.children if c.i < noun.i and c.pos_ in {"VERB", "AUX"}
                 and c.dep_ in {"ccomp", "advcl", "conj", "parataxis"}), None)
