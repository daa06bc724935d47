"""Patterns and grammar fixes of stop 17, each found on a tuning sentence and tested on one written
for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_seeking_clarity_from_a_government_demands_information(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Vienna and Prague sought clarity from Bratislava over the leaked surveillance files.", "2022-03-14")
    got = triples(evs)
    assert ("AUTGOV", "101", "SVKGOV") in got
    assert ("CZEGOV", "101", "SVKGOV") in got


def test_a_described_object_is_not_its_own_clauses_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kuwait deposited $500 million in Egypt's central bank, part of a $4 billion package that "
                    "Kuwait and Qatar had promised the ruling military council.", "2013-07-20")
    got = triples(evs)
    assert ("QAT", "030", "EGYGOV") in got
    assert not [(s, t) for s, c, t in got if c == "030" and {s[:3], t[:3]} == {"KWT", "QAT"}]
