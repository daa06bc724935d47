"""Acts done at another's request give an appeal from the one who asked (coding/requests.py).

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from detente.coding.requests import appeal_code
from tests.conftest import triples


def test_appeal_codes_mirror_the_act_asked_for() -> None:
    assert appeal_code("074") == "0234"  # protection
    assert appeal_code("1731") == "0213"  # an arrest: judicial help
    assert appeal_code("063") == "0213"
    assert appeal_code("0711") == "0231"
    assert appeal_code("111") == "020"  # nothing more specific fits


@pytest.mark.slow
def test_troops_flown_in_at_a_leaders_request(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("New Zealand flew in police and soldiers at Sogavare's request on Friday.", "2021-11-26")
    assert ("SLBGOV", "0234", "NZL") in triples(evs)


@pytest.mark.slow
def test_an_arrest_at_anothers_request_is_a_request_for_judicial_help(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Polish police arrested the businessman at Warsaw airport at Washington's request.", "2023-03-02")
    assert ("USAGOV", "0213", "POLCOP") in triples(evs)


@pytest.mark.slow
def test_the_government_that_asked_is_the_one_the_act_was_for(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Australia sent troops into East Timor at the government's request.", "2006-05-25")
    got = triples(evs)
    assert ("TMPGOV", "AUS") in {(s, t) for s, c, t in got if c.startswith("02")}
    assert not [s for s, c, t in got if c.startswith("02") and s.startswith("AUS")]


@pytest.mark.slow
def test_acting_at_a_request_asks_for_the_main_clauses_act(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Acting at Belgrade's request, Russia vetoed a British draft resolution on Srebrenica.", "2015-07-08")
    assert ("SRBGOV", "022", "RUS") in triples(evs)


@pytest.mark.slow
def test_a_deployment_told_only_by_its_verb_is_protection_for_the_asker(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Fiji rushed in extra soldiers at Nuku'alofa's request after the riots.", "2006-11-18")
    got = triples(evs)
    assert ("FJI", "074", "TON") in got
    assert ("TONGOV", "0234", "FJI") in got
    # an arrest asked for is no protection
    evs = code_text("Polish police arrested the businessman at Warsaw airport at Washington's request.", "2023-03-02")
    assert not [c for s, c, t in triples(evs) if c == "074"]
