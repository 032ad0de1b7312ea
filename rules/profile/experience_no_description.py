from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.positions import description, label, positions, share_of_each


class ExperienceNoDescription(Rule):
    """A position has no description.

    A title and an employer say where you sat, not what you did there. Without a
    description, a visitor cannot tell your results, and searches for the skills you used
    in that role do not find them. A description is JSON Resume's `summary` and/or
    `highlights` of the position (`description` is accepted too). One finding per position.

    **Anti-pattern**: `{"name": "Acme", "position": "Sales manager", "startDate": "2021"}`

    **Best practice**: two to five lines starting with action verbs, with numbers:
    `"highlights": ["Grew the Lyon territory from 40 to 95 accounts in two years", ...]`

    **Source** (data): a current position with a description is an All-Star profile
    completeness criterion (LinkedIn, 2012); coaches advise describing every recent role.
    """

    code = "PR014"
    name = "experience-no-description"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    part_of = ("experience-missing",)
    weight = 2.0
    needs = ("work",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        share = share_of_each(subject)
        for index, position in positions(subject):
            text, _ = description(position, index)
            if text:
                continue
            yield Problem(
                message=Msg(
                    "The position %(position)s has no description.",
                    position=label(position, index),
                ),
                suggestion=Msg(
                    "Describe it in two to five lines that start with an action verb and give "
                    "numbers: what you built, sold, fixed or grew, and by how much."
                ),
                location=f"work[{index}]",
                share=share,
            )
