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
    ("Police in Conakry detained a student protest leader near the university on Sunday.", "OPP"),
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
