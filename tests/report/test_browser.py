"""The report in a real browser: headless Chromium driven by Playwright.

It renders, shows the four pillars, logs no console error (a CSP violation would be one),
makes no network request and runs no script; it fits a phone (390 px) and a laptop (1280
px) without horizontal scrolling, prints to A4 with page 1 standing on its own, passes
axe-core with no serious or critical violation, and shows no rule code, field path or
file path outside the coach's folded details. Screenshots and PDFs are kept in
tests/artifacts/ (git-ignored). Chromium comes from the Debian package `chromium`
(installed by .ci/run); set CHROMIUM to use another binary. Never `playwright install`.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Route, sync_playwright
from pypdf import PdfReader

from tests.cli_runner import FIXTURES, REPO, run_cli
from tests.report.client import developer_material
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
WIDTHS = (390, 1280)
A4_CONTENT = 703  # px: 210 mm less the print margins (2 x 12 mm) at 96 px per inch
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
# The text a person sees: no text inside a closed <details> but its summary, nothing hidden.
VISIBLE_TEXT = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const folded = el.closest("details:not([open])");
    if (folded && !el.closest("summary")) continue;
    if (el.closest("svg") || !el.checkVisibility()) continue;
    out.push(node.data);
  }
  return out.join(" ");
}"""


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


def open_report(browser: Any, path: Path, width: int = 1100) -> tuple[Any, dict[str, list[str]]]:
    seen: dict[str, list[str]] = {"errors": [], "requests": [], "blocked": [], "dialogs": []}
    page = browser.new_page(viewport={"width": width, "height": 900})
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
    chart = page.locator("#summary svg.pillars")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert page.locator("#summary svg.pillars rect.bar").count() >= 1
    assert page.evaluate("document.scripts.length") == 0
    assert not seen["errors"], seen["errors"]
    assert not seen["dialogs"], seen["dialogs"]
    assert not seen["blocked"], seen["blocked"]
    assert all(u == own or u.startswith(("data:", "about:")) for u in seen["requests"])


def fits(page: Any, width: int) -> None:
    """No horizontal scrolling: nothing reaches past the window's width."""
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    wider = page.evaluate(
        "w => [...document.querySelectorAll('body *')]"
        ".filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.table-box'))"
        ".map(e => e.tagName + '.' + e.className)",
        width,
    )
    assert not wider, wider


def accessible(page: Any) -> None:
    """axe-core (bundled, no network): no serious or critical violation."""
    found = Axe().run(page).response["violations"]
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in found]
    assert not [b for b in bad if b[1] in ("serious", "critical")], bad


def client_text(page: Any) -> str:
    text = page.evaluate(VISIBLE_TEXT)
    assert not developer_material(text), developer_material(text)
    return str(text)


def printed(page: Any, name: str) -> PdfReader:
    page.emulate_media(media="print")
    data = page.pdf(path=str(ARTIFACTS / f"{name}.pdf"), format="A4", print_background=True)
    assert data.startswith(b"%PDF") and len(data) > 20_000
    for selector in (".finding", "ol.checklist li", ".rewrite", "figure"):
        styles = page.eval_on_selector_all(
            selector, "els => els.map(e => getComputedStyle(e).breakInside)"
        )
        assert styles and set(styles) == {"avoid"}, selector  # never cut in two
    page.emulate_media(media="screen")
    return PdfReader(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_report_in_chromium(browser: Any, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"report-{lang}.html"
    posts = FIXTURES / "posts" / f"weak-{lang}.md"
    done = run_cli("report", str(ARCHIVE), "--posts", str(posts), "--lang", lang, "-o", str(out))
    assert done.returncode == 0, done.stderr
    ARTIFACTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        page, seen = open_report(browser, out, width)
        check_page(page, seen, out.resolve().as_uri(), lang)
        fits(page, width)
        accessible(page)
        client_text(page)
        page.screenshot(path=str(ARTIFACTS / f"report-{lang}-{width}.png"), full_page=True)
        if width == 1280:
            pdf = printed(page, f"report-{lang}")
            first = pdf.pages[0].extract_text()
            steps = page.locator("ol.checklist .what").all_inner_texts()
            assert len(steps) == 5
            for step in steps:  # page 1 holds the summary and every first step
                assert step.split()[-1] in first, step
            assert len(pdf.pages) >= 4
            headings = [page.locator(f"#{s} h2").inner_text() for s in ("summary", "findings")]
            assert headings[0] in first and headings[1] not in first
        page.close()


def test_hostile_report_stays_inert(browser: Any, tmp_path: Path) -> None:
    profile, draft = write_hostile(tmp_path)
    out = tmp_path / "evil.html"
    assert run_cli("report", str(profile), "--posts", str(draft), "-o", str(out)).returncode == 0
    page, seen = open_report(browser, out, 390)
    check_page(page, seen, out.resolve().as_uri(), "en")
    fits(page, 390)
    accessible(page)
    assert page.locator("img").count() == 0
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
    page.close()


def test_cohort_index_fits_the_screen_and_a4(browser: Any, tmp_path: Path) -> None:
    names = ("exemplary-en", "weak-en", "exemplary-fr", "weak-fr", "jsonresume-sample")
    paths = [str(FIXTURES / "profiles" / f"{n}.json") for n in names]
    out = tmp_path / "cohort"
    history = tmp_path / "history.sqlite"
    assert run_cli("report", *paths, "-o", str(out), "--history", str(history)).returncode == 0
    page, seen = open_report(browser, out / "index.html", 1280)
    assert page.locator("tbody tr").count() == 5
    assert not seen["errors"] and not seen["blocked"]
    fits(page, 1280)
    box = page.locator(".table-box")
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")  # no scrolling inside either
    accessible(page)
    page.screenshot(path=str(ARTIFACTS / "index-1280.png"), full_page=True)
    page.set_viewport_size({"width": A4_CONTENT, "height": 1000})
    page.emulate_media(media="print")
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")  # A4 portrait: every column
    pdf = PdfReader(io.BytesIO(page.pdf(path=str(ARTIFACTS / "index.pdf"), format="A4")))
    text = pdf.pages[0].extract_text()
    assert "Findings" in text and "Change" in text  # the right-hand columns print
    page.set_viewport_size({"width": 390, "height": 900})
    page.emulate_media(media="screen")
    fits(page, 390)  # on a phone the table scrolls inside its own box, the page does not
    page.close()


def test_a_two_run_history_renders(browser: Any, tmp_path: Path) -> None:
    member = tmp_path / "me.json"
    profile = json.loads((FIXTURES / "profiles" / "weak-en.json").read_text(encoding="utf-8"))
    history = tmp_path / "history.sqlite"
    for photo in (False, True):
        profile["linkedin"]["photo"] = photo
        member.write_text(json.dumps(profile), encoding="utf-8")
        args = ["report", str(member), "-o", str(tmp_path / "r.html"), "--history", str(history)]
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr
    for width in WIDTHS:
        page, seen = open_report(browser, tmp_path / "r.html", width)
        assert not seen["errors"] and not seen["blocked"]
        progress = page.locator("#progress")
        assert progress.is_visible()
        trends = page.locator("#progress svg.trend")
        assert trends.count() == 5
        for i in range(5):
            assert trends.nth(i).is_visible()
            assert trends.nth(i).get_attribute("role") == "img"
        assert page.locator("#progress ul.fixed li", has_text="no photo").is_visible()
        fits(page, width)
        accessible(page)
        client_text(page)
        page.screenshot(path=str(ARTIFACTS / f"history-{width}.png"), full_page=True)
        page.close()
