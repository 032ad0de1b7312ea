from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.metrics import has_metric
from profile_lint.rules.profile.positions import (
    description,
    label,
    positions,
    recent,
    share_of_each,
)


class ExperienceThinDescription(Rule):
    """The current or most recent position's description is shorter than 200 characters.

    One line under a position rarely says more than the title: what you did, how, and with
    what result need a few lines. Judged: the current positions (no end date) and the most
    recent one; an older role may be short (visitors read the top of the list), and a role
    started less than three months ago may still be a placeholder (the one before it is
    judged instead). The description is the position's `summary`,
    `description` and `highlights` joined; a position without any is left to
    experience-no-description. Characters are counted as Unicode characters. A description
    of at least half the length that gives a result with a number ("Cut supplier lead times
    from 9 to 6 weeks.") is dense, not thin.

    **Anti-pattern**: `"summary": "Sales for the Lyon region."`

    **Best practice**: two to five lines, each an action and a result:
    `Grew the Lyon territory from 40 to 95 accounts in two years. Cut the sales cycle from
    90 to 45 days by qualifying leads with the support team.`

    **Source** (folklore): "200+ characters" for the current position's description is
    repeated as an All-Star completeness criterion (LinkedIn, 2012), though LinkedIn never
    published it as a limit; hence info level and the option `min_chars`.
    """

    code = "PR015"
    name = "experience-thin-description"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("experience-no-description",)
    needs = ("work",)
    options = {
        "min_chars": Option(200, "Shortest position description that does not fire, in characters.")
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        minimum = ctx.options["min_chars"]
        share = share_of_each(subject)
        judged = recent(subject, ctx.as_of)
        for index, position in positions(subject):
            if index not in judged:
                continue
            text, location = description(position, index)
            length = len(text.strip())
            if not text or length >= minimum or not subject.whole(location):
                continue  # a description cut at "see more" is longer than shown
            if length >= minimum // 2 and has_metric(text):
                continue  # dense: a result with a number in half the length says enough
            yield Problem(
                message=Plural(
                    "The description of the position %(position)s is %(length)d character "
                    "long; aim for at least %(minimum)d.",
                    "The description of the position %(position)s is %(length)d characters "
                    "long; aim for at least %(minimum)d.",
                    n="length",
                    position=label(position, index),
                    length=length,
                    minimum=minimum,
                ),
                suggestion=Msg(
                    "Add two or three lines that start with an action verb and give a result "
                    "with a number (accounts, %%, time, money saved)."
                ),
                location=location,
                share=share,
            )
