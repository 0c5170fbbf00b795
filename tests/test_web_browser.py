"""The web page in real headless Chromium (Debian ``chromium`` + ``chromium-driver``), driven by selenium.

The server runs in a thread on 127.0.0.1 and a free port over the synthetic store of ``api_store``.
Screenshots are saved under the test's tmp dir.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from api_store import N_TIMELINE, N_TIMELINE_CHINA, build_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
                       reason="chromium / chromium-driver not installed (.ci/system-packages.sh installs them)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from chronicler.api import create_app

    db = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1500,950",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 15):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _marks(driver) -> list[str]:
    # read in one script: the page redraws the marks, so element handles go stale
    return driver.execute_script("return [...document.querySelectorAll('#timeline .cluster-mark, #undated .cluster-chip')]"
                                 ".map(e => e.getAttribute('data-cluster'))")


def _ready(driver) -> None:
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def test_page_timeline_filter_and_sources(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server + "/")
    _ready(browser)
    assert len(_marks(browser)) == N_TIMELINE
    assert browser.find_element(By.ID, "count").text.startswith(f"{N_TIMELINE} event clusters")
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    browser.save_screenshot(str(tmp_path / "timeline.png"))

    # actor filter: China
    Select(browser.find_element(By.ID, "f-actor")).select_by_value("country:CHN")
    browser.find_element(By.ID, "apply").click()
    _wait(browser, lambda d: len(_marks(d)) == N_TIMELINE_CHINA)
    assert set(_marks(browser)) == {"c2", "e5", "e7"}

    # click the China-accuses-Japan cluster: both source sentences appear with their spans highlighted
    browser.find_element(By.CSS_SELECTOR, '#timeline .cluster-mark[data-cluster="c2"]').click()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#sources .source")) == 2)
    sources = browser.find_elements(By.CSS_SELECTOR, "#sources .source")
    texts = [s.find_element(By.CSS_SELECTOR, ".sentence").text for s in sources]
    assert "China accused Japan of stoking tension in the region." in texts
    marks = {(m.get_attribute("data-label"), m.text)
             for m in browser.find_elements(By.CSS_SELECTOR, "#sources .sentence mark")}
    assert ("trigger", "accused") in marks and ("source", "China") in marks and ("target", "Japan") in marks
    browser.save_screenshot(str(tmp_path / "selected.png"))

    # reset, then an event with a time expression shows it highlighted too
    browser.find_element(By.ID, "clear").click()
    _wait(browser, lambda d: len(_marks(d)) == N_TIMELINE)
    browser.find_element(By.CSS_SELECTOR, '#timeline .cluster-mark[data-cluster="c1"]').click()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#sources mark.hl-time")) == 2)
    times = {m.text for m in browser.find_elements(By.CSS_SELECTOR, "#sources mark.hl-time")}
    assert times == {"Monday", "July 8"}
    browser.save_screenshot(str(tmp_path / "timeline-selected.png"))
    assert (tmp_path / "timeline-selected.png").stat().st_size > 10_000

    # the whole report, with actors, time expressions and triggers highlighted; then back to the event
    browser.find_element(By.CSS_SELECTOR, '#sources .source[data-event="e1"] .doc-link').click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#panel .doc-text"))
    labels = {(m.get_attribute("data-label"), m.text) for m in browser.find_elements(By.CSS_SELECTOR, "#panel .doc-text mark")}
    assert {("time", "Monday"), ("actor", "China"), ("trigger", "accused"), ("trigger", "signed")} <= labels
    assert "defence pact in Manila" in browser.find_element(By.CSS_SELECTOR, "#panel .doc-text").text
    browser.save_screenshot(str(tmp_path / "document.png"))
    browser.find_element(By.CSS_SELECTOR, "#panel .back").click()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#sources .source")) == 2)


def test_zoom_and_graph_view(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    _ready(browser)
    before = browser.execute_script("return [...document.querySelectorAll('#timeline .axis text')].map(t => t.textContent)")
    browser.find_element(By.ID, "zoom-in").click()
    browser.find_element(By.ID, "zoom-in").click()
    after = browser.execute_script("return [...document.querySelectorAll('#timeline .axis text')].map(t => t.textContent)")
    assert before != after
    browser.find_element(By.ID, "tab-graph").click()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#graph .node")) == 4)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#graph path.edge")) == 6
    browser.save_screenshot(str(tmp_path / "graph.png"))
    # clicking an actor filters the timeline by it
    browser.find_element(By.CSS_SELECTOR, '#graph .node[data-actor="country:CHN"] circle').click()
    _wait(browser, lambda d: len(_marks(d)) == N_TIMELINE_CHINA)


def test_api_docs_render_offline(server, browser):
    """Swagger UI comes from the installed bundle, not a CDN: with no network it still lists the API routes."""
    from selenium.webdriver.common.by import By

    browser.get(server + "/docs")
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock")) > 0)
    paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert "/api/timeline" in paths and "/api/events" in paths


@pytest.mark.slow
def test_demo_store_page(browser, alliance_ingest, tmp_path):
    """The page over the real demo corpus (whatever the pipeline finds in it; a copy of the session's real-CLI
    ingest of it): every timeline entry is drawn, and a selected one shows its source sentences."""
    import uvicorn
    from selenium.webdriver.common.by import By

    from chronicler.api import create_app
    from conftest import EXAMPLES, copy_store

    if not EXAMPLES.is_dir():
        pytest.skip("examples/alliance not present")
    db = copy_store(alliance_ingest.db, tmp_path, "demo.duckdb")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        while not srv.started:
            assert thread.is_alive()
            time.sleep(0.05)
        import json
        import urllib.request

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/timeline?limit=5000") as resp:
            entries = json.loads(resp.read())["items"]
        browser.get(f"http://127.0.0.1:{port}/")
        _ready(browser)
        assert browser.find_element(By.ID, "count").text.startswith(f"{len(entries)} event cluster")
        browser.save_screenshot(str(tmp_path / "demo-initial.png"))
        browser.find_element(By.ID, "zoom-fit").click()  # the page opens on where most events are
        assert len(_marks(browser)) == len(entries)
        assert len(browser.find_elements(By.CSS_SELECTOR, "#entries tbody tr")) == min(len(entries), 2000)
        if entries:
            browser.execute_script("document.querySelector('#entries tbody tr').click()")
            _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#sources .source .sentence"))
        else:
            assert "0 event clusters" in browser.find_element(By.ID, "count").text
        browser.save_screenshot(str(tmp_path / "demo.png"))
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
