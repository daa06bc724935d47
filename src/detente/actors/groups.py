"""References to a group of parties: "the two sides", "both countries", "all three governments".

News text that has named two or three parties goes on to say "the two neighbours traded strikes"
or "all three countries condemned …".  These methods find the group meant: the parties of a
"between A and B" phrase, a pair or list named together earlier in the sentence, or the parties
that were just acting.  Two kinds of reference to a party through another are here too: a
person's or a party's own people ("her office", "Navalny's aides", "its leader") and the culprit
of a crime the sentence told ("police arrested the suspect").  Kept apart from
:mod:`detente.actors.coreference`, which resolves pronouns and single definite descriptions, as the
:class:`GroupReference` mixin it builds on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.actors.setting import PROTESTERS
from detente.actors.vocabulary import OPPONENTS, PERSON_ROLES, STATE_AGENTS, TWO_SIDES
from detente.model import Mention

if TYPE_CHECKING:
    from detente.actors.coreference import _Known
    from detente.actors.matcher import PhraseMatch

# meetings whose "their" is the two parties of the clause they are the setting of
MEETING_NOUNS = {"talk", "talks", "meeting", "summit", "encounter", "conversation", "call", "negotiation"}
MEETING_VERBS = {"meet", "talk", "confer"}
# what security forces do to a crowd, and the crowds they do it to
CROWD_CONTROL = {"confront", "disperse", "contain", "quell", "scatter", "repel", "block", "stop", "clear"}
CROWD_NOUNS = (PROTESTERS - {"dissident"}) | {"supporter", "crowd"}  # (a dissident is one person's stance)
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6}
# acts done to a culprit, and the crimes a sentence may report the culprit did
CATCHING_VERBS = {"arrest", "detain", "apprehend", "catch", "capture", "nab", "charge", "convict", "sentence",
                  "try", "extradite", "question", "interrogate", "jail", "indict"}
CRIME_VERBS = {"shoot", "kill", "stab", "attack", "murder", "assassinate", "bomb", "assault", "kidnap", "abduct",
               "rob", "smuggle", "hijack", "ram", "behead", "rape", "poison", "wound"}
# the heads of a body, who are of that body ("its leader")
LEADER_NOUNS = {"leader", "leaders", "chief", "head", "founder", "chairman", "chairwoman", "commander"}
LED_GROUPS = {"OPP", "REB", "SEP", "INS"}  # bodies whose leaders are theirs, not their country's government
# a person's own staff, who act for the person ("her office said", "his aides"), and a leader's own party
# ("Hichilema demanded a recount, and his party filed a petition")
STAFF_NOUNS = {"office", "aides", "staff", "team", "spokesman", "spokeswoman", "spokesperson", "lawyers", "party",
               "campaign"}
CULPRIT_NOUNS = {"suspect", "gunman", "attacker", "assailant", "killer", "shooter", "perpetrator", "culprit",
                 "bomber", "hijacker", "kidnapper"}


REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself"}
# verbs that report their subject's own words or plans
REPORTING_HEADS = {"say", "announce", "tell", "add", "state", "confirm", "insist", "pledge", "promise", "vow"}


def standing_for(word: Token, sent: Span, antecedent: Mention) -> Mention:
    """A mention of ``antecedent``'s actor at ``word``'s place (a pronoun or description referring
    back), naming what it refers back to."""
    start = word.idx - sent.start_char
    return Mention(antecedent.code, word.text, start, start + len(word.text), antecedent.entry,
                   antecedent=antecedent.text)


def opposed_state(head: Token, earlier: list[_Known], agent: str) -> Mention | None:
    """"Malawi's opposition leader demanded that the president resign": an office of state named by
    a title belongs to the state that the one opposition or armed group of the sentence stands
    against (not a name: the ship "Galaxy Leader" seized by rebels is no office)."""
    sides = {k.mention.code[:3] for k in earlier if k.mention.code[3:6] in OPPONENTS
             and not k.mention.code.startswith("IGO")}
    if len(sides) != 1 or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children):
        return None
    known = next(k for k in earlier if k.mention.code[:3] in sides)
    start = head.idx - head.sent.start_char  # (offsets within the sentence, as every mention has them)
    return Mention(known.mention.code[:3] + agent, head.text, start, start + len(head.text), known.mention.entry,
                   antecedent=known.mention.text)


def side_key(code: str) -> str:
    """A side's identity in a pair of parties: its country, or for an opponent of a state the group
    itself (a government and its own rebels or opposition are two sides)."""
    return code if code[3:6] in OPPONENTS else code[:3]


def group_size(head: Token) -> int:
    """3 for "the three", "all three countries", "the three governments"; else 0."""
    if head.lower_ in NUMBER_WORDS and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return NUMBER_WORDS[head.lower_]
    if head.lower_ in TWO_SIDES:
        for c in head.children:
            if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS:
                return NUMBER_WORDS[c.lower_]
    return 0


class GroupReference:
    """Group references over a document's history (mixed into ``DocumentActors`` via ``Coreference``)."""

    # state owned by DocumentActors (declared here for the type checker only)
    history: list[_Known]
    _counter: int
    _in_pronoun: bool
    _in_between: bool

    if TYPE_CHECKING:
        def resolve(self, head: Token, sent: Span) -> list[Mention]: ...

        def _parties_before(self, head: Token, sent: Span, *, possessors: bool = False) -> list[_Known]: ...

        def match_at(self, token: Token) -> PhraseMatch | None: ...

        def _agent_of(self, head: Token) -> str | None: ...

        def _resolve_one(self, head: Token, sent: Span, *, remember: bool = True) -> list[Mention]: ...

        def _pronoun(self, tok: Token, sent: Span) -> list[Mention]: ...

        def _sentence_mentions_before(self, tok: Token, sent: Span, *,
                                      possessors: bool = False) -> list[_Known]: ...

    def _resolve_quietly(self, tok: Token, sent: Span) -> list[Mention]:
        """``tok`` resolved with pronoun resolution off: looking for an antecedent must not itself
        resolve pronouns (or look for groups) again."""
        self._in_pronoun = True
        try:
            return self.resolve(tok, sent)
        finally:
            self._in_pronoun = False

    def _reported_speaker(self, tok: Token, sent: Span) -> list[Mention]:
        """The subject pronoun of a reported clause is its speaker: "both governments said they would
        fly in relief supplies" (a plural speaker), "the government said it was ready to meet union
        leaders" (a body, not a person or a person's title), "prompting Taipei to announce that it was
        severing ties" (a party made to speak)."""
        reported = tok.head
        if tok.lower_ not in {"they", "it"} or tok.dep_ not in {"nsubj", "nsubjpass"} or reported.dep_ != "ccomp" \
                or reported.head.lemma_.lower() not in REPORTING_HEADS:
            return []
        speaker = reported.head
        if tok.lower_ == "they":
            return next((self._resolve_one(c, sent, remember=False) for c in speaker.children
                         if c.dep_ == "nsubj" and c.tag_ == "NNS"), [])
        body = next((c for c in speaker.children if c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"}
                     and c.ent_type_ != "PERSON" and c.lemma_.lower() not in PERSON_ROLES), None)
        found = self._resolve_one(body, sent, remember=False) if body is not None else []
        if found and not any(m.entry.startswith("people.yaml") and m.antecedent is None for m in found):
            return found  # "the government said it was ready to meet union leaders": the body speaking
        made = speaker.dep_ == "xcomp" and speaker.head.lemma_.lower() in {"prompt", "lead", "force", "push", "spur"}
        return next((found for c in speaker.head.children if made and c.dep_ == "dobj"
                     for found in [self._resolve_one(c, sent, remember=False)] if found), [])

    def _relative(self, tok: Token, sent: Span) -> list[Mention]:
        """"survivors of Cyclone Mocha, which the ministry said had killed 145 people": a relative pronoun
        is the noun its clause describes, however deep in the clause it sits (a storm is no party)."""
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is None or clause.head.pos_ not in {"NOUN", "PROPN"} or clause.head.ent_type_ in {"DATE", "TIME"}:
            # (no clause on a noun, or one hung on a date by mistake: "drills later this month, which the
            # North has criticised" points back as a pronoun does)
            return self._pronoun(tok, sent)
        return [standing_for(tok, sent, m) for m in self._resolve_quietly(clause.head, sent)]

    def _reflexive(self, tok: Token, sent: Span) -> list[Mention]:
        """"the Saudi teenager who barricaded herself in a hotel room": a reflexive pronoun is its own
        clause's subject (through a relative pronoun, the noun the clause describes), no other party."""
        verb = tok.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or subject.lower_ in REFLEXIVES:
            return []
        return [standing_for(tok, sent, m) for m in self._resolve_quietly(subject, sent)]

    def _two_sides(self, head: Token, sent: Span, *, involved: bool = False) -> list[Mention]:
        """"the two governments": the parties that were just acting (recent subjects, people
        included) before any other country named in passing; none unless there are two."""
        start, end = head.idx - sent.start_char, head.idx + len(head.text) - sent.start_char
        between = self._between_before(head, sent)
        if len(between) == 2:
            # "hosted talks between Thailand's prime minister and Cambodia's …, which ended with both
            # sides agreeing": the two sides are the ones the talks were between, not the host
            return [Mention(side_key(b.code), head.text, start, end, b.entry, antecedent=b.text) for b in between]
        pairs = [] if involved else self._listed_before(head, sent, 2, self._parties_before(head, sent))
        if pairs:
            # "China urged Iran and Pakistan to show restraint after the two neighbours traded
            # strikes": a pair named together is meant before the parties acting around it
            return [Mention(m.code[:3], head.text, start, end, m.entry, antecedent=m.text) for m in pairs[-1]]
        recent = [k for k in self.history if k.order > self._counter - 12]
        # "Washington and Havana ... and both countries reopened embassies": parties named
        # earlier in the same sentence come first
        # ("the parties involved" are the ones the article was about, not whoever calls on them)
        # (owners too: "said it shared Uganda's view, and the two governments agreed …")
        ordered = ([] if involved else self._parties_before(head, sent)) + \
            [k for k in reversed(recent) if k.core] + list(reversed(self.history)) + \
            ([] if involved else self._parties_before(head, sent, possessors=True))
        codes: list[Mention] = []
        for known in ordered:
            # (a government and its own rebels or opposition are two sides: "after the two sides signed a
            # pact", of Manila and the MILF)
            key = side_key(known.mention.code)
            if key not in {side_key(m.code) for m in codes} and not known.mention.code.startswith("IGO"):
                codes.append(Mention(key, head.text, start, end, known.mention.entry, antecedent=known.mention.text))
            if len(codes) == 2:
                return codes
        return []

    def _each_sides_own(self, head: Token, sent: Span) -> list[Mention]:
        """"troops on both sides", "each army": each of the two sides' own (none unless there are two)."""
        sides, agent = self._two_sides(head, sent), self._agent_of(head) or ""
        return [Mention(m.code[:3] + agent, m.text, m.start, m.end, m.entry, antecedent=m.antecedent)
                for m in sides] if len(sides) == 2 else []

    def _conjoined_people_before(self, tok: Token, sent: Span) -> list[Mention]:
        """People named as a conjoined subject earlier in the sentence (two or more countries), or any
        conjoined parties whose statement the pronoun is the subject of."""
        for subj in (t for t in sent if t.i < tok.i and t.dep_ == "nsubj" and (t.conjuncts or any(
                p.lower_ == "of" and any(o.conjuncts for o in p.children) for p in t.children))):
            # ("the armies of India and Pakistan said they had agreed …": the pair of the "of" phrase)
            found = self._resolve_quietly(subj, sent)
            matches = [self.match_at(t) for t in [subj, *subj.conjuncts] if t.pos_ == "PROPN"]
            # "Armenia and Azerbaijan said they had finalised …": the pronoun subject of what the
            # conjoined parties said is the parties, countries as well as people
            reported = tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.i == subj.head.i or (
                # ("India and Pakistan announced …, after a hotline conversation between their directors
                # general": what lies between "their" people is both parties')
                tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "between")
            if found and reported or len({m.code[:3] for m in found}) >= 2 and all(
                    pm is not None and any(s.entry.kind == "person" for s in pm.senses) for pm in matches):
                return found
        return []

    def _meeting_pair(self, tok: Token, sent: Span) -> list[Mention]:
        """"Xi hailed Lula as an old friend during their talks in Beijing": "their" on a meeting
        noun (or "they" meeting: "told Aliyev as they met") is the subject and the object of the
        clause the meeting is the setting of, when they are two parties of different countries."""
        noun = tok.head
        if tok.dep_ == "nsubj" and noun.lemma_.lower() in MEETING_VERBS and noun.dep_ == "advcl":
            # ("telling Aliyev as they met in Dushanbe that …": the teller and the one told met)
            verb = noun.head
        elif tok.dep_ != "poss" or noun.lemma_.lower() not in MEETING_NOUNS:
            return []
        else:
            verb = noun
        while verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        args = [c for c in verb.children if c.dep_ in {"nsubj", "dobj", "dative"} and c.i < tok.i]
        if not any(a.dep_ == "nsubj" for a in args) and verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG":
            # (a participle's subject is its main clause's: the first person up the reported clauses it
            # may hang on, "Putin acknowledged that missiles had downed the jet, telling Aliyev as they met")
            top: Token | None = verb.head
            while top is not None:
                subject = next((c for c in top.children if c.dep_ == "nsubj"), None)
                named = self.match_at(subject) if subject is not None else None
                if subject is not None and named is not None and any(s.entry.kind == "person" for s in named.senses):
                    args.append(subject)
                    break
                top = top.head if top.dep_ == "ccomp" and top.head.i != top.i else None
        found: dict[str, Mention] = {}
        for arg in args:
            for m in self._resolve_quietly(arg, sent):
                found.setdefault(m.code[:3], m)
        return [standing_for(tok, sent, m) for m in found.values()] if len(found) == 2 else []

    def _two_people(self, head: Token, sent: Span) -> list[Mention]:
        """"kissed the feet of President Salva Kiir and his rival Riek Machar, imploring the two men
        to …": the two people named together just before, each with his own role (rivals of one
        country differ only in it, so the countries of :meth:`_two_sides` cannot tell them apart)."""
        named = self._parties_before(head, sent)
        people = [k for k in named if k.is_person]
        for first in (t for t in sent if t.i < head.i and t.dep_ != "conj" and len(t.conjuncts) == 1):
            starts = [t.idx - sent.start_char for t in [first, *first.conjuncts]]
            # ("received the foreign ministers of Armenia and Azerbaijan …, before the two men began
            # talks": the countries of a role noun's "of" phrase stand for its two holders)
            holders = first.head.lower_ == "of" and first.head.head.lemma_.lower() in PERSON_ROLES
            pair = [next((k.mention for k in (named if holders else people)
                          if k.mention.start <= s < k.mention.end), None) for s in starts]
            if all(pair) and pair[0].code != pair[1].code:  # type: ignore[union-attr]
                role = (self._agent_of(first.head.head) or "") if holders else None
                return [standing_for(head, sent, m if role is None else Mention(
                    m.code[:3] + role, m.text, m.start, m.end, m.entry, antecedent=m.antecedent))
                    for m in pair if m is not None]
        # "Rahmon praised Japarov …, as the two men signed a treaty": the only two people named before
        distinct = {k.mention.code: k.mention for k in people}
        return [standing_for(head, sent, m) for m in distinct.values()] if len(distinct) == 2 else []

    def _last_named(self, head: Token, sent: Span, size: int) -> list[Mention]:
        """"all three countries", "the three": the last ``size`` countries named in the sentence."""
        start, end = head.idx - sent.start_char, head.idx + len(head.text) - sent.start_char
        codes: list[Mention] = []
        named = self._parties_before(head, sent)
        listed = self._listed_before(head, sent, size, named)
        if listed:  # "Norway, Ireland and Spain ... all three countries": a listed group of that size first
            return [Mention(m.code[:3], head.text, start, end, m.entry, antecedent=m.text) for m in listed[0]]
        for known in named[::-1]:
            code = known.mention.code[:3]
            if not known.mention.code.startswith("IGO") and code not in {m.code for m in codes}:
                codes.append(Mention(code, head.text, start, end, known.mention.entry, antecedent=known.mention.text))
            if len(codes) == size:
                return codes[::-1]
        return []

    def _listed_before(self, head: Token, sent: Span, size: int, named: list[_Known]) -> list[list[Mention]]:
        """Groups of ``size`` countries listed together ("Iran and Pakistan") earlier in the
        sentence, in order, each as one mention per country."""
        groups = []
        for first in (t for t in sent if t.i < head.i and t.dep_ != "conj" and len(t.conjuncts) + 1 == size):
            group = {t.idx - sent.start_char for t in [first, *first.conjuncts]}
            members = [k.mention for k in named if k.mention.start in group or any(
                k.mention.start <= g < k.mention.end for g in group)]
            by_code = {m.code[:3]: m for m in members if not m.code.startswith("IGO")}
            if len(by_code) == size:
                groups.append(list(by_code.values()))
        return groups

    def _between_before(self, head: Token, sent: Span) -> list[Mention]:
        """The two parties of a "between A and B" phrase earlier in the sentence, if any."""
        if self._in_pronoun or self._in_between:
            return []
        for prep in (t for t in sent if t.i < head.i and t.lower_ == "between" and t.dep_ == "prep"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                # (not quietly: a group in the phrase may take its country from the party it is joined to)
                self._in_between = True
                try:
                    found = self._resolve_one(obj, sent, remember=False) + [
                        m for c in obj.conjuncts for m in self._resolve_one(c, sent, remember=False)]
                finally:
                    self._in_between = False
                sides: dict[str, Mention] = {}
                for m in found:
                    sides.setdefault(side_key(m.code), m)
                if len(sides) == 2:
                    return list(sides.values())
        return []

    def _culprit(self, word: Token, sent: Span) -> list[Mention]:
        """"A Russian national shot dead a Georgian in Berlin, and police arrested the suspect" (or
        "… arrested him"): the one arrested, charged or tried after a crime the sentence reports is
        whoever committed it, not the victim named last."""
        taken = word.head if word.dep_ in {"dobj", "dative", "nsubjpass"} else None
        if self._in_pronoun or taken is None or taken.lemma_.lower() not in CATCHING_VERBS:
            return []
        clause = taken.head if taken.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in taken.children) else taken
        takers = {m.code for c in clause.children if c.dep_ == "nsubj"
                  for m in self._resolve_one(c, sent, remember=False)}
        for verb in reversed([t for t in sent if t.i < word.i and t.pos_ == "VERB"]):
            crime = verb.lemma_.lower() in CRIME_VERBS or verb.lemma_.lower() == "open" and any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)  # ("opened fire on")
            if crime and verb.i < taken.i:
                # ("abducted an Estonian officer and charged him": the abductors charge their captive)
                doers = [m for c in verb.children if c.dep_ == "nsubj"
                         for m in self._resolve_one(c, sent, remember=False) if m.code not in takers]
                if doers:
                    return [standing_for(word, sent, doers[0])]
        return []

    def _crowd(self, word: Token, sent: Span) -> list[Mention]:
        """"With protesters vowing to return, authorities deployed police to confront them": those
        whom security forces are sent to face, disperse or hold back are the crowd named before, not
        the forces themselves."""
        verb = word.head if word.dep_ == "dobj" and word.lower_ == "them" else None
        if self._in_pronoun or verb is None or verb.lemma_.lower() not in CROWD_CONTROL:
            return []
        crowd = [t for t in sent if t.i < word.i and t.tag_ == "NNS" and t.lemma_.lower() in CROWD_NOUNS]
        # (not quietly: a crowd takes its country from the setting, which quiet resolution skips)
        found = self._resolve_one(crowd[-1], sent, remember=False) if crowd else []
        return [standing_for(word, sent, found[0])] if found else []

    def _staff(self, head: Token, sent: Span) -> list[Mention]:
        """"her office would share evidence", "detained two of Navalny's aides": a person's own staff
        act for the person and share the person's code, whatever office the staff word names alone."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.lower_ in LEADER_NOUNS and owner.lower_ in {"its", "their"}:
            # "the opposition CNRP …, after police arrested its leader Kem Sokha": a party's or a
            # movement's leader is of that party, not his country's government
            led = [k for k in self._sentence_mentions_before(owner, sent)
                   if not k.is_person and k.mention.code[3:6] in LED_GROUPS]
            return [standing_for(head, sent, led[-1].mention)] if led else []
        if owner is None or head.lower_ not in STAFF_NOUNS or any(c.dep_ == "compound" for c in head.children):
            return []  # ("her Popular Force party" is named: a party of its own)
        if owner.lower_ in {"his", "her"}:
            found = self._pronoun(owner, sent)
        else:
            match = self.match_at(owner)
            person = match is not None and any(s.entry.kind == "person" for s in match.senses)
            # ("Ecuador's attorney general's office": a state office named by its holder's title)
            found = self._resolve_one(owner, sent, remember=False) if person or owner.pos_ == "NOUN" else []
            found = found if person else [m for m in found if m.code[3:6] in STATE_AGENTS]
        return [standing_for(head, sent, m) for m in found]
