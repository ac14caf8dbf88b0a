"""Configuration: presets, steps, rule switches and thresholds.

A :class:`Config` is an immutable value. Build one with keyword arguments, from a dict or from
a TOML file; every field has a safe default.

>>> cfg = Config(disable=frozenset({"capitalize-sentence"}))
>>> cfg.rule_enabled("capitalize-sentence"), cfg.rule_enabled("collapse-spaces")
(False, True)
>>> Config.from_dict({"preset": "extract", "dedup": {"threshold": 0.7}}).dedup.threshold
0.7
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import sys
import tomllib
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleantext.errors import ConfigError, InputError, did_you_mean, keywords_checked
from cleantext.rules import get_rule
from cleantext.steps import STEP_NAMES

__all__ = [
    "PRESETS",
    "BlockDedupOptions",
    "BoilerplateOptions",
    "Config",
    "ConfigError",
    "NormalizeOptions",
    "Range",
    "find_config_file",
    "parse_json_config",
]

#: Presets select how aggressive the boilerplate step is.
#: ``light`` removes only what is certainly not content; ``extract`` finds the main content in
#: whole-page text; ``none`` skips boilerplate removal.
PRESETS = ("light", "extract", "none")

#: Normalizer profiles: ``default`` keeps the author's quote style, ``ftfy`` follows ftfy.
PROFILES = ("default", "ftfy")

#: the most digits an integer in a config may have before it is described, not printed
_SHOWN_DIGITS = 30


@dataclass(frozen=True)
class Range:
    """The allowed values of a numeric option: an integer or a finite number between bounds.

    >>> Range(int, 1, 1024).describe()
    'an integer in 1..1024'
    >>> Range(float, 0, 1, lo_open=True).describe()
    'a number in (0, 1]'
    >>> Range(int, 1, 1024).allows(True), Range(float, 0, 1).allows(float("nan"))
    (False, False)
    """

    kind: type[int] | type[float]
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def describe(self) -> str:
        """The range in words, as error messages and docs give it."""
        lo, hi = _num(self.lo), _num(self.hi)
        if self.kind is int:
            return f"an integer in {lo}..{hi}"
        return f"a number in {'(' if self.lo_open else '['}{lo}, {hi}{')' if self.hi_open else ']'}"

    def allows(self, value: Any) -> bool:
        """Whether ``value`` has the right type and lies in the range (bools are not numbers)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if isinstance(value, float) and (self.kind is int or not math.isfinite(value)):
            return False
        above = value > self.lo if self.lo_open else value >= self.lo
        below = value < self.hi if self.hi_open else value <= self.hi
        return above and below


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _show(value: Any) -> str:
    """``value`` for an error message: short, and never an error itself (huge integers)."""
    if isinstance(value, _HugeInt):
        return f"an integer of {value.digits} digits"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**_SHOWN_DIGITS:
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    kind = "" if isinstance(value, int | float | bool) else f" ({type(value).__name__})"
    try:
        return _clip(repr(value)) + kind
    except ValueError:  # a huge integer inside a list or table
        return f"a {type(value).__name__} holding an integer of thousands of digits"
    except RecursionError:
        return f"a {type(value).__name__} nested too deep"


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


class _HugeInt(str):
    """An integer literal too long to convert (Python refuses more than 4,300 digits); kept as
    its digit count so that the option it was given for can be named in the error."""

    @property
    def digits(self) -> int:
        return len(self.lstrip("+-"))


def _range(kind: type[int] | type[float], lo: float, hi: float, **opts: bool) -> dict[str, Any]:
    return {"range": Range(kind, lo, hi, **opts)}


def _check_ranges(section: str, options: Any) -> None:
    """Every numeric field of ``options`` holds a value its :class:`Range` allows; integers
    given for a number are stored as floats."""
    for f in dataclasses.fields(options):
        rng = f.metadata.get("range")
        if rng is None:
            continue
        value = getattr(options, f.name)
        if not rng.allows(value):
            raise ConfigError(f"{section}.{f.name} must be {rng.describe()}, not {_show(value)}")
        if rng.kind is float and not isinstance(value, float):
            object.__setattr__(options, f.name, float(value))


@keywords_checked
@dataclass(frozen=True)
class NormalizeOptions:
    """Options of the ``normalize`` step."""

    profile: str = "default"

    def __post_init__(self) -> None:
        _check_choice("profile", self.profile, PROFILES)


@keywords_checked
@dataclass(frozen=True)
class BlockDedupOptions:
    """Options of the ``dedup-blocks`` step. Each value is checked against its range
    (:data:`BlockDedupOptions.ranges`, listed in docs/tuning.md) when the options are made.

    Attributes:
        threshold: minimum Jaccard similarity of word shingles for a later run of several
            paragraphs that is not word-for-word identical to count as a copy of an earlier one.
        min_words: a repeated run is removed only if it has at least this many words (and, when
            it is not identical, shares 1.5 times as many consecutive words with the earlier copy);
            shorter blocks go only as part of a repeated run.
        shingle: word n-gram size used for the similarity.
        num_perm: MinHash permutations used to find candidates (memory and time grow with it).
        candidate_threshold: minimum Jaccard similarity of two sentence windows for the LSH
            candidate to be kept (runs are verified again as a whole with ``threshold``);
            below 1, because the LSH banding needs a threshold it can miss.
        refrain_lines: a later copy that is a stanza of verse of at least this many lines,
            with verse between it and the earlier copy (a song's chorus), is kept
            (:mod:`cleantext.blocks.refrain`); 0 removes it as any other copy.
        sibling_headings: a later copy under another heading of a family of at least this
            many sibling headings ("Plan A", "Plan B", "Plan C") than the earlier copy is
            kept (:mod:`cleantext.blocks.sections`); 0 removes it as any other copy.

    >>> BlockDedupOptions(num_perm=0)
    Traceback (most recent call last):
    cleantext.errors.ConfigError: dedup.num_perm must be an integer in 1..1024, not 0
    """

    threshold: float = field(default=0.7, metadata=_range(float, 0, 1, lo_open=True))
    min_words: int = field(default=20, metadata=_range(int, 1, 100_000))
    shingle: int = field(default=3, metadata=_range(int, 1, 32))
    num_perm: int = field(default=128, metadata=_range(int, 1, 1024))
    candidate_threshold: float = field(
        default=0.5, metadata=_range(float, 0, 1, lo_open=True, hi_open=True)
    )
    refrain_lines: int = field(default=3, metadata=_range(int, 0, 1000))
    sibling_headings: int = field(default=3, metadata=_range(int, 0, 1000))

    def __post_init__(self) -> None:
        _check_ranges("dedup", self)

    @classmethod
    def ranges(cls) -> dict[str, Range]:
        """The allowed range of each option.

        >>> BlockDedupOptions.ranges()["shingle"].describe()
        'an integer in 1..32'
        """
        return {f.name: f.metadata["range"] for f in dataclasses.fields(cls)}


#: the ``extract`` preset's mechanisms that move the article's ends, which
#: ``boilerplate.extract_off`` can switch off: the page title's headline anchor, lists inside the
#: article, runs that continue the article after an interruption, single-paragraph teasers not taken
#: for the article, a last paragraph without a full stop, an author's bio ending it, a standfirst, a
#: most-read list, the lead under the headline, the intro above a table of contents, a table of
#: "Label: value" rows after the article, a paragraph in another language than the page's, a comment
#: thread without a heading or reply buttons (``boilerplate/thread.py``), sentence case told by
#: function words where nouns are capitalised (``noun-case``: German), the deck under the headline
#: with no byline between it and the article (``deck``), a log-in or registration form's messages
#: taken for no article (``login-form``), the article's first half before a gallery or table joined
#: to the run after it (``continued-before``), a comma between clauses as sentence case in scripts
#: without letter case (``caseless-clauses``), a forum or Q&A thread as the content
#: (``forum-posts``), a heading listed again in a table of contents (``section-headings``), the
#: article going on after an ad label, a sign-up box or a media player inside it (``interrupted``),
#: content words of scripts without spaces read as character pairs, letter runs or syllable stems
#: (``content-grams``), lines above the page title's headline set as a list (a menu of whole
#: sentences) cut off the article under it (``listed-above``), an "About us" box ending the article
#: (``site-about``), a table of label and value lines with measures after the article
#: (``paired-fields``), a press release's contact block after it (``press-contact``), a subscription
#: or sign-in pitch scored as blank lines (``pitch-boxes``), an ad slot's line ("Story continues
#: below") that parts no halves of the article (``ad-slots``), the intro above a box that lost its
#: full stop (``intro-unstopped``), a question or exclamation the article opens with
#: (``opening-line``), no stopword-density threshold for a long line with a full stop in a language
#: whose list misses most function words (``loose-density``: Korean's particles), a short label
#: repeated between paragraphs scored blank (``page-labels``), the first paragraph further under the
#: headline, past short lines, that shares the article's words (``lead-below``), a list of short
#: lines between two paragraphs of the intro (``intro-lists``), a review's pros and cons box right
#: above or after it (``pros-cons``), a live blog's entry times between its entries scored as blank
#: lines (``live-times``), the article going on after a box of headlines set as a list inside it
#: (``link-boxes``), the intro between a lead kept under the headline and the article
#: (``intro-below-lead``), the intro right under a caption that ends in its credit
#: (``intro-captioned``), the lines a first paragraph starts on right above the article
#: (``split-opening``), a dateline with a date and a description above it (``dated-line``), no
#: standfirst above the page title's headline (``standfirst-headline``), the intro search going on
#: past a share bar's comment count (``share-counts``), a photo gallery's slide counters beside its
#: captions scored as blank lines (``slide-counters``), a run after a box the article already holds
#: (a buying guide's box per product: ``continued-repeat``), the article's header coming again
#: inside it: the next story of a page that shows several (``next-story``), a short article under
#: the headline instead of a most-read list of headlines and excerpts after it (``ranked-box``), the
#: article going on under an ad slot that says so, whatever the site put between (``slot-gaps``), a
#: menu word over a paragraph read as a section heading, not a link (``hint-headings``), an e-mail's
#: quoted reply ("> " before each line) read as hard-wrapped text (``quoted-lines``), a forum thread
#: whose posts each end with the poster's profile, then a button (``profiled-posts``: phpBB), a
#: short last paragraph with its full stop that is short only for its few listed words
#: (``unlisted-tail``), a paragraph of three sentences under a photo credit alone read as the intro,
#: not the picture's caption (``intro-sentences``), a short article under the headline instead of a
#: list of teasers with read-more buttons after it (``teaser-list``), a deck under the headline with
#: no listed word, read by its letters (``unlisted-deck``: Finnish, Georgian), a table of figures
#: between two paragraphs of the story, its cells on lines of their own, kept as the article's
#: (``article-tables``), a poll widget inside the article (``poll-boxes``), a box of teasers with
#: counter lines (``counter-boxes``) and a shop box with a price and a shop button (``shop-boxes``)
#: as boxes inside the story, a paragraph that a broad credit hint matches kept as one
#: (``credit-sentences``), a table of 3 field rows right after the article kept as its
#: (``short-tables``), a time or score line between the items of an announced list kept as one of
#: them (``dated-items``), a share button that is also a noun ("Line") UI only beside other UI
#: (``lone-words``), a page whose own message is an error one emptied (``error-pages``), a ranked
#: list of paragraphs that the page's title names kept as the article (``titled-list``), a list
#: under a heading that names it ("Features", "Programme") next to the article kept as its
#: (``named-sections``), a name line over its bio ending the article (``bio-box``), a run under a
#: byline and a date line not joined to the article (``next-header``), the story's last paragraph
#: after a box inside it, then its share bar, kept (``last-paragraph``), the first item's headline
#: ("1. ...") right above the article kept when the article's other items have one
#: (``ranked-head``), a table inside the article of up to 150 cells, not 30 (``long-tables``), a box
#: of teaser headlines without a heading after it ending it (``headline-box``), a related line over
#: teaser pairs to the run's end ending it (``related-digest``), a "Label: value" row listing
#: names (a match's lineups, a film's cast) counted as a row of a table of fields after the
#: article, which then ends with that table (``name-lists``), a legal notice's address and
#: "Label: value" lines under its heading kept on a page whose title is the notice
#: (``imprint-head``), a blog home page's next posts, each under its date and headline and over
#: the same footer line as the first, joined to it (``home-posts``), the lead further under the
#: headline found past a toolbar's buttons, restating the headline (``lead-toolbar``), lines above
#: the headline set as a list cut off in a text without blank lines when a byline or date line
#: is under the headline (``listed-header``), the story's last paragraph after an announced
#: list or an unheaded box of 3 to 5 key points, right above the footer and sharing 3 content
#: words with the article, kept (``list-last-paragraph``), a roundup's items past the run's
#: first read-more line, each a paragraph with its button, as many as the title or headline
#: counts, kept (``counted-items``), two sign-up lines in a row that are the article's own
#: paragraphs, sentences sharing its content words, kept (``signup-paragraphs``), a programme's
#: list of days written out, each over items that open with a clock time, kept (``timed-days``),
#: the first section's heading right under a table of contents that lists it first, kept
#: (``toc-heading``), a poem's first stanzas right above the run when it starts inside the poem,
#: kept (``verse-page``), the article's last section right after it, numbered next after its
#: numbered headings ("5. Contact" after 1 to 4), with its short lines, kept (``numbered-section``),
#: a box of 5 or more ranked one-sentence headlines that share few words, after a run with a
#: paragraph, no candidate for the main content (``ranked-headlines``), a paragraph right above a
#: form's e-mail field, under no paragraph, scored as blank (``form-pitch``), a line of a list
#: above the headline right under a line that is no sentence (a menu's heading) continuing
#: nothing, whatever its first word (``listed-under-heading``), a paragraph that ends in its
#: sentence, then a news agency's credit in brackets ("… по будним дням. (ИТАР-ТАСС)",
#: "…と話した。（共同）"), read as ending in its sentence (``credit-ends``), a recipe's
#: ingredients counted without a unit ("2 huevos") under a heading that names the list
#: ("Ingredientes:") kept with it (``ingredient-heading``), past a toolbar a lead of 2 sentences
#: under a photo credit alone restating the headline kept, no caption (``credit-lead``), in
#: Korean a sentence of 6 eojeol or more with its full stop a medium line whatever its density
#: (``loose-sentences``), a credit of agencies joined ("(dpa/AFP)") an agency's (``credit-pairs``),
#: of an even number of long lines the lower middle one's stopword density the typical one
#: (``lower-median``), a table between two paragraphs whose rows are lines of their own, a label
#: then figures ("Northport 1,240 +9.1%"), with its source line, the article's (``row-tables``), a
#: blog home page's next posts joined past a read-more button above each footer line, the footers'
#: counts read as one number whatever their figures (``more-posts``), a table with a header row
#: of labels, maybe under a line or two about it, filling the lines between the page title's
#: headline and the article kept as the article's start (``table-page``), a UI
#: line alone over a sentence that names its first word ("Share" over "Click Share, then ...")
#: kept as a section's heading, in the ``light`` preset too (``ui-headings``), a text's first line
#: right above the article, an opening line ("Wann wird meine Tonne geleert?") or a paragraph
#: ending in its full stop, the text's own, not the page's title (``untitled-top``), and a text
#: given with no frame (its content from its first line, no UI line, menu word, comment or box
#: heading after it: ``extract``'s own output) no tail cut off it (``unframed-tail``), a cookie
#: line that is a sentence, between two sentences or next to one naming cookies, kept as a cookie
#: policy's own prose, in the ``light`` preset too (``cookie-prose``), a footer's link
#: ("Privacy Policy", "Datenschutz") as the text's first line over two sentences kept as a legal
#: page's title, in the ``light`` preset too (``policy-title``), a UI word right over its
#: definition, 3 pairs of a term over a short sentence in a row, kept as a glossary's term, in
#: the ``light`` preset too (``glossary-terms``), a UI word among the short items of a list under
#: a line ending in ':' that is no UI, one item no UI either, kept as a how-to's step, in the
#: ``light`` preset too (``announced-steps``), the sections right
#: after an article parted by a heading of its own, each up to 2 short heading lines over 1 to 8
#: sentences, kept (``later-sections``), an infobox of "Label: value" rows between the intro and
#: its table of contents kept with the intro (``toc-infobox``), the header's fact lines under the
#: headline ("CDI · Lyon · Temps plein", "Código: 40215 · Créditos: 6 ECTS") kept above the
#: buttons (``header-facts``), a review's verdict (its heading, 1 to 3 paragraphs, a score line)
#: right after its pros and cons box kept with the box (``review-verdict``), an event's
#: unlabelled date and place lines above its description kept when one gives a time range
#: ("20:00 bis 24:00 Uhr": ``event-times``), the story's last paragraph after its list kept
#: when a box heading follows it ("Related posts": ``list-box-end``), a short line that a
#: broad credit hint matches but that is no credit ("Foto posten") kept as an item of a list a
#: line ending in ':' announces (``listed-hints``), a page's own contact block right after its
#: text, a heading ("Contact", "Zuständige Stelle") over an office row ("Office: room 3.21",
#: "Sprechzeiten: ...") and a phone or e-mail, kept (``office-contact``), a photo gallery's
#: slide counters ("Foto 3 di 8") inside the content removed as its navigation
#: (``slide-lines``), a table of 4 or more "Label: value" rows right above the article,
#: over a short heading ("Opis"), kept as a listing's facts (``fields-above``), a
#: place line with no figure ("Oude Haven, Zeestad") among an event's details
#: (``event-places``), a forum post's last sentences, short only for their few stopwords,
#: kept before its buttons and header (``post-sentences``), a line of a photo credit's
#: shape between two "Label: value" rows kept as an infobox's row ("Quelle: Hoher Kopf":
#: ``credit-fields``), a box of 3 or more teasers after a short article, each a headline, an
#: excerpt and a date line, cut off its end (``dated-teasers``), a copyright line right over
#: a licence's own prose ("Copyright (c) 2024 Jane Doe." over "Permission is hereby granted,
#: ..."), kept, in the ``light`` preset too (``licence-copyright``), numbered steps with
#: sub-steps between two paragraphs ("1. Open the form" / "- enter your name" / "2. Sign it"),
#: kept with no line announcing them (``nested-steps``), a reading list between paragraphs, its
#: lines opening with an author's surname and initials ("Tate, W. E. The Parish Chest"), no box
#: of teaser headlines (``reference-lists``), an announced list whose first item opens with a
#: word but has figures between commas, not ended as a numbered list at its second item
#: (``worded-items``), an announced list's items past a blank line (a nested sub-list), up
#: to the story's last paragraph, kept (``list-blocks``), a Q&A site's "Share" and "Follow"
#: buttons, each on a line of its own, read as one reply button under a post when two posts or
#: more have them (``paired-buttons``), a heading with a version number ("Version 5.1.3 – 2.
#: Dezember 2025") up to 8 words over a later section (``version-headings``), a README's "License"
#: heading over one sentence kept as its last section (``licence-section``), a paper's
#: citation under "Référence" or "Originalpublikation" right above a press contact block kept
#: with the block (``press-reference``), an abstract's keywords line ("Mots-clés : ...")
#: right after it kept (``keywords-line``), a date line as the first line under the
#: article's last numbered section ("7. Date of next meeting"), then its sentences, kept
#: (``numbered-dates``), an exhibition's range of days ("21 February - 30 August 2026")
#: standing for an event's time range above its text (``exhibition-dates``), a read-also line
#: ("Baca Juga: ...") between a paragraph and the story's last one, over its share bar or the
#: page's end, scored as a blank line, so that the last paragraph stays (``read-also-last``),
#: and a short last paragraph in a script whose sentences end in no mark (Thai, Lao), with
#: stopwords and opening with no figure, kept as one without a full stop is (``unmarked-tail``)
EXTRACT_MECHANISMS = (
    "headline",
    "inline-lists",
    "continued",
    "lone-teaser",
    "unstopped-tail",
    "author-bio",
    "standfirst",
    "popular-list",
    "lead",
    "toc-intro",
    "fields",
    "foreign-language",
    "before-comments",
    "bare-thread",
    "comment-form",
    "short-post",
    "verse",
    "resumed",
    "resumed-words",
    "resumed-table",
    "recipe-card",
    "list-credits",
    "intro",
    "hard-wrapped",
    "page-threshold",
    "markup",
    "gallery",
    "noun-case",
    "deck",
    "login-form",
    "continued-before",
    "caseless-clauses",
    "forum-posts",
    "section-headings",
    "interrupted",
    "content-grams",
    "listed-above",
    "site-about",
    "paired-fields",
    "press-contact",
    "event-details",
    "pitch-boxes",
    "ad-slots",
    "intro-unstopped",
    "opening-line",
    "loose-density",
    "page-labels",
    "lead-below",
    "intro-lists",
    "pros-cons",
    "live-times",
    "link-boxes",
    "intro-below-lead",
    "intro-captioned",
    "split-opening",
    "dated-line",
    "standfirst-headline",
    "share-counts",
    "slide-counters",
    "continued-repeat",
    "next-story",
    "ranked-box",
    "slot-gaps",
    "hint-headings",
    "quoted-lines",
    "profiled-posts",
    "unlisted-tail",
    "poll-boxes",
    "counter-boxes",
    "shop-boxes",
    "credit-sentences",
    "short-tables",
    "intro-sentences",
    "teaser-list",
    "unlisted-deck",
    "article-tables",
    "dated-items",
    "lone-words",
    "error-pages",
    "titled-list",
    "related-digest",
    "named-sections",
    "bio-box",
    "next-header",
    "last-paragraph",
    "ranked-head",
    "long-tables",
    "headline-box",
    "name-lists",
    "imprint-head",
    "home-posts",
    "lead-toolbar",
    "listed-header",
    "list-last-paragraph",
    "counted-items",
    "signup-paragraphs",
    "timed-days",
    "toc-heading",
    "verse-page",
    "numbered-section",
    "ranked-headlines",
    "form-pitch",
    "listed-under-heading",
    "credit-ends",
    "ingredient-heading",
    "credit-lead",
    "loose-sentences",
    "credit-pairs",
    "lower-median",
    "row-tables",
    "more-posts",
    "table-page",
    "ui-headings",
    "untitled-top",
    "unframed-tail",
    "cookie-prose",
    "policy-title",
    "glossary-terms",
    "announced-steps",
    "later-sections",
    "toc-infobox",
    "header-facts",
    "review-verdict",
    "event-times",
    "list-box-end",
    "listed-hints",
    "office-contact",
    "slide-lines",
    "fields-above",
    "event-places",
    "post-sentences",
    "credit-fields",
    "dated-teasers",
    "licence-copyright",
    "nested-steps",
    "reference-lists",
    "worded-items",
    "list-blocks",
    "paired-buttons",
    "version-headings",
    "licence-section",
    "press-reference",
    "keywords-line",
    "numbered-dates",
    "exhibition-dates",
    "read-also-last",
    "unmarked-tail",
)


@keywords_checked
@dataclass(frozen=True)
class BoilerplateOptions:
    """Options of the ``boilerplate`` step.

    Attributes:
        extra_patterns: user patterns (whole-line, case-insensitive regexes) removed like the
            built-in UI strings.
        site_profile: path of a profile written by ``cleantext learn-boilerplate``.
        extract_off: the ``extract`` preset's mechanisms to switch off, of
            :data:`EXTRACT_MECHANISMS` (they move where the article starts and ends, inside
            the ``extract-head``/``extract-tail`` removals, so ``disable`` does not reach them).
    """

    extra_patterns: tuple[str, ...] = ()
    site_profile: str | None = None
    extract_off: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.extra_patterns, tuple):
            raise ConfigError(
                "boilerplate.extra_patterns must be a list of strings, "
                f"not {_show(self.extra_patterns)}"
            )
        _check_patterns(self.extra_patterns)
        if self.site_profile is not None and (
            not isinstance(self.site_profile, str) or not self.site_profile
        ):
            raise ConfigError(
                "boilerplate.site_profile must be the path of a profile file, "
                f"not {_show(self.site_profile)}"
            )
        _check_names("boilerplate.extract_off", self.extract_off, tuple)
        unknown = sorted(set(self.extract_off) - set(EXTRACT_MECHANISMS))
        if unknown:
            hint = did_you_mean(unknown[0], EXTRACT_MECHANISMS)
            raise ConfigError(
                f"unknown boilerplate.extract_off {_clip(repr(unknown[0]))}"
                + (hint or f"; choose from {', '.join(EXTRACT_MECHANISMS)}")
            )


@keywords_checked
@dataclass(frozen=True)
class Config:
    """Everything that decides what the cleaner does.

    Every value is checked when the config is made (from keywords, a dict, TOML or JSON): a
    wrong type, an unknown name or a number out of its range is a one-line
    :class:`~cleantext.errors.ConfigError` naming the key and what it allows.

    Attributes:
        preset: ``light`` (default), ``extract`` or ``none``; see :data:`PRESETS`.
        steps: the pipeline steps to run, or ``None`` for all of them.
        disable: rule names switched off.
        enable: opt-in rule names switched on.

    >>> Config.from_dict({"dedup": {"shingle": "3"}})
    Traceback (most recent call last):
    cleantext.errors.ConfigError: dedup.shingle must be an integer in 1..32, not '3' (str)
    """

    preset: str = "light"
    steps: tuple[str, ...] | None = None
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    dedup: BlockDedupOptions = field(default_factory=BlockDedupOptions)
    boilerplate: BoilerplateOptions = field(default_factory=BoilerplateOptions)

    def __post_init__(self) -> None:
        _check_choice("preset", self.preset, PRESETS)
        for name, kind in _SECTIONS.items():
            if not isinstance(getattr(self, name), kind):
                raise ConfigError(f"[{name}] must be a table, not {_show(getattr(self, name))}")
        if self.steps is not None:
            _check_names("steps", self.steps, tuple)
            for s in self.steps:
                if s not in STEP_NAMES:
                    steps = did_you_mean(s, STEP_NAMES) or f"; steps are {', '.join(STEP_NAMES)}"
                    raise ConfigError(f"unknown step {_clip(repr(s))}{steps}")
        _check_names("disable", self.disable, frozenset)
        _check_names("enable", self.enable, frozenset)
        for name in sorted(self.disable | self.enable):
            try:
                get_rule(name)
            except KeyError as exc:
                raise ConfigError(str(exc.args[0])) from None

    def rule_enabled(self, name: str, default: bool = True) -> bool:
        """Whether rule ``name`` runs under this config (``default``: the rule's own default)."""
        if name in self.disable:
            return False
        return default or name in self.enable

    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        """Build a config from a dict, e.g. a parsed TOML table. Unknown keys are errors.

        >>> Config.from_dict({"dedup": {"num_perm": 100_000_000}})
        Traceback (most recent call last):
        cleantext.errors.ConfigError: dedup.num_perm must be an integer in 1..1024, not 100000000
        """
        if not isinstance(data, Mapping):
            raise ConfigError(f"a config must be a table of keys, not {_show(data)}")
        kwargs: dict[str, Any] = {}
        top = {f.name for f in dataclasses.fields(cls)}
        for key, value in data.items():
            if key == "languages":
                _warn_languages(value)
            elif key not in top:
                raise ConfigError(_unknown_key(key, top))
            elif key in _SECTIONS:
                kwargs[key] = _section(_SECTIONS[key], key, value)
            elif key in ("disable", "enable"):
                kwargs[key] = frozenset(_str_list(key, value))
            elif key == "steps" and value is None:
                kwargs[key] = None
            elif key == "steps":
                kwargs[key] = tuple(_str_list(key, value))
            else:
                kwargs[key] = value
        return cls(**kwargs)

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        """Read a ``cleantext.toml`` file, or the ``[tool.cleantext]`` table of pyproject.toml."""
        from cleantext.io import decode_utf8

        p = Path(path)
        try:  # a byte order mark (Notepad) is dropped; UTF-16 (PowerShell's >) is named
            text = decode_utf8(p.read_bytes(), "")
        except OSError as exc:
            raise ConfigError(f"cannot read config {p}: {exc.strerror or exc}") from None
        except InputError as exc:
            raise ConfigError(f"cannot read config {p}{exc}") from None
        data = _parse_toml(text, str(p))
        if p.name == "pyproject.toml":
            tool = data.get("tool", {})
            data = tool.get("cleantext", {}) if isinstance(tool, dict) else {}
        try:
            return cls.from_dict(data)
        except ConfigError as exc:  # name the file: it may have been found, not given
            raise ConfigError(f"{p}: {exc}") from None

    @classmethod
    def from_json(cls, text: str) -> Config:
        """Build a config from JSON text (e.g. a Scrapy setting); see :func:`parse_json_config`."""
        return cls.from_dict(parse_json_config(text))

    def to_dict(self) -> dict[str, Any]:
        """The config as plain data (what ``cleantext config --show`` prints)."""
        d = dataclasses.asdict(self)
        d["disable"] = sorted(self.disable)
        d["enable"] = sorted(self.enable)
        d["steps"] = list(self.steps) if self.steps is not None else None
        d["boilerplate"]["extra_patterns"] = list(self.boilerplate.extra_patterns)
        d["boilerplate"]["extract_off"] = list(self.boilerplate.extract_off)
        return d


_SECTIONS: dict[str, type[Any]] = {
    "normalize": NormalizeOptions,
    "dedup": BlockDedupOptions,
    "boilerplate": BoilerplateOptions,
}


def parse_json_config(text: str) -> dict[str, Any]:
    """Parse a config given as JSON text. An integer too long for Python to read (more than
    4,300 digits) is reported for the key it was given to, like any out-of-range value.

    >>> parse_json_config('{"preset": "extract"}')
    {'preset': 'extract'}
    >>> try:
    ...     Config.from_dict(parse_json_config('{"dedup": {"min_words": ' + "9" * 5000 + "}}"))
    ... except ConfigError as exc:
    ...     print(exc)
    dedup.min_words must be an integer in 1..100000, not an integer of 5000 digits
    """
    try:
        data = json.loads(text, parse_int=_parse_int)
    except (ValueError, RecursionError) as exc:
        raise ConfigError(f"config is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"a config must be a JSON object, not {_show(data)}")
    return data


def _parse_int(digits: str) -> int | _HugeInt:
    try:
        return int(digits)
    except ValueError:
        return _HugeInt(digits)


#: a TOML integer too long for Python: its key, its digits, and the table headers above it
_TOML_HUGE_INT = re.compile(r"^[ \t]*([^\s=#\[][^=\n]*)=[ \t]*([+-]?[0-9_]{4000,})", re.M)
_TOML_TABLE = re.compile(r"^[ \t]*\[\[?([^\]\n]*)\]", re.M)


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    """Parse TOML; an integer Python refuses to read (more than 4,300 digits) is reported
    for its key, with the key's range, like any out-of-range value."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"cannot read config {name}: {exc}{_escape_hint(str(exc))}") from None
    except RecursionError:
        raise ConfigError(f"cannot read config {name}: arrays or tables nested too deep") from None
    except ValueError:  # Python's limit on integer digits (sys.get_int_max_str_digits)
        m = _TOML_HUGE_INT.search(text)
        if m is None:
            raise ConfigError(f"cannot read config {name}: an integer is too long") from None
        tables = [t.group(1).strip() for t in _TOML_TABLE.finditer(text, 0, m.start())]
        key = ".".join([*tables[-1:], m.group(1).strip()]).removeprefix("tool.cleantext.")
        section, _, option = key.rpartition(".")
        rng = BlockDedupOptions.ranges().get(option) if section == "dedup" else None
        allowed = rng.describe() if rng else "a shorter value"
        huge = _HugeInt(m.group(2).replace("_", ""))
        raise ConfigError(f"{name}: {key} must be {allowed}, not {_show(huge)}") from None


#: tomllib's messages about a backslash in a "..." string (a Windows path, "C:\Users")
_BAD_ESCAPE = ("Unescaped '\\'", "Invalid hex value", "Invalid escape")


def _escape_hint(message: str) -> str:
    """A hint for a TOML error caused by a backslash in a double-quoted string.

    >>> _escape_hint("Invalid hex value (at line 2, column 21)")[:40]
    '; a backslash in "..." starts an escape:'
    >>> _escape_hint("Expected '=' after a key (at line 1, column 3)")
    ''
    """
    if not message.startswith(_BAD_ESCAPE):
        return ""
    return (
        '; a backslash in "..." starts an escape: write a Windows path in single quotes '
        "('C:\\data\\site.json') or with / or \\\\"
    )


def _warn_languages(value: Any) -> None:
    """``languages`` was accepted by earlier versions and never changed anything."""
    warnings.warn(
        "config key 'languages' is ignored (no rule ever read it) and will be an error in a "
        "later version; remove it",
        FutureWarning,
        stacklevel=_outside_stacklevel(),
    )


def _outside_stacklevel() -> int:
    """The ``stacklevel`` that makes a warning issued by this function's caller point at the
    first caller outside the package (``Config.from_dict``, ``Cleaner(...)`` and
    ``Config.from_toml`` reach the warning through different numbers of frames)."""
    package = str(Path(__file__).resolve().parent)
    frame = sys._getframe(2)  # (the caller of the function that warns)
    level = 2
    while frame is not None and str(Path(frame.f_code.co_filename).resolve()).startswith(package):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    return level


def find_config_file(directory: str | Path = ".") -> Path | None:
    """The config file that applies in ``directory`` when no ``--config`` is given.

    ``cleantext.toml`` wins; otherwise ``pyproject.toml`` if it has a ``[tool.cleantext]``
    table. Parent directories are not searched.

    >>> find_config_file("/nonexistent") is None
    True
    """
    d = Path(directory)
    own = d / "cleantext.toml"
    if own.is_file():
        return own
    pyproject = d / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    except (ValueError, RecursionError):  # let from_toml name the problem
        return pyproject if "cleantext" in text else None
    tool = data.get("tool", {})
    return pyproject if isinstance(tool, dict) and "cleantext" in tool else None


def _check_patterns(patterns: Any) -> None:
    """Each extra pattern must be a string that compiles and cannot backtrack catastrophically
    (fail early, naming the pattern)."""
    from cleantext.boilerplate.patterns import compile_user_pattern

    for rx in patterns:
        try:
            compile_user_pattern(rx)
        except ConfigError as exc:
            raise ConfigError(f"boilerplate.extra_patterns: {exc}") from None


def _unknown_key(key: Any, top: set[str]) -> str:
    """The error for an unknown top-level key: the closest key, or the table it belongs in.

    >>> _unknown_key("disabel", {"preset", "disable"})
    "unknown config key 'disabel'; did you mean 'disable'?"
    >>> _unknown_key("extract_off", {"preset", "boilerplate"})
    "unknown config key 'extract_off'; it belongs in the [boilerplate] table"
    """
    shown = _clip(repr(key)) if isinstance(key, str) else _show(key)
    for name, cls in _SECTIONS.items():
        if key in {f.name for f in dataclasses.fields(cls)}:
            return f"unknown config key {shown}; it belongs in the [{name}] table"
    hint = did_you_mean(key, sorted(top))
    return f"unknown config key {shown}{hint or '; keys: ' + ', '.join(sorted(top))}"


def _str_list(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in value
    ):
        raise ConfigError(f"{key} must be a list of strings, not {_show(value)}")
    return list(value)


def _check_choice(key: str, value: Any, choices: tuple[str, ...]) -> None:
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be one of {', '.join(choices)}, not {_show(value)}")
    if value not in choices:
        hint = did_you_mean(value, choices) or f"; choose one of {', '.join(choices)}"
        raise ConfigError(f"unknown {key} {_clip(repr(value))}{hint}")


def _check_names(key: str, value: Any, kind: type[tuple[str, ...]] | type[frozenset[str]]) -> None:
    if not isinstance(value, kind) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} must be a list of strings, not {_show(value)}")


def _section(cls: type[Any], name: str, value: Any) -> Any:
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{name}] must be a table, not {_show(value)}")
    known = {f.name: f for f in dataclasses.fields(cls)}
    out: dict[str, Any] = {}
    for k, v in value.items():
        if k not in known:
            shown = _clip(repr(k)) if isinstance(k, str) else _show(k)
            hint = did_you_mean(k, known) or f"; known: {', '.join(known)}"
            raise ConfigError(f"unknown key {shown} in [{name}]{hint}")
        if k in ("extra_patterns", "extract_off"):
            v = tuple(_str_list(f"{name}.{k}", v)) if not isinstance(v, str) else (v,)
        out[k] = v
    return cls(**out)
