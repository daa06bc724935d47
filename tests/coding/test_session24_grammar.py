"""Grammar and convention fixes of stop 24, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_an_alert_with_no_place_faces_the_country_across_the_border(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenia put its army on its highest state of combat readiness on Sunday and moved "
                            "artillery closer to the Azerbaijani border.", "2021-05-16"))
    assert ("ARMGOV", "152", "AZE") in got or ("ARM", "152", "AZE") in got
    # two borders named: no guess
    got = triples(code_text("Armenia put its army on its highest state of combat readiness on Sunday, as talks on "
                            "the Azerbaijani border and the Turkish border stalled.", "2021-05-16"))
    assert not any(c == "152" for _, c, _ in got)


def test_the_readiness_of_units_near_a_place_is_aimed_at_its_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Hungary raised the combat readiness of army units near Serbia on Tuesday.", "2015-09-15"))
    assert any(s[:3] == "HUN" and c == "152" and t == "SRB" for s, c, t in got)


def test_police_sent_into_ones_own_country_are_a_show_of_force_at_home(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Madrid sent hundreds of extra police to Barcelona on Friday ahead of the banned "
                            "referendum.", "2017-09-29"))
    assert ("ESPGOV", "153", "ESPCVL") in got
    assert not any(c == "074" for _, c, _ in got)
    # troops sent abroad are still sent to the other country
    got = triples(code_text("Madrid sent hundreds of police officers to Mali on Friday.", "2017-09-29"))
    assert not any(c == "153" for _, c, _ in got)


def test_riot_police_pouring_into_a_home_city_are_no_invasion(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Thousands of Iranian riot police poured into Zahedan on Friday after the clashes.",
                            "2022-10-01"))
    assert ("IRNCOP", "153", "IRNCVL") in got
    assert not any(c[:2] == "19" for _, c, _ in got)


def test_police_flooding_a_capital_with_armoured_vehicles(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kenyan police flooded Nairobi with armoured vehicles on Tuesday ahead of the "
                            "opposition rally.", "2023-03-20"))
    assert any(s == "KENCOP" and c == "153" and t[:3] == "KEN" for s, c, t in got)


def test_police_sent_to_a_named_border_face_the_neighbour(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Poland sent 500 police officers to the border with Belarus on Tuesday.", "2021-11-09"))
    assert any(s[:3] == "POL" and c == "153" and t[:3] == "BLR" for s, c, t in got)
    assert not any(c == "074" for _, c, _ in got)


def test_judges_at_an_international_court_are_the_court(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Judges at the International Criminal Court authorised an investigation into crimes "
                            "against humanity in Georgia on Wednesday.", "2016-01-27"))
    assert ("IGOJUDICC", "094", "GEO") in got
    assert not any(s.startswith("GEO") for s, _, _ in got)


def test_a_weapon_named_by_its_owner_does_what_the_owner_did(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("An FARC car bomb killed 36 people at a Bogota nightclub on Friday.", "2003-02-08"))
    assert any(s == "COLREB" and c == "1832" and t[:3] == "COL" for s, c, t in got)


def test_a_claimed_bombing_that_killed_workers_is_the_claimers_bombing(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Pakistani Taliban claimed responsibility for the suicide bombing that killed five "
                            "Chinese workers in Besham on Tuesday.", "2024-03-26"))
    assert any(s == "PAKREB" and c == "1831" and t[:3] == "CHN" for s, c, t in got)
    assert not any(c == "175" for _, c, _ in got)  # no crackdown on workers


def test_a_town_owning_the_place_of_a_killing_places_its_victims(code_text):  # type: ignore[no-untyped-def]
    # the victims are placed by the nearer town, which owns the academy, not by the earlier Havana
    got = triples(code_text("Days after Bogota asked Cuba to hand over the negotiators in Havana, the ELN claimed the "
                            "car bomb that killed 21 people at Bogota's police academy.", "2019-01-21"))
    assert any(s == "COLREB" and c == "1832" and t[:3] == "COL" for s, c, t in got)
    assert not any(t[:3] == "CUB" and s == "COLREB" for s, _, t in got)


def test_a_war_named_inside_a_condition_is_still_a_fact(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Washington warned Tehran of consequences if it sent drones for Russia's invasion of "
                            "Ukraine.", "2022-09-01"))
    assert ("RUS", "190", "UKR") in got
    # a feared invasion is no fact
    got = triples(code_text("Washington warned Tehran of consequences if it helped prepare for Russia's planned "
                            "invasion of Ukraine.", "2022-01-10"))
    assert ("RUS", "190", "UKR") not in got


def test_a_war_named_in_a_protest_phrase_is_its_makers_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Bolivia cut ties with Israel in protest at the Israeli offensive in Gaza.", "2009-01-14"))
    assert ("ISR", "190", "PSE") in got
    assert any(s[:3] == "BOL" and c[:2] == "16" and t[:3] == "ISR" for s, c, t in got)


def test_it_accused_after_a_pronoun_subject_is_not_the_speakers_side(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mali's interim president Assimi Goita told the General Assembly on Saturday he had asked "
                            "his ministers to speed up the exit of the UN peacekeeping mission, accusing it of "
                            "failing to stop the jihadists.", "2023-09-23"))
    assert any(s[:3] == "MLI" and c[:3] == "112" and t.startswith("IGO") for s, c, t in got)
    assert not any(c[:3] == "112" and s[:3] == t[:3] for s, c, t in got)


def test_a_comment_trailing_what_must_happen_is_the_speakers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Burkina Faso's foreign minister told the Security Council that the French troops must "
                            "leave within a month, accusing them of failing to stop the insurgents.", "2023-01-25"))
    assert any(s[:3] == "BFA" and c[:3] == "112" and t[:3] == "FRA" for s, c, t in got)
    # a demander's own demand keeps its subject: Ethiopia, not the spokesman's unknown side
    got = triples(code_text("Ethiopia demanded that Sudanese troops pull back from the border, accusing Khartoum of "
                            "exploiting the war, spokesman Dina Mufti said.", "2021-01-01"))
    assert any(s[:3] == "ETH" and c[:3] == "112" and t[:3] == "SDN" for s, c, t in got)


def test_a_resignation_called_for_has_not_happened(code_text):  # type: ignore[no-untyped-def]
    got = code_text("Protesters blocked roads in Yerevan on Monday, demanding Prime Minister Nikol Pashinyan's "
                    "resignation.", "2024-05-27")
    assert not any(e.code == "0831" and e.modality is None for e in got)
    got = code_text("Crowds in Tbilisi chanted for the prime minister to resign.", "2024-12-02")
    assert not any(e.code == "0831" and e.modality is None for e in got)
    # a resignation that happened is still one
    got = code_text("Serzh Sargsyan resigned as Armenia's prime minister on Monday after 11 days of protests.",
                    "2018-04-23")
    assert any(e.code == "0831" and e.modality is None for e in got)


def test_a_resignation_with_no_pressure_is_no_accession(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Police searched the offices of the Slovak interior minister on Friday, hours before he "
                            "resigned.", "2023-03-03"))
    assert not any(c == "0831" for _, c, _ in got)
    # under protests it is one
    got = triples(code_text("Slovakia's prime minister resigned on Thursday after weeks of protests over the "
                            "murder of a journalist.", "2018-03-15"))
    assert any(s[:3] == "SVK" and c == "0831" for s, c, _ in got)
