"""One lint run, start to end: configuration, rules, reading, checking. No printing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from profile_lint.config import ActiveRule, Config, find_config, for_path, load_config, resolve
from profile_lint.engine import Result, lint
from profile_lint.model import Draft, Profile, line_column
from profile_lint.preview import DESKTOP_CHARS, FOLD_LINES, MOBILE_CHARS, fold_preview
from profile_lint.readers import read_profile
from profile_lint.readers.overlay import finish, reference_date
from profile_lint.registry import Registry, load_registry
from profile_lint.rule import Severity
from profile_lint.score import score_profile
from profile_lint.text import Analyzer


@dataclass
class Overrides:
    """What the command line says on top of the configuration file."""

    config: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    language: str | None = None


@dataclass
class Session:
    config: Config
    registry: Registry
    active: list[ActiveRule]
    analyzer: Analyzer


def open_session(overrides: Overrides, cwd: Path | None = None) -> Session:
    """Load configuration and rules, apply the command line, and check it all."""
    path = overrides.config or find_config(cwd or Path.cwd())
    config = load_config(path) if path else Config()
    if overrides.select is not None:
        config.select = overrides.select
    config.extend_select += overrides.extend_select
    config.ignore += overrides.ignore
    if overrides.fail_on:
        config.fail_on = overrides.fail_on
    if overrides.language:
        config.language = None if overrides.language == "auto" else overrides.language
    registry = load_registry()
    active = resolve(config, registry.rules)
    return Session(config, registry, active, Analyzer(config.language, config.spacy_models))


def lint_profiles(
    session: Session,
    paths: list[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
) -> list[Result]:
    """Read every profile first (so bad input stops the run before any output), then lint.

    `facts` is a JSON file merged over each profile; the reference date is `as_of`, else
    the profile's own (an archive's export date), else today."""
    size = session.config.max_file_size
    profiles = [finish(read_profile(p, input_format, size), facts, as_of, size) for p in paths]
    return [lint_one(session, p, as_of or reference_date(p)) for p in profiles]


def lint_one(session: Session, profile: Profile, as_of: date | None = None) -> Result:
    """Lint one profile and attach its score (`extra["score"]`, see profile_lint/score.py)."""
    active = for_path(session.config, session.active, profile.source)
    result = lint(profile, "profile", active, session.analyzer, as_of)
    result.extra["score"] = score_profile(profile, active, result.findings).to_dict()
    return result


def exit_status(results: list[Result], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    failing = any(f.severity >= threshold for r in results for f in r.findings)
    return 1 if failing else 0


def lint_drafts(
    session: Session,
    paths: list[str],
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> list[Result]:
    """Read every draft first (bad input stops the run before any output), analyse all
    texts in batches (`nlp.pipe`), then lint each draft and attach its "see more" preview."""
    from profile_lint.readers.drafts import find_drafts, read_draft

    rules = session.registry.rules
    size = session.config.max_file_size
    drafts = [read_draft(p, size, rules) for p in find_drafts(paths, include or (), exclude or ())]
    if any(a.rule.needs_nlp for a in session.active):
        session.analyzer.prepare(session.analyzer.view(d.text, d.lang) for d in drafts if d.text)
    known = [(r.name, r.code) for r in rules]
    results = []
    for draft in drafts:
        active = for_path(session.config, session.active, draft.source)
        result = lint(draft, "post", active, session.analyzer, known_rules=known)
        result.extra["preview"] = draft_preview(draft, active)
        results.append(result)
    return results


def draft_preview(draft: Draft, active: list[ActiveRule]) -> dict[str, object]:
    """The opening shown before "…see more", with the fold options of hook-too-long."""
    options = {
        "max_lines": FOLD_LINES,
        "max_chars": DESKTOP_CHARS,
        "mobile": False,
        "mobile_chars": MOBILE_CHARS,
    }
    for rule in active:
        if rule.rule.name == "hook-too-long":
            options.update(rule.options)
    options.update(draft.options.get("hook-too-long", {}))
    chars = options["mobile_chars"] if options["mobile"] else options["max_chars"]
    preview = fold_preview(draft.text, int(options["max_lines"]), int(chars))
    line, column = line_column(draft.file_text or draft.text, draft.file_offset(preview.cut_offset))
    mode = "mobile" if options["mobile"] else "desktop"
    return {**preview.to_dict(), "mode": mode, "line": line, "column": column}
