"""Grammar fixes of stop 20, each found on a tuning sentence and tested on one written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_suicide_bombers_sent_into_a_place_attack_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Al-Shabaab sent a suicide bomber into a busy hotel in the Kenyan capital on Tuesday.", "2019-01-15")
    got = triples(evs)
    assert ("SOMREB", "1831", "KEN") in got
    assert not [c for s, c, t in got if c.startswith("15")]  # no show of force with bombers


def test_people_driven_into_another_country_are_expelled_not_visiting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Burmese army drove some 200,000 Rohingya into Bangladesh in 1978.", "1990-01-01")
    got = triples(evs)
    assert ("MMRMIL", "201", "MMRCVL") in got
    assert not [c for s, c, t in got if c.startswith("04")]


def test_a_request_sent_to_a_body_pays_it_no_visit(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenya's government wrote to the United Nations asking for help with the floods, a request "
                    "it also sent to the African Union.", "2024-05-01")
    assert not [c for s, c, t in triples(evs) if c.startswith("04")]


def test_a_phone_or_laptop_seized_is_confiscated_property(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Israeli police raided the home of opposition leader Yair Lapid and seized his laptop.",
                    "2023-03-01")
    got = triples(evs)
    assert ("ISRCOP", "1711", "ISR") in {(s, c, t[:3]) for s, c, t in got}
    assert not [c for s, c, t in got if c == "192"]


def test_the_two_men_are_the_two_people_just_named_even_of_one_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ethiopian Prime Minister Hailemariam Desalegn hosted South Sudan's President Salva Kiir and "
                    "his rival Riek Machar in Addis Ababa, pressing the two men to sign a peace deal.", "2014-05-09")
    appeals = {t for s, c, t in triples(evs) if c.startswith("02")}
    assert appeals == {"SSDGOV", "SSDREB"}


def test_they_after_the_armies_of_two_countries_is_the_pair(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The foreign ministries of Armenia and Azerbaijan said on Friday they had agreed to resume "
                    "border talks.", "2023-05-01")
    got = triples(evs, factual=False)
    assert ("ARMGOV", "036", "AZEGOV") in got and ("AZEGOV", "036", "ARMGOV") in got


def test_foreigners_listed_after_among_them_are_the_ones_released(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran freed five prisoners on Monday, among them a French academic and a British tourist.",
                    "2020-03-20")
    targets = {t[:3] for s, c, t in triples(evs) if c == "0841"}
    assert targets == {"FRA", "GBR"}
    # guard: the list after a day still belongs to the men executed, not to the day
    evs = code_text("Saudi Arabia executed 37 men on Tuesday, among them five Pakistanis.", "2019-04-23")
    assert {t for s, c, t in triples(evs) if c.startswith("18")} == {"PAKCVL"}


def test_a_state_closing_its_border_restricts_movement(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Algeria closed its border with Morocco on Friday.", "2021-09-24")
    got = triples(evs)
    assert ("DZA", "191", "MAR") in got
    assert not [c for s, c, t in got if c.startswith("14")]


def test_agreeing_to_observe_a_ceasefire_declares_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The militaries of Thailand and Cambodia said they had agreed to strictly respect the ceasefire.",
                    "2025-08-01")
    got = triples(evs)
    assert ("THAMIL", "0871", "KHMMIL") in got and ("KHMMIL", "0871", "THAMIL") in got


def test_a_rejection_after_a_demanded_clause_is_the_demander_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbia demanded that Kosovo pull its special police out of the north at once, rejecting a "
                    "timetable proposed by the European Union.", "2023-06-01")
    rejections = {(s, t) for s, c, t in triples(evs) if c.startswith("12")}
    assert rejections == {("SRB", "IGOEUREEC")}
