"""Grammar fixes of stop 21, each found on a tuning sentence and tested on one written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_talks_near_a_capital_are_between_the_conjoined_parties(code_text):  # type: ignore[no-untyped-def]
    # "near Kathmandu" is where the talks are, not a third party (it used to take the place of the
    # target, and only one direction of the talks was coded)
    evs = code_text("Nepal's government and Maoist rebels opened their first round of peace talks near Kathmandu "
                    "on Friday.", "2006-08-20")
    got = triples(evs)
    assert ("NPLGOV", "046", "NPLREB") in got
    assert ("NPLREB", "046", "NPLGOV") in got


def test_a_name_hung_on_the_first_conjunct_modifies_the_second(nlp, code_text):  # type: ignore[no-untyped-def]
    doc = nlp("The Colombian government and FARC rebels opened peace talks in Oslo on Thursday.")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["government"] == ("nsubj", "opened")
    assert heads["rebels"] == ("conj", "government")
    assert heads["FARC"][1] == "rebels"
    got = triples(code_text("The Colombian government and FARC rebels opened peace talks in Oslo on Thursday.",
                            "2012-10-18"))
    assert ("COLGOV", "046", "COLREB") in got and ("COLREB", "046", "COLGOV") in got


def test_a_kind_of_offensive_is_not_a_conjunct(nlp):  # type: ignore[no-untyped-def]
    # the guard: "a joint ground and air offensive" is one offensive, not "a joint ground" and an offensive
    doc = nlp("Chadian and Nigerien troops launched a joint ground and air offensive against Boko Haram.")
    offensive = next(t for t in doc if t.text == "offensive")
    assert offensive.dep_ == "dobj"


def test_an_offer_to_bridge_the_gap_between_two_parties_is_an_offer_to_mediate(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mauritania offered on Tuesday to help bridge the gap between Algeria and Morocco.",
                            "2021-08-25"))
    assert ("MRT", "039", "DZA") in got and ("MRT", "039", "MAR") in got


def test_ready_to_shuttle_messages_between_two_sides_is_an_offer_to_mediate(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Turkish prime minister said Ankara was ready to shuttle messages between Syria "
                            "and Israel.", "2008-04-24"))
    assert ("TURGOV", "039", "SYR") in got and ("TURGOV", "039", "ISR") in got


def test_flying_relief_supplies_to_a_country_is_humanitarian_aid(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Australia said on Sunday it would fly relief supplies to Vanuatu within a day.",
                            "2015-03-15"))
    assert ("AUS", "0333", "VUT") in got


def test_a_promise_that_supplies_will_go_on_is_an_intention_not_a_conjecture(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Lavrov promised that Moscow would keep supplying weapons to Mali's army.", "2023-02-07")
    aid = [e for e in evs if e.source.code == "RUSGOV" and e.target.code[:3] == "MLI" and e.root in {"03", "07"}]
    assert aid and all(e.modality == "intent" for e in aid)
    assert "0332" in {e.code for e in aid}
