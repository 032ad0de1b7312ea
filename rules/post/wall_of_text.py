import itertools
import re
from collections.abc import Iterator
from typing import Any

from profile_lint.rule import Context, Draft, Msg, Option, Plural, Problem, Rule, Severity
from profile_lint.rules.post._text import WORD

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line that opens a list item: a number ("1.", "2)", "3️⃣"), a letter ("a)"), or a bullet,
# arrow or emoji (any symbol but an opening quote or bracket) before the words.
_ITEM = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:[.)]|\ufe0f?\u20e3)|[a-z]\)|[^\w\s\"'“‘«(\[])", re.MULTILINE
)


def units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, a list item and the lines before it being separate
    units: blank lines part paragraphs, the start of an item parts a paragraph."""
    bounds = {0, len(text)}
    bounds.update(m.end() for m in _BLANK_LINE.finditer(text))
    bounds.update(m.start() for m in _ITEM.finditer(text))
    cuts = sorted(bounds)
    return [(start, end) for start, end in itertools.pairwise(cuts) if text[start:end].strip()]


class WallOfText(Rule):
    """A paragraph is too long to read comfortably on a phone.

    Most people read the feed on a phone, where an 80-word paragraph fills the screen.
    A paragraph is text between blank lines; each item of a list (a line opening with a
    number, a bullet, an arrow or an emoji) is a unit of its own. A unit is too long past
    `max_words` words or `max_sentences` sentences.

    **Anti-pattern**: the whole story in one block of 150 words.

    **Best practice**: one idea per paragraph of two or three short sentences, with a
    blank line between paragraphs.

    **Source** (coach): coaching consensus on mobile readability; the thresholds are
    options.
    """

    code = "PO011"
    name = "wall-of-text"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    needs_nlp = True
    options = {
        "max_words": Option(80, "Most words in one paragraph."),
        "max_sentences": Option(6, "Most sentences in one paragraph."),
    }

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        text = subject.text
        if not text.strip():
            return
        starts = _sentence_starts(ctx.text(text).doc, text)
        for start, end in units(text):
            para = text[start:end].rstrip()
            words = len(WORD.findall(para))
            sentences = sum(1 for s in starts if start <= s < start + len(para))
            if words > ctx.options["max_words"] or sentences > ctx.options["max_sentences"]:
                yield Problem(
                    message=Plural(
                        "This paragraph has %(words)d words in %(count)d sentence: a wall of "
                        "text on a phone.",
                        "This paragraph has %(words)d words in %(count)d sentences: a wall of "
                        "text on a phone.",
                        words=words,
                        count=sentences,
                    ),
                    suggestion=Msg(
                        "Split it into paragraphs of two or three short sentences, with a "
                        "blank line between them."
                    ),
                    span=(start, start + len(para)),
                )


def _sentence_starts(doc: Any, text: str) -> list[int]:
    """Where each sentence with a word starts (read from the Doc's arrays: building a Span
    per sentence cost more than the rest of the rule)."""
    offsets = doc.to_array("IDX").tolist()
    flags = doc.to_array("SENT_START").tolist()
    starts = [offset for offset, flag in zip(offsets, flags, strict=True) if flag == 1]
    if offsets and (not starts or starts[0] != offsets[0]):
        starts.insert(0, offsets[0])  # the first token always starts a sentence
    ends = [*starts[1:], len(text)]
    return [start for start, end in zip(starts, ends, strict=True) if WORD.search(text, start, end)]
