"""Dyad series and the party network on small synthetic stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.analysis.dyad import dyad
from detente.analysis.network import as_dict, edge_records, network
from detente.store.database import Store
from tests.analysis.test_common import Corpus


def _corpus(path: Path) -> tuple[Path, dict[str, str]]:
    c = Corpus(path)
    ids = {
        "jan_talks": c.add("PRK", "KOR", "040", date(2014, 1, 10), sentence="Pyongyang held talks with Seoul."),
        "jan_threat": c.add("PRKMIL", "KORGOV", "138", date(2014, 1, 20)),
        "feb_aid": c.add("KOR", "PRK", "073", date(2014, 2, 5)),
        "mar_praise": c.add("PRK", "KOR", "051", date(2014, 3, 2)),
        "year_only": c.add("PRK", "KOR", "111", date(2014, 1, 1), precision="year"),
        "igo": c.add("IGOUNOSEC", "PRKGOV", "111", date(2014, 2, 1)),
        "igo2": c.add("IGOUNO", "PRK", "163", date(2014, 3, 1)),
        "inside": c.add("KORGOV", "KORMIL", "040", date(2014, 2, 1)),
        "usa_chn": c.add("USA", "CHN", "036", date(2014, 2, 1), modality="planned"),
    }
    return c.build(), ids


def test_dyad_periods_directions_and_top_events(tmp_path: Path) -> None:
    path, ids = _corpus(tmp_path / "d.duckdb")
    with Store(path, read_only=True) as store:
        res = dyad(store, "PRK", "KOR")
    assert [(p.period, p.direction) for p in res.periods] == [
        (date(2014, m, 1), d) for m in (1, 2, 3) for d in ("PRK->KOR", "KOR->PRK")]
    jan = res.periods[0]
    assert (jan.q1, jan.q2, jan.q3, jan.q4, jan.events) == (1, 0, 1, 0, 2)
    assert jan.goldstein_sum == pytest.approx(1.0 - 7.0) and jan.goldstein_mean == pytest.approx(-3.0)
    assert [t["event_id"] for t in jan.top_events] == [ids["jan_threat"], ids["jan_talks"]]  # most intense first
    assert jan.top_events[1]["sentence"] == "Pyongyang held talks with Seoul."
    feb_back = res.periods[3]
    assert (feb_back.direction, feb_back.q2, feb_back.goldstein_sum) == ("KOR->PRK", 1, 7.4)
    assert res.periods[2].events == 0 and res.periods[2].goldstein_mean is None
    assert res.n_unplaced == 1  # the year-precision event is not piled into January
    assert len(res.records()) == 6 and res.as_dict()["periods"][0]["period"] == "2014-01-01"


def test_dyad_frequencies_and_bad_arguments(tmp_path: Path) -> None:
    path, _ = _corpus(tmp_path / "d.duckdb")
    with Store(path, read_only=True) as store:
        quarter = dyad(store, "PRK", "KOR", freq="quarter")
        weeks = dyad(store, "KOR", "PRK", freq="week")
        assert [p.events for p in quarter.periods] == [3, 1] and quarter.n_unplaced == 1
        assert weeks.periods[0].period == date(2014, 1, 6) and weeks.periods[0].source == "KOR"
        for args in (("PRK", "PRKGOV"), ("PRK", "K%R")):
            with pytest.raises(ValueError):
                dyad(store, *args)
        with pytest.raises(ValueError):
            dyad(store, "PRK", "KOR", freq="year")
        assert dyad(store, "PRK", "SWE").periods == []


def test_network_edges_are_parties_with_weights(tmp_path: Path) -> None:
    path, _ = _corpus(tmp_path / "d.duckdb")
    with Store(path, read_only=True) as store:
        graph = network(store)
        only_march = network(store, since=date(2014, 3, 1), until=date(2014, 3, 31))
    assert set(graph.nodes) == {"PRK", "KOR", "IGOUNO", "USA", "CHN"}
    assert not graph.has_edge("KOR", "KOR")
    e = graph.edges["PRK", "KOR"]
    assert (e["count"], e["cooperation"], e["conflict"]) == (4, 2, 2)
    assert e["goldstein"] == pytest.approx(1.0 - 7.0 + 3.4 - 2.0)
    assert graph.edges["IGOUNO", "PRK"]["count"] == 2 and graph.nodes["PRK"]["events_in"] == 3
    assert edge_records(graph)[0]["source"] == "PRK"
    assert as_dict(graph)["nodes"][0]["party"] == "PRK"
    assert set(only_march.edges) == {("PRK", "KOR"), ("IGOUNO", "PRK")}
