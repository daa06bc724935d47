"""Grammar and convention fixes found on the dev3 and dev4 sets: date adjuncts between a verb and
its complement, domestic measures named by their place, inquiries into a named party's act.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_date_never_fills_a_party_slot(code_text):  # type: ignore[no-untyped-def]
    # "on Friday" once filled the "appeal on $T" slot, hiding the "appeal to $T" reading
    evs = code_text("The UN chief appealed to Myanmar's government on Friday to let aid workers into the delta.")
    assert ("IGOUNO", "0255", "MMRGOV") in triples(evs)


def test_a_curfew_named_by_the_capital_falls_on_its_people(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Thai junta lifted the curfew in Bangkok.")
    assert triples(evs) == {("THAGOV", "0813", "THACVL")}


def test_an_inquiry_looks_into_whoever_carried_out_the_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United Nations opened an inquiry into Israel's air strike on a school in Gaza.")
    assert triples(evs) == {("IGOUNO", "093", "ISR")}
