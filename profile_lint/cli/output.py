"""Writing what the user asked for: standard output, or a file given with -o.

A regular file (new or existing) is written atomically: a temporary file beside it, then a
rename, so an interrupted run leaves the previous file intact. Anything else (a FIFO, a
device such as /dev/null, a terminal) is written into, never replaced. A symbolic link is
followed: the file it points to is written, the link stays.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import click

from profile_lint.cli import signals
from profile_lint.errors import InputError
from profile_lint.printable import printable


def use_color(choice: str, output: str | None) -> bool:
    """Whether to colour the text output: `--color always` or `never` decide; `auto`
    colours when FORCE_COLOR is set (not empty), else not when NO_COLOR is, else when
    standard output is a terminal and no -o file is written (force-color.org,
    no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return not output and sys.stdout.isatty()


def fail(message: str) -> None:
    click.echo(f"profile-lint: error: {printable(message, newlines=False)}", err=True)
    sys.exit(2)


def write_output(text: str, output: str | None, newline: str | None = None) -> None:
    """Print `text`, or write it to `output` (see the module docstring); `newline=""`
    writes line breaks exactly as they are in `text`. A file that cannot be written (a
    read-only folder, a full disk) is an input error naming it; the previous file is left
    as it was."""
    with output_stream(output, newline) as write:
        write(text)


@contextlib.contextmanager
def output_stream(
    output: str | None, newline: str | None = None
) -> Iterator[Callable[[str], None]]:
    """`write_output` piece by piece: a function writing each piece; a regular file is
    replaced only when the block ends without an error (else it is left as it was)."""
    if not output:
        yield lambda text: click.echo(text, nl=False, color=True)  # colour: see use_color
        return
    target = Path(os.path.realpath(output))  # through symbolic links
    try:
        opened = _open(output, target, newline)
        handle = opened.__enter__()
    except OSError as exc:
        raise InputError(output, f"cannot be written: {exc.strerror or exc}") from None

    def write(text: str) -> None:
        try:
            handle.write(text)
        except OSError as exc:
            raise InputError(output, f"cannot be written: {exc.strerror or exc}") from None

    try:
        yield write
    except BaseException:
        opened.__exit__(*sys.exc_info())
        raise
    try:
        opened.__exit__(None, None, None)
    except OSError as exc:
        raise InputError(output, f"cannot be written: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _open(output: str, target: Path, newline: str | None) -> Iterator[IO[str]]:
    """The file to write `target` through: itself when it is not a regular file (a FIFO,
    a device), else a temporary file beside it, renamed over it at the end."""
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(output, "is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        with open(target, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        return
    if not target.parent.is_dir():
        raise InputError(output, f"the folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.chmod(tmp, _file_mode(mode))  # mkstemp makes 0600; reports are for sharing
        signals.check()  # a run being stopped replaces nothing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_fixed(path: str, before: str, after: str) -> None:
    """Write a fixed draft in place, atomically, as it was encoded: UTF-8, with its byte
    order mark if it had one, line breaks as given. A file that changed since it was
    read is left alone (an error naming it)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read back to fix it: {exc.strerror}") from None
    bom = raw.startswith(codecs.BOM_UTF8)
    if raw.decode("utf-8-sig", errors="replace").lstrip("\ufeff") != before:
        raise InputError(path, "changed while it was being linted; not fixed")
    write_output(("\ufeff" if bom else "") + after, path, newline="")


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
