"""Grammar, vocabulary and convention fixes of stop 30, each found on a tuning sentence and tested on one
written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_name_read_as_the_objects_apposition_is_what_it_was_called(code_text):  # type: ignore[no-untyped-def]
    # after a long object the model hangs "a threat" on it as an apposition
    got = triples(code_text("Serbia's president accused Pristina of provocations on Monday, calling Kosovo's purchase "
                            "of armed drones from Turkey a threat.", "2019-03-05"))
    assert ("SRBGOV", "111", "KSV") in got


def test_thousands_of_prisoners_freed_are_the_states_own_people(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Myanmar's junta freed thousands of prisoners on Saturday to mark the traditional new "
                            "year.", "2021-04-17"))
    assert ("MMRGOV", "0841", "MMRCVL") in got


def test_a_visit_named_as_the_occasion_of_another_act_is_coded_too(code_text):  # type: ignore[no-untyped-def]
    # "praise $T on *" reads "on a visit" as the praise's reason; the trip is still the minister's
    got = triples(code_text("Japan's foreign minister praised Vietnam on a visit to Hanoi.", "2019-08-06"))
    assert ("JPNGOV", "042", "VNM") in got and ("JPNGOV", "051", "VNM") in got


def test_a_deadline_read_as_an_adverb_before_a_date_is_a_demand(code_text):  # type: ignore[no-untyped-def]
    # "24 hours on Thursday to step down": the model reads the span as an adverb and the infinitive
    # as the verb's complement
    got = triples(code_text("Protest leaders in Cairo gave President Hosni Mubarak 24 hours on Thursday to step down.",
                            "2011-02-10"))
    assert ("EGYOPP", "1041", "EGYGOV") in got


def test_troops_moved_to_bases_near_a_border_face_the_neighbour(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Russia moved tanks and several thousand troops to camps near its border with Ukraine, "
                            "satellite images showed.", "2021-11-10"))
    assert ("RUS", "154", "UKR") in got


def test_negotiators_for_two_sides_are_those_sides(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Negotiators for the Colombian government and the ELN resumed peace talks in Havana on "
                            "Thursday.", "2019-01-10"))
    assert ("COLGOV", "046", "COLREB") in got and ("COLREB", "046", "COLGOV") in got


def test_a_countrys_positions_under_fire_are_its_militarys(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Indian troops returned fire on Pakistani positions along the Line of Control on "
                            "Wednesday.", "2019-02-27"))
    assert ("INDMIL", "190", "PAKMIL") in got
    # ... but a government's position on a question is its view
    got = triples(code_text("Iran and Saudi Arabia said on Monday they shared Oman's position on the war in Yemen.",
                            "2019-02-27"))
    assert ("IRN", "019", "OMN") in got and not any(t.endswith("MIL") for _, _, t in got)


def test_a_group_from_a_countrys_region_is_that_countrys(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Militiamen from Nigeria's Zamfara state kidnapped dozens of villagers on Sunday, police "
                            "said.", "2022-06-01"))
    assert ("NGAREB", "181", "NGACVL") in got


def test_blasting_a_boat_with_water_cannon_is_force_not_criticism(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Chinese coast guard vessels blasted a Vietnamese fishing boat with water cannon near the "
                            "Paracel Islands on Tuesday.", "2023-08-06"))
    assert ("CHNMIL", "175", "VNM") in got and not any(c.startswith("11") for _, c, _ in got)


def test_in_what_another_party_called_something_judges_the_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Russian warplanes bombed a market in Idlib on Sunday, in what Ankara called a grave "
                            "violation of the ceasefire.", "2020-03-01"))
    assert ("TURGOV", "111", "RUSMIL") in got
    # the actor naming its own act judges no one, and "what" points back to no party
    got = triples(code_text("Israeli jets struck Gaza overnight in what the military called limited raids.",
                            "2023-10-12"))
    assert not any(c.startswith("11") for _, c, _ in got)


def test_wanted_figures_handed_to_another_state_are_extradited(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Colombia handed two wanted drug traffickers over to the United States on Friday.",
                            "2025-02-28"))
    assert ("COL", "063", "USA") in got and not any(c.startswith("084") for _, c, _ in got)


def test_border_guards_sent_to_a_frontier_are_a_show_of_force(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Poland deployed extra border guards along its frontier with Belarus on Monday.",
                            "2021-09-20"))
    assert ("POL", "154", "BLR") in got


def test_would_in_a_reported_clauses_second_verb_is_an_intention(code_text):  # type: ignore[no-untyped-def]
    events = code_text("Somalia's president told lawmakers on Monday that his government was open to dialogue with "
                       "the federal states and would accept United Nations mediation.", "2022-06-14")
    accepted = [e for e in events if e.code == "038"]
    assert accepted and all(e.modality == "intent" for e in accepted)


def test_they_reported_by_a_plural_speaker_is_that_speaker(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Cyclone Winston hit Fiji on Saturday, and the two governments in Canberra and Wellington "
                            "said they would fly in relief supplies.", "2016-02-21"))
    assert ("AUSGOV", "0333", "FJI") in got and ("NZLGOV", "0333", "FJI") in got


def test_a_report_said_in_accuses_with_its_authors_voice(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("UN investigators said on Thursday in a report accusing Myanmar's military of war crimes "
                            "that the killings in Rakhine had been planned.", "2021-09-16"))
    assert ("IGOUNO", "1124", "MMRMIL") in got
    # (a communique "issued" there is no second statement of its own)
    got = triples(code_text("ASEAN foreign ministers called on Myanmar's junta to free all political prisoners, in a "
                            "joint communique issued in Phnom Penh.", "2021-08-06"))
    assert not any(c.startswith("01") for _, c, _ in got)


def test_an_electoral_commission_is_an_organ_of_government(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarus's electoral commission stripped the opposition party of its legal status on "
                            "Friday.", "2021-08-06"))
    assert ("BLRGOV", "1722", "BLROPP") in got


def test_a_countrys_soldiers_counted_by_dozens_are_its_military(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tuareg rebels said on Sunday they had killed dozens of Malian soldiers in fighting near "
                            "Kidal.", "2012-04-01"))
    assert ("MLIREB", "190", "MLIMIL") in got


def test_rebel_soldiers_are_rebels(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Rebel soldiers seized the state broadcaster in Bamako on Wednesday.", "2006-05-01"))
    assert any(s == "MLIREB" for s, _, _ in got) and not any(s.endswith("MIL") for s, _, _ in got)


def test_a_release_or_shift_another_party_welcomed_is_praise_of_its_author(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Iran freed two detained French tourists on Friday, a release Paris welcomed.", "2023-05-12"))
    assert ("FRAGOV", "051", "IRN") in got
    # (the model reads "a shift Rabat welcomed" as the main clause)
    got = triples(code_text("Germany backed Morocco's autonomy plan for Western Sahara on Monday, a shift Rabat "
                            "welcomed.", "2022-03-20"))
    assert ("MARGOV", "051", "DEU") in got


def test_a_verb_after_a_perfect_relative_clause_is_the_main_verbs_conjunct(code_text):  # type: ignore[no-untyped-def]
    # "… the towns they had seized in North Kivu and called on …": the caller is Kenya's president
    got = triples(code_text("Hosting talks in Nairobi on Friday, Kenya's president urged Congo's M23 rebels to "
                            "withdraw from the towns they had seized in North Kivu and called on Kinshasa and Kigali to "
                            "resume dialogue.", "2022-11-23"))
    assert ("KENGOV", "026", "CODGOV") in got and not any(s == "CODREB" and c == "026" for s, c, _ in got)


def test_a_call_to_free_a_countrys_own_former_leader_is_made_to_its_government(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The African Union demanded the immediate release of ousted President Mohamed Bazoum on "
                            "Monday.", "2023-07-31"))
    assert ("IGOAFRAFU", "1053", "NERGOV") in got


def test_a_relative_pronoun_is_the_noun_its_clause_describes(code_text):  # type: ignore[no-untyped-def]
    # "which" stands for the cyclone, however deep in the clause; a storm is no party, so the ships'
    # navy killed no one
    got = triples(code_text("Two Thai navy ships reached Chittagong with food for survivors of Cyclone Sidr, which "
                            "officials said had killed more than 3,000 people.", "2007-11-20"))
    assert not any(c[:2] in {"18", "19", "20"} for _, c, _ in got)


def test_it_in_a_clause_a_party_was_prompted_to_announce_is_that_party(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kiribati switched diplomatic recognition from Taiwan to China on Friday, prompting Taipei "
                            "to announce that it was cutting ties with Tarawa.", "2019-09-20"))
    assert ("TWNGOV", "161", "KIRGOV") in got
