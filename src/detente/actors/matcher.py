"""Find dictionary phrases in sentences with spaCy's PhraseMatcher (an automaton, not a scan).

Two matchers are built once per dictionary and vocabulary: a case-sensitive one for names (so "US"
and "us" differ) and a lower-case one for role nouns ("officials", "business owners").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from detente.actors.dictionary import ActorDictionary, PhraseSense


@dataclass(frozen=True)
class PhraseMatch:
    """A matched phrase: token span ``[start, end)`` of the sentence's Doc and its meaning."""

    start: int
    end: int
    text: str
    senses: tuple[PhraseSense, ...] = ()
    agent: str | None = None
    context: tuple[str, ...] = ()
    context_when: tuple[str, ...] = ()

    @property
    def is_name(self) -> bool:
        return bool(self.senses or self.context)

    @property
    def only_metonym(self) -> bool:
        """A capital standing for its country and for nothing else ("Seoul", "Praia")."""
        return bool(self.senses) and all(s.usage == "metonym" for s in self.senses)


class ActorMatcher:
    """Match names, agents and contextual phrases of an :class:`ActorDictionary`."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._context: dict[str, dict[str, object]] = {}
        make = nlp.make_doc
        for phrase in dictionary.phrases:
            self._names.add(phrase, [make(phrase)])
        for item in dictionary.contextual:
            phrase = str(item["phrase"])
            key = "ctx:" + phrase
            self._context[key] = item
            variants = {phrase, phrase[:1].upper() + phrase[1:]}
            self._names.add(key, [make(v) for v in variants])
        for phrase in dictionary.agent_phrases:
            self._agents.add(phrase, [make(phrase)])

    def __call__(self, doc: Doc) -> list[PhraseMatch]:
        """Longest non-overlapping matches in a parsed Doc (names win ties over role nouns)."""
        vocab = doc.vocab.strings
        found: list[PhraseMatch] = []
        for key, s, e in self._names(doc):
            label = vocab[key]
            text = doc[s:e].text
            if label.startswith("ctx:"):
                if e < len(doc) and doc[e].text[:1].isupper():
                    continue  # "the South Korean …", "the North Atlantic …" are other names
                item = self._context[label]
                codes = [str(c) for c in item["codes"]]  # type: ignore[attr-defined]
                when = [str(c) for c in item.get("when") or []]  # type: ignore[attr-defined]
                found.append(PhraseMatch(s, e, text, context=tuple(codes), context_when=tuple(when)))
            else:
                match = PhraseMatch(s, e, text, senses=tuple(self.dictionary.senses(label)))
                if match.only_metonym and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < s for c in doc[e - 1].children):
                    continue  # "the port of Mocimboa da Praia", "Lake Victoria": a longer name ending in a capital's
                found.append(match)
        for key, s, e in self._agents(doc):
            found.append(PhraseMatch(s, e, doc[s:e].text, agent=self.dictionary.agent_phrases[vocab[key]]))
        return _longest_first(found)


def _longest_first(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), not m.is_name, m.start))
    taken: set[int] = set()
    kept: list[PhraseMatch] = []
    for m in ordered:
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
