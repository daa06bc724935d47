"""Charm-offensive detection on planted bursts and flat series, and the Poisson tail."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from detente.analysis.common import period_range
from detente.analysis.offensives import OffensiveParams, offensives, poisson_sf, score_series
from detente.store.database import Store
from tests.analysis.test_common import Corpus

MONTHS = period_range(date(2012, 1, 1), date(2015, 12, 1), "month")
PARTNERS = ["CHN", "RUS", "JPN", "USA", "IGOUNO", "MNG"]
# distinct roots and days at least 4 apart, so no two burst events are one de-duplicated event
BURST = [(code, day) for code in ("010", "020", "036", "040", "051", "061") for day in (3, 17)]


def _baseline(c: Corpus, partners: list[str]) -> None:
    """Every month: one cooperative event by PRK to each of ``partners`` and a covering document."""
    for m in MONTHS:
        c.document(f"cover-{m}", m)
        for i, p in enumerate(partners):
            c.add("PRK", p, "042", m.replace(day=1 + 7 * i))


def _burst(c: Corpus, month: date, partners: list[str]) -> list[str]:
    return [c.add("PRKGOV", partners[i % len(partners)], code, month.replace(day=day))
            for i, (code, day) in enumerate(BURST)]


def test_planted_broad_burst_is_one_episode_with_its_evidence(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "o.duckdb")
    _baseline(c, ["KOR"])
    planted = _burst(c, date(2014, 6, 1), PARTNERS) + _burst(c, date(2014, 7, 1), PARTNERS)
    with Store(c.build(), read_only=True) as store:
        res = offensives(store, "PRK")
    assert len(res.series) == len(MONTHS)
    assert len(res.episodes) == 1
    ep = res.episodes[0]
    assert (ep.start, ep.end, ep.periods) == (date(2014, 6, 1), date(2014, 7, 31), 2)
    assert set(planted) <= set(ep.event_ids) and ep.events == 26
    assert set(ep.partners) == set(PARTNERS) | {"KOR"}
    june = next(s for s in res.series if s.period == date(2014, 6, 1))
    assert june.baseline == pytest.approx(1.0) and june.flagged  # the other burst month is excluded


def test_flat_series_finds_nothing(tmp_path: Path) -> None:
    c = Corpus(tmp_path / "o.duckdb")
    _baseline(c, ["KOR", "CHN", "RUS"])
    with Store(c.build(), read_only=True) as store:
        res = offensives(store, "PRK")
    assert res.episodes == [] and not any(s.flagged for s in res.series)
    assert all(s.events == 3 and s.partners == 3 for s in res.series)


def _burst_score(tmp_path: Path, name: str, partners: list[str]) -> tuple[float, bool]:
    c = Corpus(tmp_path / f"{name}.duckdb")
    _baseline(c, ["KOR"])
    _burst(c, date(2014, 6, 1), partners)
    with Store(c.build(), read_only=True) as store:
        res = offensives(store, "PRK")
    june = next(s for s in res.series if s.period == date(2014, 6, 1))
    return june.score, bool(res.episodes)


def test_one_partner_burst_scores_lower_than_a_broad_one(tmp_path: Path) -> None:
    broad, broad_found = _burst_score(tmp_path, "broad", PARTNERS)
    new_partner, _ = _burst_score(tmp_path, "new", ["CHN"])  # June partners: KOR (routine) + CHN
    usual_partner, usual_found = _burst_score(tmp_path, "usual", ["KOR"])
    assert broad > new_partner > usual_partner > 0
    assert broad_found and not usual_found  # one partner only: not above the usual breadth


def test_uncovered_months_are_missing_not_quiet() -> None:
    params = OffensiveParams(window=3)
    calendar = [(m, None if i in (2, 3) else 2, 2) for i, m in enumerate(MONTHS[:8])]
    stats = score_series(calendar, params)
    assert [s.period for s in stats] == [m for i, m in enumerate(MONTHS[:8]) if i not in (2, 3)]
    assert all(s.baseline == 2.0 and not s.flagged for s in stats)


@pytest.mark.parametrize("k,lam", [(0, 2.0), (1, 0.1), (3, 0.5), (5, 5.0), (12, 1.0), (40, 30.0)])
def test_poisson_tail_matches_the_direct_sum(k: int, lam: float) -> None:
    direct = 1.0 - sum(math.exp(-lam) * lam ** i / math.factorial(i) for i in range(k))
    assert poisson_sf(k, lam) == pytest.approx(direct, rel=1e-9, abs=1e-15)
    assert poisson_sf(2000, 1000.0) < 1e-100 and poisson_sf(900, 1000.0) > 0.99
