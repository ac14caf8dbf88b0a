"""How the commands report: standard :mod:`logging` (logger ``cleantext``) and one JSON report.

The library logs to the ``cleantext`` logger and never configures logging itself (a
:class:`logging.NullHandler` keeps it silent unless the application sets logging up). The
command line calls :func:`setup_logging` once, from ``-q``/``-v``:

======== ================== =======================================================
flags    level              shows
======== ================== =======================================================
``-q``   ERROR              errors only: no notes, no stderr report, no progress bar
(none)   WARNING            skipped records, notes; the stderr report
``-v``   INFO               and what each step does
``-vv``  DEBUG              and details (which kernels, batch sizes)
======== ================== =======================================================

``clean`` and ``dedup`` report the same way with :func:`emit_report`: a JSON object written to
``--report FILE``, or else printed on stderr as one line (unless ``-q``).

>>> import io, json
>>> err = io.StringIO()
>>> emit_report({"docs_in": 2, "docs_out": 1}, None, stream=err)
>>> json.loads(err.getvalue())
{'docs_in': 2, 'docs_out': 1}
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from typing import IO, Any

__all__ = ["LOGGER_NAME", "emit_report", "logger", "setup_logging", "verbosity_level"]

LOGGER_NAME = "cleantext"
#: the library's logger; modules may also use ``logging.getLogger(__name__)`` (a child of it)
logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

_HANDLER_MARK = "_cleantext_cli_handler"


def verbosity_level(verbose: int = 0, quiet: int = 0) -> int:
    """The logging level for ``-v`` given ``verbose`` times and ``-q`` given ``quiet`` times.

    >>> [logging.getLevelName(verbosity_level(v, q)) for v, q in [(0, 0), (1, 0), (2, 0), (0, 1)]]
    ['WARNING', 'INFO', 'DEBUG', 'ERROR']
    """
    return max(logging.DEBUG, min(logging.CRITICAL, logging.WARNING + 10 * (quiet - verbose)))


def setup_logging(level: int, stream: IO[str] | None = None) -> None:
    """Send the ``cleantext`` logger's records of ``level`` and above to stderr as
    ``cleantext: message`` lines. Calling it again replaces the handler (no duplicate lines)."""
    for handler in list(logger.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter("cleantext: %(message)s"))
    setattr(handler, _HANDLER_MARK, True)
    logger.addHandler(handler)
    logger.setLevel(level)


def emit_report(
    report: Mapping[str, Any], path: str | None, *, stream: IO[str] | None = None
) -> None:
    """Write ``report`` as indented JSON to ``path`` (atomically: a complete file or none), or,
    when ``path`` is ``None``, as one JSON line on ``stream`` (stderr) unless the ``cleantext``
    logger is at ERROR or above (``-q``)."""
    if path is not None:
        from cleantext.io import atomic_output  # the one atomic writer

        with atomic_output(path) as out:
            json.dump(report, out, indent=2)
            out.write("\n")
        return
    if logger.getEffectiveLevel() >= logging.ERROR:
        return
    err = stream if stream is not None else sys.stderr
    err.write(json.dumps(report) + "\n")
    err.flush()
