"""Running many inputs: in chunks, in this process or in several, with a progress bar.

Results always come back in input order, whatever the number of processes. Each worker
process builds its own session (configuration, rules, spaCy pipeline) once, in the pool's
initializer, and ignores Ctrl-C: the main process handles it, stops the workers and exits
with status 130.
"""

from __future__ import annotations

import math
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # imported when a pool is needed: a cached run never pays for it
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 64  # inputs per chunk: big enough for nlp.pipe batches, small enough for memory
# Without --jobs: one process, unless this many inputs need analysing; then one per CPU,
# at most AUTO_MAX (each process holds its own spaCy pipelines, about 150 MB). Below that,
# starting processes and loading spaCy in each costs more than it saves.
AUTO_FROM = 200
AUTO_MAX = 4


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_jobs(value: str) -> int:
    """`--jobs`: a number of processes; 0 or `auto` is one per CPU."""
    if value.strip().lower() == "auto":
        return cpu_count()
    number = int(value)
    if number < 0:
        raise ValueError("jobs must be 0 (auto), or 1 or more")
    return number or cpu_count()


def default_jobs(count: int) -> int:
    return 1 if count < AUTO_FROM else min(AUTO_MAX, cpu_count())


def chunks(items: Sequence[T], jobs: int) -> list[list[T]]:
    """Split `items`, in order: CHUNK at most, and several chunks per process so that
    the processes finish together."""
    if not items:
        return []
    size = CHUNK if jobs <= 1 else max(1, min(CHUNK, math.ceil(len(items) / (jobs * 4))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal (never in a pipe or
    CI log) and only once a run has lasted `delay` seconds."""

    def __init__(self, total: int, label: str, stream: IO[str] | None = None, delay: float = 2.0):
        self.stream = stream or sys.stderr
        self.total, self.label, self.delay = total, label, delay
        self.done = 0
        self.start = time.monotonic()
        self.drawn = 0.0
        self.shown = False
        self.enabled = _is_terminal(self.stream)

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if not self.enabled or self.total <= 0 or now - self.start < self.delay:
            return
        if now - self.drawn < 0.1 and self.done < self.total:
            return
        self.drawn = now
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        percent = 100 * self.done // self.total
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} ({percent}%)")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def _is_terminal(stream: IO[str]) -> bool:
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_STATE: list[Any] = []  # in a worker process: the state its initializer built


def _worker_init(build: Callable[..., Any], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _STATE.append(build(*args))


def _in_worker(work: Callable[[Any, list[T]], list[R]], part: list[T]) -> list[R]:
    return work(_STATE[0], part)


def run_chunks(
    work: Callable[[Any, list[T]], list[R]],
    items: Sequence[T],
    jobs: int | None,
    state: Any,
    build: tuple[Callable[..., Any], tuple[Any, ...]],
    progress: Progress | None = None,
) -> list[R]:
    """`work(state, chunk)` over `items` in chunks; the results in input order.

    With `jobs` > 1 and more than one chunk, in a pool of processes, each of which first
    builds its own state with `build[0](*build[1])`; `work` and `build[0]` must then be
    module-level functions. Otherwise in this process, with `state`. `jobs` None: see
    `default_jobs`."""
    if jobs is None:
        jobs = default_jobs(len(items))
    parts = chunks(items, jobs)
    out: list[list[R]] = [[] for _ in parts]
    if jobs <= 1 or len(parts) <= 1:
        for index, part in enumerate(parts):
            out[index] = work(state, part)
            if progress:
                progress.advance(len(part))
        return [r for part in out for r in part]
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    try:
        pool = ProcessPoolExecutor(
            max_workers=min(jobs, len(parts)), initializer=_worker_init, initargs=build
        )
    except (OSError, NotImplementedError, ImportError):  # no process support (some sandboxes)
        return run_chunks(work, items, 1, state, build, progress)
    try:
        pending: dict[Future[list[R]], int] = {
            pool.submit(_in_worker, work, part): i for i, part in enumerate(parts)
        }
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                out[index] = future.result()
                if progress:
                    progress.advance(len(parts[index]))
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    return [r for part in out for r in part]


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop at once: cancel what has not started, end the workers (Ctrl-C, or an error)."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
