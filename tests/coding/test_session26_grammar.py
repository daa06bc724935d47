"""Grammar and convention fixes of stop 26, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_bomb_planted_by_a_group_is_that_groups_attack(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A roadside bomb planted by Taliban insurgents killed four Afghan police officers "
                            "near Ghazni on Monday.", "2012-05-14"))
    assert any(s == "AFGREB" and c == "1833" and t[:3] == "AFG" for s, c, t in got)


def test_a_town_officer_belongs_to_the_towns_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Russian soldiers detained Kherson mayor Igor Kolykhaiev on Tuesday.", "2022-06-28"))
    assert any(s == "RUSMIL" and c.startswith("17") and t == "UKRGOV" for s, c, t in got)
    assert not any(t.startswith("RUS") for _, _, t in got)
    # a first name after the title is no town ("Ivan" is also a town in Iran)
    got = triples(code_text("Russian soldiers seized Melitopol mayor Ivan Fedorov on Friday.", "2022-03-11"))
    assert any(t == "UKRGOV" for _, _, t in got)
    assert not any(t.startswith("IRN") for _, _, t in got)


def test_all_but_one_of_the_crossings(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Norway closed all but one of its crossing points on the Russian border on Monday.",
                            "2023-11-20"))
    assert ("NOR", "191", "RUS") in got


def test_a_route_closed_between_two_countries(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Afghan and Pakistani troops clashed at Chaman, and Islamabad shut the main trade route "
                            "between the two countries.", "2023-09-07"))
    assert any(s[:3] == "PAK" and c == "191" and t[:3] == "AFG" for s, c, t in got)


def test_the_one_warned_is_the_target_of_the_actors_own_threat(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Britain and Canada warned Uganda's president that they would cut all aid if he "
                            "signed the bill.", "2014-02-20"))
    assert any(s == "GBR" and c == "1311" and t[:3] == "UGA" for s, c, t in got)
    assert any(s == "CAN" and c == "1311" and t[:3] == "UGA" for s, c, t in got)


def test_intelligence_acted_on_was_given_to_the_one_acting(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kenyan police arrested three suspects on Friday, acting on intelligence provided by "
                            "Britain.", "2015-03-06"))
    assert any(s[:3] == "GBR" and c == "064" and t == "KENCOP" for s, c, t in got)


def test_those_acted_on_along_with_the_object(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Police in Tbilisi arrested two Russian citizens on Saturday, along with a Georgian "
                            "opposition activist.", "2019-06-22"))
    assert any(c == "173" and t[:3] == "RUS" for _, c, t in got)
    assert any(c == "173" and t == "GEOOPP" for _, c, t in got)


def test_an_exchange_of_fire_is_fighting_not_a_prisoner_swap(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("UN observers reported an exchange of fire between Indian and Pakistani troops in "
                            "Kashmir on Monday.", "2019-03-04"))
    assert ("INDMIL", "193", "PAKMIL") in got and ("PAKMIL", "193", "INDMIL") in got
    assert not any(c.startswith("08") for _, c, _ in got)


def test_returning_fire_answers_the_attacker(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Azerbaijani forces opened a heavy artillery barrage on Armenian positions near Goris "
                            "overnight, and Armenian troops returned fire, officials said.", "2022-09-13"))
    assert any(s == "ARMMIL" and c.startswith("19") and t[:3] == "AZE" for s, c, t in got)


def test_responding_by_an_alert_answers_the_provocation(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Turkey sent a survey ship into waters that Greece claims, and Athens responded by "
                            "putting its navy on alert.", "2019-07-08"))
    assert any(s[:3] == "GRC" and c.startswith("15") and t[:3] == "TUR" for s, c, t in got)
    assert any(s[:3] == "TUR" and c.startswith("15") and t[:3] == "GRC" for s, c, t in got)


def test_stripping_a_party_of_legal_status_bans_it(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarus's supreme court stripped the opposition party of its legal status on "
                            "Thursday.", "2023-08-10"))
    assert any(s[:3] == "BLR" and c == "1722" for s, c, _ in got)


def test_a_summary_noun_with_that_is_judged_by_the_relative_clause(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Japan's prime minister apologised for wartime abuses, a gesture that South Korea's "
                            "president welcomed.", "2015-08-14"))
    assert any(s[:3] == "KOR" and c == "051" and t[:3] == "JPN" for s, c, t in got)


def test_the_act_that_alarmed_is_what_a_mobilisation_answers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Alarmed by Azerbaijan's threats over the corridor, Armenia ordered a partial "
                            "mobilisation of reservists on Monday.", "2023-05-01"))
    assert any(s[:3] == "ARM" and c == "154" and t[:3] == "AZE" for s, c, t in got)


def test_readiness_stepped_up_after_an_act_answers_it(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Taiwan's military stepped up its readiness on Sunday after China fired missiles into "
                            "waters near the island.", "2022-08-07"))
    assert any(s[:3] == "TWN" and c == "152" and t[:3] == "CHN" for s, c, t in got)


def test_units_massed_along_a_named_border(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarus massed several battalion tactical groups along the Lithuanian border.",
                            "2023-07-20"))
    assert any(s[:3] == "BLR" and c == "154" and t[:3] == "LTU" for s, c, t in got)


def test_troops_ordered_into_exercises_are_the_orderers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Azerbaijan's president ordered 3,000 troops into exercises near the border with "
                            "Armenia.", "2021-05-12"))
    assert any(s[:3] == "AZE" and c[:2] == "15" and t[:3] == "ARM" for s, c, t in got)


def test_clashes_between_two_sides_are_fighting_both_ways(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("As clashes between Armenian and Azerbaijani troops entered a third day, the EU urged "
                            "restraint.", "2022-09-15"))
    assert ("ARMMIL", "190", "AZEMIL") in got and ("AZEMIL", "190", "ARMMIL") in got
    got = triples(code_text("Fighting between the Sudanese army and Chadian rebels spread to the border town on "
                            "Friday.", "2008-02-01"))
    assert any(s == "SDNMIL" and c == "190" and t[:3] == "TCD" for s, c, t in got)


def test_their_guards_clashing_are_both_sides_guards(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenia and Azerbaijan traded blame on Tuesday after their border guards clashed near "
                            "a disputed village.", "2021-07-20"))
    assert ("ARMMIL", "190", "AZEMIL") in got and ("AZEMIL", "190", "ARMMIL") in got


def test_the_closure_of_its_border_is_the_clause_subjects(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Algeria expelled hundreds of Moroccans following the closure of its border with "
                            "Morocco.", "1994-09-01"))
    assert any(s[:3] == "DZA" and c == "191" and t[:3] == "MAR" for s, c, t in got)
    assert not any(c.startswith("17") and t[:3] == "MAR" and s[:3] == "MAR" for s, c, t in got)


def test_fighting_that_sums_up_the_told_attack_is_no_second_event(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Azerbaijani artillery shelled villages inside Armenia on Tuesday, in the worst "
                            "fighting between the two countries in two years.", "2022-09-13"))
    assert any(s[:3] == "AZE" and c.startswith("19") and t[:3] == "ARM" for s, c, t in got)
    assert not any(s[:3] == "ARM" and c == "190" for s, c, _ in got)


def test_named_fighter_jets_are_warplanes_not_rebels(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Italian frigates and Eurofighter fighters joined Greek forces in exercises off "
                            "Crete.", "2020-08-27"))
    assert any(s == "ITAMIL" and c == "062" and t[:3] == "GRC" for s, c, t in got)
    assert not any(s.endswith("REB") for s, _, _ in got)


def test_a_strangers_kin_is_of_the_country_the_act_is_set_in(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("FARC dissidents kidnapped the mother of the Liverpool winger in Cauca on Sunday.",
                            "2023-11-05"))
    assert any(s[:3] == "COL" and c == "181" and t == "COLCVL" for s, c, t in got)
    assert not any(t.startswith("GBR") for _, _, t in got)


def test_an_attack_claimed_by_a_group_is_its_attack_and_its_claim(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Claimed by the Baloch Liberation Army, the suicide bombing that killed three Chinese "
                            "teachers in Karachi drew a protest from Beijing.", "2022-04-27"))
    assert any(s == "PAKREB" and c.startswith("18") and t[:3] == "CHN" for s, c, t in got)
    assert any(s == "PAKREB" and c == "015" and t[:3] == "CHN" for s, c, t in got)


def test_a_police_alert_ahead_of_a_rally_faces_the_protesters(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Georgian police raised their alert level in Tbilisi on Friday ahead of a planned "
                            "opposition rally.", "2024-05-10"))
    assert ("GEOCOP", "151", "GEOOPP") in got


def test_forces_arriving_to_restore_order_are_deployed(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("New Zealand soldiers arrived in Nuku'alofa on Saturday to help restore order after "
                            "two days of rioting.", "2006-11-18"))
    assert any(s == "NZLMIL" and c == "074" and t[:3] == "TON" for s, c, t in got)
    got = triples(code_text("The French president arrived in Beijing to restore calm in relations.", "2019-11-04"))
    assert any(s == "FRAGOV" and c == "042" for s, c, _ in got)
