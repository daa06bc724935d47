"""The CAMEO event ontology: codes, names, Goldstein weights, quad classes, PLOVER types.

Loaded once from package data (``data/cameo_eventcodes.tsv`` and ``data/cameo_plover.tsv``) into an
immutable object that every coded event is validated against.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from detente.errors import DictionaryError
from detente.model import Event


@dataclass(frozen=True)
class EventType:
    """One CAMEO event code and its attributes."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


ROOT_NAMES = {
    "01": "MAKE PUBLIC STATEMENT", "02": "APPEAL", "03": "EXPRESS INTENT TO COOPERATE",
    "04": "CONSULT", "05": "ENGAGE IN DIPLOMATIC COOPERATION", "06": "ENGAGE IN MATERIAL COOPERATION",
    "07": "PROVIDE AID", "08": "YIELD", "09": "INVESTIGATE", "10": "DEMAND",
    "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "EXHIBIT FORCE POSTURE", "16": "REDUCE RELATIONS", "17": "COERCE", "18": "ASSAULT",
    "19": "FIGHT", "20": "USE UNCONVENTIONAL MASS VIOLENCE",
}


def _data_path(name: str) -> Path:
    return Path(str(resources.files("detente") / "data" / name))


class Ontology:
    """All CAMEO codes, looked up by code string."""

    def __init__(self, types: dict[str, EventType]) -> None:
        self._types = types

    @classmethod
    def load(cls, codes_file: Path | None = None, plover_file: Path | None = None) -> Ontology:
        """Read the CAMEO table and the PLOVER mapping; errors name file and line."""
        codes_file = codes_file or _data_path("cameo_eventcodes.tsv")
        plover_file = plover_file or _data_path("cameo_plover.tsv")
        plover = _read_plover(plover_file)
        types: dict[str, EventType] = {}
        with open(codes_file, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if lineno == 1 or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 4 or not parts[0].isdigit():
                    raise DictionaryError("E010", f"expected code<TAB>name<TAB>goldstein<TAB>quad, got {line!r}",
                                          item=str(codes_file), line=lineno)
                code, name, gold, quad = parts
                types[code] = EventType(code, name, float(gold), int(quad), _plover_for(code, plover))
        return cls(types)

    def get(self, code: str) -> EventType:
        """The event type for ``code``; raises ``KeyError`` naming the code if unknown."""
        try:
            return self._types[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def __len__(self) -> int:
        return len(self._types)

    def codes(self) -> list[str]:
        return sorted(self._types)


def _read_plover(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        rows = (r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#"))
        for row in rows:
            if row[0] == "code":
                continue
            if len(row) >= 2 and row[1]:
                out.setdefault(row[0], row[1])  # the table lists root 08 twice; its first use wins
    return out


def _plover_for(code: str, plover: dict[str, str]) -> str | None:
    """Most specific PLOVER type: the code itself, then its 3-digit parent, then its root."""
    for key in (code, code[:3], code[:2]):
        if key in plover:
            return plover[key]
    return None


# CAMEO: an announced plan to cooperate is an "express intent" (03x) event.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "030"}
INTENT_SUBCODES = {"050": "030", "057": "030", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
                   "061": "0311", "062": "0312", "063": "0313", "064": "0314",
                   "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                   "081": "0351", "0811": "0351", "082": "0352", "083": "0343", "084": "0353",
                   "085": "0354", "086": "0355", "087": "0356",
                   "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}


def intent_code(code: str) -> str:
    """The 03x intent code for announcing the act ``code`` ("agreed to send aid" → 033); a subcode
    without its own intent code takes its parent's ("0862" → "086" → "0355")."""
    return INTENT_SUBCODES.get(code, INTENT_SUBCODES.get(code[:3], INTENT_CODES.get(code[:2], code)))


def retyped(event: Event, kind: EventType, **changes: Any) -> Event:
    """``event`` as an event of ``kind`` (code, root, quad class, Goldstein score and PLOVER type
    together), with ``changes``: how derived events (refusals, joint acts, mediation) are made."""
    return replace(event, code=kind.code, root=kind.root, quad_class=kind.quad_class, goldstein=kind.goldstein,
                   plover=kind.plover, **changes)
