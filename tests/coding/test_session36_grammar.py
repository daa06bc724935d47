"""Grammar, vocabulary and convention fixes of stop 36, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_storming_a_protest_site_is_repression_of_the_protesters(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenian riot police stormed the Yerevan sit-in on Tuesday, local media reported.",
                            "2016-07-26"))
    # the capital names where the sit-in stood, not the government the police serve
    assert ("ARMCOP", "175", "ARMCVL") in got
    assert not any(t == "ARMGOV" for _, _, t in got)


def test_held_for_questioning_is_a_detention(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Chilean police held two Bolivian truck drivers for questioning at the border on "
                            "Sunday.", "2018-04-08"))
    assert any(s == "CHLCOP" and c == "173" and t[:3] == "BOL" for s, c, t in got)
    assert not any(c == "091" for _, c, _ in got)


def test_troops_taking_control_of_a_firms_assets_confiscate_property(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Venezuelan soldiers took control of oil rigs run by the US company Helmerich & Payne "
                            "on Thursday.", "2010-06-25"))
    assert any(s[:3] == "VEN" and c == "1711" and t == "USABUS" for s, c, t in got)
    assert not any(c[:2] == "19" for _, c, _ in got)
