"""The catalogs: in step with the code (Babel extracts, then checks), read at run time as
Babel reads them, and French that reads as French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from profile_lint.catalogs import builtin_template, problems
from profile_lint.i18n import BUILTIN, catalog_files, catalog_from_po, languages, translator
from profile_lint.message import Msg
from tests.i18n.common import case_message_ids

CATALOGS = {lang: Path(str(path)) for lang, path in catalog_files(BUILTIN).items()}


@pytest.fixture(scope="module")
def template():  # type: ignore[no-untyped-def]
    return builtin_template()


def test_there_is_a_french_catalog() -> None:
    assert "fr" in CATALOGS
    assert languages() == ("en", *sorted(CATALOGS))


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_catalog_is_complete_and_in_step_with_the_code(lang: str, template) -> None:  # type: ignore[no-untyped-def]
    """Every message of the code is translated, none is stale, placeholders match."""
    found = problems(CATALOGS[lang], lang, template)
    assert not found, "\n".join(found) + "\n(run: python -m profile_lint.catalogs update)"


def test_the_check_finds_what_is_wrong(tmp_path: Path, template) -> None:  # type: ignore[no-untyped-def]
    text = CATALOGS["fr"].read_text(encoding="utf-8")
    text = text.replace('msgstr "Le profil n’a pas de photo."', 'msgstr ""')
    text = text.replace("visez-en au moins %(minimum)d.", "visez-en au moins %(minimun)d.", 1)
    text += '\nmsgid "A message the code no longer has."\nmsgstr "Un message disparu."\n'
    broken = tmp_path / "fr.po"
    broken.write_text(text, encoding="utf-8")
    found = "\n".join(problems(broken, "fr", template))
    assert "untranslated: 'The profile has no photo.'" in found
    assert "placeholders differ" in found and "minimun" in found
    assert "stale (no longer in the code): 'A message the code no longer has.'" in found


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_run_time_reader_reads_what_babel_reads(lang: str) -> None:
    path = CATALOGS[lang]
    ours = catalog_from_po(lang, path.read_text(encoding="utf-8"))
    with path.open("rb") as handle:
        theirs = read_po(handle, locale=lang)
    singular = {m.id: m.string for m in theirs if m.id and isinstance(m.id, str)}
    plural = {m.id[0]: tuple(m.string) for m in theirs if isinstance(m.id, tuple)}
    assert ours.messages == singular
    assert ours.plurals == plural
    assert len(singular) > 250
    assert [ours.plural(n) for n in (0, 1, 2, 1000)] == [0, 0, 1, 1]  # French: 0 and 1 singular


def test_every_message_the_rules_yield_is_extracted(template) -> None:  # type: ignore[no-untyped-def]
    """A message id built at run time (Msg(variable)) would escape the catalogs."""
    extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    seen = case_message_ids()
    assert len(seen) > 100
    assert not seen - extracted, sorted(seen - extracted)


# French typography (Imprimerie nationale): a non-breaking space (U+00A0 or the narrow
# U+202F) before ; : ! ? % and », after «; « » quotes, the ’ apostrophe, the … ellipsis.
_NBSP = "\u00a0\u202f"
_FRENCH_RULES = [
    (re.compile(rf"(?<![{_NBSP}])[;!?»]|(?<![{_NBSP}/]):(?!//)"), "no non-breaking space before"),
    (re.compile(rf"«(?![{_NBSP}])"), "no non-breaking space after «"),
    (re.compile(rf"(?<=\d)(?![{_NBSP}])%"), "no non-breaking space before %"),
    (re.compile(r"'"), "straight apostrophe (use ’)"),
    (re.compile(r"[\"“”]"), "English quotes (use « »)"),
    (re.compile(r"\.\.\."), "three dots (use …)"),
    (re.compile(r"\b(?:e\.g\.|i\.e\.)"), "English abbreviation"),
    (re.compile(r"\d,\d{3}\b"), "English thousands separator"),
]


def test_french_typography() -> None:
    catalog = translator("fr").catalogs[0]
    texts = [*catalog.messages.values(), *(s for forms in catalog.plurals.values() for s in forms)]
    wrong = []
    for text in texts:
        checked = re.sub(r"%\(\w+\)[.\d]*[sdf]|%%", "", text)  # placeholders are no typography
        wrong += [f"{why}: {text!r}" for pattern, why in _FRENCH_RULES if pattern.search(checked)]
    assert not wrong, "\n".join(wrong)


def test_a_message_missing_from_the_catalog_is_english_formatted_in_the_language() -> None:
    fr = translator("fr")
    assert fr.render(Msg("Under 10%% of %(count)d.", count=1830)) == "Under 10% of 1\u202f830."


def test_every_rule_message_has_a_case() -> None:
    """Each message the built-in rules can give is produced by one of their YAML cases, so
    the pseudo-locale test renders every one of them (their strengths, which the report
    shows, are rendered there; tests/report covers them)."""
    from profile_lint.catalogs import PACKAGE, extract
    from profile_lint.rules import BUILTIN_RULES

    found = extract([PACKAGE / "rules"])
    in_rules = {m.id if isinstance(m.id, str) else m.id[0] for m in found if m.id}
    in_rules -= {rule.strength.id for rule in BUILTIN_RULES if rule.strength is not None}
    assert not in_rules - case_message_ids(), sorted(in_rules - case_message_ids())


def test_a_new_language_starts_with_every_message_to_translate(tmp_path: Path, template) -> None:  # type: ignore[no-untyped-def]
    """`python -m profile_lint.catalogs new de` writes what `update` writes for a new file."""
    from profile_lint.catalogs import update

    path = tmp_path / "de.po"
    update(path, "de", template)
    found = problems(path, "de", template)
    assert found and all(line.startswith("untranslated: ") for line in found)
    assert len(found) == len([m for m in template if m.id])
    assert catalog_from_po("de", path.read_text(encoding="utf-8")).messages == {}
