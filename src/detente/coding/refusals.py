"""A refused cooperative act is a rejection, not only an act that did not happen.

"Petro refused to allow two U.S. military planes to land" reports something Colombia did: it
rejected the United States. The coder already codes the refused act ("allow … to land", 081) and
marks it negated, which keeps it out of analyses; CAMEO and the gold conventions also count the
refusal itself as a 12x rejection of the same party. This module derives that rejection from the
negated act, choosing the 12x code that mirrors the act's code (refusing to meet is 125, refusing to
release prisoners 1243, refusing military cooperation 1212). Refusals a pattern already codes
("refused to extradite", 12b_reject_complements.txt) are left alone.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from detente.coding.modality import is_negated, modality
from detente.coding.ontology import EventType, Ontology, retyped
from detente.model import Event

REFUSING_VERBS = {"refuse", "decline"}
# the rejection that refusing an act amounts to, by the act's code (longest prefix first)
REJECTIONS = {
    "04": "125", "057": "127", "05": "120", "061": "1211", "062": "1212", "06": "121",
    "071": "1221", "072": "1222", "073": "1223", "074": "1224", "07": "122",
    "081": "1241", "082": "1242", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234", "083": "123",
    "084": "1243", "085": "1244", "086": "1245", "087": "1246", "08": "124",
}


def rejection_code(code: str) -> str | None:
    """The 12x code for refusing an act coded ``code`` (None for acts no refusal of which is coded)."""
    for size in (4, 3, 2):
        if code[:size] in REJECTIONS:
            return REJECTIONS[code[:size]]
    return None


def refusing_verb(act: Token) -> Token | None:
    """"refused to allow": the refusing verb whose "to" infinitive ``act`` is."""
    head = act.head
    if act.dep_ == "xcomp" and head.lemma_.lower() in REFUSING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return head
    return None


def refusals(events: list[Event], sent: Span, ontology: Ontology) -> list[Event]:
    """Rejections (12x) for the negated cooperative acts of a sentence that were refused."""
    rejected = {(e.source.code, e.target.code) for e in events if e.root == "12" and not e.negated}
    tokens = tokens_by_start(sent)
    out: list[Event] = []
    for e in events:
        code = rejection_code(e.code) if e.negated else None
        act = tokens.get(e.trigger_start)
        verb = refusing_verb(act) if code is not None and act is not None else None
        if verb is None or (e.source.code, e.target.code) in rejected or is_negated(verb):
            continue  # "did not refuse to meet" rejects nothing
        etype = ontology.get(code)  # type: ignore[arg-type]
        rejected.add((e.source.code, e.target.code))
        out.append(derived(e, etype, verb, sent, f"{etype.code}:refuse to <{e.pattern}> (refusal)"))
    return out


def tokens_by_start(sent: Span) -> dict[int, Token]:
    """The sentence's tokens by their offset in it: how an event's ``trigger_start`` finds its token."""
    return {tok.idx - sent.start_char: tok for tok in sent}


def derived(act: Event, etype: EventType, verb: Token, sent: Span, pattern: str, **changes: Any) -> Event:
    """An event of ``etype`` said by ``verb`` about the coded ``act`` (a refusal of it, an admission
    of it): the act's parties, date and place, the verb's own modality, and a pattern id saying so."""
    return retyped(act, etype, pattern=pattern, trigger=verb.text, trigger_start=verb.idx - sent.start_char,
                   negated=False, modality=modality(verb, verb), **changes)
