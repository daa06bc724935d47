"""Grammar fixes of stop 16, each found by probing with sentences written for the purpose: nominal
events that are the subject of their sentence, sums of money that stand for the aid they pay for,
and acts that another act follows or sets off.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_nominal_expulsion_as_subject_is_coded(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara's expulsion of the Dutch ambassador angered officials in The Hague.", "2019-05-02")
    assert ("TURGOV", "174", "NLDGOV") in triples(evs)


def test_a_pledged_sum_in_aid_is_a_pledge_of_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan's pledge of $200 million in aid to Sri Lanka came on Friday.", "2021-07-09")
    assert ("JPN", "033", "LKA") in triples(evs)


def test_a_pledged_sum_keeps_the_kind_of_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan announced a pledge of $200 million in humanitarian aid for Sri Lanka.", "2021-07-09")
    assert ("JPN", "0333", "LKA") in triples(evs)


def test_what_an_act_follows_was_not_done_by_its_subject(code_text):  # type: ignore[no-untyped-def]
    # the subject of "followed" did not do the killing it followed
    evs = code_text("Iraqi officials said the protests by Iraqi militias followed the killing of an Iranian "
                    "general.", "2020-01-08")
    assert not [(s, c, t) for s, c, t in triples(evs) if c.startswith("18")]


def test_the_one_blamed_is_in_the_verbs_own_on_phrase(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington blamed the attack on Saudi oil facilities on Iran.", "2019-09-16")
    got = triples(evs)
    assert ("USAGOV", "112", "IRN") in got
    assert not [t for s, c, t in got if c == "112" and t.startswith("SAU")]


def test_a_ban_whose_lifting_is_reported_is_not_imposed(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Germany's lifting of its ban on weapons exports to Saudi Arabia angered Yemen.", "2022-02-26")
    assert not [c for s, c, t in triples(evs) if c.startswith("17")]


def test_a_call_for_a_round_of_talks_is_no_negotiation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenia called for a round of talks with Azerbaijan.", "2021-07-09")
    codes = {c for s, c, t in triples(evs)}
    assert "026" in codes and "046" not in codes


def test_meeting_for_talks_in_a_third_country_is_044(code_text):  # type: ignore[no-untyped-def]
    # a guard: before, "met" gave 044 and the talks a separate 046; now "meet for talks" is one act
    evs = code_text("The foreign ministers of Armenia and Azerbaijan met in Washington for two days of talks.",
                    "2021-07-09")
    assert ("ARMGOV", "044", "AZEGOV") in triples(evs)


def test_holding_talks_in_a_third_country_stays_a_negotiation(code_text):  # type: ignore[no-untyped-def]
    # the guard: only meeting there is 044
    evs = code_text("Armenian and Azerbaijani diplomats held talks in Brussels on Friday.", "2021-07-09")
    assert ("ARMGOV", "046", "AZEGOV") in triples(evs)


def test_declared_readiness_to_cut_ties_is_a_threat(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Petro said on Monday he was prepared to suspend relations with Israel.", "2023-10-16")
    assert ("COLGOV", "1313", "ISR") in triples(evs)


def test_readiness_to_send_police_is_no_threat(code_text):  # type: ignore[no-untyped-def]
    # the guard: a deployment offered by readiness is help, not a threat
    evs = code_text("New Zealand said it stood ready to send police to Honiara if asked.", "2021-11-26")
    assert not [c for s, c, t in triples(evs) if c.startswith("13")]


def test_a_vow_to_retaliate_is_aimed_at_the_attacker(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Indian jets struck camps in Pakistan's Khyber province, the Pakistani army said on Wednesday, "
                    "vowing to retaliate.", "2019-02-26")
    assert ("PAKMIL", "138", "INDMIL") in triples(evs)


def test_a_warning_to_respond_with_force_is_aimed_at_the_accused(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenia accused Azerbaijan of shelling villages near the border, and warned it would respond "
                    "with force if the attacks continued.", "2021-11-16")
    assert ("ARM", "138", "AZE") in {(s, c[:3], t) for s, c, t in triples(evs)}


def test_two_neighbours_are_the_pair_named_together(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing urged India and Pakistan to show restraint, after the two neighbours traded missile "
                    "and drone strikes across the border.", "2025-05-08")
    got = triples(evs)
    assert ("IND", "195", "PAK") in got and ("PAK", "195", "IND") in got
    assert not [s for s, c, t in got if c == "195" and s.startswith("CHN")]


def test_an_accusation_that_names_the_accused_in_its_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Erdogan rejected the Saudi accusation that Qatar funded terrorism.", "2017-06-23")
    got = triples(evs)
    assert ("SAU", "112", "QAT") in got
    assert not [c for s, c, t in got if c.startswith("07")]  # the alleged funding is no aid


def test_an_opening_passive_participle_acts_on_the_main_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Expelled by Moscow last week, the Czech diplomats returned to Prague on Sunday.", "2021-04-25")
    assert ("RUSGOV", "174", "CZEGOV") in triples(evs)


def test_asylum_granted_by_a_country_goes_to_the_main_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Granted asylum by Mexico, Evo Morales left Bolivia aboard a Mexican air force jet.", "2019-11-12")
    got = triples(evs)
    assert ("MEX", "075", "BOLOPP") in got
    assert not [s for s, c, t in got if c == "075" and s.startswith("BOL")]


def test_talks_hosted_in_an_opening_participle_are_still_talks(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Hosted by Norway, the talks between the Philippine government and the communist rebels "
                    "opened in Oslo.", "2016-08-22")
    got = triples(evs)
    assert ("PHLGOV", "046", "PHLREB") in got and ("NOR", "045", "PHLREB") in got


def test_two_sides_fighting_clashes_fight_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thai and Cambodian forces fought their worst clashes in over a decade along the border.",
                    "2025-07-29")
    got = triples(evs)
    assert ("THAMIL", "190", "KHMMIL") in got and ("KHMMIL", "190", "THAMIL") in got


def test_jets_sent_against_positions_attack(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thailand sent F-16 jets against Cambodian positions on Thursday.", "2025-07-24")
    codes = {c for s, c, t in triples(evs)}
    assert "195" in codes and not {c for c in codes if c.startswith("07")}


def test_expelled_embassy_staff_named_as_spies(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Norway expelled 15 Russian embassy staff it described as intelligence officers.", "2023-04-13")
    got = triples(evs)
    assert ("NOR", "174", "RUSGOV") in got and ("NOR", "1125", "RUSGOV") in got


def test_cancelling_an_exercise_with_a_partner_refuses_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United States cancelled a naval exercise with the Thai navy.", "2014-05-24")
    assert ("USA", "1212", "THAMIL") in triples(evs)


def test_a_judged_execution_is_the_executioners(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran hanged Alireza Akbari, and Prime Minister Rishi Sunak called the execution callous and "
                    "cowardly.", "2023-01-14")
    assert ("GBRGOV", "111", "IRN") in triples(evs)


def test_drills_that_a_ministry_denounced_are_the_drilling_sides(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("American and Georgian troops began the Noble Partner exercise near Tbilisi on Wednesday, "
                    "drills that Russia's foreign ministry denounced as a provocation.", "2020-08-05")
    got = triples(evs)
    assert ("RUSGOV", "111", "USAMIL") in got and ("RUSGOV", "111", "GEOMIL") in got


def test_a_campaign_a_government_condemned_is_the_campaigners(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pakistani police rounded up Afghan families in Karachi, a campaign Afghanistan's interim "
                    "government condemned as cruel.", "2023-10-31")
    assert ("AFGGOV", "111", "PAKCOP") in triples(evs)


def test_an_announced_act_is_judged_as_the_announcers(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Hours after Iran announced that it had hanged Alireza Akbari, Prime Minister Rishi Sunak "
                    "called the execution callous and cowardly.", "2023-01-14")
    assert ("GBRGOV", "111", "IRN") in triples(evs)


def test_a_known_surname_inside_an_unknown_name_keeps_the_title(code_text):  # type: ignore[no-untyped-def]
    # "Yunus" is also Muhammad Yunus of Bangladesh; "Yunus-Bek Yevkurov" is someone else, a Russian minister
    evs = code_text("Russian deputy defence minister Yunus-Bek Yevkurov visited Ouagadougou on Thursday.",
                    "2023-09-01")
    got = triples(evs)
    assert ("RUSGOV", "042", "BFA") in got
    assert not [s for s, c, t in got if s.startswith("BGD")]


def test_the_surname_s_country_is_not_borrowed(code_text):  # type: ignore[no-untyped-def]
    # the guard: "Abbas" is also Mahmoud Abbas; Abbas Mousavi is Iran's spokesman
    evs = code_text("Iran's foreign ministry spokesman Abbas Mousavi rejected accusations by Mike Pompeo.",
                    "2019-06-14")
    got = triples(evs)
    assert ("IRNGOV", "USAGOV") in {(s, t) for s, c, t in got}
    assert not [s for s, c, t in got if s.startswith("PSE")]


def test_an_opening_participle_belongs_to_a_passive_s_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Arriving in Port Moresby on Sunday, Indian Prime Minister Narendra Modi was greeted on the "
                    "tarmac by his counterpart James Marape.", "2023-05-21")
    got = triples(evs)
    assert ("INDGOV", "042", "PNG") in got
    assert not [s for s, c, t in got if c == "042" and s.startswith("PNG")]


def test_seizing_control_of_a_foreign_firms_subsidiary_confiscates_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moscow seized control of the Russian subsidiary of Denmark's Carlsberg on Sunday.", "2023-07-16")
    got = triples(evs)
    assert ("RUSGOV", "1711", "DNKBUS") in got
    assert not [c for s, c, t in got if c == "192"]


def test_seizing_control_of_a_city_is_still_occupation(code_text):  # type: ignore[no-untyped-def]
    # the guard: a place taken stays 192
    evs = code_text("Russian forces seized control of the Ukrainian city of Kherson on Wednesday.", "2022-03-02")
    assert ("RUSMIL", "192", "UKR") in triples(evs)


def test_an_agreement_signed_by_two_sides_is_their_signing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The agreement signed in Pretoria by Ethiopia's federal government and the Tigray People's "
                    "Liberation Front commits the rebels to disarm.", "2022-11-02")
    got = triples(evs)
    assert ("ETHGOV", "057", "ETHREB") in got and ("ETHREB", "057", "ETHGOV") in got


def test_a_pact_between_two_states_signed_in_the_passive(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The security pact between Solomon Islands and China was signed on Tuesday.", "2022-04-20")
    got = triples(evs)
    assert ("SLB", "057", "CHN") in got and ("CHN", "057", "SLB") in got


def test_a_pronoun_in_an_opening_clause_points_to_the_main_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Hailing the Barents Sea boundary treaty he had just signed with Russian Foreign Minister "
                    "Sergei Lavrov in Murmansk, Norway's foreign minister, Jonas Gahr Store, said the accord ended "
                    "four decades of quarrelling.", "2010-09-15")
    assert ("NORGOV", "057", "RUSGOV") in triples(evs)


def test_rejected_overtures_for_dialogue_were_offers_of_talks(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kim Yo Jong dismissed on Monday South Korean President Lee Jae-myung's overtures for "
                    "dialogue.", "2025-07-28")
    got = triples(evs)
    assert ("KORGOV", "036", "PRKGOV") in got and ("PRKGOV", "125", "KORGOV") in got


def test_an_owned_proposal_with_no_closer_code_is_a_general_intent(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan on Wednesday rejected a South Korean proposal that companies from both countries "
                    "jointly fund compensation for wartime forced labourers.", "2019-07-10")
    assert ("KOR", "JPN") in {(s, t) for s, c, t in triples(evs) if c.startswith("03")}


def test_an_offer_of_mediation_by_a_body(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ethiopia rejected an African Union offer of mediation.", "2021-06-20")
    assert ("IGOAFRAFU", "039", "ETH") in triples(evs)


def test_an_offer_to_mediate_is_not_also_a_general_intent(code_text):  # type: ignore[no-untyped-def]
    # the guard: one intent per offer
    evs = code_text("Somalia accepted a Turkish offer to mediate in its dispute with Ethiopia.", "2024-01-08")
    got = triples(evs)
    assert ("TUR", "039", "SOM") in got and ("TUR", "030", "SOM") not in got


def test_calling_a_country_a_friend_is_praise(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Vucic defended Beijing against Western criticism, calling China a true friend of Serbia.",
                    "2020-07-01")
    got = triples(evs)
    assert ("SRBGOV", "051", "CHN") in got
    assert not [c for s, c, t in got if c == "111"]


def test_calling_a_country_a_threat_is_still_criticism(code_text):  # type: ignore[no-untyped-def]
    # the guard
    evs = code_text("Vucic called Kosovo a threat to regional peace.", "2020-07-01")
    assert ("SRBGOV", "111", "KSV") in triples(evs)


def test_a_sum_in_a_named_currency_is_the_aid_it_pays_for(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Denmark withheld 65 million kroner in aid to Tanzania.", "2018-11-16")
    assert ("DNK", "TZA") in {(s, t) for s, c, t in triples(evs) if c.startswith("16")}


def test_giving_a_sum_in_aid_is_no_giving_in(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Britain gave 50 million pounds in humanitarian aid to Sudan.", "2023-05-10")
    got = triples(evs)
    assert ("GBR", "073", "SDN") in got
    assert not [c for s, c, t in got if c.startswith("08")]


def test_brushing_aside_appeals_for_a_release(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Brushing aside repeated appeals from Sweden's foreign minister, Margot Wallstrom, for the "
                    "release of Dawit Isaak, Eritrea's foreign minister, Osman Saleh, said he was alive.",
                    "2016-06-18")
    got = triples(evs)
    assert ("ERIGOV", "SWEGOV") in {(s, t) for s, c, t in got if c.startswith("12")}
    assert not [c for s, c, t in got if c.startswith("084")]  # the release was asked for, not made


def test_others_who_took_the_same_step_did_the_same_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Two months after Barbados and Jamaica took the same step, Armenia's foreign ministry announced "
                    "that Yerevan recognised the State of Palestine.", "2024-06-21")
    got = triples(evs)
    assert {("BRB", "054", "PSE"), ("JAM", "054", "PSE"), ("ARMGOV", "054", "PSE")} <= got


def test_a_parliament_voting_to_recognise_recognises(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Slovenia's parliament voted to recognise Palestine as a state.", "2024-06-04")
    assert ("SVNLEG", "054", "PSE") in triples(evs)


def test_a_clash_between_armed_sides_is_mutual(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Venezuelan troops clashed with Colombian FARC dissidents in the border state of Apure on Sunday.",
                    "2021-03-22")
    got = triples(evs)
    assert ("VENMIL", "190", "COLREB") in got and ("COLREB", "190", "VENMIL") in got


def test_protesters_clashing_with_police_riot_one_way(code_text):  # type: ignore[no-untyped-def]
    # the guard: a riot against police is no mutual fight
    evs = code_text("Protesters clashed with police in Nukus on Friday.", "2022-07-01")
    assert not [s for s, c, t in triples(evs) if s.endswith("COP") and c.startswith("19")]


def test_calling_an_act_a_hostile_act_criticises_its_author(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Benin detained five Nigerien oil workers, and Niger's military government called the "
                    "detentions a hostile act.", "2024-08-02")
    assert ("NERGOV", "111", "BEN") in triples(evs)


def test_calling_a_partys_move_unfriendly(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moscow ordered ten Norwegian diplomats out of the country, calling Oslo's move an unfriendly "
                    "act.", "2023-05-26")
    assert ("RUSGOV", "111", "NORGOV") in triples(evs)


def test_calling_an_election_is_no_judgment(code_text):  # type: ignore[no-untyped-def]
    # the guard: "call" also schedules
    evs = code_text("Britain called an election for July.", "2024-05-22")
    assert not [c for s, c, t in triples(evs) if c.startswith("11")]


def test_talks_that_did_not_go_ahead_are_no_talks(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Talks between North and South Korea did not go ahead in Seoul on Wednesday.", "2013-06-12")
    assert not [c for s, c, t in triples(evs) if c.startswith("04")]


def test_talks_that_went_ahead_are_talks(code_text):  # type: ignore[no-untyped-def]
    # the guard
    evs = code_text("Talks between North and South Korea went ahead in Seoul on Wednesday.", "2013-06-12")
    assert ("KOR", "046", "PRK") in triples(evs)


def test_a_visit_to_a_city_that_is_no_capital_is_to_its_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A Saudi delegation arrived in Aleppo on Tuesday.", "2023-02-14"))
    assert ("SAUGOV", "042", "SYR") in got
    got = triples(code_text("Barack Obama visited Hiroshima on Friday.", "2016-05-27"))
    assert ("USAGOV", "042", "JPN") in got


def test_a_visit_at_home_is_no_visit(code_text):  # type: ignore[no-untyped-def]
    # the guard: one's own city
    evs = code_text("Barack Obama visited Chicago on Friday.", "2016-05-27")
    assert not [c for s, c, t in triples(evs) if c == "042"]


def test_a_country_named_by_a_border_does_not_clash_back(code_text):  # type: ignore[no-untyped-def]
    # a bare country may be only where the clash was; it is not made to fight back
    evs = code_text("Colombian troops clashed with smugglers near the Venezuelan border.", "2019-05-03")
    assert not [s for s, c, t in triples(evs) if s == "VEN" and c.startswith("19")]
