"""Repairs of a clause's subject: where the small English model loses the subject of the main verb.

After a parenthetical, an opening clause or a long noun phrase the model may leave the main verb
without a subject, make it a modifier of its own subject, or hang the subject on another word
("Beijing, which had been under pressure for weeks, called on …", "Ankara's expulsion of the Dutch
ambassador angered officials"). Each function is one repair of :mod:`detente.nlp.repairs`, which
runs them in order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def verbless_subject(doc: Doc) -> None:
    """"Beijing, which had been under pressure for weeks, called on New Delhi to ...": after a
    parenthetical the model often makes the main verb a reduced relative ("acl") of the subject and
    leaves the subject as the root, or hangs it on a later clause's verb beside that verb's own
    subject ("..., a day after India revoked ..."); the verb is the root and the noun its subject."""
    for sent in doc.sents:
        root = sent.root
        for noun in _stranded_subjects(root):
            holders = [noun, *(c for c in noun.children if c.dep_ == "appos")]
            verbs = [c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"}
                     and c.i > 0 and doc[c.i - 1].text == "," and not any(
                         k.dep_ in {"nsubj", "nsubjpass", "auxpass"} for k in c.children)]
            if not verbs:
                continue
            verb = verbs[0]
            trailing = [c for c in root.children if c.i > verb.i and c.dep_ == "punct"] if root.i == noun.i else []
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
            if root.i != noun.i:
                root.head, root.dep_ = verb, "advcl"
            for punct in trailing:
                punct.head = verb
            break


def subject_read_as_apposition(doc: Doc) -> None:
    """"Hours after Iran announced that it had hanged Alireza Akbari, Prime Minister Rishi Sunak
    called the execution callous": after an opening clause ending in a name, the model reads the
    main clause's subject as an apposition to that name and leaves the main verb without one."""
    for verb in doc:
        # ("Brushing aside appeals from Stockholm, …, Eritrea's foreign minister said": the opening
        # participle itself taken for the subject)
        # (or as a clausal subject: "Speaking alongside Magdalena Andersson in Stockholm, Finland's
        # Sanna Marin said")
        gerund = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"} and c.tag_ == "VBG" and c.i == c.sent.start]
        if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 3 or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} and c not in gerund for c in verb.children):
            continue
        for g in gerund:
            g.dep_ = "advcl"
        name = doc[verb.i - 2] if doc[verb.i - 1].text == "," else doc[verb.i - 1]
        while name.dep_ == "appos" and name.head.dep_ == "appos" and doc[name.head.left_edge.i - 1].text == ",":
            name = name.head  # "…, Norway's foreign minister, Jonas Gahr Store, said": the first of the pair
        # (or an opening phrase: "On a rare visit to Mogadishu, USAID Administrator Samantha Power praised")
        opening = _openings(verb, name.i)
        if name.dep_ != "appos" or name.pos_ not in {"PROPN", "NOUN"} or doc[name.left_edge.i - 1].text != "," or \
                not any(name.head in c.subtree for c in opening):
            continue
        name.head, name.dep_ = verb, "nsubj"


def subject_read_as_list_conjunct(doc: Doc) -> None:
    """"At talks in Doha mediated by Qatar and Turkey, Pakistan and Afghanistan agreed to a ceasefire":
    after an opening phrase ending in a list of names, the model runs the main clause's conjoined subject
    on as more items of that list and leaves the main verb without a subject."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 4 or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
            continue
        name = doc[verb.i - 1]
        while name.dep_ == "conj" and name.head.dep_ == "conj" and doc[name.left_edge.i - 1].text != ",":
            name = name.head  # ("Pakistan and Afghanistan": back to the first of the pair)
        opening = _openings(verb, name.i)
        if name.dep_ != "conj" or name.pos_ not in {"PROPN", "NOUN"} or doc[name.left_edge.i - 1].text != "," or \
                name.head.i >= name.i or not any(name.head in c.subtree for c in opening):
            continue
        name.head, name.dep_ = verb, "nsubj"


def subject_read_as_object_conjunct(doc: Doc) -> None:
    """"Colombia sent rescue teams and Venezuela flew in tonnes of food": the model reads the second
    clause's subject as one more object of the first verb ("teams and Venezuela") and leaves the
    second verb without a subject; a name right before a finite verb that lacks one is its subject."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or verb.i < 3 or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        name, first = doc[verb.i - 1], verb.head
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.dep_ != "dobj" or name.head.head.i != first.i \
                or first.i != verb.head.i or name.head.pos_ == "PROPN":
            continue
        for cc in [c for c in name.head.children if c.dep_ == "cc" and c.i < name.i]:
            cc.head = first
        name.head, name.dep_ = verb, "nsubj"


def pronoun_read_as_name_modifier(doc: Doc) -> None:
    """"flew to Bishkek, where he and Kyrgyz President Sadyr Japarov signed a treaty": the model may read
    the pronoun as a modifier of the name after "and" (with the title as the pronoun's conjunct); the
    pronoun and the name are the verb's conjoined subject."""
    for pron in doc:
        name = pron.head
        if pron.pos_ != "PRON" or pron.lower_ not in {"he", "she", "they", "we"} or pron.i + 1 >= len(doc) or \
                doc[pron.i + 1].lower_ != "and" or pron.dep_ not in {"nmod", "compound", "poss"} or \
                name.dep_ not in {"nsubj", "nsubjpass"} or name.pos_ != "PROPN" or name.i < pron.i:
            continue
        verb = name.head
        for title in [c for c in pron.children if c.dep_ == "conj" and pron.i < c.i < name.i]:
            title.head, title.dep_ = name, "compound"
        pron.head, pron.dep_ = verb, name.dep_
        name.head, name.dep_ = pron, "conj"


def _openings(verb: Token, before: int) -> list[Token]:
    """The verb's opening clause or sentence-initial phrase, ending before token ``before``."""
    return [c for c in verb.children
            if c.i < before and (c.dep_ == "advcl" or c.dep_ == "prep" and c.i == c.sent.start)]


def _stranded_subjects(root: Token) -> list[Token]:
    """A noun root, or a second subject of the root verb that comes before the first."""
    if root.tag_[:2] == "NN":
        return [root]
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return subjects[:1] if len(subjects) >= 2 and subjects[0].tag_[:2] == "NN" else []


def compound_subject(doc: Doc) -> None:
    """"demanded that Tokyo apologise", "demanded that Warsaw shelve the law": the model may read the
    name and the bare verb as one noun compound; a clause with a name as its compound is that name's
    act."""
    for clause in doc:
        if clause.dep_ not in {"ccomp", "xcomp", "advcl"} or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        names = [c for c in clause.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < clause.i]
        if names:
            names[-1].dep_ = "nsubj"


def subject_before_aside(doc: Doc) -> None:
    """"Rebels claimed the assault on the consulate in Karachi, and Beijing, while condemning the
    attackers, demanded ...": the model joins "Beijing" to "Karachi" and leaves "demanded" without a
    subject; the name before the comma-enclosed aside is the second clause's subject."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 5 or doc[verb.i - 1].text != "," or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        asides = [a for a in doc[:verb.i] if a.dep_ == "advcl" and a.right_edge.i == verb.i - 2
                  and a.left_edge.i >= 2 and doc[a.left_edge.i - 1].text == ","]
        if not asides:
            continue
        aside = asides[0]
        name = doc[aside.left_edge.i - 2]
        if name.dep_ != "conj" or name.pos_ not in {"PROPN", "NOUN"} or doc[name.left_edge.i - 1].lower_ != "and":
            continue
        name.head, name.dep_ = verb, "nsubj"
        aside.head = verb


def main_verb_read_as_adjective(doc: Doc) -> None:
    """"Ankara's expulsion of the Dutch ambassador angered officials in The Hague": with a long noun
    phrase for a subject, the model may read the main verb as an adjective of its object and leave
    the sentence without a verb; a past-tense form after the noun root heads the sentence."""
    for verb in doc:
        root, obj = verb.sent.root, verb.head
        if verb.tag_ != "VBD" or verb.dep_ != "amod" or root.pos_ not in {"NOUN", "PROPN"} or not (
                root.i < verb.i < obj.i) or any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in verb.sent):
            continue
        # words of the subject phrase the model hung on the object go back to the open preposition
        # before them ("of the Dutch ambassador")
        for stray in [c for c in obj.children if c.i < verb.i and c.dep_ != "amod" and c.i != verb.i]:
            opened = [t for t in doc[root.i:stray.i] if t.dep_ == "prep" and not any(
                c.dep_ == "pobj" for c in t.children)] + ([obj.head] if obj.dep_ == "pobj" else [])
            if opened:
                stray.head, stray.dep_ = opened[-1], "pobj"
        for punct in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
            punct.head = verb
        verb.pos_ = "VERB"
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"


def verb_with_subject_read_as_adjective(doc: Doc) -> None:
    """"Brazil extradited Italian mafia boss Rocco Morabito to Rome": the model reads the verb as an
    adjective of a long name after it, yet gives it the sentence's subject; a past-tense form with a
    subject and no other verb in the sentence heads it, and the name is its object."""
    for verb in doc:
        root = verb.sent.root
        # (the model may tag the past tense a participle: "Szijjarto lobbied fellow EU ministers")
        if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or root.pos_ not in {"NOUN", "PROPN"} or \
                root.i < verb.i or any(c.dep_ in {"aux", "auxpass"} for c in verb.children) or \
                not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or \
                any(t.pos_ in {"VERB", "AUX"} and t.i != verb.i for t in doc[verb.sent.start:root.i + 1]):
            continue
        node = verb.head  # the words from the verb's head up to the root name one thing
        while node.i != root.i and node.dep_ in {"compound", "amod", "appos", "nmod"}:
            node = node.head
        if node.i != root.i:
            continue
        for late in [c for c in root.children if c.i > root.i and c.dep_ in {
                "prep", "npadvmod", "punct", "advmod", "advcl", "conj", "cc"} and c.lower_ != "of"]:
            late.head = verb  # "to Rome on Wednesday": the verb's phrases
        for infinitive in [c for c in root.children if c.i > root.i and c.dep_ in {"relcl", "acl"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]:
            infinitive.head, infinitive.dep_ = verb, "xcomp"  # "lobbied ministers … to block sanctions"
        verb.tag_ = "VBD"
        verb.pos_ = "VERB"
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dobj"


OPENING_SUBORDINATORS = {"after", "before", "since", "until", "once", "when", "while", "because"}


def subject_read_as_object_of_subordinator(doc: Doc) -> None:
    """"After a court in Abu Dhabi sentenced the student, …": the model reads "after" as a
    preposition with the clause's subject as its object, and leaves the clause's verb without a
    subject; when the verb follows that noun phrase at once, the noun is its subject and the
    subordinator its marker."""
    for sub in doc:
        if sub.lower_ not in OPENING_SUBORDINATORS or sub.dep_ != "prep":
            continue
        nouns = [c for c in sub.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
        if not nouns or nouns[0].right_edge.i + 1 >= len(doc):
            continue
        noun, verb = nouns[0], doc[nouns[0].right_edge.i + 1]
        # ("a day after a court in Doha sentenced them": "after" may hang on the measure of time,
        # which the model hangs on the clause's verb)
        measured = sub.head.dep_ == "npadvmod" and sub.head.head.i == verb.i
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ccomp", "advcl", "conj"} or \
                sub.head.i not in {verb.i, verb.head.i} and not measured or any(
                    c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        sub.head, sub.dep_ = verb, "mark"
        if verb.dep_ == "ccomp":
            verb.dep_ = "advcl"


def subject_read_as_verb_conjunct(doc: Doc) -> None:
    """"the gun failed to fire and police arrested him": the model may join the noun to the verb
    before "and" and leave the next verb without a subject; a noun is no conjunct of a verb, so
    when a past-tense verb without a subject follows it at once, the noun is its subject."""
    for noun in doc:
        if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.pos_ != "VERB" or \
                noun.i + 1 >= len(doc):
            continue
        verb = doc[noun.i + 1]
        if verb.tag_ != "VBD" or verb.i <= noun.head.i or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"


def opening_participle_read_as_adjective(doc: Doc) -> None:
    """"Pounding residential districts of Kharkiv with rockets, Russian forces shelled …": the model
    reads the opening participle as an adjective of its object and makes that object a second
    subject of the main verb; the participle is an adverbial clause and the noun its object."""
    for sent in doc.sents:
        part = sent[0]
        noun = part.head
        if part.tag_ != "VBG" or part.dep_ not in {"amod", "compound"} or noun.dep_ != "nsubj" or noun.i <= part.i:
            continue
        verb = noun.head
        later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.right_edge.i]
        if not later or doc[later[0].left_edge.i - 1].text != ",":
            continue
        part.head, part.dep_ = verb, "advcl"
        noun.head, noun.dep_ = part, "dobj"
        part.pos = doc.vocab.strings.add("VERB")


def acronym_read_as_verb(doc: Doc) -> None:
    """"ECOWAS leaders meeting in Abuja gave Niger's junta one week …": the model may read an
    acronym opening the sentence as a verb with the noun after it as its object; an all-capital word
    is a name, the first word of its subject's noun phrase."""
    for sent in doc.sents:
        acronym = sent[0]
        if not (acronym.text.isupper() and len(acronym.text) >= 3 and acronym.pos_ == "VERB") or \
                acronym.i + 1 >= sent.end:
            continue
        noun, verb = doc[acronym.i + 1], acronym.head
        if noun.head.i != acronym.i or noun.pos_ not in {"NOUN", "PROPN"} or verb.i <= noun.i or \
                verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        for child in [c for c in acronym.children if c.i != noun.i]:
            child.head = noun
            if child.tag_ == "VBG":
                child.dep_ = "acl"  # ("leaders meeting in Abuja")
        noun.head, noun.dep_ = verb, "nsubj"
        acronym.head, acronym.dep_ = noun, "compound"
        acronym.pos, acronym.tag_, acronym.lemma_ = doc.vocab.strings.add("PROPN"), "NNP", acronym.text


def opening_participle_read_as_clausal_subject(doc: Doc) -> None:
    """"Visiting Beijing on Monday, Solomon Islands Prime Minister Manasseh Sogavare held talks …": the
    model may read the opening participle as the main verb's clausal subject and hang the first words
    of the real subject on it; the participle is an adverbial clause, those words belong to the subject."""
    for sent in doc.sents:
        part = sent[0]
        verb = part.head
        if part.tag_ != "VBG" or part.dep_ != "csubj" or verb.i <= part.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > part.i]
        commas = [t for t in doc[part.i + 1:subjects[0].i] if t.text == ","] if subjects else []
        if not commas:
            continue
        part.dep_ = "advcl"
        for word in [c for c in part.children if commas[-1].i < c.i < subjects[0].i]:
            word.head, word.dep_ = subjects[0], "compound"


def conjunct_read_on_apposition(doc: Doc) -> None:
    """"Thailand's defence minister Nattaphon Narkphanit and Cambodia's Tea Seiha met": the model
    joins the second name to the first one's apposition; a single minister cannot be two people, so a
    name conjoined to the apposition of a singular noun is conjoined to the noun. So is a title
    conjoined there ("Nepal's prime minister Girija Prasad Koirala and Maoist rebel leader Prachanda"),
    with the name after it, which the model hangs on the first noun, as the title's own."""
    for name in doc:
        appos = name.head
        noun = appos.head
        own_name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                         c.left_edge.i == name.i + 1), None) if name.pos_ == "NOUN" else None
        titled = own_name is not None
        if name.dep_ != "conj" or name.pos_ != "PROPN" and not titled or appos.dep_ != "appos" or \
                appos.pos_ != "PROPN" or \
                noun.tag_ != "NN" or noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or \
                not noun.i < appos.i < name.i or any(t.text == "," for t in doc[noun.i:appos.i]):
            continue  # ("the minister, Nattaphon Narkphanit, and …" leaves commas to the model)
        for child in [c for c in appos.children if c.dep_ == "cc" and c.i < name.i]:
            child.head = noun
        name.head = noun
        if own_name is not None:
            own_name.head = name


# verbs by which a group that went through something tells of it
TELLING_VERBS = {"say", "tell", "report", "recount", "describe", "allege", "claim", "testify", "recall"}


def participle_read_as_main_verb(doc: Doc) -> None:
    """"Detainees freed from Minsk's jail said riot police had beaten them": the model reads the
    reduced relative "freed from …" as a finite verb with "Detainees" as its subject, reported by a
    "said" left without one; the participle describes the subject of "said"."""
    for verb in doc:
        say = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if verb.tag_ != "VBD" or verb.dep_ != "ccomp" or say.i < verb.i or say.lemma_.lower() not in TELLING_VERBS \
                or any(c.dep_.startswith("nsubj") for c in say.children) or not subjects or \
                subjects[0].i != verb.i - 1 or any(c.dep_ in {"dobj", "ccomp", "mark", "aux"} for c in verb.children) \
                or not any(c.dep_ == "prep" for c in verb.children) or \
                any(t.head.i < verb.i or t.head.i >= say.i for t in doc[verb.i + 1:say.i]):
            continue
        noun = subjects[0]
        noun.head, noun.dep_ = say, "nsubj"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"


def second_subject_read_beside_first(doc: Doc) -> None:
    """"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty": the model
    makes both long names subjects of the verb, the "and" hanging on the first; the second is the
    first's conjunct (one subject of two parties). A lone flag before a participle ("Thai acting Prime
    Minister …") made a subject of its own modifies the title after it."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if not any(first.children) and first.i + 1 == second.left_edge.i and first.pos_ in {"PROPN", "ADJ"} and \
                doc[first.i + 1].dep_ == "amod":
            # "Thai acting Prime Minister Phumtham Wechayachai and …": the flag, not a subject of its own
            first.head, first.dep_ = doc[first.i + 1].head, "amod"
            continue
        cc = first.right_edge
        if cc.dep_ != "cc" or cc.head.i != first.i or cc.i + 1 != second.left_edge.i or any(
                c.dep_ == "conj" for c in first.children) or any(t.is_punct for t in doc[first.i:cc.i]):
            continue  # (not a clause of its own after a comma: "militiamen …, and UN peacekeepers … drove")
        second.head, second.dep_ = first, "conj"
