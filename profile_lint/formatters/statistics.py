"""`--statistics`: how many findings each rule has, most first (ruff's --statistics)."""

from __future__ import annotations

import json
from collections import Counter

from profile_lint.formatters.types import Report


def counts(report: Report) -> list[tuple[int, str, str]]:
    """(count, code, name) of every rule with findings, most first, then by code."""
    found = Counter((f.code, f.name) for r in report.results for f in r.findings)
    return sorted(
        ((n, code, name) for (code, name), n in found.items()), key=lambda t: (-t[0], t[1])
    )


def render_statistics(report: Report, fmt: str) -> str:
    """One line per rule (text), or a JSON list of {code, name, count}."""
    rows = counts(report)
    if fmt == "json":
        data = [{"code": code, "name": name, "count": n} for n, code, name in rows]
        return json.dumps(data, indent=2) + "\n"
    width = max((len(str(n)) for n, _, _ in rows), default=1)
    return "".join(f"{n:>{width}}  {code:<6} {name}\n" for n, code, name in rows)
