"""The event coder: trigger words + patterns + clause grammar + actors → CAMEO events.

For each sentence the coder looks up every verb and noun lemma in the pattern book, keeps the most
specific pattern that matches the parse, finds the source (subject, passive agent, controlling
clause) and the target (pattern slot, or the usual object/prepositional positions), and records
negation, modality, date and place with the id of the pattern that fired.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import Match, is_passive, match, objects, preps
from detente.coding.modality import is_negated, modality
from detente.coding.ontology import Ontology
from detente.coding.patterns import Pattern, PatternBook
from detente.coding.phrases import (adjunct_counterpart, aid_to_a_person, answered_clause, as_actor, as_target,
                                    asked_about, condition_actor, main_verb,
                                    country_below, expletive, governing_verb, nothing_given, owned_proposal,
                                    phrase_target, prior_actor, purpose_target, relation_partner,
                                    resolve_all)
from detente.geo.events import place_for
from detente.geo.gazetteer import Gazetteer
from detente.model import Event, Mention
from detente.temporal.events import resolve_event_date
from detente.temporal.normalize import Resolved

DEFAULT_TARGET_PREPS = {"to", "with", "against", "on", "toward", "towards", "at", "into", "for", "upon", "near",
                        "around", "along", "off", "over"}
# "rejected Seoul's proposal": the proposal was made to the one who rejects or accepts it
RESPONSE_VERBS = {"reject", "accept", "welcome", "consider", "dismiss", "rebuff", "spurn", "refuse", "study",
                  "review", "respond", "answer", "ignore", "decline", "turn", "embrace", "endorse", "snub"}
RECEIVE_VERBS = {"secure", "receive", "get", "win", "obtain", "gain", "accept", "earn", "extract", "seek"}
RESPONSE_ROOTS = {"02", "03", "06", "07", "08", "10", "12", "13"}
# "rejected the criticism": a verbal defence answers the critic; "declined to comment" answers a question
RESPONSE_CODES = {"052", "011"}
# verbs whose object, not their subject, does what the controlled verb says ("forced Kyiv to cede")
OBJECT_CONTROL = {"prompt", "force", "lead", "cause", "drive", "push", "spur", "compel", "allow", "enable",
                  "permit", "oblige", "provoke", "trigger", "inspire", "encourage", "persuade", "convince",
                  "get", "help", "pressure", "pressure", "induce", "leave"}
# "helped both sides reach a deal": the helped act happened too, and is an event of its own
IMPLICATIVE = {"help", "enable", "assist"}
# cooperation between joint subjects is mutual unless the pattern names another party
MUTUAL_ROOTS = {"03", "04", "05", "06"}
CLAUSE_INHERIT = {"xcomp", "conj", "advcl", "pcomp", "acomp"}
# Acts whose clausal complement is only proposed or demanded, not done: "proposed that X meet Y".
SPEECH_ACTS = {"propose", "suggest", "demand", "urge", "call", "ask", "insist", "offer", "reject", "threaten",
               "request", "invite", "press", "refuse", "deny", "accuse"}
# civilian and opposition sectors whose untargeted protests address their own government
PROTESTERS = {"CVL", "OPP", "LAB", "EDU", "REF", "HRI", "NGO", "AGR", "ENV", "MED"}
# CAMEO: an announced plan to cooperate is an "express intent" (03x) event.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "030"}
INTENT_SUBCODES = {"050": "030", "057": "030", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
                   "061": "0311", "062": "0312", "063": "0313", "064": "0314",
                   "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                   "081": "0351", "0811": "0351", "082": "0352", "083": "0343", "084": "0353",
                   "085": "0354", "086": "0355", "087": "0356",
                   "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}


@dataclass(frozen=True)
class CoderConfig:
    """Options of the coder (immutable; pass a new one to change behaviour)."""

    keep_self_events: bool = False  # events whose source and target are the same actor


class EventCoder:
    """Codes sentences of a parsed document into :class:`Event` records."""

    def __init__(self, ontology: Ontology, patterns: PatternBook, gazetteer: Gazetteer | None = None,
                 config: CoderConfig | None = None) -> None:
        self.ontology = ontology
        self.patterns = patterns
        self.gazetteer = gazetteer
        self.config = config or CoderConfig()

    def code_sentence(self, sent: Span, actors: DocumentActors, *, doc_id: str, sent_index: int
                      ) -> list[Event]:
        """All events of one sentence (actors must have been prepared for the sentence's Doc)."""
        found: list[tuple[Match, Token]] = []
        consumed: set[int] = set()
        for tok in sent:
            if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
                if tok.i in consumed:
                    continue  # already part of a longer pattern ("agreed to return to talks")
                best = self._best(self.patterns.for_verb(tok.lemma_.lower()), tok, sent, actors)
                for m in best:
                    found.append((m, tok))
                    consumed |= m.used
                    if m.head is not None and m.head.i != tok.i and tok.lemma_.lower() not in IMPLICATIVE:
                        consumed.add(m.head.i)
        for tok in sent:
            owned = tok.i in consumed and owned_proposal(tok)
            if tok.pos_ in {"NOUN", "PROPN"} and (tok.i not in consumed or owned):
                lemma = tok.lemma_.lower()
                compound = [f"{c.lemma_.lower()}-{lemma}" for c in tok.children if c.dep_ == "compound"]
                candidates = [p for key in compound for p in self.patterns.for_noun(key)]
                for m in self._best(candidates + self.patterns.for_noun(lemma), tok, sent, actors):
                    found.append((m, tok))
        events: list[Event] = []
        for m, trigger in _drop_generic_heads(found):
            events.extend(self._events(m, trigger, sent, actors, doc_id, sent_index))
        return _unique(events)

    # -- pattern choice -----------------------------------------------------------------------
    def _best(self, candidates: list[Pattern], trigger: Token, sent: Span, actors: DocumentActors
              ) -> list[Match]:
        """Matches of the most specific matching pattern (several for conjoined objects)."""
        fallback: list[Match] = []
        for pattern in candidates:
            if aid_to_a_person(pattern, trigger, sent, actors):
                continue
            matches = list(match(pattern, trigger))
            if matches and pattern.elements and pattern.elements[0].kind == "slot_obj" and \
                    trigger.dep_ != "relcl" and all(
                    t.pos_ in {"NOUN", "PROPN"} for m in matches for t in m.slots.get("T", [])) and not any(
                    resolve_all(m.slots.get("T", []), sent, actors) for m in matches):
                # "joined protests in Kyiv" is not "joined France in condemning": a slot right after
                # the trigger that holds no actor lets a pattern that names the object win
                fallback = fallback or matches
                continue
            if matches:
                return matches
        return fallback

    # -- event assembly -----------------------------------------------------------------------
    def _events(self, m: Match, trigger: Token, sent: Span, actors: DocumentActors, doc_id: str,
                sent_index: int) -> list[Event]:
        sources, targets = self._roles(m, trigger, sent, actors)
        pairs = [(s, t) for s in sources for t in targets]
        if not targets and len({s.code[:3] for s in sources}) >= 2:
            # "North and South Korea agreed to return to talks": each side acts towards the other
            pairs = [(s, t) for s in sources for t in sources if s.code[:3] != t.code[:3]]
        elif not targets and sources and not m.pattern.nominal and (
                m.pattern.code[:2] in RESPONSE_ROOTS or m.pattern.code[:3] in RESPONSE_CODES):
            # "agreed to cooperate on investigations into Japanese abductees": a country inside the
            # act's own phrases; else "Seoul then countered": the last other party named
            own = {s.code[:3] for s in sources}
            other = (country_below(m.head or trigger, sent, actors, own) or asked_about(trigger, sent, actors, own)
                     or actors.recent_other(own))
            pairs = [(s, other) for s in sources] if other else []
        if not pairs and not targets and m.pattern.code[:2] == "14":
            # "tens of thousands of Russians joined protests": a domestic protest with no named
            # target is aimed at the protesters' own government (CAMEO practice)
            pairs = [(s, Mention(s.code[:3] + "GOV", s.text, -1, -1, "implied:own government"))
                     for s in sources if s.code[3:6] in PROTESTERS]
        if not pairs:
            return []
        mod = modality(m.head or trigger, trigger)
        negated = is_negated(m.head or trigger, trigger) or is_negated(trigger) or nothing_given(m.head or trigger)
        code = m.pattern.code
        if mod in {"intent", "planned"}:
            # a subcode without its own intent code takes its parent's ("0862" → "086" → "0355")
            code = INTENT_SUBCODES.get(code, INTENT_SUBCODES.get(code[:3], INTENT_CODES.get(code[:2], code)))
        etype = self.ontology.get(code)
        when, when_text = resolve_event_date(m.head or trigger, sent, actors.doc_date, mod)
        if when is None and actors.doc_date is not None:
            when = Resolved(actors.doc_date.isoformat(), "document", actors.doc_date)
        events = []
        for src, tgt in pairs:
            if (src.code == tgt.code or tgt.code == src.code[:3]) and not self.config.keep_self_events:
                continue  # "pledged India's help": the owner of the help is the actor itself
            place = None
            if self.gazetteer is not None:
                place = place_for(m.head or trigger, sent, self.gazetteer,
                                  prefer={src.code[:3], tgt.code[:3]})
            events.append(Event(
                doc_id=doc_id, sent_index=sent_index, sentence=sent.text, source=src, target=tgt,
                code=etype.code, root=etype.root, quad_class=etype.quad_class,
                goldstein=etype.goldstein, plover=etype.plover, pattern=m.pattern.pid,
                trigger=trigger.text, trigger_start=trigger.idx - sent.start_char,
                date=when.value if when else None, date_precision=when.precision if when else None,
                date_text=when_text, location=place, negated=negated, modality=mod,
                extra={"pattern_origin": m.pattern.origin,
                       "period_start": when.start.isoformat() if when else None}))
        return events

    def _roles(self, m: Match, trigger: Token, sent: Span, actors: DocumentActors
               ) -> tuple[list[Mention], list[Mention]]:
        if m.pattern.code == "042":  # a visit's destination is a place: the country, not its government
            slot_t = [p for tok in m.slots.get("T", []) for p in actors.as_place(tok, sent)] or \
                resolve_all(m.slots.get("T", []), sent, actors)
        else:
            slot_t = resolve_all(m.slots.get("T", []), sent, actors)
        slot_s = resolve_all(m.slots.get("S", []), sent, actors)
        if m.pattern.nominal:
            subject = self._nominal_source(trigger, sent, actors)
        else:
            subject = self._subject(trigger, sent, actors)
        if "S" in m.pattern.slots:
            if m.pattern.nominal:
                verb = governing_verb(trigger)
                beneficiary = (self._subject(verb, sent, actors)
                               if verb is not None and verb.lemma_.lower() in RECEIVE_VERBS else [])
                clause = answered_clause(trigger)
                if not beneficiary and clause is not None:
                    # "refused, despite appeals from London": the appeal was made to the one refusing;
                    # "restored ties with Kenya following mediation by Qatar": mediated between both
                    beneficiary = self._subject(clause, sent, actors)
                    if m.pattern.code[:3] == "045":
                        beneficiary += phrase_target(main_verb(clause), sent, actors)
                return slot_s, beneficiary
            return slot_s, subject
        targets = slot_t if "T" in m.pattern.slots else []
        by_default = not targets
        if not targets:
            targets = self._default_target(m, trigger, sent, actors)
        own = {s.code[:3] for s in subject}
        if len(own) >= 2 and (all(t.code[:3] in own for t in targets) or
                              (by_default and m.pattern.code[:2] in MUTUAL_ROOTS)):
            # "Tokyo and New Delhi vowed to deepen their partnership", "Seoul and Tokyo pledged to
            # share intelligence on North Korea": joint parties act on each other (see _events)
            return subject, []
        inside_complement = m.head is not None and m.head.i != trigger.i
        if targets and own and inside_complement and all(t.code[:3] in own for t in targets):
            # "North Korea proposed that South Korean officials meet with North Korean officials":
            # the other party of the proposed act is the target, not the proposer's own officials
            inner = self._subject(m.head, sent, actors) if m.head is not None and m.head.i != trigger.i else []
            # "warned Seoul that the North's army would act": the one addressed comes first
            addressed = [a for o in objects(trigger) for a in actors.resolve(o, sent)]
            other = [t for t in addressed + inner + self._default_target(m, trigger, sent, actors)
                     if t.code[:3] not in own]
            below = country_below(m.head or trigger, sent, actors, own)
            targets = other or ([below] if below else targets)
        if not targets and "T" in m.pattern.slots and trigger.dep_ == "relcl":
            targets = prior_actor(trigger, sent, actors, exclude={s.code for s in subject})
        return subject, targets

    def _subject(self, verb: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
        """The actor doing the act: subject, passive agent, or the controlling clause's subject."""
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                if child.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
                    return as_actor(verb.head, sent, actors) or self._issuer(verb.head, sent, actors)
                if child.dep_ == "nsubj" and child.lower_ == "it" and expletive(child):
                    return []
                return actors.resolve(child, sent) or self._issuer(child, sent, actors)
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return actors.resolve(objs[0], sent)
        if is_passive(verb):
            # "was given a state visit by China": the agent phrase may hang on the object
            for prep, obj in preps(*objects(verb)):
                if prep.lower_ == "by" and obj is not None:
                    return actors.resolve(obj, sent)
            return []  # "Kim be invited to China": no agent, and the outer subject is not it
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
            # "prompting North Korea to threaten …": the object of the causing verb acts
            for direct in objects(verb.head):
                found = actors.resolve(direct, sent)
                if found:
                    return found
        if verb.dep_ in CLAUSE_INHERIT and verb.head.i != verb.i:
            head = verb.head
            if head.pos_ == "ADP" and head.head.i != head.i:  # "by sending …" → the verb before "by"
                head = head.head
            return self._subject(head, sent, actors)
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "ratified an agreement to write off the debt": the agreement's maker acts
            return as_actor(verb.head, sent, actors) or self._issuer(verb.head, sent, actors)
        return []

    def _issuer(self, noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
        """Who issued "a joint declaration that called on …": the subject of the verb governing it."""
        if noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
            return self._subject(noun.head, sent, actors)
        return []

    def _nominal_source(self, noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
        """Who makes "Park's trip", "a visit by senior leaders", "Russian-DPRK talks"."""
        modifiers = [t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ in {"amod", "compound", "nmod"}]
        sides = [m for child in modifiers for m in actors.as_party(child, sent)]
        if len({m.code for m in sides}) >= 2:  # "Russian-DPRK talks": the named parties
            return sides
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.pos_ in {"PROPN", "ADJ"}):
                found = as_actor(child, sent, actors)
                if found:
                    return found
        if sides:
            return sides
        for prep, obj in preps(noun):
            if prep.lower_ == "by" and obj is not None:
                return actors.resolve(obj, sent)
        for acl in (c for c in noun.children if c.dep_ == "acl"):
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    found = actors.resolve(obj, sent)
                    if found:  # "sanctions against Russia announced by Washington"
                        return found
        verb = governing_verb(noun)
        core = noun.dep_ in {"dobj", "nsubjpass", "attr", "appos", "conj"} or (
            noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"})  # "travelled for talks"
        if verb is not None and core and verb.lemma_.lower() not in RECEIVE_VERBS | RESPONSE_VERBS:
            # an object or a phrase on the verb itself ("conducted a visit", "acted as an
            # intermediary"), not one nested in an adjunct ("in retaliation for sanctions …")
            return self._subject(verb, sent, actors)
        return []

    def _default_target(self, m: Match, trigger: Token, sent: Span, actors: DocumentActors
                        ) -> list[Mention]:
        head = m.head or trigger
        if head.i != trigger.i:  # "demanded that Moscow explain …": the complement's own subject
            for subj in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                found = as_actor(subj, sent, actors)
                if found:
                    return found
        if not m.pattern.nominal:
            own = {s.code for s in self._subject(trigger, sent, actors)}
            for direct in objects(head):
                # "raised its alert": an object owned by the actor itself names no target
                found = [t for t in as_target(direct, sent, actors) if t.code not in own]
                if found:
                    return found
        for prep, pobj in preps(head, *objects(head)):
            if pobj is not None and (prep.lower_ in DEFAULT_TARGET_PREPS or
                                     (prep.lower_ == "by" and prep.dep_ != "agent" and not m.pattern.nominal)):
                # a prepositional phrase may only name the topic ("information on North Korean
                # missiles"): here the phrase must name an actor itself
                found = as_actor(pobj, sent, actors)
                if found:
                    return found
        if any(c.lower_ == "there" and c.dep_ == "advmod" for c in head.children):
            here = actors.recent_other(set())
            if here is not None:
                return [here]
        if m.pattern.nominal:
            verb = governing_verb(trigger)
            if verb is not None and verb.lemma_.lower() in RECEIVE_VERBS | RESPONSE_VERBS:
                return self._subject(verb, sent, actors)
            if m.pattern.code[:2] == "04":  # "urged Kim during talks in Beijing": the one addressed
                return adjunct_counterpart(trigger, sent, actors)
        else:
            for clause in (c for c in head.children if c.dep_ in {"ccomp", "xcomp"}):
                # "demanded that Pyongyang apologize", "urged Tokyo to …" parsed as a clause
                inner = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if inner:
                    found = as_actor(inner[0], sent, actors) or relation_partner(inner[0], sent, actors)
                    if found:
                        return found
            # "telephoned his counterpart to offer condolences": the one the purpose is pursued with
            found = purpose_target(head, sent, actors, OBJECT_CONTROL | SPEECH_ACTS)
            if not found and m.pattern.code[:2] in {"13", "15"}:
                # "threatened to suspend the pact if Pyongyang went ahead", "raised its alert after
                # North Korean artillery shelled the island": the one whose act is answered
                found = condition_actor(head, trigger, sent=sent, actors=actors)
            if not found and head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
                # "would ease travel restrictions on Cuba and loosen parts of the embargo": a verb
                # sharing its conjunct's subject acts on the same party unless it names its own
                found = phrase_target(head.head, sent, actors)
            return found
        return []


def _drop_generic_heads(found: list[tuple[Match, Token]]) -> list[tuple[Match, Token]]:
    """One event per act: 'agreed to meet' is an intent to meet, not also a bare 'agree'; in
    'proposed that X meet Y' the meeting is only proposed, so the proposal is the event."""
    triggers = {t.i for _, t in found}
    speech = {t.i for _, t in found if t.lemma_.lower() in SPEECH_ACTS}
    kept = []
    for m, trig in found:
        if not m.pattern.elements and any(
                c.dep_ == "xcomp" and c.i in triggers for c in trig.children):
            continue
        if trig.lemma_.lower() not in SPEECH_ACTS and _under_speech_act(trig, speech):
            continue
        kept.append((m, trig))
    return kept


def _under_speech_act(trig: Token, speech: set[int]) -> bool:
    node = trig
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
        if node.i in speech:
            return True
    return False


def _unique(events: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for ev in events:
        seen.setdefault(ev.event_id, ev)
    return list(seen.values())
