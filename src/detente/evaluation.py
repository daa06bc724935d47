"""Evaluate the coder against gold annotations: precision, recall, F1, actor accuracy, confusion.

Gold is JSONL: one unit per line, either a sentence (``text``) or a document (``path`` relative to
the gold file or to ``--base``), with ``date`` and ``events`` [{source, target, code}].  Predicted
events that are negated or not factual (hypothetical, prescriptive) are not counted, because gold
lists only what was reported as done, announced or planned.

Matching (documented in the README): within a unit, a predicted and a gold event are the *same
event* when their roots agree and their source and target agree at country level (first three
letters, so KORGOV matches KOR); full-code scores also require the same code.  Actor accuracy is
measured over events paired by root (choosing the pair that agrees on at least one side at
country level, the most sides at country level, then the most complete actor codes; and, where
document gold quotes its evidence, only events of the quoted sentence) and compares complete actor
codes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import DetenteError
from detente.model import Document, Event



@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str
    code: str
    evidence: str | None = None  # a quote of the sentence (document gold), used to pair actors

    def in_sentence(self, sentence: str) -> bool:
        """True if the evidence quote (its first fragment before "...") occurs in ``sentence``."""
        if not self.evidence:
            return True
        fragment = _normal(self.evidence.split("...")[0].split("…")[0])
        return bool(fragment) and fragment in _normal(sentence)

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class GoldUnit:
    unit_id: str
    document: Document
    events: tuple[GoldEvent, ...]


@dataclass
class Scores:
    """Counts and derived scores; ``as_dict`` gives the report."""

    tp_root: int = 0
    tp_code: int = 0
    n_pred: int = 0
    n_gold: int = 0
    actor_pairs: int = 0
    source_ok: int = 0
    target_ok: int = 0
    source_country_ok: int = 0
    target_country_ok: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_events": self.n_gold, "predicted_events": self.n_pred,
            "root": self._prf(self.tp_root, self.n_pred, self.n_gold),
            "code": self._prf(self.tp_code, self.n_pred, self.n_gold),
            "actor_pairs": self.actor_pairs,
            "source_accuracy": round(self.source_ok / self.actor_pairs, 3) if self.actor_pairs else None,
            "target_accuracy": round(self.target_ok / self.actor_pairs, 3) if self.actor_pairs else None,
            "source_country_accuracy": (round(self.source_country_ok / self.actor_pairs, 3)
                                        if self.actor_pairs else None),
            "target_country_accuracy": (round(self.target_country_ok / self.actor_pairs, 3)
                                        if self.actor_pairs else None),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def load_gold(path: Path, *, base: Path | None = None) -> list[GoldUnit]:
    """Read a gold JSONL file; errors name file and line."""
    from detente.ingest.readers import read_file

    units: list[GoldUnit] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            day = date.fromisoformat(rec["date"]) if rec.get("date") else None
            events = tuple(GoldEvent(e["source"], e["target"], e["code"], e.get("evidence"))
                           for e in rec.get("events", []))
            uid = str(rec["id"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DetenteError("E030", f"invalid gold record: {exc}", item=str(path), line=lineno) from None
        if "text" in rec:
            doc = Document(uid, rec["text"], day)
        else:
            doc_path = _locate(rec.get("path", ""), path, base)
            read = [d for d in read_file(doc_path, default_date=day) if isinstance(d, Document)]
            if not read:
                raise DetenteError("E030", f"cannot read gold document {doc_path}", item=str(path), line=lineno)
            doc = Document(uid, read[0].text, day)
        units.append(GoldUnit(uid, doc, events))
    return units


def _locate(rel: str, gold_path: Path, base: Path | None) -> Path:
    candidates = [Path(rel)]
    if base is not None:
        candidates.append(base / rel)
    candidates += [gold_path.parent / rel, *(p / "shared" / rel for p in gold_path.resolve().parents)]
    return next((c for c in candidates if c.exists()), candidates[0])


def _normal(text: str) -> str:
    """Lower-case text with straight quotes and single spaces, for matching evidence quotes."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-"})
    return " ".join(text.translate(table).lower().split()).strip(" .,;:\"'")


def counted(ev: Event) -> bool:
    """Events that gold would list: not negated, and reported or announced (not advice or maybes)."""
    return ev.factual


def evaluate(units: list[GoldUnit], code: Callable[[Iterable[Document]], Iterable[list[Event]]]
             ) -> Scores:
    """Score a coder (a function from documents to per-document event lists) on gold units."""
    scores = Scores()
    predictions = code(u.document for u in units)
    for unit, events in zip(units, predictions, strict=True):
        pred = [e for e in events if counted(e)]
        _score_unit(unit, pred, scores)
    return scores


def _score_unit(unit: GoldUnit, pred: list[Event], scores: Scores) -> None:
    gold = list(unit.events)
    scores.n_gold += len(gold)
    # collapse duplicates the coder emits for one act (same sentence, dyad and code); the same
    # move reported in two sentences stays two events, as document gold lists repeated moves
    seen: set[tuple[int, str, str, str]] = set()
    uniq = []
    for e in pred:
        key = (e.sent_index, e.source.code, e.target.code, e.code)
        if key not in seen:
            seen.add(key)
            uniq.append(e)
    scores.n_pred += len(uniq)
    free = list(range(len(gold)))
    for e in uniq:
        hit = next((i for i in free if _same(e, gold[i], exact_code=True)), None)
        if hit is None:
            hit = next((i for i in free if _same(e, gold[i], exact_code=False)), None)
        if hit is not None:
            free.remove(hit)
            scores.tp_root += 1
            scores.tp_code += int(e.code == gold[hit].code)
    for i in free:
        g = gold[i]
        scores.misses.append({"unit": unit.unit_id, "missed": f"{g.source} {g.code} {g.target}",
                              "predicted": [f"{e.source.code} {e.code} {e.target.code}" for e in uniq]})
    _actor_and_confusion(gold, uniq, scores)


def _same(e: Event, g: GoldEvent, *, exact_code: bool) -> bool:
    if exact_code and e.code != g.code:
        return False
    return e.root == g.root and e.source.code[:3] == g.source[:3] and e.target.code[:3] == g.target[:3]


def _actor_and_confusion(gold: list[GoldEvent], pred: list[Event], scores: Scores) -> None:
    by_root = list(pred)
    for g in gold:
        # pair with the same-root event that agrees best at country level (at least one side), so
        # that in a long document unrelated events of the same root are not compared
        # (and among those, the one whose complete actor codes agree: "NOR 045 COLGOV" pairs with the
        # predicted NOR 045 COLGOV, not with NOR 045 COLREB beside it)
        scored = [(int(e.source.code[:3] == g.source[:3]) + int(e.target.code[:3] == g.target[:3]),
                   int(e.source.code == g.source) + int(e.target.code == g.target), int(e.code == g.code), i)
                  for i, e in enumerate(by_root) if e.root == g.root and g.in_sentence(e.sentence)]
        scored = [s for s in scored if s[0] >= 1]
        pair = by_root[max(scored)[3]] if scored else None
        if pair is not None:
            by_root.remove(pair)
            scores.actor_pairs += 1
            scores.source_ok += int(pair.source.code == g.source)
            scores.target_ok += int(pair.target.code == g.target)
            scores.source_country_ok += int(pair.source.code[:3] == g.source[:3])
            scores.target_country_ok += int(pair.target.code[:3] == g.target[:3])
    remaining = list(pred)
    for g in gold:
        pair = next((e for e in remaining if e.source.code[:3] == g.source[:3]
                     and e.target.code[:3] == g.target[:3]), None)
        if pair is not None:
            remaining.remove(pair)
        scores.confusion[(g.root, pair.root if pair else "none")] += 1
    for e in remaining:
        scores.confusion[("none", e.root)] += 1
