"""Rule tests as data, for the built-in rules and for plugins (after sqlfluff's YAML cases).

One YAML file per rule holds passing and failing cases:

    rule: skills-too-few            # the rule's name or code
    cases:
      - id: two-skills              # unique in the file
        input: {skills: [{name: Sales}, {name: CRM}]}   # profile JSON, or draft text
        options: {min_skills: 5}    # optional rule options (checked like the config's)
        language: fr                # optional forced language
        as_of: "2026-11-20"         # optional reference date
        applicable: true            # optional: whether the input can tell (Rule.applicable)
        expect:                     # [] for a passing case; else one entry per finding,
          - location: skills        #   each a subset of the finding's JSON
            message: {count: 2}     #   message/suggestion: its id (a string), or some of
                                    #   its parameters (and `id`), never rendered text
            share: 0.25             #   the share of the rule's points it costs (4 decimals)
            draft: {headline: ...}  #   a rewrite to adapt, matched like a message
        fixed: "..."                # optional, drafts: the file after --fix with this rule
        target:                     # optional, profiles: a job ad's key terms (--target)
          - {text: Salesforce, weight: 1, kind: tool}   # kind: title, tool or skill

A profile case may give archive activity under `activity` (lists of rows, as the archive
reader makes them). In any string, `{{N}}` stands for N characters of filler text.

    from profile_lint.testing import case_id, check_case, load_cases
    CASES = load_cases(Path(__file__).parent / "cases", MY_RULES)

    @pytest.mark.parametrize(("rule", "case"), CASES, ids=case_id)
    def test_rule_case(rule, case):
        check_case(rule, case)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from profile_lint.config import ActiveRule
from profile_lint.engine import Plan, Result, lint
from profile_lint.fixes import fix_draft
from profile_lint.model import Activity, Draft, JobAd, Profile, Term
from profile_lint.rule import Rule
from profile_lint.rule_settings import find_rule, rule_settings
from profile_lint.text import Analyzer

AS_OF = date(2026, 11, 20)
_FILL = re.compile(r"\{\{(\d+)\}\}")
_FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def filler(n: int) -> str:
    return (_FILLER * (n // len(_FILLER) + 1))[:n]


def expand(value: Any) -> Any:
    """`{{N}}` in any string of `value` replaced by N characters of filler."""
    if isinstance(value, str):
        return _FILL.sub(lambda m: filler(int(m.group(1))), value)
    if isinstance(value, list):
        return [expand(v) for v in value]
    if isinstance(value, dict):
        return {k: expand(v) for k, v in value.items()}
    return value


def load_case_file(path: Path) -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = expand(yaml.safe_load(path.read_text(encoding="utf-8")))
    return data


def load_cases(folder: Path, rules: Iterable[type[Rule]]) -> list[tuple[type[Rule], dict]]:
    """(rule, case) for every case of every `*.yaml` file in `folder`."""
    known = list(rules)
    out = []
    for path in sorted(Path(folder).glob("*.yaml")):
        data = load_case_file(path)
        rule = find_rule(known, str(data.get("rule", "")))
        if rule is None:
            raise ValueError(f"{path}: rule {data.get('rule')!r} is not among the rules given")
        out += [(rule, case) for case in data.get("cases") or []]
    return out


def case_id(value: Any) -> str:
    """A readable pytest id: the rule's name, or the case's id."""
    if isinstance(value, type) and issubclass(value, Rule):
        return value.name
    return str(value.get("id", "case")) if isinstance(value, dict) else str(value)


def subject_of(rule: type[Rule], case: dict[str, Any]) -> Profile | Draft:
    """The document a case describes: a draft for post rules, else a JSON profile."""
    if rule.target == "post":
        from profile_lint.readers.drafts import draft_from_text

        return draft_from_text(case["input"], source="case.md")
    from profile_lint.readers.json_profile import profile_from_data

    data = dict(case["input"])
    activity = data.pop("activity", None)
    profile = profile_from_data("case.json", data)
    if activity is not None:
        profile.activity = Activity(**activity)
    if "target" in case:  # the key terms of a job ad, as --target extracts them
        terms = tuple(
            Term(t["text"], float(t.get("weight", 1.0)), t.get("kind", "skill"))
            for t in case["target"]
        )
        profile.target = JobAd("job.md", case.get("language") or "en", terms)
    return profile


def lint_with(
    rules: Sequence[type[Rule]],
    subject: Profile | Draft,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    language: str | None = None,
    as_of: date = AS_OF,
) -> Result:
    """Lint `subject` with `rules` only, at their default severities. `options` maps a
    rule's name or code to its settings, checked as the configuration file's are."""
    active = []
    for rule in rules:
        table: dict[str, Any] = {}
        for key, value in (options or {}).items():
            if find_rule([rule], key) is not None:
                table.update(value)
        level, found = rule_settings(rule, table)
        active.append(ActiveRule(rule(), level or rule.severity, {**rule.defaults(), **found}))
    analyzer = _analyzer(language)
    try:
        return lint(subject, Plan(active, as_of, _known(rules)), analyzer)
    finally:
        analyzer.forget()  # the texts of this case; the pipelines serve the next ones


@cache
def _analyzer(language: str | None) -> Analyzer:
    """One Analyzer per forced language for every case: spaCy pipelines load once."""
    return Analyzer(language)


@cache
def _installed() -> tuple[tuple[str, str], ...]:
    from profile_lint.registry import load_registry

    return tuple((r.name, r.code) for r in load_registry().rules)


def _known(rules: Sequence[type[Rule]]) -> list[tuple[str, str]]:
    """Every rule a suppression may name: the installed ones and those under test."""
    return sorted({*_installed(), *((r.name, r.code) for r in rules)})


def check_case(rule: type[Rule], case: dict[str, Any]) -> Result:
    """Lint a case's input with `rule` and check what it expects; returns the result."""
    _, options = rule_settings(rule, case.get("options") or {}, severity=False)
    as_of = date.fromisoformat(str(case.get("as_of", AS_OF.isoformat())))
    subject = subject_of(rule, case)
    result = lint_with([rule], subject, {rule.name: options}, case.get("language"), as_of)
    assert not result.errors, result.errors
    applicable = rule().applicable(subject, {**rule.defaults(), **options})
    assert applicable or not result.findings, "a rule that reports must be applicable"
    if "applicable" in case:
        assert applicable == case["applicable"], f"applicable is {applicable}"
    found = [{**f.to_dict(), "share": round(f.share, 4)} for f in result.findings]
    expected = case.get("expect") or []
    assert len(found) == len(expected), f"expected {len(expected)} findings, got {found}"
    for got, want in zip(found, expected, strict=True):
        for key, value in want.items():
            if key in ("message", "suggestion", "draft"):
                matched = key in got and message_matches(got[key], value)
                assert matched, f"{key}: {got.get(key)!r} !~ {value!r}"
            else:
                assert got.get(key) == value, f"{key}: {got.get(key)!r} != {value!r} in {got}"
        assert got["suggestion"]["id"], "every finding carries a suggestion"
    if "fixed" in case:  # the draft after --fix with this rule
        assert isinstance(subject, Draft), "fixes are for drafts"
        day = date.fromisoformat(str(case.get("as_of", AS_OF.isoformat())))

        def relint(draft: Draft) -> Result:
            return lint_with([rule], draft, {rule.name: options}, case.get("language"), day)

        fixed = fix_draft(subject, result, relint)
        assert fixed.after == case["fixed"], f"fixed: {fixed.after!r} != {case['fixed']!r}"
    return result


def message_matches(data: Mapping[str, Any], want: Any) -> bool:
    """Whether a message (as `Msg.to_data` gives it) is the one a case expects: its id
    (a string), or a mapping of some of its parameters (and maybe `id`)."""
    if isinstance(want, str):
        return bool(data["id"] == want)
    params = {"id": data["id"], **(data.get("params") or {})}
    return all(params.get(key) == value for key, value in dict(want).items())
