"""A host's guests brought together for talks negotiate with each other (coding/hosted.py), and
talks that ran their course are no halt of talks.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_guests_hosted_for_talks_negotiate_with_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkish President Recep Tayyip Erdogan hosted Russian Foreign Minister Sergei Lavrov and "
                    "his Ukrainian counterpart Dmytro Kuleba in Antalya for two hours of talks.", "2022-03-10")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert {("TUR", "043", "RUS"), ("TUR", "043", "UKR"), ("RUS", "046", "UKR"), ("UKR", "046", "RUS")} <= got
    assert ("TUR", "046", "RUS") not in got
    # guests hosted for dinner held no talks the sentence reports
    evs = code_text("Erdogan hosted Lavrov and Kuleba in Antalya for dinner.", "2022-03-10")
    assert not [c for s, c, t in triples(evs) if c == "046"]


def test_ending_days_of_talks_is_talks_not_a_halt(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbia's foreign minister ended three days of talks with his Kosovo counterpart in "
                    "Brussels on Thursday.", "2023-02-02")
    codes = {c for s, c, t in triples(evs)}
    assert "046" in codes and "164" not in codes
    evs = code_text("Serbia ended talks with Kosovo after the clashes in Zvecan.", "2023-05-30")
    assert "164" in {c for s, c, t in triples(evs)}
