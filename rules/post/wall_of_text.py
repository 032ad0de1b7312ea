import itertools
import re
from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Plural, Problem, Rule, Severity
from profile_lint.rules.post._text import WORD

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


class WallOfText(Rule):
    """A paragraph is too long to read comfortably on a phone.

    Most people read the feed on a phone, where an 80-word paragraph fills the screen.
    A paragraph is text between blank lines; it is too long past `max_words` words or
    `max_sentences` sentences.

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
        starts = [s.start_char for s in ctx.text(text).doc.sents if WORD.search(s.text)]
        bounds = [0, *(m.end() for m in _BLANK_LINE.finditer(text)), len(text) + 1]
        for start, end in itertools.pairwise(bounds):
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
