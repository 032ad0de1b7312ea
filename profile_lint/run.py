"""One lint run, start to end: configuration, rules, reading, linting. No printing.

Every command that lints (`profile`, `posts`, `score`, `report`) goes through `lint_stream`:
the result cache first, then the engine, in chunks, in one process or several (`--jobs`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, overload

from profile_lint.batch import CHUNK, Progress, default_jobs, iter_chunks
from profile_lint.config import (
    ActiveRule,
    Config,
    check_selectors,
    find_config,
    for_path,
    load_config,
    resolve,
)
from profile_lint.engine import Plan, Result, finish, lint, text_language
from profile_lint.errors import InputError
from profile_lint.i18n import Translator, choose_language, translator
from profile_lint.model import Draft, JobAd, Profile
from profile_lint.registry import Registry, load_registry
from profile_lint.rule import Severity
from profile_lint.text import SUPPORTED_LANGUAGES, Analyzer, TextView

if TYPE_CHECKING:
    from profile_lint.cache import Cache


@dataclass(frozen=True)
class Later:
    """A document read from its file and checked, then put down until it is linted, when
    it is read again (`load`): a run over many files holds this of each, not the document.
    The file changed in between is an input error (its size or modification time)."""

    source: str
    kind: str  # "profile" or "post"
    read: Callable[[str], Profile | Draft]  # picklable: a worker process may call it
    stamp: tuple[int, int]
    lang: str | None = None  # its text's, when the output's language is chosen from them
    digest: bytes | None = None  # of its content (cache.content_digest), when caching
    stdin = False

    def load(self) -> Profile | Draft:
        if _stamp(self.source) != self.stamp:
            raise InputError(self.source, "changed while profile-lint was reading it; run again")
        return self.read(self.source)


Item = tuple[Profile | Draft | Later, date]  # a document and the date to judge it by


def _stamp(path: str) -> tuple[int, int]:
    try:
        found = os.stat(path)
    except OSError:
        return (-1, -1)
    return (found.st_size, found.st_mtime_ns)


@dataclass
class Overrides:
    """What the command line says on top of the configuration file."""

    config: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    text_language: str | None = None
    lang: str | None = None


@dataclass
class Session:
    config: Config
    registry: Registry
    active: list[ActiveRule]
    analyzer: Analyzer
    # What built this session, so that a worker process can build its own.
    overrides: Overrides | None = None
    cwd: Path | None = None

    def translator(self, results: Sequence[Result]) -> Translator:
        """The translator of one output covering `results`: `lang` when the command line
        or the configuration sets it, else the language most of their texts are in."""
        return self.translator_for([r.lang for r in results])

    def translator_for(self, langs: Sequence[str]) -> Translator:
        """The translator of one output over texts in `langs` (see `translator`)."""
        return translator(choose_language(self.config.lang, langs), self.registry.catalogs())

    def plan(self, source: str, as_of: date) -> Plan:
        """How to lint the document at `source`: per-file-ignores applied."""
        known = [(r.name, r.code) for r in self.registry.rules]
        return Plan(for_path(self.config, self.active, source, self.cwd), as_of, known)


def open_session(overrides: Overrides, cwd: Path | None = None) -> Session:
    """Load configuration and rules, apply the command line, and check it all."""
    path = overrides.config or find_config(cwd or Path.cwd())
    config = load_config(path) if path else Config()
    registry = load_registry()
    given = {
        "select": overrides.select or [],
        "extend-select": overrides.extend_select,
        "ignore": overrides.ignore,
    }
    for key, selectors in given.items():  # the command line's mistakes are its own
        check_selectors(f"--{key}", None, selectors, registry.rules)
        if selectors:
            config.origins[key] = _joined(config.origins.get(key), f"--{key}")
    if overrides.select is not None:
        config.select = overrides.select
        config.origins["select"] = "--select"
    config.extend_select += overrides.extend_select
    config.ignore += overrides.ignore
    if overrides.fail_on:
        config.fail_on = overrides.fail_on
        config.origins["fail-on"] = "--fail-on"
    if overrides.text_language:
        auto = overrides.text_language == "auto"
        config.text_language = None if auto else overrides.text_language
        config.origins["text-language"] = "--text-language"
    if overrides.lang:
        config.lang = overrides.lang
        config.origins["lang"] = "--lang"
    active = resolve(config, registry.rules)
    analyzer = Analyzer(config.text_language, config.spacy_models)
    return Session(config, registry, active, analyzer, overrides, cwd)


def _joined(before: str | None, option: str) -> str:
    return f"{before} and {option}" if before else option


def open_cache(session: Session, enabled: bool = True) -> Cache | None:
    """The result cache of this session's configuration, unless it is turned off."""
    if not (enabled and session.config.cache):
        return None
    from profile_lint.cache import Cache, cache_dir, tool_fingerprint

    rules = session.registry.rules
    return Cache(cache_dir(session.config), tool_fingerprint(rules), rules)


@overload
def read_profiles(
    session: Session,
    paths: Sequence[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
    stdin_name: str | None = None,
    target: str | None = None,
) -> list[tuple[Profile, date]]: ...


@overload
def read_profiles(
    session: Session,
    paths: Sequence[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
    stdin_name: str | None = None,
    target: str | None = None,
    *,
    put_down: Cache | bool,
) -> list[Item]: ...


def read_profiles(
    session: Session,
    paths: Sequence[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
    stdin_name: str | None = None,
    target: str | None = None,
    *,
    put_down: Cache | bool = False,
) -> list[Item] | list[tuple[Profile, date]]:
    """Read every profile `paths` name (files, folders, - for standard input; bad input
    stops the run before any output), with the `facts` overlay, and the date to judge
    each by, decided here once: `as_of`, else the input's own (an archive's export
    date), else today. `put_down` (true or the run's cache): see `_put_down`."""
    from profile_lint.readers import find_profiles

    size = session.config.max_file_size
    today = date.today()
    job = read_target(session, target) if target else None
    found = find_profiles(paths, input_format)
    again = partial(_profile_at, input_format, size, facts, job)
    out: list[Item] = []
    for path in found:
        profile = _profile_at(input_format, size, facts, job, path, stdin_name)
        day = as_of or profile.exported or today
        out.append((_put_down(session, profile, again, put_down, len(found)), day))
    return out


def _profile_at(
    input_format: str | None,
    size: int,
    facts: str | None,
    job: JobAd | None,
    path: str,
    stdin_name: str | None = None,
) -> Profile:
    from profile_lint.readers import read_profile
    from profile_lint.readers.overlay import finish as with_facts

    profile = with_facts(read_profile(path, input_format, size, stdin_name), facts, size)
    profile.target = job
    return profile


def _put_down(
    session: Session,
    subject: Profile | Draft,
    again: Callable[[str], Profile | Draft],
    put_down: Cache | bool,
    count: int,
) -> Profile | Draft | Later:
    """`subject`, or a `Later` standing for it in a run over more files than one chunk
    holds (a chunk holds its documents anyway) when `put_down` asks for it: what the run
    needs before linting is kept (its language, unless the output's is set; its content's
    digest, when `put_down` is the run's cache)."""
    if not put_down or subject.stdin or count <= CHUNK:
        return subject
    from profile_lint.cache import Cache, content_digest

    stamp = _stamp(subject.source)
    lang = None
    if not session.config.lang:
        lang = text_language(subject, session.analyzer)
        session.analyzer.languages.pop(id(subject), None)  # it would keep `subject`
    digest = content_digest(subject) if isinstance(put_down, Cache) else None
    kind = "post" if isinstance(subject, Draft) else "profile"
    return Later(subject.source, kind, again, stamp, lang, digest)


def read_target(session: Session, path: str) -> JobAd:
    """The job ad at `path` (text or Markdown; - for standard input) and its key terms,
    extracted once for every profile of the run."""
    from profile_lint.jobad import extract
    from profile_lint.readers import read_stdin
    from profile_lint.readers.files import decode_text, read_bytes
    from profile_lint.text import detect_language

    size = session.config.max_file_size
    data = read_stdin(size, path) if path == "-" else read_bytes(path, size)
    text = decode_text(path, data)
    lang = session.config.text_language or detect_language(text)
    job = extract(text, lang, session.analyzer.nlp(lang), path)
    if not job.terms:
        raise InputError(path, "no key terms found in this job ad (is it the ad's text?)")
    return job


@overload
def read_drafts(
    session: Session,
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str | None = None,
) -> list[tuple[Draft, date]]: ...


@overload
def read_drafts(
    session: Session,
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str | None = None,
    *,
    put_down: Cache | bool,
) -> list[Item]: ...


def read_drafts(
    session: Session,
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str | None = None,
    *,
    put_down: Cache | bool = False,
) -> list[Item] | list[tuple[Draft, date]]:
    """Read every draft named by `paths` (files, folders, - for standard input, called
    `stdin_name` when given). `put_down`: see `_put_down`."""
    from profile_lint.readers.drafts import find_drafts, read_draft

    size = session.config.max_file_size
    rules = session.registry.rules
    today = date.today()
    found = find_drafts(paths, include, exclude)
    again = partial(read_draft, max_bytes=size, rules=rules)
    out: list[Item] = []
    for path in found:
        draft = read_draft(path, size, rules, stdin_name)
        out.append((_put_down(session, draft, again, put_down, len(found)), today))
    return out


def lint_items(
    session: Session,
    items: Sequence[Item],
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Every result of `lint_stream`, in a list."""
    return list(lint_stream(session, items, jobs, cache, progress))


def lint_stream(
    session: Session,
    items: Sequence[Item],
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> Iterator[Result]:
    """Lint `items` (profiles, drafts or both), results in input order as they are
    produced: from the cache when it has them, else in chunks, in several processes with
    `jobs` > 1, storing what was computed. `jobs` None: decided by how many need
    analysing (see batch.py)."""
    keys: list[str | None] = [None] * len(items)
    if cache is not None:
        for index, (subject, day) in enumerate(items):
            if not subject.stdin:  # standard input: an editor's buffer, not a file to remember
                keys[index] = _key(session, cache, subject, day)
    todo = [i for i, k in enumerate(keys) if cache is None or k is None or k not in cache.entries]
    if progress:
        progress.total = len(todo)
    many = jobs if jobs is not None else default_jobs(len(todo))
    if many > 1 and len(todo) > 1 and any(a.rule.needs_nlp for a in session.active):
        for lang in SUPPORTED_LANGUAGES:  # once, here: forked workers inherit them
            session.analyzer.nlp(lang)
    build = (_worker_session, (session.overrides, session.cwd))
    done = iter_chunks(_chunk, [items[i] for i in todo], many, session, build, progress)
    linted = set(todo)
    for index, (subject, day) in enumerate(items):
        key = keys[index]
        if index in linted:
            result = next(done)
        else:
            assert cache is not None and key is not None
            found = cache.get(key)
            if found is not None:
                findings, lang = found
                plan = session.plan(subject.source, day)
                yield finish(_whole(subject), plan, session.analyzer, findings, lang=lang)
                continue
            result = _chunk(session, [items[index]])[0]  # an entry not as we write them
        if cache is not None and key is not None:
            cache.put(key, result)
        yield result


def lint_profiles(
    session: Session,
    paths: Sequence[str],
    input_format: str | None = None,
    as_of: date | None = None,
    facts: str | None = None,
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Read every profile, then lint them (see `lint_items`)."""
    items = read_profiles(session, paths, input_format, as_of, facts)
    return lint_items(session, items, jobs, cache, progress)


def lint_drafts(
    session: Session,
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Read every draft, then lint them (see `lint_items`)."""
    items = read_drafts(session, paths, include, exclude)
    return lint_items(session, items, jobs, cache, progress)


def text_languages(session: Session, items: Sequence[Item]) -> list[str]:
    """The language of each item's text (engine.text_language), as its Result will say."""
    out = []
    for subject, _ in items:
        if isinstance(subject, Later) and subject.lang:
            out.append(subject.lang)
            continue
        whole = _whole(subject)
        out.append(text_language(whole, session.analyzer))
        if whole is not subject:  # read again to be linted: nothing to remember
            session.analyzer.languages.pop(id(whole), None)
    return out


def _key(session: Session, cache: Cache, subject: Profile | Draft | Later, day: date) -> str:
    from profile_lint.cache import content_digest

    plan = session.plan(subject.source, day)
    if isinstance(subject, Later):
        content = subject.digest or content_digest(subject.load())
        return cache.key(subject.kind, content, plan, session.config)
    kind = "post" if isinstance(subject, Draft) else "profile"
    return cache.key(kind, content_digest(subject), plan, session.config)


def _whole(subject: Profile | Draft | Later) -> Profile | Draft:
    return subject.load() if isinstance(subject, Later) else subject


def exit_status(results: Sequence[Result], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    failing = any(f.severity >= threshold for r in results for f in r.findings)
    return 1 if failing else 0


def _worker_session(overrides: Overrides | None, cwd: Path | None) -> Session:
    return open_session(overrides or Overrides(), cwd)


def _chunk(session: Session, items: Sequence[Item]) -> list[Result]:
    """Lint one chunk: its texts analysed together first (`nlp.pipe`), then each document
    (each `Later` read again, its language already known)."""
    analyzer = session.analyzer
    loaded = [(_loaded(analyzer, subject), day) for subject, day in items]
    if any(a.rule.needs_nlp for a in session.active):
        analyzer.prepare(view for subject, _ in loaded for view in _texts(analyzer, subject))
    results = [
        lint(subject, session.plan(subject.source, day), analyzer) for subject, day in loaded
    ]
    analyzer.forget()  # the Docs of this chunk: memory stays flat over many files
    return results


def _loaded(analyzer: Analyzer, subject: Profile | Draft | Later) -> Profile | Draft:
    if not isinstance(subject, Later):
        return subject
    whole = subject.load()
    if subject.lang:  # what engine.text_language found before: not detected again
        analyzer.languages[id(whole)] = (whole, subject.lang)
        if isinstance(whole, Draft) and not whole.lang:  # detected over the draft's text
            analyzer.detected(whole.text, subject.lang)
    return whole


def _texts(analyzer: Analyzer, subject: Profile | Draft) -> Iterator[TextView]:
    """The long texts most text rules read: a draft's text; a profile's headline, About
    and positions. Rules build any other Doc on demand."""
    if isinstance(subject, Draft):
        if subject.text:
            yield analyzer.view(subject.text, subject.lang)
        return
    for text in subject.texts():
        yield analyzer.view(text)
