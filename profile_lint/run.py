"""One lint run, start to end: configuration, rules, reading, checking. No printing."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from profile_lint.batch import Progress, default_jobs, run_chunks
from profile_lint.config import ActiveRule, Config, find_config, for_path, load_config, resolve
from profile_lint.engine import Result, lint
from profile_lint.model import Draft, Profile, line_column
from profile_lint.preview import DESKTOP_CHARS, FOLD_LINES, MOBILE_CHARS, fold_preview
from profile_lint.registry import Registry, load_registry
from profile_lint.rule import Severity
from profile_lint.text import Analyzer

if TYPE_CHECKING:
    from profile_lint.cache import Cache


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
    # What built this session, so that a worker process can build its own.
    overrides: Overrides | None = None
    cwd: Path | None = None


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
    analyzer = Analyzer(config.language, config.spacy_models)
    return Session(config, registry, active, analyzer, overrides, cwd)


def lint_profiles(
    session: Session,
    paths: list[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Read every profile first (so bad input stops the run before any output), then lint.

    `facts` is a JSON file merged over each profile; the reference date is `as_of`, else
    the profile's own (an archive's export date), else today."""
    items: list[Item] = [*read_profiles(session, paths, input_format, as_of, facts)]
    return _lint_many(session, "profile", items, jobs, cache, progress)


def read_profiles(
    session: Session,
    paths: list[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
) -> list[tuple[Profile, date | None]]:
    """Read every profile, with the `facts` overlay, and the date to judge each one by:
    `as_of`, else the profile's own (an archive's export date), else today."""
    from profile_lint.readers import read_profile
    from profile_lint.readers.overlay import finish, reference_date

    size = session.config.max_file_size
    profiles = [finish(read_profile(p, input_format, size), facts, as_of, size) for p in paths]
    return [(p, as_of or reference_date(p)) for p in profiles]


def lint_one(session: Session, profile: Profile, as_of: date | None = None) -> Result:
    """Lint one profile and attach its score (`extra["score"]`, see profile_lint/score.py)."""
    from profile_lint.score import score_profile

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
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Read every draft first (bad input stops the run before any output), analyse the
    texts in batches (`nlp.pipe`), then lint each draft and attach its "see more" preview."""
    from profile_lint.readers.drafts import find_drafts, read_draft

    rules = session.registry.rules
    size = session.config.max_file_size
    drafts = [read_draft(p, size, rules) for p in find_drafts(paths, include or (), exclude or ())]
    results = _lint_many(session, "post", [(d, None) for d in drafts], jobs, cache, progress)
    for draft, result in zip(drafts, results, strict=True):
        active = for_path(session.config, session.active, draft.source)
        result.extra["preview"] = draft_preview(draft, active)
    return results


Item = tuple[Any, date | None]  # a Profile or a Draft, and its reference date


def _lint_many(
    session: Session,
    kind: str,
    items: list[Item],
    jobs: int | None,
    cache: Cache | None,
    progress: Progress | None,
) -> list[Result]:
    """Lint `items` in input order: from the cache when it has them, else in chunks (in
    several processes with `jobs` > 1), storing what was computed."""
    results: list[Result | None] = [None] * len(items)
    keys: list[str | None] = [None] * len(items)
    if cache is not None:
        from profile_lint.cache import settings_key

        known: dict[tuple[int, date], str] = {}  # most files share one rule set
        for index, (subject, day) in enumerate(items):
            if subject.source == "-":
                continue  # standard input: an editor's buffer, not a file to remember
            active = for_path(session.config, session.active, subject.source)
            day = day or date.today()
            settings = known.get((id(active), day))
            if settings is None:
                settings = settings_key(kind, active, session.config, day)
                if active is session.active:
                    known[(id(active), day)] = settings
            keys[index] = cache.key(_content(subject), settings)
            found = cache.get(str(keys[index]))
            if found is not None:
                results[index] = _from_cache(session, subject, active, found)
    todo = [i for i, r in enumerate(results) if r is None]
    if progress:
        progress.total = len(todo)
    many = jobs if jobs is not None else default_jobs(len(todo))
    if many > 1 and len(todo) > 1 and any(a.rule.needs_nlp for a in session.active):
        import spacy  # noqa: F401  (once, here: forked workers inherit it)
    work = _draft_chunk if kind == "post" else _profile_chunk
    build = (_worker_session, (session.overrides, session.cwd))
    done = run_chunks(work, [items[i] for i in todo], jobs, session, build, progress)
    for index, result in zip(todo, done, strict=True):
        results[index] = result
        if cache is not None and keys[index] is not None:
            cache.put(str(keys[index]), result)
    return [r for r in results if r is not None]


def _content(subject: Profile | Draft) -> str:
    """What a rule can see of an input, as text to hash: a draft's file text, or the
    normalised profile (whatever format it came in, with --with facts applied)."""
    if isinstance(subject, Draft):
        return f"{subject.lang}\0{subject.file_text or subject.text}"
    known = sorted(subject.known_sections) if subject.known_sections is not None else None
    facts = [subject.to_dict(), known, subject.origins, subject.source_format]
    return json.dumps(facts, sort_keys=True, ensure_ascii=False, default=repr)


def _from_cache(
    session: Session, subject: Profile | Draft, active: list[ActiveRule], findings: list[Any]
) -> Result:
    if isinstance(subject, Draft):
        return Result(path=subject.source, kind="post", findings=findings)
    from profile_lint.score import score_profile

    result = Result(path=subject.source, kind="profile", findings=findings)
    result.import_warnings = list(subject.import_warnings)
    result.extra["score"] = score_profile(subject, active, findings).to_dict()
    return result


def _worker_session(overrides: Overrides | None, cwd: Path | None) -> Session:
    return open_session(overrides or Overrides(), cwd)


def _draft_chunk(session: Session, items: Sequence[Item]) -> list[Result]:
    drafts: list[Draft] = [d for d, _ in items]
    analyzer = session.analyzer
    if any(a.rule.needs_nlp for a in session.active):
        analyzer.prepare(analyzer.view(d.text, d.lang) for d in drafts if d.text)
    known = [(r.name, r.code) for r in session.registry.rules]
    results = []
    for draft in drafts:
        active = for_path(session.config, session.active, draft.source)
        results.append(lint(draft, "post", active, analyzer, known_rules=known))
    analyzer.forget()  # the Docs of this chunk: memory stays flat over many files
    return results


def _profile_chunk(session: Session, items: Sequence[Item]) -> list[Result]:
    analyzer = session.analyzer
    if any(a.rule.needs_nlp for a in session.active):
        analyzer.prepare(analyzer.view(t) for p, _ in items for t in _profile_texts(p))
    results = [lint_one(session, profile, day) for profile, day in items]
    analyzer.forget()
    return results


def _profile_texts(profile: Profile) -> Iterator[str]:
    """The long texts most text rules read (headline, About, positions): their Docs are
    built together with `nlp.pipe`; rules build any other Doc on demand."""
    for text in (profile.headline, profile.about):
        if isinstance(text, str) and text.strip():
            yield text
    for work in profile.section("work") or []:
        if isinstance(work, dict):
            for text in [work.get("summary"), *(work.get("highlights") or [])]:
                if isinstance(text, str) and text.strip():
                    yield text


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
