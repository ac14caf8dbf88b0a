"""The one progress bar of cleantext: on stderr, shown only when stderr is a terminal.

When stderr is piped or redirected (a log file, CI), nothing is written at all, so logs stay
clean. Redraws are rate-limited. The bar shows a total, a percentage and an ETA when the amount
of work is known: either as a count (``total``: files of a directory) or as a size in bytes
(``size``: a JSONL file being read, with :meth:`Progress.advance_to` giving the byte offset).

>>> import io
>>> p = Progress(total=4, unit="files", stream=io.StringIO())  # not a TTY: silent
>>> p.update(4); p.close(); p.enabled
False
>>> buf = io.StringIO()
>>> p = Progress(total=4, unit="files", stream=buf, enabled=True, interval=0)
>>> p.update(2)
>>> buf.getvalue().split("\\033[K")[-1].split()[:4]
['cleaning', '2/4', 'files', '[############']
>>> p = Progress(unit="documents", label="signing", size=1000, enabled=False)
>>> p.started -= 10; p.update(300); p.advance_to(250)
>>> p.line(now=p.started + 10)
'signing 300 documents [######                  ]  25% of 1.0 kB 30 documents/s ETA 0:30'
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import IO, TypeVar

__all__ = ["Progress", "file_size"]

T = TypeVar("T")
_WIDTH = 24


class Progress:
    """Counts work done; draws ``label done/total unit [####    ] pct rate ETA`` on one line.

    Args:
        total: the number of units to do, if known.
        unit: what is counted ("files", "docs").
        stream: where to draw (default: stderr).
        enabled: force on or off; by default on only if ``stream`` is a TTY and the
            ``cleantext`` logger is not set to errors only (``-q``).
        interval: minimum seconds between redraws.
        label: the first word of the line (what is being done).
        size: the input size in bytes, if known: the percentage and ETA then follow the byte
            offset given to :meth:`advance_to` (the count of ``unit`` is still shown).

    It is also a context manager (``close`` on exit) and can :meth:`wrap` an iterable.
    """

    def __init__(
        self,
        total: int | None = None,
        unit: str = "docs",
        stream: IO[str] | None = None,
        enabled: bool | None = None,
        interval: float = 0.2,
        label: str = "cleaning",
        size: int | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:  # a terminal, and not silenced (``-q``: the logger at ERROR)
            quiet = logging.getLogger("cleantext").getEffectiveLevel() >= logging.ERROR
            enabled = _is_tty(self.stream) and not quiet
        self.enabled = enabled
        self.total, self.unit, self.label, self.interval = total, unit, label, interval
        self.size = size or None
        self.done = 0
        self.position = 0
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, n: int = 1, position: int | None = None) -> None:
        """Add ``n`` to the count (and set the byte ``position``, as :meth:`advance_to` does,
        so that one redraw shows both) and redraw if enough time passed."""
        self.done += n
        if position is not None:
            self.position = position
        self._maybe_draw(final=self.done == self.total)

    def count_to(self, done: int) -> None:
        """Set the count to ``done`` (for callers that report totals, not increments)."""
        self.update(done - self.done)

    def advance_to(self, position: int) -> None:
        """Set how many bytes of ``size`` are done (e.g. ``file.tell()``); redraws if due."""
        self.position = position
        self._maybe_draw(final=False)

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, counting each one."""
        for item in items:
            yield item
            self.update()

    def fraction(self) -> float | None:
        """The part of the work done (0..1), or ``None`` when the amount is unknown."""
        if self.size:
            return min(1.0, self.position / self.size)
        if self.total:
            return min(1.0, self.done / self.total)
        return None

    def line(self, now: float | None = None) -> str:
        """The bar as text (without the carriage return)."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = f"{self.done / elapsed:,.0f} {self.unit}/s"
        frac = self.fraction()
        count = f"{self.done:,}/{self.total:,}" if self.total else f"{self.done:,}"
        if frac is None:
            return f"{self.label} {count} {self.unit} {rate}"
        bar = "#" * round(frac * _WIDTH)
        of = f" of {_human_bytes(self.size)}" if self.size else ""
        eta = f" ETA {_clock(elapsed * (1 - frac) / frac)}" if 0 < frac < 1 else ""
        return f"{self.label} {count} {self.unit} [{bar:<{_WIDTH}}] {frac:4.0%}{of} {rate}{eta}"

    def _maybe_draw(self, final: bool) -> None:
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.interval or final):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        self.stream.write("\r\033[K" + self.line(now))
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (nothing when disabled)."""
        if self.enabled:
            if self.size:
                self.position = self.size
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def file_size(path: str) -> int | None:
    """The size in bytes of ``path`` for :class:`Progress` ``size``; ``None`` for stdin (``-``),
    pipes and anything else whose size is unknown.

    >>> file_size("-") is None
    True
    """
    if path == "-":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if st.st_size > 0 and os.path.isfile(path) else None


def _human_bytes(n: float | None) -> str:
    value = float(n or 0)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
