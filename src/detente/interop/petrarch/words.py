"""Words of PETRARCH phrases: splitting, re-casing names for news text, rule-based lemmas.

PETRARCH writes every phrase upper-case with ``_`` between words, while detente's matcher is
case-sensitive and its patterns use lemmas; these helpers turn one into the other and are used by
all three converters.
"""

from __future__ import annotations

_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "el", "al", "bin",
                "ibn", "van", "von", "der", "da", "di", "to", "at", "a", "an", "y"}
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

