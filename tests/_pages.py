"""Parts of a small news page shared by the extract tests (written for them), and the three
ways the tests join parts into a page."""

from collections.abc import Sequence

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


def lines_page(*parts: Sequence[str]) -> str:
    """A page of the lines of ``parts``, one after the other (no blank line)."""
    return "\n".join(line for part in parts for line in part) + "\n"


def blocks_page(*parts: Sequence[str]) -> str:
    """A page of ``parts`` as blocks: blank lines between them, line breaks inside."""
    return "\n\n".join("\n".join(part) for part in parts) + "\n"


def paragraphs_page(*parts: Sequence[str]) -> str:
    """A page where each line of ``parts`` is a paragraph of its own (blank lines between)."""
    return "\n\n".join(line for part in parts for line in part) + "\n"
