"""``clean_html`` on page shapes of session 23 (html23): a content ``<div>`` named with a consent
word (``named-content``), the rest of an article behind a read-more button
(``read-more-toggle``). Pages written for these tests."""

from __future__ import annotations

from _html import PIER as HARBOUR
from _html import extract, paras, without

PIER = [
    *HARBOUR,
    "A public meeting on the plans is set for the first week of February in the town hall.",
]
REPLIES = [
    "Reader comment: I walk the pier every morning and it has been in a bad state for years, "
    "glad to see it fixed at last.",
    "Another reader: the southern berth is too small for the winter ferry and the council "
    "should have planned for that.",
]
COOKIE = (
    "We use cookies and similar technologies to store and access information on your device, "
    "to show you personalised ads and content and to measure how they perform."
)


# --- named-content ---------------------------------------------------------------------------


def content_page(cls: str) -> str:
    return (
        f"<body><div class='{cls}'><h1>Pier</h1>{paras(*PIER[:3])}</div>"
        f"<section class=feedback>{paras(*REPLIES)}</section></body>"
    )


def test_a_content_div_named_with_a_consent_word_is_no_dialog() -> None:
    # a recipe site's class, "cookies" beside the content's name: not set aside as a cookie
    # dialog, so the replies beside it do not join the article
    html = content_page("post-body cookies-recipe")
    assert extract(html) == "\n\n".join(PIER[:3])
    assert REPLIES[0] in extract(html, without("named-content"))


def test_a_dialog_with_content_in_its_consent_token_stays_a_dialog_near_miss() -> None:
    # "cookie-content" and "modal-body" name the dialog's own parts, not an article
    dialog = f"<div class='cookie-content modal-body'>{paras(COOKIE, COOKIE.upper())}</div>"
    html = f"<body>{dialog}<article><h1>Pier</h1>{paras(*PIER[:2])}</article></body>"
    assert extract(html) == "\n\n".join(PIER[:2])


# --- read-more-toggle ------------------------------------------------------------------------


def test_the_rest_behind_a_continue_reading_button_is_kept() -> None:
    rest = f"<div class=more-text style='display: none'>{paras(*PIER[2:])}</div>"
    html = f"<body><article><h1>Pier</h1>{paras(*PIER[:2])}{rest}<button>Continue reading</button>"
    assert extract(html + "</article></body>") == "\n\n".join(PIER)
    assert extract(html, without("read-more-toggle")) == "\n\n".join(PIER[:2])


def test_a_hidden_span_in_a_paragraph_before_a_read_more_link_is_kept() -> None:
    # the toggle beside the paragraph that holds the hidden span, a link this time
    html = (
        f"<body><article><p>{PIER[0]}<span id=dots>...</span><span id=more hidden> {PIER[1]}"
        "</span></p><a href='#' onclick='more()'>Read more</a></article></body>"
    )
    assert PIER[1] in extract(html)
    assert PIER[1] not in extract(html, without("read-more-toggle"))


def test_a_hidden_element_beside_another_control_stays_hidden_near_miss() -> None:
    # a hidden answer beside a "Show answer" button, a hidden dialog beside "Subscribe"
    for label in ("Show answer", "Subscribe now"):
        hidden = f"<div style='display:none'>{paras(*PIER[2:])}</div><button>{label}</button>"
        html = f"<body><article>{paras(*PIER[:2])}{hidden}</article></body>"
        assert extract(html) == "\n\n".join(PIER[:2])


# --- stray-html-end --------------------------------------------------------------------------


def test_a_stray_html_end_tag_halfway_through_the_article_is_passed_over() -> None:
    # libxml2 stops reading at </html>; a browser ignores the tag
    html = f"<html><body><article>{paras(*PIER[:2])}</html>{paras(*PIER[2:])}</article></body>"
    assert extract(html) == "\n\n".join(PIER)
    assert extract(html, without("stray-html-end")) == "\n\n".join(PIER[:2])


def test_a_page_ending_in_html_end_and_spaces_is_read_as_it_is_near_miss() -> None:
    html = f"<html><body><article>{paras(*PIER)}</article></body></HTML >\n\n"
    assert extract(html) == extract(html, without("stray-html-end")) == "\n\n".join(PIER)


# --- amp-furniture ---------------------------------------------------------------------------


def test_an_amp_ad_and_sidebar_are_not_rendered() -> None:
    ad = "<amp-ad width=300 type=doubleclick><div fallback>Ad could not load</div></amp-ad>"
    menu = (
        "<amp-sidebar id=sb layout=nodisplay><p>Home News Sport Weather Contact</p></amp-sidebar>"
    )
    html = f"<html amp><body>{menu}<article>{paras(*PIER[:3])}{ad}{paras(*PIER[3:])}</article>"
    assert extract(html) == "\n\n".join(PIER)
    off = extract(html, without("amp-furniture"))
    assert "Ad could not load" in off


def test_other_amp_elements_are_rendered_near_miss() -> None:
    # an accordion's sections and a fitted headline hold the page's own text
    html = (
        f"<html amp><body><article><amp-fit-text><h1>Pier</h1></amp-fit-text>{paras(*PIER[:2])}"
        f"<amp-accordion><section><h2>Cost</h2>{paras(*PIER[3:])}</section></amp-accordion>"
        "</article></body></html>"
    )
    out = extract(html)
    assert PIER[3] in out and PIER[4] in out


# --- hidden-prose ----------------------------------------------------------------------------

TERMS = (
    "By creating an account you agree to our terms of use. We may change these terms at any "
    "time and will tell you by e-mail. You must be sixteen or older to open an account. "
) * 4


def test_a_page_hidden_until_its_scripts_run_gives_its_article() -> None:
    for hide in ("<body style='display:none'>", "<body><div id=page aria-hidden=true>"):
        html = f"<html>{hide}<nav><a href=/>Home</a></nav><article>{paras(*PIER)}</article>"
        assert extract(html) == "\n\n".join(PIER)
        assert extract(html, without("hidden-prose")) == ""


def test_a_hidden_dialog_beside_a_short_article_stays_hidden_near_miss() -> None:
    # the page shows its article (a short one, under 1,000 characters): the hidden terms
    # dialog, longer prose that does not go on from it, is not the article
    html = f"<body><article>{paras(*PIER[:2])}</article><div hidden><p>{TERMS}</p></div></body>"
    assert extract(html) == "\n\n".join(PIER[:2])


# --- list-credit -----------------------------------------------------------------------------

INTRO = (
    "These oat biscuits keep for a week in a tin and are easy enough for children to make "
    "with a little help from a grown-up."
)
STEPS = [
    "Heat the oven to 180 degrees and line a large baking tray with paper.",
    "Melt the butter in a pan and stir in the oats, the sugar and the egg.",
    "Put spoonfuls on the tray, well apart, and bake them for twelve minutes.",
]


def recipe(steps: str) -> str:
    return (
        f"<body><div class=recipe><h1>Oat biscuits</h1><p>{INTRO}</p><h2>Ingredients</h2>"
        f"<ul><li>200 g oats</li><li>100 g butter</li></ul><h2>Method</h2>{steps}</div></body>"
    )


def test_the_steps_of_an_ordered_list_credit_the_recipe_around_them() -> None:
    # the method's <ol> outscored the recipe's <div>, and its ingredients were lost
    html = recipe("<ol>" + "".join(f"<li>{s}</li>" for s in STEPS) + "</ol>")
    assert "200 g oats" in extract(html) and STEPS[2] in extract(html)
    assert "200 g oats" not in extract(html, without("list-credit"))


def test_the_items_of_an_unordered_list_credit_the_list_near_miss() -> None:
    # bullet lists credit themselves as before (crediting their container joined boxes of
    # bullets to the article on three extra dev pages)
    html = recipe("<ul>" + "".join(f"<li>{s}</li>" for s in STEPS) + "</ul>")
    assert extract(html) == extract(html, without("list-credit"))


def test_a_read_more_control_is_read_up_to_its_element_bound() -> None:
    # cost24b: a control whose children alone are too many is told by len() before its
    # walk; the bound is the walk's: the control and five children are read, six are not
    from lxml import html as lxml_html

    from cleantext.html.page import TOGGLE_ELEMENTS, _short_text

    five = lxml_html.fromstring("<div>" + "<i></i>" * (TOGGLE_ELEMENTS - 1) + "Read more</div>")
    six = lxml_html.fromstring("<div>" + "<i></i>" * TOGGLE_ELEMENTS + "Read more</div>")
    assert _short_text(five, 60) == "Read more"
    assert _short_text(six, 60) is None
