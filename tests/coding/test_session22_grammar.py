"""Grammar and convention fixes of stop 22, each found on a tuning sentence and tested on one written for the
purpose.

Sentences written for these tests (not taken from the gold sets)."""

from __future__ import annotations

import pytest

from tests.conftest import triples

pytestmark = pytest.mark.slow


def test_deporting_a_population_is_a_mass_expulsion(code_text):  # type: ignore[no-untyped-def]
    # more than a thousand people driven out in one act is CAMEO's mass expulsion (201); a handful of
    # diplomats stays an expulsion of persons (174)
    got = triples(code_text("Mauritania deported more than 12,000 Senegalese villagers across the river last spring.",
                            "2019-06-01"))
    assert ("MRT", "201", "SENCVL") in got and not any(c == "174" for _, c, _ in got)
    got = triples(code_text("Mauritania expelled two Senegalese diplomats on Monday.", "2019-06-01"))
    assert ("MRT", "174", "SENGOV") in got


def test_a_massacre_is_a_mass_killing_not_repression(code_text):  # type: ignore[no-untyped-def]
    got = triples(code_text("Prosecutors described the massacre of some 300 Acholi villagers by Ugandan soldiers "
                            "in 1986.", "2015-02-01"))
    assert ("UGAMIL", "202", "UGACVL") in got
    assert not any(c == "175" for _, c, _ in got)


def test_killing_hundreds_is_a_mass_killing(nlp):  # type: ignore[no-untyped-def]
    from detente.coding.consolidate import mass_killing
    doc = nlp("The militia killed hundreds of villagers in the valley.")
    assert mass_killing(doc[2])
    doc = nlp("The militia killed dozens of villagers in the valley.")
    assert not mass_killing(doc[2])


def test_the_one_punished_for_an_act_did_it_not_the_court(code_text):  # type: ignore[no-untyped-def]
    # "sentenced him … for massacres of villagers": the massacres were never the court's
    got = triples(code_text("A Peruvian court sentenced the former army captain to 25 years in prison for "
                            "massacres of Quechua villagers.", "2016-05-01"))
    assert {(s, c) for s, c, _ in got if s == "PERJUD"} == {("PERJUD", "116")}
    assert ("PERJUD", "116", "PERMIL") in got and ("PERMIL", "202", "PERCVL") in got
