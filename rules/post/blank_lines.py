import re
from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Edit, Msg, Plural, Problem, Rule, Severity

# A line break followed by two or more blank lines (blank: nothing, or spaces and tabs).
_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")


class BlankLines(Rule):
    """Two or more blank lines in a row.

    The feed counts every line break as a line: the opening LinkedIn shows before
    "…see more" is about three lines, and a run of blank lines spends them on nothing
    (two blank lines after the first sentence leave no room for the second). One blank
    line separates paragraphs as well on a phone as on a desktop.

    `--fix` keeps one blank line of each run.

    **Anti-pattern**: a first line, then three empty lines, then the story.

    **Best practice**: paragraphs separated by exactly one blank line.

    **Source** (folklore): the feed cuts a post after about three rendered lines, each line
    break counting as one; the numbers are practitioners' observations, not LinkedIn's.
    """

    code = "PO015"
    name = "blank-lines"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    fixable = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        for match in _RUN.finditer(subject.text):
            blank = match.group().count("\n") - 1
            yield Problem(
                message=Plural(
                    "%(count)d blank line in a row: each takes a line of the feed.",
                    "%(count)d blank lines in a row: each takes a line of the feed.",
                    count=blank,
                ),
                suggestion=Msg("Keep one blank line between paragraphs."),
                span=match.span(),
                fix=(Edit(match.start(), match.end(), "\n\n"),),
            )
