from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli.app import app
from tests.conftest import ROOT, SEEDS, needs_shared

pytestmark = pytest.mark.slow
runner = CliRunner()


@needs_shared(SEEDS)
def test_code_prints_jsonl_with_contract_fields():
    res = runner.invoke(app, ["code", str(SEEDS / "000_f4380a73df5673c0.txt"), "--date", "2013-07-05",
                              "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(rows) >= 10
    fields = ["doc_id", "sentence", "source", "target", "code", "root", "quad_class", "goldstein", "plover",
              "date", "date_precision", "location", "negated", "modality", "pattern", "source_text",
              "target_text"]
    assert all(list(r)[: len(fields)] == fields for r in rows)
    assert {r["doc_id"] for r in rows} == {"000_f4380a73df5673c0"}


def test_ingest_events_explain_errors_round_trip(tmp_path: Path):
    db = tmp_path / "x.duckdb"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Seoul proposed talks with Pyongyang on Monday.", encoding="utf-8")
    (tmp_path / "in" / "bad.jsonl").write_text('{"id": "ok", "text": "China urged North Korea to '
                                               'return to talks."}\n{oops\n', encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2014-03-05"])
    assert res.exit_code == 1  # one bad line: reported, the rest stored
    assert "bad.jsonl:2" in res.output
    res2 = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert "unchanged: 2" in res2.output
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == len({r["event_id"] for r in rows}) >= 2
    assert {r["doc_id"] for r in rows} == {"a", "ok"}
    res = runner.invoke(app, ["explain", rows[0]["event_id"], "--db", str(db)])
    assert res.exit_code == 0
    assert rows[0]["pattern"] in res.output and "sentence" in res.output
    res = runner.invoke(app, ["errors", "--db", str(db), "--format", "jsonl"])
    errs = [json.loads(line) for line in res.stdout.splitlines()]
    assert any(e["item"].endswith("bad.jsonl") and e["line"] == 2 for e in errs)
    res = runner.invoke(app, ["explain", "ffffffff", "--db", str(db)])
    assert res.exit_code == 2 and "E021" in res.output


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = []
    for cmd in app.registered_commands:
        name = cmd.name or cmd.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
        names.append(name)
        assert (cmd.help or cmd.callback.__doc__), f"{name} has no help"  # type: ignore[union-attr]
        assert re.search(rf"detente {name}\b", readme), f"README lacks `detente {name}`"
    for group in app.registered_groups:
        for cmd in group.typer_instance.registered_commands:  # type: ignore[union-attr]
            name = f"{group.name} {cmd.name or cmd.callback.__name__.replace('_', '-')}"  # type: ignore[union-attr]
            assert re.search(rf"detente {name}\b", readme), f"README lacks `detente {name}`"
    assert "make demo" in readme and "make test" in readme


@pytest.mark.slow
def test_eval_reports_scores_and_robustness_as_json(tmp_path: Path):  # type: ignore[no-untyped-def]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "date": "2010-09-20", "text": "China urged Japan on Friday to release "
                                "the detained fishermen.", "events": [{"source": "CHNGOV", "target": "JPNGOV",
                                                                       "code": "0253"}]}) + "\n")
    res = runner.invoke(app, ["eval", str(gold), "--robustness", "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)[str(gold)]
    assert report["root"]["recall"] == 1.0
    rows = {r["rewrite"].split(" ")[0]: r for r in report["robustness"]}
    assert rows["attribution"]["correct"] == 1 and rows["attribution"]["kept"] == 1
