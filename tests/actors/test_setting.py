"""Nationless local groups take the sentence's setting; named groups, firms and outlets resolve."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.resolver import DocumentActors

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def actor_of(pipeline):  # type: ignore[no-untyped-def]
    """The codes the resolver gives the noun ``word`` in ``text`` (first occurrence)."""

    def run(text: str, word: str, day: str = "2019-05-01") -> list[str]:
        doc = pipeline.nlp(text)
        actors = DocumentActors(pipeline.matcher, date.fromisoformat(day), pipeline.gazetteer)
        actors.prepare(doc)
        tok = next(t for t in doc if t.text == word)
        return [m.code for m in actors.resolve(tok, next(iter(doc.sents)))]

    return run


def test_a_place_in_the_sentence_gives_civilians_their_country(actor_of):  # type: ignore[no-untyped-def]
    assert actor_of("Gunmen shot dead nine villagers in Borno State on Tuesday.", "villagers") == ["NGACVL"]
    # a gazetteer city, not only a dictionary capital; "dozens of" is looked through
    assert actor_of("Soldiers fired on dozens of protesters in Mandalay.", "dozens") == ["MMRCVL"]
    assert actor_of("Insurgents ambushed a convoy north of Kabul.", "Insurgents") == ["AFGREB"]


def test_a_domestic_story_lends_its_only_country(actor_of):  # type: ignore[no-untyped-def]
    text = "Georgian riot police dispersed demonstrators with water cannon."
    assert actor_of(text, "demonstrators") == ["GEOCVL"]
    # two countries named: the setting is unclear, so no guess
    two = "Turkish and Greek coast guards rescued migrants."
    assert actor_of(two, "migrants") == []


def test_officials_and_firms_are_not_placed(actor_of):  # type: ignore[no-untyped-def]
    # envoys in a foreign capital keep no nationality from it
    assert actor_of("Officials in Brussels criticised the decision.", "Officials") == []
    assert actor_of("Companies in Shanghai reported losses.", "Companies") == []


def test_named_groups_follow_their_dated_roles(actor_of):  # type: ignore[no-untyped-def]
    assert actor_of("Taliban fighters attacked a checkpoint.", "fighters", "2019-05-01") == ["AFGREB"]
    assert actor_of("The Taliban banned music.", "Taliban", "2022-03-01") == ["AFGGOV"]
    assert actor_of("The Rapid Support Forces shelled the market.", "Forces", "2020-01-10") == ["SDNMIL"]
    assert actor_of("The Rapid Support Forces shelled the market.", "Forces", "2024-01-10") == ["SDNREB"]
    assert actor_of("Houthi rebels seized a ship.", "rebels") == ["YEMREB"]


def test_companies_and_news_outlets_have_a_home_country(actor_of):  # type: ignore[no-untyped-def]
    assert actor_of("Washington blacklisted Huawei.", "Huawei") == ["CHNBUS"]
    assert actor_of("Moscow expelled a BBC correspondent.", "correspondent") == ["GBRMED"]


def test_an_open_nationality_is_not_overridden_by_the_setting(actor_of):  # type: ignore[no-untyped-def]
    # "Korean" may be either Korea: the women are not Japanese because Japan is the only country named
    assert actor_of("Japan apologised to Korean women forced into wartime labour.", "women") == []


def test_both_countries_are_the_parties_named_earlier_in_the_sentence(actor_of):  # type: ignore[no-untyped-def]
    text = "Washington and Havana signed an accord, and both countries will reopen embassies."
    assert sorted(actor_of(text, "countries")) == ["CUB", "USA"]


def test_a_spokeswoman_speaks_for_her_ministry(actor_of):  # type: ignore[no-untyped-def]
    assert actor_of("A spokeswoman for Japan's coast guard declined to comment.", "spokeswoman") == ["JPNMIL"]
    # (a defence ministry is a government organ, as in the gold conventions)
    assert actor_of("A spokeswoman for Japan's defence ministry declined to comment.", "spokeswoman") == ["JPNGOV"]


def test_a_possessive_pronoun_may_point_back_to_an_owner(actor_of):  # type: ignore[no-untyped-def]
    text = "China criticised Iran's missile tests and its refusal to admit inspectors."
    assert actor_of(text, "its") == ["IRN"]


def test_participating_nations_are_the_forum_just_named(actor_of):  # type: ignore[no-untyped-def]
    text = "At the ASEAN Regional Forum, the 27 participating nations called on Pyongyang to disarm."
    assert actor_of(text, "nations") == ["IGOSEAASN"]


def test_a_crowd_met_by_a_visiting_leader_keeps_no_nationality(actor_of):  # type: ignore[no-untyped-def]
    # not a domestic story: the only country named is the visitor's
    assert actor_of("The U.S. president embraced survivors at the memorial.", "survivors") == []


def test_definite_descriptions_look_back_in_the_sentence_first(actor_of):  # type: ignore[no-untyped-def]
    text = "Bogota suspended talks with the ELN, accusing the rebel group of war crimes."
    assert actor_of(text, "group", "2025-01-20") == ["COLREB"]
    charged = "Two Russian intelligence officers poisoned a defector, and British prosecutors charged the men."
    assert actor_of(charged, "men") == ["RUSSPY"]


@pytest.mark.slow
def test_people_a_state_detains_are_its_own(code_text):  # type: ignore[no-untyped-def]
    from tests.conftest import triples
    evs = code_text("Turkish authorities have detained or suspended more than 50,000 people since the failed coup, "
                    "officials said.", "2016-07-20")
    assert ("TURGOV", "173", "TURCVL") in triples(evs)


@pytest.mark.slow
def test_agents_named_by_their_country_are_its_spies(code_text):  # type: ignore[no-untyped-def]
    from tests.conftest import triples
    evs = code_text("Saudi agents killed journalist Jamal Khashoggi inside the consulate in Istanbul.", "2018-10-20")
    assert any(s == "SAUSPY" and c.startswith("18") for s, c, t in triples(evs))


def test_a_firm_takes_the_country_of_the_state_pursuing_it(actor_of):  # type: ignore[no-untyped-def]
    text = "Brazilian prosecutors opened a criminal investigation into the mining company on Sunday."
    assert actor_of(text, "company") == ["BRABUS"]
    # a visit is no pursuit, and a firm that speaks is not pursued: its flag stays unknown
    assert actor_of("Brazil's president visited the mining company on Sunday.", "company") == []
    assert actor_of("Brazilian prosecutors said the company had paid bribes.", "company") == []
