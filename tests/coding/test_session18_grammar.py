"""Patterns and grammar fixes of stop 18, each found on a tuning sentence and tested on one written
for the purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_touring_a_province_is_a_visit_to_its_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Chile's foreign minister toured the flooded province of Hatay on Sunday with Turkish rescuers.",
                    "2023-02-12")
    assert ("CHLGOV", "042", "TUR") in triples(evs)
    # a tour at home is no visit
    evs = code_text("Indian Prime Minister Narendra Modi toured Assam on Sunday.", "2023-02-12")
    assert not [c for s, c, t in triples(evs) if c == "042"]


def test_a_country_chosen_for_a_trip_is_visited(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Choosing Nepal for his first trip abroad, Bangladesh's new president was welcomed in "
                    "Kathmandu on Monday.", "2019-04-01")
    assert ("BGDGOV", "042", "NPL") in triples(evs)


def test_speaking_alongside_a_leader_is_meeting_him(code_text):  # type: ignore[no-untyped-def]
    # the opening participle is read as a clausal subject and the speaker as an apposition
    evs = code_text("Speaking alongside Swedish Prime Minister Magdalena Andersson in Stockholm, Finland's Sanna "
                    "Marin said a decision on NATO would come soon.", "2022-04-13")
    assert ("FINGOV", "040", "SWEGOV") in triples(evs)
    evs = code_text("Norway's prime minister told a joint news conference with Danish Prime Minister Mette "
                    "Frederiksen that energy ties would deepen.", "2023-05-10")
    assert ("NORGOV", "040", "DNKGOV") in triples(evs)


def test_money_given_in_the_double_object_form_is_economic_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kuwait gave Jordan's army $45 million to cover fuel costs.", "2014-03-02")
    assert ("KWT", "071", "JORMIL") in triples(evs)
    evs = code_text("Kuwait will give Jordan $45 million.", "2014-03-02")
    assert ("KWT", "0331", "JOR") in triples(evs)


def test_a_recipient_read_as_a_compound_of_the_thing_given_receives_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canberra said it would give the Solomon Islands patrol boats.", "2023-03-02")
    assert ("AUSGOV", "0332", "SLB") in triples(evs)
    evs = code_text("South Korea gave the Peruvian navy patrol boats last year.", "2023-03-02")
    assert ("KOR", "072", "PERMIL") in triples(evs)


def test_feting_a_guest_is_hosting_him(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kenyan President Mwai Kibaki feted Chinese President Hu Jintao in Nairobi on Friday.", "2006-04-28")
    assert ("KENGOV", "043", "CHNGOV") in triples(evs)


def test_an_ambassador_recalled_from_tel_aviv_leaves_israel(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Amman recalled its ambassador from Tel Aviv on Sunday.", "2023-11-01")
    assert ("JORGOV", "161", "ISRGOV") in triples(evs)


def test_food_dropped_over_a_place_is_humanitarian_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("French military planes dropped food and water over northern Gaza on Friday.", "2024-03-08")
    assert [s for s, c, t in triples(evs) if c == "073" and s[:3] == "FRA" and t == "PSE"]


def test_freezing_official_business_with_a_country_reduces_relations(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Canberra froze all official business with Fiji after the coup.", "2007-01-10")
    assert ("AUSGOV", "161", "FJI") in triples(evs)


def test_ordering_a_halt_to_military_operations_is_de_escalation(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkish President Recep Tayyip Erdogan ordered a halt to military operations in northern Syria.",
                    "2019-10-22")
    assert ("TURGOV", "087", "SYR") in triples(evs)


def test_a_wanted_man_extradited_goes_to_the_country_named_after_his_description(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thailand extradited two Uighurs accused of terrorism to China on Thursday.", "2019-07-11")
    assert ("THA", "063", "CHN") in triples(evs)


def test_a_threat_made_with_an_accusation_is_aimed_at_the_accused(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The United States accused Dhaka of rigging the vote and threatened to cut off aid.", "2018-01-02")
    assert ("USA", "1311", "BGDGOV") in triples(evs)
    evs = code_text("India defended Bangladesh's elections after the United States accused Dhaka of 'rigging' and "
                    "threatened to cut off aid, officials said.", "2018-01-02")
    assert ("USA", "1311", "BGDGOV") in triples(evs)
    evs = code_text("Moscow defended Minsk's record in fighting terrorism after the EU accused Belarus of 'lies and "
                    "deceit' and threatened to cut off aid, spokeswoman Maria Zakharova said.", "2021-06-01")
    assert [t for s, c, t in triples(evs) if c == "1311" and s == "IGOEUREEC" and t[:3] == "BLR"]


def test_staged_is_read_as_stage(code_text):  # type: ignore[no-untyped-def]
    # the model lemmatizes "staged" as "stag", so every "stage" pattern was dead on it
    evs = code_text("Opposition supporters staged a sit-in outside the parliament in Tbilisi.", "2019-05-01")
    assert [c for s, c, t in triples(evs) if c[:2] == "14" and s == "GEOOPP"]
    evs = code_text("North Korea's army staged a show of force aimed squarely at Seoul.", "2022-04-25")
    assert [t for s, c, t in triples(evs) if c == "150" and s == "PRKMIL" and t[:3] == "KOR"]


def test_vowing_to_hunt_down_protesters_threatens_repression(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Bahraini police vowed to hunt down the protesters who had blocked the highway.", "2011-03-10")
    assert ("BHRCOP", "137", "BHRCVL") in triples(evs)


def test_shelving_a_mediation_halts_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Qatar shelved its mediation between Chad's junta and the rebels.", "2022-06-01")
    got = triples(evs)
    assert ("QAT", "165", "TCDGOV") in got
    assert not [c for s, c, t in got if c == "045"]


def test_withholding_deliveries_of_weapons_cuts_military_aid(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Washington withheld deliveries of Apache helicopters from Cairo.", "2013-10-09")
    assert ("USAGOV", "1622", "EGYGOV") in triples(evs)


def test_shelling_after_an_opening_participle_keeps_its_subject(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Pounding residential districts of Mariupol with rockets, Russian forces shelled the city's "
                    "theatre on Wednesday.", "2022-03-16")
    assert [c for s, c, t in triples(evs) if s == "RUSMIL" and t == "UKR" and c[:2] == "19"]


def test_a_rejection_after_a_demanded_clause_is_the_demanders(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Greece demanded on Monday that Turkey halt its drilling before any talks could resume and "
                    "turned down an offer of mediation from Germany.", "2020-08-24")
    got = triples(evs)
    assert [t for s, c, t in got if s[:3] == "GRC" and c[:2] == "12" and t[:3] == "DEU"]
    assert not [s for s, c, t in got if c[:2] == "12" and s[:3] == "TUR"]


def test_force_used_on_its_boats_hits_the_other_party(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Chinese coast guard ships blocked a Philippine supply mission on Saturday and fired water cannon "
                    "at one of its boats.", "2023-08-07")
    got = triples(evs)
    assert [t for s, c, t in got if c == "175" and s == "CHNMIL" and t[:3] == "PHL"]
    assert not [t for s, c, t in got if c == "175" and t[:3] == "CHN"]


def test_a_wreath_laid_at_a_memorial_in_a_city_honours_its_country(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("President Barack Obama laid a wreath at the peace memorial in Hiroshima on Friday.", "2016-05-27")
    assert ("USAGOV", "017", "JPN") in triples(evs)


def test_exchanging_instruments_of_ratification_is_signing(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moldova and Romania exchanged instruments of ratification of the border treaty on Friday.",
                    "2015-06-06")
    got = triples(evs)
    assert ("MDA", "057", "ROM") in got and ("ROM", "057", "MDA") in got


def test_warnings_passed_to_a_service_named_by_its_country(code_text):  # type: ignore[no-untyped-def]
    # guard: the recipient repair must leave a well-parsed double object as it is
    evs = code_text("Washington passed Indonesia's intelligence agency detailed warnings about the plot.", "2019-04-22")
    assert ("USAGOV", "064", "IDNSPY") in triples(evs)


def test_ought_to_is_advice(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("The African Union ought to suspend Mali's junta from its meetings, analysts in Dakar say.",
                    "2021-05-01")
    assert not triples(evs)


def test_an_act_inside_what_was_asked_for_is_not_done(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Kuleba urged the European Union to stiffen sanctions against Moscow.", "2021-04-13")
    got = triples(evs)
    assert ("UKRGOV", "020", "IGOEUREEC") in got or [c for s, c, t in got if c[:2] == "02"]
    assert not [c for s, c, t in got if c[:2] == "16"]
    # guard: the medium of the appeal itself is no part of the asked-for act
    evs = code_text("Putin urged his Kyrgyz and Tajik counterparts to settle their border dispute by peaceful means "
                    "in separate telephone calls on Saturday.", "2022-09-17")
    assert [t for s, c, t in triples(evs) if c == "041" and s == "RUSGOV"]


def test_have_yet_to_is_not_done(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thailand and Malaysia have yet to start joint naval patrols in the Strait of Malacca, officials "
                    "said.", "2016-06-01")
    assert not triples(evs)


def test_a_letter_sent_is_no_appeal_by_itself(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Britain is sending a destroyer to the Gulf to send a clear message to Tehran, the defence "
                    "secretary said.", "2019-07-12")
    assert not [c for s, c, t in triples(evs) if c[:2] == "02"]


def test_a_court_dissolving_a_party_bans_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Thailand's Constitutional Court dissolved the opposition Future Forward party on Friday.",
                    "2020-02-21")
    got = triples(evs)
    assert not [c for s, c, t in got if c[:2] == "08"]


def test_calling_anothers_act_an_internal_matter_defends_it(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Moscow called Belgrade's decision to expel the observers an internal matter for Serbia.",
                    "2022-03-01")
    got = triples(evs)
    assert not [c for s, c, t in got if c[:2] == "11" and s[:3] == "RUS"]
    # nor is calling an act something a phone call to its author
    evs = code_text("The Emirates called India's revocation of Kashmir's autonomy an internal matter.", "2019-08-10")
    assert not [c for s, c, t in triples(evs) if c == "041"]


def test_a_state_acting_in_protest_stages_no_protest(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Turkey shelved its mediation between Israel and Syria in protest at the Israeli offensive in "
                    "Gaza.", "2009-01-20")
    got = triples(evs)
    assert [c for s, c, t in got if c == "165" and s[:3] == "TUR"]
    assert not [c for s, c, t in got if c[:2] == "14"]
    # guard: people walking off the job in protest do protest
    evs = code_text("Thousands of Kenyan doctors walked off the job on Monday in protest at a government plan to cut "
                    "their pay.", "2024-03-18")
    assert [c for s, c, t in triples(evs) if c[:2] == "14" and s[:3] == "KEN"]


def test_a_letter_or_a_ship_sent_pays_no_visit(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Erdogan sent a letter to Putin expressing regret over the downing of the warplane.", "2016-06-27")
    assert not [c for s, c, t in triples(evs) if c == "042"]
    evs = code_text("Hours after Britain sent the patrol ship HMS Trent to Guyana, Maduro ordered troops into a "
                    "defensive exercise.", "2023-12-28")
    assert not [c for s, c, t in triples(evs) if c == "042"]
    # guard: a person sent does visit
    evs = code_text("North Korea sent Kim Song-nam, a senior party official, to China this week.", "2013-07-05")
    assert [t for s, c, t in triples(evs) if c == "042" and t[:3] == "CHN"]


def test_a_meeting_said_to_be_unlikely_is_no_meeting(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Diplomats in Baku say a summit between Aliyev and Pashinyan is unlikely before the spring.",
                    "2023-01-10")
    assert not triples(evs)


def test_what_a_declaration_or_determination_says_is_alleged(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("China dismissed as lies Pompeo's declaration that Beijing was committing genocide against "
                    "Uighurs.", "2021-01-20")
    got = triples(evs)
    assert not [c for s, c, t in got if c[:2] == "20"]
    assert [c for s, c, t in got if c == "016" and s[:3] == "CHN"]
