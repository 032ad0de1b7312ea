"""Sections of a pasted LinkedIn profile page: Experience, Education, Skills, certifications,
languages and recommendations. Lines come cleaned (pasted_clean); dates lines anchor entries.
"""

from __future__ import annotations

import re
from typing import Any

from profile_lint.readers.month_dates import fold, is_duration, parse_range
from profile_lint.readers.pasted_clean import Line

EMPLOYMENT = {
    fold(s)
    for s in (
        "Full-time", "Part-time", "Self-employed", "Freelance", "Contract", "Internship",
        "Apprenticeship", "Seasonal", "Temporary", "Temps plein", "Temps partiel",
        "Indépendant", "Indépendante", "CDI", "CDD", "Stage", "Alternance", "Saisonnier",
        "Intérim", "Contrat en alternance", "Contractuel", "Bénévolat",
    )
}  # fmt: skip
_MODES = r"On-site|Hybrid|Remote|Sur site|Hybride|À distance|Télétravail"
_MODE = re.compile(rf"^(?:(?P<place>.*?)\s*·\s*)?(?P<mode>{_MODES})$", re.IGNORECASE)
_SMALL = {"de", "du", "des", "la", "le", "les", "of", "and", "et", "en", "upon", "sur", "am"}
# A position's skills line: "Skills: A · B", or "A, B and +4 skills" ("et +4 compétences").
_ROLE_SKILLS = re.compile(
    r"^(?:skills|compétences)\s*:|\s(?:and|et)\s\+\d+\s(?:skills?|compétences?)$", re.IGNORECASE
)


def _dates(text: str) -> Any:
    found = parse_range(text)
    return found if found and (found.end or found.current or found.duration) else None


def _employment_suffix(text: str) -> tuple[str, str] | None:
    name, sep, kind = text.rpartition(" · ")
    return (name, kind) if sep and fold(kind) in EMPLOYMENT else None


def _is_tenure(text: str) -> bool:
    """`6 yrs 3 mos` or `Full-time · 6 yrs 3 mos` under a company with several roles."""
    kind, sep, rest = text.partition(" · ")
    return is_duration(text) or bool(sep and fold(kind) in EMPLOYMENT and is_duration(rest))


def place(text: str) -> bool:
    """A place name: `Lyon, Auvergne-Rhône-Alpes, France`, `Greater Manchester`."""
    if len(text) > 80 or text.endswith((".", ":", ";", "!", "?")) or any(c.isdigit() for c in text):
        return False
    words = [w for part in text.split(",") for w in part.split()]
    return 0 < len(words) <= 10 and all(w[0].isupper() or w.lower() in _SMALL for w in words)


def _location(text: str) -> str | None:
    match = _MODE.match(text)
    if match:
        return match.group("place") or match.group("mode")
    return text if place(text) else None


def join_text(lines: list[Line]) -> str:
    out = ""
    for line in lines:
        out += ("\n\n" if line.para else "\n") + line.text if out else line.text
    return out


def parse_experience(lines: list[Line]) -> list[dict[str, Any]]:
    # the page shows a range twice, as drawn and as read aloud ("Aug 2023 - Present",
    # "Aug 2023 to Present"): the second is dropped
    lines = [
        line
        for i, line in enumerate(lines)
        if not (i and (found := _dates(line.text)) and found == _dates(lines[i - 1].text))
    ]
    texts = [line.text for line in lines]
    anchors = [i for i, t in enumerate(texts) if _dates(t)]
    groups = {i for i in range(len(texts) - 1) if _is_tenure(texts[i + 1]) and not _dates(texts[i])}
    roles: list[tuple[int, int, dict[str, Any]]] = []  # (header start, dates index, role)
    group: str | None = None
    group_at = 0
    events = sorted([(g, "group") for g in groups] + [(d, "role") for d in anchors])
    for index, kind in events:
        if kind == "group":
            group, group_at = texts[index], index
            continue
        start, emp, company = index - 1, None, group
        if start >= 0 and fold(texts[start]) in EMPLOYMENT:
            emp, start = texts[start], start - 1
            title = texts[start] if start >= 0 else ""
        elif start >= 0 and (split := _employment_suffix(texts[start])):
            company, emp = split
            start -= 1
            title, group = (texts[start] if start >= 0 else ""), None
        elif group is not None:
            title = texts[start] if start >= 0 else ""
        else:
            company = texts[start] if start >= 0 else ""
            start -= 1
            title = texts[start] if start >= 0 else ""
        dates = _dates(texts[index])
        role: dict[str, Any] = {"name": company or "", "position": title}
        if group is not None and start > group_at + 2 and place(texts[group_at + 2]):
            role["location"] = texts[group_at + 2]  # the company's place, shown once
        if emp:
            role["employmentType"] = emp
        role["startDate"] = dates.start
        if dates.end and not dates.current:
            role["endDate"] = dates.end
        roles.append((max(start, 0), index, role))
    work: list[dict[str, Any]] = []
    stops = sorted([s for s, _, _ in roles] + list(groups) + [len(texts)])
    for _start, index, role in roles:
        end = min(s for s in stops if s > index)
        body = lines[index + 1 : end]
        if body and (found := _location(body[0].text)):
            mode = _MODE.match(body[0].text)
            if not (mode and not mode.group("place")) or "location" not in role:
                role["location"] = found  # "Hybrid" alone keeps the company's place
            body = body[1:]
        body = [line for line in body if not _ROLE_SKILLS.search(line.text)]
        if body:
            role["summary"] = join_text(body)
        work.append(role)
    return work


_GRADE = re.compile(r"^(?:grade|note)\s*:\s*", re.IGNORECASE)
_ACTIVITIES = re.compile(r"^(?:activities and societies|activités et associations)\s*:\s*", re.I)


def parse_education(lines: list[Line]) -> list[dict[str, Any]]:
    texts = [line.text for line in lines]
    schools: list[dict[str, Any]] = []
    entry: dict[str, Any] | None = None

    def starts_entry(i: int) -> bool:
        ahead = texts[i + 1 : i + 3]
        return not ahead or any(parse_range(t) for t in ahead) or len(ahead) == 1

    for i, text in enumerate(texts):
        dates = parse_range(text)
        if _ROLE_SKILLS.search(text) or _ACTIVITIES.match(text):
            continue
        if entry is not None and _GRADE.match(text):
            entry["score"] = _GRADE.sub("", text)
        elif entry is not None and dates and "startDate" not in entry:
            entry["startDate"] = dates.start
            if dates.end:
                entry["endDate"] = dates.end
        elif entry is None or "studyType" in entry or "startDate" in entry:
            if entry is not None and "startDate" in entry and not starts_entry(i):
                continue  # a description line: JSON Resume education has no place for it
            entry = {"institution": text}
            schools.append(entry)
        else:
            kind, _, area = text.partition(", ")
            entry["studyType"] = kind
            if area:
                entry["area"] = area
    return schools


_ISSUED = re.compile(
    r"^(?:issued|délivrée?(?: le)?|émise?(?: le)?|date d[’']émission\s*:?)\s+(.*)$", re.I
)
_CREDENTIAL = re.compile(r"^(?:credential id|id de l[’']identifiant|identifiant)\b", re.I)


def parse_certificates(lines: list[Line]) -> list[dict[str, Any]]:
    certificates: list[dict[str, Any]] = []
    entry: dict[str, Any] | None = None
    for line in lines:
        issued = _ISSUED.match(line.text)
        if _CREDENTIAL.match(line.text) or _ROLE_SKILLS.search(line.text):
            if entry is not None:
                entry["_done"] = True
        elif issued and entry is not None:
            when = parse_range(issued.group(1).split(" · ")[0])
            if when:
                entry["date"] = when.start
            entry["_done"] = True
        elif entry is None or entry.get("_done") or "issuer" in entry:
            entry = {"name": line.text}
            certificates.append(entry)
        else:
            entry["issuer"] = line.text
    for entry in certificates:
        entry.pop("_done", None)
    return certificates


_FLUENCY = re.compile(
    r"proficiency|bilingue|langue natale|notions|capacité professionnelle|"
    r"compétence professionnelle|compétences? professionnelles?",
    re.IGNORECASE,
)


def parse_languages(lines: list[Line]) -> list[dict[str, Any]]:
    languages: list[dict[str, Any]] = []
    for line in lines:
        if _FLUENCY.search(line.text) and languages and "fluency" not in languages[-1]:
            languages[-1]["fluency"] = line.text
        else:
            languages.append({"language": line.text})
    return languages


def parse_skills(lines: list[Line], known_names: set[str]) -> list[dict[str, Any]]:
    """Skill names; the lines LinkedIn adds under a skill (where it was used) are left out."""
    context = re.compile(
        r"^\d+ (?:experiences?|expériences?|educations?|formations?)\b|"
        r"\b(?:at|chez|across|dans)\b.*(?:and|et) \d+ (?:other|autres?)",
        re.IGNORECASE,
    )
    skills: list[dict[str, Any]] = []
    for line in lines:
        text = line.text
        at = re.split(r" (?:at|chez) ", text)
        if context.search(text) or fold(text) in known_names:
            continue
        if len(at) == 2 and fold(at[1]) in known_names:
            continue
        if len(text) <= 80 and text not in {s["name"] for s in skills}:
            skills.append({"name": text})
    return skills


_RELATION = re.compile(
    r"^(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}(?:er)? [a-zéû]+\.? \d{4}),\s", re.UNICODE
)


def parse_references(lines: list[Line]) -> list[dict[str, Any]]:
    """Received recommendations: name, their headline, `March 14, 2024, Tom managed ...`, text."""
    texts = [line.text for line in lines]
    anchors = [i for i, t in enumerate(texts) if _RELATION.match(t)]
    references: list[dict[str, Any]] = []
    for n, anchor in enumerate(anchors):
        end = anchors[n + 1] - 2 if n + 1 < len(anchors) else len(texts)
        name = texts[anchor - 2] if anchor >= 2 else ""
        body = lines[anchor + 1 : end]
        references.append({"name": name, "reference": join_text(body).strip('"“”')})
    return references
