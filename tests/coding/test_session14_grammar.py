"""Grammar fixes of stop 14: conjoined complements of one appeal, demand or pledge are acts of their
own ("urged both sides to halt the fighting and to return to talks" is two appeals), and a conjoined
complement with no subject of its own shares the first one's.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_an_appeal_with_two_conjoined_complements_is_two_appeals(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The UN envoy urged Serbia and Kosovo on Monday to halt the clashes in the north and to "
                    "return to the EU-led dialogue.", "2023-06-05")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert {("IGO", "0256", "SRB"), ("IGO", "026", "SRB"), ("IGO", "0256", "KSV"), ("IGO", "026", "KSV")} <= got


def test_a_single_complement_gives_one_appeal(code_text):  # type: ignore[no-untyped-def]
    # the guard: one complement, one appeal per addressee
    evs = code_text("The UN envoy urged Serbia on Monday to return to the EU-led dialogue.", "2023-06-05")
    assert [c for s, c, t in triples(evs) if s.startswith("IGO")] == ["026"]


def test_a_conjoined_demand_shares_the_first_clauses_subject(code_text):  # type: ignore[no-untyped-def]
    # "call early elections" has no subject of its own: Lukashenko is the one asked, and the
    # elections are demanded, not called by anyone
    evs = code_text("Opposition leaders demanded on Sunday that Alexander Lukashenko step down and call early "
                    "elections.", "2020-08-16")
    assert triples(evs) == {("BLROPP", "1041", "BLRGOV"), ("BLROPP", "104", "BLRGOV")}
