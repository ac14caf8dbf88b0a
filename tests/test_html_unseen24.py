"""``clean_html`` on page shapes of session 24 (html24): prose wrapped in a link by a card-style
theme (``link-paragraph``), the columns of an old table layout (``table-columns``), an open
``<dialog>`` (``open-dialog``). Pages written for these tests."""

from __future__ import annotations

import cleantext
from _html import PIER, extract, paras, without

#: two sentences of the article in one paragraph (LINKED_CHARS or more)
LONG = f"{PIER[1]} {PIER[2]}"
SOCIETY = (
    "Our town has a long history of fishing and trade, and the society meets every month in "
    "the library to talk about it. New members are always welcome, and the yearly fee is small."
)
COOKIE = (
    "We and our partners use cookies to store and access information on your device, to show "
    "you personalised ads and content, and to measure how they perform."
)


# --- link-paragraph --------------------------------------------------------------------------


def test_a_paragraph_wrapped_in_a_link_stays() -> None:
    for linked in (f"<a href=/p><p>{LONG}</p></a>", f"<p><a href=/p>{LONG}</a></p>"):
        html = f"<body><article><h1>Pier</h1>{paras(PIER[0])}{linked}{paras(PIER[3])}</article>"
        assert extract(html) == "\n\n".join((PIER[0], LONG, PIER[3]))
        assert LONG not in extract(html, without("link-paragraph"))


def test_a_card_theme_with_every_paragraph_in_a_link_gives_its_article() -> None:
    body = "".join(f"<a href=/p{k}><p>{p} {p}</p></a>" for k, p in enumerate(PIER))
    html = f"<body><nav><a href=/>Home</a></nav><article><h1>Pier</h1>{body}</article></body>"
    assert extract(html) == "\n\n".join(f"{p} {p}" for p in PIER)
    assert extract(html, without("link-paragraph")) == ""


def test_teaser_links_still_go_near_miss() -> None:
    # one sentence (a headline), or an excerpt cut with "...": teasers, not prose
    teasers = (
        f"<p><a href=/a>{PIER[1][:-1]} and the harbour master spoke to the press about the "
        "plans of the board for the summer season in the town</a></p>"
        f"<p><a href=/b>{LONG[:-1]}...</a></p>"
    )
    html = f"<body><article><h1>Pier</h1>{paras(PIER[0], PIER[3])}{teasers}</article></body>"
    assert extract(html) == f"{PIER[0]}\n\n{PIER[3]}"


# --- table-columns ---------------------------------------------------------------------------


def table_page(side: str) -> str:
    body = "<br><br>".join(PIER)
    return (
        "<body><table width=100%><tr><td width=150 valign=top><a href=/>Home</a><br>"
        f"<a href=/n>News</a></td><td valign=top>{body}</td>"
        f"<td width=200 valign=top>{side}</td></tr></table></body>"
    )


def test_a_prose_column_beside_the_article_cell_goes() -> None:
    for side in (f"<b>About the society</b><br>{SOCIETY}", f"<p><b>About</b></p><p>{SOCIETY}</p>"):
        html = table_page(side)
        assert extract(html) == "\n".join(PIER)
        assert SOCIETY in extract(html, without("table-columns"))


def test_a_sidebar_cell_before_the_article_is_no_lead() -> None:
    html = (
        f"<body><table><tr><td width=200><p><b>About us</b></p><p>{SOCIETY}</p></td>"
        f"<td><h1>Pier</h1>{paras(*PIER)}</td></tr></table></body>"
    )
    assert extract(html) == "\n\n".join(PIER)
    assert SOCIETY in extract(html, without("table-columns"))


def test_a_br_sidebar_cell_beside_an_article_cell_of_paragraphs_goes() -> None:
    side = f"<td width=200><b>About</b><br>{SOCIETY}</td>"
    for row in (f"<td>{paras(*PIER)}</td>{side}", f"{side}<td>{paras(*PIER)}</td>"):
        html = f"<body><table><tr>{row}</tr></table></body>"
        assert extract(html) == "\n\n".join(PIER)
        assert SOCIETY in extract(html, without("table-columns"))


def test_a_table_of_prose_cells_stays_whole_near_miss() -> None:
    # a data table whose cells are prose, two rows of two: all of it is the content
    cells = [f"<td>{p}</td>" for p in PIER]
    rows = f"<tr>{cells[0]}{cells[1]}</tr><tr>{cells[2]}{cells[3]}</tr>"
    html = f"<body><nav><a href=/>Home</a></nav><table>{rows}</table></body>"
    assert extract(html) == "\n\n".join(PIER)


# --- open-dialog -----------------------------------------------------------------------------


def test_an_open_consent_dialog_is_furniture() -> None:
    html = (
        f"<body><dialog open><h2>Your privacy</h2><p>{COOKIE}</p></dialog>"
        f"<article><h1>Pier</h1>{paras(*PIER)}</article></body>"
    )
    assert extract(html) == "\n\n".join(PIER)
    # the light preset shows what a browser shows: the open dialog too
    assert COOKIE in cleantext.clean_html(html, preset="light")


def test_an_article_in_an_open_dialog_stays() -> None:
    html = (
        f"<body><nav><a href=/>Home</a></nav><dialog open><article><h1>Pier</h1>"
        f"{paras(*PIER)}</article></dialog><p>Short note.</p></body>"
    )
    assert extract(html) == "\n\n".join(PIER)
    assert extract(html, without("open-dialog")) == "Short note."


def test_a_closed_dialog_is_not_rendered_near_miss() -> None:
    html = f"<body><dialog><p>{COOKIE}</p></dialog><article>{paras(*PIER)}</article></body>"
    assert COOKIE not in cleantext.clean_html(html, preset="light")


# --- shadow-root -----------------------------------------------------------------------------


def test_a_declarative_shadow_root_is_rendered() -> None:
    for attr in ("shadowrootmode=open", "shadowroot=closed"):
        html = (
            f"<body><nav><a href=/>Home</a></nav><news-story><template {attr}><article>"
            f"<h1>Pier</h1>{paras(*PIER)}</article></template></news-story></body>"
        )
        assert extract(html) == "\n\n".join(PIER)
        assert PIER[0] not in extract(html, without("shadow-root"))


def test_an_ordinary_template_stays_inert_near_miss() -> None:
    html = (
        f"<body><template id=card><p>{SOCIETY}</p></template><article>{paras(*PIER)}</article>"
        "</body>"
    )
    assert extract(html) == "\n\n".join(PIER)


# --- furniture words postprofile, copyright ---------------------------------------------------


def test_a_poster_profile_and_a_copyright_line_go() -> None:
    html = (
        f"<body><div class=thread><div class=post><div class=content>{PIER[0]}</div>"
        "<dl class=postprofile><dt>user1</dt><dd>Posts: 83</dd></dl></div>"
        f"<div class=post><div class=content>{PIER[1]}</div></div></div>"
        "<div class=copyright>Powered by Example Forum Software</div></body>"
    )
    assert extract(html) == "\n\n".join(PIER[:2])


def test_an_article_named_with_copyright_keeps_its_text_near_miss() -> None:
    # the element that holds the main content is never dropped for its own id/class words
    html = f"<body><article class='post category-copyright'>{paras(*PIER)}</article></body>"
    assert extract(html) == "\n\n".join(PIER)
