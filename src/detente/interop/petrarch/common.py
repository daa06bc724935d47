"""The PETRARCH file format and the result of a conversion, shared by every kind of dictionary.

PETRARCH's files are line-oriented: upper-case phrases whose words are joined by ``_``, codes in
``[...]``, ``#`` and ``<!-- -->`` comments.  This module reads those lines, tells the three kinds
of file apart, and defines :class:`Conversion` (what a converter returns) and :class:`Skipped` (a
line it could not use, and why), so the converters for actors, agents and verbs share one
reader and one report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

KINDS = ("actors", "agents", "verbs")

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
NULL_CODES = {"", "---", "+++", "###", "~~~"}


@dataclass(frozen=True)
class Skipped:
    """A source line that was not converted (or converted with a loss), and why."""

    line: int
    text: str
    reason: str


@dataclass
class Conversion:
    """The result of converting one PETRARCH dictionary file.

    ``data`` holds a ``*.user.yaml`` mapping (actors, agents); ``lines`` holds pattern lines
    (verbs).  ``converted`` counts source records turned into detente entries or patterns;
    ``skipped`` lists the records that could not be; ``notes`` lists losses in converted records.
    """

    kind: str
    source: str
    converted: int = 0
    data: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)

    def skip(self, line: int, text: str, reason: str) -> None:
        self.skipped.append(Skipped(line, text.strip(), reason))

    def note(self, line: int, text: str, reason: str) -> None:
        self.notes.append(Skipped(line, text.strip(), reason))

    def reasons(self) -> Counter[str]:
        """Skipped records counted by reason (the variable part of a reason is left out)."""
        return Counter(s.reason.split(":")[0] for s in self.skipped)

    def render(self) -> str:
        """The converted dictionary as file text: YAML for actors/agents, pattern lines for verbs."""
        header = (f"# Converted from PETRARCH {self.kind} dictionary {Path(self.source).name} by "
                  f"`detente dict import-petrarch`: {self.converted} converted, "
                  f"{len(self.skipped)} skipped.\n")
        if self.kind == "verbs":
            return header + "".join(line + "\n" for line in self.lines)
        return header + yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True, width=100,
                                       default_flow_style=None)


# -- reading -----------------------------------------------------------------------------------
def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-empty lines of a PETRARCH file with ``<!-- -->`` and ``#`` comments removed."""
    in_comment = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, 1):
            text = raw.rstrip("\n")
            if in_comment:
                if "-->" not in text:
                    continue
                text, in_comment = text.split("-->", 1)[1], False
            while "<!" in text:
                head, _, rest = text.partition("<!")
                if "-->" in rest:
                    text = head + rest.split("-->", 1)[1]
                else:
                    text, in_comment = head, True
            text = text.split("#", 1)[0].strip()
            if text:
                yield lineno, text


def detect_kind(path: Path) -> str:
    """``actors``, ``agents`` or ``verbs``, from the file name or else from its content."""
    name = path.name.lower()
    for kind in KINDS:
        if f".{kind}" in name or name.endswith(kind) or f"{kind}." in name:
            return kind
    lines = [text for _, text in read_lines(path)]
    if any(t.startswith("---") and "[" in t for t in lines):
        return "verbs"
    if sum(bool(re.search(r"\[\s*~|~\s*\]", t)) for t in lines) > len(lines) / 3:
        return "agents"
    return "actors"
