"""One event per act: the consolidation the coder applies to a sentence's events.

Kept apart from :mod:`detente.coding.coder` (which finds acts and their actors) because these are
counting conventions an analyst may want to read or change: a killing of many is a mass killing;
the toll of an attack already coded is not a second event; those who "followed suit" did the same
act; duplicates and restated meetings count once.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import ARMED_GROUPS
from detente.coding.arguments import objects
from detente.coding.refusals import tokens_by_start
from detente.coding.sources import subject_of
from detente.model import Event, Mention

CASUALTY_VERBS = {"kill", "wound", "injure", "leave"}
KILL_VERBS = {"kill", "massacre", "slaughter", "murder", "execute", "slay", "butcher"}
MASS_KILLING = 50  # victims in one act from which CAMEO codes a mass killing (202)
MASS_EXPULSION = 1000  # people driven out in one act from which CAMEO codes a mass expulsion (201)
VIOLENT_ROOTS = {"14", "15", "17", "18", "19", "20"}
MANY = {"hundred", "thousand", "million"}  # "killing hundreds", "thousands of villagers"




def judicial(verb: Token, sources: list[Mention]) -> bool:
    """"Saudi Arabia executed 81 men": a state's courts and government putting people to death
    carry out sentences, however many; soldiers "executing" villagers commit a massacre."""
    return verb.lemma_.lower() in {"execute", "hang", "behead"} and bool(sources) and all(
        s.code[3:6] in {"", "GOV", "JUD"} for s in sources)


def mass_killing(verb: Token) -> bool:
    """A verb of killing whose object counts at least MASS_KILLING people ("at least 110 workers",
    "hundreds of people")."""
    return verb.lemma_.lower() in KILL_VERBS and _counts(verb, MASS_KILLING, MANY)


def mass_expulsion(verb: Token) -> bool:
    """"deported more than 276,000 Haitians": an expulsion of a population, not of persons (201)."""
    return verb.lemma_.lower() in {"expel", "deport"} and _counts(verb, MASS_EXPULSION, MANY - {"hundred"})


FEW_KILLED = 30  # a toll named below this is no massacre (the gold sets code such killings 1823)
FEW_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
             "few", "one", "dozen"}


def _few(verb: Token) -> bool:
    """Whether the killing's object counts fewer than FEW_KILLED ("15 people", "two people", "several civilians")."""
    for direct in objects(verb):
        for num in (c for c in direct.children if c.dep_ in {"nummod", "amod", "det"}):
            if num.lower_ in FEW_WORDS and num.dep_ != "det" or num.lower_ == "a" and direct.lower_ == "dozen":
                return True
            if num.dep_ == "nummod" and num.text.replace(",", "").isdigit():
                return int(num.text.replace(",", "")) < FEW_KILLED
    return False


def _counts(verb: Token, least: int, many: set[str]) -> bool:
    for direct in objects(verb):
        if direct.lemma_.lower() in many and direct.tag_ == "NNS":
            return True
        for num in (c for c in direct.children if c.dep_ == "nummod"):
            try:
                if float(num.text.replace(",", "")) >= least:
                    return True
            except ValueError:
                continue
    return False


def followers(events: list[Event], sent: Span, actors: DocumentActors) -> list[Event]:
    """"Washington recognised Guaido, and Canada and Brazil followed within hours": those who
    followed suit did the same act towards the same target (pattern id says so)."""
    out: list[Event] = []
    for verb in sent:
        if _same_step(verb):
            # "Two months after Barbados and Jamaica took the same step, Yerevan recognised Palestine":
            # the act of the clause the step is told beside, done earlier by others
            others = subject_of(verb, sent, actors)
            outside = {t.idx - sent.start_char for t in verb.head.subtree} - {
                t.idx - sent.start_char for t in verb.subtree}
            acts = [e for e in events if e.trigger_start in outside and e.modality is None and not e.negated
                    and e.root not in {"01", "02"}]
            first = min((e.trigger_start for e in acts), default=None)  # the clause's own act, not what it prompted
            for ev in [e for e in acts if e.trigger_start == first]:
                out.extend(replace(ev, source=w, pattern=ev.pattern + " (took the same step)", trigger=verb.text,
                                   trigger_start=verb.idx - sent.start_char)
                           for w in others if w.code[:3] not in {ev.source.code[:3], ev.target.code[:3]})
            continue
        if verb.lemma_.lower() == "follow" and (led := led_the_way(verb, events, sent, actors)):
            out.extend(led)  # "Niger followed Mali in severing ties with Ukraine": Mali severed them first
            continue
        if verb.lemma_.lower() != "follow" or verb.dep_ != "conj" or any(
                c.dep_ == "dobj" and c.lemma_.lower() != "suit" for c in verb.children):
            continue
        who_followed = subject_of(verb, sent, actors)
        led = [e for e in events if e.trigger_start == verb.head.idx - sent.start_char and e.modality is None
               and not e.negated]
        for ev in led:
            for who in who_followed:
                if who.code[:3] not in {ev.source.code[:3], ev.target.code[:3]}:
                    out.append(replace(ev, source=who, pattern=ev.pattern + " (followed suit)",
                                       trigger=verb.text, trigger_start=verb.idx - sent.start_char))
    return out


def led_the_way(verb: Token, events: list[Event], sent: Span, actors: DocumentActors) -> list[Event]:
    """"Niger followed Mali in severing diplomatic relations with Ukraine": the one followed did the
    act the "in" phrase names before the follower, towards the same target."""
    leaders = [m for o in verb.children if o.dep_ == "dobj" for m in actors.resolve(o, sent)]
    steps = {g.idx - sent.start_char for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
             for g in p.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"}
    return [replace(ev, source=who, pattern=ev.pattern + " (led the way)", trigger=verb.text,
                    trigger_start=verb.idx - sent.start_char)
            for ev in events if ev.trigger_start in steps and ev.modality is None and not ev.negated
            for who in leaders if who.code[:3] not in {ev.source.code[:3], ev.target.code[:3]}]


# fighting "with" another armed side is mutual: "Venezuelan troops clashed with FARC dissidents"
CLASHING = {"clash", "skirmish", "battle", "fight", "spar"}
ARMED = ARMED_GROUPS | {"MIL"}  # (a bare country may be only a place: "near the Venezuelan border")


def mutual_clashes(events: list[Event], sent: Span) -> list[Event]:
    """The reverse of a clash "with" another armed side (protesters clashing with police riot, which
    is one-way, 145/175, and not armed on both sides)."""
    tokens = tokens_by_start(sent)
    have = {(e.source.code, e.code, e.target.code) for e in events}
    out = []
    for e in events:
        verb = tokens.get(e.trigger_start)
        if e.root != "19" or verb is None or verb.lemma_.lower() not in CLASHING or not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        if e.source.code[3:6] in ARMED and e.target.code[3:6] in ARMED and e.source.code[:3] != e.target.code[:3] \
                or {e.source.code[3:6], e.target.code[3:6]} == {"MIL", "REB"}:
            if (e.target.code, e.code, e.source.code) not in have:
                have.add((e.target.code, e.code, e.source.code))
                out.append(replace(e, source=e.target, target=e.source, pattern=e.pattern + " (a clash is mutual)"))
    return out


def _same_step(verb: Token) -> bool:
    """"took the same step", "made the same move", "did the same" in a clause beside another."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        o.dep_ == "dobj" and any(a.lower_ == "same" for a in o.children) and (
            verb.lemma_.lower() in {"take", "make"} and o.lemma_.lower() in {"step", "move", "decision"} or
            verb.lemma_.lower() == "do") for o in verb.children) or (
        verb.lemma_.lower() == "do" and any(o.lower_ == "same" and o.dep_ == "dobj" for o in verb.children))


def casualties_of_told_attacks(events: list[Event], sent: Span) -> list[Event]:
    """"detonated two car bombs ..., killing at least 100 people": the killing is the attack's toll,
    not a second event, when the attack itself was coded for the same actor."""
    violent = {(e.trigger_start, e.source.code) for e in events if e.root in VIOLENT_ROOTS}
    tokens = tokens_by_start(sent)
    return [ev for ev in events if (_attack_tolled(tokens[ev.trigger_start], sent), ev.source.code) not in violent]


def violation_means(events: list[Event], sent: Span) -> list[Event]:
    """"violated the truce around Hodeidah, shelling army positions": the shelling is how the truce
    was violated, one act (196), not also a second attack by the same side on the same target."""
    tokens = tokens_by_start(sent)
    violations = {(tokens[e.trigger_start].i, e.source.code, e.target.code) for e in events
                  if e.code == "196" and e.trigger_start in tokens}
    def means(e: Event) -> bool:
        verb = tokens.get(e.trigger_start)
        return verb is not None and e.root == "19" and e.code != "196" and verb.dep_ == "advcl" and \
            verb.tag_ == "VBG" and (verb.head.i, e.source.code, e.target.code) in violations
    return [e for e in events if not means(e)]


def _attack_tolled(trigger: Token, sent: Span) -> int | None:
    """For "…, killing 43 people": the offset of the verb the participle reports the toll of."""
    if trigger.lemma_.lower() in CASUALTY_VERBS and trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "conj"}:
        return trigger.head.idx - sent.start_char
    return None


# nouns that sum up fighting rather than name one attack ("the worst fighting", not "the raid")
SUMMING_FIGHTS = {"fighting", "clash", "clashes", "battle", "battles", "skirmish", "skirmishes", "hostilities",
                  "violence", "combat", "firefight", "firefights"}
# non-state parts of a country's public (the parts of one crowd or one group of people)
PUBLIC_AGENTS = {"CVL", "EDU", "LAB", "REF"}


def phoned_meetings(events: list[Event], sent: Span) -> list[Event]:
    """"Putin and Erdogan discussed Idlib by telephone": the discussion and the call are one act, a
    telephone call (041), not also a meeting (040) of the same pair."""
    tokens = tokens_by_start(sent)
    calls = [(e, t) for e in events if e.code == "041" and (t := tokens.get(e.trigger_start)) is not None
             and t.pos_ == "NOUN"]
    def phoned(e: Event) -> bool:
        verb = tokens.get(e.trigger_start)
        return verb is not None and any((c.source.code, c.target.code) == (e.source.code, e.target.code) and
                                        verb in list(t.ancestors)[:3] for c, t in calls)
    return [e for e in events if e.code != "040" or not phoned(e)]


def unique(events: list[Event]) -> list[Event]:
    """One event per act: duplicates go, and a meeting noun restating a verb's meeting ("met on the
    sidelines ..., their first in-person meeting") is not a second meeting of the same dyad."""
    seen: dict[tuple[int, str, str, str], Event] = {}
    for ev in events:
        # one act per trigger, code and pair of actors, however many spans named the actors
        seen.setdefault((ev.trigger_start, ev.code, ev.source.code, ev.target.code), ev)
    # "students and their supporters blocked the square", "expelled Nigerien and other migrants": one
    # public of one country, however many words name its parts
    def public(code: str) -> str:
        return code[:3] + "*" if code[3:6] in PUBLIC_AGENTS and len(code) == 6 else code
    collapsed: dict[tuple[int, str, str, str], Event] = {}
    for ev in seen.values():
        collapsed.setdefault((ev.trigger_start, ev.code, public(ev.source.code), public(ev.target.code)), ev)
    seen = {(e.trigger_start, e.code, e.source.code, e.target.code): e for e in collapsed.values()}

    def act(e: Event) -> tuple[str, str, str]:  # a meeting is a meeting, wherever it was held
        return e.source.code, e.target.code[:3], "040" if e.code in {"040", "044"} else e.code

    verbal = {act(e) for e in seen.values() if ":~" not in e.pattern and e.root == "04"}
    kept = [e for e in seen.values() if ":~" not in e.pattern or e.root != "04" or act(e) not in verbal]
    # "…, in the worst fighting between the two countries since 2020": the fighting noun sums up the
    # violence already told between those countries, in either direction
    fought = {frozenset((e.source.code[:3], e.target.code[:3])) for e in kept
              if ":~" not in e.pattern and e.root in {"18", "19", "20"}}
    kept = [e for e in kept if not (":~" in e.pattern and e.code == "190" and e.trigger.lower() in SUMMING_FIGHTS
                                    and frozenset((e.source.code[:3], e.target.code[:3])) in fought)]
    # "struck Houthi targets in Yemen": the country read off the place restates the named party
    named = {(e.source.code, e.code, e.target.code[:3]) for e in kept if len(e.target.code) > 3}
    kept = [e for e in kept if len(e.target.code) > 3 or (e.source.code, e.code, e.target.code) not in named]
    # "a Turkish offer to mediate", "assured ECOWAS that it would hand power to civilians": the offer's or
    # assurance's general intent (030) restates the intent coded on what is offered or promised
    specific = {(e.source.code[:3], e.target.code[:3]) for e in kept if e.root == "03" and e.code != "030"}
    kept = [e for e in kept if not (e.code == "030" and e.pattern.startswith(("030:~proposal", "030:assure")) and
                                    (e.source.code[:3], e.target.code[:3]) in specific)]
    # "is investigating a violation of its airspace by a Russian helicopter": an inquiry that also names
    # another party is not one into the investigator itself
    others = {(e.trigger_start, e.code) for e in kept if e.source.code != e.target.code}
    kept = [e for e in kept if e.source.code != e.target.code or (e.trigger_start, e.code) not in others]
    # "agreed to relaunch negotiations": the agreement and the negotiations it names are one act of
    # one code between one pair; keep the factual reading when there are two
    once: dict[tuple[str, str, str], Event] = {}
    for ev in sorted(kept, key=lambda e: not e.factual):
        once.setdefault((ev.source.code, ev.code, ev.target.code), ev)
    return [e for e in kept if once[(e.source.code, e.code, e.target.code)] is e]


# the weapon that did the killing names the attack: "an air strike killed 56 people" is the strike
WEAPON_CODES = {"strike": "195", "airstrike": "195", "air-strike": "195", "drone": "195", "bomb": "195",
                "missile": "195", "raid": "195", "warplane": "195", "jet": "195", "shelling": "194", "shell": "194",
                "artillery": "194", "rocket": "194", "mortar": "194", "suicide-bomber": "1831",
                "suicide-bombing": "1831", "suicide-attack": "1831", "car-bomb": "1832", "truck-bomb": "1832",
                "roadside-bomb": "1833"}
def violent_code(code: str, verb: Token, sources: list[Mention]) -> str:
    """The code of a violent act after the counting conventions: "killed at least 110 farm workers" is
    a massacre (202) whatever the victims' role, but a state's executions are killings however many
    (judicial); "an air strike killed 56 people": the strike is the act (weapon_code); "deported more
    than 276,000 Haitians" is a mass expulsion."""
    weapon = weapon_code(verb)
    if code == "202" and not mass_killing(verb) and _few(verb):
        # "insurgents killed 15 people", "killed two people in a border village": a killing counted
        # well below a massacre's toll is a killing, whatever the victims' role
        return weapon or "1823"
    if mass_killing(verb) or code == "202":
        return weapon or ("1823" if judicial(verb, sources) else "202")
    if weapon in {"1831", "1832", "1833"} and code in {"1823", "175", "190"}:  # "a roadside bomb killed six soldiers"
        # (and "the suicide bombing that killed two Chinese workers" is no crackdown on workers)
        return weapon
    return "201" if code == "174" and mass_expulsion(verb) else code


STRIKING_VERBS = {"bomb": "195", "strike": "195", "airstrike": "195", "shell": "194", "pound": "194",
                  "detonate": "183", "explode": "183"}  # ("detonated two claymore mines under a bus, killing …")


def weapon_code(verb: Token) -> str | None:
    """The attack code of a killing whose subject is a weapon or strike ("Pakistani air strikes on
    Paktika killed several people"), or that follows from a strike ("its drones bombed a religious
    gathering, killing at least 85 civilians"), else None."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in STRIKING_VERBS:
        return STRIKING_VERBS[verb.head.lemma_.lower()]
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.lower_ in {"that", "which"} and verb.dep_ == "relcl":
            subj = verb.head  # "the army drone strike that killed at least 85 villagers"
        words = [subj.lemma_.lower(), *(f"{m.lemma_.lower()}-{subj.lemma_.lower()}" for m in subj.children
                                        if m.dep_ in {"compound", "amod"})]
        for word in reversed(words):
            if word in WEAPON_CODES:
                return WEAPON_CODES[word]
    return None

