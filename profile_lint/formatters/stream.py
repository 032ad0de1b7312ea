"""Outputs written as results come, byte for byte what the one-string formatters give.

A run over thousands of inputs keeps no result once it is written: only the totals the
end of the output needs (`Totals`). The text and JSON formats stream; the others (SARIF's
one document of rules and results, GitHub's, --statistics) take every result at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from profile_lint.engine import Result
from profile_lint.formatters import pretty_json
from profile_lint.formatters.json import report_dict, result_dict, summary_dict
from profile_lint.formatters.text import end_lines, result_lines
from profile_lint.formatters.types import Report, Totals
from profile_lint.printable import json_text, no_commands

STREAMED = ("text", "json")
_MARK = "\0results\0"  # stands for the results in the JSON document's frame


class Stream:
    """`add` each part of the results in order, then `end`; `write` gets the output."""

    def __init__(self, fmt: str, report: Report, write: Callable[[str], None]):
        if fmt not in STREAMED:
            raise ValueError(f"the {fmt} format does not stream")
        self.fmt, self.write = fmt, write
        self.report = replace(report, results=[], totals=Totals())
        self.written = False

    def add(self, results: list[Result]) -> None:
        assert self.report.totals is not None
        self.report.totals.add(results)
        part = replace(self.report, results=results)
        if self.fmt == "text":
            lines = result_lines(part)
            if lines:
                self._out(no_commands("\n".join(lines) + "\n"))
            return
        for result in results:
            text = pretty_json.dumps(result_dict(result, part.tr), margin="    ")
            self._out(("," if self.written else self._head()) + "\n    ")
            self._out(json_text(text))

    def end(self) -> None:
        if self.fmt == "text":
            lines = end_lines(self.report)
            if lines or not self.written:
                self._out(no_commands("\n".join(lines) + "\n"))
        elif not self.written:  # no result: the document as the formatter writes it
            whole = json.dumps(report_dict(self.report), indent=2, ensure_ascii=False)
            self._out(json_text(whole) + "\n")
        else:
            summary = json.dumps(summary_dict(self.report), indent=2, ensure_ascii=False)
            self._out("\n  ],\n  " + '"summary": ' + json_text(summary.replace("\n", "\n  ")))
            self._out("\n}\n")

    def _head(self) -> str:
        """The JSON document up to its first result."""
        frame = report_dict(self.report)
        frame["results"], frame["summary"] = [_MARK], {}
        whole = json.dumps(frame, indent=2, ensure_ascii=False)
        return json_text(whole[: whole.index(json.dumps(_MARK))].rstrip(" \n"))

    def _out(self, text: str) -> None:
        self.written = True
        self.write(text)
