"""The score: an estimate of the four Social Selling Index pillars from what the input shows.

Pure: rules, findings and applicability in, numbers out. It is NOT LinkedIn's SSI, which
is computed from activity no export holds; it says how much of each pillar the input shows.

The method (documented in the README and by `profile-lint score --explain`):

* **Points.** Every rule carries fixed points of its pillar: its weight (how much it
  matters: 3 for the core of a profile, 2 for key rules, else 1; configurable) times the
  strength of its evidence (platform limit or LinkedIn data 1, study or coach advice 0.75,
  folklore 0.5). A pillar's points are those of all its active rules, whether the input can
  tell what they check or not: no rule's points swell because another could not be judged.
* **Lost points.** A finding costs its share of its rule's points (all of them, unless
  the rule says otherwise: one of four positions costs a quarter), at most all of them
  per rule. A rule that is `part_of` another (about-too-short of about-missing) also
  loses what that one loses: without an About there is nothing to judge.
* **Coverage.** The points of the rules the input can tell, out of the pillar's points.
  Unknown is never a loss: it is left out. A pillar whose coverage is under half gets no
  estimate, only the range its unknown points leave open.
* **The estimate.** ``pillar = 25 * exp(-STEEPNESS * lost / measured)``: the share of the
  measured points lost, on the curve coaches grade on (each tenth of the points lost
  costs about 30% of what is left). STEEPNESS was fitted to three coaches' blind grades of
  26 profiles (tests/corpus, README "Calibration").
* Each point a pillar loses is attributed to a finding, in proportion to the points it
  costs; `fixes` ranks the rules with findings by what fixing them would gain.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from profile_lint.rule import PILLARS, Finding

PILLAR_MAX = 25.0
PILLAR_LABELS = {
    "brand": "Establish your professional brand",
    "people": "Find the right people",
    "insights": "Engage with insights",
    "relationships": "Build relationships",
}
EVIDENCE_FACTOR = {"platform": 1.0, "data": 1.0, "study": 0.75, "coach": 0.75, "folklore": 0.5}
OTHER_EVIDENCE = 0.75  # a level the table does not name (a plugin's)
STEEPNESS = 3.5  # fitted: README "Calibration", scripts/calibrate
MIN_COVERAGE = 0.5  # below it, a pillar gets a range, not an estimate


def points(weight: float, evidence: str) -> float:
    """A rule's points in its pillar: its weight x the factor of its evidence level."""
    return weight * EVIDENCE_FACTOR.get(evidence, OTHER_EVIDENCE)


@dataclass(frozen=True)
class ScoredRule:
    """What the score needs to know about one active rule."""

    name: str
    code: str
    pillar: str
    weight: float = 1.0
    applicable: bool = True
    missing: tuple[str, ...] = ()  # the facts the input did not state, when not applicable
    evidence: str = ""
    part_of: tuple[str, ...] = ()

    @cached_property  # asked for many times per score
    def points(self) -> float:
        return points(self.weight, self.evidence)


@dataclass(frozen=True)
class Loss:
    """Pillar points one finding costs, through the points of `rule` (its own rule, or a
    rule that is part of it)."""

    finding: Finding
    points: float
    rule: str


@dataclass
class RuleScore:
    rule: ScoredRule
    evaluated: bool
    lost: float = 0.0  # of the rule's points
    cost: float = 0.0  # pillar points those lost points take away
    losses: list[Loss] = field(default_factory=list)
    points: float = field(init=False)  # the rule's (summed many times per score)

    def __post_init__(self) -> None:
        self.points = self.rule.points


@dataclass
class PillarScore:
    id: str
    label: str
    score: float | None  # the estimate; None when too little was measured
    rules: list[RuleScore] = field(default_factory=list)
    low: float | None = None  # every unknown point lost
    high: float | None = None  # every unknown point kept
    max: float = PILLAR_MAX

    @property
    def measured(self) -> bool:
        """Whether enough was measured for an estimate."""
        return self.score is not None

    # Sums over `rules`, whose points and losses are set before the pillar is made.
    @cached_property
    def points(self) -> float:
        return sum(r.points for r in self.rules)

    @cached_property
    def measured_points(self) -> float:
        return sum(r.points for r in self.rules if r.evaluated)

    @cached_property
    def lost(self) -> float:
        return sum(r.lost * r.points for r in self.rules if r.evaluated)

    @property
    def coverage(self) -> float:
        """The share of the pillar's points the input could measure (0-1)."""
        total = self.points
        return self.measured_points / total if total > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        span = None if self.low is None or self.high is None else [self.low, self.high]
        return {
            "id": self.id,
            "label": self.label,
            "score": self.score,
            "max": int(self.max),
            "coverage": round(self.coverage, 2),
            "range": span,
        }


@dataclass(frozen=True)
class Fix:
    """A rule with findings, and what fixing them all would gain the total."""

    rule: RuleScore
    findings: tuple[Finding, ...]
    gain: float


@dataclass
class Score:
    pillars: list[PillarScore]
    # what the score was computed from, to rank the fixes when asked
    inputs: tuple[Sequence[ScoredRule], Sequence[Finding], float] = ((), (), STEEPNESS)

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
        """The total as a share of what the estimated pillars allow (0-100)."""
        total = self.total
        return None if total is None else round(100 * total / self.max, 1)

    @property
    def coverage(self) -> float:
        """The share of all four pillars' points the input could measure (0-1)."""
        total = sum(p.points for p in self.pillars)
        return sum(p.measured_points for p in self.pillars) / total if total > 0 else 0.0

    def losses(self) -> list[Loss]:
        return [loss for p in self.pillars for r in p.rules for loss in r.losses]

    def fixes(self) -> list[Fix]:
        """The rules with findings, most points to gain first (ties: pillar order, code).
        A gain is what the total would gain if the rule's findings were fixed: nothing for
        a rule whose pillar is too little measured to be estimated (it comes last)."""
        rules, found, steepness = self.inputs
        now = _sum(self.pillars, steepness)
        order = {pillar: i for i, pillar in enumerate(PILLARS)}
        out = []
        for item in (r for p in self.pillars for r in p.rules):
            own = tuple(f for f in found if f.name == item.rule.name)
            if not own:
                continue
            rest = [f for f in found if f.name != item.rule.name]
            gain = _sum(_pillars(rules, rest, steepness), steepness) - now
            out.append(Fix(item, own, round(max(0.0, gain), 6)))
        out.sort(key=lambda x: (-x.gain, order[x.rule.rule.pillar], x.rule.rule.code))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "max": self.max,
            "covers": self.covers,
            "coverage": round(self.coverage, 2),
            "pillars": [p.to_dict() for p in self.pillars],
        }


def estimate(lost: float, measured: float, steepness: float = STEEPNESS) -> float:
    """A pillar's value when `lost` of `measured` points are lost (unrounded)."""
    return PILLAR_MAX * math.exp(-steepness * lost / measured)


class _Shares:
    """Each rule's lost share of its points, and which findings it comes from."""

    def __init__(self, rules: Sequence[ScoredRule], by_rule: Mapping[str, list[Finding]]):
        self.rules = {r.name: r for r in rules}
        self.by_rule = by_rule
        self.done: dict[str, list[tuple[Finding, float]]] = {}

    def parts(self, name: str, seen: frozenset[str] = frozenset()) -> list[tuple[Finding, float]]:
        """(finding, share of `name`'s points) pairs; the shares add up to at most 1."""
        if name in self.done:
            return self.done[name]
        out = [(f, f.share) for f in self.by_rule.get(name, [])]
        for parent in self.rules[name].part_of:
            if parent in self.rules and parent not in seen:  # a cycle contributes nothing
                out += self.parts(parent, seen | {name})
        total = sum(share for _, share in out)
        if total > 1:
            out = [(f, share / total) for f, share in out]
        self.done[name] = out
        return out


def _pillars(
    rules: Sequence[ScoredRule], findings: Iterable[Finding], steepness: float
) -> list[PillarScore]:
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.name, []).append(finding)
    shares = _Shares(rules, by_rule)
    pillars = []
    for pillar in PILLARS:
        scored = []
        for rule in rules:
            if rule.pillar != pillar:
                continue
            item = RuleScore(rule, rule.applicable or rule.name in by_rule)
            if item.evaluated:
                item.lost = sum(share for _, share in shares.parts(rule.name))
            scored.append(item)
        found = PillarScore(pillar, PILLAR_LABELS[pillar], None, scored)
        pillars.append(_pillar(found, shares, steepness))
    return pillars


def _pillar(pillar: PillarScore, shares: _Shares, steepness: float) -> PillarScore:
    total, measured, lost = pillar.points, pillar.measured_points, pillar.lost
    if measured <= 0 or total <= 0:
        return pillar
    pillar.low = round(estimate(lost + total - measured, total, steepness), 1)
    pillar.high = round(estimate(lost, total, steepness), 1)
    value = estimate(lost, measured, steepness)
    if pillar.coverage >= MIN_COVERAGE:
        pillar.score = round(value, 1)
    else:
        value = estimate(lost, total, steepness)  # attribute against the upper bound
    drop = PILLAR_MAX - value
    for item in pillar.rules:
        if item.lost <= 0 or lost <= 0:
            continue
        item.cost = drop * item.lost * item.points / lost
        item.losses = [
            Loss(f, drop * share * item.points / lost, item.rule.name)
            for f, share in shares.parts(item.rule.name)
        ]
    return pillar


def _sum(pillars: list[PillarScore], steepness: float) -> float:
    """The unrounded total."""
    out = 0.0
    for p in pillars:
        if p.score is not None:
            out += estimate(p.lost, p.measured_points, steepness)
    return out


def compute(
    rules: Sequence[ScoredRule], findings: Iterable[Finding], steepness: float = STEEPNESS
) -> Score:
    """Score `findings` against the active `rules` (see the module docstring)."""
    unique: dict[str, ScoredRule] = {}
    for rule in rules:
        unique.setdefault(rule.name, rule)  # the first of a name counts
    chosen, found = list(unique.values()), list(findings)
    return Score(_pillars(chosen, found, steepness), (chosen, found, steepness))


def score_rules(
    subject: Any, rules: Iterable[tuple[Any, bool]], findings: Iterable[Finding]
) -> Score:
    """Score `findings` of a profile; `rules` are its profile and activity rules
    (config.ActiveRule) with whether each is applicable to it."""
    scored = []
    for active, applicable in rules:
        rule = active.rule
        missing = () if applicable else rule.unknown(subject)
        fields = (rule.name, rule.code, rule.pillar, active.weight, applicable, missing)
        found = _SCORED.get((type(rule), fields))
        if found is None:
            if len(_SCORED) > 10_000:
                _SCORED.clear()
            found = ScoredRule(*fields, rule.evidence(), tuple(rule.part_of))
            _SCORED[(type(rule), fields)] = found
        scored.append(found)
    return compute(scored, findings)


# The same rule in the same state is the same ScoredRule, profile after profile (frozen:
# made once, its points computed once).
_SCORED: dict[tuple[Any, ...], ScoredRule] = {}
