"""The template context of one member's report, and of the cohort's index (plain data;
the templates escape it).

What the member reads is plain words; what a coach needs to check it (rule names and
codes, evidence, sources, field paths, file names) goes into each item's `coach` data,
which the templates fold away in a <details> element.
"""

from __future__ import annotations

from typing import Any

from profile_lint.i18n import Translator
from profile_lint.report import charts, segments
from profile_lint.report.build import (
    SECTION_LABELS,
    SECTIONS,
    Member,
    activity_summary,
    draft_title,
    finding_view,
    section_of,
    value_at,
)
from profile_lint.report.progress import progress
from profile_lint.report.rewrite import rewrites
from profile_lint.report.summary import summary
from profile_lint.rule import Msg
from profile_lint.score import PillarScore, Score

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
FACT_LABELS = {
    "linkedin.photo": Msg("whether there is a profile photo"),
    "linkedin.banner": Msg("whether there is a banner image"),
    "linkedin.headline": Msg("a headline"),
    "linkedin.public_url": Msg("the custom public URL"),
    "linkedin.industry": Msg("the industry"),
    "linkedin.connections": Msg("the number of connections"),
    "linkedin.followers": Msg("the number of followers"),
    "linkedin.featured": Msg("the Featured section"),
    "activity.posts": Msg("your posts"),
    "activity.comments": Msg("your comments"),
    "activity.reactions": Msg("your reactions"),
    "activity.connections": Msg("your connections"),
    "activity.invitations": Msg("your invitations"),
    "activity.endorsements_received": Msg("the endorsements you received"),
    "basics": Msg("the About and contact details"),
    "work": Msg("the positions"),
    "skills": Msg("the skills"),
    "education": Msg("the education"),
    "references": Msg("the recommendations"),
}
UNKNOWN_FACT = Msg("some of the profile")
CHART_TITLES = {
    "posts": Msg("Posts per month"),
    "reactions": Msg("Reactions you gave per month"),
}


def pillar_views(score: Score, tr: Translator) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "label": tr.gettext(p.label),
            "score": p.score,
            "max": int(p.max),
            "coverage": round(100 * p.coverage),
            "low": p.low,
            "high": p.high,
            "lost": _lost_to(p, tr) if p.measured else [],
            "coach": _lost_by_rule(p) if p.measured else [],
        }
        for p in score.pillars
    ]


def _lost_to(pillar: PillarScore, tr: Translator) -> list[dict[str, Any]]:
    """The pillar's lost points by the profile section of the findings that cost them."""
    by_section: dict[str, float] = {}
    for item in pillar.rules:
        for loss in item.losses:
            section = section_of(loss.finding.location)
            by_section[section] = by_section.get(section, 0.0) + loss.points
    ranked = sorted(by_section.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        {"label": tr.render(SECTION_LABELS[section]), "points": round(points, 1)}
        for section, points in ranked
        if points >= 0.05
    ]


def _lost_by_rule(pillar: PillarScore) -> list[dict[str, Any]]:
    """The same by the rule whose finding costs them (for the coach)."""
    by_rule: dict[str, float] = {}
    for item in pillar.rules:
        for loss in item.losses:
            by_rule[loss.finding.name] = by_rule.get(loss.finding.name, 0.0) + loss.points
    ranked = sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"name": name, "points": round(points, 1)} for name, points in ranked if points >= 0.05]


def section_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    """Findings by profile section; within one, those about the same text together, the
    text shown once with every part they are about marked."""
    groups: dict[str, dict[str, list[Any]]] = {}
    for f in member.result.findings:
        groups.setdefault(section_of(f.location), {}).setdefault(f.location or "", []).append(f)
    out = []
    for section, _ in SECTIONS:
        if section not in groups:
            continue
        items: list[dict[str, Any]] = []
        for location, found in groups[section].items():
            found.sort(key=lambda f: -int(f.severity))
            text = value_at(member.profile, location)
            shown = isinstance(text, str) and text.strip()
            items.append(
                {
                    "excerpt": segments.marked(text, [f.span for f in found]) if shown else [],
                    "findings": [finding_view(f, tr, member.rules) for f in found],
                    "order": SEVERITY_ORDER[str(found[0].severity)],
                }
            )
        items.sort(key=lambda item: item["order"])
        out.append({"id": section, "label": tr.render(SECTION_LABELS[section]), "groups": items})
    return out


def draft_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    out = []
    for draft, result in member.drafts:
        fold = result.fold.preview if result.fold is not None else None
        truncated = fold is not None and fold.truncated
        findings = sorted(result.findings, key=lambda f: f.sort_key())
        out.append(
            {
                "title": draft_title(draft),
                "source": draft.source,
                "preview": fold.shown_text.rstrip() if fold is not None else draft.text,
                "truncated": truncated,
                "rest": draft.text[fold.cut_offset :] if fold is not None and truncated else "",
                "findings": [
                    finding_view(f, tr, member.rules, segments.line_of(draft.text, f.span))
                    for f in findings
                ],
            }
        )
    return out


def unmeasured_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    """By pillar, what the input does not state, in plain words (the rules it leaves
    unmeasured go to the coach)."""
    out = []
    for pillar in member.score.pillars:
        skipped = [r for r in pillar.rules if not r.evaluated]
        if not skipped and pillar.measured:
            continue
        facts: list[str] = []
        for item in skipped:
            for fact in item.rule.missing or ():
                label = tr.render(FACT_LABELS.get(fact, UNKNOWN_FACT))  # a plugin's need
                if label not in facts:
                    facts.append(label)
        out.append(
            {
                "label": tr.gettext(pillar.label),
                "measured": pillar.measured,
                "coverage": round(100 * pillar.coverage),
                "facts": facts,
                "too_little": any(not item.rule.missing for item in skipped),
                "coach": [
                    {"name": item.rule.name, "facts": list(item.rule.missing)} for item in skipped
                ],
            }
        )
    return out


def _activity_charts(activity: dict[str, Any] | None, tr: Translator) -> list[dict[str, Any]]:
    if not activity:
        return []
    series = [
        (tr.render(CHART_TITLES[key]), activity[f"{key}_per_month"])
        for key in ("posts", "reactions")
        if activity[f"{key}_per_month"] is not None
    ]
    return [
        {"title": title, "svg": charts.monthly_bars(activity["months"], values, title, tr)}
        for title, values in series
    ]


PART_LABELS = {
    "headline": Msg("Headline"),
    "about": Msg("About"),
    "skills": Msg("Skills"),
    "experience": Msg("Experience"),
    "education": Msg("Education"),
    "certifications": Msg("Certifications"),
    "languages": Msg("Languages"),
}
# Where a missing term of the job ad belongs, by its kind (see target-keyword-missing).
ADD_TO = {
    "title": Msg("in the headline"),
    "tool": Msg("in the skills and an experience line"),
    "skill": Msg("in an experience line, with a result"),
}


def target_view(member: Member, tr: Translator) -> dict[str, Any] | None:
    """The "For this job" section: the match with the job ad (--target), the terms the
    profile already has and where, and those it lacks with where they belong."""
    target = member.result.target
    if target is None:
        return None
    return {
        "match": target.match,
        "present": [
            {"term": t.text, "where": [tr.render(PART_LABELS[w]) for w in where]}
            for t, where in target.present
        ],
        "missing": [
            {"term": t.text, "add_to": tr.render(ADD_TO.get(t.kind, ADD_TO["skill"]))}
            for t in target.missing
        ],
    }


def report_context(member: Member, tr: Translator) -> dict[str, Any]:
    score = member.score
    pillars = pillar_views(score, tr)
    activity = activity_summary(member, tr)
    return {
        "lang": tr.lang,
        "name": member.name,
        "source": member.profile.source,
        "headline": member.profile.headline or "",
        "total": score.total,
        "max": score.max,
        "percent": score.percent,
        "covers": [tr.gettext(p.label) for p in score.pillars if p.measured],
        "coverage": round(100 * score.coverage),
        "pillars": pillars,
        "pillar_chart": charts.pillar_bars(pillars, tr),
        "summary": summary(member, tr),
        "progress": progress(member, tr),
        "rewrites": rewrites(member, tr),
        "sections": section_views(member, tr),
        "drafts": draft_views(member, tr),
        "activity": activity,
        "activity_charts": _activity_charts(activity, tr),
        "unmeasured": unmeasured_views(member, tr),
        "target": target_view(member, tr),
        "warnings": [w.to_dict() for w in member.result.import_warnings],
        "counts": {
            s: sum(1 for f in member.result.findings if f.severity.name.lower() == s)
            for s in ("error", "warning", "info")
        },
        "as_of": tr.date(member.as_of),
    }


def index_context(
    rows: list[dict[str, Any]], tr: Translator, history: bool = False
) -> dict[str, Any]:
    from profile_lint.rule import PILLAR_NAMES
    from profile_lint.score import PILLAR_LABELS

    return {
        "lang": tr.lang,
        "members": rows,
        "pillars": [
            {"short": tr.render(PILLAR_NAMES[key]), "label": tr.gettext(label)}
            for key, label in PILLAR_LABELS.items()
        ],
        "history": history,  # --history: each member's change since their previous run
    }
