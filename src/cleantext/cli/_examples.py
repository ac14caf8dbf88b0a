"""The ``examples:`` section at the end of each subcommand's ``--help``.

argparse re-wraps an epilog into one paragraph; :class:`ExamplesFormatter` keeps its indented
lines (the commands) as written and wraps the rest as usual.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["ExamplesFormatter", "with_examples"]


class ExamplesFormatter(argparse.HelpFormatter):
    """argparse's formatter, except that an indented line of a description or epilog stays
    as written (an example command is not re-wrapped into its neighbours)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n  " not in text:
            return super()._fill_text(text, width, indent)
        fill = super()._fill_text
        return "\n".join(
            indent + line if line.startswith("  ") else fill(line, width, indent)
            for line in text.splitlines()
        )


def with_examples(*commands: str) -> dict[str, Any]:
    """The ``add_parser`` keywords that end a subcommand's help with ``commands``.

    >>> kw = with_examples("cleantext rules")
    >>> kw["epilog"]
    'examples:\\n  cleantext rules'
    >>> p = argparse.ArgumentParser(prog="x", description="d", **kw)
    >>> p.format_help().endswith("examples:\\n  cleantext rules\\n")
    True
    """
    return {
        "epilog": "examples:\n" + "\n".join(f"  {c}" for c in commands),
        "formatter_class": ExamplesFormatter,
    }
