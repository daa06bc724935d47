"""PETRARCH/TABARI dictionary import: the real validation dictionaries and small samples of our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from detente.actors.check import check_dictionary
from detente.actors.dictionary import ActorDictionary
from detente.coding.ontology import Ontology
from detente.coding.patterns import PatternBook
from detente.interop.petrarch import (
    convert,
    detect_kind,
    display_forms,
    noun_lemma,
    petrarch_date,
    verb_lemma,
)
from tests.conftest import DATA, SHARED, needs_shared

REFERENCE = SHARED / "reference" / "petrarch2"
SAMPLE = DATA / "petrarch_sample"
needs_reference = needs_shared(REFERENCE)


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def _by_name(section: list[dict], name: str) -> dict:
    return next(e for e in section if e["name"] == name)


# -- helpers -----------------------------------------------------------------------------------
def test_display_forms_recase_upper_case_names():
    assert display_forms("NORTH_KOREA_") == ["North Korea"]
    assert display_forms("U.S.") == ["U.S."]
    assert display_forms("UAE") == ["UAE"]
    assert display_forms("IRAN") == ["Iran", "IRAN"]
    assert display_forms("UN_SECURITY_COUNCIL")[0] == "UN Security Council"
    assert display_forms("KIM_JONG_UN")[0] == "Kim Jong Un"
    assert "Ban Ki-moon" in display_forms("BAN_KI-MOON")
    assert "the United Nations" in display_forms("THE_UNITED_NATIONS_")
    assert display_forms("DEMOCRATIC_PEOPLE'S_REPUBLIC_OF_KOREA") == ["Democratic People's Republic of Korea"]


def test_dates_and_lemmas():
    assert petrarch_date("20130225") == date(2013, 2, 25)
    assert petrarch_date("950601") == date(1995, 6, 1)
    assert petrarch_date("290101") == date(2029, 1, 1)  # YY up to 30 is 20YY, as in PETRARCH
    with pytest.raises(ValueError):
        petrarch_date("20130231")
    assert [verb_lemma(w) for w in ["SAID", "CALLED", "EASED", "DENIED", "STOPPED", "LODGING", "MEET"]] == [
        "say", "call", "ease", "deny", "stop", "lodge", "meet"]
    assert [noun_lemma(w) for w in ["TALKS", "TIES", "SANCTIONS", "PROCESS", "MEN", "PARTIES"]] == [
        "talk", "tie", "sanction", "process", "man", "party"]


def test_kind_is_detected_from_name_or_content(tmp_path: Path):
    assert detect_kind(SAMPLE / "sample.actors.txt") == "actors"
    assert detect_kind(SAMPLE / "sample.agents.txt") == "agents"
    verbs = tmp_path / "CAMEO.dict.txt"
    verbs.write_text((SAMPLE / "sample.verbs.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert detect_kind(verbs) == "verbs"
    agents = tmp_path / "roles.txt"
    agents.write_text("PRESIDENT [~GOV]\nSOLDIER [~MIL]\n", encoding="utf-8")
    assert detect_kind(agents) == "agents"


# -- our samples -------------------------------------------------------------------------------
def test_sample_actors(tmp_path: Path):
    conv = convert(SAMPLE / "sample.actors.txt")
    assert conv.kind == "actors" and conv.converted == 5
    assert conv.reasons() == {"null code": 1, "compound code": 1, "role ends before it starts": 1,
                              "invalid actor code": 1, "actor without a code": 1}
    prk = _by_name(conv.data["countries"], "North Korea")
    assert prk["code"] == "PRK" and "DPRK" in prk["names"] and "Democratic People's Republic of Korea" in prk["names"]
    assert conv.data["igos"][0]["code"] == "IGOUNO"
    kim = _by_name(conv.data["people"], "Kim Jong Un")
    assert kim["roles"] == [{"code": "PRKELI", "start": None, "end": date(2011, 12, 16)},
                            {"code": "PRKGOV", "start": date(2011, 12, 17), "end": None}]
    park = _by_name(conv.data["people"], "Park Geun-Hye")
    assert park["roles"][0] == {"code": "KORGOV", "start": date(2013, 2, 25), "end": None}
    assert park["roles"][-1] == {"code": "KORELI", "start": None, "end": None}  # the undated default, last
    (tmp_path / "sample.user.yaml").write_text(conv.render(), encoding="utf-8")
    book = ActorDictionary.load(tmp_path)
    person = book.senses("Kim Jong Un")[0].entry
    assert person.code_on(date(2014, 1, 1)) == "PRKGOV" and person.code_on(date(2010, 1, 1)) == "PRKELI"
    assert check_dictionary(tmp_path) == []


def test_sample_agents(tmp_path: Path):
    conv = convert(SAMPLE / "sample.agents.txt")
    agents = conv.data["agents"]
    assert agents["GOV"][:3] == ["negotiator", "unification minister", "unification ministers"]
    assert {"party leader", "party chiefs"} <= set(agents["GOV"])  # !LEADER! expanded
    assert agents["MIL"] == ["army"] and agents["NGO"] == ["red cross worker"]
    assert conv.converted == 5 and [s.line for s in conv.skipped] == [10]
    assert any("already listed under GOV" in n.reason for n in conv.notes)
    assert any("GOVUNI shortened to GOV" in n.reason for n in conv.notes)
    (tmp_path / "agents.user.yaml").write_text(conv.render(), encoding="utf-8")
    assert ActorDictionary.load(tmp_path).agent_phrases["party chiefs"] == "GOV"


def test_sample_verbs(tmp_path: Path, ontology: Ontology):
    conv = convert(SAMPLE / "sample.verbs.txt", ontology=ontology)
    assert conv.lines == [
        "040 talk", "040 confer", "040 talk|confer with $T", "040 talk|confer with $T on program",
        "041 talk|confer by telephone",
        "0233 send aid|fertilizer|rice to $T", "0233 ship +out aid|fertilizer|rice to $T",
        "070 send aid|fertilizer|rice from $S", "070 ship +out aid|fertilizer|rice from $S",
        "043 send delegation to $T", "043 ship +out delegation to $T",
        "130 warn", "138 warn $T of consequence",
    ]
    assert conv.converted == 12
    assert [s.reason for s in conv.skipped] == [
        "words before the verb", "compound actor (%)", "null code (no event)",
        "reverse-only code (target acts on source)", "negation (NOT)", "adverb (FIRMLY)", "transformation rule"]
    (tmp_path / "sample.txt").write_text(conv.render(), encoding="utf-8")
    assert len(PatternBook.load(ontology, tmp_path)) == len(conv.lines)


# -- the real PETRARCH validation dictionaries --------------------------------------------------
@needs_reference
def test_validate_actors(tmp_path: Path):
    conv = convert(REFERENCE / "PETR.Validate.actors.txt")
    assert conv.converted == 124 and len(conv.skipped) == 4
    assert conv.reasons() == {"null code": 2, "compound code": 2}  # BOROMIR [---], LORIEN [ELR/GAL], ...
    countries, igos, people = conv.data["countries"], conv.data["igos"], conv.data["people"]
    assert (len(countries), len(igos), len(people)) == (88, 30, 6)
    assert _by_name(igos, "North Yemen")["code"] == "YEMNO"
    nk = _by_name(countries, "North Korea")
    assert nk["code"] == "PRK" and nk["names"] == ["North Korea", "Pyongyang", "The Hermit Kingdom",
                                                   "the Hermit Kingdom"]
    assert _by_name(igos, "International Criminal Police Organization")["names"][-1] == "Interpol"
    sam = _by_name(people, "Sam Gamgee")
    assert [r["code"] for r in sam["roles"]] == ["HOBCIV", "ORCHOB", "HOBMIL", "HOBGOV", "HOBELI", "HOB"]
    assert sam["roles"][1] == {"code": "ORCHOB", "start": date(2010, 1, 9), "end": date(2010, 1, 12)}
    gollum = _by_name(people, "Gollum")
    assert gollum["aliases"] == ["Smeagol", "Slinker", "Stinker"]
    assert gollum["roles"][0] == {"code": "HOB", "start": None, "end": date(1995, 6, 1)}
    (tmp_path / "petrarch.user.yaml").write_text(conv.render(), encoding="utf-8")
    book = ActorDictionary.load(tmp_path)
    assert book.senses("Sam Gamgee")[0].entry.code_on(date(2010, 1, 10)) == "ORCHOB"
    assert not [p for p in check_dictionary(tmp_path) if p.severity == "error"]


@needs_reference
def test_validate_agents(tmp_path: Path):
    conv = convert(REFERENCE / "PETR.Validate.agents.txt")
    assert conv.converted == 88 and conv.skipped == []
    agents = conv.data["agents"]
    assert "attorneys general" in agents["GOV"] and "foreign minister" in agents["GOV"]
    assert {"congressman", "congresswomen"} <= set(agents["LEG"])
    assert "minister of silly walks" in agents["GOV"]
    assert "human rights body" in agents["NGO"]  # [NGO~]
    assert "police" in agents["COP"] and "golden geese" in agents["GGS"]
    (tmp_path / "agents.user.yaml").write_text(conv.render(), encoding="utf-8")
    assert ActorDictionary.load(tmp_path).agent_phrases["fighter pilot"] == "MIL"


@needs_reference
def test_validate_verbs(tmp_path: Path, ontology: Ontology):
    conv = convert(REFERENCE / "PETR.Validate.verbs.txt", ontology=ontology)
    assert conv.converted == 436 and len(conv.skipped) == 307 and len(conv.lines) == 360
    reasons = conv.reasons()
    assert reasons["words before the verb"] == 147 and reasons["compound actor (%)"] == 13
    assert reasons["not a CAMEO code"] == 92
    for line in ["031 consult", "172 ask for sanction|boycott|embargo", "075 break in $S",
                 "044 celebrate iftar at $T", "013 back +down from *", "023 say", "102 ask to reconsider",
                 "064 restore tie"]:
        assert line in conv.lines, line
    (tmp_path / "petrarch.txt").write_text(conv.render(), encoding="utf-8")
    assert len(PatternBook.load(ontology, tmp_path)) > 300
    assert not [p for p in check_dictionary(tmp_path) if p.severity == "error"]


@needs_reference
def test_validate_files_round_trip_through_yaml():
    conv = convert(REFERENCE / "PETR.Validate.actors.txt")
    loaded = yaml.safe_load(conv.render())
    assert loaded["countries"][0]["code"] == "ISR"
    assert conv.render().startswith("# Converted from PETRARCH actors dictionary PETR.Validate.actors.txt")


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_import_petrarch(tmp_path: Path):
    from typer.testing import CliRunner

    from detente.cli.app import app

    runner = CliRunner()
    out = tmp_path / "actors" / "petrarch.user.yaml"
    res = runner.invoke(app, ["dict", "import-petrarch", str(SAMPLE / "sample.actors.txt"), "--out", str(out),
                              "--show-skipped"])
    assert res.exit_code == 0, res.output
    assert "actors: 5 records converted (5 entries), 5 skipped" in res.output
    assert "sample.actors.txt:26: compound code: PRK/KOR" in res.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["countries"][0]["code"] == "PRK"
    res = runner.invoke(app, ["dict", "check", str(out.parent)])
    assert res.exit_code == 0 and "0 errors" in res.output
    res = runner.invoke(app, ["dict", "import-petrarch", str(SAMPLE / "sample.verbs.txt")])
    assert res.exit_code == 0 and "040 talk|confer with $T\n" in res.stdout
    assert "verbs: 12 records converted (13 pattern lines), 7 skipped" in res.output
    res = runner.invoke(app, ["dict", "import-petrarch", str(SAMPLE / "sample.verbs.txt"), "--kind", "agents"])
    assert res.exit_code == 0 and "agents: 0 records converted" in res.output
    res = runner.invoke(app, ["dict", "import-petrarch", str(SAMPLE / "sample.verbs.txt"), "--kind", "nouns"])
    assert res.exit_code == 2
