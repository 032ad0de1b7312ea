"""Main-column sections of a LinkedIn profile PDF: Summary, Experience, Education.

Text sizes tell the parts apart: a company name is bigger than a job title, which is bigger
than running text. A role's dates line anchors it; the line right under the dates is the
role's location when it sits closer than a line of text does.
"""

from __future__ import annotations

import re
from typing import Any

from profile_lint.readers.month_dates import is_duration, parse_range
from profile_lint.readers.pdf_layout import Line, body_size, line_step

_BULLET = re.compile(r"^[•▪◦●\-–*·]\s")
_NO_SPACE_AFTER = ("-", "/", "—", "–")


def paragraphs(lines: list[Line], step: float) -> str:
    """Join wrapped lines; a wide gap starts a paragraph, a bullet starts a line."""
    text = ""
    for index, line in enumerate(lines):
        if index == 0:
            text = line.text
        elif line.gap is not None and line.gap > step * 1.5:
            text += "\n\n" + line.text
        elif _BULLET.match(line.text):
            text += "\n" + line.text
        elif text.endswith(_NO_SPACE_AFTER) and text[-2:-1].isalnum():
            text += line.text
        else:
            text += " " + line.text
    return text.strip()


def _join(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines)


def _split_header(pending: list[Line], company_size: float | None) -> tuple[str, str]:
    """(company, title) from the big lines before a dates line; company '' if not given."""
    if company_size is not None:
        company = [line for line in pending if line.size >= company_size - 0.2]
        title = [line for line in pending if line.size < company_size - 0.2]
        if title:
            return _join(company), _join(title)
    if len(pending) >= 2:
        return _join(pending[:-1]), pending[-1].text
    return "", _join(pending)


def _is_location(line: Line, nxt: Line | None, step: float) -> bool:
    if _BULLET.match(line.text) or len(line.text) > 80 or line.text.endswith((".", ":", ";")):
        return False
    if line.gap is not None:
        return line.gap < step * 0.95
    return nxt is None or (nxt.gap is not None and nxt.gap > step * 1.1)


def parse_experience(lines: list[Line], warn: Any) -> list[dict[str, Any]]:
    # Running text has the size of the dates lines (with no descriptions, it is not the
    # most common size).
    body = body_size([line for line in lines if parse_range(line.text)] or lines)
    step = line_step(lines, body)
    big = sorted({round(line.size * 4) / 4 for line in lines if line.size > body + 0.25})
    company_size = big[-1] if len(big) >= 2 else None
    work: list[dict[str, Any]] = []
    pending: list[Line] = []
    company = ""
    role: dict[str, Any] | None = None
    description: list[Line] = []
    skip: set[int] = set()  # a location line, already used

    def close() -> None:
        if role is not None and description:
            role["summary"] = paragraphs(description, step)
        description.clear()

    for index, line in enumerate(lines):
        if index in skip:
            continue
        dates = parse_range(line.text) if line.size <= body + 0.25 else None
        if line.size > body + 0.25:
            if role is not None:
                close()
                role = None
            pending.append(line)
        elif pending and is_duration(line.text):  # total tenure under a grouped company
            company, pending = _join(pending), []
        elif dates and pending and (dates.end or dates.current or dates.duration):
            name, title = _split_header(pending, company_size)
            company = name or company
            pending = []
            role = {"name": company, "position": title, "startDate": dates.start}
            if dates.end and not dates.current:
                role["endDate"] = dates.end
            work.append(role)
            nxt = lines[index + 2] if index + 2 < len(lines) else None
            if index + 1 < len(lines) and lines[index + 1].size <= body + 0.25:
                after = lines[index + 1]
                if not parse_range(after.text) and _is_location(after, nxt, step):
                    role["location"] = after.text
                    skip.add(index + 1)
        elif role is not None:
            description.append(line)
        else:
            warn(f"Experience: skipped a line outside any position: {line.text[:60]!r}")
    close()
    if pending:
        warn(f"Experience: skipped a heading without dates: {_join(pending)[:60]!r}")
    return work


_DETAIL = re.compile(r"^(?P<degree>.*?)\s*·?\s*\((?P<dates>[^()]*)\)\s*$")


def parse_education(lines: list[Line], warn: Any) -> list[dict[str, Any]]:
    body = min((line.size for line in lines), default=0.0)
    big = {id(line) for line in lines if line.size > body + 0.25}
    if not big:  # all one size: a school line is followed by its detail line
        big = {id(line) for line in lines[::2]}
    education: list[dict[str, Any]] = []
    school: list[Line] = []
    detail: list[Line] = []

    def close() -> None:
        if school:
            education.append(_school(_join(school), _join(detail)))
        school.clear()
        detail.clear()

    for line in lines:
        if id(line) in big:
            if detail:
                close()
            school.append(line)
        elif school:
            detail.append(line)
        else:
            warn(f"Education: skipped a line outside any school: {line.text[:60]!r}")
    close()
    return education


def _school(name: str, detail: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"institution": name}
    match = _DETAIL.match(detail)
    degree = detail
    if match:
        degree = match.group("degree").rstrip(" ·")
        dates = parse_range(match.group("dates"))
        if dates:
            entry["startDate"] = dates.start
            if dates.end:
                entry["endDate"] = dates.end
    if degree:
        kind, _, area = degree.partition(", ")
        entry["studyType"] = kind.strip()
        if area.strip():
            entry["area"] = area.strip()
    return entry
