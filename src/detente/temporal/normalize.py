"""Normalise relative and absolute date expressions against a document date.

News says "on Saturday", "last month", "this spring", "in November": the calendar value depends on
the document date and on tense (a completed act looks back, a plan looks forward).  Results carry a
precision (day, week, month, season, year, decade) so analyses never pretend to know more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class Resolved:
    """A normalised date: display value, precision and the first day of the period."""

    value: str
    precision: str
    start: date


def _month_num(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return _MONTH_ABBR.get(w[:4] if w.startswith("sept") else w[:3]) if len(w) >= 3 and w[:3] in _MONTH_ABBR else None


def day(d: date) -> Resolved:
    return Resolved(d.isoformat(), "day", d)


def month(y: int, m: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month", date(y, m, 1))


def week(d: date) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday)


def season(y: int, name: str) -> Resolved:
    return Resolved(f"{y:04d}-{name}", "season", date(y, SEASONS[name], 1))


def year(y: int) -> Resolved:
    return Resolved(f"{y:04d}", "year", date(y, 1, 1))


def normalize(text: str, doc_date: date | None, *, future: bool = False) -> Resolved | None:
    """The calendar value of ``text`` relative to ``doc_date`` (None if it cannot be placed)."""
    t = " ".join(text.lower().replace(",", " ").split())
    t = re.sub(r"^(on|in|since|during|by|from|until|at|of)\s+", "", t)
    absolute = _absolute(t, doc_date, future)
    if absolute is not None:
        return absolute
    relative = _relative(t, doc_date, future) if doc_date is not None else None
    return relative or _with_dateparser(t, doc_date, future)


def _with_dateparser(t: str, ref: date | None, future: bool) -> Resolved | None:
    """What the rules above do not cover ("two days ago", "11/04/2014", "the 3rd of March")."""
    if not re.search(r"\d|\bago\b|\bfirst\b|\bsecond\b|\bthird\b", t):
        return None  # vague phrases ("recent weeks", "within hours") have no calendar value
    if ref is None and not re.search(r"\d{4}", t):
        return None
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(t)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return month(d.year, d.month)
    if data.period == "year":
        # "a 48-hour strike", "the 50th day of the war" are no years 1948 and 1950
        return year(d.year) if re.search(r"\b\d{4}\b|\bagos?\b", t) else None
    if data.period == "week":
        return week(d)
    return day(d)


def _absolute(t: str, ref: date | None, future: bool) -> Resolved | None:
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t):
        return day(date(int(m[1]), int(m[2]), int(m[3])))
    if m := re.search(r"\bthe (\d{3})0s\b|\b(\d{3})0s\b", t):
        dec = int(m[1] or m[2]) * 10
        return Resolved(f"{dec}s", "decade", date(dec, 1, 1))
    if m := re.search(r"\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})\b", t):
        if (mo := _month_num(m[1])) and 1 <= int(m[2]) <= 31:
            return _safe_day(int(m[3]), mo, int(m[2]))
    if m := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+) (\d{4})\b", t):
        if mo := _month_num(m[2]):
            return _safe_day(int(m[3]), mo, int(m[1]))
    if m := re.search(r"\b([a-z]+)(?: of)? (\d{4})\b", t):
        if mo := _month_num(m[1]):
            return month(int(m[2]), mo)
        if m[1] in SEASONS:
            return season(int(m[2]), "autumn" if m[1] == "fall" else m[1])
    if m := re.fullmatch(r"(?:the )?(?:year )?(\d{4})", t):
        return year(int(m[1]))
    if ref is None:
        return None
    if m := re.search(r"\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?\b", t):
        if (mo := _month_num(m[1])) and 1 <= int(m[2]) <= 31:
            return _pick_day(ref, mo, int(m[2]), future)
    if m := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\b", t):
        if mo := _month_num(m[2]):
            return _pick_day(ref, mo, int(m[1]), future)
    return None


def _safe_day(y: int, m: int, d: int) -> Resolved | None:
    try:
        return day(date(y, m, d))
    except ValueError:
        return None


def _pick_day(ref: date, m: int, d: int, future: bool) -> Resolved | None:
    y = ref.year
    candidate = _safe_day(y, m, d)
    if candidate is None:
        return None
    if future and candidate.start < ref:
        return _safe_day(y + 1, m, d)
    if not future and candidate.start > ref:
        return _safe_day(y - 1, m, d)
    return candidate


def _relative(t: str, ref: date, future: bool) -> Resolved | None:
    words = t.split()
    if t in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return day(ref)
    if t in {"yesterday", "last night"}:
        return day(ref - timedelta(days=1))
    if t == "tomorrow":
        return day(ref + timedelta(days=1))
    for i, wd in enumerate(WEEKDAYS):
        if wd in words:
            return day(_weekday(ref, i, future=future or "next" in words, last="last" in words))
    shift = -1 if ("last" in words or "previous" in words) else 1 if "next" in words else 0
    if "week" in words or "weeks" in words:
        if any(w in words for w in ("recent", "coming", "past", "few", "several")):
            return None
        return week(ref + timedelta(weeks=shift))
    if "month" in words:
        y, m = ref.year, ref.month + shift
        y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
        return month(y, m)
    if "year" in words and not any(w in words for w in ("years", "recent")):
        return year(ref.year + shift)
    for name in SEASONS:
        if name in words:
            return _season(ref, "autumn" if name == "fall" else name, shift, future, "this" in words)
    for w in words:
        if (mo := _month_num(w)) and w in MONTHS + list(_MONTH_ABBR):
            return _month_only(ref, mo, shift, future, "this" in words)
    return None


def _weekday(ref: date, wd: int, *, future: bool, last: bool) -> date:
    delta = (wd - ref.weekday()) % 7
    if future and not last:
        return ref + timedelta(days=delta or 7)
    back = (ref.weekday() - wd) % 7
    return ref - timedelta(days=back if not last else (back or 7))


def _season(ref: date, name: str, shift: int, future: bool, this: bool) -> Resolved:
    y = ref.year + shift
    start = date(y, SEASONS[name], 1)
    if not this and not shift:
        if future and start < ref - timedelta(days=90):
            y += 1
        elif not future and start > ref:
            y -= 1
    return season(y, name)


def _month_only(ref: date, mo: int, shift: int, future: bool, this: bool) -> Resolved:
    y = ref.year + shift
    if not this and not shift:
        if future and mo < ref.month:
            y += 1
        elif not future and mo > ref.month:
            y -= 1
    return month(y, mo)
