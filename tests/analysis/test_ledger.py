"""The concessions ledger on a synthetic set whose numbers are known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.analysis.ledger import ledger
from detente.store.database import Store
from tests.analysis.test_common import Corpus


def _corpus(path: Path) -> tuple[Path, dict[str, list[str]]]:
    c = Corpus(path)
    ids = {
        "rus_aid": [c.add("RUS", "PRK", "071", date(2014, 2, 1)), c.add("RUSGOV", "PRKGOV", "071", date(2014, 6, 1))],
        "jpn_sanctions": [c.add("JPN", "PRK", "085", date(2014, 7, 4))],
        "kor_aid": [c.add("KOR", "PRK", "073", date(2014, 9, 1))],
        "kor_intent": [c.add("KORGOV", "PRK", "036", date(2014, 9, 20))],
        "kor_attack": [c.add("KORMIL", "PRKMIL", "190", date(2014, 10, 1))],
        "usa_release": [c.add("PRK", "USA", "0841", date(2014, 5, 1)), c.add("PRKGOV", "USA", "0841", date(2014, 11, 8))],
        "kor_coop": [c.add("PRK", "KORBUS", "061", date(2014, 8, 1))],
        "kor_talks": [c.add("PRK", "KOR", "040", date(2014, 8, 15))],
        "usa_threat": [c.add("PRK", "USA", "130", date(2014, 8, 20))],
    }
    c.add("PRKGOV", "PRKMIL", "071", date(2014, 3, 1))                 # inside PRK: no ledger line
    c.add("RUS", "PRK", "071", date(2014, 12, 1), negated=True)        # did not happen
    c.add("RUS", "PRK", "071", date(2014, 2, 2))                       # second report of rus_aid[0]
    return c.build(), ids


def test_ledger_numbers_ids_and_headline(tmp_path: Path) -> None:
    path, ids = _corpus(tmp_path / "l.duckdb")
    with Store(path, read_only=True) as store:
        led = ledger(store, "PRK")
    lines = {ln.counterpart: ln for ln in led.lines}
    assert set(lines) == {"RUS", "JPN", "KOR", "USA"}
    kor, usa, rus = lines["KOR"], lines["USA"], lines["RUS"]
    assert kor.given.counts == {1: 1, 2: 1, 3: 0, 4: 0}
    assert kor.received.counts == {1: 1, 2: 1, 3: 0, 4: 1}
    assert kor.received.event_ids[2] == ids["kor_aid"] and kor.given.event_ids[2] == ids["kor_coop"]
    assert usa.given.counts == {1: 0, 2: 2, 3: 1, 4: 0} and usa.given.event_ids[2] == ids["usa_release"]
    assert rus.received.counts[2] == 2 and rus.received.event_ids[2] == ids["rus_aid"]
    assert kor.net["net_material"] == 0 and usa.net["net_material"] == -2 and rus.net["net_material"] == 2
    assert usa.net["net_goldstein"] == -(7.0 * 2 - 4.4)
    h = led.headline
    assert (h["material_received"], h["material_given"], h["net_material"]) == (4, 3, 1)
    assert h["material_received_from"] == ["RUS", "JPN", "KOR"]
    assert h["material_given_to"] == ["USA", "KOR"]
    assert h["material_given_kinds"]["return, release person(s)"] == {"USA": 2}
    assert h["text"].startswith("PRK received 4 material-cooperation events from RUS, JPN, KOR")
    assert "gave 3 (2 × return, release person(s) to USA" in h["text"]
    assert led.stats.n_duplicates == 1 and led.stats.n_excluded == 1


def test_ledger_date_bounds_and_records(tmp_path: Path) -> None:
    path, ids = _corpus(tmp_path / "l.duckdb")
    with Store(path, read_only=True) as store:
        led = ledger(store, "PRK", since=date(2014, 6, 1), until=date(2014, 9, 30))
    h = led.headline
    assert (h["material_received"], h["material_given"]) == (3, 1)  # rus_aid[1], jpn, kor_aid; kor_coop
    rows = {r["counterpart"]: r for r in led.records()}
    assert rows["KOR"]["material_given_ids"] == ids["kor_coop"][0]
    assert rows["USA"]["given_q3"] == 1 and rows["USA"]["given_q2"] == 0
    assert led.as_dict()["since"] == "2014-06-01"


def test_empty_ledger_reads_cleanly(tmp_path: Path) -> None:
    path, _ = _corpus(tmp_path / "l.duckdb")
    with Store(path, read_only=True) as store:
        led = ledger(store, "SWE")
    assert led.lines == [] and led.headline["text"].startswith("SWE received 0 material-cooperation events; gave 0")
