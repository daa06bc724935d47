"""In-document coreference for actor resolution: pronouns, definite descriptions, unknown names.

News text names an actor once and then refers back to it ("Kim held talks … He also met …", "the
regime", "the two sides", a bare surname of someone introduced in full).  The resolver keeps a
history of every resolved mention (:class:`_Known`) and, when a noun phrase names no one itself,
takes the most recent compatible actor from it.  This module holds that history logic as the
:class:`Coreference` mixin of :class:`~detente.actors.resolver.DocumentActors`, which owns the state
(``history``, ``countries``, ``unknown``, the mention counter) and the dictionary-based resolution
the history is built from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.actors.clauses import asked_to_free, clause_subjects, clause_verb_of_object, verb_above
from detente.actors.groups import CULPRIT_NOUNS, GroupReference, group_size, opposed_state, standing_for
from detente.actors.matcher import PhraseMatch
from detente.actors.vocabulary import (BODY_NOUNS, DEFINITE_GOV, GROUP_WORDS, MEMBER_NOUNS, MEMBERSHIP_WORDS,
                                       MISSION_NOUNS, NON_STATE, PAIRED_PEOPLE, PERSON_ROLES, SPEAKERS, STATE_AGENTS,
                                       TWO_SIDES)
from detente.model import Mention

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
BODIES = {"staff", "personnel", "crew"}  # singular nouns "they" points back to ("expelled 15 staff, saying they …")
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
OWNER_MARK = re.compile(r"\s*['’]s?\b")  # "Iran's"


# verbs of condemning an act, which a state does not do to its own side's act
CONDEMNING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "protest"}
# what one repeats, renews or withdraws is one's own ("repeated his offer of talks")
OWN_PROPOSALS = {"offer", "proposal", "call", "demand", "plan", "invitation", "appeal", "pledge", "promise", "threat",
                 "warning", "initiative", "request"}
REJECTING = {"reject", "dismiss", "rebuff", "spurn", "refuse"}
# what an act is called ("calling it a difficult decision", "called it a step forward")
ACT_NAMES = {"decision", "move", "step", "mistake", "error", "gesture", "act", "blow", "milestone", "breakthrough",
             "success", "failure", "choice", "measure", "signal", "sign"}


# titles by which a story refers back to a leader out of office ("the former prime minister")
FORMER_TITLES = {"president", "minister", "premier", "leader", "chancellor", "ruler", "dictator", "strongman"}


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
    plural: bool = False  # "diplomats", "rebels": what "they" and "their" most often point back to


class Coreference(GroupReference):
    """Coreference over a document's history of resolved mentions (mixed into ``DocumentActors``)."""

    # state owned by DocumentActors (declared here for the type checker only)
    history: list[_Known]
    countries: set[str]
    unknown: list[tuple[str, str | None]]
    _counter: int
    _in_pronoun: bool  # resolving a pronoun must not recurse into other pronouns

    if TYPE_CHECKING:  # resolution by the dictionary, provided by DocumentActors
        def match_at(self, token: Token) -> PhraseMatch | None: ...

        def _resolve_one(self, head: Token, sent: Span, *, remember: bool = True) -> list[Mention]: ...

        def _agent_of(self, head: Token) -> str | None: ...

        def _with_strangers(self, tok: Token, sent: Span, before: list[_Known], verb: Token | None
                            ) -> list[_Known]: ...

    # -- public API ---------------------------------------------------------------------------
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

    # -- antecedents --------------------------------------------------------------------------
    def _pronoun(self, tok: Token, sent: Span) -> list[Mention]:
        want_person = tok.lower_ in PERSON_PRONOUNS
        if tok.lower_ == "it" and tok.dep_ == "dobj" and any(
                c.dep_ == "oprd" and c.lemma_.lower() in ACT_NAMES for c in tok.head.children):
            return []  # "calling it a difficult decision": "it" is the act, not a party
        asked = asked_to_free(tok)
        if asked is not None and not self._in_pronoun:
            # "urged Tehran to free the four French nationals it is holding": the one asked holds them
            holder = self._resolve_one(asked, sent, remember=False)
            if holder:
                return [standing_for(tok, sent, holder[0])]
        # "North Korea's reckless behaviour and its refusal": an owner is a fine antecedent for a
        # possessive pronoun (none while already resolving a pronoun)
        before = self._parties_before(tok, sent, possessors=tok.dep_ == "poss")
        verb = clause_verb_of_object(tok)
        if want_person:
            before = self._with_strangers(tok, sent, before, verb)
        if tok.lower_ in {"they", "them", "their"} and not self._in_pronoun:
            group = self._conjoined_people_before(tok, sent)
            if group:  # "Macron and Scholz said they agreed": the two leaders together
                return [standing_for(tok, sent, m) for m in group]
            pair = self._meeting_pair(tok, sent)
            if pair:  # "Xi hailed Lula during their talks in Beijing"
                return pair
        if not self._in_pronoun and (speakers := self._reported_speaker(tok, sent)):
            return [standing_for(tok, sent, m) for m in speakers]  # "both governments said they would …"
        culprit = self._culprit(tok, sent) or self._crowd(tok, sent) if tok.lower_ in {
            "him", "her", "them", "he", "she", "they"} else []
        if culprit:
            return culprit
        candidates = [k for k in self.history + before if k.is_person == want_person]
        if verb is not None and not self._in_pronoun:
            # "prompting Ottawa to expel them", "Kim, who greeted him, held talks with him": an
            # object pronoun is never the clause's own subject
            subjects = self._clause_subject_codes(verb, sent)
            own = {c[:3] for c in subjects}
            # (a state's police clearing "them" act on its own protesters: "riot police fired tear gas
            # to clear them")
            others = [k for k in candidates if k.mention.code[:3] not in own or k.mention.code[3:6] in NON_STATE]
            if not others and tok.lower_ == "them":
                # "sanctioned Vice-President Murillo and a close aide, accusing them of corruption":
                # people named just before are a group too
                others = [k for k in before if k.is_person and k.mention.code[:3] not in own]
            if not others and tok.dep_ != "poss":
                # "Widodo's stop …, saw Marape host him": an owner named before may be the one meant
                others = [k for k in self._parties_before(tok, sent, possessors=True) if k.is_person == want_person
                          and k.mention.code[:3] not in own]
            # (never the subject itself: "until Taliban fighters dispersed them" leaves the crowd unnamed)
            candidates = others or [k for k in candidates if k.mention.code not in subjects]
        if tok.dep_ == "poss" and tok.head.dep_ == "nsubj" and tok.head.head.dep_ == "relcl" and not self._in_pronoun:
            # "free the Japanese fishing crew its coast guard seized": the captors are not the captives' side
            held = {m.code[:3] for m in self._resolve_quietly(tok.head.head.head, sent)}
            candidates = [k for k in candidates if k.mention.code[:3] not in held] or candidates
        if tok.lower_ in {"they", "them", "their"} and any(k.plural for k in before):
            # "accused six British diplomats …, and the ministry revoked their accreditation"
            candidates = [k for k in candidates if k.plural or k.order < before[0].order]
        elif tok.lower_ in {"it", "its"} and before:
            candidates = [k for k in candidates if not k.plural] or candidates
            if tok.dep_ in {"dobj", "dative"} or tok.dep_ == "poss" and tok.head.lemma_.lower() not in MISSION_NOUNS | BODIES:
                # "let UN trucks cross from Chad, after Washington urged it to …": a party that acted or was acted on
                # (or an owner, "Iran's tests and its refusal"), not a place passed through or a modifier ("Russia-led")
                candidates = [k for k in candidates if k.core or tok.dep_ == "poss" and k in before and
                              OWNER_MARK.match(sent.text[k.mention.end:])] or candidates
        elif tok.lower_ in {"him", "her"} and tok.dep_ == "dobj":
            # "a man pointed a pistol at the vice-president …, and police arrested him": one who acted
            # or was acted on, not a person named in passing
            candidates = [k for k in candidates if k.core] or candidates
        if tok.lower_ in {"his", "her"} and tok.dep_ == "poss" and tok.head.dep_ == "dobj" and not self._in_pronoun \
                and tok.head.lemma_.lower() in OWN_PROPOSALS:
            # "Khan told parliament that Islamabad would release the pilot, and repeated his offer of
            # talks": a possessive on the object is most often the clause subject's own
            doers = self._clause_subject_codes(tok.head.head, sent)
            candidates = [k for k in candidates if k.mention.code in doers] or candidates
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in MISSION_NOUNS:
            # "stormed its embassy in Tehran": a country has no embassy in its own capital (and a court none)
            hosts = {m.code[:3] for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" for m in self._resolve_one(o, sent, remember=False)}
            candidates = [k for k in candidates if k.mention.code[:3] not in hosts | {"IGO"}] or candidates
        if tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.head.dep_ in {"conj", "advcl"}:
            # "China lodged protests after Pelosi arrived in Taipei, and its military announced drills":
            # the owner of a later clause's subject is the sentence's first acting party
            first = [k for k in before if k.subject and k.is_person == want_person and not k.plural]
            if first and first[0] in candidates:
                candidates = [first[0]]
        if not candidates and not self._in_pronoun and tok.lower_ in PERSON_PRONOUNS:
            return self._cataphora(tok, sent)
        recent = [k for k in candidates if k.order > self._counter - 12]
        # a subject pronoun most often continues the previous subject ("Kim held talks … He also met …")
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(k.subject for k in recent):
            candidates = [k for k in recent if k.subject]
        return [standing_for(tok, sent, candidates[-1].mention)] if candidates else []

    def _cataphora(self, tok: Token, sent: Span) -> list[Mention]:
        """"Hailing the treaty he had just signed with Lavrov, Norway's foreign minister said …": a
        pronoun in an opening clause, with nothing named before it, points ahead to the main subject."""
        clause = next((a for a in tok.ancestors if a.dep_ == "advcl" and a.i < a.head.i), None)
        subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > clause.i] \
            if clause is not None else []
        if not subjects:
            return []
        return [standing_for(tok, sent, m) for m in self._resolve_quietly(subjects[0], sent)[:1]]

    def _clause_subject_codes(self, verb: Token, sent: Span) -> set[str]:
        """Codes of a verb's subject (see :func:`~detente.actors.clauses.clause_subjects`), resolved
        without pronouns."""
        return {m.code for subj in clause_subjects(verb) for m in self._resolve_quietly(subj, sent)}

    def _the_country(self, tok: Token, sent: Span, exclude: frozenset[str] = frozenset()) -> list[Mention]:
        """"the country": the last country named, this sentence first (a leader stands for his, and
        an owner names one: "in Myanmar's Shan state ... the country's junta"), other than ``exclude``."""
        earlier = self._parties_before(tok, sent, possessors=True)[::-1]
        for known in earlier + self.history[::-1]:
            code = known.mention.code
            if not code.startswith("IGO") and code[:3] not in exclude:
                return [Mention(code[:3], tok.text, tok.idx - sent.start_char, tok.idx + len(tok.text) - sent.start_char,
                                known.mention.entry, antecedent=known.mention.text)]
        return []

    def _parties_before(self, head: Token, sent: Span, *, possessors: bool = False) -> list[_Known]:
        """Actors named earlier in this sentence, in order (none while resolving a pronoun)."""
        if self._in_pronoun:
            return []
        self._in_pronoun = True
        try:
            return self._sentence_mentions_before(head, sent, possessors=possessors)
        finally:
            self._in_pronoun = False

    def _last_known(self, head: Token, sent: Span, accept: Callable[[_Known], bool]) -> list[Mention]:
        """The most recent actor of this sentence, then of the document, that ``accept`` takes, as
        the mention ``head`` refers back to it with."""
        for known in self._parties_before(head, sent)[::-1] + self.history[::-1]:
            if accept(known):
                return [standing_for(head, sent, known.mention)]
        return []

    def _definite(self, head: Token, sent: Span) -> list[Mention]:
        """"the regime", "the official", "the two sides": the most recent compatible actor."""
        if any(o.lower_ == "sides" and any(d.lower_ == "both" for d in o.children)
               for p in head.children if p.dep_ == "prep" and p.lower_ in {"on", "from"} for o in p.children):
            return self._each_sides_own(head, sent)  # "troops on both sides traded fire": each side's
        both = head.lower_ == "both" and head.dep_ not in {"det", "predet", "preconj", "cc"}  # "urging both to join"
        if not both and not any(c.lower_ in {"the", "both", "this", "that", "all", "each"} for c in head.children) and not (
                head.lower_ == "authorities" and not any(head.children)) and not (  # bare "authorities arrested …"
                head.lemma_.lower() in SPEAKERS and any(c.lower_ in {"a", "an"} for c in head.children)):
            return []  # (", a foreign ministry spokeswoman said": the sentence's own government speaks)
        start, end = head.idx - sent.start_char, head.idx + len(head.text) - sent.start_char
        text = head.text
        if head.lower_ in CULPRIT_NOUNS:
            return self._culprit(head, sent)
        size = group_size(head)
        if size:
            return self._last_named(head, sent, size)
        if head.lower_ in PAIRED_PEOPLE and any(c.lower_ in {"two", "both"} for c in head.children):
            people = self._two_people(head, sent)
            if people:
                return people
        involved = head.lower_ in {"parties", "sides"} and any(
            c.dep_ in {"acl", "amod"} and c.lower_ in {"involved", "concerned"} for c in head.children)
        if head.lower_ in TWO_SIDES and (involved or any(c.lower_ in {"two", "both"} for c in head.subtree)) or (
                head.lower_ == "two" and head.pos_ == "NUM" and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}) or both:
            # "the two met in Bali": the two parties just acting
            sides = self._two_sides(head, sent, involved=involved)
            own = self.match_at(head)  # type: ignore[attr-defined]
            side_agent = (own.agent or "") if own is not None and head.lower_ not in {
                "sides", "parties", "countries", "nations", "states"} else ""
            # "the two delegations", "the two governments": the sides' agents, not the bare countries
            return [Mention(m.code if len(m.code) > 3 else m.code + side_agent, m.text, m.start, m.end, m.entry,
                            antecedent=m.antecedent) for m in sides]  # (a group side keeps its own code)
        if any(c.lower_ == "each" for c in head.children) and head.tag_ == "NN" and (
                each := self._each_sides_own(head, sent)):
            return each  # "Indian and Pakistani troops traded fire, with each army accusing the other"
        if head.lemma_.lower() in MEMBER_NOUNS and (head.lemma_.lower() == "member" or any(
                c.lower_ in MEMBERSHIP_WORDS for c in head.children)):
            # "the 27 participating nations", "the member states": the body just named acts
            found = self._last_known(head, sent, lambda k: k.mention.code.startswith("IGO"))
            if found:
                return found
        if head.lower_ in BODY_NOUNS and not any(c.dep_ in {"amod", "compound", "poss"} and c.lower_ not in {
                "world", "regional", "global", "international", "continental"} for c in head.children):
            # "asked the bloc to recognise Palestine", "the alliance said": the body just named
            found = self._last_known(head, sent, lambda k: k.mention.code.startswith("IGO"))
            if found:
                return found
        if head.lemma_.lower() in FORMER_TITLES and any(c.lower_ in {"former", "ousted", "deposed", "jailed", "exiled"}
                                                        for c in head.children):
            # "Imran Khan was shot …, and the former prime minister later blamed …": the person just named
            found = self._last_known(head, sent, lambda k: k.is_person)
            if found:
                return found
        agent = "GOV" if head.lower_ in DEFINITE_GOV else self._agent_of(head)
        group = head.lower_ in GROUP_WORDS and head.tag_ in {"NNS", "NN"} and agent in {None, "CVL"}
        if agent is None and not group:
            return []
        # resolving the sentence so far is costly: only for descriptions that may point into it
        earlier = self._parties_before(head, sent)[::-1]
        if group:
            # "British prosecutors charged the men": the group the sentence just named
            acting = {m.code for c in head.head.children if c.dep_ == "nsubj" and head.dep_ == "dobj"
                      for m in self._resolve_one(c, sent, remember=False)}  # not the ones charging them
            for known in earlier:
                # ("suspended talks with the ELN guerrillas, accusing the group of …": an armed group in any role)
                if not known.is_person and (known.core or head.lower_ == "group" and known.mention.code[3:6] in {
                        "REB", "OPP", "SEP", "UAF"}) and not known.mention.code.startswith("IGO") and \
                        known.mention.code not in acting:
                    return [Mention(known.mention.code, text, start, end, known.mention.entry,
                                    antecedent=known.mention.text)]
        if agent is None:
            return []
        if agent in STATE_AGENTS:
            # "Seoul expelled two North Korean diplomats, and the foreign ministry …": an office of
            # state belongs to the sentence's acting country before any country named in passing
            earlier = [k for k in earlier if k.subject] + [k for k in earlier if not k.subject]
            judge = head.head if head.dep_ == "nsubj" and head.head.lemma_.lower() in CONDEMNING | REJECTING else None
            acted = judge.head if judge is not None and judge.dep_ == "conj" else None
            if judge is not None and judge.dep_ == "relcl":
                # "urged Rajapaksa to declare a truce, an appeal the government rejected": the act the
                # summary noun sums up
                summed = judge.head.head if judge.head.dep_ == "appos" else judge.head
                acted = verb_above(summed) if summed.pos_ != "VERB" else summed
            if acted is not None:
                # "Emirati warplanes struck Yemeni forces, and the government condemned the strikes":
                # a state condemns or rejects the other side's act, so that act's actor is not its owner
                doers = {c[:3] for c in self._clause_subject_codes(acted, sent)}
                hit = next((k for k in earlier if k.mention.code[:3] not in doers and (
                    not k.is_person or k.mention.code[3:6] == "GOV") and (
                    len(k.mention.code) == 3 or k.mention.code[3:6] in STATE_AGENTS)), None)
                if doers and hit is not None:  # (the side acted on: "struck Yemeni government forces")
                    return [Mention(hit.mention.code[:3] + agent, text, start, end, hit.mention.entry,
                                    antecedent=hit.mention.text)]
        verb = clause_verb_of_object(head)
        if verb is not None and not self._in_pronoun:
            # "a package that Riyadh and Abu Dhabi had promised the Military Council": like an object
            # pronoun, a described object is not its own clause's subject
            acting = {c[:3] for c in self._clause_subject_codes(verb, sent)}
            earlier = [k for k in earlier if k.mention.code[:3] not in acting] or earlier
        # "Petro suspended talks with the ELN, accusing the rebel group of …": this sentence first
        for known in earlier + self.history[::-1]:
            code = known.mention.code
            # ("Russia's FSB accused six British diplomats of spying, and the foreign ministry revoked
            # their accreditation": the acting subject's state, through another of its organs)
            organ = agent in STATE_AGENTS and known.subject and code[3:6] in STATE_AGENTS and not code.startswith("IGO")
            if code.endswith(agent) or (not known.is_person and len(code) == 3) or organ:
                full = code if code.endswith(agent) else code[:3] + agent
                return [Mention(full, text, start, end, known.mention.entry, antecedent=known.mention.text)]
        if agent in STATE_AGENTS:
            # "Burkinabe soldiers executed 223 villagers ..., and the junta suspended the BBC": another
            # organ of the state that acted in this sentence
            for known in earlier:
                code = known.mention.code
                if known.subject and code[3:6] in STATE_AGENTS and not code.startswith("IGO"):
                    return [Mention(code[:3] + agent, text, start, end, known.mention.entry,
                                    antecedent=known.mention.text)]
            opposed = opposed_state(head, earlier, agent)  # ("demanded that the president resign")
            if opposed is not None:
                return [opposed]
        return []

    def _sentence_mentions_before(self, tok: Token, sent: Span, *, possessors: bool = False) -> list[_Known]:
        """Actors named before ``tok`` in the sentence; owners ("North Korea's") only if asked."""
        out: list[_Known] = []
        skip = {"compound", "amod"} if possessors else {"compound", "amod", "poss"}
        for other in sent:
            if other.i >= tok.i:
                break
            if other.pos_ in {"PROPN", "NOUN"} and other.dep_ not in skip:
                for m in self._resolve_one(other, sent, remember=False):
                    out.append(self._known(m, other))
        return out

    def _known(self, mention: Mention, tok: Token) -> _Known:
        match = self.match_at(tok)
        named_thing = bool(match and any(s.entry.kind in {"country", "igo", "group"} for s in match.senses))
        is_person = bool(match and any(s.entry.kind == "person" for s in match.senses)) or (
            tok.ent_type_ == "PERSON" and not named_thing) or (  # the tagger may call "Sri Lanka" a person
            tok.lower_ in PERSON_ROLES) or (  # "Iran's foreign minister flew to Beijing, where he met …"
            tok.pos_ == "PROPN" and not named_thing and any(  # "French ambassador Sylvain Itte … him"
                c.dep_ == "compound" and c.lower_ in PERSON_ROLES for c in tok.children))
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
                      # ("a case against Armenia": the one acted against is a party too)
                      core=role in {"nsubj", "nsubjpass", "dobj", "agent"} or (
                          role == "pobj" and tok.head.lower_ == "against"),
                      plural=tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and not named_thing) or tok.lemma_ in BODIES)

    def _remember(self, mention: Mention, tok: Token) -> None:
        known = self._known(mention, tok)
        self.history.append(known)
        self.countries.add(mention.code[:3])
