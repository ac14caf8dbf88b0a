"""``cleantext config --show``: print the effective configuration.

The effective config is what ``clean`` and ``explain`` would use with the same options: the
file from ``--config`` (or ``./cleantext.toml``, or the ``[tool.cleantext]`` table of
``./pyproject.toml``), then the command-line options on top. The output is TOML that can be
saved as ``cleantext.toml`` and read back unchanged.

>>> print(to_toml({"preset": "light", "steps": None, "dedup": {"threshold": 0.7}}))
preset = "light"
# steps: not set (all steps run)
<BLANKLINE>
[dedup]
threshold = 0.7
<BLANKLINE>
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

from cleantext.cli._examples import with_examples
from cleantext.cli._options import add_cleaning_options, cleaner_from_args
from cleantext.config import find_config_file
from cleantext.io import is_stdout
from cleantext.reporting import logger

__all__ = ["add_parser", "run", "to_toml"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "config",
        help="print the effective configuration",
        description="Print the configuration that clean and explain would use: the config "
        "file (--config, else ./cleantext.toml, else [tool.cleantext] in ./pyproject.toml) "
        "with the command-line options applied on top. The output is valid TOML.",
        **with_examples(
            "cleantext config --preset extract --disable capitalize-sentence > cleantext.toml",
            "cleantext config --json",
        ),
    )
    p.add_argument(
        "--show", action="store_true", help="print the effective config (the default action)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of TOML")
    add_cleaning_options(p)
    p.set_defaults(run=run)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


_UNSET = {
    "steps": "not set (all steps run)",
    "site_profile": "not set",
}


def _key_lines(data: Mapping[str, Any]) -> list[str]:
    out = []
    for key, v in data.items():
        if isinstance(v, Mapping):
            continue
        if v is None:
            out.append(f"# {key}: {_UNSET.get(key, 'not set')}")
        else:
            out.append(f"{key} = {_value(v)}")
    return out


def _tables(data: Mapping[str, Any], prefix: str) -> list[str]:
    out = []
    for key, v in data.items():
        if isinstance(v, Mapping):
            name = f"{prefix}.{key}" if prefix else str(key)
            out += ["", f"[{name}]", *_key_lines(v), *_tables(v, name)]
    return out


def to_toml(data: Mapping[str, Any]) -> str:
    """``data`` (a :meth:`Config.to_dict`) as TOML; ``None`` values become comments."""
    return "\n".join([*_key_lines(data), *_tables(data, "")]) + "\n"


def run(args: argparse.Namespace) -> int:
    source = args.config or find_config_file()
    if is_stdout(source):  # `config --show > cleantext.toml`: the shell emptied it first
        logger.warning(
            "%s is also the output: the shell emptied it before this command read it, so "
            "what follows is the defaults with the options given (any settings it held are "
            "lost; write to another file to keep them)",
            source,
        )
        source = None
    cleaner = cleaner_from_args(args)
    data = cleaner.config.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"# effective cleantext config (file: {source or 'none, built-in defaults'})")
    print(to_toml(data), end="")
    return 0
