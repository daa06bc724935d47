"""A call for someone's release is aimed at whoever holds them (coding/holders.py).

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_release_demanded_from_the_detaining_coast_guard(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("China summoned Japan's ambassador and demanded the immediate release of a Chinese trawler "
                    "captain detained by the Japanese coast guard near disputed islands.", "2010-09-19")
    got = triples(evs)
    assert ("CHN", "1053", "JPNMIL") in got
    assert not [t for s, c, t in got if c == "1053" and t.startswith("CHN")]


def test_soldiers_arrested_in_a_country_are_held_by_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Greek Defence Minister Panos Kammenos demanded the immediate release of the two Greek "
                    "soldiers arrested in Turkey.", "2018-03-05")
    got = triples(evs)
    assert ("GRCGOV", "1053", "TUR") in got
    # the soldiers were arrested; they arrested no one
    assert not [s for s, c, t in got if c.startswith("17") and s.startswith("GRC")]


def test_a_student_sentenced_by_a_court_is_held_by_its_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A court in Abu Dhabi sentenced the British student Matthew Hedges to life in prison for "
                    "spying, and Foreign Secretary Jeremy Hunt demanded his release.", "2018-11-26")
    assert ("GBR", "ARE") in {(s[:3], t[:3]) for s, c, t in triples(evs) if c == "1053"}
