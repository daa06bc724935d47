"""Robustness check: do the coder's correct events survive rewrites that keep a sentence's meaning?

A rule coder tuned on a few hundred sentences can be right for brittle reasons: an event found
only because "on Friday" sat where the pattern expected the target, or lost when a parenthetical
moves the main verb away from its subject.  Each rewrite here changes the wording of a gold
sentence but not what it reports (a date moved, an attribution added, a relative clause after
the subject), so every event the coder got right on the original should still be found.  The
share that is kept, per rewrite, measures how much the scores depend on surface form; new false
events are counted too.  Held-out sets stay honest: the check only re-reads the sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from detente.evaluation import GoldUnit, counted
from detente.model import Document
from detente.pipeline import Pipeline

WEEKDAY = re.compile(r" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _attribution(text: str, doc: Doc) -> str | None:
    return text.rstrip()[:-1] + ", officials said." if text.rstrip().endswith(".") else None


def _continued(text: str, doc: Doc) -> str:
    """The sentence as the middle of another: "The ..." and "Protesters ..." lose their capital,
    names and nationalities keep it."""
    common = doc[0].pos_ not in {"PROPN", "ADJ"} and not doc[0].ent_type_ and doc[0].text != "I"
    return text[0].lower() + text[1:] if common else text


def _reported(text: str, doc: Doc) -> str | None:
    return None if doc[0].pos_ == "VERB" else "A spokesman said " + _continued(text, doc)


def _opening_clause(text: str, doc: Doc) -> str | None:
    return None if doc[0].pos_ == "VERB" else "Days after the summit ended, " + _continued(text, doc)


def _date_moved(text: str, doc: Doc) -> str | None:
    """Drop the weekday if there is one; else put "on Tuesday" at the end."""
    if WEEKDAY.search(text):
        return WEEKDAY.sub("", text, count=1)
    return text.rstrip()[:-1] + " on Tuesday." if text.rstrip().endswith(".") else None


def _main_verb(doc: Doc):  # type: ignore[no-untyped-def]
    root = next(iter(doc.sents)).root
    return root if root.pos_ == "VERB" else None


def _date_after_verb(text: str, doc: Doc) -> str | None:
    verb = _main_verb(doc)
    if verb is None or WEEKDAY.search(text):
        return None
    end = max([verb, *(c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)], key=lambda t: t.i)
    cut = end.idx + len(end.text)
    return text[:cut] + " on Tuesday" + text[cut:]


def _parenthetical(text: str, doc: Doc) -> str | None:
    verb = _main_verb(doc)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    if not subjects:
        return None
    cut = subjects[0].right_edge.idx + len(subjects[0].right_edge.text)
    return text[:cut] + ", under pressure for weeks," + text[cut:]


def _adverb(text: str, doc: Doc) -> str | None:
    verb = _main_verb(doc)
    if verb is None or any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return None
    return text[:verb.idx] + "also " + text[verb.idx:]


REWRITES: dict[str, Callable[[str, Doc], str | None]] = {
    "attribution (', officials said')": _attribution,
    "reported speech ('A spokesman said ...')": _reported,
    "opening clause ('Days after the summit ended, ...')": _opening_clause,
    "weekday dropped or moved to the end": _date_moved,
    "weekday right after the main verb": _date_after_verb,
    "parenthetical after the subject": _parenthetical,
    "'also' before the main verb": _adverb,
}


@dataclass
class RewriteScore:
    rewrite: str
    sentences: int = 0
    correct: int = 0  # correct events on the original sentences that were rewritten
    kept: int = 0
    new_false: int = 0
    examples: list[str] | None = None

    def as_dict(self) -> dict[str, object]:
        return {"rewrite": self.rewrite, "sentences": self.sentences, "correct": self.correct, "kept": self.kept,
                "kept_share": round(self.kept / self.correct, 3) if self.correct else None,
                "new_false": self.new_false, "examples": self.examples or []}


def _keys(pipeline: Pipeline, doc: Document) -> Counter[tuple[str, str, str]]:
    coded = next(iter(pipeline.code([doc])))
    return Counter((e.source.code[:3], e.root, e.target.code[:3]) for e in coded.events if counted(e))


def check_robustness(units: list[GoldUnit], pipeline: Pipeline, *, examples: int = 3) -> list[RewriteScore]:
    """Score every rewrite over the sentence units (document units are skipped)."""
    scores = {name: RewriteScore(name, examples=[]) for name in REWRITES}
    for unit in units:
        text = unit.document.text
        if "\n" in text.strip():
            continue  # a whole article: rewrites are defined on single sentences
        gold = Counter((g.source[:3], g.root, g.target[:3]) for g in unit.events)
        original = _keys(pipeline, unit.document)
        right, wrong = original & gold, original - gold
        parsed = pipeline.nlp(text)
        for name, rewrite in REWRITES.items():
            new_text = rewrite(text, parsed)
            if not new_text or new_text == text:
                continue
            score = scores[name]
            after = _keys(pipeline, Document(unit.document.doc_id, new_text, unit.document.date))
            lost = right - after
            score.sentences += 1
            score.correct += sum(right.values())
            score.kept += sum(right.values()) - sum(lost.values())
            score.new_false += sum(((after - gold) - wrong).values())
            if lost and score.examples is not None and len(score.examples) < examples:
                score.examples.append(f"{unit.unit_id}: {new_text}")
    return list(scores.values())
