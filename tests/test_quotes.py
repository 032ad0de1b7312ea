"""Quotations, English and French: what rules treat as mentioned rather than said."""

from __future__ import annotations

import pytest

from profile_lint.quotes import is_quoted, quoted_spans, unbroken


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('people who write "comment YES below" get', ['"comment YES below"']),
        ("par « Commentez OUI » et", ["« Commentez OUI »"]),
        ("par «\u202fOUI\u202f» et", ["«\u202fOUI\u202f»"]),
        ("the “Tag someone” and ‘Repost this’ lines", ["“Tag someone”", "‘Repost this’"]),
        ("writing 'comment YES' isn't a plan", ["'comment YES'"]),
        ("don't, l’équipe, people's work", []),
        ('an open " quote\n\nnever closes " here', []),
    ],
)
def test_quoted_spans(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(text)] == quoted


def test_is_quoted_is_inside_the_marks():
    text = 'Stop "Comment YES" now'
    spans = quoted_spans(text)
    assert is_quoted(spans, text.index("Comment"))
    assert not is_quoted(spans, text.index("Stop")) and not is_quoted(spans, text.index("now"))


@pytest.mark.parametrize(
    "text, part, whole",
    [
        ('Comment "PLAN" below', 'Comment "PLAN', 'Comment "PLAN"'),
        ("Commentez « OUI » ici", "Commentez « OUI", "Commentez « OUI »"),
        ("Sachez-le", "ach", "Sachez"),
        ("plain words", "plain", "plain"),
    ],
)
def test_unbroken_never_cuts_a_word_or_a_quotation(text, part, whole):
    start = text.index(part)
    s, e = unbroken(text, start, start + len(part))
    assert text[s:e] == whole
