"""Parts of a small news page shared by the extract tests (written for them)."""

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
