"""Repairs of a verb's object that the small English model reads as a clause or leaves unattached.

"Kobakhidze rejected European Union calls to withdraw the bill": with a name before a plural noun
that can also be a verb, the model takes the name as the object and the noun as a present-tense verb
("Union calls to withdraw"), a clause under the main verb. A party's calls, demands or appeals are
what was rejected, heeded or welcomed, so the noun is the object and the name its modifier.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.nlp.clauses import CLAUSE_TAKING, REPORTING
from detente.nlp.coordination import DEADLINE_WORDS

# plural nouns of asking that the model may read as verbs, with their singular
ASKING_PLURALS = {"calls": "call", "demands": "demand", "appeals": "appeal", "requests": "request",
                  "pleas": "plea", "proposals": "proposal", "offers": "offer"}
# verbs whose object such a noun is ("rejected …", "heeded …", "welcomed …")
ANSWERING_VERBS = {"reject", "rebuff", "dismiss", "spurn", "ignore", "defy", "resist", "heed", "welcome", "answer",
                   "back", "support", "echo", "accept", "refuse", "decline", "snub", "brush", "deny"}


def asking_noun_read_as_verb(doc: Doc) -> None:
    """Rewire "rejected European Union calls to withdraw" as the verb with "calls" for its object,
    the name as the noun's modifier, wherever the model hung the noun (a clause under the verb, a
    clause under an earlier verb, or the root with the verb as its clausal subject)."""
    for noun in doc:
        if noun.lower_ not in ASKING_PLURALS or noun.tag_ != "VBZ" or noun.i < 2:
            continue
        name = doc[noun.i - 1]
        verb = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else name
        if name.pos_ not in {"PROPN", "NOUN"} or name.head.i not in {noun.i, verb.i} or \
                verb.lemma_.lower() not in ANSWERING_VERBS or verb.pos_ != "VERB" or any(
                c.dep_ == "dobj" and c.i != name.i for c in verb.children) or any(
                c.dep_ in {"aux", "neg", "dobj"} for c in noun.children):
            continue
        noun.pos_, noun.tag_, noun.lemma_ = "NOUN", "NNS", ASKING_PLURALS[noun.lower_]
        if noun.dep_ == "ROOT":
            # ("has since rejected European Union calls for an inquiry": the verb was read as the
            # noun's clausal subject)
            for child in [c for c in noun.children if c.dep_ == "punct" or c.i < verb.i]:
                child.head = child if child.i == verb.i else verb
            verb.dep_ = "ROOT"
        else:
            for child in [c for c in noun.children if c.dep_ in {"punct", "cc"}]:
                child.head = noun.head
        if verb.head.i == noun.i:
            verb.head = verb
        noun.head, noun.dep_ = verb, "dobj"
        name.head, name.dep_ = noun, "compound"


def quantifier_object_read_as_dep(doc: Doc) -> None:
    """"urging both to join an emergency summit": the model leaves "both" right after the verb
    unattached ("dep"); it is the verb's object, the one urged."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ in {"both", "all", "each"} and tok.dep_ == "dep" and verb.pos_ == "VERB" and \
                tok.i == verb.i + 1 and not any(c.dep_ == "dobj" for c in verb.children):
            tok.dep_ = "dobj"


# verbs that take what is agreed to with "to": "agreed to a truce", "committed to a roadmap"
AGREEING_VERBS = {"agree", "consent", "commit", "accede", "sign"}


def purpose_read_as_complement(doc: Doc) -> None:
    """"agreed to a truce to end deadly border fighting": after "agree to" and its object the model
    makes the infinitive a complement of "agree", as if they agreed to end the fighting; it says what
    the truce is for, so it hangs on the noun agreed to."""
    for verb in doc:
        if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in AGREEING_VERBS or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        agreed = [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "to" and p.i < verb.i
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i < verb.i]
        if agreed:
            verb.head, verb.dep_ = agreed[-1], "acl"


# verbs that take a clause (what is said, thought, wanted or asked): their clause is no second act
CLAUSE_VERBS = REPORTING | CLAUSE_TAKING | {
    "hope", "expect", "agree", "decide", "promise", "pledge", "vow", "feel", "mean", "ensure", "propose", "recommend",
    "indicate", "signal", "learn", "understand", "realise", "realize", "notice", "prove", "assume", "wish", "doubt",
    "accept", "recognise", "recognize", "note", "stress", "emphasise", "emphasize", "reiterate", "repeat", "charge",
    "accuse", "complain", "assert", "declare", "predict", "estimate", "rule", "decree", "threaten", "swear",
    "guarantee", "assure", "want", "need", "explain", "write", "remember", "recall"}


def object_read_as_conjoined_subject(doc: Doc) -> None:
    """"Azerbaijan freed 32 Armenian servicemen and Armenia released two Azerbaijani soldiers": the
    model joins the first verb's object and the second subject ("servicemen and Armenia") as the
    subject of a clause under the first verb. Two acts joined by "and": the first noun is the first
    verb's object, the name after "and" the second verb's subject."""
    for verb in doc:
        head = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ != "ccomp" or head.i > verb.i or head.pos_ != "VERB" or head.lemma_.lower() in CLAUSE_VERBS \
                or not subjects or any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i != verb.i for c in head.children) \
                or any(c.dep_ == "mark" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        first = subjects[0]
        names = [c for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i]
        joins = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
        if first.pos_ != "NOUN" or not names or not joins or first.left_edge.i <= head.i or \
                any(t.pos_ in {"VERB", "AUX"} for t in doc[head.i + 1:first.left_edge.i]):
            continue
        second = names[0]
        first.head, first.dep_ = head, "dobj"
        second.head, second.dep_ = verb, "nsubj"
        joins[0].head = head
        verb.dep_ = "conj"


# verbs that judge their object with a following adjective: "called the ruling unacceptable"
JUDGING_PREDICATE_VERBS = {"call", "consider", "deem", "declare", "term", "brand", "label", "find", "judge"}


def act_read_as_modifier_of_judgment(doc: Doc) -> None:
    """"Japan called the ruling unacceptable": the model takes an act noun in "-ing" for a participle
    modifying the judging adjective ("the [ruling unacceptable]"), or a noun for the adjective's
    compound ("the [operation unnecessary]"); the noun is the verb's object and the adjective says what
    it was called."""
    for adj in doc:
        verb = adj.head
        if adj.dep_ != "oprd" or adj.pos_ != "ADJ" or verb.lemma_.lower() not in JUDGING_PREDICATE_VERBS or any(
                c.dep_ == "dobj" for c in verb.children):
            continue
        act = next((c for c in adj.children if c.i < adj.i and (c.dep_ == "amod" and c.tag_ == "VBG" or
                                                                 c.dep_ == "compound" and c.pos_ == "NOUN")), None)
        det = next((c for c in adj.children if c.dep_ in {"det", "poss"} and c.i < (act.i if act else 0)), None)
        if act is None or det is None or act.i != adj.i - 1:
            continue
        if act.tag_ == "VBG":
            act.pos_, act.tag_, act.lemma_ = "NOUN", "NN", act.lower_
        act.head, act.dep_ = verb, "dobj"
        for child in [c for c in adj.children if c.i < act.i]:
            child.head = act


def object_read_as_subject_of_participle(doc: Doc) -> None:
    """"Egyptian police killed hundreds of protesters camped out in support of Morsi": the model reads
    the object as the subject of the participle after it, a clause under the verb, and leaves the
    verb without an object; a bare participle with no auxiliary describes the noun before it (a
    reduced relative), and the noun phrase is the verb's object."""
    for clause in doc:
        verb = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        # (the model may tag the participle as a past tense: a finite clause would need "as" or "while")
        if not (clause.tag_ == "VBN" and clause.dep_ in {"advcl", "ccomp"} or clause.tag_ == "VBD" and
                clause.dep_ == "advcl") or clause.pos_ != "VERB" or verb.pos_ != "VERB" or \
                verb.lemma_.lower() in REPORTING | CLAUSE_TAKING or \
                clause.i < verb.i or len(subjects) != 1 or any(c.dep_ in {"aux", "auxpass", "mark", "dobj"}
                                                             for c in clause.children) or \
                any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i != clause.i for c in verb.children):
            continue
        subject, described = subjects[0], doc[clause.i - 1]
        if subject.pos_ != "NOUN" or subject.left_edge.i != verb.i + 1 or described.pos_ not in {"NOUN", "PROPN"} \
                or described.i < subject.i or any(t.text in {",", ";"} for t in doc[verb.i:clause.i]):
            continue
        subject.head, subject.dep_ = verb, "dobj"
        clause.head, clause.dep_ = described, "acl"


# verbs that give their object a name: "called the cooperation a provocation" (the judging verbs that
# name rather than find, and "dub")
NAMING_VERBS = JUDGING_PREDICATE_VERBS - {"find", "judge"} | {"dub"}


def name_read_as_apposition_of_object(doc: Doc) -> None:
    """"…, calling Georgetown's defence cooperation with Washington a provocation": after a long
    object the model may hang the name given ("a provocation") on the object as an apposition; with no
    comma between them it is what the object was called, the verb's predicate (``oprd``)."""
    for name in doc:
        obj = name.head
        verb = obj.head
        if name.dep_ != "appos" or obj.dep_ != "dobj" or verb.lemma_.lower() not in NAMING_VERBS or \
                verb.pos_ != "VERB" or name.i < obj.i or any(c.dep_ == "oprd" for c in verb.children) or \
                not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in name.children) or \
                any(t.is_punct for t in doc[obj.i:name.left_edge.i]):
            continue
        name.head, name.dep_ = verb, "oprd"


def whose_object_read_as_subject(doc: Doc) -> None:
    """"fishermen whose boat the Qatari coast guard seized": the model makes "whose boat" the relative
    clause's subject and the real subject an object of "boat"; "whose boat" is what was seized."""
    for whose in doc:
        owned = whose.head
        verb = owned.head
        if whose.lower_ != "whose" or whose.dep_ != "poss" or owned.dep_ != "nsubj" or verb.dep_ != "relcl":
            continue
        doers = [c for c in owned.children if c.dep_ in {"dobj", "appos", "compound"} and owned.i < c.i < verb.i
                 and c.pos_ in {"NOUN", "PROPN"}]
        if len(doers) == 1 and not any(c.dep_ == "dobj" for c in verb.children):
            doers[0].head, doers[0].dep_ = verb, "nsubj"
            owned.dep_ = "dobj"


# verbs that name their object something: "calling the transit ban an act of economic warfare"
NAMING_VERBS = {"call", "label", "brand", "term", "dub", "describe"}


def named_object_read_as_clause(doc: Doc) -> None:
    """"calling the transit ban an act of economic warfare": with a noun before a word that can be a
    verb ("ban", "cut", "plan"), the model reads "the transit" as the object and "ban an act" as a small
    clause; the two nouns are the object and what follows is its name."""
    for word in doc:
        verb, noun = word.head, doc[word.i - 1] if word.i > 0 else word
        if word.dep_ not in {"oprd", "ccomp", "xcomp"} or word.tag_ not in {"VB", "VBP"} or \
                verb.lemma_.lower() not in NAMING_VERBS or noun.dep_ != "dobj" or noun.head.i != verb.i or \
                noun.pos_ != "NOUN" or any(c.dep_ in {"nsubj", "aux"} for c in word.children):
            continue
        names = [c for c in word.children if c.dep_ == "dobj" and any(d.lower_ in {"a", "an"} for d in c.children)]
        if len(names) != 1:
            continue
        noun.head, noun.dep_ = word, "compound"
        word.head, word.dep_, word.pos_, word.tag_ = verb, "dobj", "NOUN", "NN"
        names[0].head, names[0].dep_ = verb, "oprd"


def name_read_as_head_of_object(doc: Doc) -> None:
    """"calling the manoeuvres intimidation": a plural noun seldom modifies the noun after it, so the
    model's compound "manoeuvres intimidation" is the object and, after it, the name it is given."""
    for name in doc:
        verb = name.head
        if name.dep_ not in {"dobj", "oprd"} or verb.lemma_.lower() not in NAMING_VERBS or name.tag_ != "NN" or \
                name.i < 1 or any(c.dep_ == "dobj" and c.i != name.i for c in verb.children):
            continue
        thing = doc[name.i - 1]
        if thing.dep_ != "compound" or thing.head.i != name.i or thing.tag_ != "NNS" or \
                thing.lower_ in {"arms", "sports", "customs", "talks", "news", "affairs", "forces", "rights"}:
            continue
        for mod in [c for c in name.children if c.i < thing.i]:  # ("the"): the object's
            mod.head = thing
        thing.head, thing.dep_ = verb, "dobj"
        name.dep_ = "oprd"


# gerunds that are the first half of a fixed compound noun ("warning shots")
COMPOUND_GERUNDS = {"warning": {"shot", "shots"}, "firing": {"squad", "squads"}}


def gerund_read_in_compound_noun(doc: Doc) -> None:
    """"fired hundreds of warning shots at a Russian plane": the model reads "warning" as a gerund
    and "shots" as its object; the two are one noun, and the noun takes the gerund's place."""
    for tok in doc[:-1]:
        noun = doc[tok.i + 1]
        if tok.tag_ != "VBG" or noun.lower_ not in COMPOUND_GERUNDS.get(tok.lower_, ()) or noun.head.i != tok.i:
            continue
        dep = "pobj" if tok.dep_ == "pcomp" else tok.dep_  # ("hundreds of warning shots")
        noun.head, noun.dep_ = (tok.head, dep) if tok.head.i != tok.i else (noun, "ROOT")
        host = noun  # ("fired hundreds of warning shots at a plane": the aim is the firing's, as with "fired shots at")
        while host.dep_ == "pobj" and host.head.lower_ == "of" and host.head.head.i != host.head.i:
            host = host.head.head
        for child in list(tok.children):
            if child.i != noun.i:
                aim = child.dep_ == "prep" and host.dep_ == "dobj" and host.i != noun.i
                child.head = host.head if aim else noun
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "compound", "NOUN", "NN"


def recipient_read_as_modifier_of_deadline(doc: Doc) -> None:
    """"The African Union gave Niger's junta 15 days to reinstate Bazoum": the model hangs the one
    given the deadline on the deadline, as a modifier of "days"; it is the verb's first object."""
    for span in doc:
        verb = span.head
        if span.dep_ != "dobj" or span.lemma_.lower() not in DEADLINE_WORDS or \
                verb.lemma_.lower() not in {"give", "grant"} or any(c.dep_ == "dative" for c in verb.children):
            continue
        count = next((n for n in span.children if n.dep_ == "nummod"), None)
        owner = next((c for c in span.children if c.dep_ in {"nmod", "compound", "amod"} and c.pos_ in {"NOUN", "PROPN"}
                      and count is not None and c.i < count.i), None)
        if owner is not None:
            for mod in [c for c in span.children if c.i < owner.i]:  # ("Niger's", read on "days" too)
                mod.head = owner
            owner.head, owner.dep_ = verb, "dative"
