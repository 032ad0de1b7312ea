from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.positions import description, label, positions, share_of_each


class ExperienceDescriptionTooLong(Rule):
    """A position's description is longer than LinkedIn accepts (2,000 characters).

    LinkedIn refuses a longer position description; an import or a pasted description over
    the limit gets cut. The description is the position's `summary`, `description` and
    `highlights` joined by line breaks; characters are counted as Unicode characters.

    **Anti-pattern**: a position description that pastes the whole job posting and every
    project, running past 2,000 characters.

    **Best practice**: the three to six results that matter, one line each, with numbers;
    project details go to Projects or Featured.

    **Source** (platform): LinkedIn's position description limit is 2,000 characters (the
    old "200 characters minimum" was an All-Star criterion, not a limit).
    """

    code = "PR018"
    name = "experience-description-too-long"
    target = "profile"
    pillar = "brand"
    severity = Severity.ERROR
    part_of = ("experience-missing",)
    needs = ("work",)
    options = {"max_chars": Option(2000, "Longest position description allowed, in characters.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        limit = ctx.options["max_chars"]
        share = share_of_each(subject)
        for index, position in positions(subject):
            text, location = description(position, index)
            if len(text) <= limit:
                continue
            one_field = location.endswith((".summary", ".description"))
            yield Problem(
                message=Msg(
                    "The description of the position %(position)s is %(length)d characters "
                    "long; LinkedIn allows %(limit)d.",
                    position=label(position, index),
                    length=len(text),
                    limit=limit,
                ),
                suggestion=Msg(
                    "Keep the three to six results that matter most, one line each; move "
                    "project details to Projects or Featured."
                ),
                location=location,
                span=(limit, len(text)) if one_field else None,
                share=share,
            )
