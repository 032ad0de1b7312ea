"""Helper shared by the public-URL rules: the custom part of a LinkedIn profile address."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from profile_lint.rule import Msg

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# What LinkedIn appends to an assigned address: `jordan-miles-8a41b2173`.
_GENERATED = re.compile(r"-(?=[0-9a-f]*[0-9])[0-9a-f]{6,}$", re.IGNORECASE)


def profile_address(url: str) -> tuple[str, str] | None:
    """Split a LinkedIn profile address into (kind, custom part).

    kind is "in" for `linkedin.com/in/<custom part>` (any scheme, `www.` or country
    subdomain, trailing slash, query string; the custom part percent-decoded), "old" for
    the assigned addresses of old profiles (`/pub/...`, `/profile/view?id=...`). A bare
    custom part (`jordan-miles`) counts as "in". None when `url` is not a LinkedIn
    profile address.
    """
    text = url.strip()
    if text and "/" not in text and "." not in text:
        return "in", unquote(text)
    parts = urlsplit(text if _SCHEME.match(text) else f"https://{text}")
    host = (parts.hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    head = segments[0].lower() if segments else ""
    if head == "in" and len(segments) > 1:
        return "in", unquote(segments[1], errors="replace")
    if head == "pub" or (head == "profile" and "id=" in parts.query):
        return "old", ""
    return None


def is_generated(custom: str) -> bool:
    """Whether a custom part ends with the suffix LinkedIn assigns (`-8a41b2173`)."""
    match = _GENERATED.search(custom)
    return match is not None and match.start() > 0


def example_custom(name: object) -> str | Msg:
    """A custom part made of the member's name: `Sébastien Morel` -> `sebastien-morel`
    (without a usable name, a placeholder in the output language)."""
    text = unicodedata.normalize("NFKD", name if isinstance(name, str) else "")
    words = re.findall(r"[a-z0-9]+", "".join(c for c in text if c.isascii()).lower())
    return "-".join(words) if len("-".join(words)) >= 3 else Msg("firstname-lastname")
