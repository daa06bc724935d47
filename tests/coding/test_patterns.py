from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding.ontology import Ontology
from detente.coding.patterns import PatternBook, parse_line
from detente.errors import DictionaryError


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def test_package_patterns_cover_all_twenty_roots(onto: Ontology):
    book = PatternBook.load(onto)
    roots = {p.code[:2] for p in book.patterns}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(book) > 600
    assert all(p.code in onto for p in book.patterns)
    assert len({p.pid for p in book.patterns}) == len(book.patterns)


def test_line_language(onto: Ontology):
    p = parse_line("1311 threaten to cut aid to $T", origin="x.txt:3", ontology=onto)
    assert p.triggers == {"threaten"} and not p.nominal
    assert [e.kind for e in p.elements] == ["to", "obj", "prep"]
    assert p.slots == {"T"} and p.pid == "1311:threaten to cut aid to $T"
    n = parse_line("042 ~trip|visit to $T", origin="x.txt:4", ontology=onto)
    assert n.nominal and n.triggers == {"trip", "visit"}
    r = parse_line("070 receive aid|assistance from $S", origin="x.txt:5", ontology=onto)
    assert r.slots == {"S"} and r.elements[0].words == {"aid", "assistance"}
    prt = parse_line("040 reach +out to $T", origin="x.txt:6", ontology=onto)
    assert prt.elements[0].kind == "prt"


def test_errors_name_file_and_line(tmp_path: Path, onto: Ontology):
    (tmp_path / "01.txt").write_text("010 comment on $T\n\n999 invent $T\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        PatternBook.load(onto, tmp_path)
    assert info.value.line == 3 and info.value.item == "01.txt" and "999" in str(info.value)
    (tmp_path / "01.txt").write_text("040 meet with\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="needs an object") as info:
        PatternBook.load(onto, tmp_path)
    assert info.value.line == 1


def test_a_verb_listed_as_a_particle_is_an_error(tmp_path: Path, onto: Ontology):
    # "carry +out|wage campaign": the alternatives after "+" are particles of the first verb, so a verb
    # slipped in among them made a pattern that could never match; the book now refuses the line
    (tmp_path / "20.txt").write_text("203 carry +out campaign\n203 carry +out|wage campaign\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="wage is not a verb particle") as info:
        PatternBook.load(onto, tmp_path)
    assert info.value.line == 2 and info.value.item == "20.txt"


def test_a_campaign_of_ethnic_cleansing_is_coded_as_such(code_text):  # type: ignore[no-untyped-def]
    evs = code_text("Ethiopian forces waged a campaign of ethnic cleansing against Tigrayans in western Tigray.",
                    "2021-04-06")
    assert ("ETHMIL", "203", "ETHCVL") in {(e.source.code, e.code, e.target.code) for e in evs}
