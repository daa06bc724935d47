"""Which country (and which agent) a noun phrase's modifiers name (mixed into ``DocumentActors``).

"Israeli and Palestinian negotiators", "authorities in India's north-eastern state of Manipur",
"the army's spokesman", "supporters of former President Bolsonaro": the countries a phrase's
modifiers, owners and appositions name, and the sector agent its head or compounds name. Split from
:mod:`detente.actors.resolver`, which composes the two into a code.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.actors.clauses import verb_above
from detente.actors.matcher import PhraseMatch
from detente.actors.vocabulary import AGENCY_MARKS, HOME_OFFICES, LOCAL_AGENTS, MODIFIER_DEPS, NON_STATE, OWNER_PREPS
from detente.model import Mention

# a country's people posted to an international body ("Syria's UN ambassador")
POSTED = {"ambassador", "envoy", "representative", "mission", "delegate", "delegation", "diplomat"}


# roles whose "of" phrase names the body a person belongs to: "head of the UN mission's rights division"
HEAD_ROLES = {"head", "chief", "director", "leader", "spokesman", "spokeswoman", "spokesperson", "representative",
              "envoy", "commander", "member", "official", "adviser", "advisor", "deputy"}

# titles that read as a ruler alone ("the leader") but lead whatever body their compound names
LEADING_TITLES = {"leader", "head", "chief"}


class Nationality:
    """Countries and agents named by a phrase's modifiers (state owned by ``DocumentActors``)."""

    doc_date: date | None
    countries: set[str]
    _in_owner: bool
    _in_pronoun: bool

    if TYPE_CHECKING:  # provided by DocumentActors and Coreference
        def match_at(self, token: Token) -> PhraseMatch | None: ...

        def resolve(self, head: Token, sent: Span) -> list[Mention]: ...

        def _pronoun(self, tok: Token, sent: Span) -> list[Mention]: ...

        def _the_country(self, tok: Token, sent: Span, exclude: frozenset[str] = frozenset()) -> list[Mention]: ...

        def _clause_subject_codes(self, verb: Token, sent: Span) -> set[str]: ...

    def _shared_nationality(self, head: Token, conj: Token, found: list[Mention], sent: Span) -> list[Mention]:
        """"Australian police and soldiers": a bare second noun shares the first one's nationality."""
        agent = self._agent_of(conj)
        if conj.pos_ != "NOUN" or agent is None or any(c.dep_ not in {"cc", "punct"} for c in conj.children) or \
                len(found) != 1 or len(found[0].code) != 6 or found[0].code.startswith("IGO") or \
                not any(c.dep_ == "amod" and self._country_of(c) for c in head.children):
            return []
        first = found[0]
        return [Mention(first.code[:3] + agent, conj.text, conj.idx - sent.start_char,
                        conj.idx + len(conj.text) - sent.start_char, first.entry)]

    def _countries_in(self, head: Token) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        before = head.doc[head.i - 1] if head.i > 0 else None
        stray = [before] if before is not None and before.dep_ == "npadvmod" and before.head.i == head.head.i \
            and head.dep_ in {"nsubj", "nsubjpass"} else []  # "UN war crimes investigators began": a misparse
        for child in [*stray, *head.children]:
            if child.i + 2 < len(child.doc) and child.nbor().text == "-" and child.nbor(2).lower_ in AGENCY_MARKS or (
                    child.lower_ in AGENCY_MARKS and child.dep_ == "amod"):
                continue  # "UN - mediated talks", "the UN-patrolled buffer zone": the broker or patrol is no side
            if child.dep_ == "poss" and head.lemma_.lower() in {"counterpart", "neighbour", "neighbor"}:
                continue  # "his Russian and Ukrainian counterparts": the owner is the other side
            if child.dep_ in MODIFIER_DEPS:
                # "Israeli and Palestinian negotiators": every conjoined modifier names a side
                for tok in [child, *(c for c in child.conjuncts if c.i > child.i)]:
                    found.extend(self._country_of(tok))
                if child.dep_ in {"compound", "npadvmod"} and not found:  # "American tourist Jeffrey Fowle"
                    # ... and "UN war crimes investigators": the name may sit deep in the compound
                    for sub in (t for t in child.subtree if t.i != child.i and t.dep_ in {"amod", "compound",
                                                                                           "poss", "nmod"}):
                        found.extend(self._country_of(sub))
                        if found:
                            break
            elif child.dep_ == "prep" and (child.lower_ in OWNER_PREPS or (child.lower_ == "in" and (
                    self._agent_of(head) in LOCAL_AGENTS or head.lemma_.lower() in HOME_OFFICES))):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    # "authorities in India's north-eastern state of Manipur", "special forces from Ethiopia's
                    # Amhara region": the owner of the place too
                    owners = [c for c in obj.children if c.dep_ == "poss"] if child.lower_ == "in" or (
                        child.lower_ == "from" and obj.lemma_.lower() in {"region", "state", "province"}) else []
                    # ("delegations from Pakistan and Afghanistan's Taliban government": a conjunct's owner)
                    owned = [c for j in obj.conjuncts if j.pos_ == "NOUN" for c in j.children if c.dep_ == "poss"]
                    for tok in [obj, *obj.conjuncts, *owners, *owned]:
                        found.extend(self._country_of(tok))
            elif child.dep_ == "prep" and child.lower_ == "at":
                # "judges at the International Criminal Court": staff at a body are the body's, but
                # "officials at the scene" or "at the border" are nobody's
                found.extend(f for obj in child.children if obj.dep_ == "pobj"
                             for f in self._country_of(obj) if f[0].startswith("IGO"))
            elif child.dep_ == "appos" and child.lemma_.lower() in HEAD_ROLES and not self._country_of(child):
                # "Guillaume Andali, head of the UN peacekeeping mission's human rights division": the body
                # the role is in (or the owner of its unit)
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        owners = [obj, *(c for c in obj.children if c.dep_ == "poss")]
                        body = next((m for o in owners for m in self.resolve(o, o.sent)), None)
                        if body is not None:
                            found.append((body.code, body.entry))
            elif child.dep_ == "appos":
                found.extend(self._country_of(child))
                for sub in child.children:
                    if sub.dep_ in MODIFIER_DEPS:
                        found.extend(self._country_of(sub))
        if head.lemma_.lower() in POSTED and any(len(c) == 3 for m in head.children if m.dep_ in {"poss", "amod"}
                                                 for c, _ in self._country_of(m)):
            # "Syria's UN ambassador", "China's EU envoy": the body names the posting, the owner the country
            # (not "the African Union's envoy, former Nigerian president Obasanjo")
            posts = {c for m in head.children if m.dep_ == "compound" for c, _ in self._country_of(m)}
            found = [f for f in found if not (f[0].startswith("IGO") and f[0] in posts)]
        return found

    def _country_of(self, tok: Token) -> list[tuple[str, str]]:
        if tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.lower_ in {"its", "their", "his", "her"}:
            # "their leadership", "its envoy": the owner's country
            between = tok.head.dep_ == "pobj" and tok.head.head.lower_ == "between"  # (each party's own people)
            return [(_owner(m.code), m.entry) for m in self._pronoun(tok, tok.sent)[:None if between else 1]]
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their"}),
                     None) if tok.lower_ in {"country", "nation"} else None
        if owner is not None:
            # "his country's defence force": the country of the one "his" stands for
            return [(_owner(m.code), m.entry) for m in self._pronoun(owner, tok.sent)[:1]]
        if tok.lower_ in {"country", "nation"} and any(c.lower_ == "the" for c in tok.children):
            # "the country's communist rebels": the country the story is about; a state organ of it that
            # another party acts on is not that party's own ("Moscow would keep supplying weapons to the
            # country's army" after Mali), its people and rebels may be ("Manila suspended talks with the
            # country's communist rebels")
            acting: frozenset[str] = frozenset()
            if tok.dep_ == "poss" and tok.head.dep_ in {"pobj", "dobj"} and not (self._in_owner or self._in_pronoun) \
                    and self._agent_of(tok.head) not in NON_STATE:
                self._in_owner = True  # (the subject may itself name "the country"; not inside an antecedent search)
                try:
                    acting = frozenset(c[:3] for c in self._clause_subject_codes(verb_above(tok), tok.sent))
                finally:
                    self._in_owner = False
            return [(_owner(m.code), m.entry) for m in self._the_country(tok, tok.sent, acting)[:1]]
        match = self.match_at(tok)
        if match is not None and not match.is_name and match.agent and tok.dep_ == "poss" and any(
                c.lower_ == "the" for c in tok.children):
            # "the army's spokesman": the army named before
            return [(_owner(m.code), m.entry) for m in self.resolve(tok, tok.sent)[:1]]
        if match is None or not match.is_name or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"):
            return []  # "ethnic Albanian rebels" in Macedonia: an ethnicity, not a nationality
        if match.context:
            if match.context_when and not set(match.context_when) & self.countries:
                return []  # "the island's chief peace broker" in a story about Sri Lanka is not Taiwan's
            return [(c[:3], "contextual:" + match.text) for c in match.context]
        for sense in match.senses:
            if sense.entry.kind in {"country", "igo"}:
                return [(sense.entry.code, sense.entry.entry_id)]
            if sense.entry.kind == "group":  # "Taliban insurgents", "Houthi rebels"
                group_code = sense.entry.code_on(self.doc_date)
                return [(group_code, sense.entry.entry_id)] if group_code else []  # "Houthi forces": YEMREB
            if sense.entry.kind == "person":
                if match.end - match.start == 1 and tok.dep_ == "compound" and tok.head.i == tok.i + 1 and \
                        tok.head.pos_ == "PROPN":
                    continue  # "Abbas Mousavi": a first name that is another's surname names no one
                code = sense.entry.code_on(self.doc_date)
                if code:
                    return [(code[:3], sense.entry.entry_id)]
                past = [r for r in sense.entry.roles if r.end and self.doc_date and r.end < self.doc_date
                        and not r.code.startswith("IGO")]
                if past:  # "supporters of former President Bolsonaro": still his country
                    last = max(past, key=lambda r: r.end)  # type: ignore[arg-type, return-value]
                    return [(last.code[:3], sense.entry.entry_id)]
        return []

    def _agent_of(self, head: Token) -> str | None:
        match = self.match_at(head)
        if head.lemma_.lower() == "fighter" and _warplanes(head):
            return "MIL"  # "Rafale fighters", "F-35 fighters", "frigates and fighters": warplanes, not rebels
        if head.lemma_.lower() in {"soldier", "troop", "officer"} and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in MUTINOUS for c in head.children):
            return "REB"  # "rebel soldiers led by Alfredo Reinado": no longer the army's (mutineers still are)
        if head.lower_ == "positions" and any(c.dep_ in {"amod", "compound"} for c in head.children) and not any(
                c.dep_ == "prep" and c.lower_ in {"on", "about", "regarding"} for c in head.children):
            return "MIL"  # "returned fire on Syrian positions" (not "Iranian positions on the talks")
        if match is not None and match.agent:
            if match.agent == "GOV" and match.start == head.i and head.lemma_.lower() in LEADING_TITLES:
                # "an opposition party leader", "a student protest leader": the body led, not a ruler
                led = [m.agent for c in head.children if c.dep_ == "compound" and c.i < head.i
                       for m in [self.match_at(c)] if m is not None and m.agent not in {None, "GOV"}]
                if led:
                    return led[0]
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


# words that put soldiers outside their army
MUTINOUS = {"rebel", "breakaway"}
# makers' names and kinds of craft that make "fighters" warplanes
AIRCRAFT_MARKS = {"jet", "stealth", "rafale", "eurofighter", "typhoon", "gripen", "sukhoi", "mig", "mirage", "tornado",
                  "hornet", "falcon", "eagle", "raptor"}
CRAFT = {"frigate", "warship", "jet", "bomber", "helicopter", "destroyer", "aircraft", "plane", "warplane", "tanker",
         "corvette", "submarine", "drone"}


def _warplanes(head: Token) -> bool:
    """"Rafale fighters", "F-35 fighters", "French frigates and fighters": fighter aircraft."""
    marks = [c for c in head.children if c.dep_ in {"compound", "nummod"}]
    return any(c.lower_ in AIRCRAFT_MARKS or any(ch.isdigit() for ch in c.text) for c in marks) or any(
        j.lemma_.lower() in CRAFT for j in head.conjuncts)


def _owner(code: str) -> str:
    """The owning party of an actor code: its country, or an international body whole ("its fishing
    boats" after the UN Security Council is the UN's, not "IGO")."""
    return code if code.startswith("IGO") else code[:3]
