"""Text lines with their position and size, read from a PDF with pypdf's text visitor.

LinkedIn's "Save to PDF" puts a narrow sidebar on the left and the main column on the right;
`read_lines` splits the two by x position and drops the `Page N of M` footers.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from profile_lint.errors import InputError

FOOTER = re.compile(r"^Page \d+ (?:of|sur|de|/) \d+$", re.IGNORECASE)


@dataclass
class Line:
    text: str
    x: float
    y: float  # distance from the top of the page, in points
    size: float
    page: int
    gap: float | None = None  # distance from the line before in the same column and page

    @property
    def width(self) -> float:
        """A rough width (half an em a character): good enough to compare lines."""
        return len(self.text) * self.size * 0.5


@dataclass
class Layout:
    metadata: dict[str, str]
    left: list[Line] = field(default_factory=list)
    main: list[Line] = field(default_factory=list)
    pages: int = 0


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs repairs of damaged files as warnings; they are not ours to print."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


MAX_PAGES = 100  # reading a page takes about 4 ms; 3,000 pages took 13 s
_ENCRYPTED = "the PDF is encrypted; save the profile to PDF again"
# pypdf needs the `cryptography` package for AES; profile-lint does not depend on it.
_AES = (
    "the PDF is encrypted with AES, which profile-lint does not read; save the profile to PDF again"
)


def _open(path: str, raw: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if not raw.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (it does not start with %PDF)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, _ENCRYPTED)
        pages = len(reader.pages)  # loads the page tree: a broken one fails here
        if pages > MAX_PAGES:
            raise InputError(
                path,
                f"{pages:,} pages, over the {MAX_PAGES} profile-lint reads: not a LinkedIn "
                "'Save to PDF' profile (a long one has about 10)",
            )
    except InputError:
        raise
    except DependencyError as exc:
        raise InputError(path, _AES) from exc
    except Exception as exc:
        if "encrypt" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise InputError(path, _ENCRYPTED) from exc
        raise InputError(path, f"cannot read the PDF (damaged or incomplete): {exc}") from exc
    return reader


def _runs(page: Any, number: int) -> list[Line]:
    height = float(page.mediabox.height)
    runs: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
        runs.append(Line(text, x, height - y, round(size * scale, 2), number))

    page.extract_text(visitor_text=visit)
    return runs


def _merge(runs: list[Line]) -> list[Line]:
    """Runs on one baseline (within 1.5 pt) become one line, read left to right."""
    groups: list[list[Line]] = []
    for run in sorted(runs, key=lambda r: r.y):
        if groups and abs(groups[-1][0].y - run.y) <= 1.5:
            groups[-1].append(run)
        else:
            groups.append([run])
    lines: list[Line] = []
    for group in groups:
        group.sort(key=lambda r: r.x)
        text = group[0].text
        for run in group[1:]:
            text += ("" if text.endswith(" ") or run.text.startswith(" ") else " ") + run.text
        text = " ".join(text.split())
        if text and not FOOTER.match(text):
            size = max(r.size for r in group)
            lines.append(Line(text, group[0].x, group[0].y, size, group[0].page))
    return lines


def _with_gaps(lines: list[Line]) -> list[Line]:
    for before, line in zip([None, *lines], lines, strict=False):
        if before is not None and before.page == line.page:
            line.gap = round(line.y - before.y, 2)
    return lines


def read_lines(path: str, raw: bytes) -> Layout:
    from pypdf.errors import DependencyError

    with _quiet_pypdf():
        reader = _open(path, raw)
        try:
            metadata = {str(k).lstrip("/"): str(v) for k, v in (reader.metadata or {}).items()}
            pages = [_runs(page, n) for n, page in enumerate(reader.pages, start=1)]
            width = float(reader.pages[0].mediabox.width)
        except DependencyError as exc:
            raise InputError(path, _AES) from exc
        except Exception as exc:
            raise InputError(path, f"cannot read the PDF text (damaged file?): {exc}") from exc
    layout = Layout(metadata, pages=len(pages))
    if not any(pages):
        return layout
    # The main column starts where the biggest text (the member's name) on page 1 starts.
    first = next(p for p in pages if p)
    name = max(first, key=lambda line: line.size)
    split = name.x - 20 if name.x > width * 0.15 else width * 0.3
    for runs in pages:
        layout.left += _merge([r for r in runs if r.x < split])
        layout.main += _merge([r for r in runs if r.x >= split])
    layout.left = _with_gaps(layout.left)
    layout.main = _with_gaps(layout.main)
    return layout


def body_size(lines: list[Line]) -> float:
    """The most common text size: the size of running text."""
    counts = Counter(round(line.size * 4) / 4 for line in lines)
    return counts.most_common(1)[0][0] if counts else 0.0


def line_step(lines: list[Line], size: float) -> float:
    """The usual distance between two lines of running text of this size."""
    gaps = Counter(
        round(line.gap, 1)
        for line in lines
        if line.gap and line.gap > 0 and abs(line.size - size) < 0.3
    )
    return gaps.most_common(1)[0][0] if gaps else size * 1.2
