"""Grammar that widens recall: control adjectives, open questions, to-clauses with their own
subject, purpose clauses, meetings named in adjuncts, joint parties, object control, shared
targets of conjoined verbs, questions answered with no comment, helped acts."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_it_before_a_control_adjective_is_the_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Britain said it was ready to send troops to Estonia.")
    assert triples(evs) == {("GBR", "0334", "EST")}


def test_an_open_question_under_consideration_leaves_the_consideration_factual(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canberra is weighing whether to impose sanctions on Moscow.")
    assert triples(evs) == {("AUSGOV", "014", "RUSGOV")}


def test_a_noun_under_any_names_no_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Paris said it was ready to send troops to help enforce any truce with Moscow.")
    assert not any(c.startswith("087") for _, c, _ in triples(evs))


def test_a_to_clause_subject_is_the_object_of_the_verb(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pyongyang allowed UN inspectors to visit the Yongbyon reactor.")
    assert triples(evs) == {("PRKGOV", "0862", "IGOUNO")}
    said = code_text("Tehran said it would allow IAEA inspectors to visit the Fordow site.")
    assert triples(said) == {("IRNGOV", "0355", "IGOUNOIAE")}  # an announced 086 is a 0355


def test_a_purpose_clause_acts_on_the_object_of_its_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The Japanese prime minister telephoned his Turkish counterpart to offer condolences "
                    "over the earthquake.")
    assert ("JPNGOV", "018", "TURGOV") in triples(evs)


def test_a_meeting_in_an_adjunct_is_between_subject_and_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("During their meeting in Moscow, Erdogan urged Putin to extend the ceasefire.")
    assert ("TURGOV", "040", "RUSGOV") in triples(evs)


def test_joint_parties_act_on_each_other(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing and Moscow pledged to deepen their partnership.")
    assert triples(evs) == {("CHNGOV", "030", "RUSGOV"), ("RUSGOV", "030", "CHNGOV")}


def test_the_object_of_a_causing_verb_acts(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The drills prompted North Korea to threaten Seoul with nuclear strikes.")
    assert triples(evs) == {("PRK", "1385", "KORGOV")}


def test_conjoined_verbs_share_their_target(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United States eased travel restrictions on Cuba and lifted parts of the trade embargo.")
    assert triples(evs) == {("USA", "081", "CUB"), ("USA", "085", "CUB")}


def test_no_comment_answers_the_question_asked(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Asked about Seoul's new sanctions, the Chinese foreign ministry declined to comment.")
    assert triples(evs) == {("CHNGOV", "011", "KOR")}


def test_a_helped_act_is_coded_with_the_help(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Norway helped Sudan and South Sudan reach a deal on oil.")
    assert triples(evs) == {("NOR", "045", "SDN"), ("NOR", "045", "SSD"),
                            ("SDN", "057", "SSD"), ("SSD", "057", "SDN")}


def test_phrases_hang_on_particles(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iran threatened to walk away from the talks with Washington.")
    assert triples(evs) == {("IRN", "134", "USAGOV")}
    out = code_text("Washington pulled out of the nuclear deal with Iran.")
    assert triples(out) == {("USAGOV", "160", "IRN")}


def test_a_negating_verb_inside_the_pattern_is_its_meaning(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moscow ordered its airlines to stop flying to Georgia.")
    assert ("RUSGOV", "172", "GEO") in triples(evs)


def test_a_modal_in_a_warning_belongs_to_its_content(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ankara warned that it could close its airspace to Israeli planes.")
    assert triples(evs) == {("TURGOV", "131", "ISR")}


def test_a_warning_targets_the_one_warned(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pyongyang warned Seoul that the North's army would soon take action.")
    assert {t for _, c, t in triples(evs) if c.startswith("13")} == {"KORGOV"}


def test_threats_and_alerts_answer_the_condition(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pyongyang threatened to scrap the military pact if Seoul resumed its drills.")
    assert triples(evs) == {("PRKGOV", "131", "KORGOV")}
    alert = code_text("Taiwan raised its alert level after Chinese warships entered its waters.")
    # the entry into the waters is an event of its own, aimed at the waters' owner
    assert triples(alert) == {("TWN", "152", "CHNMIL"), ("CHNMIL", "150", "TWN")}


def test_drills_near_the_border_with_a_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russian forces staged drills near the border with Finland.")
    assert triples(evs) == {("RUSMIL", "150", "FIN")}


def test_earlier_conjoined_verbs_share_the_last_object(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Riot police beat and detained dozens of Iranian protesters.")
    assert triples(evs) == {("IRNCOP", "175", "IRNCVL"), ("IRNCOP", "173", "IRNCVL")}


def test_torture_is_an_assault(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Georgian police tortured detainees in Tbilisi.")
    assert triples(evs) == {("GEOCOP", "1822", "GEOCVL")}


def test_appeals_and_mediation_in_adjuncts_reach_the_clause(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ethiopia signed a peace deal with Eritrea following mediation by the United Arab Emirates.")
    assert {("ARE", "045", "ETH"), ("ARE", "045", "ERI"), ("ETH", "057", "ERI")} <= triples(evs)
    appeal = code_text("Tehran refused to release the tanker despite repeated appeals from London.")
    assert ("GBRGOV", "020", "IRNGOV") in triples(appeal)


def test_predicate_adjectives_and_blame_in_reported_speech(code_text):  # type: ignore[no-untyped-def]
    hope = code_text("Seoul said it was optimistic about the prospects for talks with Pyongyang.")
    assert triples(hope) == {("KORGOV", "013", "PRKGOV")}
    blame = code_text("Moscow insisted that Kyiv was responsible for the attack.")
    assert triples(blame) == {("RUSGOV", "112", "UKRGOV")}


@pytest.mark.parametrize("text", [
    "Tokyo is unlikely to lift its sanctions on Pyongyang.",
    "It is likely that China will send an envoy to Pyongyang.",
])
def test_likelihood_is_speculation(code_text, text: str):  # type: ignore[no-untyped-def]
    assert triples(code_text(text)) == set()


def test_a_thing_linked_to_an_actor_makes_that_actor_the_target(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Iranian commandos seized an oil tanker owned by a Greek company in the Gulf of Oman.")
    assert ("IRNMIL", "GRCBUS") in {(s, t) for s, _, t in triples(evs)}
    evs = code_text("Moscow confiscated the last of the factories run by Danish brewer Carlsberg and Finnish "
                    "companies.")
    assert any(t == "FINBUS" for _, _, t in triples(evs))


def test_an_untargeted_domestic_protest_addresses_the_own_government(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thousands of Georgians joined protests in Tbilisi on Sunday.")
    assert triples(evs) == {("GEOCVL", "141", "GEOGOV")}


def test_talks_between_two_parties_are_theirs_not_the_hosts(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Oman played host on Saturday to indirect talks between Iranian and American negotiators.")
    assert {("IRNGOV", "046", "USAGOV"), ("USAGOV", "046", "IRNGOV")} <= triples(evs)
    assert not any(s.startswith("OMN") and c == "046" for s, c, _ in triples(evs))
    # a call for talks, or talks someone is only ready to host, are no talks held
    assert not any(c == "046" for _, c, _ in triples(code_text(
        "Beijing called for talks between India and Pakistan.")))


def test_they_after_two_named_leaders_is_both(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Narendra Modi and Shinzo Abe said they held talks in Tokyo.", "2016-11-11")
    assert {("INDGOV", "046", "JPNGOV"), ("JPNGOV", "046", "INDGOV")} <= triples(evs)


def test_a_slot_after_the_verb_must_hold_an_actor(code_text):  # type: ignore[no-untyped-def]
    # "call an election" is no phone call between the capitals that demanded it
    evs = code_text("Maduro rejected an ultimatum from Madrid, Paris and Berlin to call an election.")
    assert not any(c.startswith("04") for _, c, _ in triples(evs))
    assert any(s == "VENGOV" and c.startswith("12") for s, c, _ in triples(evs))


def test_a_truce_between_two_forces_of_one_country_is_mutual(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Mediators brokered a ceasefire between Sudan's army and the Rapid Support Forces.",
                    "2023-05-20")
    assert {("SDNMIL", "0871", "SDNREB"), ("SDNREB", "0871", "SDNMIL")} <= triples(evs)


def test_an_answered_request_or_ultimatum_is_the_askers_act_towards_the_one_answering(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Maduro defied an ultimatum from Paris and Berlin to call an election.")
    assert {("FRAGOV", "139", "VENGOV"), ("DEUGOV", "139", "VENGOV")} <= triples(evs)
    assert not any(s[:3] in {"FRA", "DEU"} and t[:3] in {"FRA", "DEU"} for s, _, t in triples(evs))


def test_ruling_out_an_act_negates_it_and_agreeing_to_a_truce_is_the_truce(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Berlin ruled out sending fighter jets to Kyiv.")
    assert evs and all(e.negated for e in evs if e.code.startswith("07"))
    truce = code_text("Armenia and Azerbaijan agreed on Sunday to halt all firing.")
    assert ("ARM", "0871", "AZE") in triples(truce)


def test_an_act_conjoined_with_a_threatened_act_is_threatened_too(code_text):  # type: ignore[no-untyped-def]
    threatened = code_text("Ankara threatened to cut ties with Vienna and expel Austria's ambassador.")
    assert not any(c.startswith("17") or c.startswith("16") for _, c, _ in triples(threatened))
    done = code_text("Ankara threatened Vienna and expelled Austria's ambassador.")
    assert any(c.startswith("17") or c.startswith("16") for _, c, _ in triples(done))


def test_an_inverted_conditional_is_counterfactual(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Had Washington lifted the embargo on Havana, trade would have grown.")
    assert evs and triples(evs) == set()


def test_a_named_expulsion_inside_a_comment_is_coded_with_its_own_actors(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Beijing refused to comment on Ottawa's expulsion of two Chinese diplomats.", "2023-05-09")
    assert ("CANGOV", "174", "CHNGOV") in triples(evs)


def test_domestic_measures_fall_on_the_own_population_and_demanded_acts_are_not_done(code_text):  # type: ignore[no-untyped-def]
    assert ("LKAGOV", "0814", "LKACVL") in triples(code_text(
        "Colombo lifted the state of emergency on Friday."))
    demanded = code_text("The opposition demanded that Prime Minister Imran Khan resign.", "2022-03-10")
    assert not any(c.startswith("083") for _, c, _ in triples(demanded))


def test_a_show_of_force_is_aimed_at_the_one_it_deters(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Seoul put its troops on high alert on Sunday to deter Pyongyang.")
    assert any(s.startswith("KOR") and c.startswith("15") and t.startswith("PRK") for s, c, t in triples(evs))


def test_a_city_that_is_only_the_place_of_an_operation_stands_for_its_country(code_text):  # type: ignore[no-untyped-def]
    assert ("RUSMIL", "195", "UKR") in triples(code_text("Russian warplanes struck Kharkiv overnight."))
    # rebels taking a town of their own country is an event, not a self-reference
    assert ("SYRREB", "192", "SYR") in triples(code_text("Syrian rebels seized most of Aleppo on Saturday."))


def test_an_unknown_private_person_executed_by_a_state_is_one_of_its_people(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Saudi Arabia executed Abdullah al-Derazi on Tuesday.")
    assert ("SAU", "1823", "SAUCVL") in triples(evs)


def test_joint_suppliers_do_not_supply_each_other_and_a_restated_meeting_counts_once(code_text):  # type: ignore[no-untyped-def]
    jets = code_text("The first fighter jets supplied by Norway and Belgium arrived in Ukraine.")
    assert not any(s[:3] in {"NOR", "BEL"} and t[:3] in {"NOR", "BEL"} for s, _, t in triples(jets))
    met = code_text("Modi and Xi met in Kazan on Wednesday, their first formal meeting in five years.", "2024-10-23")
    assert len([e for e in met if e.source.code == "INDGOV" and e.root == "04"]) == 1


@pytest.mark.parametrize("text,code,target", [
    ("Moscow said the talks with Kyiv had been constructive.", "013", "UKRGOV"),
    ("Beijing described its relations with Moscow as the best in history.", "013", "RUSGOV"),
    ("Tokyo said ties with Seoul were at their lowest point.", "012", "KORGOV"),
    ("Moscow said the talks with Kyiv had not been constructive.", "012", "UKRGOV"),
])
def test_judgements_of_talks_and_ties_are_comments_on_the_partner(code_text, text, code, target):  # type: ignore[no-untyped-def]
    evs = code_text(text, "2022-06-01")
    assert any(e.code == code and e.target.code == target and "comments.py" in e.extra["pattern_origin"]
               for e in evs)


def test_talks_a_visitor_came_for_are_with_the_hosts_and_topics_are_no_targets(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("A South Korean delegation arrived in Pyongyang for talks on family reunions.")
    assert ("KORGOV", "046", "PRKGOV") in triples(evs)
    assert not any(t.endswith("CVL") for _, _, t in triples(evs))
    shook = code_text("Kim Jong Un and Donald Trump shook hands at the border.", "2019-06-30")
    assert {("PRKGOV", "017", "USAGOV"), ("USAGOV", "017", "PRKGOV")} <= triples(shook)


def test_a_misparsed_main_verb_is_read_by_word_order_and_says_so(code_text, monkeypatch):  # type: ignore[no-untyped-def]
    # the small model tags "hosted" as an adjective here; no dependency pattern can fire (since stop 27 the
    # repair verb_with_subject_read_as_adjective mends this parse, so it is switched off to keep the
    # fallback tested on a sentence the parser gets wrong)
    import detente.nlp.repairs as repairs
    monkeypatch.setattr(repairs, "REPAIRS", tuple(
        r for r in repairs.REPAIRS if r.__name__ != "verb_with_subject_read_as_adjective"))
    evs = code_text("Trump hosted Japanese Prime Minister Shinzo Abe at his Mar-a-Lago resort.", "2019-04-26")
    assert [(e.source.code, e.code, e.target.code) for e in evs] == [("USAGOV", "043", "JPNGOV")]
    assert evs[0].pattern.endswith("(word order)")
    # not for infinitives after modals, nor across "whether"
    assert triples(code_text("Officials in Seoul question whether engagement with the North will work.")) == set()


def test_a_warning_of_ones_own_attack_is_a_threat_and_the_attack_no_fact(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Medvedev warned that Moscow would use a nuclear weapon against Ukraine.", "2023-07-30")
    assert ("RUSGOV", "1385", "UKR") in triples(evs)
    assert not any(c.startswith("20") for _, c, _ in triples(evs))
    # a warning about someone else's act is no threat by the speaker
    other = code_text("Washington warned that Moscow would use a nuclear weapon against Ukraine.", "2023-07-30")
    assert not any(s.startswith("USA") and c.startswith("138") for s, c, _ in triples(other))


def test_a_purpose_clause_shares_its_plan_and_a_minister_is_he(code_text):  # type: ignore[no-untyped-def]
    planned = code_text("Merkel will travel to Moscow to meet Putin on Friday.", "2018-05-15")
    assert all(e.modality == "planned" for e in planned) and planned
    evs = code_text("Iran's foreign minister flew to Beijing, where he met Wang Yi.", "2021-03-20")
    assert ("IRNGOV", "040", "CHNGOV") in triples(evs)
    visit = code_text("Tillerson, on his first trip to Asia, visited Seoul and Tokyo.", "2017-03-17")
    assert len([e for e in visit if e.target.code.startswith("KOR")]) == 1


def test_a_purpose_hung_on_an_instrument_is_its_makers_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia backed a UN Security Council resolution to extend sanctions on Mali.", "2017-09-05")
    assert ("IGOUNO", "163", "MLI") in triples(evs)
    assert not any(s.startswith("RUS") and c.startswith("16") for s, c, _ in triples(evs))
