"""The ``boilerplate`` step: remove UI text (``light``) or extract the main content."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from cleantext.boilerplate.extract import WEIGHTS, Weights, find_main_content
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.imprint import first_line, imprint_heading
from cleantext.boilerplate.learned import RULE as SITE_RULE
from cleantext.boilerplate.learned import SiteProfile, learn_profile, load_profile
from cleantext.boilerplate.light import find_ui_lines
from cleantext.boilerplate.patterns import Patterns
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.config import Config
from cleantext.edits import Edit, apply_edits
from cleantext.rules import step_rules

__all__ = [
    "Patterns",
    "SiteProfile",
    "find_main_content",
    "find_ui_lines",
    "learn_profile",
    "load_profile",
    "run_step",
]


EXTRACT_PASSES = 3


def _patterns(config: Config) -> Patterns:
    return _with_extra(config.boilerplate.extra_patterns)


@lru_cache(maxsize=16)
def _with_extra(extra: tuple[str, ...]) -> Patterns:
    """The built-in patterns with the user's (compiled once per list, not once per text)."""
    patterns = Patterns.builtin()
    return patterns.with_extra(extra) if extra else patterns


@lru_cache(maxsize=16)
def _extract_rules(config: Config) -> frozenset[str]:
    """The names of the extract rules that ``config`` enables."""
    return frozenset(
        r.name
        for r in step_rules("boilerplate")
        if r.preset == "extract" and config.rule_enabled(r.name, r.default)
    )


@lru_cache(maxsize=16)
def _weights(off: tuple[str, ...]) -> Weights:
    """The extract weights with the mechanisms ``off`` (of ``config.EXTRACT_MECHANISMS``)
    switched off.

    >>> _weights(("headline",)).headline, _weights(()).headline
    (False, True)
    """
    if not off:
        return WEIGHTS
    switched = {f: getattr(WEIGHTS, f) and name not in off for name, f in _SWITCHES.items()}
    lone_ratio = 0.0 if "lone-teaser" in off else WEIGHTS.lone_ratio
    return replace(WEIGHTS, lone_ratio=lone_ratio, **switched)


#: each mechanism of ``config.EXTRACT_MECHANISMS`` with the ``Weights`` flag that turns it on
#: ("lone-teaser" aside: it sets ``lone_ratio`` to 0)
_SWITCHES = {
    "headline": "headline",
    "inline-lists": "inline_lists",
    "continued": "continued",
    "unstopped-tail": "unstopped_tail",
    "unlisted-tail": "unlisted_tail",
    "poll-boxes": "poll_boxes",
    "error-pages": "error_pages",
    "counter-boxes": "counter_boxes",
    "shop-boxes": "shop_boxes",
    "credit-sentences": "credit_sentences",
    "short-tables": "short_tables",
    "article-tables": "article_tables",
    "dated-items": "dated_items",
    "lone-words": "lone_words",
    "last-paragraph": "last_paragraph",
    "author-bio": "author_bio",
    "bio-box": "bio_box",
    "standfirst": "standfirst",
    "popular-list": "popular",
    "ranked-box": "ranked_box",
    "titled-list": "titled_list",
    "named-sections": "named_sections",
    "ranked-head": "ranked_head",
    "long-tables": "long_tables",
    "headline-box": "headline_box",
    "lead": "lead",
    "toc-intro": "contents",
    "fields": "fields",
    "paired-fields": "paired_fields",
    "press-contact": "press_contact",
    "event-details": "event_details",
    "foreign-language": "foreign",
    "before-comments": "before_comments",
    "bare-thread": "bare_thread",
    "comment-form": "comment_form",
    "short-post": "short_post",
    "verse": "verse",
    "resumed": "resumed",
    "resumed-words": "resumed_words",
    "resumed-table": "resumed_table",
    "recipe-card": "recipe_card",
    "list-credits": "list_credits",
    "intro": "intro",
    "hard-wrapped": "hard_wrapped",
    "page-threshold": "page_threshold",
    "markup": "markup",
    "gallery": "gallery",
    "noun-case": "noun_case",
    "deck": "deck",
    "login-form": "login_form",
    "continued-before": "continued_before",
    "interrupted": "interrupted",
    "caseless-clauses": "caseless_clauses",
    "forum-posts": "forum_posts",
    "section-headings": "section_headings",
    "content-grams": "content_grams",
    "listed-above": "listed_above",
    "site-about": "site_about",
    "pitch-boxes": "pitch_boxes",
    "ad-slots": "ad_slots",
    "intro-unstopped": "intro_unstopped",
    "opening-line": "opening",
    "loose-density": "loose_density",
    "page-labels": "page_labels",
    "lead-below": "lead_below",
    "intro-lists": "intro_lists",
    "pros-cons": "pros_cons",
    "live-times": "live_times",
    "link-boxes": "link_boxes",
    "intro-below-lead": "intro_below",
    "intro-captioned": "intro_captioned",
    "split-opening": "split_opening",
    "dated-line": "dated_line",
    "standfirst-headline": "standfirst_headline",
    "intro-sentences": "intro_sentences",
    "teaser-list": "teaser_list",
    "share-counts": "share_counts",
    "slide-counters": "slide_counters",
    "slot-gaps": "slot_gaps",
    "continued-repeat": "continued_repeat",
    "next-header": "next_header",
    "next-story": "next_story",
    "related-digest": "related_digest",
    "hint-headings": "hint_headings",
    "quoted-lines": "quoted_lines",
    "profiled-posts": "profiled_posts",
    "unlisted-deck": "unlisted_deck",
    "name-lists": "name_lists",
    "imprint-head": "imprint_head",
    "home-posts": "home_posts",
    "lead-toolbar": "lead_toolbar",
    "listed-header": "listed_header",
    "list-last-paragraph": "list_last",
    "counted-items": "counted_items",
    "signup-paragraphs": "signup_paragraphs",
    "timed-days": "timed_days",
    "toc-heading": "toc_heading",
    "verse-page": "verse_page",
    "numbered-section": "numbered_section",
    "ranked-headlines": "ranked_headlines",
    "form-pitch": "form_pitch",
    "listed-under-heading": "listed_under_heading",
    "credit-ends": "credit_ends",
    "ingredient-heading": "ingredient_heading",
    "credit-lead": "credit_lead",
    "loose-sentences": "loose_sentences",
    "credit-pairs": "credit_pairs",
    "lower-median": "lower_median",
    "row-tables": "row_tables",
    "more-posts": "more_posts",
    "table-page": "table_page",
    "ui-headings": "ui_headings",
    "untitled-top": "untitled_top",
    "unframed-tail": "unframed_tail",
    "cookie-prose": "cookie_prose",
    "policy-title": "policy_title",
    "glossary-terms": "glossary_terms",
    "announced-steps": "announced_steps",
    "later-sections": "later_sections",
    "toc-infobox": "toc_infobox",
    "header-facts": "header_facts",
    "review-verdict": "review_verdict",
    "event-times": "event_times",
    "list-box-end": "list_box_end",
    "listed-hints": "listed_hints",
    "office-contact": "office_contact",
    "slide-lines": "slide_lines",
    "fields-above": "fields_above",
    "event-places": "event_places",
    "post-sentences": "post_sentences",
    "credit-fields": "credit_fields",
    "dated-teasers": "dated_teasers",
    "licence-copyright": "licence_copyright",
    "nested-steps": "nested_steps",
    "reference-lists": "reference_lists",
    "worded-items": "worded_items",
    "list-blocks": "list_blocks",
    "paired-buttons": "paired_buttons",
    "version-headings": "version_headings",
    "licence-section": "licence_section",
    "press-reference": "press_reference",
    "keywords-line": "keywords_line",
    "numbered-dates": "numbered_dates",
    "exhibition-dates": "exhibition_dates",
    "read-also-last": "read_also_last",
    "unmarked-tail": "unmarked_tail",
}


def run_step(text: str, config: Config, url: str | None = None) -> list[list[Edit]]:
    """The ``boilerplate`` step for the pipeline.

    Passes, in order: lines learned for the site (when a profile is configured: only the
    lines of ``url``'s host when ``url`` is given, every site's lines otherwise); for
    ``extract``, everything but the main content; then UI lines left in the text.
    """
    if config.preset == "none":
        return []
    patterns = _patterns(config)
    passes: list[list[Edit]] = []
    features: PageFeatures | None = None
    title: str | None = None  # (extract with imprint-head: the page's first line, before any pass)
    profile_path = config.boilerplate.site_profile
    if profile_path and config.rule_enabled(SITE_RULE.name):
        edits = load_profile(profile_path).edits(text, host=url)
        if edits:
            passes.append(edits)
            text = apply_edits(text, edits)
    if config.preset == "extract":
        enabled = _extract_rules(config)
        # what is left is extracted again until nothing changes (at most EXTRACT_PASSES), so
        # that cleaning the output once more removes nothing; each pass looks up the line
        # features the first one computed
        features = PageFeatures(patterns, Stopwords.load())
        weights = _weights(config.boilerplate.extract_off)
        title = first_line(text) if weights.imprint_head else None
        for _ in range(EXTRACT_PASSES):
            edits = find_main_content(text, patterns, weights, enabled, features)
            if not edits:
                break
            passes.append(edits)
            text = apply_edits(text, edits)
    if config.rule_enabled("ui-strings"):
        # after extract, the features of the text's lines have the matches already
        hits = None if features is None else features.ui_hits(text)
        off = _weights(config.boilerplate.extract_off)  # light's too
        keep = (off.cookie_prose, off.policy_title, off.glossary_terms, off.announced_steps)
        edits = find_ui_lines(text, patterns, hits, off.ui_headings, *keep, off.licence_copyright)
        if title is not None:
            edits = _leave_heading(edits, imprint_heading(text, title))
        if edits:
            passes.append(edits)
    return passes


def _leave_heading(edits: list[Edit], heading: tuple[int, int] | None) -> list[Edit]:
    """``edits`` but those that start on ``heading``'s line (a legal notice's own heading on its
    page, ``imprint.imprint_heading``: ``extract_off = ["imprint-head"]`` removes it again)."""
    if heading is None:
        return edits
    start, end = heading
    return [e for e in edits if not start <= e.start < end]
