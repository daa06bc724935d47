"""Aid told by the vehicle that carries it (coding/deliveries.py).

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_plane_carrying_relief_that_arrived_delivered_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("An Indian air force plane carrying relief supplies arrived in Turkey on Tuesday.", "2023-02-07")
    assert ("IND", "073", "TUR") in triples(evs)


def test_an_aid_convoy_crossing_a_border_invades_no_one(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A convoy of Turkish trucks carrying humanitarian aid crossed into Syria.", "2023-02-14")
    got = triples(evs)
    assert ("TUR", "073", "SYR") in got
    assert not [c for s, c, t in got if c.startswith("19")]


def test_a_convoy_of_tanks_still_invades(code_text):  # type: ignore[no-untyped-def]
    # the guard
    evs = code_text("A convoy of Russian tanks crossed into Ukraine.", "2022-02-24")
    assert ("RUSMIL", "190", "UKR") in triples(evs)


def test_an_aid_plane_landing_in_a_city(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Saudi plane carrying food and medical supplies landed in Aleppo on Tuesday.", "2023-02-14")
    assert ("SAU", "073", "SYR") in triples(evs)
