"""Parts of a small news page shared by the extract tests (written for them), the ways the
tests join parts into a page, what they read of the extract step's result, and a site
profile learned on one host."""

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cleantext.boilerplate import learn_profile
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.edits import Edit, apply_edits

MENU = ("Home", "News", "Sport", "Weather", "Contact")
FOOTER = ("Privacy Policy", "Terms of Use", "© 2024 Example News")
STORY = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses that cross it every few minutes.",
    "Residents said that they were worried about the long detour that the closure would mean "
    "for them, for the shops and for the children who walk to school.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then for people on foot and on bicycles.",
)


def page(*lines: str) -> str:
    """A page of these lines (no blank line)."""
    return "\n".join(lines) + "\n"


def lines_page(*parts: Sequence[str]) -> str:
    """A page of the lines of ``parts``, one after the other (no blank line)."""
    return page(*(line for part in parts for line in part))


def blocks_page(*parts: Sequence[str]) -> str:
    """A page of ``parts`` as blocks: blank lines between them, line breaks inside."""
    return "\n\n".join("\n".join(part) for part in parts) + "\n"


def paragraphs_page(*parts: Sequence[str]) -> str:
    """A page where each line of ``parts`` is a paragraph of its own (blank lines between)."""
    return "\n\n".join(line for part in parts for line in part) + "\n"


def tail_edit(text: str) -> Edit:
    """The extract step's ``extract-tail`` edit of ``text`` (what it cut after the article)."""
    return next(e for e in find_main_content(text) if e.rule == "extract-tail")


def extract_with(text: str, **weights: Any) -> str:
    """What the extract step keeps of ``text`` with these ``Weights`` changed (a rule off)."""
    changed = dataclasses.replace(WEIGHTS, **weights)
    return apply_edits(text, find_main_content(text, weights=changed))


def acme_profile(path: Path) -> Path:
    """Learn the site profile of ``a.example`` (four pages whose last line is "Acme News, 1
    Main St.") and save it at ``path``."""
    stories = ["Rain today.", "Sun tomorrow.", "Snow in May.", "Wind all week."]
    pages = [
        (f"https://a.example/{i}", f"{s}\nAcme News, 1 Main St.") for i, s in enumerate(stories)
    ]
    learn_profile(pages).save(path)
    return path
