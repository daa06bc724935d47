"""coding/selection: one event per act, and what is only threatened under a speech act is the threat's.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_agreeing_to_meet_is_one_intent_not_also_a_bare_agreement(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("North Korea agreed on Monday to meet South Korean officials at Panmunjom.", "2018-01-10"))
    assert ("PRK", "036", "KORGOV") in got
    assert len(got) == 1


def test_a_second_verb_under_a_threat_is_threatened_too(code_text):  # type: ignore[no-untyped-def]
    # "threatened to suspend relations … and recall its ambassador": the recall is no fact
    got = triples(code_text("Iran threatened to suspend relations with Baku and recall its ambassador.", "2018-01-10"))
    assert any(c.startswith("13") for _, c, _ in got)
    assert not any(c.startswith("16") for _, c, _ in got)
