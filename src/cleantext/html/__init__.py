"""HTML in, blocks with structure features out, and the main content chosen from them.

The HTML path of the cleaner (``cleantext.clean_html``, ``Cleaner.clean_html_document``):

1. :func:`decode_html` turns bytes into text: byte-order mark, then the page's own
   ``<meta charset>`` / ``http-equiv`` declaration, then UTF-8 if the bytes are valid UTF-8,
   then charset-normalizer's guess; if nothing fits, UTF-8 with U+FFFD for the bad bytes.
2. :func:`render` parses the page with lxml (libxml2) and renders its visible text as blocks:
   one block per block-level element's own text, blank lines between blocks, ``<br>`` as a
   line break. ``<script>``, ``<style>``, ``<noscript>``, ``<template>``, form widgets and hidden
   elements (``hidden``, ``aria-hidden``, ``display:none``) are never rendered. Each block keeps
   its features: tag, link density, its element's place in the tree, the page-furniture zone
   it sits in (``<nav>``, ``<aside>``, ``<footer>``, ``<header>``, an ARIA landmark, a comments
   container) and its position.
3. :func:`select_edits` chooses the main content from block scores (paragraph text credited to
   its container and the container's ancestors, as readability does, weighted by link density
   and by id/class words) and returns one :class:`~cleantext.edits.Edit` per run of
   consecutive blocks dropped for one reason, whose note names the signal that dropped them
   (``"in <nav>"``, ``"link density 0.83"``,
   ``"outside the main content <div class=entry-content>"``).

>>> page = render(
...     "<html><head><title>T</title><script>var x = 1;</script></head><body>"
...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
...     "<article><h1>Bridge closes</h1>"
...     "<p>The council voted to close the old bridge, in use for a century.</p>"
...     "<p>Residents said that they were worried about the detour, which is long.</p>"
...     "</article><footer>© 2024 Example News</footer></body></html>")
>>> print(page.text)
Home News
<BLANKLINE>
Bridge closes
<BLANKLINE>
The council voted to close the old bridge, in use for a century.
<BLANKLINE>
Residents said that they were worried about the detour, which is long.
<BLANKLINE>
© 2024 Example News
>>> for edit in select_edits(page):
...     print(edit.rule, "|", edit.note)
html-outside-main | in <nav>
html-boilerplate | headline <h1>
html-outside-main | in <footer>
"""

from __future__ import annotations

from cleantext.html.content import (
    MARKUP,
    OUTSIDE,
    REPEAT_CHARS,
    STEPS_AFTER_EXTRACTION,
    STEPS_AFTER_REPEATS,
    select_edits,
    steps_after_extraction,
)
from cleantext.html.decode import HTML_SUFFIXES, decode_html, is_html_file, looks_like_html
from cleantext.html.page import (
    BR,
    INSTALL_HINT,
    MAX_DEPTH,
    Block,
    Page,
    iter_blocks,
    render,
)
from cleantext.html.signals import (
    BOX_BLOCKS,
    COMMENTS,
    GOOD_CHARS,
    LINK_DENSE,
    SHOWN_SIGNALS,
    SIGNALS,
)

__all__ = [
    "BOX_BLOCKS",
    "BR",
    "COMMENTS",
    "GOOD_CHARS",
    "HTML_SUFFIXES",
    "INSTALL_HINT",
    "LINK_DENSE",
    "MARKUP",
    "MAX_DEPTH",
    "OUTSIDE",
    "REPEAT_CHARS",
    "SHOWN_SIGNALS",
    "SIGNALS",
    "STEPS_AFTER_EXTRACTION",
    "STEPS_AFTER_REPEATS",
    "Block",
    "Page",
    "decode_html",
    "is_html_file",
    "iter_blocks",
    "looks_like_html",
    "render",
    "select_edits",
    "steps_after_extraction",
]
