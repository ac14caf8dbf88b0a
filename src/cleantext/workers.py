"""Work spread over processes: the one process pool cleantext uses.

:func:`bounded_map` is ``map(fn, items)`` over ``workers`` processes, in order, with few
items in flight (the input is read lazily, memory stays flat).
``cleantext clean --workers`` (JSONL batches, files of a directory) and corpus dedup
(signature batches) both run through it.

Pool processes die with the process that started them, whatever killed it (SIGKILL
included): on Linux the kernel signals them (``PR_SET_PDEATHSIG``), and everywhere a thread
in each of them checks its parent's pid every second. Ctrl-C is handled by this process
alone; pool processes ignore it and are shut down when the map is left. So is a hangup
(SIGHUP, sent to the whole process group when the terminal closes). The items pool processes
held when the map was left go to its ``abandoned`` callback once they are gone (a directory
run removes the temporary files they were writing).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from cleantext.io import _HELD_SIGNALS, signals_held

__all__ = ["bounded_map", "chunks"]

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_HELD = _HELD_SIGNALS  #: (held while this process starts and feeds the pool)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(parent: int) -> None:
    """Pool process start-up: ignore Ctrl-C (the parent handles it), die on SIGTERM, and die
    with the parent (SIGTERM from the kernel on Linux; a watchdog thread everywhere).

    Pool processes are forked while the parent holds these signals (:func:`signals_held`), and
    a forked process keeps the mask: SIGTERM never reached one (not the parent's ``terminate``
    nor the kernel's), so a stopped run waited for the batches in flight. They are let in
    here; SIGTERM gets its default action back (``clean``'s handler, forked too, raised
    SystemExit in the task, which the pool sends back as a result and goes on)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):  # (the terminal's hangup: the parent decides, as for Ctrl-C)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def bounded_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    abandoned: Callable[[T], object] | None = None,
) -> Generator[R, None, None]:
    """``map(fn, items)`` in ``workers`` pool processes, in order, with at most
    ``3 * workers`` items in flight (this process reads the items and gathers the results).
    ``fn`` and the items must pickle (``fn`` a module-level function or a
    :func:`functools.partial` of one). With ``workers <= 1``, plain ``map`` in this process.
    When the map is left early (Ctrl-C, SIGTERM, an error, a reader that stops), the pool
    processes are ended, and then ``abandoned`` is called here with each item they held
    whose result was not yielded (its errors ``OSError`` ignored): what a task leaves
    behind when it is killed half-way can go.

    >>> list(bounded_map(abs, [-1, 2, -3], 1))
    [1, 2, 3]
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    with signals_held():
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(os.getpid(),))
    pending: deque[tuple[tuple[T, ...], Future[R]]] = deque()  # (items kept for abandoned)
    try:
        for item in items:
            with signals_held():
                pending.append(((item,) if abandoned else (), pool.submit(fn, item)))
            if len(pending) >= 3 * workers:
                yield _first(pending)
        while pending:
            yield _first(pending)
    except BaseException:  # Ctrl-C, SIGTERM, an error, a reader that stopped early
        _stop(pool)
        if abandoned is not None:
            pool.shutdown(wait=True, cancel_futures=True)  # (no process writes any more)
            _abandon(abandoned, [item for held, _ in pending for item in held])
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _first(pending: deque[tuple[tuple[T, ...], Future[R]]]) -> R:
    """The result of the first item of ``pending``, which leaves it once the result is in
    (an item whose result is awaited when the map is left is abandoned too)."""
    result = pending[0][1].result()
    pending.popleft()
    return result


def _abandon(abandoned: Callable[[T], object], items: list[T]) -> None:
    """Call ``abandoned`` with each of ``items``, signals held (a second Ctrl-C waits for the
    clean-up), errors ``OSError`` ignored."""
    with signals_held():
        for item in items:
            with contextlib.suppress(OSError):
                abandoned(item)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool processes now: the items they hold are not wanted (the map was left
    early), and waiting for them took as long as the batches in flight took (SIGTERM on a
    busy machine waited more than 30 s)."""
    with signals_held():
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(OSError, ValueError):
                process.terminate()


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
