"""``cleantext rules``: list every rule with its step, default and summary."""

from __future__ import annotations

import argparse
import json

from cleantext.cli._examples import with_examples
from cleantext.rules import all_rules


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "rules",
        help="list the rules (names for --disable / --enable)",
        description="List every rule: its step, whether it is on by default, its name (for "
        "--disable / --enable and the config's disable / enable) and what it does.",
        **with_examples(
            "cleantext rules",
            "cleantext rules --json",
        ),
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rules = all_rules()
    if args.json:
        print(
            json.dumps(
                [
                    {"name": r.name, "step": r.step, "default": r.default, "summary": r.summary}
                    for r in rules
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in rules:
        flag = "on " if r.default else "off"
        print(f"{r.step:13} {flag} {r.name:22} {r.summary}")
    return 0
