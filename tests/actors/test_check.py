"""``check_dictionary`` reports every problem of a dictionary file or folder, with file and line."""

from __future__ import annotations

from pathlib import Path

from detente.actors.check import ERROR, WARNING, check_dictionary, default_dictionary_folder


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _summary(problems) -> list[tuple[str, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(Path(p.file).name, p.line, p.severity) for p in problems]


def test_the_packaged_dictionaries_have_no_errors():
    problems = check_dictionary(default_dictionary_folder())
    assert not [p for p in problems if p.severity == ERROR], problems


def test_all_actor_errors_are_collected(tmp_path: Path):
    _write(tmp_path, "countries.yaml", """\
- code: PRK
  name: North Korea
  names: [North Korea, DPRK]
- code: prk
  name: Bad Code
- code: XYZ
- code: KOR
  name: South Korea
  names: [South Korea, DPRK]
""")
    _write(tmp_path, "people.yaml", """\
- name: Kim Jong Un
  roles:
    - {code: PRKGOV, start: 2011-12-17}
    - {code: PRKELI, start: 2011-12-16, end: 2010-01-01}
    - {code: prkgov}
- roles: [{code: KORGOV}]
- name: Nobody
  roles: []
- name: Bad Date
  roles: [{code: KORGOV, start: '2013-02-30'}]
""")
    problems = check_dictionary(tmp_path)
    assert _summary(problems) == [
        ("countries.yaml", 4, ERROR), ("countries.yaml", 6, ERROR), ("countries.yaml", 7, WARNING),
        ("people.yaml", 4, ERROR), ("people.yaml", 5, ERROR), ("people.yaml", 6, ERROR),
        ("people.yaml", 7, ERROR), ("people.yaml", 10, ERROR),
    ]
    messages = [p.message for p in problems]
    assert "invalid actor code 'prk'" in messages[0] and "has no names" in messages[1]
    assert "'DPRK' is listed as KOR here and as PRK at countries.yaml:1" in messages[2]
    assert "ends (2010-01-01) before it starts" in messages[3]
    assert "invalid role code" in messages[4] and "lacks 'name'" in messages[5]
    assert "has no roles" in messages[6] and "invalid role date" in messages[7]
    assert str(problems[0]).startswith(str(tmp_path / "countries.yaml") + ":4: error: [E010]")


def test_agents_contextual_and_user_files(tmp_path: Path):
    _write(tmp_path, "agents.yaml", "GOV: [minister, official]\nMIL: [army, official]\nGOVX: [x]\nBUS: firm\n")
    _write(tmp_path, "contextual.yaml", "- phrase: the North\n  codes: [PRK]\n- phrase: the South\n")
    _write(tmp_path, "extra.user.yaml", """\
igos:
  - code: IGO-ASEAN
    name: ASEAN
people:
  - name: Ban Ki-moon
    roles: [{code: IGOUNO, start: 2007-01-01, end: 2016-12-31}]
stuff: []
""")
    problems = check_dictionary(tmp_path)
    assert _summary(problems) == [
        ("agents.yaml", 2, WARNING), ("agents.yaml", 3, ERROR), ("agents.yaml", 4, ERROR),
        ("contextual.yaml", 3, ERROR), ("extra.user.yaml", 2, ERROR), ("extra.user.yaml", 7, WARNING),
    ]
    assert "'official' is under MIL here and under GOV" in problems[0].message
    assert "unknown section 'stuff'" in problems[-1].message


def test_pattern_files_report_each_bad_line(tmp_path: Path):
    _write(tmp_path, "04_consult.txt", """\
# comment
040 meet with $T
999 meet with $T
040
040 meet with $T   # again
040 meet with
""")
    problems = check_dictionary(tmp_path / "04_consult.txt")
    assert _summary(problems) == [("04_consult.txt", 3, ERROR), ("04_consult.txt", 4, ERROR),
                                  ("04_consult.txt", 5, WARNING), ("04_consult.txt", 6, ERROR)]
    assert "unknown CAMEO code '999'" in problems[0].message
    assert "repeats 04_consult.txt:2" in problems[2].message
    assert "needs an object" in problems[3].message


def test_yaml_syntax_errors_missing_and_unknown_files(tmp_path: Path):
    _write(tmp_path, "igos.yaml", "- code: IGOUNO\n  names: [UN\n")
    assert _summary(check_dictionary(tmp_path)) == [("igos.yaml", 3, ERROR)]
    assert "file not found" in check_dictionary(tmp_path / "nope.yaml")[0].message
    other = _write(tmp_path, "notes.md", "hello")
    assert "not a dictionary file" in check_dictionary(other)[0].message
    _write(tmp_path, "people.yaml", "")
    assert ("people.yaml", None, WARNING) in _summary(check_dictionary(tmp_path))
    _write(tmp_path, "people.yaml", "- name: X\n  roles: [{code: KORGOV, start: 2013-02-30}]\n")
    bad = [p for p in check_dictionary(tmp_path) if p.file.endswith("people.yaml")]
    assert bad[0].severity == ERROR and "invalid value" in bad[0].message


def test_cli_dict_check(tmp_path: Path):
    from typer.testing import CliRunner

    from detente.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["dict", "check"])  # the built-in dictionaries
    assert res.exit_code == 0, res.output
    _write(tmp_path, "05_diplomatic.txt", "051 praise $T\n999 praise $T\n")
    res = runner.invoke(app, ["dict", "check", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 1
    assert '"line": 2, "severity": "error"' in res.stdout and "1 errors, 0 warnings" in res.output
