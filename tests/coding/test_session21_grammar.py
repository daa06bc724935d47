"""Grammar fixes of stop 21, each found on a tuning sentence and tested on one written for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_talks_near_a_capital_are_between_the_conjoined_parties(code_text):  # type: ignore[no-untyped-def]
    # "near Kathmandu" is where the talks are, not a third party (it used to take the place of the
    # target, and only one direction of the talks was coded)
    evs = code_text("Nepal's government and Maoist rebels opened their first round of peace talks near Kathmandu "
                    "on Friday.", "2006-08-20")
    got = triples(evs)
    assert ("NPLGOV", "046", "NPLREB") in got
    assert ("NPLREB", "046", "NPLGOV") in got


def test_a_name_hung_on_the_first_conjunct_modifies_the_second(nlp, code_text):  # type: ignore[no-untyped-def]
    doc = nlp("The Colombian government and FARC rebels opened peace talks in Oslo on Thursday.")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["government"] == ("nsubj", "opened")
    assert heads["rebels"] == ("conj", "government")
    assert heads["FARC"][1] == "rebels"
    got = triples(code_text("The Colombian government and FARC rebels opened peace talks in Oslo on Thursday.",
                            "2012-10-18"))
    assert ("COLGOV", "046", "COLREB") in got and ("COLREB", "046", "COLGOV") in got


def test_a_kind_of_offensive_is_not_a_conjunct(nlp):  # type: ignore[no-untyped-def]
    # the guard: "a joint ground and air offensive" is one offensive, not "a joint ground" and an offensive
    doc = nlp("Chadian and Nigerien troops launched a joint ground and air offensive against Boko Haram.")
    offensive = next(t for t in doc if t.text == "offensive")
    assert offensive.dep_ == "dobj"


def test_an_offer_to_bridge_the_gap_between_two_parties_is_an_offer_to_mediate(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mauritania offered on Tuesday to help bridge the gap between Algeria and Morocco.",
                            "2021-08-25"))
    assert ("MRT", "039", "DZA") in got and ("MRT", "039", "MAR") in got


def test_ready_to_shuttle_messages_between_two_sides_is_an_offer_to_mediate(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Turkish prime minister said Ankara was ready to shuttle messages between Syria "
                            "and Israel.", "2008-04-24"))
    assert ("TURGOV", "039", "SYR") in got and ("TURGOV", "039", "ISR") in got


def test_flying_relief_supplies_to_a_country_is_humanitarian_aid(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Australia said on Sunday it would fly relief supplies to Vanuatu within a day.",
                            "2015-03-15"))
    assert ("AUS", "0333", "VUT") in got


def test_a_promise_that_supplies_will_go_on_is_an_intention_not_a_conjecture(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Lavrov promised that Moscow would keep supplying weapons to Mali's army.", "2023-02-07")
    aid = [e for e in evs if e.source.code == "RUSGOV" and e.target.code[:3] == "MLI" and e.root in {"03", "07"}]
    assert aid and all(e.modality == "intent" for e in aid)
    assert "0332" in {e.code for e in aid}


def test_an_opening_participle_read_as_clausal_subject_is_repaired(nlp, code_text):  # type: ignore[no-untyped-def]
    text = "Visiting Beijing on Monday, Solomon Islands Prime Minister Manasseh Sogavare held talks with Chinese " \
           "Premier Li Qiang."
    doc = nlp(text)
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["Visiting"] == ("advcl", "held")
    assert heads["Islands"][1] == "Sogavare"
    got = triples(code_text(text, "2023-07-10"))
    assert ("SLBGOV", "042", "CHN") in got
    assert ("SLBGOV", "046", "CHNGOV") in got


def test_the_two_men_are_the_two_people_named_before(code_text):  # type: ignore[no-untyped-def]
    # not named together ("X and Y"), but as the subject and object of the clause before
    got = triples(code_text("Tajik President Emomali Rahmon praised Kyrgyz leader Sadyr Japarov for his courage, as "
                            "the two men signed a border treaty in Bishkek on Thursday.", "2022-11-17"))
    assert ("TJKGOV", "057", "KGZGOV") in got and ("KGZGOV", "057", "TJKGOV") in got


def test_a_plane_landing_with_relief_supplies_delivers_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Japanese air force plane landed in Tonga on Saturday with drinking water and relief supplies.",
                    "2022-01-22")
    assert ("JPN", "073", "TON") in triples(evs)
    # the guard: a plane landing with a delegation carries no aid
    assert not [e for e in code_text("A Japanese plane landed in Tonga on Saturday with a trade delegation.",
                                      "2022-01-22") if e.root == "07"]


def test_a_strikes_result_is_the_strikers_not_the_victims(nlp, code_text):  # type: ignore[no-untyped-def]
    text = "Myanmar's air force bombed a crowd of opposition supporters gathered for a ceremony in a village on " \
           "Tuesday, killing dozens of people."
    doc = nlp(text)
    killing = next(t for t in doc if t.text == "killing")
    assert killing.head.text == "bombed"
    evs = code_text(text, "2023-04-12")
    assert not [e for e in evs if e.source.code == "MMROPP"]  # the supporters killed no one
    assert ("MMRMIL", "195", "MMROPP") in triples(evs)


def test_people_held_since_a_date_are_detained(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The African Union demanded that Niger's new military rulers free President Mohamed Bazoum, "
                            "whom the presidential guard has held since Wednesday.", "2023-08-04"))
    assert any(s == "NERMIL" and c == "173" and t[:3] == "NER" for s, c, t in got)
    # the guard: holding talks since a date detains no one
    assert not [c for s, c, t in triples(code_text("The government has held talks with the rebels since July.",
                                                   "2023-01-07")) if c == "173"]


def test_a_finding_read_as_a_verb_is_a_summary_noun(nlp, code_text):  # type: ignore[no-untyped-def]
    text = "The UN human rights office accused China of serious violations in Xinjiang, a finding Beijing's " \
           "mission in Geneva denounced as a farce."
    finding = next(t for t in nlp(text) if t.text == "finding")
    assert (finding.pos_, finding.lemma_) == ("NOUN", "finding")
    assert ("CHNGOV", "111", "IGOUNOHRIHCH") in triples(code_text(text, "2022-09-01"))


def test_a_second_verb_of_a_relative_clause_shares_its_gap(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The Security Council demanded that Rwandan forces withdraw from Congo, a resolution "
                            "Kinshasa welcomed and Kigali dismissed as unbalanced.", "2025-02-21"))
    assert ("CODGOV", "051", "IGOUNO") in got
    assert ("RWAGOV", "111", "IGOUNO") in got


def test_a_killing_a_leader_called_shameful_is_criticism_of_the_killers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Priyantha Kumara was beaten to death by a Pakistani mob, a killing Prime Minister Imran "
                            "Khan called a day of shame.", "2021-12-05"))
    assert ("PAKGOV", "111", "PAKCVL") in got


def test_troops_fighting_alongside_another_army_cooperate_militarily(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Eritrean troops fighting alongside Ethiopian government forces massacred hundreds of "
                            "civilians in Axum.", "2021-03-01"))
    assert ("ERIMIL", "062", "ETHMIL") in got


def test_an_alleged_act_in_a_purpose_clause_is_not_a_fact(code_text):  # type: ignore[no-untyped-def]
    # the accusation reaches through "sending troops to fight": the fighting is alleged, like the sending
    evs = code_text("Kinshasa accused Rwanda of sending thousands of troops to fight alongside the rebels.",
                    "2025-02-16")
    assert ("CODGOV", "1123", "RWA") in triples(evs)
    assert not [e for e in evs if e.root == "06" and e.factual]
    evs = code_text("A UN panel found evidence of Rwandan soldiers fighting alongside the M23 rebels.", "2022-12-20")
    assert not [e for e in evs if e.root == "06" and e.factual]


def test_leaders_put_their_names_to_a_treaty(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Kassym-Jomart Tokayev and Shavkat Mirziyoyev put their names to a treaty of alliance.",
                            "2022-12-22"))
    assert ("KAZGOV", "057", "UZBGOV") in got and ("UZBGOV", "057", "KAZGOV") in got


def test_tigrayan_leaders_are_the_rebel_side(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Ramaphosa praised Ethiopia's government and Tigrayan leaders for signing a truce.",
                            "2022-11-02"))
    assert ("ZAFGOV", "051", "ETHGOV") in got and ("ZAFGOV", "051", "ETHREB") in got


def test_a_case_filed_at_a_court_is_against_the_accused_not_the_court(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("South Africa filed a case at the International Court of Justice on Friday accusing Israel "
                            "of committing genocide in Gaza.", "2023-12-29"))
    assert ("ZAF", "115", "ISR") in got
    assert not [t for s, c, t in got if c == "115" and t.startswith("IGO")]


def test_lobbying_others_to_act_is_no_act_of_the_lobbyist(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Algeria lobbied fellow African Union members to revoke Israel's observer status.", "2023-02-18")
    assert not [e for e in evs if e.root == "16" and e.factual]


def test_two_parties_accepting_a_third_partys_mediation_accept_it_from_the_mediator(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Somalia and Ethiopia accepted Ankara's mediation.", "2024-07-01"))
    assert ("SOM", "038", "TURGOV") in got and ("ETH", "038", "TURGOV") in got
    assert ("SOM", "038", "ETH") not in got
    got = triples(code_text("Eritrea and Djibouti accepted Qatar's offer of mediation.", "2010-06-08"))
    assert ("ERI", "038", "QAT") in got and ("DJI", "038", "QAT") in got


def test_a_truce_agreed_earlier_is_no_agreement_of_those_who_broke_it(nlp, code_text):  # type: ignore[no-untyped-def]
    text = "Tajik forces broke a ceasefire agreed only hours earlier by shelling Kyrgyz villages."
    agreed = next(t for t in nlp(text) if t.text == "agreed")
    assert (agreed.dep_, agreed.head.text) == ("acl", "ceasefire")
    got = triples(code_text(text, "2022-09-16"))
    assert ("TJKMIL", "194", "KGZ") in got
    assert not [c for s, c, t in got if c[:2] in {"03", "08"}]


def test_powers_to_arrest_are_no_arrest(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("President Gotabaya Rajapaksa declared a state of emergency, giving security forces sweeping powers to "
                    "arrest protesters.", "2022-05-06")
    assert ("LKAGOV", "1724", "LKACVL") in triples(evs)
    assert not [e for e in evs if e.code == "173" and e.factual]


def test_forcing_a_plane_to_land_is_no_general_coercion(code_text):  # type: ignore[no-untyped-def]
    # what was forced is the act; "force $T" alone named none (its readings were all wrong on the tuning sets)
    got = triples(code_text("Belarusian authorities forced a Ryanair airliner to land in Minsk on Sunday.",
                            "2021-05-23"))
    assert not [c for s, c, t in got if c == "170"]


def test_a_judgement_of_peace_or_a_treaty_with_a_partner_is_optimism_or_pessimism(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Armenian Prime Minister Nikol Pashinyan said on Friday that peace with Azerbaijan was "
                            "closer than ever.", "2023-05-26"))
    assert ("ARMGOV", "013", "AZE") in got
    got = triples(code_text("Russian Deputy Foreign Minister Sergei Ryabkov said prospects for extending the New START "
                            "treaty with Washington looked bleak.", "2021-01-15"))
    assert any(s == "RUSGOV" and c == "012" and t[:3] == "USA" for s, c, t in got)


def test_a_speakers_optimism_about_a_deal_is_aimed_at_the_partner(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Colombian President Juan Manuel Santos said on Wednesday that he was optimistic a final "
                            "accord with the country's FARC rebels could be signed by March.", "2015-09-23"))
    assert ("COLGOV", "013", "COLREB") in got


def test_a_bomb_that_kills_names_the_attack(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("A suicide bomber from the separatist Baloch Liberation Army killed at least 26 people at "
                            "the railway station in Quetta on Saturday.", "2024-11-10"))
    assert ("PAKREB", "1831", "PAKCVL") in got
    got = triples(code_text("A roadside bomb planted by Taliban insurgents killed six Canadian soldiers west of "
                            "Kandahar on Wednesday.", "2007-07-05"))
    assert any(s == "AFGREB" and c == "1833" for s, c, t in got)
    # the guard: a strike that kills one named man stays a killing (1823), as the gold codes it
    got = triples(code_text("A US drone strike killed Iranian Quds Force commander Qassem Soleimani at Baghdad airport "
                            "on Friday.", "2020-01-03"))
    assert not [c for s, c, t in got if c == "195"]
