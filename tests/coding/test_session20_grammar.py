"""Grammar fixes of stop 20, each found on a tuning sentence and tested on one written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_suicide_bombers_sent_into_a_place_attack_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Al-Shabaab sent a suicide bomber into a busy hotel in the Kenyan capital on Tuesday.", "2019-01-15")
    got = triples(evs)
    assert ("SOMREB", "1831", "KEN") in got
    assert not [c for s, c, t in got if c.startswith("15")]  # no show of force with bombers


def test_people_driven_into_another_country_are_expelled_not_visiting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Burmese army drove some 200,000 Rohingya into Bangladesh in 1978.", "1990-01-01")
    got = triples(evs)
    assert ("MMRMIL", "201", "MMRCVL") in got
    assert not [c for s, c, t in got if c.startswith("04")]


def test_a_request_sent_to_a_body_pays_it_no_visit(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenya's government wrote to the United Nations asking for help with the floods, a request "
                    "it also sent to the African Union.", "2024-05-01")
    assert not [c for s, c, t in triples(evs) if c.startswith("04")]


def test_a_phone_or_laptop_seized_is_confiscated_property(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Israeli police raided the home of opposition leader Yair Lapid and seized his laptop.",
                    "2023-03-01")
    got = triples(evs)
    assert ("ISRCOP", "1711", "ISR") in {(s, c, t[:3]) for s, c, t in got}
    assert not [c for s, c, t in got if c == "192"]


def test_the_two_men_are_the_two_people_just_named_even_of_one_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ethiopian Prime Minister Hailemariam Desalegn hosted South Sudan's President Salva Kiir and "
                    "his rival Riek Machar in Addis Ababa, pressing the two men to sign a peace deal.", "2014-05-09")
    appeals = {t for s, c, t in triples(evs) if c.startswith("02")}
    assert appeals == {"SSDGOV", "SSDREB"}


def test_they_after_the_armies_of_two_countries_is_the_pair(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The foreign ministries of Armenia and Azerbaijan said on Friday they had agreed to resume "
                    "border talks.", "2023-05-01")
    got = triples(evs, factual=False)
    assert ("ARMGOV", "036", "AZEGOV") in got and ("AZEGOV", "036", "ARMGOV") in got


def test_foreigners_listed_after_among_them_are_the_ones_released(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran freed five prisoners on Monday, among them a French academic and a British tourist.",
                    "2020-03-20")
    targets = {t[:3] for s, c, t in triples(evs) if c == "0841"}
    assert targets == {"FRA", "GBR"}
    # guard: the list after a day still belongs to the men executed, not to the day
    evs = code_text("Saudi Arabia executed 37 men on Tuesday, among them five Pakistanis.", "2019-04-23")
    assert {t for s, c, t in triples(evs) if c.startswith("18")} == {"PAKCVL"}


def test_a_state_closing_its_border_restricts_movement(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Algeria closed its border with Morocco on Friday.", "2021-09-24")
    got = triples(evs)
    assert ("DZA", "191", "MAR") in got
    assert not [c for s, c, t in got if c.startswith("14")]


def test_agreeing_to_observe_a_ceasefire_declares_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The militaries of Thailand and Cambodia said they had agreed to strictly respect the ceasefire.",
                    "2025-08-01")
    got = triples(evs)
    assert ("THAMIL", "0871", "KHMMIL") in got and ("KHMMIL", "0871", "THAMIL") in got


def test_a_rejection_after_a_demanded_clause_is_the_demander_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbia demanded that Kosovo pull its special police out of the north at once, rejecting a "
                    "timetable proposed by the European Union.", "2023-06-01")
    rejections = {(s, t) for s, c, t in triples(evs) if c.startswith("12")}
    assert rejections == {("SRB", "IGOEUREEC")}


def test_the_subject_after_an_opening_list_of_mediators_is_not_one_of_them(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("At a summit in Luanda chaired by Angola and Kenya, Rwanda and Congo agreed to a ceasefire.",
                    "2022-07-06")
    got = triples(evs)
    assert ("RWA", "0871", "COD") in got and ("COD", "0871", "RWA") in got
    assert not [c for s, c, t in got if s in {"AGO", "KEN"} and t in {"AGO", "KEN"}]  # no mediator acts on the other
    evs = code_text("At talks in Jeddah hosted by Saudi Arabia and the United States, Sudan's army and the Rapid "
                    "Support Forces agreed to a week-long truce.", "2023-05-20")
    assert ("SDNMIL", "0871", "SDNREB") in triples(evs)


def test_a_body_suspends_a_member_from_its_institutions(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Economic Community of West African States suspended Guinea from all its institutions on "
                    "Wednesday.", "2021-09-08")
    assert ("IGOWAFWAS", "160", "GIN") in triples(evs)


def test_troops_ordered_to_a_border_are_a_posture_towards_the_neighbour(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Greek Prime Minister Kyriakos Mitsotakis ordered more troops to the border with Turkey on Sunday.",
                    "2020-03-01")
    assert ("GRCGOV", "154", "TUR") in triples(evs)


def test_an_act_judged_while_demanding_its_end_is_the_party_asked(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Manila demanded that Beijing withdraw its coast guard ships from the shoal, calling the incursion "
                    "illegal.", "2024-06-01")
    assert ("PHLGOV", "111", "CHNGOV") in triples(evs)


def test_a_thing_received_from_a_government_hosts_no_one(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Trinidad's prime minister received a gas licence from Venezuela's government on Thursday.",
                    "2023-10-19")
    assert not [c for s, c, t in triples(evs) if c.startswith("04")]
    # guard: a call received from someone is still the caller's call
    evs = code_text("Kenya's president received a phone call from Ethiopia's prime minister on Friday.", "2023-10-19")
    assert ("ETHGOV", "041", "KENGOV") in triples(evs)


def test_delegations_from_a_country_and_another_s_government_are_both(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Negotiators from Serbia and Kosovo's government agreed to an immediate ceasefire on Thursday.",
                    "2022-11-24")
    got = triples(evs)
    assert ("SRBGOV", "0871", "KSVGOV") in got and ("KSVGOV", "0871", "SRBGOV") in got


def test_talks_mediated_by_a_third_party_after_the_main_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Georgia and Abkhazia agreed to swap prisoners to ease their conflict, after talks in Geneva "
                    "mediated by UN envoy Antti Turunen.", "2022-08-27")
    got = {(s[:3] if not s.startswith("IGO") else s, c, t[:3]) for s, c, t in triples(evs)}
    assert ("IGOUNO", "045", "GEO") in got


def test_a_hotline_conversation_between_their_officers_is_both_parties(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("India and Pakistan issued a joint statement after a hotline conversation between their "
                    "generals.", "2021-02-25")
    got = triples(evs)
    assert ("IND", "041", "PAK") in got and ("PAK", "041", "IND") in got


def test_he_and_a_named_counterpart_sign_together(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Tajik President Emomali Rahmon flew to Bishkek, where he and Kyrgyz President Sadyr Japarov "
                    "signed a water-sharing accord.", "2023-03-01")
    got = triples(evs)
    assert ("TJKGOV", "057", "KGZGOV") in got and ("KGZGOV", "057", "TJKGOV") in got


def test_a_leader_bringing_two_counterparts_together_mediates(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenyan President William Ruto brought together his Somali and Ethiopian counterparts, Hassan "
                    "Sheikh Mohamud and Abiy Ahmed, in Nairobi on Friday.", "2024-03-01")
    got = triples(evs)
    assert ("KENGOV", "045", "SOMGOV") in got and ("KENGOV", "045", "ETHGOV") in got


def test_a_named_official_of_a_body_is_expelled_as_a_person_of_that_body(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Burundi expelled Jean Dupont, head of the UN peacekeeping mission's human rights division, giving "
                    "him 48 hours to leave.", "2022-03-01")
    assert {(s, c, t) for s, c, t in triples(evs)} == {("BDI", "174", "IGOUNO")}


def test_a_relative_clause_with_a_possessed_subject_and_no_that(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Georgia demanded that Russia free the four Georgian soldiers its border guards seized near South "
                    "Ossetia.", "2019-03-28")
    assert ("RUSMIL", "173", "GEOMIL") in triples(evs)


def test_a_state_seizing_sailors_detains_them(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("London demanded that Tehran free the 15 British sailors its Revolutionary Guards seized in the "
                    "Gulf.", "2007-03-28")
    got = triples(evs)
    assert ("IRNMIL", "173", "GBRMIL") in got
    assert not [c for s, c, t in got if c.startswith("18")]


def test_the_captors_its_are_not_the_captives_side(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan demanded that China free the Japanese fishing crew its coast guard seized near the Senkaku "
                    "islands.", "2019-03-28")
    assert {s for s, c, t in triples(evs) if c.startswith(("17", "18"))} == {"CHNMIL"}


def test_talks_under_a_body_s_auspices_or_chaired_by_a_third_party_are_mediated(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Sudan and South Sudan resumed talks in Addis Ababa under African Union auspices on Monday.",
                    "2012-06-04")
    got = triples(evs)
    assert ("IGOAFRAFU", "045", "SDN") in got and ("IGOAFRAFU", "045", "SSD") in got
    evs = code_text("Serbia and Kosovo agreed on Thursday to resume their dialogue, in talks chaired by EU foreign "
                    "policy chief Josep Borrell.", "2021-07-19")
    got = {(s, c, t[:3]) for s, c, t in triples(evs)}  # (the talks happened: the mediation is a fact)
    assert ("IGOEUREEC", "045", "SRB") in got and ("IGOEUREEC", "045", "KSV") in got


def test_money_released_to_a_government_is_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The World Bank approved the disbursement of 300 million dollars to Kenya's government on Friday.",
                    "2023-05-01")
    assert ("IGOUNODEVWBK", "071", "KENGOV") in triples(evs)


def test_a_bomb_detonated_killing_many_is_a_bombing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Tamil rebels detonated a bomb under a crowded bus near Kandy on Friday, killing 30 passengers.",
                    "2006-06-16")
    assert {c for s, c, t in triples(evs) if s == "LKAREB"} == {"183"}


def test_playing_host_to_talks_between_two_sides_hosts_each(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Muscat played host on Saturday to indirect talks between American and Iranian officials.",
                    "2025-04-12")
    got = triples(evs)
    assert ("OMNGOV", "043", "USAGOV") in got and ("OMNGOV", "043", "IRNGOV") in got


def test_their_talks_are_the_talks_of_the_two_the_clause_names(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Indian Prime Minister Narendra Modi praised Japanese Prime Minister Fumio Kishida during their "
                    "talks in New Delhi on Monday.", "2023-03-20")
    got = triples(evs)
    assert ("INDGOV", "046", "JPNGOV") in got and ("JPNGOV", "046", "INDGOV") in got


def test_a_verb_reporting_a_clause_backs_off_to_no_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Norway notified Russia on Tuesday that it was ending a fisheries agreement.", "2021-06-01")
    assert not [c for s, c, t in triples(evs) if c.startswith("06")]  # notifying is no cooperation
