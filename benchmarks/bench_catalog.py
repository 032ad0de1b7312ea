"""Start-up cost of the output language: reading the French catalog at run time (`.po`, our
parser) against a compiled `.mo` (stdlib gettext), and what Babel's CLDR data add.

Each figure is the median over `--repeat` fresh processes, timed inside the process
(`time.perf_counter` around the step alone), so the interpreter's own start-up is left out;
the last line puts them beside a whole cached run of `profile-lint profile` (wall time).
A benchmark, not a test: figures are printed, never asserted.

    python benchmarks/bench_catalog.py [--repeat 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PO = REPO / "profile_lint" / "locale" / "fr.po"
PROFILE = REPO / "fixtures" / "profiles" / "weak-fr.json"

STEPS = {
    "read fr.po (profile_lint.i18n, run time)": """
from profile_lint.i18n import catalog_from_po
start = time.perf_counter()
catalog_from_po("fr", open(PO, encoding="utf-8").read())
""",
    "read fr.mo (gettext.GNUTranslations, compiled)": """
import gettext
start = time.perf_counter()
with open(MO, "rb") as handle:
    gettext.GNUTranslations(handle)
""",
    "read fr.po with Babel's reader (for reference)": """
from babel.messages.pofile import read_po
start = time.perf_counter()
with open(PO, "rb") as handle:
    read_po(handle, locale="fr")
""",
    "Babel: import, French CLDR data, one number and one date": """
start = time.perf_counter()
from datetime import date
from babel.numbers import format_decimal
from babel.dates import format_date
format_decimal(1830, locale="fr"); format_date(date(2026, 1, 1), "long", locale="fr")
""",
}


def timed(code: str, mo: Path) -> float:
    head = f"import time\nPO, MO = {str(PO)!r}, {str(mo)!r}\n"
    script = f"{head}{code}\nprint(time.perf_counter() - start)"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with tempfile.TemporaryDirectory() as tmp:
        mo = Path(tmp) / "fr.mo"
        with PO.open("rb") as handle, mo.open("wb") as out:
            write_mo(out, read_po(handle, locale="fr"))
        print(f"fr.po: {PO.stat().st_size // 1024} KB, fr.mo: {mo.stat().st_size // 1024} KB")
        for name, code in STEPS.items():
            runs = [timed(code, mo) for _ in range(args.repeat)]
            print(f"{name:58} {1000 * statistics.median(runs):6.1f} ms")
        env = {**os.environ, "PROFILE_LINT_CACHE_DIR": str(Path(tmp) / "cache")}
        out = Path(tmp) / "out.json"
        command = [sys.executable, "-m", "profile_lint", "profile", str(PROFILE), "-o", str(out)]
        wall(command, env)  # fills the cache
        runs = [wall(command, env) for _ in range(max(5, args.repeat // 3))]
        label = "whole cached run of profile-lint profile (wall time)"
        print(f"{label:58} {1000 * statistics.median(runs):6.1f} ms")


if __name__ == "__main__":
    main()
