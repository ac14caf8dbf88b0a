"""``boilerplate.extract_off``: the extract preset's keep-mechanisms switched off by a user's
config (they keep text, so they are not named removal rules that ``disable`` reaches)."""

from __future__ import annotations

import pytest

from _pages import FOOTER, MENU, STORY
from cleantext import Cleaner, Config
from cleantext.config import EXTRACT_MECHANISMS
from cleantext.errors import ConfigError
from test_extract_continued import GALLERY, MORE, _page


def _extract(**boilerplate: object) -> Cleaner:
    return Cleaner(Config.from_dict({"preset": "extract", "boilerplate": boilerplate}))


def test_continued_off_in_a_config_stops_the_article_at_the_gallery() -> None:
    text = _page(MENU, STORY, GALLERY, MORE, FOOTER)
    assert MORE[0] in _extract().clean(text)
    out = _extract(extract_off=["continued"]).clean(text)
    assert STORY[0] in out and MORE[0] not in out


def test_other_mechanisms_off_leave_this_page_as_it_was() -> None:
    text = _page(MENU, STORY, GALLERY, MORE, FOOTER)
    off = [name for name in EXTRACT_MECHANISMS if name != "continued"]
    assert _extract(extract_off=off).clean(text) == _extract().clean(text)


def test_an_unknown_mechanism_is_a_one_line_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        _extract(extract_off=["continue"])  # a typo: the closest name
    assert str(err.value) == "unknown boilerplate.extract_off 'continue'; did you mean 'continued'?"
    with pytest.raises(ConfigError) as err:
        _extract(extract_off=["colour"])  # nothing close: every name
    assert str(err.value) == (
        "unknown boilerplate.extract_off 'colour'; choose from headline, inline-lists, "
        "continued, lone-teaser, unstopped-tail, author-bio, standfirst, popular-list, lead, "
        "toc-intro, fields, foreign-language, before-comments, bare-thread, comment-form, "
        "short-post, verse, resumed, resumed-words, resumed-table, recipe-card, list-credits, "
        "intro, hard-wrapped, page-threshold, markup, gallery, noun-case, deck, login-form, "
        "continued-before, caseless-clauses, forum-posts, section-headings, interrupted, "
        "content-grams, listed-above, site-about, paired-fields, press-contact, event-details, "
        "pitch-boxes, ad-slots, intro-unstopped, opening-line, loose-density, page-labels, "
        "lead-below, intro-lists, pros-cons, live-times, link-boxes, intro-below-lead, "
        "intro-captioned, split-opening, dated-line, standfirst-headline, share-counts, "
        "slide-counters, continued-repeat, next-story, ranked-box, slot-gaps, hint-headings, "
        "quoted-lines, profiled-posts, unlisted-tail, poll-boxes, counter-boxes, shop-boxes, "
        "credit-sentences, short-tables, intro-sentences, teaser-list, unlisted-deck, "
        "article-tables, dated-items, lone-words, error-pages, titled-list, related-digest, "
        "named-sections, bio-box, next-header, last-paragraph, ranked-head, long-tables, "
        "headline-box, name-lists, imprint-head, home-posts, lead-toolbar, listed-header, "
        "list-last-paragraph, counted-items, signup-paragraphs, timed-days, toc-heading, "
        "verse-page, numbered-section, ranked-headlines, form-pitch, listed-under-heading, "
        "credit-ends, ingredient-heading, credit-lead, loose-sentences, credit-pairs, "
        "lower-median, row-tables, more-posts, table-page, ui-headings, untitled-top, "
        "unframed-tail, cookie-prose, policy-title, glossary-terms, announced-steps, "
        "later-sections, toc-infobox, header-facts, review-verdict, event-times, "
        "list-box-end, listed-hints, office-contact, slide-lines, fields-above, event-places, "
        "post-sentences, credit-fields, dated-teasers, licence-copyright, nested-steps, "
        "reference-lists, worded-items, list-blocks, "
        "paired-buttons, version-headings, licence-section, press-reference, keywords-line, "
        "numbered-dates, exhibition-dates, read-also-last, unmarked-tail"
    )
    with pytest.raises(ConfigError, match="must be a list of strings"):
        _extract(extract_off=[3])


def test_the_setting_survives_a_round_trip_through_plain_data() -> None:
    config = Config.from_dict({"boilerplate": {"extract_off": "headline"}})
    assert config.boilerplate.extract_off == ("headline",)
    assert Config.from_dict(config.to_dict()) == config


def test_each_mechanism_switches_its_own_weight_off() -> None:
    from dataclasses import asdict

    from cleantext.boilerplate import _weights
    from cleantext.boilerplate.extract import WEIGHTS
    from cleantext.config import EXTRACT_MECHANISMS

    on = asdict(WEIGHTS)
    for name in EXTRACT_MECHANISMS:
        changed = {k for k, v in asdict(_weights((name,))).items() if v != on[k]}
        assert len(changed) == 1, (name, changed)
