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
