"""An example third-party rule package for profile-lint.

Its messages are `Msg` values; their translations are in `locale/<lang>.po` beside this
module, which profile-lint finds on its own (see the README, "Writing a plugin")."""

from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity


class NameInCapitals(Rule):
    """The member's name is written in capital letters.

    A name in capitals reads as shouting and looks like a data-entry slip.

    **Anti-pattern**: `"basics": {"name": "JORDAN MILES"}`

    **Best practice**: `"basics": {"name": "Jordan Miles"}`

    **Source** (coach): an example rule for the plugin interface.
    """

    code = "XMP001"
    name = "name-in-capitals"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    options = {"min_letters": Option(4, "Shortest name judged.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        name = subject.basics.get("name") or ""
        letters = [c for c in name if c.isalpha()]
        if len(letters) >= ctx.options["min_letters"] and name.isupper():
            yield Problem(
                message=Msg("The name “%(name)s” is all in capitals.", name=name),
                suggestion=Msg("Write your name with capitals only at the start of each part."),
                location="basics.name",
                span=(0, len(name)),
            )


class NameMissing(Rule):
    """The profile gives no name.

    Members are found and remembered by name. The rule judges only inputs that carry the
    basics (`needs`): on an archive's Connections.csv alone it does not run at all.

    **Anti-pattern**: `"basics": {"label": "Payroll lead"}`

    **Best practice**: `"basics": {"name": "Jordan Miles", "label": "Payroll lead"}`

    **Source** (coach): an example rule for the plugin interface.
    """

    code = "XMP002"
    name = "name-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    needs = ("basics",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if not str(subject.basics.get("name") or "").strip():
            yield Problem(
                message=Msg("The profile gives no name."),
                suggestion=Msg("Add your name as you sign your e-mails."),
                location="basics.name",
            )


RULES = [NameInCapitals, NameMissing]
