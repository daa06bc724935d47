"""Import PETRARCH/TABARI dictionaries (``.actors``, ``.agents``, ``.verbs``) into detente's formats.

PETRARCH's files are line-oriented: upper-case phrases whose words are joined by ``_``, codes in
``[...]``, ``#`` and ``<!-- -->`` comments.  This module reads them best-effort and returns a
:class:`Conversion`: the converted data (a ``*.user.yaml`` mapping for actors and agents, or
``CODE PATTERN`` lines for verbs), how many source records were converted, and every skipped or
lossily converted line with its reason.  Nothing here prints; the CLI renders the result.

Mapping, in short:

* actors: an entry with dated codes (``[PRKGOV 20111217-]``, ``[HOB <950601]``) becomes a person
  with dated roles (an undated code is its last, open role); an entry with one undated code becomes
  a ``countries`` entry (3-letter code) or an ``igos`` entry (longer codes).  Null (``[---]``),
  compound (``[A/B]``) and malformed codes are skipped.  Upper-case names are re-cased for the
  case-sensitive matcher ("NORTH_KOREA" → "North Korea", "U.N." stays).
* agents: ``WORD {PLURAL} [~GOV]`` (or ``[NGO~]``) → ``agents: {GOV: [word, plural]}``; longer
  agent codes keep their first three letters; ``!MARKER!`` substitutions are expanded.
* verbs: a ``--- NAME [code] ---`` block's verbs become triggers; each pattern ``- PRE * POST
  [code]`` becomes ``CODE trigger elements``: ``+``/``$`` after the verb → ``$T``/``$S``, ``+``
  before the verb with ``$`` after it → ``$S``, prepositions and ``(PREP NP)`` groups → ``prep
  X``, particles → ``+prt``, a noun phrase → its head lemma, ``&SYNSET`` → ``a|b|c``.  Words before
  the verb, ``%`` compound actors, negations and adverbs, null or non-CAMEO codes cannot be
  expressed and are skipped.  Every emitted line is compiled with detente's own pattern parser.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from detente.actors.dictionary import _CODE as _ACTOR_CODE  # the loader's own rule for codes
from detente.coding.ontology import Ontology
from detente.coding.patterns import PREPOSITIONS, parse_line
from detente.errors import DictionaryError

KINDS = ("actors", "agents", "verbs")

_BLOCK = re.compile(r"\[([^\]]*)\]")
_NULL_CODES = {"", "---", "+++", "###", "~~~"}
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "el", "al", "bin",
                "ibn", "van", "von", "der", "da", "di", "to", "at", "a", "an", "y"}
_NOT_ADVERBS = {"rally", "supply", "assembly", "family", "italy", "reply", "apply", "anomaly",
                "monopoly", "july", "ally", "early", "only", "holy", "comply", "multiply", "imply", "fly"}
PARTICLES = frozenset("up down out off back away".split())
_NEGATIONS = {"NOT", "NO", "NEVER", "N'T", "NEITHER", "NOR", "WITHOUT"}
_IRREGULAR_VERBS = {
    "said": "say", "says": "say", "saying": "say", "held": "hold", "met": "meet", "left": "leave",
    "sought": "seek", "fought": "fight", "sank": "sink", "sunk": "sink", "began": "begin",
    "begun": "begin", "drawn": "draw", "drew": "draw", "risen": "rise", "rose": "rise", "made": "make",
    "making": "make", "paid": "pay", "lent": "lend", "shot": "shoot", "broke": "break",
    "broken": "break", "found": "find", "spoke": "speak", "spoken": "speak", "has": "have",
    "had": "have", "having": "have", "went": "go", "gone": "go", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "sent": "send", "struck": "strike", "stricken": "strike",
    "told": "tell", "thrown": "throw", "threw": "throw", "won": "win", "wrote": "write",
    "written": "write", "came": "come", "bought": "buy", "brought": "bring", "caught": "catch",
    "fled": "flee", "led": "lead", "kept": "keep", "bore": "bear", "borne": "bear", "hid": "hide",
    "hidden": "hide", "seen": "see", "saw": "see", "stood": "stand", "undertook": "undertake",
    "withdrew": "withdraw", "withdrawn": "withdraw", "forgave": "forgive", "forgiven": "forgive",
    "overcame": "overcome", "is": "be", "was": "be", "were": "be", "been": "be", "are": "be",
}
_IRREGULAR_NOUNS = {"men": "man", "women": "woman", "children": "child", "people": "people",
                    "news": "news", "police": "police", "media": "media", "troops": "troop",
                    "arms": "arm", "forces": "force", "crises": "crisis", "data": "data"}


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


def convert(path: Path, *, kind: str | None = None, ontology: Ontology | None = None) -> Conversion:
    """Convert a PETRARCH dictionary file; ``kind`` is detected when not given."""
    kind = kind or detect_kind(path)
    if kind == "actors":
        return convert_actors(path)
    if kind == "agents":
        return convert_agents(path)
    if kind == "verbs":
        return convert_verbs(path, ontology=ontology)
    raise DictionaryError("E010", f"unknown PETRARCH dictionary kind {kind!r}: use {', '.join(KINDS)}",
                          item=str(path))


# -- names -------------------------------------------------------------------------------------
def phrase_words(phrase: str) -> list[str]:
    """The words of a PETRARCH phrase (``_`` and blanks both separate words)."""
    return phrase.replace("_", " ").split()


def display_forms(phrase: str) -> list[str]:
    """How an upper-case PETRARCH name is written in news, best first (the matcher is case-sensitive).

    Words with dots and short single words stay upper-case (``U.N.``, ``UAE``); 4-letter single
    words get both forms (``Iran``/``NATO``); other words are capitalised, small words lower-cased.
    """
    words = phrase_words(phrase)
    if not words:
        return []
    if len(words) == 1 and (len(words[0]) <= 3 or "." in words[0]):
        return [words[0].upper()]
    cased = [_case_word(w, first=i == 0) for i, w in enumerate(words)]
    forms = [" ".join(cased)]
    if len(words) > 1 and any(_maybe_acronym(w) for w in words):
        # "UN Secretary General" as well as "Kim Jong Un": short words may be acronyms
        forms.append(" ".join(w.upper() if _maybe_acronym(w) else c for w, c in zip(words, cased, strict=True)))
    if len(words) == 1 and len(words[0]) == 4 and words[0].isalpha():
        forms.append(words[0].upper())
    if any("-" in w for w in words):  # "Ban Ki-moon" as well as "Al-Qaeda"
        forms.append(" ".join(_case_word(w, first=i == 0, hyphen_parts=False) for i, w in enumerate(words)))
    if len(words) > 1 and _maybe_acronym(words[0]):  # "UN Security Council" first
        forms.insert(0, forms.pop(1))
    if len(words) > 1 and words[0].lower() == "the":  # "the United Nations" mid-sentence
        forms += ["the" + f[3:] for f in forms]
    return list(dict.fromkeys(forms))


def _maybe_acronym(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and low not in _SMALL_WORDS and (
        len(low) <= 2 or (len(low) == 3 and not set(low) & set("aeiouy")))


def _case_word(word: str, *, first: bool, hyphen_parts: bool = True) -> str:
    if "." in word or not any(c.isalpha() for c in word):
        return word.upper()
    low = word.lower()
    if not first and low in _SMALL_WORDS:
        return low
    if hyphen_parts:
        return "-".join(p.capitalize() for p in low.split("-"))
    return low.capitalize()


# -- actors ------------------------------------------------------------------------------------
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
        blocks = [(lineno, b) for b in _BLOCK.findall(text)]
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
    if code in _NULL_CODES:
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


# -- agents ------------------------------------------------------------------------------------
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


# -- verbs -------------------------------------------------------------------------------------
@dataclass
class _Verb:
    lemma: str
    elements: list[str]
    code: str | None
    line: int
    text: str


@dataclass
class _Block:
    line: int
    code: str
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


def convert_verbs(path: Path, *, ontology: Ontology | None = None) -> Conversion:
    """Convert a PETRARCH (or TABARI) ``.verbs`` file into detente ``CODE PATTERN`` lines."""
    onto = ontology or Ontology.load()
    out = Conversion("verbs", str(path))
    synsets, blocks = _read_verb_file(path, out)
    seen: set[str] = set()
    for block in blocks:
        for line in _block_lines(block, synsets, onto, path, out):
            if line not in seen:
                seen.add(line)
                out.lines.append(line)
    out.skipped.sort(key=lambda s: s.line)
    return out


def _read_verb_file(path: Path, out: Conversion) -> tuple[dict[str, list[str]], list[_Block]]:
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    current_syn: str | None = None
    for lineno, text in read_lines(path):
        if text.startswith("---"):
            codes = _BLOCK.findall(text)
            blocks.append(_Block(lineno, codes[0].strip() if codes else "---"))
            current_syn = None
        elif text.startswith("&"):
            current_syn = _synset_name(text.split()[0])
            synsets[current_syn] = []
        elif text.startswith("+") and current_syn is not None:
            synsets[current_syn].append(text[1:].strip())
        elif text.startswith("~"):
            out.skip(lineno, text, "transformation rule")
        elif not blocks:
            out.skip(lineno, text, "line outside a verb block")
        elif text.startswith("-"):
            blocks[-1].patterns.append((lineno, text))
        else:
            current_syn = None
            _add_verb(blocks[-1], lineno, text, out)
    return synsets, blocks


def _synset_name(token: str) -> str:
    return token.rstrip("_").upper()


def _add_verb(block: _Block, lineno: int, text: str, out: Conversion) -> None:
    codes = _BLOCK.findall(text)
    phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text)
    words = phrase_words(phrase)
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    verb_at = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    if not words or verb_at > 0:
        out.skip(lineno, text, "words before the verb" if words else "empty verb line")
        return
    extra = [w.lower() for w in words[1:]]
    if any(w not in PARTICLES and w not in PREPOSITIONS for w in extra):
        out.skip(lineno, text, "multi-word verb that is not verb + particle")
        return
    elements = [f"+{w}" if w in PARTICLES else f"{w} *" for w in extra]
    block.verbs.append(_Verb(verb_lemma(words[0]), elements, codes[0].strip() if codes else None,
                             lineno, text))


def _block_lines(block: _Block, synsets: dict[str, list[str]], onto: Ontology, path: Path,
                 out: Conversion) -> Iterator[str]:
    """The detente lines of one verb block: bare verbs, then every pattern for every trigger."""
    if not block.verbs:
        for lineno, text in block.patterns:
            out.skip(lineno, text, "pattern in a block without verbs")
        return
    simple = [v for v in block.verbs if not v.elements]
    triggers: list[tuple[str, list[str]]] = []
    if simple:
        triggers.append(("|".join(dict.fromkeys(v.lemma for v in simple)), []))
    triggers += [(v.lemma, v.elements) for v in block.verbs if v.elements]
    for verb in block.verbs:
        raw = verb.code or block.code
        code = _event_code(raw, onto)
        if raw.split(":")[0].strip() in _NULL_CODES:
            out.converted += 1  # PETRARCH codes nothing for the verb alone either: it is a trigger only
            continue
        if code.startswith("!"):
            out.skip(verb.line, verb.text, f"verb alone: {code[1:]}")
            continue
        line = _checked(f"{code} {verb.lemma} {' '.join(verb.elements)}".strip(), path, verb.line, onto)
        if line.startswith("!"):
            out.skip(verb.line, verb.text, line[1:])
            continue
        out.converted += 1
        yield line
    for lineno, text in block.patterns:
        converted = _pattern(text, synsets, onto)
        if converted.startswith("!"):
            out.skip(lineno, text, converted[1:])
            continue
        code, _, elements = converted.partition(" ")
        lines = [_checked(f"{code} {trig} {' '.join(pre)} {elements}", path, lineno, onto)
                 for trig, pre in triggers]
        bad = [ln for ln in lines if ln.startswith("!")]
        if bad:
            out.skip(lineno, text, bad[0][1:])
            continue
        out.converted += 1
        yield from lines


def _checked(line: str, path: Path, lineno: int, onto: Ontology) -> str:
    """``line`` normalised if detente's pattern parser accepts it, else ``!reason``."""
    line = " ".join(line.split())
    try:
        parse_line(line, origin=f"{path.name}:{lineno}", ontology=onto)
    except DictionaryError as exc:
        return f"!not a detente pattern: {exc.message}"
    return line


def _event_code(raw: str, onto: Ontology) -> str:
    """The CAMEO code of a ``[code]`` or ``[code:reverse]`` block, or ``!reason``."""
    code = raw.split(":")[0].strip()
    if raw.strip().startswith(":"):
        return "!reverse-only code (target acts on source)"
    if code in _NULL_CODES:
        return "!null code (no event)"
    if code not in onto:
        return f"!not a CAMEO code: {code}"
    return code


# -- verb patterns -----------------------------------------------------------------------------
_TOKEN = re.compile(r"\{[^}]*\}|\(|\)|[^\s(){}]+")


def _pattern(text: str, synsets: dict[str, list[str]], onto: Ontology) -> str:
    """``CODE elements`` for one ``- ... [code]`` pattern line, or ``!reason``."""
    codes = list(_BLOCK.finditer(text))
    if not codes:
        return "!pattern without a code"
    code = _event_code(codes[-1].group(1), onto)
    if code.startswith("!"):
        return code
    body = text[1:codes[-1].start()].strip()
    tokens = _tokens(body)
    if tokens.count(("verb",)) != 1:
        return "!pattern without exactly one verb marker (*)"
    at = tokens.index(("verb",))
    pre, post = tokens[:at], tokens[at + 1:]
    pre = [t for t in pre if t[0] != "skip"]
    if ("compound",) in pre:
        return "!compound actor (%)"
    if any(t[0] != "slot" for t in pre) or len(pre) > 1:
        return "!words before the verb"
    target_first = bool(pre) and pre[0][1] == "+"
    try:
        elements = _post_elements(post, synsets, target_first=target_first)
    except ValueError as exc:
        return f"!{exc}"
    return f"{code} {' '.join(elements)}".strip()


def _tokens(body: str) -> list[tuple[Any, ...]]:
    """Pattern tokens: (verb) (slot, $|+) (compound) (skip) (word, W) (np, [W]) (open) (close)."""
    out: list[tuple[Any, ...]] = []
    for raw in _TOKEN.findall(body):
        if raw.startswith("{"):
            out.append(("np", [w for part in raw[1:-1].split() for w in _split_word(part)]))
        elif raw in "()":
            out.append(("open",) if raw == "(" else ("close",))
        else:
            out.extend(_word_token(w) for w in _split_word(raw))
    return out


def _split_word(raw: str) -> list[str]:
    """Split ``IN_*_OUT`` or ``NEW_&TIETYPES_RELATIONS`` into words, keeping ``*`` apart."""
    return [w for w in re.split(r"_|(\*)", raw) if w]


def _word_token(word: str) -> tuple[Any, ...]:
    if word == "*":
        return ("verb",)
    if word in {"$", "+"}:
        return ("slot", word)
    if word == "%":
        return ("compound",)
    if word == "^":
        return ("skip",)
    return ("word", word)


def _post_elements(tokens: list[tuple[Any, ...]], synsets: dict[str, list[str]], *,
                   target_first: bool) -> list[str]:
    """Detente elements for the tokens after the verb; ``ValueError`` names what cannot be said."""
    out: list[str] = []
    pending: str | None = None  # a preposition waiting for its object
    slots = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok[0]
        i += 1
        if kind in {"open", "close", "skip"}:
            if kind == "close" and pending:
                out.append(f"{pending} *")
                pending = None
            continue
        if kind == "compound":
            raise ValueError("compound actor (%)")
        if kind == "verb":
            raise ValueError("second verb marker")
        if kind == "slot":
            slots += 1
            slot = _slot(tok[1], target_first)
            out.append(f"{pending} {slot}" if pending else slot)
            pending = None
            continue
        word = tok[1] if kind == "word" else None
        if word is not None and word.lower() in PREPOSITIONS and not word.startswith("&"):
            if pending:
                out.append(f"{pending} *")
            pending = word.lower()
            continue
        if word is not None and word.lower() in PARTICLES and not out and not pending:
            out.append(f"+{word.lower()}")
            continue
        group = [tok]
        while i < len(tokens) and tokens[i][0] in {"word", "np"} and not _is_prep(tokens[i]):
            group.append(tokens[i])
            i += 1
        head = _head(group, synsets)
        out.append(f"{pending} {head}" if pending else head)
        pending = None
    if pending:
        out.append(f"{pending} *")
    if slots > 1:
        raise ValueError("two actor slots after the verb")
    if target_first and slots == 0:
        raise ValueError("target before the verb without a source after it")
    return out


def _is_prep(tok: tuple[Any, ...]) -> bool:
    return tok[0] == "word" and tok[1].lower() in PREPOSITIONS


def _slot(marker: str, target_first: bool) -> str:
    if marker == "$":
        return "$S"
    if target_first:
        raise ValueError("target on both sides of the verb")
    return "$T"


def _head(group: list[tuple[Any, ...]], synsets: dict[str, list[str]]) -> str:
    """The lemma alternatives of a noun phrase's head (its last word); modifiers are dropped."""
    words = [w for tok in group for w in (tok[1] if tok[0] == "np" else [tok[1]])]
    for w in words:
        if w.upper() in _NEGATIONS:
            raise ValueError(f"negation ({w})")
        if w.lower().endswith("ly") and len(w) > 5 and w.lower() not in _NOT_ADVERBS:
            raise ValueError(f"adverb ({w})")
    last = words[-1]
    alternatives = (_synset_heads(last, synsets, set()) if last.startswith("&")
                    else [noun_lemma(w) for w in last.split("/") if w])
    for alt in alternatives:
        if not re.fullmatch(r"[a-z][a-z'-]*", alt):
            raise ValueError(f"unusual word ({alt})")
    return "|".join(dict.fromkeys(alternatives))


def _synset_heads(name: str, synsets: dict[str, list[str]], seen: set[str]) -> list[str]:
    key = _synset_name(name)
    if key not in synsets:
        raise ValueError(f"undefined synset ({key})")
    if key in seen:
        raise ValueError(f"recursive synset ({key})")
    heads: list[str] = []
    for member in synsets[key]:
        last = phrase_words(member)[-1] if phrase_words(member) else ""
        if last.startswith("&"):
            heads += _synset_heads(last, synsets, seen | {key})
        elif last:
            heads.append(noun_lemma(last))
    if not heads:
        raise ValueError(f"empty synset ({key})")
    return heads


# -- lemmas ------------------------------------------------------------------------------------
def noun_lemma(word: str) -> str:
    """A rule-based singular for an upper-case PETRARCH noun ("TALKS" → "talk")."""
    w = word.lower().strip("'")
    if w in _IRREGULAR_NOUNS:
        return _IRREGULAR_NOUNS[w]
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "'s")):
        return w
    if w.endswith("ies"):
        return w[:-1] if len(w) == 4 else w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def verb_lemma(word: str) -> str:
    """A rule-based base form for a PETRARCH verb headword ("CALLED" → "call", "SAID" → "say")."""
    w = word.lower()
    if w in _IRREGULAR_VERBS:
        return _IRREGULAR_VERBS[w]
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        return _restore_e(w[:-2])
    if w.endswith("ing") and len(w) > 5:
        return _restore_e(w[:-3])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-2] if w.endswith(("shes", "ches", "sses", "xes")) else w[:-1]
    return w


def _restore_e(stem: str) -> str:
    """Undo the spelling changes of -ed/-ing: "stopp" → "stop", "eas" → "ease", "troubl" → "trouble"."""
    vowels = "aeiou"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" + vowels:
        return stem[:-1]
    if stem[-1] in "vzcgu" or (stem[-1] == "s" and stem[-2] in vowels + "r") or (
            stem[-1] in "lr" and stem[-2] not in vowels + "lr"):
        return stem + "e"
    return stem


def install_dictionaries(actors: Path | None, agents: Path | None, verbs: Path | None, out: Path
                         ) -> tuple[Path, Path]:
    """Convert PETRARCH dictionaries into a detente dictionary folder pair under ``out``.

    Returns ``(actors_dir, patterns_dir)`` for :class:`~detente.pipeline.PipelineConfig`: the
    converted actors and agents become ``*.user.yaml`` files, the verbs one pattern file.  Used to
    run PETRARCH's own validation records through detente.
    """
    actors_dir, patterns_dir = out / "actors", out / "verbs"
    actors_dir.mkdir(parents=True, exist_ok=True)
    patterns_dir.mkdir(parents=True, exist_ok=True)
    if actors is not None:
        (actors_dir / "petrarch-actors.user.yaml").write_text(convert_actors(actors).render(), encoding="utf-8")
    if agents is not None:
        (actors_dir / "petrarch-agents.user.yaml").write_text(convert_agents(agents).render(), encoding="utf-8")
    if verbs is not None:
        (patterns_dir / "petrarch.txt").write_text(convert_verbs(verbs).render(), encoding="utf-8")
    return actors_dir, patterns_dir
