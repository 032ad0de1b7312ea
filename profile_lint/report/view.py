"""The template context of one member's report (plain data; the templates escape it)."""

from __future__ import annotations

from typing import Any

from profile_lint.i18n import Translator
from profile_lint.report import charts
from profile_lint.report.build import (
    SECTIONS,
    Member,
    activity_summary,
    finding_view,
    section_of,
    value_at,
)
from profile_lint.rule import Msg
from profile_lint.score import PillarScore, Score

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SECTION_LABELS = {
    "photo": Msg("Photo and banner"),
    "headline": Msg("Headline"),
    "about": Msg("About"),
    "experience": Msg("Experience"),
    "education": Msg("Education"),
    "skills": Msg("Skills"),
    "recommendations": Msg("Recommendations"),
    "basics": Msg("Basics and contact"),
    "activity": Msg("Activity and network"),
}
FACT_LABELS = {
    "linkedin.photo": Msg("whether there is a profile photo"),
    "linkedin.banner": Msg("whether there is a banner image"),
    "linkedin.headline": Msg("a headline"),
    "linkedin.public_url": Msg("the custom public URL"),
    "linkedin.industry": Msg("the industry"),
    "linkedin.connections": Msg("the number of connections"),
    "linkedin.followers": Msg("the number of followers"),
    "linkedin.featured": Msg("the Featured section"),
    "activity.posts": Msg("the posts (Shares.csv)"),
    "activity.comments": Msg("the comments (Comments.csv)"),
    "activity.reactions": Msg("the reactions (Reactions.csv)"),
    "activity.connections": Msg("the connections (Connections.csv)"),
    "activity.invitations": Msg("the invitations (Invitations.csv)"),
    "activity.endorsements_received": Msg("the endorsements (Endorsement_Received_Info.csv)"),
}
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
            "lost": _lost_to(p) if p.measured else [],
        }
        for p in score.pillars
    ]


def _lost_to(pillar: PillarScore) -> list[dict[str, Any]]:
    """The pillar's lost points by the rule whose finding costs them (the one to fix)."""
    by_rule: dict[str, float] = {}
    for item in pillar.rules:
        for loss in item.losses:
            by_rule[loss.finding.name] = by_rule.get(loss.finding.name, 0.0) + loss.points
    ranked = sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"name": name, "points": round(points, 1)} for name, points in ranked if points >= 0.05]


def fix_views(member: Member, tr: Translator, limit: int = 8) -> list[dict[str, Any]]:
    """The fixes that gain the most points of the total first (basics before details)."""
    labels = {p.id: p.label for p in member.score.pillars}
    out = []
    for fix in member.score.fixes()[:limit]:
        first = fix.findings[0]
        out.append(
            {
                "name": fix.rule.rule.name,
                "code": fix.rule.rule.code,
                "pillar": tr.gettext(labels[fix.rule.rule.pillar]),
                "points": round(fix.gain, 1) if fix.gain > 0 else None,  # None: not in the total
                "count": len(fix.findings),
                "message": tr.render(first.message),
                "suggestion": tr.render(first.suggestion),
                "section": tr.render(SECTION_LABELS[section_of(first.location)]),
            }
        )
    return out


def section_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for f in member.result.findings:
        text = value_at(member.profile, f.location)
        view = finding_view(f, tr, member.rules, text)
        groups.setdefault(section_of(f.location), []).append(view)
    out = []
    for section, _ in SECTIONS:
        if section in groups:
            items = sorted(groups[section], key=lambda v: SEVERITY_ORDER[v["severity"]])
            out.append(
                {"id": section, "label": tr.render(SECTION_LABELS[section]), "findings": items}
            )
    return out


def draft_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    out = []
    for draft, result in member.drafts:
        fold = result.fold.preview if result.fold is not None else None
        truncated = fold is not None and fold.truncated
        out.append(
            {
                "source": draft.source,
                "preview": fold.shown_text if fold is not None else "",
                "truncated": truncated,
                "rest": draft.text[fold.cut_offset :] if fold is not None and truncated else "",
                "findings": [
                    finding_view(f, tr, member.rules, draft.text) for f in result.findings
                ],
            }
        )
    return out


def unmeasured_views(member: Member, tr: Translator) -> list[dict[str, Any]]:
    out = []
    for pillar in member.score.pillars:
        skipped = [r for r in pillar.rules if not r.evaluated]
        if not skipped and pillar.measured:
            continue
        reasons = []
        for item in skipped:
            facts = [tr.render(FACT_LABELS.get(m, m)) for m in item.rule.missing]
            reasons.append({"name": item.rule.name, "facts": facts})
        out.append(
            {
                "label": tr.gettext(pillar.label),
                "measured": pillar.measured,
                "coverage": round(100 * pillar.coverage),
                "rules": reasons,
            }
        )
    return out


def report_context(member: Member, tr: Translator) -> dict[str, Any]:
    score = member.score
    pillars = pillar_views(score, tr)
    activity = activity_summary(member, tr)
    series = []
    if activity and activity["posts_per_month"] is not None:
        series.append((tr.render(CHART_TITLES["posts"]), activity["posts_per_month"]))
    if activity and activity["reactions_per_month"] is not None:
        series.append((tr.render(CHART_TITLES["reactions"]), activity["reactions_per_month"]))
    activity_charts = [
        {"title": title, "svg": charts.monthly_bars(activity["months"], values, title, tr)}
        for title, values in series
        if activity
    ]
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
        "activity_charts": activity_charts,
        "fixes": fix_views(member, tr),
        "sections": section_views(member, tr),
        "drafts": draft_views(member, tr),
        "activity": activity,
        "unmeasured": unmeasured_views(member, tr),
        "warnings": [w.to_dict() for w in member.result.import_warnings],
        "counts": {
            s: sum(1 for f in member.result.findings if f.severity.name.lower() == s)
            for s in ("error", "warning", "info")
        },
        "as_of": tr.date(member.as_of),
    }


def index_context(rows: list[dict[str, Any]], tr: Translator) -> dict[str, Any]:
    from profile_lint.score import PILLAR_LABELS

    return {
        "lang": tr.lang,
        "members": rows,
        "pillar_labels": [tr.gettext(label) for label in PILLAR_LABELS.values()],
    }
