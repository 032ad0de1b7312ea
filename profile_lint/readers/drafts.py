"""Read post drafts: Markdown or plain-text files, optional YAML front matter.

The judged text is what LinkedIn would show: the front matter (metadata) and HTML comments
(notes, suppressions) are left out, so are `\\r` before line breaks and the blank space
around the post. `Draft.segments` maps the judged text back to file offsets.
"""

from __future__ import annotations

import bisect
import fnmatch
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from profile_lint.errors import InputError
from profile_lint.model import Draft, line_column, line_starts
from profile_lint.readers.files import DEFAULT_MAX_BYTES, decode_text, read_bytes
from profile_lint.rule import Rule
from profile_lint.rule_settings import OptionError, find_rule, rule_settings
from profile_lint.suppress import (
    MAX_SUPPRESSIONS,
    parse_comment,
    parse_front_matter_disables,
    resolve_ranges,
)
from profile_lint.text import MAX_TEXT, SUPPORTED_LANGUAGES

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
POST_TYPES = ("text", "document", "poll", "video")
# The keys profile-lint reads; others (a static-site generator's title, date...) are left alone.
FRONT_MATTER_KEYS = ("lang", "type", "rules", "profile-lint")
_FENCE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
_END_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_SOLID = re.compile(r"\S")
MAX_DRAFT_FILE = 10 * MAX_TEXT
# libyaml's safe loader when PyYAML has it (six times faster), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


Places = dict[tuple[str, ...], tuple[int, int]]  # a front-matter key's path -> line, column


def _front_matter(source: str, text: str) -> tuple[dict[str, Any], Places, int]:
    """The front matter's keys profile-lint reads, where each key (and each item below
    them) is in the file, and where the post starts; ({}, {}, 0) when there is none.
    Other tools' keys are never even built (a date, a 5,000-digit number: not ours)."""
    if not _FENCE.match(text):
        return {}, {}, 0
    first_end = text.find("\n") + 1 if "\n" in text else len(text)
    end = _END_FENCE.search(text, first_end)
    if end is None:
        raise InputError(source, "front matter opened with --- is never closed", line=1)
    loader = _YAML_LOADER(text[first_end : end.start()])
    try:
        meta, places = _read_ours(source, loader, loader.get_single_node())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise InputError(source, f"invalid YAML in front matter: {problem}", line=line) from exc
    except RecursionError as exc:
        raise InputError(source, "front matter is nested too deeply", line=2) from exc
    finally:
        loader.dispose()
    stop = text.find("\n", end.end())
    return meta, places, len(text) if stop < 0 else stop + 1


def _read_ours(source: str, loader: Any, root: Any) -> tuple[dict[str, Any], Places]:
    if root is None:
        return {}, {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(source, "front matter must be a YAML mapping (key: value)", line=2)
    meta: dict[str, Any] = {}
    places: Places = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key_node.tag != "tag:yaml.org,2002:str":
            continue
        if key == "title" and getattr(value_node, "tag", None) == "tag:yaml.org,2002:str":
            meta[key] = value_node.value  # what people call the draft (the report shows it)
            continue
        if key not in FRONT_MATTER_KEYS:
            continue  # other tools' metadata (date, tags...): not ours to judge
        _place(key_node, (key,), places)
        _places_below(value_node, (key,), places)
        try:
            meta[key] = loader.construct_object(value_node, deep=True)
        except (ValueError, OverflowError) as exc:  # 2026-02-30, a 5,000-digit number
            problem = str(exc).split(";")[0]
            raise InputError(
                source, f"unreadable value ({problem})", line=places[(key,)][0], field=key
            ) from exc
    return meta, places


def _place(node: Any, path: tuple[str, ...], places: Places) -> None:
    places.setdefault(path, (node.start_mark.line + 2, node.start_mark.column + 1))


def _places_below(node: Any, path: tuple[str, ...], places: Places) -> None:
    """Where the keys (`rules.NAME.OPTION`) and list items (`profile-lint.disable.0`)
    below `path` are, two levels down at most."""
    if len(path) > 2:
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                _place(key_node, (*path, key_node.value), places)
                _places_below(value_node, (*path, key_node.value), places)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _place(item, (*path, str(index)), places)
    else:
        _place(node, path, places)


def _check_meta(
    source: str, places: Places, meta: dict[str, Any], rules: Iterable[type[Rule]] | None
) -> dict[str, dict[str, Any]]:
    """Validate the front matter; return the rule options it sets, keyed by rule name."""
    for key, value in meta.items():
        line = places.get((key,), (1, 1))[0]
        if key == "lang" and value not in SUPPORTED_LANGUAGES:
            known = " or ".join(SUPPORTED_LANGUAGES)
            raise InputError(source, f"expected {known}, got {value!r}", line=line, field=key)
        if key == "type" and value not in POST_TYPES:
            raise InputError(
                source,
                f"expected one of {', '.join(POST_TYPES)}, got {value!r}",
                line=line,
                field=key,
            )
        if key in ("rules", "profile-lint") and not isinstance(value, dict):
            raise InputError(source, "expected a mapping", line=line, field=key)
    options: dict[str, dict[str, Any]] = {}
    known_rules = list(rules) if rules is not None else None
    for name, table in (meta.get("rules") or {}).items():
        line = places.get(("rules", str(name)), (1, 1))[0]
        where = f"rules.{name}"
        if not isinstance(table, dict):
            raise InputError(source, "expected a mapping of option: value", line=line, field=where)
        rule = None
        checked: dict[str, Any] = {str(k).replace("-", "_"): v for k, v in table.items()}
        if known_rules is not None:
            rule = find_rule(known_rules, str(name))
            if rule is None:
                raise InputError(source, "no rule by that name or code", line=line, field=where)
            try:
                _, checked = rule_settings(rule, table, severity=False)
            except OptionError as exc:
                raise InputError(
                    source,
                    exc.message,
                    line=places.get(("rules", str(name), exc.field), (line, 1))[0],
                    field=f"{where}.{exc.field}",
                ) from None
        options[rule.name if rule is not None else str(name)] = checked
    return options


def _kept_ranges(source: str, text: str, start: int) -> tuple[list[tuple[int, int]], list[Any]]:
    """File ranges that are post text (HTML comments removed) and the suppression comments.
    Linear in the file, however many comments a line holds."""
    kept: list[tuple[int, int]] = []
    comments: list[Any] = []
    starts = line_starts(text)
    pos = start
    while True:
        open_at = text.find("<!--", pos)
        if open_at < 0:
            kept.append((pos, len(text)))
            break
        close_at = text.find("-->", open_at + 4)
        if close_at < 0:
            raise InputError(
                source,
                "HTML comment is never closed (missing -->)",
                line=line_column(text, open_at)[0],
            )
        end = close_at + 3
        line = bisect.bisect_right(starts, open_at)
        line_start = starts[line - 1]
        after = bisect.bisect_right(starts, end)
        line_end = starts[after] - 1 if after < len(starts) else len(text)
        cut_start, cut_end = open_at, end
        if not _SOLID.search(text, line_start, open_at) and not _SOLID.search(text, end, line_end):
            # A comment alone on its line(s): the whole line goes.
            cut_start, cut_end = max(line_start, pos), min(line_end + 1, len(text))
        kept.append((pos, cut_start))
        found = parse_comment(source, text, open_at, text[open_at + 4 : close_at])
        if found is not None:
            comments.append(found)
            if len(comments) > MAX_SUPPRESSIONS:
                raise InputError(
                    source,
                    f"more than {MAX_SUPPRESSIONS:,} profile-lint comments",
                    line=found.line,
                    column=found.column,
                )
        pos = cut_end
    return kept, comments


def _segments(text: str, kept: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Join the kept ranges without `\\r` before `\\n`, trimmed of blank space around the post."""
    pieces: list[tuple[int, int]] = []
    for start, end in kept:
        for match in re.finditer(r"[^\r]+|\r(?!\n)", text[start:end]):
            pieces.append((start + match.start(), start + match.end()))
    joined = "".join(text[a:b] for a, b in pieces)
    lead = len(joined) - len(joined.lstrip())
    total = len(joined.rstrip())
    segments: list[tuple[int, int, int]] = []
    offset = 0  # where the piece starts in `joined`
    for a, b in pieces:
        lo, hi = max(offset, lead), min(offset + b - a, total)
        if lo < hi:
            file_start = a + lo - offset
            if segments and segments[-1][1] + segments[-1][2] == file_start:
                t, f, n = segments[-1]
                segments[-1] = (t, f, n + hi - lo)
            else:
                segments.append((lo - lead, file_start, hi - lo))
        offset += b - a
    return joined[lead:total], segments


def _title(meta: dict[str, Any]) -> str | None:
    """The front matter's `title`, when it is text (people name a draft by it)."""
    title = meta.get("title")
    return " ".join(title.split()) or None if isinstance(title, str) else None


def draft_from_text(
    text: str, source: str = "-", lang: str | None = None, rules: Iterable[type[Rule]] | None = None
) -> Draft:
    """A Draft from the text of a draft file. `rules`, when given, validates the rule
    options set in the front matter."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > MAX_DRAFT_FILE:  # front matter and comments around a post: a few KB
        raise InputError(
            source,
            f"{len(text):,} characters, over the {MAX_DRAFT_FILE:,} profile-lint reads in a "
            "draft file (LinkedIn's limit for a post is 3,000)",
        )
    meta, places, start = _front_matter(source, text)
    options = _check_meta(source, places, meta, rules)
    kept, comments = _kept_ranges(source, text, start)
    judged, segments = _segments(text, kept)
    if len(judged) > MAX_TEXT:
        raise InputError(
            source,
            f"the post is {len(judged):,} characters, over the {MAX_TEXT:,} profile-lint "
            "reads (LinkedIn's limit is 3,000)",
        )
    disables = parse_front_matter_disables(source, meta.get("profile-lint") or {}, places)
    if not segments:
        segments = [(0, start, 0)]
    has_text_before = [bool(judged) and segments[0][1] < c.offset for c in comments]
    return Draft(
        source=source,
        text=judged,
        file_text=text,
        lang=meta.get("lang") or lang,
        type=meta.get("type") or "text",
        options=options,
        segments=segments,
        suppressions=disables + resolve_ranges(source, comments, has_text_before),
        title=_title(meta),
    )


def read_draft(
    path: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Iterable[type[Rule]] | None = None,
    name: str | None = None,
) -> Draft:
    """Read one draft file; an empty file is a draft with no text, not an input error.
    `-` reads standard input, called `name` in errors and outputs when given."""
    if path == "-":
        where = name or path
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(where, f"standard input is over the {max_bytes:,}-byte cap")
        draft = draft_from_text(decode_text(where, data), source=where, rules=rules)
        draft.stdin = True
        return draft
    try:
        data = read_bytes(path, max_bytes)
    except InputError as exc:
        if exc.message != "file is empty":
            raise
        data = Path(path).read_bytes()
    return draft_from_text(decode_text(path, data), source=path, rules=rules)


def find_drafts(
    paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> list[str]:
    """The draft files named by `paths`: files as given, folders searched recursively for
    `.md`, `.markdown` and `.txt` files (or the `include` globs), less the `exclude` globs."""
    include, exclude = list(include), list(exclude)

    def wanted(path: Path, explicit: bool) -> bool:
        posix = path.as_posix()
        if any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(path.name, g) for g in exclude):
            return False
        if explicit:
            return True
        if include:
            return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(path.name, g) for g in include)
        return path.suffix.lower() in DRAFT_SUFFIXES

    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.is_dir():
            if raw == "-" or wanted(path, explicit=True):
                found.append(raw)
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue  # .git, .obsidian and other hidden folders
            if child.is_file() and wanted(child, explicit=False):
                found.append(str(child))
    if not found:
        raise InputError(", ".join(paths) or ".", "no draft files found (.md, .markdown, .txt)")
    return found
