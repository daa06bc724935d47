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
