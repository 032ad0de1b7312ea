"""Ending a run on Ctrl-C, SIGTERM or SIGHUP: at once, with 130, 143 or 129, nothing half
written. The handler raises (KeyboardInterrupt, SystemExit) so that cleanup runs: workers are
stopped (profile_lint/batch.py), a temporary output file is removed (output.py).

Python ignores an exception raised inside a finalizer (`__del__`), where a signal can land;
so the first signal also arms a watchdog that ends the process two seconds later if it is
still running, and no output file is replaced once a signal came (`check`).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any

STOPPING: list[int] = []  # the exit status, once a signal came
GRACE = 2.0


def install() -> None:
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    sys.unraisablehook = _quiet


def check() -> None:
    """Before an output file is replaced: nothing is, once the run is being stopped."""
    if STOPPING:
        raise KeyboardInterrupt if STOPPING[0] == 130 else SystemExit(STOPPING[0])


def _stop(signum: int, frame: object) -> None:
    code = 130 if signum == signal.SIGINT else 128 + signum
    if not STOPPING:
        STOPPING.append(code)
        watchdog = threading.Timer(GRACE, _end, args=(code,))
        watchdog.daemon = True
        watchdog.start()
    if code == 130:
        raise KeyboardInterrupt
    raise SystemExit(code)


def _end(code: int) -> None:
    """The exception was lost (raised in a finalizer): end now, as the signal asked."""
    if code == 130:
        os.write(2, b"\nprofile-lint: interrupted\n")
    os._exit(code)


def _quiet(unraisable: Any) -> None:
    """A stop signal that landed in a finalizer is not an error to report."""
    if isinstance(unraisable.exc_value, (KeyboardInterrupt, SystemExit)):
        return
    sys.__unraisablehook__(unraisable)
