"""Grammar, vocabulary and convention fixes of stop 35, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_common_noun_before_a_call_names_who_called(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Slovak Prime Minister Robert Fico rejected opposition calls for his resignation on "
                            "Friday.", "2018-03-09"))
    assert any(c[:2] == "12" and t[3:6] == "OPP" for _, c, t in got)
    assert any(s[3:6] == "OPP" and c == "0241" for s, c, _ in got)
    got = triples(code_text("Slovakia's interior minister dismissed renewed union demands for his resignation on "
                            "Monday.", "2019-03-01"))
    assert any(c == "1231" for _, c, _ in got)


def test_the_infinitive_of_a_rejected_call_is_what_was_asked(code_text):  # type: ignore[no-untyped-def]
    # "calls to step down": the model hangs the infinitive on the noun, not on "rejected"
    got = triples(code_text("Serbian President Aleksandar Vucic rejected opposition calls to step down on "
                            "Saturday.", "2024-01-13"))
    assert ("SRBGOV", "1231", "SRBOPP") in got and ("SRBOPP", "0241", "SRBGOV") in got
    got = triples(code_text("Serbian President Aleksandar Vucic rejected opposition calls to resign on Saturday.",
                            "2024-01-13"))
    assert ("SRBGOV", "1231", "SRBOPP") in got


def test_a_demanded_clause_may_end_on_its_bare_verb(code_text):  # type: ignore[no-untyped-def]
    # the model reads "Chief Prosecutor Lina Marek resign" as one noun phrase headed by "resign"
    got = triples(code_text("Albanian Prime Minister Edi Rama demanded on Monday that Chief Prosecutor Lina Marek "
                            "resign, accusing her of shielding corrupt officials.", "2019-05-06"))
    assert ("ALBGOV", "1041", "ALBJUD") in got
    # "her" is the prosecutor just named, not the prime minister who accuses her
    assert ("ALBGOV", "112", "ALBJUD") in got
    # a noun that is no verb stays a noun
    got = triples(code_text("Albanian Prime Minister Edi Rama demanded on Monday that Chief Prosecutor Lina Marek "
                            "testimony be published.", "2019-05-06"))
    assert ("ALBGOV", "1041", "ALBJUD") not in got


def test_a_flagged_thing_is_no_office_holder(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Italy is racing to replace Russian gas with Algerian supplies before the winter.",
                            "2022-07-05"))
    assert not any(c == "0831" for _, c, _ in got)


def test_a_second_infinitive_after_an_adverbial_first_is_coded(code_text):  # type: ignore[no-untyped-def]
    # the model hangs "to allow …" on "called" as an adverbial clause; "open a national dialogue" is
    # its conjunct, an appeal for talks
    got = triples(code_text("Eswatini's opposition party Pudemo on Wednesday called on King Mswati III to allow "
                            "multiparty democracy and open a national dialogue.", "2021-07-14"))
    assert ("SWZOPP", "026", "SWZGOV") in got


def test_two_long_named_subjects_are_one_pair(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty "
                            "in Bishkek on Thursday.", "2025-03-13"))
    assert {("KGZGOV", "057", "TJKGOV"), ("TJKGOV", "057", "KGZGOV")} <= got


def test_a_place_name_with_a_small_word_inside_places_its_police(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Police in Rio de Janeiro arrested 40 protesters outside the state assembly on "
                            "Wednesday.", "2017-02-08"))
    assert ("BRACOP", "173", "BRACVL") in got


def test_a_killing_counted_below_a_massacres_toll_is_a_killing(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Thai separatist insurgents killed 12 people in attacks on checkpoints in Yala late on "
                            "Tuesday.", "2019-11-06"))
    assert any(s[:3] == "THA" and c == "1823" for s, c, _ in got) and not any(c == "202" for _, c, _ in got)
    got = triples(code_text("Thai separatist insurgents killed 120 people in Yala late on Tuesday.", "2019-11-06"))
    assert any(s[:3] == "THA" and c == "202" for s, c, _ in got)


def test_a_labour_strike_named_by_its_noun_is_a_strike(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tunisia's UGTT union shut schools and hospitals on Thursday with a nationwide strike "
                            "against Prime Minister Youssef Chahed's wage freeze.", "2018-11-22"))
    assert any(s[:3] == "TUN" and c[:3] == "143" and t == "TUNGOV" for s, c, t in got)


def test_a_countrys_envoy_to_a_body_is_the_countrys(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Myanmar's UN ambassador appealed to the United Nations on Friday for help for cyclone "
                            "victims.", "2023-05-19"))
    assert any(s == "MMRGOV" and c[:2] == "02" and t == "IGOUNO" for s, c, t in got)
    got = triples(code_text("China's UN envoy Zhang Jun urged the Security Council on Friday to lift sanctions on "
                            "North Korea.", "2023-05-19"))
    assert any(s == "CHNGOV" and c[:2] == "02" for s, c, _ in got) and not any(s == "IGOUNO" for s, _, _ in got)
    # the body's own envoy stays the body's, whatever country he came from
    got = triples(code_text("The African Union's envoy, former Kenyan president Uhuru Kenyatta, urged Ethiopia's "
                            "government on Monday to open talks with the rebels.", "2022-10-03"))
    assert any(s == "IGOAFRAFU" and c[:2] == "02" for s, c, _ in got)


def test_civil_servants_on_strike_are_labour(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Malawi's civil servants went on strike on Monday over the government's refusal to raise "
                            "their pay.", "2012-01-16"))
    assert any(s == "MWILAB" and c[:3] == "143" and t[:3] == "MWI" for s, c, t in got)


def test_a_second_that_clause_is_a_second_demand(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The African Union demanded on Friday that Ethiopia withdraw its troops from Somalia and "
                            "that Eritrea free the detained journalists.", "2023-03-03"))
    assert any(s == "IGOAFRAFU" and c[:2] == "10" and t[:3] == "ETH" for s, c, t in got)
    assert any(s == "IGOAFRAFU" and c[:2] == "10" and t[:3] == "ERI" for s, c, t in got)


def test_condemnation_drawn_after_an_attribution_is_of_the_act_reported(code_text):  # type: ignore[no-untyped-def]
    # the model reads "state media reported" as a modifier of "activists" and hangs "drawing" on it
    got = triples(code_text("Myanmar's junta executed four democracy activists, including a former lawmaker and a "
                            "veteran campaigner, state media reported on Monday, drawing condemnation from the "
                            "European Union.", "2022-07-25"))
    assert ("IGOEUREEC", "111", "MMRGOV") in got


def test_the_group_points_back_to_an_armed_group_named_in_any_role(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Congolese President Joseph Kabila suspended talks with the M23 rebels on Tuesday, "
                            "accusing the group of attacking civilians in Goma.", "2012-11-20"))
    assert any(s == "CODGOV" and c[:2] == "11" and t == "CODREB" for s, c, t in got)


def test_a_comment_after_a_refused_permission_is_the_refusers(code_text):  # type: ignore[no-untyped-def]
    # "accusing" hangs on "inspect", whose subject is the UN team the comment is aimed at
    got = triples(code_text("Syria's government refused on Tuesday to let a UN team inspect the bombed hospital, "
                            "accusing the world body of bias.", "2016-05-03"))
    assert any(s == "SYRGOV" and c[:2] == "11" and t == "IGOUNO" for s, c, t in got)


def test_a_lone_flag_before_acting_is_the_titles(code_text):  # type: ignore[no-untyped-def]
    # the model makes "Thai" a subject of its own and leaves the second leader out of the pair
    got = triples(code_text("Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet "
                            "agreed on Monday to an unconditional ceasefire.", "2025-07-28"))
    assert {("THAGOV", "0871", "KHMGOV"), ("KHMGOV", "0871", "THAGOV")} <= got


def test_a_captivity_by_someone_is_theirs_on_its_owner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("France urged Iran on Tuesday to free French teacher Cecile Kohler, whose detention by "
                            "Iranian authorities has now entered its third year.", "2024-05-07"))
    assert any(s[:3] == "IRN" and c == "173" and t[:3] == "FRA" for s, c, t in got)
    # the owner of a captivity is no captor
    assert not any(s[:3] == "FRA" and c == "173" for s, c, _ in got)


def test_a_turned_down_invitation_was_an_invitation(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kenyan opposition leader Raila Odinga on Monday turned down President William Ruto's "
                            "invitation to join a national dialogue.", "2023-04-03"))
    assert ("KENOPP", "125", "KENGOV") in got and ("KENGOV", "036", "KENOPP") in got


def test_a_suspension_of_talks_names_the_other_side_on_the_talks(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Thousands rallied in Chisinau on Sunday, angered by the government's suspension of EU "
                            "accession talks.", "2024-12-01"))
    assert any(c == "164" and t == "IGOEUREEC" for _, c, t in got)


def test_a_court_ordering_compensation_finds_liability(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A Greek court on Tuesday ordered Germany to compensate the relatives of villagers "
                            "killed in a wartime massacre.", "2000-05-04"))
    assert any(s == "GRCJUD" and c == "116" and t[:3] == "DEU" for s, c, t in got)
    # an order from a government stays an order
    got = triples(code_text("Greece's government on Tuesday ordered Germany to compensate the relatives of "
                            "villagers killed in a wartime massacre.", "2000-05-04"))
    assert not any(c == "116" for _, c, _ in got)


def test_a_police_raid_on_firms_is_a_search(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Peru's police raided several construction firms on Friday in a bribery "
                            "investigation.", "2017-02-10"))
    assert any(s == "PERCOP" and c[:2] == "09" and t == "PERBUS" for s, c, t in got)
    assert not any(c[:2] == "19" for _, c, _ in got)
