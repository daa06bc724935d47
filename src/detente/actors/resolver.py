"""Resolve noun phrases to CAMEO actor codes, with in-document coreference.

The coder asks "who is the actor of the noun phrase headed by this token?"; the resolver answers
from dictionary matches (names, adjectives, capitals as metonyms, dated people), composes country
and sector agent ("South Korean business owners" → KORBUS), and falls back on the document's
history for pronouns, surnames and definite descriptions ("the regime", "the two sides"); that
history and its look-ups live in :mod:`detente.actors.coreference`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.actors.clauses import bodies_led, verb_above
from detente.actors.groups import REFLEXIVES, standing_for
from detente.actors.coreference import GROUP_PRONOUNS, PERSON_PRONOUNS, TWO_SIDES, Coreference, _Known
from detente.actors.epithets import Epithets
from detente.actors.matcher import ActorMatcher, PhraseMatch
from detente.actors.nationality import Nationality
from detente.actors.placement import Placement
from detente.actors.setting import named_countries
from detente.actors.vocabulary import (CLASHING_VERBS, COALITION_NOUNS, INDEFINITE_PRONOUNS, MANDATED_NOUNS,
                                       MODIFIER_DEPS, QUANTIFIERS, DELEGATES, SPEAKERS, VEHICLE_NOUNS, WATER_WORDS)
from detente.geo.events import place_phrase
from detente.geo.gazetteer import Gazetteer
from detente.model import Mention

# verbs of going somewhere: "the country" they go to is another one, the last named
VISITING_VERBS = {"visit", "tour", "travel", "fly", "arrive", "go", "return", "head"}
# "Russia-friendly", "Moscow-leaning": words after a hyphen that make a name a stance
STANCE_SUFFIXES = {"friendly", "leaning", "aligned", "oriented", "sceptic", "skeptic", "sceptical", "skeptical"}


@dataclass
class DocumentActors(Coreference, Placement, Nationality, Epithets):
    """Actor resolution state for one document (history for coreference, unknown names).

    ``recent_other`` and ``remember_sentence`` (and the pronoun and definite-description
    look-ups) come from :class:`~detente.actors.coreference.Coreference`; the placement of
    mentions without a nationality from :class:`~detente.actors.placement.Placement`; the countries
    and agents a phrase's modifiers name from :class:`~detente.actors.nationality.Nationality`; a
    country named again by a description ("the island nation") from
    :class:`~detente.actors.epithets.Epithets`.
    """

    matcher: ActorMatcher
    doc_date: date | None
    gazetteer: Gazetteer | None = None  # places a nationless local group ("civilians in Bucha")
    history: list[_Known] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    unknown: list[tuple[str, str | None]] = field(default_factory=list)
    _matches: dict[int, dict[int, PhraseMatch]] = field(default_factory=dict)
    _counter: int = 0
    _in_pronoun: bool = False  # resolving a pronoun must not recurse into other pronouns
    _in_partner: bool = False  # nor a group's partner into the group
    _in_between: bool = False  # nor the sides of a "between" phrase into themselves
    _in_strangers: bool = False  # nor the people named before a pronoun into that pronoun
    _in_owner: bool = False  # nor "the country's" owner into the clause subject that names it

    def prepare(self, doc: Doc) -> None:
        """Match dictionary phrases in one paragraph Doc (once per paragraph)."""
        table: dict[int, PhraseMatch] = {}
        for m in self.matcher(doc):
            if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in {"pan", "pro", "anti"} or (
                    m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in STANCE_SUFFIXES):
                # "the Pan-American Highway" names no country; "pro-EU protesters", "the Russia-friendly
                # Shor party" name a stance, not a party
                continue
            if m.start >= 1 and doc[m.start].lower_ in {"american", "americans"} and doc[m.start - 1].lower_ in {
                    "latin", "south", "central", "north"} and m.end - m.start == 1:
                continue  # "Latin American governments": a region's, not the United States'
            if (m.end < len(doc) and doc[m.end].text in WATER_WORDS) or (
                    m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].text in WATER_WORDS):
                continue  # "the South China Sea", "the Sea of Japan", "the Gulf of Mexico": a place, no party
            for i in range(m.start, m.end):
                table[i] = m
            # the article's cast of countries decides what "the North"/"the South" mean
            self.countries.update(s.entry.code[:3] for s in m.senses if s.entry.kind == "country")
        self._matches[id(doc)] = table

    def match_at(self, token: Token) -> PhraseMatch | None:
        return self._matches.get(id(token.doc), {}).get(token.i)

    # -- public API ---------------------------------------------------------------------------
    def resolve(self, head: Token, sent: Span) -> list[Mention]:
        """Actors denoted by the noun phrase headed by ``head`` (several for conjunctions)."""
        found = self._resolve_one(head, sent)
        for conj in head.conjuncts:
            if conj.i > head.i and conj.pos_ in {"PROPN", "NOUN", "PRON"}:
                found.extend(self._shared_nationality(head, conj, found, sent) or self._resolve_one(conj, sent))
        unique: dict[str, Mention] = {}
        for m in found:
            unique.setdefault(m.code, m)  # (each code once, in the order first found)
        return list(unique.values())

    def as_place(self, tok: Token, sent: Span) -> list[Mention]:
        """A capital or country named as a destination ("arrived in Seoul") is the country itself."""
        match = self.match_at(tok)
        if match is None or not match.senses:
            return []
        for sense in match.senses:
            if sense.entry.kind == "country" and sense.usage in {"metonym", "name"}:
                return [self._mention(sense.entry.code, match, sent, sense.entry.entry_id)]
        return []

    def as_site(self, tok: Token, sent: Span) -> list[Mention]:
        """A city or region that is only the place of an operation ("seized Aleppo", "shelled
        Kharkiv"): its country, from the dictionary or the gazetteer."""
        found = self.as_place(tok, sent)
        if found or self.gazetteer is None or tok.pos_ != "PROPN" or tok.ent_type_ in {"DATE", "TIME"}:
            return found
        loc = self.gazetteer.known_place(place_phrase(tok), prefer=named_countries(sent, self.match_at))
        if loc is None or not loc.country:
            return []
        return [Mention(loc.country, tok.text, tok.idx - sent.start_char, tok.idx + len(tok.text) - sent.start_char,
                        f"gazetteer:{loc.name}")]

    def as_party(self, tok: Token, sent: Span) -> list[Mention]:
        """A country, IGO or armed group named by a modifier ("Russian", "DPRK", "Houthi") as a party
        (countries by their bare code)."""
        match = self.match_at(tok)
        if match is None or not match.senses or match.end - 1 != tok.i:
            return []
        for sense in match.senses:
            if sense.entry.kind in {"country", "igo"}:
                return [self._mention(sense.entry.code, match, sent, sense.entry.entry_id)]
            if sense.entry.kind == "group":  # "Houthi targets", "Taliban-US talks": the group itself
                code = sense.entry.code_on(self.doc_date)
                return [self._mention(code, match, sent, sense.entry.entry_id)] if code else []
        return []

    # -- resolution ---------------------------------------------------------------------------
    def _resolve_one(self, head: Token, sent: Span, *, remember: bool = True) -> list[Mention]:
        if head.lemma_.lower() in QUANTIFIERS or head.lower_ in QUANTIFIERS:
            # "several of North Korea's most senior leaders", "hundreds of civilians"
            inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            if inner:
                found_inner = self._resolve_one(inner[0], sent, remember=remember)
                head_match = self.match_at(head)
                if found_inner or head_match is None or not head_match.agent or head.lower_ in {"thousands", "hundreds"}:
                    # ("the rebel group of war crimes" keeps its own head; "thousands of points" are no crowd)
                    return found_inner
            listed = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "including"
                      for o in p.children if o.dep_ == "pobj"] if not inner and head.tag_ == "NNS" else []
            if listed:  # "detained dozens, including opposition leader Nika Gvaramia": those it names
                return self.resolve(listed[0], sent)
            if not inner and head.lower_ in {"dozens", "hundreds", "thousands", "scores"} and head.dep_ == "dobj":
                # "protesters rallied …, and riot police fired tear gas, detaining dozens": of the crowd
                crowd = [k for k in self._sentence_mentions_before(head, sent)
                         if k.plural and k.mention.code[3:6] in {"CVL", "OPP"}]
                return [standing_for(head, sent, crowd[-1].mention)] if crowd else []
        lower = head.lower_
        if lower == "both" and head.pos_ == "PRON":
            return self._definite(head, sent)  # "urging both to join the summit": the two parties just named
        if lower in REFLEXIVES or head.tag_ in {"WDT", "WP", "WP$"} and lower in {"which", "who", "whom", "whose"}:
            return self._reflexive(head, sent) if lower in REFLEXIVES else self._relative(head, sent)
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            # ("in what X called"; "would deal with anyone joining": an indefinite pronoun points back to no one)
            return self._pronoun(head, sent) if lower not in {"what", "whatever"} | INDEFINITE_PRONOUNS else []
        match = self.match_at(head)
        phrase = head
        if match is None or not match.is_name:  # "Jang Song-thaek China's most trusted interlocutor"
            for child in head.doc[head.left_edge.i:head.i]:
                part = self.match_at(child) if child.dep_ == "compound" else None
                if part is not None and any(s.entry.kind == "person" for s in part.senses):
                    match, head = part, child
                    break
        if match is not None and match.is_name:
            named = self._named(match, head, sent)
            if named:
                return self._names_joined_before(match, head, sent) + named
        # ("Russian deputy defence minister Yunus Yevkurov": a known surname inside an unknown name
        # names no one, and the phrase's title still does, without that surname's country)
        rejected = {r.code[:3] for s in match.senses if s.entry.kind == "person" for r in s.entry.roles} \
            if match is not None and head.i != phrase.i else set()
        head = phrase

        composed = self._staff(head, sent) or self._neighbour(head, sent) or self._compose(head, sent) or \
            self._town_office(head, sent) or self._placed(head, sent)
        composed = [m for m in composed if m.code[:3] not in rejected]
        if composed:
            return composed
        anchor = _apposition_anchor(head)
        if anchor is not None:  # "Kim Kye-Gwan, … one of the officials who visited China"
            return self._resolve_one(anchor, sent)
        if match is None and head.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return self._unknown_name(head, sent)
        if match is None and head.pos_ == "PROPN" and (earlier := self._earlier_name(head, sent)):
            return earlier
        if head.lower_ in {"country", "nation"} and head.dep_ == "pobj" and head.head.lower_ == "from" and [
                c.lower_ for c in head.children] == ["the"]:
            # "recalled its ambassador from the country": the last country named but the one recalling
            verb = verb_above(head)
            if verb.lemma_.lower() not in {"recall", "withdraw", "pull", "evacuate"}:
                return []  # ("expel US troops from the country": one's own country, no party)
            recalling = frozenset(c[:3] for c in self._clause_subject_codes(verb, sent))
            return self._the_country(head, sent, exclude=recalling)
        if head.lower_ in {"country", "nation"} and [c.lower_ for c in head.children] == ["the"] and \
                verb_above(head).lemma_.lower() in VISITING_VERBS:
            # "days before Pompeo was due to visit the country": the last country named, not the visitor's
            visitors: set[str] = set()
            node = verb_above(head)
            for _ in range(3):  # "was due to visit": the subject sits on the clause above the infinitive
                visitors |= {c[:3] for c in self._clause_subject_codes(node, sent)}
                if node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
                    break
                node = node.head
            return self._the_country(head, sent, exclude=frozenset(visitors))
        return self._described_country(head, sent) or self._definite(head, sent)

    def _names_joined_before(self, match: PhraseMatch, head: Token, sent: Span) -> list[Mention]:
        """"Emmanuel Macron and Ursula von der Leyen held talks": the model may swallow the first
        name into the second's phrase; a listed name ending just before an "and" inside the phrase
        is a party too."""
        doc = head.doc
        start = head.left_edge.i
        if head.dep_ not in {"nsubj", "nsubjpass"} or match.start - start < 3 or doc[match.start - 1].lower_ != "and":
            return []
        other = self.match_at(doc[match.start - 2])
        if other is None or not other.is_name or other.start < start or other.end != match.start - 1:
            return []
        return self._named(other, doc[other.end - 1], sent)

    def _named(self, match: PhraseMatch, head: Token, sent: Span) -> list[Mention]:
        if match.context:
            if match.context_when and not (set(match.context_when) & self.countries):
                return []
            return [self._mention(code, match, sent, "contextual:" + match.text) for code in match.context]
        persons = [s for s in match.senses if s.entry.kind == "person"]
        if persons:
            return self._person(match, persons, sent)
        groups = [s for s in match.senses if s.entry.kind == "group"]
        if groups:  # a named group: its code on the document date
            code_on = groups[0].entry.code_on(self.doc_date)
            if code_on and not code_on.startswith(("IGO", "NGO")):
                # "Egypt's National Security Agency": a name that another country's body also bears,
                # owned by the country named before it
                last = head.doc[match.end - 1]
                # ("Bahrain's police and National Security Agency": the owner of the first conjunct owns both)
                owned = [last, last.head] if last.dep_ == "conj" and not any(
                    p.dep_ == "poss" for p in last.children) else [last]
                # ("Finland's National Bureau of Investigation": the owner hangs on the name's own head)
                owned += [t for t in head.doc[match.start:match.end - 1] if not match.start <= t.head.i < match.end]
                owner = [c for n in owned for p in n.children if p.dep_ == "poss" and p.pos_ == "PROPN"
                         for c, _ in self._country_of(p) if c[:3] != code_on[:3]]
                code_on = owner[0][:3] + code_on[3:] if owner else code_on
            return [self._mention(code_on, match, sent, groups[0].entry.entry_id)] if code_on else []
        sense = _preferred(match)
        if sense is None:
            return []
        code = sense.entry.code
        if sense.usage == "metonym":
            code += "GOV"
        elif sense.usage == "adjective":
            agent = self._agent_of(head)
            if agent is None and head.dep_ not in {"amod", "compound", "nmod"} and head.pos_ in {"NOUN", "PROPN"}:
                # a demonym as a noun: "the last two Americans it was holding" are people, but
                # "negotiations with the Palestinians" are with the Palestinian side
                side = any(c.lower_ == "the" for c in head.children) and not any(  # ("four of the Colombians": people)
                    c.dep_ in {"nummod", "amod"} for c in head.children) and head.tag_ == "NNPS" and not (
                    head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num)
                if side:
                    return [self._mention(code, match, sent, sense.entry.entry_id)]
                agent = "CVL"
                # "Kosovo Serbs", "Iraqi Kurds": a people named with the country they live in are its
                home = [c for m in head.children if m.dep_ in {"compound", "amod"} and m.i < head.i
                        for c, _ in self._country_of(m) if c[:3] != code[:3]]
                code = home[0][:3] if home else code
            if agent is None:
                return []  # "North Korean decision-making" is not an actor
            code += agent
        return [self._mention(code, match, sent, sense.entry.entry_id)]

    def _person(self, match: PhraseMatch, persons: list, sent: Span) -> list[Mention]:
        single = match.end - match.start == 1
        if single and persons:
            ent = next((e for e in sent.ents if e.start <= match.start < e.end), None)
            prev = sent.doc[match.start - 1] if match.start > 0 else None
            last = sent.doc[match.start]
            # "Abbas Mousavi": a first name the model hangs on the surname after it
            before_surname = last.dep_ == "compound" and last.head.i == match.start + 1 and last.head.pos_ == "PROPN"
            if (prev is not None and prev.text == "-") or before_surname or (
                    ent is not None and ent.label_ == "PERSON" and len(ent) > 1):
                # "Zaghari-Ratcliffe", "Kim Song-nam": a longer name this surname is only part of
                same = [k for k in reversed(self.history) if k.is_person and ent is not None
                        and k.person_key == ent.text]
                if same:
                    return [self._mention(same[0].mention.code, match, sent, same[0].mention.entry,
                                          antecedent=same[0].mention.text)]
                return []
        if single:  # a bare surname: prefer a person this article already named
            for known in reversed(self.history):
                if known.is_person and match.text in known.names:
                    return [self._mention(known.mention.code, match, sent, known.mention.entry,
                                          antecedent=known.mention.text)]
        for sense in persons:
            code = sense.entry.code_on(self.doc_date)
            if code:
                return [self._mention(code, match, sent, sense.entry.entry_id)]
        for sense in persons:  # a former office holder is one of the country's elite (CAMEO ELI)
            past = [r for r in sense.entry.roles if r.end and self.doc_date and r.end < self.doc_date]
            if past:
                last = max(past, key=lambda r: r.end)  # type: ignore[arg-type, return-value]
                return [self._mention(last.code[:3] + "ELI", match, sent, sense.entry.entry_id)]
        return []

    def _compose(self, head: Token, sent: Span) -> list[Mention]:
        """Country + agent from the phrase's modifiers ("Russia's Deputy Foreign Minister")."""
        for obj in bodies_led(head):  # "the commander of Iran's Revolutionary Guards", "the head of the IAEA"
            led = self._resolve_one(obj, sent, remember=False)
            if led and all(len(m.code) >= 6 for m in led):
                return [Mention(m.code, m.text, m.start, m.end, m.entry) for m in led]
        agent = self._agent_of(head)
        clashing = bool(agent) and head.tag_ == "NNS" and head.dep_ == "nsubj" and \
            head.head.lemma_.lower() in CLASHING_VERBS
        if (head.lower_ in TWO_SIDES or clashing) and any(c.dep_ == "poss" and c.lower_ == "their"
                                                          for c in head.children):
            # "Xi welcomed Lula, and their governments signed 15 agreements", "Kyrgyzstan and Tajikistan
            # agreed a ceasefire after their border guards clashed": both sides, when the sentence has
            # just named two
            both = self._two_sides(head, sent)
            if len(both) == 2 and len(self._parties_before(head, sent)) >= 2:
                return [Mention(b.code + (agent or ""), b.text, b.start, b.end, b.entry, b.antecedent) for b in both]
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in TWO_SIDES and any(
            g.lower_ in {"two", "both"} for g in c.children)]
        if owners and agent:
            # "the two countries' presidents", "both sides' negotiators"
            return [Mention(b.code + agent, b.text, b.start, b.end, b.entry, b.antecedent)
                    for b in self._two_sides(owners[0], sent)]
        countries = self._countries_in(head)
        if not countries and head.lemma_.lower() in SPEAKERS | DELEGATES:
            # "a spokeswoman for China's foreign ministry" speaks for that ministry; "negotiators for
            # Colombia's government and the ELN" negotiate for each (for a bare country, as its envoys)
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    spoken_for = [m for o in (obj, *obj.conjuncts) for m in self._resolve_one(o, sent)]
                    if spoken_for:
                        return [Mention(m.code if len(m.code) > 3 or head.lemma_.lower() in SPEAKERS
                                        else m.code + (agent or "GOV"), m.text, m.start, m.end, m.entry)
                                for m in spoken_for]
        if not countries and (head.lemma_.lower() in COALITION_NOUNS or agent == "MIL"):
            # "the Saudi-led coalition", "Saudi-led warplanes": the leading country's forces
            countries = [c for mod in head.children if mod.dep_ == "amod" and mod.lemma_.lower() == "lead"
                         for g in mod.children if g.dep_ in {"npadvmod", "compound"} for c in self._country_of(g)]
            agent = agent or ("MIL" if countries else None)
        if not countries:
            return []
        span_start = min([head.i] + [c.left_edge.i for c in head.children
                                     if c.dep_ in MODIFIER_DEPS | {"det"} and c.i < head.i])
        text = head.doc[span_start:head.i + 1].text
        out = []
        for code, entry in countries:
            full = code if (agent is None or len(code) > 3 or code.endswith(agent)) else code + agent
            if agent is None and len(code) == 6 and head.pos_ == "PROPN":
                full = code
            if agent is None and head.pos_ != "PROPN" and head.lemma_.lower() not in VEHICLE_NOUNS and not (
                    code.startswith("IGO") and head.lemma_.lower() in MANDATED_NOUNS):
                # "Chinese interests" is not an actor; "Indian trucks" carry India's act; "UN human
                # rights experts" act for the UN
                continue
            out.append(Mention(full, text, head.doc[span_start].idx - sent.start_char,
                               head.idx + len(head.text) - sent.start_char, entry))
        return out

    # -- helpers ------------------------------------------------------------------------------
    def _mention(self, code: str, match: PhraseMatch, sent: Span, entry: str,
                 antecedent: str | None = None) -> Mention:
        doc = sent.doc
        start = doc[match.start].idx - sent.start_char
        end = doc[match.end - 1].idx + len(doc[match.end - 1].text) - sent.start_char
        return Mention(code, match.text, start, end, entry, antecedent)


def _apposition_anchor(tok: Token) -> Token | None:
    """The named head an appositive description hangs on, if any (climbs of/conj/appos)."""
    node = tok
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in QUANTIFIERS:
            node = node.head.head
        elif node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
            if node.pos_ == "PROPN":
                return node
        else:
            return None
    return None


def _preferred(match: PhraseMatch):  # type: ignore[no-untyped-def]
    order = {"name": 0, "metonym": 1, "adjective": 2}
    senses = [s for s in match.senses if s.entry.kind in {"country", "igo"}]
    return min(senses, key=lambda s: order.get(s.usage, 9)) if senses else None
