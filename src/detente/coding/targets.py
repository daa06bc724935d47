"""Targets an act names only indirectly: the default target of a pattern with no target slot, and
the country a struck or seized place stands for.

:func:`default_target` tries, in order, the subject of the act's complement ("demanded that Moscow
explain"), its object, an actor in the usual prepositional phrases, the addressee of the letter or
call it was said in, and the party a clause, condition or purpose is aimed at. Kept apart from
:mod:`detente.coding.roles`, which decides when a pattern's own slots are not enough.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.setting import setting_country
from detente.actors.vocabulary import KIN_NOUNS
from detente.coding.answers import ANSWERED_MARKS, CONDITION_MARKS, answered_event, condition_actor
from detente.coding.arguments import captor_phrase, objects, patients, preps
from detente.coding.grammar import Match
from detente.coding.implied import place_of_operation
from detente.coding.judged import answered_before
from detente.coding.phrases import (adjunct_counterpart, as_actor, as_target, claimed_act, country_below,
                                    governing_verb, main_verb, named_thing, phrase_target, purpose_target,
                                    relation_partner)
from detente.coding.sources import OBJECT_CONTROL, RECEIVE_VERBS, RESPONSE_VERBS, nominal_source, subject_of
from detente.model import Mention
from detente.nlp.clauses import naming_clause

DEFAULT_TARGET_PREPS = {"to", "with", "against", "on", "toward", "towards", "at", "into", "for", "upon", "near",
                        "around", "along", "off", "over"}
# Acts whose clausal complement is only proposed or demanded, not done: "proposed that X meet Y".
SPEECH_ACTS = {"propose", "suggest", "demand", "urge", "call", "ask", "insist", "offer", "reject", "threaten",
               "request", "invite", "press", "refuse", "deny", "accuse"}
# means of communication whose addressee is the target of what is said in them
MEDIUM_NOUNS = {"letter", "message", "call", "telephone", "phone", "conversation", "note", "statement", "speech",
                "address", "interview", "meeting", "talk", "telegram", "cable"}
# answers that name no one but answer the act just told ("vowed to retaliate")
ANSWER_VERBS = {"retaliate", "respond", "avenge", "hit", "strike", "react", "reply"}
# reactions whose target is the one whose act prompted them
REACTION_ROOTS = {"11", "12", "13", "15", "16", "17"}
# operations whose object may be a place: occupation, assault, fighting, mass violence, force posture
SITE_ROOTS = {"15", "18", "19", "20"}


# verbs of telling someone what one will do: the one told is the one the act is promised to
PROMISED_TO = {"assure", "promise", "tell", "inform", "reassure", "pledge"}


# a show of force: the object is the force sent ("deployed 45,000 police against youths"), not its target
FORCES_SENT = {"153", "154"}


def default_target(m: Match, trigger: Token, sent: Span, actors: DocumentActors, subject: list[Mention]
                   ) -> list[Mention]:
    """The target when no pattern slot names one: the complement's subject, the object, an actor in
    the usual prepositional phrases, the one a clause or purpose is aimed at. ``subject`` is the
    trigger's own subject (for a verbal pattern), which the actor itself never targets."""
    head = m.head or trigger
    if patients(trigger):  # "Granted asylum by Mexico, Morales left": the one the act was done to
        return [a for p in patients(trigger) for a in actors.resolve(p, sent)]
    if head.i != trigger.i:  # "demanded that Moscow explain …": the complement's own subject
        clause = head
        while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            clause = clause.head  # "demanded that Maduro step down and call elections"
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            said = as_actor(subj, sent, actors)
            found = [a for a in said if a.code not in {s.code for s in subject}]
            if subj.dep_ == "nsubj" and m.pattern.code == "137":
                found = []  # "warned that police would deal with anyone joining": the force is no target
            if said and not found:
                # "warned Fiji's army chief that they would suspend aid": the actor's own "they" is
                # no target, the one warned is
                found = [a for o in trigger.children if o.dep_ in {"dobj", "dative"}
                         for a in as_actor(o, sent, actors) if a.code not in {s.code for s in subject}]
            if found:
                return found
    user = _user_of_supplied(trigger, sent, actors) if m.pattern.code[:3] in {"064", "070", "071", "072"} else []
    if user:  # "arrested 12 members of a cell, acting on intelligence provided by Saudi Arabia": Bahrain's
        return user
    if not m.pattern.nominal and m.pattern.code[:3] not in FORCES_SENT:
        own = {s.code for s in subject}
        for direct in objects(head):
            # "raised its alert", "put its troops on alert": an object owned by the actor itself
            # names no target
            owner = [c for c in direct.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}]
            if owner:
                # "stormed its embassy", "revoked their accreditation": another party's property
                # makes that party the target
                other = [a for a in actors.resolve(owner[0], sent) if a.code[:3] not in {o[:3] for o in own}]
                if other:
                    return other
                continue
            found = [t for t in as_target(direct, sent, actors) if t.code not in own]
            if found:
                return found
    if m.pattern.code == "015":
        # "claimed responsibility for drone attacks on Saudi oil facilities": the act's target
        for prep, act in preps(head, *objects(head)):
            if act is not None and claimed_act(act) is not None:
                for on, obj in preps(act):
                    if obj is not None and on.lower_ in {"on", "against", "at", "in", "upon", "near"}:
                        found = as_target(obj, sent, actors) or site_of([obj], sent, actors)
                        if found:
                            return found
                site = place_of_operation(act, sent, actors)  # "on Abha airport in southern Saudi Arabia"
                if site is not None:
                    return [site]
    # "talks on reunions" name a topic, "talks near Kathmandu" a place: neither names the other party
    topical = {"on", "over", "for", "about", "near", "around", "along", "off"} if m.pattern.code[:2] == "04" \
        else {"at", "with", "before", "to", "in"} if m.pattern.code == "115" else set()  # ("filed a case at the ICJ")
    if m.pattern.code in {"012", "013"}:
        # "said he was optimistic a final accord with the FARC could be signed": the partner of the deal
        for clause in (c for c in [*head.children, *head.head.children] if c.dep_ == "ccomp" and c.i > head.i):
            for topic in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                found = [a for p, o in preps(topic) if o is not None and p.lower_ == "with"
                         for a in as_actor(o, sent, actors) if a.code not in {s.code for s in subject}]
                if found:
                    return found
    if m.pattern.code == "115":
        # "filed a case at the ICJ accusing Israel of genocide": the lawsuit is against the accused
        for accusing in (c for c in head.children if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in {
                "accuse", "charge", "allege"}):
            found = [a for o in objects(accusing) for a in as_actor(o, sent, actors)]
            if found:
                return found
    for prep, pobj in preps(head, *objects(head)):
        if prep.lower_ in topical:
            continue
        if pobj is not None and (prep.lower_ in DEFAULT_TARGET_PREPS or
                                 (prep.lower_ == "by" and prep.dep_ != "agent" and not m.pattern.nominal)):
            # a prepositional phrase may only name the topic ("information on North Korean
            # missiles"): here the phrase must name an actor itself
            found = as_actor(pobj, sent, actors)
            if found:
                return found
    for medium in _media_under(head):
        # "expressed his regrets ... in a letter to President Tshisekedi": the letter's addressee
        for to, addressee in preps(medium):
            if addressee is not None and to.lower_ in {"to", "with"}:
                found = as_actor(addressee, sent, actors)
                if found:
                    return found
    if any(c.lower_ == "there" and c.dep_ == "advmod" for c in head.children):
        here = actors.recent_other(set())
        if here is not None:
            return [here]
    if m.pattern.nominal and captor_phrase(trigger) is not None:  # "Yucel's detention by Turkish police"
        return [a for c in trigger.children if c.dep_ == "poss" for a in actors.resolve(c, sent)]
    if m.pattern.nominal:
        for clause in _content_clauses(trigger):
            # "Trump's accusation that it harboured militants": the content clause's subject
            own = {s.code[:3] for s in nominal_source(trigger, sent, actors, code=m.pattern.code)}
            for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                found = [a for a in as_actor(subj, sent, actors) if a.code[:3] not in own]
                if found:
                    return found
        for prep, pobj in preps(trigger):
            if pobj is not None and prep.lower_ == "of" and any(
                    e.kind == "prep" and "of" in e.words and e.objects for e in m.pattern.elements):
                # "the expulsion of 35 Russian diplomats": the pattern names whom; their flag is the target
                found = as_target(pobj, sent, actors)
                if found:
                    return found
        verb = governing_verb(trigger)
        if verb is not None and verb.lemma_.lower() in RECEIVE_VERBS | RESPONSE_VERBS:
            return subject_of(verb, sent, actors)
        if m.pattern.code == "041" and trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during", "by", "over"}:
            # "apologised to Aliyev in a telephone call": the call is with the one the act is aimed at
            own = {s.code[:3] for s in nominal_source(trigger, sent, actors, code=m.pattern.code)}
            found = [a for a in phrase_target(trigger.head.head, sent, actors) if a.code[:3] not in own]
            if found:
                return found
        if m.pattern.code[:2] == "04" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
            # "arrived in Seoul for talks", "travelled to Pyongyang for consultations": the hosts
            travel = trigger.head.head
            for prep, place in preps(travel):
                if place is not None and prep.lower_ in {"to", "in", "at"}:
                    hosts = actors.resolve(place, sent)
                    if hosts:
                        return hosts
        if m.pattern.code[:2] == "04":  # "urged Kim during talks in Beijing": the one addressed
            found = adjunct_counterpart(trigger, sent, actors)
            if m.pattern.code == "042":
                # ("gave Modi its highest honour during his visit": the one addressed is the visitor)
                own = {s.code[:3] for s in subject}
                found = [f for f in found if f.code[:3] not in own] or visited_place(trigger, sent, actors)
            return found
    else:
        own = {s.code[:3] for s in subject}
        content = [c for o in objects(head) for c in _content_clauses(o)]  # "voiced optimism that X would"
        # (not a clause before the verb and a comma when something is given or promised: "the UAE
        # flew in relief flights, China promised tents" is a list of donors, which the model may read
        # as what China promised)
        for clause in [c for c in head.children if c.dep_ in {"ccomp", "xcomp"} and not naming_clause(c) and not (
                m.pattern.code[:2] in {"03", "06", "07"} and c.i < head.i and
                any(t.text == "," for t in c.doc[c.right_edge.i:head.i]))] + content:
            # "demanded that Pyongyang apologize", "urged Tokyo to …" parsed as a clause
            inner = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if inner:
                found = as_actor(inner[0], sent, actors) or relation_partner(inner[0], sent, actors)
                if found and m.pattern.code[:2] == "13" and all(f.code[:3] in own for f in found):
                    # "warned that Israel would return Lebanon to the Stone Age": the speaker's own
                    # side acts in the threat, so it is aimed at whom that act would hit
                    below = country_below(clause, sent, actors, own)
                    found = [below] if below else []
                if found:
                    return found
        # "telephoned his counterpart to offer condolences": the one the purpose is pursued with
        found = purpose_target(head, sent, actors, OBJECT_CONTROL | SPEECH_ACTS)
        force_own = own if m.pattern.code[:2] == "15" else set()
        if not found and m.pattern.code[:2] == "15":
            # "staged drills in six zones around Taiwan, a day after Pelosi left": where the show of
            # force is staged says whom it is aimed at before any clause it answers
            site = place_of_operation(head, sent, actors)
            found = [site] if site is not None and site.code[:3] not in force_own else []
        if not found and m.pattern.code[:2] == "13" and _shares_subject(trigger):
            # "after Trump accused Islamabad of lies and threatened to cut off aid": a threat made
            # in the same breath as an act on a party is aimed at it
            found = [a for a in phrase_target(trigger.head, sent, actors) if a.code[:3] not in own]
        if not found and m.pattern.code[:2] in {"13", "15"}:
            # "threatened to suspend the pact if Pyongyang went ahead", "raised its alert after
            # North Korean artillery shelled the island": the one whose act is answered
            found = condition_actor(head, trigger, sent=sent, actors=actors,
                                    marks=ANSWERED_MARKS if m.pattern.code[:2] == "15" else CONDITION_MARKS)
        if not found and m.pattern.code[:2] == "15":
            # "put its forces on high alert after the clash with Indian troops"
            found = answered_event(head, trigger, sent=sent, actors=actors, own=force_own)
        if not found and m.pattern.code[:2] == "15":
            found = _protest_ahead(head, sent, actors)
        answer, answering = (head.head.head, head.head.head) if head.dep_ == "pcomp" and head.head.lower_ == "by" \
            else (head, trigger)  # ("…, and Athens responded by putting its navy on high alert")
        if not found and m.pattern.code[:2] in REACTION_ROOTS | {"19"} and answering.dep_ == "conj" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in answering.children) and _answers(answer):
            # "Pakistani warplanes bombed hideouts in Paktika, and Kabul vowed to retaliate", "…, and
            # Armenian troops returned fire": the retaliation answers the actor of the clause before
            found = [a for a in subject_of(answering.head, sent, actors) if a.code[:3] not in own]
        if not found and m.pattern.code[:2] in REACTION_ROOTS and head.dep_ == "xcomp" and \
                head.head.lemma_.lower() in OBJECT_CONTROL and head.head.dep_ in {"advcl", "conj"}:
            # "Turkish warships escorted a survey vessel into Greek waters, prompting Athens to put
            # its forces on alert": the reaction answers whoever did what prompted it
            found = [a for a in subject_of(main_verb(head.head), sent, actors) if a.code[:3] not in own]
        if not found and m.pattern.code[:2] in REACTION_ROOTS:  # "… held drills in response"
            found = answered_before(head, sent, actors, own) or _provoked_by(head, sent, actors, own)
        if not found and head.dep_ == "ccomp" and head.head.lemma_.lower() in PROMISED_TO:
            # "assured Kyiv that it would deliver more air defence systems": the one the promise was made to
            found = [a for o in head.head.children if o.dep_ in {"dobj", "dative"}
                     for a in as_actor(o, sent, actors) if a.code[:3] not in own]
        if not found and _shares_subject(head) and m.pattern.code[:2] != "14":
            # "would ease travel restrictions on Cuba and loosen parts of the embargo": a verb
            # sharing its conjunct's subject acts on the same party unless it names its own (not a
            # protest: "holds Danish citizenship and has been on hunger strike" protests to his jailer)
            found = phrase_target(head.head, sent, actors)
        return found
    return []


def _provoked_by(verb: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"Alarmed by Ethiopia's talk of regaining a port, Eritrea ordered a mobilisation": the one whose
    act the opening participle says provoked the reaction."""
    openings = [c for v in dict.fromkeys([verb, main_verb(verb)]) for c in v.children
                if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < verb.i]
    for opening in openings:
        for obj in (o for by in opening.children if by.dep_ in {"agent", "prep"} and by.lower_ == "by"
                    for o in by.children if o.dep_ == "pobj"):
            found = [a for a in as_actor(obj, sent, actors) or nominal_source(obj, sent, actors)
                     if a.code[:3] not in own]
            if found:
                return found
    return []


PROTEST_NOUNS = {"rally", "march", "protest", "demonstration", "sit-in", "strike", "vigil", "walkout"}


def _protest_ahead(verb: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"Police raised their alert level ahead of a planned opposition rally": the posture faces the
    ones who will protest (the rally's makers, by name or by a modifier such as "opposition")."""
    for ahead, rally in preps(verb, *verb.conjuncts):  # (the phrase may close a list of measures)
        if rally is None or rally.lemma_.lower() not in PROTEST_NOUNS or ahead.lower_ not in {"ahead", "of", "before"}:
            continue
        found = nominal_source(rally, sent, actors)
        found = found or [m for c in rally.children if c.dep_ in {"compound", "amod"} for m in as_actor(c, sent, actors)]
        if found:
            return found
    return []


def _answers(verb: Token) -> bool:
    """A verb that answers another's act: "retaliated", "struck back", "returned fire"."""
    return verb.lemma_.lower() in ANSWER_VERBS or (
        verb.lemma_.lower() == "return" and any(o.lower_ == "fire" for o in objects(verb)))


# verbs of acting on or using what another supplied ("acting on intelligence provided by", "relying on")
USING_VERBS = {"act", "rely", "draw", "base", "use", "depend"}


def _user_of_supplied(trigger: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """Who received what a reduced clause says another supplied: the one acting on or using it."""
    noun = trigger.head
    if trigger.dep_ != "acl" or noun.dep_ not in {"pobj", "dobj"}:
        return []
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() not in USING_VERBS or verb.pos_ != "VERB":
        return []
    return subject_of(verb, sent, actors)


def _shares_subject(verb: Token) -> bool:
    """A verb joined to the one before it with no subject of its own ("accused X and threatened …")."""
    return verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _content_clauses(noun: Token) -> list[Token]:
    """The "that" clauses saying what a noun holds ("optimism that X would", "the charge that X did")."""
    return [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
        k.dep_ == "mark" and k.lower_ == "that" for k in c.children)]


def _media_under(head: Token) -> list[Token]:
    """"in a letter", "in a phone call" anywhere in the verb's own phrases (not in its clauses)."""
    out = []
    for tok in head.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.lemma_.lower() not in MEDIUM_NOUNS:
            continue
        node = tok  # climb to the verb; a clause on the way means the medium is that clause's
        while node.i != head.i and (node.i == tok.i or node.dep_ not in {"relcl", "ccomp", "advcl", "xcomp"}):
            node = node.head
        if node.i == head.i:
            out.append(tok)
    return out


def named_sites(filler: Token) -> list[Token]:
    """"struck what it called militant hideouts in Iran's Sistan-Baluchestan province": the thing a
    free relative names and the places it is in; any other filler stands for itself."""
    thing = named_thing(filler)
    if thing.i == filler.i:
        return [filler]
    places = [o for p, o in preps(filler, thing) if o is not None and p.lower_ in {"in", "inside", "near"}]
    return [thing, *places, *(c for o in places for c in o.children if c.dep_ == "poss")]


def site_of(tokens: list[Token], sent: Span, actors: DocumentActors) -> list[Mention]:
    """The country of the first place among ``tokens`` or inside their part-of phrases."""
    # (a person's kin is no part of a place: "kidnapped the father of the Liverpool forward Luis Díaz"
    # names no city's country)
    kin = [tok for tok in tokens if tok.lemma_.lower() in KIN_NOUNS]
    if kin:  # the kin of a stranger is a private person of the country the sentence is set in
        country = setting_country(kin[0], sent, actors.match_at, actors.gazetteer)
        return [Mention(country + "CVL", kin[0].text, kin[0].idx - sent.start_char,
                        kin[0].idx + len(kin[0].text) - sent.start_char, f"setting:{country} from the sentence")
                ] if country else []
    return [p for tok in tokens for t in [tok, *_of_objects(tok)] for p in actors.as_site(t, sent)][:1]


def _of_objects(tok: Token) -> list[Token]:
    """"most of Aleppo", "the outskirts of Kharkiv": the place inside a part-of phrase."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def visited_place(visit: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"signed a deal letting UN officials work in Caracas, at the end of a three-day visit by
    Bachelet": a visit that names no destination went to the one foreign place the sentence names (a
    summary after a comma may be read as the verb's object: "met in Ankara, the first visit by …")."""
    summary = visit.dep_ == "dobj" and visit.left_edge.i > 0 and visit.doc[visit.left_edge.i - 1].text == ","
    if visit.lemma_.lower() not in {"visit", "trip"} or (
            visit.dep_ not in {"appos", "npadvmod", "pobj"} and not summary) or any(
            p.lower_ == "to" or p.lower_ == "in" and not _a_time(o) for p, o in preps(visit)):
        # (an envoy or a delegation names whom it is sent to; "a visit to a war shrine" is no country's;
        # "Park was given a state visit by China" is told by its verb)
        return []
    own = {s.code[:3] for s in nominal_source(visit, sent, actors, code="042")}
    # (the model's entity types miss some: "Papua New Guinea's" read as a person, "Abu Dhabi" as a firm;
    # a country or capital the dictionary names is a place whatever the tag)
    places = {m.code[:3]: m for tok in sent if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" or tok.pos_ == "PROPN"
              for m in (actors.as_site(tok, sent) if tok.ent_type_ == "GPE" else actors.as_place(tok, sent))
              if m.code[:3] not in own}
    return list(places.values()) if len(places) == 1 else []


def _a_time(tok: Token | None) -> bool:
    """"(the first visit by a South Korean leader) in 12 years": an "in" phrase naming a time, not a place."""
    return tok is not None and (tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in {
        "year", "decade", "month", "week", "day", "century"})
