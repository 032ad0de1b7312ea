from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.positions import label, parse, positions, share_of_each

_FUTURE = {
    "startDate": Msg(
        "The start date of the position %(position)s (%(date)s) is in the future (as of %(today)s)."
    ),
    "endDate": Msg(
        "The end date of the position %(position)s (%(date)s) is in the future (as of %(today)s)."
    ),
}


class ExperienceDatesInvalid(Rule):
    """A position ends before it starts, or has a date in the future.

    Impossible dates look careless and make LinkedIn compute a wrong tenure. Dates are
    compared at the precision both share (`2021` and `2021-06` do not conflict), and at
    most by month against today, as LinkedIn positions have a month and a year: a start in
    the current month is not in the future. Dates that cannot be read are left to the
    reader's import warnings.

    **Anti-pattern**: `{"startDate": "2022-09", "endDate": "2021-03"}`, or a planned
    `"startDate": "2031-01"`

    **Best practice**: `{"startDate": "2021-03", "endDate": "2022-09"}`; a current
    position has no `endDate`.

    **Source** (platform): LinkedIn's position form takes a start month and year and an
    end that cannot precede the start; JSON Resume dates are `YYYY`, `YYYY-MM` or
    `YYYY-MM-DD`.
    """

    code = "PR020"
    name = "experience-dates-invalid"
    target = "profile"
    pillar = "brand"
    severity = Severity.ERROR
    part_of = ("experience-missing",)
    needs = ("work",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        today = (ctx.as_of.year, ctx.as_of.month)
        share = share_of_each(subject)
        for index, position in positions(subject):
            start = parse(position.get("startDate"))
            end = parse(position.get("endDate"))
            if start and end:
                shared = min(len(start), len(end))
                if end[:shared] < start[:shared]:
                    yield Problem(
                        message=Msg(
                            "The position %(position)s ends (%(end)s) before it starts "
                            "(%(start)s).",
                            position=label(position, index),
                            end=position["endDate"],
                            start=position["startDate"],
                        ),
                        suggestion=Msg("Check both dates: they may be swapped or mistyped."),
                        location=f"work[{index}].endDate",
                        share=share,
                    )
            for key, value in (("startDate", start), ("endDate", end)):
                if value and value[:2] > today[: len(value[:2])]:
                    yield Problem(
                        message=_FUTURE[key].bind(
                            position=label(position, index), date=position[key], today=ctx.as_of
                        ),
                        suggestion=Msg(
                            "Use the dates you actually worked; leave out the end date of a "
                            "current position, and add a future job once it has started."
                        ),
                        location=f"work[{index}].{key}",
                        share=share,
                    )
