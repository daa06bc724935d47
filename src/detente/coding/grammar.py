"""Match compiled patterns against a spaCy dependency parse.

The grammar knows English clause structure (active and passive voice, particles, controlled verbs,
prepositional attachment to the verb or to its object, conjoined objects); the patterns know the
vocabulary.  A match returns the tokens that fill the source/target slots, or ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.coding.arguments import (counted, lemma, measure_of, objects, preps, unwrap_quantity)
from detente.coding.patterns import Element, Pattern
from detente.nlp.absolutes import ABSOLUTE_PARTICIPLES

# verbs that credit or fault someone "for" an act they did ("thanked Cuba for hosting the talks")
CREDITING_VERBS = {"praise", "thank", "commend", "congratulate", "hail", "laud", "applaud", "salute", "reward",
                   "criticize", "criticise", "condemn", "rebuke", "fault", "chide", "castigate", "reprimand"}

# means of talking at a distance, a call only when an act is done "by" them
MEDIA = {"phone", "telephone", "hotline"}
DEADLINE_NOUNS = {"hour", "day", "week", "month", "deadline", "ultimatum"}
# places troops are moved to whose own phrase says where they stand ("to bases near the border")
STAGING_SITES = {"base", "bases", "camp", "camps", "position", "positions", "garrison", "garrisons", "airbase",
                 "airbases", "area", "areas"}


@dataclass
class Match:
    """What a pattern found: slot fillers (head tokens) and the tokens its elements used."""

    pattern: Pattern
    slots: dict[str, list[Token]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    head: Token | None = None  # the innermost controlled verb reached


NAMING_VERBS = {"call", "term", "label", "brand", "dub"}
# verbs of backing a party, which in a clause describing a noun tell who stands behind it, not a new act
BACKING_VERBS = {"back", "support", "endorse", "champion"}

# subordinators of adverbial clauses: such a clause is never the complement a "to" element names
ADVERBIAL_MARKS = {"if", "unless", "when", "whenever", "after", "before", "because", "since", "while", "although",
                   "though", "as", "once", "whereas"}


def _between(obj: Token, cur: Token) -> list[Token]:
    """Words from an object up to its verb, with their conjuncts ("tons of flour and 20 tons")."""
    out: list[Token] = []
    node = obj
    while node.head.i != node.i and node.head.i != cur.i and len(out) < 6:
        node = node.head
        out.extend([node, *node.conjuncts])
    return out


def _word_matches(tok: Token, words: frozenset[str]) -> bool:
    if lemma(tok) in words or tok.lower_ in words:
        return True
    # "debt relief", "economic sanctions": a compound modifier plus head may be listed as one word
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
    # ("a field hospital and rescue teams": the model may join the modifiers, "hospital and rescue")
    mods += [k for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} for k in c.conjuncts if k.i < tok.i]
    # (listed in the plural too: "live rounds" is "live-rounds", not only "live-round")
    if any(f"{lemma(m)}-{lemma(tok)}" in words or f"{m.lower_}-{tok.lower_}" in words for m in mods):
        return True
    # "seized the ship Vezhen", "the reefer Fu Yuan Yu Leng 999": a name is what the common noun before it says
    return tok.pos_ in {"PROPN", "NUM"} and any(
        m.dep_ == "compound" and m.pos_ == "NOUN" and m.i < tok.i and lemma(m) in words for m in mods)


def match(pattern: Pattern, trigger: Token) -> Iterator[Match]:
    """All ways ``pattern`` matches at ``trigger`` (one per conjoined object variant)."""
    if not pattern.nominal and not any(e.kind == "prt" for e in pattern.elements) and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in trigger.children):
        return  # "called off the talks", "paid off its arrears": a phrasal verb is another verb
    if not pattern.nominal and not any(e.kind in {"prt", "prep"} and e.words & {"on", "at"} for e in pattern.elements) \
            and any(c.dep_ == "prt" and c.lower_ in {"on", "at"} and not any(c.children) and c.i + 1 < len(c.doc)
                    and c.nbor().pos_ == "CCONJ" for c in trigger.children):
        return  # "fired on and seized three ships": the particle's object is shared, the verb is "fire on"
    if pattern.code == "087" and not pattern.elements and any(c.dep_ == "dobj" for c in trigger.children):
        return  # a bare "withdrew" retreats; "withdrew his asylum" withdraws something else
    if pattern.code == "051" and not pattern.nominal and lemma(trigger) in BACKING_VERBS and (
            trigger.dep_ == "acl" and trigger.tag_ == "VBN" or trigger.dep_ == "relcl" and trigger.tag_ in {"VBZ", "VBP"}):
        return  # "the rebels backed by Rwanda", "the UN agency that supports Palestinian refugees": a description
    if pattern.code == "041" and pattern.nominal and lemma(trigger) in MEDIA and not (
            trigger.dep_ == "pobj" and trigger.head.lower_ in {"by", "over"}):
        return  # "by phone" is a call; "Merkel's mobile phone" is not
    if pattern.code == "041" and lemma(trigger) == "call" and any(
            c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} for c in trigger.children):
        return  # "called the move unjustified", "what it called militant hideouts": naming, not a call
    if any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children) and not (
            pattern.code[:2] == "11" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "in"):
        # "struck what it called militant hideouts": the clause names a thing, it judges no one; but
        # "…, in what Manila called a dangerous manoeuvre" judges the act it hangs on (coding/judged.py:
        # not when the namer is the actor: "in what the military called limited raids")
        return
    yield from _walk(pattern, list(pattern.elements), trigger, None, Match(pattern, head=trigger))


# what a party named in an absolute "with" phrase did meanwhile (nlp/absolutes.py)
BYSTANDING = set(ABSOLUTE_PARTICIPLES.values())
# a state's standing, owned by the state: "Kosovo's independence" is "the independence of Kosovo"
STATUS_NOUNS = {"independence", "sovereignty", "statehood", "legitimacy", "annexation"}


def _walk(pattern: Pattern, elements: list[Element], cur: Token, obj: Token | None,
          state: Match) -> Iterator[Match]:
    if not elements:
        yield state
        return
    el, rest = elements[0], elements[1:]
    if el.kind == "prt":
        # a particle may be parsed as one, as a preposition ("pull out of") or an adverb ("walk away")
        if any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in el.words and c.i > cur.i and not any(
                o.ent_type_ in {"DATE", "TIME"} or o.dep_ in {"pobj", "pcomp"} and c.lower_ in {"in", "over"}
                for o in c.children)
               for c in [*cur.children, *(a for p in cur.children if p.dep_ == "prep" for a in p.children
                                         if a.dep_ == "advmod" and a.i < p.i),
                         # (or on the last of the objects: "brought A and B together")
                         *(a for o in cur.children if o.dep_ in {"dobj", "conj"} and o.pos_ == "PROPN"
                           for t in [o, *o.conjuncts] for h in [t, *(p for p in t.children if p.dep_ == "prep")]
                           for a in h.children if a.dep_ == "advmod" and a.lower_ == "together")]):
            # ("brought X and Y together in Doha": the model may hang the particle on the phrase after it)
            # (a particle follows its verb, and is no date: "what it called hideouts ... on Thursday"
            # has no "call on"; "gave 50 million pounds in aid" has no "give in", "handed a note to X over
            # the balloons" no "hand over")
            yield from _walk(pattern, rest, cur, obj, state)
        return
    if el.kind in {"obj", "any_obj", "slot_obj"}:
        # a nominal pattern's object is its "of" phrase ("threat of sanctions"), unless a "to" element
        # has moved on to a verb ("threat to impose sanctions"), whose objects are ordinary ones
        nominal = pattern.nominal and cur.pos_ not in {"VERB", "AUX"}
        candidates = objects(cur) if not nominal or el.kind == "obj" else []
        if el.kind == "obj" and not nominal:
            # a named word may be a predicate adjective: "was optimistic about", "is responsible for"
            candidates = candidates + [c for c in cur.children if c.dep_ == "acomp"]
        if nominal and el.kind == "obj":
            candidates = [c for p, c in preps(cur) if c is not None and p.lower_ == "of"]
        taken = state.used | {t.i for toks in state.slots.values() for t in toks}
        if el.kind == "obj":
            # the measure word an object was unwrapped from may be the word a pattern lists
            # ("released $195 million in military aid": "release ... million" and "release ... aid")
            candidates = candidates + [q for c in candidates if (q := measure_of(c)) is not None]
            # ("The Eagle S, a tanker owned by …, was seized": a name is what its apposition says)
            candidates += [a for c in candidates if c.pos_ == "PROPN" for a in c.children if a.dep_ == "appos"]
        for found in candidates:
            if found.i in taken:
                continue  # one word fills one element ("reject $T offer" needs two objects)
            if el.kind == "obj" and found.dep_ == "oprd" and cur.lemma_.lower() in NAMING_VERBS and any(
                    c.dep_ == "dobj" for c in cur.children):
                continue  # "calling it a difficult decision": what a thing is called is not the thing
            cand: Token | None = found
            if el.kind == "obj" and not _word_matches(found, el.words):
                cand = counted(found)  # "moved thousands of troops": the counted noun may be the word
            if cand is None or cand.i in taken or (el.kind == "obj" and not _word_matches(cand, el.words)):
                continue
            new = _copy(state)
            if el.slot:  # a slot filler may carry its own nominal event ("acknowledged Park's trip")
                new.slots.setdefault(el.slot, []).append(cand)
            else:
                new.used.add(cand.i)
            yield from _walk(pattern, rest, cur, cand, new)
        return
    if el.kind == "to":
        # the infinitive may hang on a deadline just matched: "gave Qatari citizens two weeks to leave"
        later = [c for c in obj.children if c.dep_ in {"acl", "relcl"}] if obj is not None and obj.i != cur.i \
            and obj.lemma_.lower() in DEADLINE_NOUNS else []
        # or on a named object, the verb's head staying the act's: "rejected opposition calls to step down"
        asked = [c for c in obj.children if c.dep_ in {"xcomp", "acl", "advcl"} and c.i > obj.i] \
            if obj is not None and obj.i in state.used and obj.i != cur.i else []
        for child in [*complements(cur), *later, *asked]:
            if lemma(child) in el.words and not any(
                    m.dep_ == "mark" and m.lower_ in ADVERBIAL_MARKS for m in child.children) and not (
                    child.dep_ == "advcl" and child.i < cur.i and pattern.code[:2] == "10") and not (
                    lemma(cur) == "tell" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children)):
                # "warned of sanctions if the army took power": a condition is no complement; nor is a
                # clause opening the sentence what an order asks ("Deploying troops on the beaches, Spain
                # summoned Rabat's ambassador"); nor what one is told has happened or will ("told Aliyev
                # that Moscow would pay compensation": news, no order)
                new = _copy(state)
                new.head = state.head if child in asked else child
                yield from _walk(pattern, rest, child, None, new)
        el = Element("prep", frozenset({"to"}), objects=el.words)
    if el.kind == "prep":
        # "send food and medical supplies to North Korea": the phrase may hang on any conjoined object
        tiers = [[cur] + ([obj, *obj.conjuncts, *_between(obj, cur)] if obj is not None else [])]
        if pattern.nominal:  # "aid, investment and debt relief from Russia": share the first's phrases
            inner = [o for _, o in preps(cur) if o is not None]
            tiers.append([c for c in cur.conjuncts if c.i < cur.i] + ([cur.head] if cur.dep_ == "appos" else [])
                         + inner + [unwrap_quantity(o) for o in inner])
        if obj is not None and not (obj.lemma_.lower() in STATUS_NOUNS and any(c.dep_ == "poss" for c in obj.children)):
            # "suspended deliveries of tanks, fighter jets and attack helicopters to Egypt": a long
            # object list may leave the phrase hanging on its last noun (but "recognised Kosovo's
            # independence in defiance of Belgrade" names its owner)
            tiers.append(_phrase_nouns(obj))
        # "moved troops to bases near its border with Guyana": the place troops are sent to carries it
        tiers.append([o for p, o in preps(cur) if o is not None and p.lower_ in {"to", "into"}
                      and o.lower_ in STAGING_SITES])
        for heads in tiers:
            matched = False
            # (a date never fills a party's slot: "appealed to Myanmar on Friday to ..."; nor is the
            # passive's agent its target: "was welcomed to Beijing by Xi")
            phrases = [(prep, pobj) for prep, pobj in preps(*heads) if prep.lower_ in el.words and pobj is not None
                     and not (el.slot and pobj.ent_type_ in {"DATE", "TIME"})
                     and not (el.slot == "T" and prep.dep_ == "agent")
                     # (nor one that only looked on: "held talks …, with US envoy Schenker mediating")
                     and not (el.slot and prep.lower_ == "with" and any(
                         c.dep_ == "acl" and c.lemma_ in BYSTANDING for c in pobj.children))
                     # ("On a rare visit to Mogadishu, Power praised …": a phrase opening the sentence is
                     # its setting, not what the verb's "on *" asks for)
                     and not (not el.slot and not el.objects and prep.i == prep.sent.start and prep.i < cur.i)]
            if el.slot:
                # "blamed the attack on oil facilities on Iran": the verb's own phrase names the party
                # (not an absolute clause: "signed deals with Bahrain, with Trump hosting the ceremony")
                own = {prep.lower_ for prep, pobj in phrases if prep.head.i == cur.i and pobj.pos_ != "VERB"}
                phrases = [(prep, pobj) for prep, pobj in phrases if prep.head.i == cur.i or prep.lower_ not in own]
            for prep, pobj in phrases:
                measure = pobj
                if el.objects and not _word_matches(pobj, el.objects):
                    pobj = unwrap_quantity(pobj)  # "a pledge of $200 million in aid": the sum stands for the aid
                    if not _word_matches(pobj, el.objects):
                        continue
                matched = True
                new = _copy(state)
                new.used.add(prep.i)
                if measure.i != pobj.i:  # ("a round of talks": the round is no act of its own)
                    new.used.add(measure.i)
                if el.slot:
                    new.slots.setdefault(el.slot, []).append(pobj)
                elif not (pobj.pos_ == "VERB" and prep.lower_ == "for" and lemma(cur) in CREDITING_VERBS):
                    new.used.add(pobj.i)  # "praised X for signing a truce": the signing stays an act
                yield from _walk(pattern, rest, cur, obj if el.slot else pobj, new)
            if matched:
                return
        if el.slot and "of" in el.words and obj is not None and obj.i != cur.i and obj.lemma_.lower() in STATUS_NOUNS:
            # "recognised Kosovo's independence": a named possessor of a state's standing is its "of"
            # phrase (not of an envoy or a building: "summoned China's ambassador" stays the government's)
            for owner in (c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"):
                new = _copy(state)
                new.slots.setdefault(el.slot, []).append(owner)
                yield from _walk(pattern, rest, cur, obj, new)


def complements(verb: Token) -> list[Token]:
    """The clauses a verb governs, with the verbs conjoined to them that share their subject ("urged
    both sides to halt the fighting and to return to talks": two appeals)."""
    out = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl", "acl"}]
    # (and a second "that" clause: "demanded that Kinshasa open talks … and that both sides cease fire")
    return out + [k for c in out for k in c.conjuncts if k.i > c.i and k.pos_ == "VERB" and (not any(
        g.dep_ in {"nsubj", "nsubjpass"} for g in k.children) or c.dep_ == "ccomp" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in k.children))]


# clause links a noun phrase's own phrases never cross
CLAUSE_LINKS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "parataxis"}


def _phrase_nouns(obj: Token) -> list[Token]:
    """The nouns inside an object's phrase, without descending into clauses."""
    out: list[Token] = []
    todo = list(obj.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ in CLAUSE_LINKS:
            continue
        if tok.pos_ in {"NOUN", "PROPN"}:
            out.append(tok)
        todo.extend(tok.children)
    return out


def _copy(state: Match) -> Match:
    return Match(state.pattern, {k: list(v) for k, v in state.slots.items()}, set(state.used), state.head)


def conjoined_complements(matches: list[Match], candidates: list[Pattern], trigger: Token) -> list[Match]:
    """"urged both sides to halt the fighting and to return to talks": each conjoined complement is an
    act of the trigger's own, coded by the most specific pattern that reaches it."""
    head = matches[0].head
    if head is None or head.i == trigger.i:
        # "urged Iran to stop executing protesters and to free detained journalists": a first complement no
        # pattern reached still has its conjoined ones
        # (or the model's adverbial "to" clause: "called on King Mswati III to allow … and open a dialogue")
        head = next((c for c in trigger.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
        if head is None:
            return []
    reached = {m.head.i for m in matches if m.head is not None}
    return [x for verb in head.conjuncts if verb.i > head.i and verb.i not in reached
            for x in _first_reaching(candidates, trigger, verb.i, as_head=True)]


def conjoined_objects(matches: list[Match], candidates: list[Pattern], trigger: Token) -> list[Match]:
    """"demanded an official apology and the withdrawal of Turkish troops": a conjoined object the
    chosen pattern does not name is coded by the most specific pattern that does."""
    used = {i for m in matches for i in m.used}
    extra: list[Match] = []
    for i in sorted(used):
        for noun in trigger.doc[i].conjuncts:
            if noun.i not in used and noun.pos_ in {"NOUN", "PROPN"}:
                found = _first_reaching(candidates, trigger, noun.i, as_head=False)
                if found and _restates(found[0].pattern, matches[0].pattern.code):
                    # "appealed to the UN for food, water and medicine": one appeal for aid, whose other
                    # items only the root's general pattern reaches, and that with a wildcard ("demanded
                    # an apology and the withdrawal of troops" names each: two demands)
                    found = []
                extra.extend(found)
                used |= {j for x in found for j in x.used}
    return extra


def _restates(pattern: Pattern, chosen: str) -> bool:
    """Whether ``pattern`` is a wildcard pattern of the general code of the root ``chosen`` already
    names more precisely."""
    code = pattern.code
    wildcard = any(e.kind == "any_obj" or e.kind == "prep" and not e.slot and not e.objects for e in pattern.elements)
    return wildcard and code == code[:2] + "0" and chosen[:2] == code[:2] and chosen != code


def _first_reaching(candidates: list[Pattern], trigger: Token, index: int, *, as_head: bool) -> list[Match]:
    """The matches of the most specific pattern that reaches token ``index``: as the innermost
    controlled verb (``as_head``) or as a word the match used."""
    for pattern in candidates:
        found = [x for x in match(pattern, trigger)
                 if (x.head is not None and x.head.i == index if as_head else index in x.used)]
        if found:
            return found
    return []
