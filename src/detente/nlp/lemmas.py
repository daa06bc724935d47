"""Verb lemmas the small English model gets wrong, put right before any pattern looks at them.

The model's rule lemmatizer strips one letter too many or too few from some regular verbs the
dictionaries use ("fined" becomes "fin", "lambasted" "lambast", "installed" "instal", "raped" "rap"),
so a pattern keyed on the dictionary form ("116 fine $T") never fires. The table below maps each
inflected form (lower case) to its right lemma; ``tests/nlp/test_lemmas.py`` checks every verb
trigger of the pattern files against the model, so a new trigger the model cannot lemmatize back
fails there and gets its row here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# (lemma: its inflected forms the model gets wrong)
_FORMS: dict[str, tuple[str, ...]] = {
    "fine": ("fined", "fines", "fining"),
    "lambaste": ("lambasted", "lambastes", "lambasting"),
    "axe": ("axed", "axes", "axing"),
    "dine": ("dined", "dines", "dining"),
    "install": ("installed", "installs", "installing"),
    "pipe": ("piped", "pipes", "piping"),
    "rape": ("raped", "rapes", "raping"),
    "cane": ("caned", "canes", "caning"),
    "snipe": ("sniped", "snipes", "sniping"),
    "cordon": ("cordoned", "cordons", "cordoning"),
    "deregister": ("deregistered", "deregisters", "deregistering"),
    "reoccupy": ("reoccupied", "reoccupies", "reoccupying"),
    "waterboard": ("waterboarded", "waterboards", "waterboarding"),
    "reconnect": ("reconnected", "reconnects", "reconnecting"),
    "reinvest": ("reinvested", "reinvests", "reinvesting"),
    "airdrop": ("airdropped", "airdrops", "airdropping"),
    "fete": ("feted", "fetes", "feting"),
    "unban": ("unbanned", "unbans", "unbanning"),
    "foresee": ("foresaw",),
    "readmit": ("readmitted", "readmits", "readmitting"),
    "unfreeze": ("unfreezing",),
    "stage": ("staged", "stages", "staging"),
    "hope": ("hoped", "hopes", "hoping"),  # (read as "hop": "Seoul hoped Pyongyang would agree to talks")
    "wage": ("waged", "wages", "waging"),  # (read as "wag", as in "wag a finger at": "waged war on Ukraine")
}
WRONG_LEMMAS: dict[str, str] = {form: lemma for lemma, forms in _FORMS.items() for form in forms}

# nouns the model cuts short ("doses" to "dos", "summons" to "summon")
WRONG_NOUN_LEMMAS: dict[str, str] = {"doses": "dose", "summons": "summons", "thanks": "thanks"}


def fix_lemmas(doc: Doc) -> None:
    """Give each verb form in :data:`WRONG_LEMMAS` its right lemma (nouns such as "fines" keep theirs),
    and each noun in :data:`WRONG_NOUN_LEMMAS` its own."""
    for tok in doc:
        right = WRONG_LEMMAS.get(tok.lower_) if tok.tag_.startswith("VB") else \
            WRONG_NOUN_LEMMAS.get(tok.lower_) if tok.tag_.startswith("NN") else None
        if right is not None:
            tok.lemma_ = right


def joined_lemma(tok: Token) -> str:
    """The lemma of a hyphenated word the tokenizer split: "sit-in" is parsed as "sit", "-", "in",
    with "in" as the head, so the head's own lemma ("in") says nothing; the joined form does."""
    i = tok.i
    if i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].head.i == i and tok.doc[i - 1].whitespace_ == "" \
            and tok.doc[i - 2].whitespace_ == "":
        return f"{tok.doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()
