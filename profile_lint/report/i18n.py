"""Translations of the report: interface text and rule messages, kept in gettext catalogs.

Catalogs are plain `.po` files (`locale/<lang>.po`), read by the small parser below, so
nothing has to be compiled at install time and a translator edits one text file. Babel's
own reader is used by the tests to check that this parser reads the file the same way.

* Interface text: `_("Findings")` looks the exact English text up (no context).
* Rule messages and suggestions: rules write English; entries with `msgctxt "rule"` are
  templates where `{name}` stands for any text (`The profile lists {count} skills; aim for
  at least {minimum}.`). A message that matches a template is rebuilt from its French
  form with the same values; a message with no template stays in English.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LANGUAGES = ("en", "fr")
RULE_CONTEXT = "rule"
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def parse_po(text: str) -> dict[tuple[str | None, str], str]:
    """(msgctxt, msgid) -> msgstr for every translated entry of a .po file (no plurals)."""
    entries: dict[tuple[str | None, str], str] = {}
    current: dict[str, str] = {}
    key = ""

    def flush() -> None:
        context, msgid = current.get("msgctxt"), current.get("msgid")
        if msgid and "fuzzy" not in current:
            if current.get("msgstr"):
                entries[(context, msgid)] = current["msgstr"]
            if current.get("msgstr[0]"):  # plural forms: both English forms are keys
                entries[(context, msgid)] = current["msgstr[0]"]
                if current.get("msgstr[1]"):
                    entries[(context, current["msgid_plural"])] = current["msgstr[1]"]
        current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):  # comments and flags open the next entry
            if any(k.startswith("msgstr") for k in current):
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                current["fuzzy"] = "1"
            continue
        if line.startswith('"'):
            current[key] = current.get(key, "") + ast.literal_eval(line)
            continue
        word, _, rest = line.partition(" ")
        if word in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in current):
            flush()
        key = word
        current[key] = ast.literal_eval(rest)
    flush()
    return entries


@dataclass
class Template:
    english: str
    translated: str
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        def literal(text: str) -> str:  # `{{` and `}}` stand for braces, as in str.format
            return re.escape(text.replace("{{", "{").replace("}}", "}"))

        parts, last = [], 0
        for match in _PLACEHOLDER.finditer(self.english):
            parts.append(literal(self.english[last : match.start()]))
            parts.append(f"(?P<{match.group(1)}>.+?)")
            last = match.end()
        parts.append(literal(self.english[last:]))
        self.pattern = re.compile("".join(parts), re.DOTALL)

    def apply(self, text: str) -> str | None:
        found = self.pattern.fullmatch(text)
        if found is None:
            return None
        return self.translated.format(**found.groupdict())


class Catalog:
    """The translations of one language (English: the identity)."""

    def __init__(self, lang: str, entries: dict[tuple[str | None, str], str]):
        self.lang = lang
        self.plain = {msgid: s for (ctx, msgid), s in entries.items() if ctx is None}
        self.templates = sorted(
            (Template(m, s) for (ctx, m), s in entries.items() if ctx == RULE_CONTEXT),
            key=lambda t: -len(_PLACEHOLDER.sub("", t.english)),
        )

    def gettext(self, message: str) -> str:
        return self.plain.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        # English: 1 is singular; French: 0 and 1 are.
        one = n == 1 or (self.lang == "fr" and n == 0)
        return self.gettext(singular if one else plural)

    def rule_text(self, message: str) -> str:
        """A rule's English message or suggestion, in this language when a template fits."""
        for template in self.templates:
            found = template.apply(message)
            if found is not None:
                return found
        return message

    def has_rule_text(self, message: str) -> bool:
        return any(t.pattern.fullmatch(message) for t in self.templates)


@cache
def catalog(lang: str) -> Catalog:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    if lang == "en":
        return Catalog("en", {})
    path = resources.files("profile_lint.report").joinpath("locale", f"{lang}.po")
    return Catalog(lang, parse_po(path.read_text(encoding="utf-8")))
