"""The members a noun phrase lists: "78 more countries, including Japan, South Korea and the US",
"freed 6,000 prisoners, among them an Australian economist and a Japanese filmmaker".

A collective noun or a noun for people held says little about whom an act concerns; the list after
"including" or "among them" names them.  Kept apart from :mod:`detente.coding.phrases`, which decides
when the members stand for the phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.model import Mention

# people held whose "including X and Y" or "among them X" names the ones a release or an arrest is about
CAPTIVE_NOUNS = {"prisoner", "detainee", "hostage", "captive", "inmate", "convict", "crew", "passenger", "sailor"}
# collective nouns whose "including X and Y" names the parties meant
MEMBER_NOUNS = {"country", "nation", "state", "government", "partner", "ally", "neighbour", "neighbor", "member",
                "power", "economy", "capital"}


def listed_members(tok: Token, sent: Span, resolve: Callable[[Token], list[Mention]]) -> list[Mention]:
    """The actors (as ``resolve`` reads each name) listed after ``tok`` by "including", "like" or
    "among them", in order.  The phrase may hang on the noun, its object or the verb: the one that
    follows the noun, with at most punctuation and a date between, is taken."""
    out: list[Mention] = []
    for prep in sent:
        if prep.dep_ != "prep" or not (prep.lower_ in {"including", "like"} or (
                prep.lower_ == "among" and any(c.lower_ in {"them", "whom"} for c in prep.children))):
            continue
        if prep.head.i != tok.i and not (prep.i > tok.right_edge.i and all(
                t.is_punct or t.ent_type_ in {"DATE", "TIME"} or (t.lower_ == "on" and t.nbor().ent_type_ == "DATE")
                for t in sent.doc[tok.right_edge.i + 1:prep.i])):
            continue
        for obj in prep.children:
            if obj.dep_ in {"pobj", "appos"} or obj.head.lower_ in {"them", "whom"}:
                out.extend(m for named in _listed(obj) for m in resolve(named))
    return out


def _listed(obj: Token) -> list[Token]:
    """The items of a list: the object, its conjuncts, and the names in apposition to each
    ("Australian economist Sean Turnell and Japanese filmmaker Toru Kubota")."""
    items = [obj, *obj.conjuncts]
    named = [a for t in items for a in t.children if a.dep_ == "appos"]
    return items + [n for a in named for n in (a, *a.conjuncts)]
