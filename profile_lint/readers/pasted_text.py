"""Read the text a member gets by selecting their LinkedIn profile page and copying it
(English or French interface).

Unknown is not missing: only the sections present in the paste are known, and a section
LinkedIn cut short ("Show all 23 skills" with fewer shown) is not known to be complete.
"""

from __future__ import annotations

import re
from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning, LinkedInFacts, Profile, fill_fallbacks
from profile_lint.readers.files import decode_text
from profile_lint.readers.month_dates import fold
from profile_lint.readers.pasted_clean import Counts, Line, is_noise, split_lines, undouble
from profile_lint.readers.pasted_sections import (
    join_text,
    parse_certificates,
    parse_education,
    parse_experience,
    parse_languages,
    parse_references,
    parse_skills,
)
from profile_lint.text import MAX_PROFILE_TEXT

HEADINGS = {
    "about": ("About", "Infos", "À propos"),
    "featured": ("Featured", "Sélection", "En vedette"),
    "activity": ("Activity", "Activité"),
    "work": ("Experience", "Expérience"),
    "education": ("Education", "Formation"),
    "certificates": ("Licenses & certifications", "Licenses and certifications",
                     "Licences et certifications"),
    "volunteer": ("Volunteering", "Volunteer experience", "Bénévolat",
                  "Expérience de bénévolat"),
    "skills": ("Skills", "Compétences"),
    "references": ("Recommendations", "Recommandations"),
    "languages": ("Languages", "Langues"),
    "projects": ("Projects", "Projets"),
    "publications": ("Publications",),
    "awards": ("Honors & awards", "Distinctions", "Prix et distinctions"),
    "courses": ("Courses", "Cours"),
    "organizations": ("Organizations", "Organisations"),
    "interests": ("Interests", "Centres d’intérêt", "Centres d'intérêt"),
    "causes": ("Causes",),
    "analytics": ("Analytics", "Analyses", "Statistiques"),
    "resources": ("Resources", "Ressources"),
}  # fmt: skip
_HEADING = {fold(name): key for key, names in HEADINGS.items() for name in names}
# Where the profile ends: the sidebar and the footer of the page.
_END = re.compile(
    r"^(?:people also viewed|people you may know|you might like|more profiles for you|"
    r"explore premium profiles|who your viewers also viewed|pages for you|"
    r"autres profils consultés|personnes que vous pourriez connaître|vous aimerez peut-être|"
    r"plus de profils pour vous|pages pour vous|linkedin corporation ©.*|accessibility|"
    r"accessibilité)$",
    re.IGNORECASE,
)
_TOP_SKILLS = {fold("Top skills"), fold("Principales compétences")}
_CONTACT = re.compile(r"^(?P<place>.*?)\s*[·•]?\s*(?:Contact info|Coordonnées)$")
# "Show all 23 skills" names the section it counts.
_SHOW_ALL_NOUNS = {
    "skills": ("skills", "competences"),
    "work": ("experiences", "experience"),
    "education": ("educations", "formations"),
    "references": ("received", "recommendations", "recommandations recues", "recues"),
    "certificates": ("licenses & certifications", "licences et certifications"),
}
_NONE_YET = re.compile(
    r"hasn[’']t received|no recommendations|nothing to see|pas encore reçu|aucune recommandation|"
    r"rien à afficher",
    re.IGNORECASE,
)
_OPEN_TO_WORK = {fold("Open to work"), fold("#OpenToWork"), fold("En recherche active")}


def _find_place(lines: list[Line]) -> str | None:
    """The location: the line with (or just before) `Contact info` in the top card."""
    for index, line in enumerate(lines):
        if fold(line.text) in _HEADING:
            return None
        contact = _CONTACT.match(line.text)
        if contact:
            if contact.group("place"):
                line.text = contact.group("place")
                return line.text
            return lines[index - 1].text if index else None
    return None


def _top_card(lines: list[Line], place: str | None) -> tuple[dict[str, Any], LinkedInFacts]:
    basics: dict[str, Any] = {}
    facts = LinkedInFacts()
    kept: list[str] = []
    for line in lines:
        if fold(line.text) in _OPEN_TO_WORK:
            facts.open_to_work = True
        else:
            kept.append(line.text)
    if kept:
        basics["name"] = kept[0]
    if place is None and len(kept) >= 3:
        place = kept[2]
    if len(kept) >= 2 and kept[1] != place:
        facts.headline = basics["label"] = kept[1]
    if place:
        parts = [p.strip() for p in place.split(",")]
        basics["location"] = {"address": place, "city": parts[0]}
        if len(parts) >= 3:
            basics["location"]["region"] = parts[1]
    return basics, facts


def _split_sections(lines: list[Line]) -> tuple[list[Line], dict[str, list[Line]]]:
    top: list[Line] = []
    sections: dict[str, list[Line]] = {}
    current = top
    for line in lines:
        if _END.match(line.text) and sections:
            break
        key = _HEADING.get(fold(line.text))
        if key and key not in sections:
            current = sections[key] = []
        else:
            current.append(line)
    return top, sections


def _shown_all(counts: Counts, section: str, shown: int) -> bool:
    nouns = _SHOW_ALL_NOUNS.get(section, ())
    return all(shown >= n for noun, n in counts.show_all.items() if noun in nouns)


def read_pasted_text(path: str, raw: bytes) -> Profile:
    text = decode_text(path, raw)
    if len(text) > MAX_PROFILE_TEXT:  # a pasted profile page is a few thousand characters
        raise InputError(
            path,
            f"{len(text):,} characters, over the {MAX_PROFILE_TEXT:,} profile-lint reads "
            "in one profile: not text copied from a profile page",
        )
    lines = split_lines(text)
    if not lines:
        raise InputError(path, "the pasted text is empty")
    place = _find_place(lines)
    counts = Counts()
    lines = undouble([line for line in lines if not is_noise(line.text, counts)])
    top, sections = _split_sections(lines)
    if not sections:
        raise InputError(
            path,
            "no LinkedIn profile sections found (expected headings such as About, Experience, "
            "Education or Skills; French: Infos, Expérience, Formation, Compétences)",
        )
    basics, facts = _top_card(top, place)
    facts.followers, facts.connections = counts.followers, counts.connections
    warnings: list[ImportWarning] = []
    resume: dict[str, Any] = {"basics": basics}
    known: set[str] = set()
    if basics.get("name") and set(sections) - {"about"}:
        known.add("basics")  # the top card and what follows it: About would be there
    about = sections.get("about", [])
    top_skills: list[str] = []
    for i, line in enumerate(about):
        if fold(line.text) in _TOP_SKILLS and i + 1 < len(about):
            top_skills = [s.strip() for s in re.split(r"\s+[•·]\s+", about[i + 1].text)]
            about = about[:i] + about[i + 2 :]
            break
    if about:
        basics["summary"] = join_text(about)
    parsers = {
        "work": parse_experience,
        "education": parse_education,
        "certificates": parse_certificates,
        "languages": parse_languages,
        "references": parse_references,
    }
    for key, parse in parsers.items():
        if key not in sections:
            continue
        resume[key] = parse(sections[key])
        if sections[key] and not resume[key] and not _NONE_YET.search(join_text(sections[key])):
            warnings.append(ImportWarning(path, f"{key}: could not read the section's entries"))
        elif _shown_all(counts, key, len(resume[key])):
            known.add(key)
        else:
            warnings.append(ImportWarning(path, f"{key}: the page showed only part of it"))
    names = {fold(w.get("name", "")) for w in resume.get("work", [])}
    names |= {fold(e.get("institution", "")) for e in resume.get("education", [])}
    if "skills" in sections:
        resume["skills"] = parse_skills(sections["skills"], names - {""})
        if _shown_all(counts, "skills", len(resume["skills"])):
            known.add("skills")
        else:
            warnings.append(
                ImportWarning(path, "skills: the page showed only some (open 'Show all')")
            )
    elif top_skills:
        resume["skills"] = [{"name": s} for s in top_skills if s]
    profile = Profile(
        resume=resume,
        linkedin=facts,
        source=path,
        source_format="text",
        import_warnings=warnings,
        known_sections=known,
    )
    fill_fallbacks(profile)
    return profile
