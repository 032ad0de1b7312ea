"""Running many inputs: in chunks, in this process or in several, with a progress bar.

Results always come back in input order, whatever the number of processes. Each worker
process builds its own session (configuration, rules, spaCy pipeline) once, ignores Ctrl-C
(the main process handles it, stops the workers and exits with status 130) and dies with
the main process, however that ends (Ctrl-C, SIGTERM, SIGHUP, SIGKILL).
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 64  # inputs per chunk: big enough for nlp.pipe batches, small enough for memory
# Without --jobs: one process, unless this many inputs need analysing and at least two
# CPUs are idle; then one per idle CPU, at most AUTO_MAX. Below that, worker processes
# lose to one: starting them and sending results back costs more than it saves, and on
# CPUs already busy they only take turns (measured: 1,000 drafts on 2 busy CPUs took
# 1.15-1.4 times as long with 2 processes as with 1). Busy is what runs now, not the last
# minute's load average: that counts the run that just ended (a script linting folder
# after folder would never get a second process).
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


def idle_cpus() -> int:
    """The CPUs this process may use minus those busy now, besides this process."""
    return max(0, cpu_count() - busy_cpus())


def busy_cpus(samples: int = 5) -> int:
    """Processes running now besides this one (Linux: the median of a few readings of
    /proc/loadavg's running count over 10 ms); elsewhere, the last minute's load average."""
    readings = []
    for index in range(samples):
        try:
            with open("/proc/loadavg", encoding="ascii") as file:
                running = int(file.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            break
        readings.append(running - 1)  # this process is running: it reads the file
        if index + 1 < samples:
            time.sleep(0.0025)
    if readings:
        return max(0, sorted(readings)[len(readings) // 2])
    try:
        return math.ceil(os.getloadavg()[0] - 0.5)
    except (AttributeError, OSError):  # not available: assume none are busy
        return 0


def default_jobs(count: int) -> int:
    """Processes to lint `count` inputs with when --jobs is not given (see AUTO_FROM)."""
    if count < AUTO_FROM:
        return 1
    idle = idle_cpus()
    return min(AUTO_MAX, idle) if idle >= 2 else 1


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


# A run over many inputs collects garbage as mypy does: what is loaded once (pipelines,
# lexicons, dictionaries) is frozen after the first chunk, so that collections no longer
# go through it, and young objects are collected less often. Measured on 1,000 profiles:
# 0.86 s of 6.7 s went to collections with Python's defaults, about 0.2 s so.
GC_THRESHOLDS = (20_000, 20, 20)


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """GC_THRESHOLDS for the time of a run; then Python's, with nothing frozen."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


class WorkerFailed(Exception):
    """A worker process ended without an answer (killed from outside, out of memory)."""


def iter_chunks(
    work: Callable[[Any, list[T]], list[R]],
    items: Sequence[T],
    jobs: int | None,
    state: Any,
    build: tuple[Callable[..., Any], tuple[Any, ...]],
    progress: Progress | None = None,
) -> Iterator[R]:
    """`work(state, chunk)` over `items` in chunks; the results in input order, each chunk's
    as soon as it and those before it are done.

    With `jobs` > 1 and more than one chunk, in worker processes, each of which first
    builds its own state with `build[0](*build[1])` (forked ones inherit `state`); `work`
    and `build[0]` must then be module-level functions. Otherwise in this process, with
    `state`. `jobs` None: see `default_jobs`."""
    if jobs is None:
        jobs = default_jobs(len(items))
    parts = chunks(items, jobs)
    with few_collections():
        if jobs <= 1 or len(parts) <= 1:
            for index, part in enumerate(parts):
                yield from work(state, part)
                if progress:
                    progress.advance(len(part))
                if index == 0:
                    gc.freeze()  # what the first chunk loaded: see GC_THRESHOLDS
            return
        gc.freeze()  # before forking: the workers' copies of it stay shared
        try:
            pool = Pool(min(jobs, len(parts)), work, build, state, parts)
        except (OSError, NotImplementedError, ImportError):  # no processes (some sandboxes)
            yield from iter_chunks(work, items, 1, state, build, progress)
            return
        yield from _in_order(pool, parts, progress)


def _in_order(pool: Pool, parts: Sequence[list[T]], progress: Progress | None) -> Iterator[Any]:
    try:
        done: dict[int, list[Any]] = {}  # chunks finished before an earlier one
        following = 0
        for index, result in pool.map(parts):
            done[index] = result
            if progress:
                progress.advance(len(parts[index]))
            while following in done:
                yield from done.pop(following)
                following += 1
    finally:
        pool.stop()


class Pool:
    """Worker processes fed one chunk at a time over a pipe each; no helper thread in this
    process, so that Ctrl-C is handled at once and nothing is left to join.

    Workers ignore Ctrl-C (this process handles it and stops them) and die with this
    process however it ends: the kernel kills them when it does (Linux's
    PR_SET_PDEATHSIG), and each watches that its parent is still there (elsewhere)."""

    def __init__(
        self,
        count: int,
        work: Callable[..., Any],
        build: tuple[Callable[..., Any], tuple[Any, ...]],
        state: Any = None,
        parts: Sequence[Any] = (),
    ):
        import multiprocessing

        context = multiprocessing.get_context()
        # Forked workers inherit this process's state (its spaCy pipelines already
        # loaded) instead of building their own, and the parts: each is then sent as its
        # number, not pickled; spawned workers build their state and get each part.
        self.forked = context.get_start_method() == "fork"
        if state is not None and self.forked:
            build = (_inherited, (state,))
        self.workers: list[tuple[Any, Any]] = []
        # A Ctrl-C while a worker starts waits until it ignores Ctrl-C itself.
        blocked = _block(signal.SIGINT)
        try:
            for _ in range(count):
                mine, theirs = context.Pipe()
                known = parts if self.forked else ()
                process = context.Process(
                    target=_worker, args=(theirs, work, build, os.getpid(), known), daemon=True
                )
                process.start()
                theirs.close()
                self.workers.append((process, mine))
        except BaseException:
            self.stop()
            raise
        finally:
            _unblock(blocked)

    def map(self, parts: Sequence[list[T]]) -> Iterator[tuple[int, Any]]:
        """(index, result) of each part, as they come."""
        from multiprocessing.connection import wait

        todo = list(enumerate(parts))[::-1]
        busy: dict[Any, int] = {}

        def feed(conn: Any) -> None:
            if todo:
                index, part = todo.pop()
                busy[conn] = index
                conn.send(index if self.forked else part)

        for _, conn in self.workers:
            feed(conn)
        while busy:
            ready: list[Any] = list(wait(list(busy)))
            for conn in ready:
                try:
                    ok, payload = conn.recv()
                except (EOFError, OSError):
                    raise WorkerFailed("a worker process ended unexpectedly") from None
                if not ok:
                    raise payload
                yield busy.pop(conn), payload
                feed(conn)

    def stop(self) -> None:
        """End every worker now (they are told to finish when the work is done)."""
        for process, conn in self.workers:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + 1.0
        for process, conn in self.workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(1.0)
            conn.close()
        self.workers = []


def _inherited(state: Any) -> Any:
    return state


def _block(signum: int) -> set[int] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return set(signal.pthread_sigmask(signal.SIG_BLOCK, {signum}))


def _unblock(previous: set[int] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker(
    conn: Any,
    work: Callable[..., Any],
    build: tuple[Callable[..., Any], tuple[Any, ...]],
    parent: int,
    parts: Sequence[Any] = (),
) -> None:
    """A worker process: build the state once, then answer chunks until told to stop
    (each sent whole, or as its number in `parts`, inherited by a forked worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    for name in ("SIGTERM", "SIGHUP"):  # not the main process's handlers: end at once
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    try:
        state = build[0](*build[1])
        gc.set_threshold(*GC_THRESHOLDS)
        first = True
        while (part := conn.recv()) is not None:
            try:
                part = parts[part] if isinstance(part, int) else part
                conn.send((True, work(state, part)))
            except Exception as exc:
                conn.send((False, _sendable(exc)))
            if first:
                gc.freeze()  # what the first chunk loaded
                first = False
    except (EOFError, OSError):
        pass  # the main process is gone
    except Exception as exc:  # building the state failed: say so, then end
        with contextlib.suppress(OSError):
            conn.send((False, _sendable(exc)))


def _sendable(exc: Exception) -> Exception:
    import pickle

    try:
        pickle.dumps(exc)
    except Exception:
        return RuntimeError(repr(exc))
    return exc


def _die_with(parent: int) -> None:
    """End this process when `parent` ends, however it ends (SIGKILL included)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the watcher below does it
        pass
    if os.getppid() != parent:  # it ended before we asked
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)
