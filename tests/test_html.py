"""The HTML path: rendering, main-content choice, edits and their notes, encodings, URL context."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

import cleantext
from _pages import acme_profile
from cleantext import html as H
from cleantext.errors import MissingExtraError

ARTICLE = [
    "The council voted on Tuesday to close the old bridge, which has been in use for over a "
    "century, and to build a new one further up the river.",
    "Residents said that they were worried about the detour, which adds twenty minutes to "
    "their daily commute, and asked for a ferry in the meantime.",
    "Work on the new bridge starts in March and should take two years, the council said.",
]


def page(*, article: list[str] = ARTICLE, extra: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in article)
    return (
        "<!doctype html><html><head><title>Bridge</title><style>p { color: red }</style>"
        "<script>var tracking = 'LEAK';</script></head><body>"
        "<header><a href='/'>Example News</a></header>"
        "<nav><ul><li><a href='/world'>World</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<main><article><h1>Bridge to close</h1><p class=byline>By A. Writer</p>{paras}"
        "<figure><img src=x.jpg><figcaption>The old bridge in 1920.</figcaption></figure>"
        f"{extra}</article>"
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Cats win election</a></li></ul></aside>"
        "<div id='comments'><p>Great article, I fully agree with everything that was said "
        "here, thank you so much for writing it.</p></div></main>"
        "<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    )


def test_clean_html_keeps_the_article_only() -> None:
    assert cleantext.clean_html(page()) == "\n\n".join(ARTICLE)


def test_each_run_of_dropped_blocks_is_an_edit_naming_its_signal() -> None:
    doc = cleantext.Cleaner(preset="extract").clean_html_document(page())
    notes = {e.before.strip(): e.note for e in doc.edits if e.rule.startswith("html-")}
    # consecutive blocks dropped for the same reason are one edit: the menu's two links
    assert notes["World\n\nSport"] == "in <nav>"
    assert notes["Example News"] == "in <header>"
    assert notes["Bridge to close"] == "headline <h1>"
    assert notes["By A. Writer"] == "in <p class=byline>"  # an id/class word of furniture
    assert notes["The old bridge in 1920."] == "caption (in <figure>)"
    assert notes["Most read\n\nCats win election"] == "in <aside>"
    assert notes["© 2024 Example News. All rights reserved."] == "in <footer>"
    assert notes[next(k for k in notes if k.startswith("Great article"))] == (
        "in comments container <div id=comments>"
    )
    # spans point into the rendered page text, which is the document's source
    for e in doc.edits:
        if e.rule.startswith("html-"):
            assert doc.source[e.source_start : e.source_end] == e.before
    assert "LEAK" not in doc.source and "color: red" not in doc.source


def test_link_dense_block_inside_the_article_goes_with_its_density() -> None:
    extra = (
        "<div><a href='/1'>Read also: the old ferry returns</a> | "
        "<a href='/2'>Bridges of the region in pictures</a></div>"
    )
    doc = cleantext.Cleaner(preset="extract").clean_html_document(page(extra=extra))
    (edit,) = [e for e in doc.edits if "old ferry" in e.before]
    assert edit.rule == "html-boilerplate"
    assert edit.note.startswith("link density 0.9")


def test_rules_can_be_switched_off() -> None:
    kept = cleantext.Cleaner(preset="extract", disable=["html-outside-main"]).clean_html(page())
    assert "World" in kept and "Bridge to close" not in kept
    everything = cleantext.Cleaner(
        preset="extract", disable=["html-outside-main", "html-boilerplate"]
    ).clean_html(page())
    assert "Bridge to close" in everything and "The old bridge in 1920." in everything


def test_light_and_none_presets_keep_all_visible_text() -> None:
    text = cleantext.clean_html(page(), preset="none")
    assert text.startswith("Example News\n\nWorld\n\nSport\n\nBridge to close")
    assert "LEAK" not in text and "Bridge" in text


def test_article_split_by_an_ad_is_kept_whole() -> None:
    first = "".join(f"<p>{p}</p>" for p in ARTICLE[:2])
    second = "".join(f"<p>{p} Then more was said, at length.</p>" for p in ARTICLE)
    html = (
        "<body><nav><a href=/>Home</a></nav><article><div class=chunk><div>"
        f"{first}</div></div><div class=ad>Advertisement</div><div class=chunk><div>"
        f"{second}</div></div></article><footer>Footer</footer></body>"
    )
    text = cleantext.clean_html(html)
    assert text.startswith(ARTICLE[0]) and text.endswith("at length.")


def test_url_limits_the_site_profile_to_its_host(tmp_path: Path) -> None:
    profile = acme_profile(tmp_path / "site.json")
    cleaner = cleantext.Cleaner({"boilerplate": {"site_profile": str(profile)}})
    text = "A story about the weather.\n\nAcme News, 9 Main St."
    assert cleaner.clean_document(text, url="https://a.example/9").text == (
        "A story about the weather."
    )
    assert cleaner.clean_document(text, url="https://b.example/1").text == text
    # no URL (plain text): every site's lines apply, as before
    assert cleaner.clean_document(text).text == "A story about the weather."
    html = f"<article><p>{text.splitlines()[0]}</p><p>Acme News, 9 Main St.</p></article>"
    assert cleaner.clean_html(html, url="https://b.example/1").endswith("Main St.")
    assert cleaner.clean_html(html, url="https://a.example/1") == "A story about the weather."


def test_bytes_use_the_declared_charset_then_utf8_then_a_detector() -> None:
    latin = "<meta charset='windows-1252'><p>Caf\u00e9 cr\u00e8me \u2014 d\u00e9j\u00e0</p>"
    assert cleantext.clean_html(latin.encode("cp1252"), preset="none") == (
        "Caf\u00e9 cr\u00e8me \u2014 d\u00e9j\u00e0"
    )
    http_equiv = (
        '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        "<p>\u041f\u0440\u0438\u0432\u0435\u0442</p>"
    )
    privet = "\u041f\u0440\u0438\u0432\u0435\u0442"
    assert H.decode_html(http_equiv.encode("koi8-r")).endswith(f"{privet}</p>")
    assert H.decode_html("<p>\u00e9</p>".encode("utf-16")) == "<p>\u00e9</p>"
    # declared UTF-8 but the bytes are not: the detector reads them
    undeclared = "<p>" + "Une journ\u00e9e d'\u00e9t\u00e9 \u00e0 la for\u00eat. " * 20 + "</p>"
    assert "journ\u00e9e" in H.decode_html(undeclared.encode("cp1252"))


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    # a French page in UTF-8 with one stray byte: still UTF-8, the byte U+FFFD (a detector's
    # guess read every accented letter wrong)
    text = "Une journée d'été à la forêt. " * 20
    data = ("<meta charset='utf-8'><p>" + text + "</p>").encode("utf-8")
    broken = data[: len(data) // 2] + b"\xe9 " + data[len(data) // 2 :]
    decoded = H.decode_html(broken)
    assert decoded.count("\ufffd") == 1 and decoded.count("journée d'été") == 20
    # near miss: cp1252 text declared as UTF-8 has every accented byte invalid: not UTF-8
    assert "journée d'été" in H.decode_html(data.decode("utf-8").encode("cp1252"))
    # near miss: a mostly ASCII cp1252 page with two accented letters, no declaration: each of
    # its non-ASCII bytes is invalid UTF-8, so it is not UTF-8 with a few broken bytes
    page = "<nav><a href='/'>Accueil</a></nav><p>Le café du port ouvre de nouveau.</p>"
    decoded = H.decode_html(page.encode("cp1252"))
    assert "\ufffd" not in decoded and "café du port" in decoded


def test_bad_bytes_become_replacement_characters_not_errors() -> None:
    data = b"<meta charset=no-such-charset><p>ok \xff\xfe\xfa then</p>"
    text = cleantext.clean_html(data, preset="none")
    assert text.startswith("ok ") and text.endswith(" then")


def test_missing_lxml_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml", None)
    with pytest.raises(MissingExtraError, match=r'pip install "cleantext-scrape\[html\]"'):
        cleantext.clean_html("<p>x</p>")


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        cleantext.clean_html(12)  # type: ignore[arg-type]


def test_looks_like_html() -> None:
    assert H.looks_like_html("\n <!-- x --><!DOCTYPE html><html>")
    assert H.looks_like_html("<div class=a>text</div>")
    assert not H.looks_like_html("Prices: 3 < 4 and <b> is bold")


DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate"


@pytest.mark.skipif(
    not (DATA / "dev.jsonl").exists(), reason=f"the shared dev pages are not at {DATA}"
)
def test_a_real_news_page() -> None:
    """One dev page: the article comes out, the site's menus and footer do not."""
    first = json.loads((DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    raw = gzip.decompress((DATA / "html" / f"{first['id']}.html.gz").read_bytes())
    text = cleantext.clean_html(raw, url=first["url"])
    expected = [p for p in first["expected"].split("\n") if len(p) > 80]
    assert sum(p in text for p in expected) >= 0.9 * len(expected)
    assert "Contact Us\nAbout Us" not in text
    assert len(text) < 1.3 * len(first["expected"])


def test_a_page_can_be_judged_twice_alike() -> None:
    rendered = H.render(page())
    assert H.select_edits(rendered) == H.select_edits(rendered)


def test_a_link_dense_box_inside_the_article_goes_whole() -> None:
    teasers = "".join(
        f"<div><a href='/{i}'>A much longer teaser headline for story number {i}</a></div>"
        f"<div>May {i}, 2019</div>"
        for i in range(1, 4)
    )
    extra = f"<div class=more><h4>More stories</h4>{teasers}</div>"
    doc = cleantext.Cleaner(preset="extract").clean_html_document(page(extra=extra))
    notes = {e.before.strip(): e.note for e in doc.edits if e.rule == "html-boilerplate"}
    assert notes["May 2, 2019"].startswith("in a link-dense box <div class=more> (0.")
    assert notes["More stories"] == notes["May 2, 2019"]
    assert doc.text == "\n\n".join(ARTICLE)


def test_dedup_blocks_runs_after_the_selection_only_when_a_block_repeats() -> None:
    # the article twice in the page (a print copy the markup does not hide): once out
    doubled = cleantext.Cleaner(preset="extract").clean_html_document(
        page(article=ARTICLE + ARTICLE)
    )
    assert doubled.text == "\n\n".join(ARTICLE)
    assert "dedup-blocks" in {e.step for e in doubled.edits}
    # nothing repeats: the step is skipped (it would find nothing)
    assert "dedup-blocks" not in H.steps_after_extraction("\n\n".join(ARTICLE))
    assert "dedup-blocks" in H.steps_after_extraction("\n\n".join(ARTICLE + ARTICLE[:1]))
    # a configuration that names its steps gets them
    steps = ("normalize", "boilerplate", "tidy")
    named = cleantext.Cleaner(preset="extract", steps=steps).clean_html_document(
        page(article=ARTICLE + ARTICLE)
    )
    assert named.text.count(ARTICLE[0]) == 2


def test_an_article_in_several_text_modules_is_kept_whole() -> None:
    # page builders put each text module of an article in its own container of one class,
    # in separate rows: every module is the main content, not only the longest
    modules = [
        ARTICLE[:2],
        [ARTICLE[2] + " The ferry will run every half hour, from six in the morning."],
    ]
    rows = "".join(
        "<div class=row><div class=col><div class=wrap><div class=inner><div class=text-module>"
        f"{''.join(f'<p>{p}</p>' for p in paras)}</div></div></div></div>"
        "<div class=col><img src=x.jpg></div></div>"
        for paras in modules
    )
    html = (
        "<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
        f"<div id=page><div class=row><div class=col><h2>Bridge</h2></div></div>{rows}</div>"
        "<div class=row><div class=text-module><a href=/more>More news</a> "
        "<a href=/other>Other news</a></div></div></body></html>"
    )
    text = cleantext.clean_html(html)
    assert all(p in text for paras in modules for p in paras)
    assert "More news" not in text and "Home" not in text


def test_a_block_outside_the_main_content_names_the_container_chosen() -> None:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = f"<body><div class=top>Weather: sunny</div><div class=story>{paras}</div></body>"
    doc = cleantext.Cleaner(preset="extract").clean_html_document(html)
    notes = {e.before.strip(): e.note for e in doc.edits}
    assert notes["Weather: sunny"] == "outside the main content <div class=story>"


def test_blog_software_furniture_inside_the_post_goes() -> None:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = (
        f"<body><article><div class=entry-content>{paras}"
        "<div id=jp-relatedposts><h3 class=jp-relatedposts-headline>Related</h3></div>"
        "<p class=postmetadata>This entry was posted on Monday, filed under News.</p>"
        "</div></article></body>"
    )
    doc = cleantext.Cleaner(preset="extract").clean_html_document(html)
    assert doc.text == "\n\n".join(ARTICLE)
    notes = {e.before.strip(): e.note for e in doc.edits}
    assert notes["Related"] == "in <h3 class=jp-relatedposts-headline>"
