"""Parse repairs for a summary noun with a zero relative clause: ", a move Beijing called protectionist".

Reaction prose sums up the act it has just reported in a noun after a comma and lets the reacting
party judge it in a relative clause with no "that": "Tehran withdrew the inspectors' accreditation, a
step Director General Rafael Grossi condemned as disproportionate". The small model rarely reads this
right when the judge has a long name: it folds the summary noun into the name ("step" as a compound of
"Grossi"), makes the judging verb a second main verb or even the root, or an adjectival clause. The
surface is regular, so this repair reads it from the words: ", DET NOUN <name> VERB" where the noun
sums up an act, the name runs up to the first past-tense verb, and the verb judges or names.
The shorter shapes are mended first by the older repairs kept here too: `zero_relative` (", a move
Egypt and Saudi Arabia condemned"), `summary_noun_read_in_name` and `summary_noun_read_as_verb`
(", remarks that Dendias condemned").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

SUMMARY_NOUNS = {"move", "decision", "step", "verdict", "ruling", "measure", "action", "act", "gesture", "sentence",
                 "finding", "charge", "claim", "accusation", "milestone", "report", "campaign", "display", "drill",
                 "exercise", "crackdown", "operation", "strike", "raid", "conclusion", "resolution", "killing",
                 "kidnapping", "trial", "investigation", "inquiry", "probe", "indictment", "conviction"}


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


def summary_noun_read_in_name(doc: Doc) -> None:
    """"rounded up Afghan families in Karachi, a campaign Afghanistan's interim government condemned
    as cruel": after ", a", the model may read the summary noun as part of the name that follows and
    the verb as a participle on it; the name's phrase is the subject of a relative clause on the noun."""
    for noun in doc:
        after_in = noun.i >= 2 and doc[noun.i - 2].lower_ == "in" and doc[noun.i - 2].dep_ == "prep"
        if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.pos_ != "NOUN" or noun.i < 2 or \
                doc[noun.i - 1].lower_ not in {"a", "an", "the", "this"} or (doc[noun.i - 2].text != "," and not after_in):
            continue
        verb = next((t for t in doc[noun.i + 1:noun.i + 9] if t.tag_ in {"VBD", "VBN"} and t.pos_ == "VERB"), None)
        if verb is None or verb.i == noun.i + 1:
            continue
        span = doc[noun.i + 1:verb.i]
        heads = [t for t in span if not (noun.i < t.head.i < verb.i)]
        if after_in:
            # "dissolved 53 parties, in a move opposition leaders denounced as …": the model makes the noun
            # part of the subject and the clause the complement of "in"
            if len(heads) == 1 and heads[0].dep_ == "nsubj" and heads[0].head.i == verb.i and \
                    verb.dep_ == "pcomp" and verb.head.i == noun.i - 2:
                noun.head, noun.dep_ = doc[noun.i - 2], "pobj"
                verb.head, verb.dep_ = noun, "relcl"
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children):
            continue
        if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"} or verb.head.i != heads[0].i:
            continue  # (only the shape where the verb hangs on the name's phrase)
        subject = heads[0]
        noun.head, noun.dep_ = subject.head, "npadvmod"
        subject.head, subject.dep_ = verb, "nsubj"
        verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBD"


# plural summary nouns that are also verbs in the third person ("remarks", "claims")
SUMMARY_VERB_FORMS = {"remarks", "comments", "claims", "charges", "moves", "steps", "measures", "plans", "drills",
                      "exercises", "strikes", "attacks", "raids", "sanctions", "tests", "launches"}


def summary_noun_read_as_verb(doc: Doc) -> None:
    """"Erdogan warned that Turkey may come suddenly one night, remarks that Dendias condemned as
    unacceptable": after a comma the model reads the summary noun as a verb ("remarks that …") with
    the relative clause as its complement; it is a noun summing up what came before, and the clause
    is a relative clause on it."""
    for noun in doc:
        clauses = [c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i]
        if noun.lower_ not in SUMMARY_VERB_FORMS or noun.tag_ != "VBZ" or noun.i == 0 or \
                doc[noun.i - 1].text != "," or not clauses or any(c.dep_ in {"nsubj", "nsubjpass"} for c in noun.children):
            continue
        clause = clauses[0]
        # ("that" as the model's conjunction, or already as the object it is)
        that = [c for c in clause.children if c.dep_ in {"mark", "dobj"} and c.lower_ == "that" and c.i == noun.i + 1]
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        # (or none: "…, remarks Foreign Minister Marise Payne condemned as economic coercion")
        bare = not that and clause.tag_ in {"VBD", "VBN"} and bool(subjects) and subjects[0].left_edge.i == noun.i + 1
        if not (that or bare) or any(c.dep_ == "dobj" and (not that or c.i != that[0].i) for c in clause.children) or \
                not subjects:
            continue
        if noun.head.i == noun.i:
            # the noun was the sentence's root: the clause it sums up becomes the root
            mains = [c for c in noun.children if c.dep_ in {"advcl", "ccomp", "conj"} and c.i < noun.i
                     and c.pos_ in {"VERB", "AUX"}]
            if not mains:
                continue
            main = mains[0]
            for child in [c for c in noun.children if c.i < noun.i and c.i != main.i]:
                child.head = main
            main.head, main.dep_ = main, "ROOT"
            noun.head = main
        noun.pos_, noun.tag_, noun.dep_ = "NOUN", "NNS", "npadvmod"
        noun.lemma_ = noun.lower_[:-1]
        clause.head, clause.dep_ = noun, "relcl"
        if that:
            that[0].dep_ = "dobj"


# acts a summary noun may stand for, beyond those the shorter repairs know
SUMMING_NOUNS = SUMMARY_NOUNS | {"attack", "threat", "assault", "gesture", "visit", "trip", "decree", "law",
                                 "plan", "policy", "deal", "remark", "statement", "announcement", "bombardment",
                                 "offensive", "incursion", "expulsion", "arrest", "detention", "execution",
                                 "shift", "release", "handover", "reversal", "swap", "exchange", "pledge"}
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


# "-ing" nouns that sum up an act and that the model may tag as verbs
GERUND_SUMMARIES = {"finding", "ruling", "killing", "bombing", "shelling", "sentencing", "kidnapping", "shooting",
                    "crackdown", "hanging", "beating", "jailing", "listing", "warning"}


def summary_gerund_read_as_verb(doc: Doc) -> None:
    """"accused China of serious violations, a finding Beijing's mission denounced as a farce": with a
    determiner before it, "finding" is a noun (lemma "finding", not "find"), which the summary
    repairs and the patterns of nouns can then read."""
    for tok in doc:
        if tok.lower_ in GERUND_SUMMARIES and tok.tag_ == "VBG" and any(
                c.dep_ == "det" and c.lower_ in DETERMINERS and c.i < tok.i for c in tok.children):
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_
            for clause in tok.children:
                # "a finding her Awami League denounced as biased": the verb's complement was a relative clause
                if clause.dep_ == "ccomp" and clause.i > tok.i and any(c.dep_ == "nsubj" for c in clause.children) \
                        and not any(c.dep_ == "mark" or c.dep_ == "dobj" for c in clause.children):
                    clause.dep_ = "relcl"


# what a strike or a bomb does to people, and the attacks that do it
CASUALTY_VERBS = {"kill", "wound", "injure", "maim"}
ATTACK_NOUNS = {"strike", "airstrike", "attack", "bombing", "raid", "shelling", "explosion", "blast", "bomb",
                "ambush", "assault", "barrage", "missile", "rocket", "drone"}


def casualty_relative_read_on_frame(doc: Doc) -> None:
    """"opened a review of the U.S. drone strike in Kabul last month that killed ten civilians": the
    model hangs "that killed …" on the review; the relative clause tells what the nearest attack
    named before it did."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in CASUALTY_VERBS or head.lemma_.lower() in ATTACK_NOUNS \
                or not any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in verb.children):
            continue
        attacks = [t for t in doc[head.i + 1:verb.i] if t.lemma_.lower() in ATTACK_NOUNS and t.pos_ == "NOUN"
                   and t.head.i != verb.i]
        # ("its air strike on a school bus in northern Yemen that killed dozens": the place or the
        # thing hit is part of the attack's phrase)
        attacks = attacks or [a for a in head.ancestors if a.lemma_.lower() in ATTACK_NOUNS and a.pos_ == "NOUN"][:1]
        if attacks and not any(t.pos_ in {"VERB", "AUX"} for t in doc[attacks[-1].i:verb.i]):
            verb.head = attacks[-1]


def summary_relative_read_as_content(doc: Doc) -> None:
    """"apologised for the crimes, a gesture that Bosnia's presidency welcomed": a judging verb with
    a subject but no object after a summary noun and "that" is a relative clause on the noun (the
    gap is its object), though the model may tag "that" as the conjunction of a content clause."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl" or noun.lemma_.lower() not in SUMMING_NOUNS or verb.lemma_.lower() not in JUDGING:
            continue
        that = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i]
        if not that or not any(c.dep_ == "nsubj" for c in verb.children) or any(
                c.dep_ in {"dobj", "ccomp"} for c in verb.children):
            continue
        verb.dep_ = "relcl"
        that[0].dep_ = "dobj"
