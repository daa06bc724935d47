"""Repairs of noun phrases the small English model misreads ("A and B" read as one
noun modifying another), run with the other parse repairs (see :mod:`detente.nlp.repairs`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _take_place(tok: Token, of: Token) -> None:
    """``tok`` takes ``of``'s attachment and label (the sentence's root when ``of`` was the root)."""
    tok.head, tok.dep_ = of.head if of.head.i != of.i else tok, of.dep_


def conjunct_read_as_modifier(doc: Doc) -> None:
    """"Macedonia's government and ethnic Albanian rebels agreed …": the model makes the first noun
    a modifier ("nmod") of the second, with the "and" hanging on it; the two are conjoined, and an
    owner before the first noun is the first noun's."""
    for first in doc:
        second = first.head
        if first.dep_ != "nmod" or second.i <= first.i or second.pos_ not in {"NOUN", "PROPN"} or not any(
                c.dep_ == "cc" and c.i == first.i + 1 for c in first.children):
            continue
        between = doc[first.i + 2:second.i]
        if any(not (t.head.i == second.i and t.dep_ in {"amod", "compound", "det"} or _hung_on_first(t, first))
               for t in between):
            continue  # only modifiers of the second noun stand between the "and" and it
        for word in between:
            if _hung_on_first(word, first):  # "the Colombian government and FARC rebels": "FARC" is the rebels'
                word.head, word.dep_ = second, "amod" if word.pos_ == "ADJ" else "compound"
        for owner in [c for c in second.children if c.dep_ == "poss" and c.i < first.i]:
            owner.head = first
        _take_place(first, second)
        second.head, second.dep_ = first, "conj"


def _hung_on_first(word: Token, first: Token) -> bool:
    """A name or word after "and" that the model made the first noun's conjunct, although it
    modifies the second ("the government and FARC rebels")."""
    return word.head.i == first.i and word.dep_ == "conj" and word.pos_ in {"PROPN", "NOUN", "ADJ"} and \
        first.pos_ == "NOUN" and any(c.dep_ in {"det", "poss", "amod"} for c in first.children) and \
        word.head.head.tag_ == "NNS"  # a group of people ("rebels", "negotiators"), not "a ground and air offensive"


def name_conjunct_read_as_modifier(doc: Doc) -> None:
    """"Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed agreed …":
    the model may make the first name a modifier of the second, with the "and" and the second
    title's first word hanging on it; the two names are conjoined."""
    for first in doc:
        second = first.head
        if first.pos_ != "PROPN" or first.dep_ not in {"amod", "compound", "nmod"} or second.pos_ != "PROPN" or \
                second.i <= first.i + 2 or doc[first.i + 1].lower_ != "and" or doc[first.i + 1].head.i != first.i:
            continue
        while second.dep_ in {"compound", "flat"} and second.head.i > second.i and second.head.pos_ == "PROPN":
            second = second.head  # "Prime Minister Abiy Ahmed": the name's last word heads it
        if not any(c.dep_ in {"compound", "flat"} and c.i < first.i for c in first.children):
            continue  # a full name ends the first conjunct ("… Abdel Fattah al-Sisi and …"), not "North and South Korea"
        between = doc[first.i + 2:second.i]
        if not between or any(t.head.i not in range(first.i, second.i + 1) for t in between) or \
                not any(t.dep_ == "conj" and t.head.i == first.i for t in between):
            continue  # only the second name's own words stand between the "and" and it
        for word in between:
            if word.head.i == first.i:
                word.head, word.dep_ = second, "amod" if word.pos_ == "ADJ" else "compound"
        _take_place(first, second)
        second.head, second.dep_ = first, "conj"


def modifier_read_as_head(doc: Doc) -> None:
    """"Kyrgyz and Tajik border guards exchanged gunfire": the model may make the first nationality
    the head, with the noun conjoined to it; both nationalities modify the one noun."""
    for first in doc:
        if not first.text[:1].isupper() or first.tag_ not in {"JJ", "NNP", "NNPS"} or first.i + 3 >= len(doc) or \
                doc[first.i + 1].lower_ != "and" or not doc[first.i + 2].text[:1].isupper():
            continue
        second = doc[first.i + 2]
        noun = next((c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > second.i), None)
        owners = [c for c in first.children if c.dep_ in {"poss", "det"} and c.pos_ in {"PRON", "DET"}]
        if any(c.dep_ not in {"cc", "conj"} and c not in owners for c in first.children) or \
                second.dep_ not in {"amod", "compound"}:
            continue  # "Prime Minister Benjamin Netanyahu and Bahrain's foreign minister": a name, an owner
        if noun is None or second.head.i != noun.i or any(t.head.i not in {noun.i, second.i}
                                                          for t in doc[second.i + 1:noun.i]):
            continue
        _take_place(noun, first)
        first.head, first.dep_ = noun, "amod"
        second.head, second.dep_ = first, "conj"
        for owner in owners:  # "his Kyrgyz and Tajik counterparts": his counterparts
            owner.head = noun


def list_item_read_as_apposition(doc: Doc) -> None:
    """"Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar": the model may read the second
    name as an apposition of the first, with the rest of the list conjoined to it; a name in apposition
    that heads a list of names closed by "and" is one more item of the list."""
    for item in doc:
        if item.dep_ != "appos" or item.pos_ != "PROPN" or item.head.tag_ != "NNP" or item.left_edge.i == 0 or \
                doc[item.left_edge.i - 1].text != ",":
            continue  # (a list item follows a comma; "two Americans, Kenneth Bae and …" names them)
        rest = [c for c in item.conjuncts if c.i > item.i]
        if rest and all(c.pos_ == "PROPN" for c in rest) and any(
                t.dep_ == "cc" and t.lower_ in {"and", "or"} for c in rest for t in c.head.children):
            item.dep_ = "conj"


def list_after_among_them(doc: Doc) -> None:
    """"freed 6,000 prisoners, among them Australian economist Sean Turnell and …": the model may hang
    the named people on the verb as a loose dependent; they are the list "among them" opens, the
    members of the noun before the comma (as an "including" phrase would name them)."""
    for among in doc:
        if among.lower_ != "among" or among.i + 2 >= len(doc) or doc[among.i + 1].lower_ not in {"them", "whom"} or \
                among.i < 2 or doc[among.i - 1].text != ",":
            continue
        before = among.i - 2  # ("executed 81 men on Saturday, among them …": the men, not the day)
        while before > 0 and (doc[before].ent_type_ in {"DATE", "TIME"} or doc[before].lower_ == "on"):
            before -= 1
        them, noun = doc[among.i + 1], doc[before]
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        # the list's head: the first noun after "them" that hangs outside the phrase (on the verb)
        heads = [t for t in doc[them.i + 1:] if t.pos_ in {"NOUN", "PROPN"} and t.head.i < among.i]
        if not heads or heads[0].dep_ in {"nsubj", "nsubjpass"}:
            continue
        first = heads[0]
        among.head, among.dep_ = noun, "prep"
        them.head, them.dep_ = among, "dep"
        first.head, first.dep_ = among, "pobj"


def possessed_subject_read_as_object(doc: Doc) -> None:
    """"demanded that Russia free the 24 Ukrainian sailors its border guards seized": with no "that",
    the model may read the relative clause's subject ("its border guards") as a second object of the
    main verb and the relative verb as its modifier; the subject and verb are a relative clause on the
    first object."""
    for verb in doc:
        subject = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"} for c in verb.children) or subject.dep_ != "dobj" or \
                not any(c.dep_ == "poss" for c in subject.children) or subject.i > verb.i:
            continue
        first = [c for c in subject.head.children if c.dep_ == "dobj" and c.i < subject.i and
                 c.right_edge.i + 1 == subject.left_edge.i]
        if not first:
            continue
        verb.head, verb.dep_ = first[0], "relcl"
        subject.head, subject.dep_ = verb, "nsubj"


# time nouns of "hours later", "days earlier", "weeks ago"
SPAN_NOUNS = {"minute", "hour", "day", "week", "month", "year"}


def object_read_as_time_compound(doc: Doc) -> None:
    """"Beijing freed the two Canadians hours later": the model may read the object as a compound of
    the time span after it; the object is the verb's, the span only says when."""
    for span in doc:
        if span.lemma_.lower() not in SPAN_NOUNS or span.i + 1 >= len(doc) or \
                doc[span.i + 1].lower_ not in {"later", "earlier", "ago", "after", "before"}:
            continue
        verb = doc[span.i + 1].head if span.dep_ == "npadvmod" else span.head
        objects = [c for c in span.children if c.dep_ == "compound" and c.i < span.i and c.tag_ in {"NNS", "NNPS"}]
        if not objects or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        thing = objects[-1]
        for mod in [c for c in span.children if c.i < thing.i and c.dep_ in {"det", "nummod", "amod", "poss"}]:
            mod.head = thing  # "the two" belong to "Canadians"
        thing.head, thing.dep_ = verb, "dobj"


def plural_object_read_as_clause(doc: Doc) -> None:
    """"imposed travel bans and asset freezes on Russian officials": the model reads the last plural
    noun as a verb ("freezes") with the nouns before it as its subject, and leaves the main verb
    without an object; the nouns are the verb's conjoined objects."""
    for clause in doc:
        verb, subj = clause.head, [c for c in clause.children if c.dep_ == "nsubj"]
        if clause.dep_ != "ccomp" or clause.tag_ != "VBZ" or verb.pos_ != "VERB" or clause.i < verb.i or \
                len(subj) != 1 or any(c.dep_ in {"dobj", "aux", "neg"} for c in [*verb.children, *clause.children]):
            continue
        first = subj[0]
        joined = [c for c in first.children if c.dep_ == "conj" and c.i == clause.i - 1 and c.pos_ == "NOUN"]
        if first.pos_ != "NOUN" or first.left_edge.i != verb.i + 1 or not joined or not any(
                c.dep_ == "cc" for c in first.children):
            continue
        first.head, first.dep_ = verb, "dobj"
        clause.head, clause.dep_, clause.pos_, clause.tag_ = first, "conj", "NOUN", "NNS"
        joined[0].head, joined[0].dep_ = clause, "compound"


def verb_read_as_adjective_of_its_object(doc: Doc) -> None:
    """"the junta imposed curfews and banned gatherings in Yangon": the model reads "banned" as an
    adjective of "gatherings" and joins the noun to "imposed" as a conjunct; a noun is no conjunct
    of a verb, so the participle after "and" is the second verb and the noun its object."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.i < 1 or doc[verb.i - 1].lower_ != "and":
            continue
        first = noun.head
        if noun.dep_ != "conj" or first.pos_ != "VERB" or first.tag_ not in {"VBD", "VBZ", "VBP"} or \
                not first.i < verb.i < noun.i:
            continue
        doc[verb.i - 1].head = first
        verb.head, verb.dep_, verb.pos_, verb.tag_ = first, "conj", "VERB", first.tag_
        noun.head, noun.dep_ = verb, "dobj"


GIVING_VERBS = {"give", "pass", "hand", "send", "deliver", "provide", "supply", "transfer", "relay", "share", "ship",
                "extradite", "repatriate"}


def recipient_read_inside_object(doc: Doc) -> None:
    """"Ankara has given recordings related to the killing of Khashoggi to Saudi Arabia, the United
    States …": the model hangs the recipients' "to" on a noun deep inside the object; a giving verb
    with no "to" of its own takes the last "to" phrase of its object that names a country or body."""
    for verb in doc:
        if verb.lemma_.lower() not in GIVING_VERBS or verb.pos_ != "VERB" or any(
                c.dep_ in {"dative"} or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        tos = [t for t in obj.subtree if t.lower_ == "to" and t.dep_ == "prep" and t.head.i != obj.i and t.i > obj.i
               and any(o.dep_ == "pobj" and o.ent_type_ in {"GPE", "ORG", "NORP"} for o in t.children)]
        if tos and tos[-1].right_edge.i == _end_before_date(obj):  # (the object's last phrase)
            tos[-1].head = verb


def _end_before_date(obj: Token) -> int:
    """The last word of ``obj``'s phrase before a trailing date ("... to China on Tuesday")."""
    end = obj.right_edge.i
    for prep in reversed([t for t in obj.subtree if t.dep_ == "prep"]):
        if prep.right_edge.i == end and prep.i > obj.i and any(
                o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children):
            end = prep.i - 1
    return end


DOUBLE_OBJECT_VERBS = {"give", "hand", "send", "sell", "lend", "loan", "offer", "grant", "promise", "pledge", "pass"}
# bodies a country gives to ("the Philippine navy"), named only by a nationality or possessor
RECIPIENT_NOUNS = {"army", "navy", "military", "government", "police", "forces", "coastguard", "authorities", "service",
                   "agency", "ministry"}


def recipient_read_as_compound(doc: Doc) -> None:
    """"will give the Philippines radars", "gave the Philippine navy surveillance radars": the model
    reads the first object of a double-object verb as a compound of the second; a country name (or a
    national body) at the front of the object is the recipient."""
    for verb in doc:
        if verb.lemma_.lower() not in DOUBLE_OBJECT_VERBS or verb.pos_ != "VERB" or any(
                c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            continue
        front = [t for t in doc[obj.left_edge.i:obj.i] if t.dep_ in {"compound", "nmod"} and _recipient(t)]
        if not front:
            continue
        recipient = front[-1]
        for t in doc[obj.left_edge.i:recipient.i]:
            if t.head.i > recipient.i:  # ("the" of the whole phrase)
                t.head = recipient
        recipient.head, recipient.dep_ = verb, "dative"


def _recipient(tok: Token) -> bool:
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in {"GPE", "LOC"}
    before = tok.doc[tok.i - 1] if tok.i else tok
    if before.tag_ == "POS" and before.i:  # "Lebanon's army"
        before = tok.doc[before.i - 1]
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)  # "Sri Lanka's … service"
    return tok.lemma_.lower() in RECIPIENT_NOUNS and (before.ent_type_ in {"GPE", "NORP"} or owner is not None)


def object_read_as_clause_subject(doc: Doc) -> None:
    """"fired tear gas at thousands of protesters marching in Quito": the model reads "thousands …
    marching" as a clause inside "at" with "thousands" its subject; the noun is the preposition's
    object and the participle describes it."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "on", "against", "upon"} or any(
                c.dep_ == "pobj" for c in prep.children):
            continue
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}
                     and c.i < clause.i), None) if clause is not None else None
        if clause is None or noun is None:
            continue
        noun.head, noun.dep_ = prep, "pobj"
        clause.head, clause.dep_ = noun, "acl"


def persona_non_grata(doc: Doc) -> None:
    """"declared Venezuela's envoy persona non grata": the model splits the Latin phrase into a clause;
    it is what the verb declares its object, one predicate noun."""
    for persona in doc:
        if persona.lower_ != "persona" or persona.i + 2 >= len(doc) or \
                [t.lower_ for t in doc[persona.i + 1:persona.i + 3]] != ["non", "grata"]:
            continue
        verb = persona.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == persona.i or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for child in [c for c in persona.children if c.i > persona.i + 2]:
            child.head = verb  # ("… persona non grata on Friday": the date is the verb's)
        for named in [c for c in persona.children if c.dep_ in {"nsubj", "dobj"} and c.i < persona.i]:
            named.head, named.dep_ = verb, "dobj"  # (the model's small clause: "[the ambassador] persona …")
        for word in doc[persona.i + 1:persona.i + 3]:
            for child in [c for c in word.children if c.i > persona.i + 2]:
                child.head = verb
            word.head, word.dep_ = persona, "amod"
        persona.head, persona.dep_ = verb, "oprd"


DEADLINE_WORDS = {"hour", "day", "week", "month", "deadline"}


def deadline_read_as_adverb(doc: Doc) -> None:
    """"gave the EU's ambassador 72 hours to leave": the model reads "72 hours" as an adverb of time
    and the infinitive as its relative clause; the deadline is the second object of "give" and the
    one it is given to the first."""
    for verb in doc:
        if verb.lemma_.lower() not in {"give", "grant"} or verb.pos_ != "VERB":
            continue
        # (the infinitive may hang on the verb instead: "gave Niger's junta one week on Sunday to reinstate …")
        # (or as its complement: "gave President Evo Morales 48 hours on Saturday to resign")
        to_verb = any(g.dep_ in {"advcl", "xcomp"} and g.tag_ == "VB" and any(a.lower_ == "to" for a in g.children)
                      for g in verb.children)
        span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in DEADLINE_WORDS
                     and (to_verb or any(g.dep_ in {"relcl", "acl"} and g.tag_ == "VB" for g in c.children))), None)
        first = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if span is None or first is None or first.i > span.i:
            continue
        first.dep_ = "dative"
        span.dep_ = "dobj"


def conjunct_read_on_main_verb(doc: Doc) -> None:
    """"China defended Pakistan after Trump accused Islamabad of lies and threatened to cut off aid":
    the model joins the second verb of the "after" clause to the main verb, giving the threat to
    China; a verb with no subject right after "and" that closes a clause with a subject of its own
    (same tense, no comma) is that clause's second verb."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        cc = doc[verb.i - 1] if verb.i else verb
        if cc.lower_ != "and" or cc.i < 1:
            continue
        end = cc.i - 1
        while end > 0 and doc[end].tag_ in {"''", "``"}:  # ("... of 'lies and deceit' and threatened")
            end -= 1
        clause = next((a for a in verb.head.subtree if a.dep_ == "advcl" and a.right_edge.i == end
                       and a.tag_ == verb.tag_ and a.i > verb.head.i), None)
        if clause is None or not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        verb.head = clause
        cc.head = clause


def finite_conjunct_read_on_infinitive(doc: Doc) -> None:
    """"demanded that they withdraw and asked the CSTO for consultations", "urged the rebels to pull
    back and called on Kinshasa to …": the model joins a finite verb to the bare verb of the clause
    before it, handing it that clause's subject; a finite verb with no subject of its own is the
    conjunct of the sentence's main verb when that has the same tense (also after a perfect relative
    clause: "urged the rebels to pull back from the towns they had seized and called on Kinshasa …")."""
    for verb in doc:
        perfect = verb.head.tag_ == "VBN" and verb.head.dep_ == "relcl" and any(
            a.dep_ == "aux" and a.lower_ in {"had", "has", "have"} for a in verb.head.children)
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or (verb.head.tag_ != "VB" and not perfect) or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        above = verb.sent.root  # (the nearest finite verb may itself be misread: "nights of rioting … opposed")
        if not _finite_clause(above, verb.tag_) or above.i == verb.head.i:
            continue
        for cc in [c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.i - 1]:
            cc.head = above
        verb.head = above


def _finite_clause(verb: Token, tag: str) -> bool:
    """A verb of tense ``tag`` with a subject of its own ("protesters opposed to" is none)."""
    return verb.tag_ == tag and verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in verb.children)


def participle_read_as_conjunct(doc: Doc) -> None:
    """"Tajik forces broke a ceasefire agreed only hours earlier": with no "and" or comma before it, a
    past participle right after the verb's object is no second verb of the sentence (which would take
    the verb's subject) but describes the object."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBN"} or verb.i < 1 or head.i >= verb.i:
            continue
        noun = doc[verb.i - 1]
        if noun.head.i != head.i or noun.dep_ != "dobj" or any(
                c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in verb.children) or any(
                t.dep_ == "cc" or t.text in {",", ";"} for t in doc[head.i + 1:verb.i]):
            continue
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"

