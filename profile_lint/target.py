"""How far a profile is aimed at a job (`--target JOB`): which of the ad's key terms the
profile has, in any form, and where, and which it lacks.

The terms come from `profile_lint.jobad`; the matching from `Terms` (any form of a word,
acronyms). A term is looked for in each part of the profile a recruiter reads: the
headline, the About, the skills, the positions (titles and descriptions), education,
certifications and languages. The match is the share of the terms' weight the profile has (0-100).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from profile_lint.model import JobAd, Profile, Term
from profile_lint.terms import Terms

# The parts of a profile searched, in the order a visitor reads them (JSON ids).
PARTS = ("headline", "about", "skills", "experience", "education", "certifications", "languages")


@dataclass(frozen=True)
class TargetMatch:
    """The terms of a job ad found in a profile (with the parts they are in) and those
    not found, most important first."""

    source: str
    present: tuple[tuple[Term, tuple[str, ...]], ...]
    missing: tuple[Term, ...]

    @property
    def match(self) -> int:
        """The share of the ad's terms, by weight, that the profile has (0-100)."""
        total = sum(t.weight for t, _ in self.present) + sum(t.weight for t in self.missing)
        found = sum(t.weight for t, _ in self.present)
        return round(100 * found / total) if total else 100

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.source,
            "match": self.match,
            "present": [{"term": t.text, "where": list(where)} for t, where in self.present],
            "missing": [{"term": t.text, "weight": t.weight, "kind": t.kind} for t in self.missing],
        }


def _texts(profile: Profile) -> dict[str, list[str]]:
    """The texts of each part of the profile."""

    def strings(*values: Any) -> list[str]:
        return [v for v in values if isinstance(v, str) and v.strip()]

    parts: dict[str, list[str]] = {part: [] for part in PARTS}
    parts["headline"] = strings(profile.headline)
    parts["about"] = strings(profile.about)
    for skill in profile.section("skills") or []:
        if isinstance(skill, dict):
            parts["skills"] += strings(skill.get("name"), *(skill.get("keywords") or []))
    for work in profile.section("work") or []:
        if isinstance(work, dict):
            fields = ("position", "summary", "description")
            parts["experience"] += strings(*(work.get(k) for k in fields))
            parts["experience"] += strings(*(work.get("highlights") or []))
    for school in profile.section("education") or []:
        if isinstance(school, dict):
            parts["education"] += strings(*(school.get(k) for k in ("studyType", "area")))
    for section in ("certificates", "awards"):
        for item in profile.section(section) or []:
            if isinstance(item, dict):
                parts["certifications"] += strings(item.get("name"), item.get("title"))
    for language in profile.section("languages") or []:
        if isinstance(language, dict):
            parts["languages"] += strings(language.get("language"))
    return parts


def match_profile(profile: Profile, job: JobAd) -> TargetMatch:
    """Which of `job`'s terms `profile` has, and where."""
    searched = {part: Terms(texts) for part, texts in _texts(profile).items() if texts}
    present, missing = [], []
    for term in job.terms:
        where = tuple(part for part, terms in searched.items() if term.text in terms)
        if where:
            present.append((term, where))
        else:
            missing.append(term)
    missing.sort(key=lambda t: -t.weight)  # most important first (stable among equals)
    return TargetMatch(job.source, tuple(present), tuple(missing))
