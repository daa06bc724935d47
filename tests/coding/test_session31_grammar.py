"""Grammar, vocabulary and convention fixes of stop 31, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_hyphenated_protest_broken_up_by_police_is_repression_of_the_public(code_text):  # type: ignore[no-untyped-def]
    # the tokenizer splits "sit-in" into "sit", "-", "in": the joined word is the unrest put down
    got = triples(code_text("Police in Quetta broke up a sit-in with tear gas on Sunday.", "2024-07-28"))
    assert ("PAKCOP", "175", "PAKCVL") in got


def test_two_passives_sharing_an_auxiliary_share_the_agent(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The governor of West Darfur, Khamis Abakar, was abducted and killed by RSF fighters "
                            "in El Geneina.", "2023-06-15"))
    assert ("SDNREB", "181", "SDNGOV") in got


def test_tear_gas_fired_at_no_one_named_is_repression_of_the_public(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Bolivian police fired tear gas to clear a highway near Cochabamba on Wednesday.",
                            "2024-10-30"))
    assert ("BOLCOP", "175", "BOLCVL") in got


def test_an_object_pronoun_is_never_its_own_clauses_subject(code_text):  # type: ignore[no-untyped-def]
    # the only party named before "them" is the subject itself: the crowd is unnamed, not the Taliban
    got = triples(code_text("Hundreds of women marched through Kabul on Tuesday until Taliban fighters dispersed "
                            "them.", "2022-01-18"))
    assert not any(t[1] == "175" and t[2] == t[0] for t in got)
    assert any(t[1] == "175" and t[2] == "AFGCVL" for t in got)


def test_an_owner_named_before_may_be_an_object_pronouns_antecedent(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Joko Widodo's stop in Port Moresby saw Prime Minister James Marape host him at "
                            "Parliament House.", "2022-12-02"))
    assert ("PNGGOV", "043", "IDNGOV") in got


def test_an_electoral_commission_takes_the_country_of_the_story(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Zambian opposition leader Hakainde Hichilema demanded on Monday that the head of the "
                            "electoral commission resign over the delayed count.", "2016-08-16"))
    assert ("ZMBOPP", "1041", "ZMBGOV") in got


def test_a_capitalised_title_before_a_strangers_name_places_him(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Maldives President Abdulla Yameen declared a state of emergency, and police arrested "
                            "Chief Justice Abdulla Saeed hours later.", "2018-02-06"))
    assert ("MDVCOP", "173", "MDVJUD") in got


def test_the_kingdom_is_the_last_kingdom_named(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Acting on a tip from Saudi intelligence, Bahraini police arrested 12 men, and the "
                            "kingdom recalled its ambassador from Tehran.", "2011-03-17"))
    assert ("BHR", "161", "IRNGOV") in got


def test_denying_an_attack_answers_the_country_it_hit(code_text):  # type: ignore[no-untyped-def]
    assert ("TJK", "016", "KGZ") in triples(code_text("Tajikistan denied shelling Kyrgyz villages.", "2022-09-20"))
    # (not a country named inside a description: the mercenaries killed in the ambush)
    got = triples(code_text("Kyiv denied any role in the ambush that killed dozens of Russian mercenaries.",
                            "2024-07-29"))
    assert not any(t[1] == "016" and t[2].startswith("RUS") for t in got)


def test_a_surname_repeats_a_full_name_of_the_same_sentence(code_text):  # type: ignore[no-untyped-def]
    # the second "Thabane" is no entity to the tagger; and "accuse" belongs with "to flee", not "prompting"
    got = triples(code_text("Lesotho's army surrounded the residence of Prime Minister Thomas Thabane before dawn, "
                            "prompting Thabane to flee to South Africa and accuse the military of staging a coup.",
                            "2014-08-30"))
    assert ("LSOGOV", "112", "LSOMIL") in got


def test_accepting_offers_of_rescue_teams_lets_aid_in(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Morocco accepted offers of search-and-rescue teams from Spain and Qatar on Sunday.",
                            "2023-09-10"))
    assert {("MAR", "0863", "ESP"), ("MAR", "0863", "QAT")} <= got


def test_a_truce_violated_by_shelling_is_one_violation_of_the_army_shelled(code_text):  # type: ignore[no-untyped-def]
    # the army attacked by a country's insurgents is that country's; the shelling is how the truce was broken
    got = triples(code_text("Yemen's Houthi rebels violated the truce around the port at least 20 times on Sunday, "
                            "shelling army positions to the south, the coalition said.", "2018-12-20"))
    assert ("YEMREB", "196", "YEMMIL") in got
    assert not any(t[1][:2] == "19" and t[1] != "196" for t in got)


def test_destroying_a_countrys_air_force_is_an_attack_on_its_military(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("French troops destroyed most of Cote d'Ivoire's small air force on the ground on "
                            "Saturday.", "2004-11-07"))
    assert ("FRAMIL", "190", "CIVMIL") in got


def test_aircraft_handed_over_to_a_navy_are_military_aid_not_a_return(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The United States handed over two transport aircraft to Niger's air force on Friday.",
                            "2019-05-10"))
    assert ("USA", "072", "NERMIL") in got
    # (a seized plane handed back is still a return of property)
    assert ("CHN", "0842", "JPN") in triples(code_text("China handed over the seized aircraft to Japan on Friday.",
                                                       "2019-05-10"))


def test_a_measure_cited_as_a_reason_is_no_event(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Sri Lanka refused a Chinese research ship permission to dock in Colombo, citing a "
                            "year-long ban on foreign research vessels.", "2024-01-05"))
    assert not any(t[1] == "1721" for t in got)


def test_talks_a_failed_agreement_was_about_were_not_opened(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("EU leaders failed to agree on opening membership talks with Albania and North "
                            "Macedonia.", "2019-10-19"))
    assert not any(t[1][:2] == "04" for t in got)
    # (but an absolute clause under the failure is its own act: "with Cairo accusing …")
    got = triples(code_text("Egypt and Ethiopia failed to agree on rules for filling the dam, with Cairo accusing "
                            "Addis Ababa of intransigence.", "2021-04-07"))
    assert ("EGYGOV", "112", "ETHGOV") in got


def test_a_clause_opening_the_sentence_is_not_what_a_summons_orders(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Deploying army troops on the beaches of Ceuta, Spain summoned Rabat's ambassador on "
                            "Tuesday.", "2021-05-18"))
    assert ("ESP", "114", "MARGOV") in got
    assert not any(t[1][:2] == "10" for t in got)


def test_a_verdict_summing_up_a_passive_sentence_is_the_courts(code_text):  # type: ignore[no-untyped-def]
    # the court is named only in the opening participle ("Convicted … by a Moscow court")
    got = triples(code_text("Convicted of espionage by a Moscow court, a retired Norwegian border inspector was "
                            "sentenced to 14 years in prison, a verdict Norway's foreign minister called "
                            "disappointing.", "2019-04-16"))
    assert ("NORGOV", "111", "RUSJUD") in got


def test_an_attack_condemned_by_the_victims_own_president_is_the_attackers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("An opposition senator was shot twice at a rally in Bogota by a gunman whom police "
                            "detained at the scene, an attack President Gustavo Petro condemned.", "2025-06-08"))
    assert any(t[:2] == ("COLGOV", "111") and t[2].startswith("COL") and t[2] != "COLGOV" for t in got)


def test_a_meeting_held_in_a_third_country_is_coded_as_such(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Libyan Foreign Minister Najla Mangoush held a secret meeting in Rome with Israel's "
                            "foreign minister last week.", "2023-08-28"))
    assert ("LBYGOV", "044", "ISRGOV") in got


def test_a_move_the_model_reads_into_the_subject_is_what_the_clause_judges(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Guinea's junta dissolved 53 political parties on Monday, in a move opposition leaders "
                            "denounced as an attempt to clear the field.", "2022-04-12"))
    assert ("GINOPP", "111", "GINGOV") in got


def test_officers_a_police_force_reports_on_are_its_own(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Haitian police said that officers had since arrested 15 Colombians.", "2021-07-15"))
    assert any(t[:2] == ("HTICOP", "173") and t[2].startswith("COL") for t in got)


def test_a_pronoun_may_point_to_a_titled_stranger_named_before(code_text):  # type: ignore[no-untyped-def]
    # "President Desi Bouterse" is placed by his title and the court's country, not by a dictionary entry
    got = triples(code_text("A military court in Suriname sentenced President Desi Bouterse to 20 years in prison "
                            "on Friday while he was visiting China.", "2019-11-29"))
    assert ("SURGOV", "042", "CHN") in got


def test_a_crackdown_on_protests_is_repression_not_a_restriction(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The UN Human Rights Council voted on Thursday to set up an inquiry into Iran's crackdown "
                            "on protests.", "2022-11-24"))
    assert ("IRN", "175", "IRNCVL") in got and not any(t[1] == "1721" for t in got)


def test_backing_named_in_a_description_is_no_new_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tshisekedi will not meet Kagame until the rebels backed by Rwanda withdraw from Goma.",
                            "2025-03-01"))
    assert not any(t[1] == "051" for t in got)
    # (but a decision to back a plan is the backer's act)
    got = triples(code_text("Algeria recalled its ambassador from Madrid, denouncing Pedro Sanchez's decision to back "
                            "Morocco's autonomy plan.", "2022-03-19"))
    assert ("ESPGOV", "051", "MAR") in got


def test_a_particle_hung_on_the_phrase_after_it_still_makes_the_phrasal_verb(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Qatar brought the leaders of Congo and Rwanda together in Doha on Tuesday.", "2025-03-19"))
    assert {("QAT", "045", "CODGOV"), ("QAT", "045", "RWAGOV")} <= got
