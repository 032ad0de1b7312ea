from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from profile_lint.engine import Result
from profile_lint.i18n import Translator
from profile_lint.rule import Rule


@dataclass
class Report:
    """Everything a formatter may show, and the translator of the output's one language."""

    results: list[Result]
    rules: list[type[Rule]] = field(default_factory=list)
    color: bool = False
    quiet: bool = False
    hide_clean: bool = False  # leave out files with nothing to report (pre-commit)
    fixed: int | None = None  # problems fixed (--fix), None without --fix
    tr: Translator = field(default_factory=lambda: Translator("en"))

    def counts(self) -> Counter[str]:
        return Counter(str(f.severity) for r in self.results for f in r.findings)

    def fixable(self) -> int:
        return sum(f.fixable for r in self.results for f in r.findings)
