"""Patterns and grammar fixes of stop 17, each found on a tuning sentence and tested on one written
for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_seeking_clarity_from_a_government_demands_information(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Vienna and Prague sought clarity from Bratislava over the leaked surveillance files.", "2022-03-14")
    got = triples(evs)
    assert ("AUTGOV", "101", "SVKGOV") in got
    assert ("CZEGOV", "101", "SVKGOV") in got


def test_a_described_object_is_not_its_own_clauses_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kuwait deposited $500 million in Egypt's central bank, part of a $4 billion package that "
                    "Kuwait and Qatar had promised the ruling military council.", "2013-07-20")
    got = triples(evs)
    assert ("QAT", "030", "EGYGOV") in got
    assert not [(s, t) for s, c, t in got if c == "030" and {s[:3], t[:3]} == {"KWT", "QAT"}]


def test_a_verdict_called_a_blow_in_a_zero_relative_is_criticism(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Turkish court jailed the German journalist Deniz Yucel, a verdict the German foreign "
                    "ministry called a blow to press freedom.", "2018-02-14")
    assert ("DEUGOV", "111", "TURJUD") in triples(evs)
    evs = code_text("Cyprus filed a case against Turkey at the European Court of Human Rights, a move Ankara's "
                    "foreign ministry called baseless.", "2018-02-14")
    assert ("TURGOV", "111", "CYP") in triples(evs)


def test_a_summary_apposition_takes_the_author_of_the_act_it_sums_up(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Dhaka summoned India's envoy to protest against the storming of its consulate in Agartala "
                    "by Hindu activists, an attack the Indian government called deeply regrettable.", "2024-12-03")
    got = triples(evs)
    assert ("INDGOV", "111", "INDCVL") in got
    assert ("INDGOV", "111", "BGDGOV") not in got


def test_a_trailing_participles_object_pronoun_is_not_its_own_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ukraine filed a case against Russia at the International Court of Justice on Sunday, "
                    "accusing it of genocide.", "2022-02-27")
    got = triples(evs)
    assert ("UKR", "1124", "RUS") in {(s, c, t[:3]) for s, c, t in got}
    assert not [t for s, c, t in got if c.startswith("112") and not t.startswith("RUS")]


def test_a_participle_after_a_reported_clause_is_the_speakers(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbian President Aleksandar Vucic said a deal with Kosovo was still far off, blaming "
                    "Pristina for raising new demands.", "2023-03-19")
    assert ("SRB", "112", "KSV") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_it_called_a_decision_is_the_act_not_a_party(code_text):  # type: ignore[no-untyped-def]
    # (a guard: the old code dropped this only because "it" took the speaker, which it no longer may)
    evs = code_text("Norway will give Ukraine eight of its German-made Leopard tanks, Prime Minister Jonas Gahr "
                    "Store said on Monday, calling it a difficult decision.", "2023-02-20")
    assert not [c for s, c, t in triples(evs) if c.startswith("11")]


def test_him_arrested_is_the_one_who_acted_not_a_person_named_in_passing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A Bolivian man fired a flare gun at the Peruvian consul outside the consulate in La Paz on "
                    "Friday evening, but the flare missed and police arrested him, officials said.", "2023-05-12")
    got = {(s, c, t) for s, c, t in triples(evs) if c == "173"}
    assert got == {("BOLCOP", "173", "BOLCVL")}


def test_the_country_a_visitor_goes_to_is_the_last_named_not_his_own(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Berlin suspended $200 million in development aid to Niger, days before Chancellor Olaf "
                    "Scholz was due to visit the country.", "2023-08-01")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("DEU", "036", "NER") in got
    assert not [t for s, c, t in got if c == "036" and t == "DEU"]


def test_suspending_mobile_internet_restricts_freedoms(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Authorities in Ethiopia's Amhara region imposed curfews in several towns and suspended mobile "
                    "internet services on Friday.", "2023-08-04")
    assert ("ETHGOV", "1721", "ETHCVL") in triples(evs)


def test_a_government_condemning_strikes_is_the_struck_sides(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Saudi warplanes struck Yemeni government forces near Marib on Thursday, killing dozens of "
                    "soldiers, and the government condemned the strikes as a flagrant violation of sovereignty.",
                    "2019-08-29")
    got = triples(evs)
    assert ("YEMGOV", "111", "SAUMIL") in got
    assert not [s for s, c, t in got if c == "111" and s.startswith("SAU")]


def test_a_comment_trailing_a_time_clause_is_the_main_subjects(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Croatian President Zoran Milanovic defended the general on Wednesday after a court in "
                    "The Hague sentenced him to ten years in prison, calling the verdict an insult to all Croats.",
                    "2021-05-12")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs) if c == "111"}
    assert got == {("HRV", "111", "NLD")}


def test_gold_and_weapons_seized_are_property_not_territory(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Burkina Faso's junta seized 200 kilograms of gold from the Australian company Endeavour "
                    "Mining's Houndé site on Monday.", "2024-09-02")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("BFA", "1711", "AUS") in got
    assert not [c for s, c, t in got if c.startswith("19")]


def test_recipients_hung_inside_the_object_are_the_givers_recipients(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kyiv has given recordings related to the downing of the airliner to Canada, Sweden, Britain "
                    "and Afghanistan, President Volodymyr Zelensky said on Friday.", "2020-01-17")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert {("UKR", "064", "CAN"), ("UKR", "064", "SWE"), ("UKR", "064", "GBR")} <= got


def test_warnings_passed_to_a_service_are_intelligence_shared(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Egypt passed warnings of a planned attack to Israeli officials days before the raid.",
                    "2023-10-09")
    assert ("EGY", "064", "ISR") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_a_guest_welcomed_to_a_capital_is_hosted(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Recep Tayyip Erdogan welcomed Ebrahim Raisi to Ankara on Wednesday, the first visit to Turkey "
                    "by an Iranian president in four years.", "2024-01-24")
    got = triples(evs)
    assert ("TURGOV", "043", "IRNGOV") in got
    assert not [c for s, c, t in got if c.startswith("01")]


def test_visiting_chief_told_in_a_capital_is_the_visitor(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing is ready to deepen military ties with Bangladesh, Zhang Youxia told visiting "
                    "Bangladeshi army chief General Waker-uz-Zaman in Beijing on Tuesday.", "2025-03-04")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs) if c == "042"}
    assert got == {("BGD", "042", "CHN")}


def test_greeting_a_visitor_is_hosting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Arriving in Suva, Australian Prime Minister Anthony Albanese was greeted by Fiji's Prime "
                    "Minister Sitiveni Rabuka.", "2024-02-10")
    assert ("FJIGOV", "043", "AUSGOV") in triples(evs)


def test_handing_over_depends_on_what_is_handed(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Nepal handed over a jailed separatist leader to India on Friday.", "2016-03-04")
    assert ("NPL", "063", "IND") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    evs = code_text("Russia handed over a refurbished frigate to Algeria's navy on Monday.", "2016-03-04")
    assert ("RUS", "072", "DZA") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_over_after_hand_is_the_particle_not_more_than(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Armenia handed over 15 Azerbaijani detainees to Azerbaijan on Saturday in exchange for maps of "
                    "minefields, in a swap mediated by the United States.", "2023-12-13")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("ARM", "0841", "AZE") in got
    assert ("USA", "045", "ARM") in got and ("USA", "045", "AZE") in got


def test_persona_non_grata_is_an_expulsion(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Estonia declared Russia's deputy ambassador persona non grata on Monday.", "2022-03-21")
    assert ("EST", "174", "RUS") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_tear_gas_at_protesters_marching_is_repression(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenyan police fired tear gas on Tuesday at thousands of protesters marching in Nairobi.",
                    "2024-06-25")
    assert ("KENCOP", "175", "KENCVL") in triples(evs)


def test_a_dossier_handed_to_a_body_is_information_shared(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Guyana's president handed Secretary-General Antonio Guterres a dossier on Venezuela's troop "
                    "movements.", "2023-12-05")
    assert ("GUY", "064", "IGO") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_closing_an_embassy_in_a_capital_cuts_relations(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Nicaragua closed its embassy in Taipei on Friday.", "2021-12-10")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("NIC", "161", "TWN") in got
    assert not [c for s, c, t in got if c.startswith("14")]


def test_an_unlisted_president_acting_in_a_country_is_its_government(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Hours after President Ikililou Dhoinine declared a state of emergency in the Comoros, "
                    "police arrested two opposition lawmakers.", "2013-05-05")
    assert ("COMGOV", "1724") in {(s, c) for s, c, t in triples(evs)}


def test_what_a_demander_did_after_is_the_demanders(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Japan demanded that China release the businessman, after summoning China's ambassador to the "
                    "foreign ministry in Tokyo.", "2023-03-27")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert ("JPN", "114", "CHN") in got
    assert ("CHN", "114", "CHN") not in got


def test_a_denial_answers_the_accuser(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Rwandan President Paul Kagame denied on Monday that Kigali had any hand in the fighting, hours "
                    "after Congolese President Felix Tshisekedi accused Rwanda of backing the rebels.", "2023-02-06")
    assert ("RWAGOV", "016", "CODGOV") in triples(evs)


def test_a_denial_of_an_act_in_a_country_answers_that_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Minsk denied orchestrating the flow of migrants into Poland on Tuesday.", "2021-11-09")
    assert ("BLR", "016", "POL") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_the_government_rejecting_an_appeal_is_the_one_appealed_to(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Flying into Naypyitaw, Indonesia's foreign minister and her Malaysian counterpart urged Senior "
                    "General Min Aung Hlaing to free political prisoners, an appeal the government rejected.",
                    "2021-04-30")
    got = {(s[:3], c[:2], t[:3]) for s, c, t in triples(evs)}
    assert ("MMR", "12", "IDN") in got
    assert not [s for s, c, t in got if c == "12" and s != "MMR"]


def test_his_offer_repeated_is_the_speakers(code_text):  # type: ignore[no-untyped-def]
    # (a guard: the model parses this sentence so that the old reading was right too; the tuning
    # sentence it was found on needed the rule)
    evs = code_text("Pakistani Prime Minister Imran Khan said Islamabad would free the Indian pilot captured a day "
                    "earlier, and repeated his offer of talks with New Delhi.", "2019-02-28")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs) if c.startswith("03")}
    assert ("PAK", "036", "IND") in got
    assert not [s for s, c, t in got if s == "IND"]


def test_flying_into_a_capital_is_a_visit_into_a_zone_a_show_of_force(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Flying into Dhaka on Sunday, Japan's foreign minister urged Bangladesh to hold early elections.",
                    "2024-09-01")
    assert ("JPN", "042", "BGD") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    evs = code_text("Dozens of Russian bombers flew into Japan's air defence zone on Tuesday.", "2024-09-01")
    codes = {c for s, c, t in triples(evs)}
    assert "150" in codes and "042" not in codes


def test_refusing_a_led_venture_rejects_its_leader(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Madrid refused to join the U.S.-led naval mission to protect shipping in the Red Sea.",
                    "2023-12-20")
    assert ("ESP", "1212", "USA") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_a_decision_to_back_a_plan_is_backing_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Berlin's decision to back Morocco's autonomy plan for Western Sahara drew thanks from Rabat on "
                    "Tuesday.", "2022-08-25")
    assert ("DEU", "051", "MAR") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    # a decision to hold talks is still only intended
    evs = code_text("Pyongyang's decision to hold talks with Seoul surprised analysts.", "2013-07-05")
    assert "046" not in {c for s, c, t in triples(evs)}


def test_fleeing_into_a_country_is_no_retreat_from_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thousands of residents of Apure fled into Colombia on Monday.", "2021-03-29")
    assert "0874" not in {c for s, c, t in triples(evs)}


def test_an_agreement_named_in_passing_is_no_signing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Mali's junta gave French troops one month to leave and ended a 2014 defence agreement with "
                    "Paris, state television reported.", "2022-05-03")
    assert "057" not in {c for s, c, t in triples(evs)}


def test_those_a_state_detains_are_its_own_whatever_else_is_named(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Tajik security services detained a dozen lawyers and activists on Monday who had criticised a "
                    "water deal with Kyrgyzstan.", "2022-10-03")
    assert ("TJKSPY", "173", "TJKCVL") in triples(evs)


def test_a_deadline_given_to_an_envoy_is_an_expulsion(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Nicaragua's government gave the EU's ambassador in Managua 48 hours to leave in retaliation for "
                    "the bloc's sanctions.", "2022-09-30")
    assert ("NICGOV", "174", "IGOEUREEC") in triples(evs)


def test_weapons_given_in_the_double_object_form_are_military_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canberra will give Port Moresby four patrol boats, the defence minister said.", "2023-10-07")
    assert ("AUSGOV", "0332", "PNGGOV") in triples(evs)


def test_a_line_of_credit_announced_for_a_country_is_an_offer_of_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Narendra Modi announced a $500 million line of credit for Sri Lanka's fuel imports.", "2022-02-02")
    assert ("IND", "0331", "LKA") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_talks_with_no_partner_are_with_the_treatys_partner(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Serbia's president said a settlement with Kosovo was still far off, but added that Belgrade "
                    "would keep negotiating.", "2023-03-19")
    assert ("SRB", "036", "KSV") in {(s[:3], c, t[:3]) for s, c, t in triples(evs)}


def test_ready_to_keep_mediating_is_an_offer_to_mediate(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Oman's foreign minister said Muscat was ready to keep mediating between Washington and Tehran.",
                    "2025-05-12")
    got = {(s[:3], c, t[:3]) for s, c, t in triples(evs)}
    assert {("OMN", "039", "USA"), ("OMN", "039", "IRN")} <= got


def test_another_organ_of_the_acting_state_is_that_states(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia's FSB security service accused two Estonian diplomats of spying, and the foreign ministry "
                    "revoked their accreditation.", "2021-05-20")
    got = triples(evs)
    # (revoking diplomats' accreditation is an expulsion, 174, as the gold has it)
    assert [s for s, c, t in got if c == "174" and s == "RUSGOV"]
    assert not [s for s, c, t in got if c == "174" and s.startswith("EST")]
