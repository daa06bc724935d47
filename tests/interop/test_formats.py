"""Exporters on a small store of synthetic events: GDELT/ICEWS TSV, PLOVER JSON Lines, Parquet."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from detente.interop.formats import (
    EXPORTERS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    ExportOptions,
    export_events,
    plover_table,
    write_icews,
)
from detente.model import CodedDocument, Document, Event, Location, Mention, SentenceRecord
from detente.store.database import Store

SENTENCES = ["North Korea's Kim Jong Un met Chinese officials in Beijing on Tuesday.",
             "It rejected the proposal from Seoul.",
             "Pyongyang did not send aid to Seoul."]


def _event(sent: int, source: str, target: str, code: str, *, goldstein: float, quad: int,
           plover: str | None, negated: bool = False, period: date | None = None,
           location: Location | None = None, source_text: str = "x", antecedent: str | None = None) -> Event:
    return Event(doc_id="d1", sent_index=sent, sentence=SENTENCES[sent],
                 source=Mention(source, source_text, 0, len(source_text), "test", antecedent),
                 target=Mention(target, "y", 10, 11, "test"), code=code, root=code[:2], quad_class=quad,
                 goldstein=goldstein, plover=plover, pattern=f"{code}:test", trigger="t", trigger_start=5,
                 date=period.isoformat() if period else None, date_precision="day" if period else "document",
                 location=location, negated=negated, extra={"period_start": period} if period else {})


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = Document("d1", " ".join(SENTENCES), date(2014, 3, 5), title="Talks", url="http://example.org/d1",
                   source="Example Wire")
    coded = CodedDocument(doc, [SentenceRecord(i, s, 0) for i, s in enumerate(SENTENCES)], [
        _event(0, "PRKGOV", "CHNGOV", "040", goldstein=1.0, quad=1, plover="CONSULT", period=date(2014, 3, 4),
               location=Location("Beijing", "CHN", 39.9, 116.4), source_text="Kim Jong Un"),
        _event(1, "PRK", "KOR", "125", goldstein=-5.0, quad=3, plover="REJECT", source_text="It",
               antecedent="North Korea"),
        _event(2, "PRKGOV", "KOR", "0233", goldstein=7.4, quad=2, plover="AID", negated=True),
    ], [])
    with Store(tmp_path / "s.duckdb") as s:
        s.save(coded)
        yield s


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_gdelt(store: Store, tmp_path: Path):
    out = tmp_path / "g.tsv"
    assert export_events(store, "gdelt", out) == 2  # the negated event is left out
    rows = _tsv(out)
    assert tuple(rows[0]) == GDELT_COLUMNS
    first, second = rows
    assert first["SQLDATE"] == "20140304" and second["SQLDATE"] == "20140305"  # event date, else doc date
    assert (first["Actor1Code"], first["Actor2Code"], first["EventCode"], first["EventRootCode"]) == (
        "PRKGOV", "CHNGOV", "040", "04")
    assert first["QuadClass"] == "1" and first["GoldsteinScale"] == "1.0"
    assert (first["ActionGeo_FullName"], first["ActionGeo_CountryCode"], first["ActionGeo_Lat"]) == (
        "Beijing", "CHN", "39.9")
    assert second["ActionGeo_FullName"] == "" and first["SOURCEURL"] == "http://example.org/d1"
    assert export_events(store, "gdelt", out, factual_only=False) == 3


def test_icews(store: Store, tmp_path: Path):
    out = tmp_path / "i.tsv"
    assert write_icews(store, out, ExportOptions(), country_names={
        "PRK": "North Korea", "CHN": "China", "KOR": "South Korea"}) == 2
    rows = _tsv(out)
    assert tuple(rows[0]) == ICEWS_COLUMNS
    met, rejected = rows
    assert (met["Event Date"], met["Source Name"], met["Source Sectors"], met["Source Country"]) == (
        "2014-03-04", "Kim Jong Un", "GOV", "North Korea")
    assert met["Target Country"] == "China" and met["City"] == "Beijing" and met["Country"] == "China"
    assert met["CAMEO Code"] == "040" and met["Intensity"] == "1.0" and met["Event Text"]
    assert rejected["Source Name"] == "North Korea"  # the pronoun's antecedent
    assert rejected["Story ID"] == "d1" and rejected["Sentence Number"] == "2"
    assert rejected["Publisher"] == "Example Wire"


def test_icews_default_country_names(store: Store, tmp_path: Path):
    export_events(store, "icews", tmp_path / "i.tsv")
    assert _tsv(tmp_path / "i.tsv")[0]["Source Country"] == "North Korea"


def test_plover(store: Store, tmp_path: Path):
    out = tmp_path / "p.jsonl"
    assert export_events(store, "plover", out) == 2
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    met = records[0]
    assert met["event_type"] == "CONSULT" and met["mode"] is None and met["date"] == "2014-03-04"
    assert (met["actor1"], met["actor1_country"], met["actor2"], met["cameo"]) == ("PRKGOV", "PRK", "CHNGOV", "040")
    assert met["location"]["name"] == "Beijing" and met["text"] == SENTENCES[0] and met["sentence_number"] == 1
    assert records[1]["event_type"] == "REJECT"
    table = plover_table()
    assert table["042"] == ("CONSULT", "visit", []) and table["091"][2] == ["crime", "corruption"]


def test_parquet(store: Store, tmp_path: Path):
    out = tmp_path / "e.parquet"
    assert export_events(store, "parquet", out, factual_only=False) == 3
    con = duckdb.connect()
    rows = con.execute(f"SELECT event_id, code, negated, sentence, url FROM read_parquet('{out}') ORDER BY code"
                       ).fetchall()
    assert [r[1] for r in rows] == ["0233", "040", "125"] and rows[0][2] is True
    assert rows[1][3] == SENTENCES[0] and rows[1][4] == "http://example.org/d1"


def test_unknown_format(store: Store, tmp_path: Path):
    assert list(EXPORTERS) == ["gdelt", "icews", "plover", "parquet"]
    with pytest.raises(ValueError, match="choose one of gdelt, icews, plover, parquet"):
        export_events(store, "csv", tmp_path / "x")


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_export_and_unknown_actors(store: Store, tmp_path: Path):
    from typer.testing import CliRunner

    from detente.cli.app import app

    db = store.path
    store.con.execute("INSERT INTO unknown_actors VALUES ('d1', 'Choe Son Hui'), ('d1', 'Choe Son Hui'), "
                      "('d1', 'Rodong Sinmun')")
    store.close()
    runner = CliRunner()
    out = tmp_path / "x.tsv"
    res = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "wrote 2 events" in res.stdout and len(_tsv(out)) == 2
    res = runner.invoke(app, ["export", "--db", db, "-f", "plover", "-o", str(tmp_path / "p.jsonl"), "--all"])
    assert res.exit_code == 0 and "wrote 3 events" in res.stdout
    res = runner.invoke(app, ["export", "--db", db, "-f", "xml", "-o", str(out)])
    assert res.exit_code == 2
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "missing.duckdb"), "-f", "gdelt", "-o", str(out)])
    assert res.exit_code == 2 and "E020" in res.output
    res = runner.invoke(app, ["actors", "unknown", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0
    assert [json.loads(line) for line in res.stdout.splitlines()] == [
        {"name": "Choe Son Hui", "mentions": 2}, {"name": "Rodong Sinmun", "mentions": 1}]
    res = runner.invoke(app, ["actors", "unknown", "--db", db, "--limit", "1"])
    assert res.exit_code == 0 and "Choe Son Hui" in res.stdout and "Rodong" not in res.stdout
