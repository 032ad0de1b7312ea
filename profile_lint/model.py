"""The normalised profile model that every reader produces and every rule reads.

A profile is a JSON Resume document (sections kept as plain JSON: dicts and lists) plus two
objects of ours: `linkedin` (facts only LinkedIn has) and `activity` (what a LinkedIn archive
holds). Unknown is not missing: a fact the input does not state is None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any


@dataclass
class LinkedInFacts:
    """Facts only LinkedIn has. None means the input does not say."""

    headline: str | None = None
    photo: bool | str | None = None
    banner: bool | str | None = None
    public_url: str | None = None
    industry: str | None = None
    connections: int | None = None
    followers: int | None = None
    featured: list[Any] | None = None
    open_to_work: bool | None = None
    creator_mode: bool | None = None

    FIELDS = (
        "headline",
        "photo",
        "banner",
        "public_url",
        "industry",
        "connections",
        "followers",
        "featured",
        "open_to_work",
        "creator_mode",
    )


@dataclass
class Activity:
    """What a LinkedIn data archive holds. Empty lists mean "none in the archive";
    None means the input holds no such data at all (unknown)."""

    posts: list[dict[str, Any]] | None = None
    comments: list[dict[str, Any]] | None = None
    reactions: list[dict[str, Any]] | None = None
    connections: list[dict[str, Any]] | None = None
    invitations: list[dict[str, Any]] | None = None
    endorsements_received: list[dict[str, Any]] | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in asdict(self).values())


@dataclass
class ImportWarning:
    """Something a reader could not read and skipped: where and what."""

    file: str
    what: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "what": self.what}


@dataclass(frozen=True)
class Term:
    """A key term of a job ad: its text as the ad writes it, its weight (the top term's
    is 1) and its kind: the job's title, a tool (a name: Salesforce, SQL) or a skill."""

    text: str
    weight: float
    kind: str = "skill"


@dataclass(frozen=True)
class JobAd:
    """A job ad to aim a profile at (--target): where it came from, its language and its
    key terms, most important first."""

    source: str
    lang: str
    terms: tuple[Term, ...] = ()


@dataclass
class Profile:
    """One member's profile, whatever the input format."""

    resume: dict[str, Any] = field(default_factory=dict)
    linkedin: LinkedInFacts = field(default_factory=LinkedInFacts)
    activity: Activity = field(default_factory=Activity)
    source: str = ""
    source_format: str = "json"
    import_warnings: list[ImportWarning] = field(default_factory=list)
    # Sections the input can speak for; None means all of them (a JSON profile). A reader
    # of a partial input (a Basic archive, a pasted page) lists only what it saw.
    known_sections: set[str] | None = None
    # Where a LinkedIn fact came from when it was filled by a fallback (headline <- basics.label).
    origins: dict[str, str] = field(default_factory=dict)
    # When the input was made, if it says (an archive's export date): the default reference
    # date of date checks.
    exported: date | None = None
    stdin: bool = False  # read from standard input (never cached)
    target: JobAd | None = None  # the job ad the profile is aimed at (--target)
    # A JSON input's text: findings are placed in it (readers/json_positions).
    source_text: str | None = field(default=None, repr=False)
    # Field paths of texts the input shows only in part (a pasted page's "…see more"):
    # a rule that judges a text's end, length or numbers says nothing of them.
    cut: set[str] = field(default_factory=set)

    def fact_path(self, fact: str) -> str:
        """The field path to name in a finding about LinkedIn fact `fact`."""
        return self.origins.get(fact, f"linkedin.{fact}")

    def whole(self, path: str) -> bool:
        """Whether the text at field path `path` is shown whole (not cut at "see more")."""
        return path not in self.cut

    def knows(self, section: str) -> bool:
        """Whether the input can tell if `section` is empty (else a rule stays silent)."""
        return self.known_sections is None or section in self.known_sections

    # Convenience accessors used by rules; each returns what the input states.
    @property
    def basics(self) -> dict[str, Any]:
        return self.resume.get("basics") or {}

    def section(self, name: str) -> list[dict[str, Any]] | None:
        """A list section (work, skills, ...), or None when the input does not have it."""
        value = self.resume.get(name)
        return value if isinstance(value, list) else None

    @property
    def headline(self) -> str | None:
        return self.linkedin.headline

    @property
    def about(self) -> str | None:
        summary = self.basics.get("summary")
        return summary if isinstance(summary, str) else None

    def texts(self) -> list[str]:
        """The member's own long texts: headline, About, and each position's summary,
        description and highlights (what text rules read, and what tells the language)."""
        found: list[Any] = [self.headline, self.about]
        for work in self.section("work") or []:
            if isinstance(work, dict):
                found += [work.get("summary"), work.get("description")]
                found += work.get("highlights") or []
        return [t for t in found if isinstance(t, str) and t.strip()]

    def texts_by_path(self) -> dict[str, str]:
        """Every text of the profile (not its activity) by field path: the headline, then
        the strings of every section (walked without recursion: input may nest deep)."""
        out: dict[str, str] = {}
        if isinstance(self.headline, str):
            out[self.fact_path("headline")] = self.headline
        pending: list[tuple[str, Any]] = list(self.resume.items())
        while pending:
            where, value = pending.pop()
            if isinstance(value, dict):
                pending += [(f"{where}.{k}", v) for k, v in value.items()]
            elif isinstance(value, list):
                pending += [(f"{where}[{i}]", v) for i, v in enumerate(value)]
            elif isinstance(value, str):
                out[where] = value
        return dict(sorted(out.items()))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in self.resume.items()}
        out["linkedin"] = {k: getattr(self.linkedin, k) for k in LinkedInFacts.FIELDS}
        out["activity"] = asdict(self.activity)
        out["import_warnings"] = [w.to_dict() for w in self.import_warnings]
        if self.exported is not None:
            out["exported"] = self.exported.isoformat()
        return out


def fill_fallbacks(profile: Profile) -> None:
    """Apply the documented fallbacks: headline from basics.label, public URL from the
    LinkedIn entry of basics.profiles, photo from a non-empty basics.image."""
    basics = profile.basics
    facts = profile.linkedin
    if facts.headline is None and isinstance(basics.get("label"), str) and basics["label"].strip():
        facts.headline = basics["label"]
        profile.origins["headline"] = "basics.label"
    if facts.public_url is None:
        for index, entry in enumerate(basics.get("profiles") or []):
            if not isinstance(entry, dict):
                continue
            network = str(entry.get("network", "")).lower()
            url = entry.get("url") or ""
            if network == "linkedin" or "linkedin.com/in/" in str(url).lower():
                if url:
                    facts.public_url = str(url)
                elif entry.get("username"):
                    facts.public_url = f"https://www.linkedin.com/in/{entry['username']}"
                profile.origins["public_url"] = f"basics.profiles[{index}]"
                break
    if facts.photo is None and isinstance(basics.get("image"), str) and basics["image"].strip():
        facts.photo = basics["image"]
        profile.origins["photo"] = "basics.image"


@dataclass
class Draft:
    """A post draft: the text LinkedIn would show, and how it maps back to the file.

    `segments` maps the judged text back to the file: (text_start, file_start, length)
    triples, in order. The default is one identity segment. Front matter and HTML
    comments are not post text, so a reader leaves them out and records the mapping.
    """

    source: str
    text: str
    file_text: str = ""
    lang: str | None = None
    type: str = "text"
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    # Suppressions (profile_lint.suppress.Suppression), applied by the engine.
    suppressions: list[Any] = field(default_factory=list)
    # The front matter's `title` (a static-site generator's), metadata for people only.
    title: str | None = None
    stdin: bool = False  # read from standard input (never cached)

    def file_offset(self, index: int) -> int:
        """The offset in the file of character `index` of the judged text."""
        if not self.segments:
            return index
        # The segments cover the judged text in order and without gaps: a bisection.
        at = max(0, bisect.bisect_right(self.segments, index, key=lambda s: s[0]) - 1)
        text_start, file_start, length = self.segments[at]
        if text_start <= index <= text_start + length:
            return file_start + (index - text_start)
        text_start, file_start, length = self.segments[-1]
        return file_start + length


_NEWLINE = re.compile("\n")


@lru_cache(maxsize=8)
def line_starts(text: str) -> list[int]:
    """The offset at which each line of `text` starts (computed once per text: a draft
    with 100,000 comments asks for as many lines)."""
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character `offset` in `text` (columns count characters)."""
    offset = max(0, min(offset, len(text)))
    starts = line_starts(text)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1
