"""The evaluator's pairing of predicted and gold events for actor accuracy.

The sentence is written for this test (not taken from the gold sets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.evaluation import evaluate, load_gold

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("first", ["PHLREB", "PHLGOV"])
def test_actor_accuracy_pairs_events_whose_complete_codes_agree(pipeline, tmp_path: Path, first: str
                                                                ):  # type: ignore[no-untyped-def]
    # the mediator's two events differ only in the target's sector (PHLGOV, PHLREB): each gold event is
    # compared with the predicted event naming the same actors, not with its neighbour
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "date": "2016-08-23",
        "text": "The Philippine government and communist rebels resumed peace talks in Oslo on Tuesday, with "
                "Norway acting as guarantor.",
        "events": [{"source": "NOR", "target": t, "code": "045"}
                   for t in (first, ({"PHLREB", "PHLGOV"} - {first}).pop())]}) + "\n")
    report = evaluate(load_gold(gold), lambda docs: (c.events for c in pipeline.code(docs))).as_dict()
    assert report["actor_pairs"] == 2
    assert report["target_accuracy"] == 1.0
