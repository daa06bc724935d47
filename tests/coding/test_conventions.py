"""Actor and modality conventions learned from a second annotator's sentences (dev3): the story's
country, members of a named body, domestic stories, resignations, shared objects, joint drills,
forecasts and deadlines, speeches to one's own public, multi-country regions.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_the_country_is_the_story_s_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Manila suspended talks with the country's communist rebels on Saturday.")
    assert triples(evs) == {("PHLGOV", "164", "PHLREB")}


def test_members_of_a_body_are_its_people(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Officers of Russia's FSB security service detained a French researcher in Moscow.")
    assert {s for s, _, _ in triples(evs)} == {"RUSSPY"}


def test_soldiers_acting_on_nameless_villagers_make_a_domestic_story(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Malian soldiers executed dozens of villagers in a central village.")
    assert triples(evs) == {("MLIMIL", "202", "MLICVL")}


def test_announcing_a_resignation_is_resigning(code_text):  # type: ignore[no-untyped-def]
    # (under pressure: since stop 24 a resignation with no sign of demands is no 0831, see filters.py)
    got = triples(code_text("Imran Khan announced his resignation on Tuesday after weeks of opposition protests."))
    assert "0831" in {c for _, c, _ in got}
    assert not any(c[:2] == "01" for _, c, _ in got)  # announcing it is the act, not a statement


def test_a_verb_with_its_own_complement_does_not_borrow_the_next_verbs_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian warships fired on two Georgian fishing vessels and seized them.")
    codes = {c for _, c, _ in triples(evs)}
    assert "193" in codes and "0831" not in codes  # a shooting, not a dismissal


def test_their_governments_after_two_named_parties_are_both(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Xi Jinping welcomed Lula to Beijing, where their governments signed fifteen agreements.")
    assert {("CHNGOV", "BRAGOV"), ("BRAGOV", "CHNGOV")} <= {(s, t) for s, c, t in triples(evs) if c == "057"}


def test_a_pan_american_road_names_no_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Protesters blocked the Pan-American Highway in Panama on Monday.")
    assert not any("USA" in (s + t) for s, _, t in triples(evs))


def test_a_prompted_reaction_answers_whoever_prompted_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Five Turkish warships entered disputed waters on Monday, prompting Athens to put its "
                    "armed forces on alert.")
    assert ("GRCGOV", "152", "TURMIL") in triples(evs)


def test_a_forecast_of_another_partys_act_and_a_deadline_are_not_facts(code_text):  # type: ignore[no-untyped-def]
    forecast = code_text("Analysts expect Moscow to expel more British diplomats.")
    assert forecast and all(e.modality == "hypothetical" for e in forecast)
    deadline = code_text("Baghdad gave Ankara 48 hours to pull out the Turkish troops stationed near Mosul.")
    # the deadline is a demand, and a fact (gold conventions: a demand with a deadline is coded
    # once, as the demand) ...
    assert any(e.root == "10" and e.modality is None for e in deadline)
    # ... the withdrawal it demands is not
    assert not any(e.root == "08" and e.modality is None for e in deadline)


def test_joint_drills_of_two_forces_are_military_cooperation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("U.S. and South Korean warplanes staged joint air drills over the peninsula on Saturday.")
    assert triples(evs) == {("USAMIL", "062", "KORMIL"), ("KORMIL", "062", "USAMIL")}
    assert all("(joint parties" in e.pattern for e in evs)


def test_a_leader_speaking_to_his_own_public_is_no_event(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Imran Khan addressed supporters in Lahore on Thursday.")
    assert not triples(evs)


def test_verbal_abuse_is_criticism_and_handed_over_arms_are_military_aid(code_text):  # type: ignore[no-untyped-def]
    assert triples(code_text("North Korea's state media heaped abuse on Seoul on Sunday.")) == {
        ("PRKMED", "111", "KORGOV")}
    assert triples(code_text("Japan handed over coastal surveillance radars to the Philippine navy.")) == {
        ("JPN", "072", "PHLMIL")}


def test_a_region_spanning_countries_is_no_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Dozens of protesters in the southern Andes blocked roads, demanding that President "
                    "Dina Boluarte resign.")
    assert {s for s, _, _ in triples(evs)} == {"PERCVL"}


def test_an_act_that_is_only_a_topic_has_no_actor(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara gave recordings related to the killing of Jamal Khashoggi to Washington.")
    assert not any(c.startswith("18") for _, c, _ in triples(evs))


def test_a_nominal_threat_to_sanction_is_a_threat_and_its_sanctions_are_not_imposed(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington's threats to impose sanctions on Ankara angered Turkey.")
    assert {(e.code, e.modality) for e in evs} == {("1312", None), ("163", "hypothetical")}


def test_a_letter_to_someone_makes_them_the_target(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Scholz expressed his regret in a letter to President Ramaphosa.", day="2020-01-01")
    assert triples(evs) == {("DEUGOV", "055", "ZAFGOV")}


def test_aid_brought_to_a_town_goes_to_its_country_and_a_convoy_carries_its_flag(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A convoy of Indian trucks delivered the first 2,500 tonnes of wheat to Jalalabad on Saturday.")
    assert {(s, c[:2], t) for s, c, t in triples(evs)} == {("IND", "07", "AFG")}


def test_a_vehicle_landing_pays_no_visit(code_text):  # type: ignore[no-untyped-def]
    assert not triples(code_text("A Russian cargo plane landed in Havana on Monday."))


def test_a_struck_thing_named_by_its_owner_hits_the_owner_not_the_place(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkish warplanes struck PKK targets in northern Iraq on Tuesday.")
    assert triples(evs) == {("TURMIL", "195", "TURREB")}


def test_freezing_trade_with_a_country_is_an_embargo(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Riyadh froze all new trade and investment with Ottawa on Monday.")
    assert triples(evs) == {("SAUGOV", "163", "CANGOV")}


def test_a_landmark_in_a_known_city_places_a_local_group(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Riot police beat protesters in Mandalay's Zegyo Market on Friday.")
    assert triples(evs) == {("MMRCOP", "175", "MMRCVL")}


def test_an_armed_group_naming_forces_is_the_group(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Houthi forces shelled Saudi border posts on Sunday.", day="2023-01-01")
    assert triples(evs) == {("YEMREB", "194", "SAU")}


def test_authorities_in_a_countrys_state_are_that_countrys(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Authorities in India's north-eastern state of Manipur imposed a curfew on Thursday.")
    assert triples(evs) == {("INDGOV", "1723", "INDCVL")}


def test_a_vow_to_retaliate_answers_the_clause_before(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pakistani jets bombed militant hideouts in Khost province on Tuesday, and Kabul vowed to "
                    "retaliate.", day="2023-01-01")
    assert ("AFGGOV", "138", "PAKMIL") in triples(evs)


def test_a_titled_stranger_takes_the_country_of_the_place(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ugandan soldiers tortured the opposition lawmaker Bobi Wine in the northern town of Arua.")
    assert triples(evs) == {("UGAMIL", "1822", "UGAOPP")}


def test_a_thing_from_someone_acts_for_them(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A report by UN investigators accused Eritrean troops of killing civilians in Tigray.")
    assert ("IGOUNO", "112", "ERIMIL") in triples(evs)
    assert triples(code_text("A message from the Kremlin urged Kyiv to negotiate.")) == {("RUSGOV", "026", "UKRGOV")}


def test_goods_imported_from_a_country_are_its(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ottawa imposed provisional duties on electric cars imported from China.")
    assert triples(evs) == {("CANGOV", "163", "CHN")}


def test_a_state_and_its_armed_opponents_agreeing_act_on_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Myanmar's military and an alliance of three ethnic armed groups agreed to a ceasefire in "
                    "northern Shan state following Chinese mediation in Kunming.")
    assert {(s, c, t) for s, c, t in triples(evs) if c == "0871"} == {
        ("MMRMIL", "0871", "MMRREB"), ("MMRREB", "0871", "MMRMIL")}


def test_an_anti_corruption_commission_is_law_enforcement(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Malaysia's anti-corruption commission questioned two Chinese businessmen over the fund.")
    assert triples(evs) == {("MYSCOP", "091", "CHNBUS")}


def test_a_background_act_is_not_the_subjects(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington suspended military aid to Cairo three months after the ouster of President "
                    "Mohamed Morsi.")
    assert triples(evs) == {("USAGOV", "1622", "EGYGOV")}


def test_an_ordered_act_is_not_yet_done(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("William Ruto ordered police to shoot looters on sight.")
    assert evs and all(e.modality == "prescriptive" for e in evs if e.code.startswith("18"))


def test_the_toll_of_a_told_attack_is_not_a_second_event(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Taliban insurgents rammed a truck bomb into the German consulate in Mazar-i-Sharif on "
                    "Thursday night, killing at least four people.")
    assert triples(evs) == {("AFGREB", "1832", "DEUGOV")}
    assert all("casualty_of" not in e.extra for e in evs)


@pytest.mark.parametrize("text, expected", [
    ("Joe Biden said on Thursday that Washington and Beijing remained far apart on trade.", ("USAGOV", "012", "CHNGOV")),
    ("Narendra Modi said on Monday that India's relations with China had returned to a normal track.",
     ("INDGOV", "013", "CHN")),
])
def test_judgements_of_two_sides_and_of_normal_ties(code_text, text, expected):  # type: ignore[no-untyped-def]
    assert expected in triples(code_text(text, day="2023-06-01"))


def test_the_bloc_is_the_body_just_named(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("NATO leaders met in Vilnius, and the alliance invited Ukraine to join once conditions were met.")
    assert ("IGOWSTNAT", "036", "UKR") in triples(evs)


def test_a_commando_of_foreign_soldiers_is_looked_through(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A commando of former Colombian soldiers assassinated the mayor of Port-au-Prince.")
    assert {(s[:3], c) for s, c, _ in triples(evs)} == {("COL", "186")}


def test_a_leader_greeting_his_own_supporters_is_no_meeting(code_text):  # type: ignore[no-untyped-def]
    assert not triples(code_text("Prime Minister Robert Fico greeted supporters in Handlova on Wednesday.",
                                 day="2024-05-15"))


def test_experts_of_a_body_act_for_it_and_a_nominal_modifier_names_the_owner(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kigali denied a report by UN human rights experts that accused Rwanda's army of backing "
                    "M23 rebels.")
    assert ("IGOUNO", "112", "RWAMIL") in triples(evs)
    stormed = code_text("Protesters stormed the Bangladeshi assistant high commission in Agartala on Monday.")
    assert {t[:3] for _, c, t in triples(stormed) if c.startswith("14")} == {"BGD"}


def test_both_sides_after_talks_between_two_parties_are_those_parties(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Anwar Ibrahim hosted talks in Putrajaya on Monday between Thai Prime Minister Srettha "
                    "Thavisin and Cambodian Prime Minister Hun Manet, which ended with both sides agreeing to a "
                    "ceasefire.", day="2024-01-15")
    assert {(s, t) for s, c, t in triples(evs) if c == "0871"} == {("THA", "KHM"), ("KHM", "THA")}


def test_a_court_convicting_a_stranger_convicts_one_of_its_own(code_text):  # type: ignore[no-untyped-def]
    # (a name no dictionary lists: Jose Ruben Zamora, used here before, is a listed journalist since stop 12)
    evs = code_text("A Guatemalan court convicted Fernando Cabrera of money laundering on Wednesday.")
    assert triples(evs) == {("GTMJUD", "116", "GTMCVL")}


def test_the_city_is_the_city_just_named_and_quantities_are_looked_through(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Syrian rebels seized most of Aleppo on Saturday, as Russian warplanes struck rebel positions "
                    "around the city.")
    assert ("RUSMIL", "195", "SYR") in triples(evs)
    razed = code_text("Israeli authorities demolished dozens of Palestinian-owned buildings near Jerusalem.")
    assert {(s, c[:2], t) for s, c, t in triples(razed)} == {("ISRGOV", "17", "PSE")}


def test_an_inquiry_into_ones_own_strike_is_kept_and_a_deep_letter_names_the_addressee(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Saudi-led coalition opened an inquiry on Friday into its air strike on a school bus.")
    assert ("SAUMIL", "093", "SAUMIL") in triples(evs)
    regret = code_text("King Philippe of Belgium expressed his deepest regrets for the wounds inflicted during the "
                       "colonial period in a letter to Congolese President Felix Tshisekedi.", day="2020-06-30")
    assert ("BELGOV", "055", "CODGOV") in triples(regret)


def test_a_force_in_a_relative_clause_turns_on_whoever_its_noun_was_fighting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Protesters in Beirut stormed the foreign ministry on Saturday and clashed with security "
                    "forces, who fired tear gas and rubber bullets.")
    assert ("LBNCOP", "175", "LBNCVL") in triples(evs)
    # but not when the relative pronoun is the object: "vessels that its coast guard had seized"
    handed = code_text("Russia handed back to Ukraine on Monday three naval vessels that its coast guard had seized.")
    assert not any(c == "171" and t.startswith("RUS") for _, c, t in triples(handed))


def test_a_capital_the_tagger_calls_a_person_still_receives_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Germany has supplied Kyiv with a third Patriot air-defence system, the defence ministry in "
                    "Berlin said.")
    assert triples(evs) == {("DEU", "072", "UKRGOV")}


def test_a_span_of_time_is_looked_through_to_the_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian and Belarusian troops began ten days of joint exercises in Belarus on Thursday.")
    assert triples(evs) == {("RUSMIL", "062", "BLRMIL"), ("BLRMIL", "062", "RUSMIL")}


def test_protesters_yielding_yield_to_their_own_government_but_fleeing_residents_do_not(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Anti-government protesters in Bangkok dismantled their barricades on Monday.")
    assert triples(evs) == {("THACVL", "082", "THAGOV")}
    fled = code_text("Congolese troops fought M23 rebels on the outskirts of Goma, as thousands of residents fled.")
    assert not any(c.startswith("087") for _, c, _ in triples(fled))


def test_a_feared_act_is_no_fact_and_calling_raids_limited_halts_nothing(code_text):  # type: ignore[no-untyped-def]
    feared = code_text("If the truce in Sudan collapses, aid agencies fear a fresh exodus of refugees into Chad.")
    assert all(e.modality == "hypothetical" for e in feared)
    called = code_text("Israeli troops crossed into southern Lebanon in what the military called limited ground "
                       "raids against Hezbollah targets.")
    assert not any(c.startswith("087") for _, c, _ in triples(called))


def test_calling_it_names_the_owner_of_what_the_clause_before_acted_on(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("North Korea's state media rejected Seoul's offer of relief supplies for flood victims on "
                    "Friday, calling it a cheap publicity stunt.")
    assert ("PRKMED", "111", "KORGOV") in triples(evs)


def test_a_main_verb_left_without_a_subject_takes_the_actors_before_it(code_text):  # type: ignore[no-untyped-def]
    # the small model parses "Barack" as a preposition here, leaving "spoke" without a subject
    evs = code_text("Barack Obama and Vladimir Putin spoke by telephone for 90 minutes on Saturday as Russian "
                    "forces tightened their grip on Crimea.", day="2014-03-01")
    assert {("USAGOV", "041", "RUSGOV"), ("RUSGOV", "041", "USAGOV")} <= triples(evs)


def test_a_pledge_of_ones_own_help_goes_to_whom_it_is_pledged(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Indian Prime Minister Narendra Modi telephoned his Nepali counterpart Sushil Koirala on "
                    "Saturday to offer condolences over the earthquake and to pledge India's help.", day="2015-04-26")
    assert ("INDGOV", "033", "NPLGOV") in triples(evs)


def test_an_act_due_by_a_deadline_date_is_demanded_not_done(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The European Commission gave Warsaw until August 16 on Tuesday to comply with an EU court order.")
    assert any(e.root == "10" and e.modality is None for e in evs)  # the demand is a fact
    assert not any(e.root == "08" and e.modality is None for e in evs)  # the compliance is not


def test_those_who_follow_suit_do_the_same_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington recognised opposition leader Juan Guaido as Venezuela's interim president on "
                    "Wednesday, and Canada and Brazil followed within hours.", day="2019-01-23")
    assert {("CAN", "054", "VENOPP"), ("BRA", "054", "VENOPP")} <= triples(evs)
    assert all("(followed suit)" in e.pattern for e in evs if e.source.code in {"CAN", "BRA"})


def test_an_alleged_act_is_no_fact_and_withheld_aid_is_not_given(code_text):  # type: ignore[no-untyped-def]
    accused = code_text("Washington accused the Rapid Support Forces of committing genocide in Darfur on Tuesday.")
    genocide = [e for e in accused if e.code.startswith("20")]
    assert genocide and all(e.modality == "hypothetical" for e in genocide)
    withheld = code_text("Donald Trump threatened on Tuesday to withhold hundreds of millions of dollars in annual "
                         "U.S. aid from the Palestinians.")
    assert not any(c.startswith("07") for _, c, _ in triples(withheld, factual=False))
