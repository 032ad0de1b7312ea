"""spaCy imported without its command-line package, and nothing lost by it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from profile_lint.text import load_pipeline
nlp = load_pipeline("en", None)
assert [s.text for s in nlp("One. Two.").sents] == ["One.", "Two."]
assert "spacy.cli" not in sys.modules and "spacy.cli.download" not in sys.modules
assert "httpx" not in sys.modules and "requests" not in sys.modules
import spacy
assert not hasattr(spacy, "cli")
details = spacy.info()  # the real spacy.cli.info, imported now
assert details["spacy_version"] == spacy.__version__, details
import spacy.cli
from spacy.cli import download
assert callable(download) and sys.modules["spacy.cli.info"].__file__
print("ok")
"""


def test_spacy_without_its_cli_until_asked() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_spacy_already_imported_is_used_as_it_is() -> None:
    script = "import spacy, spacy.cli\nfrom profile_lint.spacy_lean import import_spacy\n"
    script += "assert import_spacy() is spacy and spacy.cli.download\nprint('ok')"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
