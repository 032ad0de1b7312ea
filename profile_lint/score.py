"""The score: an estimate of the four Social Selling Index pillars from what the input shows.

Pure: rules, findings and applicability in, numbers out. It is NOT LinkedIn's SSI, which
is computed from activity no export holds; it says how much of each pillar the input shows.

The formula (documented in the README and by `profile-lint score --explain`):

* A rule is *evaluated* when the input can tell what it checks (`Rule.applicable`), or when
  it reported something. Each evaluated rule of a pillar gets a share of the pillar's 25
  points in proportion to its weight: ``share = 25 * weight / sum(weights of the pillar)``.
* A finding costs its severity's factor (error 1.0, warning 0.6, info 0.3). A rule loses
  ``share * min(1, sum of its findings' factors)``: one error loses the whole share, two
  warnings lose all of it too, one info loses 30%. The loss is split between the rule's
  findings in proportion to their factors, so each lost point belongs to one finding.
* ``pillar = 25 - sum(losses)``, rounded to one decimal. A pillar with no evaluated rule
  (or only rules of weight 0) is *not measured*: its score is None, never 0.
* ``total = sum of the measured pillars``, out of ``25 * number of measured pillars``;
  `covers` lists the measured pillars. Removing a finding never lowers a score, because a
  rule's loss only grows with its findings and the shares do not depend on findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from profile_lint.rule import PILLARS, Finding, Severity

PILLAR_MAX = 25.0
PILLAR_LABELS = {
    "brand": "Establish your professional brand",
    "people": "Find the right people",
    "insights": "Engage with insights",
    "relationships": "Build relationships",
}
SEVERITY_FACTOR = {Severity.ERROR: 1.0, Severity.WARNING: 0.6, Severity.INFO: 0.3}


@dataclass(frozen=True)
class ScoredRule:
    """What the score needs to know about one active rule."""

    name: str
    code: str
    pillar: str
    weight: float = 1.0
    applicable: bool = True
    missing: tuple[str, ...] = ()  # the facts the input did not state, when not applicable


@dataclass(frozen=True)
class Loss:
    """Points one finding costs."""

    finding: Finding
    points: float


@dataclass
class RuleScore:
    rule: ScoredRule
    evaluated: bool
    share: float = 0.0  # points of the pillar this rule carries
    lost: float = 0.0
    losses: list[Loss] = field(default_factory=list)


@dataclass
class PillarScore:
    id: str
    label: str
    score: float | None
    rules: list[RuleScore] = field(default_factory=list)
    max: float = PILLAR_MAX

    @property
    def measured(self) -> bool:
        return self.score is not None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "score": self.score, "max": int(self.max)}


@dataclass
class Score:
    pillars: list[PillarScore]

    @property
    def covers(self) -> list[str]:
        return [p.id for p in self.pillars if p.measured]

    @property
    def total(self) -> float | None:
        measured = [p.score for p in self.pillars if p.score is not None]
        return round(sum(measured), 1) if measured else None

    @property
    def max(self) -> int:
        return int(PILLAR_MAX) * len(self.covers)

    @property
    def percent(self) -> float | None:
        """The total as a share of what the measured pillars allow (0-100)."""
        total = self.total
        return None if total is None else round(100 * total / self.max, 1)

    def losses(self) -> list[Loss]:
        return [loss for p in self.pillars for r in p.rules for loss in r.losses]

    def fixes(self) -> list[RuleScore]:
        """Rules with findings, most points to gain first (ties: pillar order, then code)."""
        found = [r for p in self.pillars for r in p.rules if r.losses]
        order = {pillar: i for i, pillar in enumerate(PILLARS)}
        return sorted(found, key=lambda r: (-r.lost, order[r.rule.pillar], r.rule.code))

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "max": self.max,
            "covers": self.covers,
            "pillars": [p.to_dict() for p in self.pillars],
        }


def factor(finding: Finding) -> float:
    return SEVERITY_FACTOR[finding.severity]


def compute(rules: Sequence[ScoredRule], findings: Iterable[Finding]) -> Score:
    """Score `findings` against the active `rules` (see the module docstring)."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.name, []).append(finding)
    pillars = []
    for pillar in PILLARS:
        scored = [
            RuleScore(rule, rule.applicable or rule.name in by_rule)
            for rule in rules
            if rule.pillar == pillar
        ]
        total_weight = sum(r.rule.weight for r in scored if r.evaluated)
        if total_weight <= 0:
            pillars.append(PillarScore(pillar, PILLAR_LABELS[pillar], None, scored))
            continue
        lost = 0.0
        for item in scored:
            if not item.evaluated:
                continue
            item.share = PILLAR_MAX * item.rule.weight / total_weight
            own = by_rule.get(item.rule.name, [])
            factors = sum(factor(f) for f in own)
            if factors <= 0:
                continue
            item.lost = item.share * min(1.0, factors)
            item.losses = [Loss(f, item.lost * factor(f) / factors) for f in own]
            lost += item.lost
        score = round(max(0.0, PILLAR_MAX - lost), 1)
        pillars.append(PillarScore(pillar, PILLAR_LABELS[pillar], score, scored))
    return Score(pillars)


def score_rules(
    subject: Any, rules: Iterable[tuple[Any, Mapping[str, Any]]], findings: Iterable[Finding]
) -> Score:
    """Score `findings` of a profile; `rules` are its (config.ActiveRule, effective
    options) pairs of profile and activity rules."""
    scored = []
    for active, options in rules:
        rule = active.rule
        applicable = bool(rule.applicable(subject, options))
        missing = () if applicable else rule.unknown(subject)
        scored.append(
            ScoredRule(rule.name, rule.code, rule.pillar, active.weight, applicable, missing)
        )
    return compute(scored, findings)
