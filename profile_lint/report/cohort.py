"""A cohort of members: ranking, percentiles, and the coach's CSV/JSON summary."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import PurePath
from typing import Any

from profile_lint.printable import json_text, spreadsheet_cell
from profile_lint.report.build import Member

SUMMARY_FIELDS = (
    "rank",
    "name",
    "source",
    "report",
    "total",
    "max",
    "percent",
    "percentile",
    "brand",
    "people",
    "insights",
    "relationships",
    "errors",
    "warnings",
    "info",
)


def percentile(value: float | None, others: list[float | None]) -> int | None:
    """Share of the other members with a lower value, ties counting half (0-100)."""
    rivals = [o for o in others if o is not None]
    if value is None or not rivals:
        return None
    below = sum(1 for o in rivals if o < value) + 0.5 * sum(1 for o in rivals if o == value)
    return round(100 * below / len(rivals))


def file_names(members: list[Member]) -> list[str]:
    """One report file name per member, from its input's name, unique within the cohort."""
    out: list[str] = []
    for member in members:
        base = PurePath(member.profile.source.rstrip("/\\")).name
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", base.rsplit(".", 1)[0]).strip("-")[:60]
        stem = stem or "profile"
        name, n = f"{stem}.html", 2
        while name in out or name == "index.html":
            name, n = f"{stem}-{n}.html", n + 1
        out.append(name)
    return out


def ranking(members: list[Member], files: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for member, file in zip(members, files, strict=True):
        score = member.score
        counts = {s: 0 for s in ("error", "warning", "info")}
        for f in member.result.findings:
            counts[f.severity.name.lower()] += 1
        rows.append(
            {
                "name": member.name,
                "source": member.profile.source,
                "report": file,
                "file": file,
                "total": score.total,
                "max": score.max,
                "percent": score.percent,
                "pillars": [p.score for p in score.pillars],
                **{p.id: p.score for p in score.pillars},
                "errors": counts["error"],
                "warnings": counts["warning"],
                "info": counts["info"],
                "findings": len(member.result.findings),
            }
        )
    for i, row in enumerate(rows):
        others = [r["percent"] for j, r in enumerate(rows) if j != i]
        row["percentile"] = percentile(row["percent"], others)
    rows.sort(key=lambda r: (r["percent"] is None, -(r["percent"] or 0), r["name"]))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


def summary_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=SUMMARY_FIELDS,
        extrasaction="ignore",
        lineterminator="\n",
        quoting=csv.QUOTE_NONNUMERIC,  # text quoted: a `;` or `,` in it splits no cell
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_cell(row[k]) for k in SUMMARY_FIELDS})
    return buffer.getvalue()


def summary_json(rows: list[dict[str, Any]]) -> str:
    members = [{k: row[k] for k in SUMMARY_FIELDS} for row in rows]
    note = (
        "Estimate of the four Social Selling Index pillars from each input; "
        "not LinkedIn's SSI. Percentile within this cohort."
    )
    return (
        json_text(
            json.dumps(
                {"version": 1, "note": note, "members": members}, indent=2, ensure_ascii=False
            )
        )
        + "\n"
    )
