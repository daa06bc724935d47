"""Grammar and convention fixes of stop 27, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_a_demand_rebuffed_in_a_zero_relative_answers_the_demander(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Peru's foreign minister demanded that Chile return the disputed border posts, a demand "
                            "Chilean President Sebastian Pinera swiftly rebuffed.", "2019-03-12"))
    assert any(s == "CHLGOV" and c.startswith("12") and t[:3] == "PER" for s, c, t in got)


def test_a_finding_reported_as_said_is_the_sayers(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Burundian police tortured dozens of opposition supporters last year, the UN human rights "
                            "office said on Tuesday, a finding Gitega's government dismissed as biased.", "2021-06-15"))
    assert any(s == "BDIGOV" and c[:2] in {"11", "12"} and t.startswith("IGOUNO") for s, c, t in got)


@pytest.mark.parametrize("text, date, author, rejecter, root", [
    ("Georgia's prime minister rejected European Union calls to scrap the media law on Monday.", "2024-05-13",
     "IGOEUREEC", "GEOGOV", "02"),
    ("President Aliyev has since rejected European Union calls for an international inquiry.", "2020-11-20",
     "IGOEUREEC", "AZEGOV", "02"),
    ("Lukashenko rejected the opposition's demand for a new presidential election.", "2020-08-20",
     "BLROPP", "BLRGOV", "10"),
    ("India turned down Nepal's request for talks on the Kalapani dispute.", "2020-06-02", "NPL", "IND", "02"),
])
def test_a_rejected_call_is_an_appeal_by_its_author(code_text, text, date, author, rejecter, root):  # type: ignore[no-untyped-def]
    got = triples(code_text(text, date))
    assert any(s[:len(author)] == author and c.startswith(root) and t[:3] == rejecter[:3] for s, c, t in got)


def test_calls_with_no_author_give_no_appeal(code_text):  # type: ignore[no-untyped-def]
    # "talks with the protesters": the protesters are whom talks would be with, not who called for them
    got = triples(code_text("Tokayev rejected calls for talks with the protesters who had stormed the city hall in "
                            "Almaty.", "2022-01-07"))
    assert not any(c.startswith("02") for _, c, _ in got)
    # an ultimatum is a threat (139), not a second demand
    got = triples(code_text("Niger's junta defied a one-week ultimatum from ECOWAS to reinstate the president.",
                            "2023-08-07"))
    assert not any(c.startswith("10") for _, c, _ in got)


def test_a_second_name_joined_to_a_ministers_name_is_a_second_party(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Thailand's defence minister Sutin Klungsang and Cambodia's Tea Banh met in Kuala Lumpur "
                            "on Monday for border talks.", "2023-11-20"))
    assert any(s[:3] == "THA" and c.startswith("04") and t[:3] == "KHM" for s, c, t in got)
    assert any(s[:3] == "KHM" and c.startswith("04") and t[:3] == "THA" for s, c, t in got)


def test_a_past_tense_read_as_an_adjective_keeps_its_object_and_purpose(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Hungarian Foreign Minister Peter Szijjarto lobbied fellow EU ministers in Brussels on Monday to "
                    "block sanctions on Georgian officials.", "2024-05-27")
    got = triples(evs)
    assert any(s == "HUNGOV" and c.startswith("02") and t == "IGOEUREEC" for s, c, t in got)
    # blocking sanctions imposes none
    assert not any(c.startswith("16") or c.startswith("17") for _, c, _ in got)


def test_blocking_a_sanctions_package_is_a_veto_not_a_ban(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Hungary blocked new EU sanctions on Georgian officials on Monday.", "2024-05-27"))
    assert any(s[:3] == "HUN" and c == "129" and t == "IGOEUREEC" for s, c, t in got)
    assert not any(c.startswith("16") or c.startswith("17") for _, c, _ in got)


@pytest.mark.parametrize("text, date, mediator, parties", [
    ("Delegations from Pakistan and Afghanistan resumed talks in Istanbul on Saturday under Turkish and Qatari "
     "mediation.", "2025-11-01", "QAT", {"PAK", "AFG"}),
    ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Monday, with the "
     "bloc's foreign policy chief Josep Borrell acting as mediator.", "2023-08-21", "IGOEUREEC", {"SRB", "KSV"}),
    ("Acting as the African Union's mediator, Angolan President Joao Lourenco hosted the foreign ministers of Rwanda "
     "and Burundi in Luanda on Tuesday for talks.", "2023-03-21", "AGO", {"RWA", "BDI"}),
    ("Sudan freed the two Egyptian pilots on Saturday after weeks of mediation between Khartoum and Cairo by "
     "Qatar's emir.", "2023-06-03", "QAT", {"SDN", "EGY"}),
])
def test_a_mediator_named_by_its_role_mediates_between_the_parties(code_text, text, date, mediator, parties):  # type: ignore[no-untyped-def]
    got = triples(code_text(text, date))
    assert {t[:3] for s, c, t in got if c == "045" and s.startswith(mediator)} >= parties
    # a third party in a role is no partner of the meeting
    assert not any(c[:2] == "04" and c != "045" and t.startswith(mediator) for s, c, t in got)


def test_cancelling_a_contract_rejects_economic_cooperation(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Tanzania's president cancelled a port construction contract with China Merchants "
                            "Holdings on Monday.", "2019-06-03"))
    assert any(s == "TZAGOV" and c == "1211" for s, c, t in got)
    # a military pact is no deal of economic cooperation
    got = triples(code_text("North Korea scrapped a 2018 military pact with South Korea on Thursday.", "2023-11-23"))
    assert any(s[:3] == "PRK" and c == "160" and t[:3] == "KOR" for s, c, t in got)


def test_both_after_two_named_parties_is_each_of_them(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Angola's president spoke by telephone with Rwanda's Paul Kagame and Burundi's Evariste "
                            "Ndayishimiye on Sunday, urging both to attend an emergency summit.", "2023-05-14"))
    assert {t[:3] for s, c, t in got if s[:3] == "AGO" and c.startswith("02")} == {"RWA", "BDI"}


def test_a_closing_time_clause_dates_the_main_verb_not_a_condition(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia's defence minister warned that its forces would strike back if Finland hosted US nuclear "
                    "weapons, two days after US and Finnish warplanes flew joint drills near the border.", "2023-12-08")
    assert any(e.source.code[:3] == "USA" and e.code == "062" and e.target.code[:3] == "FIN" and e.modality is None
               for e in evs)


def test_a_demanded_verb_read_inside_a_name(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The European Commission demanded that Budapest scrap a law banning the promotion of "
                            "gender change to minors, launching legal action against Hungary on Thursday.",
                            "2021-07-15"))
    assert any(s == "IGOEUREEC" and c.startswith("10") and t[:3] == "HUN" for s, c, t in got)


def test_a_participle_after_a_demanded_clause_is_the_demanders_act(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The European Commission demanded that Vilnius scrap a law banning the portrayal of "
                            "same-sex families to children, launching legal action against Lithuania.", "2021-07-15"))
    assert any(s == "IGOEUREEC" and c == "115" and t[:3] == "LTU" for s, c, t in got)
    assert not any(s[:3] == "LTU" and c == "115" for s, c, t in got)


def test_a_complaint_lodged_with_the_un_is_about_the_party_it_names(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Bahrain lodged a formal complaint with the UN Security Council over the seizure of its "
                            "fishing boats by Iranian coast guard vessels.", "2019-05-06"))
    assert any(s[:3] == "BHR" and c == "114" and t[:3] == "IRN" for s, c, t in got)
    assert not any(c == "114" and t.startswith("IGO") for s, c, t in got)


def test_what_would_have_been_done_was_not_done(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Argentina would have sent firefighting planes to Chile had Santiago asked for them, an "
                    "Argentine official said on Sunday.", "2023-02-05")
    assert not any(e.source.code[:3] == "ARG" and e.factual for e in evs)  # (no aid sent, nor promised)


def test_an_inquiry_naming_another_party_is_not_into_the_investigator(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Estonia is investigating a suspected violation of its airspace by a Russian military "
                            "helicopter near Narva, the defence ministry said on Saturday.", "2023-06-03"))
    assert any(s[:3] == "EST" and c.startswith("09") and t == "RUSMIL" for s, c, t in got)
    assert not any(s == t for s, c, t in got)


def test_joined_modifiers_each_name_the_object(code_text):  # type: ignore[no-untyped-def]
    # the model reads "a field hospital and rescue teams" as "[field hospital and rescue] teams"
    got = triples(code_text("Jordan dispatched a field hospital and rescue teams to western Turkey.", "2023-02-07"))
    assert any(s[:3] == "JOR" and c.startswith("07") and t[:3] == "TUR" for s, c, t in got)


def test_a_discussion_by_telephone_is_one_phone_call(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("The presidents of Estonia and Latvia discussed the defence of the Baltic coast by "
                            "telephone on Monday.", "2024-03-04"))
    assert any(s[:3] == "EST" and c == "041" and t[:3] == "LVA" for s, c, t in got)
    assert not any(c == "040" for s, c, t in got)


def test_handing_over_warships_and_jets_is_military_aid(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Japan handed over a decommissioned patrol cutter to the Philippine coast guard on Friday.",
                            "2023-06-02"))
    assert any(s[:3] == "JPN" and c == "072" and t[:3] == "PHL" for s, c, t in got)
    got = triples(code_text("Belarus handed over the first of four MiG-29 fighter jets donated to Serbia's air force.",
                            "2019-02-25"))
    assert any(s[:3] == "BLR" and c == "072" and t[:3] == "SRB" for s, c, t in got)


def test_agreeing_that_something_is_so_is_a_shared_view(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Erdogan telephoned Putin on Tuesday, and the two leaders agreed the attack was a "
                            "provocation meant to wreck their rapprochement.", "2016-12-20"))
    assert {("TURGOV", "019", "RUSGOV"), ("RUSGOV", "019", "TURGOV")} <= got
    assert not any(c == "030" for s, c, t in got)
    # agreeing that something will be done still announces the act
    got = triples(code_text("Putin and Erdogan agreed that the two delegations would meet in Istanbul.", "2022-03-20"))
    assert not any(c == "019" for s, c, t in got)


def test_seeing_eye_to_eye_is_accord_both_ways(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Poland's Andrzej Duda and Lithuania's Gitanas Nauseda said on Sunday that they saw eye "
                            "to eye on the need for more NATO troops.", "2023-07-02"))
    assert any(s[:3] == "POL" and c == "019" and t[:3] == "LTU" for s, c, t in got)
    assert any(s[:3] == "LTU" and c == "019" and t[:3] == "POL" for s, c, t in got)


def test_a_court_rejecting_an_appeal_rules_on_it(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Belarus's Supreme Court rejected the appeal of opposition leader Maria Kolesnikova on "
                            "Tuesday.", "2022-01-25"))
    assert not any(c.startswith("02") for s, c, t in got)


def test_the_one_followed_did_the_act_first(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Burkina Faso followed Mali on Tuesday in severing diplomatic relations with Ukraine.",
                            "2024-08-06"))
    assert {("BFA", "161", "UKR"), ("MLI", "161", "UKR")} <= {(s[:3], c, t[:3]) for s, c, t in got}
