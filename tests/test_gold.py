"""Regression floors for the coder on the gold sets (figures are reported in issue notes).

The floors sit a little under the measured scores so that a change which makes the coder worse
fails here; raise them as the coder improves.
"""

from __future__ import annotations

import pytest

from detente.evaluation import evaluate, load_gold
from tests.conftest import DATA, SHARED, needs_shared

pytestmark = pytest.mark.slow


def _score(pipeline, name: str):  # type: ignore[no-untyped-def]
    units = load_gold(DATA / "gold" / name, base=SHARED)
    return evaluate(units, lambda docs: (c.events for c in pipeline.code(docs))).as_dict()


@needs_shared(SHARED / "seeds")
def test_seed_articles(pipeline):  # type: ignore[no-untyped-def]
    report = _score(pipeline, "seeds.jsonl")
    assert report["gold_events"] == 47
    # the acceptance thresholds for the analyst-relevant moves of the two seed articles
    assert report["root"]["recall"] >= 0.85
    assert report["root"]["precision"] >= 0.80
    assert report["source_accuracy"] >= 0.90 and report["target_accuracy"] >= 0.90


# floors: (root precision, root recall); measured 2026-11-26 (stop 15): dev .95/.90, dev2 .89/.83,
# dev3 .86/.69, dev4 .86/.81, dev5 .82/.67, dev6 .85/.69, dev7 .86/.71, dev8 .82/.71, dev9 .76/.47,
# dev10 .77/.69, dev11 .75/.45, dev12 .80/.66, dev13 .81/.48, test (held out) .74/.67, test2 (held out)
# .73/.62, test3 (held out) .73/.68, test4 (held out) .75/.56, test5 (held out) .81/.60, test6 (held
# out) .73/.48, test7 (held out) .69/.48; dev11, dev12 and dev13 on arrival, untuned: .72/.43, .77/.62
# and .75/.44; test7 with the coder at the start of stop 15: .67/.47; dev14 and dev15 on arrival in
# stop 16, untuned: .68/.32 and .78/.59; test8 with the coder at the start of stop 16: .72/.46; at the
# end of stop 16: dev14 .73/.40, dev15 .84/.68, test8 (held out) .72/.46 (the other rows rose by up to
# .03, see the README table); stop 17: dev16 on arrival, untuned, .74/.53; test9 with the coder at the start
# of stop 17 (and after its first 18 commits, the same): .75/.53; at the end of stop 17: dev16 .82/.63,
# test9 (held out) .74/.53; stop 18: dev17 on arrival, untuned, .78/.57; test10 with the coder at the start
# of stop 18 (and after its first two commits, the same): .81/.63; at the end of stop 18: dev17 .85/.65,
# test10 (held out) .81/.63; stop 19: dev18 on arrival, untuned, .73/.55; test11 with the coder at the start of
# stop 19: .60/.49 (after this stop's first five commits: .61/.50); stop 20: dev19 on arrival, untuned, .80/.54;
# test12 with the coder at the start of stop 20 (and after its first commit, the same): .80/.69; at the end of
# stop 20: dev18 .76/.65, dev19 .85/.60, test12 (held out) .80/.69; stop 21: dev20 on arrival, untuned, .80/.56;
# test13 with the coder at the start of stop 21: .71/.57; at the end of stop 21: dev20 .82/.59, test13 (held out)
# .72/.57; stop 22: dev21 on arrival, untuned, .75/.60; test14 with the coder at the start of stop 22: .74/.52;
# stop 23: dev22 on arrival, untuned, .77/.64; test15 with the coder at the start of stop 23: .74/.70;
# stop 24: dev23 on arrival, untuned, .82/.62; test16 with the coder at the start of stop 24: .73/.64;
# stop 25: dev24 on arrival, untuned, .74/.59; test17 with the coder at the start of stop 25: .72/.61;
# stop 26: dev25 on arrival, untuned, .77/.60; test18 with the coder at the start of stop 26: .82/.61
# stop 27: dev26 on arrival, untuned, .79/.64; test19 with the coder at the start of stop 27: .83/.71
# stop 28: dev27 on arrival, untuned, .82/.75; test20 with the coder at the start of stop 28: .84/.61
# stop 29: dev28 on arrival, untuned, .69/.58; test21 with the coder at the start of stop 29: .82/.69 (dev28's
# source-accuracy floor is .85: it fell from .905 on arrival to .879 as tuning paired more of its events)
# stop 30: dev29 on arrival, untuned, .80/.62; test22 with the coder at the start of stop 30: .81/.66
# stop 31: dev30 on arrival, untuned, .76/.70; test23 with the coder at the start of stop 31: .78/.60
# stop 32: dev31 on arrival, untuned, .86/.62; test24 with the coder at the start of stop 32: .82/.78
# stop 33: dev32 on arrival, untuned, .83/.67; test25 with the coder at the start of stop 33: .77/.56
# stop 34: dev33 on arrival, untuned, .81/.68; test26 with the coder at the start of stop 34: .77/.57
# stop 35: dev34 on arrival, untuned, .81/.67; test27 with the coder at the start of stop 35: .75/.59
# stop 36: dev35 on arrival, untuned, .87/.65; test28 with the coder at the start of stop 36: .82/.66
FLOORS = {"sentences_dev.jsonl": (0.91, 0.85), "sentences_dev2.jsonl": (0.85, 0.74),
          "sentences_dev3.jsonl": (0.80, 0.59), "sentences_test.jsonl": (0.71, 0.59),
          "sentences_dev4.jsonl": (0.78, 0.71), "sentences_test2.jsonl": (0.65, 0.53),
          "sentences_test3.jsonl": (0.66, 0.56), "sentences_dev5.jsonl": (0.74, 0.58),
          "sentences_dev6.jsonl": (0.78, 0.63), "sentences_dev7.jsonl": (0.78, 0.62),
          "sentences_test4.jsonl": (0.69, 0.51), "sentences_dev8.jsonl": (0.76, 0.65),
          "sentences_test5.jsonl": (0.77, 0.52), "sentences_dev9.jsonl": (0.70, 0.41),
          "sentences_dev10.jsonl": (0.72, 0.62), "sentences_test6.jsonl": (0.69, 0.44),
          "sentences_dev11.jsonl": (0.70, 0.41), "sentences_dev12.jsonl": (0.75, 0.61),
          "sentences_dev13.jsonl": (0.76, 0.44), "sentences_test7.jsonl": (0.64, 0.44),
          "sentences_dev14.jsonl": (0.68, 0.36), "sentences_dev15.jsonl": (0.78, 0.62),
          "sentences_test8.jsonl": (0.67, 0.42), "sentences_dev16.jsonl": (0.77, 0.56),
          "sentences_test9.jsonl": (0.70, 0.48), "sentences_dev17.jsonl": (0.80, 0.60),
          "sentences_test10.jsonl": (0.75, 0.57), "sentences_dev18.jsonl": (0.72, 0.60),
          "sentences_test11.jsonl": (0.56, 0.45), "sentences_dev19.jsonl": (0.80, 0.56),
          "sentences_test12.jsonl": (0.76, 0.65), "sentences_dev20.jsonl": (0.76, 0.52),
          "sentences_test13.jsonl": (0.67, 0.53), "sentences_dev21.jsonl": (0.70, 0.55),
          "sentences_test14.jsonl": (0.69, 0.47), "sentences_dev22.jsonl": (0.72, 0.59),
          "sentences_test15.jsonl": (0.69, 0.64), "sentences_dev23.jsonl": (0.78, 0.57),
          "sentences_test16.jsonl": (0.69, 0.60), "sentences_dev24.jsonl": (0.71, 0.56),
          "sentences_test17.jsonl": (0.69, 0.58), "sentences_dev25.jsonl": (0.74, 0.57),
          "sentences_test18.jsonl": (0.78, 0.57), "sentences_dev26.jsonl": (0.76, 0.61),
          "sentences_test19.jsonl": (0.80, 0.68), "sentences_dev27.jsonl": (0.79, 0.72),
          "sentences_test20.jsonl": (0.81, 0.58), "sentences_dev28.jsonl": (0.66, 0.55),
          "sentences_test21.jsonl": (0.79, 0.66), "sentences_dev29.jsonl": (0.76, 0.58),
          "sentences_test22.jsonl": (0.78, 0.62), "sentences_dev30.jsonl": (0.74, 0.68),
          "sentences_test23.jsonl": (0.75, 0.58), "sentences_dev31.jsonl": (0.84, 0.60),
          "sentences_test24.jsonl": (0.79, 0.75), "sentences_dev32.jsonl": (0.83, 0.66),
          "sentences_test25.jsonl": (0.74, 0.54), "sentences_dev33.jsonl": (0.79, 0.68),
          "sentences_test26.jsonl": (0.73, 0.54), "sentences_dev34.jsonl": (0.80, 0.69),
          "sentences_test27.jsonl": (0.72, 0.56), "sentences_dev35.jsonl": (0.83, 0.64),
          "sentences_test28.jsonl": (0.78, 0.62)}
MIN_EVENTS = {"sentences_test2.jsonl": 170, "sentences_dev4.jsonl": 180, "sentences_test3.jsonl": 180,
              "sentences_dev5.jsonl": 240, "sentences_dev6.jsonl": 190, "sentences_dev7.jsonl": 215,
              "sentences_test4.jsonl": 230, "sentences_dev8.jsonl": 240, "sentences_test5.jsonl": 200,
              "sentences_dev9.jsonl": 250, "sentences_dev10.jsonl": 190, "sentences_test6.jsonl": 230,
              "sentences_dev11.jsonl": 280, "sentences_dev12.jsonl": 195, "sentences_dev13.jsonl": 260,
              "sentences_test7.jsonl": 205, "sentences_dev14.jsonl": 340, "sentences_dev15.jsonl": 180,
              "sentences_test8.jsonl": 210, "sentences_dev16.jsonl": 215, "sentences_test9.jsonl": 175,
              "sentences_dev17.jsonl": 210, "sentences_test10.jsonl": 155, "sentences_dev18.jsonl": 200,
              "sentences_test11.jsonl": 110, "sentences_dev19.jsonl": 270, "sentences_test12.jsonl": 110,
              "sentences_dev20.jsonl": 170, "sentences_test13.jsonl": 95, "sentences_dev21.jsonl": 168,
              "sentences_test14.jsonl": 86, "sentences_dev22.jsonl": 165, "sentences_test15.jsonl": 110,
              "sentences_dev23.jsonl": 155, "sentences_test16.jsonl": 125, "sentences_dev24.jsonl": 165,
              "sentences_test17.jsonl": 88, "sentences_dev25.jsonl": 170, "sentences_test18.jsonl": 88,
              "sentences_dev26.jsonl": 158, "sentences_test19.jsonl": 84,
              "sentences_dev27.jsonl": 153, "sentences_test20.jsonl": 86,
              "sentences_dev28.jsonl": 166, "sentences_test21.jsonl": 58,
              "sentences_dev29.jsonl": 152, "sentences_test22.jsonl": 85,
              "sentences_dev30.jsonl": 165, "sentences_test23.jsonl": 156,
              "sentences_dev31.jsonl": 146, "sentences_test24.jsonl": 116,
              "sentences_dev32.jsonl": 184, "sentences_test25.jsonl": 117,
              "sentences_dev33.jsonl": 172, "sentences_test26.jsonl": 91,
              "sentences_dev34.jsonl": 180, "sentences_test27.jsonl": 111,
              "sentences_dev35.jsonl": 170, "sentences_test28.jsonl": 100}
# (the 100-sentence sets; dev6, dev7, dev8, dev9, dev10, test5, test6, dev11, dev12, dev13 and test7 keep
# 82, 85, 95, 96, 88, 87, 91, 98, 88, 94 and 88 of their sentences)
# actor accuracy floors (source, target); sets by other annotators are the strictest about targets
# (test2's source floor went from 0.92 to 0.90 in stop 16: its source accuracy fell to 0.916 as its root F1
# rose from 0.67 to 0.69, more events being paired; the set is held out, so the cause was not looked into;
# test21's target floor went from 0.79 to 0.77 in stop 32 the same way: its target accuracy fell from 0.825 to
# 0.78 with 715128e as its root F1 rose from 0.748 to 0.759; test13's from 0.60 to 0.58 in stop 34: one more
# actor pair matched, "the Tripoli-based government said it would cooperate with the investigators" now read as
# the government's act, with the investigators resolved to the wrong side, 0.603 -> 0.594)
ACTOR_FLOORS = {"sentences_dev3.jsonl": (0.88, 0.76), "sentences_test2.jsonl": (0.90, 0.79),
                "sentences_dev4.jsonl": (0.90, 0.77), "sentences_test3.jsonl": (0.82, 0.77),
                "sentences_dev5.jsonl": (0.90, 0.79), "sentences_dev6.jsonl": (0.90, 0.77),
                "sentences_dev7.jsonl": (0.86, 0.77), "sentences_test4.jsonl": (0.88, 0.75),
                "sentences_dev8.jsonl": (0.88, 0.78), "sentences_test5.jsonl": (0.80, 0.74),
                "sentences_dev9.jsonl": (0.80, 0.72), "sentences_dev10.jsonl": (0.88, 0.80),
                "sentences_test6.jsonl": (0.86, 0.70), "sentences_dev11.jsonl": (0.82, 0.68),
                "sentences_dev12.jsonl": (0.90, 0.70), "sentences_dev13.jsonl": (0.86, 0.68),
                "sentences_test7.jsonl": (0.82, 0.66), "sentences_dev14.jsonl": (0.85, 0.66),
                "sentences_dev15.jsonl": (0.82, 0.68), "sentences_test8.jsonl": (0.82, 0.68),
                "sentences_dev16.jsonl": (0.88, 0.80), "sentences_test9.jsonl": (0.84, 0.78),
                "sentences_dev17.jsonl": (0.88, 0.72), "sentences_test10.jsonl": (0.82, 0.70),
                "sentences_dev18.jsonl": (0.92, 0.72), "sentences_test11.jsonl": (0.88, 0.65),
                "sentences_dev19.jsonl": (0.92, 0.75), "sentences_test12.jsonl": (0.94, 0.80),
                "sentences_dev20.jsonl": (0.93, 0.70), "sentences_test13.jsonl": (0.90, 0.58),
                "sentences_dev21.jsonl": (0.89, 0.76), "sentences_test14.jsonl": (0.93, 0.80),
                "sentences_dev22.jsonl": (0.85, 0.81), "sentences_test15.jsonl": (0.92, 0.70),
                "sentences_dev23.jsonl": (0.92, 0.78), "sentences_test16.jsonl": (0.87, 0.78),
                "sentences_dev24.jsonl": (0.89, 0.77), "sentences_test17.jsonl": (0.93, 0.74),
                "sentences_dev25.jsonl": (0.92, 0.80), "sentences_test18.jsonl": (0.80, 0.67),
                "sentences_dev26.jsonl": (0.91, 0.84), "sentences_test19.jsonl": (0.86, 0.78),
                "sentences_dev27.jsonl": (0.93, 0.80), "sentences_test20.jsonl": (0.87, 0.72),
                "sentences_dev28.jsonl": (0.85, 0.72), "sentences_test21.jsonl": (0.94, 0.77),
                "sentences_dev29.jsonl": (0.88, 0.78), "sentences_test22.jsonl": (0.90, 0.72),
                "sentences_dev30.jsonl": (0.90, 0.82), "sentences_test23.jsonl": (0.82, 0.82),
                "sentences_dev31.jsonl": (0.86, 0.85), "sentences_test24.jsonl": (0.84, 0.74),
                "sentences_dev32.jsonl": (0.88, 0.80), "sentences_test25.jsonl": (0.80, 0.73),
                "sentences_dev33.jsonl": (0.92, 0.85), "sentences_test26.jsonl": (0.88, 0.74),
                "sentences_dev34.jsonl": (0.87, 0.80), "sentences_test27.jsonl": (0.87, 0.75),
                "sentences_dev35.jsonl": (0.88, 0.85), "sentences_test28.jsonl": (0.93, 0.83)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_sentence_sets(pipeline, name: str):  # type: ignore[no-untyped-def]
    report = _score(pipeline, name)
    precision, recall = FLOORS[name]
    assert report["gold_events"] >= MIN_EVENTS.get(name, 250)
    assert report["root"]["precision"] >= precision
    assert report["root"]["recall"] >= recall
    source, target = ACTOR_FLOORS.get(name, (0.88, 0.80))
    assert report["source_accuracy"] >= source
    assert report["target_accuracy"] >= target
