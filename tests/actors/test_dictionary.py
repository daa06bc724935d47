from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.actors.dictionary import ActorDictionary
from detente.errors import DictionaryError


@pytest.fixture(scope="module")
def book() -> ActorDictionary:
    return ActorDictionary.load()


def test_all_un_members_and_main_igos(book: ActorDictionary):
    countries = {e.code for e in book.entries.values() if e.kind == "country"}
    assert len(countries) >= 195
    assert {"PRK", "KOR", "CHN", "RUS", "USA", "JPN", "VAT", "PSE"} <= countries
    igos = {e.code for e in book.entries.values() if e.kind == "igo"}
    assert {"IGOUNO", "IGOEUREEC", "IGOSEAASN", "IGOWSTNAT", "IGOUNOIAE"} <= igos
    usage = {s.usage: s.entry.code for s in book.senses("Pyongyang")}
    assert usage == {"metonym": "PRK"}
    assert {s.entry.code for s in book.senses("Kremlin")} == {"RUS"}
    assert book.agent_phrases["officials"] == "GOV" and book.agent_phrases["business owners"] == "BUS"


def test_people_resolve_by_date(book: ActorDictionary):
    park = next(s.entry for s in book.senses("Park Geun-hye"))
    assert park.code_on(date(2013, 7, 5)) == "KORGOV"
    assert park.code_on(date(2020, 1, 1)) is None
    kim = next(s.entry for s in book.senses("Kim Jong-un"))
    assert kim.code_on(date(2014, 11, 1)) == "PRKGOV"
    assert park.code_on(None) is None


def test_user_dictionary_extends_and_errors_name_file_and_line(tmp_path: Path):
    (tmp_path / "countries.yaml").write_text("- code: PRK\n  name: North Korea\n  capital: Pyongyang\n",
                                             encoding="utf-8")
    (tmp_path / "mine.user.yaml").write_text(
        "people:\n  - name: Jane Example\n    aliases: [Jane Example]\n"
        "    roles:\n      - {code: PRKGOV, start: 2020-01-01, end: null}\n", encoding="utf-8")
    book = ActorDictionary.load(tmp_path)
    jane = next(s.entry for s in book.senses("Jane Example"))
    assert jane.code_on(date(2021, 5, 1)) == "PRKGOV"
    (tmp_path / "mine.user.yaml").write_text(
        "people:\n  - name: Bad Dates\n    roles:\n      - {code: PRKGOV, start: 2020-01-01, end: 2019-01-01}\n",
        encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        ActorDictionary.load(tmp_path)
    assert info.value.line == 4 and "mine.user.yaml" in str(info.value)
    (tmp_path / "igos.yaml").write_text("- code: igo_bad\n  names: [Bad]\n", encoding="utf-8")
    (tmp_path / "mine.user.yaml").unlink()
    with pytest.raises(DictionaryError, match="invalid actor code") as info:
        ActorDictionary.load(tmp_path)
    assert info.value.line == 1


def test_named_state_institutions_carry_their_country_and_sector(book: ActorDictionary):
    # institutions.yaml: intelligence services, police agencies, courts, legislatures by name
    for name, code in [("FSB", "RUSSPY"), ("the CIA", "USASPY"), ("Mossad", "ISRSPY"), ("SAF", "SDNMIL"),
                       ("Supreme Tribunal of Justice", "VENJUD")]:
        assert {s.entry.code for s in book.senses(name)} == {code}, name
    # a bare acronym that Indian news uses for the national security adviser is left out
    assert not book.senses("NSA")


def test_institution_names_are_not_repeated_across_dictionary_files(book: ActorDictionary):
    from detente.yamlio import load_yaml
    folder = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "actors"
    # (one entry may spell a name two ways: "PBOC", "PBoC")
    names = [n for item in load_yaml(folder / "institutions.yaml") for n in {x.lower() for x in item["names"]}]
    assert len(names) == len(set(names))
    groups = {n.lower() for item in load_yaml(folder / "groups.yaml") for n in item.get("names", [])}
    assert not groups & set(names)


def test_notable_non_state_people_resolve_to_their_country_and_sector(book: ActorDictionary):
    assange = next(s.entry for s in book.senses("Julian Assange"))
    assert assange.code_on(date(2012, 8, 16)) == "AUSCVL"
    gershkovich = next(s.entry for s in book.senses("Evan Gershkovich"))
    assert gershkovich.code_on(date(2023, 3, 30)) == "USAMED"


def test_the_eurozone_acts_as_the_eu(book: ActorDictionary):
    assert {s.entry.code for s in book.senses("Eurogroup")} == {"IGOEUREEC"}
    assert {s.entry.code for s in book.senses("eurozone")} == {"IGOEUREEC"}


def test_a_given_name_goes_with_every_spelling_of_the_surname(book: ActorDictionary):
    # the list gives "Volodymyr Zelensky" and "Zelenskiy"; news also writes "Volodymyr Zelenskiy"
    senses = book.senses("Volodymyr Zelenskiy")
    assert senses and senses[0].entry.code_on(date(2022, 3, 1)) == "UKRGOV"
    assert not book.senses("Zelenskiy Zelenskiy")


def test_named_parties_are_opposition_or_government_by_date(book: ActorDictionary):
    # parties.yaml: a party is its country's opposition outside the dated periods it governed
    bnp = next(s.entry for s in book.senses("Bangladesh Nationalist Party"))
    assert bnp.code_on(date(2004, 6, 1)) == "BGDGOV" and bnp.code_on(date(2014, 1, 5)) == "BGDOPP"
    dream = next(s.entry for s in book.senses("Georgian Dream"))
    assert dream.code_on(date(2010, 1, 1)) == "GEOOPP" and dream.code_on(date(2023, 3, 9)) == "GEOGOV"
    # a bare common word names no party
    assert not book.senses("Labour") and not book.senses("Conservatives")


def test_party_names_are_not_repeated_across_dictionary_files(book: ActorDictionary):
    from detente.yamlio import load_yaml
    folder = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "actors"
    parties = [n for item in load_yaml(folder / "parties.yaml") for n in {item["name"], *item["names"]}]
    others = {str(n) for f in ("groups.yaml", "institutions.yaml", "igos.yaml")
              for item in load_yaml(folder / f) for n in [item.get("name"), *(item.get("names") or [])] if n}
    assert not set(parties) & others
