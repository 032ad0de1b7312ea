"""The score against three coaches' blind grades of the corpus (tests/corpus/grades).

Agreement is measured as the issue asks: Kendall's tau-b between the coaches' mean rank and
the score's percent, and the mean absolute difference between each pillar's estimate and
the coaches' mean grade of it (where both exist). The one fitted parameter, the score's
STEEPNESS, is fitted on all profiles (in-sample) and, for the cross-validated figures,
again on all but one profile at a time to predict the one left out (leave-one-out).

`python -m tests.score.calibration` (or scripts/calibrate) prints the figures the README
gives; tests/score/test_calibration.py holds them to the targets.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from profile_lint.engine import lint
from profile_lint.readers import read_profile
from profile_lint.rule import PILLARS, Finding
from profile_lint.run import Overrides, open_session
from profile_lint.score import STEEPNESS, Score, ScoredRule, compute

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
AS_OF = date(2026, 11, 20)  # the corpus's reference date (tests/corpus/README.md)
GRID = [round(1 + 0.25 * i, 2) for i in range(25)]  # steepness 1.0 to 7.0


@dataclass
class Member:
    """One profile of the corpus: what the linter found, and what the coaches said."""

    id: str
    rules: list[ScoredRule]
    findings: list[Finding]
    grades: dict[str, float | None]  # the coaches' mean grade per pillar (None: not graded)
    rank: float  # the coaches' mean rank (1 = best)
    scores: dict[float, Score] = field(default_factory=dict)

    def score(self, steepness: float = STEEPNESS) -> Score:
        if steepness not in self.scores:
            self.scores[steepness] = compute(self.rules, self.findings, steepness)
        return self.scores[steepness]


@dataclass(frozen=True)
class Agreement:
    tau: float  # Kendall's tau-b, coaches' mean rank against the score's percent
    mae: float  # mean |estimate - coaches' mean grade| over the pillars both give
    pairs: int  # how many (profile, pillar) grades were compared
    per_pillar: dict[str, float]


def judges() -> tuple[dict[str, dict[str, float | None]], dict[str, float]]:
    """The coaches' mean grade of each pillar (over the coaches who gave one; None when
    fewer than two did) and their mean rank of each profile."""
    grades: dict[str, dict[str, list[int]]] = {}
    ranks: dict[str, list[int]] = {}
    for path in sorted((CORPUS / "grades").glob("judge-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for position, member in enumerate(data["rank"], 1):
            ranks.setdefault(member, []).append(position)
        for member, given in data["grades"].items():
            for pillar in PILLARS:
                if given.get(pillar) is not None:
                    grades.setdefault(member, {}).setdefault(pillar, []).append(given[pillar])
    means = {
        member: {p: statistics.fmean(by[p]) if len(by.get(p, [])) >= 2 else None for p in PILLARS}
        for member, by in grades.items()
    }
    return means, {m: statistics.fmean(r) for m, r in ranks.items()}


def members() -> list[Member]:
    """Lint every graded profile once, with the default configuration."""
    grades, ranks = judges()
    session = open_session(Overrides(), cwd=Path("/"))  # the default configuration
    out = []
    for member in sorted(grades):
        profile = read_profile(str(CORPUS / "profiles" / f"{member}.json"))
        result = lint(profile, session.plan(profile.source, AS_OF), session.analyzer)
        assert result.score is not None
        rules = [r.rule for p in result.score.pillars for r in p.rules]
        found = [*result.findings, *result.hidden]
        out.append(Member(member, rules, found, grades[member], ranks[member]))
    return out


def tau_b(x: Sequence[float], y: Sequence[float]) -> float:
    """Kendall's tau-b (ties in either ranking handled as scipy does)."""
    concordant = discordant = ties_x = ties_y = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            a = (x[i] > x[j]) - (x[i] < x[j])
            b = (y[i] > y[j]) - (y[i] < y[j])
            if a == 0 and b == 0:
                continue
            if a == 0:
                ties_x += 1
            elif b == 0:
                ties_y += 1
            elif a == b:
                concordant += 1
            else:
                discordant += 1
    pairs_x = concordant + discordant + ties_x
    pairs_y = concordant + discordant + ties_y
    return (concordant - discordant) / (pairs_x * pairs_y) ** 0.5 if pairs_x and pairs_y else 0.0


def agreement(group: Sequence[Member], scores: Sequence[Score]) -> Agreement:
    diffs: dict[str, list[float]] = {p: [] for p in PILLARS}
    for member, score in zip(group, scores, strict=True):
        for pillar in score.pillars:
            coaches = member.grades[pillar.id]
            if pillar.score is not None and coaches is not None:
                diffs[pillar.id].append(abs(pillar.score - coaches))
    every = [d for values in diffs.values() for d in values]
    # rank 1 is the best: negate it so that both rise together
    tau = tau_b([-m.rank for m in group], [s.percent or 0.0 for s in scores])
    per_pillar = {p: statistics.fmean(v) for p, v in diffs.items() if v}
    return Agreement(tau, statistics.fmean(every), len(every), per_pillar)


def fit(group: Sequence[Member]) -> float:
    """The steepness (on GRID) that brings the estimates closest to the coaches' grades."""

    def error(steepness: float) -> float:
        return agreement(group, [m.score(steepness) for m in group]).mae

    return min(GRID, key=error)


def leave_one_out(group: Sequence[Member]) -> tuple[Agreement, list[float]]:
    """Each profile scored with the steepness fitted on all the others."""
    fitted = [fit([o for o in group if o is not m]) for m in group]
    scores = [m.score(k) for m, k in zip(group, fitted, strict=True)]
    return agreement(group, scores), fitted


def report(group: Sequence[Member]) -> str:
    best = fit(group)
    inside = agreement(group, [m.score() for m in group])
    loo, fitted = leave_one_out(group)
    lines = [
        f"profiles: {len(group)}; steepness in the code: {STEEPNESS}, fitted on all: {best}, "
        f"fitted leaving one out: {min(fitted)}-{max(fitted)}",
    ]
    for name, found in (("in-sample", inside), ("leave-one-out", loo)):
        pillars = ", ".join(f"{p} {v:.2f}" for p, v in found.per_pillar.items())
        lines.append(
            f"{name}: tau {found.tau:.3f}, pillars off by {found.mae:.2f} on average "
            f"({found.pairs} grades; {pillars})"
        )
    lines.append("")
    lines.append(f"{'profile':<32}{'rank':>6}{'percent':>9}  pillars (score / coaches)")
    for member in sorted(group, key=lambda m: m.rank):
        score = member.score()
        pillars = "  ".join(
            f"{p.id[:5]} {'-' if p.score is None else p.score:>4} / "
            f"{'-' if member.grades[p.id] is None else round(member.grades[p.id] or 0, 1):>4}"
            for p in score.pillars
        )
        lines.append(f"{member.id:<32}{member.rank:>6.1f}{score.percent or 0:>9}  {pillars}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(members()))
