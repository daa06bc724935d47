"""Grammar, vocabulary and convention fixes of stop 36, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_storming_a_protest_site_is_repression_of_the_protesters(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenian riot police stormed the Yerevan sit-in on Tuesday, local media reported.",
                            "2016-07-26"))
    # the capital names where the sit-in stood, not the government the police serve
    assert ("ARMCOP", "175", "ARMCVL") in got
    assert not any(t == "ARMGOV" for _, _, t in got)


def test_held_for_questioning_is_a_detention(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Chilean police held two Bolivian truck drivers for questioning at the border on "
                            "Sunday.", "2018-04-08"))
    assert any(s == "CHLCOP" and c == "173" and t[:3] == "BOL" for s, c, t in got)
    assert not any(c == "091" for _, c, _ in got)


def test_troops_taking_control_of_a_firms_assets_confiscate_property(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Venezuelan soldiers took control of oil rigs run by the US company Helmerich & Payne "
                            "on Thursday.", "2010-06-25"))
    assert any(s[:3] == "VEN" and c == "1711" and t == "USABUS" for s, c, t in got)
    assert not any(c[:2] == "19" for _, c, _ in got)


def test_a_relative_named_by_kin_is_a_private_person(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mexican gunmen kidnapped the father of a well-known singer on Saturday.",
                            "2019-05-04"))
    assert any(s[:3] == "MEX" and c == "181" and t == "MEXCVL" for s, c, t in got)


def test_a_threat_at_anyone_joining_a_protest_is_at_the_public(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Ugandan police warned on Monday that officers would deal with anyone joining the "
                            "opposition's planned march in Kampala.", "2021-01-04"))
    # "anyone" points back to no one (not to the police): the threat is at the country's public
    assert ("UGACOP", "137", "UGACVL") in got
    got = triples(code_text("Belarusian President Alexander Lukashenko vowed to crush what he called a foreign "
                            "plot.", "2020-08-16"))
    assert not any(c == "137" and t.endswith("CVL") for _, c, t in got)


def test_a_rights_group_acted_on_by_police_is_of_their_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Nicaraguan police detained the director of a human rights centre on Tuesday.",
                            "2018-12-11"))
    assert any(s == "NICCOP" and c == "173" and t[:3] == "NIC" for s, c, t in got)


def test_an_ombudsman_is_an_office_of_state(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Colombia's ombudsman's office urged the army on Monday to stop bombing rebel camps "
                            "near villages.", "2021-03-08"))
    assert any(s == "COLGOV" and c[:2] == "02" and t == "COLMIL" for s, c, t in got)


def test_guarantors_of_talks_mediate_between_the_parties(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Philippine government and communist rebels resumed peace talks in Oslo on "
                            "Tuesday, with Norway acting as guarantor.", "2016-08-23"))
    assert ("NOR", "045", "PHLGOV") in got and any(s == "NOR" and c == "045" and t[3:6] == "REB" for s, c, t in got)


def test_a_hub_of_a_named_town_places_a_local_group(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Rebels attacked an army base in the oil hub of Malakal on Sunday.", "2014-02-18"))
    assert any(s == "SSDREB" and c[:2] == "19" for s, c, _ in got)


def test_a_longer_name_ending_in_a_capitals_is_another_place(code_text):  # type: ignore[no-untyped-def]
    # "Praia" alone is Cape Verde's capital; "Mocimboa da Praia" is a port in Mozambique
    got = triples(code_text("Islamist insurgents seized the port of Mocimboa da Praia in northern Mozambique on "
                            "Wednesday.", "2020-08-12"))
    assert got and not any("CPV" in (s + t) for s, _, t in got)


def test_partners_in_a_joint_police_operation_cooperate_on_the_law(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Brazilian police arrested a fugitive drug trafficker in Sao Paulo on Friday in a joint "
                            "operation with Paraguayan police.", "2022-03-11"))
    assert ("BRACOP", "063", "PRYCOP") in got and ("PRYCOP", "063", "BRACOP") in got
    assert not any(c == "060" for _, c, _ in got)


def test_a_town_before_the_police_places_them(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Lagos police detained a Ghanaian businessman on Monday.", "2022-03-11"))
    assert any(s == "NGACOP" and c == "173" and t[:3] == "GHA" for s, c, t in got)


def test_hailing_a_visit_praises_the_visitor(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kazakh President Kassym-Jomart Tokayev hailed the first visit by an Indian prime "
                            "minister to Astana in a decade.", "2024-07-04"))
    assert ("KAZGOV", "051", "INDGOV") in got
    assert not any(c[:2] == "01" for _, c, _ in got)


def test_a_capital_naming_an_accord_is_its_venue_not_a_party(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Sudan's military government suspended the Juba peace agreement with Darfur rebel "
                            "groups on Sunday.", "2023-05-07"))
    assert ("SDNGOV", "127", "SDNREB") in got
    assert not any("SSD" in (s + t) for s, _, t in got)


def test_rebels_dealt_with_by_a_government_are_its_own(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Niger's government signed a peace agreement with northern rebel groups on Friday.",
                            "2009-10-09"))
    assert any(s[:3] == "NER" and c[:2] == "05" and t == "NERREB" for s, c, t in got)


def test_a_state_whose_independence_is_recognised_is_the_target(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Fiji and Vanuatu recognised Kosovo's independence in defiance of Belgrade.",
                            "2012-11-16"))
    assert ("FJI", "054", "KSV") in got and ("VUT", "054", "KSV") in got
    assert not any(c == "054" and t[:3] == "SRB" for _, c, t in got)


def test_a_deadline_given_to_a_possessed_junta_is_a_demand_of_it(code_text):  # type: ignore[no-untyped-def]
    # the model reads "junta" as a modifier of "days" (see tests/nlp/test_objects.py)
    got = triples(code_text("ECOWAS gave Guinea's junta 30 days to free President Alpha Conde.", "2021-09-16"))
    assert ("IGOWAFWAS", "1053", "GINGOV") in got


def test_an_assurance_is_a_promise_to_the_one_assured(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Nepal's prime minister assured India that Nepali territory would never be used "
                            "against its interests.", "2019-05-10"))
    assert ("NPLGOV", "030", "IND") in got or ("NPLGOV", "030", "INDGOV") in got
    got = triples(code_text("Mali's junta assured ECOWAS that it would hand power to an elected civilian "
                            "government by March 2024.", "2022-07-03"))
    # what is promised is coded; the bare assurance does not restate it
    assert any(c == "0344" for _, c, _ in got) and not any(c == "030" for _, c, _ in got)


def test_aid_dropped_along_a_coast_goes_to_its_owner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Egyptian military planes dropped thousands of food parcels along Gaza's coastline on "
                            "Tuesday.", "2024-03-12"))
    assert any(s[:3] == "EGY" and c == "073" and t == "PSE" for s, c, t in got)
