"""The gold sentence sets are well-formed: every line parses, ids are unique, every code is a
CAMEO code of the reference table and every actor code is a known country, IGO or group code with
a known sector suffix. A malformed gold line would silently skew every score."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.conftest import DATA

SETS = sorted((DATA / "gold").glob("sentences_*.jsonl"))
PACKAGE_DATA = DATA.parent.parent / "src" / "detente" / "data"


def _codes() -> tuple[set[str], set[str], set[str]]:
    cameo = {line.split("\t")[0] for line in (PACKAGE_DATA / "cameo_eventcodes.tsv").read_text().splitlines()[1:]}
    actors = PACKAGE_DATA / "actors"
    bases = {e["code"] for e in yaml.safe_load((actors / "countries.yaml").read_text())}
    bases |= {e["code"] for e in yaml.safe_load((actors / "igos.yaml").read_text())}
    agents = set(yaml.safe_load((actors / "agents.yaml").read_text()))
    return cameo, bases, agents


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_gold_set_is_well_formed(path):  # type: ignore[no-untyped-def]
    cameo, bases, agents = _codes()
    seen: set[str] = set()
    for number, line in enumerate(path.read_text().splitlines(), 1):
        row = json.loads(line)
        where = f"{path.name}:{number}"
        assert row["id"] not in seen, where
        seen.add(row["id"])
        assert row["text"].strip() and len(row["date"]) == 10, where
        for event in row["events"]:
            assert event["code"] in cameo, f"{where}: {event['code']}"
            for actor in (event["source"], event["target"]):
                base = next((b for b in sorted(bases, key=len, reverse=True) if actor.startswith(b)), None)
                assert base is not None, f"{where}: {actor}"
                rest = actor[len(base):]
                assert rest == "" or (len(rest) % 3 == 0 and all(
                    rest[i:i + 3] in agents for i in range(0, len(rest), 3))), f"{where}: {actor}"
