"""``clean_html`` on kinds of pages nobody tuned for (session 24, html24): old table layouts and
font tags, forum threads (phpBB, Discourse), documentation pages (Sphinx/Read the Docs,
MkDocs), Blogger and WordPress themes with widgets, an ``<aside>`` inside an ``<article>``,
inert and embedded markup (``<iframe srcdoc>``, read since session 25, ``<template>``,
``<noscript>``, declarative shadow DOM and ``<slot>``), ``<div>`` text split by ``<br><br>``,
definition lists, ``<pre>`` code, right-to-left and CJK pages, pages heavy with inline SVG,
JSON-LD and script state.
Written for these tests (no page copied); each checks what a reader of the page expects."""

from __future__ import annotations

import json

from _html import FORUM_POSTS, clean, joined, paras
from _html import PIER as P

NAV = "<nav><a href='/'>Home</a> <a href='/town'>Town</a> <a href='/sport'>Sport</a></nav>"
FOOTER = "<footer><p>© 2026 The Harbour Gazette. All rights reserved.</p></footer>"
ABOUT = (
    "I am a retired fisherman who writes about the harbour, its boats and its people, and I "
    "have lived in the town for more than forty years with my wife and two dogs."
)


# --- old layouts -----------------------------------------------------------------------------


def test_a_centered_table_layout_with_font_tags_keeps_its_story_cell() -> None:
    menu = "<br>".join(f"<a href=/{w}><font color=white>{w}</font></a>" for w in "abcd")
    html = (
        "<body bgcolor=#ffffff><center><table width=760 border=0><tr>"
        f"<td bgcolor=navy width=140 valign=top>{menu}</td><td valign=top>"
        "<font face='Times New Roman' size=5><b>Pier to grow by forty metres</b></font><p>"
        f"<font face=Arial size=2>{P[0]}<p>{P[1]}<p>{P[2]}<p>{P[3]}</font></td></tr>"
        "<tr><td colspan=2><font size=1>Page last updated 3/4/2001 | "
        "<a href=/contact>Contact</a></font></td></tr></table></center></body>"
    )
    # (the headline in <font> goes as an <h1> would: the news gold texts leave it out)
    assert clean(html) == joined(*P)


def test_a_font_tag_page_without_closing_paragraphs() -> None:
    links = " | ".join(f"<a href=/{w}>{w.title()}</a>" for w in ("home", "links", "guestbook"))
    html = (
        f"<body bgcolor=white><font face=Verdana size=2>{links}<hr>"
        f"<p>{P[0]}<p>{P[1]}<p>{P[2]}<hr>{links}</font></body>"
    )
    assert clean(html) == joined(*P[:3])


# --- forums ----------------------------------------------------------------------------------

POSTS = FORUM_POSTS


def test_a_phpbb_thread_keeps_every_post_not_the_profiles() -> None:
    posts = "".join(
        f"<div id=p{k} class='post bg{k % 2 + 1}'><div class=inner><div class=postbody>"
        f"<h3><a href=#p{k}>Re: Boiler keeps losing pressure</a></h3>"
        f"<p class=author><a href=/u{k}>user{k}</a> » Mon Jan {k + 3}, 2026 9:1{k} pm</p>"
        f"<div class=content>{text}</div></div><dl class=postprofile><dt>"
        f"<a href=/u{k}>user{k}</a></dt><dd><strong>Posts:</strong> {k * 40 + 3}</dd>"
        f"<dd><strong>Joined:</strong> Sat Mar 02, 2019</dd></dl></div></div>"
        for k, text in enumerate(POSTS)
    )
    html = (
        "<body><div id=wrap><div class=headerbar><h1>Home Repair Forum</h1></div>"
        "<div class=navbar><a href=/>Board index</a> ‹ <a href=/f/2>Heating</a></div>"
        f"<h2 class=topic-title><a href=/t/9>Boiler keeps losing pressure</a></h2>{posts}"
        "<div class=action-bar><a href=/post>Post Reply</a> 3 posts • Page 1 of 1</div>"
        "<div class=copyright>Powered by phpBB® Forum Software © phpBB Limited</div></div>"
    )
    # each post's author line stays (who said what: a thread's reader wants it); the
    # profiles beside the posts (``postprofile``), the board's copyright line go
    bylines = [f"user{k} » Mon Jan {k + 3}, 2026 9:1{k} pm" for k in range(3)]
    assert clean(html) == joined(*(f"{b}\n\n{p}" for b, p in zip(bylines, POSTS, strict=True)))


def test_a_discourse_topic_keeps_its_cooked_posts() -> None:
    posts = "".join(
        f"<div class='topic-body crawler-post'><div class=crawler-post-meta>"
        f"<span class=creator><a href=/u/{k}>member{k}</a></span><span class=crawler-post-infos>"
        f"<time datetime=2026-01-0{k + 1}>January {k + 1}, 2026, 10:0{k}am</time> "
        f"<span>#{k + 1}</span></span></div><div class=post itemprop=text><p>{text}</p></div>"
        f"<div class=crawler-post-meta><span class=post-likes>{k + 2} Likes</span></div></div>"
        for k, text in enumerate(POSTS)
    )
    html = (
        "<body><header><a href=/>Community</a></header><div id=main-outlet class=wrap>"
        f"<h1><a href=/t/1>Boiler keeps losing pressure</a></h1>{posts}"
        "<div id=related-topics><h3>Related topics</h3><table><tr><td><a href=/t/2>"
        "Radiator cold at the top</a></td><td>4</td></tr></table></div></div>"
        "<footer class=noscript-footer-nav><a href=/>Home</a> <a href=/c>Categories</a> "
        "<a href=/guidelines>Guidelines</a> <a href=/tos>Terms of Service</a></footer></body>"
    )
    assert clean(html) == joined(*POSTS)


def test_a_forum_post_keeps_its_quote_of_the_post_before() -> None:
    quote = f"<blockquote><cite>user0 wrote:</cite>{POSTS[0]}</blockquote>"
    posts = (
        f"<div class=post><div class=content>{POSTS[0]}</div></div>"
        f"<div class=post><div class=content>{quote}{POSTS[1]}</div></div>"
    )
    html = f"<body>{NAV}<h2>Boiler keeps losing pressure</h2><div class=topic>{posts}</div>"
    out = clean(html)
    assert POSTS[1] in out and out.startswith(POSTS[0]) and "user0 wrote:" in out


# --- documentation ---------------------------------------------------------------------------

DOC = [
    "Widgetlib reads its settings from a file named widgets.toml in the current directory, or "
    "from the path given with the --config option.",
    "Settings given on the command line win over those of the file, and those of the file "
    "win over the defaults, which are listed below.",
]
CODE = "[widgets]\nsize = 12\n\n[widgets.colours]\n    fill = 'blue'"


def test_a_read_the_docs_page_drops_its_edit_link_and_footer_buttons() -> None:
    toc = "".join(f"<li class=toctree-l1><a href=/{w}>{w}</a></li>" for w in ("Install", "API"))
    html = (
        "<body class=wy-body-for-nav><div class=wy-grid-for-nav><nav class=wy-nav-side>"
        f"<div class=wy-side-scroll><div class=wy-menu><ul>{toc}</ul></div></div></nav>"
        "<section class=wy-nav-content-wrap><div class=wy-nav-content><div class=rst-content>"
        "<div role=navigation aria-label='Page navigation'><ul class=wy-breadcrumbs>"
        "<li><a href=/>Docs</a> »</li><li>Configuration</li><li class=wy-breadcrumbs-aside>"
        "<a href=https://github.com/x/y/blob/main/docs/config.rst class='fa fa-github'>"
        " Edit on GitHub</a></li></ul><hr></div><div role=main class=document>"
        "<div itemprop=articleBody><section id=configuration><h1>Configuration"
        f"<a class=headerlink href=#configuration>¶</a></h1><p>{DOC[0]}</p>"
        f"<div class='highlight-toml notranslate'><div class=highlight><pre>{CODE}</pre></div>"
        f"</div><p>{DOC[1]}</p></section></div></div><footer><div class=rst-footer-buttons>"
        "<a href=/install class='btn btn-neutral float-left'>Previous</a> <a href=/api "
        "class='btn btn-neutral float-right'>Next</a></div><hr><p>© Copyright 2026.</p>"
        "<p>Built with Sphinx using a theme provided by Read the Docs.</p></footer></div>"
        "</div></section></div></body>"
    )
    assert clean(html) == joined(DOC[0], CODE, DOC[1])


def test_an_mkdocs_material_page_keeps_its_code_and_admonition() -> None:
    side = "".join(f"<li class=md-nav__item><a class=md-nav__link href=/{w}>{w}</a></li>"
                   for w in ("Home", "Setup", "Reference"))  # fmt: skip
    note = "The file is read once, when the program starts: restart it after a change."
    html = (
        "<body><header class=md-header><a href=/ class=md-logo>Widgetlib</a></header>"
        "<div class=md-container><main class=md-main><div class=md-main__inner>"
        "<div class='md-sidebar md-sidebar--primary'><nav class=md-nav>"
        f"<ul class=md-nav__list>{side}</ul></nav></div><div class=md-content>"
        "<article class='md-content__inner md-typeset'><a href=https://github.com/x/y/edit/"
        "main/docs/config.md title='Edit this page' class='md-content__button md-icon'>"
        "<svg viewBox='0 0 24 24'><path d='M20.71 7.04'/></svg></a><h1 id=config>"
        f"Configuration</h1><p>{DOC[0]}</p><div class='language-toml highlight'><pre>"
        f"<span></span><code>{CODE}</code></pre></div><div class='admonition note'>"
        f"<p class=admonition-title>Note</p><p>{note}</p></div><p>{DOC[1]}</p>"
        "<aside class=md-source-file><span class=md-source-file__fact>Last update: "
        "<span class=git-revision-date>March 3, 2026</span></span></aside></article></div>"
        "</div></main><footer class=md-footer><nav class=md-footer__inner><a href=/setup "
        "class=md-footer__link>Previous Setup</a></nav><div class=md-copyright>Made with "
        "Material for MkDocs</div></footer></div></body>"
    )
    assert clean(html) == joined(DOC[0], CODE, "Note", note, DOC[1])


def test_code_blocks_keep_their_indentation_and_blank_lines() -> None:
    code = (
        "<span class=k>def</span> <span class=nf>area</span>(r):\n"
        '    <span class=s>"""The area."""</span>\n\n'
        "    <span class=k>return</span> 3.14 * r ** 2"
    )
    html = f"<body>{NAV}<article><h1>Area</h1><p>{DOC[0]}</p><pre><code>{code}</code></pre>"
    html += f"<p>{DOC[1]}</p></article>{FOOTER}</body>"
    want = 'def area(r):\n    """The area."""\n\n    return 3.14 * r ** 2'
    assert clean(html) == joined(DOC[0], want, DOC[1])


def test_a_glossary_of_definition_lists_keeps_terms_and_definitions() -> None:
    terms = {
        "Berth": "A place in a harbour where a ship stays when it is loaded or unloaded, "
        "usually beside a quay or a pier.",
        "Slipway": "A ramp on the shore by which boats are moved to and from the water, for "
        "repairs or for the winter.",
        "Bollard": "A short thick post on a quay or a pier, to which the ropes of a ship are "
        "tied when it is moored.",
    }
    items = "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in terms.items())
    html = f"<body>{NAV}<main><h1>Harbour words</h1><dl>{items}</dl></main>{FOOTER}</body>"
    assert clean(html) == joined(*(f"{t}\n\n{d}" for t, d in terms.items()))


# --- blog themes -----------------------------------------------------------------------------


def test_a_blogger_post_drops_its_sidebar_widgets_and_post_footer() -> None:
    archive = "".join(f"<li><a href=/2025/{m:02}>{m}</a> (3)</li>" for m in range(1, 7))
    html = (
        "<body><div class=content-outer><div class='header-outer'><div class='Header widget'>"
        "<h1><a href=/>Harbour Notes</a></h1></div></div><div class=main-outer>"
        "<div class='main section' id=main><div class='widget Blog' id=Blog1><div class=blog-posts>"
        "<h2 class=date-header><span>Tuesday, 3 March 2026</span></h2><div class=post-outer>"
        "<div class='post hentry'><h3 class='post-title entry-title'>The new pier</h3>"
        f"<div class='post-body entry-content'>{P[0]}<br><br>{P[1]}<br><br>{P[2]}</div>"
        "<div class=post-footer><span class=post-author>Posted by <a href=/me>Old Tom</a></span>"
        " at <a class=timestamp-link href=/p>9:12 AM</a> <span class=post-comment-link>"
        "<a href=/p#c>2 comments</a></span> <span class=post-labels>Labels: "
        "<a href=/l/pier>pier</a></span></div></div></div></div></div></div>"
        "<div class='sidebar section' id=sidebar><div class='widget Profile'><h2>About Me</h2>"
        f"<div class=widget-content><dl class=profile-datablock><dd>{ABOUT}</dd></dl></div>"
        "</div><div class='widget BlogArchive'><h2>Blog Archive</h2><div class=widget-content>"
        f"<ul>{archive}</ul></div></div></div></div></div></body>"
    )
    assert clean(html) == "The new pier\n\n" + "\n".join(P[:3])


def test_a_wordpress_post_drops_its_text_widget() -> None:
    html = (
        f"<body class='post-template-default single'><div id=page>{NAV}<div id=content>"
        "<div id=primary class=content-area><main id=main class=site-main>"
        "<article class='post type-post status-publish'><header class=entry-header>"
        "<h1 class=entry-title>The new pier</h1><div class=entry-meta><span class=posted-on>"
        "<time>March 3, 2026</time></span></div></header><div class=entry-content>"
        f"{paras(*P)}</div><footer class=entry-footer><span class=cat-links>Posted in "
        "<a href=/c/news>News</a></span></footer></article><nav class='navigation post-navigation'>"
        "<a href=/prev rel=prev>Previous post: The old lighthouse</a></nav></main></div>"
        "<aside id=secondary class=widget-area><section class='widget widget_text'>"
        f"<h2 class=widget-title>About</h2><div class=textwidget><p>{ABOUT}</p></div></section>"
        "<section class='widget widget_recent_entries'><h2>Recent Posts</h2><ul><li>"
        "<a href=/a>The old lighthouse</a></li></ul></section></aside></div></div></body>"
    )
    assert clean(html) == joined(*P)


# --- news shapes -----------------------------------------------------------------------------


def test_an_aside_inside_the_article_goes_the_story_around_it_stays() -> None:
    aside = (
        "<aside class=related><h3>Read more</h3><ul><li><a href=/a>Storm damage: the photos"
        "</a></li><li><a href=/b>Ferry timetable changes</a></li></ul></aside>"
    )
    html = f"<body>{NAV}<article><h1>Pier</h1>{paras(*P[:2])}{aside}{paras(*P[2:])}</article>"
    assert clean(html + FOOTER) == joined(*P)


def test_a_fact_box_aside_of_prose_inside_the_article_goes() -> None:
    box = f"<aside class=factbox><h4>The pier in numbers</h4><p>{ABOUT}</p></aside>"
    html = f"<body>{NAV}<article><h1>Pier</h1>{paras(*P[:2])}{box}{paras(*P[2:])}</article>"
    assert clean(html) == joined(*P)


# --- inert and embedded markup ---------------------------------------------------------------


def test_an_article_in_an_iframe_srcdoc_is_read() -> None:
    # a browser shows the srcdoc document in place: so does the HTML path (signal
    # srcdoc-frames, session 25; until then only the page around it was read)
    inner = f"<p>{P[0]}</p><p>{P[1]}</p>".replace('"', "&quot;")
    html = f'<body>{NAV}<h1>Pier</h1><iframe srcdoc="{inner}"></iframe><p>{P[2]}</p></body>'
    assert clean(html) == joined(*P[:3])


def test_noscript_and_template_beside_an_article_are_not_read() -> None:
    html = (
        f"<body>{NAV}<noscript><p>Please enable JavaScript to view the comments powered by a "
        "service that needs it, or use a browser that supports it.</p></noscript>"
        f"<template id=row><div class=card><p>{ABOUT}</p></div></template>"
        f"<article><h1>Pier</h1>{paras(*P)}</article>{FOOTER}</body>"
    )
    assert clean(html) == joined(*P)


def test_a_declarative_shadow_root_is_read_as_a_browser_shows_it() -> None:
    html = (
        f"<body>{NAV}<news-story><template shadowrootmode=open><article><h1>Pier</h1>"
        f"<slot name=body></slot></article></template><div slot=body>{paras(*P)}</div>"
        f"</news-story>{FOOTER}</body>"
    )
    assert clean(html) == joined(*P)


def test_an_article_only_inside_a_shadow_root_template_is_read() -> None:
    html = (
        f"<body>{NAV}<news-story><template shadowrootmode=open><article><h1>Pier</h1>"
        f"{paras(*P)}</article></template></news-story>{FOOTER}</body>"
    )
    assert clean(html) == joined(*P)


def test_div_lines_split_by_double_br_with_a_menu_div() -> None:
    menu = "<div id=menu>" + "<br>".join(f"<a href=/{w}>{w}</a>" for w in "abcde") + "</div>"
    text = "<br><br>".join(P)
    html = f"<body>{menu}<div id=text><b>The new pier</b><br><br>{text}</div>{FOOTER}</body>"
    assert clean(html) == "\n".join(("The new pier", *P))


# --- scripts and languages -------------------------------------------------------------------

AR = [
    "صوّت مجلس الميناء يوم الثلاثاء على تمديد الرصيف الشمالي أربعين متراً، بعد أن ألحقت "
    "العواصف أضراراً بالرصيف القديم خلال شتاءين.",
    "وسيبدأ العمل في مارس، وستستخدم العبّارة الرصيف الجنوبي حتى إعادة افتتاح الرصيف، كما "
    "قال المجلس في بيان.",
]
ZH = [
    "港务局周二投票决定将北码头延长四十米，此前两个冬天的风暴损坏了旧码头，渔民们对此表示欢迎。",
    "工程将于三月开始，在码头重新开放之前，渡轮将使用南侧泊位，港务局在一份声明中表示。",
]
JA = [
    "港湾委員会は火曜日、北側の桟橋を四十メートル延長することを決めた。二度の冬の嵐で古い桟橋が傷んだためだ。",
    "工事は三月に始まり、桟橋が再開するまでフェリーは南側の岸壁を使う、と委員会は声明で述べた。",
]


def test_a_right_to_left_page_keeps_its_arabic_article() -> None:
    nav = "<nav><a href=/>الرئيسية</a> <a href=/n>أخبار</a> <a href=/s>رياضة</a></nav>"
    html = (
        f"<html dir=rtl lang=ar><body>{nav}<article><h1>الرصيف</h1>{paras(*AR)}</article>"
        "<footer><p>جميع الحقوق محفوظة ٢٠٢٦</p></footer></body></html>"
    )
    assert clean(html) == joined(*AR)


def test_a_chinese_page_keeps_its_article_not_its_menu() -> None:
    nav = "<nav><a href=/>首页</a> <a href=/n>新闻</a> <a href=/s>体育</a></nav>"
    html = (
        f"<html lang=zh-CN><body>{nav}<div class=article><h1>码头延长</h1>{paras(*ZH)}</div>"
        "<div class=footer><p>版权所有 © 2026 港口日报</p></div></body></html>"
    )
    assert clean(html) == joined(*ZH)


def test_a_japanese_page_keeps_its_article_with_ruby() -> None:
    ruby = "<ruby>桟橋<rp>(</rp><rt>さんばし</rt><rp>)</rp></ruby>"
    html = (
        f"<html lang=ja><body>{NAV}<main><h1>{ruby}延長へ</h1>{paras(*JA)}</main>"
        f"{FOOTER}</body></html>"
    )
    assert clean(html) == joined(*JA)


def test_huge_inline_svg_and_json_ld_add_no_text() -> None:
    paths = "".join(f"<path d='M{k} 0L{k} 10'/><text x={k}>{k}</text>" for k in range(3000))
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pier",
            "keywords": ["pier"] * 5000}  # fmt: skip
    html = (
        f"<head><script type=application/ld+json>{json.dumps(data)}</script></head>"
        f"<body>{NAV}<svg width=10 height=10>{paths}</svg><article><h1>Pier</h1>{paras(*P)}"
        f"</article>{FOOTER}</body>"
    )
    assert clean(html) == joined(*P)


def test_a_rendered_article_with_its_state_script_is_read_once() -> None:
    state = {"props": {"pageProps": {"story": {"body": [{"text": p} for p in P]}}}}
    html = (
        f"<body>{NAV}<div id=__next><article><h1>Pier</h1>{paras(*P)}</article></div>"
        f"<script id=__NEXT_DATA__ type=application/json>{json.dumps(state)}</script>"
        f"{FOOTER}</body>"
    )
    assert clean(html) == joined(*P)


def test_an_article_only_in_next_data_is_read_from_it() -> None:
    body = " ".join(P) + " A public meeting on the plans is set for February in the town hall."
    state = {"props": {"pageProps": {"article": {"title": "Pier", "body": body}}}}
    html = (
        f"<body><div id=__next>{NAV}<div class=skeleton></div></div>"
        f"<script id=__NEXT_DATA__ type=application/json>{json.dumps(state)}</script></body>"
    )
    assert body in clean(html)


HE = [
    "ועדת הנמל הצביעה ביום שלישי בעד הארכת המזח הצפוני בארבעים מטרים, לאחר ששני חורפים של "
    "סערות פגעו במזח הישן.",
    "העבודות יתחילו במרץ, והמעבורת תשתמש ברציף הדרומי עד לפתיחת המזח מחדש, כך נמסר בהודעה.",
]
KO = [
    "항만위원회는 화요일 북쪽 부두를 40미터 연장하기로 의결했다. 두 차례의 겨울 폭풍으로 옛 부두가 "
    "크게 손상되었기 때문이다.",
    "공사는 3월에 시작되며, 부두가 다시 문을 열 때까지 여객선은 남쪽 선석을 이용한다고 위원회는 "
    "성명에서 밝혔다.",
]


def test_a_hebrew_page_with_a_left_column_in_rtl_keeps_its_article() -> None:
    side = "<aside><h3>הכי נקראים</h3><ul><li><a href=/1>מזג האוויר</a></li></ul></aside>"
    html = (
        f"<html dir=rtl lang=he><body><div class=layout><main><h1>המזח</h1>{paras(*HE)}"
        f"</main>{side}</div></body></html>"
    )
    assert clean(html) == joined(*HE)


def test_a_korean_page_keeps_its_article() -> None:
    html = (
        f"<html lang=ko><body>{NAV}<div id=articleBody><h1>부두 연장</h1>{paras(*KO)}</div>"
        f"{FOOTER}</body></html>"
    )
    assert clean(html) == joined(*KO)


def test_a_wiki_page_drops_its_navigation_and_table_of_contents() -> None:
    toc = (
        "<div id=toc class=toc><h2>Contents</h2><ul><li><a href=#History>1 History</a></li>"
        "</ul></div>"
    )
    html = (
        f"<body><div id=mw-navigation>{NAV}</div><div id=content class=mw-body>"
        "<h1 id=firstHeading>Northern pier</h1><div id=bodyContent><div class=mw-parser-output>"
        f"<p>{P[0]}</p>{toc}<h2><span class=mw-headline id=History>History</span>"
        "<span class=mw-editsection>[<a href=/edit>edit</a>]</span></h2>"
        f"<p>{P[1]}</p><p>{P[2]}</p></div></div></div>"
        "<div id=footer><ul><li>This page was last edited on 3 March 2026.</li></ul></div></body>"
    )
    # the "[edit]" link inside the heading is a control, not rendered (signal edit-controls,
    # session 25; until then "History[edit]")
    assert clean(html) == joined(P[0], "History", P[1], P[2])


def test_a_question_page_keeps_the_question_and_answers_not_votes_or_comments() -> None:
    def post(kind: str, text: str, votes: int) -> str:
        return (
            f"<div class={kind}><div class=votecell><div class=vote-count>{votes}</div></div>"
            f"<div class=postcell><div class=s-prose>{paras(text)}</div>"
            "<div class=post-menu><a href=/share>Share</a> <a href=/edit>Edit</a> "
            "<a href=/follow>Follow</a></div></div></div>"
        )

    html = (
        f"<body>{NAV}<div id=question-header><h1>Boiler keeps losing pressure</h1></div>"
        f"<div id=mainbar>{post('question', POSTS[0], 12)}<h2>2 Answers</h2>"
        f"<div id=answers>{post('answer', POSTS[1], 30)}{post('answer', POSTS[2], 4)}</div>"
        f"</div><div id=sidebar><div class=module><h4>Linked</h4><a href=/q/1>Radiator cold"
        f"</a></div></div>{FOOTER}</body>"
    )
    out = clean(html)
    assert all(p in out for p in POSTS) and "Share Edit Follow" not in out
