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
from markupsafe import Markup, escape

from profile_lint import __version__
from profile_lint.i18n import Translator
from profile_lint.printable import printable


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


def environment(tr: Translator) -> jinja2.Environment:
    """Templates whose `_()` and `ngettext()` read the catalogs of `tr`'s language and
    fill their `%(name)s` placeholders as that language writes numbers. As with Jinja's
    own gettext, the catalog's text is trusted and the values put into it are escaped."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown,
    )

    def fill(template: str, params: dict[str, Any]) -> Markup:
        safe = {k: escape(_shown(v)) if isinstance(v, str) else v for k, v in params.items()}
        return Markup(tr.format(template, safe))

    def gettext(text: str, **params: Any) -> Markup:
        return fill(tr.gettext(text), params)

    def ngettext(singular: str, plural: str, n: int, **params: Any) -> Markup:
        return fill(tr.ngettext(singular, plural, n), {"num": n, **params})

    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)
    env.filters["num"] = lambda v: "" if v is None else tr.number(v, 1)
    env.filters["int"] = lambda v: "" if v is None else tr.number(v)
    env.filters["rule"] = lambda name: Markup('<span class="rule">%s</span>') % name
    return env


def _shown(value: Any) -> Any:
    """Every value a template prints: text from the input with its control characters and
    bidirectional overrides escaped (markup of ours, already safe, is left as it is)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def render(template: str, tr: Translator, context: dict[str, Any]) -> str:
    css = stylesheet()
    page = environment(tr).get_template(template)
    return page.render(
        **context,
        css=Markup(css),
        csp=content_security_policy(css),
        version=__version__,
    )
