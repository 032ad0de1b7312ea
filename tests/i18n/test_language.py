"""Which language the tool writes in: the member's (French text, French findings), or the
one --lang or `lang` forces, for every output format, the report included."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from profile_lint.cli import cli
from profile_lint.engine import Result
from profile_lint.i18n import choose_language, translator
from profile_lint.message import Msg, Plural
from profile_lint.testing import lint_with
from tests.cli_runner import FIXTURES

WEAK_FR = str(FIXTURES / "profiles" / "weak-fr.json")
WEAK_EN = str(FIXTURES / "profiles" / "weak-en.json")
POSTS = FIXTURES / "posts"


def run(*args: str) -> str:
    """The command's standard output (in process: the CLI as users call it)."""
    done = CliRunner().invoke(cli, [*args, "--no-cache"], catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return done.stdout


def test_french_profile_gets_french_findings_and_summary() -> None:
    out = run("profile", WEAK_FR)
    assert "Le profil n’a pas de photo." in out
    assert "\u202f; visez-en au moins 5." in out  # narrow no-break space before ;
    assert "problèmes trouvés" in out and "dans 1 fichier." in out
    assert "Construire votre marque professionnelle" in out
    assert re.search(r"\b\d+,\d / 25   \d+\u202f% mesuré", out), out  # 5,5 / 25: a decimal comma
    for english in ("The profile", "Found ", "aim for", "score (estimate", "warning "):
        assert english not in out


def test_english_profile_stays_english() -> None:
    out = run("profile", WEAK_EN)
    assert "The profile has no photo." in out and "Found " in out
    assert "Le profil" not in out and "«" not in out


@pytest.mark.parametrize(
    ("path", "lang", "expected", "absent"),
    [
        (WEAK_FR, "en", "The profile has no photo.", "Le profil"),
        (WEAK_EN, "fr", "Le profil n’a pas de photo.", "The profile"),
    ],
)
def test_lang_overrides_both_ways(path: str, lang: str, expected: str, absent: str) -> None:
    out = run("profile", path, "--lang", lang)
    assert expected in out and absent not in out


def test_french_draft_gets_french_findings_and_preview() -> None:
    out = run("posts", str(POSTS / "weak-fr.md"))
    assert "Le post commence par une formule toute faite" in out
    assert "aperçu avant «\u202f…voir plus\u202f»" in out
    assert "see more" not in out and "Found" not in out


@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_machine_formats_carry_french_text_and_english_identifiers(fmt: str) -> None:
    out = run("profile", WEAK_FR, "--format", fmt)
    assert "Le profil n’a pas de photo." in out and "The profile has no photo." not in out
    assert "photo-missing" in out  # rule names (and codes, keys) stay English
    if fmt == "json":
        data = json.loads(out)
        assert data["lang"] == "fr" and data["results"][0]["text_language"] == "fr"
        assert {f["severity"] for f in data["results"][0]["findings"]} <= {"warning", "info"}
    if fmt == "sarif":
        run_ = json.loads(out)["runs"][0]
        assert run_["language"] == "fr"
        photo = next(r for r in run_["tool"]["driver"]["rules"] if r["name"] == "photo-missing")
        assert photo["shortDescription"]["text"] == "Le profil indique qu’il n’a pas de photo."
        assert "(données)" in photo["help"]["text"]


def test_mixed_languages_in_one_output_use_the_majority_english_on_a_tie() -> None:
    tie = run("posts", str(POSTS / "weak-en.md"), str(POSTS / "weak-fr.md"))
    assert "Found " in tie and "problèmes" not in tie and "Le post" not in tie
    more_fr = run(
        "posts", str(POSTS / "weak-en.md"), str(POSTS / "weak-fr.md"), str(POSTS / "good-fr.md")
    )
    assert "problèmes trouvés" in more_fr and "Found" not in more_fr
    assert "«\u202fLike if you agree\u202f»" in more_fr  # the English draft's findings, in French


def test_choose_language() -> None:
    assert choose_language(None, []) == "en"
    assert choose_language(None, ["fr"]) == "fr"
    assert choose_language(None, ["fr", "en"]) == "en"
    assert choose_language(None, ["fr", "fr", "en"]) == "fr"
    assert choose_language("en", ["fr", "fr"]) == "en"
    assert choose_language(None, ["de", "de", "fr"]) == "fr"  # no catalog for de


def test_configuration_lang_and_the_renamed_keys(tmp_path: Path) -> None:
    config = tmp_path / ".profile-lint.toml"
    config.write_text('lang = "fr"\n', encoding="utf-8")
    assert "Le profil n’a pas de photo." in run("profile", WEAK_EN, "--config", str(config))
    out = run("profile", WEAK_EN, "--config", str(config), "--lang", "en")
    assert "The profile has no photo." in out
    config.write_text('text-language = "fr"\n', encoding="utf-8")
    out = run("profile", WEAK_EN, "--config", str(config), "--format", "json")
    assert json.loads(out)["results"][0]["text_language"] == "fr"
    runner = CliRunner()
    config.write_text('language = "fr"\n', encoding="utf-8")
    done = runner.invoke(cli, ["profile", WEAK_EN, "--config", str(config)])
    assert done.exit_code == 2 and "language: renamed: `text-language`" in done.stderr
    done = runner.invoke(cli, ["posts", str(POSTS / "weak-en.md"), "--language", "fr"])
    assert done.exit_code == 2 and "--text-language" in done.stderr


def test_a_cached_result_renders_in_any_language(tmp_path: Path) -> None:
    args = ["profile", WEAK_FR, "--format", "json"]
    runner = CliRunner(env={"PROFILE_LINT_CACHE_DIR": str(tmp_path)})
    first = runner.invoke(cli, args).stdout  # computes and stores
    assert list(tmp_path.glob("results/results-*.json"))
    cached_en = runner.invoke(cli, [*args, "--lang", "en"]).stdout
    assert json.loads(first)["lang"] == "fr" and json.loads(cached_en)["lang"] == "en"
    assert cached_en == run(*args, "--lang", "en")
    assert runner.invoke(cli, args).stdout == first


def test_report_follows_the_member_and_lang(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["report", WEAK_FR, "-o", str(out), "--no-cache"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "Par quoi commencer" in html
    assert runner.invoke(cli, ["report", WEAK_FR, "-o", str(out), "--lang", "en"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Le profil" not in html


def test_cohort_reports_each_in_its_member_language(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    paths = [WEAK_FR, str(FIXTURES / "profiles" / "exemplary-fr.json"), WEAK_EN]
    done = CliRunner().invoke(cli, ["report", *paths, "-o", str(folder), "--no-cache"])
    assert done.exit_code == 0, done.output
    assert '<html lang="fr">' in (folder / "weak-fr.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in (folder / "weak-en.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in (folder / "index.html").read_text(encoding="utf-8")
    assert json.loads((folder / "summary.json").read_text(encoding="utf-8"))["lang"] == "fr"


def test_result_language_is_the_member_text() -> None:
    from profile_lint.readers.drafts import draft_from_text
    from profile_lint.readers.json_profile import profile_from_data
    from profile_lint.rules import BUILTIN_RULES

    short = {"linkedin": {"headline": "Responsable commercial"}}
    about = {**short, "basics": {"summary": "Je vends des fournitures aux PME du Nord."}}
    assert lint_with([], profile_from_data("p.json", short)).lang == "en"  # cannot tell
    assert lint_with([], profile_from_data("p.json", about)).lang == "fr"
    assert lint_with([], profile_from_data("p.json", short), language="fr").lang == "fr"
    draft = draft_from_text("---\nlang: fr\n---\nShort text.", source="d.md")
    assert lint_with(BUILTIN_RULES[:1], draft).lang == "fr"
    assert isinstance(Result("x", "post").lang, str)


def test_numbers_dates_and_plurals_in_french() -> None:
    from datetime import date

    fr, en = translator("fr"), translator("en")
    msg = Plural(
        "The profile lists %(count)d skill; aim for at least %(minimum)d.",
        "The profile lists %(count)d skills; aim for at least %(minimum)d.",
        count=0,
        minimum=5,
    )
    assert fr.render(msg) == "Le profil indique 0 compétence\u202f; visez-en au moins 5."
    assert en.render(msg) == "The profile lists 0 skills; aim for at least 5."
    assert fr.render(msg.bind(count=1830)).startswith("Le profil indique 1\u202f830 compétences")
    assert fr.number(4.2, 1) == "4,2" and en.number(1830) == "1,830"
    stalled = Msg(
        "No new connection in the last %(days)d days (the last one: %(last)s).",
        days=90,
        last=date(2025, 7, 1),
    )
    assert fr.render(stalled).endswith("(la dernière date du 1 juillet 2025).")
    assert en.render(stalled).endswith("(the last one: July 1, 2025).")
    label = Msg("“%(title)s” at %(company)s", title="Comptable", company="Acme")
    nested = Msg("The position %(position)s has no description.", position=label)
    assert fr.render(nested) == "Le poste « Comptable » chez Acme n’a pas de description.".replace(
        "« ", "«\u202f"
    ).replace(" »", "\u202f»")
