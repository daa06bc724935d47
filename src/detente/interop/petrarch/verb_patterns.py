"""Translate one PETRARCH verb pattern line (``- PRE * POST [code]``) into detente elements.

``+``/``$`` after the verb → ``$T``/``$S``, ``+`` before the verb with ``$`` after it → ``$S``,
prepositions and ``(PREP NP)`` groups → ``prep X``, particles → ``+prt``, a noun phrase → its head
lemma, ``&SYNSET`` → ``a|b|c``.  Words before the verb, ``%`` compound actors, negations and
adverbs, null or non-CAMEO codes cannot be expressed: the translation is then ``!reason``.
"""

from __future__ import annotations

import re
from typing import Any

from detente.coding.ontology import Ontology
from detente.coding.patterns import PREPOSITIONS
from detente.interop.petrarch.common import CODE_BLOCK, NULL_CODES
from detente.interop.petrarch.words import noun_lemma, phrase_words

_NOT_ADVERBS = {"rally", "supply", "assembly", "family", "italy", "reply", "apply", "anomaly",
                "monopoly", "july", "ally", "early", "only", "holy", "comply", "multiply", "imply", "fly"}
PARTICLES = frozenset("up down out off back away".split())
_NEGATIONS = {"NOT", "NO", "NEVER", "N'T", "NEITHER", "NOR", "WITHOUT"}
_TOKEN = re.compile(r"\{[^}]*\}|\(|\)|[^\s(){}]+")


def event_code(raw: str, onto: Ontology) -> str:
    """The CAMEO code of a ``[code]`` or ``[code:reverse]`` block, or ``!reason``."""
    code = raw.split(":")[0].strip()
    if raw.strip().startswith(":"):
        return "!reverse-only code (target acts on source)"
    if code in NULL_CODES:
        return "!null code (no event)"
    if code not in onto:
        return f"!not a CAMEO code: {code}"
    return code


def synset_name(token: str) -> str:
    """The key of a ``&SYNSET`` (trailing ``_`` dropped, upper-case)."""
    return token.rstrip("_").upper()


def pattern_elements(text: str, synsets: dict[str, list[str]], onto: Ontology) -> str:
    """``CODE elements`` for one ``- ... [code]`` pattern line, or ``!reason``."""
    codes = list(CODE_BLOCK.finditer(text))
    if not codes:
        return "!pattern without a code"
    code = event_code(codes[-1].group(1), onto)
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
    key = synset_name(name)
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
