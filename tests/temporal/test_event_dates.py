"""Event dates resolved on real sentences against the document date (tense-aware)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "doc_date", "value", "precision"), [
    ("North Korea and Japan plan to meet on Saturday.", "2013-07-05", "2013-07-06", "day"),
    ("North Korea rejected the plan. Seoul then countered on Thursday with a proposal for talks at the "
     "Panmunjom site.", "2013-07-05", "2013-07-04", "day"),
    ("North Korea sent its nuclear negotiator to China in November.", "2013-07-05", "2012-11", "month"),
    ("Japan condemned North Korea this spring.", "2013-07-05", "2013-spring", "season"),
    ("In July, Kim Jong-un agreed to cooperate with Japan on investigations into the abductions.",
     "2014-11-01", "2014-07", "month"),
    ("Beijing announced that it will send an official to Pyongyang later this month.", "2013-07-05",
     "2013-07", "month"),
    ("Japanese and North Korean officials met in Stockholm in May 2014.", "2014-11-01", "2014-05", "month"),
    ("Iran and the IAEA held talks in Vienna last week.", "2014-11-01", "2014-W43", "week"),
])
def test_event_dates(code_text, text: str, doc_date: str, value: str, precision: str):  # type: ignore[no-untyped-def]
    evs = [e for e in code_text(text, doc_date) if e.sent_index == text.count(". ")]
    assert evs, text
    assert {(e.date, e.date_precision) for e in evs} == {(value, precision)}


def test_document_date_fallback_and_undated_documents(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("China condemned the nuclear test by North Korea.", "2013-02-12")
    assert [(e.date, e.date_precision) for e in evs] == [("2013-02-12", "document")]
    undated = code_text("China condemned the nuclear test by North Korea.", None)
    assert undated and all(e.date is None and e.date_precision is None for e in undated)
