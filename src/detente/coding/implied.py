"""Targets a sentence implies but does not name, by CAMEO practice.

Kept apart from the coder because each rule is a convention an analyst may want to read, question
or switch off, not grammar: every implied target says so in its mention's ``entry``
(``implied:…``), which ``detente explain`` shows.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import INDEFINITE_PRONOUNS, KIN_NOUNS, NON_STATE, QUANTIFIERS
from detente.coding.arguments import objects, preps
from detente.coding.phrases import as_target, governing_verb, modifier_party
from detente.model import Mention
from detente.nlp.lemmas import joined_lemma

# civilian and opposition sectors whose untargeted protests address their own government
PROTESTERS = {"CVL", "OPP", "LAB", "EDU", "REF", "HRI", "NGO", "AGR", "ENV", "MED", "HLH"}
# unrest whose suppression falls on the state's own people
UNREST_NOUNS = {"revolt", "uprising", "rebellion", "protest", "protests", "demonstration", "demonstrations",
                "unrest", "riot", "riots", "insurrection", "dissent", "protester", "protesters", "sit-in", "rally",
                "march", "vigil", "gathering"}
# common nouns for a captured place ("the only regional capital Moscow had captured")
TOWN_NOUNS = {"city", "capital", "town", "village", "port", "region", "territory", "stronghold", "airport"}
# disasters whose relief goes to the country they struck (see stricken_country)
DISASTER_NOUNS = {"earthquake", "quake", "tsunami", "flood", "flooding", "cyclone", "hurricane", "typhoon",
                  "eruption", "disaster", "drought", "famine", "wildfire", "landslide", "mudslide", "storm"}
# curfews, states of emergency, bans on parties and their easing, and resignations under pressure
DOMESTIC_MEASURES = {"153", "1721", "1722", "1723", "1724"}  # and every 081x/083x

Pair = tuple[Mention, Mention]


# what is announced or ordered when operations stop ("a halt to its military operations")
HALT_NOUNS = {"halt", "end", "stop", "cessation", "suspension"}


def implied_pairs(code: str, head: Token, sources: list[Mention], sent: Span, actors: DocumentActors
                  ) -> list[Pair]:
    """(source, implied target) pairs for an event whose target the sentence leaves out."""
    if code[:2] == "14":
        # "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest against
        # their jailer; otherwise a domestic protest with no named target is aimed at the
        # protesters' own government ("tens of thousands of Russians joined protests")
        own = {s.code[:3] for s in sources}
        jailers = [m for m in _jailer(head, sent, actors) if m.code[:3] not in own]
        if jailers:
            return [(s, _implied(jailers[0], "GOV", "the jailer")) for s in sources]
        addressed = [m for m in _addressed(head, sent, actors) if m.code[:3] not in own]
        if addressed:  # "entered the 50th day of his hunger strike to demand that Moscow free …"
            return [(s, addressed[0]) for s in sources]
        return [(s, _implied(s, "GOV", "own government")) for s in sources if s.code[3:6] in PROTESTERS]
    if code[:2] == "08" and code[:3] != "087" and all(s.code[3:6] in PROTESTERS for s in sources):
        # "protesters in Bangkok dismantled their barricades": a protest movement yields to its own
        # government
        return [(s, _implied(s, "GOV", "own government")) for s in sources]
    if code[:2] == "15":
        aim = aimed_at(head, sent, actors)  # "put its troops on alert to deter Pyongyang"
        pairs = [(s, t) for s in sources for t in aim if s.code[:3] != t.code[:3]]
        if pairs:
            return pairs
    state_actors = [s for s in sources if not s.code.startswith("IGO")]
    threatened = [*objects(head), *(w for _, w in preps(head) if w is not None)] if code == "137" else []
    if code[:2] in {"13", "17", "18"} and any(joined_lemma(o) in UNREST_NOUNS for o in objects(head)) or \
            code == "175" or any(o.lower_ in INDEFINITE_PRONOUNS for o in threatened):
        # "vowed to crush the revolt against his rule", "cracked down on the protests": a state
        # putting down unrest acts on its own people; so does repression with no one named ("police fired tear
        # gas to clear the road"), or threatened at anyone ("police would deal firmly with anyone joining")
        return [(s, own_public(s)) for s in state_actors if s.code[3:6] not in PROTESTERS]
    if (code[:2] in {"17", "18", "20"} or code == "116") and any(
            o.ent_type_ == "PERSON" or o.lemma_.lower() in KIN_NOUNS for o in objects(head)):
        # "Iran hanged Mohsen Shekari": a private person no dictionary knows, seized, attacked,
        # executed or convicted by a state or group, is most often one of its own people; so is
        # someone's relative ("kidnapped the father of a footballer")
        return [(s, _implied(s, "CVL", "own national")) for s in state_actors]
    if code[:2] in OPERATION_ROOTS:
        # "shelled Yeonpyeong Island", "drills around Taiwan", "moved into the buffer zone on the
        # Syrian side": an operation with no named target is aimed at the country it happens in
        site = place_of_operation(head, sent, actors)
        if site is None and code[:2] == "15":
            # "put its army on the highest state of combat readiness … and ordered units closer to the
            # Kosovo border": a build-up or alert with no place of its own faces the country across the
            # border the sentence names
            across = border_country(sent, actors, {s.code[:3] for s in sources})
            if across is not None:
                return [(s, across) for s in sources]
        if site is None and code[:3] == "192" and any(o.lemma_.lower() in TOWN_NOUNS for o in objects(head)):
            # "abandoning the only regional capital Moscow had captured": the place named before it
            own = {s.code[:3] for s in sources}
            site = next((m for t in reversed(sent[:min(o.i for o in objects(head)) - sent.start])
                         if t.pos_ == "PROPN" for m in actors.as_site(t, sent) if m.code[:3] not in own), None)
        # (a non-state group's operations at home still hit its own country: "rebels seized a town";
        # a state's police flooding its own capital is a domestic measure, below)
        at_site = [(s, site) for s in sources if site is not None and (
            s.code[:3] != site.code[:3] or s.code[3:6] in NON_STATE)]
        if at_site or site is not None and not is_domestic_measure(code):
            return at_site
    if code[:2] == "19" and any(o.lemma_.lower() in {"border", "frontier"} for _, o in preps(head) if o is not None):
        # "Russian forces poured across the border", in a sentence about Kyiv: the other country's border
        other = only_other_country(sent, actors, {s.code[:3] for s in sources})
        if other is not None:
            return [(s, _implied(other, "", "across the border")) for s in sources]
    if code[:2] == "07":
        # "delivered 2,500 tonnes of wheat to Jalalabad": aid brought to a place goes to its country;
        # "supplies sent by Beijing landed in Kabul": where the thing sent arrived
        site = place_of_operation(head, sent, actors, via={"to", "into", "in"}, purpose=False)
        if site is None and head.dep_ == "acl":
            thing = head.head  # "two planeloads of tents ... and supplies sent by Beijing": the planeloads
            while thing.dep_ in {"conj", "pobj", "prep"} and thing.head.i != thing.i:
                thing = thing.head
            if thing.dep_ in {"nsubj", "nsubjpass"}:
                site = place_of_operation(thing.head, sent, actors, via={"to", "into", "in", "at"},
                                          purpose=False)
        if site is None:
            site = stricken_country(sent, actors, {s.code[:3] for s in sources})
        if site is not None:
            return [(s, site) for s in sources if s.code[:3] != site.code[:3]]
    if code[:3] == "061":
        # "Rosatom began building Turkey's first nuclear power plant", "a Chinese consortium broke
        # ground on the Jakarta-Bandung railway": infrastructure built abroad serves the country it stands in
        own = {s.code[:3] for s in sources}
        site = next((m for o in objects(head) + [x for _, x in preps(head) if x is not None] for t in o.subtree
                     for m in actors.as_site(t, sent) + actors.as_party(t, sent) if m.code[:3] not in own), None)
        if site is not None:
            return [(s, _implied(site, "", "where it is built")) for s in sources]
    if code[:3] == "087":
        # "completed their withdrawal from the city of Kherson": a pull-back yields the place left
        site = place_of_operation(head, sent, actors, via={"from", "out"}, purpose=False)
        if site is None and any(o.lemma_.lower() in HALT_NOUNS for o in objects(head)):
            # "announced a halt to its military operations in Georgia": where the halted operations were
            site = place_of_operation(head, sent, actors, via={"to", "in"}, purpose=False)
        if site is not None:
            return [(s, site) for s in sources if s.code[:3] != site.code[:3]]
    if code[:3] == "084" and any(_held(o) for o in objects(head)):
        # "Havana said it would free 553 prisoners", "the junta pardoned 5,000 inmates": prisoners of
        # no named country, freed by a state, are its own people
        return [(s, own_public(s)) for s in state_actors if s.code[3:6] not in NON_STATE]
    if code == "153" and head.lemma_.lower() in SENDING_VERBS and (
            other := only_other_country(sent, actors, {s.code[:3] for s in sources})) is not None:
        # "… riots in Honiara, and Australia said it would send police": to the one other country named
        return [(s, other) for s in state_actors]
    if is_domestic_measure(code):
        # "relaxed the nationwide curfew", "declared martial law", "resigned as prime minister":
        # measures a government takes at home fall on its own people (parties, for party bans)
        return [(s, own_people(s, code)) for s in state_actors]
    return []


# verbs of sending forces somewhere (coding/deployments.py decides what a deployment is)
SENDING_VERBS = {"send", "deploy", "dispatch", "despatch", "station", "position", "rush", "fly", "airlift", "move",
                 "redeploy", "bring"}


# people a state holds, whom it may free
HELD_PEOPLE = {"prisoner", "detainee", "inmate", "convict", "captive"}


def _held(obj: Token) -> bool:
    """Whether an object names people held: "553 prisoners", or "thousands of prisoners"."""
    if obj.lower_ in QUANTIFIERS:
        obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), obj)
    return obj.lemma_.lower() in HELD_PEOPLE


def is_domestic_measure(code: str) -> bool:
    return code[:3] in {"081", "083"} or code in DOMESTIC_MEASURES


def own_people(source: Mention, code: str) -> Mention:
    """The people a domestic measure falls on: "shortened the curfew in Cairo" is named by its place,
    the source's own capital, but falls on the population (the opposition, for party bans)."""
    return _implied(source, "OPP", "own population") if code in {"0812", "1722"} else own_public(source)


def own_public(source: Mention) -> Mention:
    """The source country's own civilians, as an implied target."""
    return _implied(source, "CVL", "own population")


# operations whose place stands for the party they hit: force posture, coercion, assault, fighting,
# mass violence
OPERATION_ROOTS = {"15", "17", "18", "19", "20"}
SITE_PREPS = {"in", "into", "at", "near", "around", "on", "along", "across", "inside", "outside", "over", "through",
              "off", "onto", "to", "toward", "towards"}
PART_WORDS = {"part", "parts", "most", "much", "rest", "outskirts", "edge", "side", "centre", "center", "heart",
              "north", "south", "east", "west", "city", "town", "village", "region", "province", "district",
              "area", "coast", "border", "frontier", "territory", "hundreds", "dozens", "thousands", "scores",
              "tens", "home", "homes", "house", "houses", "building", "buildings", "zone", "position",
              "positions", "waters", "airspace", "soil", "capital", "island", "islands", "port", "base", "bases",
              # "raised the combat readiness of army units near Kosovo": a posture's forces and their place
              "readiness", "alert", "presence", "deployment", "unit", "units", "troops", "forces"}


def place_of_operation(head: Token, sent: Span, actors: DocumentActors, via: set[str] = SITE_PREPS, *,
                       purpose: bool = True) -> Mention | None:
    """The country of the place an act happens in: its object or a place phrase on it ("in Kyiv",
    "near the border with Guyana", "on Ukrainian positions"), with part-of phrases looked through."""
    heads = [head]
    if head.pos_ == "NOUN" and (verb := governing_verb(head)) is not None:
        heads.append(verb)  # "a show of force was staged around Taiwan": the place is the verb's
    if purpose:
        # "sent a frigate to escort its drillship into waters off Cyprus": where the purpose takes it
        # (for operations only: aid sent "to send a message to Iran" does not go to Iran)
        heads += [c for c in head.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    frontier = [*objects(head), *(o for p, o in preps(*heads, *objects(head))
                                  if o is not None and p.lower_ in via)]
    seen: set[int] = set()
    while frontier:
        tok = frontier.pop(0)
        if tok.i in seen or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        seen.add(tok.i)
        found = [m for m in actors.as_site(tok, sent) or _national(tok, sent, actors) or _the_place(tok, sent, actors)
                 if not m.code.startswith("IGO")]
        if found:
            return Mention(found[0].code[:3], found[0].text, found[0].start, found[0].end,
                           f"implied:place of the act ({found[0].entry})")
        # "the outskirts of Kharkiv", "hundreds of civilians", "the border with Guyana", but not
        # "in defiance of UN resolutions"
        part_of = {"of", "with"} if tok.lemma_.lower() in PART_WORDS else set()
        frontier.extend(o for p, o in preps(tok) if o is not None and p.lower_ in via | part_of)
        frontier.extend(c for c in tok.conjuncts if c.i > tok.i)
        # "a mosque inside Peshawar's police headquarters": the place that owns the site
        frontier.extend(c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and tok.dep_ == "pobj"
                        and tok.lemma_.lower() in SITE_NOUNS)
        # "six zones encircling Taiwan", "positions near the border": the clause's object or place
        frontier.extend(o for acl in tok.children if acl.dep_ == "acl"
                        for o in [*objects(acl), *(x for p, x in preps(acl) if x is not None and p.lower_ in SITE_PREPS)])
    return None


# buildings and sites a place may own ("Peshawar's police headquarters")
SITE_NOUNS = {"headquarters", "mosque", "church", "temple", "embassy", "consulate", "base", "airbase", "compound",
              "building", "airport", "market", "school", "hospital", "prison", "jail", "office", "ministry",
              "parliament", "palace", "station", "plant", "facility", "hotel", "stadium", "university"}
PLACE_WORDS = {"city", "town", "capital", "village", "port", "island", "region", "province", "area"}


def _the_place(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"seized most of Aleppo …, as warplanes struck positions around the city": the place named
    last before it in the sentence."""
    if tok.lemma_.lower() not in PLACE_WORDS or not any(c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in {"compound", "prep", "amod"} for c in tok.children):
        return []
    for earlier in reversed([t for t in sent if t.i < tok.i and t.pos_ == "PROPN"]):
        match = actors.match_at(earlier)
        if match is not None and any(s.usage == "name" for s in match.senses):
            continue  # "appealed to France …, advancing on the capital": a country is not the city
        found = actors.as_site(earlier, sent)
        if found:
            return found
    return []


def _national(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"the Syrian side", "Ukrainian positions", "Palestinian-owned buildings": a place or property
    named by its country."""
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
            found = modifier_party(child, sent, actors)
            if found:
                return found
    return []


JAIL_NOUNS = {"jail", "jails", "prison", "prisons", "custody", "detention", "camp", "camps", "cell", "cells",
              "penal-colony", "colony"}


def _jailer(head: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The country whose jails the protesters are in: "prisoners in Israeli jails", "held in Russian custody"."""
    # (the subject of the trigger or of a verb above it: "began a hunger strike to protest …")
    subjects = [c for v in [head, *head.ancestors][:4] for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subject in subjects:
        for _, jail in preps(subject):
            if jail is not None and jail.lower_ in JAIL_NOUNS:
                found = [m for c in jail.children if c.dep_ in {"amod", "compound", "poss"}
                         for m in modifier_party(c, sent, actors) + actors.resolve(c, sent)]
                if found:
                    return found
    return []


DEMANDING = {"demand", "press", "urge", "force", "push", "pressure", "call"}


def _addressed(head: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """Whom a protest's purpose clause makes its demand of: "… to demand that Moscow free …"."""
    for verb in [head, *head.ancestors][:4]:
        for purpose in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in DEMANDING
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            asked = [o for o in purpose.children if o.dep_ in {"dobj", "pobj"}] + [
                k for c in purpose.children if c.dep_ == "ccomp" for k in c.children if k.dep_ == "nsubj"]
            found = [m for o in asked for m in actors.resolve(o, sent)]
            if found:
                return found
    return []


def _implied(source: Mention, agent: str, why: str) -> Mention:
    return Mention(source.code[:3] + agent, "(not named)", -1, -1, f"implied:{why}")


def stricken_country(sent: Span, actors: DocumentActors, own: set[str]) -> Mention | None:
    """"after an earthquake and tsunami struck Japan's northeast coast, Seoul offered to dispatch
    rescue teams": relief with no destination goes to the country the disaster struck, named on
    the disaster ("Turkey's earthquake", "floods in Pakistan"), as what it struck, or, failing
    those, the only other country the sentence names."""
    disasters = [t for t in sent if t.lemma_.lower() in DISASTER_NOUNS]
    if not disasters:
        return None
    for noun in disasters:
        places = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"}]
        places += [o for p, o in preps(noun) if o is not None and p.lower_ in {"in", "on", "across"}]
        told = noun.head if noun.dep_ == "compound" else noun  # ("Cyclone Pam flattened Port Vila")
        if told.dep_ == "nsubj":  # "a quake struck Japan's northeast coast"
            places += [t for o in objects(told.head) for t in o.subtree]
        for clause in (c for c in told.children if c.dep_ in {"relcl", "acl"}):
            # "the earthquake that killed more than 500 people in Ecuador", "the floods that hit Pakistan"
            places += [o for p, o in preps(clause) if o is not None and p.lower_ in {"in", "on", "across"}]
            places += [t for o in objects(clause) for t in o.subtree]
        for tok in places:
            for m in actors.as_place(tok, sent) or actors.as_party(tok, sent):
                if m.code[:3] not in own and not m.code.startswith("IGO"):
                    return _implied(m, "", "struck by the disaster")
    other = only_other_country(sent, actors, own)
    return _implied(other, "", "struck by the disaster") if other is not None else None


BORDER_NOUNS = {"border", "borders", "frontier", "frontiers", "boundary"}


def border_country(sent: Span, actors: DocumentActors, own: set[str]) -> Mention | None:
    """The one other country whose border the sentence names: "the Kosovo border", "the Cambodian
    border", "the border with Belarus"."""
    found = {m.code[:3]: m for noun in sent if noun.lower_ in BORDER_NOUNS
             for t in [*(c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}),
                       *(o for p, o in preps(noun) if o is not None and p.lower_ == "with")]
             for m in actors.as_place(t, sent) or actors.as_party(t, sent)
             if m.code[:3] not in own and not m.code.startswith("IGO")}
    if len(found) != 1:
        return None
    border = next(iter(found.values()))
    return Mention(border.code[:3], border.text, border.start, border.end, "implied:across the border")


def only_other_country(sent: Span, actors: DocumentActors, own: set[str]) -> Mention | None:
    """The one country other than ``own`` the sentence names (None if none or several)."""
    others = {m.code[:3]: m for t in sent for m in actors.as_party(t, sent)
              if m.code[:3] not in own and not m.code.startswith("IGO")}
    return next(iter(others.values())) if len(others) == 1 else None


# "sent warships to the region to deter Iran", "a show of force aimed at deterring Tehran"
AIM_VERBS = {"deter", "intimidate", "pressure", "warn", "counter", "shadow", "monitor", "track", "confront",
             "punish", "dissuade", "discourage", "contain", "menace", "signal", "reassure"}
AIMING_VERBS = {"aim", "direct", "target"}


def aimed_at(head: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The actor a show of force is aimed at, named in a purpose phrase under the act."""
    frontier = [(head, 0)]
    while frontier:
        node, depth = frontier.pop(0)
        for child in node.children:
            if child.dep_ not in {"advcl", "xcomp", "prep", "pobj", "acl", "pcomp", "dobj", "conj"} or depth > 4:
                continue
            if child.pos_ == "VERB" and child.lemma_.lower() in AIM_VERBS:
                for direct in objects(child):
                    found = as_target(direct, sent, actors)
                    if found:
                        return found
            if child.pos_ == "VERB" and child.lemma_.lower() in AIMING_VERBS:
                # "a show of force aimed at Pyongyang", "drills directed against Taiwan"
                for prep, pobj in preps(child):
                    found = as_target(pobj, sent, actors) if pobj is not None and prep.lower_ in {
                        "at", "against"} else []
                    if found:
                        return found
            frontier.append((child, depth + 1))
    return []
