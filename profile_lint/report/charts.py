"""Inline SVG charts: no script, no remote resource, a text alternative in each.

Every piece of text goes through `escape`; the result is Markup so the template inserts
it as is. Colours come from the report's CSS classes so print and screen stay in step.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from profile_lint.i18n import Translator


def _number(value: float | None, tr: Translator) -> str:
    return "" if value is None else tr.number(value, 1)


def _svg(width: int, height: int, title: str, desc: str, body: list[str], cls: str) -> Markup:
    uid = f"{cls}-{zlib.crc32((title + desc).encode()):08x}"
    head = (
        f'<svg class="chart {cls}" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{uid}-t">{escape(title)}</title><desc id="{uid}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def pillar_bars(pillars: Sequence[dict[str, Any]], tr: Translator) -> Markup:
    """One horizontal bar per pillar, 0-25, its label above it (readable on a phone); a
    pillar not estimated is shown as such."""
    row, width, bar_w = 50, 400, 330
    height = row * len(pillars) + 4
    body: list[str] = []
    alt = []
    for i, p in enumerate(pillars):
        y = i * row
        body.append(f'<text class="label" x="0" y="{y + 16}">{escape(p["label"])}</text>')
        body.append(f'<rect class="track" x="0" y="{y + 24}" width="{bar_w}" height="16" rx="4"/>')
        if p["score"] is None:
            text = (
                tr.gettext("not measured") if p.get("low") is None else tr.gettext("not estimated")
            )
            body.append(
                f'<rect class="unmeasured" x="0" y="{y + 24}" width="{bar_w}" height="16" rx="4"/>'
                f'<text class="value muted" x="{width}" y="{y + 16}">{escape(text)}</text>'
            )
            alt.append(f"{p['label']}: {text}")
            continue
        filled = round(bar_w * max(0.0, min(1.0, p["score"] / p["max"])), 1)
        value = f"{_number(p['score'], tr)} / {p['max']}"
        body.append(
            f'<rect class="bar pillar-{escape(p["id"])}" x="0" y="{y + 24}" '
            f'width="{filled}" height="16" rx="4"/>'
            f'<text class="value" x="{width}" y="{y + 37}">{escape(value)}</text>'
        )
        alt.append(f"{p['label']}: {value}")
    return _svg(width, height, tr.gettext("Score by pillar"), "; ".join(alt), body, "pillars")


def monthly_bars(
    months: Sequence[str], values: Sequence[int], title: str, tr: Translator
) -> Markup:
    """Vertical bars, one per month (YYYY-MM), with the count above each bar; every
    other month named (all of them in the text alternative)."""
    names = tr.month_names()
    width, height, left, bottom, top = 360, 170, 4, 30, 16
    slot = (width - left) / max(1, len(months))
    peak = max([*values, 1])
    plot = height - bottom - top
    body = [
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width}" '
        f'y2="{height - bottom}"/>'
    ]
    alt = []
    last = len(months) - 1
    for i, (month, value) in enumerate(zip(months, values, strict=True)):
        x = left + i * slot + slot * 0.15
        bar_h = round(plot * value / peak, 1)
        y = height - bottom - bar_h
        year, number = month.split("-")
        name = names[int(number) - 1]
        middle = x + slot * 0.35
        body.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{bar_h}"/>'
        )
        if value:
            body.append(
                f'<text class="count" x="{middle:.1f}" y="{y - 4:.1f}">{tr.number(value)}</text>'
            )
        if (last - i) % 2 == 0:
            label = escape(name if number != "01" and i else f"{name} {year[2:]}")
            body.append(
                f'<text class="month" x="{middle:.1f}" y="{height - bottom + 16}">{label}</text>'
            )
        alt.append(f"{name} {year}: {tr.number(value)}")
    return _svg(width, height, title, "; ".join(alt), body, "monthly")


def trend(
    labels: Sequence[str], values: Sequence[float | None], top: float, title: str, tr: Translator
) -> Markup:
    """A small line over the runs (oldest first), 0 to `top`, with the first and the last
    value written at its ends; a run where the value was not estimated leaves a gap."""
    width, height, pad, room = 220, 64, 6, 42
    left, right = room, width - room
    step = (right - left) / max(1, len(values) - 1)

    def point(i: int, value: float) -> tuple[float, float]:
        share = max(0.0, min(1.0, value / top)) if top else 0.0
        return left + i * step, round(height - pad - share * (height - 2 * pad), 1)

    axis = f'x1="{left}" y1="{height - pad}" x2="{right}" y2="{height - pad}"'
    body = [f'<line class="axis" {axis}/>']
    run: list[str] = []
    for i, value in enumerate([*values, None]):
        if value is None:
            if len(run) > 1:
                body.append(f'<polyline class="line" points="{" ".join(run)}"/>')
            run = []
            continue
        x, y = point(i, value)
        run.append(f"{x:.1f},{y}")
        body.append(f'<circle class="dot" cx="{x:.1f}" cy="{y}" r="3"/>')
    ends = (values[0], values[-1]) if values else (None, None)
    for x, anchor, value in ((left - 6, "end", ends[0]), (right + 6, "start", ends[1])):
        shown = "–" if value is None else _number(value, tr)
        body.append(
            f'<text class="value {anchor}" x="{x}" y="{height / 2 + 5}">{escape(shown)}</text>'
        )
    alt = [
        f"{label}: {'–' if v is None else _number(v, tr)}"
        for label, v in zip(labels, values, strict=True)
    ]
    return _svg(width, height, title, "; ".join(alt), body, "trend")
