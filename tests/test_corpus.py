"""Every fixture through every output format.

JSON output validates against the published schema (`profile-lint schema --output`,
profile_lint/data/output-schema.json), SARIF against the official 2.1.0 schema, GitHub
annotations are workflow commands, and the HTML report (single and cohort) is well formed:
balanced tags, one html/head/body, a lang attribute, no duplicate ids.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from profile_lint.cli import cli
from profile_lint.schema import output_schema
from tests.cli_runner import FIXTURES, REPO, run_cli
from tests.schemas import sarif_validator

pytestmark = pytest.mark.slow

PROFILES = sorted(
    [
        *FIXTURES.glob("profiles/*.json"),
        *(p for p in FIXTURES.glob("archive/*") if not p.name.startswith(".")),
        *FIXTURES.glob("pdf/*.pdf"),
        *FIXTURES.glob("pasted/*.txt"),
    ]
)
POSTS = sorted(p for p in FIXTURES.glob("posts/*") if not p.name.startswith("."))
FORMATS = ("text", "json", "sarif", "github")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}


def rel(path: Path) -> str:
    return str(path.relative_to(REPO))


def language_of(path: Path) -> str:
    """The language a fixture is written in (its name says so when it is French), which
    is the language of what profile-lint writes about it."""
    return "fr" if "-fr." in path.name else "en"


def json_validator() -> Any:
    schema = output_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate(validator: Any, document: Any) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths are given relative to the repository, as a user in it would."""
    monkeypatch.chdir(REPO)


def invoke(*args: str) -> Any:
    if args[0] in ("profile", "posts"):
        args = (*args, "--no-cache")
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return result


def check_format(fmt: str, text: str, paths: list[str], kind: str, lang: str = "en") -> None:
    if fmt == "json":
        document = json.loads(text)
        validate(json_validator(), document)
        assert [r["path"] for r in document["results"]] == paths
        assert {r["kind"] for r in document["results"]} == {kind}
    elif fmt == "sarif":
        document = json.loads(text)
        validate(sarif_validator(), document)
        uris = {
            loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in document["runs"][0]["results"]
            for loc in result["locations"]
        }
        assert uris <= {Path(p).as_posix() for p in paths}
    elif fmt == "github":
        for line in text.splitlines():
            assert line.startswith(("::error ", "::warning ", "::notice ")), line
            assert any(f"file={p}," in line for p in paths), line
    else:
        for path in paths:
            assert path in text
        if lang == "fr":
            assert "problème" in text or "Rien à signaler" in text
        else:
            assert "problem" in text or "All clean" in text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("fixture", PROFILES, ids=rel)
def test_every_profile_fixture_in_every_format(fixture: Path, fmt: str) -> None:
    path = rel(fixture)
    result = invoke("profile", path, "--format", fmt, "--fail-on", "never")
    check_format(fmt, result.stdout, [path], "profile", language_of(fixture))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("fixture", POSTS, ids=rel)
def test_every_post_fixture_in_every_format(fixture: Path, fmt: str) -> None:
    path = rel(fixture)
    result = invoke("posts", path, "--format", fmt, "--fail-on", "never")
    check_format(fmt, result.stdout, [path], "post", language_of(fixture))


@pytest.mark.parametrize("fmt", ("json", "sarif"))
def test_the_installed_command_on_the_whole_corpus(fmt: str, tmp_path: Path) -> None:
    """One run of the installed console script over every profile, one over every draft."""
    for command, fixtures, kind in (("profile", PROFILES, "profile"), ("posts", POSTS, "post")):
        paths = [rel(p) for p in fixtures]
        out = tmp_path / f"{command}.{fmt}"
        done = run_cli(command, *paths, "--format", fmt, "-o", str(out), "--no-cache")
        assert done.returncode in (0, 1), done.stderr
        check_format(fmt, out.read_text(encoding="utf-8"), paths, kind)


def test_json_schema_is_published_by_the_schema_command() -> None:
    done = run_cli("schema", "--output")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == output_schema()
    default = json.loads(run_cli("schema").stdout)
    assert default["title"].startswith("profile-lint profile input")


def test_schema_is_closed_and_strict() -> None:
    """A key the schema does not list, or a wrong type, is rejected."""
    result = invoke("profile", rel(FIXTURES / "profiles" / "weak-en.json"), "--format", "json")
    document = json.loads(result.stdout)
    validator = json_validator()
    validate(validator, document)
    mutants: list[Any] = [
        {**document, "extra": 1},
        {**document, "version": 2},
        {**document, "results": [{**document["results"][0], "kind": "resume"}]},
        {**document, "results": [{**document["results"][0], "surprise": True}]},
    ]
    finding = document["results"][0]["findings"][0]
    for bad in ({**finding, "severity": "fatal"}, {**finding, "new": 1}, {**finding, "line": 0}):
        result_copy = {**document["results"][0], "findings": [bad]}
        mutants.append({**document, "results": [result_copy]})
    for mutant in mutants:
        assert not validator.is_valid(mutant), mutant


class WellFormed(HTMLParser):
    """Collects what makes an HTML document well formed, as problems."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.counts: dict[str, int] = {}
        self.ids: set[str] = set()
        self.lang: str | None = None
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "svg" not in self.stack:  # an SVG chart has <title>s of its own
            self.counts[tag] = self.counts.get(tag, 0) + 1
        for name, value in attrs:
            if name == "id":
                if value in self.ids:
                    self.problems.append(f"duplicate id {value!r}")
                self.ids.add(value or "")
            if tag == "html" and name == "lang":
                self.lang = value

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)  # <path ... /> in inline SVG, <br/>

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"end tag for void element </{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            where = f"line {self.getpos()[0]}"
            self.problems.append(f"</{tag}> at {where} closes <{(self.stack or ['-'])[-1]}>")
        else:
            self.stack.pop()


def check_html(html: str, lang: str) -> None:
    parser = WellFormed()
    parser.feed(html)
    parser.close()
    assert parser.doctype, "no <!DOCTYPE html>"
    assert parser.problems == [], parser.problems[:5]
    assert parser.stack == [], f"never closed: {parser.stack}"
    for tag in ("html", "head", "body", "title"):
        assert parser.counts.get(tag) == 1, f"{tag}: {parser.counts.get(tag)}"
    assert parser.lang == lang


@pytest.mark.parametrize("fixture", PROFILES, ids=rel)
def test_html_report_of_every_profile_is_well_formed(fixture: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    invoke("report", rel(fixture), "-o", str(out))
    check_html(out.read_text(encoding="utf-8"), language_of(fixture))


def test_french_report_with_every_draft_is_well_formed(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    profile = rel(FIXTURES / "profiles" / "weak-fr.json")
    invoke("report", profile, "--posts", rel(FIXTURES / "posts"), "--lang", "fr", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    check_html(html, "fr")
    assert "weak-fr.md" in html


def test_cohort_reports_and_index_are_well_formed(tmp_path: Path) -> None:
    out = tmp_path / "cohort"
    invoke("report", *(rel(p) for p in PROFILES), "-o", str(out))
    pages = sorted(out.glob("*.html"))
    assert len(pages) == len(PROFILES) + 1  # one report each, and index.html
    langs = {path.stem: language_of(path) for path in PROFILES}
    majority = max(("en", "fr"), key=list(langs.values()).count)
    for page in pages:
        check_html(page.read_text(encoding="utf-8"), langs.get(page.stem, majority))


def test_the_html_checker_catches_what_it_should() -> None:
    good = (
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
        '<body><p id="a">x</p></body></html>'
    )
    check_html(good, "en")
    for bad in (
        good.replace("</p>", ""),  # never closed
        good.replace('id="a">x</p>', 'id="a">x</p><i id="a"></i>'),  # duplicate id
        good.replace(' lang="en"', ""),  # no lang
        good.replace("<body>", "<body><body>"),  # two bodies
        good.replace("<!DOCTYPE html>", ""),
        good.replace("<p ", "<br></br><p "),
    ):
        with pytest.raises(AssertionError):
            check_html(bad, "en")
