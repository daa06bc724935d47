"""Which country a mention without a nationality belongs to (mixed into ``DocumentActors``).

A local group ("protesters", "rebels", "police") takes the country of the sentence's setting or of
the government it is joined to; soldiers only when their own country's insurgents act on them; an
unlisted titled stranger ("President Sooronbay Jeenbekov") the country the passage is about. Split
from :mod:`detente.actors.resolver` and :mod:`detente.actors.coreference`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.actors.clauses import verb_above
from detente.actors.matcher import ActorMatcher, PhraseMatch
from detente.actors.setting import pursued_firm_country, place_code, setting_country
from detente.actors.vocabulary import (INSURGENTS, LOCAL_AGENTS, MODIFIER_DEPS, OPEN_NATIONALITIES, PERSON_ROLES,
                                       SERVICE_PEOPLE, STATE_AGENTS)
from detente.geo.events import place_phrase
from detente.geo.gazetteer import Gazetteer
from detente.model import Mention

if TYPE_CHECKING:
    from detente.actors.coreference import _Known


# a state's forces, whose own report names its officers without a flag
FORCES = {"COP", "MIL", "SPY"}
# offices of a town or region, which the place they govern places
TOWN_OFFICES = {"mayor", "governor", "councillor", "councilor", "deputy-mayor", "prefect"}
# verbs of going somewhere or meeting: the place says where one went, not whose office one holds
MOVING_VERBS = {"arrive", "visit", "travel", "fly", "land", "meet", "go", "come", "tour", "attend", "address",
                "speak", "say", "tell", "return", "head"}


class Placement:
    """Placement of nationless mentions (state owned by ``DocumentActors``)."""

    gazetteer: Gazetteer | None
    matcher: ActorMatcher
    history: list[_Known]
    unknown: list[tuple[str, str | None]]
    _counter: int
    _in_pronoun: bool
    _in_partner: bool
    _in_strangers: bool

    if TYPE_CHECKING:  # provided by DocumentActors and Coreference
        def match_at(self, token: Token) -> PhraseMatch | None: ...

        def _resolve_one(self, head: Token, sent: Span, *, remember: bool = True) -> list[Mention]: ...

        def _clause_subject_codes(self, verb: Token, sent: Span) -> set[str]: ...

        def _parties_before(self, head: Token, sent: Span, *, possessors: bool = False) -> list[_Known]: ...

        def _agent_of(self, head: Token) -> str | None: ...

        def _definite(self, head: Token, sent: Span) -> list[Mention]: ...

        def _known(self, mention: Mention, tok: Token) -> _Known: ...

    def _placed(self, head: Token, sent: Span) -> list[Mention]:
        """A local group named without a nationality takes the country of the sentence's setting."""
        agent = self._agent_of(head)
        # ("Chief Justice Abdulla Saeed": the tagger may take a capitalised title for part of the name)
        titled = head.pos_ == "PROPN" and any(c.dep_ == "compound" and (c.pos_ == "NOUN" or (
            c.pos_ == "PROPN" and c.i + 1 < head.i and self._agent_of(c) in LOCAL_AGENTS)) for c in head.children)
        insurgents = self._insurgency(head, sent) if agent == "MIL" else None
        force = self._speakers_force(head, agent, sent) or self._named_force(head, agent, sent)
        local = agent in LOCAL_AGENTS or insurgents is not None or force is not None or _electoral_body(head)
        if not (head.pos_ == "NOUN" or titled) or not local or self._in_pronoun or (
                agent == "ELI" and head.tag_ != "NNS"):
            return []  # ("two former prime ministers" are the setting's; "the former prime minister" is someone named)
        if agent == "BUS":
            # firms trade abroad: a place says nothing about a company's flag; but a firm that a
            # country's prosecutors, police or courts pursue, where no other country is named, is its own
            country = pursued_firm_country(head, sent, self.match_at)
            return [] if country is None else self._placed_mention(head, sent, country, agent)
        if any(c.dep_ in {"amod", "compound"} and c.text in OPEN_NATIONALITIES for c in head.children):
            return []  # "Korean women": a nationality the dictionaries leave open is not the setting's
        partner = self._partner_country(head, sent)
        definite = [] if partner else self._definite(head, sent)
        if definite:  # "the 46 companies" are the ones the article already talked about
            return definite
        country = partner or insurgents or (force[:3] if force else None) or \
            setting_country(head, sent, self.match_at, self.gazetteer)
        if country is None:
            return []
        agent = agent or (force[3:6] if force else None)  # (untitled "officers" serve in the speaker's force)
        return self._placed_mention(head, sent, country, agent)

    def _placed_mention(self, head: Token, sent: Span, country: str, agent: str | None) -> list[Mention]:
        span_start = min([head.i] + [c.left_edge.i for c in head.children
                                     if c.dep_ in MODIFIER_DEPS and c.i < head.i])
        return [Mention(country + str(agent), head.doc[span_start:head.i + 1].text,
                        head.doc[span_start].idx - sent.start_char,
                        head.idx + len(head.text) - sent.start_char, f"setting:{country} from the sentence")]

    def _town_office(self, head: Token, sent: Span) -> list[Mention]:
        """"Melitopol mayor Ivan Fedorov", "the governor of Kherson": a town's or region's officer
        is the country's where the place lies, not of whoever the sentence named last."""
        titles = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
        title = next((t for t in titles if t.lemma_.lower() in TOWN_OFFICES), None)
        agent = self._agent_of(head) if title is not None else None
        if title is None or agent is None:
            return []
        # (the place comes before the title: "Ivan" in "mayor Ivan Fedorov" is a first name, not a town)
        places = [c for t in dict.fromkeys([title, head]) for c in t.children
                  if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < title.i]
        places += [o for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        for place in places:
            country = place_code(place, self.match_at, self.gazetteer) or self._governed_town(place)
            if country:
                span_start = min([head.i, *(p.left_edge.i for p in places if p.i < head.i)])
                return [Mention(country + agent, head.doc[span_start:head.i + 1].text,
                                head.doc[span_start].idx - sent.start_char,
                                head.idx + len(head.text) - sent.start_char, f"place:{country} of the office")]
        return []

    def _governed_town(self, place: Token) -> str | None:
        """A town an office governs needs less evidence than a town that merely sets a scene."""
        town = self.gazetteer.known_place(place_phrase(place), min_alone=20000) if self.gazetteer else None
        return town.country if town is not None else None

    def _partner_country(self, head: Token, sent: Span) -> str | None:
        """"Maduro's government and the opposition signed": a local group joined to one country's
        actor belongs to that country's politics."""
        if self._in_partner:
            return None
        self._in_partner = True
        # (also through the "of" phrase a group is named in: "between South Sudan's government and a
        # coalition of holdout opposition groups")
        whole = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
        try:
            codes = {m.code[:3] for conj in {*head.conjuncts, *whole.conjuncts}
                     for m in self._resolve_one(conj, sent, remember=False) if not m.code.startswith("IGO")}
        finally:
            self._in_partner = False
        return codes.pop() if len(codes) == 1 else None

    def _speakers_force(self, head: Token, agent: str | None, sent: Span) -> str | None:
        """"Haitian police said that officers had arrested 15 of the Colombians": the officers of a force
        that reports what its officers did are its own."""
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:  # ("said that … and that officers had arrested …")
            verb = verb.head
        if head.dep_ != "nsubj" or not (agent in FORCES or agent is None and head.lemma_.lower() in SERVICE_PEOPLE) or \
                verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in {"say", "announce", "report", "confirm", "state"}:
            return None
        return next((m.code[:6] for c in verb.head.children if c.dep_ == "nsubj"
                     for m in self._resolve_one(c, sent, remember=False) if m.code[3:6] in FORCES), None)

    def _named_force(self, head: Token, agent: str | None, sent: Span) -> str | None:
        """"called on Myanmar's military to free Suu Kyi, who was detained by soldiers": soldiers named as
        the agent of a passive after one country's armed forces alone are named in the sentence serve
        in them."""
        if agent != "MIL" or head.lemma_.lower() not in SERVICE_PEOPLE or head.dep_ != "pobj" or \
                head.head.dep_ != "agent":
            return None
        forces = {k.mention.code[:6] for k in self._parties_before(head, sent)
                  if k.mention.code[3:6] == "MIL" and not k.mention.code.startswith("IGO")}
        return forces.pop() if len(forces) == 1 else None

    def _insurgency(self, head: Token, sent: Span) -> str | None:
        """"Communist guerrillas killed six soldiers": soldiers whom insurgents attack are, like the
        insurgents, the setting's (a place or a single named country), not foreigners. The insurgents'
        own country when the sentence names it, "" when it does not, None when no insurgents attack."""
        if head.lemma_.lower() not in SERVICE_PEOPLE | {"position"}:  # ("shelled army positions")
            return None  # "fired missiles at Aden airport": weapons and sites have no nationality to lend
        verb = head.head if head.dep_ == "dobj" else head.head.head if head.head.dep_ == "prep" else None
        if verb is None or verb.pos_ != "VERB":
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in {"advcl", "conj", "xcomp"}:  # "…, shelling army positions": the clause's
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subj in subjects:
            toks = (subj, *(c for c in subj.children if c.dep_ in {"compound", "poss"}))
            found = [m for tok in toks if (m := self.match_at(tok)) is not None]
            if any(m.agent in INSURGENTS or any(s.entry.code[3:6] in INSURGENTS for s in m.senses) for m in found):
                # ("Yemen's Houthi rebels … shelling army positions": the insurgents' own country's army)
                countries = self.matcher.dictionary.regions  # (a transnational group lends no country)
                return next((s.entry.code[:3] for m in found for s in m.senses if s.entry.code[:3] in countries), "")
        return None

    def _unknown_name(self, head: Token, sent: Span) -> list[Mention]:
        """An unlisted person or organisation: reuse an earlier full mention (of an earlier sentence,
        or of this one: "urged opposition leader Khaleda Zia to join talks, an invitation Zia turned
        down"), else log it."""
        earlier = self._earlier_name(head, sent)
        if earlier:
            return earlier
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

    def _earlier_name(self, head: Token, sent: Span) -> list[Mention]:
        """A person named again by one part of a full name used before ("Prime Minister Thomas Thabane
        …, prompting Thabane to flee"), even where the tagger no longer sees a name in it."""
        before = self._parties_before(head, sent) if head.pos_ == "PROPN" else []
        found = next((k.mention for k in [*reversed(before), *reversed(self.history)]
                      if k.person_key and head.text in k.person_key.split()), None)
        if found is None and not head.ent_type_:
            # (a stranger whose country was guessed from context is no known party of the sentence yet)
            found = next((m for _, m in self._people_named_before(head, sent, part=head.text)), None)
        return [] if found is None else [Mention(found.code, head.text, head.idx - sent.start_char,
                                                 head.idx + len(head.text) - sent.start_char, found.entry,
                                                 antecedent=found.text)]

    def _with_strangers(self, tok: Token, sent: Span, before: list[_Known], verb: Token | None) -> list[_Known]:
        """``before`` (the parties a person pronoun ``tok`` may point to) with the people only guessed at
        when it names no person, or only the subject of ``verb``, the clause the pronoun is the object of
        ("demanded that Attorney General Consuelo Porras resign, accusing her": Porras), in the order named."""
        if not any(k.is_person for k in before):
            return before + self._strangers_before(tok, sent)
        if self._in_strangers or verb is None:
            return before
        acting = self._clause_subject_codes(verb, sent)
        if not acting or any(k.is_person and k.mention.code not in acting for k in before):
            return before
        self._in_strangers = True  # (the guesses may resolve pronouns of their own)
        try:
            seen = {k.mention.start for k in before}
            return sorted(before + [k for k in self._strangers_before(tok, sent) if k.mention.start not in seen],
                          key=lambda k: k.mention.start)
        finally:
            self._in_strangers = False

    def _strangers_before(self, tok: Token, sent: Span) -> list[_Known]:
        """Unlisted people this sentence named before ``tok`` with a title that placed them ("sentenced
        President Desi Bouterse …, while he was visiting China"): the parties a pronoun may point to,
        which the quiet look-up behind pronouns leaves out (it makes no guesses)."""
        return [self._known(m, ent.root) for ent, m in self._people_named_before(tok, sent)]

    def _people_named_before(self, tok: Token, sent: Span, *, part: str | None = None) -> list[tuple[Span, Mention]]:
        """Each person's name in the sentence before ``tok`` (with the word ``part`` in it, if given) and
        the actor it resolves to, guesses from the context included (none while resolving a pronoun,
        whose quiet look-up makes none)."""
        if self._in_pronoun:
            return []
        found = []
        for ent in (e for e in sent.ents if e.label_ == "PERSON" and e.end <= tok.i and (
                part is None or part in e.text.split())):
            # ("tortured teacher Ahmed al-Khair": the model may make the role word the phrase's head)
            role = sent.doc[ent.start - 1] if ent.start > sent.start and \
                sent.doc[ent.start - 1].lemma_.lower() in PERSON_ROLES else None
            mentions = self._resolve_one(ent.root, sent, remember=False) or (
                self._resolve_one(role, sent, remember=False) if role is not None else [])
            found += [(ent, m) for m in mentions]
        return found

    def _local_country(self, head: Token, sent: Span) -> str | None:
        """The most recent country named before ``head`` in this or the previous sentence."""
        if self._in_pronoun:
            return None
        before = self._parties_before(head, sent)
        recent = [k for k in self.history if k.order > self._counter - 12]
        for known in reversed(recent + before):
            code = known.mention.code
            if known.is_person and code[3:6] not in STATE_AGENTS:
                continue  # "granted asylum to Julian Assange, and Foreign Minister Patino …": not Australia's
            if len(code) >= 3 and not code.startswith("IGO"):
                return code[:3]
        verb = head.head if head.dep_ == "nsubj" else None
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in MOVING_VERBS:
            # "President Abdulla Yameen declared a state of emergency in the Maldives": failing a
            # country named before, the place the office holder acts in
            return setting_country(head, sent, self.match_at, self.gazetteer)
        return None

    # -- helpers ------------------------------------------------------------------------------

    def _neighbour(self, head: Token, sent: Span) -> list[Mention]:
        """"Algeria cut ties with Morocco, accusing its neighbour of hostile actions": "its (the)
        neighbour" is the last country named other than the one whose neighbour it is, the subject
        of the clause it sits in."""
        if self._in_pronoun or head.lemma_.lower() not in {"neighbour", "neighbor"} or head.tag_ != "NN" or not any(
                c.lower_ in {"its", "their", "the"} for c in head.children) or any(
                c.dep_ in {"amod", "compound"} and self.match_at(c) is not None for c in head.children):
            return []
        verb = verb_above(head)
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i:
            return []  # "its neighbour said …": the subject is what is being resolved
        owners = {code[:3] for code in self._clause_subject_codes(verb, sent)}
        for known in self._parties_before(head, sent)[::-1] + self.history[::-1]:
            code = known.mention.code
            if not known.is_person and not code.startswith("IGO") and code[:3] not in owners:
                return [Mention(code[:3], head.text, head.idx - sent.start_char,
                                head.idx + len(head.text) - sent.start_char, known.mention.entry,
                                antecedent=known.mention.text)]
        return []


# the bodies that run a country's elections ("the electoral commission"): they act only at home
ELECTORAL_BODIES = {"commission", "council", "board", "authority", "authorities", "tribunal"}


def _electoral_body(head: Token) -> bool:
    """"demanded that the head of the electoral commission resign": a body that runs elections is
    always the country's own, so the setting gives its nationality as it does a local group's."""
    return head.lemma_.lower() in ELECTORAL_BODIES and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"electoral", "election", "elections"} for c in head.children)
