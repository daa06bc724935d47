"""Grammar fixes of stop 15, each found by probing with sentences written for the purpose: a phrasal
verb whose object is shared with a conjoined verb, conjoined plural objects the model reads as a
clause, a warning that another will pay a price, an act stated as the means of a response, and the
occasion of a warning the model hangs on its condition.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_firing_on_ships_is_no_dismissal(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iranian forces fired on and seized a British navy patrol boat.", "2019-07-19")
    codes = {c for s, c, t in triples(evs)}
    assert "171" in codes and "0831" not in codes


def test_flying_on_to_a_capital_is_still_a_visit(code_text):  # type: ignore[no-untyped-def]
    # the guard: a particle followed by its own phrase is no shared object
    evs = code_text("Antony Blinken flew on to Riyadh on Monday for talks with the crown prince.", "2023-06-05")
    assert ("USAGOV", "042", "SAU") in triples(evs)


def test_conjoined_plural_objects_of_impose_are_both_measures(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canada and Australia imposed travel bans and asset freezes on Belarusian officials.", "2020-09-29")
    got = {(s, c[:2], t[:3]) for s, c, t in triples(evs)}
    assert {("CAN", "16", "BLR"), ("AUS", "16", "BLR"), ("CAN", "17", "BLR"), ("AUS", "17", "BLR")} <= got


def test_warning_that_another_would_pay_a_price_is_a_threat_to_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moscow warned that Helsinki would pay a heavy price for joining NATO.", "2022-05-12")
    assert ("RUSGOV", "130", "FINGOV") in triples(evs)


def test_facing_consequences_is_threatened_too(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara warned on Friday that Athens would face serious consequences if it armed the islands.",
                    "2022-06-10")
    assert ("TURGOV", "130", "GRCGOV") in triples(evs)


def test_paying_a_price_oneself_is_no_threat(code_text):  # type: ignore[no-untyped-def]
    # the guard: a speaker who says it will pay a price threatens no one
    evs = code_text("Germany said it would pay a high price for ending its reliance on Russian gas.", "2022-06-10")
    assert not {c for s, c, t in triples(evs) if c.startswith("13")}


def test_responding_by_an_act_is_no_intent_of_its_own(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Lithuania responded by expelling the Russian ambassador.", "2022-04-04")
    got = triples(evs)
    assert ("LTU", "174", "RUSGOV") in got
    assert not {c for s, c, t in got if c.startswith("03")}


def test_the_call_in_which_a_warning_is_given_is_the_warners(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Macron warned Erdogan of sanctions if Turkey drilled in Cypriot waters during a phone call "
                    "on Tuesday.", "2020-09-01")
    got = triples(evs)
    assert ("FRAGOV", "041", "TURGOV") in got
    assert not {(s, c, t) for s, c, t in got if c == "041" and s.startswith("TUR")}


def test_its_neighbour_is_the_other_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Rwanda closed its border with Burundi on Monday, accusing its neighbour of sheltering rebels.",
                    "2015-10-05")
    got = {(s[:3], c[:2], t) for s, c, t in triples(evs)}
    assert ("RWA", "11", "BDI") in got
    assert not {t for s, c, t in got if t.endswith("CVL")}


def test_a_neighbour_as_subject_resolves_without_recursion(pipeline):  # type: ignore[no-untyped-def]
    # found on the demo corpus: resolving the subject of the neighbour's own clause looped
    from datetime import date

    from detente.model import Document

    text = "China said it hoped its neighbor would remain stable, and its neighbour said it would send an envoy."
    coded = next(iter(pipeline.code([Document("n", text, date(2013, 12, 13))])))
    assert coded.failures == []


def test_bare_authorities_are_the_government_of_the_country_in_view(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Belarusian police said on Monday that authorities had detained opposition politician Pavel "
                    "Sevyarynets.", "2021-07-14")
    assert ("BLRGOV", "173", "BLROPP") in triples(evs)


def test_a_journalist_of_no_stated_nationality_is_of_the_country_in_view(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ugandan police arrested journalist Kakwenza Rukirabashaija in Kampala.", "2021-12-28")
    assert ("UGACOP", "173", "UGAMED") in triples(evs)


def test_a_participle_after_a_clause_with_no_actor_is_the_main_subjects(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Latvia deployed 3,000 soldiers to its border with Belarus on Friday as hundreds of migrants "
                    "gathered on the Belarusian side, accusing Minsk of staging the crisis.", "2021-08-01")
    assert ("LVA", "112", "BLRGOV") in triples(evs)


def test_a_prosecutor_general_is_the_judiciary(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ukraine's prosecutor general opened an investigation into the shelling of Kharkiv by Russian "
                    "forces.", "2022-03-02")
    assert {s for s, c, t in triples(evs) if c.startswith("09")} == {"UKRJUD"}


def test_a_verb_with_its_own_complement_does_not_share_the_next_verbs_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Oman offered to mediate between Iran and the United Arab Emirates and held talks with "
                    "Emirati officials in Abu Dhabi.", "2019-06-10")
    got = triples(evs)
    assert {("OMN", "039", "IRN"), ("OMN", "039", "ARE")} <= {(s[:3], c, t[:3]) for s, c, t in got}
    assert not {c for s, c, t in got if c == "036"}


def test_a_bare_verb_tagged_as_an_adjective_is_a_second_appeal(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The EU urged Eswatini to lift a ban on protests and free two jailed opposition lawmakers.",
                    "2021-10-22")
    assert {"0251", "0253"} <= {c for s, c, t in triples(evs)}


def test_an_object_pronoun_stands_for_a_party_not_a_place_passed_through(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Sudan's government let UN aid trucks cross from Chad on Wednesday, after the United States "
                    "urged it for months to allow deliveries.", "2024-08-21")
    assert ("USA", "020", "SDNGOV") in triples(evs) or ("USA", "0255", "SDNGOV") in triples(evs)


def test_doubting_that_others_will_meet_is_no_plan_to_meet(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Diplomats doubt that Vladimir Putin and Volodymyr Zelensky will hold a meeting this year.",
                    "2023-03-01")
    assert not triples(evs)
    assert triples(evs, factual=False)  # coded, but as a forecast (hypothetical)


def test_welcoming_a_step_that_another_took_is_praise_not_hosting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing lifted its ban on group tours to Japan, a step that Japanese officials welcomed.",
                    "2023-08-10")
    assert ("JPNGOV", "051", "CHNGOV") in triples(evs)


def test_an_opening_participle_taken_for_a_name_is_an_act(code_text):  # type: ignore[no-untyped-def]
    # the model reads "Accusing Greece" as one name and gives "summoned" two subjects
    evs = code_text("Accusing Greece of violating the Lausanne treaty, Turkish Foreign Minister Mevlut Cavusoglu "
                    "summoned the Greek ambassador.", "2021-05-31")
    assert {("TURGOV", "1123", "GRC"), ("TURGOV", "114", "GRCGOV")} <= triples(evs)


def test_remarks_that_others_condemned_answer_the_speaker(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Welcoming Daniel Ortega in Caracas, Nicolas Maduro praised Nicaragua's revolution, calling it "
                    "an example for the region, remarks that Costa Rica's Rodrigo Chaves publicly criticised.",
                    "2023-05-30")
    assert ("CRIGOV", "111", "VENGOV") in triples(evs)


def test_responding_with_strikes_is_the_strikes_not_an_intent(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Militants fired rockets at Sderot, and Israel responded with air strikes on Gaza.", "2019-05-05")
    got = triples(evs)
    assert ("ISR", "195", "PSE") in got
    assert not {c for s, c, t in got if c.startswith("03")}


def test_a_murder_someone_is_charged_with_is_alleged(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Egypt's public prosecutor charged five officers with the murder of an Italian student.",
                    "2020-12-10")
    assert not {c for s, c, t in triples(evs) if c.startswith("18")}


def test_warning_to_send_a_country_back_to_the_stone_age_is_a_threat_of_force(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia's foreign minister warned that Moscow would send Poland back to the Stone Age if it "
                    "hosted American nuclear weapons.", "2023-06-20")
    assert ("RUSGOV", "1384", "POL") in triples(evs)


def test_a_meeting_in_a_third_country_is_044_both_ways(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Vladimir Putin and Joe Biden met in Geneva on Wednesday.", "2021-06-16")
    assert {("RUSGOV", "044", "USAGOV"), ("USAGOV", "044", "RUSGOV")} <= triples(evs)
    assert all("third country" in e.pattern for e in evs if e.code == "044")


def test_a_meeting_in_a_partys_capital_stays_040(code_text):  # type: ignore[no-untyped-def]
    # the guard: "at the Miraflores palace in Caracas" is in Venezuela, whatever the palace's name says
    evs = code_text("Gustavo Petro met Nicolas Maduro at the Miraflores palace in Caracas.", "2022-11-01")
    assert ("COLGOV", "040", "VENGOV") in triples(evs)


def test_abstaining_in_a_vote_is_no_act_of_the_vote(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Brazil abstained in the UN vote to suspend Russia from the Human Rights Council.", "2022-04-07")
    assert not {(s, c, t) for s, c, t in triples(evs) if s.startswith("BRA") and c.startswith("16")}


def test_a_capital_where_talks_were_held_is_no_party(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("EU leaders agreed on a recovery fund after four days of tense negotiations in Brussels.",
                    "2020-07-21")
    assert not {t for s, c, t in triples(evs) if t.startswith("BEL")}


def test_a_meeting_one_is_invited_to_is_intended(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moon Jae-in accepted an invitation to meet Kim Jong Un in Pyongyang.", "2018-08-13")
    got = triples(evs, factual=False)
    assert ("KORGOV", "040", "PRKGOV") not in triples(evs)
    assert any(c == "036" and t.startswith("PRK") for s, c, t in got)


def test_a_pledge_to_lift_an_embargo_on_a_third_party_targets_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Germany and the Netherlands pledged to lift their arms embargoes on Ankara.", "2022-06-03")
    got = triples(evs, factual=False)
    assert {("DEU", "0354", "TURGOV"), ("NLD", "0354", "TURGOV")} <= got
    assert not {(s, t) for s, c, t in got if {s[:3], t[:3]} == {"DEU", "NLD"}}


def test_the_island_is_taiwan_only_in_a_story_about_taiwan(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Norway's envoy Erik Solheim, the island's chief peace broker, urged Colombo and the Tamil Tigers "
                    "to return to talks.", "2006-05-25")
    assert not {s for s, c, t in triples(evs) if s.startswith("TWN")}


def test_prisoners_sent_abroad_pay_no_visit(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Honduras sent three jailed drug traffickers to the United States on Friday.", "2022-05-01")
    assert not {c for s, c, t in triples(evs) if c == "042"}


def test_a_people_named_with_their_country_of_residence_belong_to_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kosovo Serbs put up barricades on the roads to two border crossings on Saturday.", "2022-12-10")
    assert {s for s, c, t in triples(evs)} == {"KSVCVL"}


def test_the_parts_of_one_crowd_act_once(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thousands of students and their supporters blocked a main bridge in Belgrade on Sunday.",
                    "2025-01-26")
    assert len([1 for s, c, t in triples(evs) if c == "144"]) == 1


def test_welcoming_a_resolution_praises_its_authors(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Security Council demanded that Ethiopian troops withdraw from Somalia and that the militias "
                    "disarm, a resolution Mogadishu welcomed.", "2007-01-10")
    got = triples(evs)
    assert ("SOMGOV", "051", "IGOUNO") in got
    assert not {c for s, c, t in got if c.startswith("01")}


def test_a_patrol_named_on_a_zone_is_no_target(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkish troops moved into the UN-patrolled buffer zone near Nicosia on Monday.", "2023-08-21")
    assert not {t for s, c, t in triples(evs) if t.startswith("IGO")}


def test_an_unnamed_spokesman_speaks_for_the_sentences_government(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran will release two French researchers on Friday as a humanitarian gesture, a foreign ministry "
                    "spokesman said, urging Paris to free Iranian prisoners held in France.", "2020-03-20")
    assert ("IRNGOV", "0253", "FRAGOV") in triples(evs)


def test_banning_a_partys_activities_bans_the_party(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Mali's junta suspended all activities of political parties and banned the activities of the "
                    "opposition coalition M5-RFP.", "2024-04-11")
    assert any(c == "1722" and s == "MLIGOV" for s, c, t in triples(evs))


def test_recalling_an_envoy_from_the_country_named_before(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Denmark froze aid to Zambia, and Sweden recalled its ambassador from the country for "
                    "consultations.", "2019-01-10")
    assert ("SWE", "161", "ZMB") in triples(evs)


def test_a_counted_object_is_what_is_counted(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Norway will give Ukraine all 22 of its German-made Leopard tanks.", "2023-02-20")
    assert ("NOR", "0332", "UKR") in triples(evs, factual=False)


def test_a_demand_for_answers_after_a_passive_report_is_the_speakers(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("France said the journalist had been detained without charge, and demanded answers from Tehran.",
                    "2022-10-01")
    assert ("FRA", "101", "IRNGOV") in triples(evs)


def test_withdrawing_asylum_is_no_military_retreat(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Julian Assange was arrested by British police after Quito withdrew his asylum.", "2019-04-11")
    assert not {c for s, c, t in triples(evs) if c.startswith("087")}


def test_a_name_that_is_also_a_verb_opens_the_sentence_as_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Trump halted funding to the World Health Organization, accusing it of mismanaging the outbreak.",
                    "2020-04-14")
    got = {(s, c[:2], t[:3]) for s, c, t in triples(evs)}
    assert {("USAGOV", "16", "IGO"), ("USAGOV", "11", "IGO")} <= got


def test_withdrawing_from_a_un_body_reduces_relations(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United States withdrew from the UN Human Rights Council in June.", "2018-06-19")
    assert ("USA", "160", "IGOUNO") in triples(evs)


def test_an_end_to_support_is_no_support(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Biden announced an end to US support for the Saudi-led offensive in Yemen.", "2021-02-04")
    assert not {c for s, c, t in triples(evs) if c.startswith("05")}


def test_a_threat_joined_to_a_deadline_is_the_subjects(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("ECOWAS leaders gave Niger's junta a week to reinstate President Mohamed Bazoum and threatened to "
                    "use force if it refused.", "2023-07-30")
    assert any(s.startswith("IGO") and c.startswith("13") for s, c, t in triples(evs))


def test_ordering_foreign_troops_out_expels_a_presence(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Chad's government ordered the French troops stationed in the country to leave within a month.",
                    "2024-11-29")
    assert ("TCDGOV", "166", "FRAMIL") in triples(evs)


def test_expelling_un_inspectors_withdraws_observers(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran expelled a team of IAEA inspectors on Saturday.", "2023-09-16")
    assert ("IRN", "1662", "IGOUNOIAE") in triples(evs)


def test_controls_on_exports_are_economic_sanctions(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Netherlands tightened controls on exports of chipmaking machines to China.", "2023-06-30")
    got = {c for s, c, t in triples(evs) if t.startswith("CHN")}
    assert "163" in got and not got & {"192", "172"}


def test_a_killing_by_an_air_strike_is_the_strike(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Sudanese air strikes on a market in Darfur killed at least 40 civilians.", "2024-10-20")
    codes = {c for s, c, t in triples(evs)}
    assert "195" in codes and "202" not in codes


def test_vowing_that_another_will_pay_for_it_is_a_threat(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran's supreme leader vowed that Israel would pay for it.", "2024-04-02")
    assert any(c == "130" and t.startswith("ISR") for s, c, t in triples(evs))


def test_an_announced_hostile_act_is_the_threat_only(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canada said it would freeze the assets of Russian officials involved in the war.", "2022-02-26")
    got = {c for s, c, t in triples(evs)}
    assert "1312" in got and "163" not in got


def test_expelling_foreign_troops_from_the_country_is_no_party_of_the_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iraq's parliament voted to expel US troops from the country after the killing of Soleimani.",
                    "2020-01-05")
    assert ("IRQLEG", "166", "USAMIL") in triples(evs)


def test_warning_that_another_would_be_met_with_fire_is_a_threat_of_force(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kim Jong Un said South Korea would be met with fire and fury if it crossed the border.",
                    "2023-12-31")
    assert ("PRKGOV", "138", "KOR") in triples(evs)


def test_a_state_and_its_own_forces_cooperate_with_no_one(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pompeo said the United States would review its troop presence in Germany.", "2020-06-19")
    assert not {(s, c, t) for s, c, t in triples(evs, factual=False) if s[:3] == t[:3] == "USA"}
