"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from profile_lint.formatters.types import Report
from profile_lint.printable import printable

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    text = printable(text)  # control characters escaped; line breaks encoded below
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    out = []
    for result in report.results:
        for f in result.findings:
            props = [f"file={_prop(result.path)}"]
            if f.line is not None:
                props.append(f"line={f.line}")
                props.append(f"col={f.column}")
                if f.end_line is not None:
                    props.append(f"endLine={f.end_line}")
                    props.append(f"endColumn={f.end_column}")
            props.append(f"title={_prop(f'{f.name} ({f.code})')}")
            where = f"{f.location}: " if f.location else ""
            text = f"{where}{report.tr.render(f.message)} {report.tr.render(f.suggestion)}"
            message = _data(text)
            out.append(f"::{_LEVEL[str(f.severity)]} {','.join(props)}::{message}")
    return "\n".join(out) + ("\n" if out else "")
