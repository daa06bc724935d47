"""Normalise article text and drop page furniture that survives copy-paste from news sites.

Subscription prompts, image credits and repeated headlines are not news: they only add noise
(and sometimes fake actors) to coding.
"""

from __future__ import annotations

import re
import unicodedata

_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^enjoying this article\?.*$",
        r"^click here to subscribe.*$",
        r"^subscribe (now|today)\b.*$",
        r"^(image )?credit:.*$",
        r"^(photo|image|picture)( credit)?:.*$",
        r"^recent features$",
        r"^advertisement$",
        r"^share (this|on) .*$",
        r"^sign up for .*newsletter.*$",
        r"^read more:.*$",
        r"^related:.*$",
    )
]
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": " - ",
                         "\u2013": "-", "\u00a0": " "})


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    stripped = line.strip()
    return any(p.match(stripped) for p in _BOILERPLATE)


def clean_text(text: str) -> str:
    """Unicode-normalised text without boilerplate lines or repeated headline lines."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    seen: set[str] = set()
    kept: list[str] = []
    for line in text.splitlines():
        stripped = re.sub(r"[ \t]+", " ", line).strip()
        if is_boilerplate(stripped):
            continue
        # Headlines and section labels repeat verbatim on news pages; keep only the first copy.
        if stripped and len(stripped) < 120 and stripped in seen:
            continue
        seen.add(stripped)
        kept.append(stripped)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
