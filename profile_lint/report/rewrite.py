"""Before/after drafts for the headline, the About's opening and one experience line.

Each is built from the member's own words (their title, employer, skills and sentences)
where a finding says that part needs work, and shown as a draft to adapt: the [parts in
square brackets] are for the member to fill in. A rule's own draft (`Problem.draft`)
comes first; these are the report's fallback for parts no rule drafted.
"""

from __future__ import annotations

import re
from typing import Any

from profile_lint.i18n import Translator
from profile_lint.model import Profile
from profile_lint.report import segments
from profile_lint.report.build import SECTION_LABELS, Member, section_of, value_at
from profile_lint.rule import Finding, Msg

FACT = Msg("[a fact that shows it]")
RESULT = Msg("[two or three results with numbers: what you did, for whom, by how much]")
LINE_RESULT = Msg("[with what result: a number, a percentage or the time saved]")
ACTION = Msg("[action verb]")
REACH = Msg("[how to reach you: your e-mail or “send me a message”]")
ABOUT_LABEL = Msg("About: the opening")
OPENING = 300  # characters LinkedIn shows of an About before "see more"
_SEPARATOR = re.compile(r"\s+[|•·–—]\s+")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_BULLET = re.compile(r"^\s*[-•*·–—▪►]\s*")
_DESCRIPTION = re.compile(r"^work\[(\d+)\](?:\.(?:summary|description|highlights\[\d+\]))?$")


def rewrites(member: Member, tr: Translator) -> list[dict[str, Any]]:
    """The drafts to show, in reading order: headline, About, experience."""
    ranked = [f for fix in member.score.fixes() for f in fix.findings]
    ranked += [f for f in member.result.findings if f not in ranked]
    profile = member.profile
    out = []
    for part in ("headline", "about", "experience"):
        found = [f for f in ranked if section_of(f.location) == part]
        if part == "experience":
            found = [f for f in found if _DESCRIPTION.match(f.location or "")]
        if not found:
            continue
        # an experience line is drafted here, with its position and its other findings
        ruled = next((f for f in found if f.draft is not None and part != "experience"), None)
        if ruled is not None and ruled.draft is not None:
            before = value_at(profile, ruled.location)
            label = tr.render(SECTION_LABELS[part])
            draft = (label, before if isinstance(before, str) else "", tr.render(ruled.draft))
        else:
            draft = BUILDERS[part](profile, found, tr)
        if draft is not None:
            label, before, after = draft
            out.append({"label": label, "before": before, "after": segments.draft(after)})
    return out


def _current(profile: Profile) -> dict[str, Any]:
    """The current position (no end date), else the first one listed."""
    work = [p for p in profile.section("work") or [] if isinstance(p, dict)]
    return next((p for p in work if not p.get("endDate")), work[0] if work else {})


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _replace(text: str, edits: list[tuple[tuple[int, int], str]]) -> str:
    """`text` with each span replaced by its text (right to left, overlaps skipped)."""
    out, limit = text, len(text)
    for (start, end), by in sorted(edits, reverse=True):
        if 0 <= start < end <= limit:
            out = out[:start] + by + out[end:]
            limit = start
    return out


def _headline(profile: Profile, found: list[Finding], tr: Translator) -> Any:
    headline = (profile.headline or "").strip()
    names = {f.name for f in found}
    if "headline-too-long" in names and headline:
        cut = next(f.span[0] for f in found if f.name == "headline-too-long" and f.span)
        parts, after = _SEPARATOR.split(headline), ""
        for part in parts:
            joined = f"{after} | {part}" if after else part
            if len(joined) > cut:
                break
            after = joined
        after = after or headline[:cut].rsplit(" ", 1)[0]
    elif names & {"headline-missing", "headline-title-only"}:
        position = _current(profile)
        title = headline or _text(position.get("position") or position.get("title"))
        lead = title or tr.render(Msg("[your title]"))
        after = tr.render(Msg("%(title)s | I help [whom] [achieve what]", title=lead))
        skills = [_text(s.get("name")) for s in profile.section("skills") or []]
        skills = [s for s in skills if s and s.casefold() not in lead.casefold()][:2]
        if skills:
            after += " | " + ", ".join(skills)
    else:
        spans = [f.span for f in found if f.span and f.name == "buzzwords"]
        if not spans:
            return None
        after = _replace(headline, [(span, tr.render(FACT)) for span in spans])
    return tr.render(SECTION_LABELS["headline"]), headline, after


def _about(profile: Profile, found: list[Finding], tr: Translator) -> Any:
    about = profile.about or ""
    names = {f.name for f in found}
    email = _text(profile.basics.get("email"))
    reach = Msg("Write to me at %(email)s.", email=email) if email else REACH
    before = _opening(about)
    if not about.strip() or "about-third-person" in names:
        position = _current(profile)
        title = _text(position.get("position") or position.get("title"))
        company = _text(position.get("name"))
        if title and company:
            hook = Msg(
                "As %(title)s at %(company)s, I help [whom] [achieve what].",
                title=title,
                company=company,
            )
        elif title:
            hook = Msg("As %(title)s, I help [whom] [achieve what].", title=title)
        else:
            hook = Msg("I help [whom] [achieve what].")
        parts = [tr.render(hook), tr.render(RESULT), tr.render(reach)]
    else:
        spans = [f.span for f in found if f.span and f.name == "buzzwords"]
        text = _replace(about, [(span, tr.render(FACT)) for span in spans])
        sentences = [s for s in _SENTENCE.split(" ".join(text.split())) if s]
        parts = sentences[:3]
        if names & {"about-too-short", "buzzwords"} and len(sentences) < 4:
            parts.insert(min(2, len(parts)), tr.render(RESULT))
        if "about-no-call-to-action" in names:
            parts.append(tr.render(reach))
        if parts == sentences[:3] and not spans:
            return None  # nothing the report can draft (readability, length)
    return tr.render(ABOUT_LABEL), before, " ".join(parts)


def _opening(about: str) -> str:
    """What LinkedIn shows of the About before "see more" (about 300 characters)."""
    text = about.strip()
    if len(text) <= OPENING:
        return text
    return text[:OPENING].rsplit(" ", 1)[0] + "…"


def _experience(profile: Profile, found: list[Finding], tr: Translator) -> Any:
    work = profile.section("work") or []
    for f in found:
        match = _DESCRIPTION.match(f.location or "")
        index = int(match.group(1)) if match else -1
        position = work[index] if 0 <= index < len(work) else None
        if not isinstance(position, dict):
            continue
        where, text = f.location, value_at(profile, f.location)
        if not isinstance(text, str):
            key = next((k for k in ("summary", "description") if position.get(k)), "summary")
            where, text = f"work[{index}].{key}", position.get(key)
        if not isinstance(text, str) or not text.strip():
            continue  # no words of the member's to start from
        start, end = _line(text, f.span)
        line = text[start:end]
        here = [
            ((g.span[0] - start, g.span[1] - start), g.name)
            for g in found
            if g.location == where and g.span and start <= g.span[0] < end
        ]
        words = {"experience-weak-verbs": tr.render(ACTION), "buzzwords": tr.render(FACT)}
        after = _replace(line, [(span, words[name]) for span, name in here if name in words])
        after = _BULLET.sub("", after).rstrip(" .;,")
        if not re.search(r"\d", after):
            after += ", " + tr.render(LINE_RESULT)
        return _position(position, tr), _BULLET.sub("", line).strip(), after + "."
    return None


def _position(position: dict[str, Any], tr: Translator) -> str:
    """The draft's label: the experience, and which position ("“Sales manager” at Acme")."""
    title = _text(position.get("position") or position.get("title"))
    company = _text(position.get("name"))
    if title and company:
        which = Msg("“%(title)s” at %(company)s", title=title, company=company)
    elif title:
        which = Msg("“%(title)s”", title=title)
    else:
        return tr.render(SECTION_LABELS["experience"])
    return tr.render(Msg("Experience: %(position)s", position=which))


def _line(text: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """The line a span is on, else the first line with words."""
    if span is None:
        offset = 0
        for raw in text.splitlines(keepends=True):
            if raw.strip():
                return offset, offset + len(raw.rstrip("\r\n"))
            offset += len(raw)
        return 0, len(text)
    head = text.rfind("\n", 0, span[0]) + 1
    tail = text.find("\n", span[0])
    return head, len(text) if tail < 0 else tail


BUILDERS = {"headline": _headline, "about": _about, "experience": _experience}
