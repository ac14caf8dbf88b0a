"""``clean_html`` on kinds of pages the news-trained signals were not tuned on (session 21):
a documentation page with a left nav and code blocks, a forum thread, a product page with a
specifications table, a recipe with schema.org data, an AMP page, an old page whose text is
in a ``<div>`` with ``<br>`` only, an article in ``<main>`` beside a bigger ``<aside>``, an
endless news page. Written for these tests; each checks what a reader of the page expects
(what trafilatura 1.x gives is noted where it differs)."""

from __future__ import annotations

import json

import cleantext
from _html import BUDGET, FORUM_POSTS, paras

P1, P2, P3 = BUDGET[:3]
NAV = "<nav><a href='/'>Home</a> <a href='/city'>City</a> <a href='/sport'>Sport</a></nav>"
FOOTER = "<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>"


def test_a_documentation_page_keeps_its_code_blocks_not_its_side_nav() -> None:
    toc = "".join(f"<li><a href='/{w}'>{w.title()}</a></li>" for w in ("install", "api", "faq"))
    intro = (
        "Widgetlib reads its settings from a file named widgets.toml in the current "
        "directory, or from the path given with the --config option."
    )
    html = (
        f"<body><div class=wy-nav-side><ul>{toc}</ul></div><div class=document>"
        f"<div class=body role=main><h1>Configuration</h1><p>{intro}</p>"
        "<pre><code>[widgets]\nsize = 12</code></pre><h2>Precedence</h2>"
        f"<p>{P2}</p><div class=footer-buttons><a href='/a'>Previous</a> "
        f"<a href='/b'>Next</a></div></div></div>{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == f"{intro}\n\n[widgets]\nsize = 12\n\nPrecedence\n\n{P2}"


def test_a_forum_thread_keeps_every_post() -> None:
    posts = FORUM_POSTS
    thread = "".join(
        f"<div class=post><div class=post-body>{p}</div><div class=post-actions>"
        "<a href='#'>Reply</a> <a href='#'>Quote</a></div></div>"
        for p in posts
    )
    html = (
        f"<body><header><a href='/'>Home Repair Forum</a></header>"
        f"<h1>Boiler keeps losing pressure</h1><div class=thread>{thread}</div>"
        "<aside><h3>Similar threads</h3><ul><li><a href='/1'>Radiator cold</a></li>"
        f"<li><a href='/2'>Error F28</a></li></ul></aside>{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == "\n\n".join(posts)


def test_a_recipe_keeps_its_ingredients_and_steps() -> None:
    data = {"@context": "https://schema.org", "@type": "Recipe", "name": "Lentil soup"}
    intro = (
        "A warming soup for cold evenings, ready in half an hour, and cheap to make with what "
        "you have in the cupboard."
    )
    html = (
        f"<head><script type='application/ld+json'>{json.dumps(data)}</script></head>"
        f"<body>{NAV}<article class=recipe><h1>Lentil soup</h1><p class=intro>{intro}</p>"
        "<h2>Ingredients</h2><ul><li>200 g red lentils</li><li>1 onion</li></ul>"
        "<h2>Method</h2><ol><li>Chop the onion.</li><li>Simmer for twenty minutes.</li></ol>"
        f"<div class=share><a href='#'>Pin it</a> <a href='#'>Print</a></div></article>"
        f"{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == (
        f"{intro}\n\nIngredients\n\n200 g red lentils\n\n1 onion\n\nMethod\n\n"
        "Chop the onion.\n\nSimmer for twenty minutes."
    )


def test_an_amp_page_drops_its_sidebar_and_ad_placeholder() -> None:
    # (trafilatura keeps the ad's "Advertisement" placeholder)
    html = (
        "<html amp><head><style amp-custom>p{}</style></head><body>"
        "<amp-sidebar id=sidebar layout=nodisplay><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/city'>City</a></li></ul></amp-sidebar>"
        "<header><button on='tap:sidebar.toggle'>Menu</button></header>"
        f"<article><h1>Council passes budget</h1><div class=amp-article-body>{paras(P1, P2)}"
        "<amp-ad width=300 height=250 type=doubleclick><div placeholder>Advertisement</div>"
        f"</amp-ad>{paras(P3)}</div></article>{FOOTER}</body></html>"
    )
    assert cleantext.clean_html(html) == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_old_page_of_br_lines_keeps_its_text_not_its_menu_cell() -> None:
    # (trafilatura gives the layout table as one row: menu, title and text together)
    menu = "<a href='/'>Home</a><br><a href='/trips'>Trips</a><br><a href='/book'>Guestbook</a>"
    html = (
        f"<body><table><tr><td class=menu>{menu}</td><td><div><b>Three days away</b><br><br>"
        f"{P1}<br><br>{P2}<br><br>{P3}</div></td></tr></table></body>"
    )
    assert cleantext.clean_html(html) == f"Three days away\n{P1}\n{P2}\n{P3}"


def test_an_article_in_main_beside_a_bigger_aside_wins() -> None:
    cards = "".join(
        f"<div class=card><h3><a href='/{n}'>Other story {n}</a></h3><p>{text}</p></div>"
        for n, text in enumerate((P1.upper(), P2.upper(), P3.upper(), P1.lower()))
    )
    html = (
        f"<body>{NAV}<main><h1>Council passes budget</h1>{paras(P1, P2, P3)}</main>"
        f"<aside class=sidebar><h2>More from the city</h2>{cards}</aside>{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_product_page_keeps_its_description_and_specifications() -> None:
    # (sibling-tables; before it, the specifications table was lost)
    specs = "<table><tr><th>Weight</th><td>540 g</td></tr><tr><th>Sole</th><td>Rubber</td></tr>"
    html = (
        f"<body>{NAV}<main><div class=product><h1>TrailRunner 3</h1><div class=price>€129"
        f"</div><div class=product-description>{paras(P1, P2)}</div><h2>Specifications</h2>"
        f"{specs}</table></div><section class=related><h2>You may also like</h2><ul>"
        f"<li><a href='/1'>Socks</a></li><li><a href='/2'>Gaiters</a></li></ul></section>"
        f"</main>{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == (
        f"{P1}\n\n{P2}\n\nSpecifications\n\nWeight\n\n540 g\n\nSole\n\nRubber"
    )


def test_an_endless_page_gives_the_story_asked_for() -> None:
    # (first-article; trafilatura gives the longest story, the second one)
    other = (
        "The national team named a new coach on Monday, a former defender who led a club "
        "side to two league titles, and who says that the team must now play faster."
    )
    story = "<article><header><h1>{}</h1><p class=byline>By A. Writer</p></header>{}</article>"
    html = (
        f"<body>{NAV}<main>{story.format('Council passes budget', paras(P1, P2, P3))}"
        f"{story.format('New coach', paras(other, other.upper(), other.lower(), other[::-1]))}"
        f"</main>{FOOTER}</body>"
    )
    assert cleantext.clean_html(html) == f"{P1}\n\n{P2}\n\n{P3}"
