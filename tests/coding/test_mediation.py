"""A mediator mediates between the parties of the acts it brought about (coding/mediation.py).

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_mediators_of_talks_mediate_between_the_sides_not_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks in Doha "
                    "mediated by Qatar and Turkey.", "2025-10-19")
    got = triples(evs)
    assert {("QAT", "045", "PAK"), ("QAT", "045", "AFG"), ("TUR", "045", "PAK"), ("TUR", "045", "AFG")} <= got
    assert not [(s, t) for s, c, t in got if {s[:3], t[:3]} == {"QAT", "TUR"}]
    assert ("PAK", "046", "AFG") in got  # the talks are the two sides', not the mediators'


def test_a_swap_mediated_by_a_third_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia freed the American basketball star Brittney Griner as Washington released the arms "
                    "dealer Viktor Bout, in a swap that the United Arab Emirates said it had mediated.", "2022-12-08")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("ARE", "045", "RUS") in got and ("ARE", "045", "USA") in got


def test_mediation_named_by_an_adjective(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thailand and Cambodia agreed to an immediate ceasefire following two days of Malaysian "
                    "mediation in Kuala Lumpur.", "2025-07-28")
    got = triples(evs)
    assert ("MYS", "045", "THA") in got and ("MYS", "045", "KHM") in got


def test_a_facilitator_named_with_as(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The electoral deal was signed in Barbados by Nicolas Maduro's government and the opposition "
                    "with Norway as facilitator.", "2023-10-19")
    got = triples(evs)
    assert ("NOR", "045", "VENGOV") in got and ("NOR", "045", "VENOPP") in got
    assert not [c for s, c, t in got if c.startswith("11")]  # "the opposition" is a party, not a feeling


def test_an_accepted_mediation_is_not_yet_mediation(code_text):  # type: ignore[no-untyped-def]
    # the guard: accepting an offer of mediation is 038, not a mediation that happened
    evs = code_text("Turkey's foreign minister offered to mediate, and Somalia and Ethiopia accepted Ankara's "
                    "mediation.", "2024-07-01")
    assert not [c for s, c, t in triples(evs) if c == "045"]


@pytest.mark.slow
def test_a_truce_brokered_after_fighting_stands_between_the_fighting_sides(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenian and Azerbaijani troops fought for two days along the border before Russia's "
                    "foreign minister brokered a truce in Moscow.", "2016-04-05")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert {("RUS", "045", "ARM"), ("RUS", "045", "AZE"), ("ARM", "0871", "AZE"), ("AZE", "0871", "ARM")} <= got
    # a truce only offered brings no truce and no mediation
    evs = code_text("Russia offered to broker a truce after Armenian and Azerbaijani troops clashed.", "2016-04-05")
    assert not [c for s, c, t in triples(evs) if c in {"045", "0871"}]
