"""Import spaCy without its command-line package, which profile-lint never uses.

`import spacy` runs `from .cli.info import info`, which imports all of `spacy.cli`: the
model downloader and project tools, with requests, httpx, weasel and their dependencies
(about 350 modules, 0.13 to 0.2 s of every cold run, a tenth of linting one draft). Here
`spacy.cli` and `spacy.cli.info` are stand-ins while spaCy is imported, then taken out
of `sys.modules`: a later `import spacy.cli` (a plugin's) imports the real package, and
`spacy.info` imports it when called.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def import_spacy() -> Any:
    """The spacy module, imported without `spacy.cli` when not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType("spacy.cli")
    package.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    placed = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in placed})
    try:
        import spacy
    finally:
        for name in placed:
            sys.modules.pop(name, None)
    if getattr(spacy, "cli", None) is package:
        delattr(spacy, "cli")
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from the real `spacy.cli.info`, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
