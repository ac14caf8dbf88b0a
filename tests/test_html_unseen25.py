"""``clean_html`` on page shapes of session 25 (html25): a wiki's section edit links in its
headings (``edit-controls``), an article in an ``<iframe srcdoc>`` (``srcdoc-frames``), an
article in a plain ``<div>`` of an open ``<dialog>`` (``dialog-holds-article``). Pages written
for these tests."""

from __future__ import annotations

import html as escape

import cleantext
from _html import PIER, extract, paras, without

COOKIE = (
    "We and our partners use cookies to store and access information on your device, to show "
    "you personalised ads and content, and to measure how they perform."
)
CHOICES = (
    "You can change your choices at any time by clicking the privacy settings link at the "
    "bottom of every page of this website, and withdraw your consent there."
)


# --- edit-controls ---------------------------------------------------------------------------


def wiki_page(heading: str) -> str:
    return (
        f"<body><div id=content><h1>Pier</h1>{paras(PIER[0], PIER[1])}"
        f"<h2>{heading}</h2>{paras(PIER[2], PIER[3])}</div></body>"
    )


def test_a_wiki_headings_edit_links_go() -> None:
    mediawiki = (
        'History<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        '<a href="/w/index.php?action=edit&section=1">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span>'
    )
    german = (
        "Geschichte [<a href=?veaction=edit>Bearbeiten</a> | "
        "<a href=?action=edit>Quelltext bearbeiten</a>]"
    )
    for heading, title in ((mediawiki, "History"), (german, "Geschichte")):
        text = extract(wiki_page(heading))
        assert f"\n\n{title}\n\n{PIER[2]}" in text and "[" not in text
    # without the signal: "History[edit]"; the German heading, two thirds link, is dropped
    # as link furniture with its links
    assert "History[edit]" in extract(wiki_page(mediawiki), without("edit-controls"))
    assert "Geschichte" not in extract(wiki_page(german), without("edit-controls"))


def test_other_bracketed_heading_ends_stay_near_miss() -> None:
    # a year, a heading that is only "[edit]", edit words in a paragraph: not a wiki's controls
    for heading in ("Results [2019]", "Edit history [draft]"):
        assert f"\n\n{heading}\n\n" in extract(wiki_page(heading))
    html = f"<body><article>{paras(*PIER)}<p>Tap the pencil to change it [edit]</p></article>"
    assert extract(html).endswith("[edit]")


# --- srcdoc-frames ---------------------------------------------------------------------------


def frame_page(doc: str) -> str:
    quoted = escape.escape(doc, quote=True)
    return (
        "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        f'<iframe class=story srcdoc="{quoted}"></iframe><footer>(c) 2024 Pier News</footer></body>'
    )


def test_an_article_in_a_srcdoc_frame_is_rendered() -> None:
    html = frame_page(f"<!doctype html><html><body><article><h1>Pier</h1>{paras(*PIER)}</article>")
    assert extract(html) == "\n\n".join(PIER)
    assert extract(html, without("srcdoc-frames")) == ""
    # a browser shows the frame's document: the light preset too
    assert PIER[0] in cleantext.clean_html(html, preset="light")


def test_a_frame_with_a_src_and_an_ad_frame_are_not_the_article_near_miss() -> None:
    html = (
        f'<body><iframe src="/embed/story">{paras(*PIER)}</iframe><article>{paras(PIER[0])}'
        f"{paras(PIER[1])}</article>"
        '<iframe class=ad srcdoc="<p>Buy a boat today.</p>"></iframe></body>'
    )
    assert extract(html) == f"{PIER[0]}\n\n{PIER[1]}"


# --- dialog-holds-article --------------------------------------------------------------------


def test_an_article_in_a_plain_div_of_an_open_dialog_stays() -> None:
    html = (
        "<body><nav><a href=/>Home</a></nav><dialog open><div class=viewer><h1>Pier</h1>"
        f"{paras(*PIER)}</div></dialog><p>Short note.</p></body>"
    )
    assert extract(html) == "\n\n".join(PIER)
    assert extract(html, without("dialog-holds-article")) == "Short note."


def test_an_open_consent_dialog_with_most_of_the_text_still_goes_near_miss() -> None:
    short = "The pier closes on Monday for two weeks."
    for tag in ("<dialog open>", "<dialog open class=cookie-notice>"):
        html = (
            f"<body>{tag}<h2>Your privacy</h2>{paras(COOKIE, CHOICES)}<button>Accept</button>"
            f"</dialog><article><h1>Pier</h1><p>{short}</p></article></body>"
        )
        assert extract(html) == short


def test_srcdoc_frames_with_control_characters_text_after_them_or_frames_inside() -> None:
    # a frame's document is parsed as a page is: control characters in it are no error, the
    # text after the frame stays, a frame in the frame's document is not rendered
    assert cleantext.clean_html('<iframe srcdoc="a\x01b"></iframe><p>after</p>') == "ab\n\nafter"
    assert cleantext.clean_html('<p>a<iframe srcdoc="<p>in</p>"></iframe>b</p>') == "a\n\nin\n\nb"
    inner = escape.escape('<iframe srcdoc="<p>inner</p>"></iframe><p>outer</p>', quote=True)
    assert cleantext.clean_html(f'<iframe srcdoc="{inner}"></iframe>') == "outer"
