"""Repairs of clause structure the small English model misreads: the content of a demand, the
complement of a control verb, a reported clause's subject, what a relative clause with no "that"
calls its antecedent, and a participle that comments on the main clause (a summary noun's zero
relative clause has its own module, :mod:`detente.nlp.summaries`). Run with the other parse repairs
(see :mod:`detente.nlp.repairs`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token


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


# bare verbs of a demanded act that are adjectives too ("free", "open")
ADJECTIVE_VERBS = {"free", "open", "close", "clear"}


def demanded_verb_read_as_adjective(doc: Doc) -> None:
    """"demanded that Algeria free novelist Boualem Sansal": the model reads "Algeria free novelist" as
    modifiers of the name, which it makes the clause; "free" is the clause's verb, the first name its
    subject and the titled name its object. So too on a common noun with a named subject ("recommended
    that the EU open membership negotiations") and with the subject hung on the verb ("that Moscow free …")."""
    for clause in doc:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if clause.dep_ not in {"ccomp", "dobj", "dep"} or clause.pos_ not in {"PROPN", "NOUN"} or not marks or (
                clause.pos_ == "NOUN" and not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)):
            continue  # ("recommended that the EU open membership negotiations": a common noun needs the named subject)
        titles = [c for c in clause.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < clause.i]
        for title in [*titles, clause]:  # ("that Algeria free Boualem Sansal": on the name itself)
            verbs = [c for c in title.children if c.dep_ in {"amod", "compound"} and c.lower_ in ADJECTIVE_VERBS]
            names = [c for c in title.children if c.dep_ in {"compound", "nsubj"} and c.pos_ == "PROPN"
                     and verbs and c.i < verbs[0].i] or [  # (or hung on the adjective: "that Moscow free …")
                c for v in verbs[:1] for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if not verbs or not names:
                continue
            make_clause_verb(verbs[0], names[-1], clause)
            break


def make_clause_verb(verb: Token, subject: Token, clause: Token) -> None:
    """Rewire a demanded clause the model built on its object's name: the bare ``verb`` becomes the
    clause (with its marks), ``subject`` its subject and the name its object, the rest of the name's
    words one name with it ("that Pyongyang release Otto Warmbier", "that Algeria free Boualem Sansal")."""
    verb.head, verb.dep_, verb.pos_, verb.tag_ = clause.head, "ccomp", "VERB", "VB"
    subject.head, subject.dep_ = verb, "nsubj"
    for child in list(clause.children):
        if child.dep_ == "mark":
            child.head = verb
        elif child.dep_ in {"nsubj", "compound"} and child.i > verb.i:
            child.dep_ = "compound"  # "Otto Warmbier": one name
    clause.head, clause.dep_ = verb, "dobj"


# verbs whose free relative names a thing: "struck what it called militant hideouts", "what it
# described as hideouts" (the pattern grammar's naming verbs, and "describe")
WHAT_NAMING_VERBS = {"call", "term", "label", "brand", "dub", "describe"}


def what_named(verb: Token) -> Token | None:
    """The thing a free relative names ("what it called militant hideouts" → hideouts), or None."""
    if verb.lemma_.lower() not in WHAT_NAMING_VERBS or not any(c.lower_ == "what" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"} and c.lower_ != "what"),
                None)


def naming_clause(clause: Token) -> bool:
    """"(struck) what New Delhi called a camp": a free relative that names a verb's object; its
    speaker only names the thing, and is no party to the act."""
    return clause.dep_ == "ccomp" and what_named(clause) is not None


def place_read_on_naming_verb(doc: Doc) -> None:
    """"struck what New Delhi called a militant camp near Balakot": the model hangs the place on
    "called"; it says where the thing named is, so it belongs to the name."""
    for verb in doc:
        named = what_named(verb) if verb.dep_ == "ccomp" else None
        if named is None:
            continue
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.i > named.i and c.lower_ in {
                "near", "in", "outside", "inside", "around", "on"}]:
            prep.head = named


# meetings a reduced relative ("talks mediated by Putin") may follow
MEDIATED_EVENTS = {"talk", "talks", "negotiation", "meeting", "summit", "consultation", "dialogue"}


def mediated_meeting_read_as_clause(doc: Doc) -> None:
    """"agreed to demarcate their border, after talks in Sochi mediated by Putin": the model may read
    "after talks … mediated by" as a clause with "talks" as the subject of "mediated"; it is a
    preposition whose object, the talks, has a reduced relative clause with its mediator."""
    for verb in doc:
        marks = [c for c in verb.children
                 if c.dep_ == "mark" and c.lower_ in {"after", "before", "following", "during"}]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in MEDIATED_EVENTS]
        if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBN"} or not marks or not subjects or not any(
                c.dep_ == "agent" for c in verb.children) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            continue
        mark, talks = marks[0], subjects[0]
        mark.head, mark.dep_, mark.pos_ = verb.head, "prep", "ADP"
        talks.head, talks.dep_ = mark, "pobj"
        verb.head, verb.dep_ = talks, "acl"


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


# verbs that give an object a name or description, for the parse repairs (wider than the pattern
# grammar's coding.grammar.NAMING_VERBS, which the parse layer does not import)
NAMING_VERBS = {"call", "term", "dub", "label", "brand", "deem", "consider"}


def description_read_as_object(doc: Doc) -> None:
    """"a verdict the State Department called a blow to press freedom": in a relative clause with
    no relative pronoun, a naming verb's one noun after it is what the gap (the verdict) is called,
    not its object; the antecedent fills the object gap."""
    for verb in doc:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in NAMING_VERBS or verb.head.pos_ != "NOUN":
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "nsubj" and c.lower_ not in {"who", "which", "that"} for c in kids) or any(
                c.lower_ in {"that", "which", "who", "whom", "whose"} or c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}
                for c in kids):
            continue
        said = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
        if len(said) == 1:
            said[0].dep_ = "oprd"


def description_run_into_next_clause(doc: Doc) -> None:
    """"Kono called the ruling totally unacceptable and summoned Seoul's ambassador": the model reads
    "the ruling … unacceptable and summoned Seoul's ambassador" as one noun phrase, the adjective and
    the verb after "and" modifying "ambassador"; the thing named is the naming verb's object, the
    adjective what it is called, and the verb after "and" a second verb with that noun as object."""
    for second in doc:
        adj = second.head
        if second.tag_ not in {"VBD", "VBN"} or second.dep_ != "conj" or adj.pos_ != "ADJ" or \
                doc[second.i - 1].lower_ != "and":
            continue
        if adj.dep_ == "oprd" and adj.head.lemma_.lower() in NAMING_VERBS:
            # (or the verb after "and" hangs on the adjective: "called the ruling unacceptable and summoned")
            doc[second.i - 1].head = adj.head
            second.head, second.pos_, second.tag_ = adj.head, "VERB", "VBD"
            continue
        if adj.dep_ != "amod":
            continue
        noun, verb = adj.head, adj.head.head
        if noun.dep_ not in {"oprd", "dobj"} or verb.lemma_.lower() not in NAMING_VERBS or not verb.i < adj.i < noun.i:
            continue
        named = [c for c in noun.children if c.i < adj.i and c.dep_ in {"nmod", "compound"}]
        if not named:
            continue
        thing = named[-1]
        for det in [c for c in noun.children if c.i < thing.i and c.dep_ in {"det", "poss"}]:
            det.head = thing
        thing.head, thing.dep_, thing.pos_ = verb, "dobj", "NOUN"
        adj.head, adj.dep_ = verb, "oprd"
        doc[second.i - 1].head = verb
        second.head, second.dep_, second.pos_, second.tag_ = verb, "conj", "VERB", "VBD"
        noun.head, noun.dep_ = second, "dobj"


COMMENTING_PARTICIPLES = {"call", "say", "accuse", "describe", "add", "warn", "claim", "insist", "argue", "note",
                          "brand", "label", "dismiss", "denounce", "condemn", "blame", "term", "cite", "charge",
                          # acts of the one demanding: "demanded that France pull out, rejecting its timetable"
                          "reject", "threaten", "vow", "promise", "offer", "refuse", "deny", "criticise", "criticize",
                          # ("demanded that Vilnius scrap a law, launching legal action against Lithuania")
                          "launch", "open", "file", "impose", "summon"}


# verbs whose complement clause a later participle may wrongly hang on
# (not verbs of saying: in "a spokesman said Iran expelled them, accusing them of spying" the one
# reported may be the one accusing)
CLAUSE_TAKING = {"demand", "insist", "urge", "call", "ask", "order", "press", "appeal", "request"}


def commenting_participle(part: Token, dep: str = "advcl", words: set[str] = COMMENTING_PARTICIPLES) -> bool:
    """", calling their presence a provocation": a participle of saying (one of ``words``) after a comma, in an
    adverbial clause (or in the clause ``dep`` names)."""
    return part.dep_ == dep and part.tag_ == "VBG" and part.lemma_.lower() in words and \
        part.i > 0 and part.doc[part.i - 1].text == ","


def participle_after_complement(doc: Doc) -> None:
    """"Manila demanded that China withdraw its vessels, calling their presence a provocation": after a
    comma, a participle of saying that the model hangs on the complement clause comments on the
    main clause; its doer is the main clause's subject, not the complement's."""
    for part in doc:
        clause = part.head
        if not commenting_participle(part) or clause.dep_ not in {"ccomp", "xcomp"} or \
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
    it belongs to the verb that states it (above any reported clause). So does a participle after a
    comma."""
    for prep in doc:
        verb = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in OCCASION_NOUNS]
        # ("threatened to expel Ethiopian troops unless Addis Ababa dropped its deal, accusing its
        # neighbour of …": a participle after a comma is said by the one who states the condition)
        participle = prep.dep_ == "advcl" and prep.tag_ == "VBG" and prep.i > 0 and prep.nbor(-1).lower_ == ","
        if not (prep.dep_ == "prep" and prep.lower_ in {"during", "at"} and objects or participle) or \
                verb.dep_ != "advcl" or prep.i < verb.i or \
                not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
            continue
        top = verb.head
        while top.dep_ in ({"ccomp", "xcomp"} if participle else {"ccomp"}) and top.head.i != top.i and \
                top.head.i < top.i:
            top = top.head
        if top.i < verb.i:
            prep.head = top


# entity types of a name that merely ends in -ing ("Beijing", "Kunming", "Reading")
PLACE_OR_NAME = {"GPE", "LOC", "FAC", "PERSON", "NORP"}


def participle_read_as_name(doc: Doc, lemmatize: Callable[[Token], list[str]]) -> None:
    """"Accusing Greece of occupying islands, Erdogan warned …": the model may take a sentence's
    opening participle for a name, part of the noun after it, and give the verb two subjects; it is
    a participial clause with that noun as its object. ``lemmatize`` is the model's rule lemmatizer."""
    for sent in doc.sents:
        part = sent[0]
        if part.tag_ != "NNP" or not part.lower_.endswith("ing") or len(part) < 6:
            continue
        if part.dep_ in {"csubj", "nsubj", "advcl"} and part.ent_type_ not in PLACE_OR_NAME and \
                _subject_after_comma(part.head, part):
            # (or as the clause's own subject, the real one after the comma: "Accusing Seoul of …,
            # North Korea's General Staff ordered …")
            if _as_participle(part, lemmatize):
                part.dep_ = "advcl"
            continue
        noun, verb = part.head, part.head.head
        if part.dep_ != "compound" or noun.dep_ != "nsubj" or noun.i != part.i + 1 or \
                not _subject_after_comma(verb, noun):
            continue
        if _as_participle(part, lemmatize):
            part.head, part.dep_ = verb, "advcl"
            noun.head, noun.dep_ = part, "dobj"


def _subject_after_comma(verb: Token, after: Token) -> bool:
    """Whether ``verb`` has a subject after ``after`` with a comma between them."""
    doc = verb.doc
    return any(c.dep_ == "nsubj" and c.i > after.i and any(t.text == "," for t in doc[after.i:c.i])
               for c in verb.children)


def _as_participle(part: Token, lemmatize: Callable[[Token], list[str]]) -> bool:
    """Re-tag ``part`` as a present participle with its verb's lemma; False (and the name's tags kept)
    when no verb has that form ("Beijing" lemmatizes to itself as a name would)."""
    part.pos_, part.tag_ = "VERB", "VBG"
    lemmas = lemmatize(part)
    if not lemmas or lemmas[0] == part.lower_:
        part.pos_, part.tag_ = "PROPN", "NNP"  # no verb of that form: a name after all
        return False
    part.lemma_ = lemmas[-1]
    return True


# relative clauses whose speaker a participle of saying continues
ANSWERING_CLAUSES = COMMENTING_PARTICIPLES | {"deny", "reject", "dismiss", "respond", "reply", "counter", "say"}


def participle_after_relative(doc: Doc) -> None:
    """"Kyiv demanded that Moscow free the sailors its coast guard had seized, accusing Russia of
    aggression": after a comma, a participle of saying that the model hangs on a relative clause (or
    on a clause inside one) comments on the sentence's main clause, whose subject does the saying."""
    for part in doc:
        # (or on the noun the relative clause describes: "over balloons that forced the airport to close,
        # accusing Minsk of doing nothing")
        on_noun = commenting_participle(part, "acl") and any(c.dep_ == "relcl" and c.i < part.i
                                                             for c in part.head.children)
        if not (commenting_participle(part) or on_noun) or part.head.lemma_.lower() in ANSWERING_CLAUSES:
            continue  # ("…, which New Delhi denied, blaming instead …": the one answering goes on)
        node, inside = part.head, on_noun
        while node.head.i != node.i:
            inside = inside or node.dep_ == "relcl"
            node = node.head
        if inside and node.pos_ in {"VERB", "AUX"} and node.i < part.i and any(
                c.dep_ == "nsubj" for c in node.children):
            part.head, part.dep_ = node, "advcl"


# verbs that do take a clause ("witnesses said a crowd gathered …, leaving …")
REPORTING = {"say", "report", "claim", "announce", "state", "tell", "confirm", "add", "believe", "think", "know",
             "show", "reveal", "find", "deny", "allege", "see", "hear", "fear", "suggest", "argue", "warn", "conclude",
             "acknowledge", "admit", "determine", "establish"}
# participles of a strike's result: "bombed a crowd gathered for a ceremony, killing dozens"
RESULT_PARTICIPLES = {"kill", "wound", "injure", "leave", "destroy", "damage", "flatten", "raze"}


def result_participle_read_on_description(doc: Doc) -> None:
    """"Myanmar's air force bombed a crowd of opposition supporters gathered for a ceremony, killing
    dozens of people": the model hangs the result participle after the comma on the past participle
    describing the object ("gathered"), which makes the crowd the killers; the result is the main
    verb's, whose subject did the killing."""
    for part in doc:
        described = part.head
        if part.tag_ != "VBG" or part.dep_ != "advcl" or part.lemma_.lower() not in RESULT_PARTICIPLES or \
                described.tag_ not in {"VBN", "VBD"} or doc[part.i - 1].text != ",":
            continue
        # (the model may also read the described object and its participle as a clause, "bombed [a crowd
        # gathered …]", the participle then a complement with no subject of its own)
        if described.dep_ != "acl" and not (described.dep_ == "ccomp" and _object_read_as_subject(described)):
            continue
        verb = described.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in {"VERB", "AUX"} and verb.i < described.i and any(c.dep_ == "nsubj" for c in verb.children):
            part.head = verb


def _object_read_as_subject(clause: Token) -> bool:
    """"bombed [a crowd gathered for a ceremony]": a complement clause under a verb that takes no
    clause, whose subject (if any) stands where the verb's missing object would."""
    verb = clause.head
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c.dep_ == "mark" for c in clause.children):
        return False  # "concluded that aircraft had dropped sarin, killing …": a real clause
    return verb.lemma_.lower() not in CLAUSE_TAKING | REPORTING and not any(c.dep_ == "dobj" for c in verb.children) and all(
        verb.i < s.i < clause.i for s in subjects)

