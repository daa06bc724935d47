"""End-to-end: the dashboard in headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from detente.model import Document
from detente.store.database import Store

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(pipeline, tmp_path_factory):  # type: ignore[no-untyped-def]
    import uvicorn

    from detente.web.app import create_app

    db = Path(tmp_path_factory.mktemp("browser")) / "b.duckdb"
    with Store(db) as store:
        for coded in pipeline.code([Document("b1", "Japan eased some of its sanctions on North Korea on "
                                                   "Friday. China condemned the nuclear test by North Korea.",
                                             date(2014, 7, 4))]):
            store.save(coded)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_dashboard_click_through_to_an_explanation(server: str, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(server + "/")
        assert "Top dyads" in page.content()
        page.click("text=Events")
        page.wait_for_selector("table a")
        page.click("table a >> nth=0")
        page.wait_for_selector("span.src")
        assert page.locator("span.src").count() == 1 and page.locator("span.tgt").count() == 1
        assert "pattern" in page.content()
        shot = tmp_path / "event.png"
        page.screenshot(path=str(shot))
        browser.close()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000
