"""Every verb trigger of the pattern files must come back as its own lemma from the model (after
detente's lemma fixes), or its pattern can never fire: "116 fine $T" was dead while the model read
"fined" as "fin"."""

from __future__ import annotations

import re

import pytest

from detente.nlp.lemmas import WRONG_LEMMAS
from tests.conftest import triples

pytestmark = pytest.mark.slow

# past forms the spelling rules below cannot make (None: a trigger that is no verb of its own)
PAST = {"be": "was", "bid": "bid", "cut": "cut", "flee": "fled", "fly": "flew", "foresee": "foresaw", "get": "got",
        "hit": "hit", "let": "let", "put": "put", "run": "ran", "see": "saw", "set": "set", "shut": "shut",
        "sit": "sat", "win": "won", "exit": "exited", "iron": "ironed", "open": "opened", "lit": None}


def _past(verb: str) -> str | None:
    if verb in PAST:
        return PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.search(r"^[^aeiou]*[aeiou][bdgmnprt]$|((de|re|pre|trans|con|in)fer|(ad|com|sub|per|o|e|re)mit|"
                 r"(ex|com|pro|re)pel|(pa|con)trol|(oc|in|re)cur|deter|regret|abet|rebut|ban|drop)$", verb):
        return verb + verb[-1] + "ed"  # "ban" "banned", "expel" "expelled", "airdrop" "airdropped"
    return verb + "ed"


def _participle(verb: str) -> str | None:
    if verb == "lit":
        return None
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee") and verb != "be":
        return verb[:-1] + "ing"
    past = _past(verb)
    if past and past.endswith(verb[-1] * 2 + "ed") and not verb.endswith(verb[-1] * 2):
        return verb + verb[-1] + "ing"  # "ban" "banning"
    return verb + "ing"


def test_every_verb_triggers_participle_is_lemmatized_back_to_itself(pipeline):  # type: ignore[no-untyped-def]
    triggers = sorted({t for p in pipeline.patterns.patterns if not p.nominal for t in p.triggers
                       if re.fullmatch(r"[a-z]+", t)})
    forms = [(t, f) for t in triggers if (f := _participle(t)) is not None]
    docs = pipeline.nlp.pipe(f"Officials are {form} the plan on Monday." for _, form in forms)
    lost = [(trigger, form, doc[2].lemma_) for (trigger, form), doc in zip(forms, docs)
            if doc[2].tag_.startswith("VB") and doc[2].lemma_.lower() not in triggers]
    assert not lost, f"verb forms the model lemmatizes to no trigger (add them to WRONG_LEMMAS): {lost}"


def test_every_verb_trigger_is_lemmatized_back_to_itself(pipeline):  # type: ignore[no-untyped-def]
    triggers = sorted({t for p in pipeline.patterns.patterns if not p.nominal for t in p.triggers if re.fullmatch(r"[a-z]+", t)})
    forms = [(t, f) for t in triggers if (f := _past(t)) is not None]
    docs = pipeline.nlp.pipe(f"Officials {form} the plan on Monday." for _, form in forms)
    lost = [(trigger, form, doc[1].lemma_) for (trigger, form), doc in zip(forms, docs)
            if doc[1].lemma_.lower() != trigger and doc[1].lemma_.lower() not in triggers]
    assert len(triggers) > 1000
    assert not lost, f"verb forms the model lemmatizes to no trigger (add them to WRONG_LEMMAS): {lost}"


def test_a_fixed_lemma_lets_its_pattern_fire(code_text):  # type: ignore[no-untyped-def]
    assert "fined" in WRONG_LEMMAS
    evs = code_text("A Russian court fined Google 21 billion roubles on Friday.", "2022-07-18")
    assert ("RUSJUD", "116", "USABUS") in triples(evs)
    evs = code_text("Warsaw lambasted the European Commission's decision.", "2022-07-18")
    assert ("POLGOV", "111", "IGOEUREEC") in triples(evs)
    # the noun keeps its own lemma
    evs = code_text("The fines imposed by Moscow were condemned by Google.", "2022-07-18")
    assert all(c != "116" or s[:3] == "RUS" for s, c, t in triples(evs))


def test_every_noun_trigger_is_lemmatized_back_to_a_trigger(pipeline):  # type: ignore[no-untyped-def]
    triggers = sorted({t for p in pipeline.patterns.patterns if p.nominal for t in p.triggers
                       if re.fullmatch(r"[a-z]+", t)})
    docs = pipeline.nlp.pipe(f"Officials criticised the {word} on Monday." for word in triggers)
    lost = [(word, doc[3].lemma_) for word, doc in zip(triggers, docs) if doc[3].lemma_.lower() not in triggers]
    assert len(triggers) > 500
    assert not lost, f"nouns the model lemmatizes to no trigger (add them to WRONG_NOUN_LEMMAS or the pattern): {lost}"


def test_hope_is_no_hop(code_text):  # type: ignore[no-untyped-def]
    # "hoped" came back as "hop", itself a trigger ("hop to Kyiv"), so the audits above let it pass
    assert WRONG_LEMMAS["hoped"] == "hope"
    evs = code_text("Japan hopes to hold talks with South Korea next month.", "2013-07-05")
    got = triples(evs, factual=False)
    assert ("JPN", "036", "KOR") in got and not [c for s, c, t in got if c.startswith("04")]  # a plan, no talks
    # guard: a hope about another's act is nobody's intent
    evs = code_text("Ankara hoped Moscow would agree to a ceasefire.", "2013-07-05")
    assert not triples(evs, factual=False)


# spellings of one verb, both listed as triggers
SPELLINGS = {("fulfill", "fulfil"), ("lambast", "lambaste")}


def test_no_verb_trigger_is_lemmatized_to_another_trigger(pipeline):  # type: ignore[no-untyped-def]
    # the audits above accept any trigger as the lemma; "hoped" came back as "hop" and "waged" as "wag"
    # ("wag a finger at"), so "hope to …" never fired and "waged war on Ukraine" was a 110
    triggers = sorted({t for p in pipeline.patterns.patterns if not p.nominal for t in p.triggers
                       if re.fullmatch(r"[a-z]+", t)})
    wrong = []
    for make, template, index in [(_past, "Officials {} the plan on Monday.", 1),
                                  (_participle, "Officials are {} the plan on Monday.", 2)]:
        forms = [(t, f) for t in triggers if (f := make(t)) is not None]
        for (trigger, form), doc in zip(forms, pipeline.nlp.pipe(template.format(f) for _, f in forms)):
            got = doc[index].lemma_.lower()
            if got != trigger and got in triggers and (trigger, got) not in SPELLINGS:
                wrong.append((trigger, form, got))
    assert not wrong, f"verb forms lemmatized to another trigger (add them to WRONG_LEMMAS): {wrong}"


def test_waged_war_is_war(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Russia waged war on Ukraine in 2022.", "2022-03-01")
    assert ("RUS", "190", "UKR") in triples(evs)
