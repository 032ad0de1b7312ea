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
_CARD_LINES = 200  # the top card is in the first lines of the page
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
# Between the name and the headline: pronouns (a closed class of words, "He/Him", "Elle"),
# a connection degree ("· 2nd", "3e"), a verification mark or the button to get one.
_PRONOUN = r"(?:he|him|his|she|her|hers|they|them|theirs|il|lui|elle|elles|iel|ielle|ils|xe|ze)"
_MARKER = re.compile(
    rf"^\(?{_PRONOUN}(?:\s*/\s*{_PRONOUN})*\)?$|^·?\s*(?:1st|2nd|3rd\+?|1er|2e|3e\+?)\b.*$|"
    r"^(?:verified|vérifié|vérifiée)$|.*\bverification badge$|.*\bbadge de vérification$",
    re.IGNORECASE,
)
# A person's name as shown: words of letters (hyphens, apostrophes, dots, a comma before a
# credential, brackets for a maiden name); no digit, no interface punctuation.
_NAME_WORD = re.compile(r"\(?[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?\)?,?")
# What may follow the name on its line: pronouns in brackets or with a slash, a degree.
_AFTER_NAME = re.compile(
    rf"\s*(?:\(\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN})*\s*\)|{_PRONOUN}(?:\s*/\s*{_PRONOUN})+|"
    r"·\s*(?:1st|2nd|3rd\+?|1er|2e|3e\+?))$",
    re.IGNORECASE,
)


def _as_name(text: str) -> str | None:
    text = _AFTER_NAME.sub("", _AFTER_NAME.sub("", text))
    words = text.split()
    if not 1 <= len(words) <= 7 or len(text) > 70 or is_noise(text, Counts()):
        return None
    return text if all(_NAME_WORD.fullmatch(word) for word in words) else None


def _top_card(lines: list[Line]) -> tuple[dict[str, Any], LinkedInFacts, list[str]]:
    """The name, headline and location, found from the card's structure: the location is
    the line with (or just before) `Contact info`, the headline the line above it, the name
    the line above that (a pronouns or degree line between them skipped). What lies above
    (menus, notification counts, Premium adverts) is never read. When the card is not there
    or does not look like one, nothing is guessed: the reasons are returned as warnings."""
    basics: dict[str, Any] = {}
    facts = LinkedInFacts()
    warnings: list[str] = []
    end = next((i for i, line in enumerate(lines) if fold(line.text) in _HEADING), len(lines))
    facts.open_to_work = any(fold(line.text) in _OPEN_TO_WORK for line in lines[:end]) or None
    anchor = next((i for i in range(end) if _CONTACT.match(lines[i].text)), None)
    if anchor is None:
        if end:
            warnings.append("basics: no name or headline read (no 'Contact info' line found)")
        return basics, facts, warnings
    contact = _CONTACT.match(lines[anchor].text)
    assert contact is not None
    place: str | None = contact.group("place") or None
    above = anchor if place else anchor - 1
    if place is None and above >= 0:
        place = lines[above].text
    card = [line.text for line in lines[max(0, above - 6) : max(0, above)]]
    card = [text for text in card if not _MARKER.match(text)]
    headline = card[-1] if card else None
    name = card[-2] if len(card) >= 2 else None
    if headline and not is_noise(headline, Counts()):
        facts.headline = basics["label"] = headline
    else:
        warnings.append("basics: no headline read (the line above the location is not one)")
    if name and (as_name := _as_name(name)):
        basics["name"] = as_name
    else:
        warnings.append("basics: no name read (the line above the headline is not a name)")
    if place:
        parts = [p.strip() for p in place.split(",")]
        basics["location"] = {"address": place, "city": parts[0]}
        if len(parts) >= 3:
            basics["location"]["region"] = parts[1]
    return basics, facts, warnings


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
    card_lines = undouble(lines[:_CARD_LINES])
    basics, facts, unsure = _top_card(card_lines)
    counts = Counts()
    lines = undouble([line for line in lines if not is_noise(line.text, counts)])
    _, sections = _split_sections(lines)
    if not sections:
        raise InputError(
            path,
            "no LinkedIn profile sections found (expected headings such as About, Experience, "
            "Education or Skills; French: Infos, Expérience, Formation, Compétences)",
        )
    facts.followers, facts.connections = counts.followers, counts.connections
    warnings = [ImportWarning(path, what) for what in unsure]
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
    profile.cut = _uncut(resume)
    for where in sorted(profile.cut):
        what = "the About" if where == "basics.summary" else "a position's description"
        profile.import_warnings.append(
            ImportWarning(path, f"{what} is cut at 'see more' (open it before copying the page)")
        )
    fill_fallbacks(profile)
    return profile


# "…see more" glued to the end of a text's last line: LinkedIn cut it there. (On a line of
# its own, it is the button's label, also copied after a text shown whole.)
_CUT = re.compile(r"\s*(?:…|\.\.\.)\s*(?:see more|voir plus|afficher plus|plus)$", re.IGNORECASE)


def _uncut(resume: dict[str, Any]) -> set[str]:
    """Drop the "…see more" marks from the About and the positions' descriptions; the
    field paths of the texts that had one."""
    texts = [(resume.get("basics", {}), "summary", "basics.summary")]
    texts += [(w, "summary", f"work[{i}].summary") for i, w in enumerate(resume.get("work", []))]
    cut = set()
    for holder, key, where in texts:
        text = holder.get(key)
        if isinstance(text, str) and _CUT.search(text):
            holder[key] = _CUT.sub("", text)
            cut.add(where)
    return cut
