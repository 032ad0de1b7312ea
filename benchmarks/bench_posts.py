"""The two `profile-lint posts` ratios of benchmarks/bench_lint.py (kept under its old name):
one draft from a cold process against importing spaCy and textstat, and 1,000 drafts
against spaCy's blank pipeline over the same texts.

    python benchmarks/bench_posts.py [--repeat 3] [--drafts 1000]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_lint import main

if __name__ == "__main__":
    main([*sys.argv[1:], "--only", "cold,drafts"])
