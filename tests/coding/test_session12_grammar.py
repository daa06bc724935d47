"""Grammar and convention fixes of stop 12: counted nouns, two sides building up forces at once,
soldiers attacked by their own country's insurgents.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_counted_noun_stands_for_its_number_word(code_text):  # type: ignore[no-untyped-def]
    # "thousands" is the parser's object; the troops are what was moved
    evs = code_text("Pakistan moved thousands of troops to the border with India.", "2002-01-10")
    assert triples(evs) == {("PAK", "154", "IND")}


def test_a_number_word_listed_by_a_pattern_still_matches_first(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Sudanese troops killed hundreds of villagers in Darfur.", "2004-05-01")
    assert ("SDNMIL", "202", "SDNCVL") in triples(evs)


def test_two_sides_massing_troops_at_once_face_each_other(code_text):  # type: ignore[no-untyped-def]
    # a build-up by two sides is hostile posture towards each other, not military cooperation
    evs = code_text("Armenia and Azerbaijan moved troops to their disputed frontier.", "2021-05-20")
    assert triples(evs) == {("ARM", "154", "AZE"), ("AZE", "154", "ARM")}


def test_joint_drills_of_two_sides_stay_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("American and Philippine marines staged joint drills near Scarborough Shoal.", "2016-04-10")
    assert ("USAMIL", "062", "PHLMIL") in triples(evs)


def test_soldiers_attacked_by_insurgents_are_their_countrys(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Communist guerrillas in the Philippines killed six soldiers in an ambush.", "2017-07-20")
    assert ("PHLREB", "190", "PHLMIL") in {(s, c[:3], t) for s, c, t in triples(evs)}


def test_targets_hit_by_a_foreign_force_are_not_placed_as_the_hosts_army(code_text):  # type: ignore[no-untyped-def]
    # the insurgents are the object here, not the subject: the struck sites are theirs
    evs = code_text("U.S. aircraft struck targets linked to Iran-backed militias in Iraq and Syria.", "2024-02-03")
    assert ("USAMIL", "195", "SYRREB") in triples(evs)


def test_condemning_an_act_does_not_make_it_the_condemners(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia and China condemned the air strike on Syria.", "2018-04-14")
    assert not any(c.startswith("19") for _, c, _ in triples(evs))


def test_criticising_the_decision_targets_whoever_took_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Honduras broke off diplomatic relations with Taiwan, and Washington criticised the decision.",
                    "2023-03-26")
    assert ("USAGOV", "111", "HND") in triples(evs)


def test_a_verdict_denounced_in_a_relative_clause_is_the_courts(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Moscow court jailed the reporter for 16 years, a verdict Washington denounced as a sham.",
                    "2023-07-20")
    assert ("USAGOV", "111", "RUSJUD") in triples(evs)


def test_a_judgment_after_a_judgment_names_no_author(code_text):  # type: ignore[no-untyped-def]
    # the earlier clause is itself only a reaction: it reports no act whose author could be the target
    evs = code_text("France condemned the shelling of the plant, and Germany also denounced the attack.",
                    "2022-08-10")
    assert not any(t in {"FRA", "FRAGOV"} for _, _, t in triples(evs))


def test_prompting_someone_to_act_is_no_appeal(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pakistan began deporting Afghans on Wednesday, prompting Kabul to condemn the expulsions.",
                    "2023-11-01")
    got = triples(evs)
    assert not any(c.startswith("02") for _, c, _ in got)
    assert ("AFGGOV", "111", "PAK") in got


def test_a_group_named_by_its_members_acts_as_them(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("European leaders including France's Emmanuel Macron and Italy's Mario Draghi visited Kyiv.",
                    "2022-06-16")
    assert {("FRAGOV", "042", "UKR"), ("ITAGOV", "042", "UKR")} <= triples(evs)


def test_a_group_joined_to_a_governments_actor_is_of_its_country(code_text):  # type: ignore[no-untyped-def]
    # the place of the signing ("in Oslo") says nothing of the opposition's nationality
    evs = code_text("Maduro's government and the opposition signed an accord in Oslo.", "2019-07-10")
    assert triples(evs) == {("VENGOV", "057", "VENOPP"), ("VENOPP", "057", "VENGOV")}


def test_a_joint_offensive_is_also_military_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenyan and Somali troops launched a joint offensive against al-Shabaab in Jubaland.",
                    "2012-09-28")
    got = triples(evs)
    assert {("KENMIL", "062", "SOMMIL"), ("SOMMIL", "062", "KENMIL")} <= got
    assert ("KENMIL", "190", "SOMREB") in got


def test_joint_drills_aimed_at_no_one_stay_cooperation_despite_a_contrast(code_text):  # type: ignore[no-untyped-def]
    # "even as" introduces a contrast, not the act the drills answer
    evs = code_text("Russian and Chinese warships began joint drills in the Sea of Japan, even as Tokyo "
                    "protested to Moscow over the Kuril Islands.", "2021-10-14")
    got = triples(evs)
    assert {("RUSMIL", "062", "CHNMIL"), ("CHNMIL", "062", "RUSMIL")} <= got
    assert not any(c.startswith("15") and t.startswith("JPN") for _, c, t in got)


def test_two_sides_striking_an_unnamed_third_do_not_fight_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian and Syrian jets bombed hospitals in the north.", "2019-05-20")
    assert not ({("RUSMIL", "SYRMIL"), ("SYRMIL", "RUSMIL")} & {(s, t) for s, _, t in triples(evs)})


def test_two_sides_clashing_still_fight_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenian and Azerbaijani troops clashed on the border on Tuesday.", "2021-11-16")
    assert {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")} <= {(s, t) for s, c, t in triples(evs) if c[:2] == "19"}


def test_travelling_on_together_is_no_visit_to_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Macky Sall and Cyril Ramaphosa then flew on to St Petersburg.", "2023-06-17")
    assert not any(c == "042" and {s[:3], t[:3]} == {"SEN", "ZAF"} for s, c, t in triples(evs))


def test_a_charge_rejected_in_a_zero_relative_is_denied_to_its_makers(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Egypt and Jordan accused Ankara of meddling in Libya, a charge the Turkish foreign ministry "
                    "rejected as baseless.", "2020-06-20")
    got = triples(evs)
    assert {("TURGOV", "016", "EGY"), ("TURGOV", "016", "JOR")} <= got


def test_a_decision_welcomed_by_someone_is_praise_of_its_maker(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbia lifted its ban on Kosovo goods on Friday, a decision welcomed by the European Union.",
                    "2023-05-12")
    assert any(s == "IGOEUREEC" and c[:2] in {"01", "05"} and t.startswith("SRB") for s, c, t in triples(evs))


def test_signing_an_agreement_is_no_judgment_of_an_earlier_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington eased sanctions on Caracas, and Maduro's government and the opposition signed "
                    "an agreement.", "2023-10-18")
    assert not any(c == "057" and t.startswith("USA") for _, c, t in triples(evs))


def test_a_finding_denounced_in_a_zero_relative_is_its_makers(code_text):  # type: ignore[no-untyped-def]
    text = "UN investigators accused Israel of war crimes in Gaza, a finding Israel's foreign ministry denounced."
    # "finding" is tagged as a verb; its determiner shows it is the noun the clause hangs on
    assert ("ISRGOV", "111", "IGOUNO") in triples(code_text(text, "2024-06-12"))


def test_the_junta_is_the_state_whose_organ_acted_in_the_sentence(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Malian soldiers detained a French journalist, and the junta expelled the French ambassador.",
                    "2022-02-01")
    assert any(s == "MLIGOV" and c.startswith("17") for s, c, _ in triples(evs))


def test_foreign_outlets_do_not_blur_a_domestic_story(code_text):  # type: ignore[no-untyped-def]
    # the BBC and Voice of America are named, but the villagers are still Burkina Faso's
    evs = code_text("Burkinabe soldiers killed dozens of villagers in the north, the BBC and Voice of America "
                    "reported.", "2024-04-25")
    assert ("BFAMIL", "BFACVL") in {(s, t) for s, _, t in triples(evs)}


def test_a_number_word_counts_the_target_it_names(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Mali's junta detained four of the Canadian miner's employees.", "2023-11-10")
    assert any(s == "MLIGOV" and c == "173" and t.startswith("CAN") for s, c, t in triples(evs))


def test_a_bomb_outside_a_building_hits_its_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Taliban militants detonated a car bomb outside the interior ministry in Kabul.", "2017-05-31")
    assert any(s == "AFGREB" and c.startswith("18") and t.startswith("AFG") for s, c, t in triples(evs))


def test_a_states_missiles_striking_buildings_are_its_military(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian missiles struck power stations in Lviv and Odesa on Monday.", "2022-10-10")
    assert any(s == "RUSMIL" and c == "195" and t.startswith("UKR") for s, c, t in triples(evs))


def test_rebels_firing_missiles_lend_no_nationality_to_them(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Houthi rebels fired missiles at Aden airport.", "2020-12-30")
    assert not any(t == "YEMMIL" for _, _, t in triples(evs))


def test_the_owner_of_a_later_clauses_subject_is_the_first_acting_party(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing protested to Washington after the Speaker landed in Taipei, and its military "
                    "announced live-fire drills around Taiwan.", "2022-08-03")
    got = triples(evs)
    assert ("CHNMIL", "150", "TWN") in got
    assert not any(s.startswith("TWN") for s, _, _ in got)


def test_drills_announced_alone_are_no_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("North Korea's army announced artillery drills near the border with South Korea.", "2016-03-01")
    assert not any(c.startswith("03") for _, c, _ in triples(evs))
    evs = code_text("India and France announced joint naval drills.", "2023-07-10")
    assert ("IND", "0312", "FRA") in triples(evs)


def test_those_praised_for_an_act_did_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Guterres praised Ethiopia and Eritrea for signing a peace agreement.", "2018-09-17")
    got = triples(evs)
    assert {("ETH", "057", "ERI"), ("ERI", "057", "ETH")} <= got
    assert ("IGOUNO", "051", "ETH") in got


def test_talks_hosted_by_someone_are_hosted_for_their_holders(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian and American diplomats held talks in Riyadh on Tuesday hosted by the Saudi foreign "
                    "minister.", "2025-02-18")
    assert {("SAUGOV", "043", "RUSGOV"), ("SAUGOV", "043", "USAGOV")} <= triples(evs)


def test_on_the_second_day_of_a_visit_the_visitor_is_the_speaker(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Emmanuel Macron said on the last day of a visit to Beijing that France would buy Chinese "
                    "goods.", "2023-04-07")
    assert any(s == "FRAGOV" and c == "042" and t.startswith("CHN") for s, c, t in triples(evs))


def test_coastguard_ships_and_crime_agencies_are_state_forces(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian coastguard ships seized three Ukrainian navy vessels near the Kerch Strait.", "2018-11-26")
    assert ("RUSMIL", "171", "UKRMIL") in triples(evs)


def test_a_state_of_emergency_over_a_city_falls_on_its_people(code_text):  # type: ignore[no-untyped-def]
    # Almaty is no capital (so no actor): the gazetteer places it
    evs = code_text("Tokayev declared a state of emergency in Almaty on Wednesday.", "2022-01-05")
    assert ("KAZGOV", "1724", "KAZCVL") in triples(evs)


def test_a_date_after_call_is_no_call_on(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkey carried out air strikes on what it called militant hideouts in Iraq's Duhok province "
                    "on Thursday.", "2022-04-18")
    got = triples(evs)
    assert ("TUR", "195", "IRQ") in got
    assert not any(c.startswith("02") for _, c, _ in got)


def test_naming_something_is_no_phone_call(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("China called the American sanctions illegal.", "2021-03-22")
    assert not any(c == "041" for _, c, _ in triples(evs))


def test_a_sum_of_money_in_aid_is_the_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington froze $300 million in military aid to Islamabad.", "2018-09-02")
    assert ("USAGOV", "1622", "PAKGOV") in triples(evs)
    evs = code_text("The World Bank released $500 million in loans to Kenya.", "2021-03-02")
    assert any(c.startswith("07") and t.startswith("KEN") for _, c, t in triples(evs))


def test_withholding_aid_is_reducing_it_not_refusing_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United States withheld military aid from Egypt over its human rights record.", "2017-08-23")
    assert not any(c.startswith("12") for _, c, _ in triples(evs))


def test_a_deadline_to_leave_is_an_expulsion(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Bahrain gave Iranian citizens two weeks to leave.", "2016-01-04")
    assert ("BHR", "174", "IRNCVL") in triples(evs)


def test_vetoing_a_drafted_resolution_targets_its_drafter(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia vetoed a U.S.-drafted Security Council resolution on Ukraine on Friday.", "2022-02-25")
    assert ("RUS", "129", "USA") in triples(evs)


def test_the_opposition_joined_to_a_government_is_not_an_earlier_country(code_text):  # type: ignore[no-untyped-def]
    # "the opposition" would otherwise be read as the United States' opposition, named first
    evs = code_text("The United States eased sanctions on Caracas, a day after Maduro's government and the "
                    "opposition signed an agreement in Barbados.", "2023-10-18")
    assert {("VENGOV", "057", "VENOPP"), ("VENOPP", "057", "VENGOV")} <= triples(evs)


def test_the_country_may_be_named_as_an_owner(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("ASEAN condemned an attack in Myanmar's Shan state and called on the country's junta to "
                    "hold talks.", "2024-05-10")
    assert any(s == "IGOSEAASN" and c.startswith("02") and t == "MMRGOV" for s, c, t in triples(evs))


def test_high_commissioners_of_two_countries_are_two_governments(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Fiji expelled the Australian and British high commissioners on Tuesday.", "2009-04-14")
    assert {("FJI", "174", "AUSGOV"), ("FJI", "174", "GBRGOV")} <= triples(evs)


def test_each_accusing_the_other_is_mutual(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Yerevan and Baku each accused the other of shelling border villages.", "2021-11-16")
    assert {("ARMGOV", "112", "AZEGOV"), ("AZEGOV", "112", "ARMGOV")} <= {(s, c[:3], t) for s, c, t in triples(evs)}
    evs = code_text("Armenian and Azerbaijani troops traded fire on the border, with each army accusing the other "
                    "of starting the clash.", "2021-11-16")
    assert {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")} <= {(s, t) for s, c, t in triples(evs) if c.startswith("11")}


def test_vowing_countermeasures_answers_the_act_just_reported(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington announced new export controls on chips on Friday, and Beijing vowed resolute "
                    "countermeasures.", "2022-10-07")
    assert any(s == "CHNGOV" and c.startswith("13") and t == "USAGOV" for s, c, t in triples(evs))


def test_a_reported_statement_is_no_act_to_answer(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Tokyo said the talks had stalled, and Beijing vowed resolute countermeasures.", "2022-10-07")
    assert not any(c.startswith("13") and t.startswith("JPN") for _, c, t in triples(evs))


def test_an_unarmed_convoy_crossing_a_border_is_no_invasion(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The first UN convoy carrying tents crossed into Syria on Thursday.",
                    "2023-02-09")
    assert not any(c.startswith("19") for _, c, _ in triples(evs))
    evs = code_text("Russian troops crossed into eastern Ukraine on Thursday.", "2022-02-24")
    assert any(s == "RUSMIL" and c.startswith("19") and t == "UKR" for s, c, t in triples(evs))


def test_mediators_are_no_party_to_the_talks_they_mediate(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Egypt and Qatar mediated indirect talks between Israel and Hamas in Cairo on Sunday.",
                    "2024-03-03")
    got = triples(evs)
    assert {("EGY", "045", "ISR"), ("QAT", "045", "ISR")} <= got
    assert not any(c == "046" for _, c, _ in got)


def test_forces_arriving_for_a_mission_are_deployed_not_visiting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Rwandan troops arrived in Bangui on Monday to join the UN peacekeeping mission.", "2014-09-15")
    got = triples(evs)
    assert ("RWAMIL", "074", "CAF") in got
    assert not any(c == "042" for _, c, _ in got)


def test_what_someone_called_something_judges_no_one(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Israeli troops crossed into southern Lebanon in what the military called limited raids.",
                    "2024-10-01")
    assert not any(c.startswith("11") for _, c, _ in triples(evs))


def test_instead_of_and_rather_than_deny_the_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Turkish court moved the American pastor Andrew Brunson to house arrest instead of freeing "
                    "him.", "2018-07-26")
    assert not any(c.startswith("08") for _, c, _ in triples(evs))
    assert any(c.startswith("08") for _, c, _ in triples(evs, factual=False))


def test_raising_relations_to_a_partnership_is_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("India and Saudi Arabia raised relations to a strategic partnership on Monday.", "2019-10-29")
    assert {("IND", "050", "SAU"), ("SAU", "050", "IND")} <= triples(evs)


def test_a_broker_named_on_the_act_mediates_between_its_parties(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenia and Azerbaijan agreed to a Russian-brokered truce on Tuesday.", "2020-11-10")
    assert {("RUS", "045", "ARM"), ("RUS", "045", "AZE")} <= triples(evs)
    evs = code_text("Serbia and Kosovo held EU-mediated talks in Brussels.", "2023-02-27")
    assert any(s == "IGOEUREEC" and c == "045" and t.startswith("SRB") for s, c, t in triples(evs))


def test_an_offer_named_by_a_nationality_is_that_countrys_intent(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Somalia has accepted a Turkish offer to mediate in its dispute with Ethiopia.", "2024-08-12")
    got = {(e.source.code, e.code, e.target.code, e.modality) for e in evs}
    assert ("TUR", "039", "SOM", "intent") in got
