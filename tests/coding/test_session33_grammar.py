"""Grammar, vocabulary and convention fixes of stop 33, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_being_on_hunger_strike_is_a_hunger_strike_against_the_jailer(code_text):  # type: ignore[no-untyped-def]
    # "has been on hunger strike" (not only "went on"), in a relative clause, protesting his own plight
    got = triples(code_text("Abdulhadi al-Khawaja, who has been on hunger strike for six weeks in protest at his "
                            "imprisonment, was moved to a military hospital on Sunday.", "2012-03-20"))
    assert ("BHROPP", "142", "BHRGOV") in got


def test_a_protest_shares_no_target_with_an_earlier_verb_of_its_subject(code_text):  # type: ignore[no-untyped-def]
    # "holds Danish citizenship and has been on hunger strike": Denmark is not the one protested against
    got = triples(code_text("Abdulhadi al-Khawaja, who also holds Danish citizenship and has been on hunger strike "
                            "since February, was moved to a military hospital.", "2012-03-20"))
    assert ("BHROPP", "142", "BHRGOV") in got and not any(t == "DNK" for _, _, t in got)


def test_an_envoy_to_a_body_is_a_standing_post_not_a_visit(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Moscow's envoy to the United Nations, Vassily Nebenzia, called the report a fabrication "
                            "on Tuesday.", "2022-04-05"))
    assert not any(c == "042" for _, c, _ in got)
    got = triples(code_text("A UN mission to Myanmar arrived in Naypyidaw on Monday.", "2022-04-05"))
    assert ("IGOUNO", "042", "MMR") in got


def test_a_list_opened_by_a_pronoun_is_one_subject(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Niger protested the arrest of its soldiers, and it, Mali and Burkina Faso recalled their "
                            "ambassadors from Abidjan on Friday.", "2024-08-05"))
    for side in ("NER", "MLI", "BFA"):
        assert any(s == side and c == "161" and t.startswith("CIV") for s, c, t in got), side


def test_a_body_named_beside_its_leader_is_the_body(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Yerevan asked the Russian-led CSTO security bloc for military help on Tuesday.",
                            "2022-09-13"))
    assert any(s == "ARMGOV" and c.startswith("02") and t == "IGOCST" for s, c, t in got)


def test_wounding_someone_is_an_assault(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Riot police wounded three protesters outside the parliament in Dhaka on Monday.",
                            "2018-08-06"))
    assert ("BGDCOP", "182", "BGDCVL") in got


def test_a_second_act_after_then_shares_the_subject(code_text):  # type: ignore[no-untyped-def]
    # ", then opened fire on troops": the model hangs "opened" on "detonated" as a bare dep
    got = triples(code_text("ELN rebels detonated a car bomb outside an army base in Arauca, then opened fire on "
                            "soldiers sent to guard the area.", "2022-01-12"))
    assert ("COLREB", "193", "COLMIL") in got
    # troops sent somewhere by no one named: the troops themselves send no one
    assert not any(s == "COLMIL" for s, _, _ in got)


def test_a_defence_ministry_is_a_government_organ(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Azerbaijan's defence ministry accused Armenian forces of shelling a village in "
                            "Tovuz on Monday.", "2020-07-13"))
    assert any(s == "AZEGOV" and c.startswith("112") and t == "ARMMIL" for s, c, t in got)


def test_a_call_for_release_from_ones_own_rebels_is_aimed_at_them(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("ELN guerrillas kidnapped two police officers in Arauca on Sunday, and Colombia's "
                            "interior minister demanded their immediate release.", "2022-05-02"))
    assert ("COLGOV", "1053", "COLREB") in got


def test_calling_an_act_a_name_judges_its_doer(code_text):  # type: ignore[no-untyped-def]
    # "the manoeuvres intimidation" read as a compound noun by the model
    got = triples(code_text("Chinese warships circled the Philippine supply boats near the shoal for hours, and Manila "
                            "called the manoeuvres harassment.", "2023-08-07"))
    assert ("PHLGOV", "111", "CHNMIL") in got


def test_a_summary_noun_with_a_bare_relative_clause(code_text):  # type: ignore[no-untyped-def]
    # "…, remarks Canberra condemned as coercion": no "that", and the model reads "remarks" as a verb
    got = triples(code_text("China's ambassador warned that Chinese tourists could shun Australia, remarks Canberra "
                            "condemned as economic coercion.", "2020-04-28"))
    assert ("AUSGOV", "111", "CHNGOV") in got


def test_a_named_party_is_opposition_or_government_by_date(code_text):  # type: ignore[no-untyped-def]
    # the BNP led Bangladesh's government 2001-2006 and was in opposition from 2009
    got = triples(code_text("The Bangladesh Nationalist Party called a three-day nationwide strike on Sunday.",
                            "2013-11-10"))
    assert ("BGDOPP", "143", "BGDGOV") in got
    got = triples(code_text("Police arrested hundreds of activists of the Awami League in Dhaka on Saturday.",
                            "2025-02-09"))
    assert any(c == "173" and t == "BGDOPP" for _, c, t in got)


def test_the_mediator_is_the_name_before_as_not_a_party_it_follows(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Maduro's government and the opposition Unitary Platform signed a deal in Barbados with "
                            "Norway as facilitator.", "2023-10-18"))
    assert ("NOR", "045", "VENGOV") in got and ("NOR", "045", "VENOPP") in got


def test_some_of_the_nationals_are_people_not_their_state(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Haitian police said officers had arrested six of the Colombians at a house in Petion-Ville.",
                            "2021-07-10"))
    assert ("HTICOP", "173", "COLCVL") in got


def test_what_an_accident_did_is_no_act_of_the_mourner(code_text):  # type: ignore[no-untyped-def]
    # "sent condolences after a plane crashed, killing 257 people": the crash killed them, not the king
    got = triples(code_text("Morocco's king sent condolences to Algeria's president on Wednesday after a military "
                            "plane crashed near Blida, killing 257 people.", "2018-04-11"))
    assert ("MARGOV", "018", "DZAGOV") in got
    assert not any(c.startswith("20") or c.startswith("18") for _, c, _ in got)


def test_smearing_a_substance_is_no_criticism(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Two women smeared a toxic liquid on the face of a North Korean man at Kuala Lumpur "
                            "airport on Monday.", "2017-02-15"))
    assert not any(c == "111" for _, c, _ in got)


def test_a_crowd_doing_something_right_after_the_noun_is_the_doer(code_text):  # type: ignore[no-untyped-def]
    # "deployed police against youths rioting over …": the youths riot, not the ministry; and the police
    # deployed are the force, the youths its target
    got = triples(code_text("France's interior ministry deployed 40,000 police on Friday against youths rioting over "
                            "the police killing of a teenager in Nanterre.", "2023-06-30"))
    assert ("FRAGOV", "153", "FRACVL") in got
    assert any(s == "FRACVL" and c.startswith("145") for s, c, _ in got)
    assert not any(s == "FRAGOV" and c.startswith("14") for s, c, _ in got)


def test_police_sent_to_another_country_are_a_peacekeeping_offer(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Rioters torched shops in Honiara's Chinatown on Thursday, and Australia said it would "
                            "send police and troops to restore order.", "2021-11-25"))
    assert ("AUS", "0334", "SLB") in got
    # police sent to one's own border stay a show of force there
    got = triples(code_text("Guatemala sent 2,000 police officers to its border with Honduras on Friday.", "2020-10-02"))
    assert any(s == "GTM" and c == "153" and t.startswith("HND") for s, c, t in got)


def test_blowing_up_or_sinking_seized_boats_destroys_property(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Indonesia's navy sank 21 Vietnamese fishing boats seized for poaching on Monday.", "2017-04-03"))
    assert any(s.startswith("IDN") and c == "1712" and t.startswith("VNM") for s, c, t in got)
    got = triples(code_text("Indonesia blew up 12 Malaysian fishing boats off Borneo on Friday.", "2016-04-01"))
    assert any(s == "IDN" and c == "1712" and t.startswith("MYS") for s, c, t in got)


def test_police_questioning_is_an_inquiry_not_doubt(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Israeli police questioned Prime Minister Ehud Olmert for two hours on Friday.",
                            "2008-05-02"))
    assert ("ISRCOP", "091", "ISRGOV") in got
    got = triples(code_text("Beijing questioned Washington's commitment to the one-China policy on Monday.", "2017-01-02"))
    assert not any(c == "091" for _, c, _ in got)


def test_an_inquiry_into_firing_looks_into_a_military_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("UNIFIL said it was investigating the Israeli army's firing on its positions near Naqoura.",
                            "2023-01-20"))
    assert ("IGOUNO", "093", "ISRMIL") in got


def test_soldiers_detaining_after_a_named_military_serve_in_it(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Guterres called on Myanmar's military to free Aung San Suu Kyi, who was detained by soldiers "
                            "in a raid on Naypyitaw.", "2021-02-01"))
    assert ("MMRMIL", "173", "MMRGOV") in got


def test_what_a_video_appears_to_show_is_alleged(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Yerevan accused Baku of war crimes over a video that appears to show Azerbaijani soldiers "
                    "executing two Armenian prisoners.", "2020-10-25")
    killings = [e for e in evs if e.root in {"18", "20"}]
    assert killings and all(e.modality == "hypothetical" for e in killings)


def test_people_flown_somewhere_are_no_aid(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Saudi Arabia freed 100 Houthi prisoners on Tuesday and flew them to Sanaa.", "2019-11-26"))
    assert not any(c.startswith("07") for _, c, _ in got)


def test_the_countrys_is_not_the_actors_own_country(code_text):  # type: ignore[no-untyped-def]
    # "Moscow would keep supplying weapons to the country's army" after Mali is named: Mali's army
    got = triples(code_text("On a visit to Bamako, Sergei Lavrov praised Mali's rulers and promised that Moscow would keep "
                            "supplying weapons to the country's army.", "2023-02-07"))
    assert any(s == "RUSGOV" and c.startswith("033") and t == "MLIMIL" for s, c, t in got)


def test_a_pledge_to_help_rebuild_something_is_aid_to_its_owner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Turkey pledged on Monday to help rebuild Somalia's navy.", "2024-03-04"))
    assert any(s == "TUR" and c.startswith("033") and t.startswith("SOM") for s, c, t in got)


def test_revoking_diplomats_accreditation_expels_them(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Moscow accused four Polish diplomats of spying and revoked their accreditation on Friday.",
                            "2015-06-05"))
    assert any(s.startswith("RUS") and c == "174" and t.startswith("POL") for s, c, t in got)


def test_the_accused_does_what_it_is_accused_of(code_text):  # type: ignore[no-untyped-def]
    # "accused North Korea of planting mines that maimed two soldiers": not South Korea's act
    got = triples(code_text("South Korea accused North Korea on Monday of planting land mines that maimed two South "
                            "Korean soldiers in the demilitarized zone.", "2015-08-10"))
    assert ("KOR", "112", "PRK") in got
    assert not any(s.startswith("KOR") and c.startswith("18") for s, c, _ in got)
