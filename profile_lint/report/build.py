"""The report's view model: one member's results turned into plain data for the templates.

Nothing here lints, prints or writes: the run lints (with the cache and --jobs) and hands
the results over. Every user text stays a plain string; the templates escape it
(autoescape), so nothing built here is ever marked safe except the SVG charts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from profile_lint.engine import Result
from profile_lint.i18n import Translator
from profile_lint.model import Draft, Profile
from profile_lint.report import segments
from profile_lint.report.segments import Segment
from profile_lint.rule import Finding, Msg, Rule
from profile_lint.run import Item, lint_items
from profile_lint.score import Score

if TYPE_CHECKING:
    from profile_lint.batch import Progress
    from profile_lint.cache import Cache
    from profile_lint.history import PastRun
    from profile_lint.run import Session

# Profile sections, in reading order, and the field paths that belong to them.
SECTIONS = (
    ("photo", ("linkedin.photo", "linkedin.banner", "basics.image")),
    ("headline", ("linkedin.headline", "basics.label")),
    ("about", ("basics.summary",)),
    ("experience", ("work",)),
    ("education", ("education",)),
    ("skills", ("skills",)),
    ("recommendations", ("references", "linkedin.recommendations")),
    ("activity", ("activity", "linkedin.connections", "linkedin.followers")),
    ("basics", ("basics", "linkedin")),
)
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
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
EVIDENCE = {
    "platform": Msg("platform"),
    "data": Msg("data"),
    "study": Msg("study"),
    "coach": Msg("coach"),
    "folklore": Msg("folklore"),
    "tooling": Msg("tooling"),
}
ACTIVITY_LABELS = {
    "posts": Msg("Posts"),
    "own": Msg("Posts with your own text"),
    "comments": Msg("Comments"),
    "reactions": Msg("Reactions given"),
    "connections": Msg("Connections"),
    "endorsements": Msg("Endorsements received"),
}
PAST_POSTS = 12


@dataclass
class Member:
    """Everything one report shows about one member."""

    profile: Profile
    result: Result
    rules: dict[str, type[Rule]]
    drafts: list[tuple[Draft, Result]] = field(default_factory=list)
    past_posts: list[tuple[Draft, Result]] = field(default_factory=list)
    as_of: date = field(default_factory=date.today)
    # This member's earlier runs in the --history database, oldest first.
    past: list[PastRun] = field(default_factory=list)

    @property
    def score(self) -> Score:
        assert self.result.score is not None, "a profile's result carries its score"
        return self.result.score

    @property
    def name(self) -> str:
        """The member's name, else the input's file name (never its path)."""
        name = self.profile.basics.get("name")
        if isinstance(name, str) and name.strip():
            return " ".join(name.split())
        return PurePath(self.profile.source.rstrip("/\\")).name or self.profile.source


def section_of(location: str | None) -> str:
    if not location:
        return "basics"
    for section, prefixes in SECTIONS:
        for prefix in prefixes:
            if location == prefix or location.startswith((prefix + ".", prefix + "[")):
                return section
    return "basics"


def value_at(profile: Profile, location: str | None) -> Any:
    """The value a field path points at (`work[2].summary`, `linkedin.headline`), or None."""
    if not location:
        return None
    data: Any = profile.to_dict()
    for name, index in _PATH_PART.findall(location):
        if name:
            data = data.get(name) if isinstance(data, dict) else None
        elif isinstance(data, list) and int(index) < len(data):
            data = data[int(index)]
        else:
            data = None
        if data is None:
            return None
    return data


def source_of(rule: type[Rule] | None, tr: Translator) -> dict[str, Any]:
    """The **Source** paragraph of a rule's documentation (as segments, its evidence
    level taken off the front) and the level's label, in the output language."""
    if rule is None or not rule.source():
        return {"text": [], "level": "", "label": ""}
    level = rule.evidence()
    label = tr.render(EVIDENCE[level]) if level in EVIDENCE else level
    text = segments.without_level(tr.gettext(rule.source()))
    return {"text": segments.documentation(text), "level": level, "label": label}


def finding_view(
    f: Finding, tr: Translator, rules: dict[str, type[Rule]], quote: list[Segment] | None = None
) -> dict[str, Any]:
    """What the member reads of a finding, and, folded for the coach, where it comes from:
    the rule, its evidence and source, the field or line."""
    return {
        "severity": f.severity.name.lower(),
        "severity_label": tr.render(f.severity.label),
        "message": tr.render(f.message),
        "suggestion": tr.render(f.suggestion),
        "draft": segments.draft(tr.render(f.draft)) if f.draft is not None else None,
        "quote": quote or None,
        "coach": {
            "name": f.name,
            "code": f.code,
            "location": f.location or "",
            "line": f.line if f.location is None else None,  # a draft's line, not JSON's
            "source": source_of(rules.get(f.name), tr),
        },
    }


def draft_title(draft: Draft, room: int = 60) -> str:
    """How people name a draft: its front matter's title, else its first line."""
    if draft.title:
        return draft.title
    first = next((line.strip() for line in draft.text.splitlines() if line.strip()), "")
    if len(first) <= room:
        return first
    return (first[:room].rsplit(" ", 1)[0] or first[: room - 1]).rstrip(" ,;:") + "…"


def past_posts(profile: Profile) -> list[Draft]:
    """The archive's latest posts with words of the member's own, newest first, as drafts
    for the post rules (PAST_POSTS at most)."""
    from profile_lint.readers.drafts import draft_from_text

    posts = sorted(
        (p for p in profile.activity.posts or [] if str(p.get("text") or "").strip()),
        key=lambda p: str(p.get("date") or ""),
        reverse=True,
    )[:PAST_POSTS]
    return [
        draft_from_text(str(post["text"]), source=f"Shares.csv ({post.get('date')})")
        for post in posts
    ]


def lint_members(
    session: Session,
    profiles: Sequence[tuple[Profile, date]],
    drafts: Sequence[tuple[Draft, date]] = (),
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Member]:
    """Lint the profiles, the drafts (they go with the first member) and each archive's
    past posts in one run, and gather each member's results."""
    past = [[(d, day) for d in past_posts(p)] for p, day in profiles]
    items: list[Item] = [*profiles, *drafts, *(item for group in past for item in group)]
    results = lint_items(session, items, jobs, cache, progress)
    found = {id(subject): result for (subject, _), result in zip(items, results, strict=True)}
    rules = {r.name: r for r in session.registry.rules}
    members = []
    for (profile, day), group in zip(profiles, past, strict=True):
        member = Member(profile, found[id(profile)], rules, as_of=day)
        member.past_posts = [(d, found[id(d)]) for d, _ in group]
        members.append(member)
    if members:
        members[0].drafts = [(d, found[id(d)]) for d, _ in drafts]
    return members


def months_back(ref: date, count: int) -> list[str]:
    """The `count` months up to `ref`, oldest first, as YYYY-MM."""
    out, year, month = [], ref.year, ref.month
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return list(reversed(out))


def per_month(items: list[dict[str, Any]] | None, key: str, months: list[str]) -> list[int]:
    counts = Counter(str(item.get(key) or "")[:7] for item in items or [])
    return [counts.get(m, 0) for m in months]


def activity_summary(member: Member, tr: Translator) -> dict[str, Any] | None:
    """Counts and monthly series of the archive's activity, and what the past posts show."""
    act = member.profile.activity
    if act.is_empty():
        return None
    ref = member.as_of
    start = (ref - timedelta(days=90)).isoformat()
    months = months_back(ref, 12)

    def recent(items: list[dict[str, Any]] | None, key: str) -> int | None:
        if items is None:
            return None
        return sum(1 for i in items if start < str(i.get(key) or "")[:10] <= ref.isoformat())

    own = [p for p in act.posts or [] if str(p.get("text") or "").strip()]
    counts = [
        ("posts", None if act.posts is None else len(act.posts), recent(act.posts, "date")),
        ("own", None if act.posts is None else len(own), recent(own, "date")),
        (
            "comments",
            None if act.comments is None else len(act.comments),
            recent(act.comments, "date"),
        ),
        (
            "reactions",
            None if act.reactions is None else len(act.reactions),
            recent(act.reactions, "date"),
        ),
        (
            "connections",
            None if act.connections is None else len(act.connections),
            recent(act.connections, "connected_on"),
        ),
        (
            "endorsements",
            None if act.endorsements_received is None else len(act.endorsements_received),
            recent(act.endorsements_received, "date"),
        ),
    ]
    past = member.past_posts
    by_rule: Counter[str] = Counter()
    for _, result in past:
        by_rule.update({f.name for f in result.findings})
    patterns = [
        {
            "name": name,
            "summary": tr.gettext(member.rules[name].summary()) if name in member.rules else name,
            "count": n,
            "total": len(past),
        }
        for name, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {
        "as_of": tr.date(ref),
        "counts": [
            {"label": tr.render(ACTIVITY_LABELS[key]), "total": total, "recent": last}
            for key, total, last in counts
        ],
        "months": months,
        "posts_per_month": per_month(act.posts, "date", months) if act.posts is not None else None,
        "reactions_per_month": per_month(act.reactions, "date", months)
        if act.reactions is not None
        else None,
        "comments_per_month": per_month(act.comments, "date", months)
        if act.comments is not None
        else None,
        "past_posts": len(past),
        "patterns": patterns,
    }
