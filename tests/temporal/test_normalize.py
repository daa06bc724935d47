from __future__ import annotations

from datetime import date

import pytest

from detente.temporal.normalize import normalize

D13 = date(2013, 7, 5)  # a Friday
D14 = date(2014, 11, 1)


@pytest.mark.parametrize(("text", "ref", "future", "value", "precision"), [
    ("On Saturday", D13, True, "2013-07-06", "day"),
    ("on Thursday", D13, False, "2013-07-04", "day"),
    ("in November", D13, False, "2012-11", "month"),
    ("this spring", D13, False, "2013-spring", "season"),
    ("In July", D14, False, "2014-07", "month"),
    ("this week", D13, False, "2013-W27", "week"),
    ("last month", D13, False, "2013-06", "month"),
    ("later this month", D13, True, "2013-07", "month"),
    ("in March 2013", D14, False, "2013-03", "month"),
    ("December 2013", D14, False, "2013-12", "month"),
    ("February 18", D14, False, "2014-02-18", "day"),
    ("February 18", D14, True, "2015-02-18", "day"),
    ("since the 1990s", D14, False, "1990s", "decade"),
    ("this October", D14, False, "2014-10", "month"),
    ("in 2012", D14, False, "2012", "year"),
    ("yesterday", D14, False, "2014-10-31", "day"),
    ("next week", D13, True, "2013-W28", "week"),
])
def test_relative_and_absolute_dates(text: str, ref: date, future: bool, value: str, precision: str):
    got = normalize(text, ref, future=future)
    assert got is not None, text
    assert (got.value, got.precision) == (value, precision)


def test_unplaceable_expressions():
    assert normalize("recent weeks", D13) is None
    assert normalize("Saturday", None) is None  # no document date, no relative date
    assert normalize("in March 2013", None) is not None  # absolute dates need no anchor


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("two days ago", "2014-10-30", "day"),
    ("11/04/2014", "2014-11-04", "day"),
    ("July 4th, 2014", "2014-07-04", "day"),
    ("the 3rd of March", "2014-03-03", "day"),
])
def test_dateparser_covers_the_rest(text: str, value: str, precision: str):
    got = normalize(text, D14)
    assert got is not None and (got.value, got.precision) == (value, precision)


def test_a_duration_or_an_ordinal_day_is_no_year():
    # dateparser reads "48-hour" as 1948 and "the 50th day" as 1950
    assert normalize("48-hour", date(2024, 1, 6)) is None
    assert normalize("the 50th day", date(2022, 4, 14)) is None
    assert normalize("two years ago", date(2024, 1, 6)).value == "2022"
