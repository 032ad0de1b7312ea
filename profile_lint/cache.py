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
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from profile_lint import __version__
from profile_lint.config import Config
from profile_lint.engine import Plan, Result
from profile_lint.model import Draft, Profile
from profile_lint.rule import Finding, Msg, Rule, Severity

ENV_DIR = "PROFILE_LINT_CACHE_DIR"
DEFAULT_DIR = ".profile_lint_cache"
FORMAT = 4  # 2: messages stored as ids and parameters; 3: each finding's share; 4: draft
KEEP_DAYS = 30
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by profile-lint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
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
                    stat = os.stat(os.path.join(base, name))
                    out.append((os.path.join(base, name), stat.st_size, stat.st_mtime_ns))
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
    facts = [subject.to_dict(), known, subject.origins, subject.source_format]
    return json.dumps(facts, sort_keys=True, ensure_ascii=False, default=repr)


def encode(result: Result) -> dict[str, Any]:
    return {"lang": result.lang, "findings": [_finding(f) for f in result.findings]}


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
    }


def decode(entry: dict[str, Any]) -> list[Finding]:
    out = []
    for f in entry["findings"]:
        f = dict(f)
        f["severity"] = Severity(f["severity"])
        f["message"] = Msg.from_data(f["message"])
        f["suggestion"] = Msg.from_data(f["suggestion"])
        f["span"] = tuple(f["span"]) if f["span"] is not None else None
        f["draft"] = Msg.from_data(f["draft"]) if f["draft"] is not None else None
        out.append(Finding(**f))
    return out


class Cache:
    """One file per tool fingerprint: {entry key: {"day", "findings"}}."""

    def __init__(self, folder: Path, tool: str):
        self.folder = folder
        self.file = folder / f"results-{tool[:20]}.json"
        # id(plan.rules), as_of -> (the rules, kept alive so that the id is not reused; key)
        self._settings: dict[tuple[int, str, date], tuple[object, str]] = {}
        self.today = date.today().toordinal()
        self.entries: dict[str, dict[str, Any]] = {}
        self.dirty = False
        try:
            data = json.loads(self.file.read_bytes())
            if isinstance(data, dict) and data.get("format") == FORMAT:
                self.entries = {k: v for k, v in data["entries"].items() if isinstance(v, dict)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.entries = {}  # missing or corrupt: start afresh, never fail the run

    def key(self, subject: Profile | Draft, plan: Plan, config: Config) -> str:
        """The entry key of `subject` linted with `plan`: its content and its settings."""
        kind = "post" if isinstance(subject, Draft) else "profile"
        memo = (id(plan.rules), kind, plan.as_of)
        if memo not in self._settings:
            self._settings[memo] = (plan.rules, settings_key(kind, plan, config))
        settings = self._settings[memo][1]
        data = content_of(subject).encode("utf-8")
        return hashlib.sha256(settings.encode("ascii") + b"\0" + data).hexdigest()

    def get(self, key: str) -> tuple[list[Finding], str] | None:
        """The findings stored under `key` and the language of the input's text."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        try:
            findings, lang = decode(entry), entry["lang"]
            if not isinstance(lang, str):
                raise TypeError(lang)
        except (KeyError, TypeError, ValueError, AttributeError):
            del self.entries[key]  # a corrupt entry is a miss
            self.dirty = True
            return None
        if entry.get("day") != self.today:
            entry["day"] = self.today
            self.dirty = True
        return findings, lang

    def put(self, key: str, result: Result) -> None:
        if result.errors:  # a rule failed: try again next time
            return
        self.entries[key] = {"day": self.today, **encode(result)}
        self.dirty = True

    def save(self) -> None:
        """Write atomically; entries unused for KEEP_DAYS days, and cache files of other
        tool versions untouched for as long, are dropped. Failing to write is not an error."""
        if not self.dirty:
            return
        keep = {k: v for k, v in self.entries.items() if self.today - v.get("day", 0) < KEEP_DAYS}
        try:
            _prepare(self.folder)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump({"format": FORMAT, "entries": keep}, handle, ensure_ascii=False)
                os.replace(tmp, self.file)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            _prune(self.folder, self.file)
        except OSError:
            pass


def _prepare(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    (folder / ".gitignore").write_text("# Created by profile-lint: never commit its cache.\n*\n")
    (folder / "CACHEDIR.TAG").write_text(_TAG)


def _prune(folder: Path, current: Path) -> None:
    limit = time.time() - KEEP_DAYS * 86400
    for path in folder.glob("*.json"):
        if path != current and path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
