"""The robustness check rewrites sentences without changing what they report and counts the
coder's correct events that survive; sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from detente.evaluation import GoldEvent, GoldUnit
from detente.model import Document
from detente.robustness import REWRITES, check_robustness

pytestmark = pytest.mark.slow


def _rewrite(nlp, name_start: str, text: str) -> str | None:  # type: ignore[no-untyped-def]
    name = next(n for n in REWRITES if n.startswith(name_start))
    return REWRITES[name](text, nlp(text))


def test_rewrites_keep_the_report_and_change_the_wording(nlp):  # type: ignore[no-untyped-def]
    text = "Protesters stormed the parliament in Nairobi on Tuesday."
    assert _rewrite(nlp, "attribution", text) == "Protesters stormed the parliament in Nairobi on Tuesday, officials said."
    assert _rewrite(nlp, "reported", text) == "A spokesman said protesters stormed the parliament in Nairobi on Tuesday."
    assert _rewrite(nlp, "weekday dropped", text) == "Protesters stormed the parliament in Nairobi."
    assert _rewrite(nlp, "parenthetical", text) == \
        "Protesters, under pressure for weeks, stormed the parliament in Nairobi on Tuesday."
    assert _rewrite(nlp, "'also'", text) == "Protesters also stormed the parliament in Nairobi on Tuesday."
    assert _rewrite(nlp, "weekday right after", "Russian troops seized the airport.") == \
        "Russian troops seized on Tuesday the airport."
    # a name keeps its capital letter inside the longer sentence
    assert _rewrite(nlp, "reported", "Russian troops seized the airport.") == \
        "A spokesman said Russian troops seized the airport."


def test_correct_events_are_counted_and_kept(pipeline):  # type: ignore[no-untyped-def]
    units = [GoldUnit("r1", Document("r1", "China urged Japan on Friday to release the detained fishermen.",
                                     date(2010, 9, 20)), (GoldEvent("CHNGOV", "JPNGOV", "0253"),)),
             GoldUnit("r2", Document("r2", "The weather in Tokyo was mild on Friday.", date(2010, 9, 20)), ())]
    scores = {s.rewrite: s for s in check_robustness(units, pipeline)}
    attribution = next(s for name, s in scores.items() if name.startswith("attribution"))
    assert attribution.sentences == 2
    assert attribution.correct == 1 and attribution.kept == 1 and attribution.new_false == 0
    for score in scores.values():
        assert 0 <= score.kept <= score.correct
