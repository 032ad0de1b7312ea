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
    """One horizontal bar per pillar, 0-25; a pillar not measured is shown as such."""
    row, label_w, bar_w = 46, 300, 360
    height = row * len(pillars) + 10
    body: list[str] = []
    alt = []
    for i, p in enumerate(pillars):
        y = 8 + i * row
        body.append(f'<text class="label" x="0" y="{y + 21}">{escape(p["label"])}</text>')
        body.append(
            f'<rect class="track" x="{label_w}" y="{y + 6}" width="{bar_w}" height="22" rx="4"/>'
        )
        if p["score"] is None:
            text = (
                tr.gettext("not measured") if p.get("low") is None else tr.gettext("not estimated")
            )
            body.append(
                f'<rect class="unmeasured" x="{label_w}" y="{y + 6}" width="{bar_w}" '
                f'height="22" rx="4"/>'
                f'<text class="value muted" x="{label_w + bar_w + 10}" y="{y + 22}">'
                f"{escape(text)}</text>"
            )
            alt.append(f"{p['label']}: {text}")
            continue
        width = round(bar_w * max(0.0, min(1.0, p["score"] / p["max"])), 1)
        value = f"{_number(p['score'], tr)} / {p['max']}"
        body.append(
            f'<rect class="bar pillar-{escape(p["id"])}" x="{label_w}" y="{y + 6}" '
            f'width="{width}" height="22" rx="4"/>'
            f'<text class="value" x="{label_w + bar_w + 10}" y="{y + 22}">{escape(value)}</text>'
        )
        alt.append(f"{p['label']}: {value}")
    return _svg(
        label_w + bar_w + 120,
        height,
        tr.gettext("Score by pillar"),
        "; ".join(alt),
        body,
        "pillars",
    )


def monthly_bars(
    months: Sequence[str], values: Sequence[int], title: str, tr: Translator
) -> Markup:
    """Vertical bars, one per month (YYYY-MM), with the count above each bar."""
    names = tr.month_names()
    width, height, left, bottom, top = 640, 200, 30, 34, 18
    slot = (width - left) / max(1, len(months))
    peak = max([*values, 1])
    plot = height - bottom - top
    body = [
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width}" '
        f'y2="{height - bottom}"/>'
    ]
    alt = []
    for i, (month, value) in enumerate(zip(months, values, strict=True)):
        x = left + i * slot + slot * 0.18
        bar_h = round(plot * value / peak, 1)
        y = height - bottom - bar_h
        year, number = month.split("-")
        name = names[int(number) - 1]
        body.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.64:.1f}" '
            f'height="{bar_h}"/>'
        )
        if value:
            body.append(
                f'<text class="count" x="{x + slot * 0.32:.1f}" y="{y - 4:.1f}">'
                f"{tr.number(value)}</text>"
            )
        label = escape(name if number != "01" and i else f"{name} {year[2:]}")
        body.append(
            f'<text class="month" x="{x + slot * 0.32:.1f}" y="{height - bottom + 16}">'
            f"{label}</text>"
        )
        alt.append(f"{name} {year}: {tr.number(value)}")
    return _svg(width, height, title, "; ".join(alt), body, "monthly")
