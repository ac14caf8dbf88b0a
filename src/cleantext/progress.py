"""A small progress bar on stderr, shown only when stderr is a terminal.

When stderr is piped or redirected (a log file, CI), nothing is written at all, so logs stay
clean. Redraws are rate-limited.

>>> import io
>>> p = Progress(total=4, unit="files", stream=io.StringIO())  # not a TTY: silent
>>> p.update(4); p.close(); p.enabled
False
>>> buf = io.StringIO()
>>> p = Progress(total=4, unit="files", stream=buf, enabled=True, interval=0)
>>> p.update(2)
>>> buf.getvalue().split("\\033[K")[-1].split()[:4]
['cleaning', '2/4', 'files', '[############']
"""

from __future__ import annotations

import sys
import time
from typing import IO

__all__ = ["Progress"]

_WIDTH = 24


class Progress:
    """Counts work done; draws ``label done/total unit [####    ] pct rate`` on one line.

    Args:
        total: the amount of work, if known (else only the count and rate are shown).
        unit: what is counted ("files", "docs").
        stream: where to draw (default: stderr).
        enabled: force on or off; by default on only if ``stream`` is a TTY.
        interval: minimum seconds between redraws.
    """

    def __init__(
        self,
        total: int | None = None,
        unit: str = "docs",
        stream: IO[str] | None = None,
        enabled: bool | None = None,
        interval: float = 0.2,
        label: str = "cleaning",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_tty(self.stream) if enabled is None else enabled
        self.total, self.unit, self.label, self.interval = total, unit, label, interval
        self.done = 0
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        """Add ``n`` to the count and redraw if enough time passed."""
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.interval or self.done == self.total):
            self._last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The bar as text (without the carriage return)."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = f"{self.done / elapsed:,.0f} {self.unit}/s"
        if not self.total:
            return f"{self.label} {self.done:,} {self.unit} {rate}"
        frac = min(1.0, self.done / self.total)
        bar = "#" * round(frac * _WIDTH)
        return (
            f"{self.label} {self.done:,}/{self.total:,} {self.unit} "
            f"[{bar:<{_WIDTH}}] {frac:4.0%} {rate}"
        )

    def _draw(self, now: float) -> None:
        self.stream.write("\r\033[K" + self.line(now))
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (nothing when disabled)."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
