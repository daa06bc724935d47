"""Convert a PETRARCH ``.agents`` file into detente's ``agents: {CODE: [words]}`` section.

``WORD {PLURAL} [~GOV]`` (or ``[NGO~]``) becomes ``agents: {GOV: [word, plural]}``; longer agent
codes keep their first three letters; ``!MARKER!`` substitutions are expanded.  Detente lists a
word under one agent only, so a word claimed twice keeps its first code (noted).
"""

from __future__ import annotations

import re
from pathlib import Path

from detente.interop.petrarch.common import Conversion, read_lines
from detente.interop.petrarch.words import phrase_words

_AGENT_LINE = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_MARKER_DEF = re.compile(r"^(?P<marker>![A-Z0-9_]+!)\s*=\s*(?P<items>.+)$")


def convert_agents(path: Path) -> Conversion:
    """Convert a PETRARCH ``.agents`` file into ``agents: {CODE: [words]}``."""
    out = Conversion("agents", str(path))
    markers: dict[str, list[str]] = {}
    agents: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for lineno, text in read_lines(path):
        definition = _MARKER_DEF.match(text)
        if definition:
            markers[definition["marker"]] = [i.strip() for i in definition["items"].split(",") if i.strip()]
            continue
        match = _AGENT_LINE.match(text)
        if not match:
            out.skip(lineno, text, "not an agent line")
            continue
        code = _agent_code(match["code"], lineno, text, out)
        if code is None:
            continue
        try:
            phrases = _expand_markers(match["phrase"], markers)
        except KeyError as exc:
            out.skip(lineno, text, f"undefined substitution marker: {exc.args[0]}")
            continue
        plurals = [] if match["plural"] is None else phrase_words(match["plural"])
        words = [" ".join(phrase_words(p)).lower() for p in phrases]
        if plurals:
            words.append(" ".join(plurals).lower())
        added = [w for w in words if _claim(w, code, owner, lineno, text, out)]
        if added:
            agents.setdefault(code, []).extend(added)
            out.converted += 1
    out.data = {"agents": agents}
    return out


def _agent_code(raw: str, lineno: int, text: str, out: Conversion) -> str | None:
    code = raw.strip().strip("~").strip().upper()
    if "~" not in raw:
        out.skip(lineno, text, f"agent code without ~: [{raw.strip()}]")
        return None
    if not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
        out.skip(lineno, text, f"invalid agent code: [{raw.strip()}]")
        return None
    if len(code) > 3:
        out.note(lineno, text, f"agent code {code} shortened to {code[:3]}")
    if raw.strip().endswith("~"):
        out.note(lineno, text, f"prefix agent {code}~ is appended like other agents")
    return code[:3]


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    found = re.search(r"![A-Z0-9_]+!", phrase)
    if not found:
        return [phrase]
    items = markers[found.group(0)]
    out: list[str] = []
    for item in items:
        out.extend(_expand_markers(phrase[:found.start()] + item + phrase[found.end():], markers))
    return out


def _claim(word: str, code: str, owner: dict[str, str], lineno: int, text: str, out: Conversion) -> bool:
    """Give ``word`` to ``code`` unless another agent has it (detente lists a word once)."""
    if not word:
        return False
    if word in owner:
        if owner[word] != code:
            out.note(lineno, text, f"{word!r} already listed under {owner[word]}")
        return False
    owner[word] = code
    return True

