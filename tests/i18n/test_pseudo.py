"""The pseudo-locale: a test catalog that marks every string (`⟦…⟧`, letters accented),
built from what Babel extracts. Everything the tool writes for people, rendered through
it, must be marked: a string that bypasses the catalog shows up unmarked and fails here.

What may stay unmarked is data, not wording: file paths, field paths, rule names and
codes, numbers and dates (CLDR's), the member's own text, and readers' diagnostics
(import warnings, English for now)."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import write_po

from profile_lint.catalogs import builtin_template
from profile_lint.engine import Result
from profile_lint.formatters import FORMATTERS, Report
from profile_lint.i18n import Translator, catalog_from_po
from profile_lint.registry import load_registry
from profile_lint.report.build import lint_members
from profile_lint.report.cohort import file_names, ranking, summary_json
from profile_lint.report.explain import explain, formula
from profile_lint.report.render import render
from profile_lint.report.view import index_context, report_context
from profile_lint.run import Overrides, lint_items, open_session, read_drafts, read_profiles
from tests.cli_runner import FIXTURES
from tests.i18n.common import case_results

_PLACEHOLDER = re.compile(r"(%\(\w+\)[.\d]*[sdf]|%%)")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")
ARCHIVE = FIXTURES / "archive" / "Complete_LinkedInDataExport_03-14-2026"
PROFILES = [FIXTURES / "profiles" / n for n in ("weak-en.json", "weak-fr.json")]
DRAFTS = sorted((FIXTURES / "posts").glob("*.md"))


def pseudo(text: str) -> str:
    """`⟦…⟧` around `text` with its letters accented, placeholders kept."""
    parts = _PLACEHOLDER.split(text)
    return "⟦" + "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts)) + "⟧"


def bare(text: str) -> str:
    """`text` without its marked parts (nested ones included)."""
    out, depth = [], 0
    for char in text:
        if char == "⟦":
            depth += 1
        elif char == "⟧":
            depth -= 1
        elif depth == 0:
            out.append(char)
    assert depth == 0, text
    return "".join(out)


def has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


@pytest.fixture(scope="module")
def tr() -> Translator:
    catalog = builtin_template()
    catalog.locale = "en"
    for message in catalog:
        if message.id:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            forms = tuple(pseudo(i) for i in ids)
            message.string = forms if isinstance(message.id, tuple) else forms[0]
    out = io.BytesIO()
    write_po(out, catalog)
    return Translator("qps", [catalog_from_po("qps", out.getvalue().decode("utf-8"))])


@pytest.fixture(scope="module")
def results() -> list[Result]:
    """Results of real inputs (profiles, an archive, drafts) and of every rule case."""
    session = open_session(Overrides(), cwd=FIXTURES)
    items = [
        *read_profiles(session, [str(p) for p in [*PROFILES, ARCHIVE]]),
        *read_drafts(session, [str(p) for p in DRAFTS]),
    ]
    return lint_items(session, items) + [result for _, result in case_results()]


def test_pseudo_catalog_marks_and_keeps_placeholders(tr: Translator) -> None:
    from profile_lint.rule import Plural

    msg = Plural("%(count)d file", "%(count)d files", count=1830)
    assert tr.render(msg) == "⟦1,830 fílés⟧"
    assert bare(tr.render(msg)) == ""


def test_every_rule_message_is_rendered_through_the_catalog(tr: Translator) -> None:
    seen = 0
    for rule, result in case_results():
        for finding in result.findings:
            for msg in (finding.message, finding.suggestion):
                text = tr.render(msg)
                assert text.startswith("⟦") and bare(text).strip() == "", (rule.name, text)
                seen += 1
    assert seen > 350


def _identifiers(results: list[Result]) -> set[str]:
    found = {"profile-lint"}
    for result in results:
        found.add(result.path)
        for f in result.findings:
            found |= {f.name, f.code, f"[{f.name}]", f.location or ""}
    return found - {""}


def test_text_output(results: list[Result], tr: Translator) -> None:
    clean = [Result("clean.md", "post")]
    text = FORMATTERS["text"](Report(results, load_registry().rules, tr=tr))
    text += FORMATTERS["text"](Report(clean, tr=tr))
    known = _identifiers(results + clean)
    for line in text.splitlines():
        if line.startswith("    │ "):  # the draft's own text, as the feed shows it
            continue
        rest = " ".join(w for w in bare(line).split() if w not in known)
        assert not has_words(rest), line


def test_json_sarif_github(results: list[Result], tr: Translator) -> None:
    report = Report(results, load_registry().rules, tr=tr)
    data = json.loads(FORMATTERS["json"](report))
    assert data["lang"] == "qps"
    for result in data["results"]:
        for f in result["findings"]:
            assert bare(f["message"]) == "" and bare(f["suggestion"]) == "", f
            assert f["severity"] in ("error", "warning", "info")  # identifiers stay English
        for pillar in (result.get("score") or {}).get("pillars", []):
            assert bare(pillar["label"]) == "", pillar
    sarif = json.loads(FORMATTERS["sarif"](report))["runs"][0]
    assert sarif["language"] == "qps"
    for descriptor in sarif["tool"]["driver"]["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            assert bare(descriptor[key]["text"]).strip() == "", descriptor["name"]
    assert all(bare(r["message"]["text"]).strip() == "" for r in sarif["results"])
    locations = {f.location for r in results for f in r.findings if f.location}
    for line in FORMATTERS["github"](report).splitlines():
        message = line.split("::", 2)[2]
        head, _, _ = message.partition(": ")
        rest = bare(message.removeprefix(head + ": ") if head in locations else message)
        assert rest.strip() == "", line


def test_score_explain(results: list[Result], tr: Translator) -> None:
    assert not has_words(bare(formula(tr)))
    known = _identifiers(results)
    for result in results:
        if result.score is None:
            continue
        for line in explain(result.path, result.score, tr).splitlines():
            rest = " ".join(w.strip("(),:") for w in bare(line).split())
            rest = " ".join(w for w in rest.split() if w not in known)
            assert not has_words(rest), line


class _Text(HTMLParser):
    """The text a reader sees, outside the elements that hold data (the member's text and
    drafts made of it, rule names and field paths, readers' diagnostics, month names)."""

    DATA = {"excerpt", "feed", "rest", "rule", "headline", "month", "warnings", "muted"}
    DATA |= {"quote", "member-text", "draft-text", "draft-title"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "rect", "line"):
            return
        classes = set((dict(attrs).get("class") or "").split())
        skip = bool(classes & self.DATA) or tag in ("style", "h1", "desc", "code")
        self.stack.append(skip or (bool(self.stack) and self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("meta", "br", "rect", "line") and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append(" " if self.stack and self.stack[-1] else data)


def _unmarked(html: str, known: set[str]) -> list[str]:
    """The words of the page that are neither marked nor known data."""
    parser = _Text()
    parser.feed(html)
    text = bare("".join(parser.texts))
    for item in sorted(known, key=len, reverse=True):
        text = text.replace(item, " ")
    return [w for w in text.split() if has_words(w)]


def test_report_and_cohort_index(tmp_path: Path, tr: Translator) -> None:
    session = open_session(Overrides(), cwd=tmp_path)
    profiles = read_profiles(session, [str(ARCHIVE), *map(str, PROFILES)])
    drafts = read_drafts(session, [str(p) for p in DRAFTS])
    members = lint_members(session, profiles, drafts)
    results = [m.result for m in members] + [r for _, r in members[0].drafts]
    known = _identifiers(results) | {d.source for d, _ in members[0].drafts}
    for member in members:
        known |= {member.name, member.profile.source, tr.date(member.as_of)}
        html = render("report.html.j2", tr, report_context(member, tr))
        assert '<html lang="qps">' in html
        assert not _unmarked(html, known), _unmarked(html, known)
    rows = ranking(members, file_names(members))
    index = render("index.html.j2", tr, index_context(rows, tr))
    assert not _unmarked(index, known | {m.name for m in members}), _unmarked(index, known)
    assert bare(json.loads(summary_json(rows, tr))["note"]) == ""


def test_dates_and_numbers_follow_the_catalog_locale(tr: Translator) -> None:
    """The pseudo catalog's header says Language: en, so CLDR's English data apply."""
    assert tr.locale_name == "en"
    assert tr.date(date(2026, 11, 20)) == "November 20, 2026"
    assert tr.number(4.26, 1) == "4.3"
