"""Who acts towards whom: the actor pairs of one matched pattern.

The roles module finds the sources and targets a pattern names. This module turns them into pairs,
and handles the cases where the sentence says more than the slots do: talks *between* two parties,
joint subjects acting on each other, a response to someone told before, a judgment of another's
act, and acts whose target is implied by the act itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.groups import REFLEXIVES
from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import NON_STATE, OPPONENTS
from detente.coding.arguments import objects, patients, preps
from detente.coding.grammar import Match
from detente.coding.implied import aimed_at, implied_pairs
from detente.coding.joint import attacks_a_third
from detente.coding.judged import (DENIAL, denied_accuser, judged_act, judged_author, judges, named_author,
                                   named_by_what, responded_party)
from detente.coding.phrases import author_mark, governing_verb, resolve_all
from detente.coding.targets import SPEECH_ACTS
from detente.coding.sources import CHARACTERISING_VERBS, subject_of
from detente.model import Mention

Pair = tuple[Mention, Mention]

RESPONSE_ROOTS = {"02", "03", "06", "07", "08", "10", "12", "13"}
# "rejected the criticism": a verbal defence answers the critic; "declined to comment" answers a question
# marks of who leads or sponsors a venture ("the U.S.-led mission", "a French-drafted text")
LEADING_MARKS = frozenset({"led", "backed", "sponsored", "drafted", "proposed", "brokered"})
RESPONSE_CODES = {"052", "011"}
# joint acts named with both sides: "talks between A and B", "a ceasefire between the army and the RSF"
MEETING_NOUNS = {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "dialogue", "consultation",
                 "consultations", "discussion", "discussions", "contact", "contacts", "ceasefire", "cease-fire",
                 "truce", "armistice", "deal", "agreement", "accord", "treaty", "pact", "exchange", "swap"}
# "fighting between the army and Fano militiamen": both sides fight each other
FIGHTING_NOUNS = {"fighting", "clash", "clashes", "battle", "battles", "war", "hostilities", "skirmish", "skirmishes",
                  "conflict", "confrontation", "exchange"}
# joint actors with no target act on each other in exchanges, cooperation, talks, yielding and fighting;
# never in aid, demands, criticism or coercion ("jets supplied by Denmark and the Netherlands")
MUTUAL_ROOTS_FALLBACK = {"01", "03", "04", "05", "06", "08", "15", "19"}
# travelling and hosting go one way: "before flying on to St Petersburg" is no visit to each other
ONE_WAY_CODES = {"042", "043"}
# verbs that are mutual whatever the root: "traded accusations", "exchanged threats"
MUTUAL_VERBS = {"trade", "exchange"}


def actor_pairs(m: Match, trigger: Token, sources: list[Mention], targets: list[Mention], sent: Span,
                actors: DocumentActors) -> tuple[list[Pair], list[Mention], str | None]:
    """The (source, target) pairs of one match, the sources they came from, and the code of a joint
    act that replaces the pattern's own ("062" for two sides' joint drills), if any."""
    joint: str | None = None
    if _names_only_itself(m, targets, sources):
        targets = []  # whom the act is aimed at is implied (coding/implied.py)
    # (a gerund standing as a noun names its sides the same way: "Fighting between the army and Fano
    # militiamen spread to Gondar")
    as_noun = m.pattern.nominal or (trigger.tag_ == "VBG" and trigger.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "advcl"}
                                    and not sources)
    parties = between_parties(trigger, sent, actors) if as_noun and not governed_by(
        trigger, CHARACTERISING_VERBS | set(SPEECH_ACTS)) else []
    if not m.pattern.nominal and not sources and not targets and m.pattern.code[:2] == "05":
        # "the security pact between Solomon Islands and China was signed": a passive with no agent
        # whose subject names its own sides, who alone can sign it (talks between two sides "were
        # called off" say nothing of who called them off)
        parties = [p for c in trigger.children if c.dep_ == "nsubjpass" for p in between_parties(c, sent, actors)]
    if targets and _two_sides(sources) and _reciprocal(trigger):
        targets = []  # (whom "each other's positions" names is the two sides, not the place of the positions)
    pairs = [(s, t) for s in sources for t in targets]
    if len({p.code for p in parties}) >= 2:
        # "talks between American and Russian officials", "a truce between the army and the RSF"
        sources, targets = parties, parties
        pairs = [(s, t) for s in parties for t in parties if s.code != t.code]
    elif not targets and m.pattern.code[:2] == "15" and (aim := [t for t in aimed_at(m.head or trigger, sent, actors)
                                                              if t.code[:3] not in {s.code[:3] for s in sources}]):
        # "US and South Korean jets staged a joint drill in a show of force aimed at Pyongyang": the
        # two allies face the one it is aimed at, not each other
        pairs = [(s, t) for s in sources for t in aim]
    elif not targets and _two_sides(sources) and "S" not in m.pattern.slots and \
            (m.pattern.code[:2] in MUTUAL_ROOTS_FALLBACK and not attacks_a_third(m.pattern.code, m.head or trigger)
             and m.pattern.code[:3] not in ONE_WAY_CODES
             or trigger.lemma_.lower() in MUTUAL_VERBS or _reciprocal(trigger)):
        # "North and South Korea agreed to return to talks": each side acts towards the other
        pairs = [(s, t) for s in sources for t in sources if s.code != t.code and (
            s.code[:3] != t.code[:3] or len({x.code[:3] for x in sources}) == 1)]
        spans = {(x.start, x.end) for x in sources}
        if len(spans) >= 2:
            # "Netanyahu and the foreign ministers of the UAE and Bahrain signed": the two named in
            # one phrase sit on one side; "Israeli and Palestinian negotiators" (one phrase only)
            # are the two sides
            pairs = [(s, t) for s, t in pairs if (s.start, s.end) != (t.start, t.end)]
        if m.pattern.code[:3] == "150":
            joint = "062"  # "U.S. and South Korean warplanes staged joint drills": military cooperation;
            # build-ups and alerts of two sides at once face each other ("moved troops to their border")
    elif not targets and sources and not m.pattern.nominal and (
            m.pattern.code[:2] in RESPONSE_ROOTS or m.pattern.code[:3] in RESPONSE_CODES):
        other = responded_party(m.pattern.code, m.head or trigger, trigger, sent, actors,
                                {s.code[:3] for s in sources})
        pairs = [(s, other) for s in sources] if other else []
    judging = judges(m.pattern.code)
    act = judged_act(m.head or trigger) if judging else None
    named_what = judging and named_by_what(m.head or trigger) is not None  # ("in what Manila called …")
    if judging and (not targets or act is not None or named_what):
        # "vetoed a U.S.-drafted resolution", "..., and Washington criticised the decision", "a
        # charge Qatar rejected": the author of the judged act, named on it or in an earlier clause
        # (the opposition or the public answering their own government's act judge another party:
        # "urged opposition leader Khaleda Zia to join talks, an invitation Zia turned down"; their own
        # side is then only themselves, held by full code, which no country prefix below matches)
        own = {x.code[:3] for x in sources} if not sources or any(x.code[3:6] not in NON_STATE for x in sources) \
            else {x.code for x in sources}
        named = named_author(act, sent, actors) if act is not None else []
        authors = [a for a in named if a.code[:3] not in own] or _offer_maker(m.pattern.code, act, sent, actors, own) \
            or (judged_author(m.head or trigger, sent, actors, own) if _judged_before(m.pattern.code, act) else [])
        pairs = [(s, t) for s in sources for t in authors] or ([] if named_what else pairs)
    own_side = {x.code[:3] for x in sources}
    if sources and m.pattern.code[:3] == DENIAL and all(t.code[:3] in own_side for _, t in pairs):
        # "denied any role in the attack", "denied that Belgrade had any hand in it, after Kurti accused
        # Serbia …", "dismissed Kyiv's charge": the denial answers the accuser, not the denier's own side
        pairs = [(s, t) for s in sources for t in denied_accuser(m.head or trigger, sent, actors, own_side)]
    if not pairs and not targets and sources and m.pattern.code[:2] == "12":
        # "refused to join the U.S.-led naval mission": refusing a venture rejects whoever leads it
        doc = trigger.doc
        leaders = [a for i in sorted(m.used) for c in doc[i].children if c.dep_ in {"amod", "compound"}
                   for a in author_mark(c, sent, actors, LEADING_MARKS) if a.code[:3] not in own_side]
        pairs = [(s, t) for s in sources for t in leaders[:1]]
    if not pairs and not targets and sources and m.pattern.code[:2] == "04" and not m.pattern.nominal:
        # "said a peace treaty with Azerbaijan was still far off, but that Yerevan would keep negotiating":
        # talks with no partner of their own are with the partner the sentence's treaty or talks name
        pairs = [(s, t) for s in sources for t in _partner_named(sent, actors, own_side)[:1]]
    if not pairs and not targets and sources and m.pattern.code == "196":
        # "violated the truce around Hodeidah, shelling army positions": the side the violation struck
        struck = [t for c in (m.head or trigger).children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  for o in objects(c) for t in actors.resolve(o, sent)]
        pairs = [(s, t) for s in sources for t in struck[:1] if t.code != s.code]
    if not pairs and not targets and sources and m.pattern.code == "039" and trigger.dep_ == "conj":
        # "urged Thailand and Cambodia to halt the fighting and offered to facilitate talks": good offices
        # offered to the parties the joined verb addressed
        addressed = [t for o in objects(trigger.head) for t in resolve_all([o], sent, actors)
                     if t.code[:3] not in own_side]
        pairs = [(s, t) for s in sources for t in addressed]
    if not pairs and not targets and sources and m.pattern.code == "115":
        # "filed a petition in the Constitutional Court challenging President Lungu's re-election": the
        # case is against the one whose act it challenges (the model may read the participle as a modifier)
        challenged = [o for c in sent if c.lemma_.lower() in CHALLENGING and c.tag_ == "VBG" and c.i > trigger.i
                      for o in (objects(c) if c.dep_ != "amod" else [c.head, *list(c.head.ancestors)[:2]])]
        holders = [h for o in challenged
                   for h in [*(p for p in o.children if p.dep_ == "poss"), *([o] if o.dep_ == "poss" else [])]]
        owners = [t for h in holders for t in actors.resolve(h, sent)]
        pairs = [(s, t) for s in sources for t in owners[:1] if t.code != s.code]
    if not pairs and not targets:
        pairs = implied_pairs(m.pattern.code, m.head or trigger, sources, sent, actors)
    return pairs, sources, joint


CHALLENGING = {"challenge", "contest", "dispute"}
OFFERING_VERBS = {"offer", "propose", "mediate", "broker", "invite", "suggest", "volunteer"}
ACCEPTING_CODES = {"036", "038"}  # accepting an offer or a mediation: aimed at whoever offered it


def _judged_before(code: str, act: Token | None) -> bool:
    """Whether the judged act may be one an earlier clause reported. An offer accepted is made by the
    earlier clause's actor only when a summary noun sums that clause up ("offered to mediate, an offer
    that Goita's government accepted"); "hours after Hamas accepted a ceasefire proposal" does not say
    whose proposal it was."""
    if code[:3] not in ACCEPTING_CODES:
        return True
    return act is not None and (act.dep_ == "appos" or any(
        c.dep_ == "relcl" and c.lemma_.lower() == "accept" for c in act.children))


def _offer_maker(code: str, act: Token | None, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"Ankara said it was ready to mediate, and Mogadishu said it welcomed the offer": "the offer"
    accepted or welcomed points back to the offer the sentence told, made by that verb's subject."""
    if code[:3] not in ACCEPTING_CODES or act is None or not any(c.lower_ in {"the", "this", "that"}
                                                                   for c in act.children):
        return []
    for verb in reversed([t for t in sent if t.i < act.i and t.pos_ == "VERB"]):
        if verb.lemma_.lower() in OFFERING_VERBS:
            return [a for a in subject_of(verb, sent, actors) if a.code[:3] not in own]
    return []


def _names_only_itself(m: Match, targets: list[Mention], sources: list[Mention]) -> bool:
    """A protest or a pull-back whose only target is its own actor names no target: "on hunger strike
    in protest at his imprisonment" (the protester's own plight), "a halt to its military operations in
    Georgia" (its own operations); ("barricaded himself in a hotel room" is no protest at all)."""
    if not targets or not {t.code for t in targets} <= {s.code for s in sources}:
        return False
    return m.pattern.code[:3] == "087" or m.pattern.code[:2] == "14" and not any(
        t.lower_ in REFLEXIVES for t in m.slots.get("T", []))


def _reciprocal(verb: Token) -> bool:
    """"Russia and Ukraine accused each other of shelling the plant", "blamed one another", "New
    Delhi and Beijing each accused the other"."""
    each_before = any(t.lower_ == "each" for t in verb.doc[verb.left_edge.i:verb.i])
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "pobj", "dative"}:
            continue
        # ("troops and rebels pounded each other's positions": the other's thing stands for the other)
        for other in [obj, *(c for c in obj.children if c.dep_ == "poss")]:
            if other.lower_ in {"other", "another"} and (
                    each_before or any(c.lower_ in {"each", "one"} for c in other.children)):
                return True
    return any(p.dep_ == "prep" and _reciprocal(p) for p in verb.children)


def _two_sides(sources: list[Mention]) -> bool:
    """Joint subjects that are two parties: two countries, or a state and its armed opponents
    ("Myanmar's military and an alliance of ethnic armed groups agreed to a ceasefire")."""
    if len({s.code[:3] for s in sources}) >= 2:
        return True
    sectors = {s.code[3:6] for s in sources}
    return len(sources) >= 2 and bool(sectors & OPPONENTS) and bool(sectors - OPPONENTS)


def between_parties(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The sides of "talks between A and B" / "a meeting between the two Koreas" (a meeting noun)."""
    if noun.lemma_.lower() not in MEETING_NOUNS | FIGHTING_NOUNS and noun.lower_ not in FIGHTING_NOUNS:
        return []
    return [m for prep, obj in preps(noun) if prep.lower_ == "between" and obj is not None
            for m in resolve_all([obj], sent, actors)]


def governed_by(noun: Token, verbs: set[str]) -> bool:
    verb = governing_verb(noun)
    if verb is None and noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head.head  # "played host to talks", "called for talks"
    if any(c.lemma_.lower() in verbs and noun in patients(c) for c in noun.head.children):
        return True  # "Hosted by Norway, the talks … opened": the participle's patient
    return verb is not None and verb.lemma_.lower() in verbs


PARTNER_NOUNS = {"treaty", "deal", "agreement", "accord", "pact", "talks", "talk", "negotiation", "negotiations",
                 "dialogue", "settlement", "relations", "ties"}


def _partner_named(sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The party a treaty, deal or talks of the sentence are "with" ("a peace treaty with Azerbaijan")."""
    return [a for tok in sent if tok.lemma_.lower() in PARTNER_NOUNS and tok.pos_ == "NOUN"
            for p, o in preps(tok) if p.lower_ == "with" and o is not None
            for a in actors.resolve(o, sent) if a.code[:3] not in own]
