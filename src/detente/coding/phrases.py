"""Phrase-level helpers of the coder: who a noun phrase denotes as source or target.

Kept apart from :mod:`detente.coding.coder` (which chooses patterns and assembles events) so that
each stays short: these functions read one phrase of the parse and the document's actors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import objects, preps
from detente.coding.patterns import Pattern
from detente.model import Mention

PEOPLE_NOUNS = {"man", "woman", "person", "people", "detainee", "prisoner", "hostage", "captive", "national",
                "citizen", "tourist", "child", "family", "sailor", "passenger", "crew", "traveller", "traveler",
                "journalist", "missionary", "fisherman", "defector", "refugee", "migrant", "worker", "victim"}


def nothing_given(verb: Token) -> bool:
    """"gave few details", "offered no help": an object quantified to nothing is no act."""
    for obj in objects(verb):
        for c in obj.children:
            if (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "amod" and c.lower_ in {"few", "little"}):
                return True
    return False


def owned_proposal(noun: Token) -> bool:
    """"rejected Seoul's proposal for military talks": the proposal is Seoul's own act."""
    if noun.lemma_.lower() not in {"proposal", "offer", "invitation", "request", "demand", "call", "plan"}:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper())
               for c in noun.children)


def aid_to_a_person(pattern: Pattern, trigger: Token, sent: Span, actors: DocumentActors) -> bool:
    """"sent Kim Kye-Gwan to Moscow": sending a person is a visit, not aid (troops excepted)."""
    if pattern.nominal or pattern.code[:2] != "07" or pattern.code[:3] == "074":
        return False
    return any(o.ent_type_ == "PERSON" and actors.resolve(o, sent) for o in objects(trigger))


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase is the object of, through conjunctions and appositions."""
    node = noun
    for _ in range(8):
        if node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.head.pos_ == "NOUN" and node.head.lower_ in {"for", "of"}:
            node = node.head.head  # "an opening for … relief from South Korea"
        else:
            break
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    if node.dep_ == "pobj" and node.head.head.pos_ == "VERB":
        return node.head.head
    return None


def expletive(tok: Token) -> bool:
    """"it is likely that …", "made it pressing that …": a dummy subject, not a pronoun."""
    head = tok.head
    return any(c.dep_ in {"ccomp", "xcomp", "acomp"} and c.pos_ in {"ADJ", "VERB", "AUX"}
               for c in head.children) and head.lemma_ in {"be", "make", "seem", "appear", "remain"}


def country_below(head: Token, sent: Span, actors: DocumentActors, exclude: set[str]) -> Mention | None:
    """The first country named in the phrases under a verb (not its subject or other clauses).

    A country adjective gives its noun phrase when that is an actor ("advancing Russian troops" →
    RUSMIL); a capital named as a place ("its embassy in Havana") gives the country itself.
    """
    stack = [c for c in head.children if c.dep_ in {"prep", "dobj", "xcomp", "attr", "dative"}]
    while stack:
        tok = stack.pop(0)
        match = actors.match_at(tok)
        if match is not None and match.senses:
            for sense in match.senses:
                if sense.entry.kind not in {"country", "igo"} or sense.entry.code[:3] in exclude:
                    continue
                if sense.usage == "adjective" and tok.dep_ in {"amod", "compound"}:
                    phrase = [m for m in actors.resolve(tok.head, sent) if m.code[:3] not in exclude]
                    if phrase:
                        return phrase[0]
                start = tok.doc[match.start].idx - sent.start_char
                return Mention(sense.entry.code, match.text, start, start + len(match.text),
                               sense.entry.entry_id)
        stack.extend(c for c in tok.children if c.dep_ not in {"relcl", "ccomp", "nsubj", "advcl"})
    return None


def as_actor(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The actor of a noun phrase, or of the owner of a non-actor noun ("the South's proposal")."""
    found = actors.resolve(tok, sent)
    if found:
        return found
    for child in tok.children:
        # "the South's proposal", "a UN Security Council resolution"
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            owner = actors.resolve(child, sent)
            if owner:
                return owner
    for prep, obj in preps(tok):
        if obj is not None and prep.lower_ in {"of", "from", "by"}:
            owner = actors.resolve(obj, sent)
            if owner:
                return owner
    return []


def resolve_all(tokens: list[Token], sent: Span, actors: DocumentActors) -> list[Mention]:
    out: list[Mention] = []
    for tok in tokens:
        out.extend(as_target(tok, sent, actors))
    return out


def as_target(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """A target noun phrase; "seized a British tanker", "banned Chinese goods" hit the country.

    Only targets take this reading: a country adjective on an ordinary noun says whose property
    was acted on, but says nothing about who acts.
    """
    found = as_actor(tok, sent, actors)
    if found:
        return found
    for child in tok.children:
        if child.dep_ in {"amod", "compound"}:
            found = actors.as_party(child, sent)
            if found and tok.lemma_.lower() in PEOPLE_NOUNS:  # "four North Korean men" are civilians
                found = [Mention(m.code + "CVL", m.text, m.start, m.end, m.entry) for m in found]
            if found:
                return found
    return []


def prior_actor(trigger: Token, sent: Span, actors: DocumentActors, *, exclude: set[str]) -> list[Mention]:
    """For "…, which Seoul rejected": the nearest earlier actor in the sentence (the proposer)."""
    candidates: list[Mention] = []
    for tok in sent:
        if tok.i >= trigger.i:
            break
        if tok.pos_ == "PROPN" and tok.dep_ in {"nsubj", "nsubjpass"}:
            candidates.extend(m for m in actors.resolve(tok, sent) if m.code not in exclude)
    return candidates[-1:]
