"""Targets read off places and owners: the place an operation happens in, property named by its
owner's nationality ("a Greek-owned tanker"), a claimed act, another party's property under a
possessive pronoun, and a threat aimed at the one whose act would trigger it.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_an_untargeted_operation_hits_the_country_it_happens_in(code_text):  # type: ignore[no-untyped-def]
    # a place named by its nationality, looked through "side of"
    assert triples(code_text("Azerbaijani troops advanced into the Armenian side of the frontier on Tuesday.")) == {
        ("AZEMIL", "190", "ARM")}
    # a place reached through a participle clause on the zone
    assert triples(code_text("The Chinese navy held exercises in waters encircling the Philippines.")) == {
        ("CHNMIL", "150", "PHL")}
    # a regional demonym names its country; the victims take it from the town
    assert triples(code_text("Eritrean soldiers killed dozens of civilians in the Tigrayan town of Adwa.")) == {
        ("ERIMIL", "202", "ETHCVL")}


def test_an_adjunct_of_defiance_is_no_place(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pyongyang test-fired a cruise missile in defiance of UN Security Council resolutions.")
    assert not any(t.startswith("IGO") for _, _, t in triples(evs))


def test_a_pull_back_yields_the_place_left(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian troops completed their withdrawal from the Ukrainian city of Kherson on Friday.")
    assert {(s, c[:2], t) for s, c, t in triples(evs)} == {("RUSMIL", "08", "UKR")}


def test_a_claimed_attack_is_the_claimers_and_the_claim_targets_its_victim(code_text):  # type: ignore[no-untyped-def]
    evs = triples(code_text("Al-Shabaab claimed responsibility for a bomb attack on a Kenyan army base."))
    assert ("SOMREB", "015", "KENMIL") in evs
    assert any(s == "SOMREB" and c.startswith("18") and t == "KENMIL" for s, c, t in evs)


def test_property_named_by_its_owners_nationality(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Houthi rebels seized a Greek-owned tanker in the Red Sea.")
    assert triples(evs) == {("YEMREB", "171", "GRC")}


def test_an_office_at_home_belongs_to_the_place(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Authorities in Kenya imposed a curfew on Monday.")
    assert triples(evs) == {("KENGOV", "1723", "KENCVL")}


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Polish police said they had identified three Belarusian spies, prompting Warsaw to expel them.")
    assert {(c, t) for _, c, t in triples(evs)} == {("174", "BLRSPY")}


def test_their_points_to_the_people_just_named_and_its_embassy_is_abroad(code_text):  # type: ignore[no-untyped-def]
    evs = triples(code_text("Seoul expelled two North Korean diplomats, and the foreign ministry later "
                            "suspended their accreditation."))
    assert ("KORGOV", "174", "PRKGOV") in evs  # (diplomats' accreditation withdrawn: an expulsion, as the gold has it)
    stormed = triples(code_text("Libya cut ties with Italy a day after protesters stormed its embassy in Tripoli."))
    assert ("LBYCVL", "145", "ITA") in stormed  # not Libya's own embassy in its capital


def test_a_threat_is_aimed_at_whose_act_would_trigger_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Kremlin said Russia would use nuclear weapons if Ukraine's army attacked Crimea.")
    assert triples(evs) == {("RUSGOV", "1385", "UKRMIL")}


def test_an_act_under_an_ultimatum_is_only_demanded(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The army issued an ultimatum to the rebels to lay down their weapons.")
    assert not any(c.startswith("087") for _, c, _ in triples(evs))


def test_the_head_of_a_body_stands_for_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The head of the Quds Force met Hezbollah officials in Beirut.")
    assert {s for s, _, _ in triples(evs)} == {"IRNMIL"}


def test_supporters_of_a_former_leader_are_his_countrys_civilians(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Supporters of former President Donald Trump stormed the Capitol in Washington on Wednesday.")
    assert triples(evs) == {("USACVL", "145", "USAGOV")}


def test_a_coalition_led_by_a_country_is_its_forces(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Saudi-led coalition struck a Houthi base near Sanaa.")
    assert {(s, c) for s, c, _ in triples(evs)} == {("SAUMIL", "195")}


def test_an_adjectival_participle_reports_no_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Israeli troops crossed into southern Lebanon in what the army called limited raids.")
    assert not any(c.startswith("087") for _, c, _ in triples(evs))


def test_a_killing_of_many_is_a_mass_killing(code_text):  # type: ignore[no-untyped-def]
    many = code_text("Jihadist fighters killed at least 120 farm workers near Maiduguri on Saturday.")
    assert {c for _, c, _ in triples(many)} == {"202"}
    few = code_text("Police killed three protesters in Lagos on Saturday.")
    assert {c for _, c, _ in triples(few)} == {"175"}


def test_a_verb_whose_patterns_agree_on_a_root_backs_off_to_it_and_says_so(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia operated the Syrian port of Tartus under a lease.")
    assert triples(evs) == {("RUS", "060", "SYR")}
    assert all("(backoff: every pattern of the verb is 06)" in e.pattern for e in evs)


def test_they_in_what_two_countries_said_is_both_and_an_agreed_text_is_no_signing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenia and Azerbaijan said on Monday that they had finalised the text of a peace treaty.")
    assert triples(evs) == {("ARM", "037", "AZE"), ("AZE", "037", "ARM")}


def test_a_control_verb_without_its_clause_does_not_back_off(pipeline):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Moscow wants greater stability. Moscow operated the port.")
    wants = next(t for t in doc if t.lower_ == "wants")
    operated = next(t for t in doc if t.lower_ == "operated")
    assert pipeline.coder._backoff(wants) == []  # "want" only means something with its "to" clause
    assert [m.pattern.code for m in pipeline.coder._backoff(operated)] == ["060"]
