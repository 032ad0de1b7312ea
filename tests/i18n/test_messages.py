"""Messages as values: equal on id and parameters, stored and pickled as data, checked."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from profile_lint.i18n import Catalog, Translator
from profile_lint.message import Msg, Plural


def test_messages_are_values() -> None:
    label = Msg("“%(title)s” at %(company)s", title="Analyst", company="Acme")
    msg = Plural("%(count)d file", "%(count)d files", count=2, when=date(2026, 1, 5), of=label)
    assert msg == Plural(
        "%(count)d file", "%(count)d files", count=2, of=label, when=date(2026, 1, 5)
    )
    assert msg != msg.bind(count=3) and hash(msg) == hash(msg.bind(count=2))
    assert Msg.from_data(msg.to_data()) == msg
    assert pickle.loads(pickle.dumps(msg)) == msg  # to and from --jobs workers
    assert msg.english() == "2 files"
    with pytest.raises(AttributeError):
        msg.id = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad",
    [
        lambda: Msg(""),
        lambda: Msg("x %(flag)s", flag=True),
        lambda: Msg("x %(items)s", items=["a"]),  # type: ignore[arg-type]
        lambda: Plural("%(count)d file", "%(count)d files", count="2"),  # type: ignore[arg-type]
    ],
)
def test_bad_messages_are_refused(bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, TypeError)):
        bad()


@pytest.mark.parametrize(
    "data",
    [{"id": 3}, {"id": "x", "params": {"a": {"set": 1}}}, {"id": "x", "plural": "y"}, []],
)
def test_data_that_is_no_message_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        Msg.from_data(data)  # type: ignore[arg-type]


def test_a_translation_naming_a_missing_parameter_falls_back_to_english() -> None:
    broken = Catalog("fr", messages={"Hello %(name)s.": "Bonjour %(nom)s."})
    assert Translator("fr", [broken]).render(Msg("Hello %(name)s.", name="Léa")) == "Hello Léa."


def test_a_problem_carries_an_optional_draft_through_cache_and_json() -> None:
    from profile_lint.cache import _finding, decode
    from profile_lint.rule import Finding, Problem, Severity

    draft = Msg("%(title)s | I help %(who)s", title="Payroll lead", who="[who]")
    assert Problem(Msg("m"), Msg("s")).draft is None
    assert Problem(Msg("m"), Msg("s"), draft="A plain draft").draft == Msg("A plain draft")
    with pytest.raises(TypeError):
        Problem(Msg("m"), Msg("s"), draft=3)  # type: ignore[arg-type]
    finding = Finding(
        "PR005",
        "headline-title-only",
        Severity.WARNING,
        Msg("m"),
        Msg("s"),
        "people",
        "linkedin.headline",
        draft=draft,
    )
    assert decode({"findings": [_finding(finding)]}) == [finding]
    plain = Finding("PR005", "headline-title-only", Severity.WARNING, Msg("m"), Msg("s"), "people")
    assert decode({"findings": [_finding(plain)]}) == [plain]
    assert "draft" not in plain.to_dict(Msg.english)
    assert finding.to_dict(Msg.english)["draft"] == "Payroll lead | I help [who]"
