import re
from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Edit, Msg, Plural, Problem, Rule, Severity

# Spaces or tabs at the end of a line, or two or more between two words.
_STRAY = re.compile(r"[ \t]+(?=\n)|(?<=\S)[ \t]{2,}(?=\S)")


class StraySpaces(Rule):
    """Spaces where none belong: several in a row between two words, or at the end of a
    line.

    LinkedIn shows a post as typed, so a run of spaces is a visible gap that reads as a
    typo; spaces at the end of a line show nothing and are left over from editing. One
    finding covers the whole post, at the first stray space. Spaces that indent the start
    of a line, and non-breaking spaces (French punctuation), are left alone.

    `--fix` makes each run between words one space and drops spaces at the ends of lines.

    **Anti-pattern**: `We cut our close  from five days to two.` (two spaces)

    **Best practice**: one space between words: `We cut our close from five days to two.`

    **Source** (coach): copy editors' one-space convention; LinkedIn posts show the text
    as typed.
    """

    code = "PO016"
    name = "stray-spaces"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    fixable = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        found = list(_STRAY.finditer(subject.text))
        if not found:
            return
        edits = tuple(Edit(m.start(), m.end(), "" if _at_line_end(m) else " ") for m in found)
        yield Problem(
            message=Plural(
                "%(count)d place with stray spaces (two or more between words, or at the end "
                "of a line); the first is here.",
                "%(count)d places with stray spaces (two or more between words, or at the end "
                "of a line); the first is here.",
                count=len(found),
            ),
            suggestion=Msg("Leave one space between words and none at the end of a line."),
            span=found[0].span(),
            fix=edits,
        )


def _at_line_end(match: re.Match[str]) -> bool:
    return match.string.startswith("\n", match.end())
