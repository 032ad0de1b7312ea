import bisect
import re
from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Edit, Msg, Problem, Rule, Severity

_PATTERNS = (
    ("bold", re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__")),
    ("heading", re.compile(r"^#{1,6}[ \t]+(\S.*)$", re.MULTILINE)),
    # No bracket inside the text or the URL: a run of "[" or of "[a](https://" is scanned
    # once, not once from each of its characters.
    ("link", re.compile(r"\[([^\[\]\n]+)\]\(((?:https?://|www\.|mailto:)[^()\[\]\s]*)\)")),
)
# A fence line: ``` or ~~~ and what follows on the line (a language: ```sql).
_FENCE = re.compile(r"^[ \t]*(```|~~~)([^\n]*)$", re.MULTILINE)
_FOUND = {
    "bold": Msg("Markdown bold “%(text)s” will show literally on LinkedIn."),
    "heading": Msg("A Markdown heading “%(text)s” will show literally on LinkedIn."),
    "link": Msg("A Markdown link “%(text)s” will show literally on LinkedIn."),
    "code fence": Msg(
        "A Markdown code block fenced with %(fence)s will show its fences literally on LinkedIn."
    ),
}
_ADVICE = {
    "bold": Msg("Write the words plainly; LinkedIn has no bold in posts."),
    "heading": Msg("Drop the # signs; make the line stand out with a blank line around it."),
    "link": Msg(
        "Write the URL itself (or put it in the first comment); LinkedIn does not turn "
        "[text](url) into a link."
    ),
    "code fence": Msg("Drop the ``` fences; LinkedIn shows them as typed."),
}


class MarkdownSyntax(Rule):
    """The post contains Markdown that LinkedIn will show literally.

    LinkedIn posts are plain text: `**bold**`, `# heading`, `[text](url)` and code fences
    appear as typed, asterisks and all. Drafts are often written in Markdown editors. A
    fenced code block is one finding; what is inside it is code, not Markdown.

    `--fix` drops the asterisks or underscores of bold and the `#` signs of a heading,
    leaving the words; links and code fences are left to you (where the link goes is a
    choice).

    **Anti-pattern**: `**Three lessons** from [our report](https://example.com/report)`

    **Best practice**: `Three lessons from our report (link in the first comment)`

    **Source** (platform): LinkedIn shows `**bold**`, `# heading` and `[text](url)` literally.
    """

    code = "PO014"
    name = "markdown-syntax"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    fixable = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        blocks = _fenced_blocks(subject.text)
        starts = [start for start, _, _ in blocks]  # in order, not overlapping
        found: list[tuple[int, int, str, str, tuple[Edit, ...]]]
        found = [(start, end, "code fence", fence, ()) for start, end, fence in blocks]
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(subject.text):
                index = bisect.bisect_right(starts, match.start()) - 1
                if index >= 0 and match.start() < blocks[index][1]:
                    continue  # inside a code block: code, shown as typed
                found.append((match.start(), match.end(), kind, "", _fix(kind, match)))
        for start, end, kind, fence, fix in sorted(found):
            yield Problem(
                message=_FOUND[kind].bind(fence=fence)
                if fence
                else _FOUND[kind].bind(text=subject.text[start:end]),
                suggestion=_ADVICE[kind],
                span=(start, end),
                fix=fix,
            )


def _fenced_blocks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, fence) of each fenced block, from its opening fence line to the bare
    fence line that closes it (or to its own line when none does): one finding a block."""
    out: list[tuple[int, int, str]] = []
    opened: re.Match[str] | None = None
    for match in _FENCE.finditer(text):
        if opened is None:
            opened = match
        elif match.group(1) == opened.group(1) and not match.group(2).strip():
            out.append((opened.start(), match.end(), opened.group(1)))
            opened = None
    if opened is not None:
        out.append((opened.start(), opened.end(), opened.group(1)))
    return out


def _fix(kind: str, match: re.Match[str]) -> tuple[Edit, ...]:
    """Bold loses its markers, a heading its # signs: the words stay as they are."""
    if kind == "bold":
        return (Edit(match.start(), match.start() + 2), Edit(match.end() - 2, match.end()))
    if kind == "heading":
        return (Edit(match.start(), match.start(1)),)
    return ()
