"""The rule API: everything a rule (built-in or plugin) needs, and nothing more.

A rule is a class with metadata and one generator, `check`, that yields `Problem`s.
The engine stamps code, name, severity and pillar onto each problem to make a `Finding`.
Rules never print, read files or load models: text analysis comes from the `Context`.
"""

from __future__ import annotations

import abc
import enum
import inspect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Protocol

from profile_lint.lexicon import Lexicon
from profile_lint.model import Activity, Draft, LinkedInFacts, Profile
from profile_lint.preview import Preview, fold_preview
from profile_lint.text import TextView

__all__ = [
    "PILLARS",
    "TARGETS",
    "Activity",
    "Context",
    "Draft",
    "Finding",
    "Lexicon",
    "LinkedInFacts",
    "Option",
    "Preview",
    "Problem",
    "Profile",
    "Rule",
    "Severity",
    "TextView",
    "fold_preview",
]

TARGETS = ("profile", "post", "activity")
PILLARS = ("brand", "people", "insights", "relationships")


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]

    def __str__(self) -> str:
        return self.name.lower()


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
class Problem:
    """What a rule yields: a message, a concrete suggestion, and where.

    `location` is a field path (`work[2].summary`) for profiles; `span` is a character
    range (start, end) in the text at that location, or in the draft's text for posts.
    """

    message: str
    suggestion: str
    location: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Finding:
    """A flat, immutable record: one problem of one rule, with the rule's metadata stamped on."""

    code: str
    name: str
    severity: Severity
    message: str
    suggestion: str
    pillar: str
    location: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def sort_key(self) -> tuple[Any, ...]:
        return (self.line or 0, self.column or 0, self.location or "", self.code)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "location": self.location,
            "suggestion": self.suggestion,
            "pillar": self.pillar,
        }
        if self.span is not None:
            out["span"] = list(self.span)
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column
            out["end_line"] = self.end_line
            out["end_column"] = self.end_column
        out.update(self.extra)
        return out


class Context(Protocol):
    """What the engine hands a rule."""

    options: Mapping[str, Any]
    as_of: date
    language: str | None

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
    weight: ClassVar[float] = 1.0
    # Facts the input must state for this rule to be evaluated at all (see `applicable`):
    # "linkedin.<fact>" or "activity.<list>" (not None), or a resume section the input knows.
    needs: ClassVar[tuple[str, ...]] = ()

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        """Whether the input can tell what this rule checks; the score counts only such rules.

        The default checks `needs`; a rule with subtler conditions overrides this method
        (`options` are the rule's effective options, defaults when None).
        """
        if not isinstance(subject, Profile):
            return True
        for need in self.needs:
            group, _, name = need.partition(".")
            if group == "linkedin" and getattr(subject.linkedin, name, None) is None:
                return False
            if group == "activity" and getattr(subject.activity, name, None) is None:
                return False
            if group not in ("linkedin", "activity") and not subject.knows(need):
                return False
        return True

    @abc.abstractmethod
    def check(self, subject: Any, ctx: Context) -> Iterator[Problem]:
        """Yield a Problem for each thing wrong with `subject` (a Profile or a Draft)."""

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().split("\n\n", 1)[0].replace("\n", " ")

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        return {key: opt.default for key, opt in cls.options.items()}
