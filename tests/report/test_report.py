"""The HTML report: content, escaping, self-containment, French, and the cohort index."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.cli_runner import FIXTURES, run_cli
from tests.report.hostile import write_hostile

pytestmark = pytest.mark.slow  # the whole command, end to end

ARCHIVE = FIXTURES / "archive" / "Complete_LinkedInDataExport_03-14-2026"
PILLARS_EN = (
    "Establish your professional brand",
    "Find the right people",
    "Engage with insights",
    "Build relationships",
)
PILLARS_FR = (
    "Construire votre marque professionnelle",
    "Trouver les bonnes personnes",
    "Échanger des informations",
    "Établir des relations",
)


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def folded(html: str) -> str:
    """The coach's folded details of a page, joined."""
    return "".join(
        part.split("</details>")[0] for part in html.split('<details class="coach">')[1:]
    )


def visible(html: str) -> str:
    """The page without the coach's folded details, its head and its markup."""
    body = html.split("<body", 1)[1]
    parts = body.split('<details class="coach">')
    body = parts[0] + "".join(part.split("</details>", 1)[1] for part in parts[1:])
    return re.sub(r"<[^>]+>", " ", body)


def assert_inert(html: str) -> None:
    """No script, no image, no event handler, no link anywhere but in-page anchors."""
    for tag, attrs in tags_of(html):
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "base", "form")
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "xlink:href"):
                assert (value or "").startswith(("#", "data:")) or value.endswith(".html"), value
    assert "@import" not in html and "url(" not in html


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("en") / "report.html"
    done = run_cli(
        "report", str(ARCHIVE), "--posts", str(FIXTURES / "posts" / "weak-en.md"), "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


def test_report_shows_score_pillars_and_sections(english: str) -> None:
    assert '<html lang="en">' in english
    for label in PILLARS_EN:
        assert label in english
    for heading in (
        "Summary",
        "Drafts to adapt",
        "Findings by profile section",
        "Post drafts",
        "Activity",
        "The score in detail",
    ):
        assert f">{heading}</h2>" in english
    for heading in ("What is already good", "What to do first", "What could not be measured"):
        assert f">{heading}</h3>" in english
    assert "It is not LinkedIn's SSI" in english
    assert 'role="img"' in english and "<title id=" in english and "<desc id=" in english
    assert "…see more" in english  # the draft's preview
    coach = folded(english)  # sources, evidence levels and rule codes are for the coach
    assert "LinkedIn Help answer a105145" in coach and "<dd>platform</dd>" in coach
    assert "(AC004)" in coach and "<code>linkedin.connections</code>" in coach


def test_report_is_self_contained_with_a_strict_policy(english: str) -> None:
    assert_inert(english)
    policy = next(
        attrs["content"]
        for tag, attrs in tags_of(english)
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    assert "style-src 'sha256-" in policy and "unsafe-inline" not in policy
    assert "http://" not in english.replace("http://www.w3.org/2000/svg", "")


def test_fixes_are_ranked_by_points(english: str) -> None:
    section = english.split('id="first"')[1].split("</section>")[0]
    gains = [float(part.split("<small>")[0]) for part in section.split('class="gain">+')[1:]]
    assert gains and gains == sorted(gains, reverse=True)


def test_past_posts_are_summarised(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert run_cli("report", str(ARCHIVE), "-o", str(out)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert "Your last posts, checked with the post rules" in html
    assert "of your last 2 posts" in html


def test_every_user_text_is_escaped(tmp_path: Path) -> None:
    profile, draft = write_hostile(tmp_path)
    for lang in ("en", "fr"):
        out = tmp_path / f"evil-{lang}.html"
        done = run_cli(
            "report", str(profile), "--posts", str(draft), "-o", str(out), "--lang", lang
        )
        assert done.returncode == 0, done.stderr
        html = out.read_text(encoding="utf-8")
        assert_inert(html)
        assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html
        assert '" onmouseover=' not in html and "&#34; onmouseover=" in html


def test_french_report(tmp_path: Path) -> None:
    out = tmp_path / "fr.html"
    done = run_cli(
        "report",
        str(ARCHIVE),
        "--posts",
        str(FIXTURES / "posts" / "weak-fr.md"),
        "-o",
        str(out),
        "--lang",
        "fr",
    )
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    for label in PILLARS_FR:
        assert label in html
    for heading in ("Par quoi commencer", "Constats par section du profil", "Brouillons de posts"):
        assert heading in html
    assert "visez-en au moins" in html  # rule messages in French
    assert "<dd>plateforme</dd>" in folded(html)  # and their sources, for the coach
    assert "What to do first" not in html and "aim for at least" not in html
    assert "platform" not in html and "LinkedIn's" not in html


def test_cohort_index_and_summary(tmp_path: Path) -> None:
    names = ["exemplary-en", "exemplary-fr", "weak-en", "weak-fr"]
    paths = [str(FIXTURES / "profiles" / f"{n}.json") for n in names]
    out = tmp_path / "cohort"
    done = run_cli("report", *paths, str(ARCHIVE), "-o", str(out))
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(
        [
            *(f"{n}.html" for n in names),
            "Complete_LinkedInDataExport_03-14-2026.html",
            "index.html",
            "summary.csv",
            "summary.json",
        ]
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    members = summary["members"]
    assert [m["rank"] for m in members] == [1, 2, 3, 4, 5]
    percents = [m["percent"] for m in members]
    assert percents == sorted(percents, reverse=True)
    assert members[0]["percentile"] >= members[-1]["percentile"]
    assert all(0 <= m["percentile"] <= 100 for m in members)
    assert "not LinkedIn's SSI" in summary["note"]
    rows = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    assert [r["name"] for r in rows] == [m["name"] for m in members]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert_inert(index)
    for member in members:
        assert f'href="{member["report"]}"' in index


def test_bad_input_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "out"
    done = run_cli("report", str(FIXTURES / "profiles" / "weak-en.json"), str(bad), "-o", str(out))
    assert done.returncode == 2
    assert "bad.json" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    done = run_cli("report", str(bad), "-o", str(tmp_path / "one.html"))
    assert done.returncode == 2 and not (tmp_path / "one.html").exists()


def test_usage_errors(tmp_path: Path) -> None:
    two = [str(FIXTURES / "profiles" / "weak-en.json"), str(FIXTURES / "profiles" / "weak-fr.json")]
    assert run_cli("report", *two).returncode == 2
    done = run_cli("report", *two, "--posts", str(FIXTURES / "posts"), "-o", str(tmp_path / "d"))
    assert done.returncode == 2 and "single profile" in done.stderr
