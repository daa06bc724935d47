"""Convert a PETRARCH (or TABARI) ``.verbs`` file into detente ``CODE PATTERN`` lines.

A ``--- NAME [code] ---`` block's verbs become triggers (a verb followed only by particles or prepositions);
each of the block's patterns is translated by :mod:`~detente.interop.petrarch.verb_patterns` and
emitted once per trigger.  Every emitted line is compiled with detente's own pattern parser, so
nothing is written that detente would reject when loading it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.coding.ontology import Ontology
from detente.coding.patterns import PREPOSITIONS, parse_line
from detente.errors import DictionaryError
from detente.interop.petrarch.common import CODE_BLOCK, NULL_CODES, Conversion, read_lines
from detente.interop.petrarch.verb_patterns import PARTICLES, event_code, pattern_elements, synset_name
from detente.interop.petrarch.words import phrase_words, verb_lemma


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
            codes = CODE_BLOCK.findall(text)
            blocks.append(_Block(lineno, codes[0].strip() if codes else "---"))
            current_syn = None
        elif text.startswith("&"):
            current_syn = synset_name(text.split()[0])
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


def _add_verb(block: _Block, lineno: int, text: str, out: Conversion) -> None:
    codes = CODE_BLOCK.findall(text)
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
        code = event_code(raw, onto)
        if raw.split(":")[0].strip() in NULL_CODES:
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
        converted = pattern_elements(text, synsets, onto)
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
