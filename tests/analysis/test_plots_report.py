"""PNG plots are real images; the HTML report links every number to escaped evidence."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import matplotlib.image
import pytest

from detente.analysis import plots
from detente.analysis.dyad import dyad
from detente.analysis.ledger import ledger
from detente.analysis.network import network
from detente.analysis.offensives import offensives
from detente.analysis.report import write_report
from detente.store.database import Store
from tests.analysis.test_common import Corpus

PNG = b"\x89PNG\r\n\x1a\n"


def _corpus(path: Path) -> Path:
    c = Corpus(path)
    for m in range(1, 13):
        c.add("PRK", "KOR", "042", date(2014, m, 2))
        c.add("KOR", "PRK", "111" if m % 2 else "073", date(2014, m, 9))
    for i, p in enumerate(("CHN", "RUS", "JPN", "USA", "IGOUNO")):
        for code in ("010", "036", "051"):
            c.add("PRKGOV", p, code, date(2014, 6, 3 + 5 * i))
    c.add("USA", "PRK", "163", date(2014, 6, 3),
          sentence='Washington imposed <script>alert("x")</script> sanctions & more on "Pyongyang".')
    return c.build()


def _assert_png(path: Path, min_width: int = 600) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG and len(data) > 10_000
    height, width = matplotlib.image.imread(path).shape[:2]
    assert width >= min_width and height >= 400


def test_every_plot_is_a_real_png(tmp_path: Path) -> None:
    with Store(_corpus(tmp_path / "p.duckdb"), read_only=True) as store:
        written = [
            plots.plot_dyad(dyad(store, "PRK", "KOR"), tmp_path / "out" / "dyad.png"),
            plots.plot_ledger(ledger(store, "PRK"), tmp_path / "out" / "ledger.png"),
            plots.plot_offensives(offensives(store, "PRK"), tmp_path / "out" / "off.png"),
            plots.plot_network(network(store), tmp_path / "out" / "net.png"),
            plots.plot_ledger(ledger(store, "SWE"), tmp_path / "out" / "empty.png"),
        ]
    assert [p.name for p in written] == ["dyad.png", "ledger.png", "off.png", "net.png", "empty.png"]
    for path in written:
        _assert_png(path)


def test_report_links_numbers_to_escaped_evidence(tmp_path: Path) -> None:
    out = tmp_path / "report"
    with Store(_corpus(tmp_path / "p.duckdb"), read_only=True) as store:
        index = write_report(store, out)
    text = index.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "&amp; more" in text
    targets = set(re.findall(r'href=["\']#((?:ev|g)-[^"\']+)["\']', text))
    anchors = set(re.findall(r'id=["\']((?:ev|g)-[^"\']+)["\']', text))
    assert targets and targets <= anchors
    assert any(t.startswith("g-") for t in targets) and any(t.startswith("ev-") for t in targets)
    assert "Charm offensives of PRK" in text and "Ledger of PRK" in text
    images = re.findall(r"<img src='([^']+)'", text)
    assert "network.png" in images and "ledger_PRK.png" in images and "offensives_PRK.png" in images
    for name in images:
        _assert_png(out / name)


@pytest.mark.parametrize("n", [2_000])
def test_bench_runs_on_a_tiny_store(n: int) -> None:
    from detente.analysis.bench import run_bench

    res = run_bench(n, repeats=1)
    assert res.n_events == n and set(res.ratios) == {"group_by", "ledger", "dyad", "dedup_all"}
    assert res.ratios["group_by"] == 1.0 and res.details["ledger_events"] > 0
