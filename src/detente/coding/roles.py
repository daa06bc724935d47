"""Actor roles of a coded act: who did it to whom (the sources come from :mod:`detente.coding.sources`).

:func:`find_roles` finds an event's source (subject, passive agent, controlling or governing
clause, the maker of a nominal act) and target (pattern slot, object, clause subject, the usual
prepositional positions, the party whose act is answered; the default target when no slot names
one is in :mod:`detente.coding.targets`).  Kept apart from
:mod:`detente.coding.coder`, which decides which pattern fired and how the event is assembled
(modality, negation, date, place), so each side of the grammar can grow on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import NON_STATE, OPPONENTS
from detente.coding.answers import ANSWERED_MARKS, answered_clause, answered_event, condition_actor
from detente.coding.arguments import objects, preps
from detente.coding.filters import COMPANY_NOUNS
from detente.coding.holders import RELEASE_CALLS, RELEASE_CODES, holder_of, own_state_holding
from detente.coding.grammar import Match
from detente.coding.implied import UNREST_NOUNS, is_domestic_measure, own_public
from detente.coding.inside import claimed_victims, hoped_party, inquiry_target, purpose_party
from detente.coding.judged import drawn_by
from detente.coding.phrases import (as_actor, country_below, governing_verb, main_verb, owned_proposal, phrase_target,
                                    prior_actor, purpose_target, resolve_all)
from detente.coding.sources import OBJECT_CONTROL, RECEIVE_VERBS, RESPONSE_VERBS, nominal_source, subject_of
from detente.coding.threats import retaliated_party
from detente.coding.targets import SITE_ROOTS, SPEECH_ACTS, default_target, named_sites, site_of
from detente.model import Mention
from detente.nlp.lemmas import joined_lemma

# cooperation between joint subjects is mutual unless the pattern names another party
MUTUAL_ROOTS = {"03", "04", "05", "06"}
# "thanked China, which flew in tents": those thanked for aid gave it to the one thanking
THANKING_VERBS = {"thank", "praise", "hail", "commend", "credit", "salute", "acknowledge"}


def find_roles(m: Match, trigger: Token, sent: Span, actors: DocumentActors
               ) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of the act *m* fired on *trigger*; no targets when joint parties act on
    each other (the coder then pairs them)."""
    if m.pattern.code == "042" and trigger.tag_ == "VBG" and (trigger.dep_ == "amod" or (
            trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in {"tell", "assure", "brief", "inform"})):
        return _visiting_guest(trigger, sent, actors)
    if m.pattern.code in {"042", "192"}:
        # a visit's destination, a captured city: a place, so the country, not its government
        slot_t = [p for tok in m.slots.get("T", []) for p in actors.as_place(tok, sent)] or \
            resolve_all(m.slots.get("T", []), sent, actors)
        if not slot_t and m.pattern.code == "042" and _told_visit(trigger):
            slot_t = site_of(m.slots.get("T", []), sent, actors)  # "arrived in Aleppo": the city's country
    else:
        slot_t = resolve_all(m.slots.get("T", []), sent, actors)
    if not slot_t and m.pattern.code == "017" and not m.pattern.nominal:
        # "laid a wreath at the Ovcara memorial in Vukovar": a gesture made in a place, to its country
        slot_t = site_of(m.slots.get("T", []), sent, actors)
    companies = [t for t in [*m.slots.get("T", []), *used_nouns(m, trigger)] if t.lemma_.lower() in COMPANY_NOUNS] \
        if m.pattern.code == "192" else []
    if companies:  # "seized control of the Russian subsidiaries of France's Danone": the owner loses them
        slot_t = [a for c in companies for p, o in preps(c, trigger) if o is not None and p.lower_ in {"of", "from"}
                  for a in actors.resolve(o, sent)] or resolve_all(m.slots.get("T", []), sent, actors) or slot_t
    if not slot_t and is_domestic_measure(m.pattern.code):
        # "declared a state of emergency in Almaty": a measure over a place falls on its country
        slot_t = [p for tok in m.slots.get("T", []) for p in actors.as_site(tok, sent)][:1]
    if not slot_t and m.pattern.code[:2] in SITE_ROOTS:
        # "rebels seized most of Aleppo", "shelled Kharkiv": the place stands for its country
        slot_t = site_of([x for t in m.slots.get("T", []) for x in named_sites(t)], sent, actors)
    if m.pattern.code[:2] in SITE_ROOTS and m.used and not companies:
        # "struck PKK targets in northern Iraq": a struck thing named by its owner hits the owner,
        # wherever the place phrase says it stands
        struck = used_nouns(m, trigger)
        owners = [p for noun in struck for c in noun.children if c.dep_ in {"compound", "amod"}
                  for p in actors.as_party(c, sent)]
        if owners:
            # ("killed dozens of Malian soldiers": the owner's forces, when the noun names them)
            forces = [w for noun in struck for w in actors.resolve(noun, sent)
                      if w.code[:3] == owners[0].code[:3] and w.code[3:6] == "MIL"]
            slot_t = forces[:1] or owners[:1]
    if m.pattern.code[:2] == "09" and m.used:
        # "opened an inquiry into its air strike on a school bus", "to investigate the killing of 150
        # protesters by Guinean soldiers": an inquiry into an act looks into whoever carried it out,
        # not the act's victims
        acts = used_nouns(m, trigger)
        doers = [p for noun in acts for c in noun.children if c.dep_ == "poss"
                 for p in as_actor(c, sent, actors)] or [
            p for noun in acts for by, agent in preps(noun)
            if by.lower_ == "by" and agent is not None for p in actors.resolve(agent, sent)]
        if doers:
            slot_t = doers
    fillers = m.slots.get("T", [])
    if fillers and all(f.lower_ in {"it", "them"} for f in fillers) and trigger.dep_ in {"advcl", "conj"} and \
            not (trigger.lemma_.lower() in {"accuse", "blame", "suspect"} and fillers[0].lower_ == "it") and (
            m.pattern.code[:2] in {"05", "11", "12"} or not any(c.dep_ == "nsubj" for c in trigger.children)):
        # (a judgment of "it" judges a thing; "after Washington urged it to …" or "accusing it of …"
        # address a party)
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
    if not targets and m.pattern.code in {"1723", "1724"}:
        # "imposed a six-month state of emergency across the region": a government's curfew or
        # emergency rule falls on its own people, wherever it is declared
        targets = [own_public(s) for s in subject if s.code[3:6] in {"", "GOV"}][:1]
    if not targets and m.pattern.code == "042" and not m.pattern.nominal and _told_visit(trigger):
        targets = site_of(objects(m.head or trigger), sent, actors)  # "visited Hiroshima": its country
    own = {s.code[:3] for s in subject}
    # "Kenyan and Somali troops launched an offensive against al-Shabaab": a non-state group of one
    # side's country is a third party, not one of the joint sides
    third = m.pattern.code[:2] in {"17", "18", "19", "20"} and any(t.code[3:6] in NON_STATE for t in targets)
    if m.pattern.code == "042" and len(own) >= 2 and targets and all(t.code[:3] in own for t in targets):
        # "During his visit to Tokyo, Marcos and Kishida agreed …": the host's country is visited by
        # the other party
        hosts = {t.code[:3] for t in targets}
        visitors = [s for s in subject if s.code[:3] not in hosts]
        if visitors:
            return visitors, targets
    # ("Somalia and Ethiopia accepted Ankara's mediation": what is accepted is a third party's)
    accepted = trigger.lemma_.lower() == "accept" and any(t.code[:3] not in own for t in targets)
    if len(own) >= 2 and not third and (targets and all(t.code[:3] in own for t in targets) or
                                        (by_default and m.pattern.code[:2] in MUTUAL_ROOTS and not accepted)):
        # "Tokyo and New Delhi vowed to deepen their partnership", "Seoul and Tokyo pledged to
        # share intelligence on North Korea": joint parties act on each other (see EventCoder._events)
        return subject, []
    inside_complement = m.head is not None and m.head.i != trigger.i
    # (a state's own rebels or opposition are a party apart: "Santos urged the ELN to free a hostage")
    opponents = any(t.code[3:6] in OPPONENTS for t in targets) and not any(
        s.code[3:6] in NON_STATE for s in subject)
    if targets and own and inside_complement and all(t.code[:3] in own for t in targets) and not opponents:
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
    if targets and own and all(t.code[:3] in own for t in targets) and len(own) == 1 and not opponents:
        # "telephoned his Nepali counterpart … to pledge India's help": the help is the pledger's
        # own, so the pledge goes to whoever the act is pursued with
        other = [t for t in purpose_target(m.head or trigger, sent, actors, OBJECT_CONTROL | SPEECH_ACTS)
                 if t.code[:3] not in own]
        targets = other or targets
    if targets and own and m.pattern.code[:2] in SITE_ROOTS | {"17"} and all(t.code[:3] in own for t in targets):
        # "blocked a Philippine mission … and fired water cannon at one of its boats": force used on
        # "its" boats is not used on one's own; "its" is the other party named before it
        targets = _other_owner(m.slots.get("T", []), sent, actors, own) or targets
    if targets and own and m.pattern.code[:2] in {"13", "17", "18"} and all(t.code[:3] in own for t in targets) \
            and any(joined_lemma(o) in UNREST_NOUNS for o in objects(m.head or trigger)) and not all(
                s.code[3:6] in NON_STATE for s in subject):
        # "vowed to crush the uprising against his rule": its own people (see implied); the opposition
        # threatening to stage protests unless the president resigns threatens him
        targets = []
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
        targets = _held_people(trigger, subject, actors) or prior_actor(
            trigger, sent, actors, exclude={s.code for s in subject})
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
    if not targets and m.pattern.code[:3] == "183" and subject:
        # "blew himself up among soldiers waiting for a train": the bombing hits those it went off
        # among, or a party named where it went off ("outside the Indian embassy")
        own_codes = {s.code for s in subject}
        targets = [t for p, o in preps(m.head or trigger) if o is not None and p.lower_ in BOMBED_PREPS
                   for t in actors.resolve(o, sent) if t.code not in own_codes][:1]
    if not targets and m.pattern.code[:2] == "09" and subject:
        targets = inquiry_target(m.head or trigger, sent, actors, {s.code for s in subject})
    if not targets and m.pattern.code == "013" and subject:
        targets = hoped_party(m.head or trigger, sent, actors, subject)
    if not targets and m.pattern.code == "015" and subject:
        targets = claimed_victims(m.head or trigger, sent, actors, subject)
    own = {s.code[:3] for s in subject}
    if m.pattern.code in RELEASE_CODES and own and all(t.code[:3] in own for t in targets):
        # "demanded the release of a Chinese captain detained by the Japanese coast guard"
        targets = holder_of(m, trigger, sent, actors, own) or targets
    elif m.pattern.code in RELEASE_CALLS and own:  # (a refusal to free, 1243, is the holder's own)
        targets = own_state_holding(targets, own) or targets
    if m.pattern.code[:2] in {"13", "19"} and all(t.code[:3] in own for t in targets):
        targets = retaliated_party(m, trigger, sent, actors, own) or targets
    return subject, targets


# where a bomb went off: among whom, at, outside or inside what
BOMBED_PREPS = {"among", "at", "outside", "inside", "near", "in"}


def _held_people(trigger: Token, subject: list[Mention], actors: DocumentActors) -> list[Mention]:
    """"urged Tunisian authorities to free the journalists they have detained": people with no
    nationality whom a state's relative clause acts on are that state's own (its journalists, MED)."""
    noun = trigger.head
    match = actors.match_at(noun) if noun.pos_ == "NOUN" and not any(
        c.dep_ in {"nsubj", "dobj"} and c.lower_ in {"which", "that", "who"} for c in trigger.children) else None
    states = {s.code[:3] for s in subject if not s.code.startswith("IGO")}
    if match is None or match.agent not in NON_STATE | {"MED", "JUD", "EDU", "LAB"} or len(states) != 1:
        return []
    start = noun.idx - noun.sent.start_char
    return [Mention(states.pop() + match.agent, noun.text, start, start + len(noun.text), "held:" + noun.text)]


def used_nouns(m: Match, trigger: Token) -> list[Token]:
    """The nouns a pattern's plain elements consumed ("struck PKK targets": targets)."""
    return [trigger.doc[i] for i in sorted(m.used) if trigger.doc[i].pos_ == "NOUN"]


# gatherings a host receives its participants at
HOSTED_EVENTS = {"ceremony", "summit", "meeting", "talks", "talk", "conference", "signing", "dinner", "banquet",
                 "reception", "gathering", "forum", "deal", "agreement", "accord", "ceasefire", "truce", "swap",
                 "exchange", "settlement", "negotiation", "negotiations"}


def _other_owner(fillers: list[Token], sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The party named last before a filler's "its"/"their" that is not one of ``own``."""
    for filler in fillers:
        nouns = [filler, *(o for p, o in preps(filler) if o is not None and p.lower_ == "of")]
        pron = next((c for n in nouns for c in n.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if pron is None:
            continue
        for tok in reversed(sent[:pron.i - sent.start]):
            if tok.pos_ in {"PROPN", "NOUN", "ADJ"}:
                found = [a for a in actors.as_party(tok, sent) or as_actor(tok, sent, actors) if a.code[:3] not in own]
                if found:
                    return found[:1]
    return []


def _told_visit(verb: Token) -> bool:
    """A visit the sentence tells, not one a noun only names ("its approval for Ban to visit the
    Kaesong complex"): a city that is no capital is then read as its country."""
    return not (verb.dep_ in {"acl", "relcl", "xcomp", "advcl"} and verb.head.pos_ == "NOUN")


def _visiting_guest(trigger: Token, sent: Span, actors: DocumentActors) -> tuple[list[Mention], list[Mention]]:
    """"told visiting Pakistani army chief Asim Munir in Beijing": the one "visiting" modifies is the
    visitor, and the country visited is the place the clause names, or else that of its subject."""
    # (or, as the model may have it, "told" + "visiting Munir" as a clause: Munir is the object)
    noun = trigger.head if trigger.dep_ == "amod" else next(iter(objects(trigger)), trigger.head)
    guest = actors.resolve(noun, sent)
    verb = trigger.head if trigger.dep_ == "xcomp" else noun.head if noun.dep_ in {"dobj", "dative", "pobj"} else noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    places = [p for prep, o in preps(verb, noun, trigger) if prep.lower_ in {"in", "at"} and o is not None
              for p in actors.as_place(o, sent)]
    hosts = places or [Mention(m.code[:3], m.text, m.start, m.end, m.entry, antecedent=m.antecedent)
                       for m in subject_of(verb, sent, actors)]
    own = {g.code[:3] for g in guest}
    return guest, [h for h in hosts if h.code[:3] not in own][:1]
