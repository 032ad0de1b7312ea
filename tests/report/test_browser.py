"""The report in a real browser: headless Chromium driven by Playwright.

It renders, shows the four pillars, logs no console error (a CSP violation would be one),
makes no network request, runs no script, and prints to PDF. Screenshots are kept in
tests/artifacts/ (git-ignored). Chromium comes from the Debian package `chromium`
(installed by .ci/run); set CHROMIUM to use another binary. Never `playwright install`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Route, sync_playwright

from tests.cli_runner import FIXTURES, REPO, run_cli
from tests.report.hostile import write_hostile

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "tests" / "artifacts"
ARCHIVE = FIXTURES / "archive" / "Complete_LinkedInDataExport_03-14-2026"
PILLARS = {
    "en": (
        "Establish your professional brand",
        "Find the right people",
        "Engage with insights",
        "Build relationships",
    ),
    "fr": (
        "Construire votre marque professionnelle",
        "Trouver les bonnes personnes",
        "Échanger des informations",
        "Établir des relations",
    ),
}


@pytest.fixture(scope="module")
def browser() -> Any:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium` "
            "(scripts/test does it when run as root), or set CHROMIUM to its path",
            pytrace=False,
        )
    with sync_playwright() as play:
        launched = play.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


def open_report(browser: Any, path: Path) -> tuple[Any, dict[str, list[str]]]:
    seen: dict[str, list[str]] = {"errors": [], "requests": [], "blocked": [], "dialogs": []}
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    own = path.resolve().as_uri()

    def route(r: Route) -> None:
        url = r.request.url
        if url == own or url.startswith(("data:", "about:")):
            r.continue_()
        else:
            seen["blocked"].append(url)
            r.abort()

    page.route("**/*", route)
    page.goto(own, wait_until="load")
    return page, seen


def check_page(page: Any, seen: dict[str, list[str]], own: str, lang: str) -> None:
    assert page.evaluate("document.documentElement.lang") == lang
    for label in PILLARS[lang]:
        row = page.locator("#score table th[scope=row]", has_text=label)
        assert row.is_visible(), label
    chart = page.locator("#score svg.pillars")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    assert page.locator("#score svg.pillars rect.bar").count() >= 1
    assert page.evaluate("document.scripts.length") == 0
    assert not seen["errors"], seen["errors"]
    assert not seen["dialogs"], seen["dialogs"]
    assert not seen["blocked"], seen["blocked"]
    assert all(u == own or u.startswith(("data:", "about:")) for u in seen["requests"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_report_in_chromium(browser: Any, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"report-{lang}.html"
    posts = FIXTURES / "posts" / f"weak-{lang}.md"
    done = run_cli("report", str(ARCHIVE), "--posts", str(posts), "--lang", lang, "-o", str(out))
    assert done.returncode == 0, done.stderr
    page, seen = open_report(browser, out)
    check_page(page, seen, out.resolve().as_uri(), lang)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-{lang}.png"), full_page=True)
    pdf = page.pdf(path=str(ARTIFACTS / f"report-{lang}.pdf"), format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 3  # page breaks
    page.close()


def test_hostile_report_stays_inert(browser: Any, tmp_path: Path) -> None:
    profile, draft = write_hostile(tmp_path)
    out = tmp_path / "evil.html"
    assert run_cli("report", str(profile), "--posts", str(draft), "-o", str(out)).returncode == 0
    page, seen = open_report(browser, out)
    check_page(page, seen, out.resolve().as_uri(), "en")
    assert page.locator("img").count() == 0
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
    page.close()


def test_cohort_index_in_chromium(browser: Any, tmp_path: Path) -> None:
    paths = [str(FIXTURES / "profiles" / f"{n}.json") for n in ("exemplary-en", "weak-en")]
    out = tmp_path / "cohort"
    assert run_cli("report", *paths, "-o", str(out)).returncode == 0
    page, seen = open_report(browser, out / "index.html")
    assert page.locator("tbody tr").count() == 2
    assert not seen["errors"] and not seen["blocked"]
    page.close()
