"""Grammar and convention fixes of stop 22, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_deporting_a_population_is_a_mass_expulsion(code_text):  # type: ignore[no-untyped-def]
    # more than a thousand people driven out in one act is CAMEO's mass expulsion (201); a handful of
    # diplomats stays an expulsion of persons (174)
    got = triples(code_text("Mauritania deported more than 12,000 Senegalese villagers across the river last spring.",
                            "2019-06-01"))
    assert ("MRT", "201", "SENCVL") in got and not any(c == "174" for _, c, _ in got)
    got = triples(code_text("Mauritania expelled two Senegalese diplomats on Monday.", "2019-06-01"))
    assert ("MRT", "174", "SENGOV") in got


def test_a_massacre_is_a_mass_killing_not_repression(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Prosecutors described the massacre of some 300 Acholi villagers by Ugandan soldiers "
                            "in 1986.", "2015-02-01"))
    assert ("UGAMIL", "202", "UGACVL") in got
    assert not any(c == "175" for _, c, _ in got)


def test_killing_hundreds_is_a_mass_killing(nlp):  # type: ignore[no-untyped-def]
    from detente.coding.consolidate import mass_killing
    doc = nlp("The militia killed hundreds of villagers in the valley.")
    assert mass_killing(doc[2])
    doc = nlp("The militia killed dozens of villagers in the valley.")
    assert not mass_killing(doc[2])


def test_the_one_punished_for_an_act_did_it_not_the_court(code_text):  # type: ignore[no-untyped-def]
    # "sentenced him … for massacres of villagers": the massacres were never the court's
    got = triples(code_text("A Peruvian court sentenced the former army captain to 25 years in prison for "
                            "massacres of Quechua villagers.", "2016-05-01"))
    assert {(s, c) for s, c, _ in got if s == "PERJUD"} == {("PERJUD", "116")}
    assert ("PERJUD", "116", "PERMIL") in got and ("PERMIL", "202", "PERCVL") in got


def test_a_verb_read_as_an_adjective_of_a_long_name_heads_the_sentence(nlp, code_text):  # type: ignore[no-untyped-def]
    # (the model misreads this shape only with some names; this one is the tuning sentence's)
    doc = nlp("Uruguay extradited Italian mafia boss Rocco Morabito to Rome.")
    verb = next(t for t in doc if t.text == "extradited")
    assert verb.dep_ == "ROOT" and doc[0].head.i == verb.i
    got = triples(code_text("Uruguay extradited Italian mafia boss Rocco Morabito to Rome.", "2019-06-01"))
    assert any(s == "URY" and c == "063" and t[:3] == "ITA" for s, c, t in got)


def test_patrol_boats_handed_to_a_coast_guard_are_military_aid(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("South Korea delivered two patrol boats to the Vietnamese coast guard on Friday.",
                            "2017-06-02"))
    assert ("KOR", "072", "VNMMIL") in got


def test_what_a_lobbyist_asks_others_to_do_is_not_done(code_text):  # type: ignore[no-untyped-def]
    # the infinitive after "lobbied X … on Thursday" is parsed as a clause of purpose; it is still
    # only asked for
    evs = code_text("Poland's president lobbied fellow EU leaders in Brussels on Friday to grant Ukraine candidate "
                    "status.", "2022-06-17")
    assert not [e for e in evs if e.code == "0833" and e.modality is None]


def test_quitting_a_court_or_a_mediation_role(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Philippines became the second state to quit the International Criminal Court.",
                            "2019-03-17"))
    assert any(s[:3] == "PHL" and c == "160" and t == "IGOJUDICC" for s, c, t in got)
    got = triples(code_text("Ethiopia said on Friday it was stepping down as mediator between Sudan and South Sudan.",
                            "2013-06-09"))
    assert ("ETH", "165", "SDN") in got and ("ETH", "165", "SSD") in got
    assert not any(c in {"0831", "045"} for _, c, _ in got)


def test_the_one_assured_is_the_target_of_the_promise(nlp, code_text):  # type: ignore[no-untyped-def]
    doc = nlp("Sudan's army assured the African Union that it would hand power to a civilian government.")
    hand = next(t for t in doc if t.text == "hand")
    assert hand.dep_ == "ccomp" and hand.head.text == "assured"
    got = triples(code_text("Sudan's army assured the African Union that it would hand power to a civilian "
                            "government.", "2019-06-01"))
    assert any(c[:2] == "03" and t == "IGOAFRAFU" for _, c, t in got)


def test_a_participle_after_a_condition_is_the_speakers(code_text):  # type: ignore[no-untyped-def]
    # the model hangs ", accusing …" on the verb of the "unless" clause; the accuser is the one who
    # states the condition, not the one it names
    got = triples(code_text("Kenya's government threatened to recall its ambassador unless Mogadishu withdrew the "
                            "expulsion order, accusing its neighbour of meddling in Kenyan politics.", "2019-02-18"))
    assert any(s == "KENGOV" and c[:3] == "112" and t[:3] == "SOM" for s, c, t in got)
    assert not any(s[:3] == "SOM" and c[:3] == "112" for s, c, _ in got)


def test_emergency_rule_falls_on_the_governments_own_people(code_text):  # type: ignore[no-untyped-def]
    # no named place and no country in the phrase: the measure still falls on the country's own public
    got = triples(code_text("Sri Lankan troops patrolled Kandy on Wednesday, a day after the government imposed a "
                            "ten-day state of emergency across the region.", "2018-03-07"))
    assert ("LKAGOV", "1724", "LKACVL") in got


def test_troops_massed_or_sent_to_a_border(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenian troops massed on the border with Azerbaijan on Sunday.", "2020-07-12"))
    assert ("ARMMIL", "154", "AZE") in got
    got = triples(code_text("Kyrgyzstan ordered troops to the Tajik border on Friday.", "2021-04-30"))
    assert ("KGZ", "154", "TJK") in got


def test_a_toll_told_in_a_relative_clause_belongs_to_the_attack(nlp, code_text):  # type: ignore[no-untyped-def]
    # the model hangs "that killed …" on the inquiry (or on the place hit); it tells what the strike did
    text = "Israel's army opened an inquiry on Monday into its air strike on a refugee camp in Rafah that killed 45 people."
    doc = nlp(text)
    killed = next(t for t in doc if t.text == "killed")
    assert killed.head.text == "strike"
    got = triples(code_text(text, "2024-05-27"))
    assert any(s == "ISRMIL" and c == "195" and t[:3] == "PSE" for s, c, t in got)
    assert not any(c[:2] == "20" for _, c, _ in got)


def test_people_forced_to_walk_ahead_as_human_shields(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Sudanese soldiers forced dozens of villagers to walk ahead of their convoy as human "
                            "shields in Blue Nile state.", "2012-03-01"))
    assert ("SDNMIL", "184", "SDNCVL") in got and not any(c == "201" for _, c, _ in got)


def test_losing_a_partner_yields_no_ground(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Taiwan lost the Marshall Islands as an ally after Majuro switched recognition.",
                            "2023-01-01"))
    assert not any(c.startswith("087") for _, c, _ in got)


def test_killings_shot_dead_and_assassinations(code_text):  # type: ignore[no-untyped-def]
    # "shot dead" kills (1823), a fatal shooting named as a noun does too, border guards are MIL, and an
    # official killed was assassinated (186)
    got = triples(code_text("A US Border Patrol agent shot dead a Mexican boy across the border in Nogales.",
                            "2012-10-11"))
    assert ("USAMIL", "1823", "MEXCVL") in got
    got = triples(code_text("Mexico condemned the fatal shooting of a Mexican boy by a US Border Patrol agent.",
                            "2012-10-12"))
    assert ("USAMIL", "1823", "MEXCVL") in got
    got = triples(code_text("Iraq's deputy interior minister was shot dead in Baghdad by gunmen from a Shiite "
                            "militia on Monday.", "2009-05-04"))
    assert not any(c == "1823" for _, c, _ in got)
    assert any(c == "186" and t == "IRQGOV" for _, c, t in got)


def test_an_order_that_moves_ones_own_forces_is_the_move(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kyrgyz President Sadyr Japarov ordered 5,000 reservists to reinforce the border with Tajikistan "
                    "on Friday.", "2022-09-16")
    assert any(e.code == "154" and e.target.code == "TJK" and e.modality is None for e in evs)
    # an order to shoot is still only an order
    evs = code_text("Lukashenko ordered police to shoot protesters in Minsk.", "2020-08-12")
    assert all(e.modality == "prescriptive" for e in evs if e.code[:2] == "17")


def test_police_reinforcements_flown_into_ones_own_capital(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Solomon Islands' government flew police reinforcements into Honiara after two days of "
                            "rioting.", "2021-11-26"))
    assert ("SLBGOV", "153", "SLBCVL") in got


def test_a_visit_naming_no_destination_went_to_the_foreign_place_named(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Uzbekistan agreed on Friday to let the UN refugee agency open an office in Tashkent, at "
                            "the end of a four-day visit by High Commissioner Filippo Grandi.", "2019-05-10"))
    assert any(c == "042" and t == "UZB" for _, c, t in got)
    # a visit given by a host is told by its verb, and a visit to a shrine is no country's
    got = triples(code_text("Beijing demanded an apology from Tokyo after the Japanese prime minister's visit to a "
                            "war shrine.", "2013-12-27"))
    assert not any(c == "042" for _, c, _ in got)


def test_donors_in_a_list_of_clauses_give_to_the_stricken_country(nlp, code_text):  # type: ignore[no-untyped-def]
    # the model reads "Peru" as one more thing Chile sent, and the second donor's act as what the first
    # promised; each donor gives to the country struck, not to the other donor
    text = "After the earthquake in Haiti, Chile sent rescue teams and Peru flew in tonnes of food."
    doc = nlp(text)
    peru = next(t for t in doc if t.text == "Peru")
    assert peru.dep_ == "nsubj" and peru.head.text == "flew"
    got = triples(code_text(text, "2010-01-15"))
    assert ("CHL", "073", "HTI") in got and ("PER", "073", "HTI") in got
    got = triples(code_text("As floods covered a third of Pakistan, Turkey flew in the first of a dozen relief flights, "
                            "Japan promised tents and food worth 7 million dollars.", "2022-08-30"))
    assert not any(s == "JPN" and t[:3] == "TUR" for s, _, t in got)
