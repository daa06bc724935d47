"""Verb- and noun-pattern dictionaries: one small line language, one file per CAMEO root.

A line reads ``CODE  PATTERN  [# comment]``.  PATTERN starts with the trigger lemma(s) (``a|b``;
prefix ``~`` for a noun trigger such as ``~trip``) followed by elements:

* ``$T`` / ``$S``  the target / source slot: right after the trigger it is the direct object;
  after a preposition it is that preposition's object.  ``$S`` makes the subject the target
  ("receive aid from $S").
* ``+out``         a verb particle ("reach +out to $T").
* ``prep X``       a preposition (``to|with``) followed by a slot, ``*`` or object lemma(s).
* ``to verb``      a controlled verb ("threaten to withdraw") or ``to`` + object ("return to talk").
* ``word``         a direct-object lemma ("ease sanction").  ``*`` means any direct object.
  Adjacent plain words name one object with its modifier: ``state visit`` = ``state-visit``.

The pattern's id (shown in every event's ``pattern`` field) is ``CODE:normalised pattern``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from detente.coding.ontology import Ontology
from detente.errors import DictionaryError

PREPOSITIONS = frozenset(
    "to with on for against from in into at over toward towards about of by upon across through "
    "onto under between among amid after before during near around along alongside via off behind beside "
    "despite as until within since".split()
)

# the adverbs English verbs take as particles; a "+word" outside this list is a slip in a dictionary
# line ("carry +out|conduct|wage": verbs listed as particles make a pattern that never matches)
PARTICLES = frozenset(
    "out back down off up over in on away aside through forward apart around along together ahead behind by "
    "into across about".split()
)


@dataclass(frozen=True)
class Element:
    """One constraint of a pattern after its trigger."""

    kind: str  # prt | obj | any_obj | slot_obj | prep | to
    words: frozenset[str] = frozenset()
    slot: str | None = None  # "T" or "S" for slots
    objects: frozenset[str] = frozenset()  # for prep: object lemmas (empty with a slot or "*")


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern with its provenance (file and line)."""

    pid: str
    code: str
    triggers: frozenset[str]
    nominal: bool
    elements: tuple[Element, ...]
    origin: str

    @property
    def specificity(self) -> int:
        return sum(2 if e.kind in {"obj", "to", "prt"} or (e.kind == "prep" and e.objects) else 1
                   for e in self.elements)

    @property
    def slots(self) -> set[str]:
        return {e.slot for e in self.elements if e.slot}


class PatternBook:
    """All patterns, indexed by trigger lemma; most specific first."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self._verbs: dict[str, list[Pattern]] = defaultdict(list)
        self._nouns: dict[str, list[Pattern]] = defaultdict(list)
        for p in patterns:
            index = self._nouns if p.nominal else self._verbs
            for lemma in p.triggers:
                index[lemma].append(p)
        for index in (self._verbs, self._nouns):
            for lemma in index:
                index[lemma].sort(key=lambda p: -p.specificity)

    @classmethod
    def load(cls, ontology: Ontology, folder: Path | None = None) -> PatternBook:
        """Compile every ``*.txt`` in ``folder`` (default: package ``data/verbs``)."""
        folder = folder or Path(str(resources.files("detente") / "data" / "verbs"))
        patterns: list[Pattern] = []
        seen: dict[str, str] = {}
        for path in sorted(folder.glob("*.txt")):
            for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = raw.split("#", 1)[0].strip()
                if not line:
                    continue
                pattern = parse_line(line, origin=f"{path.name}:{lineno}", ontology=ontology)
                if pattern.pid in seen:
                    continue  # the same pattern twice is harmless; the first wins
                seen[pattern.pid] = pattern.origin
                patterns.append(pattern)
        return cls(patterns)

    def for_verb(self, lemma: str) -> list[Pattern]:
        return self._verbs.get(lemma, [])

    def for_noun(self, lemma: str) -> list[Pattern]:
        return self._nouns.get(lemma, [])

    def __len__(self) -> int:
        return len(self.patterns)


def parse_line(line: str, *, origin: str, ontology: Ontology) -> Pattern:
    """Compile one ``CODE PATTERN`` line; errors name the file and line."""
    file, _, lineno = origin.rpartition(":")
    parts = line.split()
    if len(parts) < 2:
        raise DictionaryError("E011", f"expected 'CODE PATTERN', got {line!r}", item=file, line=int(lineno))
    code, words = parts[0], parts[1:]
    if code not in ontology:
        raise DictionaryError("E011", f"unknown CAMEO code {code!r}", item=file, line=int(lineno))
    trigger = words[0]
    nominal = trigger.startswith("~")
    triggers = frozenset(trigger.lstrip("~").lower().split("|"))
    try:
        elements = tuple(_elements(words[1:]))
    except ValueError as exc:
        raise DictionaryError("E011", f"{exc} in {line!r}", item=file, line=int(lineno)) from None
    pid = f"{code}:{' '.join(words)}"
    return Pattern(pid, code, triggers, nominal, elements, origin)


def _alts(word: str) -> frozenset[str]:
    return frozenset(w.lower() for w in word.split("|") if w)


def _elements(words: list[str]) -> list[Element]:
    out: list[Element] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in {"$T", "$S"}:
            out.append(Element("slot_obj", slot=word[1]))
        elif word == "*":
            out.append(Element("any_obj"))
        elif word.startswith("+"):
            if stray := sorted(_alts(word[1:]) - PARTICLES):
                raise ValueError(f"{', '.join(stray)!s} is not a verb particle (particles: +out, +back, …)")
            out.append(Element("prt", _alts(word[1:])))
        elif _alts(word) <= PREPOSITIONS and not re.search(r"[^a-z|]", word):
            if i + 1 >= len(words):
                raise ValueError(f"preposition {word!r} needs an object")
            nxt = words[i + 1]
            i += 1
            if nxt in {"$T", "$S"}:
                out.append(Element("prep", _alts(word), slot=nxt[1]))
            elif nxt == "*":
                out.append(Element("prep", _alts(word)))
            elif word == "to":
                out.append(Element("to", _alts(nxt)))
            else:
                out.append(Element("prep", _alts(word), objects=_alts(nxt)))
        elif re.fullmatch(r"[^\W\d_][\w|'-]*", word) and word == word.lower():
            # "give $T state visit": adjacent plain words name one object ("state-visit")
            while (i + 1 < len(words) and re.fullmatch(r"[^\W\d_][\w'-]*", words[i + 1])
                   and words[i + 1] == words[i + 1].lower()
                   and words[i + 1] not in PREPOSITIONS and "|" not in word):
                i += 1
                word = f"{word}-{words[i]}"
            out.append(Element("obj", _alts(word)))
        else:
            raise ValueError(f"cannot read element {word!r}")
        i += 1
    return out
