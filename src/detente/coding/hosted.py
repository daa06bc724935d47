"""A host's guests talk to each other.

"Blinken hosted the Armenian and Azerbaijani foreign ministers for four days of negotiations",
"Kiir hosted both delegations in Juba for a final round of talks": the sentence codes the hosting
(043) towards each guest; the guests it brought together for talks also negotiated with one another
(046), which no pattern on "host" can say, because the talks' parties are the host's objects. This
module adds those talks, each with a pattern id naming this rule. Talks a third party opens "between"
two others are the others' talks, not the opener's.
"""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import ARMED_GROUPS
from detente.coding.arguments import preps, unwrap_quantity
from detente.coding.mediation import party_key
from detente.coding.ontology import Ontology, retyped
from detente.coding.phrases import resolve_all
from detente.coding.refusals import tokens_by_start
from detente.coding.sources import subject_of
from detente.model import Event, Mention

HOSTING = "043"
GOOD_OFFICES = "039"  # offering to mediate or host
OFFERING = {"offer", "propose", "volunteer"}
TALKS = "046"
# what talks come in: "a fifth round of talks between …"
TALK_UNITS = {"round", "session", "day", "week", "month", "year"}
TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "dialogue", "consultation", "consultations",
              "peace-talks", "discussion", "discussions"}


def hosted_talks(events: list[Event], sent: Span, ontology: Ontology) -> list[Event]:
    """Talks (046) between every two guests a host brought together for talks."""
    added: list[Event] = []
    have = {(party_key(e.source), party_key(e.target)) for e in events if e.code == TALKS}
    tokens = tokens_by_start(sent)
    for start in sorted({e.trigger_start for e in events if e.code == HOSTING}):
        verb = tokens.get(start)
        hosted = [e for e in events if e.code == HOSTING and e.trigger_start == start and not e.negated]
        if verb is None or not hosted or not _for_talks(verb):
            continue
        guests: dict[str, Mention] = {}
        for e in hosted:
            guests.setdefault(party_key(e.target), e.target)
        for one, other in permutations(guests.values(), 2):
            if (party_key(one), party_key(other)) in have:
                continue
            have.add((party_key(one), party_key(other)))
            added.append(retyped(hosted[0], ontology.get(TALKS), source=one, target=other,
                                 pattern=f"{TALKS}:talks between the guests a host brought together",
                                 extra={**hosted[0].extra, "pattern_origin": "coding/hosted.py"}))
    return events + added


def hosted_by(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology) -> list[Event]:
    """"Mirzoyan and Bayramov met in Almaty for talks, hosted by Tokayev": a host named only as the
    agent of a reduced clause hosts (043) each side of the sentence's meeting or talks; "Maduro
    accepted an invitation to meet Ali, and Brazil offered to host any follow-up talks": a host
    offered with no parties named offers its good offices (039) to the sides of the sentence's meeting."""
    added: list[Event] = []
    for verb in sent:
        if verb.lemma_.lower() != "host":
            continue
        if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl", "relcl"}:
            code, roots, label = HOSTING, {"04"}, "<meeting>, hosted by <host>"
            hosts = [m for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                     for m in actors.resolve(o, sent)]
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OFFERING and any(
                c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS | {"round", "meeting", "summit"}
                for c in verb.children) and not any(
                p.lower_ in {"between", "with"} for p, _ in preps(*(c for c in verb.children if c.dep_ == "dobj"))):
            code, roots = GOOD_OFFICES, {"03", "04"}
            label = "offer to host <talks> (the sides of the sentence's meeting)"
            hosts = subject_of(verb.head, sent, actors)
        else:
            continue
        meetings = [e for e in events if e.root in roots and e.code not in {HOSTING, GOOD_OFFICES} and not e.negated]
        hosts = [h for h in hosts if h.code[:3] not in {party_key(e.source)[:3] for e in meetings}]
        guests: dict[str, Mention] = {}
        for e in meetings:
            for side in (e.source, e.target):
                guests.setdefault(party_key(side), side)
        if len(guests) < 2:
            continue
        have = {(e.source.code[:3], party_key(e.target)) for e in events + added if e.code == code}
        for host in hosts[:1]:
            added += [retyped(meetings[0], ontology.get(code), source=host, target=guest, pattern=f"{code}:{label}",
                              extra={**meetings[0].extra, "pattern_origin": "coding/hosted.py"})
                      for key, guest in guests.items() if (host.code[:3], key) not in have]
    return events + added


def _for_talks(verb: Token) -> bool:
    """"hosted … for talks", "for four days of negotiations", "for a final round of talks"."""
    return any(p.lower_ == "for" and o is not None and unwrap_quantity(o).lemma_.lower() in TALK_NOUNS
               for p, o in preps(verb))



def talks_between_others(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology) -> list[Event]:
    """"Lamamra opened a fifth round of talks between Mali's government and Tuareg-led rebel groups in
    Algiers": a verb's talks "between" two parties are theirs (046 both ways); the subject, who is
    neither, only opened or held them. Rebels in such talks with a foreign government are that
    government's own rebels, not the host's (the place names where the talks are, not whose rebels)."""
    tokens = tokens_by_start(sent)
    out = list(events)
    for start in sorted({e.trigger_start for e in events if e.code == TALKS and not e.negated}):
        verb = tokens.get(start)
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        talks = [c for c in verb.children if c.dep_ == "dobj"]
        talks += [o for t in talks if t.lemma_.lower() in TALK_UNITS for p, o in preps(t) if p.lower_ == "of" and o]
        sides = [m for t in talks if unwrap_quantity(t).lemma_.lower() in TALK_NOUNS
                 for p, o in preps(t) if p.lower_ == "between" and o is not None for m in resolve_all([o], sent, actors)]
        held = [e for e in out if e.code == TALKS and e.trigger_start == start and not e.negated]
        opener = {e.source.code[:3] for e in held}
        states = [s for s in sides if s.code[3:6] not in ARMED_GROUPS and s.code[:3] not in opener]
        sides = [Mention(states[0].code[:3] + s.code[3:], s.text, s.start, s.end, s.entry, antecedent=s.antecedent)
                 if s.code[3:6] in ARMED_GROUPS and s.code[:3] in opener and states else s for s in sides]
        keyed = {party_key(s): s for s in sides}
        if len(keyed) != 2 or opener & {s.code[:3] for s in sides} or not held:
            continue
        out = [e for e in out if e not in held]
        out += [retyped(held[0], ontology.get(TALKS), source=one, target=other,
                        pattern=f"{TALKS}:talks between <A> and <B> that a third party opened or held",
                        extra={**held[0].extra, "pattern_origin": "coding/hosted.py"})
                for one, other in permutations(keyed.values(), 2)]
    return out
