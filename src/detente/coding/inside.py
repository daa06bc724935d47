"""Parties named inside what an act is about, for acts whose own phrases name no target.

"opened an investigation into whether Chinese car makers benefit", "was confident a peace
agreement with the FARC would be signed", "ordered a mobilisation … to fight in Ukraine": the
target sits somewhere inside the phrase or clause that says what is investigated, hoped for or
pursued. Each helper names the phrases it searches; :func:`first_party_inside` does the search.
Split from :mod:`detente.coding.roles`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import NON_STATE
from detente.coding.arguments import objects, preps
from detente.coding.phrases import as_actor
from detente.model import Mention


def inquiry_target(head: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"opened an investigation into whether Chinese car makers benefit …", "into allegations that
    Sarkozy's campaign received …", "investigating traces of uranium found at sites in Iran": the
    first party named anywhere inside what is looked into (the investigator's own country too:
    prosecutors investigate their own citizens)."""
    inside = [o for p, o in preps(head, *objects(head)) if o is not None and p.lower_ in {"into", "of", "on"}]
    return first_party_inside(inside + [o for o in objects(head) if o.pos_ == "NOUN"], sent, actors, own)


def first_party_inside(roots: list[Token], sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The first party named in the phrases or clauses under ``roots`` (not one of ``own``; a
    bare country of an own code's country is the same party)."""
    for root in roots:
        for tok in root.subtree:
            if tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
                continue
            found = [m for m in as_actor(tok, sent, actors) or actors.as_site(tok, sent) or actors.as_party(tok, sent)
                     if m.code not in own and not (m.code[:3] in {o[:3] for o in own} and len(m.code) == 3)]
            if found:
                return found[:1]
    return []


def hoped_party(head: Token, sent: Span, actors: DocumentActors, subject: list[Mention]) -> list[Mention]:
    """"was confident a final agreement with the FARC would be signed", "voiced confidence that the
    truce could open the way to talks with the Taliban": the other party of what is hoped for."""
    clauses = [c for h in (head, *head.children) if h.dep_ in {"ROOT", "acomp", "dobj", "ccomp", "conj"} or h is head
               for c in h.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}]
    own = {s.code[:3] for s in subject}
    return [t for t in first_party_inside(clauses, sent, actors, {s.code for s in subject})
            if t.code[:3] not in own or t.code[3:6] in NON_STATE]  # one's own rebels, opposition


def purpose_party(head: Token, sent: Span, actors: DocumentActors, subject: list[Mention]) -> list[Mention]:
    """"ordered a mobilisation … to shore up Russia's campaign in Ukraine", "calling up reservists to
    fight in Ukraine": the party or place a show of force's purpose names (not its own country)."""
    purposes = [t for t in head.subtree if t.dep_ in {"advcl", "xcomp", "acl"} and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    own = {s.code[:3] for s in subject}
    return [t for t in first_party_inside(purposes, sent, actors, {s.code for s in subject} | own)
            if t.code[:3] not in own]


def claimed_victims(head: Token, sent: Span, actors: DocumentActors, subject: list[Mention]) -> list[Mention]:
    """"claimed responsibility for the car bomb that killed 21 police cadets", "admitted that one of
    its units had kidnapped Luis Díaz": the claim answers whoever the claimed act struck, named in
    the act's relative clause or in the clause admitted."""
    claimed = [o for p, o in preps(head, *objects(head)) if o is not None and p.lower_ == "for"]
    struck = [v for n in claimed for v in n.children if v.dep_ in {"relcl", "acl"} and v.pos_ == "VERB"]
    struck += [c for c in head.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    victims = [o for v in struck for o in objects(v)]
    return first_party_inside(victims, sent, actors, {s.code for s in subject})
