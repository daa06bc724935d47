"""The analysis commands, in-process with Typer's CliRunner on a temporary store."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from detente.cli.app import app
from tests.analysis.test_common import Corpus
from tests.conftest import ROOT

runner = CliRunner()
COMMANDS = ("dyad", "ledger", "offensives", "network", "report", "bench")


def _db(tmp_path: Path) -> str:
    c = Corpus(tmp_path / "c.duckdb")
    for m in range(1, 7):
        c.add("PRK", "KOR", "042", date(2015, m, 2))
        c.add("KOR", "PRK", "073", date(2015, m, 9))
    c.add("PRK", "USA", "0841", date(2015, 3, 3))
    return str(c.build())


def test_dyad_json_csv_and_plot(tmp_path: Path) -> None:
    db = _db(tmp_path)
    res = runner.invoke(app, ["dyad", "PRK", "KOR", "--db", db, "--format", "json", "--plot", str(tmp_path / "d.png")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["a"] == "PRK" and len(data["periods"]) == 12 and (tmp_path / "d.png").stat().st_size > 10_000
    res = runner.invoke(app, ["dyad", "PRK", "KOR", "--db", db, "-f", "csv", "--freq", "quarter"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["events"] for r in rows] == ["3", "3", "3", "3"]
    res = runner.invoke(app, ["dyad", "PRK", "KOR", "--db", db])
    assert res.exit_code == 0 and "PRK->KOR" in res.stdout and "analysable events" in res.stdout


def test_ledger_offensives_network_report(tmp_path: Path) -> None:
    db = _db(tmp_path)
    res = runner.invoke(app, ["ledger", "PRK", "--db", db, "--since", "2015-01-01", "--plot", str(tmp_path / "l.png")])
    assert res.exit_code == 0 and "PRK received 6 material-cooperation events from KOR" in res.stdout
    res = runner.invoke(app, ["ledger", "PRK", "--db", db, "-f", "json"])
    assert json.loads(res.stdout)["headline"]["material_given_to"] == ["USA"]
    res = runner.invoke(app, ["offensives", "PRK", "--db", db, "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["episodes"] == []
    res = runner.invoke(app, ["offensives", "PRK", "--db", db])
    assert "No charm offensive of PRK" in res.stdout
    res = runner.invoke(app, ["network", "--db", db, "-f", "json"])
    assert {(e["source"], e["target"]) for e in json.loads(res.stdout)["edges"]} == {
        ("PRK", "KOR"), ("KOR", "PRK"), ("PRK", "USA")}
    res = runner.invoke(app, ["report", "--db", db, "--out", str(tmp_path / "rep")])
    assert res.exit_code == 0 and (tmp_path / "rep" / "index.html").exists()


def test_errors_are_usage_errors(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert runner.invoke(app, ["dyad", "PRK", "K%", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["dyad", "PRK", "KOR", "--db", db, "--freq", "day"]).exit_code == 2
    assert runner.invoke(app, ["ledger", "PRK", "--db", db, "--since", "May"]).exit_code == 2
    res = runner.invoke(app, ["network", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 2 and "E020" in res.output


def test_bench_quick_run() -> None:
    res = runner.invoke(app, ["bench", "--events", "2000", "--repeats", "1"])
    assert res.exit_code == 0, res.output
    assert "group_by" in res.stdout and "ledger" in res.stdout and "dedup_all" in res.stdout


def test_commands_have_help_and_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = {cmd.name for cmd in app.registered_commands}
    for name in COMMANDS:
        assert name in names
        assert re.search(rf"`detente {name}\b", readme), f"README lacks `detente {name}`"
        assert runner.invoke(app, [name, "--help"]).exit_code == 0
