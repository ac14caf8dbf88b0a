"""Issue 14, pages that are not news: a documentation page lists its section headings again
in a table of contents ("On this page"), and those repeated headings split the page into
runs (its intro and code lines went). A heading next to a paragraph whose copy is in a table
of contents of three entries or more is a short line (``extract._section_headings``). Near
misses: a menu repeated in the header and the footer, one of its items next to a paragraph,
and a warning repeated in a row, stay repeated lines. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import classify_lines

MENU = ("Docs", "API", "Blog", "GitHub", "Getting started", "Installation", "Reading files")
DOC = (
    "Reading files",
    "The read() function opens a file, detects its format and returns its rows as a list of "
    "records. It accepts CSV, TSV and JSON Lines files, compressed or not.",
    "Basic use",
    "Pass the path of the file. The format is guessed from the extension, and a gzip file is "
    "opened transparently.",
    "import tablekit",
    'rows = tablekit.read("sales.csv")',
    'print(rows[0]["region"])',
    "Parameters",
    "path: the file to read, as a string or a Path.",
    "format: the format to use instead of the one guessed from the extension.",
    "limit: the largest number of rows to read; all rows when it is not given.",
    "Errors",
    "If a row has more fields than the header, read() raises a FormatError that gives the line "
    "number, so you can find the broken row quickly.",
)
TOC = ("Edit this page", "On this page", "Basic use", "Parameters", "Errors")
FOOTER = ("© 2024 The Tablekit authors.",)


def test_the_headings_of_a_table_of_contents_keep_the_page_whole() -> None:
    page = _page(MENU, DOC, TOC, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(DOC[1:])
    kinds = [(i.block.text, i.kind) for i in classify_lines(page)]
    assert ("Basic use", "short") in kinds and ("Errors", "short") in kinds  # in the article
    assert ("Basic use", "repeat") in kinds  # in the table of contents
    # the rule is what keeps them: off, the intro and the code go
    assert DOC[1] not in extract_with(page, section_headings=False)


def test_a_repeated_menu_and_a_repeated_warning_stay_repeated_lines() -> None:
    warning = "Warning: cannot modify header information"
    menu = ("Our shop", "Gardens", "Visit us", "Events")
    story = (DOC[1], "Gardens", DOC[3], "Our shop", DOC[8], warning, DOC[12])
    page = _page(menu, story, menu, (warning,) * 4)
    kinds = [(i.block.text, i.kind) for i in classify_lines(page)]
    assert kinds[5] == ("Gardens", "repeat") and kinds[7] == ("Our shop", "repeat")
    assert kinds[9] == (warning, "repeat")
