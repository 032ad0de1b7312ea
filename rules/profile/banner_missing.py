from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class BannerMissing(Rule):
    """The profile states that there is no custom background banner.

    The banner is the widest image on the profile, shown above the photo. Left at
    LinkedIn's default grey-blue pattern, it wastes the first thing a visitor sees. The rule
    fires only when the input *states* there is no banner (`"linkedin": {"banner": false}`);
    an input that cannot tell (a data archive holds no banner) stays silent.

    **Anti-pattern**: `"linkedin": {"banner": false}` (LinkedIn's default background)

    **Best practice**: a 1584x396 px image that says or shows what you do (your work, your
    product, a line of text with your offer): `"linkedin": {"banner": "banner.png"}`

    **Source** (coach): career coaches commonly advise a custom banner as part of a complete
    profile; LinkedIn's banner format is 1584x396 px, 8 MB, PNG or JPG (platform). No
    LinkedIn figure ties the banner to views, hence the info level.
    """

    code = "PR002"
    name = "banner-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    strength = Msg("Your profile has a custom banner.")
    needs = ("linkedin.banner",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if subject.linkedin.banner is False:
            yield Problem(
                message=Msg("The profile has no custom banner."),
                suggestion=Msg(
                    "Add a 1584x396 px banner that shows what you do or for whom: your work, "
                    "your product, or one line stating your offer."
                ),
                location="linkedin.banner",
            )
