"""Grammar fixes of stop 19, each found on a tuning sentence and tested on one written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_visit_opening_the_sentence_is_the_subject_s_and_not_what_he_praised(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("On a two-day visit to Nairobi, USAID Administrator Samantha Power praised Kenya's "
                    "drought response.", "2022-07-20")
    got = triples(evs)
    assert ("USAGOV", "042", "KEN") in got
    assert ("USAGOV", "051", "KEN") in {(s, c, t[:3]) for s, c, t in got}


def test_talks_measured_in_hours_are_the_speaker_s_talks(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("John Kerry insisted during six hours of talks with Egypt's leaders in Cairo on Sunday "
                    "that they release the detained journalists.", "2014-06-22")
    assert ("USAGOV", "046", "EGYGOV") in triples(evs)


def test_prisoners_of_no_named_country_freed_by_a_state_are_its_own(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Vietnam freed 2,400 prisoners on Tuesday in an amnesty marking National Day.", "2015-09-01")
    assert ("VNM", "0841", "VNMCVL") in triples(evs)
    # guard: prisoners of a named side stay theirs
    evs = code_text("Saudi Arabia freed 120 Houthi prisoners on Tuesday.", "2015-09-01")
    assert ("SAU", "0841", "YEMREB") in triples(evs)


def test_an_act_awaited_until_under_a_vow_has_not_happened(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Belarusian opposition leader Sviatlana Tsikhanouskaya vowed to keep up pressure on "
                    "Lukashenko until Minsk freed all political prisoners.", "2021-05-01")
    assert not [c for s, c, t in triples(evs) if c.startswith("084")]
    assert [c for s, c, t in triples(evs, factual=False) if c.startswith("084")]


def test_a_country_s_intelligence_is_its_spy_service(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Weeks before the attack, Jordanian intelligence had passed detailed warnings of a plot to "
                    "French security officials, a senior official in Paris said.", "2016-03-01")
    assert ("JORSPY", "064", "FRA") in {(s, c, t[:3]) for s, c, t in triples(evs)}


def test_joining_forces_in_exercises_is_military_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Italian warships joined Croatian forces in exercises off Split on Monday.", "2021-05-03")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("ITA", "062", "HRV") in got
    assert not [c for s, c, t in got if c.startswith("07")]


def test_days_of_joint_exercises_are_the_subject_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Some 200 British soldiers began ten days of joint exercises with Kenyan troops near "
                    "Nanyuki.", "2022-02-14")
    assert ("GBRMIL", "062", "KENMIL") in triples(evs)


def test_a_misparse_is_read_by_word_order_when_only_unreported_acts_were_found(code_text):  # type: ignore[no-untyped-def]
    # the clause with "whether" is no fact; the phone call after it, misparsed, still is
    # (guard: passes on the code before, where "US intelligence" was no actor and nothing was found
    # before the word-order reading; fails if only the new agent word is added)
    evs = code_text("The White House declined to say on Thursday whether US intelligence had monitored German "
                    "Chancellor Angela Merkel's mobile phone in the past, a day after Merkel telephoned "
                    "President Barack Obama to demand an explanation.", "2013-10-24")
    assert ("DEUGOV", "041", "USAGOV") in triples(evs)


def test_word_order_does_not_read_a_phrasal_verb_as_its_bare_verb(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pyongyang offered on Saturday to suspend nuclear testing if Washington called off its "
                    "annual military exercises with Seoul.", "2015-01-10")
    assert not [c for s, c, t in triples(evs, factual=False) if c == "041"]


def test_prisoners_protest_against_their_jailer(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("More than 200 Lebanese detainees in Syrian prisons began a hunger strike on Monday.", "2021-10-01")
    assert [t for s, c, t in triples(evs) if c.startswith("142")] == ["SYRGOV"]


def test_a_protest_whose_purpose_names_a_party_addresses_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The jailed Belarusian activist entered the 30th day of his hunger strike on Monday to demand "
                    "that Moscow free all Belarusian political prisoners.", "2021-06-01")
    assert [t for s, c, t in triples(evs) if c == "142"] == ["RUSGOV"]
    # guard: a domestic protest with no party named is still aimed at its own government
    evs = code_text("Thousands of Kenyans marched in Nairobi on Sunday to demand lower taxes.", "2024-06-25")
    assert ("KENCVL", "KENGOV") in {(s, t) for s, c, t in triples(evs) if c.startswith("14")}


def test_allies_showing_force_face_the_one_it_is_aimed_at(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japanese and Australian warships held a joint exercise in the East China Sea on Friday in a "
                    "show of force aimed at Beijing.", "2023-08-25")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("JPN", "150", "CHN") in got and ("AUS", "150", "CHN") in got
    assert ("JPN", "150", "AUS") not in got


def test_an_armed_group_claiming_an_attack_at_home_claims_it_against_its_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Al-Shabaab claimed responsibility for Saturday's car bombing at a hotel in Mogadishu.",
                    "2022-10-30")
    assert ("SOMREB", "015", "SOM") in triples(evs)


def test_a_visit_named_before_two_leaders_is_the_guest_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("During his first official visit to Hanoi, South Korean President Yoon Suk Yeol and Vietnamese "
                    "President Vo Van Thuong agreed to expand trade.", "2023-06-23")
    got = triples(evs)
    assert ("KORGOV", "042", "VNM") in got
    assert not [t for s, c, t in got if c == "042" and s.startswith("VNM")]


def test_coming_to_another_s_aid_is_no_visit(code_text):  # type: ignore[no-untyped-def]
    # (guard: on the code before, the two signers were joint parties and no visit was read; the
    # guest rule above would read Tonga visiting Fiji without the rescue filter)
    evs = code_text("Fiji and Tonga signed a defence pact in Suva on Monday, committing each to come to the "
                    "other's aid if attacked.", "2023-12-04")
    assert not [c for s, c, t in triples(evs, factual=False) if c[:2] in {"03", "04"} and c in {"036", "042", "043"}]


def test_a_labour_congress_is_a_union_and_the_peace_and_security_council_the_au_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ghanaian workers stayed home on Monday in a nationwide strike called by the Ghana Trades "
                    "Union Congress over fuel prices.", "2022-07-04")
    assert [s for s, c, t in triples(evs) if c.startswith("14")] == ["GHALAB"]
    evs = code_text("The African Union's Peace and Security Council condemned the military takeover in Gabon on "
                    "Thursday.", "2023-08-31")
    assert {s for s, c, t in triples(evs)} == {"IGOAFRAFU"}


def test_a_body_named_like_another_country_s_is_its_owner_s(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("British prosecutors charged an officer of Bahrain's National Security Agency with torture "
                    "on Friday.", "2021-03-05")
    assert [t for s, c, t in triples(evs) if c.startswith("17")] == ["BHRSPY"]
    # guard: the name alone is still the body it names
    evs = code_text("The National Security Agency monitored Angela Merkel's phone, German officials said.",
                    "2013-10-24")
    assert {s for s, c, t in triples(evs)} == {"USASPY"}


def test_the_former_prime_minister_is_the_person_just_named(code_text):  # type: ignore[no-untyped-def]
    # (a title whose agent, GOV, the person no longer holds: he is in opposition on the date)
    evs = code_text("Police arrested Imran Khan outside a court in Islamabad on Tuesday, and the former prime "
                    "minister later blamed Prime Minister Shehbaz Sharif.", "2023-05-09")
    assert ("PAKOPP", "112", "PAKGOV") in triples(evs)


def test_a_deadline_with_a_penalty_is_an_ultimatum(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara gave Athens 72 hours to withdraw its troops from the islet or face military action.",
                    "1996-01-29")
    assert ("TURGOV", "139", "GRCGOV") in triples(evs)
    # guard: a deadline with no penalty is a demand, not an ultimatum
    evs = code_text("Ankara gave Athens 72 hours to withdraw its troops from the islet.", "1996-01-29")
    assert not [c for s, c, t in triples(evs) if c == "139"]
