import re
from collections.abc import Iterator
from functools import cache

from profile_lint.quotes import unbroken
from profile_lint.rule import Context, Draft, Lexicon, Msg, Option, Problem, Rule, Severity
from profile_lint.rules.post._text import HASHTAG, MENTION, URL, WORD, opening_end

PROMPTS = Lexicon("conversation-prompts")
ANNOUNCEMENTS = Lexicon("announcements")  # in the opening line
CALLS = Lexicon("announcement-calls")  # in the last paragraph
ANSWERS = Lexicon("self-answers")  # "Was it worth it? Absolutely."
_QUESTION = re.compile(r"[^.!?\n]*\?")
# A question the writer asks themself and answers ("Would I do it again? Yes."): first
# person, no reader, and more text after it.
_SELF = re.compile(r"\b(?:i|me|my|je|j['’]|me|m['’]|moi|mon|ma|mes)(?!\w)", re.IGNORECASE)
_READER = re.compile(
    r"\b(?:you|your|yours|anyone|anybody|vous|votre|vos|tu|ton|ta|tes|toi|quelqu['’]un)\b",
    re.IGNORECASE,
)


def body_end(text: str) -> int:
    """The end of the post without its closing lines of hashtags, mentions or links."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        for pattern in (URL, HASHTAG, MENTION):
            line = pattern.sub(" ", line)
        if WORD.search(line):
            return len(text[:end].rstrip())
        end = start - 1 if start > 0 else 0
    return end


class NoConversationPrompt(Rule):
    """Nothing near the end of the post invites a reply.

    Comments weigh in the feed's ranking, and people reply when asked something they can
    answer: a genuine question ("Which of these would you cut first?") or a request for
    their experience or view ("Tell me how your team handles this"). A one-word bait
    question ("Agree?", "Thoughts?") is not an invitation. Closing hashtags, mentions and
    links are skipped; polls, which ask by design, are not checked. A question the writer
    answers themself ("Would I do it again? Yes.") does not invite a reply. An announcement
    (a job, a launch, an event: `lexicons/<lang>/announcements.txt` in the opening line, or
    the call that closes one, `announcement-calls.txt`, in the last paragraph) needs no
    question and is not checked.

    **Anti-pattern**: `... That is what I learned this quarter. Agree?`

    **Best practice**: `... What is the one meeting you would cancel first, and why?`

    **Source** (coach): coaching consensus that a genuine closing question invites comments;
    (platform) LinkedIn Engineering (2020, 2024) lists comments among ranking signals.
    """

    code = "PO005"
    name = "no-conversation-prompt"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    needs_nlp = True
    options = {
        "tail_chars": Option(280, "How far from the end (characters) a prompt may be."),
        "min_question_words": Option(3, "Fewest words in a question that counts as genuine."),
    }

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        text = subject.text
        end = body_end(text)
        if subject.type == "poll" or not text[:end].strip():
            return
        tail = max(0, end - ctx.options["tail_chars"])
        short = None
        view = ctx.text(text)
        for match in _QUESTION.finditer(text, tail, end):
            words = len(WORD.findall(match.group()))
            if words >= ctx.options["min_question_words"]:
                if not _self_answered(match.group(), text[match.end() : end], view.lang):
                    return
            elif words:
                start, stop = unbroken(text, *match.span())
                short = text[start:stop].strip()
        if any(tail <= start < end for start, _, _ in view.find(PROMPTS)):
            return
        para = text.rfind("\n\n", 0, end) + 2 if "\n\n" in text[:end] else 0
        opening = opening_end(text)
        if any(start < opening for start, _, _ in view.find(ANNOUNCEMENTS)):
            return
        if any(para <= start < end for start, _, _ in view.find(CALLS)):
            return
        if short:
            message = Msg(
                "The post ends with “%(text)s”, a bait question, not an invitation to reply.",
                text=short,
            )
        else:
            message = Msg("Nothing near the end of the post invites a reply.")
        yield Problem(
            message=message,
            suggestion=Msg(
                "End with a genuine question readers can answer from their own experience "
                "(“Which of these would you try first?”), or ask for their view."
            ),
            span=(max(para, tail), end),
        )


def _self_answered(question: str, after: str, lang: str) -> bool:
    """Whether the writer answers `question` themself: an answer word right after it, or a
    first-person question with more text after it and no reader in it."""
    if _answer(lang).match(after):
        return True
    if not WORD.search(after) or _READER.search(question):
        return False
    return bool(_SELF.search(question))


@cache
def _answer(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in ANSWERS.phrases(lang)) or "(?!)"
    return re.compile(rf"[ \t]*(?:{words})(?!\w)", re.IGNORECASE)
