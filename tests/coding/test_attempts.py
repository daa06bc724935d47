"""An attack on a named leader who survives is an attempted assassination (coding/attempts.py).

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_leader_shot_and_wounded_is_an_attempt_on_his_life(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A gunman opened fire on Donald Trump at a campaign rally in Butler, Pennsylvania, on Saturday, "
                    "wounding the former president in the ear.", "2024-07-14")
    codes = {c for s, c, t in triples(evs) if t.startswith("USA")}
    assert "185" in codes
    assert not codes & {"182", "193", "1823"}


def test_a_leader_killed_is_no_attempt(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A gunman shot Shinzo Abe during a campaign speech in Nara on Friday, and the former prime "
                    "minister died in hospital hours later.", "2022-07-08")
    assert "185" not in {c for s, c, t in triples(evs)}


def test_shooting_civilians_is_no_attempt(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A gunman opened fire on worshippers at a mosque in Christchurch on Friday, wounding dozens.",
                    "2019-03-15")
    assert "185" not in {c for s, c, t in triples(evs)}
