"""The event coder: trigger words + patterns + clause grammar + actors → CAMEO events.

For each sentence the coder looks up every verb and noun lemma in the pattern book, keeps the most
specific pattern that matches the parse, asks :mod:`detente.coding.roles` for the source and the
target (who did it to whom), and records negation, modality, date and place with the id of the
pattern that fired.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import SERVICE_PEOPLE
from detente.coding.admissions import admissions
from detente.coding.answers import condition_actor
from detente.coding.arguments import nothing_given
from detente.coding.attempts import attempts_on_leaders
from detente.coding.comments import DESCRIBE, evaluative_comments, praising_description
from detente.coding.deliveries import aid_deliveries
from detente.coding.consolidate import (casualties_of_told_attacks, followers, mutual_clashes, phoned_meetings,
                                         unique, violation_means, violent_code)
from detente.coding.filters import (agreed_view, complained_about, economic_withdrawal, mission_arrival,
                                     no_event, seized_kind, settlement_withdrawal, unpressed_resignation)
from detente.coding.grammar import Match, conjoined_complements, conjoined_objects, match
from detente.coding.deployments import deployment
from detente.coding.implied import is_domestic_measure, own_people, own_public
from detente.coding.joint import brokered, joint_cooperation, joint_operations
from detente.coding.modality import is_negated, modality, presupposed
from detente.coding.ontology import Ontology, intent_code
from detente.coding.pairs import MEETING_NOUNS, actor_pairs, between_parties, governed_by
from detente.coding.patterns import Pattern, PatternBook
from detente.coding.phrases import aid_to_a_person, claimed_act, owned_proposal, resolve_all
from detente.coding.refusals import refusals
from detente.coding.roles import find_roles, used_nouns
from detente.coding.selection import drop_generic_heads, object_slot_holds_actor
from detente.coding.slots import cited, names_a_party, owned_act
from detente.coding.shallow import word_order_matches
from detente.coding.sources import BROKERING_VERBS, subject_of
from detente.coding.hosted import hosted_by, hosted_talks, talks_between_others
from detente.coding.mediation import mediated_parties
from detente.coding.requests import rejected_appeals, requested_acts
from detente.coding.threats import warned_act, warned_consequences
from detente.geo.events import meeting_places, place_for
from detente.geo.gazetteer import Gazetteer
from detente.model import Event, Location, Mention
from detente.temporal.events import resolve_event_date
from detente.temporal.normalize import Resolved

# "helped both sides reach a deal": the helped act happened too, and is an event of its own
IMPLICATIVE = {"help", "enable", "assist"}
# "hosted talks between A and B" is the host's act and the parties' talks; "called for talks between"
# and "marked the highest-level summit between" name no talks that happened
HOSTING_VERBS = BROKERING_VERBS | {"play"}
# verbs under which a named good or aid is taken away, not given
WITHHOLDING_VERBS = {"withhold", "cut", "suspend", "freeze", "halt", "stop", "end", "slash", "reduce", "deny",
                     "block", "withdraw", "cancel", "curtail"}
# a state's armed and security forces
STATE_FORCES = {"COP", "MIL", "GOV", "SPY"}
# codes an act takes by the sectors of its actors: (code, trigger lemmas or None for any, source agents or None,
# target agents or None for any, the code it becomes)
SECTOR_CODES = (
    ("1031", {"order", "rule"}, {"JUD"}, None, "116"),  # "a Seoul court ordered Japan to compensate …": found liable
    ("190", {"raid"}, {"COP", "JUD"}, {"BUS", "MED", "OPP", "NGO", "LAB", "EDU"}, "091"),  # "police raided firms": a search
    ("152", None, {"COP"}, None, "151"),  # "police raised their alert level": a police alert
    ("110", {"question"}, {"COP", "JUD", "SPY"}, None, "091"),  # "police questioned the prime minister": an inquiry
    ("113", {"rally"}, {"CVL", "OPP", "LAB", "EDU"}, None, "141"),  # "protesters rallied against a bill": a rally
    ("192", None, None, {"BUS"}, "1711"),  # "troops took control of gas fields run by Petrobras": a firm's property
)


def sector_code(code: str, lemma: str, src: Mention, tgt: Mention) -> str:
    """The code an act of ``code`` takes given its actors' sectors (SECTOR_CODES), else ``code``."""
    for was, lemmas, sources, targets, becomes in SECTOR_CODES:
        if code == was and (lemmas is None or lemma in lemmas) and (sources is None or src.code[3:6] in sources) and (
                targets is None or tgt.code[3:6] in targets):
            return becomes
    return code


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
                if tok.i in consumed or tok.dep_ == "amod":
                    # already part of a longer pattern ("agreed to return to talks"); or an adjectival
                    # participle, which describes but reports no act ("limited raids", "the jailed activist")
                    continue
                best = self._best(self.patterns.for_verb(tok.lemma_.lower()), tok, sent, actors)
                if not best:
                    best = self._backoff(tok)
                for m in best:
                    found.append((m, tok))
                    consumed |= m.used
                    if m.head is not None and m.head.i != tok.i and tok.lemma_.lower() not in IMPLICATIVE:
                        consumed.add(m.head.i)
        for tok in sent:
            # "hosted talks between Moscow and Washington": the host's act, and the parties' talks
            owned = tok.i in consumed and (owned_proposal(tok) or owned_act(tok) or claimed_act(tok) is not None or (
                governed_by(tok, HOSTING_VERBS) and modality(tok) is None and
                len(between_parties(tok, sent, actors)) >= 2))
            if tok.pos_ in {"NOUN", "PROPN"} and (tok.i not in consumed or owned) and not names_a_party(tok) and \
                    not cited(tok):
                lemma = tok.lemma_.lower()
                # "joint air patrol", "hotline conversation": a kind of act of its own
                compound = [f"{c.lemma_.lower()}-{lemma}" for c in tok.children if c.dep_ == "compound" or (
                    c.dep_ == "amod" and c.lower_ in {"joint", "hotline", "fatal", "general", "nationwide", "national"})]
                candidates = [p for key in compound for p in self.patterns.for_noun(key)]
                for m in self._best(candidates + self.patterns.for_noun(lemma), tok, sent, actors):
                    found.append((m, tok))
                    consumed |= m.used  # "the lifting of its ban on arms exports": the ban is no act of its own
        if not any(m.pattern.code[:3] in {"012", "013"} for m, _ in found):
            found.extend(evaluative_comments(sent))  # "said the talks with Kyiv were constructive"
        events: list[Event] = []
        for m, trigger in drop_generic_heads(found):
            acts = self._events(m, trigger, sent, actors, doc_id, sent_index)
            threat = self._threat(m, trigger, found, sent, actors, doc_id, sent_index)
            if threat:  # "said it would freeze Putin's assets": the announced act is the threat, not also an intent
                acts = [e for e in acts if e.modality not in {"intent", "planned"}]
            events.extend(acts + threat)
        for m, verb, givers, places in aid_deliveries(sent, actors):  # "a Saudi plane carrying food landed in Aleppo"
            events = [e for e in events if not (e.root == "19" and e.trigger_start == verb.idx - sent.start_char)]
            events.extend(self._events(m, verb, sent, actors, doc_id, sent_index, roles=(givers, places)))
        for m, verb, warned in warned_consequences(sent):  # "warned that London would pay a price"
            events.extend(self._events(m, verb, sent, actors, doc_id, sent_index, roles=(
                subject_of(verb, sent, actors), resolve_all([warned], sent, actors))))
        if not any(e.factual for e in events):  # a misparsed sentence: read its main verb by word order (coding/shallow.py)
            for m, verb, sources, targets in word_order_matches(sent, actors, self.patterns):
                events.extend(self._events(m, verb, sent, actors, doc_id, sent_index, roles=(sources, targets)))
        events.extend(followers(events, sent, actors))
        events.extend(mutual_clashes(events, sent))
        events = joint_operations(events, self.ontology)
        events.extend(refusals(events, sent, self.ontology))
        events.extend(admissions(events, sent, actors, self.ontology))
        events.extend(requested_acts(events, sent, actors, self.ontology, (doc_id, sent_index)))
        events.extend(rejected_appeals(events, sent, actors, self.ontology))
        events = mediated_parties(events, sent, actors, self.ontology, (doc_id, sent_index))
        events = hosted_talks(hosted_by(events, sent, actors, self.ontology), sent, self.ontology)
        events = talks_between_others(events, sent, actors, self.ontology)
        events = attempts_on_leaders(events, sent, self.ontology)
        return unique(phoned_meetings(violation_means(casualties_of_told_attacks(events, sent), sent), sent))

    def _threat(self, m: Match, trigger: Token, found: list[tuple[Match, Token]], sent: Span,
                actors: DocumentActors, doc_id: str, sent_index: int) -> list[Event]:
        """"warned that Israel would return Lebanon to the Stone Age": the warning is a threat."""
        warning = warned_act(m, trigger)
        if warning is None or any(t.i == warning[1].i and f.pattern.code[:2] == "13" for f, t in found):
            return []
        speaker = subject_of(warning[1], sent, actors)
        own = {s.code[:3] for s in speaker}
        actors_of_act, hit = find_roles(m, trigger, sent, actors)
        if not speaker or not any(a.code[:3] in own for a in actors_of_act):
            return []  # only a warning of one's own side's act is a threat
        # (a threat of repression is aimed at one's own public: "police warned they could use live rounds")
        targets = [t for t in hit if t.code[:3] not in own or warning[0].pattern.code == "137" and t.code[3:6] in
                   {"CVL", "OPP", "LAB", "EDU", "MED"}]
        # "would use a nuclear weapon if Ukraine's counteroffensive succeeded", "would use the Russian weapons
        # on its soil if Poland attacked": the ones the condition names, unless the act names them too
        cond = [t for t in condition_actor(trigger, warning[1], sent=sent, actors=actors) if t.code[:3] not in own]
        targets = cond if cond and not {t.code[:3] for t in targets} & {c.code[:3] for c in cond} else targets
        return self._events(warning[0], warning[1], sent, actors, doc_id, sent_index, roles=(speaker, targets))

    # -- pattern choice -----------------------------------------------------------------------
    def _best(self, candidates: list[Pattern], trigger: Token, sent: Span, actors: DocumentActors
              ) -> list[Match]:
        """Matches of the most specific matching pattern (several for conjoined objects)."""
        if trigger.pos_ == "NOUN" and governed_by(trigger, WITHHOLDING_VERBS):
            # "threatened to withhold U.S. aid from the Palestinians": the aid named is not given,
            # the withholding (coded on its verb) is the act
            candidates = [p for p in candidates if not (p.nominal and p.code[:2] in {"06", "07"})]
        for pattern in candidates:
            if aid_to_a_person(pattern, trigger, sent, actors):
                continue
            # (a complement reached only through a conjunct is coded after the first one)
            matches = [x for x in match(pattern, trigger) if x.head is None or x.head.dep_ != "conj" or
                       x.head.i == trigger.i]
            if matches and not object_slot_holds_actor(pattern, matches, trigger, sent, actors):
                continue
            if len(matches) > 1 and "T" in pattern.slots:
                # "a package that Riyadh and Abu Dhabi had promised the Military Council": of two
                # readings of the target slot (the antecedent, the object), the one naming a party
                matches = [x for x in matches if resolve_all(x.slots.get("T", []), sent, actors)] or matches
            if matches:
                return matches + conjoined_complements(matches, candidates, trigger) + conjoined_objects(
                    matches, candidates, trigger)
        return []

    def _backoff(self, verb: Token) -> list[Match]:
        """A finite main verb whose patterns all lie in one root but none fits this sentence ("Moscow
        wants to invest …"): the root's general code, with its actors read as for any pattern. Not
        for statements and appeals (01, 02), whose verbs say too little on their own."""
        pats = self.patterns.for_verb(verb.lemma_.lower())
        if not pats or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "conj", "ccomp"}:
            return []
        roots = {p.code[:2] for p in pats}
        if len(roots) != 1 or roots & {"01", "02"}:
            return []
        if all(any(e.kind == "to" for e in p.elements) for p in pats) or any(c.dep_ == "ccomp" for c in verb.children):
            # a control verb ("wants greater stability") means nothing without its "to" clause, and a verb
            # reporting a clause reports, it does not act ("DR revealed that Denmark's intelligence service …")
            return []
        if any(p.dep_ == "prep" and (p.lower_ == "by" and any(c.dep_ == "pcomp" for c in p.children) or
                                     p.lower_ == "with" and verb.lemma_.lower() in {"respond", "reply", "retaliate"})
               for p in verb.children):
            # "responded by expelling the high commissioner", "responded with air strikes": the act is
            # the means, coded on its own
            return []
        root = roots.pop()
        generic = replace(pats[0], pid=f"{root}0:{verb.lemma_.lower()} (backoff: every pattern of the verb is {root})",
                          code=root + "0", elements=())
        return [Match(generic, {}, set(), verb)]

    # -- event assembly -----------------------------------------------------------------------
    def _events(self, m: Match, trigger: Token, sent: Span, actors: DocumentActors, doc_id: str,
                sent_index: int, roles: tuple[list[Mention], list[Mention]] | None = None) -> list[Event]:
        sources, targets = roles or find_roles(m, trigger, sent, actors)
        if m.pattern.code[:2] == "13" and m.head is not None and m.head.dep_ == "ccomp" and m.head.i != trigger.i:
            # a threat is one's own act: "Washington warned that Moscow would use …" is no US threat
            doer = {s.code[:3] for s in subject_of(m.head, sent, actors)}
            if doer and not doer & {s.code[:3] for s in sources}:
                return []
        pairs, sources, joint = actor_pairs(m, trigger, sources, targets, sent, actors)
        if not pairs:
            return []
        inner = m.head is not None and m.head.i != trigger.i
        # "agreed that their troops should disengage": a modal inside what is promised is part of the
        # promise; the intent itself is as factual as the verb that states it
        mod = modality(m.head or trigger, trigger, agreement_is_act=m.pattern.code[:2] != "03")
        if inner and m.pattern.code[:2] == "03" and mod in {"prescriptive", "hypothetical"}:
            mod = modality(trigger, trigger, agreement_is_act=False)
        if mod == "hypothetical" and m.pattern.nominal and presupposed(trigger, m.pattern.code):
            mod = None  # "if Beijing provided support for Russia's invasion of Ukraine": the war is a fact
        negated = is_negated(m.head or trigger, trigger) or is_negated(trigger) or nothing_given(m.head or trigger)
        code = joint or m.pattern.code
        if code[:2] in {"17", "18", "19", "20"}:
            code = violent_code(code, m.head or trigger, sources)
        if mod in {"intent", "planned"}:
            code = intent_code(code)
        pattern_type = self.ontology.get(code)
        when, when_text = resolve_event_date(m.head or trigger, sent, actors.doc_date, mod)
        if when is None and actors.doc_date is not None:
            when = Resolved(actors.doc_date.isoformat(), "document", actors.doc_date)
        # where a meeting was held is the same for every pair ("Putin and Trump met in Helsinki")
        # (or of the meeting a verb holds: "held a secret meeting in Rome with Israel's foreign minister")
        held = [n for n in used_nouns(m, trigger) if n.lemma_.lower() in MEETING_NOUNS]
        venues = [p for t in [trigger, *held] for p in meeting_places(t, self.gazetteer, prefer=set())] \
            if self.gazetteer is not None and _meeting(pattern_type.code, trigger) and not m.pattern.nominal else []
        events = []
        for src, tgt in pairs:
            etype, note = pattern_type, ""  # (each pair's own adjustments below start from the pattern's code)
            if (sent_to := deployment(etype.code, trigger, m.slots.get("T", []) + used_nouns(m, trigger), src, tgt,
                                      sent, actors, mod)):
                # "sent hundreds of extra police to the islands", "would send police to restore order" abroad
                etype, tgt, note = self.ontology.get(sent_to[0]), sent_to[1], sent_to[2]
            non_state = src.code[3:6] in {"REB", "OPP", "SEP", "UAF", "CVL", "CRM"}  # rebels seizing a town
            if tgt.code == src.code[:3] and src.code[3:6] in STATE_FORCES and etype.root in {"17", "18", "20"}:
                tgt = own_public(src)  # "a crackdown on Rohingya villages": the state's own people
            if tgt.code[:3] == src.code[:3] and (tgt.code[3:6] in {"", "GOV"} and src.code[3:6] in {"", "GOV"} or
                                                 code == "153" and tgt.code[3:6] == "LEG") and is_domestic_measure(code):
                # "shortened the curfew in Cairo": its people, not its government; "deployed riot police
                # around parliament": the crowd they face, not the building they guard
                tgt = own_people(src, code)
            if (src.code == tgt.code or tgt.code == src.code + "GOV" or (tgt.code == src.code[:3] and not non_state)) \
                    and not self.config.keep_self_events and etype.root != "09":
                # "pledged India's help": the owner of the help is the actor itself; a country and its own
                # government are one party; an inquiry into one's own strike is an event
                continue
            if etype.root == "19" and src.code[3:6] in STATE_FORCES and tgt.code[:3] == src.code[:3] and \
                    tgt.code[3:6] in {"CVL", "OPP"} and etype.code not in {"194", "195"}:  # (an air strike stays one)
                # "security forces fired on protesters": a state's force against its own public is
                # violent repression, not combat (a mass killing was already coded 202 above)
                etype = self.ontology.get("175")
            etype = self.ontology.get(sector_code(etype.code, trigger.lemma_.lower(), src, tgt))
            praise = ""
            if etype.code == "111" and trigger.lemma_.lower() in DESCRIBE and praising_description(trigger):
                etype = self.ontology.get("051")  # "calling China a true friend of Serbia": praise, no criticism
                praise = " (named in praise: 051)"
            if etype.root == "14" and "strike" in m.pattern.pid and (src.code.startswith("IGO") or src.code[3:6] in
                                                                     {"", "GOV", "MIL"}):
                etype = self.ontology.get("195")  # "the US launched strikes against Syrian facilities": not a walkout
            if tgt.code.startswith("IGO") and (etype.code == "087" or etype.code == "0831" and trigger.lemma_.lower() in {
                    "quit", "leave", "exit"}):
                # "withdrew from the UN Human Rights Council", "the first state to quit the court": leaving a body
                etype = self.ontology.get("160")
            envoy = any(t.lemma_.lower() in {"ambassador", "envoy", "diplomat", "charge"} or t.ent_type_ == "PERSON" or
                        t.lower_ in {"him", "her"}
                        for t in m.slots.get("T", []))  # (or a named person: "expelled Guillaume Andali, head of …")
            if etype.code == "174" and not envoy and (tgt.code[3:6] == "MIL" or tgt.code.startswith("IGO") or any(
                    t.lemma_.lower() in SERVICE_PEOPLE for t in m.slots.get("T", []))):
                # (a body's ambassador is expelled as a diplomat: "gave the EU's ambassador 72 hours to leave")
                # "ordered the 1,000 American troops to leave", "expelled a UN human rights team": forces,
                # inspectors and missions are expelled as a presence (166), not as persons (174)
                etype = self.ontology.get("1662" if tgt.code.startswith("IGO") else "166")
            if (taken := seized_kind(etype.code, trigger, m.slots.get("T", []) + used_nouns(m, trigger), src, tgt)) is not None:
                etype = self.ontology.get(taken)
            if no_event(etype.root, src, tgt, trigger) or unpressed_resignation(etype.code, src, tgt, sent):
                continue
            if mission_arrival(etype.code, src, sent):
                etype = self.ontology.get("074")
            if (about := complained_about(etype.code, trigger, sent, actors, src, tgt)) is not None:
                tgt = about
            if agreed_view(etype.code, trigger):
                etype, note = self.ontology.get("019"), " (agreed that something is so: 019)"
            if economic_withdrawal(etype.code, trigger, tgt):
                etype, note = self.ontology.get("1211"), " (a deal of economic cooperation: 1211)"
            elif settlement_withdrawal(etype.code, trigger, src, tgt):
                etype, note = self.ontology.get("127"), " (a settlement of a conflict: 127)"
            place = None
            if self.gazetteer is not None:
                place = place_for(m.head or trigger, sent, self.gazetteer,
                                  prefer={src.code[:3], tgt.code[:3]})
                if _meeting(etype.code, trigger) and _third_country(venues, src, tgt):
                    etype = self.ontology.get("044")  # "Putin and Trump met in Helsinki": a third country
                    note = " (met in a third country: 044)"
            events.append(Event(
                doc_id=doc_id, sent_index=sent_index, sentence=sent.text, source=src, target=tgt,
                code=etype.code, root=etype.root, quad_class=etype.quad_class,
                goldstein=etype.goldstein, plover=etype.plover,
                pattern=m.pattern.pid + (" (joint parties: military cooperation)" if joint else "") + note + praise,
                trigger=trigger.text, trigger_start=trigger.idx - sent.start_char,
                date=when.value if when else None, date_precision=when.precision if when else None,
                date_text=when_text, location=place, negated=negated, modality=mod,
                extra={"pattern_origin": m.pattern.origin,
                       "period_start": when.start.isoformat() if when else None}))
        return events + joint_cooperation(events, sources, trigger, m.head or trigger, self.ontology) + \
            brokered(events, trigger, m.head or trigger, sent, actors, self.ontology)


def _meeting(code: str, trigger: Token) -> bool:
    """A meeting whose place may make it one in a third country: "met in Helsinki", and "met in
    Brussels for talks" too, but not "held talks in Jeddah", which stays a negotiation (046)."""
    return code == "040" or code == "046" and trigger.lemma_.lower() == "meet"


def _third_country(places: list[Location], src: Mention, tgt: Mention) -> bool:
    """Places all in a country neither party belongs to (the gazetteer speaks ISO, the parties CAMEO)."""
    if not places or any(not p.country for p in places) or src.code.startswith("IGO") or tgt.code.startswith("IGO"):
        return False
    iso = {"ROM": "ROU", "TMP": "TLS", "KSV": "XKX"}
    return not {p.country for p in places} & {iso.get(c, c) for c in (src.code[:3], tgt.code[:3])}
