"""Pattern coverage: lexical entries added from the tuning-set misses, checked on sentences
written for these tests (not copied from the gold sets)."""

import datetime

import pytest

from detente.model import Document
from detente.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    coded = next(pipeline.code([Document("t", text, datetime.date(2020, 1, 1))]))
    return {(e.source.code, e.code, e.target.code) for e in coded.events}


CASES = [
    ("Taiwan's TSMC opened a chip plant in Japan.", ("TWNBUS", "061", "JPN")),
    ("Turkmenistan began pumping natural gas to China.", ("TKM", "061", "CHN")),
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", ("SAU", "071", "PAKGOV")),
    ("Saudi Arabia paid off the debts of Syria.", ("SAU", "071", "SYR")),
    ("Washington took Cuba off its list of state sponsors of terrorism.", ("USAGOV", "085", "CUB")),
    ("Russian forces completed their withdrawal from the city of Kyiv.", ("RUSMIL", "0874", "UKRGOV")),
    ("Israel recalled its diplomats from Turkey.", ("ISR", "161", "TUR")),
    ("Qatar suspended its role as a mediator between Israel and Egypt.", ("QAT", "165", "EGY")),
    ("Iran held 300 Iraqi residents as human shields.", ("IRN", "184", "IRQCVL")),
    ("Iran forced half a million Afghans across the border.", ("IRN", "201", "AFGCVL")),
    ("Thai troops traded artillery fire with Cambodian troops.", ("THAMIL", "194", "KHMMIL")),
    ("Kyiv accused Moscow of sabotaging the pipeline.", ("UKRGOV", "1123", "RUSGOV")),
    ("Moscow accused London of spying and sabotage.", ("RUSGOV", "1125", "GBRGOV")),
    ("Beijing warned the EU of retaliation.", ("CHNGOV", "130", "IGOEUREEC")),
]


@pytest.mark.parametrize("text, event", CASES)
def test_pattern_coverage(pipeline: Pipeline, text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(pipeline, text)


def test_small_arms_fire_stays_193(pipeline: Pipeline) -> None:
    assert ("THAMIL", "193", "KHMMIL") in _events(pipeline, "Thai troops exchanged fire with Cambodian troops.")


def test_staff_withdrawal_stays_166(pipeline: Pipeline) -> None:
    assert ("USAGOV", "166", "CUBGOV") in _events(pipeline, "Washington withdrew embassy staff from Havana.")
