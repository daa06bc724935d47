"""Validate dictionary files and report every problem, not just the first.

Loading a dictionary (:class:`~detente.actors.dictionary.ActorDictionary`,
:class:`~detente.coding.patterns.PatternBook`) stops at the first error.  ``check_dictionary``
runs the same loaders entry by entry and pattern line by pattern line, so an editor sees all
errors at once, plus warnings the loaders let pass: a phrase listed under two different codes, an
agent word under two agents, a pattern listed twice, an unknown section of a user dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from detente.actors.dictionary import ActorDictionary, _role
from detente.coding.ontology import Ontology
from detente.coding.patterns import parse_line
from detente.errors import DictionaryError
from detente.yamlio import LINE_KEY, load_yaml

ERROR = "error"
WARNING = "warning"
ACTOR_FILES = ("countries.yaml", "igos.yaml", "groups.yaml", "people.yaml", "agents.yaml",
               "contextual.yaml")
USER_SECTIONS = ("countries", "igos", "groups", "people", "agents")


@dataclass(frozen=True)
class Problem:
    """One problem in a dictionary file: where, how bad (``error``/``warning``) and what."""

    file: str
    line: int | None
    severity: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class _Checker:
    """State shared across the files of one check: which code each phrase and agent word has."""

    ontology: Ontology
    problems: list[Problem] = field(default_factory=list)
    phrase_codes: dict[str, tuple[str, str]] = field(default_factory=dict)
    agent_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    pattern_ids: dict[str, str] = field(default_factory=dict)

    def add(self, path: Path, line: int | None, severity: str, message: str) -> None:
        self.problems.append(Problem(str(path), line, severity, message))

    def error(self, path: Path, exc: DictionaryError, fallback: int | None = None) -> None:
        self.add(path, exc.line if exc.line is not None else fallback, ERROR, f"[{exc.code}] {exc.message}")


def check_dictionary(path: Path, *, ontology: Ontology | None = None) -> list[Problem]:
    """Every problem in a dictionary file or folder (folders are searched recursively).

    Args:
        path: an actor YAML file (``countries.yaml``, ``igos.yaml``, ``groups.yaml``, ``people.yaml``,
            ``agents.yaml``, ``contextual.yaml``, ``*.user.yaml``), a pattern file (``*.txt``), or a
            folder holding such files (other files in a folder are ignored).
        ontology: the CAMEO ontology pattern codes are checked against (default: the package's).

    Returns:
        Problems ordered by file and line; a missing path or unknown file type is one error.
    """
    checker = _Checker(ontology or Ontology.load())
    if not path.exists():
        checker.add(path, None, ERROR, "[E010] file not found")
        return checker.problems
    files = sorted(p for p in path.rglob("*") if _kind(p)) if path.is_dir() else [path]
    if path.is_file() and not _kind(path):
        checker.add(path, None, ERROR, "[E010] not a dictionary file: expected an actor YAML file "
                                       "(countries, igos, groups, people, agents, contextual, *.user.yaml) or *.txt")
    for file in files:
        kind = _kind(file)
        if kind == "patterns":
            _check_patterns(checker, file)
        elif kind:
            _check_actor_file(checker, file, kind)
    return sorted(checker.problems, key=lambda p: (p.file, p.line or 0))


def default_dictionary_folder() -> Path:
    """The package's own dictionaries (``detente/data``)."""
    return Path(str(resources.files("detente") / "data"))


def _kind(path: Path) -> str | None:
    name = path.name
    if name.endswith(".user.yaml"):
        return "user"
    if name in ACTOR_FILES:
        return name.removesuffix(".yaml")
    if path.suffix == ".txt":
        return "patterns"
    return None


# -- actor files -------------------------------------------------------------------------------
def _check_actor_file(checker: _Checker, path: Path, kind: str) -> None:
    try:
        data = load_yaml(path)
    except DictionaryError as exc:
        checker.error(path, exc)
        return
    except ValueError as exc:  # a well-formed but impossible value, e.g. the date 2013-02-30
        checker.add(path, None, ERROR, f"[E010] invalid value: {exc}")
        return
    if data is None:
        checker.add(path, None, WARNING, "empty dictionary file")
        return
    if kind == "user":
        _check_user(checker, path, data)
    else:
        _section_checker(kind)(checker, path, data)


def _check_user(checker: _Checker, path: Path, data: Any) -> None:
    if not isinstance(data, dict):
        checker.add(path, 1, ERROR, "[E010] a user dictionary is a mapping of sections "
                                    f"({', '.join(USER_SECTIONS)})")
        return
    for section, value in data.items():
        if section == LINE_KEY:
            continue
        if section not in USER_SECTIONS:
            checker.add(path, _key_line(path, str(section)), WARNING,
                        f"unknown section {section!r} is ignored (use {', '.join(USER_SECTIONS)})")
            continue
        _section_checker(section)(checker, path, value)


def _section_checker(kind: str) -> Callable[[_Checker, Path, Any], None]:
    return {"countries": _check_named, "igos": _check_named, "groups": _check_groups,
            "people": _check_people,
            "agents": _check_agents, "contextual": _check_contextual}[kind]


def _items(checker: _Checker, path: Path, data: Any) -> list[dict[str, Any]]:
    """The mapping entries of a list section; anything else is reported."""
    if not isinstance(data, list):
        checker.add(path, _line_of(data), ERROR, "[E010] expected a YAML list of entries")
        return []
    good = []
    for item in data:
        if isinstance(item, dict):
            good.append(item)
        else:
            checker.add(path, None, ERROR, f"[E010] entry {item!r} is not a mapping")
    return good


def _check_named(checker: _Checker, path: Path, data: Any, *, groups: bool = False) -> None:
    """Countries, IGOs and named groups: each entry through the real loader (codes, dated roles),
    then its phrases for duplicates (a metonym claims the government's code)."""
    for item in _items(checker, path, data):
        book = ActorDictionary()
        try:
            (book._add_groups if groups else book._add_countries)(path, [item])
        except DictionaryError as exc:
            checker.error(path, exc, item.get(LINE_KEY))
            continue
        for phrase, senses in book.phrases.items():
            for sense in senses:
                code = sense.entry.code + ("GOV" if sense.usage == "metonym" else "")
                _claim_phrase(checker, path, item.get(LINE_KEY), phrase, code)


def _check_groups(checker: _Checker, path: Path, data: Any) -> None:
    _check_named(checker, path, data, groups=True)


def _claim_phrase(checker: _Checker, path: Path, line: int | None, phrase: str, code: str) -> None:
    where = f"{path.name}:{line}"
    first = checker.phrase_codes.setdefault(phrase, (code, where))
    if first[0] != code and first[1] != where:
        checker.add(path, line, WARNING, f"{phrase!r} is listed as {code} here and as {first[0]} at {first[1]}")


def _check_people(checker: _Checker, path: Path, data: Any) -> None:
    for item in _items(checker, path, data):
        line = item.get(LINE_KEY)
        if not item.get("name"):
            checker.add(path, line, ERROR, "[E010] person entry lacks 'name'")
        roles = item.get("roles") or []
        if not isinstance(roles, list) or not roles:
            checker.add(path, line, ERROR, f"[E010] person {item.get('name')!r} has no roles")
            continue
        for raw in roles:
            try:
                _role(path, raw)
            except DictionaryError as exc:
                checker.error(path, exc, line)


def _check_agents(checker: _Checker, path: Path, data: Any) -> None:
    if not isinstance(data, dict):
        checker.add(path, _line_of(data) or 1, ERROR, "[E010] expected a mapping AGENT: [words]")
        return
    for agent, words in data.items():
        if agent == LINE_KEY:
            continue
        line = _key_line(path, str(agent))
        try:
            ActorDictionary()._add_agents(path, {agent: words, LINE_KEY: line})
        except DictionaryError as exc:
            checker.error(path, exc, line)
            continue
        for word in words:
            text = str(word).lower()
            first = checker.agent_words.setdefault(text, (str(agent), f"{path.name}:{line}"))
            if first[0] != agent:
                checker.add(path, line, WARNING, f"agent word {text!r} is under {agent} here and under "
                                                 f"{first[0]} at {first[1]} (the first wins)")


def _check_contextual(checker: _Checker, path: Path, data: Any) -> None:
    for item in _items(checker, path, data):
        try:
            ActorDictionary()._add_contextual(path, [item])
        except DictionaryError as exc:
            checker.error(path, exc, item.get(LINE_KEY))


def _line_of(data: Any) -> int | None:
    return data.get(LINE_KEY) if isinstance(data, dict) else None


def _key_line(path: Path, key: str) -> int | None:
    """The line of a top-level or section key (YAML mappings remember only their own line)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*:")
    for lineno, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if pattern.match(text):
            return lineno
    return None


# -- pattern files -----------------------------------------------------------------------------
def _check_patterns(checker: _Checker, path: Path) -> None:
    try:
        lines: Iterable[str] = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        checker.add(path, None, ERROR, f"[E011] not UTF-8 text: {exc.reason}")
        return
    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        origin = f"{path.name}:{lineno}"
        try:
            pattern = parse_line(line, origin=origin, ontology=checker.ontology)
        except DictionaryError as exc:
            checker.add(path, lineno, ERROR, f"[{exc.code}] {exc.message}")
            continue
        first = checker.pattern_ids.setdefault(pattern.pid, origin)
        if first != origin:
            checker.add(path, lineno, WARNING, f"pattern {pattern.pid!r} repeats {first} (the first wins)")
