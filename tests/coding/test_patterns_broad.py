"""Broadened pattern dictionary: light-verb and nominal phrasings added root by root
(optimism about ties, playing down tensions, openness to talks, go-betweens, phone calls,
patched-up ties, debt lifelines, cargo planeloads, consulate closures, visa suspensions, theft)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China voiced confidence in its relations with Pakistan.", ("CHN", "013", "PAK")),
        ("India played down tensions with China.", ("IND", "013", "CHN")),
        ("Iran said it was open to talks with Saudi Arabia.", ("IRN", "036", "SAU")),
        ("Turkey acted as a go-between for Russia and Ukraine.", ("TUR", "045", "RUS")),
        ("Japan patched up ties with South Korea.", ("JPN", "050", "KOR")),
        ("Japan threw a lifeline to Sri Lanka.", ("JPN", "071", "LKA")),
        ("China sent planeloads of tents to Afghanistan.", ("CHN", "073", "AFG")),
        ("Russia ordered the closure of the Polish consulate.", ("RUS", "161", "POLGOV")),
        ("India suspended visa services for Canadians.", ("IND", "172", "CANCVL")),
    ],
)
def test_broad_phrasings_are_coded(code_text, text, expected):  # type: ignore[no-untyped-def]
    assert expected in triples(code_text(text, day="2023-06-01"))


def test_a_go_between_mediates_for_both_parties(code_text):  # type: ignore[no-untyped-def]
    evs = triples(code_text("Turkey acted as a go-between for Russia and Ukraine.", day="2023-06-01"))
    assert {("TUR", "045", "RUS"), ("TUR", "045", "UKR")} <= evs
