"""Hostile HTML: a clean result or a clear error, never a crash, a hang or leaked code.

The 50 MB page lives in ``benchmarks/bench_html_hostile.py``; here a 5 MB variant."""

from __future__ import annotations

import json
import time

import pytest

import cleantext
from _pages import cpu_best, scaling
from cleantext import html as H

pytestmark = pytest.mark.timeout(60)

PARA = "The river rose by two metres overnight, and the town closed the lower road, officials said."


def test_truncated_documents() -> None:
    full = f"<html><body><nav><a href=/>Home</a></nav><article><p>{PARA}</p><p>More text"
    assert cleantext.clean_html(full).startswith(PARA)
    for cut in range(0, len(full), 7):
        cleantext.clean_html(full[:cut])  # no exception at any cut
    assert cleantext.clean_html("<p>Hello <b>wor", preset="none") == "Hello wor"
    assert cleantext.clean_html("<div class='a", preset="none") == ""


def test_100k_nested_divs_keep_their_text_and_finish() -> None:
    html = "<html><body>" + "<div>" * 100_000 + PARA + "</div>" * 100_000 + "<p>after</p>"
    t = time.perf_counter()
    text = cleantext.clean_html(html, preset="none")
    assert time.perf_counter() - t < 20
    assert text == f"{PARA}\n\nafter"
    unclosed = "<div>" * 100_000 + PARA
    assert cleantext.clean_html(unclosed, preset="none") == PARA


def test_huge_attributes() -> None:
    huge = "x" * 5_000_000
    html = (
        f"<div class='{huge}' style='{huge}' id='{huge}'><p data-x='{huge}'>{PARA}</p></div>"
        f"<p title='{huge}'>after</p>"
    )
    assert cleantext.clean_html(html, preset="none") == f"{PARA}\n\nafter"


def test_huge_attributes_are_not_kept_after_the_page() -> None:
    # the id/class names are cached across pages: the cache holds a bounded prefix of each
    import gc
    import tracemalloc

    tracemalloc.start()
    try:
        for n in range(3):
            cls = f"c{n} " + "x" * 2_000_000
            page = f"<div class='{cls}' id='{cls}'><p>Text {n}, of a page.</p></div>"
            assert cleantext.clean_html(page) == f"Text {n}, of a page."
            del page, cls
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 1_000_000


def test_script_style_and_templates_never_leak() -> None:
    html = (
        "<html><head><style>body{x:1}</style><script>var a='</div><p>LEAK1</p>';</script></head>"
        f"<body><p>{PARA}<script>document.write('LEAK2')</script></p>"
        "<noscript>LEAK3</noscript><template><p>LEAK4</p></template>"
        "<svg><text>LEAK5</text></svg><div hidden>LEAK6</div>"
        "<div style='display: none'>LEAK7</div><span aria-hidden=true>LEAK8</span>"
        "<textarea>LEAK9</textarea><p>end</p><script>unclosed LEAK10 <p>x</p>"
    )
    for preset in ("extract", "light", "none"):
        text = cleantext.clean_html(html, preset=preset)
        assert "LEAK" not in text and "body{" not in text
    assert cleantext.clean_html(html, preset="none") == f"{PARA}\n\nend"


def test_nul_and_control_bytes() -> None:
    html = f"<p>a\x00b</p><p>{PARA}\x00</p><script>\x00LEAK</script>"
    text = cleantext.clean_html(html, preset="none")
    assert "\x00" not in text and "LEAK" not in text
    assert PARA in text
    assert "\x00" not in cleantext.clean_html(html.encode("utf-8") + b"\x00\x00", preset="none")


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00<\x00p",  # UTF-16 BOM, odd length
        b"<meta charset=utf-8><p>\xc3\x28 broken \xe2\x82</p>",
        b"<meta charset='\xff\xff'><p>x</p>",
        b"\x80\x81\x82" * 1000,
        b"",
        b"   \n",
        b"<?xml version='1.0' encoding='utf-8'?><html><p>xml decl</p></html>",
    ],
)
def test_broken_encodings_give_text(data: bytes) -> None:
    text = cleantext.clean_html(data, preset="none")
    assert isinstance(text, str)


def test_xml_declaration_in_a_str() -> None:
    html = "<?xml version='1.0' encoding='utf-8'?><html><body><p>xml decl</p></body></html>"
    assert cleantext.clean_html(html, preset="none") == "xml decl"


def test_a_large_page_is_linear() -> None:
    """5 MB of paragraphs and menus: done in seconds (the 50 MB case is a benchmark)."""
    block = f"<div class=menu><a href=/a>One</a> <a href=/b>Two</a></div><p>{PARA}</p>\n"
    html = "<html><body><article>" + block * (5_000_000 // len(block)) + "</article></body></html>"
    t = time.perf_counter()
    page = H.render(html)
    edits = H.select_edits(page)
    assert time.perf_counter() - t < 30
    assert len(page.blocks) > 40_000 and edits


def test_an_article_in_many_chunks_is_linear() -> None:
    """30,000 text modules of one class, each too deep for the main content to widen over:
    all of them are the article (see html.content._twins), found and judged in linear time."""
    para = f"<p>{PARA} {PARA}</p>"
    chunk = f"<div class=a><div class=b><div class=c><div class=d>{para}{para}"
    html = "<html><body><div id=wrap>" + (chunk + "</div>" * 4) * 30_000 + "</div></body></html>"
    page = H.render(html)
    t = time.process_time()
    edits = H.select_edits(page)
    assert time.process_time() - t < 10
    assert len(page.blocks) == 60_000 and not edits


def test_many_forms_are_judged_in_linear_time() -> None:
    """form-furniture sets aside each form with its text-free wrappers once: 100,000 forms in
    one wrapper (empty, or each with a line of text) and 20,000 nested ones stay linear."""
    article = f"<div class=story><p>{PARA}</p></div>"
    pages = (
        "<body><div>" + "<form></form>" * 100_000 + f"</div>{article}</body>",
        "<body><div>" + "<form>a, b</form>" * 100_000 + f"</div>{article}</body>",
        "<body>" + "<form><div>x, y" * 20_000 + article + "</div></form>" * 20_000 + "</body>",
    )
    for html in pages:
        page = H.render(html)
        t = time.process_time()
        H.select_edits(page)
        assert time.process_time() - t < 10


def test_many_headlines_and_pictures_are_judged_in_linear_time() -> None:
    """header-standfirst and image-caption look at each block once: 50,000 headers with a
    headline and a lead each, 100,000 pictures with a line each inside the article."""
    lead = "word " * 40
    article = f"<article><div class=story><p>{PARA}</p>"
    pages = (
        "<body>" + f"<header><h1>T</h1><p>{lead}</p></header>" * 50_000 + article + "</div>",
        f"<body>{article}" + "<div><img src=a.jpg><p>x y</p></div>" * 100_000 + "</div>",
        f"<body>{article}<header><h1>T</h1>" + f"<p>{lead}</p>" * 50_000 + "</header></div>",
    )
    for html in pages:
        page = H.render(html)
        t = time.process_time()
        H.select_edits(page)
        assert time.process_time() - t < 10


def test_many_deks_and_headline_leads_scale_linearly() -> None:
    """named-dek and headline-lead (session 17) look at each block at most once: a page of
    8,000 headlines each with a named dek, a lead after it and a JSON-LD script with a
    charset takes about four times as long as one of 2,000."""
    dek = "A ferry will run while the bridge is repaired."
    unit = (
        f"<header><h1>T</h1><p class=subtitle>{dek}</p></header><div><h1>T</h1><p>{dek}</p>"
        '<script type=\'application/ld+json; charset=utf-8\'>{"articleBody": "x"}</script>'
        "</div>"
    )

    def cost(n: int) -> float:
        html = "<body>" + unit * n + f"<article><div class=story><p>{PARA}</p></div></article>"
        return cpu_best(lambda: [H.select_edits(H.render(html)) for _ in range(2)])

    cost(200)  # warm-up
    small, large = scaling(cost, 2_000, 8_000, factor=6, slack=0.05)
    assert large < 6 * small + 0.05


def test_many_heading_groups_and_decks_scale_linearly() -> None:
    """headline-deck and hgroup-headline (session 19) look at each block before the main
    content once and at two blocks after the headline, short-named-lead at each short block
    once: a page of 8,000 heading groups, each with a headline, a subheading, a lead and a
    short named lead, takes about four times as long as 2,000."""
    deck = "The home side led twice, but the visitors held on for a draw"
    unit = (
        f"<div><hgroup><div>Kicker</div><h2>T</h2><p>{deck}</p></hgroup>"
        f"<h1>Title</h1><h2>{deck}</h2><h3>{deck} Title</h3>"
        f"<div class=lead-text><p>{deck}.</p></div></div>"
    )

    def cost(n: int) -> float:  # the signals are read in select_edits: the page once
        page = H.render(
            "<body>" + unit * n + f"<article><div class=story><p>{PARA}</p></div></article>"
        )
        return cpu_best(lambda: H.select_edits(page))

    cost(200)  # warm-up
    small, large = scaling(cost, 2_000, 8_000, factor=6, slack=0.05)
    assert large < 6 * small + 0.05, (small, large)


def test_script_data_in_parts_is_joined_in_linear_time() -> None:
    """script-data-split (session 17) reads each list item a few levels down: 8,000 paragraph
    objects of three spans each take about four times as long as 2,000."""

    def cost(n: int) -> float:
        data = {"props": [{"children": [{"text": "Some words here."}] * 3}] * n}
        html = (
            "<body><p>x</p><script id=__NEXT_DATA__ type=application/json>"
            f"{json.dumps(data)}</script></body>"
        )
        return cpu_best(lambda: [H.render(html) for _ in range(3)])

    cost(200)  # warm-up
    small, large = scaling(cost, 2_000, 8_000, factor=6, slack=0.05)
    assert large < 6 * small + 0.05


def test_many_cards_lists_and_addresses_are_judged_in_linear_time() -> None:
    """teaser-cards, link-list and url-lines (session 9): 100,000 cards with a linked picture,
    cards and lists of links nested 900 deep, 100,000 lines of one web address each."""
    article = f"<article><div class=story><p>{PARA}</p>"
    card = "<div class=c><div><a href=/s><img src=a.jpg></a></div><p>x y</p></div>"
    nested_list = "<ul><li><a href=/a>a</a> b</li><li><a href=/b>c</a> d</li><li><a href=/c>e</a>"
    pages = (
        f"<body>{article}" + card * 100_000 + "</div>",
        f"<body>{article}"
        + (card * 2 + "<div class=c><a href=/s><img src=a.jpg></a>") * 900
        + "</div>" * 900
        + "</div>",
        f"<body>{article}" + nested_list * 900 + "</li></ul>" * 900 + "</div>",
        f"<body>{article}" + "<p><a href=/x>http://www.example.org/x</a></p>" * 100_000 + "</div>",
    )
    for html in pages:
        page = H.render(html)
        t = time.process_time()
        H.select_edits(page)
        assert time.process_time() - t < 10


def test_asides_around_many_articles_are_judged_in_linear_time() -> None:
    """zone-holds-main finds the innermost <article> around half of the text once per page:
    20,000 <article> elements in an open <aside>, and 1,000 nested asides around them."""
    para = f"<p>{PARA} {PARA}</p>"
    pages = (
        "<body><aside>" + f"<article>{para}</article>" * 20_000 + "</aside></body>",
        "<body>" + "<aside>" * 1_000 + f"<article>{para * 20_000}</article></body>",
    )
    for html in pages:
        page = H.render(html)
        t = time.process_time()
        H.select_edits(page)
        assert time.process_time() - t < 10


def test_a_json_ld_body_with_characters_xml_refuses() -> None:
    """json-ld-body appends the body to the tree: controls and lone surrogates that JSON can
    spell are dropped, never an error."""
    body = ("A line of the article, long enough to count. \\u0001\\ud800 " * 20).strip()
    for markup in ("", "<p>"):
        ld = '{"@type": "NewsArticle", "articleBody": "' + markup + body + '"}'
        html = f"<head><script type=application/ld+json>{ld}</script></head><body><p>x</p>"
        text = cleantext.clean_html(html)
        assert "A line of the article" in text and "\x01" not in text


def test_script_data_is_read_in_linear_time() -> None:
    """script-data-body parses every push of a page whose DOM is empty: 8,000 pushes take
    about four times as long as 2,000."""
    row = json.dumps('1a:["$","p",null,{"children":"Text. More."}]\n')
    row = f"self.__next_f.push([1,{row}])"

    def page(n: int) -> str:
        return "<body><p>x</p>" + f"<script>{row}</script>" * n + "</body>"

    def cost(n: int) -> float:
        html = page(n)
        return cpu_best(lambda: [H.render(html) for _ in range(3)])

    small, large = scaling(cost, 2_000, 8_000, factor=6, slack=0.05)
    assert large < 6 * small + 0.05


def test_many_figure_quotes_and_summary_lists_scale_linearly() -> None:
    """figure-quote searches the page for the first 32 quotes only, lead-list and
    furniture-holds-main look a fixed number of elements up: 8,000 quotes (none repeated) and
    summary boxes under a furniture-named column take about four times as long as 2,000."""

    def unit(i: int) -> str:
        return (
            f"<figure><blockquote><p>Quote {i}: {PARA}</p></blockquote>"
            f"<figcaption>Source {i}</figcaption></figure>"
            f"<div class=summary><ul><li>Point {i} of the summary, in a sentence.</li></ul></div>"
        )

    def cost(n: int) -> float:  # the signals are read in select_edits: the page once
        page = H.render(
            "<body><div class=with-ad>"
            + "".join(unit(i) for i in range(n))
            + f"<article><div class=story><p>{PARA}</p><p>{PARA}</p></div></article></div>"
        )
        return cpu_best(lambda: H.select_edits(page))

    cost(200)  # warm-up
    small, large = scaling(cost, 2_000, 8_000, factor=6, slack=0.05)
    assert large < 6 * small + 0.05, (small, large)


def test_hostile_shapes_of_session_20_give_text_and_never_raise() -> None:
    """10,000 levels of the elements the session 20 signals read (figures, quotes, lists,
    furniture-named columns), a page without <body> whose HTML5 elements libxml2 leaves in
    <head>, 20,000 scripts, a charset declaration the bytes contradict, a page that is only
    JSON-LD, markup broken everywhere: text or nothing, never an error."""
    deep = "<figure><blockquote><div class=with-ad><ul><li>" * 2_000
    ld = json.dumps({"@type": "NewsArticle", "articleBody": f"{PARA} " * 10})
    alone = f"<body>{deep}{PARA}"  # only a quote in furniture: extract may drop it
    assert cleantext.clean_html(alone, preset="none") == PARA
    cleantext.clean_html(alone)
    pages: list[str | bytes] = [
        f"<body><div class=summary>{deep}</div><article><p>{PARA}</p></article>",
        f"<meta charset=utf-8><title>T</title>{'<section>' * 10_000}<p>{PARA}</p>",
        "<body>" + "<script>var p = '<p>x</p>';</script>" * 20_000 + f"<p>{PARA}</p>",
        f"<meta charset=koi8-r><p>{PARA} Καλημέρα</p>".encode(),
        f"<meta charset=utf-8><p>{PARA} caf\xe9</p>".encode("latin-1"),
        f"<html><head><script type=application/ld+json>{ld}</script></head></html>",
        f"<p>{PARA}<div><table><p>x</td></tr><li></b><<>>&#xD800;&#0;&bogus;</html><p>tail",
    ]
    for html in pages:
        t = time.perf_counter()
        text = cleantext.clean_html(html)
        assert time.perf_counter() - t < 20
        assert PARA[:40] in text, html[:80]
