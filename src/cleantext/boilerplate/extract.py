"""The ``extract`` preset: find the main content in whole-page text.

Whole-page text (BeautifulSoup ``get_text()``, ``innerText``, html-text) puts every block element
on its own line. Each line gets a class from signals that extractors use on HTML, recast for
lines of text (jusText's idea):

- ``good``: long enough, with a normal share of stopwords for the page's language, or a full
  sentence ending in terminal punctuation;
- ``short``: a few words without sentence shape (menu items, tags, bylines);
- ``ui``: a known UI string (share bars, counters, "Read more"...);
- ``stop``: a heading that opens comments or related links ("Leave a Reply", "Related
  articles"): the article does not continue past it.

Lines repeated on the page count against content too. Each line gets a score (positive for
content, negative for the rest), and the main content is the contiguous run of lines with the
highest total (a maximum-sum segment), so a menu of twenty short lines outweighs a subheading
but not a paragraph. A list that goes on after the last paragraph (numbered items, a Q&A,
lines of figures with commas) is kept with the article, and so are long sentence-case lines
just before the first paragraph. Lines before that run are removed as
``extract-head``, lines after it as ``extract-tail``; runs of short lines inside it that look
like menus go as ``extract-menu``.

>>> page = "\\n".join(["Home", "News", "Sports", "Weather", "Contact",
...     "The council voted on Tuesday to close the old bridge, which has been in use for "
...     "over a century.",
...     "Residents said that they were worried about the long detour that the closure "
...     "would mean for them.",
...     "Privacy Policy", "Terms", "© 2024 Example News"])
>>> from cleantext.edits import apply_edits
>>> for line in apply_edits(page, find_main_content(page)).splitlines():
...     print(line[:50])
The council voted on Tuesday to close the old brid
Residents said that they were worried about the lo
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate
from operator import attrgetter, indexOf
from typing import Any, NamedTuple

import regex

from cleantext.boilerplate.above_headline import below_headline, why_below
from cleantext.boilerplate.announced import announced_list, box_below, last_after_list
from cleantext.boilerplate.appeals import APPEAL
from cleantext.boilerplate.appeals import MAX_WORDS as APPEAL_WORDS
from cleantext.boilerplate.before_comments import before_comments, short_post
from cleantext.boilerplate.bios import bio_start, is_bio, is_site_heading
from cleantext.boilerplate.bylines import BYLINE, is_byline
from cleantext.boilerplate.bylines import MAX_WORDS as BYLINE_WORDS
from cleantext.boilerplate.bylines import heads as byline_heads
from cleantext.boilerplate.bylines import marked as byline_marked
from cleantext.boilerplate.charts import CHART, chart_lines, is_chart_label, is_chart_source
from cleantext.boilerplate.comments import dated_byline
from cleantext.boilerplate.contents import infobox_intro, toc_intro, why_infobox
from cleantext.boilerplate.continued import Joined, continued, why_joined
from cleantext.boilerplate.counters import MAX_WORDS as COUNTER_WORDS
from cleantext.boilerplate.counters import MIN_COUNTERS, is_counter
from cleantext.boilerplate.credits import (
    CAPTION,
    CAPTION_WORDS,
    CREDIT,
    caption_pattern,
    is_credit,
)
from cleantext.boilerplate.dated_teasers import dated_teasers, why_dated_teasers
from cleantext.boilerplate.deck import Found as DeckFound
from cleantext.boilerplate.deck import deck_line, kept_deck, refused, why_deck
from cleantext.boilerplate.error_pages import error_page
from cleantext.boilerplate.events import by_times, event_details, why_details
from cleantext.boilerplate.facts import header_facts, may_hold_facts, why_facts
from cleantext.boilerplate.features import LineColumns, PageFeatures, is_terminal, picker
from cleantext.boilerplate.fields import (
    MIN_ROWS,
    is_blank_field,
    is_field,
    is_name_list,
    may_hold_pairs,
    paired_rows,
)
from cleantext.boilerplate.foreign import foreign_density, foreign_note
from cleantext.boilerplate.form_pitch import FORM_PITCH, form_pitch_rows, why_form_pitch
from cleantext.boilerplate.forms import Form, comment_form, may_hold_form
from cleantext.boilerplate.forms import why as why_form
from cleantext.boilerplate.headline import after_headline, headline_index
from cleantext.boilerplate.headline_box import headline_box, why_headline_box
from cleantext.boilerplate.hint_heads import hint_headings
from cleantext.boilerplate.homeposts import next_posts, why_footer
from cleantext.boilerplate.imprint import imprint_start, why_imprint
from cleantext.boilerplate.interrupted import (
    INSERTED_LINES,
    inserted_note,
    interrupted_runs,
    why_interrupted,
)
from cleantext.boilerplate.interrupted import Found as Interrupted
from cleantext.boilerplate.intro import MIN_WORDS as INTRO_WORDS
from cleantext.boilerplate.intro import PARAGRAPH as INTRO_KINDS
from cleantext.boilerplate.intro import (
    Found,
    intro_lines,
    line_above,
    line_below,
    list_between,
    stems,
    why_intro,
)
from cleantext.boilerplate.keywords import keywords_after, why_keywords
from cleantext.boilerplate.labels import LABEL, label_rows
from cleantext.boilerplate.later import sections_after, why_sections
from cleantext.boilerplate.lead import Below, lead_below, lead_lines, why_lead_below
from cleantext.boilerplate.licence import licence_top, why_licence
from cleantext.boilerplate.live import may_hold_times, time_rows
from cleantext.boilerplate.loose import loose_sentence
from cleantext.boilerplate.markup import is_markup, why_markup
from cleantext.boilerplate.named import named_after, named_before, why_above, why_after
from cleantext.boilerplate.nested import nested_steps
from cleantext.boilerplate.numbered import numbered_after, why_numbered
from cleantext.boilerplate.offices import office_after, why_office
from cleantext.boilerplate.opening import opening_line, why_opening
from cleantext.boilerplate.patterns import Match, Patterns, data_keys, normalize_line
from cleantext.boilerplate.pitch import (
    PITCH_GAP,
    PITCH_LINES,
    PITCH_REACH,
    PITCH_WORDS,
    pitch_rows,
)
from cleantext.boilerplate.polls import poll_boxes, poll_headings, why_poll
from cleantext.boilerplate.popular import (
    digest_inside,
    popular_heading,
    popular_inside,
    ranked_after_headline,
    ranked_head,
    titled_list,
    why_ranked_head,
    why_titled,
)
from cleantext.boilerplate.posts import (
    POST_HEADER,
    Posts,
    answered,
    paired_buttons,
    post_headers,
    posts_span,
    why_posts,
)
from cleantext.boilerplate.press import contact_after, why_contact
from cleantext.boilerplate.proscons import (
    box_after,
    box_before,
    verdict_after,
    why_box,
    why_verdict,
)
from cleantext.boilerplate.pullquotes import PULL_QUOTE, pull_quotes
from cleantext.boilerplate.ranked_headlines import why_ranked_box, without_ranked_boxes
from cleantext.boilerplate.read_also import read_also_lines
from cleantext.boilerplate.recipes import card_gap, ingredients_before, recipe_after, why_card
from cleantext.boilerplate.resumed import (
    BRIDGED,
    box_parts,
    listed_first,
    resumed_run,
    why_listed,
    why_resumed,
)
from cleantext.boilerplate.resumed import SHARE as RESUMED_SHARE
from cleantext.boilerplate.shops import PRICE_REACH, is_price, shop_buttons, why_shop
from cleantext.boilerplate.signup import SIGNUP, form_run, is_pitch, signup_boxes
from cleantext.boilerplate.slides import (
    SLIDE,
    caption_of,
    counter_keys,
    counter_rows,
    why_gallery,
    why_slide,
)
from cleantext.boilerplate.standfirst import caseless_clauses, standfirst
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.boilerplate.stories import next_story, why_next_story
from cleantext.boilerplate.table_page import table_above, why_table_page
from cleantext.boilerplate.tables import (
    CELL_WORDS,
    ends_in_figure,
    find_table,
    header_labels,
    row_cells,
    why_table,
)
from cleantext.boilerplate.tables import MIN_ROWS as TABLE_ROWS
from cleantext.boilerplate.tables import MIN_SHARED as TABLE_SHARED
from cleantext.boilerplate.teasers import counted_items, teasers_after_headline
from cleantext.boilerplate.thread import Known, Thread, bare_thread, may_hold_thread
from cleantext.boilerplate.thread import why as why_bare
from cleantext.boilerplate.toc import TOC, toc_box
from cleantext.boilerplate.unmarked import unmarked_end
from cleantext.boilerplate.unstopped import extend_on, unlisted_end
from cleantext.boilerplate.verse import is_verse, verse_above, why_verse
from cleantext.boilerplate.why import best_in, chosen, stop_lines
from cleantext.boilerplate.why import lines as line_range
from cleantext.boilerplate.wires import credit_lines, credited
from cleantext.boilerplate.wrapped import unwrapped
from cleantext.data import alternation, boilerplate_table
from cleantext.edits import Edit, apply_edits
from cleantext.rules import Rule, register, step_rules
from cleantext.segment import Block, removal_span, rows_of

__all__ = [
    "LineInfo",
    "best_run",
    "classify_lines",
    "find_main_content",
    "is_quantity",
    "main_span",
    "positive_runs",
    "sentence_like",
]

#: paragraphs of the rules' examples (enough prose for the main content to be found)
_EX = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses.",
    "Residents said that they were worried about the long detour that the closure would mean "
    "for them and the shops.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then.",
    "Work on the new bridge is expected to start next spring, once the plans have been "
    "approved by the government.",
    "The ferry will be free for the first year, and the council will pay for it out of the "
    "money saved on repairs.",
    "Traders in the old market hope that the new bridge will bring back the visitors they "
    "have lost since the spring.",
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


HEAD = register(
    Rule(
        "extract-head",
        "boilerplate",
        "extract preset: remove the lines before the main content (header, menus, title "
        "block, teasers; a standfirst above the byline or date line, and the lead paragraph "
        "under the headline, stay).",
        preset="extract",
        examples=((_page("Home\nNews\nSport\nWeather", *_EX[:2]), _page(*_EX[:2])),),
    )
)
TAIL = register(
    Rule(
        "extract-tail",
        "boilerplate",
        "extract preset: remove the lines after the main content (related links, comments, "
        "footer).",
        preset="extract",
        examples=((_page(*_EX[:2], "Privacy Policy\nTerms of Use\nContact us"), _page(*_EX[:2])),),
    )
)
MENU = register(
    Rule(
        "extract-menu",
        "boilerplate",
        "extract preset: remove runs of short link-like lines (menus, tag lists) inside the "
        "main content.",
        preset="extract",
        examples=(
            (_page(*_EX[:3], "Home\nNews\nSport\nWeather\nTravel\nVideo", *_EX[3:]), _page(*_EX)),
        ),
    )
)

RELATED = register(
    Rule(
        "extract-related",
        "boilerplate",
        "extract preset: remove inline link boxes inside the main content (a 'Related "
        "stories' heading and the headline links under it).",
        preset="extract",
        examples=(
            (
                _page(*_EX[:2], "Related Stories\nMayor Opens New Park\nNew Bus Lines", *_EX[2:4]),
                _page(*_EX[:4]),
            ),
        ),
    )
)

_THREAD_EX = (
    "Maria Lopez says:\nMarch 3, 2024 at 10:12 am\nI have crossed that bridge every day for "
    "thirty years, first to school and then to work, and I will miss it a lot when it is gone, "
    "even if the new one is wider and safer for the children who cycle over it.\nReply\n"
    "Tom Baker says:\nMarch 4, 2024 at 9:30 am\nThe ferry is a good idea for the summer, but "
    "the council should have acted much sooner than this, as the cracks were there for years "
    "and everyone who walked over the bridge could see them getting wider.\nReply"
)
THREAD = register(
    Rule(
        "extract-comments",
        "boilerplate",
        "extract preset: remove a comment thread after the main content that has no known "
        "heading, recognised by its shape: bylines ('Maria Lopez says:') or times ('March 3, "
        "2024 at 10:12 am') and reply buttons that repeat.",
        preset="extract",
        examples=((_page(*_EX[:3], _THREAD_EX), _page(*_EX[:3])),),
    )
)

# a list item's marker: "1.", "2)", "a)", "Q:", "- ", "• "
_ENUM = regex.compile(r"^[^\p{L}\p{N}]{0,3}(?:\p{N}{1,3}[.):]|\p{L}[.):]\s|[-–—•·▪●◦*]\s)")
_INNER = regex.compile(r"[,:;]\s+\S")
_LABEL = regex.compile(r"^([^:\n]{1,40}?)\s*:\s")
_DIGIT = regex.compile(r"\p{N}")
_INITIAL = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{L}")
_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{L}+")  # a word's letters (``_noun_case``)
# a time of day in a comment's byline ("10:12 am", "14h05"; its age is ``Shapes.ago``)
_TIME = regex.compile(r"(?<!\p{N})\p{N}{1,2}[:h]\p{N}{2}(?!\p{N})")


@dataclass(frozen=True)
class Shapes:
    """Data of the extract preset's shape rules (``data/boilerplate.toml``): the verbs of a
    comment byline, the reply buttons, and the start of a recipe's ingredient line."""

    says: frozenset[str]
    replies: frozenset[str]
    quantity: regex.Pattern[str]
    ago: regex.Pattern[str]  # a comment's age on the normalised line (``byline_ages``)
    code: regex.Pattern[str]  # a mark of a line of code, no byline's (``code_marks``)
    post_number: regex.Pattern[str]  # a forum post's number, "#2" (``post_numbers``)
    thread_marks: frozenset[str]  # a forum reply's quote buttons (``thread_marks``)
    #: ``quantity`` up to its unit's first character (in any case, as ``quantity`` matches
    #: its units): a line it does not match holds no quantity (``is_quantity``)
    quantity_head: regex.Pattern[str]
    pairs: frozenset[tuple[str, str]] = frozenset()  # two buttons read as one (``reply_pairs``)
    seconds: frozenset[str] = frozenset()  # the pairs' second buttons
    joined: frozenset[str] = frozenset()  # the reply buttons and the pairs joined


@lru_cache(maxsize=1)
def _shapes() -> Shapes:
    table = boilerplate_table()
    units = table["lists"]["units"]
    head = (
        r"^[^\p{L}\p{N}]{0,3}(?:\p{N}{1,4}(?:[.,/]\p{N}{1,3})?|[½¼¾⅓⅔⅛])"
        r"(?:\s?[-–x×]\s?\p{N}{1,4})?\s?"
    )
    alts = alternation(units)
    quantity = regex.compile(rf"{head}(?:{alts})\.?(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    # ``quantity_head``: the head's figures and signs in any order (15 characters at most
    # after the first figure, as the head has), then a unit's first character (none if a
    # unit is empty): each line ``quantity`` matches, it matches, without backtracking
    firsts = "".join(sorted({regex.escape(unit[:1]) for unit in units}))
    signs = r"^[^\p{L}\p{N}]{0,3}[\p{N}½¼¾⅓⅔⅛][\p{N}.,/\s\-–x×]{0,15}"
    quantity_head = regex.compile(signs + (f"[{firsts}]" if all(units) else ""), regex.IGNORECASE)
    comments = table["comments"]
    says = frozenset(normalize_line(w) for w in comments["says"])
    replies = frozenset(normalize_line(w) for w in comments["replies"])
    code = regex.compile(alternation(comments["code_marks"]))
    number = regex.compile(rf"(?:{alternation(comments['post_numbers'])})\d{{1,6}}", regex.I)
    marks = frozenset(normalize_line(w) for w in comments["thread_marks"])
    ages = byline_ages(comments["byline_ages"])
    pairs = frozenset((normalize_line(a), normalize_line(b)) for a, b in comments["reply_pairs"])
    seconds = frozenset(b for _, b in pairs)
    joined = replies | {f"{a} {b}" for a, b in pairs}
    return Shapes(
        says, replies, quantity, ages, code, number, marks, quantity_head, pairs, seconds, joined
    )


def byline_ages(ages: Sequence[dict[str, Any]]) -> regex.Pattern[str]:
    """The pattern of a comment's age in a byline, on the normalised line (figures as "0"),
    built from the data file's ``[[comments.byline_ages]]``: each an age word ``before`` the
    number or after the unit (``spaced`` from them or not), ending the line unless
    ``anywhere``. Alternations of literals and "0+": linear by construction.

    >>> ago = byline_ages([{"word": "hace", "before": True, "units": ["hora", "horas"]}])
    >>> bool(ago.search("por ana hace 00 horas")), bool(ago.search("hace 00 horas que"))
    (True, False)
    """
    return regex.compile("|".join(_byline_age(age) for age in ages))


def _byline_age(age: dict[str, Any]) -> str:
    """One entry of ``byline_ages`` as a pattern."""
    word, units = regex.escape(age["word"]), f"(?:{alternation(age['units'])})"
    if age.get("before", False):
        core = rf"\b{word} 0+ {units}"
    elif age.get("spaced", True):
        core = rf"\b0+ {units} {word}"
    else:  # "0時間前", "0 時間前": no word boundary between a figure and a CJK word
        core = rf"(?<!\p{{N}})0+ ?{units}{word}"
    return core + (r"\b" if age.get("anywhere", False) else "$")


@dataclass(frozen=True)
class Weights:
    """Tunable constants of the line classifier and segment score."""

    good_words: int = 10
    good_density: float = 0.2
    sentence_words: int = 6
    long_words: int = 40
    short_penalty: float = 3.0
    hint_penalty: float = 4.0
    ui_penalty: float = 8.0
    repeat_penalty: float = 6.0
    medium_factor: float = 0.2
    terminal_relax: float = 0.5
    gap_growth: float = 0.5
    isolated_factor: float = 0.5
    promo_words: int = 40
    box_max: int = 8
    bridge_max: int = 30
    table_max: int = 150  # cells of a table inside the article (``long_tables``)
    zone_ratio: float = 0.1
    zone_min: float = 80.0
    short_ratio: float = 0.5
    menu_run: int = 6
    menu_density: float = 0.0
    list_gap: int = 3
    list_plain: float = 0.5
    list_min: float = 5.0
    item_words: int = 25
    ingredients_min: int = 3
    byline_words: int = 12
    thread_reach: int = 30
    inline_lists: bool = True  # lists inside the article (``_inline_lists``) do not split it
    headline: bool = True  # the article follows the page title's headline (``headline.py``)
    lone_ratio: float = 0.25
    continued: bool = True  # runs of prose after a short interruption join (``continued.py``)
    continued_before: bool = True  # and a big run before the chosen one (``continued.py``)
    continued_repeat: bool = True  # and a run after a box the content holds (``continued.py``)
    next_header: bool = True  # but not a run under a byline and a date (``continued.py``)
    next_story: bool = True  # the article's header come again: the next story (``stories.py``)
    #: teaser pairs under a related-links line end the run (``popular.related_digest``)
    related_digest: bool = True
    #: the article after an ad label, a sign-up box or a player inside it (``interrupted.py``)
    interrupted: bool = True
    #: and after a box of 5 to 25 links inside it (``interrupted.py``)
    link_boxes: bool = True
    author_bio: bool = True  # an author's bio ends the article (``bios.py``)
    bio_box: bool = True  # a name line over a bio ends the article (``bios.box_start``)
    unstopped_tail: bool = True  # paragraphs without a full stop after it (``unstopped.py``)
    #: a short last paragraph with its full stop and too few listed words (``unstopped.py``)
    unlisted_tail: bool = True
    standfirst: bool = True  # a standfirst before the byline stays (``standfirst.py``)
    standfirst_headline: bool = True  # and none above the page title's headline
    popular: bool = True  # a numbered most-read list is not the article's (``popular.py``)
    ranked_box: bool = True  # nor the content instead of the run under the headline
    teaser_list: bool = True  # nor a list of teasers with read-more buttons (``teasers.py``)
    lead: bool = True  # the paragraph under the headline before a box stays (``lead.py``)
    #: and the first paragraph further under it, past short lines, sharing the article's words
    lead_below: bool = True
    contents: bool = True  # the intro above a table of contents stays (``contents.py``)
    fields: bool = True  # a table of "Label: value" rows continues the article (``fields.py``)
    #: and a table whose labels and values are lines of their own, some values measures
    paired_fields: bool = True
    press_contact: bool = True  # a press release's contact block ends it (``press.py``)
    event_details: bool = True  # an event's date, place and prices above it (``events.py``)
    foreign: bool = True  # a paragraph in another language is prose too (``foreign.py``)
    before_comments: bool = True  # a short article before its comments (``before_comments.py``)
    bare_thread: bool = True  # a comment thread found by its header shape alone (``thread.py``)
    comment_form: bool = True  # a comment form's labels open the comments (``forms.py``)
    short_post: bool = True  # a post of short lines under the headline (``before_comments.py``)
    verse: bool = True  # lines of verse between paragraphs are the article's (``verse.py``)
    resumed: bool = True  # the article after a long box inside it (``resumed.py``)
    resumed_words: bool = True  # its rest dense by its paragraphs' words (``resumed.py``)
    resumed_table: bool = True  # a smaller rest after the article's own table (``resumed.py``)
    recipe_card: bool = True  # a recipe card after the article is its (``recipes.py``)
    list_credits: bool = True  # a photo credit between a list's items does not end it
    intro: bool = True  # the intro sharing the article's words before a box (``intro.py``)
    intro_unstopped: bool = True  # and that intro without its full stop (``intro.py``)
    intro_lists: bool = True  # and a list of its key points between its paragraphs
    intro_below: bool = True  # and the intro under a lead or standfirst kept (``intro.py``)
    intro_captioned: bool = True  # and the intro under a caption that ends in its credit
    intro_sentences: bool = True  # and a paragraph of 3 sentences under a credit alone
    share_counts: bool = True  # and past a share bar's comment count ("0 Kommentare")
    opening: bool = True  # a question or exclamation opening the article (``opening.py``)
    split_opening: bool = True  # the lines a first paragraph starts on (``opening.py``)
    dated_line: bool = True  # a dateline with a date and a description above it (``opening.py``)
    #: where the page's language has a loose list (``Stopwords.loose``), no density threshold
    #: for a line of ``loose_words`` or more with a full stop
    loose_density: bool = True
    loose_words: int = 20
    pros_cons: bool = True  # a review's pros and cons box next to it (``proscons.py``)
    live_times: bool = True  # a live blog's entry times score as blank lines (``live.py``)
    slide_counters: bool = True  # a gallery's slide counters score as blank lines (``slides.py``)
    slot_gaps: bool = True  # the article goes on under an ad slot saying so (``interrupted.py``)
    hard_wrapped: bool = True  # hard-wrapped lines scored as paragraphs (``wrapped.py``)
    quoted_lines: bool = True  # an e-mail's "> " quote is wrapped text too (``wrapped.py``)
    markup: bool = True  # a line of HTML tags is no paragraph (``markup.py``)
    page_threshold: bool = True  # later passes keep the first's density threshold
    gallery: bool = True  # a list before a box is no article start (``resumed.py``)
    noun_case: bool = True  # sentence case told by function words where nouns are capitalised
    #: in a script without letter case, a comma between clauses tells a sentence from a title
    #: where sentence case would (``standfirst.caseless_clauses``: the standfirst, the deck,
    #: a paragraph without its full stop before the article)
    caseless_clauses: bool = True
    deck: bool = True  # the deck under the headline, no byline between (``deck.py``)
    #: and such a deck with no stopword, read by its letters (``deck.py``: Finnish, Georgian)
    unlisted_deck: bool = True
    #: the content words of Chinese, Japanese, Thai, Korean are character pairs, letter runs,
    #: syllable stems (``intro.stems``: the deck, the intro, a recipe card's shared words)
    content_grams: bool = True
    login_form: bool = True  # a log-in form's messages are no article (``signup.form_run``)
    section_headings: bool = True  # a heading listed again in a table of contents is one
    hint_headings: bool = True  # a menu word over a paragraph is a heading (``hint_heads.py``)
    listed_above: bool = True  # a list above the headline is no article (``above_headline.py``)
    site_about: bool = True  # an "About us" box ends the article (``bios.py``)
    pitch_boxes: bool = True  # a subscription or sign-in pitch scores as blank (``pitch.py``)
    ad_slots: bool = True  # "Story continues below" parts no halves (``continued.py``)
    page_labels: bool = True  # a label repeated between paragraphs is blank (``labels.py``)
    toc_entries: int = 3
    forum_posts: bool = True  # a thread whose first post has a reply button is kept (``posts.py``)
    profiled_posts: bool = True  # its button after the poster's profile (``posts.py``)
    poll_boxes: bool = True  # a poll widget inside the article is furniture (``polls.py``)
    error_pages: bool = True  # a page whose own message is an error one is emptied
    titled_list: bool = True  # a ranked list the page title names is the article's (``popular``)
    #: a list under a heading that names it ("Features", "Programme") next to it (``named.py``)
    named_sections: bool = True
    ranked_head: bool = True  # the first ranked item's headline above it (``popular``)
    headline_box: bool = True  # a box of teaser headlines ends it (``headline_box.py``)
    #: a box of teasers each with a counter line ("Kommentare: 45") inside it (``counters.py``)
    counter_boxes: bool = True
    shop_boxes: bool = True  # a shop box (price, "zu Amazon") inside it is furniture (``shops.py``)
    short_tables: bool = True  # a table of 3 fields or more right after it is its (``fields``)
    #: a paragraph that a broad credit hint matches but that is no credit line stays one
    credit_sentences: bool = True
    article_tables: bool = True  # a table of figures inside the article is its (``tables.py``)
    long_tables: bool = True  # and one of up to ``table_max`` cells, not ``bridge_max``
    dated_items: bool = True  # a time or score line between a list's items (``_dated_items``)
    lone_words: bool = True  # a weak UI word is UI only beside other UI (``_lone_words``)
    #: a box inside the story followed by its last paragraph, then a share bar (``_last_after``)
    last_paragraph: bool = True
    name_lists: bool = True  # a "Label: value" row listing names is a field (``fields.py``)
    imprint_head: bool = True  # a legal notice's fields above its paragraphs (``imprint.py``)
    home_posts: bool = True  # a home page's next posts, same footer line (``homeposts.py``)
    lead_toolbar: bool = True  # the lead further under the headline past a toolbar (``lead``)
    listed_header: bool = True  # a list above a headline with its byline (``above_headline``)
    list_last: bool = True  # its last paragraph after a list, over the footer (``announced``)
    counted_items: bool = True  # a roundup's items the headline counts, buttons (``teasers``)
    #: box lines that are the article's paragraphs about subscribing stay (``signup.py``)
    signup_paragraphs: bool = True
    timed_days: bool = True  # a programme's days over their timed items (``_timed_days``)
    toc_heading: bool = True  # the first section's heading under a table of contents stays
    verse_page: bool = True  # a poem's stanzas above the run that starts in it (``verse.py``)
    numbered_section: bool = True  # the article's last numbered section after it (``numbered``)
    ranked_headlines: bool = True  # a ranked box of headlines is no main content (``ranked_``)
    form_pitch: bool = True  # a paragraph right above a form's e-mail field (``form_pitch``)
    listed_under_heading: bool = True  # no continuation under a menu heading (``above_``)
    credit_ends: bool = True  # a sentence, then an agency's credit in brackets (``wires``)
    ingredient_heading: bool = True  # items counted with no unit under it (``recipes.py``)
    credit_lead: bool = True  # a lead under a credit alone restating the headline (``lead``)
    #: in Korean (``loose``), a sentence of ``sentence_words`` eojeol or more with its full
    #: stop is a medium line whatever its density (``loose_sentence``)
    loose_sentences: bool = True
    credit_pairs: bool = True  # and a credit of agencies joined: "(dpa/AFP)" (``wires``)
    lower_median: bool = True  # an even count of long lines: the lower middle density
    row_tables: bool = True  # a table's rows on lines of their own (``tables.row_cells``)
    more_posts: bool = True  # home-posts past a read-more button above the footer line
    table_page: bool = True  # a table under the headline, above the article (``table_page``)
    ui_headings: bool = True  # a UI line over a sentence that echoes it is a heading (light.py)
    untitled_top: bool = True  # a text's first line right above the article is no title
    unframed_tail: bool = True  # a given text with no frame has no tail to cut (``_unframed``)
    cookie_prose: bool = True  # a cookie sentence among a policy's sentences is kept (light.py)
    policy_title: bool = True  # a legal page's title as its first line is kept (light.py)
    glossary_terms: bool = True  # a UI word over its definition in a glossary (light.py)
    announced_steps: bool = True  # a UI word in a list a line ending in ':' announces (light.py)
    later_sections: bool = True  # headed sections right after a sectioned article (later)
    toc_infobox: bool = True  # an infobox between the intro and its contents (``contents``)
    header_facts: bool = True  # the header's fact lines under the headline (``facts``)
    review_verdict: bool = True  # a review's verdict right after its box (``proscons.py``)
    event_times: bool = True  # an event's unlabelled date with a time range above it (events)
    list_box_end: bool = True  # its last paragraph after a list, over a box heading (announced)
    listed_hints: bool = True  # a credit hint that is no credit inside an announced list
    office_contact: bool = True  # a page's contact block with an office row after it (offices)
    slide_lines: bool = True  # a gallery's slide counters inside the content go (``slides.py``)
    fields_above: bool = True  # a table of fields right above the article is its own
    event_places: bool = True  # a place line with no figure among an event's details (events)
    post_sentences: bool = True  # a post's last sentences before its buttons stay (posts)
    credit_fields: bool = True  # a credit's shape between two fields is a row, no credit
    dated_teasers: bool = True  # a box of teasers, each with a date line, ends the article
    licence_copyright: bool = True  # a copyright line over a licence's prose is kept (licence)
    nested_steps: bool = True  # numbered steps with sub-steps between paragraphs (``nested.py``)
    reference_lists: bool = True  # a reading list is no box of teaser headlines (references)
    worded_items: bool = True  # an announced list's first item in words numbers no list
    list_blocks: bool = True  # an announced list's items past a blank line, then its last paragraph
    paired_buttons: bool = True  # "Share" then "Follow" under a post is a reply button (posts)
    version_headings: bool = True  # a version line is a later section's heading (``later.py``)
    licence_section: bool = True  # "License" over one sentence is a README's last section
    press_reference: bool = True  # a paper's citation above a press contact block (press.py)
    keywords_line: bool = True  # an abstract's keywords line right after it (keywords.py)
    numbered_dates: bool = True  # a date line first under the last numbered section (numbered)
    exhibition_dates: bool = True  # an exhibition's range of days above it (``events.py``)
    read_also_last: bool = True  # a read-also line before the last paragraph (``read_also``)
    unmarked_tail: bool = True  # a Thai or Lao last paragraph, no end mark, kept (``unmarked``)


WEIGHTS = Weights()


class LineInfo(NamedTuple):
    """One non-blank line with its signals and class."""

    block: Block
    words: int
    density: float
    terminal: bool
    kind: str
    score: float
    item: bool = False
    ui: str = ""  # the category of the UI string the line is, if any
    key: str = ""  # the line's normalised form (``normalize_line``), if known
    nouns: str = ""  # the page's language if it capitalises its nouns (``_noun_case``)


def _kind(n: int, density: float, terminal: bool, threshold: float | None, w: Weights) -> str:
    if n == 0:
        return "empty"
    shaped = threshold is None or density >= threshold
    if n >= w.good_words and shaped and (terminal or n >= w.long_words):
        return "good"
    if n >= w.good_words and terminal and density >= (threshold or 0.0) * w.terminal_relax:
        return "good"
    if n >= w.long_words and terminal and density > 0:
        return "good"
    if n >= w.sentence_words and shaped and terminal:
        return "medium"
    return "short"


def _density_threshold(densities: list[float], w: Weights) -> float:
    """The stopword density a content line needs: the default, lowered for pages whose long
    lines have few stopwords (a short list for the language, or a telegraphic style).
    ``lower_median``: of an even number of long lines, the lower middle one's density is the
    typical one (two paragraphs, ``extract``'s own output: the denser one does not set a
    threshold the other misses, as it did not on the whole page)."""
    if not densities:
        return w.good_density
    middle = (len(densities) - 1) // 2 if w.lower_median else len(densities) // 2
    typical = sorted(densities)[middle]
    return min(w.good_density, typical / 2)


def classify_lines(
    text: str,
    patterns: Patterns | None = None,
    stopwords: Stopwords | None = None,
    weights: Weights = WEIGHTS,
    features: PageFeatures | None = None,
) -> list[LineInfo]:
    """Signals and class of every non-blank line of ``text``, in order.

    The signals come from a few passes over the whole text (normalised keys, UI matches,
    promo keywords, terminal punctuation, word and stopword counts: see
    :mod:`~cleantext.boilerplate.features`); the loop over the lines only combines them.
    ``features``: the page's features from an earlier pass over a text this one is what is
    left of; its lines are looked up, not recomputed (one made with other ``patterns`` or
    ``stopwords`` is not used).
    """
    patterns = patterns or Patterns.builtin()
    stopwords = stopwords or Stopwords.load()
    if features is None or features.patterns is not patterns or features.stopwords is not stopwords:
        features = PageFeatures(patterns, stopwords)
    found = features.of(text)
    rows, lines, dens = found.rows, found.lines, found.density
    keep = list(itertools.compress(range(len(rows)), map(str.strip, rows)))  # non-blank rows
    kept = lines.take(keep)
    if weights.credit_ends:  # "… по будним дням. (ИТАР-ТАСС)" ends in its sentence
        if features.credits is None:  # (looked for on the page's first text)
            features.credits = credit_lines(text, weights.credit_pairs)
        if features.credits:
            kept = kept._replace(terminal=credited(rows, keep, kept.terminal, features.credits))
    counts, norm = kept.words, kept.keys
    foreign: dict[int, float] = {}
    if weights.foreign:  # before the kept lines' densities are read
        known_foreign = features.foreign.setdefault(found.lang, {})
        foreign = foreign_density(rows, keep, counts, dens, found.lang, stopwords, known_foreign)
        dens = [foreign.get(i, d) for i, d in enumerate(dens)] if foreign else dens
    density = picker(keep)(dens)
    repeated = _repeated(norm)
    threshold = None
    if found.lang is not None and weights.page_threshold and features.threshold:
        threshold = features.threshold[0]  # decided on the page's first text
    elif found.lang is not None:
        good = weights.good_words
        # (the lines read in another language do not set the page's threshold: a Chinese
        # line's share of stopword characters is no English line's share of stopwords)
        long_lines = [
            d
            for i, d, n in zip(keep, density, counts, strict=True)
            if n >= good and i not in foreign
        ]
        threshold = _density_threshold(long_lines, weights)
        features.threshold[:] = [threshold]
    known = features.items
    # (Korean: a sentence of nouns with their particles has no listed word; a long one with
    # a full stop needs no density there, a teaser headline cut with ".." is shorter)
    loose = weights.loose_density and stopwords.loose(found.lang)
    loose_sentences = loose and weights.loose_sentences  # (and a shorter one: ``loose_sentence``)
    kinds: list[str] = []
    items: list[bool] = []
    worded: dict[int, str] = {}  # (a weak UI word's line: its kind without the word)
    flags = zip(kept.terminal, kept.hits, kept.consent, kept.keyword, strict=True)
    # (a line with fewer words than every other class needs is short: most of a page's
    # lines, told without a call of ``_kind``)
    few = min(weights.good_words, weights.long_words, weights.sentence_words)
    for i, key, n, d, (terminal, hit, consent, keyword) in zip(
        keep, norm, counts, density, flags, strict=True
    ):
        if 0 < n < few:
            kind = "short"
        elif loose and terminal and n >= weights.loose_words:
            kind = _kind(n, d, terminal, None, weights)
        else:
            kind = _kind(n, d, terminal, threshold, weights)
            if loose_sentences and kind == "short" and terminal:
                kind = loose_sentence(rows[i], weights.sentence_words) or kind
        if hit is not None and kind != "empty":
            if kind != "good" or not _credit_sentence(rows[i], hit, weights):
                if (
                    hit.strength == "word"
                    and weights.lone_words
                    and key in data_keys("lone_words", "nouns")
                ):
                    worded[len(kinds)] = kind
                kind = _HIT_KIND[hit.strength]
        elif kind != "empty" and (consent or (n <= weights.promo_words and keyword)):
            kind = "ui"
        elif key in repeated and kind not in ("good", "empty"):
            kind = "repeat"
        kinds.append(kind)
        if kind in ("good", "medium"):
            items.append(True)
        elif kind in ("short", "repeat"):
            row = rows[i]
            item = known.get(row)  # (kept by the line's text: a later pass asks again)
            if item is None:
                item = known[row] = _is_item(row, patterns)
            items.append(item)
        else:
            items.append(False)
    lone = _lone_words(kinds, worded) if worded else []
    for j in lone:
        kinds[j] = worded[j]
    if weights.section_headings and repeated:
        _section_headings(kinds, norm, weights)
    if weights.hint_headings and "hint" in kinds:  # (a menu word as a heading: ``hint_heads``)
        for j in hint_headings(kinds, norm):
            kinds[j] = "short"
    markup = _markup(text, rows, keep, kinds) if weights.markup else []
    for j in markup:
        kinds[j], items[j] = "short", False
    slides: list[int] = []  # a photo gallery's slide counters (``slides.py``)
    pitch: list[int] = []  # a subscription or sign-in pitch's lines (``pitch.py``)
    if weights.pitch_boxes and features.signup_keys:
        bio = partial(_bio_row, rows, keep) if weights.author_bio else None
        pitch = pitch_rows(kinds, norm, counts, kept.terminal, features.signup_keys, bio)
        for j in pitch:
            kinds[j], items[j] = "empty", False
    pitched = form_pitch_rows(kinds, norm, counts) if weights.form_pitch else []
    for j in pitched:  # (a newsletter's pitch right above its e-mail field: ``form_pitch``)
        kinds[j], items[j] = "empty", False
    labels: list[int] = []  # a page's label between the paragraphs (``labels.py``)
    if weights.page_labels and repeated:
        labels = label_rows(kinds, norm, counts)
        for j in labels:
            kinds[j], items[j] = "empty", False
    if weights.live_times and may_hold_times(norm):  # (a live blog's entry times: ``live.py``)
        for j in time_rows(picker(keep)(rows), kinds, norm):
            kinds[j], items[j] = "empty", False
    if weights.slide_counters and not counter_keys().isdisjoint(norm):  # (``slides.py``)
        slides = counter_rows(picker(keep)(rows), kinds, norm)
        for j in slides:
            kinds[j], items[j] = "empty", False
    features.slides = bool(slides)  # (this text's: ``slide-lines`` looks only then)
    scores = _scores(kinds, counts, weights)
    scores = _grow_gaps(kinds, _discount_isolated(kinds, scores, weights), weights)
    nouns = ""  # the page's language if it capitalises its nouns (``_noun_case``)
    if weights.noun_case and found.lang and stopwords.noun_case_words(found.lang):
        nouns = found.lang
    infos = _line_infos(rows, keep, kept, density, (kinds, scores, items), nouns)
    for j in markup:
        infos[j] = infos[j]._replace(ui="markup")
    for j in lone:
        if kinds[j] == worded[j]:
            infos[j] = infos[j]._replace(ui="")
    for j in pitch:
        infos[j] = infos[j]._replace(ui="pitch")
    for j in labels:
        infos[j] = infos[j]._replace(ui=LABEL)
    for j in pitched:
        infos[j] = infos[j]._replace(ui=FORM_PITCH)
    for j in slides:
        infos[j] = infos[j]._replace(ui=SLIDE)
    return infos


def _lone_words(kinds: list[str], worded: dict[int, str]) -> list[int]:
    """The lines of ``worded`` (a share button that is also a noun, of the data file's
    ``[lone_words] nouns``: "Line", "Pin") with no UI line, box or comment heading right
    above or under them: a share bar's button is among other buttons, a lone "Line" is a
    table's cell or a list's item (a bus line, a product line), scored by its words
    (``Weights.lone_words``, ``extract_off = ["lone-words"]``). One look at two neighbours a
    line: linear.

    >>> _lone_words(["good", "ui", "short", "ui", "ui"], {1: "short", 3: "short", 4: "short"})
    [1]
    """
    near = ["", *kinds, ""]  # (a line's neighbours: near[j] above, near[j + 2] under)
    return [j for j in worded if near[j] not in _UI_NEAR and near[j + 2] not in _UI_NEAR]


#: the kinds of lines beside which a weak UI word is a button (``_lone_words``)
_UI_NEAR = frozenset({"ui", "box", "stop"})


def _credit_sentence(row: str, hit: Match, w: Weights) -> bool:
    """A paragraph that the broad credit hints of the data file's ``[credit] hints_regex``
    match ("Images with spaces in their path now appear in the preview again.": a line that
    starts with "Images") but that is no credit line (``credits.is_credit``: no label followed
    by ':', '©' or "by", no agency after '/' or "via"): it stays a paragraph, not a menu
    word that parts the article's runs (``Weights.credit_sentences``, ``extract_off =
    ["credit-sentences"]``). Asked only of ``good`` lines with a credit hint: a few a page.

    >>> hint = Match("credit", "hint")
    >>> _credit_sentence("Images with spaces in their path now appear again.", hint, WEIGHTS)
    True
    >>> _credit_sentence("Photo: Jane Doe/AP", hint, WEIGHTS)
    False
    """
    if not w.credit_sentences or hit.category != "credit" or hit.strength != "hint":
        return False
    return not is_credit(row)


def _gallery_end(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights
) -> tuple[int, str] | None:
    """The caption of the last slide counter of a gallery whose first counter lies in
    ``first``..``last`` (``slides.caption_of``), with its note, when it comes after
    ``last``; else ``None`` (or ``w.slide_counters`` is off)."""
    if not w.slide_counters:
        return None
    start = _index(map(_UI, infos[first : last + 1]), SLIDE, first)
    if start is None:
        return None
    end = max(i for i in range(start, len(infos)) if infos[i].ui == SLIDE)
    caption = caption_of([info.kind for info in infos], end)
    return (caption, why_gallery(start, end, caption)) if caption > last else None


def _bio_row(rows: list[str], keep: list[int], j: int) -> bool:
    """Kept line ``j`` (``keep``: indexes into ``rows``) is an author's bio (``bios.is_bio``)."""
    return is_bio(rows[keep[j]])


def _section_headings(kinds: list[str], keys: Sequence[str], w: Weights) -> None:
    """The article's section headings whose copies are a table of contents ("On this page"),
    as short lines, not a menu's repeated links (in place): repeated short lines next to a
    paragraph (the line before or after it, blank lines skipped, is one) whose keys come
    again in a run of such copies, none next to a paragraph, with ``w.toc_entries`` keys or
    more (a warning repeated in a row is no table of contents).

    >>> kinds = ["good", "repeat", "good", "repeat", "good", "short", "repeat", "repeat"]
    >>> keys = ["", "use", "", "errors", "", "on this page", "use", "errors"]
    >>> from dataclasses import replace
    >>> _section_headings(kinds, keys, replace(WEIGHTS, toc_entries=2)); kinds
    ['good', 'short', 'good', 'short', 'good', 'short', 'repeat', 'repeat']
    """
    reps = list(itertools.compress(range(len(kinds)), map("repeat".__eq__, kinds)))
    beside = [j for j in reps if _by_paragraph(kinds, j)]
    if len(beside) < w.toc_entries:
        return
    headings = {keys[j] for j in beside}
    near = set(beside)
    copies = [j for j in reps if j not in near and keys[j] in headings]
    listed: set[str] = set()
    for run in _runs_of(kinds, copies):
        entries = {keys[i] for i in run}
        if len(entries) >= w.toc_entries:
            listed.update(entries)
    for j in beside:
        if keys[j] in listed:
            kinds[j] = "short"


def _by_paragraph(kinds: Sequence[str], j: int) -> bool:
    """The line before or after line ``j`` (blank lines skipped, 3 lines at most) is a
    paragraph."""
    before = next((k for k in reversed(kinds[max(0, j - 3) : j]) if k != "empty"), "")
    after = next((k for k in kinds[j + 1 : j + 4] if k != "empty"), "")
    return "good" in (before, after)


def _runs_of(kinds: Sequence[str], lines: list[int]) -> list[list[int]]:
    """``lines`` (in order) cut into runs of lines with only blank lines between them.

    >>> _runs_of(["short", "empty", "short", "good", "short"], [0, 2, 4])
    [[0, 2], [4]]
    """
    runs: list[list[int]] = []
    for j in lines:
        if runs and all(k == "empty" for k in kinds[runs[-1][-1] + 1 : j]):
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def _markup(text: str, rows: list[str], keep: list[int], kinds: list[str]) -> list[int]:
    """The indexes (into ``keep``) of the lines of HTML tags (``markup.py``) that would
    otherwise be paragraphs, sentences or short lines (a UI string stays one); none on a
    text without a ``<`` (most pages: one test)."""
    if "<" not in text:
        return []
    return [
        j
        for j, i in enumerate(keep)
        if "<" in rows[i] and kinds[j] in _PROSE_OR_SHORT and is_markup(rows[i])
    ]


def _repeated(keys: list[str]) -> frozenset[str]:
    """The keys that come more than once among ``keys`` (counted only on a page that has
    some: most pages have none, told by one set).

    >>> sorted(_repeated(["home", "news", "home"])), _repeated(["home", "news"])
    (['home'], frozenset())
    """
    if len(set(keys)) == len(keys):
        return frozenset()
    return frozenset(k for k, n in Counter(keys).items() if n > 1)


_KEY = attrgetter("key")
_KIND = attrgetter("kind")
_UI = attrgetter("ui")
_TEXT = attrgetter("block.text")
_SCORE = attrgetter("score")
_WORDS = attrgetter("words")


def _line_infos(
    rows: list[str],
    keep: list[int],
    kept: LineColumns,
    density: list[float],
    columns: tuple[list[str], list[float], list[bool]],
    nouns: str = "",
) -> list[LineInfo]:
    """The ``LineInfo`` of each kept line (``keep``: indexes into ``rows``; ``kept``: their
    features, ``density`` their stopword densities, ``nouns`` the page's language if it
    capitalises its nouns), built from columns (``kinds, scores,
    items``: one value per kept line) without a Python call per line, and left out of the
    cyclic garbage collector (``segment.rows_of``)."""
    kinds, scores, items = columns
    starts = list(accumulate(map(len, rows), initial=0))  # + one per line break before
    pick = picker(keep)
    texts = pick(rows)
    firsts = list(map(int.__add__, pick(starts), keep))
    ends = list(map(int.__add__, firsts, map(len, texts)))
    blocks = rows_of(Block, firsts, ends, texts, keep)
    categories = [h.category if h is not None else "" for h in kept.hits]
    return rows_of(
        LineInfo, blocks, kept.words, density, kept.terminal, kinds, scores, items, categories,
        kept.keys, [nouns] * len(keep),
    )  # fmt: skip


def _discount_isolated(kinds: list[str], scores: list[float], w: Weights) -> list[float]:
    """A paragraph with no content line on either side counts less: teaser lists alternate
    title, source and one excerpt, while an article's paragraphs come in runs."""
    # (the content lines' scores > 0 side by side with their neighbours', no index per line)
    if "empty" in kinds:
        content: Sequence[int] = [i for i, kind in enumerate(kinds) if kind != "empty"]
    else:
        content = range(len(kinds))
    positive = [scores[i] > 0 for i in content]
    out = list(scores)
    before, after = [False, *positive][:-1], [*positive, False][1:]
    for i, here, prev, nxt in zip(content, positive, before, after, strict=True):
        if here and not prev and not nxt:
            out[i] = scores[i] * w.isolated_factor
    return out


def _grow_gaps(kinds: list[str], scores: list[float], w: Weights) -> list[float]:
    """Make each further line of a run of non-content lines cost more than the one before, so
    that a subheading costs little but a long stretch of menus splits two blocks of text."""
    out = []
    k = 0
    for kind, score in zip(kinds, scores, strict=True):
        if kind == "empty" or score > 0:
            if score > 0 and kind == "good":
                k = 0
            out.append(score)
            continue
        out.append(score * (1.0 + k * w.gap_growth))
        k += 1
    return out


#: the classes a line of HTML tags may have had before it is made a short line that is no
#: sentence (``markup.py``; a UI string stays one): "repeat" too, as an element's opening and
#: closing tags ("<ol>", "</ol>") have one normalised key, which then comes twice
_PROSE_OR_SHORT = frozenset(("good", "medium", "short", "repeat"))

_HIT_KIND = {"section": "stop", "heading": "box", "line": "ui", "word": "ui", "hint": "hint"}


def _scores(kinds: list[str], counts: list[int], w: Weights) -> list[float]:
    """The score of each line from its class and word count (before the run adjustments)."""
    fixed = {
        "short": -w.short_penalty,
        "hint": -w.hint_penalty,
        "ui": -w.ui_penalty,
        "box": -w.ui_penalty,
        "repeat": -w.repeat_penalty,
        "stop": 0.0,
        "empty": 0.0,
    }
    medium = w.medium_factor
    return [
        float(n) if kind == "good" else n * medium if kind == "medium" else fixed[kind]
        for kind, n in zip(kinds, counts, strict=True)
    ]


def _score(infos: Sequence[LineInfo], first: int, last: int) -> float:
    """The total score of lines ``first`` to ``last``: ``sum(infos[i].score for i in
    range(first, last + 1))``, the same floats added in the same order, without a Python
    step per line."""
    total: float = sum(map(_SCORE, itertools.islice(infos, first, last + 1)))
    return total


def best_run(infos: Sequence[LineInfo], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of ``infos[lo:hi]`` (Kadane): ``(score, first, last)``; ``why.py``
    is given it to name the runs a note compares.

    >>> from types import SimpleNamespace as Line
    >>> best_run([Line(score=s) for s in (-1.0, 2.0, -0.5, 3.0, -4.0, 1.0)], 0, 6)
    (4.5, 1, 3)
    """
    best, best_first, best_last = 0.0, -1, -1
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += infos[i].score
        if total > best:
            best, best_first, best_last = total, start, i
    return best, best_first, best_last


def positive_runs(infos: Sequence[LineInfo], lo: int, hi: int) -> list[tuple[float, int, int]]:
    """Disjoint positive runs of ``infos[lo:hi]`` in order: the best, then the best of what is
    left on each side, and so on (the runs ``continued.py`` and ``resumed.py`` look at).

    Found in one pass (Ruzzo and Tompa's maximal scoring subsequences: the same runs as that
    recursive search with ``best_run``'s ties, which re-read the page once per run where the
    best run was always the last: quadratic); each run's score is its lines' scores added in
    order, as ``best_run`` adds them.

    >>> from types import SimpleNamespace as Line
    >>> positive_runs([Line(score=s) for s in (-1.0, 2.0, -0.5, 3.0, -4.0, 1.0)], 0, 6)
    [(4.5, 1, 3), (1.0, 5, 5)]
    """
    runs = maximal_runs([infos[i].score for i in range(lo, hi)])
    return [(_added(infos, lo + a, lo + b), lo + a, lo + b) for a, b in runs]


def maximal_runs(scores: Sequence[float]) -> list[tuple[int, int]]:
    """``(first, last)`` of each maximal scoring run of ``scores`` (Ruzzo and Tompa 1999), in
    order. A run starts as one positive score and takes in the runs before it while its end
    climbs above theirs; ``below[k]`` links run ``k`` to the nearest earlier run that starts
    lower, so the pass is linear. A run is ``[first, last, sum before it, sum to its end]``.

    >>> maximal_runs([-1.0, 2.0, -0.5, 3.0, -4.0, 1.0])
    [(1, 3), (5, 5)]
    """
    runs: list[list[Any]] = []
    below: list[int] = []
    total = 0.0
    for i, score in enumerate(scores):
        start, total = total, total + score
        if score <= 0:
            continue
        run = [i, i, start, total]
        j = len(runs) - 1
        while True:
            while j >= 0 and runs[j][2] >= run[2]:
                j = below[j]
            if j < 0 or runs[j][3] >= run[3]:
                break
            run = [runs[j][0], i, runs[j][2], run[3]]  # takes in runs j, j + 1, ...
            del runs[j:], below[j:]
            j -= 1
        runs.append(run)
        below.append(j)
    return [(run[0], run[1]) for run in runs]


def _added(infos: Sequence[LineInfo], first: int, last: int) -> float:
    """The scores of ``infos[first..last]`` added left to right, as ``best_run`` adds them
    (``sum`` of floats rounds differently since Python 3.12)."""
    total = 0.0
    for i in range(first, last + 1):
        total += infos[i].score
    return total


def _prose_span(infos: Sequence[LineInfo]) -> tuple[int, int] | None:
    """The main content of a page of prose, found without a search: every line a paragraph
    (``good``, scoring), maybe under one ``short`` line that scores nothing (a title).
    ``None`` for any other page.

    Such a page has no list, link box or comment heading, and its paragraphs are one run
    with nothing before it (the title scores nothing) or after it: ``main_span`` would find
    that run and ``continued`` join nothing to it; ``_inline_lists`` and ``_bridges`` find
    nothing (they need short lines after a paragraph and box headings).

    >>> mk = lambda k, s: LineInfo(Block(0, 0, "", 0), 12, 0.3, True, k, s)
    >>> _prose_span([mk("short", -3.0), mk("good", 12.0), mk("good", 20.0)])
    (1, 2)
    >>> _prose_span([mk("good", 12.0), mk("short", -3.0), mk("good", 20.0)]) is None
    True
    """
    lead = 1 if infos and infos[0].kind == "short" and infos[0].score <= 0 else 0
    if len(infos) <= lead:
        return None
    for i in range(lead, len(infos)):
        info = infos[i]
        if info.kind != "good" or info.score <= 0:
            return None
    return lead, len(infos) - 1


def main_span(infos: Sequence[LineInfo], weights: Weights = WEIGHTS) -> tuple[int, int] | None:
    """``(first, last)`` indexes of the main content, or ``None`` if no line scores.

    Comment-section headings (``stop`` lines) split the page into zones that no run crosses.
    Each zone is cut into disjoint positive runs (the best, then the best of what is left on
    each side...). The first run that scores at least ``zone_min`` (about that many words of
    prose; or ``zone_ratio`` of the best run) wins: the article comes before its comments and
    its teaser lists. On a page where no run is worth ``zone_min`` (a short article), the first
    run worth ``short_ratio`` of the best one wins: a longer sidebar or footer paragraph (a site
    description, a licence) comes after the article.

    >>> from cleantext.segment import Block
    >>> mk = lambda s, k="": LineInfo(Block(0, 0, "", 0), 0, 0.0, False, k, s)
    >>> main_span([mk(-3), mk(20), mk(-3), mk(15), mk(-40), mk(30)])
    (1, 3)
    >>> main_span([mk(-3), mk(120), mk(0, "stop"), mk(300)])
    (1, 1)
    >>> main_span([mk(-3), mk(30), mk(-40, "ui"), mk(55)])
    (1, 1)
    >>> main_span([mk(-3), mk(20), mk(-40, "ui"), mk(55)])  # less than half the best
    (3, 3)
    >>> main_span([mk(-3), mk(30), mk(-40), mk(55)])  # no page furniture between them
    (3, 3)
    """
    return _main_span(infos, weights)[0]


def _main_span(
    infos: Sequence[LineInfo], weights: Weights
) -> tuple[tuple[int, int] | None, list[tuple[float, int, int]] | None]:
    """``main_span``, and on a page without comment headings the runs it chose among: the
    page's, ``positive_runs(infos, 0, len(infos))`` (``None`` on a page with some)."""
    stops = stop_lines(infos)
    bounds = [-1, *stops, len(infos)]
    runs = [r for a, b in itertools.pairwise(bounds) for r in positive_runs(infos, a + 1, b)]
    runs = without_ranked_boxes(infos, runs, weights)
    return _pick(infos, runs, weights), None if stops else runs


def _pick(
    infos: Sequence[LineInfo], runs: list[tuple[float, int, int]], weights: Weights
) -> tuple[int, int] | None:
    """The run of ``runs`` (the zones' runs, in order) that is the main content
    (``main_span``), the best runs that are a log-in form's messages aside
    (``_without_forms``)."""
    runs = _without_forms(infos, runs, weights)
    top = max((r[0] for r in runs), default=0.0)
    if top <= 0:
        return None
    if top < weights.zone_min:
        return _short_article(infos, runs, top, weights)
    need = min(top, max(weights.zone_min, weights.zone_ratio * top))
    for score, first, last in runs:
        if score >= need and not _lone_teaser(infos, first, last, score, top, weights):
            return before_comments(infos, runs, (score, first, last), weights) or (first, last)
    return None  # pragma: no cover - the best run always qualifies


def _without_forms(
    infos: Sequence[LineInfo], runs: list[tuple[float, int, int]], w: Weights
) -> list[tuple[float, int, int]]:
    """``runs`` without the best ones that are a log-in or registration form's messages
    (``signup.form_run``: "Diese E-Mail-Adresse scheint nicht korrekt zu sein"), when a run
    with no such message is left (not even one): a modal's messages are no article
    (``w.login_form``); a page of nothing but a form keeps its runs."""
    if not w.login_form or not runs:
        return runs
    best = max(runs)  # (most pages: the best run names no form field, no sort)
    if not form_run(infos, best[1], best[2], 1):
        return runs
    forms: set[tuple[float, int, int]] = set()
    for run in sorted(runs, reverse=True):
        if not form_run(infos, run[1], run[2], 1):
            return [r for r in runs if r not in forms] if forms else runs
        if form_run(infos, run[1], run[2]):
            forms.add(run)
    return runs


def _lone_teaser(
    infos: Sequence[LineInfo], first: int, last: int, score: float, top: float, w: Weights
) -> bool:
    """A run of one paragraph worth less than ``lone_ratio`` of the best run: a teaser's
    excerpt in a menu or a list of stories, not an article before its comments."""
    if score >= top or w.lone_ratio <= 0:
        return False
    paragraphs = sum(1 for i in range(first, last + 1) if infos[i].kind == "good")
    return paragraphs <= 1 and score < w.lone_ratio * top


def _short_article(
    infos: Sequence[LineInfo], runs: list[tuple[float, int, int]], top: float, w: Weights
) -> tuple[int, int]:
    """On a page without a run worth ``zone_min``: the best run before a comment heading
    that comes before the best run (``before_comments.py``); else the first run worth
    ``short_ratio`` of the best one, if page furniture (UI, menu words, a box heading,
    repeated lines) separates it from the best run (a short article comes before the
    sidebars and footers); else the best run (the lines of a hard-wrapped text are no page
    furniture)."""
    best = next(r for r in runs if r[0] == top)
    early = before_comments(infos, runs, best, w)
    if early is not None:
        return early
    for score, first, last in runs:
        if first >= best[1]:
            break
        between = range(last + 1, best[1])
        if score >= w.short_ratio * top and any(infos[i].kind in _FURNITURE for i in between):
            return first, last
    return best[1], best[2]


_FURNITURE = frozenset({"ui", "hint", "box", "stop", "repeat"})


def _is_item(line: str, patterns: Patterns) -> bool:
    """A short line that looks like an item of a list in the article (numbered, or with
    figures and commas), not a menu entry (a name or two) or a "Tags: ..." metadata line.

    A line that starts with a letter not followed by one of ``.):`` and has no ``,``, ``:``
    or ``;`` (most short lines of a page: words) is none, told without the three tests:
    ``_is_enum`` and ``is_quantity`` need a first character that is no letter (or such a
    letter's mark), ``_has_figures`` one of those separators.
    """
    text = line.strip()
    if (
        text[:1].isalpha()
        and text[1:2] not in _AFTER_LETTER
        and "," not in text
        and ":" not in text
        and ";" not in text
    ):
        return False
    if not (_is_enum(text) or _has_figures(text) or is_quantity(text)):
        return False
    label = _LABEL.match(text)
    return label is None or patterns.match(label.group(1)) is None


def is_quantity(text: str) -> bool:
    """A line of a recipe's ingredient list: a quantity and a unit ("200 g Zucker"; the data
    file's ``[lists] units``; ``recipes.py`` is given this test), a pack count before it
    ("2 x 400 g tins") or a range ("1-2 tsp").

    >>> is_quantity("200 g Zucker"), is_quantity("1/2 cup milk"), is_quantity("5 Ways to Win")
    (True, True, False)
    """
    text = text.strip()
    # the pattern's quantity comes after characters that are no letter: a line that starts
    # with a letter (``str.isalpha``: only ``\p{L}``, a test checks) has none
    if text[:1].isalpha():
        return False
    # (the quantity and a unit's first character: most lines that start with a figure, a
    # year, a list's number, go on with none; told without the alternation of units)
    shapes = _shapes()
    return shapes.quantity_head.match(text) is not None and shapes.quantity.match(text) is not None


def _is_enum(text: str) -> bool:
    r"""``_ENUM.match(text)``: a line that starts with a letter (``str.isalpha``: only
    ``\p{L}``, a test checks) is a list item only as "a) ...", its second character one of
    ``.):``; told without the pattern (most short lines of a page are words).

    >>> _is_enum("a) first"), _is_enum("Home"), _is_enum("2. second"), _is_enum("• x")
    (True, False, True, True)
    """
    if text[:1].isalpha() and text[1:2] not in _AFTER_LETTER:
        return False
    return _ENUM.match(text) is not None


_AFTER_LETTER = frozenset(".):")  # the characters of ``_ENUM``'s ``\p{L}[.):]\s``


def _has_figures(text: str) -> bool:
    """Figures with punctuation between fields, or a run of commas: a row of a table or a
    list ("Stage 4: 6 May – Rome", "2 eggs, 1 cup milk, 1 tsp. salt").

    >>> _has_figures("Stage 4: 6 May – Rome"), _has_figures("Stage 4 - 6 May")
    (True, False)
    """
    commas = text.count(",")
    if commas >= 2:
        return True
    if not commas and ":" not in text and ";" not in text:
        return False  # none of ``_INNER``'s separators: no need to look for figures
    return bool(_DIGIT.search(text) and _INNER.search(text))


def sentence_like(info: LineInfo) -> bool:
    """A short line in sentence case with stopwords ("Drink during your workout"), unlike a
    menu entry in Title Case ("Workout Supplements"). A line of HTML tags is none
    (``markup.py``). On a page whose language capitalises its nouns (German: "Das
    Wichtigste in Kürze"), a line in lower case by its function words is one too
    (``_noun_case``, ``noun-case``). The rules that look for prose without a full stop
    (``standfirst.py``, ``deck.py``, ``intro.py``, ``unstopped.py``, ``announced.py``,
    ``recipes.py``) are given this test.

    >>> infos = classify_lines("Drink plenty of water during your workout\\nWorkout Supplements")
    >>> [sentence_like(info) for info in infos]
    [True, False]
    """
    if info.density <= 0 or info.words < 3 or info.ui == "markup":
        return False
    text = info.block.text
    if len(text) > _KEPT_LINE:
        return _lower_initials(text) or (bool(info.nouns) and _noun_case(text, info.nouns))
    return _sentence_case(text) or (bool(info.nouns) and _noun_case_kept(text, info.nouns))


def _sentence_or_clauses(info: LineInfo) -> bool:
    """:func:`sentence_like`, or a line in a script without letter case with a comma between
    clauses and stopwords (``standfirst.caseless_clauses``, ``caseless-clauses``): what may
    be a standfirst, a deck or a paragraph that lost its full stop."""
    return sentence_like(info) or (info.density > 0 and caseless_clauses(info.block.text))


def _unstopped(infos: Sequence[LineInfo], j: int, w: Weights) -> bool:
    """Line ``j`` is a paragraph that lost its full stop (``_extend_back``): in sentence
    case; or, where ``w.caseless_clauses``, in a script without letter case with a comma
    between clauses, at the top of the text (the standfirst an earlier pass kept, now the
    first line): below a menu such a line is as likely a teaser's long title ("老桥关闭引发
    居民不满，市政府回应称将尽快公布…")."""
    info = infos[j]
    if sentence_like(info):
        return True
    if not w.caseless_clauses or info.density <= 0 or not caseless_clauses(info.block.text):
        return False
    return all(infos[k].kind == "empty" for k in range(j))


#: lines up to this long have their case kept (``_sentence_case``): a page's short lines are
#: asked about by several rules in each pass
_KEPT_LINE = 300


@lru_cache(maxsize=4096)
def _sentence_case(text: str) -> bool:
    return _lower_initials(text)


def _cased_or_caseless(text: str) -> bool:
    """:func:`_sentence_case`, or a line with no cased letter at all (Tamil, Korean, Thai:
    a script without capitals has no Title Case menu to tell apart).

    >>> _cased_or_caseless("Kooperatif gelecek yıl."), _cased_or_caseless("Kooperatif Gelecek Yıl.")
    (True, False)
    >>> _cased_or_caseless("நூலகத்தில் ஒப்படைக்கலாம்."), _cased_or_caseless("நூலகம் Facebook")
    (True, False)
    """
    return _lower_initials(text) or not any(c.isupper() or c.islower() for c in text)


@lru_cache(maxsize=4096)
def _noun_case_kept(text: str, lang: str) -> bool:
    return _noun_case(text, lang)


def _noun_case(text: str, lang: str) -> bool:
    """Sentence case in a language that capitalises its nouns (``lang``: German): the line
    has two function words (stopwords of ``lang``) or more, and most of its words after the
    first that are not capitalised nouns (a capitalised word that is no function word) start
    with a lower-case letter. A menu of nouns ("Politik und Wirtschaft") has too few; a line
    of fields split by a vertical bar ("Abgelegt unter Reisen | Schreiben Sie einen
    Kommentar": a byline, a post's footer) is none.

    >>> _noun_case("Das Wichtigste in Kürze:", "de"), _noun_case("Politik und Wirtschaft", "de")
    (True, False)
    >>> _noun_case("Hier finden Sie Über Uns", "de")
    False
    >>> _noun_case("Abgelegt unter Reisen | Schreiben Sie einen Kommentar", "de")
    False
    """
    function = Stopwords.load().noun_case_words(lang)
    found = _WORD.findall(text)
    if "|" in text or sum(1 for w in found if w.casefold() in function) < 2:
        return False
    initials = [w[0] for w in found[1:] if w[0].islower() or w.casefold() in function]
    return 2 * sum(1 for c in initials if c.islower()) > len(initials)


def _lower_initials(text: str) -> bool:
    """Most words of ``text`` after the first start with a lower-case letter."""
    initials = _INITIAL.findall(text)[1:]
    return 2 * sum(1 for c in initials if c.islower()) > len(initials)


def _extend_list(
    infos: Sequence[LineInfo], last: int, w: Weights, rows: frozenset[int] = frozenset()
) -> int:
    """Extend the main content past its last line over a list that continues the article.

    Items (and prose lines, and the lines of ``rows``: the rows of a table of fields,
    ``_field_rows``) count 1 each; a short line in sentence case is free (a list's
    instructions: "Drink during your workout") and ends a run of other lines (a plan
    alternates names and instructions); each further line of a run of other lines
    costs ``list_plain`` more than the one before, and more than ``list_gap`` of them in a
    row, or any UI, menu-word or comment-heading line, end the list; a picture's credit line
    ("Photo: Jane Doe via Unsplash": ``credits.is_credit``) between two items does not
    (``list-credits``, ``w.list_credits``). The list ends at its best
    total, if that is at least ``list_min``: a numbered list, a Q&A, a table of figures goes
    on; a list of headlines (no numbers, no commas) does not.
    """
    best, best_end = 0.0, last
    total, plain_run = 0.0, 0
    for j in range(last + 1, len(infos)):
        info = infos[j]
        if info.kind == "empty":
            continue
        if w.list_credits and info.ui == "credit" and is_credit(info.block.text):
            continue  # a picture's credit between two items (a hint of the credit words)
        if info.kind in ("stop", "box", "ui", "hint"):
            break
        if info.item or j in rows:
            plain_run = 0
            total += 1.0
            if total > best:
                best, best_end = total, j
            continue
        if sentence_like(info):
            plain_run = 0
            continue
        plain_run += 1
        if plain_run > w.list_gap:
            break
        total -= w.list_plain * plain_run
    return best_end if best >= w.list_min else last


def _table_after(infos: Sequence[LineInfo], last: int, table: frozenset[int], w: Weights) -> int:
    """The last row of a table of fields (``_field_rows``) that starts right after line
    ``last``, the article's last, with ``MIN_ROWS`` rows or more and nothing else between
    them but blank lines; ``last`` if there is none. A table too short to be worth
    ``list_min`` items in ``_extend_list`` ("Council tax band: C" / "Tenure: Freehold" / "EPC
    rating: C" under a listing's description) is the article's still (``Weights.
    short_tables``, ``extract_off = ["short-tables"]``).

    >>> mk = lambda k: LineInfo(Block(0, 0, "", 0), 3, 0.0, False, k, -3.0)
    >>> page = [mk("good"), mk("short"), mk("empty"), mk("short"), mk("short"), mk("short")]
    >>> _table_after(page, 0, frozenset({1, 3, 4}), WEIGHTS)
    4
    >>> _table_after(page, 0, frozenset({3, 4, 5}), WEIGHTS)  # a line before the table
    0
    """
    if not w.short_tables or not table:
        return last
    end, rows = last, 0
    for j in range(last + 1, len(infos)):
        if infos[j].kind == "empty":
            continue
        if j not in table:
            break
        end, rows = j, rows + 1
    return end if rows >= MIN_ROWS else last


def _names_end(
    infos: Sequence[LineInfo], last: int, listed: int, table: frozenset[int], w: Weights
) -> int:
    """Where the list after the article (``last + 1`` to ``listed``) ends when the table of
    fields right after it has ``_LINEUPS`` rows listing names (``_name_row``: a match
    report's two lineups): at the table's last row. The lineups and the match's facts end the
    report; a numbered league table or the other results after them are the page's
    (``name-lists``). One such row is no lineup: an interview's answer ("A: Bob Marley, Bruno
    Mars, ...") among its questions and answers, which go on after it."""
    if not w.name_lists or listed <= last or not table:
        return listed
    end = _table_after(infos, last, table, w)
    named = sum(1 for i in range(last + 1, end + 1) if _name_row(infos[i]))
    return end if end > last and named >= _LINEUPS else listed


#: rows listing names in a table of fields that make it a match's lineups (``_names_end``)
_LINEUPS = 2


def _names_note(
    infos: Sequence[LineInfo], last: int, listed: int, table: frozenset[int], w: Weights
) -> str:
    """The tail note's words for the rows listing names (``_name_row``) among the rows of a
    table of fields the list after the main content (``last + 1`` to ``listed``) took in;
    "" if there are none."""
    if not w.name_lists:
        return ""
    rows = [i for i in range(last + 1, listed + 1) if i in table and _name_row(infos[i])]
    if not rows:
        return ""
    return (
        f"; {len(rows)} rows of a table of fields at {line_range(infos, rows[0], rows[-1])} "
        "list names (a match's lineups, a cast: name-lists)"
    )


def _field(info: LineInfo) -> bool:
    """A row of a table of fields ("Farbe: grün": ``fields.py``)."""
    text = info.block.text
    return info.kind != "empty" and info.words <= _FIELD_WORDS and ":" in text and is_field(text)


def _name_row(info: LineInfo) -> bool:
    """A row of a table of fields whose value lists names, however many ("Harbourside: Lowe;
    Kent, Adeyemi, ...": ``fields.is_name_list``, ``name-lists``)."""
    text = info.block.text
    return ":" in text and "," in text and info.kind in _PAIR_KINDS and is_name_list(text)


def _field_rows(infos: Sequence[LineInfo], start: int, w: Weights) -> frozenset[int]:
    """The rows of the tables of fields among the ``bridge_max`` lines from ``start`` on:
    lines of ``MIN_ROWS`` or more fields in a row (a list of headlines has a colon in one
    headline or two, a table in every row); none if not ``w.fields``.

    Each row has a ':' (``_field``): with fewer than ``MIN_ROWS`` in the lines there is no
    table (told by one count over their text joined, without a Python step per line).
    """
    end = min(len(infos), start + w.bridge_max)
    if not w.fields:
        return frozenset()
    if "".join(map(_TEXT, infos[start:end])).count(":") < MIN_ROWS:
        return frozenset()
    names = w.name_lists  # (rows listing names: ``_name_row``)
    found: list[int] = []
    run: list[int] = []
    for j in range(start, end):
        info = infos[j]
        if info.kind == "empty":
            continue
        text = info.block.text  # (a row has a ':': asked first, without a call per line)
        if ":" in text and (_field(info) or (names and _name_row(info))):
            run.append(j)
            continue
        if run and is_blank_field(text):
            continue  # a row left blank inside the table
        found.extend(run if len(run) >= MIN_ROWS else ())
        run = []
    found.extend(run if len(run) >= MIN_ROWS else ())
    return frozenset(found)


#: the most words of a heading between a table of fields and the article below it ("Opis")
_ABOVE_HEADING_WORDS = 3
#: the kinds of a paragraph right above such a table (then an infobox under the intro)
_PROSE = frozenset({"good", "medium"})
#: the fewest rows of that table: 3 a news page's header may have ("AUDIO: ..." / a
#: headline with a colon / "Stand: 28.04.2023 16:11 Uhr"), a listing's facts are more
_FACT_ROWS = 4


def _fields_above(infos: Sequence[LineInfo], first: int, w: Weights) -> int:
    """``fields-above``: the first row of a table of ``_FACT_ROWS`` or more fields ("Label:
    value", ``_field``: no contact, metadata or UI label) right above line ``first`` (a
    listing's facts over its description: "Powierzchnia: 58 m²" / "Liczba pokoi: 3"), over a
    short heading of the text ("Opis", "Description"), or ``first``; ``first`` if not
    ``w.fields_above``."""
    j = line_above(infos, first) if w.fields_above and first > 0 else None
    if j is None or not _short_heading(infos[j]):
        return first  # (rows right on a paragraph: a table of the page's, not the listing's)
    j = line_above(infos, j)
    top, rows = first, 0
    while j is not None and _fact(infos[j]):
        top, rows = j, rows + 1
        j = line_above(infos, j)
    if j is not None and infos[j].kind in _PROSE:
        return first  # (between the intro and the article: an infobox, ``toc-infobox``'s)
    return top if rows >= _FACT_ROWS else first


def _between_fields(infos: Sequence[LineInfo], i: int) -> bool:
    """``credit-fields``: line ``i`` (a credit's shape: "Quelle: Hoher Kopf, 612 m ü. NHN") is
    a row of a table of fields, the lines right above and under it fields (``_field``) too:
    an infobox's row, no photo credit."""
    above, below = line_above(infos, i), line_below(infos, i)
    return above is not None and below is not None and _field(infos[above]) and _field(infos[below])


def _fact(info: LineInfo) -> bool:
    """A row of a listing's table of facts: a field with no UI string and no e-mail address
    (a message's "From:" / "To:" / "Message-ID:" headers are no facts)."""
    return not info.ui and "@" not in info.block.text and _field(info)


def _short_heading(info: LineInfo) -> bool:
    """A heading of a few words with no ':' and no UI string ("Opis", "Description")."""
    text = info.block.text
    return 0 < info.words <= _ABOVE_HEADING_WORDS and not info.ui and ":" not in text


def _paired_rows(infos: Sequence[LineInfo], start: int, w: Weights) -> frozenset[int]:
    """The rows of the tables among the ``2 * bridge_max`` lines from ``start`` on, to the
    first that is no short line, whose labels and values are lines of their own ("Weight" /
    "1.2 kg": ``fields.paired_rows``); none if not ``w.fields`` and ``w.paired_fields``."""
    if not (w.fields and w.paired_fields):
        return frozenset()
    lines: list[int] = []
    for j in range(start, min(len(infos), start + 2 * w.bridge_max)):
        kind = infos[j].kind
        if kind not in _PAIR_KINDS:
            if kind == "empty":
                continue
            break  # (a paragraph, a UI string or a box heading ends the table)
        lines.append(j)
    if len(lines) < 2 * MIN_ROWS:
        return frozenset()
    texts = [infos[j].block.text for j in lines]
    if not may_hold_pairs("\n".join(texts)):
        return frozenset()  # (told by one search of the lines' text, no Python step per line)
    return frozenset(lines[k] for k in paired_rows(texts))


def _paired_note(infos: Sequence[LineInfo], last: int, listed: int, pairs: frozenset[int]) -> str:
    """The tail note's words for the lines of a paired table (``pairs``: ``_paired_rows``)
    among the lines the list after the main content (``last + 1`` to ``listed``) took in;
    "" if there are none."""
    rows = sum(1 for i in range(last + 1, listed + 1) if i in pairs)
    if rows == 0:
        return ""
    return (
        f"; the table at {line_range(infos, last + 1, listed)} continues the article "
        f"({rows} of its lines labels and values of a table, some values measures)"
    )


def _keep_pairs(
    infos: list[LineInfo], last: int, listed: int, pairs: frozenset[int]
) -> list[LineInfo]:
    """The lines of a paired table the article took in (``last + 1`` to ``listed``) as items
    of its list: no menu."""
    kept = [i for i in range(last + 1, listed + 1) if i in pairs]
    return _keep_lists(infos, {kept[0]: kept[-1] + 1}) if kept else infos


#: the kinds of a label or value line of a paired table (a paragraph, a UI string or a box
#: heading is none, and ends the table)
_PAIR_KINDS = frozenset({"short", "medium", "repeat"})


#: a row of a table of fields has at most this many words (label, ':' and value)
_FIELD_WORDS = 16


def _fields_note(infos: Sequence[LineInfo], last: int, listed: int, table: frozenset[int]) -> str:
    """The tail note's words for the rows of a table of fields (``table``: ``_field_rows``)
    among the lines the list after the main content (``last + 1`` to ``listed``) took in;
    "" if there are none."""
    rows = sum(1 for i in range(last + 1, listed + 1) if not infos[i].item and i in table)
    if rows == 0:
        return ""
    return (
        f"; the list at {line_range(infos, last + 1, listed)} continues the article "
        f"({rows} of its lines rows of a table of fields, 'Label: value')"
    )


def _extend_back(infos: Sequence[LineInfo], first: int, w: Weights) -> int:
    """Extend the main content before its first line over paragraphs that lost their full
    stop: long lines in sentence case with a normal share of stopwords."""
    j = first - 1
    while j >= 0:
        info = infos[j]
        if info.kind == "empty":
            j -= 1
            continue
        if info.kind != "short" or info.words < w.good_words or not _unstopped(infos, j, w):
            break
        if caption_pattern().search(info.block.text):
            break
        first = j
        j -= 1
    return first


def _joined(*parts: str) -> str:
    """The note's ``parts`` that say something, joined by "; "."""
    return "; ".join(part for part in parts if part)


def _best_list(infos: Sequence[LineInfo], w: Weights) -> tuple[float, int, int]:
    """The strongest list of items on the page, scored as in ``_extend_list``: ``(net items,
    first, last)``; ``(0, -1, -1)`` if there is none."""
    best, best_first, best_last = 0.0, -1, -1
    total, start, plain_run = 0.0, -1, 0
    for j, info in enumerate(infos):
        if info.kind == "empty":
            continue
        if info.item and info.kind not in ("good", "medium"):
            if start < 0:
                start, total = j, 0.0
            plain_run = 0
            total += 1.0
            if total > best:
                best, best_first, best_last = total, start, j
            continue
        if start >= 0 and info.kind not in _HARD and sentence_like(info):
            continue
        plain_run += 1
        if info.kind in _HARD or plain_run > w.list_gap:
            start = -1
            continue
        total -= w.list_plain * plain_run
        if total <= 0:
            start = -1
    return best, best_first, best_last


_HARD = frozenset({"stop", "box", "ui", "hint"})


def _list_page(
    infos: Sequence[LineInfo], first: int, last: int, prose: float, w: Weights
) -> tuple[int, int]:
    """On a page without a paragraph run worth ``zone_min``, a list of items with figures
    (a calendar, a results table) that says more than the prose run is the content, unless
    a related-links heading opens it (a "Most read" list). A list that already continues the
    prose stays with it."""
    net, lfirst, llast = _best_list(infos, w)
    if net < 2 * w.list_min or first <= lfirst <= last:
        return first, last
    items = [infos[i] for i in range(lfirst, llast + 1) if infos[i].item]
    rich = sum(1 for info in items if _has_figures(info.block.text))
    before = [info.kind for info in infos[max(0, lfirst - 3) : lfirst] if info.kind != "empty"]
    if rich < 2 * w.list_min or (before and before[-1] == "box"):
        return first, last
    if sum(info.words for info in items) <= prose:
        return first, last
    return lfirst, llast


def _menu_runs(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> list[list[int]]:
    """Runs of ``menu_run`` or more link-like short lines among lines ``first`` to ``last``
    (none where fewer lines than that are short, UI, hints or repeated: told by one count
    of the kinds, without a Python step per line)."""
    kinds = list(map(_KIND, itertools.islice(infos, first, last + 1)))
    if sum(map(kinds.count, _MENU_KINDS)) < w.menu_run:
        return []
    runs: list[list[int]] = []
    current: list[int] = []
    for i in range(first, last + 1):
        info = infos[i]
        linkish = info.kind in ("ui", "hint", "repeat") or info.density <= w.menu_density
        menuish = info.kind in ("short", "ui", "hint", "repeat") and not info.item
        if menuish and not info.terminal and linkish:
            current.append(i)
            continue
        if len(current) >= w.menu_run:
            runs.append(current)
        current = []
    if len(current) >= w.menu_run:
        runs.append(current)
    return runs


def _polls(infos: Sequence[LineInfo], first: int, last: int) -> list[tuple[int, int]]:
    """The poll boxes among lines ``first`` to ``last`` (``polls.poll_boxes``)."""
    if poll_headings().isdisjoint(map(_KEY, itertools.islice(infos, first, last + 1))):
        return []  # (one C-level pass, no list: no Python step per line)
    keys = list(map(_KEY, infos[first : last + 1]))
    boxes = poll_boxes(keys, list(map(_WORDS, infos[first : last + 1])), 0, len(keys) - 1)
    return [(first + a, first + b) for a, b in boxes]


def _box_end(
    infos: Sequence[LineInfo], i: int, limit: int, kinds: frozenset[str] | None = None
) -> int:
    """The index after the link box whose heading is line ``i`` (at most ``limit`` lines
    of ``kinds``, ``_LINKISH`` if not given)."""
    kinds = _LINKISH if kinds is None else kinds
    j = i + 1
    while j < len(infos) and j - i <= limit and infos[j].kind in kinds:
        j += 1
    return j


def _bridges(infos: Sequence[LineInfo], w: Weights) -> dict[int, int]:
    """Link boxes inside the article: ``{heading: end}`` for each "Related articles" heading
    whose short lines (up to ``bridge_max``) sit between two paragraphs of prose, the one
    after it followed by more prose (the story goes on: a teaser list has one excerpt at
    most). The box's lines are short or UI lines, or else headlines alone, some as long as
    a sentence (``_HEADLINES``: "Lesen Sie auch:", "Mit Mikroreaktoren gegen den
    Klimawandel und die Energiekrise?")."""
    found: dict[int, int] = {}
    content = [i for i, info in enumerate(infos) if info.kind != "empty"]
    prev_good = False
    for k, i in enumerate(content):
        info = infos[i]
        if info.kind == "box" and prev_good:
            for kinds in (_LINKISH, _HEADLINES):
                j = _box_end(infos, i, w.bridge_max, kinds)
                after = _next_kinds(infos, content, j)
                if after == ["good", "good"] or (
                    w.last_paragraph and _last_after(infos, content, i, j)
                ):
                    found[i] = j
                    break
            else:
                if w.counter_boxes:
                    _counter_bridge(infos, content, k, w, found)
        prev_good = info.kind == "good"
    return found


def _last_after(infos: Sequence[LineInfo], content: list[int], i: int, j: int) -> bool:
    """The story's last paragraph after the box inside it whose heading is line ``i`` and
    whose lines end before line ``j`` (``last-paragraph``): one paragraph, then a share bar
    (or the page's end), after at least ``LAST_BOX_LINES`` headlines under the heading. A
    teaser's headline and excerpt under a heading, or a most-read list and an excerpt, are a
    box that ends the story: a read-more link or a footer follows the excerpt, no share bar."""
    if j - i <= LAST_BOX_LINES:
        return False
    p = bisect_left(content, j)
    after = [infos[c] for c in content[p : p + 2]]
    return (
        len(after) > 0
        and after[0].kind == "good"
        and (len(after) == 1 or after[1].ui in _STORY_ENDS)
    )


def _last_note(infos: Sequence[LineInfo], j: int) -> str:
    """What the note of a box bridged by ``_last_after`` adds (the story's last paragraph,
    line ``j``, then its share bar); nothing for another box (two paragraphs after it)."""
    if not j or j >= len(infos):
        return ""
    k = line_below(infos, j)
    if k is not None and infos[k].kind == "good":
        return ""
    return (
        f"; the story's last paragraph at line {j + 1} follows it, then the share bar "
        "(last-paragraph)"
    )


#: a box inside the story has at least this many lines under its heading before the story's
#: last paragraph (``_last_after``)
LAST_BOX_LINES = 2
#: the UI after the story's last paragraph (``_last_after``): its share bar
_STORY_ENDS = frozenset({"share", "follow"})


def _next_kinds(infos: Sequence[LineInfo], content: list[int], j: int) -> list[str]:
    """The kinds of the first two lines of ``content`` (sorted indexes) from line ``j`` on:
    found by bisection, not by a pass over the rest of the page for each box heading (a page
    of thousands of boxes was quadratic)."""
    p = bisect_left(content, j)
    return [infos[c].kind for c in content[p : p + 2]]


def _counter_bridge(
    infos: Sequence[LineInfo], content: list[int], k: int, w: Weights, found: dict[int, int]
) -> None:
    """Add to ``found`` the box of teasers with counters under the box heading
    ``content[k]`` (``counters.py``): up to ``bridge_max`` short lines, headlines and counter
    lines, ``MIN_COUNTERS`` of them counter lines, each comment heading among them followed by
    another counter line, then two paragraphs."""
    i = content[k]
    j, counters, open_stop = i + 1, 0, False
    while j < len(infos) and j - i <= w.bridge_max:
        info = infos[j]
        if is_counter(info.key) and info.words <= COUNTER_WORDS:
            counters, open_stop = counters + 1, info.kind == "stop"
        elif info.kind not in _COUNTED:
            break
        j += 1
    if counters < MIN_COUNTERS or open_stop:
        return
    after = _next_kinds(infos, content, j)
    if after == ["good", "good"]:
        found[i] = j


def _blank_scores(infos: list[LineInfo], lines: list[int]) -> list[LineInfo]:
    """``infos`` with the score of ``lines`` set to nothing (a blank line's); its kind and UI
    category kept, so that the line still goes as UI text."""
    if not lines:
        return infos
    out = list(infos)
    for i in lines:
        out[i] = out[i]._replace(score=0.0)
    return out


def _bridge(infos: list[LineInfo], bridges: dict[int, int]) -> list[LineInfo]:
    """Scores with the bridged link boxes counted as nothing, so they do not split the
    article into two runs (they go as ``extract-related`` afterwards)."""
    out = list(infos)
    for i, j in bridges.items():
        for k in range(i, j):
            out[k] = out[k]._replace(score=0.0)
            if out[k].kind == "stop":  # a teaser's comment count (``counters.py``)
                out[k] = out[k]._replace(kind="short", ui="")
        # the heading of a box inside the story, no box that ends it (``resumed.py``)
        out[i] = out[i]._replace(ui=BRIDGED)
    return out


def _shop_boxes(infos: Sequence[LineInfo], w: Weights) -> dict[int, int]:
    """Shop boxes inside the article (``shops.py``): ``{first line: button line}`` for each
    shop button with a price on the ``PRICE_REACH`` lines above it, the short lines before
    it (up to ``bridge_max``) after a paragraph, and a paragraph after it. Lines that the
    paragraph above, or a first line of 5+ words, announces (a ':' at its end) are the
    article's list of prices, no shop box (a market report lost them and its sentence)."""
    buttons = shop_buttons()
    if not w.shop_boxes or buttons.isdisjoint(map(_KEY, infos)):
        return {}  # (one C-level pass, no list: no Python step per line)
    found: dict[int, int] = {}
    for b in (i for i, info in enumerate(infos) if info.key in buttons):
        after = line_below(infos, b)
        if after is None or infos[after].kind != "good":
            continue
        start = b
        while start > 0 and b - start < w.bridge_max and infos[start - 1].kind in _SHOP_KINDS:
            start -= 1
        if start == b or start == 0 or infos[start - 1].kind != "good":
            continue
        if _announces(infos[start - 1]) or (_announces(infos[start]) and infos[start].words >= 5):
            continue  # ("The average prices were these:": the article's own list of prices)
        reach = range(max(start, b - PRICE_REACH), b)
        if any(infos[i].words <= COUNTER_WORDS and is_price(infos[i].block.text) for i in reach):
            found[start] = b
    return found


def _announces(info: LineInfo) -> bool:
    """``info`` ends with ':' (it announces the lines under it)."""
    return info.block.text.rstrip().endswith(":")


def _blanked(infos: list[LineInfo], boxes: dict[int, int]) -> list[LineInfo]:
    """Scores with the lines of ``boxes`` (``{first: last}``) counted as blank lines."""
    if not boxes:
        return infos
    out = list(infos)
    for i, j in boxes.items():
        for k in range(i, j + 1):
            out[k] = out[k]._replace(score=0.0)
    return out


#: the lines of a shop box before its button (``_shop_boxes``): pros, cons, the price
_SHOP_KINDS = frozenset({"short", "medium", "repeat", "hint", "ui", "empty"})


def _link_boxes(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights, bridges: dict[int, int]
) -> list[list[int]]:
    """Inline link boxes: a "Related stories" heading and the short lines under it (up to
    ``box_max`` of them, or ``bridge_max`` for a box between paragraphs of the story);
    none without a heading (told without a Python step per line)."""
    if "box" not in map(_KIND, itertools.islice(infos, first, last + 1)):
        return []
    boxes: list[list[int]] = []
    i = first
    while i <= last:
        if infos[i].kind != "box":
            i += 1
            continue
        j = min(bridges.get(i, 0) or _box_end(infos, i, w.box_max), last + 1)
        if j - i > 1:
            boxes.append(list(range(i, j)))
        i = j
    return boxes


def _counters_note(infos: Sequence[LineInfo], box: list[int]) -> str:
    """What the note of a link box adds when its teasers have counter lines
    (``counters.py``): how many, and the first."""
    counted = [i for i in box if is_counter(infos[i].key) and infos[i].words <= COUNTER_WORDS]
    if len(counted) < MIN_COUNTERS:
        return ""
    first = infos[counted[0]].block.text.strip()[:40]
    return (
        f", a box of teasers with {len(counted)} counter lines ({first!r}, figures and words "
        "of [counters] labels), the story going on after it"
    )


_LINKISH = frozenset({"short", "ui", "hint", "repeat", "empty", "box"})
#: the lines of a link box of headlines between two parts of the story (``_bridges``): a
#: headline may be as long as a sentence ("Mit Mikroreaktoren gegen den Klimawandel und die
#: Energiekrise?"), but no UI line ("View comments") is one
_HEADLINES = frozenset({"short", "repeat", "empty", "medium"})
#: the other lines of a box of teasers with counters (``_counter_bridge``)
_COUNTED = _LINKISH | _HEADLINES
#: the kinds of the lines of a menu inside the content (``_menu_runs``)
_MENU_KINDS = ("short", "ui", "hint", "repeat")


def _list_line(info: LineInfo, w: Weights) -> bool:
    """A line that can be an item of a list inside the article: short, not UI."""
    return info.kind in ("short", "medium", "repeat") and info.words <= w.item_words


def _inline_lists(
    infos: Sequence[LineInfo], w: Weights, tables: dict[int, str] | None = None
) -> dict[int, int]:
    """Lists inside the article: ``{first item: end}`` for each run of short lines (up to
    ``bridge_max``) between a paragraph and the next, when the paragraph before announces it
    (it ends in ':') or most of its lines are ingredients ("200 g sugar"), or they are
    numbered steps with sub-steps (``nested.py``), or the run is a
    table of the story's (``_article_table``; its note in ``tables`` by its first line):
    plain text lost the bullets, and the story goes on after the list.

    >>> mk = lambda k, s, t="x": LineInfo(Block(0, 0, t, 0), 12 if k == "good" else 3,
    ...     0.3, True, k, s)
    >>> page = [mk("good", 12, "Three things matter:"), mk("short", -3), mk("short", -4.5),
    ...     mk("good", 20)]
    >>> _inline_lists(page, WEIGHTS)
    {1: 3}
    >>> _inline_lists([mk("good", 12, "It rained."), *page[1:]], WEIGHTS)
    {}
    """
    found: dict[int, int] = {}
    content = [i for i, info in enumerate(infos) if info.kind != "empty"]
    k = 0
    while k < len(content):
        info = infos[content[k]]
        if info.kind not in ("good", "medium"):
            k += 1
            continue
        m, dated = _list_end(infos, content, k, w)
        if m - k < 3 or m == len(content):  # (fewer than two lines, or no paragraph after)
            k += 1
            continue
        run = content[k + 1 : m]
        # (a run longer than ``bridge_max`` can only be a table: ``long_tables``)
        said = info.block.text.rstrip().endswith(":")  # (the paragraph announces a list)
        plain = len(run) <= w.bridge_max and (not dated or _dated_items(infos, run, dated, w, said))
        if (
            _goes_on(infos, content[m : m + 2])  # (not content[m:]: a copy of the page)
            and not _wrapped(infos, run)
            and (
                (plain and said)
                or (plain and 2 * dated > len(run) and dated >= DATE_ROWS)  # (``_dated_items``)
                or (plain and dated > 0 and w.timed_days and _timed_days(infos, run))
                or (plain and _ingredients(infos, run, w))
                or (plain and w.verse and is_verse([infos[i] for i in run]))
                or (plain and w.nested_steps and nested_steps([infos[i].block.text for i in run]))
                or _article_table(infos, (content[k], content[m]), run, w, tables)
            )
        ):
            if dated and plain and tables is not None and run[0] not in tables:
                tables[run[0]] = _why_dated(line_range(infos, run[0], run[-1]), dated)
            found[run[0]] = run[-1] + 1
            k = m
        else:
            k += 1
    return found


def _list_end(infos: Sequence[LineInfo], content: list[int], k: int, w: Weights) -> tuple[int, int]:
    """The end (a position in ``content``) of the run of list lines after ``content[k]``, up
    to ``bridge_max`` of them, and how many date or time lines ("07:15", "2-1": hints) are
    among them: a table's cells may be such lines (``w.article_tables``), and so may the
    items of another list between its items (``w.dated_items``, ``_dated_items``). A table's
    run may have up to ``table_max`` lines (``w.long_tables``: a results table, a timetable)."""
    m, dated = k + 1, 0
    reads = w.article_tables or w.dated_items
    cap = w.table_max if w.article_tables and w.long_tables else w.bridge_max
    while m < len(content) and m - k <= cap:
        line = infos[content[m]]
        if m - k > w.bridge_max and line.words > CELL_WORDS:
            break  # (past ``bridge_max`` lines, only a table's cells: ``long_tables``)
        if not _list_line(line, w):
            if not (reads and line.ui == "date" and line.kind == "hint"):
                break
            dated += 1
        m += 1
    return m, dated


def _dated_items(
    infos: Sequence[LineInfo], run: list[int], dated: int, w: Weights, said: bool = False
) -> bool:
    """The ``dated`` time or score lines of a list's ``run`` ("06:45", "2-1") are its items,
    not hints that end it (``w.dated_items``, ``extract_off = ["dated-items"]``): the run
    opens with an item that is none, and they are at most half of its lines (a match's
    goals, a festival's schedule; a column of times alone is no list of the story's). A
    column of dates written out (``DATE_WORDS`` words or more each: "Monday 2 March", "12
    April 2026"; no time, score or archive's "March 2026") is one too, under such an item
    or a paragraph that announces it (``said``: a council's collection dates, adv20)."""
    if not w.dated_items:
        return False
    opens = infos[run[0]].ui != "date"
    if opens and 2 * dated <= len(run):
        return True
    written = all(infos[i].words >= DATE_WORDS for i in run if infos[i].ui == "date")
    timed = w.timed_days and not opens and _timed_days(infos, run)
    return (opens or said or timed) and written


def _timed_days(infos: Sequence[LineInfo], run: list[int]) -> bool:
    """The list ``run`` is a programme by day (``w.timed_days``, ``extract_off =
    ["timed-days"]``): it opens with a date line ("Friday 10 July"), and each of its other
    lines that is no date opens with a clock time ("18:30 The Heron Sisters"), at least one
    under each date. A box of teaser headlines under their dates has no time before each
    headline; a column of dates alone has no line under them.

    >>> mk = lambda t, ui="": LineInfo(Block(0, 0, t, 0), len(t.split()), 0.0, False,
    ...     "hint" if ui else "short", -3.0, False, ui)
    >>> day = [mk("Friday 10 July", "date"), mk("18:00 Doors open"), mk("18:30 The Heron Sisters")]
    >>> _timed_days(day * 2, list(range(6)))
    True
    >>> _timed_days([day[0], mk("Doors open"), day[0], day[2]], [0, 1, 2, 3])
    False
    """
    dates = [k for k, i in enumerate(run) if infos[i].ui == "date"]
    if not dates or dates[0] != 0:
        return False
    ends = [*dates[1:], len(run)]
    if any(end - start < 2 for start, end in zip(dates, ends, strict=True)):
        return False  # (a date with no item under it)
    return all(
        _TIME.match(infos[i].block.text.lstrip()) is not None for i in run if infos[i].ui != "date"
    )


#: the words of a date written out ("Monday 2 March"), a list's item (``_dated_items``)
DATE_WORDS = 3
#: such dates in a column that is a list by itself (a byline's "Published" and "Updated"
#: lines are two)
DATE_ROWS = 3


def _why_dated(lines: str, dated: int) -> str:
    """The tail note's words for a list kept with time or score lines among its items."""
    return f"; the list at {lines} is the article's ({dated} time or score lines among its items)"


def _article_table(
    infos: Sequence[LineInfo],
    around: tuple[int, int],
    run: list[int],
    w: Weights,
    notes: dict[int, str] | None,
) -> bool:
    """The run of short lines ``run`` between the paragraphs ``around`` (above, under) is a
    table of the story's (``tables.py``): its cells have a table's shape (under a heading, or
    none), and a line ending in ':' right above them (the run's first or the paragraph)
    announces it, or else the table has a header row of labels and the paragraph under
    shares ``TABLE_SHARED`` content words with the one above and the cells; never if not
    ``w.article_tables``. Its note goes in ``notes``."""
    # (too few lines, or a line after the first longer than a cell: no table, told by the
    # lines' word counts without reading their text)
    if not w.article_tables or len(run) < TABLE_ROWS + 1:
        return False
    cells = len(run) >= 2 * TABLE_ROWS
    if any(infos[i].words > CELL_WORDS for i in itertools.islice(run, 1, None)):
        if not w.row_tables:
            return False
        cells = False  # (no line a cell: maybe rows of cells, ``row-tables``)
    above, under = around
    lines = [infos[i].block.text.strip() for i in run]
    texts: list[str] | None = lines
    found = find_table(lines) if cells else None  # (the lines above its cells: ':', a heading)
    if found is None and w.row_tables:
        texts = _row_table(lines)
        found = None if texts is None else find_table(texts)
    if found is None or texts is None:
        return False
    skip, shape = found
    announced = texts[0].endswith(":") or infos[above].block.text.rstrip().endswith(":")
    shared = 0
    if not announced:
        if not header_labels(texts[skip:], shape):
            return False
        before = stems(" ".join([infos[above].block.text, *texts]), w.content_grams)
        shared = len(stems(infos[under].block.text, w.content_grams) & before)
        if shared < TABLE_SHARED:
            return False
    if notes is not None:
        notes[run[0]] = why_table(line_range(infos, run[0], run[-1]), shape, announced, shared)
    return True


def _row_table(texts: list[str]) -> list[str] | None:
    """The cells of a table whose rows are lines of their own (``tables.row_cells``,
    ``row-tables``), a chart's source or label line after them ("Source: National Housing
    Office. Chart: Harbour Herald") aside; ``None`` if the lines are no such table."""
    if not ends_in_figure(texts[1]):
        return None  # (most runs: their first row, or the one under a header, ends in no figure)
    parts = texts[-1].replace(". ", ".\n").splitlines()  # ("Source: ... . Chart: ...")
    chart = all(is_chart_source(p) or is_chart_label(p) for p in parts)
    return row_cells(texts[:-1] if chart else texts)


def _wrapped(infos: Sequence[LineInfo], run: list[int]) -> bool:
    """Lines of a hard-wrapped paragraph, not a list: all but the last long and about as
    long as each other (within 15%, or within 40% when most lines go on in the next one:
    no full stop at the end, a lower-case letter at the start of the next).

    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), 3, 0.3, False, "short", -3.0)
    >>> _wrapped([mk("a" * 76), mk("b" * 78), mk("c" * 20)], [0, 1, 2])
    True
    >>> _wrapped([mk("a" * 76), mk("b" * 38), mk("c" * 20)], [0, 1, 2])
    False
    """
    texts = [infos[i].block.text.strip() for i in run]
    lengths = [len(t) for t in texts[:-1]]
    if len(lengths) < 2 or max(lengths) < 40:
        return False
    ratio = min(lengths) / max(lengths)
    goes_on = sum(1 for a, b in itertools.pairwise(texts) if b[:1].islower() and not is_terminal(a))
    return ratio >= 0.85 or (ratio >= 0.6 and 2 * goes_on >= len(texts) - 1)


def _goes_on(infos: Sequence[LineInfo], rest: list[int]) -> bool:
    """The story goes on after a list: a paragraph, not followed at once by a comment
    heading, a link box or UI text (``rest``: the next two lines, or fewer at the end)."""
    kinds = [infos[i].kind for i in rest[:2]]
    return kinds[:1] == ["good"] and (len(kinds) < 2 or kinds[1] not in _HARD)


def _ingredients(infos: Sequence[LineInfo], run: list[int], w: Weights) -> bool:
    n = sum(1 for i in run if is_quantity(infos[i].block.text))
    return n >= w.ingredients_min and 2 * n >= len(run)


def _keep_lists(infos: list[LineInfo], lists: dict[int, int]) -> list[LineInfo]:
    """The lines of the article's lists as items that cost nothing: the run of the article
    goes on across them, and they are no menu."""
    out = list(infos)
    for i, j in lists.items():
        for k in range(i, j):
            out[k] = out[k]._replace(score=max(0.0, out[k].score), item=True)
    return out


def _byline(info: LineInfo, shapes: Shapes, w: Weights, dated: bool = True) -> bool:
    """A comment's byline: "John Smith says:", a short line with a time of day, or (if
    ``dated``) a name and a date."""
    if info.words > w.byline_words:
        return False
    text = info.block.text
    key = _key(info)
    if _said(text, key, shapes):
        return True
    if _TIME.search(text) is not None or shapes.ago.search(key) is not None:
        return True
    # "Anna am 12. März 2020" (``comments.py``); a date has a figure: a key without "0" none;
    # a line of code ("b[0][0] = 99") has figures too, and a mark no byline has
    return dated and "0" in key and not shapes.code.search(text) and dated_byline(text)


def _reply_mark(info: LineInfo) -> bool:
    """A forum reply's mark: a post's number on a line of its own ("#2"), a reply or quote
    button, or a quoted post's "Name said:" line (``stories.py``: a reply, no next story)."""
    if info.words > WEIGHTS.byline_words:
        return False
    shapes = _shapes()
    text = info.block.text.strip()
    if shapes.post_number.fullmatch(text) is not None:
        return True
    key = _key(info)
    if key in shapes.replies or key in shapes.thread_marks:
        return True
    return _said(text, key, shapes)


def _said(text: str, key: str, shapes: Shapes) -> bool:
    """A "Name says:" / "Name said:" line (``text``, its normalised ``key``): a comment's
    byline, or a quoted post's first line."""
    return text.rstrip().endswith(":") and key.rsplit(" ", 1)[-1] in shapes.says


def _thread_byline(info: LineInfo) -> bool:
    """A comment's byline with a verb or a time ("Maria Lopez says:", "Anna, 3 March 2024 at
    10:12", "3 hours ago"): ``_byline`` without its dates alone (a table's rows of figures,
    "$10,000-$50,000 0.40%", can read as dates)."""
    return _byline(info, _shapes(), WEIGHTS, dated=False)


def _key(info: LineInfo) -> str:
    """The line's normalised form (a line whose ``key`` is empty has none, or it was not
    given)."""
    return info.key or normalize_line(info.block.text)


def _comment_thread(
    infos: Sequence[LineInfo], w: Weights, known: Known | None = None
) -> int | None:
    """The first line of a comment thread without a known heading: from it on, bylines or
    times repeat (two at least) and so do reply buttons (two at least, the first within
    ``thread_reach`` lines). The commenter's name on the line above a time goes with it.
    ``None`` if the page has no such thread after its first paragraph."""
    shapes = _shapes()
    first = _first_paragraph(infos)
    paired = _paired(infos, w)
    if not (paired or _may_reply(infos[first + 1 :], shapes.replies)):
        bare = _bare_thread(infos, first, w, known)  # (no reply button: the bare thread alone)
        return None if bare is None else bare[0]
    short = [
        i
        for i in range(first + 1, len(infos))
        if infos[i].kind != "empty" and infos[i].words <= w.byline_words
    ]
    known_replies = _replies(w)
    replies = [i for i in short if (infos[i].key or _key(infos[i])) in known_replies]
    if paired:  # (a page with a pair of buttons only: no dictionary look-up per line)
        shorts = set(short)
        replies = sorted({*replies, *(i for i in paired if i in shorts)})
    if len(replies) < 2:  # a thread needs two reply buttons: the bylines need no look
        bare = _bare_thread(infos, first, w, known)
        return None if bare is None else bare[0]
    buttons = set(replies)  # (a set, and a bisection below: lists read per line were quadratic)
    bylines = [i for i in short if i not in buttons and _byline(infos[i], shapes, w)]
    for n, start in enumerate(bylines):
        later = bisect_right(replies, start)  # replies[later:] come after it (in order)
        if (
            len(bylines) - n >= 2
            and len(replies) - later >= 2
            and replies[later] - start <= w.thread_reach
        ):
            return _name_above(infos, start)
    bare = _bare_thread(infos, first, w, known)
    return None if bare is None else bare[0]


def _paired(infos: Sequence[LineInfo], w: Weights) -> dict[int, str]:
    """``paired-buttons``: the lines that are the second of two buttons read as one reply
    button ("Share" then "Follow": ``posts.paired_buttons``), with the pair's key; none if
    ``w.paired_buttons`` is off or the page has one pair only (a story's share bar, "Compartir"
    / "Seguir" over its comment heading: a thread has a pair under each of two posts or more)."""
    if not w.paired_buttons:
        return {}
    shapes = _shapes()
    if shapes.seconds.isdisjoint(map(_KEY, infos)):  # (most pages: no list of keys built)
        return {}
    found = paired_buttons(list(map(_KEY, infos)), shapes.pairs, shapes.seconds)
    return found if len(found) >= 2 else {}


def _replies(w: Weights) -> frozenset[str]:
    """The keys of a reply button: the data file's ``replies``, and with ``paired-buttons``
    the ``reply_pairs`` joined ("share follow")."""
    shapes = _shapes()
    return shapes.joined if w.paired_buttons else shapes.replies


def _may_reply(infos: Sequence[LineInfo], replies: frozenset[str]) -> bool:
    """Some line may be a reply button: its key is one, or it has no key given (then
    ``_key`` normalises its text); told without a Python step per line.

    >>> mk = lambda t, k: LineInfo(Block(0, 0, t, 0), 1, 0.0, False, "short", -3.0, key=k)
    >>> r = frozenset({"reply"})
    >>> _may_reply([mk("Reply", "reply")], r), _may_reply([mk("Home", "home")], r)
    (True, False)
    >>> _may_reply([mk("Reply", "")], r)
    True
    """
    keys = list(map(_KEY, infos))
    return "" in keys or not replies.isdisjoint(keys)


def _bare_thread(
    infos: Sequence[LineInfo], first: int, w: Weights, known: Known | None = None
) -> tuple[int, Thread] | None:
    """A thread without reply buttons, found by its repeated header and body
    (``thread.py``): the index of its first line and the thread; ``None`` if none starts
    after ``infos[first]`` (the first paragraph) or ``w.bare_thread`` is off."""
    if not w.bare_thread:
        return None
    # the non-blank lines' keys, those after the first paragraph tested first: every line's
    # key as given (no Python step per line) unless some line has none or is blanked (then
    # ``_key`` written out: a call per line costs more than the test)
    rest = infos[first + 1 :]
    keys = list(map(_KEY, rest))
    if "" in keys or "empty" in map(_KIND, rest):
        keys = [i.key or normalize_line(i.block.text) for i in rest if i.kind != "empty"]
    if not may_hold_thread(keys):
        return None
    idx = [i for i, info in enumerate(infos) if info.kind != "empty"]
    after = len(idx) - len(keys) - 1
    keys[:0] = [_key(infos[i]) for i in idx[: after + 1]]
    found = bare_thread([infos[i].block.text for i in idx], after, keys, known)
    return None if found is None else (idx[found.start], found)


def _name_above(infos: Sequence[LineInfo], i: int) -> int:
    """``i``, or the line before it if that is a name (a few words, no full stop)."""
    j = i - 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    name = j >= 0 and infos[j].kind in ("short", "repeat") and infos[j].words <= 4
    return j if name and not infos[j].terminal else i


def _mark_thread(
    infos: list[LineInfo], w: Weights, known: Known | None = None
) -> tuple[list[LineInfo], Posts | None]:
    """The first line of a comment thread (``_comment_thread``) as a comment heading; or,
    when the thread is a forum's (``_posts``), the lines unmarked and its posts (marked, with
    the posts, when the thread starts above its first post: ``Posts.inside``). ``known``:
    the page's comment headers found before (``thread._headers``)."""
    start = _comment_thread(infos, w, known)
    if start is None:
        return infos, None
    posts = _posts(infos, start, w)
    if posts is not None and not posts.inside:
        return infos, posts
    out = list(infos)
    out[start] = out[start]._replace(kind="stop", score=0.0, ui="thread")
    return out, posts


def _posts(infos: Sequence[LineInfo], start: int, w: Weights) -> Posts | None:
    """The posts of a forum thread starting at ``start``, when the page's first post is
    followed by a reply button like the thread's posts (``posts.py``); ``None`` if not, or
    ``w.forum_posts`` is off."""
    if not w.forum_posts:
        return None
    keys, kinds, byline = _post_lines(infos, w)  # (a page with a thread only)
    span = (_first_paragraph(infos), start)
    return posts_span(keys, kinds, span, _replies(w), byline, w.profiled_posts)


def _post_header_edits(
    text: str, infos: Sequence[LineInfo], posts: Posts, w: Weights = WEIGHTS
) -> list[Edit]:
    """``extract-post-header``: the buttons and header lines between a forum thread's posts
    (``posts.post_headers``), less the post's own last sentences at a run's start
    (``_post_sentences``)."""
    keys, kinds, byline = _post_lines(infos, WEIGHTS, w.paired_buttons)
    runs = post_headers(keys, kinds, posts, _replies(w), byline)
    if w.post_sentences:
        runs = [(_post_sentences(infos, a, b, byline), b) for a, b in runs]
    note = "the buttons and header between two posts of the thread kept as the content"
    return [_edit(text, POST_HEADER.name, infos[a], infos[b], note) for a, b in runs if a <= b]


#: the fewest words of a post's sentence at the start of a run of buttons and header lines
_POST_SENTENCE_WORDS = 8


def _post_sentences(
    infos: Sequence[LineInfo], a: int, b: int, byline: Callable[[int], bool]
) -> int:
    """``post-sentences``: the first line of the run ``a``-``b`` of buttons and header lines
    after the post's own last sentences, lines of ``_POST_SENTENCE_WORDS`` words or more
    ending in a full stop, a question or an exclamation mark, no UI string and no byline,
    that the line classifier scored short for their few stopwords ("Uso Windows 11 y tengo
    instalados Python 3.10 y Python 3.12. ¿Qué estoy haciendo mal?")."""
    while a <= b:
        info = infos[a]
        header = not info.terminal or info.words < _POST_SENTENCE_WORDS or bool(info.ui)
        if info.kind != "empty" and (header or byline(a)):
            break
        a += 1
    return a


def _post_lines(
    infos: Sequence[LineInfo], w: Weights, paired: bool | None = None
) -> tuple[list[str], list[str], Callable[[int], bool]]:
    """The lines' keys and kinds and a test of line ``i`` for a comment's byline
    (``_byline``): what ``posts.py`` reads of a page. With ``paired`` (by default
    ``w.paired_buttons``), the second of two buttons read as one has the pair's key."""
    keys = [_key(info) for info in infos]
    on = w.paired_buttons if paired is None else paired
    for i, key in _paired(infos, WEIGHTS).items() if on else ():
        keys[i] = key
    kinds = [info.kind for info in infos]
    return keys, kinds, partial(_is_byline, infos, _shapes(), w)


def _is_byline(infos: Sequence[LineInfo], shapes: Shapes, w: Weights, i: int) -> bool:
    """Line ``i`` is a comment's byline (``_byline``)."""
    return _byline(infos[i], shapes, w)


def _with_posts(
    infos: Sequence[LineInfo],
    span: tuple[int, int] | None,
    note: str,
    posts: Posts | None,
    w: Weights = WEIGHTS,
) -> tuple[tuple[int, int] | None, str]:
    """``span`` and its ``note``, or the forum thread's ``posts`` (with ``span``) when
    ``span`` lies among them, or is their first post (``posts.answered``)."""
    if posts is None or span is None:
        return span, note
    if posts.inside:
        keys, kinds, byline = _post_lines(infos, WEIGHTS, w.paired_buttons)
        posts = answered(keys, kinds, posts, span, _replies(w), byline)
    if posts is None or span[1] < posts.first or span[0] > posts.end:
        return span, note
    why = why_posts(posts, infos[posts.reply].block.text)
    return (min(span[0], posts.first), max(span[1], posts.end)), f"{note}; {why}" if note else why


def _first_paragraph(infos: Sequence[LineInfo]) -> int:
    """The index of the page's first paragraph (its first ``good`` line), ``len(infos)``
    if it has none (looked for by ``operator.indexOf``: no Python step per line).

    >>> mk = lambda k: LineInfo(Block(0, 0, "", 0), 1, 0.0, False, k, 0.0)
    >>> _first_paragraph([mk("short"), mk("good")]), _first_paragraph([mk("short")])
    (1, 1)
    """
    found = _index(map(_KIND, infos), "good")
    return len(infos) if found is None else found


def _index(values: Iterable[str], value: str, offset: int = 0) -> int | None:
    """``offset`` plus the index of the first ``value`` among ``values``, ``None`` if there
    is none (``operator.indexOf``: no Python step per value).

    >>> _index(["short", "good"], "good", 3), _index(["short"], "good")
    (4, None)
    """
    try:
        return offset + indexOf(values, value)
    except ValueError:
        return None


def _comment_form(infos: Sequence[LineInfo]) -> Form | None:
    """``forms.comment_form`` of these lines, after their first paragraph."""
    keys = list(map(_KEY, infos))
    first = _first_paragraph(infos)
    return comment_form(keys, first, lambda j: infos[j].block.text, lambda j: _role(infos[j]))


def _mark_form(infos: list[LineInfo], w: Weights) -> list[LineInfo]:
    """The first line of a comment form after the first paragraph (``forms.py``: its
    heading, or its first label) as a comment heading (``ui="form"``), if it is none yet."""
    if not w.comment_form:
        return infos
    if not may_hold_form(map(_KEY, infos)):
        return infos
    form = _comment_form(infos)
    if form is None or infos[form.start].kind == "stop":
        return infos
    out = list(infos)
    out[form.start] = out[form.start]._replace(kind="stop", score=0.0, ui="form")
    return out


def _role(info: LineInfo) -> str:
    """The line's part in a comment form's search (``forms.comment_form``): "heading" for a
    comment heading or a line of the comment words ("Comentar", "Leave a comment"), "prose"
    for a paragraph, "" for other lines."""
    if info.kind == "stop" or info.ui == "comments":
        return "heading"
    return "prose" if info.kind == "good" else ""


def _edit(
    text: str, rule: str, first: LineInfo, last: LineInfo, note: str | Callable[[], str]
) -> Edit:
    """The removal of the lines ``first`` to ``last``; ``note`` is the reason, or the function
    that puts it in words when the note is read (``Edit.noted_later``)."""
    start, end = removal_span(text, first.block.start, last.block.end)
    if isinstance(note, str):
        return Edit(rule, start, end, text[start:end], note=note)
    return Edit.noted_later(rule, start, end, text[start:end], note)


class _Later:
    """``make(*args)``, made when first asked for and then kept: a note's words, which only
    ``explain`` and reports read (``clean`` never does), and which may serve several edits.
    (``functools.cache`` over a ``partial`` costs ten times more to set up.)"""

    __slots__ = ("_args", "_made", "_make")

    def __init__(self, make: Callable[..., str], *args: Any) -> None:
        self._make: Callable[..., str] | None = make
        self._args, self._made = args, ""

    def __call__(self) -> str:
        if self._make is not None:
            self._made = self._make(*self._args)
            self._make, self._args = None, ()  # (what it read may go)
        return self._made


def find_main_content(
    text: str,
    patterns: Patterns | None = None,
    weights: Weights = WEIGHTS,
    enabled: frozenset[str] | None = None,
    features: PageFeatures | None = None,
) -> list[Edit]:
    """Edits that keep only the main content of whole-page ``text``.

    ``enabled``: the names of the extract rules to apply (default: every rule whose
    ``preset`` is ``extract``). A text with no line that looks like content is left alone
    (nothing to extract from). ``features``: see :func:`classify_lines` (``run_step`` passes
    the same one to each of its passes over a page).
    """
    if enabled is None:
        enabled = _extract_rule_names()
    if features is not None and features.settled == (text, patterns, weights, enabled):
        return []  # the pass before found that nothing is left to remove (``_settled``)
    page = _page_features(patterns, features)
    given = not page.title  # (the text as given, no pass before this one: ``_unframed``)
    infos = classify_lines(text, patterns, weights=weights, features=page)
    infos = unwrapped(infos, weights)
    posts = None  # (a forum thread's posts: the content, ``posts.py``)
    if THREAD.name in enabled:
        infos, posts = _mark_thread(infos, weights, page.headers)
    infos = _mark_form(infos, weights)
    prose = _prose_span(infos)  # a page of paragraphs: no list, box or run to look for
    tables: dict[int, str] = {}  # (the tables inside the article: their notes)
    if weights.inline_lists and prose is None:
        infos = _keep_lists(infos, _inline_lists(infos, weights, tables))
    bridges = _bridges(infos, weights) if RELATED.name in enabled and prose is None else {}
    infos = _bridge(infos, bridges)
    if weights.read_also_last and prose is None:  # (scored as blank: ``read_also.py``)
        infos = _blank_scores(infos, read_also_lines(infos))
    shops = _shop_boxes(infos, weights) if RELATED.name in enabled and prose is None else {}
    infos = _blanked(infos, shops)
    # (a page without comment headings: its runs, those main_span chose among)
    span, page_runs = _main_span(infos, weights) if prose is None else (prose, None)
    span, anchored = after_headline(infos, span, main_span, weights)
    if not anchored:  # (a short article's run beside a most-read list after it)
        span, anchored = ranked_after_headline(infos, span, main_span, weights)
    if not anchored:  # (or beside a list of teasers with read-more buttons)
        span, anchored = teasers_after_headline(infos, span, main_span, weights)
    chosen_span = span
    span, above = below_headline(infos, span, weights)
    below = "" if above is None or chosen_span is None else why_below(infos, chosen_span, above)
    span, anchored = _short_post(infos, span, anchored, weights)
    span, anchored = _with_posts(infos, span, anchored, posts, weights)
    best = 0.0 if span is None else _score(infos, span[0], span[1])
    error = error_page(infos, span, best, weights)
    if error is not None:
        return [_edit(text, HEAD.name, infos[0], infos[-1], error)] if HEAD.name in enabled else []
    if span is None:
        return []
    first, last = span
    span_score = best
    # (the runs of a page of prose: its paragraphs, one run)
    if prose is not None:
        runs = [(span_score, first, last)]
    else:
        runs = page_runs or []
        if page_runs is None:
            runs = without_ranked_boxes(infos, positive_runs(infos, 0, len(infos)), weights)
    top = partial(headline_index, infos)  # (asked only before a run is joined above)
    (first, last), joined = continued(infos, (first, last), runs, weights, top)
    home = page.title[0] if page.title else infos[0].block.text  # (the page's title)
    last, footers = next_posts(infos, (first, last), runs, home, weights)
    last, resumes = interrupted_runs(
        infos, (first, last), runs, weights, sentence_like, page.signup_keys
    )
    story = next_story(infos, first, last, _reply_mark) if weights.next_story else None
    last = last if story is None else story[0]
    table = _field_rows(infos, last + 1, weights)
    pairs = _paired_rows(infos, last + 1, weights)
    listed = _extend_list(infos, last, weights, table | pairs if pairs else table)
    listed = max(listed, _table_after(infos, last, table, weights))
    listed = _names_end(infos, last, listed, table, weights)
    title = page.title[0] if page.title else None  # (a later pass: the first pass's title)
    most_read = popular_heading(infos, last, listed, weights)
    titled = most_read >= 0 and titled_list(infos, most_read, listed, weights, title)
    popular = -1 if titled else most_read
    fields = _fields_note(infos, last, listed, table) if popular < 0 and table else ""
    fields += _names_note(infos, last, listed, table, weights) if popular < 0 and table else ""
    fields += "" if story is None else why_next_story(infos, story)
    fields += why_titled(infos, most_read) if titled else ""
    fields += "".join(note for i, note in tables.items() if first <= i <= last)
    if popular < 0 and pairs:
        fields += _paired_note(infos, last, listed, pairs)
        infos = _keep_pairs(infos, last, listed, pairs)
    last = listed if popular < 0 else max(last, _before(infos, popular))
    ranked = popular_inside(infos, first, last, weights) if popular < 0 else -1
    if ranked >= 0 and titled_list(infos, ranked, last, weights, title):
        fields, ranked = fields + why_titled(infos, ranked), -1
    digest = -1  # (a box heading over a digest of other stories: ``popular.digest_inside``)
    heads = -1  # (or a box of teaser headlines with no heading: ``headline_box.py``)
    dated = -1  # (or a box of teasers, each with a date line: ``dated_teasers.py``)
    if ranked < 0 and popular < 0:
        digest = digest_inside(infos, first, last, weights, BRIDGED)
        dated = dated_teasers(infos, first, last, weights) if digest < 0 else -1
    if ranked >= 0:
        popular, last = ranked, _before(infos, ranked)
    elif digest >= 0:
        last = _before(infos, digest)
    elif dated >= 0:
        fields, last = fields + why_dated_teasers(infos, dated), _before(infos, dated)
    elif popular < 0:
        heads = headline_box(infos, first, last, weights, title)
        if heads >= 0:
            fields, last = fields + why_headline_box(infos, heads), _before(infos, heads)
    last, lead = announced_list(infos, last, weights, sentence_like)
    if heads < 0:  # (the story's last paragraph under that list or a box of key points)
        closing = last_after_list(infos, first, last, weights, lead >= 0)
        if closing > last:
            fields += f"; the story's last paragraph at line {closing + 1} follows its list"
            fields += " (list-last-paragraph)"
            if box_below(infos, closing):
                fields += ", a box heading under it (list-box-end)"
            last = closing
        counted = counted_items(infos, first, last, weights, title)
        if counted > last:
            fields += f"; the items to line {counted + 1} are the ones the headline counts"
            fields += " (counted-items)"
            last = counted
        numbered = numbered_after(infos, first, last, weights)
        if numbered > last:  # the section's short lines are the article's: no menu
            fields += why_numbered(infos, last + 1, numbered)
            infos = _keep_lists(infos, {last + 1: numbered + 1})
            last = numbered
    unstopped = last
    last = extend_on(infos, last, weights, sentence_like, caption_pattern())
    if weights.unmarked_tail:  # (Thai, Lao: ``unmarked.py``)
        last = unmarked_end(infos, last, weights, caption_pattern())
    unlisted = unlisted_end(infos, last, weights, _cased_or_caseless, caption_pattern())
    last = max(last, unlisted) if heads < 0 else _before(infos, heads)  # (no headline)
    bio = bio_start(infos, first, last, weights)
    last = bio - 1 if bio >= 0 else last
    unstopped = min(unstopped, last)
    kept_to = last  # (the article's first part, before a box or recipe card after it)
    contact = contact_after(infos, last, weights) if bio < 0 else None
    if contact is not None:  # the block's short lines are the release's: no menu
        heading, lines = infos[contact[0]].block.text, line_range(infos, *contact)
        fields += why_contact(heading, lines)
        infos = _keep_lists(infos, {last + 1: contact[1] + 1})
        last = contact[1]
    office = office_after(infos, last, weights) if bio < 0 and contact is None else None
    if office is not None:  # the block's short lines are the page's: no menu
        heading, lines = infos[office[0]].block.text, line_range(infos, *office)
        fields += why_office(heading, lines)
        infos = _keep_lists(infos, {last + 1: office[1] + 1})
        last = office[1]
    card = None
    if bio < 0:
        card = recipe_after(infos, last, weights, is_quantity, sentence_like, first)
    header = None if card is None else card_gap(infos, last, card[0])
    if card is not None:  # the card's lines are the article's list: no menu
        infos = _keep_lists(infos, {last + 1 if header is None else header[1] + 1: card[1] + 1})
        last = card[1]
    boxed = box_after(infos, last, weights) if bio < 0 else last
    if boxed > last:  # the box's short lines are the review's: no menu
        verdict = verdict_after(infos, boxed, weights)
        fields += "; " + why_box(line_range(infos, last + 1, boxed))
        if verdict > boxed:
            fields += "; " + why_verdict(line_range(infos, boxed + 1, verdict))
        infos = _keep_lists(infos, {last + 1: verdict + 1})
        last = verdict
    named = named_after(infos, last, weights) if bio < 0 else last
    if named > last:  # the sections' short lines are the article's: no menu
        fields += "; " + why_after(infos, last, named)
        infos = _keep_lists(infos, {last + 1: named + 1})
        last = named
    later = sections_after(infos, first, last, weights) if bio < 0 else last
    if later > last:  # the sections' headings are the article's: no menu
        fields += why_sections(infos, last + 1, later)
        infos = _keep_lists(infos, {last + 1: later + 1})
        last = later
    keyworded = keywords_after(infos, last, weights)
    if keyworded > last:  # the abstract's keywords line: the paper's, no menu
        fields += why_keywords(infos, keyworded)
        infos = _keep_lists(infos, {last + 1: keyworded + 1})
        last = keyworded
    gallery_to = _gallery_end(infos, first, last, weights)
    if gallery_to is not None:
        fields += gallery_to[1]
        last = gallery_to[0]
    rest, share = resumed_run(infos, last, runs, span_score, weights, _thread_byline)
    inner = [] if rest is None else box_parts(infos, last, rest[0], runs, weights)
    gallery = ""  # (the first part set as a list: a gallery's captions, ``resumed.py``)
    bigger = share == RESUMED_SHARE  # (a smaller rest after a table: the first part stays)
    if rest is not None and bigger and listed_first(infos, first, kept_to, rest, weights):
        gallery, first, inner = why_listed(infos, first, kept_to, rest), rest[0], []
        span_score = sum(infos[i].score for i in range(rest[0], rest[1] + 1))
    last = last if rest is None else rest[1]
    first = _extend_back(infos, first, weights)
    listed_from = ingredients_before(infos, first, weights, is_quantity)
    if listed_from < first and weights.intro_unstopped:  # (the recipe's intro above its list)
        listed_from = _extend_back(infos, listed_from, weights)
    first = listed_from
    boxed = box_before(infos, first, weights)
    pros_cons = "" if boxed == first else why_box(line_range(infos, boxed, first - 1))
    if pros_cons:  # the box's short lines are the review's: no menu
        infos = _keep_lists(infos, {boxed: first})
        first = boxed
    named = named_before(infos, first, weights)
    if named < first:  # the sections' short lines are the article's: no menu
        pros_cons = _joined(pros_cons, why_above(infos, named, first))
        infos = _keep_lists(infos, {named: first})
        first = named
    if weights.unlisted_deck:  # (a later pass or run: an unlisted deck kept, ``deck.py``)
        first = kept_deck(infos, first, _cased_or_caseless)
    later = bool(page.title) and bool(infos) and infos[0].block.text != page.title[0]
    tabled = table_above(infos, first, weights, later) if first > 0 else first
    if tabled < first:  # a table page's table and its intro: the content, no menu
        lines = line_range(infos, tabled, first - 1)
        pros_cons = _joined(pros_cons, why_table_page(lines))
        infos = _keep_lists(infos, {tabled: first})
        first = tabled
    if not page.title:  # (the page's title: the first line of its first text)
        page.title.append(infos[0].block.text if infos else "")
    notice = imprint_start(infos, first, page.title[0], weights)
    if notice is not None:  # a legal notice's address and fields: the content, no menu
        pros_cons = _joined(pros_cons, why_imprint(infos, notice, first))
        infos = _keep_lists(infos, {notice: first})
        first = notice
    fielded = _fields_above(infos, first, weights)
    if fielded < first:  # a listing's table of facts over its text: the content, no menu
        lines = line_range(infos, fielded, first - 1)
        pros_cons = _joined(pros_cons, f"the table of fields at {lines} above it is its own")
        infos = _keep_lists(infos, {fielded: first})
        first = fielded
    opened = opening_line(infos, first, weights, sentence_like, caption_pattern(), page.title[0])
    first = first if opened is None else opened
    ranked_top = ranked_head(infos, first, last, weights) if opened is None else None
    first = first if ranked_top is None else ranked_top
    stanzas = verse_above(infos, first, weights)
    if stanzas < first:  # a poem's first stanzas: the content, no menu (``verse_above``)
        verse_at = (infos[stanzas].block.index + 1, infos[first - 1].block.index + 1)
        pros_cons = _joined(pros_cons, why_verse(*verse_at))
        infos = _keep_lists(infos, {stanzas: first})
        first = stanzas
    if span_score < weights.zone_min:
        first, last = _list_page(infos, first, last, span_score, weights)
    toc = toc_intro(infos, first, last, weights)
    if toc is not None:
        first = toc[1]
    boxed = infobox_intro(infos, first, weights, later) if toc is None and first > 0 else first
    if boxed < first:  # (a later pass: the intro and infobox toc_intro kept, no menu)
        pros_cons = _joined(pros_cons, why_infobox(line_range(infos, boxed, first - 1)))
        infos = _keep_lists(infos, {boxed: first})
        first = boxed
    owner = licence_top(infos, first) if weights.licence_copyright else first
    owned = range(owner, first)  # (no caption or credit either)
    if owner < first:  # a licence's copyright lines over its prose (``licence.py``)
        pros_cons = _joined(pros_cons, why_licence(line_range(infos, owner, first - 1)))
        infos = _keep_lists(infos, {owner: first})
        first = owner
    edits: list[Edit] = []
    # the head and tail notes are made when read (``_Later``); the words on the main content
    # they end with and on its paragraphs in another language, once for both
    words: tuple[_Later, _Later] | None = None
    if first > 0 and HEAD.name in enabled:
        words = _words(text, infos, first, last, span_score, weights, features)
        content, foreign = words
        why = _Later(
            _head_note, infos, first, anchored, content, below, joined, foreign, runs, weights
        )
        details = event_details(infos, first, weights) if toc is None else None
        facts = None
        if toc is None and details is None and may_hold_facts(text):
            facts = header_facts(infos, first, page.title[0], weights)
        head_words = gallery if opened is None else _joined(gallery, why_opening(infos, opened))
        head_words = _joined(head_words, pros_cons)
        head_words = _joined(head_words, why_ranked_head(infos, ranked_top))
        edits.extend(
            _head_edits(
                text, infos, first, why, head_words, weights, toc, details, page.title[0], facts
            )
        )
    if posts is not None and POST_HEADER.name in enabled:
        edits.extend(_post_header_edits(text, infos, posts, weights))
    if MENU.name in enabled:
        for run in _menu_runs(infos, first, last, weights):
            if header is not None and header[0] <= run[0] <= header[1]:
                continue  # the recipe card's header goes as one box (extract-related)
            note = f"{len(run)} short lines in a row inside the content (menu or tag list)"
            edits.append(_edit(text, MENU.name, infos[run[0]], infos[run[-1]], note))
        if weights.slide_lines and page.slides:
            for i in range(first, last + 1):
                if infos[i].ui == SLIDE:  # (the gallery's navigation: ``slides.py``)
                    note = why_slide(infos[i].block.text)
                    edits.append(_edit(text, MENU.name, infos[i], infos[i], note))
    if RELATED.name in enabled:
        for box in _link_boxes(infos, first, last, weights, bridges):
            note = f"link box inside the content: {infos[box[0]].block.text.strip()[:40]!r}"
            note += f" and {len(box) - 1} lines under it"
            note += _counters_note(infos, box) if weights.counter_boxes else ""
            note += _last_note(infos, bridges.get(box[0], 0)) if weights.last_paragraph else ""
            edits.append(_edit(text, RELATED.name, infos[box[0]], infos[box[-1]], note))
        for shop, shop_end in shops.items():
            if first <= shop and shop_end <= last:
                note = why_shop(infos[shop_end].block.text, shop_end - shop + 1)
                edits.append(_edit(text, RELATED.name, infos[shop], infos[shop_end], note))
        if weights.poll_boxes:
            for poll, poll_end in _polls(infos, first, last):
                note = why_poll(infos[poll].block.text, poll_end - poll + 1)
                edits.append(_edit(text, RELATED.name, infos[poll], infos[poll_end], note))
        for part in inner:
            note = why_resumed(infos, part, rest, span_score, weights, share)  # type: ignore[arg-type]
            edits.append(_edit(text, RELATED.name, infos[part[0]], infos[part[1]], note))
        if header is not None and card is not None:
            note = why_card(infos, header, card)
            edits.append(_edit(text, RELATED.name, infos[header[0]], infos[header[1]], note))
        for foot, dates in (f for f in footers if first <= f[0] <= last):
            note = why_footer(infos[foot].block.text, len(footers))
            edits.append(_edit(text, RELATED.name, infos[foot], infos[dates], note))
    inside = list(map(_TEXT, infos[first : last + 1]))  # (the one-line rules')
    if CREDIT.name in enabled:  # (kept by line: a later pass asks again)
        for i in itertools.compress(range(first, last + 1), map(page.credit, inside)):
            if (weights.credit_fields and _between_fields(infos, i)) or i in owned:
                continue  # a row of an infobox ("Quelle: Hoher Kopf, 612 m"): no credit
            note = f"photo credit inside the content: {infos[i].block.text.strip()[:40]!r}"
            edits.append(_edit(text, CREDIT.name, infos[i], infos[i], note))
    if CAPTION.name in enabled:
        for i, line in enumerate(inside, first):
            # (a credit alone is extract-credit's; a line without a label's ':', a mark's
            # '©' or '(' is no caption, ``is_caption``'s first test: told before the words)
            if not (":" in line or "©" in line or "(" in line):
                continue
            if 0 < infos[i].words <= _SHORT_ENOUGH and page.caption(line) and i not in owned:
                if weights.credit_pairs and page.credits and line in page.credits:
                    continue  # (a paragraph that ends in its agencies' credit: ``wires``)
                note = (
                    f"image caption inside the content that ends in a photo credit "
                    f"({len(line.split())} words, at most {CAPTION_WORDS}): "
                    f"{line.strip()[-40:]!r}"
                )
                edits.append(_edit(text, CAPTION.name, infos[i], infos[i], note))
    if CHART.name in enabled:
        for k in chart_lines(inside, page.credit):
            line = infos[first + k].block.text.strip()
            note = f"a chart's line inside the content (label, source, legend, axis): {line[:40]!r}"
            edits.append(_edit(text, CHART.name, infos[first + k], infos[first + k], note))
    if PULL_QUOTE.name in enabled:
        for k in pull_quotes(inside, list(map(_WORDS, infos[first : last + 1]))):
            line = infos[first + k].block.text.strip()
            note = f"pull quote inside the content (a longer paragraph holds it): {line[:40]!r}"
            edits.append(_edit(text, PULL_QUOTE.name, infos[first + k], infos[first + k], note))
    if TOC.name in enabled and "repeat" in map(_KIND, itertools.islice(infos, first, last + 1)):
        toc_lines = infos[first : last + 1]
        toc_kinds, toc_keys = [x.kind for x in toc_lines], [x.key for x in toc_lines]
        contents = toc_box(toc_kinds, toc_keys, [x.words for x in toc_lines])
        if contents is not None:
            toc_top, toc_end = infos[first + contents[0]], infos[first + contents[1]]
            note = f"table of contents inside the content: {toc_top.block.text.strip()[:40]!r}"
            note += f" and {contents[1] - contents[0]} lines under it, each a heading further down"
            edits.append(_edit(text, TOC.name, toc_top, toc_end, note))
    if BYLINE.name in enabled:
        by = byline_heads()  # (a line whose first word is none is no byline: no pattern)
        for i in range(first, last + 1):
            info = infos[i]
            if not 0 < info.words <= BYLINE_WORDS:
                continue
            key = info.key  # (unless it holds a byline mark: "홍길동 기자", ``bylines.marked``)
            if key.partition(" ")[0] not in by and (key.isascii() or not byline_marked(key)):
                continue
            line = info.block.text
            if is_byline(line):
                note = f"byline inside the content: {line.strip()[:40]!r}"
                edits.append(_edit(text, BYLINE.name, infos[i], infos[i], note))
    if APPEAL.name in enabled and page.appeal_keys:  # (the page's lines with a phrase)
        # (a line of twice the words an appeal may have is a paragraph: not looked at)
        appeals = page.appeal_keys
        for i in range(first, last + 1):
            info = infos[i]
            phrase = appeals.get(info.key)  # (most lines have none: no word count read)
            if phrase is not None and 0 < info.words <= _SHORT_ENOUGH:
                line = infos[i].block.text
                note = (
                    f"the site's appeal to the reader inside the content ({phrase!r}, a line "
                    f"of {len(line.split())} words, at most {APPEAL_WORDS}): "
                    f"{line.strip()[:40]!r}"
                )
                edits.append(_edit(text, APPEAL.name, infos[i], infos[i], note))
    if INSERTED_LINES.name in enabled:
        for found in resumes:
            note = inserted_note(infos, found)
            edits.append(_edit(text, INSERTED_LINES.name, infos[found[0]], infos[found[1]], note))
    if SIGNUP.name in enabled:
        paragraphs = weights.signup_paragraphs
        for box in signup_boxes(infos, first, last, page.signup_keys, paragraphs):
            note = f"sign-up box inside the content: {infos[box[0]].block.text.strip()[:40]!r}"
            note += f" and {len(box) - 1} more lines of it"
            if any(is_pitch(infos[i]) for i in box):
                note += _PITCH_NOTE
            edits.append(_edit(text, SIGNUP.name, infos[box[0]], infos[box[-1]], note))
    thread = _index(map(_UI, itertools.islice(infos, last + 1, None)), "thread", last + 1)
    end = len(infos) - 1 if thread is None else thread - 1
    framed = not (weights.unframed_tail and given and _unframed(infos, first, last))
    if last < end and TAIL.name in enabled and framed:
        content, foreign = words or _words(text, infos, first, last, span_score, weights, features)
        kept = _Kept(
            lead, unstopped, kept_to, card, rest, gallery, bio, popular, digest, resumes, unlisted
        )
        why = _Later(_tail_note, infos, last, end, content, joined, fields, foreign, kept, weights)
        edits.append(_edit(text, TAIL.name, infos[last + 1], infos[end], why))
    if thread is not None:
        why = _Later(_why_thread, infos, thread, weights)
        edits.append(_edit(text, THREAD.name, infos[thread], infos[-1], why))
        if last < end and TAIL.name in enabled and framed:
            edits[-2:] = _split_tail(text, edits[-2], edits[-1])
    edits = _clip(edits)
    if features is not None and _settled(text, infos, prose, edits, features, weights):
        features.settled = (apply_edits(text, edits), patterns, weights, enabled)
    return edits


#: the kinds of a page's frame: a UI string, a menu word, a comment or a box heading
_FRAME_KINDS = frozenset({"ui", "hint", "stop", "box"})


def _unframed(infos: Sequence[LineInfo], first: int, last: int) -> bool:
    """``unframed-tail``: the text as given (no pass before) has no frame, as ``extract``'s own
    output has none: its main content starts at its first line (no title, no menu above it)
    and no line after the content's ``last`` is a UI string, a menu word, a comment heading
    or a box heading (``_FRAME_KINDS``). The lines after the content are then no footer to
    cut: the second half of a list that scores under the text's own threshold, a paragraph
    under a heading in a language with few listed stopwords.

    >>> mk = lambda kind: LineInfo(Block(0, 0, "", 0), 3, 0.0, False, kind, -3.0)
    >>> _unframed([mk("good"), mk("short"), mk("short")], 0, 0)
    True
    >>> _unframed([mk("good"), mk("short"), mk("ui")], 0, 0)
    False
    >>> _unframed([mk("short"), mk("good"), mk("short")], 1, 1)
    False
    """
    if first > 0:
        return False
    return not any(infos[i].kind in _FRAME_KINDS for i in range(last + 1, len(infos)))


_PITCH_NOTE = (
    f" (a subscription or sign-in pitch: at least {PITCH_LINES} lines with a sign-up phrase, "
    f"each within {PITCH_GAP} lines of the one before, no other line over {PITCH_WORDS} words "
    f"or UI text between them, a paragraph within {PITCH_REACH} lines after it; scored as "
    "blank lines, so that the article goes on after it)"
)


def _words(
    text: str,
    infos: Sequence[LineInfo],
    first: int,
    last: int,
    span_score: float,
    w: Weights,
    features: PageFeatures | None,
) -> tuple[_Later, _Later]:
    """What the head and tail notes end with, to be made when first read: the words on the
    main content (``_content``) and on its paragraphs in another language (``_foreign_words``:
    the page's densities are read now, ``features`` keep the last text's)."""
    density = features.of(text).density if w.foreign and features is not None else None
    content = _Later(_content, infos, first, last, span_score, w)
    return content, _Later(_foreign_words, infos, first, last, density)


class _Kept(NamedTuple):
    """What the tail note tells of the lines kept after the main content's run: the line of
    an announced list (``lead``), the paragraphs without a full stop after ``unstopped`` to
    ``kept_to``, a recipe card, the article resumed after a box (``rest``; ``gallery``: the
    first part was a gallery's captions), the author's bio, a most-read list, a digest of other
    stories under a box heading (-1 or ``None`` for none), the runs after lines inserted into
    the article that go on with its words (``resumes``), the short last paragraph without
    a listed word (``unlisted``, -1 for none)."""

    lead: int
    unstopped: int
    kept_to: int
    card: tuple[int, int] | None
    rest: tuple[int, int] | None
    gallery: str
    bio: int
    popular: int
    digest: int
    resumes: list[Interrupted]
    unlisted: int = -1


def _head_note(
    infos: Sequence[LineInfo],
    first: int,
    anchored: str,
    content: Callable[[], str],
    below: str,
    joined: list[Joined],
    foreign: Callable[[], str],
    runs: list[tuple[float, int, int]],
    w: Weights,
) -> str:
    """The ``extract-head`` note (before ``_head_edits`` adds what it keeps): why the lines
    before ``first`` went (``anchored``: the headline's note, if the content was anchored
    under it), with the notes on the lines moved above the headline (``below``), the runs
    joined (``joined``), ``foreign``, a lone teaser and the markup lines."""
    note = anchored or _why_head(infos, first, content())
    note += f"; {below}" if below else ""
    note += f"; {why_joined(infos, joined)}" if joined else ""
    note += foreign()
    note += _why_teaser(infos, first, w, runs)
    return note + why_markup(infos, 0, first)


def _tail_note(
    infos: Sequence[LineInfo],
    last: int,
    end: int,
    content: Callable[[], str],
    joined: list[Joined],
    fields: str,
    foreign: Callable[[], str],
    kept: _Kept,
    w: Weights,
) -> str:
    """The ``extract-tail`` note: why the lines ``last + 1`` to ``end`` went, and what was
    kept after the main content's run (``kept``)."""
    note = _why_tail(infos, last, content(), w)
    note += f"; {why_joined(infos, joined)}" if joined else ""
    note += fields + foreign() + why_markup(infos, last + 1, end + 1)
    note += why_ranked_box(infos, last + 1, end, w) + why_form_pitch(infos, last + 1, end)
    lead, unstopped, kept_to, card, rest, gallery, bio, popular, digest, resumes, unlisted = kept
    note += why_interrupted(infos, resumes)
    if lead >= 0:
        note += (
            f"; the list announced at line {_line_no(infos[lead])} "
            f"({infos[lead].block.text.strip()[:40]!r}) is kept to line {_line_no(infos[last])}"
        )
    if 0 <= unlisted <= kept_to:
        note += (
            f"; the short last paragraph at line {_line_no(infos[unlisted])} is kept (a "
            "sentence with its full stop right after the content, short only for its few "
            "listed words: unlisted-tail)"
        )
    stopless = unlisted - 1 if 0 <= unlisted <= kept_to else kept_to
    if stopless > unstopped:
        note += (
            "; the paragraph without a full stop at "
            f"{line_range(infos, unstopped + 1, stopless)} is kept (it follows the content)"
        )
    if card is not None:
        note += (
            f"; the recipe card at {line_range(infos, card[0], card[1])} (its ingredients "
            "and method) is the article's"
        )
    if rest is not None and not gallery:
        note += (
            f"; the article resumes at {line_range(infos, rest[0], rest[1])} after a box "
            "inside it (extract-related)"
        )
    if bio >= 0 and is_site_heading(infos[bio].block.text):
        note += (
            f"; the box about the site under {infos[bio].block.text.strip()[:40]!r} at "
            f"{line_range(infos, bio, bio)} ends the article (site-about)"
        )
    elif bio >= 0 and not is_bio(infos[bio].block.text):
        note += (
            f"; the author's bio box (the name {infos[bio].block.text.strip()[:40]!r}, then a "
            f"bio) at {line_range(infos, bio, bio + 1)} ends the article (bio-box)"
        )
    elif bio >= 0:
        note += f"; the author's bio at {line_range(infos, bio, bio)} ends the article"
    if popular >= 0:
        note += (
            f"; the numbered list under {infos[popular].block.text.strip()[:40]!r} at "
            f"{line_range(infos, popular, popular)} is a most-read list, not the article's"
        )
    if digest >= 0:
        note += (
            f"; the headlines under {infos[digest].block.text.strip()[:40]!r} at "
            f"{line_range(infos, digest, digest)}, each over its excerpt, are a digest of "
            "other stories, not the article's"
        )
    return note


def _split_tail(text: str, tail: Edit, thread: Edit) -> list[Edit]:
    """The tail removal and the comment thread after it, as the one removal to the end of
    the text they make together, split where the thread starts: the blank lines before the
    tail go with it, as when the tail alone runs to the end (no trailing line break left).

    >>> t = "Story.\\n\\nShare\\n\\nAnn says:"
    >>> a, b = _split_tail(t, Edit("t", 8, 15, t[8:15]), Edit("c", 15, 24, t[15:]))
    >>> (a.start, a.end, b.start, b.end), t[: a.start]
    ((6, 15, 15, 24), 'Story.')
    """
    start, end = removal_span(text, tail.start, thread.end)
    cut = max(start, thread.start)
    return [
        tail.respanned(start, cut, text[start:cut]),
        thread.respanned(cut, end, text[cut:end]),
    ]


def _short_post(
    infos: Sequence[LineInfo], span: tuple[int, int] | None, note: str, w: Weights
) -> tuple[tuple[int, int] | None, str]:
    """``span`` and its ``note``, or a post of short lines under the headline
    (``before_comments.short_post``) and its note."""
    post = short_post(infos, span, w)
    return (span, note) if post is None else post


def _page_features(patterns: Patterns | None, features: PageFeatures | None) -> PageFeatures:
    """``features`` if :func:`classify_lines` uses it with ``patterns``, else a new one that
    it uses (the features of the text classified are then in the one returned)."""
    patterns = patterns or Patterns.builtin()
    stopwords = Stopwords.load()
    if features is None or features.patterns is not patterns or features.stopwords is not stopwords:
        return PageFeatures(patterns, stopwords)
    return features


def _foreign_words(
    infos: Sequence[LineInfo], first: int, last: int, page_density: list[float] | None
) -> str:
    """The note's words for the main content's paragraphs in another language than the
    page's (``foreign.py``); "" if there are none, or no densities (``_page_density``)."""
    if page_density is None:
        return ""
    return foreign_note(infos, first, last, page_density)


#: lines with more words than this (``LineInfo.words``) are paragraphs, not looked at by the
#: one-line rules (captions, appeals: at most 40 words each as they count them)
_SHORT_ENOUGH = 80


def _settled(
    text: str,
    infos: Sequence[LineInfo],
    prose: tuple[int, int] | None,
    edits: list[Edit],
    features: PageFeatures,
    w: Weights,
) -> bool:
    """True if extracting again from what ``edits`` leave of ``text``, a page of prose under
    a title line (``prose``: what ``_prose_span`` found), finds nothing to remove: the edits
    remove the title line alone, it is too short to count in the density threshold and too
    short to change the language (``PageFeatures.keeps_language``).

    Then every other line keeps its features, its class and its score (the first paragraph
    had no content line before it either), so the next pass sees the same paragraphs
    without the title: one run from the first line to the last (``_prose_span``), and the
    rules that look at the paragraphs themselves look at the same lines as this pass did
    (the author's bio among the last lines, photo credits, the comment thread after the
    first paragraph) and found nothing, or nothing they may remove.
    """
    return (
        prose is not None
        and prose[0] == 1
        and len(edits) == 1
        and edits[0].rule == HEAD.name
        and edits[0].end <= infos[1].block.start
        and infos[0].words < w.good_words
        and features.keeps_language(text, infos[0].block.text)
    )


def _before(infos: Sequence[LineInfo], i: int) -> int:
    """The last non-blank line before line ``i`` (``i - 1`` if there is none)."""
    j = i - 1
    while j > 0 and infos[j].kind == "empty":
        j -= 1
    return j


def _head_edits(
    text: str,
    infos: Sequence[LineInfo],
    first: int,
    why: Callable[[], str],
    gallery: str,
    w: Weights,
    toc: tuple[tuple[int, int], int] | None = None,
    details: tuple[int, int] | None = None,
    title: str | None = None,
    facts: tuple[int, int] | None = None,
) -> list[Edit]:
    """The ``extract-head`` removal of the lines before ``first``, around the lead under the
    headline (``lead.py``), the standfirst (``standfirst.py``), the intro above a table
    of contents (``toc``: ``contents.toc_intro``'s), an event's details (``details``:
    ``events.event_details``'s) and the deck above them all
    (``deck.py``) if there are any. ``why``: the note's
    start (``_head_note``); ``gallery``: its words on a gallery's captions, if any."""
    first_kept = first if toc is None else toc[0][0]
    first_kept = first_kept if details is None else details[0]
    first_kept = first_kept if facts is None else facts[0]
    lead = lead_lines(infos, first_kept, w)
    like = sentence_like if not w.caseless_clauses else _sentence_or_clauses
    deck = standfirst(infos, first_kept, w, like, caption_pattern())
    if deck is not None and lead is not None and deck[0] <= lead[1]:
        deck = None  # (the lead took it)
    intro = None
    if lead is None and deck is None:
        intro = intro_lines(infos, first_kept, w, sentence_like, caption_pattern(), title=title)
    elif w.intro_below:  # (the article's first paragraph between the lead and a box)
        intro = _intro_below(infos, first_kept, w, max(k[1] for k in (lead, deck) if k), title)
    code = _shapes().code.search
    if intro is not None and w.intro_lists and list_between(infos, intro[1], first_kept, code):
        intro = (intro[0], first_kept - 1, intro[2])  # (code under it: ``intro-lists``)
    kept = [] if toc is None else [toc[0]]
    kept += [k for k in (lead, deck, details, facts) if k is not None]
    kept += [] if intro is None else [intro[:2]]
    top = min([first_kept, *(a for a, _ in kept)])
    above = deck_line(infos, top, first, w, like, caption_pattern(), _cased_or_caseless)
    if not kept and above is None:  # (nothing kept above: an intro without its full stop)
        intro = intro_lines(
            infos, first_kept, w, sentence_like, caption_pattern(), loose=True, title=title
        )
        if intro is not None and refused(infos, intro[0]):
            intro = None  # (the deck rule's line: under the headline, or half a sentence)
        if intro is not None:
            kept.append(intro[:2])
            above = deck_line(
                infos, intro[0], first, w, like, caption_pattern(), _cased_or_caseless
            )
    kept += [] if above is None else [(above[1], above[2])]
    below = None  # (nothing kept above: the lead further under the headline, ``lead.py``)
    if lead is None and deck is None and above is None:
        below = lead_below(infos, first_kept, w)
        if below is not None and intro is not None and below[1] >= intro[0]:
            below = None
    kept += [] if below is None else [below[:2]]
    kept_at = (toc, lead, deck, intro, above, details, below, facts)
    note = _Later(_kept_note, infos, first, why, gallery, *kept_at)
    bounds = [-1, *(k for a, b in sorted(kept) for k in (a, b)), first]
    parts = [(bounds[i] + 1, bounds[i + 1] - 1) for i in range(0, len(bounds), 2)]
    return [_edit(text, HEAD.name, infos[a], infos[b], note) for a, b in parts if a <= b]


def _intro_below(
    infos: Sequence[LineInfo], first: int, w: Weights, kept: int, title: str | None
) -> Found | None:
    """The intro between the lead or standfirst kept above the article (which ends at line
    ``kept``) and the main content (which starts at ``first``), or ``None``: the article's
    first paragraph, parted from the rest by a box (``intro.intro_lines``, whose lines must
    all be under line ``kept``). Not searched when no paragraph of ``INTRO_WORDS`` words or
    more is there (the lead right above the article, on most pages)."""
    between = range(kept + 1, first)
    if not any(infos[i].kind in INTRO_KINDS and infos[i].words >= INTRO_WORDS for i in between):
        return None
    intro = intro_lines(infos, first, w, sentence_like, caption_pattern(), title=title)
    return intro if intro is not None and intro[0] > kept else None


def _kept_note(
    infos: Sequence[LineInfo],
    first: int,
    why: Callable[[], str],
    gallery: str,
    toc: tuple[tuple[int, int], int] | None,
    lead: tuple[int, int] | None,
    deck: tuple[int, int] | None,
    intro: Found | None,
    above: DeckFound | None = None,
    details: tuple[int, int] | None = None,
    below: Below | None = None,
    facts: tuple[int, int] | None = None,
) -> str:
    """The ``extract-head`` note: ``why()``, then what ``_head_edits`` kept above ``first``
    (``above``: the deck, ``deck.py``; ``details``: an event's, ``events.py``)."""
    note = why() + (f"; {gallery}" if gallery else "")
    first_kept = first
    if details is not None:
        lines = line_range(infos, details[0], details[1])
        note += f"; {why_details(lines, by_times(infos, details))}"
        first_kept = details[0]
    if facts is not None:
        note += f"; {why_facts(line_range(infos, facts[0], facts[1]))}"
        first_kept = facts[0]
    if toc is not None:
        (a, b), _ = toc
        note += (
            f"; the intro at {line_range(infos, a, b)} is kept (the paragraph above a table "
            f"of contents whose entries come again as headings in the article, at "
            f"{line_range(infos, b + 1, first - 1)})"
        )
        first_kept = a
    if lead is not None:
        note += (
            f"; the lead at {line_range(infos, lead[0], lead[1])} is kept (the paragraph "
            "under the headline, before a box)"
        )
    if below is not None:
        note += f"; {why_lead_below(infos, below)}"
    if deck is not None:
        note += (
            f"; the standfirst at {line_range(infos, deck[0], deck[1])} is kept (a sentence "
            "before the byline or date lines above the article)"
        )
    if intro is not None:
        note += f"; {why_intro(infos, intro, first_kept)}"
    if above is not None:
        note += f"; {why_deck(infos, above)}"
    return note


@lru_cache(maxsize=1)
def _extract_rule_names() -> frozenset[str]:
    return frozenset(r.name for r in step_rules("boilerplate") if r.preset == "extract")


def _line_no(info: LineInfo) -> int:
    return info.block.index + 1


def _content(
    infos: Sequence[LineInfo], first: int, last: int, score: float, w: Weights = WEIGHTS
) -> str:
    return chosen(infos, first, last, score, w, best_run)


def _why_head(infos: Sequence[LineInfo], first: int, content: str) -> str:
    """Why the lines before the main content went: what they scored, and ``content``, what
    the content did (``_content``).

    >>> mk = lambda i, s, k="short": LineInfo(Block(0, 0, "", i), 1, 0.0, False, k, s)
    >>> infos = [mk(0, -3.0), mk(1, -4.5), mk(3, 20.0)]
    >>> print(_why_head(infos, 2, _content(infos, 2, 2, 20.0))[:59])
    2 lines before the main content scored -7.5 (menus, header,
    """
    head = sum(infos[i].score for i in range(first))
    return (
        f"{first} lines before the main content scored {head:.1f} (menus, header, title "
        f"block); {best_in(infos, 0, first, best_run)}; {content}"
    )


def _why_tail(infos: Sequence[LineInfo], last: int, content: str, w: Weights = WEIGHTS) -> str:
    """Why the lines after the main content went: a comment heading that ends the article,
    or what they scored; and ``content``, what the content did (``_content``)."""
    rest = range(last + 1, len(infos))
    stop = next((i for i in rest if infos[i].kind == "stop"), None)
    tail = sum(infos[i].score for i in rest)
    why = f"{len(rest)} lines after the main content scored {tail:.1f}"
    if stop is not None and infos[stop].ui == "thread":
        why += f"; the comment thread at line {_line_no(infos[stop])} ends the article"
    elif stop is not None and infos[stop].ui == "form":
        why += f"; {_why_form(infos, stop, w)}"
    elif stop is not None:
        heading = infos[stop].block.text.strip()[:40]
        why += f"; the heading {heading!r} at line {_line_no(infos[stop])} ends the article"
    best = best_in(infos, last + 1, len(infos), best_run)
    return f"{why} (related links, comments, footer); {best}; {content}"


def _why_form(infos: Sequence[LineInfo], stop: int, w: Weights) -> str:
    """Why a comment form ended the article: its first label and its fields."""
    form = _comment_form(infos)
    if form is None:  # pragma: no cover - the line was marked as the form's
        return f"the comment form at line {_line_no(infos[stop])} ends the article"
    return why_form(form, _line_no(infos[stop]), infos[form.label].block.text)


def _why_teaser(
    infos: Sequence[LineInfo], first: int, w: Weights, runs: list[tuple[float, int, int]]
) -> str:
    """The note's words for a run worth an article before the main content that was passed
    over as a lone teaser (``_lone_teaser``); "" if there is none. ``runs``: the page's runs
    (``positive_runs`` over all of ``infos``)."""
    top = max((r[0] for r in runs), default=0.0)
    for score, a, b in runs:
        if b < first and score >= w.zone_min and _lone_teaser(infos, a, b, score, top, w):
            return (
                f"; the run at {line_range(infos, a, b)} scored {score:.1f} but is a single "
                f"paragraph worth less than {w.lone_ratio:.0%} of the best run ({top:.1f}): "
                "a teaser"
            )
    return ""


def _why_thread(infos: Sequence[LineInfo], start: int, w: Weights) -> str:
    """Why a comment thread without a heading went: the shape that repeats."""
    first = _first_paragraph(infos)
    bare = _bare_thread(infos, first, w)
    if bare is not None and bare[0] == start:
        return why_bare(bare[1], _line_no(infos[start]), infos[start].block.text.strip())
    return (
        f"comment thread from line {_line_no(infos[start])} to the end: bylines or times "
        f"('{infos[start].block.text.strip()[:40]}') and reply buttons repeat"
    )


def _clip(edits: list[Edit]) -> list[Edit]:
    """Make the edits' spans disjoint (a removal span may take the blank lines after it)."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: e.start):
        if out and e.start < out[-1].end:
            if e.end <= out[-1].end:
                continue
            e = e.respanned(out[-1].end, e.end, e.before[out[-1].end - e.start :])
        out.append(e)
    return out
