"""Writing what the user asked for: standard output, or a file given with -o.

A regular file (new or existing) is written atomically: a temporary file beside it, then a
rename, so an interrupted run leaves the previous file intact. Anything else (a FIFO, a
device such as /dev/null, a terminal) is written into, never replaced. A symbolic link is
followed: the file it points to is written, the link stays.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import click

from profile_lint.cli import signals
from profile_lint.errors import InputError
from profile_lint.printable import printable


def fail(message: str) -> None:
    click.echo(f"profile-lint: error: {printable(message, newlines=False)}", err=True)
    sys.exit(2)


def write_output(text: str, output: str | None) -> None:
    """Print `text`, or write it to `output` (see the module docstring). A file that cannot
    be written (a read-only folder, a full disk) is an input error naming it; the previous
    file is left as it was."""
    if not output:
        click.echo(text, nl=False)
        return
    target = Path(os.path.realpath(output))  # through symbolic links
    try:
        _write(text, output, target)
    except OSError as exc:
        raise InputError(output, f"cannot be written: {exc.strerror or exc}") from None


def _write(text: str, output: str, target: Path) -> None:
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(output, "is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        with open(target, "w", encoding="utf-8") as handle:  # a FIFO, a device: write into it
            handle.write(text)
        return
    if not target.parent.is_dir():
        raise InputError(output, f"the folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, _file_mode(mode))  # mkstemp makes 0600; reports are for sharing
        signals.check()  # a run being stopped replaces nothing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode(existing: int | None) -> int:
    """The mode of the file being replaced, else what a new file gets (0666 less umask)."""
    if existing is not None:
        return stat.S_IMODE(existing)
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def refuse_overwriting_inputs(outputs: Iterable[str | None], inputs: Iterable[str]) -> None:
    """An output that is one of the inputs (the same file, through links; a file inside a
    folder given as input counts) is a usage error."""
    written = {}
    for output in outputs:
        if output and os.path.exists(output):
            found = os.stat(output)
            written[(found.st_dev, found.st_ino)] = output
    if not written:
        return
    for path in inputs:
        if path == "-" or not os.path.exists(path):
            continue
        files = [path]
        if os.path.isdir(path):
            files = [os.path.join(base, f) for base, _, names in os.walk(path) for f in names]
        for file in files:
            try:
                found = os.stat(file)
            except OSError:
                continue
            output = written.get((found.st_dev, found.st_ino))
            if output is not None:
                raise InputError(output, "is one of the inputs; write the output elsewhere")
