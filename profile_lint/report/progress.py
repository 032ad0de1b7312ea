"""Progress over time, from the --history database: the trend, the previous run, and
what changed since (findings fixed, findings new)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from profile_lint.history import PastRun
from profile_lint.i18n import Translator
from profile_lint.report import charts
from profile_lint.report.build import Member
from profile_lint.rule import Msg
from profile_lint.score import Score

TOTAL = Msg("Total, as a share of the pillars estimated")
LIST = 8  # findings listed as fixed or new; the rest are counted


def change(score: Score, previous: PastRun) -> float | None:
    """The total's change since `previous`, when both estimate the same pillars."""
    if score.total is None or previous.total is None or score.max != previous.max:
        return None
    return round(score.total - previous.total, 1)


def progress(member: Member, tr: Translator) -> dict[str, Any] | None:
    if not member.past:
        return None
    previous, score = member.past[-1], member.score
    runs = [*member.past, None]  # None: this run
    labels = [tr.date(r.at.date()) if r else tr.gettext("this report") for r in runs]
    series = [(tr.render(TOTAL), [r.percent if r else score.percent for r in runs], 100.0)]
    for pillar in score.pillars:
        values = [r.pillars.get(pillar.id) if r else pillar.score for r in runs]
        series.append((tr.gettext(pillar.label), values, pillar.max))
    before = Counter(f.key for f in previous.findings)
    now = Counter((f.name, f.location) for f in member.result.findings)
    gone, came = before - now, now - before
    fixed = [f for f in previous.findings if _take(gone, f.key)]
    new = [f for f in member.result.findings if _take(came, (f.name, f.location))]
    return {
        "date": tr.date(previous.at.date()),
        "total": previous.total,
        "max": previous.max,
        "change": change(score, previous),
        "runs": len(runs),
        "charts": [
            {"title": title, "svg": charts.trend(labels, values, top, title, tr)}
            for title, values, top in series
        ],
        "fixed": [tr.render(f.message) for f in fixed[:LIST]],
        "fixed_more": max(0, len(fixed) - LIST),
        "new": [tr.render(f.message) for f in new[:LIST]],
        "new_more": max(0, len(new) - LIST),
    }


def _take(counts: Counter[Any], key: Any) -> bool:
    """Whether `key` is still counted, counting it off (a finding listed once each)."""
    if counts[key] > 0:
        counts[key] -= 1
        return True
    return False
