"""Grammar and convention fixes of stop 29, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_they_after_a_conjoined_subject_that_said_it_is_the_parties_named(code_text):  # type: ignore[no-untyped-def]
    # one of the two conjoined parties has no code: "they" still stands for the one that has
    got = triples(code_text("Peru's chief prosecutor and a panel of outside experts said on Monday they had opened an "
                            "investigation into President Dina Boluarte over the deaths of protesters.", "2023-01-10"))
    assert any(s == "PERJUD" and c.startswith("09") and t == "PERGOV" for s, c, t in got)


def test_a_judged_act_named_again_is_its_first_authors(code_text):  # type: ignore[no-untyped-def]
    # "the strike" repeats "Turkey's strike" named earlier in the sentence
    got = triples(code_text("UN monitors travelled to Sinjar on Thursday to look into Turkey's strike on a clinic in "
                            "the town, a day after Iraq's foreign minister called the strike a crime.", "2021-08-20"))
    assert any(s == "IRQGOV" and c.startswith("11") and t[:3] == "TUR" for s, c, t in got)


def test_an_act_called_something_is_the_verbs_object(code_text):  # type: ignore[no-untyped-def]
    # the model hangs "ruling" on the adjective; it is what the ministry called unjust
    got = triples(code_text("A court in Tokyo ordered Seoul to pay damages, and South Korea's foreign ministry called "
                            "the ruling unjust.", "2021-01-09"))
    assert any(s == "KORGOV" and c.startswith("11") and t[:3] == "JPN" for s, c, t in got)
    # ... or reads "operation" as the adjective's compound
    got = triples(code_text("Indian police detained two Chinese engineers at a steel plant in Bihar on Friday, "
                            "prompting Beijing to call the operation unnecessary.", "2021-01-09"))
    assert ("CHNGOV", "111", "INDCOP") in got


def test_a_states_standing_owned_by_a_name_is_its_of_phrase(code_text):  # type: ignore[no-untyped-def]
    # "Kosovo's independence" is "the independence of Kosovo": recognised by each of the two, not by each other
    got = triples(code_text("Albania and Croatia recognised Kosovo's independence on Tuesday.", "2008-03-20"))
    assert {("ALB", "054", "KSV"), ("HRV", "054", "KSV")} <= got
    assert ("ALB", "054", "HRV") not in got


def test_a_list_of_items_asked_for_is_one_appeal(code_text):  # type: ignore[no-untyped-def]
    # "water" is not on the aid list, so only the general appeal pattern names it: no second appeal
    got = triples(code_text("Nepal's government appealed to India on Sunday for food, water and medicine after the "
                            "earthquake.", "2015-04-26"))
    assert ("NPLGOV", "0233", "IND") in got
    assert ("NPLGOV", "020", "IND") not in got


def test_the_opposition_threatening_protests_threatens_the_one_it_makes_a_condition(code_text):  # type: ignore[no-untyped-def]
    # protests as the means of a threat are the threatener's own act, not unrest against the state
    got = triples(code_text("Bolivia's opposition threatened on Monday to stage protests unless President Evo Morales "
                            "dropped his bid for a fourth term.", "2017-03-03"))
    assert ("BOLOPP", "133", "BOLGOV") in got


def test_a_threat_to_strip_diplomats_of_their_accreditation_is_an_administrative_threat(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Turkey threatened on Friday to strip three Dutch diplomats of their accreditation.",
                            "2017-03-10"))
    assert ("TUR", "132", "NLDGOV") in got


def test_a_title_conjoined_to_a_named_official_is_a_second_party(code_text):  # type: ignore[no-untyped-def]
    # the model joins "opposition leader" to "Uhuru Kenyatta" and hangs "Raila Odinga" on "president"
    got = triples(code_text("Kenya's president Uhuru Kenyatta and opposition leader Raila Odinga held talks in Nairobi "
                            "on Friday.", "2018-03-09"))
    assert {("KENGOV", "046", "KENOPP"), ("KENOPP", "046", "KENGOV")} <= got


def test_an_object_described_by_a_participle_stays_the_object(code_text):  # type: ignore[no-untyped-def]
    # the model reads "hundreds of protesters" as the subject of "camped"
    got = triples(code_text("Libyan troops killed hundreds of protesters camped out in the main square of Benghazi on "
                            "Saturday.", "2011-02-19"))
    assert ("LBYMIL", "202", "LBYCVL") in got


def test_a_move_judged_by_two_parties_is_the_main_clauses_act(code_text):  # type: ignore[no-untyped-def]
    # "a move" hangs on the last noun of a hypothetical relative clause; it sums up the blocking
    got = triples(code_text("China blocked a UN Security Council statement on Friday that would have condemned the "
                            "coup in Myanmar, a move praised by Russia and criticised by France.", "2021-02-05"))
    assert {("RUS", "051", "CHN"), ("FRA", "111", "CHN")} <= got
    assert ("FRA", "111", "RUS") not in got


def test_a_un_commission_is_the_un(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A UN commission arrived in Juba on Monday.", "2019-06-10"))
    assert ("IGOUNO", "042", "SSD") in got


def test_an_inquiry_into_a_killing_by_soldiers_looks_into_the_soldiers(code_text):  # type: ignore[no-untyped-def]
    # the act's "by" agent is the one looked into, not its victims
    got = triples(code_text("A UN team began investigating on Monday the killing of dozens of protesters by Sudanese "
                            "soldiers in Khartoum.", "2019-06-10"))
    assert ("IGOUNO", "091", "SDNMIL") in got
    assert ("IGOUNO", "091", "SDNCVL") not in got


def test_a_reflexive_object_is_its_subject_not_another_party(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Thailand granted asylum to a Cambodian activist who barricaded himself in a Bangkok hotel "
                            "room to avoid deportation.", "2019-06-10"))
    assert ("THA", "075", "KHMCVL") in got
    assert not any(c.startswith("14") for _, c, _ in got)


def test_a_suicide_bombing_hits_those_it_went_off_among(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A suicide bomber blew himself up among Afghan soldiers queuing at a base in Kandahar on "
                            "Saturday.", "2019-06-10"))
    assert any(c == "1831" and t == "AFGMIL" for _, c, t in got)


def test_a_surname_repeats_a_person_named_earlier_in_the_sentence(code_text):  # type: ignore[no-untyped-def]
    # "Lasso" alone is in no dictionary; "President Guillermo Lasso" earlier in the sentence is
    got = triples(code_text("Farmers blocked roads into Quito on Monday, demanding that President Guillermo Lasso cut "
                            "fuel prices, and Lasso imposed a curfew in the capital.", "2022-06-20"))
    assert any(s == "ECUGOV" and c.startswith("172") for s, c, _ in got)


def test_the_opposition_turning_down_an_invitation_answers_its_government(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Prime Minister Sheikh Hasina invited opposition leader Khaleda Zia to talks at her "
                            "residence, an invitation Zia rejected on Sunday.", "2013-10-27"))
    assert ("BGDOPP", "125", "BGDGOV") in got


def test_the_removal_of_subsidies_is_no_removal_from_office(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Truckers in Chile began a strike on Monday against President Sebastian Pinera's removal of "
                            "diesel subsidies.", "2019-10-20"))
    assert not any(c == "0831" for _, c, _ in got)


def test_an_office_named_by_its_holders_title_is_that_office(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Peru's attorney general's office opened an investigation into President Dina Boluarte on "
                            "Monday.", "2023-01-10"))
    assert any(s == "PERJUD" and c.startswith("09") and t == "PERGOV" for s, c, t in got)


def test_a_newspaper_liquidated_by_a_court_is_closed_not_killed(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A court in Minsk ordered the liquidation of a Belarusian independent newspaper on "
                            "Tuesday.", "2021-07-20"))
    assert ("BLRJUD", "1721", "BLRMED") in got
    assert not any(c.startswith("18") for _, c, _ in got)


def test_a_conditional_threat_is_aimed_at_the_condition_not_the_weapons_maker(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarusian President Alexander Lukashenko warned that Minsk would not hesitate to use the "
                            "Russian nuclear weapons stationed on its soil if Ukraine attacked Belarus.", "2023-06-01"))
    assert ("BLRGOV", "1385", "UKR") in got
    assert ("BLRGOV", "1385", "RUS") not in got


def test_an_opposition_is_of_the_country_whose_leader_the_sentence_is_about(code_text):  # type: ignore[no-untyped-def]
    # Washington, named too, leaves the setting open; the main clause's subject settles it
    got = triples(code_text("Venezuela's President Nicolas Maduro rejected calls by the opposition to hold a new "
                            "election, accusing its leaders of plotting a coup with Washington's backing.", "2019-02-01"))
    assert ("VENGOV", "120", "VENOPP") in got


def test_a_threat_to_remove_a_ruler_by_force_is_a_threat_of_force_against_him(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("ECOWAS threatened on Friday to remove Niger's junta by force if it did not restore "
                            "President Mohamed Bazoum.", "2023-08-05"))
    assert ("IGOWAFWAS", "138", "NERGOV") in got
