from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from profile_lint.engine import Result
from profile_lint.i18n import Translator
from profile_lint.rule import Rule


@dataclass
class Totals:
    """What the end of an output streamed result by result says of the whole run."""

    counts: Counter[str] = field(default_factory=Counter)
    fixable: int = 0
    files: int = 0

    def add(self, results: list[Result]) -> None:
        self.counts.update(str(f.severity) for r in results for f in r.findings)
        self.fixable += sum(f.fixable for r in results for f in r.findings)
        self.files += len(results)


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
    # Streamed (formatters/stream.py): the whole run's totals, `results` being one part.
    totals: Totals | None = None

    def counts(self) -> Counter[str]:
        if self.totals is not None:
            return Counter(self.totals.counts)
        return Counter(str(f.severity) for r in self.results for f in r.findings)

    def fixable(self) -> int:
        if self.totals is not None:
            return self.totals.fixable
        return sum(f.fixable for r in self.results for f in r.findings)

    def files(self) -> int:
        return self.totals.files if self.totals is not None else len(self.results)
