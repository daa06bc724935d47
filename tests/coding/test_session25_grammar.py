"""Grammar and convention fixes of stop 25, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_an_act_described_as_hostile_criticises_its_author(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Azerbaijan described the Iranian drills as an unfriendly act.", "2021-10-01"))
    assert any(s[:3] == "AZE" and c == "111" and t[:3] == "IRN" for s, c, t in got)
    # a relative clause the model reads as the complement of the act's own verb
    got = triples(code_text("Russia's military staged snap drills on Tuesday that Kyiv's foreign minister denounced "
                            "as an attempt at intimidation.", "2021-04-13"))
    assert ("UKRGOV", "111", "RUSMIL") in got
    # described as useful: no criticism
    got = triples(code_text("Azerbaijan described the Iranian proposal as useful.", "2021-10-01"))
    assert not any(c == "111" for _, c, _ in got)


def test_brussels_acting_is_the_european_union(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Hungarian Foreign Minister Peter Szijjarto accused Brussels of double standards on "
                            "Monday.", "2023-05-08"))
    assert ("HUNGOV", "112", "IGOEUREEC") in got
    assert not any(t.startswith("BEL") for _, _, t in got)


def test_a_named_ship_is_seized_not_conquered(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Swedish police seized the Bulgarian-owned ship Vezhen off Karlskrona on Sunday.",
                            "2025-01-26"))
    assert any(s == "SWECOP" and c.startswith("171") and t[:3] == "BGR" for s, c, t in got)
    assert not any(c.startswith("19") for _, c, _ in got)


def test_forces_a_state_says_it_will_send_to_help_are_a_pledge(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Fiji's prime minister said Fiji would send naval vessels with water and relief supplies "
                            "to Tonga.", "2022-01-17"))
    assert any(s[:3] == "FJI" and c == "0333" and t[:3] == "TON" for s, c, t in got)
    assert not any(c.startswith("13") for _, c, _ in got)
    got = triples(code_text("Britain said on Sunday it would send the patrol ship HMS Trent to Guyana.", "2023-12-24"))
    assert any(s[:3] == "GBR" and c[:2] == "03" and t == "GUY" for s, c, t in got)
    assert not any(c.startswith("13") for _, c, _ in got)
    # warned, it is still a threat
    got = triples(code_text("Russia warned it would send troops to Ukraine.", "2021-12-01"))
    assert any(s[:3] == "RUS" and c.startswith("13") and t[:3] == "UKR" for s, c, t in got)


def test_a_downed_drone_is_an_attack_on_its_owner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Turkish jets downed a Syrian drone near the border on Tuesday.", "2020-03-03"))
    assert any(s[:3] == "TUR" and c == "190" and t[:3] == "SYR" for s, c, t in got)
    # downing tools is a strike, not an attack
    got = triples(code_text("Dock workers in Rotterdam downed tools on Tuesday.", "2020-03-03"))
    assert not any(c.startswith("19") for _, c, _ in got)


def test_a_demanded_free_read_as_an_adjective_is_the_verb(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Macron demanded on Monday that Algeria free novelist Boualem Sansal.", "2025-01-06"))
    assert any(s[:3] == "FRA" and c == "1053" and t[:3] == "DZA" for s, c, t in got)


def test_staff_said_to_be_spies_are_accused_of_espionage(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Estonia expelled two Russian embassy staff on Friday, saying they were intelligence "
                            "officers.", "2023-02-10"))
    assert any(s[:3] == "EST" and c == "1125" and t[:3] == "RUS" for s, c, t in got)


def test_a_step_taken_citing_anothers_provocations_accuses_it(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Poland closed a border crossing on Monday, citing provocations by Minsk.", "2023-08-07"))
    assert any(s[:3] == "POL" and c == "112" and t[:3] == "BLR" for s, c, t in got)


def test_talks_hosted_by_a_third_party_are_hosted_towards_each_side(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Armenian and Azerbaijani foreign ministers met in Almaty on Friday for talks on a "
                            "peace treaty, hosted by Kazakh President Kassym-Jomart Tokayev.", "2024-05-10"))
    assert ("KAZGOV", "043", "ARMGOV") in got and ("KAZGOV", "043", "AZEGOV") in got
    # a host that is one of the sides hosts only the other
    got = triples(code_text("The Armenian and Azerbaijani foreign ministers met on Friday, hosted by Armenian Prime "
                            "Minister Nikol Pashinyan.", "2024-05-10"))
    assert not any(s[:3] == "ARM" and c == "043" and t[:3] == "ARM" for s, c, t in got)


def test_a_hitman_is_an_armed_actor_of_his_nationality(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A Colombian hitman shot dead an Ecuadorian presidential candidate in Quito on "
                            "Wednesday.", "2023-08-09"))
    assert any(s[:3] == "COL" and c[:2] == "18" and t[:3] == "ECU" for s, c, t in got)


def test_a_passive_second_verb_acts_on_the_first_verbs_subject(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Niger's military ruler flew to Bamako on Thursday and was received at the airport by "
                            "Malian junta leader Assimi Goita.", "2023-11-23"))
    assert ("MLIGOV", "043", "NERGOV") in got
    # an active second verb keeps its own object
    got = triples(code_text("Niger's military ruler flew to Bamako on Thursday and received Malian junta leader "
                            "Assimi Goita.", "2023-11-23"))
    assert not any(s[:3] == "MLI" and c == "043" for s, c, _ in got)


def test_talks_that_were_hosted_by_a_third_party(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenia's foreign minister ended four days of talks with his Azerbaijani counterpart "
                            "near Washington that were hosted by Secretary of State Antony Blinken.", "2023-05-05"))
    assert ("USAGOV", "043", "ARMGOV") in got and ("USAGOV", "043", "AZEGOV") in got


def test_planes_turned_back_are_a_rejection_of_their_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Gustavo Petro turned back two US military planes carrying deported migrants on Sunday.",
                            "2025-01-26"))
    assert any(s[:3] == "COL" and c == "120" and t[:3] == "USA" for s, c, t in got)
    # turning back the clock rejects no one
    got = triples(code_text("Gustavo Petro said Colombia would never turn back the clock on peace.", "2025-01-26"))
    assert not any(c == "120" for _, c, _ in got)


def test_radar_tracks_and_documents_passed_are_shared_intelligence(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tallinn has started sharing radar tracks of suspected shadow-fleet tankers with "
                            "Helsinki.", "2024-12-30"))
    assert ("ESTGOV", "064", "FINGOV") in got
    got = triples(code_text("Ukrainian intelligence passed Moldova documents outlining a Russian plan to destabilise "
                            "the country.", "2023-02-09"))
    assert any(s[:3] == "UKR" and c == "064" and t[:3] == "MDA" for s, c, t in got)


def test_a_visit_naming_no_destination_went_to_the_host(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Abu Dhabi gave Prime Minister Narendra Modi its highest civilian honour during his visit "
                            "on Saturday.", "2019-08-24"))
    assert ("INDGOV", "042", "ARE") in got
    # a country the model tags as a person is still the place visited; touching feet is no arrival
    got = triples(code_text("Papua New Guinea's Prime Minister James Marape greeted Narendra Modi at Port Moresby "
                            "airport on Sunday, bending to touch his feet at the start of the first visit by an Indian "
                            "prime minister.", "2023-05-21"))
    assert ("INDGOV", "042", "PNG") in got
    assert not any(s[:3] == "PNG" and c == "042" for s, c, _ in got)


def test_what_a_speaker_calls_a_target_is_the_object_struck(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Indian warplanes struck what New Delhi called a militant training camp near Lahore on "
                            "Tuesday.", "2019-02-26"))
    assert any(s[:3] == "IND" and c[:2] == "19" and t[:3] == "PAK" for s, c, t in got)
    # the one who names the target is no party to the strike
    assert not any(c[:2] == "19" and t[:3] == "IND" for _, c, t in got)



def test_an_offer_to_host_follow_up_talks_is_good_offices_to_both_sides(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Maduro has accepted an invitation to meet Guyana's Irfaan Ali on St Vincent next week, "
                            "and Brazil offered to host any follow-up talks.", "2023-12-10"))
    assert any(s[:3] == "BRA" and c == "039" and t[:3] == "VEN" for s, c, t in got)
    assert any(s[:3] == "BRA" and c == "039" and t[:3] == "GUY" for s, c, t in got)
    # an offer to host talks with a named party is that party's only
    got = triples(code_text("Brazil offered on Friday to host talks with Venezuela.", "2023-12-10"))
    assert not any(c == "039" and t[:3] == "GUY" for _, c, t in got)
