"""The output language: gettext catalogs, and messages rendered from them.

Catalogs are `.po` files, one per language (`profile_lint/locale/<lang>.po`; a plugin
ships its own in `locale/` beside the module of its rules). They are read at run time by
the small parser below (a few milliseconds; nothing to compile, and Babel's reader checks
it in the tests). English is the language of the message ids: it needs no catalog.

A `Translator` renders for one language: `gettext`/`ngettext` for the interface's words,
`render` for a rule's `Msg`, and numbers and dates as that language writes them (CLDR
data through Babel: `1,830` / `1 830`, `4.2` / `4,2`). An id missing from the catalogs is
shown in English.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from profile_lint.message import Msg

SOURCE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\)(?:\.(\d+))?([sdf])|%)")
_PLURAL_FORMS = re.compile(r"plural\s*=\s*([^;\n]+)")
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


@dataclass
class Catalog:
    """The translations of one `.po` file: msgid -> msgstr, msgid -> plural forms."""

    lang: str
    messages: dict[str, str] = field(default_factory=dict)
    plurals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plural: Callable[[int], int] = _english_plural
    locale: str | None = None  # the header's Language, when it is not the file's name


def _unquote(text: str) -> str:
    """The value of a `.po` string literal (`"..."` with C escapes)."""
    body = text[text.index('"') + 1 : text.rindex('"')]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def parse_po(text: str) -> list[dict[str, Any]]:
    """The entries of a `.po` file, header included: msgid, msgid_plural, msgstr or
    msgstr[N], msgctxt, and `fuzzy` when flagged so."""
    entries: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    key = ""
    translated = False  # whether the entry being read has its msgstr yet

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        first = line[0]
        if first == '"':
            current[key] += _unquote(line)
            continue
        if first == "#" or line.startswith(("msgctxt", "msgid ")):
            if translated:  # a comment, a context or an id opens the next entry
                entries.append(current)
                current, translated = {}, False
            if first == "#":
                if line.startswith("#,") and "fuzzy" in line:
                    current["fuzzy"] = True
                continue
        key, _, rest = line.partition(" ")
        translated = translated or key.startswith("msgstr")
        current[key] = _unquote(rest)
    if "msgid" in current:
        entries.append(current)
    return entries


def catalog_from_po(lang: str, text: str) -> Catalog:
    """A Catalog of the translated, non-fuzzy entries of a `.po` file's text."""
    out = Catalog(lang)
    for entry in parse_po(text):
        msgid = entry["msgid"]
        if msgid == "":
            header = entry.get("msgstr", "")
            found = _PLURAL_FORMS.search(header)
            if found:
                out.plural = gettext.c2py(found.group(1).strip())
            language = re.search(r"^Language:\s*(\S+)", header, re.MULTILINE)
            if language and language.group(1) != lang:
                out.locale = language.group(1)
            continue
        if entry.get("fuzzy") or "msgctxt" in entry:
            continue
        if "msgid_plural" in entry:
            forms = tuple(entry[k] for k in sorted(entry) if k.startswith("msgstr["))
            if forms and all(forms):
                out.plurals[msgid] = forms
        elif entry.get("msgstr"):
            out.messages[msgid] = entry["msgstr"]
    return out


BUILTIN = resources.files("profile_lint").joinpath("locale")


def catalog_files(folder: Traversable = BUILTIN) -> dict[str, Traversable]:
    """The `<lang>.po` files of a catalog folder, by language."""
    if not folder.is_dir():
        return {}
    return {p.name[:-3]: p for p in folder.iterdir() if p.name.endswith(".po")}


def languages() -> tuple[str, ...]:
    """The output languages: English, and each language the built-in catalogs hold."""
    return (SOURCE_LANGUAGE, *sorted(set(catalog_files()) - {SOURCE_LANGUAGE}))


_READ: dict[tuple[str, str], Catalog | None] = {}


def _read(folder: Traversable, lang: str) -> Catalog | None:
    """The catalog of `lang` in `folder` (read once per process), or None."""
    key = (str(folder), lang)
    if key not in _READ:
        path = catalog_files(folder).get(lang)
        _READ[key] = catalog_from_po(lang, path.read_text(encoding="utf-8")) if path else None
    return _READ[key]


def translator(lang: str, extra: Iterable[Traversable] = ()) -> Translator:
    """The Translator of `lang`: the built-in catalog, then those of `extra` folders
    (plugins). Raises ValueError for a language no built-in catalog holds."""
    if lang not in languages():
        raise ValueError(f"no catalog for language {lang!r} (known: {', '.join(languages())})")
    found = [_read(folder, lang) for folder in (BUILTIN, *extra)]
    return Translator(lang, [c for c in found if c is not None])


def choose_language(forced: str | None, texts: Sequence[str]) -> str:
    """The one language of an output: `forced` (--lang, `lang` in the configuration),
    else the language most of its documents are written in, English on a tie."""
    if forced:
        return forced
    counts = Counter(lang for lang in texts if lang in languages()).most_common()
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return SOURCE_LANGUAGE
    return counts[0][0]


class Translator:
    """Renders messages, words, numbers and dates in one language."""

    def __init__(self, lang: str, catalogs: Sequence[Catalog] = ()):
        self.lang = lang
        self.catalogs = list(catalogs)
        self.plural = self.catalogs[0].plural if self.catalogs else _english_plural
        self.locale_name = next((c.locale for c in self.catalogs if c.locale), lang)

    @cached_property
    def locale(self) -> Any:
        from babel import Locale

        return Locale.parse(self.locale_name.replace("-", "_"))

    def gettext(self, text: str) -> str:
        for catalog in self.catalogs:
            found = catalog.messages.get(text)
            if found is not None:
                return found
        return text

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        for catalog in self.catalogs:
            forms = catalog.plurals.get(singular)
            if forms is not None:
                return forms[min(catalog.plural(n), len(forms) - 1)]
        return singular if n == 1 else plural

    def render(self, msg: Msg | str) -> str:
        """A message in this language, its parameters formatted as this language does."""
        if isinstance(msg, str):
            return self.format(self.gettext(msg), {})
        count = msg.args.get(msg.n or "")
        number = count if isinstance(count, int) else 0
        if msg.plural is not None:
            text = self.ngettext(msg.id, msg.plural, number)
        else:
            text = self.gettext(msg.id)
        try:
            return self.format(text, msg.args)
        except (KeyError, ValueError):  # a translation naming a parameter the message lacks
            english = msg.id if msg.plural is None or _english_plural(number) == 0 else msg.plural
            return self.format(english, msg.args)

    def format(self, template: str, params: Mapping[str, Any]) -> str:
        """`template` with its `%(name)d`, `%(name).Nf` and `%(name)s` placeholders
        filled in this language's way (`%%` is a percent sign)."""

        def fill(match: re.Match[str]) -> str:
            name, decimals, kind = match.groups()
            if name is None:
                return "%"
            return self.value(params[name], kind, int(decimals) if decimals else None)

        return _PLACEHOLDER.sub(fill, template)

    def value(self, value: Any, kind: str = "s", decimals: int | None = None) -> str:
        if isinstance(value, Msg):
            return self.render(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            places = decimals if decimals is not None else (0 if kind == "d" else None)
            return self.number(value, places)
        return str(value)

    def number(self, value: float, decimals: int | None = 0) -> str:
        """`value` with this language's digit grouping and decimal sign; `decimals`
        None: as many as the value has (up to 3)."""
        from babel.numbers import format_decimal

        if decimals is None:
            return format_decimal(value, locale=self.locale)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        number = round(value, decimals) if decimals else round(value)
        return format_decimal(number, format=pattern, locale=self.locale)

    def date(self, day: date) -> str:
        from babel.dates import format_date

        return str(format_date(day, format="long", locale=self.locale))

    def month_names(self) -> list[str]:
        """The twelve abbreviated month names, January first."""
        from babel.dates import get_month_names

        names = get_month_names("abbreviated", locale=self.locale)
        return [str(names[m]) for m in range(1, 13)]
