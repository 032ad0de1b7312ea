from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Problem, Rule, Severity


class UnusedSuppression(Rule):
    """A suppression comment in a draft suppresses nothing.

    `<!-- profile-lint-disable NAME -->`, `<!-- profile-lint-disable-next-line NAME -->`,
    a bare `<!-- profile-lint-disable -->` and `profile-lint: {disable: [...]}` in front
    matter silence findings. Once the draft is fixed, a suppression left behind hides the
    next real problem, so one that suppresses nothing is reported, once the other rules
    have run and the engine has applied the suppressions. A suppression of a rule that did
    not run (not selected) is not judged; a name that is no rule at all is reported. Only a
    suppression naming this rule silences it.

    **Anti-pattern**: `<!-- profile-lint-disable-next-line bare-link -->` above a line that
    no longer holds a link.

    **Best practice**: delete suppressions once the problem is gone, and name the rule
    (`bare-link` or `PO003`) rather than disabling every rule.

    **Source** (tooling): this is about profile-lint itself, after ruff's RUF100 (unused
    `noqa`); no LinkedIn claim is involved.
    """

    code = "PO100"
    name = "unused-suppression"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        return iter(())  # it judges the run, in `review`

    def review(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        for item in ctx.suppressions:
            if item.used:
                continue
            if item.name is None:
                message = Msg(
                    "This suppression (%(directive)s) suppresses nothing: there is no finding "
                    "to suppress.",
                    directive=item.directive,
                )
            elif item.ran:
                message = Msg(
                    "This suppression (%(directive)s) suppresses nothing: there is no "
                    "%(rule)s finding to suppress.",
                    directive=item.directive,
                    rule=item.name,
                )
            elif not item.known:
                message = Msg(
                    "This suppression (%(directive)s) suppresses nothing: no rule is named "
                    "“%(rule)s”.",
                    directive=item.directive,
                    rule=item.name,
                )
            else:
                continue  # a rule that did not run: not judged
            yield Problem(
                message=message,
                suggestion=Msg("Delete it, or correct the rule name or code it gives."),
                at=(item.line, item.column),
            )
