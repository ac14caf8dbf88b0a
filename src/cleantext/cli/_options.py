"""Options shared by the subcommands (input format and fields, cleaning options, the document
size limit)."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cleantext.config import PRESETS, Config, find_config_file
from cleantext.io import DEFAULT_MAX_DOC_BYTES
from cleantext.steps import STEP_NAMES

if TYPE_CHECKING:  # (imported when a cleaner is built: `dedup` does not pay for the pipeline)
    from cleantext.pipeline import Cleaner

#: the largest --max-doc-mb: 1 TiB (0 means no limit)
MAX_DOC_MB_CEILING = 2**20


def megabytes(value: str) -> float:
    """``--max-doc-mb``'s value: a number of MiB in [0, 1 TiB]; 0 means no limit.

    >>> megabytes("0.5"), megabytes("0")
    (0.5, 0.0)
    >>> megabytes("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 'nan': give a size in MiB from 0 (no limit) to 1048576
    """
    try:
        mb = float(value)
    except ValueError:
        mb = math.nan
    if not math.isfinite(mb) or not 0 <= mb <= MAX_DOC_MB_CEILING:
        raise argparse.ArgumentTypeError(
            f"{value!r}: give a size in MiB from 0 (no limit) to {MAX_DOC_MB_CEILING}"
        )
    return mb


def add_max_doc_option(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """Add ``--max-doc-mb`` (read back with :func:`max_doc_bytes`)."""
    p.add_argument(
        "--max-doc-mb",
        type=megabytes,
        default=DEFAULT_MAX_DOC_BYTES / 2**20,
        metavar="MB",
        help="largest document (a text file or one JSONL line) in MiB; a larger one is an "
        "error (with --skip-bad, where the command has it: skipped and counted) "
        f"(default: {DEFAULT_MAX_DOC_BYTES // 2**20}; 0: no limit)",
    )


def max_doc_bytes(args: argparse.Namespace) -> int | None:
    """The size limit in bytes that ``--max-doc-mb`` asked for (``None``: no limit)."""
    mb = getattr(args, "max_doc_mb", DEFAULT_MAX_DOC_BYTES / 2**20)
    return max(1, int(mb * 2**20)) if mb > 0 else None


def add_input_options(
    p: argparse.ArgumentParser | argparse._ArgumentGroup, field_help: str
) -> None:
    """Add --format, --text-field, --html-field and --url-field (``clean`` and ``explain``);
    ``field_help`` says what ``--text-field`` is for."""
    p.add_argument(
        "--format",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="input format (default: from the extension, .html/.htm are HTML, .jsonl JSONL; "
        "other files and stdin are HTML if they start like a page, else text)",
    )
    p.add_argument("--text-field", default="text", help=f"JSONL: {field_help} (default: text)")
    p.add_argument(
        "--html-field",
        help="JSONL: extract the page's text from this field's HTML (the edits then include "
        "each dropped block with its HTML signal); the cleaned text goes to --text-field",
    )
    p.add_argument(
        "--url-field",
        default="url",
        help="JSONL field with the document's URL: a --profile then applies only that host's "
        "lines (default: url; records without it get every site's lines)",
    )


def add_cleaning_options(p: argparse.ArgumentParser) -> None:
    """Add --preset, --steps, --disable, --enable, --normalize-profile and --config."""
    g = p.add_argument_group("cleaning")
    g.add_argument("--preset", choices=PRESETS, help="boilerplate preset (default: light)")
    g.add_argument(
        "--steps",
        help="comma-separated steps to run, in pipeline order; the rest of the text stays "
        f"byte-identical. Steps: {', '.join(STEP_NAMES)}",
    )
    g.add_argument("--disable", default="", help="comma-separated rule names to switch off")
    g.add_argument("--enable", default="", help="comma-separated opt-in rule names to switch on")
    g.add_argument(
        "--normalize-profile",
        choices=("default", "ftfy"),
        help="normalizer profile: default keeps the author's quote style, ftfy follows ftfy",
    )
    g.add_argument(
        "--profile",
        metavar="PATH",
        help="site profile from `cleantext learn-boilerplate`: also remove the lines it learned",
    )
    g.add_argument(
        "--config",
        type=_config_path,
        help="TOML config file (cleantext.toml, or pyproject.toml with [tool.cleantext]); "
        "default: ./cleantext.toml, else ./pyproject.toml if it has that table",
    )


def _config_path(value: str) -> Path:
    """``--config``'s file; an empty name is refused (``Path("")`` is ".": it read the folder).

    >>> _config_path("")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: an empty path (give a file name)
    """
    if not value:
        raise argparse.ArgumentTypeError("an empty path (give a file name)")
    return Path(value)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def cleaner_from_args(args: argparse.Namespace) -> Cleaner:
    """Build the cleaner that the command-line options describe (options override --config)."""
    from cleantext.pipeline import Cleaner

    found = args.config or find_config_file()
    config = Config.from_toml(found) if found else Config()
    changes: dict[str, object] = {}
    if args.preset:
        changes["preset"] = args.preset
    if args.steps:
        changes["steps"] = _split(args.steps)
    if args.disable:
        changes["disable"] = sorted(config.disable | set(_split(args.disable)))
    if args.enable:
        changes["enable"] = sorted(config.enable | set(_split(args.enable)))
    if args.normalize_profile:
        changes["normalize"] = {"profile": args.normalize_profile}
    if getattr(args, "profile", None):
        changes["boilerplate"] = {**config.to_dict()["boilerplate"], "site_profile": args.profile}
    if not changes:
        return Cleaner(config)
    merged = config.to_dict()
    merged.update(changes)
    return Cleaner(Config.from_dict(merged))


def worker_count(asked: int) -> int:
    """The processes ``--workers`` asks for: one per core for 0, and never more than the cores
    (``--workers 100000`` would fork that many processes at once); ``clean`` and ``dedup``
    read it alike.

    >>> worker_count(0) == worker_count(10**6) == (os.cpu_count() or 1), worker_count(1)
    (True, 1)
    """
    cores = os.cpu_count() or 1
    return min(asked, cores) if asked > 0 else cores
