from collections.abc import Iterator

from profile_lint.rule import (
    Context,
    Draft,
    Msg,
    Option,
    Preview,
    Problem,
    Rule,
    Severity,
    fold_preview,
)
from profile_lint.rules.post._text import opening_end

SCREENS = {"desktop": Msg("desktop"), "mobile": Msg("mobile")}


class HookTooLong(Rule):
    """The opening does not finish before the "…see more" fold.

    The feed shows about three lines of a post, then "…see more"; readers decide there
    whether to expand it, and the time they spend reading counts in the ranking. When the
    first sentence or line is cut by the fold, the hook is lost. The fold is modelled as 3
    rendered lines of about 210 characters in all (desktop) or 140 (`mobile = true`), every
    line break using up a line; the text output shows where it falls.

    **Anti-pattern**: a first sentence of 260 characters that the feed cuts mid-way.

    **Best practice**: a first line of one short sentence that makes the reader want the
    rest, then a line break: `We cut our meeting hours by 40%. Here is what broke first.`

    **Source** (folklore): the ~3 lines / ~210 (desktop) / ~140 (mobile) character proxies
    are widely quoted, not published by LinkedIn; (platform) LinkedIn Engineering lists
    time spent reading among ranking signals.
    """

    code = "PO006"
    name = "hook-too-long"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    options = {
        "max_lines": Option(3, "Rendered lines shown before “…see more”."),
        "max_chars": Option(210, "Characters shown before “…see more” on desktop."),
        "mobile": Option(False, "Judge the fold as the mobile app shows it."),
        "mobile_chars": Option(140, "Characters shown before “…see more” on mobile."),
    }

    def preview(self, subject: Draft, ctx: Context) -> Preview:
        """The fold as these options model it; the text output and the report show it."""
        opts = ctx.options
        chars = opts["mobile_chars"] if opts["mobile"] else opts["max_chars"]
        mode = "mobile" if opts["mobile"] else "desktop"
        return fold_preview(subject.text, opts["max_lines"], chars, mode)

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        preview = self.preview(subject, ctx)
        hook_end = opening_end(subject.text)
        if not preview.truncated or hook_end <= preview.cut_offset:
            return
        yield Problem(
            message=Msg(
                "The opening runs past the “…see more” fold (%(screen)s: it is cut after "
                "%(cut)d of its %(length)d characters).",
                screen=SCREENS[preview.mode],
                cut=preview.cut_offset,
                length=hook_end,
            ),
            suggestion=Msg(
                "Make the first sentence a short hook that ends before the fold, then break "
                "the line."
            ),
            span=(preview.cut_offset, hook_end),
        )
