"""Render reports with Jinja2: one self-contained HTML file per member, and a cohort index.

Autoescape is always on; the CSS is inlined and allowed by its hash in the page's
Content-Security-Policy, which forbids every script, font, frame and remote image.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from profile_lint import __version__
from profile_lint.printable import printable
from profile_lint.report.i18n import Catalog


def _load(name: str) -> str:
    return resources.files("profile_lint.templates").joinpath(name).read_text(encoding="utf-8")


@cache
def stylesheet() -> str:
    return _load("report.css")


def content_security_policy(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "img-src data:; script-src 'none'; font-src 'none'; connect-src 'none'; "
        "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def environment(cat: Catalog) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown,
    )
    env.install_gettext_callables(cat.gettext, cat.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["num"] = lambda v: (
        "" if v is None else (f"{v:.1f}".replace(".", ",") if cat.lang == "fr" else f"{v:.1f}")
    )
    return env


def _shown(value: Any) -> Any:
    """Every value a template prints: text from the input with its control characters and
    bidirectional overrides escaped (markup of ours, already safe, is left as it is)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def render(template: str, cat: Catalog, context: dict[str, Any]) -> str:
    css = stylesheet()
    page = environment(cat).get_template(template)
    return page.render(
        **context,
        css=Markup(css),
        csp=content_security_policy(css),
        version=__version__,
    )
