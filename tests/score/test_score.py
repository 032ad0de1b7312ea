"""Properties of the score (profile_lint/score.py), with hypothesis-generated rules and findings."""

from __future__ import annotations

import math

from hypothesis import event, given, settings
from hypothesis import strategies as st

from profile_lint.rule import PILLARS, Finding, Severity
from profile_lint.score import PILLAR_MAX, SEVERITY_FACTOR, ScoredRule, compute

SEVERITIES = list(Severity)


@st.composite
def inputs(draw: st.DrawFn) -> tuple[list[ScoredRule], list[Finding]]:
    count = draw(st.integers(0, 12))
    rules = [
        ScoredRule(
            name=f"rule-{i}",
            code=f"T{i:03}",
            pillar=draw(st.sampled_from(PILLARS)),
            weight=draw(st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.5])),
            applicable=draw(st.booleans()),
        )
        for i in range(count)
    ]
    findings = []
    for rule in rules:
        if not rule.applicable:
            continue  # a rule that cannot tell reports nothing
        for _ in range(draw(st.integers(0, 3))):
            severity = draw(st.sampled_from(SEVERITIES))
            findings.append(finding(rule, severity, len(findings)))
    return rules, findings


def finding(rule: ScoredRule, severity: Severity, index: int = 0) -> Finding:
    return Finding(
        rule.code,
        rule.name,
        severity,
        f"message {index}",
        "do this",
        rule.pillar,
        location=f"field[{index}]",
    )


def pillar_scores(rules: list[ScoredRule], findings: list[Finding]) -> list[float | None]:
    return [p.score for p in compute(rules, findings).pillars]


@settings(max_examples=300)
@given(inputs())
def test_deterministic_and_order_independent(data: tuple[list[ScoredRule], list[Finding]]) -> None:
    rules, findings = data
    first = compute(rules, findings).to_dict()
    assert compute(rules, findings).to_dict() == first
    assert compute(rules, list(reversed(findings))).to_dict() == first


@settings(max_examples=300)
@given(inputs(), st.data())
def test_fixing_a_finding_never_lowers_the_score(
    data: tuple[list[ScoredRule], list[Finding]], pick: st.DataObject
) -> None:
    rules, findings = data
    if not findings:
        return
    index = pick.draw(st.integers(0, len(findings) - 1))
    fixed = findings[:index] + findings[index + 1 :]
    before, after = compute(rules, findings), compute(rules, fixed)
    for old, new in zip(before.pillars, after.pillars, strict=True):
        assert (old.score is None) == (new.score is None)
        if old.score is not None:
            assert new.score >= old.score
    assert (after.total or 0) >= (before.total or 0)


@settings(max_examples=300)
@given(inputs())
def test_every_lost_point_is_attributed_to_a_finding(
    data: tuple[list[ScoredRule], list[Finding]],
) -> None:
    rules, findings = data
    score = compute(rules, findings)
    attributed = {id(loss.finding) for loss in score.losses()}
    for pillar in score.pillars:
        if pillar.score is None:
            assert all(not r.losses for r in pillar.rules)
            continue
        lost = sum(loss.points for r in pillar.rules for loss in r.losses)
        assert math.isclose(PILLAR_MAX - pillar.score, lost, abs_tol=0.051)
        assert 0 <= pillar.score <= PILLAR_MAX
    # every finding of a rule with weight > 0 carries part of the loss
    for f in findings:
        rule = next(r for r in rules if r.name == f.name)
        pillar_weight = sum(r.weight for r in rules if r.pillar == rule.pillar and r.applicable)
        if rule.weight > 0 and pillar_weight > 0:
            assert id(f) in attributed


@settings(max_examples=200)
@given(inputs())
def test_total_covers_the_measured_pillars(data: tuple[list[ScoredRule], list[Finding]]) -> None:
    rules, findings = data
    score = compute(rules, findings)
    measured = [p for p in score.pillars if p.score is not None]
    assert score.covers == [p.id for p in measured]
    assert score.max == 25 * len(measured)
    if measured:
        assert math.isclose(score.total or 0, sum(p.score or 0 for p in measured), abs_tol=0.01)
    else:
        assert score.total is None
    for p in score.pillars:
        evaluated = [r for r in rules if r.pillar == p.id and r.applicable and r.weight > 0]
        assert (p.score is None) == (not evaluated), "not measured only when nothing counts"


@settings(max_examples=200)
@given(inputs(), st.sampled_from(PILLARS))
def test_weights_are_used(data: tuple[list[ScoredRule], list[Finding]], pillar: str) -> None:
    """Weighing the one failing rule of a pillar more lowers that pillar (when other rules
    pass there). With several failing rules no such claim holds: more weight on a rule that
    fails lightly moves points away from one that fails badly."""
    rules, findings = data
    failing = [
        r
        for r in rules
        if r.pillar == pillar and r.weight > 0 and any(f.name == r.name for f in findings)
    ]
    others = [
        r
        for r in rules
        if r.pillar == pillar
        and r.applicable
        and r.weight > 0
        and not any(f.name == r.name for f in findings)
    ]
    if len(failing) != 1 or not others:
        event("not one failing rule beside passing ones")
        return
    event("checked")
    target = failing[0]
    heavier = [
        ScoredRule(r.name, r.code, r.pillar, r.weight * 4, r.applicable) if r is target else r
        for r in rules
    ]
    index = PILLARS.index(pillar)
    before = compute(rules, findings).pillars[index].score
    after = compute(heavier, findings).pillars[index].score
    assert before is not None and after is not None and after <= before


def test_formula_by_hand() -> None:
    photo = ScoredRule("photo-missing", "PR001", "brand", 2.0)
    about = ScoredRule("about-missing", "PR007", "brand", 1.0)
    banner = ScoredRule("banner-missing", "PR002", "brand", 1.0, applicable=False)
    posts = ScoredRule("posting-inactive", "AC001", "insights", 1.0, applicable=False)
    small = ScoredRule("network-small", "AC004", "relationships", 1.0)
    findings = [finding(photo, Severity.WARNING), finding(small, Severity.INFO, 1)]
    score = compute([photo, about, banner, posts, small], findings)
    brand, people, insights, relationships = score.pillars
    # photo carries 25 * 2/3 points; a warning costs 0.6 of them: 10 points.
    assert brand.score == 15.0
    assert people.score is None and insights.score is None
    assert relationships.score == 17.5  # 25 - 0.3 * 25
    assert score.total == 32.5 and score.max == 50 and score.covers == ["brand", "relationships"]
    assert score.to_dict()["pillars"][0] == {
        "id": "brand",
        "label": "Establish your professional brand",
        "score": 15.0,
        "max": 25,
    }
    assert [r.rule.name for r in score.fixes()] == ["photo-missing", "network-small"]


def test_a_rule_loses_at_most_its_share() -> None:
    rule = ScoredRule("buzzwords", "PR006", "brand")
    other = ScoredRule("about-missing", "PR007", "brand")
    many = [finding(rule, Severity.ERROR, i) for i in range(10)]
    assert compute([rule, other], many).pillars[0].score == 12.5
    assert SEVERITY_FACTOR[Severity.INFO] < SEVERITY_FACTOR[Severity.WARNING] < 1.0
