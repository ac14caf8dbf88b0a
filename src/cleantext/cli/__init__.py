"""The ``cleantext`` command line.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args)``;
:data:`COMMANDS` lists them. Errors the user can fix print one line and exit 1; usage errors
exit 2 (argparse's convention).
"""

# (no ``from __future__ import annotations``: it imports the ``__future__`` module, a third of
# what ran before Ctrl-C is held; every annotation here is valid at run time on 3.11)
import _signal  # type: ignore[import-not-found]  # (built in: no Python code loads first)

#: Ctrl-C presses while this module's imports ran (see :func:`_hold_ctrl_c`)
_HELD: list[int] = []


def _hold(signum: int, frame: object) -> None:
    _HELD.append(signum)


def _hold_ctrl_c() -> object:
    """Hold Ctrl-C while the command line's modules load: pressed there, it raised
    ``KeyboardInterrupt`` in the ``cleantext`` script's import line, before :func:`main`
    (a traceback). :func:`main` answers a held press. Returns the handler to put back
    (``None``: Python's handler was not set, or not the main thread: left alone)."""
    previous = _signal.getsignal(_signal.SIGINT)
    if previous is not _signal.default_int_handler:
        return None
    try:
        _signal.signal(_signal.SIGINT, _hold)
    except ValueError:  # not the main thread
        return None
    return previous


_PREVIOUS = _hold_ctrl_c()
try:
    import _thread
    import argparse
    import contextlib
    import errno
    import io
    import os
    import re
    import signal
    import sys
    import threading
    from collections.abc import Iterator, Sequence
    from importlib import import_module
    from typing import Any

    from cleantext._version import __version__
    from cleantext.errors import ConfigError, InputError, MissingExtraError, PatternError
    from cleantext.reporting import setup_logging, verbosity_level
finally:
    if _PREVIOUS is not None:
        _signal.signal(_signal.SIGINT, _PREVIOUS)

__all__ = ["main"]

#: subcommand modules, in the order ``--help`` lists them
COMMANDS = ("clean", "explain", "rules", "config", "learn-boilerplate", "dedup")


class CliError(Exception):
    """An error to report as one line (exit code 1)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand, or with just ``only`` (the one that runs:
    each subcommand module imports what it needs, so the others' imports are not paid for)."""
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Clean text scraped from the web: fix artifacts, remove repeated blocks "
        "and boilerplate, explain every edit.",
        epilog="exit codes: 0 success, 1 an error (one line on stderr: a missing or bad input, "
        "a bad config, an output that cannot be written), 2 a usage error (an unknown option, "
        "a --glob that matches no file); stopped by Ctrl-C, SIGTERM or SIGHUP, the command "
        "cleans up and ends by that signal (a shell shows 130, 143, 129). "
        "`cleantext COMMAND -h` for each command's options.",
    )
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    _add_verbosity(parser, 0)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS if only is None else (only,):
        module = import_module(f"cleantext.cli.{name.replace('-', '_')}")
        module.add_parser(sub)
    for command in sub.choices.values():  # `cleantext -v clean` and `cleantext clean -v`
        _add_verbosity(command, argparse.SUPPRESS)
    return parser


def _add_verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    group = parser.add_argument_group("logging")
    group.add_argument(
        "-v", "--verbose", action="count", default=default, help="more messages (-vv: debug)"
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="count",
        default=default,
        help="errors only: no notes, progress bar or stderr report",
    )


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` after any leading -q/-v flags, if it is one of ours."""
    for arg in argv:
        if arg not in ("--quiet", "--verbose") and not _SHORT_FLAGS.fullmatch(arg):
            return arg if arg in COMMANDS else None
    return None


_SHORT_FLAGS = re.compile(r"-[qv]+")


def _parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; an unknown option is reported with its subcommand's usage."""
    parser = build_parser(_command(argv))
    args, extra = parser.parse_known_args(argv)
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command = subparsers.choices[args.command]
    if extra:
        command.error(f"unrecognized arguments: {' '.join(extra)}")
    for action in command._actions:
        if action.dest in _PATHS and getattr(args, action.dest, None) == "":
            name = "/".join(action.option_strings) or action.dest
            command.error(
                f"argument {name}: an empty path (give a file name, or - where it "
                "means standard input or output)"
            )
    return args


#: the options that name a file or folder: an empty one is a usage error (``-o ""`` wrote into
#: ".", ``dedup --index ""`` ran without the index, ``--config ""`` read ".": one shell
#: variable left unset, ``-o "$OUT"``, and the run did something else than asked)
_PATHS = frozenset({"path", "output", "report", "index", "config", "profile", "html"})


def _hint(exc: Exception) -> str:
    """The one-line message for ``exc``, with the option that changes it where there is one."""
    from cleantext.io import DocumentTooLarge

    if isinstance(exc, DocumentTooLarge) and "--max-doc-mb" not in str(exc):
        return f"{exc} (raise the limit with --max-doc-mb)"
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cleantext`` command; returns the exit code.

    A run stopped by Ctrl-C, SIGTERM or a hangup unwinds (temporary files removed, an index
    not committed), then, run as the command (``argv`` not given), ends by that signal, as a
    process without a handler for it does and as Python ends on an uncaught Ctrl-C: a shell
    shows 130, 143 or 129 as before, ``subprocess`` gives -2, -15 or -1, as for a press in
    Python's own start-up, before this code runs. (Exit code 130 made a shell loop over files
    go on to the next file on Ctrl-C: bash stops a loop only for a child that ends by the
    signal.) Given ``argv``, it returns 130 (Ctrl-C) or raises ``SystemExit`` with 143 or 129.
    """
    try:
        code = _interruptible(argv)
    except _Stopped as stop:
        if argv is None:
            _end_by(stop.signum)
        raise
    if code == 130 and argv is None:
        _end_by(signal.SIGINT)
    return code


def _interruptible(argv: Sequence[str] | None) -> int:
    """The command's exit code; 130 (after one line) for Ctrl-C."""
    with _noting_ctrl_c() as pressed:
        try:
            if _HELD:  # pressed while this module loaded
                _HELD.clear()
                raise KeyboardInterrupt
            return _main(sys.argv[1:] if argv is None else list(argv))
        except KeyboardInterrupt:  # (Ctrl-C while the command's modules load, too)
            pass
        except ImportError:
            if not pressed:  # numpy turns Ctrl-C during its import into an ImportError
                raise
    print("cleantext: interrupted", file=sys.stderr)
    return 130


@contextlib.contextmanager
def _noting_ctrl_c() -> Iterator[list[int]]:
    """Python's Ctrl-C handler (``KeyboardInterrupt``), which also notes each press in the
    list it yields (in the main thread, where Python's handler is set; elsewhere the list
    stays empty)."""
    pressed: list[int] = []
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):  # (a run in the background of a script ignores Ctrl-C: it still does)
        yield pressed
        return

    def note(signum: int, frame: Any) -> None:
        pressed.append(signum)
        signal.default_int_handler(signum, frame)

    previous = signal.signal(signal.SIGINT, note)
    hook = sys.unraisablehook
    later: list[threading.Timer] = []
    sys.unraisablehook = _pressing_again(hook, later)
    try:
        yield pressed
    finally:
        sys.unraisablehook = hook
        for timer in later:  # (the command is over: no press for it to answer)
            timer.cancel()
        signal.signal(signal.SIGINT, previous)


#: seconds after an ignored Ctrl-C before it is pressed again (see :func:`_pressing_again`)
_AGAIN_AFTER = 0.05


def _pressing_again(hook: Any, later: list[threading.Timer]) -> Any:
    """An unraisable hook that answers a ``KeyboardInterrupt`` Python could not raise (Ctrl-C
    pressed while a ``__del__`` ran, e.g. the ``regex`` module's while a pattern compiles:
    Python printed "Exception ignored in ... KeyboardInterrupt" and the run went on to the
    end, exit 0) by pressing Ctrl-C again a moment later from another thread, when the
    ``__del__`` is over (``signal.raise_signal`` or ``_thread.interrupt_main`` called here,
    or from a thread started at once, ran the handler in the hook, where it was ignored
    again); other errors go to ``hook``. Each timer started is added to ``later``."""

    def again(unraisable: Any) -> None:
        if issubclass(unraisable.exc_type, KeyboardInterrupt):
            timer = threading.Timer(_AGAIN_AFTER, _thread.interrupt_main)
            timer.daemon = True
            later.append(timer)
            timer.start()
        else:
            hook(unraisable)

    return again


class _Stopped(SystemExit):
    """SIGTERM or a hangup: unwinds the command (temporary files go, workers are shut down);
    the exit code is 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def _terminated(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def _end_by(signum: int) -> None:
    """End this process by ``signum`` with the signal's default action (once the command has
    unwound and its output is flushed). Returns only if the signal does not end it, and at
    once where signals are no POSIX signals (Windows: ``os.kill`` would end the process with
    exit code ``signum``, 2 for Ctrl-C, a usage error's code)."""
    if os.name != "posix":
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # (a closed pipe, a full disk: reported already)
            stream.flush()
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signum, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signum])
        os.kill(os.getpid(), signum)


@contextlib.contextmanager
def _stopping_on_signals() -> Iterator[None]:
    """SIGTERM (exit 143) and a hangup (SIGHUP, the terminal closed: exit 129) unwind the
    command as Ctrl-C does: their default actions killed it at once, leaving its temporary
    files (and an index of ``dedup`` is not committed without its output). A hangup that is
    ignored (``nohup``) or handled by a caller is left alone; so is a run outside the main
    thread (signal handlers belong to it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    hangup = hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) is signal.SIG_DFL
    if hangup:
        signal.signal(signal.SIGHUP, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if hangup:
            signal.signal(signal.SIGHUP, signal.SIG_DFL)


class _ClosedStdout(io.TextIOBase):
    """Standard output of a command started with it closed (``>&-``): each write fails with a
    one-line error, so that output meant for it is never thrown away in silence."""

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _stand_in_for_closed_streams() -> None:
    """A standard stream closed when the command started (``>&-``, ``2>&-``): Python makes it
    ``None``, and the first print or flush raised AttributeError (a traceback, or exit 1 after
    a run that succeeded). Its descriptor is pointed at /dev/null, so that no file the
    command opens takes it (a stray print would land in that file); stdout then refuses
    writes (:class:`_ClosedStdout`), stderr writes nowhere (nothing can be shown; the exit
    code still tells). A closed stdin is refused where it is read."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        with contextlib.suppress(OSError):
            if not _is_open(fd):  # (else a file opened since holds it: left alone)
                devnull = os.open(os.devnull, os.O_RDWR)
                if devnull != fd:
                    os.dup2(devnull, fd)
                    os.close(devnull)
        if name == "stdout":
            sys.stdout = _ClosedStdout()
        elif name == "stderr":
            sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the run


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _main(argv: list[str]) -> int:
    _stand_in_for_closed_streams()
    args = _parse(argv)
    setup_logging(verbosity_level(args.verbose, args.quiet))
    try:
        with _stopping_on_signals(), _utf8_stdout():
            code: int = args.run(args)
            sys.stdout.flush()  # a full disk under stdout is reported here, not at exit
    except PatternError as exc:  # a --glob that is malformed or matches no file
        print(f"cleantext: error: {exc}", file=sys.stderr)
        return 2
    except (InputError, ConfigError, CliError, MissingExtraError) as exc:
        print(f"cleantext: error: {_hint(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); not an error for a filter
        sys.stderr.close()
        return 0
    except MemoryError:  # (a document the memory cap let in, a cleaning's peak)
        print(
            "cleantext: error: out of memory: split the input, lower --max-doc-mb, or free "
            "memory (cleaning takes up to about 12x a document's size)",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:  # a write that failed outside the file writers (disk full, say)
        where = exc.filename or "<stdout>"
        print(f"cleantext: error: {where}: {exc.strerror or exc}", file=sys.stderr)
        _drop_stdout()
        return 1
    return code


@contextlib.contextmanager
def _utf8_stdout() -> Iterator[None]:
    """Write stdout as UTF-8, as the output files are, whatever the locale says: under a
    non-UTF-8 locale (``LC_ALL=C PYTHONUTF8=0``, ``en_US.ISO-8859-1``, a pipe on Windows)
    ``cleantext clean page.txt > out.txt`` stopped on the first character that the locale's
    encoding lacks (``UnicodeEncodeError``), or wrote the output in another encoding. A
    terminal keeps its encoding (what it shows), with ``\\xe9``-style escapes for what it
    lacks. The stream's encoding is restored on the way out (``main`` called in a program).
    """
    out = sys.stdout
    old = (getattr(out, "encoding", None), getattr(out, "errors", None))
    if not isinstance(out, io.TextIOWrapper) or _is_utf8(old[0]):
        yield
        return
    try:
        tty = out.isatty()
    except ValueError:  # (closed)
        tty = False
    if tty:
        out.reconfigure(errors="backslashreplace")
    else:
        out.reconfigure(encoding="utf-8")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):  # (a failed flush is reported already)
            out.reconfigure(encoding=old[0], errors=old[1])


def _is_utf8(encoding: str | None) -> bool:
    """Whether ``encoding`` names UTF-8 (``None``: a stream without one, left alone).

    >>> _is_utf8("UTF8"), _is_utf8("utf_8"), _is_utf8("ANSI_X3.4-1968"), _is_utf8(None)
    (True, True, False, True)
    """
    return encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8")


def _drop_stdout() -> None:
    """Point stdout at /dev/null: its unwritable buffer must not fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
