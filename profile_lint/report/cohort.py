"""A cohort of members: ranking, percentiles, and the coach's CSV/JSON summary."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import PurePath
from typing import Any

from profile_lint.i18n import Translator
from profile_lint.printable import json_text, spreadsheet_cell
from profile_lint.report.build import Member
from profile_lint.report.progress import change
from profile_lint.rule import Msg

SUMMARY_FIELDS = (
    "rank",
    "name",
    "source",
    "report",
    "total",
    "max",
    "percent",
    "percentile",
    "coverage",
    "brand",
    "people",
    "insights",
    "relationships",
    "errors",
    "warnings",
    "info",
    "previous",
    "change",
)


def percentile(value: float | None, others: list[float | None]) -> int | None:
    """The member's percentile rank in the cohort (0-100): the share of the cohort below
    them, the members level with them (themselves included) counting half. The lowest
    of five is at 10, the highest at 90, a cohort of equals all at 50; None without a
    score, or without another member to compare with."""
    rivals = [o for o in others if o is not None]
    if value is None or not rivals:
        return None
    below = sum(1 for o in rivals if o < value)
    level = 1 + sum(1 for o in rivals if o == value)
    return round(100 * (below + 0.5 * level) / (len(rivals) + 1))


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
                "coverage": round(100 * score.coverage),
                "pillars": [p.score for p in score.pillars],
                **{p.id: p.score for p in score.pillars},
                "errors": counts["error"],
                "warnings": counts["warning"],
                "info": counts["info"],
                "findings": len(member.result.findings),
                # with --history: the previous run's total, and the change since when the
                # same pillars were estimated both times
                "previous": member.past[-1].total if member.past else None,
                "change": change(score, member.past[-1]) if member.past else None,
                "first_run": not member.past,
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


def summary_json(rows: list[dict[str, Any]], tr: Translator) -> str:
    members = [{k: row[k] for k in SUMMARY_FIELDS} for row in rows]
    note = tr.render(
        Msg(
            "Estimate of the four Social Selling Index pillars from each input; not "
            "LinkedIn's SSI. Percentile within this cohort."
        )
    )
    data = {"version": 1, "lang": tr.lang, "note": note, "members": members}
    return json_text(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
