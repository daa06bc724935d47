"""A country named again by a description of it (mixed into ``DocumentActors``).

News names a country once and then by what it is like: "a Hercules loaded with relief supplies would
leave for the island nation", "Britain pledged support for the flood-stricken country", "Canberra will
come to the low-lying nation's defence". Such a phrase points back to the last country named, other
than the one acting on it; a regional word in it ("the Pacific island nation") keeps only the
countries of that region, so that "China and Nauru restored relations …, days after the Pacific
island nation severed its ties with Taipei" is Nauru's act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.actors.clauses import verb_above
from detente.actors.matcher import ActorMatcher
from detente.model import Mention

if TYPE_CHECKING:
    from detente.actors.coreference import _Known

# the nouns a description of a country ends in
EPITHET_NOUNS = {"country", "nation"}
# words that place a described country in a region (``region`` in countries.yaml)
REGION_WORDS = {"pacific": "Oceania", "african": "Africa", "european": "Europe", "asian": "Asia",
                "caribbean": "Americas", "andean": "Americas", "latin": "Americas", "balkan": "Europe",
                "baltic": "Europe", "nordic": "Europe", "scandinavian": "Europe", "himalayan": "Asia",
                "gulf": "Asia", "sahel": "Africa", "sahelian": "Africa"}
# modifiers that rank or contrast ("the first Western country to …", "the other country", "the host
# nation") or count: not a description of one country already named
NOT_DESCRIBING = {"first", "second", "third", "last", "only", "other", "host", "neighbouring", "neighboring",
                  "same", "whole", "entire", "next", "member", "home", "foreign", "another", "third-party",
                  "each", "every", "both", "two", "guest", "donor", "partner", "transit", "receiving", "sending",
                  "participating"}


# "the kingdom recalled its ambassador from Tehran": a realm named by its form of rule (ISO codes, as
# CAMEO uses them for these states)
MONARCHY_NOUNS = {
    "kingdom": {"SAU", "BHR", "JOR", "MAR", "THA", "KHM", "ESP", "GBR", "NLD", "BEL", "SWE", "NOR", "DNK", "BTN",
                "SWZ", "LSO", "TON"},
    "emirate": {"QAT", "KWT", "ARE"},
    "sultanate": {"OMN", "BRN"},
}


class Epithets:
    """Countries named by a description (state owned by ``DocumentActors``)."""

    matcher: ActorMatcher
    history: list[_Known]

    if TYPE_CHECKING:  # provided by DocumentActors and Coreference
        def _clause_subject_codes(self, verb: Token, sent: Span) -> set[str]: ...

        def _parties_before(self, head: Token, sent: Span, *, possessors: bool = False) -> list[_Known]: ...

    def _described_country(self, head: Token, sent: Span) -> list[Mention]:
        """"the island nation", "the landlocked country's infrastructure": the last country named
        that is not the one acting on it, in the region the description names, if it names one."""
        the = next((c for c in head.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if head.lower_ in MONARCHY_NOUNS and the is not None and [c.dep_ for c in head.children] == ["det"]:
            return self._the_monarchy(head, the, sent)
        if head.lower_ not in EPITHET_NOUNS or head.dep_ in {"attr", "appos", "conj", "npadvmod"} or the is None or \
                any(c.dep_ == "nummod" for c in head.children):
            return []  # (one country: "the 27 participating nations" are a body's members)
        words = [w for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i for w in c.subtree]
        if not words or any(w.lower_ in NOT_DESCRIBING or w.tag_ in {"JJS", "CD", "RBS"} for w in words):
            return []
        region = next((REGION_WORDS[w.lower_] for w in words if w.lower_ in REGION_WORDS), None)
        acting: set[str] = set()
        if head.dep_ not in {"nsubj", "nsubjpass"}:  # ("Britain pledged support for the … country")
            acting = {c[:3] for c in self._clause_subject_codes(verb_above(head), sent)}
        regions = self.matcher.dictionary.regions
        return self._last_country(head, the, sent, lambda code: code not in acting and code in regions and (
            region is None or regions[code] == region))

    def _the_monarchy(self, head: Token, the: Token, sent: Span) -> list[Mention]:
        """"the kingdom", "the emirate": the last realm of that kind named before."""
        return self._last_country(head, the, sent, MONARCHY_NOUNS[head.lower_].__contains__)

    def _last_country(self, head: Token, the: Token, sent: Span, accept: Callable[[str], bool]) -> list[Mention]:
        """The country of the last party named (in this sentence first, then before it) whose code
        ``accept`` takes, as the mention "the … ``head``" refers back to."""
        for known in self._parties_before(head, sent, possessors=True)[::-1] + self.history[::-1]:
            if accept(known.mention.code[:3]):
                return [Mention(known.mention.code[:3], head.doc[the.i:head.i + 1].text, the.idx - sent.start_char,
                                head.idx + len(head.text) - sent.start_char, known.mention.entry,
                                antecedent=known.mention.text)]
        return []
