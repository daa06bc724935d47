"""The country a nationless group belongs to, read from where the sentence is set.

Reports of protest and violence name their local actors without a nationality: "civilians in
Bucha", "insurgents ... north of Baghdad", "riot police detained thousands of people". An
analyst reads the nationality off the setting; so does this module, in order of evidence:

1. a place named in the sentence (a country, a capital, or a gazetteer city or region), the
   one closest to the group first;
2. otherwise, in a domestic story (the group is the subject or protests, or police, courts or
   security services act in the sentence), the only country the sentence names through its other actors
   ("Belarusian riot police ... people protesting" are Belarusians).

Only groups that are local by nature (civilians, rebels, opposition, police ...) are placed this
way; officials and soldiers abroad are not, because a place says nothing about their flag.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.actors.clauses import verb_above
from detente.actors.matcher import PhraseMatch
from detente.geo.events import place_phrase
from detente.geo.gazetteer import Gazetteer

# prepositions that set a scene; "of" only after a direction or district word ("north of Baghdad")
SETTING_PREPS = {"in", "across", "near", "around", "throughout", "outside", "inside", "at", "into",
                 "on", "along", "from", "through"}
AREA_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "outskirts", "city", "town", "village", "region", "province", "streets", "centre",
              "center", "heart", "capital", "suburbs", "parts", "province", "district", "hub", "port", "enclave",
              "stronghold"}

# sides of a country's own politics: the opposition, separatists and rebels ("a peace deal with northern rebel groups")
POLITICAL_SIDES = {"OPP", "SEP", "REB"}
# forces whose acts in the sentence mark a domestic story ("soldiers executed 223 villagers")
DOMESTIC_FORCES = {"COP", "JUD", "SPY", "MIL"}
# "Turkish authorities detained more than 50,000 people": those a state locks up or purges are its own
DETAINING_VERBS = {"arrest", "detain", "jail", "imprison", "suspend", "dismiss", "purge", "sack", "round", "hold",
                   "sentence", "convict", "execute", "hang", "torture"}
# crowds that protest stand against their own country's rulers
PROTESTERS = {"protester", "protestor", "demonstrator", "striker", "rioter", "marcher", "dissident"}
# groups that report on or trade with a country without being part of its story
FOREIGN_REPORTERS = {"MED", "BUS", "NGO"}
MatchAt = Callable[[Token], "PhraseMatch | None"]


# what a capital before it names the place of, not a party to ("the Minsk agreements", "the Khartoum sit-in")
PLACE_NAMED = {"agreement", "accord", "deal", "treaty", "pact", "protocol", "declaration", "process", "format",
               "sit-in", "protest", "protests", "rally", "march", "summit", "conference", "talk", "talks"}


def named_venue(tok: Token, match_at: MatchAt) -> bool:
    """A capital naming where an accord was made or a protest held ("the Algiers peace agreement")."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in PLACE_NAMED and (m := match_at(tok)) is not None \
        and m.only_metonym


def setting_country(head: Token, sent: Span, match_at: MatchAt, gazetteer: Gazetteer | None) -> str | None:
    """The country a local group headed by ``head`` is in, or None when the sentence does not say."""
    own = match_at(head)
    if own is not None and own.agent in POLITICAL_SIDES:
        # an opposition or rebellion belongs to its country's politics, wherever it signs or meets
        domestic = _only_country(head, sent, match_at)
        if domestic:
            return domestic
    for town in (c for c in head.children if c.dep_ == "compound" and c.text[:1].isupper() and c.ent_type_ != "PERSON"):
        code = place_code(town, match_at, gazetteer)  # "Dubai police", "Istanbul prosecutors": the town's own
        if code:
            return code
    # (a town named before a street or park places only the police there: "a dissident shot dead on an
    # Istanbul street" is still his own country's)
    places = sorted((tok for tok in sent if _is_place_object(tok) and (
        tok.dep_ != "compound" or (own is not None and own.agent == "COP"))), key=lambda t: abs(t.i - head.i))
    for tok in places:
        code = place_code(tok, match_at, gazetteer)
        if code:
            return code
    return _only_country(head, sent, match_at)


# verbs whose "on" phrase names a party, not a place ("blamed the unrest on Washington")
NOT_PLACED_ON = {"blame", "pin", "impose", "slap", "focus", "insist", "rely", "depend", "call", "press", "agree",
                 "comment"}
VENUE_NOUNS = {"talk", "talks", "negotiation", "meeting", "summit", "conference", "round", "dialogue", "forum",
               "consultation", "signing", "ceremony", "mediation"}
# public places in a town, which a town's name before them places ("in a Berlin park")
STREET_NOUNS = {"park", "street", "square", "market", "suburb", "neighbourhood", "neighborhood", "hotel", "cafe",
                "restaurant", "shop", "mall", "flat", "apartment", "home"}
# sites a foreign state owns abroad, which its name does not place in its country ("in Brazil's embassy")
FOREIGN_SITES = {"embassy", "consulate", "mission", "legation", "residence", "ship", "vessel"}
REGION_NOUNS = {"state", "region", "province", "district", "county", "oblast", "governorate", "prefecture",
                "city", "town", "village", "area", "territory"}


def _is_place_object(tok: Token) -> bool:
    if tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.dep_ == "pobj" and \
            tok.head.lemma_.lower() in STREET_NOUNS and tok.ent_type_ == "GPE":
        # "in a Berlin park", "at a Lagos market": the town names the place of the noun it modifies
        return tok.head.head.lower_ in SETTING_PREPS
    if tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.head.dep_ == "pobj" and tok.ent_type_ == "GPE":
        # "at Bogota's police academy", "in Kharkiv's old town": the town that owns the place (but
        # "in Brazil's embassy" in La Paz is not in Brazil)
        return tok.head.head.lower_ in SETTING_PREPS and tok.head.lemma_.lower() not in FOREIGN_SITES
    if tok.dep_ not in {"pobj", "conj"} or tok.ent_type_ in {"DATE", "TIME"}:
        return False  # ("in March": a month, not the town in Cambridgeshire)
    if tok.pos_ != "PROPN" and not (tok.lemma_.lower() in REGION_NOUNS and _region_name(tok) is not None):
        return False
    prep = tok.head if tok.dep_ == "pobj" else tok.head.head
    verb = prep.head if prep.head.pos_ in {"VERB", "AUX"} or prep.head.dep_ != "dobj" else prep.head.head
    if prep.lower_ == "on" and verb.lemma_.lower() in NOT_PLACED_ON:
        return False  # "blamed the unrest on Washington": whom it is blamed on, not where
    if prep.lower_ == "from" and prep.head.pos_ in {"NOUN", "PROPN"}:
        return False  # "drawing condemnation from Germany": whose reaction, not where
    if prep.head.lemma_.lower() in VENUE_NOUNS:
        return False  # "talks in Helsinki": where the parties met, not where the rebels are from
    if prep.lower_ in SETTING_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in AREA_WORDS


def _region_name(tok: Token) -> Token | None:
    """"Kaduna state", "Russia's Krasnodar region": the proper name of a region noun."""
    for child in tok.children:
        if child.dep_ in {"compound", "poss"} and child.pos_ == "PROPN":
            return child
    return None


def place_code(tok: Token, match_at: MatchAt, gazetteer: Gazetteer | None) -> str | None:
    if tok.pos_ != "PROPN" and not (tok.dep_ == "compound" and tok.text[:1].isupper()):  # ("Lagos police": a NOUN)
        named = _region_name(tok)
        if named is None:
            return None
        tok = named
    match = match_at(tok)
    if match is not None and match.is_name:
        for sense in match.senses:
            if sense.entry.kind == "country" and sense.usage in {"name", "metonym"}:
                return sense.entry.code[:3]
        return None  # a person or organisation is not a place
    if gazetteer is None:
        return None
    loc = gazetteer.known_place(place_phrase(tok), prefer=named_countries(tok.sent, match_at))
    if loc is None or not loc.country:
        # "Cairo's Tahrir Square": a landmark the gazetteer lacks, in a city it knows
        for owner in (c for c in tok.children if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN"):
            code = place_code(owner, match_at, gazetteer)
            if code:
                return code
    return loc.country if loc is not None else None


def named_countries(sent: Span, match_at: MatchAt) -> set[str]:
    """The countries a sentence names (by name, nationality or capital)."""
    return {sense.entry.code[:3] for tok in sent if (m := match_at(tok)) is not None and m.is_name
            for sense in m.senses if sense.entry.kind == "country"}


def _only_country(head: Token, sent: Span, match_at: MatchAt) -> str | None:
    # only a domestic story lends its country: the group acts itself ("Belarusians protested"), or
    # police, courts, security services or soldiers act on it, or it protests ("Peru's President …
    # rejecting the demands of protesters"); a visiting president's crowd is not his nation (and a
    # foreign force's victims are placed by a named place first)
    own = match_at(head)
    role = head.head if head.dep_ == "conj" else head  # ("detained 20 politicians and activists")
    detained = role.dep_ in {"dobj", "nsubjpass"} and role.head.lemma_.lower() in DETAINING_VERBS
    domestic = detained or head.lemma_.lower() in PROTESTERS or head.dep_ in {"nsubj", "nsubjpass"} or \
        head.head.head.dep_ in {"nsubj", "nsubjpass"} or (own is not None and own.agent in POLITICAL_SIDES) or any(
        (m := match_at(tok)) is not None and m.agent in DOMESTIC_FORCES for tok in sent)
    if not domestic:
        return None
    found: set[str] = set()
    for tok in sent:
        if tok.i == head.i:
            continue
        match = match_at(tok)
        if match is None or match.end - 1 != tok.i or named_venue(tok, match_at):
            continue  # ("tore up the Algiers peace agreement with northern rebel groups": only Mali is a party)
        for sense in match.senses:
            if sense.entry.kind == "group" and sense.entry.code[3:6] in FOREIGN_REPORTERS:
                continue  # "..., and the junta suspended the BBC": a foreign outlet sets no scene
            if sense.entry.kind in {"country", "group"}:
                found.add(sense.entry.code[:3])
            elif sense.entry.kind == "person":
                found.update(r.code[:3] for r in sense.entry.roles)
    if len(found) > 1 and detained:
        # "Kyrgyz security services detained 20 politicians who had opposed a deal with Uzbekistan":
        # those a state locks up are its own, whatever else the sentence names
        for subj in (c for c in role.head.children if c.dep_ == "nsubj"):
            for tok in subj.subtree:
                match = match_at(tok)
                codes = {s.entry.code[:3] for s in match.senses if s.entry.kind == "country"} if match else set()
                if len(codes) == 1:
                    return codes.pop()
    if len(found) > 1 and own is not None and own.agent in {"OPP", "SEP"} and head.head.lower_ != "of":
        # "Nicaragua's Ortega rejected calls by the opposition …, accusing it of plotting a coup with
        # Washington's backing": an opposition is that of the country whose leader the sentence is about
        # (not where an act names it: "over the island government's arrest of opposition lawmakers")
        main = sent.root
        if main.lemma_.lower() in {"say", "tell", "report", "add", "state"}:  # ("…, Turkish officials told reporters")
            main = next((c for c in main.children if c.dep_ in {"ccomp", "parataxis"}), main)
        subjects = [c for c in main.children if c.dep_ == "nsubj" and not (c.left_edge.i <= head.i <= c.right_edge.i)]
        leading = {c for subj in subjects for tok in subj.subtree for c in _countries_named(match_at(tok))}
        if len(leading) == 1 and leading <= found:
            return leading.pop()
    return found.pop() if len(found) == 1 else None


def _countries_named(match: PhraseMatch | None) -> set[str]:
    """The countries a dictionary match names (a person's through the offices held)."""
    if match is None:
        return set()
    return {s.entry.code[:3] for s in match.senses if s.entry.kind == "country"} | {
        r.code[:3] for s in match.senses if s.entry.kind == "person" for r in s.entry.roles}


# the forces whose pursuit of a firm marks it as one of their own country's ("prosecutors opened an
# investigation into the mining company"); soldiers are left out, as they raid foreign firms too
PURSUING_FORCES = {"COP", "JUD", "SPY"}


def pursued_firm_country(head: Token, sent: Span, match_at: MatchAt) -> str | None:
    """The country of a nationless firm that a state's police, courts or prosecutors act on, when
    that state is the only country the sentence names."""
    verb = verb_above(head)
    if head.dep_ in {"nsubj", "appos"} or not any((m := match_at(tok)) is not None and m.agent in PURSUING_FORCES
               for subj in verb.children if subj.dep_ == "nsubj" for tok in subj.subtree):
        return None  # ("protesters torched businesses ..., and police shot dead dozens": not the firms' pursuers)
    found = named_countries(sent, match_at)
    return found.pop() if len(found) == 1 else None
