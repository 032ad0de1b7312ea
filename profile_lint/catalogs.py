"""Keeping catalogs in step with the code: extract every message, update and check `.po`.

Babel extracts the messages (`Msg(...)`, `Plural(...)` and the translator's `gettext`,
`ngettext` calls in Python; `_()` and `ngettext()` in the Jinja templates), and this module
adds what no call holds: each rule's summary and **Source** paragraph, and the pillars'
labels. The same functions serve a plugin's catalogs (its own folders and rules).

    python -m profile_lint.catalogs update   # add new messages, drop stale ones
    python -m profile_lint.catalogs check    # what is missing, untranslated or wrong
    python -m profile_lint.catalogs new de   # start the catalog of a new language

Babel (installed with profile-lint: the outputs use its CLDR data too) extracts and checks.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from profile_lint.rule import Rule

# What Babel looks for: (1,) a message id, (1, 2) singular and plural.
KEYWORDS: dict[str, Any] = {"Msg": None, "Plural": (1, 2), "gettext": None, "ngettext": (1, 2)}
TEMPLATE_KEYWORDS = ("_", "gettext", "ngettext")
_NAMES = re.compile(r"%\((\w+)\)")
PACKAGE = Path(__file__).resolve().parent


def extract(
    folders: Iterable[Path],
    rules: Sequence[type[Rule]] = (),
    templates: Iterable[Path] = (),
    extra: Iterable[str] = (),
) -> Any:
    """A Babel catalog (a template: no translations) of every message: calls in the
    Python files of `folders`, the templates, `rules`' summaries and sources, `extra`."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from jinja2.ext import babel_extract

    found = Catalog(project="profile-lint", fuzzy=False)
    for folder in folders:
        for name, line, message, comments, _ in extract_from_dir(
            folder, keywords=KEYWORDS, directory_filter=lambda d: "__pycache__" not in d
        ):
            found.add(message, locations=[(name, line)], auto_comments=comments)
    options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
    for template in templates:
        with template.open("rb") as handle:
            for line, _, call, comments in babel_extract(handle, TEMPLATE_KEYWORDS, [], options):
                # ngettext(singular, plural, n) and _(text, name=value) come as tuples
                parts = (call,) if isinstance(call, str) else call or ()
                strings = tuple(m for m in parts if isinstance(m, str))
                text = strings if len(strings) == 2 else strings[0]
                found.add(text, locations=[(template.name, line)], auto_comments=comments)
    plain = ["no-python-format"]  # text shown as it is: a % in it is a percent sign
    for rule in rules:
        where = [(f"{rule.__module__.replace('.', '/')}.py", 0)]
        for part, text in (("summary", rule.summary()), ("source", rule.source())):
            if text:
                found.add(
                    text, locations=where, auto_comments=[f"{rule.name}: {part}"], flags=plain
                )
    for text in extra:
        found.add(text, flags=plain)
    return found


def builtin_template() -> Any:
    """Every message of profile-lint itself."""
    from profile_lint.rules import BUILTIN_RULES
    from profile_lint.score import PILLAR_LABELS

    rules_folder = (PACKAGE / "rules").resolve()
    return extract(
        [PACKAGE, rules_folder],
        BUILTIN_RULES,
        sorted((PACKAGE / "templates").glob("*.j2")),
        PILLAR_LABELS.values(),
    )


def read(path: Path, lang: str) -> Any:
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def update(path: Path, lang: str, template: Any) -> None:
    """Bring the `.po` file at `path` in step with `template`: new messages added
    untranslated, stale ones dropped, translations kept."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalog = read(path, lang) if path.exists() else Catalog(locale=lang, fuzzy=False)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    for message in catalog:
        if "no-python-format" in message.flags:  # Babel adds python-format on seeing a %
            message.flags.discard("python-format")
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    path.write_bytes(out.getvalue())


def problems(path: Path, lang: str, template: Any) -> list[str]:
    """What is wrong with the `.po` file at `path` against `template`, one line each."""
    catalog = read(path, lang)
    wanted = {m.id if isinstance(m.id, str) else m.id[0]: m for m in template if m.id}
    have = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    out = [f"missing: {key!r}" for key in wanted if key not in have]
    out += [f"stale (no longer in the code): {key!r}" for key in have if key not in wanted]
    for key, message in have.items():
        if key not in wanted:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            out.append(f"untranslated: {key!r}")
            continue
        if isinstance(wanted[key].id, tuple) != isinstance(message.id, tuple):
            out.append(f"plural forms differ from the code: {key!r}")
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        names = set().union(*(_NAMES.findall(i) for i in ids))
        for string in strings:
            if set(_NAMES.findall(string)) != names:
                out.append(f"placeholders differ: {key!r} -> {string!r}")
    for message, errors in catalog.check():
        key = message.id if isinstance(message.id, str) else message.id[0]
        if key in wanted and "no-python-format" not in wanted[key].flags:
            out += [f"{message.id!r}: {error}" for error in errors]
    return out


def main(argv: Sequence[str]) -> int:
    from profile_lint.i18n import BUILTIN, catalog_files

    new = len(argv) == 2 and argv[0] == "new" and re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", argv[1])
    if not new and argv not in (["update"], ["check"]):
        print("usage: python -m profile_lint.catalogs update|check|new LANG", file=sys.stderr)
        return 2
    template = builtin_template()
    if new:
        path = Path(str(BUILTIN)) / f"{argv[1]}.po"
        if path.exists():
            print(f"{path} exists: run update", file=sys.stderr)
            return 2
        update(path, argv[1], template)
        print(f"wrote {path}: translate each msgstr, then run check")
        return 0
    failed = False
    for lang, file in sorted(catalog_files(BUILTIN).items()):
        path = Path(str(file))
        if argv == ["update"]:
            update(path, lang, template)
        for problem in problems(path, lang, template):
            print(f"{path.name}: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
