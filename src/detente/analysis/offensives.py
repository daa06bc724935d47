"""Charm-offensive detection: periods when an actor courts more partners, more often, than usual.

Method (all parameters are fields of :class:`OffensiveParams`):

1. **Series.** For actor A and each period (month by default) the number ``c`` of *outgoing
   cooperative* events (quad class 1–2, A → another party; factual and de-duplicated as in
   :mod:`detente.analysis.common`) and the number ``k`` of distinct partner parties. Only periods in
   which the corpus has at least one document are *covered*: a month without articles is missing
   data, not a quiet month. Events dated outside covered periods (history recalled by an article)
   or with dates coarser than the period are left out and counted.
2. **Baseline.** For each period, A's own usual rate ``λ`` is the mean of ``c`` over the other
   covered periods within ``window`` periods on either side that are not themselves flagged; the
   usual breadth ``μ`` is the mean of ``k`` over the same periods. Both are floored at
   ``min_rate`` so that a silent past does not make any activity "infinitely" surprising. Flagging
   and baseline are iterated until stable, so neighbouring offensive months do not mask each other
   by inflating the baseline (a robust, outlier-excluding estimate).
3. **Test.** ``p_count = P(X ≥ c)`` for ``X ~ Poisson(λ)`` (exact tail, computed with math/numpy);
   ``p_breadth = P(Y ≥ k)`` for ``Y ~ Poisson(μ)``. A period is *flagged* when ``p_count < alpha``,
   ``c ≥ min_events``, ``k ≥ min_partners`` and ``k > μ`` (breadth above A's usual).
4. **Score.** ``score = -log10(p_count) - log10(p_breadth)`` (Fisher's combination on a log10
   scale): the evidence that A was both unusually active and unusually broad. A burst of the same
   size aimed at one partner has a larger ``p_breadth`` and so always scores lower than a broad
   one; it is flagged at all only if the period still has ``min_partners`` partners, more than usual
   (a targeted courtship of a new partner on top of routine contacts), never when the burst goes to
   A's usual partner alone.
5. **Episodes.** Adjacent flagged periods merge into one episode with start, end, events, summed
   baseline, score (sum of its periods' scores), partners (with counts) and the evidence event ids.

``alpha`` applies per period; over a long series a few isolated flags are expected by chance, which
is why breadth is required too. News counts are overdispersed relative to Poisson, so treat weak
episodes (score near the threshold) as leads to read, not findings.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from detente.analysis.common import (
    Scope, ScopeStats, analysable, check_freq, next_period, normalise_actor, period_range, period_sql,
    precision_sql,
)
from detente.store.database import Store


@dataclass(frozen=True)
class OffensiveParams:
    """Tuning of the detector (see the module docstring for each step)."""

    freq: str = "month"
    window: int = 12
    alpha: float = 0.05
    min_events: int = 3
    min_partners: int = 2
    min_rate: float = 0.5
    max_iterations: int = 10


@dataclass(frozen=True)
class PeriodStat:
    """One period of the series with its baseline, p-values, score and flag."""

    period: date
    events: int
    partners: int
    baseline: float | None
    usual_partners: float | None
    p_count: float
    p_breadth: float
    score: float
    flagged: bool


@dataclass(frozen=True)
class Episode:
    """Adjacent flagged periods: a charm offensive with its evidence."""

    start: date
    end: date
    periods: int
    events: int
    baseline: float
    score: float
    p_value: float
    partners: dict[str, int]
    event_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Offensives:
    """The detector's output: the series, the episodes (highest score first) and what was left out."""

    actor: str
    params: OffensiveParams
    series: list[PeriodStat]
    episodes: list[Episode]
    stats: ScopeStats
    n_unplaced: int

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "params": asdict(self.params), "stats": self.stats.as_dict(),
                "n_unplaced": self.n_unplaced, "episodes": [e.as_dict() for e in self.episodes],
                "series": [asdict(p) | {"period": p.period.isoformat()} for p in self.series]}


def poisson_sf(k: int, lam: float) -> float:
    """``P(X >= k)`` for ``X ~ Poisson(lam)``, exact and stable for large ``k`` and ``lam``."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    if k > lam:  # terms fall from k upwards: sum the upper tail directly (no 1 - x cancellation)
        term = math.exp(-lam + k * math.log(lam) - math.lgamma(k + 1))
        total, i = 0.0, k
        while term > total * 1e-17 and term > 0:
            total += term
            i += 1
            term *= lam / i
        return min(total, 1.0)
    ks = np.arange(k, dtype=float)
    log_fact = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, k, dtype=float)))])
    cdf = float(np.exp(-lam + ks * math.log(lam) - log_fact).sum())
    return max(0.0, 1.0 - cdf)


def _log10_inv(p: float) -> float:
    return -math.log10(max(p, 1e-300))


def _outgoing(store: Store, table: str, actor: str, freq: str) -> list[dict[str, Any]]:
    """A's outgoing cooperative events that can be placed in a period, oldest first."""
    return store.query(
        f"SELECT {period_sql(freq)} AS period, tgt AS partner, event_id FROM {table} "  # noqa: S608
        "WHERE source LIKE ? AND NOT coalesce(target LIKE ?, FALSE) AND quad_class IN (1, 2) "
        f"AND {precision_sql(freq)} ORDER BY day, event_id", [actor + "%", actor + "%"])


def _covered(store: Store, freq: str) -> set[date]:
    """Periods in which the corpus has at least one dated document."""
    rows = store.query(f"SELECT DISTINCT {period_sql(freq, 'doc_date')} AS p FROM documents "  # noqa: S608
                       "WHERE doc_date IS NOT NULL")
    return {r["p"] for r in rows}


def _unplaced(store: Store, table: str, actor: str, freq: str) -> int:
    row = store.con.execute(
        f"SELECT count(*) FROM {table} WHERE source LIKE ? AND NOT coalesce(target LIKE ?, FALSE) "  # noqa: S608
        f"AND quad_class IN (1, 2) AND NOT {precision_sql(freq)}", [actor + "%", actor + "%"]).fetchone()
    return int(row[0]) if row else 0


def offensives(store: Store, a: str, *, params: OffensiveParams | None = None,
               scope: Scope | None = None) -> Offensives:
    """Detect charm offensives of actor ``a`` (method in the module docstring).

    Args:
        store: an open store.
        a: actor code prefix (``PRK``).
        params: detector settings (frequency, window, alpha, thresholds).
        scope: event inclusion, de-duplication and date bounds.

    Returns:
        :class:`Offensives` with the full series (every covered period, scored) and the episodes,
        highest score first.
    """
    actor, params = normalise_actor(a), params or OffensiveParams()
    check_freq(params.freq)
    with analysable(store, scope, actors=[actor]) as t:
        rows = _outgoing(store, t.table, actor, params.freq)
        unplaced = _unplaced(store, t.table, actor, params.freq)
        stats = t.stats
    covered = _covered(store, params.freq) or {r["period"] for r in rows}
    unplaced += sum(1 for r in rows if r["period"] not in covered)
    rows = [r for r in rows if r["period"] in covered]
    series = score_series(_calendar(rows, covered, params.freq), params)
    return Offensives(actor, params, series, _episodes(series, rows, params.freq), stats, unplaced)


def _calendar(rows: list[dict[str, Any]], covered: set[date],
              freq: str) -> list[tuple[date, int | None, int]]:
    """(period, events or None when not covered, distinct partners) for every calendar period."""
    if not covered:
        return []
    events = Counter(r["period"] for r in rows)
    partners: dict[date, set[str]] = {}
    for r in rows:
        partners.setdefault(r["period"], set()).add(r["partner"])
    return [(p, events.get(p, 0) if p in covered else None, len(partners.get(p, ())))
            for p in period_range(min(covered), max(covered), freq)]


def score_series(calendar: list[tuple[date, int | None, int]], params: OffensiveParams) -> list[PeriodStat]:
    """Baseline, test and score every covered period, iterating until the flags are stable.

    Args:
        calendar: (period, event count or None if the period is not covered, distinct partners).
        params: detector settings.
    """
    counts = np.array([np.nan if c is None else c for _, c, _ in calendar], dtype=float)
    breadth = np.array([k for _, _, k in calendar], dtype=float)
    flagged = np.zeros(len(calendar), dtype=bool)
    stats: list[PeriodStat] = []
    for _ in range(params.max_iterations):
        stats = [_test(i, calendar[i][0], counts, breadth, flagged, params)
                 for i in range(len(calendar)) if not np.isnan(counts[i])]
        new = np.zeros(len(calendar), dtype=bool)
        index = {p: i for i, (p, _, _) in enumerate(calendar)}
        for s in stats:
            new[index[s.period]] = s.flagged
        if (new == flagged).all():
            break
        flagged = new
    return stats


def _test(i: int, period: date, counts: np.ndarray, breadth: np.ndarray, flagged: np.ndarray,
          params: OffensiveParams) -> PeriodStat:
    """The Poisson tests of period ``i`` against its rolling, flag-excluding baseline."""
    lo, hi = max(0, i - params.window), min(len(counts), i + params.window + 1)
    mask = np.zeros(len(counts), dtype=bool)
    mask[lo:hi] = True
    mask &= ~np.isnan(counts) & ~flagged
    mask[i] = False
    c, k = int(counts[i]), int(breadth[i])
    if not mask.any():
        return PeriodStat(period, c, k, None, None, 1.0, 1.0, 0.0, False)
    lam = max(float(counts[mask].mean()), params.min_rate)
    mu = max(float(breadth[mask].mean()), params.min_rate)
    p_count, p_breadth = poisson_sf(c, lam), poisson_sf(k, mu)
    flag = (p_count < params.alpha and c >= params.min_events and k >= params.min_partners and k > mu)
    return PeriodStat(period, c, k, round(lam, 3), round(mu, 3), p_count, p_breadth,
                      round(_log10_inv(p_count) + _log10_inv(p_breadth), 3), flag)


def _episodes(series: list[PeriodStat], rows: list[dict[str, Any]], freq: str) -> list[Episode]:
    """Merge runs of adjacent flagged periods into episodes, highest score first."""
    runs: list[list[PeriodStat]] = []
    for s in (s for s in series if s.flagged):
        if runs and next_period(runs[-1][-1].period, freq) == s.period:
            runs[-1].append(s)
        else:
            runs.append([s])
    episodes = [_episode(run, rows, freq) for run in runs]
    return sorted(episodes, key=lambda e: (-e.score, e.start))


def _episode(run: list[PeriodStat], rows: list[dict[str, Any]], freq: str) -> Episode:
    periods = {s.period for s in run}
    evidence = [r for r in rows if r["period"] in periods]
    partners = Counter(r["partner"] for r in evidence)
    events, baseline = sum(s.events for s in run), sum(s.baseline or 0.0 for s in run)
    return Episode(
        start=run[0].period, end=next_period(run[-1].period, freq) - timedelta(days=1), periods=len(run),
        events=events, baseline=round(baseline, 3), score=round(sum(s.score for s in run), 3),
        p_value=poisson_sf(events, baseline), partners=dict(partners.most_common()),
        event_ids=[r["event_id"] for r in evidence])
