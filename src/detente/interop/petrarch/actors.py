"""Convert a PETRARCH ``.actors`` file into a detente user dictionary (countries, igos, people).

An entry with dated codes (``[PRKGOV 20111217-]``, ``[HOB <950601]``) becomes a person with dated
roles (an undated code is its last, open role); an entry with one undated code becomes a
``countries`` entry (3-letter code) or an ``igos`` entry (longer codes).  Null (``[---]``),
compound (``[A/B]``) and malformed codes are skipped.  Upper-case names are re-cased for the
case-sensitive matcher (see :func:`~detente.interop.petrarch.words.display_forms`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detente.actors.dictionary import _CODE as _ACTOR_CODE  # the loader's own rule for codes
from detente.interop.petrarch.common import CODE_BLOCK, NULL_CODES, Conversion, read_lines
from detente.interop.petrarch.words import display_forms


@dataclass
class _ActorRecord:
    line: int
    text: str
    names: list[str]
    blocks: list[tuple[int, str]] = field(default_factory=list)


def convert_actors(path: Path) -> Conversion:
    """Convert a PETRARCH ``.actors`` file into a user dictionary (countries, igos, people)."""
    out = Conversion("actors", str(path))
    sections: dict[str, list[dict[str, Any]]] = {"countries": [], "igos": [], "people": []}
    for record in _actor_records(path, out):
        entry = _actor_entry(record, path, out)
        if entry is not None:
            section, item = entry
            sections[section].append(item)
            out.converted += 1
    out.data = {k: v for k, v in sections.items() if v}
    return out


def _actor_records(path: Path, out: Conversion) -> Iterator[_ActorRecord]:
    current: _ActorRecord | None = None
    for lineno, text in read_lines(path):
        head = text.split("[", 1)[0].strip()
        blocks = [(lineno, b) for b in CODE_BLOCK.findall(text)]
        if text.startswith("["):
            if current is None:
                out.skip(lineno, text, "code without an actor name")
            else:
                current.blocks.extend(blocks)
        elif text.startswith("+"):
            if current is None:
                out.skip(lineno, text, "synonym without an actor name")
            else:
                current.names.append(head[1:])
                current.blocks.extend(blocks)
        else:
            if current is not None:
                yield current
            current = _ActorRecord(lineno, text, [head], blocks)
    if current is not None:
        yield current


def _actor_entry(rec: _ActorRecord, path: Path, out: Conversion) -> tuple[str, dict[str, Any]] | None:
    names = list(dict.fromkeys(f for n in rec.names for f in display_forms(n)))
    if not names:
        out.skip(rec.line, rec.text, "actor without a name")
        return None
    if not rec.blocks:
        out.skip(rec.line, rec.text, "actor without a code")
        return None
    dated: list[dict[str, Any]] = []
    undated: list[str] = []
    problems: list[tuple[int, str, str]] = []
    for lineno, block in rec.blocks:
        parsed = _code_block(block)
        if isinstance(parsed, str):
            problems.append((lineno, f"[{block}]", parsed))
        elif parsed["start"] is None and parsed["end"] is None:
            undated.append(parsed["code"])
        else:
            dated.append(parsed)
    if not dated and not undated:
        out.skip(rec.line, rec.text, problems[0][2] if problems else "actor without a usable code")
        return None
    for problem in problems:  # the entry is kept without these codes
        out.note(*problem)
    origin = f"{path.name}:{rec.line}"
    if dated:
        roles = [{"code": r["code"], "start": r["start"], "end": r["end"]} for r in dated]
        if undated:
            roles.append({"code": undated[0], "start": None, "end": None})
        person: dict[str, Any] = {"name": names[0], "aliases": names[1:], "roles": roles, "origin": origin}
        if not names[1:]:
            del person["aliases"]
        return "people", person
    for extra in undated[1:]:
        out.note(rec.line, rec.text, f"second undated code {extra} ignored")
    section = "countries" if len(undated[0]) == 3 else "igos"
    return section, {"code": undated[0], "name": names[0], "names": names, "origin": origin}


def _code_block(block: str) -> dict[str, Any] | str:
    """Parse ``CODE``, ``CODE <D``, ``CODE >D`` or ``CODE D-D``; a string says why it cannot be used."""
    parts = block.split(None, 1)
    code = parts[0].upper() if parts else ""
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if code in NULL_CODES:
        return f"null code: [{block.strip()}]"
    if "/" in code:
        return f"compound code: {code}"
    if not _ACTOR_CODE.fullmatch(code):
        return f"invalid actor code: {code}"
    try:
        start, end = _date_range(rest)
    except ValueError as exc:
        return f"invalid date restriction: [{block.strip()}] ({exc})"
    if start and end and end < start:
        return f"role ends before it starts: [{block.strip()}]"
    return {"code": code, "start": start, "end": end}


def _date_range(text: str) -> tuple[date | None, date | None]:
    if not text:
        return None, None
    if text.startswith("<"):
        return None, petrarch_date(text[1:])
    if text.startswith(">"):
        return petrarch_date(text[1:]), None
    if "-" in text:
        first, _, second = text.partition("-")
        return (petrarch_date(first) if first else None), (petrarch_date(second) if second else None)
    raise ValueError(f"expected <DATE, >DATE or DATE-DATE, got {text!r}")


def petrarch_date(text: str) -> date:
    """A PETRARCH date ``YYYYMMDD`` or ``YYMMDD`` (YY up to 30 is 20YY, as in PETRARCH/TABARI)."""
    if not text.isdigit():
        raise ValueError(f"{text!r} is not a date")
    if len(text) > 7:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        yy = int(text[:2])
        year, month, day = (2000 + yy if yy <= 30 else 1900 + yy), int(text[2:4]), int(text[4:6])
    return date(year, month, day)

