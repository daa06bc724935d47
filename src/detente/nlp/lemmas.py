"""Verb lemmas the small English model gets wrong, put right before any pattern looks at them.

The model's rule lemmatizer strips one letter too many or too few from some regular verbs the
dictionaries use ("fined" becomes "fin", "lambasted" "lambast", "installed" "instal", "raped" "rap"),
so a pattern keyed on the dictionary form ("116 fine $T") never fires. The table below maps each
inflected form (lower case) to its right lemma; ``tests/nlp/test_lemmas.py`` checks every verb
trigger of the pattern files against the model, so a new trigger the model cannot lemmatize back
fails there and gets its row here.
"""

from __future__ import annotations

from spacy.tokens import Doc

WRONG_LEMMAS: dict[str, str] = {
    "fined": "fine", "fines": "fine",
    "lambasted": "lambaste", "lambastes": "lambaste",
    "axed": "axe", "axes": "axe",
    "dined": "dine", "dines": "dine",
    "installed": "install", "installs": "install",
    "piped": "pipe", "pipes": "pipe",
    "raped": "rape", "rapes": "rape",
    "caned": "cane", "canes": "cane",
    "sniped": "snipe", "snipes": "snipe",
    "cordoned": "cordon", "cordons": "cordon",
    "deregistered": "deregister", "deregisters": "deregister",
    "reoccupied": "reoccupy", "reoccupies": "reoccupy",
    "waterboarded": "waterboard", "waterboards": "waterboard",
    "reconnected": "reconnect", "reconnects": "reconnect",
    "reinvested": "reinvest", "reinvests": "reinvest",
    "airdropped": "airdrop", "airdrops": "airdrop",
    "feted": "fete", "fetes": "fete",
    "unbanned": "unban", "unbans": "unban",
    "foresaw": "foresee",
    "readmitted": "readmit", "readmits": "readmit",
}

# nouns the model cuts short ("doses" to "dos", "summons" to "summon")
WRONG_NOUN_LEMMAS: dict[str, str] = {"doses": "dose", "summons": "summons", "thanks": "thanks"}


def verb_lemmas(doc: Doc) -> None:
    """Give each verb form in :data:`WRONG_LEMMAS` its right lemma (nouns such as "fines" keep theirs),
    and each noun in :data:`WRONG_NOUN_LEMMAS` its own."""
    for tok in doc:
        right = WRONG_LEMMAS.get(tok.lower_) if tok.tag_.startswith("VB") else \
            WRONG_NOUN_LEMMAS.get(tok.lower_) if tok.tag_.startswith("NN") else None
        if right is not None:
            tok.lemma_ = right
