"""The rule API: everything a rule (built-in or plugin) needs, and nothing more.

A rule is a class with metadata and one generator, `check`, that yields `Problem`s.
The engine stamps code, name, severity and pillar onto each problem to make a `Finding`.
Rules never print, read files or load models: text analysis comes from the `Context`.
"""

from __future__ import annotations

import abc
import enum
import functools
import inspect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Protocol

from profile_lint.lexicon import Lexicon, fold
from profile_lint.message import Msg, Plural
from profile_lint.model import Activity, Draft, JobAd, LinkedInFacts, Profile, Term
from profile_lint.preview import Preview, fold_preview
from profile_lint.target import TargetMatch
from profile_lint.terms import Terms
from profile_lint.text import SUPPORTED_LANGUAGES as LANGUAGES
from profile_lint.text import TextView

__all__ = [
    "LANGUAGES",
    "PILLARS",
    "PILLAR_NAMES",
    "TARGETS",
    "Activity",
    "Context",
    "Draft",
    "Edit",
    "Finding",
    "JobAd",
    "Lexicon",
    "LinkedInFacts",
    "Msg",
    "Option",
    "Plural",
    "Preview",
    "Problem",
    "Profile",
    "Rule",
    "Severity",
    "SuppressionState",
    "TargetMatch",
    "Term",
    "Terms",
    "TextView",
    "fold",
    "fold_preview",
]

TARGETS = ("profile", "post", "activity")
PILLARS = ("brand", "people", "insights", "relationships")
# Each pillar's short name for people (score.py holds the pillars' full labels).
PILLAR_NAMES = {
    "brand": Msg("brand"),
    "people": Msg("people"),
    "insights": Msg("insights"),
    "relationships": Msg("relationships"),
}


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]

    def __str__(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> Msg:
        """The severity as a word for people, in the output language once rendered."""
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {
    Severity.INFO: Msg("info"),
    Severity.WARNING: Msg("warning"),
    Severity.ERROR: Msg("error"),
}


@dataclass(frozen=True)
class Option:
    """A rule option: its default (which also fixes its type) and a one-line help."""

    default: Any
    help: str
    choices: tuple[Any, ...] | None = None

    def validate(self, value: Any) -> str | None:
        """Return an error message, or None when `value` fits this option."""
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return None
        if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
            return f"expected {expected.__name__}, got {type(value).__name__}"
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            return "expected a list of strings"
        if self.choices and value not in self.choices:
            return f"expected one of {', '.join(map(str, self.choices))}"
        return None


@dataclass(frozen=True)
class Edit:
    """Part of a fix: replace characters `start` to `end` of the text a problem is about
    (a draft's post text) with `text`."""

    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class Problem:
    """What a rule yields: a message, a concrete suggestion, and where.

    `message` and `suggestion` are `Msg` values (an English id and its parameters, see
    profile_lint/message.py), rendered in the output language by the output layer; a
    plain string is a message without parameters. `location` is a field path
    (`work[2].summary`) for profiles; `span` is a character range (start, end) in the text
    at that location, or in the draft's text for posts. `at` is a (line, column) in a
    draft's file for what lies outside the post text (a suppression comment), as the
    reader found it. `share` is how much of the rule's points this problem costs in the
    score (0-1): all of them by default; a rule whose problems multiply with content gives
    each its share of what it judged (one of 4 positions: 0.25), a rule about a count how
    far it falls short. `draft` is an optional rewrite built from the member's own text
    (a headline, an About's opening, an experience line), shown to the member as a draft
    to adapt, never as a finished text; a `Msg` whose parameters carry their words, and
    whose [parts in square brackets] are for the member to fill in.
    `fix` is the edits that fix the problem without changing what the
    text means (a rule that gives fixes declares `fixable = True`); `--fix` applies them.
    """

    message: Msg
    suggestion: Msg
    location: str | None = None
    span: tuple[int, int] | None = None
    at: tuple[int, int] | None = None
    share: float = 1.0
    draft: Msg | None = None
    fix: tuple[Edit, ...] = ()

    def __post_init__(self) -> None:
        for name in ("message", "suggestion", "draft"):
            value = getattr(self, name)
            if value is None and name == "draft":
                continue
            if isinstance(value, str):
                object.__setattr__(self, name, Msg(value))
            elif not isinstance(value, Msg):
                raise TypeError(f"Problem.{name} must be a Msg, got {type(value).__name__}")


@dataclass(frozen=True)
class Finding:
    """A flat, immutable record: one problem of one rule, with the rule's metadata stamped on."""

    code: str
    name: str
    severity: Severity
    message: Msg
    suggestion: Msg
    pillar: str
    location: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    share: float = 1.0  # of the rule's points (see Problem)
    draft: Msg | None = None  # a rewrite to adapt (see Problem)
    fix: tuple[Edit, ...] = ()  # in the file's text (offsets of a draft's file)

    @property
    def fixable(self) -> bool:
        return bool(self.fix)

    def sort_key(self) -> tuple[Any, ...]:
        return (self.line or 0, self.column or 0, self.location or "", self.code)

    def to_dict(self, render: Callable[[Msg], Any] = Msg.to_data) -> dict[str, Any]:
        """The finding as JSON: `render` turns message and suggestion into text in the
        output language (the output layer's translator); by default they stay data."""
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": render(self.message),
            "location": self.location,
            "suggestion": render(self.suggestion),
            "pillar": self.pillar,
            "fixable": self.fixable,
        }
        if self.draft is not None:
            out["draft"] = render(self.draft)
        if self.span is not None:
            out["span"] = list(self.span)
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column
            out["end_line"] = self.end_line
            out["end_column"] = self.end_column
        return out


@dataclass(frozen=True)
class SuppressionState:
    """One suppression comment of a draft after the rules ran, as `Rule.review` sees it:
    where it is, the rule it names (None: every rule), whether it suppressed a finding,
    whether that name is a registered rule, and whether that rule ran on this draft."""

    directive: str
    name: str | None
    line: int
    column: int
    used: bool
    known: bool
    ran: bool


class Context(Protocol):
    """What the engine hands a rule."""

    options: Mapping[str, Any]
    as_of: date
    language: str | None
    # In `Rule.review` only: the draft's suppressions and what they did.
    suppressions: Sequence[SuppressionState]
    # A profile aimed at a job ad (--target): the ad's terms it has and lacks; else None.
    target: TargetMatch | None

    def text(self, text: str, lang: str | None = None) -> TextView:
        """The analysed form of `text` (language, lazy spaCy Doc), built once per text."""
        ...


class Rule(abc.ABC):
    """Base class of every rule. Subclasses set the metadata and implement `check`.

    The class docstring is the rule's documentation: what it checks, why, an
    **Anti-pattern** and a **Best practice** example, and **Source** with evidence level.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    target: ClassVar[str]
    pillar: ClassVar[str]
    severity: ClassVar[Severity]
    options: ClassVar[Mapping[str, Option]] = {}
    needs_nlp: ClassVar[bool] = False
    # Whether the rule's problems come with a fix (Problem.fix) that cannot change meaning.
    fixable: ClassVar[bool] = False
    weight: ClassVar[float] = 1.0
    # Facts the input must state for this rule to be evaluated at all (see `applicable`):
    # "linkedin.<fact>" or "activity.<list>" (not None), "target" (a job ad to aim at,
    # --target), or a resume section the input knows.
    needs: ClassVar[tuple[str, ...]] = ()
    # Rules whose finding leaves this rule nothing to judge (about-too-short cannot judge
    # an About that about-missing says is not there): the score counts this rule's points
    # as lost with theirs, so fixing theirs can never cost points here.
    part_of: ClassVar[tuple[str, ...]] = ()
    # What it says about the member when this rule, and the rules of its pillar that are
    # part of it, find nothing: a strength the report shows ("You have a profile photo.").
    # None for rules whose passing is no strength (a limit kept, dates that make sense).
    strength: ClassVar[Msg | None] = None
    # Measured in the score but not reported unless selected by its name or code (`ALL`
    # and code prefixes do not show it): advice coaches do not give unasked.
    quiet: ClassVar[bool] = False

    def unknown(self, subject: Any) -> tuple[str, ...]:
        """The facts of `needs` that the input does not state."""
        if not isinstance(subject, Profile):
            return ()
        out = []
        for need in self.needs:
            group, _, name = need.partition(".")
            if group in ("linkedin", "activity"):
                known = getattr(getattr(subject, group), name, None) is not None
            elif group == "target":
                known = subject.target is not None
            else:
                known = subject.knows(need)
            if not known:
                out.append(need)
        return tuple(out)

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        """Whether the input can tell what this rule checks. The engine runs only such
        rules, and the score counts only them: unknown is never missing.

        The default checks `needs`; a rule with subtler conditions overrides this method
        (`options` are the rule's effective options, defaults when None).
        """
        return not self.unknown(subject)

    @abc.abstractmethod
    def check(self, subject: Any, ctx: Context) -> Iterator[Problem]:
        """Yield a Problem for each thing wrong with `subject` (a Profile or a Draft)."""

    def review(self, subject: Any, ctx: Context) -> Iterator[Problem]:
        """After every rule's `check` and the draft's suppressions: yield Problems about
        what the run did (`ctx.suppressions`). Most rules have nothing to add."""
        return iter(())

    def preview(self, subject: Any, ctx: Context) -> Preview | None:
        """What the feed shows of a draft before "…see more", if this rule models it.
        The engine keeps the first preview a selected rule gives."""
        return None

    @classmethod
    def doc(cls) -> str:
        return _cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The documentation's first paragraph, on one line (a catalog message id: the
        output layer shows it in the output language)."""
        return cls.doc().split("\n\n", 1)[0].replace("\n", " ")

    @classmethod
    def source(cls) -> str:
        """The documentation's **Source** paragraph without its label, on one line
        ("(platform): LinkedIn's headline limit is..."; a catalog message id), or ""."""
        return _source(cls.doc())

    @classmethod
    def evidence(cls) -> str:
        """The evidence level the Source paragraph opens with (platform, data, study,
        coach, folklore; tooling for rules about the linter itself), or ""."""
        return _evidence(cls.source())

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        return {key: opt.default for key, opt in cls.options.items()}


@functools.lru_cache(maxsize=1024)  # each finding's output asks for its rule's
def _cleandoc(text: str) -> str:
    return inspect.cleandoc(text)


@functools.lru_cache(maxsize=1024)
def _source(doc: str) -> str:
    for paragraph in doc.split("\n\n"):
        if paragraph.startswith("**Source**"):
            return " ".join(paragraph.removeprefix("**Source**").split()).lstrip(": ")
    return ""


@functools.lru_cache(maxsize=1024)
def _evidence(source: str) -> str:
    found = re.match(r"\((\w+)\)", source)
    return found.group(1) if found else ""
