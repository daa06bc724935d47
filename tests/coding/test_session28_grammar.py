"""Grammar and convention fixes of stop 28, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_closing_time_clause_under_a_condition_still_dates_a_fact(code_text):  # type: ignore[no-untyped-def]
    # ", two days after …" hung on the verb of an "unless" clause is still a reported fact
    got = triples(code_text("The bloc's envoy warned Minsk on Friday that talks could collapse unless the government "
                            "ended its crackdown on student unions, two days after police in Minsk arrested another "
                            "opposition party leader.", "2021-03-05"))
    assert ("BLRCOP", "173", "BLROPP") in got


@pytest.mark.parametrize("text, agent", [
    ("Police in Caracas detained an opposition party leader at the airport on Sunday.", "OPP"),
    ("Police in Conakry detained a rebel group leader on Sunday.", "REB"),
])
def test_a_leaders_compound_names_the_body_led(code_text, text, agent):  # type: ignore[no-untyped-def]
    # "leader" alone reads as a ruler (GOV); "opposition party leader" leads the opposition
    got = triples(code_text(text, "2019-04-07"))
    assert any(c.startswith("17") and t[3:] == agent for _, c, t in got)


def test_a_demanded_verb_read_as_a_compound_of_its_object_is_the_verb(code_text):  # type: ignore[no-untyped-def]
    # the model reads "release" as a compound of "publisher Peter Dahlin" and hangs "that" on the name
    got = triples(code_text("Stockholm demanded on Friday that Beijing release publisher Peter Dahlin, a rights "
                            "worker who was seized at his flat in the capital by plain-clothes officers last month.",
                            "2016-01-22"))
    assert any(s[:3] == "SWE" and c.startswith("10") and t[:3] == "CHN" for s, c, t in got)


def test_a_country_named_again_by_a_description_is_the_one_described(code_text):  # type: ignore[no-untyped-def]
    # a region word keeps only that region's countries: Kiribati, not China or Taiwan
    got = triples(code_text("China and Kiribati restored diplomatic ties at a ceremony in Beijing on Friday, a week "
                            "after the Pacific island nation cut its ties with Taipei.", "2019-09-27"))
    assert any(s == "KIR" and c.startswith("16") and t[:3] == "TWN" for s, c, t in got)
    # the one acting on the described country is not it
    got = triples(code_text("An earthquake killed hundreds in Nepal's Gorkha district, and India pledged emergency "
                            "assistance to the quake-stricken country on Sunday.", "2015-04-26"))
    assert any(s[:3] == "IND" and c.startswith("03") and t[:3] == "NPL" for s, c, t in got)


def test_a_body_s_member_nations_are_no_described_country(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Laos's isolation was plain at the regional forum in Brunei this week, when the 21 "
                            "participating nations and the EU issued a statement that called on Vientiane to free "
                            "the activist.", "2013-07-02"))
    assert not any(s[:3] in {"LAO", "BRN"} for s, _, _ in got)  # (neither the country talked of nor the host)


def test_people_freed_from_a_jail_are_not_the_ones_freeing(code_text):  # type: ignore[no-untyped-def]
    # "Protesters freed from Tehran's Evin prison said …": the model reads "freed" as the main verb
    got = triples(code_text("Protesters freed from Tehran's Evin prison said on Sunday that guards had beaten them "
                            "during interrogations.", "2022-11-20"))
    assert not any(c.startswith("08") for _, c, _ in got)


def test_a_truce_agreed_to_end_fighting_is_the_truce(code_text):  # type: ignore[no-untyped-def]
    # "to end …" says what the truce is for; the model makes it a second thing agreed to
    got = triples(code_text("Kyrgyzstan and Tajikistan agreed to a truce to end two days of deadly clashes along "
                            "their disputed border.", "2022-09-16"))
    assert ("KGZ", "0871", "TJK") in got and not any(c.startswith("03") for _, c, _ in got)


def test_visas_imposed_on_a_nation_are_an_administrative_sanction(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Georgia imposed visas on Russian citizens on Tuesday in retaliation for the ban on "
                            "Georgian wine.", "2006-10-03"))
    assert any(s[:3] == "GEO" and c == "172" and t[:3] == "RUS" for s, c, t in got)


def test_relief_goes_to_the_country_named_in_the_disasters_relative_clause(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("After the cyclone that killed dozens of people in Madagascar, Mauritius sent rescue teams "
                            "and France flew in tonnes of food.", "2022-02-08"))
    assert ("MUS", "073", "MDG") in got and ("FRA", "073", "MDG") in got


def test_a_bare_second_noun_shares_the_first_nouns_nationality(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Australian police and soldiers arrived in Dili on Friday to help restore order after "
                            "days of gang violence.", "2006-05-26"))
    assert {s for s, c, t in got if c == "074" and t[:3] == "TMP"} == {"AUSCOP", "AUSMIL"}


@pytest.mark.parametrize("text, first, second", [
    ("Russia freed 40 Ukrainian sailors and Ukraine released 25 Russian soldiers on Friday.", "RUS", "UKR"),
    ("Morocco freed 14 Algerian fishermen and Algeria released nine Moroccan soldiers on Friday.", "MAR", "DZA"),
])
def test_two_acts_joined_by_and_keep_their_own_objects_and_subjects(code_text, text, first, second):  # type: ignore[no-untyped-def]
    # the model reads "sailors and Ukraine" as the subject of a clause under "freed"
    got = triples(code_text(text, "2022-09-25"))
    assert any(s == first and c == "0841" and t[:3] == second for s, c, t in got)
    assert not any(s[:3] == second and t[:3] == first and s[3:] for s, c, t in got)  # (the freed are no actor)


def test_a_second_bare_verb_read_as_a_noun_is_a_second_demanded_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The African Union urged Sudan and South Sudan on Monday to pull their forces back from "
                            "the border and return to talks on oil revenues.", "2012-04-23"))
    assert {t[:3] for s, c, t in got if c == "026" and s == "IGOAFRAFU"} == {"SDN", "SSD"}


def test_insisting_on_what_is_is_no_demand(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Senegal urged Gambia on Monday to release the 12 Senegalese soldiers it detained at the "
                            "border, insisting the soldiers were on a joint patrol.", "2021-03-08"))
    assert not any(c.startswith("10") for _, c, _ in got)
    # what must be stays a demand, plural subjects included ("that the troops leave")
    got = triples(code_text("Kyiv insisted that Russian troops leave the plant.", "2022-08-20"))
    assert any(s[:3] == "UKR" and c.startswith("10") and t[:3] == "RUS" for s, c, t in got)


def test_a_report_denied_is_no_reported_fact(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tajikistan's border service dismissed reports that Kyrgyz troops had shelled Tajik "
                            "villages overnight, saying the frontier was calm.", "2021-05-03"))
    assert not any(c[:2] in {"18", "19"} for _, c, _ in got)


def test_a_strike_staged_by_the_opposition_is_no_air_strike(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Mali's opposition coalition staged a 'dead city' strike in Bamako on Friday to press the "
                            "junta for a quick return to civilian rule.", "2022-02-11"))
    assert not any(c[:2] in {"18", "19"} for _, c, _ in got)


def test_latin_american_governments_are_not_the_united_states(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Peru's foreign minister spent the week lobbying Latin American governments to back its "
                            "candidate for the OAS.", "2019-09-25"))
    assert not any(t[:3] == "USA" or s[:3] == "USA" for s, _, t in got)
