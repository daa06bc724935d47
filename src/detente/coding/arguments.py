"""What a verb's arguments are in a spaCy parse: objects, passive patients, prepositional phrases.

The pattern matcher (:mod:`detente.coding.grammar`) and the role finders ask the same questions of
every clause: which words are this verb's objects (through passives, zero relatives, quantities,
sums of money and shared objects of conjoined verbs), and which phrases hang on it. The answers
live here, apart from the matching itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.nlp.clauses import what_named

OBJECT_DEPS = {"dobj", "attr", "oprd", "dative"}
RELATIVE = {"which", "that", "who", "whom"}
# nouns a zero relative clause says when, how or why of ("the day he arrived"), not its object
GAP_NOUNS = {"day", "time", "week", "month", "year", "moment", "way", "reason", "place", "hour", "night", "morning"}
# "eased some of its sanctions": the quantity word stands for the noun in its "of" phrase
QUANTIFIERS = {"some", "part", "most", "all", "many", "several", "one", "portion", "few", "much", "half",
               "number", "rest", "any", "each", "both", "more", "lot", "range", "series", "set", "percent",
               "percentage", "share", "bulk", "majority", "ton", "tonne", "kilogram", "barrel", "shipment",
               "worth", "amount", "quantity", "bag", "box", "dose", "million", "billion", "trillion", "load", "package",
               "day", "week", "month", "hour", "year", "round",  # "ten days of joint exercises"
               "first", "second", "third", "last", "batch",  # "the first of six MiG-29 fighter jets"
               "delivery", "supply", "consignment"}  # "suspended deliveries of tanks to Egypt"
CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "krone", "kroner", "krona", "kronor",
              "franc", "ruble", "rouble", "riyal", "rial", "dinar", "dirham", "shekel", "won", "peso", "real", "lira",
              "rand", "naira", "shilling", "ringgit", "baht", "rupiah", "zloty", "forint", "hryvnia", "tenge", "taka"}
NUMBER_WORDS = {"thousand", "hundred", "dozen", "ten", "score", "million", "lakh"}
# adverbs that act as verb particles and carry the phrase that follows ("walk away from")
PARTICLE_ADVERBS = {"away", "back", "out", "off", "down", "up", "ahead", "forward", "together", "along"}
# "helped both sides reach a deal": verbs taking a bare infinitive (often mis-tagged as present tense)
BARE_INFINITIVE_HEADS = {"help", "let", "make", "have"}


def is_passive(verb: Token) -> bool:
    # ("was boarded and seized by Finnish police": a bare participle joined to a passive shares it)
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or opening_passive(verb) or (
        bare_participle(verb) and any(c.dep_ == "auxpass" for c in verb.head.children))


def bare_participle(verb: Token) -> bool:
    """"was abducted and killed": a past participle joined to the verb before it, with no subject or
    auxiliary of its own, shares that verb's."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


def opening_passive(verb: Token) -> bool:
    """"Expelled by Moscow last week, the Czech diplomats …", "Granted asylum by Mexico, Morales
    left": a past participle opening the sentence, with no auxiliary and a "by" phrase, is a
    passive whose patient is the main clause's subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i or any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" for o in verb.children if o.dep_ == "dobj" for c in o.children)


def patients(verb: Token) -> list[Token]:
    """The main clause's subjects, for an opening passive participle (see :func:`opening_passive`)."""
    if not opening_passive(verb):
        return []
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def objects(head: Token) -> list[Token]:
    """Direct objects (or the passive subject) of a verb, with their conjuncts."""
    deps = OBJECT_DEPS | ({"nsubjpass"} if is_passive(head) else set())
    found = [c for c in head.children if c.dep_ in deps]
    if not found and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in {"NOUN", "PROPN"}:
        found = [head.head]  # "the 15 sailors detained by Iranian forces": the noun is the patient
    if not found and head.dep_ == "conj" and is_passive(head) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        # "flew to Bamako and was received by Goita": the first verb's subject is the second's patient
        found = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not found:
        found = patients(head) or clause_objects(head)
    named_only = bool(found) and all(f.dep_ == "oprd" for f in found)  # "a move Santiago called baseless"
    # "a resolution Kinshasa welcomed and Kigali dismissed as unbalanced": a second verb of the relative
    # clause, with its own subject, has the same gap
    relative = head if head.dep_ == "relcl" else head.head if head.dep_ == "conj" and head.head.dep_ == "relcl" \
        else None
    if (not found or named_only) and relative is not None and nounlike(relative.head) and \
            relative.head.lemma_.lower() not in GAP_NOUNS \
            and any(c.dep_ == "nsubj" for c in head.children) and not any(
                c.lower_ in RELATIVE | {"where", "when", "why", "whose"} or c.dep_ in {"ccomp", "xcomp"} or (
                    c.dep_ == "prep" and not any(c.children))  # "the house they lived in" (not "dismissed as unbalanced")
                for c in head.children):
        found = [relative.head, *found]  # "a charge the Qatari foreign ministry rejected": the noun fills the gap
    if not found and head.pos_ == "VERB":
        # "beat and detained protesters": the object of the last verb is shared by the earlier ones
        for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if any(c.dep_ in {"prep", "xcomp", "ccomp"} and head.i < c.i < conj.i for c in head.children):
                # "fired on the vessels and seized them", "offered to mediate between Qatar and Saudi Arabia
                # and held talks with King Salman": the first verb has its own complement
                break
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
                found = [c for c in conj.children if c.dep_ in OBJECT_DEPS]
                if found:
                    break
    out: list[Token] = []
    for first in found:
        for tok in [first, *(c for c in first.conjuncts if c.i > first.i)]:
            if tok.lower_ in RELATIVE and head.dep_ == "relcl":
                tok = head.head
            out.append(unwrap_quantity(tok))
    return out


def nounlike(tok: Token) -> bool:
    """A noun, or a gerund the tagger took for a verb but a determiner shows is one ("a finding")."""
    return tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and any(c.dep_ == "det" for c in tok.children))


def clause_objects(head: Token) -> list[Token]:
    """"allowed inspectors to visit", "helped both sides reach a deal", parsed as an infinitive clause
    with its own subject: that subject is the object of the governing verb (the parser's choice
    between the two readings is arbitrary)."""
    out: list[Token] = []
    for clause in head.children:
        bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and lemma(head) in BARE_INFINITIVE_HEADS)
        if clause.dep_ == "ccomp" and (bare and not any(c.dep_ in {"aux", "mark"} for c in clause.children)
                                       or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
            out.extend(c for c in clause.children if c.dep_ == "nsubj")
        elif clause.dep_ == "ccomp" and (named := what_named(clause)) is not None:
            # "struck what New Delhi called a militant training camp": the thing so named is the object
            out.append(named)
    return out


def unwrap_quantity(tok: Token) -> Token:
    """"some of its sanctions" → sanctions; "179 tons of flour" → flour; "$300 million in military
    aid" → aid (a sum of money "in" what it pays for)."""
    if tok.lemma_.lower() in QUANTIFIERS or tok.tag_ == "CD":  # ("all 19 of its howitzers" → howitzers)
        money = tok.lemma_.lower() in {"million", "billion", "trillion"} and any(
            c.tag_ == "$" or c.lower_ in {"$", "usd", "euros", "dollars"} for c in tok.subtree)
        inner = [o for p, o in preps(tok) if (p.lower_ == "of" or money and p.lower_ == "in") and o is not None]
        # "all but one of its crossing points": the things counted hang on the number excepted
        inner += [o for p, kept in preps(tok) if p.lower_ in {"but", "except"} and kept is not None
                  for of, o in preps(kept) if of.lower_ == "of" and o is not None]
        return inner[0] if inner else tok
    if tok.tag_ == "$" or tok.lower_ == "$" or tok.lemma_.lower() in CURRENCIES:
        # "$2 billion in security assistance" headed by "$", "65 million kroner in aid"; "gave 50
        # million pounds in aid", where the model hangs the "in" phrase on the verb right after the sum
        after = [(p, o) for p, o in preps(tok.head) if p.i == tok.right_edge.i + 1] if tok.dep_ == "dobj" else []
        inner = [o for p, o in [*preps(tok), *after] if p.lower_ == "in" and o is not None]
        return inner[0] if inner else tok
    return tok


def measure_of(tok: Token) -> Token | None:
    """The quantity or sum ``tok`` was unwrapped from ("$195 million in aid" → million), if any."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in {"of", "in"} and prep.head.lemma_.lower() in QUANTIFIERS | NUMBER_WORDS:
        return prep.head
    return None


def counted(tok: Token) -> Token | None:
    """"thousands of troops" → troops: a bare number word names no thing of its own (patterns that
    list the number word itself, "killed thousands of civilians", still match it first)."""
    if tok.lemma_.lower() not in NUMBER_WORDS:
        return None
    inner = [o for p, o in preps(tok) if p.lower_ == "of" and o is not None]
    return unwrap_quantity(inner[0]) if inner else None


def preps(*heads: Token) -> Iterator[tuple[Token, Token | None]]:
    """(preposition, its object) pairs attached to any of the heads (and agent 'by' phrases)."""
    for head in heads:
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ in PARTICLE_ADVERBS:
                yield from preps(child)  # "walked away from the talks"
            if (child.dep_ in {"prep", "agent", "dative"} or child.dep_ == "prt" and any(
                    c.dep_ == "pobj" for c in child.children)) and (child.pos_ == "ADP" or (  # "poured across the border"
                        child.pos_ == "SCONJ" and child.dep_ == "prep")):  # ("held since July": a preposition)
                objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}] or [
                    # "dismissed as unbalanced": what a thing is called may be an adjective
                    c for c in child.children if child.lower_ == "as" and c.dep_ in {"amod", "acomp"}]
                if not objs:
                    yield child, None
                    # "pull out of the summit", "walk away from talks": the phrase hangs on the particle
                    yield from preps(child)
                for obj in objs:
                    if child.lower_ == "with" and _in_a_role(obj):
                        continue  # "met …, with Borrell acting as mediator": a third party's role, no partner
                    yield child, obj
                    for conj in obj.conjuncts:
                        if conj.i > obj.i:
                            yield child, conj


# verbs by which a party takes a role ("acting as mediator", "serving as host")
ACTING_VERBS = {"act", "serve", "work"}


def _in_a_role(obj: Token) -> bool:
    """"with Josep Borrell acting as mediator", "with Beijing as broker": the object of an absolute
    "with" that names someone's role."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children) or any(
        c.dep_ == "acl" and c.lemma_.lower() in ACTING_VERBS and any(
            p.dep_ == "prep" and p.lower_ == "as" for p in c.children) for c in obj.children)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def companions(obj: Token) -> list[Token]:
    """"convicted two Russian officers …, along with two opposition leaders": those done to with the
    object, named after it (on it or on its verb)."""
    if obj.dep_ != "dobj":
        return []
    # (the model may hang the phrase on a later verb of the clause: "of plotting a coup, along with …")
    heads = [obj, obj.head, *(t for t in obj.head.subtree if t.i > obj.i and t.pos_ == "VERB" and t.dep_ == "pcomp")]
    return [o for head in heads for along in head.children
            if along.dep_ == "prep" and along.lower_ in {"along", "together"} and along.i > obj.i
            for w in along.children if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj"]


# verbs of reporting that the model may read as a modifier of a noun ("…, state media reported on Monday")
REPORTING_VERBS = {"report", "say", "announce", "confirm", "add", "state", "tell"}


def reported_act(head: Token) -> Token | None:
    """"executed four activists, state media reported on Monday, drawing condemnation from the UN": the
    model hangs the trailing participle on the attribution, which it reads as a modifier of a noun; the
    act reported is the verb above that noun (None when ``head`` is no such attribution)."""
    if head.lemma_.lower() not in REPORTING_VERBS or head.dep_ not in {"acl", "relcl"}:
        return None
    return next((a for a in head.ancestors if a.pos_ == "VERB"), None)


# the nouns of a captivity one party imposes on another ("Yucel's detention by Turkish police")
CAPTIVITY_NOUNS = {"arrest", "detention", "imprisonment", "jailing", "incarceration", "internment", "abduction",
                   "kidnapping"}


def captor_phrase(noun: Token) -> Token | None:
    """The object of a captivity noun's "by" phrase when the noun also has an owner ("her detention by the
    Georgian authorities", "whose detention by Turkish authorities"): the captor; the owner is the captive."""
    if noun.lemma_.lower() not in CAPTIVITY_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
        return None
    return next((o for p, o in preps(noun) if o is not None and p.lower_ == "by"), None)


def nothing_given(verb: Token) -> bool:
    """"gave few details", "offered no help": an object quantified to nothing is no act."""
    for obj in objects(verb):
        for c in obj.children:
            if (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "amod" and c.lower_ in {"few", "little"}):
                return True
    return False
