from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class AboutMissing(Rule):
    """The profile has no About section.

    The About section (JSON Resume `basics.summary`) is the one place on the profile where
    you speak in your own words: what you do, for whom, with what results, and how to
    reach you. Without it, visitors only see a list of jobs. An input that cannot tell
    (an archive without the profile file) stays silent.

    **Anti-pattern**: `"basics": {"name": "Jordan Miles"}` (no `summary`)

    **Best practice**: a first-person About whose first 3 lines say what you do and for
    whom, followed by results and a way to get in touch:
    `I run payroll for companies of 50 to 500 people. ... Write to me at jordan@example.com.`

    **Source** (coach): career services treat the About as a core profile section, written
    in the first person and ending with a way to get in touch.
    """

    code = "PR007"
    name = "about-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    strength = Msg(
        "Your About is long enough, readable, in the first person, and says how to reach you."
    )
    weight = 3.0  # a core part of a complete profile
    needs = ("basics",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = subject.about
        if about is None or not about.strip():
            yield Problem(
                message=Msg("The profile has no About section."),
                suggestion=Msg(
                    "Write a first-person About: what you do and for whom in the first 3 "
                    "lines, two or three results with numbers, then how to reach you."
                ),
                location="basics.summary",
            )
