from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.positions import label, positions, share_of_each, title


class ExperienceTitleTooLong(Rule):
    """A position title is longer than LinkedIn accepts (100 characters).

    LinkedIn refuses a longer position title, and an imported one gets cut. A long title
    is usually a list of roles or a sentence that belongs in the description. Characters
    are counted as Unicode characters.

    **Anti-pattern**: `"position": "Head of Sales, Marketing, Partnerships, Customer
    Success and Operations for France, Belgium, Switzerland and Luxembourg"`

    **Best practice**: the title people search for, then the rest in the description:
    `"position": "Head of Sales, France and Benelux"`

    **Source** (platform): LinkedIn's position title limit is 100 characters.
    """

    code = "PR019"
    name = "experience-title-too-long"
    target = "profile"
    pillar = "brand"
    severity = Severity.ERROR
    part_of = ("experience-missing",)
    needs = ("work",)
    options = {"max_chars": Option(100, "Longest position title allowed, in characters.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        limit = ctx.options["max_chars"]
        share = share_of_each(subject)
        for index, position in positions(subject):
            named = title(position)
            if named is None or len(named[0]) <= limit:
                continue
            text, key = named
            yield Problem(
                message=Msg(
                    "The title of the position %(position)s is %(length)d characters long; "
                    "LinkedIn allows %(limit)d.",
                    position=label(position, index, with_title=False),
                    length=len(text),
                    limit=limit,
                ),
                suggestion=Msg(
                    "Keep the title people search for (e.g. “Head of Sales, France”) and move "
                    "the scope and extra roles to the description."
                ),
                location=f"work[{index}].{key}",
                span=(limit, len(text)),
                share=share,
            )
