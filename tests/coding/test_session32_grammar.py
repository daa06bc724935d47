"""Grammar, vocabulary and convention fixes of stop 32, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_the_two_men_are_the_holders_of_a_role_named_for_two_countries(code_text):  # type: ignore[no-untyped-def]
    # "the foreign ministers of Serbia and Kosovo": the pair is the "of" phrase, each with the role's agent
    got = triples(code_text("EU envoy Miroslav Lajcak hosted the foreign ministers of Serbia and Kosovo in "
                            "Brussels, where the two men held talks on licence plates.", "2022-11-21"))
    assert ("SRBGOV", "046", "KSVGOV") in got and ("KSVGOV", "046", "SRBGOV") in got


def test_they_meeting_are_the_teller_and_the_one_told(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Emmanuel Macron told Olaf Scholz as they met in Lisbon that Paris would back the "
                            "pipeline.", "2022-10-20"))
    assert ("FRAGOV", "044", "DEUGOV") in got and ("DEUGOV", "044", "FRAGOV") in got


def test_being_told_what_will_happen_is_no_order(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Putin told Erdogan that Moscow would pay compensation for the downed drone.",
                            "2021-05-04"))
    assert not any(t[1].startswith("103") for t in got)


def test_a_particle_hung_on_the_last_object_still_makes_the_phrasal_verb(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kenya's president brought Ethiopian Prime Minister Abiy Ahmed and Eritrean President "
                            "Isaias Afwerki together in Nairobi on Friday.", "2019-03-01"))
    assert {("KENGOV", "045", "ETHGOV"), ("KENGOV", "045", "ERIGOV")} <= got


def test_talks_between_two_others_are_theirs_not_the_openers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Qatar's foreign minister opened a new round of talks between Sudan's government and "
                            "Darfur rebel groups in Doha on Sunday.", "2010-03-14"))
    assert ("SDNGOV", "046", "SDNREB") in got and ("SDNREB", "046", "SDNGOV") in got
    assert not any(t[0].startswith("QAT") and t[1] == "046" for t in got)


def test_a_second_that_clause_is_the_reporting_verbs_not_the_infinitives(code_text):  # type: ignore[no-untyped-def]
    # the model joins "that he would visit" to "equip" inside the first clause; it is a second report
    got = triples(code_text("Marape said on Thursday that Australia had agreed to train and equip the army and "
                            "that he would visit Canberra next month.", "2023-06-08"))
    assert ("PNGGOV", "036", "AUS") in got


def test_his_countrys_force_is_the_country_of_the_one_his_stands_for(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Fijian Prime Minister Sitiveni Rabuka said New Zealand had agreed to equip his "
                            "country's military.", "2023-06-14"))
    assert ("NZL", "0332", "FJIMIL") in got


def test_a_party_mediating_in_an_absolute_with_phrase_is_no_partner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Serbian and Kosovar negotiators held talks in Brussels on Monday, with EU envoy "
                            "Miroslav Lajcak mediating.", "2023-02-27"))
    assert ("SRBGOV", "046", "KSVGOV") in got and ("KSVGOV", "046", "SRBGOV") in got
    assert not any(t[1] == "046" and t[2].startswith("IGO") for t in got)


def test_police_sent_to_disperse_them_disperse_the_crowd_named_before(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Opposition supporters marched on parliament in Nairobi, and police fired tear gas to "
                            "disperse them.", "2023-03-20"))
    assert ("KENCOP", "175", "KENOPP") in got
    assert not any(t[1] == "175" and t[2] == "KENGOV" for t in got)


def test_denying_fire_on_troops_answers_for_the_troops_fired_on(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenia's defence ministry denied that its soldiers had fired on Azerbaijani troops.",
                            "2021-11-16"))
    assert ("ARM", "016", "AZE") in {(s[:3], c, t[:3]) for s, c, t in got}


def test_remarks_summing_up_what_was_said_are_the_speakers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Erdogan said Turkey would seize the islands, remarks that Greece's foreign ministry "
                            "denounced as a provocation.", "2022-09-05"))
    assert ("GRCGOV", "111", "TURGOV") in got


def test_a_participle_after_an_inserted_report_is_the_reporters(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kyrgyz and Tajik border guards clashed on Thursday, Kyrgyzstan's foreign ministry "
                            "said, accusing Tajik forces of shelling its outposts.", "2022-09-15"))
    assert ("KGZ", "112") == next((t[0][:3], t[1][:3]) for t in got if t[1].startswith("112"))
    assert not any(t[0].startswith("TJK") and t[1].startswith("112") for t in got)


def test_a_governments_own_rebels_asked_to_free_someone_stay_the_target(code_text):  # type: ignore[no-untyped-def]
    # the hostage placed by the talks' venue abroad is not whom the appeal is made to
    got = triples(code_text("Colombian President Juan Manuel Santos urged the ELN rebels to free a kidnapped "
                            "former congressman so that peace talks could open in Quito.", "2016-11-24"))
    assert ("COLGOV", "0253", "COLREB") in got


def test_him_after_a_role_word_and_name_is_that_person(code_text):  # type: ignore[no-untyped-def]
    # the model makes "teacher" the head of "teacher Musa al-Nur"; "him" is still the teacher
    got = triples(code_text("Sudanese intelligence agents beat teacher Musa al-Nur after arresting him at his "
                            "home.", "2020-03-10"))
    assert any(t[0] == "SDNSPY" and t[1] == "173" and t[2].startswith("SDN") for t in got)


def test_would_be_stays_one_word(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Weeks after police arrested five would-be presidential challengers, Belarus's "
                            "election commission barred the opposition from the vote.", "2020-06-20"))
    assert ("BLRCOP", "173", "BLROPP") in got


def test_the_two_governments_may_include_an_owner_named_before(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Ghana's foreign ministry said it shared Togo's position, and the two governments "
                            "agreed to hold talks in Lome next month.", "2021-04-12"))
    assert ("GHAGOV", "036", "TGOGOV") in got and ("TGOGOV", "036", "GHAGOV") in got


def test_the_two_sides_may_be_a_government_and_its_rebels(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Manila's chief negotiator praised the Moro Islamic Liberation Front rebels on "
                            "Monday, days after the two sides signed a peace pact.", "2014-03-31"))
    assert {("PHL", "057", "PHLREB"), ("PHLREB", "057", "PHL")} <= {(s if s.endswith("REB") else s[:3], c, t if
                                                                    t.endswith("REB") else t[:3]) for s, c, t in got}


def test_an_announced_answer_with_countermeasures_threatens_the_one_answered(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Britain imposed sanctions on three Iranian generals, and Tehran said it would respond "
                            "with countermeasures.", "2023-07-06"))
    assert ("IRNGOV", "131", "GBR") in {(s, c, t[:3]) for s, c, t in got}


def test_a_warning_to_defend_ones_territory_threatens_the_party_just_named(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Guyana's president demanded that Venezuela drop its claim to Essequibo, warning that "
                            "Guyana would defend its territory.", "2023-12-04"))
    assert ("GUYGOV", "130", "VEN") in {(s, c, t[:3]) for s, c, t in got}


def test_a_vehicle_flown_loaded_with_relief_is_aid_to_where_it_went(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Australia's air force flew a C-17 loaded with tents and generators to Vanuatu on "
                            "Friday.", "2023-03-03"))
    assert ("AUSMIL", "073", "VUT") in got


def test_a_judge_in_a_with_phrase_after_the_attribution_judges_the_reported_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarus has expelled two EU diplomats, the bloc said on Friday, with foreign policy chief "
                            "Josep Borrell condemning the move as unjustified.", "2021-06-25"))
    assert any(s.startswith("IGOEU") and c == "111" and t.startswith("BLR") for s, c, t in got)


def test_rangers_are_a_military(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Pakistani Rangers opened fire on Indian border posts overnight.", "2021-02-25"))
    assert ("PAKMIL", "193", "IND") in {(s, c, t[:3]) for s, c, t in got}


def test_good_offices_offered_after_an_appeal_go_to_the_parties_appealed_to(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Qatar's emir urged Ethiopia and Eritrea to end the border fighting and offered to "
                            "facilitate talks.", "1999-05-10"))
    assert {("QATGOV", "039", "ETH"), ("QATGOV", "039", "ERI")} <= {(s, c, t[:3]) for s, c, t in got}


def test_offering_a_city_as_venue_for_talks_offers_good_offices(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Turkey urged Russia and Ukraine to agree a truce and offered Istanbul as a venue for "
                            "talks between their delegations.", "2022-03-01"))
    assert {("TUR", "039", "RUS"), ("TUR", "039", "UKR")} <= {(s[:3], c, t[:3]) for s, c, t in got}


def test_a_bare_participle_joined_to_a_passive_is_passive_too(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Fitburg, a freighter owned by a Turkish company, was boarded and seized by Finnish "
                            "police on Wednesday.", "2025-12-31"))
    assert ("FINCOP", "171", "TURBUS") in got


def test_the_boat_whose_owners_are_named_is_what_was_seized(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Sri Lanka demanded that India free five Sri Lankan fishermen whose trawler the Indian "
                            "coast guard seized last week.", "2023-02-10"))
    assert ("INDMIL", "171", "LKACVL") in got


def test_its_embassy_is_a_states_not_a_courts(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mexico sued Ecuador at the International Court of Justice over the raid by Ecuadorian "
                            "police on its embassy in Quito.", "2024-04-12"))
    raided = {t[2] for t in got if t[0] == "ECUCOP"}
    assert raided and all(t.startswith("MEX") for t in raided)


def test_its_province_is_a_core_partys_not_a_modifiers(code_text):  # type: ignore[no-untyped-def]
    # "Russia" in "the Russia-led CSTO" only names the bloc's leader; the land is Armenia's
    got = triples(code_text("Armenia asked the Russia-led CSTO for help after Azerbaijani troops advanced into its "
                            "Syunik province.", "2022-09-15"))
    assert any(t[0] == "AZEMIL" and t[2] == "ARM" for t in got)
    assert not any(t[0] == "AZEMIL" and t[2].startswith("RUS") for t in got)


def test_calling_a_two_word_measure_a_hostile_act_judges_its_author(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Hungary demanded that Ukraine reopen its pipeline to Hungarian oil imports, calling the "
                            "transit ban an act of blackmail.", "2024-07-22"))
    assert ("HUN", "111", "UKR") in {(s[:3], c, t[:3]) for s, c, t in got}


def test_a_comment_after_a_relative_clause_on_a_noun_is_the_main_subjects(code_text):  # type: ignore[no-untyped-def]
    # the model hangs "accusing" on "crossings", the noun the relative clause describes
    got = triples(code_text("Finland's foreign ministry handed a protest note to Russia's chargé d'affaires on Monday "
                            "over migrants' crossings that forced Helsinki to close border posts repeatedly, accusing "
                            "Moscow of doing nothing to stop them.", "2023-11-20"))
    assert ("FINGOV", "112", "RUSGOV") in got


def test_a_petition_challenging_an_election_is_against_its_winner(code_text):  # type: ignore[no-untyped-def]
    # "his party" is the opposition leader's own; "challenging" the model reads as a modifier
    got = triples(code_text("Malawian opposition leader Lazarus Chakwera demanded a recount on Monday, and his party "
                            "filed a petition in the Constitutional Court challenging President Peter Mutharika's "
                            "re-election.", "2019-06-03"))
    assert ("MWIOPP", "115", "MWIGOV") in got



def test_a_group_joined_in_a_between_phrase_is_the_named_governments_own(code_text):  # type: ignore[no-untyped-def]
    # the coalition's opposition is South Sudan's, not the mediator's, and "the two sides" are those two
    got = triples(code_text("Kenya, which has been mediating between South Sudan's government and a coalition of "
                            "holdout opposition groups, hosted a new round of talks between the two sides in Nairobi "
                            "on Monday.", "2024-05-09"))
    assert ("KEN", "045", "SSDOPP") in got
    assert not any(t[2] == "KENOPP" for t in got)
    assert any(t[1] == "046" and {t[0], t[2]} <= {"SSD", "SSDGOV", "SSDOPP"} for t in got)
