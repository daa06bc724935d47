"""Evaluative comments on a relationship: CAMEO 012 (pessimistic) and 013 (optimistic).

"Moscow said the talks with Kyiv had been constructive", "Beijing described its relations with
Washington as the worst in decades": the act is a judgement of talks or ties, so the target is the
other party of those talks, not anything the speech verb governs. The pattern language keys on a
verb and its own phrases; this reads one clause deeper, so it lives here, as two fixed patterns
whose ids (``013:say <talks> be <positive>`` …) appear in every event they produce.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.coding.arguments import preps
from detente.coding.grammar import Match
from detente.coding.patterns import Element, Pattern

TOPIC_NOUNS = {"talk", "talks", "meeting", "meetings", "relation", "relations", "tie", "ties", "negotiation",
               "negotiations", "discussion", "discussions", "dialogue", "cooperation", "partnership", "summit",
               "visit", "consultation", "consultations", "contact", "contacts", "conversation", "call",
               # "said a peace treaty with Azerbaijan was now realistic", "prospects for … looked dim"
               "peace", "treaty", "deal", "accord", "agreement", "settlement", "prospect", "prospects"}
POSITIVE = {"constructive", "productive", "positive", "fruitful", "useful", "good", "successful", "friendly",
            "cordial", "warm", "excellent", "substantive", "encouraging", "promising", "best", "strong",
            "solid", "stable", "great", "historic", "candid", "helpful", "businesslike", "amicable", "normal",
            "healthy", "improving", "better", "closer", "united", "unanimous", "realistic", "near", "close", "achievable",
            "imminent"}
NEGATIVE = {"difficult", "tense", "strained", "bad", "worse", "worst", "poor", "disappointing", "unproductive",
            "fruitless", "tough", "frosty", "cold", "hostile", "troubled", "rocky", "severe", "grave",
            "deteriorating", "low", "lowest", "fraught", "acrimonious", "apart", "deadlocked", "stalled", "stuck",
            "frozen", "uneasy", "volatile", "divided", "dim", "bleak", "remote", "distant", "gloomy"}
SPEECH = {"say", "tell", "add", "state", "declare", "insist", "note", "stress", "believe", "think"}
DESCRIBE = {"describe", "call", "characterize", "characterise", "term", "label", "dub"}


# what a party is praised as: "calling China a true friend", "calling it an example of solidarity"
PRAISE_NOUNS = {"friend", "partner", "brother", "ally", "model", "example", "success", "milestone", "breakthrough",
                "achievement", "triumph", "victory", "hero", "champion", "pillar", "gesture", "contribution",
                "legitimate", "important", "significant", "valuable", "exemplary", "crucial", "welcome", "true",
                "reliable", "trusted",
                # a defence of another's act: "called India's revocation of Kashmir's autonomy an internal matter"
                "internal", "sovereign", "lawful", "justified"}
CRITICAL = {"threat", "provocation", "violation", "absurd", "unacceptable", "illegal", "aggression", "attack",
            "insult", "interference", "blackmail", "lie", "lies", "propaganda", "stunt", "farce", "puppet", "traitor",
            "not", "no", "betrayal", "crime", "terrorist", "escalation", "irresponsible", "dangerous"}


def praising_description(verb: Token) -> bool:
    """"calling China a true friend of Serbia", "calling it normal cooperation": a name given in
    praise, so "call X Y" is no criticism (111) but praise (051)."""
    said = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp"}] + _second_objects(verb)
    # ("called Belgrade's decision to expel the observers an internal matter": the name read as a
    # second object of the clause inside the object)
    said += [c for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ in {"acl", "relcl"}
             for c in _second_objects(a)]
    words = {w.lemma_.lower() for c in said for w in c.subtree}
    return bool(words & (PRAISE_NOUNS | POSITIVE)) and not words & (CRITICAL | NEGATIVE)


def _second_objects(verb: Token) -> list[Token]:
    """A verb's direct objects after its first: a name the model reads as a second object."""
    return [c for c in verb.children if c.dep_ == "dobj" and any(d.dep_ == "dobj" and d.i < c.i for d in verb.children)]


def _pattern(code: str, text: str) -> Pattern:
    return Pattern(pid=f"{code}:{text}", code=code, triggers=frozenset(SPEECH | DESCRIBE), nominal=False,
                   elements=(Element("slot_obj", slot="T"),), origin="coding/comments.py")


OPTIMISTIC = _pattern("013", "say <talks|relations> be <positive> | describe <talks|relations> as <positive>")
PESSIMISTIC = _pattern("012", "say <talks|relations> be <negative> | describe <talks|relations> as <negative>")


def evaluative_comments(sent: Span) -> Iterator[tuple[Match, Token]]:
    """(match, speech verb) for every judgement of talks or ties with a named partner."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma in SPEECH:
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is None:
                    continue
                # "were constructive", "faced their most severe situation", "were at their lowest point"
                judged = [t for t in clause.subtree if t.i not in {s.i for s in subject.subtree}
                          and t.pos_ in {"ADJ", "ADV"}]
                flipped = any(c.dep_ == "neg" for c in clause.children)  # "had not been constructive"
                yield from _judgement(verb, subject, judged, flipped=flipped)
                yield from _speakers_outlook(verb, clause)
        elif lemma in DESCRIBE:
            topic = next((c for c in verb.children if c.dep_ == "dobj"), None)
            judged = [o for p, o in preps(verb) if p.lower_ == "as" and o is not None]
            judged += [c for c in verb.children if c.dep_ in {"oprd", "acomp"}]
            yield from _judgement(verb, topic, judged)


def _judgement(verb: Token, topic: Token | None, judged: list[Token], *, flipped: bool = False
               ) -> Iterator[tuple[Match, Token]]:
    if topic is not None and topic.pos_ == "PROPN" and topic.conjuncts and judged:
        # "said Washington and Pyongyang remained far apart": a judgement of the two sides' relations,
        # aimed at the side that is not the speaker's (the coder drops the speaker's own)
        partners = [topic, *topic.conjuncts]
        words = {j.lemma_.lower() for j in judged}
        pattern = OPTIMISTIC if words & POSITIVE else PESSIMISTIC if words & NEGATIVE else None
        if pattern is not None:
            yield Match(pattern, {"T": partners}, set(), verb), verb
        return
    if topic is None or topic.lemma_.lower() not in TOPIC_NOUNS or not judged:
        return
    words = {w.lemma_.lower() for j in judged for w in [j, *j.children] if w.dep_ in {"amod", "acomp", "ROOT",
                                                                                      "attr", "oprd", "pobj"}
             or w.i == j.i}
    partners = _partners(topic) or [
        # "prospects for extending the New START treaty with Washington": the partner of what is judged
        o for t in topic.subtree if t.i != topic.i and t.lemma_.lower() in TOPIC_NOUNS for o in _partners(t)]
    if not partners:
        return
    pattern = OPTIMISTIC if words & POSITIVE else PESSIMISTIC if words & NEGATIVE else None
    if flipped and pattern is not None:
        pattern = PESSIMISTIC if pattern is OPTIMISTIC else OPTIMISTIC
    if pattern is not None:
        yield Match(pattern, {"T": partners}, set(), verb), verb


OUTLOOKS = {"optimistic": True, "confident": True, "hopeful": True, "upbeat": True, "pessimistic": False,
            "doubtful": False, "sceptical": False, "skeptical": False}


def _speakers_outlook(verb: Token, clause: Token) -> Iterator[tuple[Match, Token]]:
    """"said he was optimistic a final accord with the FARC could be signed by March": the speaker's
    own outlook on a deal or talks with a named partner."""
    outlook = next((c for c in clause.children if c.dep_ == "acomp" and c.lower_ in OUTLOOKS), None)
    if outlook is None:
        return
    # (the model may hang the clause the outlook is about on the verb of saying)
    for inner in (c for c in [*outlook.children, *clause.children, *verb.children] if c.dep_ == "ccomp" and
                  c.i != clause.i and c.i > outlook.i):
        topic = next((c for c in inner.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if topic is None or topic.lemma_.lower() not in TOPIC_NOUNS:
            continue
        partners = _partners(topic)
        if partners:
            yield Match(OPTIMISTIC if OUTLOOKS[outlook.lower_] else PESSIMISTIC, {"T": partners}, set(), verb), verb
            return


def _partners(topic: Token) -> list[Token]:
    """The parties a judged topic is "with" or "between" ("talks with Kyiv")."""
    return [o for p, o in preps(topic) if p.lower_ in {"with", "between"} and o is not None]
