"""``clean_html`` on page shapes of session 22 (html22): a consent dialog in the DOM longer than
a short article (``consent-dialogs``). Pages written for these tests."""

from __future__ import annotations

import json
import time

from _html import BUDGET, extract, paras, without
from cleantext import html as H

DE1 = (
    "Der Stadtrat hat am Donnerstagabend einen neuen Haushalt beschlossen, nach einer Debatte, "
    "die mehr als sechs Stunden dauerte."
)
DE2 = (
    "Nach dem Plan steigen die Ausgaben für den öffentlichen Nahverkehr um zwölf Prozent, "
    "während das Geld für Straßenreparaturen sinkt."
)
CMP1 = (
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf "
    "einem Gerät zu speichern und abzurufen, personalisierte Anzeigen und Inhalte zu zeigen, "
    "sowie Anzeigen und Inhalte zu messen."
)
CMP2 = (
    "Mit Klick auf Akzeptieren stimmen Sie der Verarbeitung Ihrer Daten zu. Sie können Ihre "
    "Einwilligung jederzeit in den Einstellungen widerrufen."
)
NAV = "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>"


# --- consent-dialogs -------------------------------------------------------------------------

DIALOG = (
    "<div id=cmp-overlay class=fc-consent-root><div class=dialog><h2>Ihre Privatsphäre</h2>"
    f"{paras(CMP1, CMP2)}<button>Akzeptieren</button></div></div>"
)


def test_a_consent_dialog_longer_than_a_short_article_loses_to_it() -> None:
    html = f"<body>{DIALOG}{NAV}<article><h1>Haushalt</h1>{paras(DE1, DE2)}</article></body>"
    assert extract(html) == f"{DE1}\n\n{DE2}"
    off = extract(html, without("consent-dialogs") - {"consent-text"})
    assert CMP1 in off and DE1 not in off


def test_a_page_wrapper_with_a_consent_state_class_keeps_its_article_near_miss() -> None:
    # a class that says consent was given, on the wrapper of the whole page: it holds all of
    # the article-like text, so it is not a dialog
    html = (
        f"<body><div class='page cookie-consent-given'>{NAV}<div class=col>"
        f"<h1>Haushalt</h1>{paras(DE1, DE2, CMP2)}</div></div></body>"
    )
    assert extract(html) == f"{DE1}\n\n{DE2}\n\n{CMP2}"


def test_an_article_named_with_a_consent_word_is_not_a_dialog_near_miss() -> None:
    # WordPress puts the post's tags on its <article>; a short note beside it holds a tenth
    html = (
        f"<body>{NAV}<article class='post tag-cookies'><div class=entry-content>"
        f"{paras(DE1, DE2)}</div></article><div class=col><p>{CMP2}</p></div></body>"
    )
    assert extract(html) == f"{DE1}\n\n{DE2}"


# --- state-scripts ---------------------------------------------------------------------------

EN = BUDGET
OTHER = (
    "Heavy rain flooded three villages near the river on Sunday, and the fire brigade moved "
    "dozens of families to the school gym for the night. "
) * 4


def state_page(script: str, dom: str = "<div id=app></div>") -> str:
    return f"<body>{NAV}{dom}<script>{script}</script></body>"


def test_a_shell_page_gives_the_article_of_its_state_script() -> None:
    state = json.dumps({"article": {"title": "Budget", "body": paras(*EN)}})
    html = state_page(f"window.__INITIAL_STATE__ = {state};")
    assert extract(html) == "\n\n".join(EN)
    assert extract(html, without("state-scripts")) == ""
    parsed = state_page(f"window.__PRELOADED_STATE__=JSON.parse({json.dumps(state)})")
    assert extract(parsed) == "\n\n".join(EN)


def test_other_scripts_and_other_stories_in_the_state_are_not_read_near_miss() -> None:
    state = json.dumps({"article": {"body": paras(*EN)}})
    assert extract(state_page(f"var config = {state};")) == ""
    # the DOM shows its article; the state holds a related story, longer: not the page's
    related = json.dumps({"related": [{"body": OTHER}]})
    html = state_page(
        f"window.__INITIAL_STATE__ = {related};", f"<article>{paras(*EN[:2])}</article>"
    )
    assert extract(html) == "\n\n".join(EN[:2])


def test_a_nuxt_page_gives_the_article_of_its_nuxt_data() -> None:
    data = json.dumps([{"data": 1}, {"article": 2}, {"body": 3}, paras(*EN)])
    script = f"<script type=application/json id=__NUXT_DATA__>{data}</script>"
    html = f"<body>{NAV}<div id=__nuxt></div>{script}</body>"
    assert extract(html) == "\n\n".join(EN)
    assert extract(html, without("script-data-body")) == ""
    other = html.replace("__NUXT_DATA__", "__APP_DATA__")  # near miss: an id not in json_ids
    assert extract(other) == ""


# --- shell-fallback --------------------------------------------------------------------------


def test_a_shell_page_gives_the_article_of_its_noscript_or_template() -> None:
    for tag in ("noscript", "template"):
        html = f"<body>{NAV}<div id=app></div><{tag}><h1>Budget</h1>{paras(*EN)}</{tag}></body>"
        assert extract(html) == "\n\n".join(EN)
        assert extract(html, without("shell-fallback")) == ""


def test_fallbacks_without_prose_or_with_another_story_stay_hidden_near_miss() -> None:
    # a "please enable JavaScript" notice is no article; a page that shows its article (a
    # short one) keeps it, not the longer other story in a <template>
    notice = "<noscript><p>Please enable JavaScript to read this site. Thank you.</p></noscript>"
    assert extract(f"<body>{NAV}<div id=app></div>{notice}</body>") == ""
    html = f"<body>{NAV}<article>{paras(EN[0])}</article><template><p>{OTHER}</p></template></body>"
    assert extract(html) == EN[0]


# --- teaser-articles -------------------------------------------------------------------------

TEASER = (
    "A teaser text that describes story {} in two sentences for readers. It is here to make "
    "you click on it, as teasers do."
)


def cards(n: int) -> str:
    return "".join(
        f"<article class=card><h3><a href='/s{i}'>Story number {i}</a></h3>"
        f"<p>{TEASER.format(i)}</p></article>"
        for i in range(n)
    )


def test_a_rail_of_teaser_articles_beside_a_short_div_article_goes() -> None:
    html = (
        f"<body>{NAV}<div class=main-col><h1>Budget</h1>{paras(EN[0], EN[1])}</div>"
        f"<div class=more-stories>{cards(8)}</div></body>"
    )
    assert extract(html) == f"{EN[0]}\n\n{EN[1]}"
    assert TEASER.format(7) in extract(html, without("teaser-articles"))


def test_an_article_whose_headline_links_to_itself_is_not_a_teaser_near_miss() -> None:
    # a theme that links the headline to the post's own address; and a page of teasers only
    html = (
        f"<body>{NAV}<article><h1><a href='/budget'>Budget</a></h1>{paras(*EN)}</article>"
        f"<div class=more-stories>{cards(3)}</div></body>"
    )
    assert extract(html) == "\n\n".join(EN)
    listing = extract(f"<body>{NAV}<main>{cards(4)}</main></body>")
    assert all(TEASER.format(i) in listing for i in range(4))


def test_a_thread_of_article_posts_with_linked_author_headings_keeps_every_post() -> None:
    # near miss of teaser-articles: each post an <article> whose heading is its author's
    # linked name, and short; the best container is in one of them, so they are posts
    posts = "".join(
        f"<div class=topic-post><article class=boxed><h4 class=names><a href=/u/u{i}>u{i}</a>"
        f"</h4><div class=cooked><p>{p}</p></div></article></div>"
        for i, p in enumerate(EN)
    )
    html = f"<body>{NAV}<h1>Budget thread</h1><div class=post-stream>{posts}</div></body>"
    assert extract(html) == "\n\n".join(EN)


# --- consent-text ----------------------------------------------------------------------------

BANNER = (
    "We and our 842 partners store and access information on your device, such as cookies, "
    "and process personal data, such as unique identifiers and browsing data, for "
    "personalised advertising and content, measurement and audience research."
)
CHOICES = (
    "You can accept or manage your choices by clicking below, including your right to "
    "object where legitimate interest is used, at any time in the privacy policy page."
)


def test_a_consent_banner_without_consent_names_loses_to_a_short_article() -> None:
    html = (
        f"<body>{NAV}<div class=col><h1>Budget</h1>{paras(EN[0], EN[1])}</div>"
        f"<div class=overlay-bottom><div class=box>{paras(BANNER, CHOICES)}"
        "<a href=#>Accept all</a></div></div></body>"
    )
    assert extract(html) == f"{EN[0]}\n\n{EN[1]}"
    assert BANNER in extract(html, without("consent-text"))


def test_an_article_quoting_a_cookie_notice_keeps_it_near_miss() -> None:
    # the quoting paragraph credits nothing, but stays: the rule only scores containers
    quoted = (
        "Regulators said that a notice that only says we use cookies, without a way to "
        "refuse them, breaks the law, and fined three publishers last year."
    )
    html = (
        f"<body>{NAV}<div class=col>{paras(EN[0], quoted, EN[2])}</div>"
        f"<div class=x><p>{EN[1]}</p></div></body>"
    )
    assert extract(html) == f"{EN[0]}\n\n{quoted}\n\n{EN[2]}"


# --- ld-item-lists ---------------------------------------------------------------------------


def ld_page(body: str, dom: str) -> str:
    data = {"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "articleBody": body}]}
    script = f"<script type=application/ld+json>{json.dumps(data)}</script>"
    return f"<head>{script}</head><body>{NAV}<article>{dom}</article></body>"


def test_a_related_story_in_json_ld_does_not_replace_a_short_article() -> None:
    html = ld_page(OTHER, paras(EN[0], EN[1]))
    assert extract(html) == f"{EN[0]}\n\n{EN[1]}"
    assert OTHER.split(". ")[0] in extract(html, without("ld-item-lists"))


def test_a_page_body_beside_an_item_list_is_still_read_near_miss() -> None:
    # the page's own body, at the top of its JSON-LD, beside a list of related stories
    data = {
        "@graph": [
            {"@type": "NewsArticle", "articleBody": " ".join(EN) + " " + OTHER},
            {"@type": "ItemList", "itemListElement": [{"articleBody": OTHER * 2}]},
        ]
    }
    script = f"<script type=application/ld+json>{json.dumps(data)}</script>"
    html = f"<head>{script}</head><body>{NAV}<div id=app><p>{EN[0]}</p></div></body>"
    assert EN[2] in extract(html)


# --- hostile shapes --------------------------------------------------------------------------


def test_many_dialogs_cards_and_fallbacks_are_judged_in_linear_time() -> None:
    """consent-dialogs, teaser-articles and consent-text look at each element or line once;
    shell-fallback walks the tree once: 20,000 nested consent wrappers, 50,000 teaser cards,
    20,000 nested cards, 50,000 banner lines, 20,000 empty <noscript> elements."""
    article = f"<div class=story>{paras(*EN)}</div>"
    card = "<article><h3><a href=/s>Story</a></h3><p>A teaser, short.</p>"
    pages = (
        "<body>" + "<div class=cookie>x, y" * 20_000 + "</div>" * 20_000 + article + "</body>",
        "<body><div>" + (card + "</article>") * 50_000 + f"</div>{article}</body>",
        "<body>" + card * 20_000 + "</article>" * 20_000 + article + "</body>",
        "<body><div>" + f"<p>{BANNER}</p>" * 50_000 + f"</div>{article}</body>",
        "<body><div id=app></div>" + "<noscript></noscript>" * 20_000 + "</body>",
    )
    for html in pages:
        t = time.process_time()
        page = H.render(html)
        H.select_edits(page)
        assert time.process_time() - t < 20
