"""Resolve noun phrases to CAMEO actor codes, with in-document coreference.

The coder asks "who is the actor of the noun phrase headed by this token?"; the resolver answers
from dictionary matches (names, adjectives, capitals as metonyms, dated people), composes country
and sector agent ("South Korean business owners" → KORBUS), and falls back on the document's
history for pronouns, surnames and definite descriptions ("the regime", "the two sides").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.actors.matcher import ActorMatcher, PhraseMatch
from detente.actors.setting import setting_country
from detente.geo.gazetteer import Gazetteer
from detente.model import Mention

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
MODIFIER_DEPS = {"poss", "amod", "compound", "nmod", "npadvmod"}
OWNER_PREPS = {"of", "from"}
# "protesters in Bishkek" are Kyrgyz, but "envoys in Brussels" are only visiting: a place gives the
# nationality of people and groups, never of officials
STATE_AGENTS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}
LOCAL_AGENTS = {"CVL", "OPP", "REB", "LAB", "EDU", "REF", "RAD", "INS", "NGO", "BUS", "COP", "AGR", "HLH",
                "UAF", "SEP", "CRM"}
DEFINITE_GOV = {"regime", "leadership", "government", "administration", "authorities"}
TWO_SIDES = {"sides", "countries", "nations", "neighbours", "neighbors", "parties", "governments"}


@dataclass
class _Known:
    """A resolved mention remembered for coreference."""

    mention: Mention
    is_person: bool
    person_key: str | None
    names: frozenset[str]
    order: int
    subject: bool = False
    core: bool = False  # a subject or direct object: a party to the act, not a name in passing


@dataclass
class DocumentActors:
    """Actor resolution state for one document (history for coreference, unknown names)."""

    matcher: ActorMatcher
    doc_date: date | None
    gazetteer: Gazetteer | None = None  # places a nationless local group ("civilians in Bucha")
    history: list[_Known] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    unknown: list[tuple[str, str | None]] = field(default_factory=list)
    _matches: dict[int, dict[int, PhraseMatch]] = field(default_factory=dict)
    _counter: int = 0
    _in_pronoun: bool = False  # resolving a pronoun must not recurse into other pronouns

    def prepare(self, doc: Doc) -> None:
        """Match dictionary phrases in one paragraph Doc (once per paragraph)."""
        table: dict[int, PhraseMatch] = {}
        for m in self.matcher(doc):
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
                found.extend(self._resolve_one(conj, sent))
        unique: dict[str, Mention] = {}
        for m in found:
            unique.setdefault(m.code, m)
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

    def as_party(self, tok: Token, sent: Span) -> list[Mention]:
        """A country or IGO named by a modifier ("Russian", "DPRK") as a party, bare code."""
        match = self.match_at(tok)
        if match is None or not match.senses or match.end - 1 != tok.i:
            return []
        for sense in match.senses:
            if sense.entry.kind in {"country", "igo"}:
                return [self._mention(sense.entry.code, match, sent, sense.entry.entry_id)]
        return []

    def recent_other(self, countries: set[str]) -> Mention | None:
        """The most recently named state-level actor of another country (the counterpart)."""
        for known in reversed(self.history):
            m = known.mention
            if not known.is_person and m.code[:3] not in countries and len(m.code) <= 6:
                # named in an earlier sentence: no span in this one (start/end -1), antecedent kept;
                # only the other side is implied, so the state rather than one of its agencies
                code = m.code if m.code.startswith("IGO") else m.code[:3]
                return Mention(code, m.text, -1, -1, m.entry, antecedent=m.text)
        return None

    def remember_sentence(self, sent: Span) -> None:
        """Record every resolvable noun phrase of a finished sentence for later coreference."""
        for tok in sent:
            if tok.pos_ in {"PROPN", "NOUN"} and (tok.dep_ not in {"compound", "amod"}):
                for m in self._resolve_one(tok, sent, remember=False):
                    self._remember(m, tok)

    # -- resolution ---------------------------------------------------------------------------
    def _resolve_one(self, head: Token, sent: Span, *, remember: bool = True) -> list[Mention]:
        if head.lemma_.lower() in QUANTIFIERS or head.lower_ in QUANTIFIERS:
            # "several of North Korea's most senior leaders", "hundreds of civilians"
            inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            if inner:
                head = inner[0]
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(head, sent)
        match = self.match_at(head)
        if match is None or not match.is_name:  # "Jang Song-thaek China's most trusted interlocutor"
            for child in head.doc[head.left_edge.i:head.i]:
                part = self.match_at(child) if child.dep_ == "compound" else None
                if part is not None and any(s.entry.kind == "person" for s in part.senses):
                    match, head = part, child
                    break
        if match is not None and match.is_name:
            named = self._named(match, head, sent)
            if named:
                return named
        composed = self._compose(head, sent) or self._placed(head, sent)
        if composed:
            return composed
        anchor = _apposition_anchor(head)
        if anchor is not None:  # "Kim Kye-Gwan, … one of the officials who visited China"
            return self._resolve_one(anchor, sent)
        if head.ent_type_ in {"PERSON", "ORG", "NORP"} and match is None:
            return self._unknown_name(head, sent)
        return self._definite(head, sent)

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
                side = any(c.lower_ == "the" for c in head.children) and not any(
                    c.dep_ in {"nummod", "amod"} for c in head.children) and head.tag_ == "NNPS"
                if side:
                    return [self._mention(code, match, sent, sense.entry.entry_id)]
                agent = "CVL"
            if agent is None:
                return []  # "North Korean decision-making" is not an actor
            code += agent
        return [self._mention(code, match, sent, sense.entry.entry_id)]

    def _person(self, match: PhraseMatch, persons: list, sent: Span) -> list[Mention]:
        single = match.end - match.start == 1
        if single and persons:
            ent = next((e for e in sent.ents if e.start <= match.start < e.end), None)
            prev = sent.doc[match.start - 1] if match.start > 0 else None
            if (prev is not None and prev.text == "-") or (ent is not None and ent.label_ == "PERSON"
                                                           and len(ent) > 1):
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
        agent = self._agent_of(head)
        countries = self._countries_in(head)
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
            if agent is None and head.pos_ != "PROPN":
                continue  # "Chinese interests" is not an actor
            out.append(Mention(full, text, head.doc[span_start].idx - sent.start_char,
                               head.idx + len(head.text) - sent.start_char, entry))
        return out

    def _placed(self, head: Token, sent: Span) -> list[Mention]:
        """A local group named without a nationality takes the country of the sentence's setting."""
        agent = self._agent_of(head)
        if head.pos_ != "NOUN" or agent not in LOCAL_AGENTS or agent == "BUS" or self._in_pronoun:
            return []  # firms trade abroad: a place says nothing about a company's flag
        definite = self._definite(head, sent)
        if definite:  # "the 46 companies" are the ones the article already talked about
            return definite
        country = setting_country(head, sent, self.match_at, self.gazetteer)
        if country is None:
            return []
        span_start = min([head.i] + [c.left_edge.i for c in head.children
                                     if c.dep_ in MODIFIER_DEPS and c.i < head.i])
        return [Mention(country + str(self._agent_of(head)), head.doc[span_start:head.i + 1].text,
                        head.doc[span_start].idx - sent.start_char,
                        head.idx + len(head.text) - sent.start_char, f"setting:{country} from the sentence")]

    def _countries_in(self, head: Token) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for child in head.children:
            if child.dep_ in MODIFIER_DEPS:
                # "Israeli and Palestinian negotiators": every conjoined modifier names a side
                for tok in [child, *(c for c in child.conjuncts if c.i > child.i)]:
                    found.extend(self._country_of(tok))
                if child.dep_ == "compound" and not found:  # "American tourist Jeffrey Fowle"
                    for sub in child.children:
                        if sub.dep_ in {"amod", "compound", "poss"}:
                            found.extend(self._country_of(sub))
            elif child.dep_ == "prep" and (child.lower_ in OWNER_PREPS or
                                           (child.lower_ == "in" and self._agent_of(head) in LOCAL_AGENTS)):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    for tok in [obj, *obj.conjuncts]:
                        found.extend(self._country_of(tok))
            elif child.dep_ == "appos":
                found.extend(self._country_of(child))
                for sub in child.children:
                    if sub.dep_ in MODIFIER_DEPS:
                        found.extend(self._country_of(sub))
        return found

    def _country_of(self, tok: Token) -> list[tuple[str, str]]:
        if tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.lower_ in {"its", "their", "his", "her"}:
            # "their leadership", "its envoy": the owner's country
            return [(m.code[:3], m.entry) for m in self._pronoun(tok, tok.sent)[:1]]
        match = self.match_at(tok)
        if match is None or not match.is_name:
            return []
        if match.context:
            return [(c[:3], "contextual:" + match.text) for c in match.context]
        for sense in match.senses:
            if sense.entry.kind in {"country", "igo"}:
                return [(sense.entry.code, sense.entry.entry_id)]
            if sense.entry.kind == "group":  # "Taliban insurgents", "Houthi rebels"
                group_code = sense.entry.code_on(self.doc_date)
                return [(group_code[:3], sense.entry.entry_id)] if group_code else []
            if sense.entry.kind == "person":
                code = sense.entry.code_on(self.doc_date)
                if code:
                    return [(code[:3], sense.entry.entry_id)]
        return []

    def _agent_of(self, head: Token) -> str | None:
        match = self.match_at(head)
        if match is not None and match.agent:
            return match.agent
        for child in head.children:
            if child.dep_ in {"compound", "appos"}:
                m = self.match_at(child)
                if m is not None and m.agent:
                    return m.agent
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":  # "American tourist Jeffrey Fowle"
            for child in head.children:
                if child.dep_ == "compound" and child.pos_ == "NOUN":
                    m = self.match_at(child)
                    if m is not None and m.agent:
                        return m.agent
        return None

    def _pronoun(self, tok: Token, sent: Span) -> list[Mention]:
        want_person = tok.lower_ in PERSON_PRONOUNS
        if self._in_pronoun:
            before: list[_Known] = []
        else:
            self._in_pronoun = True
            try:
                before = self._sentence_mentions_before(tok, sent)
            finally:
                self._in_pronoun = False
        candidates = [k for k in self.history + before if k.is_person == want_person]
        recent = [k for k in candidates if k.order > self._counter - 12]
        # a subject pronoun most often continues the previous subject ("Kim held talks … He also met …")
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(k.subject for k in recent):
            candidates = [k for k in recent if k.subject]
        for known in reversed(candidates):
            m = known.mention
            return [Mention(m.code, tok.text, tok.idx - sent.start_char,
                            tok.idx + len(tok.text) - sent.start_char, m.entry, antecedent=m.text)]
        return []

    def _definite(self, head: Token, sent: Span) -> list[Mention]:
        """"the regime", "the official", "the two sides": the most recent compatible actor."""
        if not any(c.lower_ in {"the", "both", "this", "that"} for c in head.children):
            return []
        start, end = head.idx - sent.start_char, head.idx + len(head.text) - sent.start_char
        text = head.text
        if head.lower_ in TWO_SIDES and any(c.lower_ in {"two", "both"} for c in head.subtree):
            # "the two governments": the parties that were just acting (recent subjects, people
            # included) before any other country named in passing
            recent = [k for k in self.history if k.order > self._counter - 12]
            ordered = [k for k in reversed(recent) if k.core] + list(reversed(self.history))
            codes: list[Mention] = []
            for known in ordered:
                if known.mention.code[:3] not in {m.code[:3] for m in codes} and \
                        not known.mention.code.startswith("IGO"):
                    codes.append(Mention(known.mention.code[:3], text, start, end, known.mention.entry,
                                         antecedent=known.mention.text))
                if len(codes) == 2:
                    return codes
            return []
        agent = self._agent_of(head)
        if head.lower_ in DEFINITE_GOV:
            agent = "GOV"
        if agent is None:
            return []
        for known in reversed(self.history):
            code = known.mention.code
            if code.endswith(agent) or (not known.is_person and len(code) == 3):
                full = code if code.endswith(agent) else code + agent
                return [Mention(full, text, start, end, known.mention.entry, antecedent=known.mention.text)]
        return []

    def _unknown_name(self, head: Token, sent: Span) -> list[Mention]:
        """An unlisted person or organisation: reuse an earlier full mention, else log it."""
        for known in reversed(self.history):
            if known.person_key and head.text in known.person_key.split():
                m = known.mention
                return [Mention(m.code, head.text, head.idx - sent.start_char,
                                head.idx + len(head.text) - sent.start_char, m.entry, antecedent=m.text)]
        ent = next((e for e in sent.ents if e.start <= head.i < e.end), None)
        name = ent.text if ent is not None else head.text
        title = self._agent_of(head)
        # only state offices tie a stranger to the country under discussion ("President X"); a
        # reporter or charity worker named in a story about Russia need not be Russian
        country = self._local_country(head, sent) if title in STATE_AGENTS else None
        self.unknown.append((name, country))
        if country is None or title is None:
            return []
        # "President Sooronbay Jeenbekov" after "Protesters in Bishkek": a titled stranger belongs
        # to the country the passage is about (best guess, recorded in the entry)
        start = head.doc[head.left_edge.i].idx - sent.start_char
        return [Mention(country + title, head.doc[head.left_edge.i:head.i + 1].text, start,
                        head.idx + len(head.text) - sent.start_char, f"guess:{country} from context")]

    def _local_country(self, head: Token, sent: Span) -> str | None:
        """The most recent country named before ``head`` in this or the previous sentence."""
        if self._in_pronoun:
            return None
        self._in_pronoun = True
        try:
            before = self._sentence_mentions_before(head, sent)
        finally:
            self._in_pronoun = False
        recent = [k for k in self.history if k.order > self._counter - 12]
        for known in reversed(recent + before):
            code = known.mention.code
            if len(code) >= 3 and not code.startswith("IGO"):
                return code[:3]
        return None

    # -- helpers ------------------------------------------------------------------------------
    def _sentence_mentions_before(self, tok: Token, sent: Span) -> list[_Known]:
        out: list[_Known] = []
        for other in sent:
            if other.i >= tok.i:
                break
            if other.pos_ in {"PROPN", "NOUN"} and other.dep_ not in {"compound", "amod", "poss"}:
                for m in self._resolve_one(other, sent, remember=False):
                    out.append(self._known(m, other))
        return out

    def _mention(self, code: str, match: PhraseMatch, sent: Span, entry: str,
                 antecedent: str | None = None) -> Mention:
        doc = sent.doc
        start = doc[match.start].idx - sent.start_char
        end = doc[match.end - 1].idx + len(doc[match.end - 1].text) - sent.start_char
        return Mention(code, match.text, start, end, entry, antecedent)

    def _known(self, mention: Mention, tok: Token) -> _Known:
        match = self.match_at(tok)
        is_person = bool(match and any(s.entry.kind == "person" for s in match.senses)) or (
            tok.ent_type_ == "PERSON")
        key = None
        names: frozenset[str] = frozenset()
        if is_person:
            ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
            key = ent.text if ent is not None else mention.text
            names = frozenset(key.replace("'s", "").split())
        self._counter += 1
        role = tok.dep_ if tok.dep_ != "conj" else tok.head.dep_
        return _Known(mention, is_person, key, names, self._counter,
                      subject=tok.dep_ in {"nsubj", "nsubjpass"},
                      core=role in {"nsubj", "nsubjpass", "dobj", "agent"})

    def _remember(self, mention: Mention, tok: Token) -> None:
        known = self._known(mention, tok)
        self.history.append(known)
        self.countries.add(mention.code[:3])


QUANTIFIERS = {"some", "several", "one", "two", "three", "many", "most", "all", "few", "both", "each",
               "any", "none", "dozens", "hundreds", "thousands", "number", "group", "tens", "millions",
               "scores", "dozen", "hundred", "thousand", "million", "majority", "crowd"}


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
