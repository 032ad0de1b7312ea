"""What the user adds on top of any input: a facts file (`--with facts.json`).

The facts file has the shape of a JSON profile (JSON Resume sections and a `linkedin`
object), is validated like one, and is merged over the parsed profile: `basics` key by key
(and `basics.location` too), other sections replaced whole, `linkedin` facts set one by one.
It states what an input cannot tell, e.g. `{"linkedin": {"photo": true}}` for an archive.
"""

from __future__ import annotations

from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import LinkedInFacts, Profile, fill_fallbacks
from profile_lint.readers.files import decode_text, read_bytes
from profile_lint.readers.json_profile import _drop_nulls, parse_json, validate
from profile_lint.text import MAX_PROFILE_TEXT, MAX_TEXT


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def apply_facts(profile: Profile, path: str, max_bytes: int) -> None:
    """Merge the facts file at `path` over `profile`."""
    data = parse_json(path, decode_text(path, read_bytes(path, max_bytes)))
    if not isinstance(data, dict):
        raise InputError(
            path, 'expected a JSON object such as {"linkedin": {"photo": true}, "basics": {...}}'
        )
    profile.import_warnings.extend(validate(path, data))
    known = profile.known_sections
    linkedin = data.get("linkedin") or {}
    for key, value in linkedin.items():
        if key in LinkedInFacts.FIELDS:
            setattr(profile.linkedin, key, value)
            profile.origins.pop(key, None)
            if known is not None:
                known.add(key)
    for key, value in _drop_nulls({k: v for k, v in data.items() if k != "linkedin"}).items():
        current = profile.resume.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            value = _merge(current, value)
        profile.resume[key] = value
        if known is not None:
            known.add(key)
    fill_fallbacks(profile)


def finish(profile: Profile, facts: str | None, max_bytes: int) -> Profile:
    """Apply the facts file given on the command line; check the texts' sizes."""
    if facts:
        apply_facts(profile, facts, max_bytes)
    elif not _short(profile.source_text):
        check_texts(profile)
    return profile


def _short(source: str | None) -> bool:
    """Whether the JSON text a profile was read from is too short to break `check_texts`'
    limits: each text is in it (the headline may be twice, as `basics.label` too)."""
    size = len(source) if source is not None else MAX_TEXT + 1
    return size <= MAX_TEXT and 2 * size <= MAX_PROFILE_TEXT


def check_texts(profile: Profile) -> None:
    """A text over MAX_TEXT characters, or texts over MAX_PROFILE_TEXT in all, are not a
    LinkedIn profile's (its longest text is 3,000 characters): an input error."""
    total = 0
    for where, text in profile.texts_by_path().items():
        total += len(text)
        if len(text) > MAX_TEXT:
            raise InputError(
                profile.source,
                f"{len(text):,} characters, over the {MAX_TEXT:,} profile-lint reads in one "
                "text (LinkedIn's longest is 3,000)",
                field=where,
            )
    if total > MAX_PROFILE_TEXT:
        raise InputError(
            profile.source,
            f"its texts total {total:,} characters, over the {MAX_PROFILE_TEXT:,} "
            "profile-lint reads in one profile",
        )
