"""Event locations from locative phrases in real sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place", "country"), [
    ("North Korea sent its nuclear negotiator to Moscow on Friday.", "Moscow", "RUS"),
    ("North Korea rejected the plan. Seoul then countered with a proposal for talks at the Panmunjom site.",
     "Panmunjom", "KOR"),
    ("EU officials met North Korean envoys in Brussels.", "Brussels", "BEL"),
    ("Vladimir Putin met Shinzo Abe at the Black Sea resort of Sochi.", "Sochi", "RUS"),
    ("Iran and the IAEA held talks in Vienna last week.", "Vienna", "AUT"),
])
def test_event_location(code_text, text: str, place: str, country: str):  # type: ignore[no-untyped-def]
    evs = [e for e in code_text(text, "2014-02-08") if e.sent_index == text.count(". ")]
    assert evs, text
    loc = evs[0].location
    assert loc is not None and loc.name == place and loc.country == country
    assert loc.lat is not None and loc.lon is not None
