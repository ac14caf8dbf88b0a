"""The ``cleantext`` command line.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args)``;
:data:`COMMANDS` lists them. Errors the user can fix print one line and exit 1; usage errors
exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from importlib import import_module

from cleantext._version import __version__
from cleantext.errors import ConfigError, InputError, MissingExtraError
from cleantext.reporting import setup_logging, verbosity_level

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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cleantext`` command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command(argv))
    args = parser.parse_args(argv)
    setup_logging(verbosity_level(args.verbose, args.quiet))
    try:
        code: int = args.run(args)
    except (InputError, ConfigError, CliError, MissingExtraError) as exc:
        print(f"cleantext: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cleantext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); not an error for a filter
        sys.stderr.close()
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
