"""The report as a client reads it: plain words first, the coach's material folded,
page 1 a summary (verdict, strengths, first steps), drafts to adapt from their own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from profile_lint.i18n import translator
from profile_lint.message import Msg
from profile_lint.report import segments
from profile_lint.report.build import Member, lint_members
from profile_lint.report.cohort import percentile
from profile_lint.report.rewrite import rewrites
from profile_lint.report.summary import strengths, verdict
from profile_lint.run import Overrides, open_session, read_drafts, read_profiles
from profile_lint.score import PILLAR_MAX, PillarScore, Score
from tests.cli_runner import FIXTURES, run_cli
from tests.report.client import developer_material
from tests.report.test_report import ARCHIVE, folded, visible

pytestmark = pytest.mark.slow  # the whole command, end to end

WEAK = FIXTURES / "profiles" / "weak-en.json"
EN = translator("en")


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> list[Member]:
    session = open_session(Overrides(), cwd=tmp_path_factory.mktemp("run"))
    profiles = read_profiles(
        session, [str(ARCHIVE), str(WEAK), str(FIXTURES / "profiles" / "exemplary-en.json")]
    )
    drafts = read_drafts(session, [str(FIXTURES / "posts" / "weak-en.md")])
    return lint_members(session, profiles, drafts)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Reports of every kind of input: an archive with a draft, then a cohort of JSON
    (English, French), a 2018 archive, a pasted page and a "Save to PDF" profile."""
    folder = tmp_path_factory.mktemp("reports")
    args = [str(ARCHIVE), "--posts", str(FIXTURES / "posts" / "weak-en.md")]
    done = run_cli("report", *args, "-o", str(folder / "archive.html"))
    assert done.returncode == 0, done.stderr
    cohort = [
        WEAK,
        FIXTURES / "profiles" / "weak-fr.json",
        FIXTURES / "archive" / "Basic_LinkedInDataExport_06-20-2018",
        FIXTURES / "pasted" / "hannah-whitfield-en.txt",
        FIXTURES / "pdf" / "camille-rousseau-fr.pdf",
    ]
    done = run_cli("report", *map(str, cohort), "-o", str(folder / "cohort"))
    assert done.returncode == 0, done.stderr
    pages = [folder / "archive.html", *sorted((folder / "cohort").glob("*.html"))]
    assert len(pages) == 7
    return {page.stem: page.read_text(encoding="utf-8") for page in pages}


def test_no_developer_material_outside_the_coach_details(reports: dict[str, str]) -> None:
    for name, html in reports.items():
        assert not developer_material(visible(html)), (name, developer_material(visible(html)))
        if name != "index":
            assert developer_material(folded(html)), name  # the coach still has it all


def test_the_header_names_the_member_and_drafts_are_titled_by_their_words(
    reports: dict[str, str],
) -> None:
    html = reports["archive"]
    assert "<h1>Alex Exemplar</h1>" in html
    title = "I&#39;m thrilled to announce that after an incredible journey…"
    assert f'<h3 class="draft-title">{title}</h3>' in html
    titled = segments_title("---\ntitle: Payroll,  in 2026\n---\nBody text here.\n")
    assert titled == "Payroll, in 2026"


def segments_title(text: str) -> str:
    from profile_lint.readers.drafts import draft_from_text
    from profile_lint.report.build import draft_title

    return draft_title(draft_from_text(text, "x.md"))


def test_post_findings_quote_their_line_not_the_post_again(reports: dict[str, str]) -> None:
    section = reports["archive"].split('id="drafts"')[1].split("</section>")[0]
    quotes = [q.split("</p>")[0] for q in section.split('<p class="quote">')[1:]]
    assert len(quotes) >= 8
    assert all("\n" not in q and len(q) < 400 for q in quotes)
    assert "#payroll" in quotes[-1]  # the hashtag finding quotes the hashtag line


def test_page_one_has_verdict_strengths_and_a_tickable_checklist(reports: dict[str, str]) -> None:
    summary = reports["archive"].split('id="summary"')[1].split("</section>")[0]
    assert 'class="verdict">A profile with clear gaps' in summary
    assert "<li>Your headline says what you do, not only your job title.</li>" in summary
    steps = summary.split('<ol class="checklist">')[1].split("</ol>")[0]
    assert steps.count('<input type="checkbox" id="step-') == 5
    assert steps.count('<label for="step-') == 5
    assert "You have 2 connections; aim for at least 50." in steps  # the largest gain first


def test_verdict_follows_the_share_of_points_kept() -> None:
    def score(*values: float | None) -> Score:
        return Score(
            [PillarScore(p, p, v) for p, v in zip(("brand", "people"), values, strict=False)]
        )

    assert "strong" in verdict(score(PILLAR_MAX, 22.0)).id
    assert "good profile" in verdict(score(20.0, 14.0)).id
    assert "clear gaps" in verdict(score(12.0, 10.0)).id
    assert "missing" in verdict(score(3.0, 4.0)).id
    assert "too little" in verdict(score(None, None)).id


def test_strengths_need_the_rule_and_its_parts_to_pass(members: list[Member]) -> None:
    archive, weak, exemplary = members
    good = [m.id for m in strengths(exemplary)]
    assert len(good) == 4  # the four that carry the most points
    assert good[:2] == [
        "Your positions are described with action verbs and results in numbers.",
        "Your About is long enough, readable, in the first person, and says how to reach you.",
    ]
    # on the weak profile, only its location passes in full
    assert strengths(weak) == [Msg("Your profile gives your location, which searches filter on.")]
    # the archive's About exists but is too short: no strength about the About
    assert not any("About" in m.id for m in strengths(archive))


def test_drafts_to_adapt_are_built_from_the_members_words(members: list[Member]) -> None:
    drafts = {d["label"]: d for d in rewrites(members[1], EN)}
    assert list(drafts) == [
        "Headline",
        "About: the opening",
        "Experience: “Sales Manager” at Midlands Office Supplies",
    ]
    headline = "".join(t for t, _ in drafts["Headline"]["after"])
    assert headline == "Sales Manager | I help [whom] [achieve what] | Leadership, Communication"
    about = "".join(t for t, _ in drafts["About: the opening"]["after"])
    assert about.startswith("As Sales Manager at Midlands Office Supplies, I help [whom]")
    assert "Write to me at ryan.cole@example.com." in about  # no way to reach them yet
    line = drafts["Experience: “Sales Manager” at Midlands Office Supplies"]
    assert line["before"] == "Responsible for managing the sales team and key accounts."
    after = "".join(t for t, _ in line["after"])
    assert after.startswith("[action verb] managing the sales team and key accounts, [with what")
    fills = [t for t, kind in line["after"] if kind == "fill"]
    assert fills and all(t.startswith("[") and t.endswith("]") for t in fills)


def test_a_rules_own_draft_comes_first(members: list[Member]) -> None:
    weak = members[1]
    ruled = next(f for f in weak.result.findings if f.name == "headline-title-only")
    assert ruled.draft is not None  # headline-title-only drafts from the member's words
    headline = rewrites(weak, EN)[0]
    assert headline["before"] == "Sales Manager"
    assert "".join(text for text, _ in headline["after"]) == EN.render(ruled.draft)
    assert ("[whom]", "fill") in headline["after"]


def test_exemplary_profile_gets_no_drafts(members: list[Member]) -> None:
    assert [d["label"] for d in rewrites(members[2], EN)] == []


def test_segments() -> None:
    assert segments.documentation("LinkedIn shows `**bold**` and **this** literally") == [
        ("LinkedIn shows ", ""),
        ("**bold**", "code"),
        (" and this literally", ""),
    ]
    assert segments.without_level("(study), disputed: an analysis") == "disputed: an analysis"
    assert segments.draft("A [b] c") == [("A ", ""), ("[b]", "fill"), (" c", "")]
    assert segments.marked("abcdef", [(1, 2), (4, 5)]) == [
        ("a", ""),
        ("b", "mark"),
        ("cd", ""),
        ("e", "mark"),
        ("f", ""),
    ]
    text = "first line\nsecond with a word\nthird"
    assert segments.line_of(text, (25, 29)) == [("second with a ", ""), ("word", "mark")]
    long = "x" * 1000
    cut = segments.marked(long, [(300, 305)])
    assert cut[0] == ("…", "") and cut[-1] == ("…", "") and sum(len(t) for t, _ in cut) < 700


def test_percentile_rank_counts_the_member_half() -> None:
    assert percentile(1.0, [2.0, 3.0, 4.0, 5.0]) == 10  # the lowest of five
    assert percentile(5.0, [1.0, 2.0, 3.0, 4.0]) == 90
    assert percentile(3.0, [3.0, 3.0]) == 50
    assert percentile(3.0, []) is None and percentile(None, [1.0]) is None


def test_summary_json_keeps_its_keys(tmp_path: Path) -> None:
    paths = [str(FIXTURES / "profiles" / f"{n}.json") for n in ("exemplary-en", "weak-en")]
    assert run_cli("report", *paths, "-o", str(tmp_path / "c")).returncode == 0
    members = json.loads((tmp_path / "c" / "summary.json").read_text(encoding="utf-8"))["members"]
    assert [m["percentile"] for m in members] == [75, 25]
    assert all(m["previous"] is None and m["change"] is None for m in members)  # no --history
