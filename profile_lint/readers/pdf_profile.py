"""Read the PDF LinkedIn makes of a profile ("More > Save to PDF"), in English or French.

Left sidebar: Contact, Top Skills (3 only), Languages, Certifications, Honors-Awards,
Publications, Patents, Projects. Main column: name, headline, location, Summary, Experience,
Education. The PDF shows only 3 top skills, so `skills` is not a known-complete section;
it has no photo, banner, industry or counts, so those facts stay unknown (None).
"""

from __future__ import annotations

import re
from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning, LinkedInFacts, Profile, fill_fallbacks
from profile_lint.readers.month_dates import fold
from profile_lint.readers.pdf_layout import Layout, Line, body_size, line_step, read_lines
from profile_lint.readers.pdf_sections import paragraphs, parse_education, parse_experience

MAIN_HEADINGS = {
    "summary": ("Summary", "Résumé", "Infos"),
    "experience": ("Experience", "Expérience"),
    "education": ("Education", "Formation"),
}
LEFT_HEADINGS = {
    "contact": ("Contact", "Coordonnées"),
    "skills": ("Top Skills", "Principales compétences", "Compétences principales"),
    "languages": ("Languages", "Langues"),
    "certificates": ("Certifications", "Licences et certifications"),
    "awards": ("Honors-Awards", "Honors & Awards", "Distinctions", "Prix et distinctions"),
    "publications": ("Publications",),
    "patents": ("Patents", "Brevets"),
    "projects": ("Projects", "Projets"),
}
# Sections the PDF shows in full whenever the member filled them in.
COMPLETE = {"basics", "work", "education", "languages", "certificates", "awards",
            "publications", "projects"}  # fmt: skip
_LABEL = re.compile(r"^(?P<value>.*?)\s*\((?P<label>[^()]+)\)$")
_PHONE_LABELS = {"mobile", "home", "work", "portable", "domicile", "travail", "bureau"}


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(name): key for key, names in table.items() for name in names}


_MAIN, _LEFT = _lookup(MAIN_HEADINGS), _lookup(LEFT_HEADINGS)


def _sections(lines: list[Line], names: dict[str, str]) -> tuple[list[Line], dict[str, list[Line]]]:
    """Lines before the first heading, and each section's lines. Headings are the biggest
    lines whose text is a heading name (a job title "Experience" in smaller text is not)."""
    body = body_size(lines)
    named = [line.size for line in lines if fold(line.text) in names and line.size > body + 0.25]
    size = max(named, default=0.0) - 0.25
    head: list[Line] = []
    found: dict[str, list[Line]] = {}
    current: list[Line] = head
    for line in lines:
        key = names.get(fold(line.text))
        if key and key not in found and named and line.size >= size:
            current = found[key] = []
        else:
            current.append(line)
    return head, found


def _item_step(sections: dict[str, list[Line]]) -> float | None:
    """The distance between two sidebar entries, when wrapped lines sit closer (measured on
    real exports: 0.82x); None when all gaps are alike and cannot tell the two apart."""
    lines = [line for section in sections.values() for line in section]
    body = body_size(lines)
    gaps = [ln.gap for part in sections.values() for ln in part[1:] if ln.gap]
    gaps = [gap for gap in gaps if body < gap < body * 2.2]
    if gaps and max(gaps) > min(gaps) * 1.1:
        return max(gaps)
    return None


def _items(lines: list[Line], step: float | None) -> list[str]:
    """Sidebar entries: join the lines of a wrapped entry."""
    items: list[str] = []
    for index, line in enumerate(lines):
        if step is not None:
            wrapped = line.gap is not None and line.gap < step * 0.9
        else:  # no spacing to go by: a lower-case start goes on the line before
            wrapped = line.text[:1].islower()
        open_bracket = bool(items) and items[-1].count("(") > items[-1].count(")")
        if index and (wrapped or open_bracket):
            glue = "" if items[-1].endswith(("-", "/")) else " "
            items[-1] += glue + line.text
        else:
            items.append(line.text)
    return items


def _contact(items: list[str], basics: dict[str, Any]) -> None:
    profiles: list[dict[str, str]] = []
    for item in items:
        match = _LABEL.match(item)
        value, label = (match.group("value"), match.group("label")) if match else (item, "")
        value = value.replace(" ", "") if "/" in value or "." in value else value
        if "@" in value and " " not in value and not label:
            basics.setdefault("email", value)
        elif fold(label) == "linkedin":
            url = value if value.startswith("http") else f"https://{value}"
            username = url.rstrip("/").rsplit("/", 1)[-1]
            profiles.append({"network": "LinkedIn", "username": username, "url": url})
        elif fold(label) in _PHONE_LABELS:
            basics.setdefault("phone", match.group("value") if match else value)
        elif label and "." in value:
            url = value if value.startswith("http") else f"https://{value}"
            basics.setdefault("url", url)
    if profiles:
        basics["profiles"] = profiles


def _language(item: str) -> dict[str, str]:
    match = _LABEL.match(item)
    if match:
        return {"language": match.group("value"), "fluency": match.group("label")}
    return {"language": item}


def _location(text: str) -> dict[str, str]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    location = {"address": text}
    if len(parts) >= 2:
        location["city"] = parts[0]
    if len(parts) >= 3:
        location["region"] = parts[1]
    return location


def _header(head: list[Line], basics: dict[str, Any], facts: LinkedInFacts, warn: Any) -> None:
    if not head:
        return
    top = max(line.size for line in head)
    name = [line for line in head if line.size >= top - 0.25]
    rest = [line for line in head if line.size < top - 0.25]
    basics["name"] = " ".join(line.text for line in name)
    if len(rest) >= 2:
        basics["location"] = _location(rest[-1].text)
        rest = rest[:-1]
    elif rest:
        warn("header: one line under the name, read as the headline (no location)")
    if rest:
        facts.headline = " ".join(line.text for line in rest)
        basics["label"] = facts.headline


def _looks_like_linkedin(layout: Layout, main: dict[str, Any], left: dict[str, Any]) -> bool:
    meta = {k.lower(): v.strip().lower() for k, v in layout.metadata.items()}
    if meta.get("author") == "linkedin" and meta.get("title") == "resume":
        return True
    return bool(main) and bool(left)


def read_pdf_profile(path: str, raw: bytes) -> Profile:
    layout = read_lines(path, raw)
    if not layout.main and not layout.left:
        raise InputError(path, "the PDF has no text to read (a scan or an image?)")
    head, main = _sections(layout.main, _MAIN)
    _, left = _sections(layout.left, _LEFT)
    if not _looks_like_linkedin(layout, main, left):
        raise InputError(
            path,
            "not a LinkedIn profile PDF: expected LinkedIn's 'Save to PDF' export "
            "(metadata Title 'Resume', Author 'LinkedIn'; headings like Contact, Experience)",
        )
    warnings: list[ImportWarning] = []

    def warn(what: str) -> None:
        warnings.append(ImportWarning(path, what))

    basics: dict[str, Any] = {}
    facts = LinkedInFacts()
    _header(head, basics, facts, warn)
    if main.get("summary"):
        size = body_size(main["summary"])
        basics["summary"] = paragraphs(main["summary"], line_step(main["summary"], size))
    step = _item_step(left)

    def items(key: str) -> list[str]:
        return _items(left.get(key, []), step)

    _contact(items("contact"), basics)
    resume: dict[str, Any] = {"basics": basics}
    resume["work"] = parse_experience(main.get("experience", []), warn)
    resume["education"] = parse_education(main.get("education", []), warn)
    resume["skills"] = [{"name": s} for s in items("skills")]
    resume["languages"] = [_language(s) for s in items("languages")]
    resume["certificates"] = [{"name": s} for s in items("certificates")]
    resume["awards"] = [{"title": s} for s in items("awards")]
    resume["publications"] = [{"name": s} for s in items("publications")]
    resume["projects"] = [{"name": s} for s in items("projects")]
    if left.get("patents"):
        resume["patents"] = [{"title": s} for s in items("patents")]
    profile = Profile(
        resume=resume,
        linkedin=facts,
        source=path,
        source_format="pdf",
        import_warnings=warnings,
        known_sections=set(COMPLETE),
    )
    fill_fallbacks(profile)
    return profile
