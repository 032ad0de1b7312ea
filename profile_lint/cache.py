"""The result cache: a second run over unchanged inputs does no text analysis at all.

Like ruff's cache, an entry is keyed by the input's content (SHA-256), the effective
settings for that file (active rules with their severities, options and weights, the
language, spaCy models, reference date, registered rule names) and the tool itself (its
version, a fingerprint of its installed source files and of plugin rule modules). Any
change is a miss; the cache can never change results.

Privacy: an entry holds the findings of one input (code, severity, message and suggestion
as ids and parameters, field path, span, line and column), never the input text, the
draft preview or import warnings, which are rebuilt from the input on every run. A
message's parameters can quote a word of the input (a buzzword, say), as the output does.
Messages are kept as data, not text, so a cached result renders in any output language.
The folder is 0700, files 0600, and it holds a `.gitignore` of `*` (never committed) and
a CACHEDIR.TAG (skipped by backup tools).

Location: `cache-dir` in the configuration (relative to the configuration file), else
$PROFILE_LINT_CACHE_DIR, else `.profile_lint_cache` in the project root: the folder of the
configuration file, else the working directory. `--no-cache` or `cache = false` turn it off.

Safety: the folder may be named by an untrusted repository, so it is used only when it
is profile-lint's own, and nothing is ever deleted that profile-lint cannot prove it
wrote (profile_lint/cache_folder.py). What is read back is checked (the format version,
every field's type and range, known rules); an entry that fails is dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from profile_lint import __version__
from profile_lint.cache_folder import ENTRIES, prepare, prune, read_small, unsafe, write
from profile_lint.config import Config
from profile_lint.engine import Plan, Result
from profile_lint.model import Draft, Profile
from profile_lint.rule import PILLARS, Edit, Finding, Msg, Rule, Severity

ENV_DIR = "PROFILE_LINT_CACHE_DIR"
DEFAULT_DIR = ".profile_lint_cache"
FORMAT = 6  # 2: messages as ids and parameters; 3: each finding's share; 4: draft; 5: fixes;
# 6: keys made from the digest of the content
KEEP_DAYS = 30
MAX_FILE_BYTES = 64 * 1024 * 1024  # a cache file bigger than this is not read
_KEY = re.compile(r"[0-9a-f]{64}")
FIELDS = (
    "code",
    "name",
    "severity",
    "message",
    "suggestion",
    "pillar",
    "location",
    "span",
    "line",
    "column",
    "end_line",
    "end_column",
    "share",
    "draft",
    "fix",
)


def cache_dir(config: Config, cwd: Path | None = None) -> Path:
    """Where the cache lives (see the module docstring)."""
    root = Path(config.path).parent if config.path else (cwd or Path.cwd())
    if config.cache_dir:
        return root / config.cache_dir
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return root / DEFAULT_DIR


def _digest(*parts: Any) -> str:
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _source_stamp(folders: Iterable[str]) -> list[tuple[str, int, int]]:
    """(file, size, mtime) of the tool's own code and lexicons: an edit (or a reinstall)
    of an installed or editable copy is a new tool, even at the same version number."""
    out = []
    for folder in folders:
        for base, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                if name.endswith((".py", ".txt")):
                    stat_ = os.stat(os.path.join(base, name))
                    out.append((os.path.join(base, name), stat_.st_size, stat_.st_mtime_ns))
    return sorted(out)


def tool_fingerprint(rules: list[type[Rule]]) -> str:
    """The tool's version, source files and every registered rule (plugins by module file)."""
    import profile_lint

    folders = {str(Path(profile_lint.__file__).parent)}
    modules = {rule.__module__ for rule in rules}
    for module in sorted(modules):
        loaded = sys.modules.get(module)
        path = getattr(loaded, "__file__", None)
        if path and not module.startswith("profile_lint."):
            folders.add(str(Path(path).parent))
    rules_package = sys.modules.get("profile_lint.rules")
    folders.update(getattr(rules_package, "__path__", []))
    names = [(r.__module__, r.__qualname__, r.code, r.name) for r in rules]
    return _digest(__version__, FORMAT, names, _source_stamp(sorted(folders)))


def settings_key(kind: str, plan: Plan, config: Config) -> str:
    """The effective settings for one input: what, besides its content, decides its findings."""
    targets = ("post",) if kind == "post" else ("profile", "activity")
    rules = [
        (a.rule.code, a.rule.name, int(a.severity), a.options, a.weight)
        for a in plan.rules
        if a.rule.target in targets
    ]
    return _digest(kind, rules, config.text_language, config.spacy_models, plan.as_of.isoformat())


def content_of(subject: Profile | Draft) -> str:
    """What a rule can see of an input, as text to hash: a draft's file text, or the
    normalised profile (whatever format it came in, with --with facts applied)."""
    if isinstance(subject, Draft):
        return f"{subject.lang}\0{subject.file_text or subject.text}"
    known = sorted(subject.known_sections) if subject.known_sections is not None else None
    target = asdict(subject.target) if subject.target is not None else None
    cut = sorted(subject.cut)  # texts shown only in part are judged differently
    facts = [subject.to_dict(), known, subject.origins, subject.source_format, target, cut]
    return json.dumps(facts, sort_keys=True, ensure_ascii=False, default=repr)


def content_digest(subject: Profile | Draft) -> bytes:
    """The SHA-256 of `content_of(subject)`: what a cache key holds of the input."""
    return hashlib.sha256(content_of(subject).encode("utf-8")).digest()


def encode(result: Result) -> dict[str, Any]:
    found = [*result.findings, *result.hidden]  # `finish` sorts them again
    return {"lang": result.lang, "findings": [_finding(f) for f in found]}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "severity": int(f.severity),
        "message": f.message.to_data(),
        "suggestion": f.suggestion.to_data(),
        "pillar": f.pillar,
        "location": f.location,
        "span": list(f.span) if f.span is not None else None,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "share": f.share,
        "draft": f.draft.to_data() if f.draft is not None else None,
        "fix": [[e.start, e.end, e.text] for e in f.fix],
    }


def _count(value: Any, low: int = 0) -> bool:
    return type(value) is int and low <= value < 2**53


def _text(value: Any) -> bool:
    return type(value) is str and len(value) < 1_000_000


def _edit(data: Any) -> Edit:
    """One stored edit ([start, end, text]); raises ValueError on anything else."""
    if not (isinstance(data, list) and len(data) == 3 and _count(data[0]) and _count(data[1])):
        raise ValueError(data)
    if data[0] > data[1] or not _text(data[2]):
        raise ValueError(data)
    return Edit(data[0], data[1], data[2])


def decode(entry: Any, rules: dict[str, str] | None = None) -> list[Finding] | None:
    """The findings of a cache entry, or None when anything in it is not what `encode`
    writes (`rules`: code -> name of the registered rules)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("findings"), list):
        return None
    out = []
    for f in entry["findings"]:
        if not isinstance(f, dict) or set(f) != set(FIELDS):
            return None
        if not all(_text(f[k]) for k in ("code", "name")):
            return None
        if rules is not None and rules.get(f["code"]) != f["name"]:
            return None
        if f["pillar"] not in PILLARS or f["severity"] not in {int(s) for s in Severity}:
            return None
        if type(f["severity"]) is not int or not (f["location"] is None or _text(f["location"])):
            return None
        if not (type(f["share"]) in (int, float) and 0 <= f["share"] <= 1):
            return None
        span = f["span"]
        if span is not None and not (
            isinstance(span, list)
            and len(span) == 2
            and all(_count(n) for n in span)
            and span[0] <= span[1]
        ):
            return None
        places = [f[k] for k in ("line", "column", "end_line", "end_column")]
        if not all(p is None or _count(p, 1) for p in places):
            return None
        try:
            messages = {k: Msg.from_data(f[k]) for k in ("message", "suggestion")}
            draft = Msg.from_data(f["draft"]) if f["draft"] is not None else None
            fix = tuple(_edit(e) for e in f["fix"])
        except (ValueError, TypeError):
            return None
        out.append(
            Finding(
                **{
                    **f,
                    **messages,
                    "draft": draft,
                    "fix": fix,
                    "severity": Severity(f["severity"]),
                    "span": tuple(span) if span else None,
                }
            )
        )
    return out


class Cache:
    """One file per tool fingerprint: {entry key: {"day", "findings"}}, in `results/`."""

    def __init__(self, folder: Path, tool: str, rules: Iterable[type[Rule]] | None = None):
        self.folder = folder
        self.entries_folder = folder / ENTRIES
        self.file = self.entries_folder / f"results-{tool[:20]}.json"
        self.rules = {r.code: r.name for r in rules} if rules is not None else None
        # id(plan.rules), as_of -> (the rules, kept alive so that the id is not reused; key)
        self._settings: dict[tuple[int, str, date], tuple[object, str]] = {}
        self.today = date.today().toordinal()
        self.entries: dict[str, dict[str, Any]] = {}
        self.dirty = False
        self.warning = unsafe(folder)  # not None: the cache is not used, say why once
        if self.warning is None:
            self.entries = _load(self.file)

    def key(self, kind: str, content: bytes, plan: Plan, config: Config) -> str:
        """The entry key of an input of `kind` ("profile" or "post") linted with `plan`:
        its content (`content_digest`) and its settings."""
        memo = (id(plan.rules), kind, plan.as_of)
        if memo not in self._settings:
            self._settings[memo] = (plan.rules, settings_key(kind, plan, config))
        settings = self._settings[memo][1]
        return hashlib.sha256(settings.encode("ascii") + b"\0" + content).hexdigest()

    def get(self, key: str) -> tuple[list[Finding], str] | None:
        """The findings stored under `key` and the language of the input's text."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        findings, lang = decode(entry, self.rules), entry.get("lang")
        if findings is None or not isinstance(lang, str) or not _text(lang):
            del self.entries[key]  # not what we write: a miss
            self.dirty = True
            return None
        if entry.get("day") != self.today:
            entry["day"] = self.today
            self.dirty = True
        return findings, lang

    def put(self, key: str, result: Result) -> None:
        if result.errors or self.warning is not None:  # a rule failed: try again next time
            return
        self.entries[key] = {"day": self.today, **encode(result)}
        self.dirty = True

    def save(self) -> None:
        """Write atomically; entries unused for KEEP_DAYS days, and cache files of other
        tool versions untouched for as long, are dropped. Failing to write is not an error."""
        if not self.dirty or self.warning is not None:
            return
        keep = {k: v for k, v in self.entries.items() if self.today - v["day"] < KEEP_DAYS}
        try:
            if prepare(self.folder):
                write(self.file, {"format": FORMAT, "entries": keep})
                prune(self.file, KEEP_DAYS)
        except OSError:
            pass


def _load(file: Path) -> dict[str, dict[str, Any]]:
    data = read_small(file, MAX_FILE_BYTES)
    if data is None:
        return {}
    try:
        found = json.loads(data)
    except (ValueError, RecursionError):
        return {}  # corrupt: start afresh, never fail the run
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        return {}
    entries = found.get("entries")
    if not isinstance(entries, dict):
        return {}
    return {
        k: v
        for k, v in entries.items()
        if _KEY.fullmatch(k) and isinstance(v, dict) and _count(v.get("day"))
    }
