"""Property tests for post drafts: random YAML front matter, random `<!-- profile-lint-... -->`
comments (unknown directives, unknown names, unclosed), emoji, Mathematical Alphanumeric
letters, links, hashtags. A Draft or a clean InputError naming the file; every rule runs;
the judged text maps back to the file; every finding's position lies in the file."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.readers.drafts import FRONT_MATTER_KEYS, read_draft
from tests.fuzz.common import (
    REGISTRY,
    fuzz_settings,
    lint_draft,
    read_or_error,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import mutated, unicode_text

pytestmark = pytest.mark.slow

POST_RULES = [r for r in REGISTRY.rules if r.target == "post"]
NAMES = [r.name for r in POST_RULES] + [r.code for r in POST_RULES] + ["PR004", "nope", "PO"]
OPTIONS = [*sorted({o for r in POST_RULES for o in r.options}), "severity", "bogus"]
scalar = (
    st.none()
    | st.booleans()
    | st.integers(-3, 5000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | unicode_text
    | st.sampled_from(["en", "fr", "de", "text", "poll", "video", "document"])
)
rule_tables = st.dictionaries(
    st.sampled_from(NAMES), st.dictionaries(st.sampled_from(OPTIONS), scalar, max_size=2) | scalar
)
front_values = {
    "lang": st.sampled_from(["en", "fr", "de", "", None]) | unicode_text,
    "type": st.sampled_from(["text", "poll", "video", "document", "reel"]),
    "rules": rule_tables | scalar,
    "profile-lint": st.fixed_dictionaries(
        {},
        optional={"disable": st.lists(st.sampled_from(NAMES) | unicode_text, max_size=3) | scalar},
    )
    | st.dictionaries(unicode_text, scalar, max_size=2)
    | scalar,
}
front_matter = st.fixed_dictionaries(
    {}, optional={key: front_values[key] for key in FRONT_MATTER_KEYS}
) | st.dictionaries(unicode_text, scalar, max_size=3)


@st.composite
def comment(draw: st.DrawFn) -> str:
    kind = draw(
        st.sampled_from(["disable", "enable", "disable-next-line", "disable-line", "Disable"])
    )
    names = draw(st.lists(st.sampled_from(NAMES) | unicode_text, max_size=3))
    sep = draw(st.sampled_from([" ", ", ", ",", "\n"]))
    close = draw(st.sampled_from(["-->", "-->", "-->", "--", ""]))  # sometimes never closed
    return f"<!-- profile-lint-{kind} {sep.join(names)} {close}"


piece = (
    unicode_text
    | st.sampled_from(
        [
            "\n",
            "\n\n",
            "\r\n",
            "#hashtag ",
            "@Someone ",
            "https://example.com/a?b=c ",
            "**bold** ",
            "𝐁𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐 𝕕𝕠𝕦𝕓𝕝𝕖 ",
            "😀🚀👇🏽 ",
            "Comment YES below! ",
            "I think. We did it. ",
            "<!-- a note -->",
            "<!--",
            "-->",
            "---\n",
            "\ufeff",
        ]
    )
    | comment()
)


@st.composite
def draft_text(draw: st.DrawFn) -> str:
    out = ""
    if draw(st.booleans()):
        meta = draw(front_matter)
        body = yaml.safe_dump(meta, allow_unicode=True) if meta else ""
        if draw(st.integers(0, 5)) == 0:
            body = draw(unicode_text) + "\n"  # not YAML at all, or a scalar
        end = draw(st.sampled_from(["---\n"] * 6 + ["...\n", "---", ""]))  # sometimes unclosed
        out = f"---\n{body}{end}"
    return out + "".join(draw(st.lists(piece, max_size=25)))


def check(data: bytes) -> None:
    with sandbox() as root:
        path = root / "draft.md"
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            draft = read_or_error(str(path), read_draft, 1 << 20, REGISTRY.rules)
            if draft is None:
                return
            result = lint_draft(draft)
    json.dumps(result.fold.to_dict() if result.fold else None)
    json.dumps([f.to_dict() for f in result.findings])
    source = draft.file_text
    for text_start, file_start, length in draft.segments:
        assert (
            draft.text[text_start : text_start + length] == source[file_start : file_start + length]
        )
    lines = source.count("\n") + 1
    for f in result.findings:
        assert f.line is not None and 1 <= f.line <= lines + 1, f
        assert f.column is not None and f.column >= 1, f
        if f.end_line is not None:
            assert (f.line, f.column) <= (f.end_line, f.end_column), f


@fuzz_settings(300)
@given(draft_text())
def test_random_drafts(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"))


@fuzz_settings(100)
@given(draft_text().flatmap(lambda t: mutated(t.encode("utf-8", "surrogatepass"), max_ops=3)))
def test_damaged_drafts(data: bytes) -> None:
    check(data)
