"""Actor dictionaries: countries, IGOs, sector agents and dated people, loaded from package data.

The files under ``data/actors/`` are plain YAML that users may edit or extend; see the README's
"Dictionary formats". Loading validates every entry and names the file and line of any problem.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from detente.errors import DictionaryError
from detente.yamlio import LINE_KEY, load_yaml

_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")


@dataclass(frozen=True)
class Role:
    """A dated role of a person: the actor code it confers between ``start`` and ``end``."""

    code: str
    title: str | None
    start: date | None
    end: date | None

    def holds_on(self, day: date | None) -> bool:
        """True if the role is held on ``day`` (an unknown day matches no dated role)."""
        if day is None:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """One dictionary entry; ``kind`` is country, igo, group, person or agent."""

    entry_id: str
    kind: str
    code: str
    name: str
    roles: tuple[Role, ...] = ()

    def code_on(self, day: date | None) -> str | None:
        """The code this entry denotes on ``day``; people without a role then have none.

        A group may also carry dated roles (the Taliban governs Afghanistan in some years and is an
        insurgency in others); outside them it falls back on its fixed ``code``.
        """
        if self.kind != "person" and not self.roles:
            return self.code
        held = [r for r in self.roles if r.holds_on(day)]
        if held:
            return held[0].code
        return self.code or None


@dataclass(frozen=True)
class PhraseSense:
    """What a phrase means: an entry and how it is used (name, adjective, metonym, alias, agent)."""

    entry: Entry
    usage: str


@dataclass
class ActorDictionary:
    """All actor phrases and their senses; build once, share between documents."""

    entries: dict[str, Entry] = field(default_factory=dict)
    phrases: dict[str, list[PhraseSense]] = field(default_factory=lambda: defaultdict(list))
    agent_phrases: dict[str, str] = field(default_factory=dict)
    contextual: list[dict[str, Any]] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)  # country code -> continent ("the Pacific island nation")

    @classmethod
    def load(cls, folder: Path | None = None) -> ActorDictionary:
        """Load every dictionary file in ``folder`` (default: the package's ``data/actors``)."""
        folder = folder or Path(str(resources.files("detente") / "data" / "actors"))
        book = cls()
        loaders = {"countries.yaml": book._add_countries, "igos.yaml": book._add_igos,
                   "groups.yaml": book._add_groups, "institutions.yaml": book._add_groups,
                   "parties.yaml": book._add_groups,
                   "people.yaml": book._add_people,
                   "agents.yaml": book._add_agents,
                   "contextual.yaml": book._add_contextual}
        for name, loader in loaders.items():
            path = folder / name
            if path.exists():
                loader(path, load_yaml(path) or [])
        for extra in sorted(folder.glob("*.user.yaml")):
            book._add_user(extra, load_yaml(extra) or {})
        return book

    def senses(self, phrase: str) -> list[PhraseSense]:
        return self.phrases.get(phrase, [])

    # -- loaders -------------------------------------------------------------------------------
    def _add_countries(self, path: Path, data: Any) -> None:
        for item in _require_list(path, data):
            line = item.get(LINE_KEY)
            code = _require_code(path, item, line)
            entry = Entry(f"{path.name}:{line}", "country", code, str(item.get("name") or code))
            self.entries[entry.entry_id] = entry
            if item.get("region"):
                self.regions[code] = str(item["region"])
            for name in [item.get("name"), *(item.get("names") or [])]:
                self._add_phrase(name, entry, "name")
            for adj in item.get("adjectives") or []:
                self._add_phrase(adj, entry, "adjective")
            for met in [item.get("capital"), *(item.get("metonyms") or [])]:
                self._add_phrase(met, entry, "metonym")

    def _add_igos(self, path: Path, data: Any) -> None:
        for item in _require_list(path, data):
            line = item.get(LINE_KEY)
            code = _require_code(path, item, line)
            entry = Entry(f"{path.name}:{line}", "igo", code, str(item.get("name") or code))
            self.entries[entry.entry_id] = entry
            for name in [item.get("name"), *(item.get("names") or [])]:
                self._add_phrase(name, entry, "name")

    def _add_groups(self, path: Path, data: Any) -> None:
        """Named non-state groups with a home country ("the Taliban", "Houthi"): like an IGO entry,
        plus optional dated ``roles`` for groups that also governed."""
        for item in _require_list(path, data):
            line = item.get(LINE_KEY)
            code = _require_code(path, item, line)
            roles = tuple(_role(path, r) for r in item.get("roles") or [])
            entry = Entry(f"{path.name}:{line}", "group", code, str(item.get("name") or code), roles)
            self.entries[entry.entry_id] = entry
            for name in [item.get("name"), *(item.get("names") or [])]:
                self._add_phrase(name, entry, "name")

    def _add_people(self, path: Path, data: Any) -> None:
        for item in _require_list(path, data):
            line = item.get(LINE_KEY)
            name = item.get("name")
            if not name:
                raise DictionaryError("E010", "person entry lacks 'name'", item=str(path), line=line)
            roles = tuple(_role(path, r) for r in item.get("roles") or [])
            if not roles:
                raise DictionaryError("E010", f"person {name!r} has no roles", item=str(path), line=line)
            entry = Entry(f"{path.name}:{line}", "person", "", str(name), roles)
            self.entries[entry.entry_id] = entry
            for alias in _name_variants([name, *(item.get("aliases") or [])]):
                self._add_phrase(alias, entry, "alias")

    def _add_agents(self, path: Path, data: Any) -> None:
        if not isinstance(data, dict):
            raise DictionaryError("E010", "expected a mapping AGENT: [words]", item=str(path), line=1)
        for agent, words in data.items():
            if agent == LINE_KEY:
                continue
            if not re.fullmatch(r"[A-Z]{3}", str(agent)) or not isinstance(words, list):
                raise DictionaryError("E010", f"agent {agent!r}: expected a 3-letter code and a list",
                                      item=str(path), line=data.get(LINE_KEY))
            for word in words:
                for form in _plural_forms(str(word).lower()):
                    self.agent_phrases.setdefault(form, str(agent))

    def _add_contextual(self, path: Path, data: Any) -> None:
        for item in _require_list(path, data):
            if not item.get("phrase") or not item.get("codes"):
                raise DictionaryError("E010", "contextual entry needs 'phrase' and 'codes'",
                                      item=str(path), line=item.get(LINE_KEY))
            self.contextual.append(item)

    def _add_user(self, path: Path, data: Any) -> None:
        """A ``*.user.yaml`` file may hold any of: countries, igos, groups, people, agents."""
        if not isinstance(data, dict):
            raise DictionaryError("E010", "a user dictionary is a mapping of sections", item=str(path), line=1)
        for section, loader in (("countries", self._add_countries), ("igos", self._add_igos),
                                ("groups", self._add_groups),
                                ("people", self._add_people), ("agents", self._add_agents)):
            if section in data:
                loader(path, data[section])

    def _add_phrase(self, phrase: object, entry: Entry, usage: str) -> None:
        if not phrase:
            return
        text = " ".join(str(phrase).split())
        senses = self.phrases[text]
        if all(s.entry.entry_id != entry.entry_id or s.usage != usage for s in senses):
            senses.append(PhraseSense(entry, usage))


def _name_variants(aliases: list[object]) -> set[str]:
    """A person's aliases, plus each given name with each spelling of the surname: news spells names
    many ways, and a list giving "Volodymyr Zelensky" and "Zelenskiy" should also match "Volodymyr
    Zelenskiy". (Only two-word names are split, so no particle or compound surname is cut.)"""
    names = {" ".join(str(a).split()) for a in aliases if a}
    pairs = [n.split() for n in names if len(n.split()) == 2]
    surnames = {p[1] for p in pairs} | {n for n in names if len(n.split()) == 1}
    return names | {f"{p[0]} {s}" for p in pairs for s in surnames if s != p[0]}


def _require_list(path: Path, data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise DictionaryError("E010", "expected a YAML list of entries", item=str(path), line=1)
    for item in data:
        if not isinstance(item, dict):
            raise DictionaryError("E010", f"entry {item!r} is not a mapping", item=str(path))
    return data


def _require_code(path: Path, item: dict[str, Any], line: int | None) -> str:
    code = str(item.get("code") or "")
    if not _CODE.fullmatch(code):
        raise DictionaryError("E010", f"invalid actor code {code!r}: use upper-case 3-letter blocks",
                              item=str(path), line=line)
    if not item.get("names") and not item.get("name"):
        raise DictionaryError("E010", f"entry {code} has no names", item=str(path), line=line)
    return code


def _role(path: Path, raw: Any) -> Role:
    line = raw.get(LINE_KEY) if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or not raw.get("code"):
        raise DictionaryError("E010", "role needs a 'code'", item=str(path), line=line)
    code = str(raw["code"])
    if not _CODE.fullmatch(code):
        raise DictionaryError("E010", f"invalid role code {code!r}", item=str(path), line=line)
    try:
        start = _as_date(raw.get("start"))
        end = _as_date(raw.get("end"))
    except ValueError as exc:
        raise DictionaryError("E010", f"invalid role date: {exc}", item=str(path), line=line) from None
    if start and end and end < start:
        raise DictionaryError("E010", f"role ends ({end}) before it starts ({start})", item=str(path), line=line)
    return Role(code, raw.get("title"), start, end)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _plural_forms(word: str) -> list[str]:
    """The word and its regular plural (or singular), so 'official' also matches 'officials'."""
    last = word.split()[-1]
    head = word[: len(word) - len(last)]
    forms = {word}
    if last.endswith("ies"):
        forms.add(head + last[:-3] + "y")
    elif last.endswith("s") and not last.endswith("ss"):
        forms.add(head + last[:-1])
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(head + last[:-1] + "ies")
    elif last.endswith(("s", "sh", "ch", "x")):
        forms.add(head + last + "es")
    else:
        forms.add(head + last + "s")
    if last.endswith("man"):
        forms.add(head + last[:-3] + "men")
    return sorted(forms)
