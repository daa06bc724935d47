"""Coder behaviour on real-world sentences (grammar, slots, negation, modality, nominal events)."""

from __future__ import annotations

import pytest

from tests.conftest import roots, triples

pytestmark = pytest.mark.slow


def test_active_voice_with_quantified_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan eased some of its sanctions on North Korea on Friday.", "2014-07-04")
    assert triples(evs) == {("JPN", "085", "PRK")}
    assert evs[0].date == "2014-07-04" and evs[0].date_precision == "day"
    assert evs[0].pattern == "085:ease sanction on $T"


def test_passive_with_owner_of_the_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The proposal from Pyongyang was rejected by Seoul.")
    assert triples(evs) == {("KORGOV", "125", "PRKGOV")}


def test_conjoined_subjects_give_one_event_each(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("China and Russia condemned the missile launch by North Korea.")
    assert triples(evs) == {("CHN", "111", "PRK"), ("RUS", "111", "PRK")}


def test_conjoined_sides_act_on_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Israeli and Palestinian negotiators resumed direct talks in Washington on Monday.",
                    "2013-07-29")
    assert triples(evs) == {("ISRGOV", "046", "PSEGOV"), ("PSEGOV", "046", "ISRGOV")}
    assert all(e.location and e.location.name == "Washington" for e in evs)


def test_rejection_with_a_second_act_in_the_same_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Seoul rejected the offer from Pyongyang, demanding instead that the North apologize.")
    got = triples(evs)
    assert ("KORGOV", "125", "PRKGOV") in got
    assert any(s == "KORGOV" and c.startswith("10") and t.startswith("PRK") for s, c, t in got)


def test_nominal_events_and_receive_verbs(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("North Korea has secured new aid, investment, and debt relief from Russia, an easing of "
                    "sanctions from Japan, and an opening for talks and sanctions relief from South Korea.")
    got = triples(evs)
    assert {("RUS", "070", "PRK"), ("JPN", "085", "PRK")} <= got
    assert any(s == "RUS" and c.startswith("06") for s, c, _ in got)
    assert any(s == "KOR" and t == "PRK" for s, _, t in got)
    visit = code_text("A visit by several senior North Korean leaders to Seoul marked the highest level "
                      "contact in years.")
    assert triples(visit) == {("PRKGOV", "042", "KOR")}  # a destination is the country


@pytest.mark.parametrize("text", [
    "North Korea did not send an envoy to Beijing.",
    "Japan failed to send aid to North Korea.",
    "Washington was angered by Iran's refusal to release the detained American sailors.",
])
def test_negated_acts_are_flagged_and_not_factual(code_text, text: str):  # type: ignore[no-untyped-def]
    evs = code_text(text)
    assert evs and all(e.negated for e in evs)
    assert triples(evs) == set()


@pytest.mark.parametrize("text", [
    "Washington should be open to talks with Pyongyang.",
    "If Tokyo eased sanctions, Pyongyang might return to talks.",
    "There is no indication that China has agreed to invite North Korea's leader.",
])
def test_advice_conjecture_and_no_indication_give_no_factual_event(code_text, text: str):  # type: ignore[no-untyped-def]
    assert triples(code_text(text)) == set()


def test_plans_become_intent_codes_with_future_dates(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia will send food aid to North Korea next month.", "2014-07-04")
    assert triples(evs) == {("RUS", "033", "PRK")}
    assert evs[0].modality == "planned" and evs[0].date == "2014-08"


def test_speech_act_complements_are_not_separate_events(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("North Korea proposed that South Korean business owners meet with North Korean "
                    "officials at the Kaesong complex.")
    got = triples(evs)
    assert got and all(s == "PRK" for s, _, _ in got)
    assert not any(s == "KORBUS" for s, _, _ in got)


def test_every_event_names_its_pattern_and_origin(code_text):  # type: ignore[no-untyped-def]
    for e in code_text("Iran accused Israel of sabotage. Germany hosted Ukraine's president in Berlin."):
        assert e.pattern.split(":", 1)[0] == e.code or e.modality in {"intent", "planned"}
        assert e.extra["pattern_origin"].split(":")[0].endswith(".txt")


def test_an_object_quantified_to_nothing_is_no_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan criticized North Korea. Tokyo gave few details to Pyongyang.")
    assert all(e.negated for e in evs if e.sent_index == 1)


def test_targets_named_by_a_nationality(code_text):  # type: ignore[no-untyped-def]
    tanker = code_text("Iran seized a British tanker in the Strait of Hormuz.", "2019-07-20")
    assert roots(tanker) == {("IRN", "17", "GBR")}
    men = code_text("Malaysian police questioned four North Korean men.", "2017-02-20")
    assert {e.target.code for e in men} == {"PRKCVL"}
    topic = code_text("Seoul and Tokyo exchanged classified information on North Korean missiles.",
                      "2014-12-29")
    assert {(e.source.code[:3], e.target.code[:3]) for e in topic} <= {("KOR", "JPN"), ("JPN", "KOR")}


def test_participles_and_their_agents(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("London demanded that Tehran release the 15 British sailors detained by Iranian forces.",
                    "2007-03-28")
    # the 15 were Royal Navy personnel: "sailors" is a military agent word
    assert ("IRNMIL", "17", "GBRMIL") in roots(evs)
    evs = code_text("Moscow expelled ten U.S. diplomats in retaliation for sanctions against Russia announced "
                    "by Washington.", "2017-07-28")
    assert ("USAGOV", "16", "RUS") in roots(evs)  # the sanctions are Washington's, not Moscow's


def test_a_named_act_under_a_negated_verb_is_negated(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara said it had no plans to impose sanctions on Moscow.")
    assert evs and all(e.negated for e in evs if e.code.startswith("16"))
