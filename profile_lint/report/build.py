"""The report's view model: one member's results turned into plain data for the templates.

Nothing here lints, prints or writes: the run lints (with the cache and --jobs) and hands
the results over. Every user text stays a plain string; the templates escape it
(autoescape), so nothing built here is ever marked safe except the SVG charts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from profile_lint.engine import Result
from profile_lint.model import Draft, Profile
from profile_lint.report.i18n import Catalog
from profile_lint.rule import Finding, Rule
from profile_lint.score import Score

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
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
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

    @property
    def score(self) -> Score:
        assert self.result.score is not None, "a profile's result carries its score"
        return self.result.score

    @property
    def name(self) -> str:
        name = self.profile.basics.get("name")
        return str(name) if name else self.profile.source


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


def excerpt(text: str, span: tuple[int, int] | None, room: int = 360) -> dict[str, str]:
    """The text a finding is about, cut to about `room` characters around its span, as
    before / marked / after parts (the template escapes each)."""
    start, end = span if span else (0, 0)
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if not span or end <= start:
        cut = text[:room]
        return {"before": cut + ("…" if len(text) > room else ""), "mark": "", "after": ""}
    left = max(0, start - room // 3)
    right = min(len(text), end + room // 3)
    marked = text[start:end]
    if len(marked) > room:
        marked = marked[:room] + "…"
    return {
        "before": ("…" if left else "") + text[left:start],
        "mark": marked,
        "after": text[end:right] + ("…" if right < len(text) else ""),
    }


def source_of(rule: type[Rule] | None) -> dict[str, str]:
    """The **Source** paragraph of a rule's documentation and its evidence level."""
    if rule is None:
        return {"text": "", "level": ""}
    for paragraph in rule.doc().split("\n\n"):
        if paragraph.startswith("**Source**"):
            text = " ".join(paragraph.replace("**Source**", "", 1).split())
            return {"text": text.lstrip(": ").strip(), "level": rule.evidence()}
    return {"text": "", "level": ""}


def finding_view(f: Finding, cat: Catalog, rules: dict[str, type[Rule]], text: Any) -> dict:
    view = {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.name.lower(),
        "message": cat.rule_text(f.message),
        "suggestion": cat.rule_text(f.suggestion),
        "location": f.location or "",
        "line": f.line,
        "source": source_of(rules.get(f.name)),
        "excerpt": None,
    }
    if isinstance(text, str) and text.strip():
        view["excerpt"] = excerpt(text, f.span)
    return view


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


def activity_summary(member: Member, cat: Catalog) -> dict[str, Any] | None:
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
        ("Posts", None if act.posts is None else len(act.posts), recent(act.posts, "date")),
        ("Posts with your own text", None if act.posts is None else len(own), recent(own, "date")),
        (
            "Comments",
            None if act.comments is None else len(act.comments),
            recent(act.comments, "date"),
        ),
        (
            "Reactions given",
            None if act.reactions is None else len(act.reactions),
            recent(act.reactions, "date"),
        ),
        (
            "Connections",
            None if act.connections is None else len(act.connections),
            recent(act.connections, "connected_on"),
        ),
        (
            "Endorsements received",
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
            "summary": cat.rule_text(member.rules[name].summary())
            if name in member.rules
            else name,
            "count": n,
            "total": len(past),
        }
        for name, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {
        "as_of": ref.isoformat(),
        "counts": [
            {"label": cat.gettext(label), "total": total, "recent": last}
            for label, total, last in counts
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
