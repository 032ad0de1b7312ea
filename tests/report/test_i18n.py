"""The French catalog: read like Babel reads it, and complete for the templates and rules."""

from __future__ import annotations

from importlib import resources

import pytest
from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from profile_lint.report import view
from profile_lint.report.i18n import RULE_CONTEXT, catalog, parse_po
from profile_lint.score import PILLAR_LABELS
from profile_lint.testing import check_case
from profile_lint.text import detect_language
from tests.rules.test_rule_cases import CASES

PO = resources.files("profile_lint.report").joinpath("locale", "fr.po")
TEMPLATES = ("report.html.j2", "index.html.j2")


def test_parser_reads_what_babel_reads() -> None:
    ours = parse_po(PO.read_text(encoding="utf-8"))
    with PO.open("rb") as handle:
        theirs = read_po(handle)
    expected = {}
    for message in theirs:
        if not message.id or not message.string:
            continue
        if isinstance(message.id, tuple):
            expected[(message.context, message.id[0])] = message.string[0]
            expected[(message.context, message.id[1])] = message.string[1]
        else:
            expected[(message.context, message.id)] = message.string
    assert ours == expected
    assert len(ours) > 200


def template_messages() -> set[str]:
    found: set[str] = set()
    options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
    for name in TEMPLATES:
        with resources.files("profile_lint.templates").joinpath(name).open("rb") as handle:
            for _, _, message, _ in babel_extract(
                handle, ("_", "gettext", "ngettext"), [], options
            ):
                for part in message if isinstance(message, tuple) else (message,):
                    if part:
                        found.add(part)
    return found


def dynamic_messages() -> set[str]:
    """Interface text looked up from data (labels, severities, levels, chart titles)."""
    return {
        *PILLAR_LABELS.values(),
        *view.SECTION_LABELS.values(),
        *view.FACT_LABELS.values(),
        "error",
        "warning",
        "info",
        "platform",
        "data",
        "study",
        "coach",
        "folklore",
        "Posts",
        "Posts with your own text",
        "Comments",
        "Reactions given",
        "Connections",
        "Endorsements received",
        "Score by pillar",
        "Posts per month",
        "Reactions you gave per month",
        "not measured",
        "not estimated",
    }


def test_every_interface_text_has_a_french_translation() -> None:
    fr = catalog("fr")
    messages = template_messages() | dynamic_messages()
    assert len(messages) > 60
    missing = sorted(m for m in messages if m not in fr.plain)
    assert not missing, missing


def test_french_pillar_labels_come_from_the_facts_file() -> None:
    fr = catalog("fr")
    assert [fr.gettext(label) for label in PILLAR_LABELS.values()] == [
        "Construire votre marque professionnelle",
        "Trouver les bonnes personnes",
        "Échanger des informations",
        "Établir des relations",
    ]


def test_rule_templates_carry_values_over() -> None:
    fr = catalog("fr")
    assert fr.rule_text("The profile lists 2 skills; aim for at least 5.") == (
        "Le profil indique 2 compétences ; visez au moins 5."
    )
    assert fr.rule_text("'Design <b>' at Acme & Co has no description.") == (
        "« Design <b> » chez Acme & Co n'a pas de description."
    )
    assert fr.rule_text("A message no template knows.") == "A message no template knows."
    assert catalog("en").rule_text("The profile has no photo.") == "The profile has no photo."


def test_french_plurals_treat_zero_as_singular() -> None:
    fr = catalog("fr")
    assert fr.ngettext("%(num)d member", "%(num)d members", 0) == "%(num)d membre"
    assert fr.ngettext("%(num)d member", "%(num)d members", 2) == "%(num)d membres"
    assert catalog("en").ngettext("%(num)d member", "%(num)d members", 0) == "%(num)d members"


def case_messages() -> list[tuple[str, str]]:
    """Every English message and suggestion the rule cases produce."""
    out = []
    for rule, case in CASES:
        result = check_case(rule, case)
        for f in result.findings:
            out += [(rule.name, f.message), (rule.name, f.suggestion)]
    return out


def test_every_rule_message_of_the_cases_has_a_french_form() -> None:
    """Rules write English (or French for a French text); the catalog maps each English
    message to French. A new rule message needs a `msgctxt "rule"` entry in fr.po."""
    fr = catalog("fr")
    messages = case_messages()
    assert len(messages) > 150
    missing = sorted(
        {
            (name, text)
            for name, text in messages
            if fr.rule_text(text) == text and detect_language(text) != "fr"
        }
    )
    assert not missing, "\n".join(f"{n}: {t}" for n, t in missing)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_unknown_language_is_refused(lang: str) -> None:
    assert catalog(lang).lang == lang
    with pytest.raises(ValueError):
        catalog("de")


def test_rule_context_is_only_for_rule_text() -> None:
    entries = parse_po(PO.read_text(encoding="utf-8"))
    assert {ctx for ctx, _ in entries} == {None, RULE_CONTEXT}
