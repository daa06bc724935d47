"""Actor roles of a coded act: who did it to whom (the sources come from :mod:`detente.coding.sources`).

:func:`find_roles` finds an event's source (subject, passive agent, controlling or governing
clause, the maker of a nominal act) and target (pattern slot, object, clause subject, the usual
prepositional positions, the party whose act is answered).  Kept apart from
:mod:`detente.coding.coder`, which decides which pattern fired and how the event is assembled
(modality, negation, date, place), so each side of the grammar can grow on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import NON_STATE
from detente.coding.answers import (ANSWERED_MARKS, CONDITION_MARKS, answered_clause, answered_event,
                                    condition_actor)
from detente.coding.grammar import Match, objects, patients, preps
from detente.coding.implied import UNREST_NOUNS, is_domestic_measure, place_of_operation
from detente.coding.inside import hoped_party, inquiry_target, purpose_party
from detente.coding.judged import answered_before, drawn_by
from detente.coding.phrases import (adjunct_counterpart, as_actor, as_target, claimed_act, country_below,
                                    governing_verb, main_verb, named_thing, owned_proposal, phrase_target,
                                    prior_actor, purpose_target, relation_partner, resolve_all)
from detente.coding.sources import OBJECT_CONTROL, RECEIVE_VERBS, RESPONSE_VERBS, nominal_source, subject_of
from detente.coding.threats import retaliated_party
from detente.model import Mention

DEFAULT_TARGET_PREPS = {"to", "with", "against", "on", "toward", "towards", "at", "into", "for", "upon", "near",
                        "around", "along", "off", "over"}
# cooperation between joint subjects is mutual unless the pattern names another party
MUTUAL_ROOTS = {"03", "04", "05", "06"}
# "thanked China, which flew in tents": those thanked for aid gave it to the one thanking
THANKING_VERBS = {"thank", "praise", "hail", "commend", "credit", "salute", "acknowledge"}
# Acts whose clausal complement is only proposed or demanded, not done: "proposed that X meet Y".
SPEECH_ACTS = {"propose", "suggest", "demand", "urge", "call", "ask", "insist", "offer", "reject", "threaten",
               "request", "invite", "press", "refuse", "deny", "accuse"}


def find_roles(m: Match, trigger: Token, sent: Span, actors: DocumentActors
               ) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of the act *m* fired on *trigger*; no targets when joint parties act on
    each other (the coder then pairs them)."""
    if m.pattern.code in {"042", "192"}:
        # a visit's destination, a captured city: a place, so the country, not its government
        slot_t = [p for tok in m.slots.get("T", []) for p in actors.as_place(tok, sent)] or \
            resolve_all(m.slots.get("T", []), sent, actors)
    else:
        slot_t = resolve_all(m.slots.get("T", []), sent, actors)
    if not slot_t and is_domestic_measure(m.pattern.code):
        # "declared a state of emergency in Almaty": a measure over a place falls on its country
        slot_t = [p for tok in m.slots.get("T", []) for p in actors.as_site(tok, sent)][:1]
    if not slot_t and m.pattern.code[:2] in SITE_ROOTS:
        # "rebels seized most of Aleppo", "shelled Kharkiv": the place stands for its country
        slot_t = site_of([x for t in m.slots.get("T", []) for x in _named_sites(t)], sent, actors)
    if m.pattern.code[:2] in SITE_ROOTS and m.used:
        # "struck PKK targets in northern Iraq": a struck thing named by its owner hits the owner,
        # wherever the place phrase says it stands
        owners = [p for noun in _used_nouns(m, trigger) for c in noun.children if c.dep_ in {"compound", "amod"}
                  for p in actors.as_party(c, sent)]
        if owners:
            slot_t = owners[:1]
    if m.pattern.code[:3] == "093" and m.used:
        # "opened an inquiry into its air strike on a school bus": an inquiry into an act looks
        # into whoever carried it out, not the act's victims
        doers = [p for noun in _used_nouns(m, trigger) for c in noun.children if c.dep_ == "poss"
                 for p in as_actor(c, sent, actors)]
        if doers:
            slot_t = doers[:1]
    fillers = m.slots.get("T", [])
    if fillers and all(f.lower_ in {"it", "them"} for f in fillers) and trigger.dep_ in {"advcl", "conj"} and (
            m.pattern.code[:2] in {"05", "11", "12"} or not any(c.dep_ == "nsubj" for c in trigger.children)):
        # (a judgment of "it" judges a thing; "after Washington urged it to …" asks a party)
        # "rejected Seoul's offer of relief, calling it a cheap publicity stunt": "it" is the thing
        # the clause before acted on, and the target its owner
        things = [o for o in objects(trigger.head) if o.pos_ == "NOUN"]
        owners = [a for o in things for a in as_actor(o, sent, actors)]
        if owners:
            slot_t = owners
    slot_s = resolve_all(m.slots.get("S", []), sent, actors)
    if m.pattern.nominal:
        subject = nominal_source(trigger, sent, actors, code=m.pattern.code)
    else:
        subject = subject_of(trigger, sent, actors)
    if "S" in m.pattern.slots:
        if m.pattern.nominal:
            verb = governing_verb(trigger)
            # "received aid from Russia": made to the receiver; "rejected an ultimatum from Madrid" and
            # "rebuffing requests from Kyiv": made to the one who answers it
            beneficiary = (subject_of(verb, sent, actors) if verb is not None and verb.lemma_.lower()
                           in RECEIVE_VERBS | RESPONSE_VERBS else [])
            clause = answered_clause(trigger)
            if not beneficiary and clause is not None:
                # "refused, despite appeals from London": the appeal was made to the one refusing;
                # "restored ties with Kenya following mediation by Qatar": mediated between both
                beneficiary = subject_of(clause, sent, actors)
                if m.pattern.code[:3] == "045":
                    beneficiary += phrase_target(main_verb(clause), sent, actors)
            return slot_s, beneficiary
        return slot_s, drawn_by(trigger, sent, actors) or subject  # "…, drawing condemnation from Cambodia"
    targets = slot_t if "T" in m.pattern.slots else []
    by_default = not targets
    if not targets:
        targets = default_target(m, trigger, sent, actors, subject)
    own = {s.code[:3] for s in subject}
    # "Kenyan and Somali troops launched an offensive against al-Shabaab": a non-state group of one
    # side's country is a third party, not one of the joint sides
    third = m.pattern.code[:2] in {"17", "18", "19", "20"} and any(t.code[3:6] in NON_STATE for t in targets)
    if len(own) >= 2 and not third and (targets and all(t.code[:3] in own for t in targets) or
                                        (by_default and m.pattern.code[:2] in MUTUAL_ROOTS)):
        # "Tokyo and New Delhi vowed to deepen their partnership", "Seoul and Tokyo pledged to
        # share intelligence on North Korea": joint parties act on each other (see EventCoder._events)
        return subject, []
    inside_complement = m.head is not None and m.head.i != trigger.i
    if targets and own and inside_complement and all(t.code[:3] in own for t in targets):
        # "North Korea proposed that South Korean officials meet with North Korean officials":
        # the other party of the proposed act is the target, not the proposer's own officials
        inner = subject_of(m.head, sent, actors) if m.head is not None and m.head.i != trigger.i else []
        # "warned Seoul that the North's army would act": the one addressed comes first
        addressed = [a for o in objects(trigger) for a in actors.resolve(o, sent)]
        other = [t for t in addressed + inner + default_target(m, trigger, sent, actors, subject)
                 if t.code[:3] not in own]
        below = country_below(m.head or trigger, sent, actors, own)
        # "warned that Tehran would quit the NPT if Britain … referred …": failing a party hit, the
        # one whose act the promised act is conditioned on
        cond = [c for c in condition_actor(m.head or trigger, sent=sent, actors=actors)
                if c.code[:3] not in own] if not other and below is None else []
        targets = other or ([below] if below else cond or targets)
    if targets and own and all(t.code[:3] in own for t in targets) and len(own) == 1:
        # "telephoned his Nepali counterpart … to pledge India's help": the help is the pledger's
        # own, so the pledge goes to whoever the act is pursued with
        other = [t for t in purpose_target(m.head or trigger, sent, actors, OBJECT_CONTROL | SPEECH_ACTS)
                 if t.code[:3] not in own]
        targets = other or targets
    if targets and own and m.pattern.code[:2] in {"13", "17", "18"} and all(t.code[:3] in own for t in targets) \
            and any(o.lemma_.lower() in UNREST_NOUNS for o in objects(m.head or trigger)):
        targets = []  # "vowed to crush the uprising against his rule": its own people (see implied)
    if m.pattern.code in {"043", "045"} and trigger.dep_ == "acl" and trigger.head.lemma_.lower() in HOSTED_EVENTS \
            and all(t.code[:3] in own for t in targets):
        # "signed agreements at a White House ceremony hosted by Trump", "agreed to restore ties in
        # a deal brokered by China": the host or broker deals with those who act at or in it
        verb = governing_verb(trigger.head)
        targets = [t for t in (subject_of(main_verb(verb), sent, actors) if verb is not None else [])
                   if t.code[:3] not in own]
    elif m.pattern.code in {"043", "045"} and trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and any(
            o.lemma_.lower() in HOSTED_EVENTS for o in objects(trigger.head)) and all(
                t.code[:3] in own for t in targets):
        # "officials held talks in Jeddah on Tuesday hosted by the Saudi foreign minister": the
        # participle hangs on the verb, but the talks were hosted and their holders received
        targets = [t for t in subject_of(trigger.head, sent, actors) if t.code[:3] not in own]
    if not targets and "T" in m.pattern.slots and trigger.dep_ == "relcl":
        targets = prior_actor(trigger, sent, actors, exclude={s.code for s in subject})
    if not targets and trigger.dep_ == "relcl" and m.pattern.code[:2] in {"07", "17", "18", "19"} and any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in trigger.children):
        # "protesters ... clashed with security forces, who fired tear gas": the force turns on
        # whoever its clause's noun was fighting; "thanked China, which flew in tents": the aid
        # went to the one thanking
        noun = trigger.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ in {"VERB", "AUX"} and verb.i != trigger.i and (
                m.pattern.code[:2] != "07" or verb.lemma_.lower() in THANKING_VERBS):
            own = {s.code for s in subject}
            targets = [a for a in subject_of(verb, sent, actors) if a.code not in own]
    if m.pattern.code[:3] in {"150", "151", "152", "154"} and targets and all(
            t.code[:3] in {s.code[:3] for s in subject} and t.code[3:6] in {"", "GOV", "MIL"} for t in targets):
        # "put Serbia's army on combat readiness": one's own army is the means, not the aim (a police
        # mobilisation, 153, is coded on the police, by the gold conventions); "… amid rising tension
        # with Pristina": the party the posture answers
        own_countries = {s.code[:3] for s in subject}
        targets = answered_event(m.head or trigger, trigger, sent=sent, actors=actors, own=own_countries) or [
            c for c in condition_actor(m.head or trigger, trigger, sent=sent, actors=actors, marks=ANSWERED_MARKS)
            if c.code[:3] not in own_countries]
    if not targets and m.pattern.code[:3] in {"150", "152", "154"} and subject:
        targets = purpose_party(m.head or trigger, sent, actors, subject)
    answering = governing_verb(trigger) if m.pattern.nominal and m.pattern.code[:2] == "03" else None
    if answering is not None and answering.lemma_.lower() in RESPONSE_VERBS | {"turn"} and owned_proposal(trigger):
        # "Tehran rejected an EU proposal for a meeting with the United States": made to the one answering
        targets = [t for t in subject_of(answering, sent, actors) if t.code[:3] not in {s.code[:3] for s in subject}] \
            or targets
    if not targets and m.pattern.code[:2] == "09" and subject:
        targets = inquiry_target(m.head or trigger, sent, actors, {s.code for s in subject})
    if not targets and m.pattern.code == "013" and subject:
        targets = hoped_party(m.head or trigger, sent, actors, subject)
    own = {s.code[:3] for s in subject}
    if m.pattern.code[:2] in {"13", "19"} and all(t.code[:3] in own for t in targets):
        targets = retaliated_party(m, trigger, sent, actors, own) or targets
    return subject, targets


def _used_nouns(m: Match, trigger: Token) -> list[Token]:
    """The nouns a pattern's plain elements consumed ("struck PKK targets": targets)."""
    return [trigger.doc[i] for i in sorted(m.used) if trigger.doc[i].pos_ == "NOUN"]


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
            found = as_actor(subj, sent, actors)
            if found:
                return found
    if not m.pattern.nominal:
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
    topical = {"on", "over", "for", "about"} if m.pattern.code[:2] == "04" else set()  # "talks on reunions"
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
            return adjunct_counterpart(trigger, sent, actors)
    else:
        own = {s.code[:3] for s in subject}
        content = [c for o in objects(head) for c in _content_clauses(o)]  # "voiced optimism that X would"
        for clause in [c for c in head.children if c.dep_ in {"ccomp", "xcomp"}] + content:
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
        if not found and m.pattern.code[:2] in {"13", "15"}:
            # "threatened to suspend the pact if Pyongyang went ahead", "raised its alert after
            # North Korean artillery shelled the island": the one whose act is answered
            found = condition_actor(head, trigger, sent=sent, actors=actors,
                                    marks=ANSWERED_MARKS if m.pattern.code[:2] == "15" else CONDITION_MARKS)
        if not found and m.pattern.code[:2] == "15":
            # "put its forces on high alert after the clash with Indian troops"
            found = answered_event(head, trigger, sent=sent, actors=actors, own=force_own)
        if not found and m.pattern.code[:2] in REACTION_ROOTS and trigger.dep_ == "conj" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children) and head.lemma_.lower() in ANSWER_VERBS:
            # "Pakistani warplanes bombed hideouts in Paktika, and Kabul vowed to retaliate": the
            # retaliation answers the actor of the clause before
            found = [a for a in subject_of(trigger.head, sent, actors) if a.code[:3] not in own]
        if not found and m.pattern.code[:2] in REACTION_ROOTS and head.dep_ == "xcomp" and \
                head.head.lemma_.lower() in OBJECT_CONTROL and head.head.dep_ in {"advcl", "conj"}:
            # "Turkish warships escorted a survey vessel into Greek waters, prompting Athens to put
            # its forces on alert": the reaction answers whoever did what prompted it
            found = [a for a in subject_of(main_verb(head.head), sent, actors) if a.code[:3] not in own]
        if not found and m.pattern.code[:2] in REACTION_ROOTS:  # "… held drills in response"
            found = answered_before(head, sent, actors, own)
        if not found and head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            # "would ease travel restrictions on Cuba and loosen parts of the embargo": a verb
            # sharing its conjunct's subject acts on the same party unless it names its own
            found = phrase_target(head.head, sent, actors)
        return found
    return []


# gatherings a host receives its participants at
HOSTED_EVENTS = {"ceremony", "summit", "meeting", "talks", "talk", "conference", "signing", "dinner", "banquet",
                 "reception", "gathering", "forum", "deal", "agreement", "accord", "ceasefire", "truce", "swap",
                 "exchange", "settlement", "negotiation", "negotiations"}
# means of communication whose addressee is the target of what is said in them
MEDIUM_NOUNS = {"letter", "message", "call", "telephone", "phone", "conversation", "note", "statement", "speech",
                "address", "interview", "meeting", "talk", "telegram", "cable"}
# answers that name no one but answer the act just told ("vowed to retaliate")
ANSWER_VERBS = {"retaliate", "respond", "avenge", "hit", "strike", "react", "reply"}
# reactions whose target is the one whose act prompted them
REACTION_ROOTS = {"11", "12", "13", "15", "16", "17"}
# operations whose object may be a place: occupation, assault, fighting, mass violence, force posture
SITE_ROOTS = {"15", "18", "19", "20"}


def _named_sites(filler: Token) -> list[Token]:
    """"struck what it called militant hideouts in Iran's Sistan-Baluchestan province": the thing a
    free relative names and the places it is in; any other filler stands for itself."""
    thing = named_thing(filler)
    if thing.i == filler.i:
        return [filler]
    places = [o for p, o in preps(filler, thing) if o is not None and p.lower_ in {"in", "inside", "near"}]
    return [thing, *places, *(c for o in places for c in o.children if c.dep_ == "poss")]


def site_of(tokens: list[Token], sent: Span, actors: DocumentActors) -> list[Mention]:
    """The country of the first place among ``tokens`` or inside their part-of phrases."""
    return [p for tok in tokens for t in [tok, *_of_objects(tok)] for p in actors.as_site(t, sent)][:1]


def _of_objects(tok: Token) -> list[Token]:
    """"most of Aleppo", "the outskirts of Kharkiv": the place inside a part-of phrase."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
