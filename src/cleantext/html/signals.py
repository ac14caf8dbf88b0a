"""What the markup says: the signals' names, thresholds and id/class word lists.

The word lists live in ``cleantext/data/html.toml``; :func:`load_roles` reads them once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cleantext.data import html_table

#: a block with at least this share of its characters in links is link furniture
LINK_DENSE = 0.5
#: a container of at least this many blocks inside the main content, with LINK_DENSE of its
#: text in links, is a box of links (readability drops such nodes too)
BOX_BLOCKS = 3
#: the main content grows to an ancestor this many levels up at most, when the ancestor holds
#: at least WIDEN_SHARE times the paragraph text (an article split in chunks by ads)
WIDEN_LEVELS = 3
WIDEN_SHARE = 1.5
#: a block this long with few links is article-like paragraph text (for WIDEN_SHARE)
GOOD_CHARS = 100
#: the structural signals added in the second round on unseen pages (issue 15); each one can
#: be switched off by leaving it out of the ``signals`` given to :func:`render` and
#: :func:`select_edits` (for comparisons; the cleaner uses all of them):
#:
#: - ``consent-words``: the id/class words of cookie and consent notices (``cookies``,
#:   ``gdpr``, ``consent``...: ``consent_words`` in html.toml) lower a container's score as
#:   furniture words do (a cookie settings dialog with long paragraphs outscored a short
#:   article);
#: - ``zone-holds-article``: a header-like zone (``<header>``, ``role="banner"`` or
#:   ``"tablist"``: ``liftable_zones`` in html.toml) that holds at least ZONE_ARTICLE_SHARE of
#:   the page's article-like paragraph text is not furniture (a ``<header>`` left open around
#:   the whole page, an accordion of text panels marked ``role="tablist"``); sidebars and
#:   footers stay furniture (a sidebar can hold more text than a short article);
#: - ``article-lead``: a paragraph of GOOD_CHARS or more before the main content, in the
#:   ``<header>`` of the article around it or in its ``<article>``/``<main>`` or its two
#:   closest ancestors, is its standfirst or intro and stays (see _is_lead);
#: - ``sibling-paragraphs``: a leaf block of article-like text (GOOD_CHARS or more, few links)
#:   beside the best container, under the same parent, is part of the main content (the first
#:   paragraph before a paywall container, a preface ``<div>``), as readability keeps them;
#: - ``noscript-holds-page``: a ``<noscript>`` with NOSCRIPT_PAGE elements or more inside is
#:   rendered (see _holds_page);
#: - ``orphan-heading``: a heading whose section lost all of its text is dropped with it
#:   (see _orphan_headings);
#: - ``paragraph-in-link-box``: a block of article-like text (GOOD_CHARS or more, few links)
#:   is not dropped for being in a link-dense box (a long description next to a list of
#:   links in the same container);
#: - ``text-mass``: when the main content holds less than MASS_SHARE of the page's
#:   article-like paragraph text, it grows to the innermost ancestor that holds MASS_HOLD of
#:   it (see _text_mass);
#: - ``text-share``: when the best-scored container holds less than SHARE_LOW of the page's
#:   article-like paragraph text and less than SHARE_CHARS characters of it (one or two
#:   paragraphs; none: nothing to compare), the innermost element outside furniture that holds
#:   SHARE_HOLD of it replaces it (see _text_share);
#: - ``lead-words``: with ``article-lead``, a block of article-like text before the main
#:   content whose element or its parent has a lead id/class word (``lead_words`` in
#:   html.toml: ``lead``, ``intro``, ``standfirst``...) is the lead even when it is not a
#:   ``<p>`` (``<div id=lead>``), and (session 7) also when it lies in any ancestor of the
#:   main content below ``<body>``, not only the LEAD_LEVELS closest (a hero section);
#: - ``comment-tokens``: an id/class token names a comments container only when a comment
#:   word is its head or a plural one its tail (see :func:`names_comments`), not wherever it
#:   occurs in the token (``gallery__item__comment``, ``live-match-comment-body``);
#: - ``camel-case-words`` (session 7): the furniture and score-lowering words are also read in
#:   camelCase id/class names (``newsCaption``, ``relatedArticles``, ``socialShareBar``); the
#:   article-like words and the comment words are not (``articleBodyContainer`` around only
#:   the body of an article, ``js-replyNewMessageContainer`` around a whole forum thread);
#: - ``form-furniture`` (session 7): the elements inside a ``<form>`` holding less than
#:   FORM_SHARE of the page's article-like paragraph text compete for the main content only as
#:   page furniture does (a registration form in a dialog with long help texts outscored a
#:   short article; see _set_aside);
#: - ``date-lines`` (session 7): a kept block under DATE_CHARS with half of it in ``<time>``
#:   elements is a dateline (not durations: ``datetime="PT30M"``, schema.org ``cookTime``);
#: - ``orphan-label`` (session 7): a short kept line that ends no sentence, directly before a
#:   block dropped as furniture inside the article, is that furniture's label ("Auch
#:   interessant", "Read more:") and goes with it (see content._orphan_labels);
#: - ``header-standfirst`` (session 8): in the ``<header>`` that holds the article's ``<h1>``
#:   (before the main content or inside it), a block after the headline of STANDFIRST_CHARS
#:   or more in STANDFIRST_WORDS words or more, with few links, is the article's lead
#:   paragraph and stays (see content._header_standfirst); shorter ones are deks, which the
#:   news gold texts leave out;
#: - ``named-dek`` (session 17): with ``header-standfirst``, the first block after the
#:   headline in that ``<header>``, of STANDFIRST_WORDS words or more, with few links, whose
#:   element or its parent has a lead or dek id/class word (``lead_words`` and ``dek_words``
#:   in html.toml: ``article-subtitle``, ``hero__excerpt``, ``font--subhead``) is the
#:   article's dek or standfirst and stays, however short (see content._header_standfirst);
#:   an unnamed short block there (a kicker, a teaser title, a byline) still goes;
#: - ``headline-lead`` (session 17): the block right after the article's ``<h1>`` (the last
#:   one before the main content), dropped as outside it, not in a zone, furniture or
#:   figure, not a list item or table cell, with few links, of STANDFIRST_WORDS words or more
#:   and ending a sentence, is the article's lead, set apart from the body in a sibling
#:   container, and stays (see content._headline_lead); a byline, a date or a kicker there
#:   ends no sentence and still goes;
#: - ``headline-deck`` (session 19): with ``headline-lead``, the content.DECK_BLOCKS blocks
#:   after the headline are looked at in turn (one kept already is passed over), and a
#:   subheading (``<h2>``-``<h6>``) or a block in the headline's ``<hgroup>`` of
#:   STANDFIRST_WORDS words or more need not end a sentence: a heading right under the
#:   headline is its deck or subtitle ("<h1>..</h1><h2 class=v-a-s-t>The home side led
#:   twice, but ..</h2>"); a byline, a date or a kicker in a ``<p>``/``<div>`` still goes,
#:   and so does a heading that holds the headline's words (the headline again, with a
#:   kicker); with ``front-matter``, headings among the first kept blocks are passed over
#:   (a deck kept there no longer shields a call to follow after it);
#: - ``hgroup-headline`` (session 19): with ``headline-lead``, the first heading of an
#:   ``<hgroup>`` before the main content is the headline when no ``<h1>`` comes after it
#:   (a theme that sets the title as an ``<h2>`` in its heading group), so the lead after the
#:   group stays as after an ``<h1>`` (see content._headline);
#: - ``short-named-lead`` (session 19): with ``lead-words``, a block before the main content
#:   named as a lead (``lead_words``: ``<p class=lead-text>``, ``<div class=single-excerpt>``
#:   around an ``<h2>``) stays as the lead under GOOD_CHARS too, when it has
#:   STANDFIRST_WORDS words or more and ends a sentence (see content._short_lead); a named
#:   label ("Summary"), a kicker or a date still goes;
#: - ``image-caption`` (session 8): a kept block inside the article in a wrapper that holds an
#:   ``<img>`` and less than CAPTION_CHARS of text is the picture's caption or credit (a
#:   figure without ``<figure>``) and goes (see content._image_captions);
#: - ``teaser-cards`` (session 9): inside the article, CARD_MIN or more sibling boxes of one
#:   kind (same tag and id/class), each with a picture inside a link (a thumbnail) and under
#:   CARD_CHARS of text, together under CARD_SHARE of the main content's text, are a rail of
#:   teasers ("most read", related stories) and go (see content._teaser_cards);
#: - ``h2-headline`` (session 9): with ``header-standfirst``, when no ``<header>`` holds an
#:   ``<h1>``, the one that holds an ``<h2>`` is the headline's (a theme that sets the
#:   article's title as ``<h2>``), and the lead paragraph after it stays;
#: - ``hidden-class`` (session 9): an element whose classes hide it on every screen
#:   (Bootstrap's ``d-none`` without a ``d-md-block``-like class showing it from some width
#:   on; ``d-none d-print-block`` is print-only) is not rendered, as ``hidden`` is not;
#: - ``link-list`` (session 9): inside the article, a ``<ul>``/``<ol>`` of BOX_BLOCKS items
#:   or more, every item holding a link, LIST_LINKS of its text in links, is a link-dense box
#:   ("More great stories": headlines with a line around each), unless the block before it
#:   ends with a colon (a list the article announces; see content._link_lists);
#: - ``url-lines`` (session 9): inside the article, a block that is one web address written
#:   out (``http://www.example.org/report``, under URL_CHARS) is a source the article cites
#:   and is not dropped for its link density (see content._url_line);
#: - ``headline-no-credit`` (session 9): an ``<h1>`` block (dropped as the headline anyway)
#:   adds nothing to its container's score (a one-line title wrapper with an article-like
#:   class word outscored a recipe in short steps);
#: - ``widget-roles`` (session 9): an element with the ARIA role of a control
#:   (``role="button"``, ``"checkbox"``...: ``widget_roles`` in html.toml) is not rendered,
#:   as ``<button>`` is not ("Rezept drucken", "Bild anzeigen" on a ``<div role=button>``);
#: - ``end-matter`` (session 10): from the last kept block back, each short block that is a
#:   call to follow the site on a social network or at a web address, or a copyright notice,
#:   goes, until the first block that is not (``[end_matter]`` in html.toml; see
#:   :mod:`cleantext.html.end_matter`);
#: - ``end-credits`` (session 10): with ``end-matter``, an agency's credit line ("Reporting
#:   by ...; Editing by ...") is end matter too (the shared dev gold leaves it out, the
#:   trafilatura evaluation pages keep it: one page each);
#: - ``end-promo`` (session 10): with ``end-matter``, a short block with a promo keyword of
#:   boilerplate.toml (``[promo]``: "newsletter", "subscribe", "privacy policy"...) is end
#:   matter too (a newsletter sign-up prompt after the article);
#: - ``front-matter`` (session 10): with ``end-matter``, the calls to follow and (with
#:   ``end-promo``) the newsletter prompts among the first kept blocks go too, from the
#:   first one on until the first block that is not one;
#: - ``reader-prompts`` (session 10): with ``end-matter``, a block under 150 characters that
#:   names the article ("this article", "diesen Artikel") and addresses the reader ("you",
#:   "Sie") is end matter too ("Was this article helpful?", "Wie bewerten Sie diesen
#:   Artikel?");
#: - ``date-text-lines`` (session 10): a kept block under DATE_CHARS before the article's
#:   first paragraph of GOOD_CHARS or more that is only a date or a time written out
#:   ("Nov. 20, 2019 6:02 AM EST", the ``[date]`` lines of boilerplate.toml) is a dateline,
#:   as one in ``<time>`` elements is (date-lines); it must hold a year or a time of day
#:   (not a page range "275-291", a duration "25 Min."), and table cells are data.
#: - ``comment-states`` (session 15): with ``comment-tokens``, an id/class token whose last
#:   word is a state word (``comment_state_words`` in html.toml: ``comments-enabled``,
#:   ``comments-open``) names a state, not a comments container (a theme's flag on the
#:   ``<div id=article>`` around the whole article dropped all of it as comments);
#: - ``streamed-segments`` (session 15): a hidden ``<div>`` whose id starts with one of
#:   ``streamed_ids`` (html.toml: React's ``<div hidden id="S:1">``, the late part of a page
#:   streamed by the server that a script moves into place) is rendered (see
#:   page._streamed);
#: - ``zone-holds-main`` (session 15): with ``zone-holds-article``, any zone but a comments
#:   container that holds an ``<article>``/``<main>`` element around ZONE_ARTICLE_SHARE or
#:   more of the page's article-like paragraph text is not furniture either (an ``<aside>``
#:   column left open around the article; see content._main_element);
#: - ``json-ld-body`` (session 15): when the rendered page holds none of the JSON-LD
#:   ``articleBody`` past its start (a page a script fills in, a paywall that sends the
#:   first paragraph only), the body is appended as an ``<article id=json-ld-articleBody>``
#:   and competes for the main content (see :mod:`cleantext.html.json_ld`);
#: - ``ld-json-type`` (session 17): with ``json-ld-body``, a ``<script>`` is JSON-LD when its
#:   type is ``application/ld+json`` as a MIME type: in any case, with parameters
#:   (``application/ld+json; charset=utf-8``), as browsers and schema.org readers take it
#:   (see page._is_ld_type); without the signal, only the exact string;
#: - ``script-data-body`` (session 16): when the rendered page has almost no prose and
#:   lacks it, the longest prose string of a framework's script data (Next.js
#:   ``__NEXT_DATA__`` JSON, the ``self.__next_f.push`` stream of the app router) is appended
#:   as an ``<article id=script-data-body>`` and competes for the main content (see
#:   :mod:`cleantext.html.script_data`);
#: - ``script-data-split`` (session 17): with ``script-data-body``, a list of
#:   script_data.SPLIT_ITEMS items or more with text, each under BODY_CHARS (a body sent as
#:   paragraph objects, portable text's blocks of spans, React elements), is a candidate
#:   too: the words of each item (its strings with a space, ITEM_DEPTH levels down, not the
#:   values of ``markup_keys`` in html.toml: class names, addresses) one item a line (see
#:   :func:`cleantext.html.script_data.candidates`);
#: - ``text-share-empty`` (session 15): with ``text-share``, a best-scored container without
#:   any article-like paragraph text (a video player's one line, lifted by its ``content``
#:   class word) gives way too, when the page has EMPTY_CHARS of such text or more;
#: - ``empty-holds-little`` (session 16): with ``text-share-empty``, that container gives way
#:   only when it holds little text of any kind: fewer than EMPTY_BLOCKS blocks and under
#:   SHARE_LOW of the page's paragraph text (a poem or a list article, all short lines, kept
#:   its place against long prose elsewhere on the page; see content._holds_little);
#: - ``furniture-holds-main`` (session 20): with ``article-lead``, an element with a
#:   furniture id/class word that holds the main content too (a column
#:   ``<section class="with-rail-video-ad">`` around the whole article) does not make a lead
#:   before the body furniture, as it does not make the body's blocks furniture (see
#:   content._outside_furniture);
#: - ``lead-list`` (session 20): with ``lead-words``, a list item whose list's container is
#:   named as a lead (``<div class=post-summary-bullets><ul><li>``) is named as one too (see
#:   content._named_lead);
#: - ``figure-quote`` (session 20): a block in a ``<blockquote>`` inside a ``<figure>`` of the
#:   main content is a quote, not a caption, and stays unless its start is elsewhere in the
#:   page (a pull quote); the ``<figcaption>`` still goes (see content._figure_quotes);
#: - ``utf8-over-declared`` (session 20): bytes that are valid UTF-8 with non-ASCII
#:   characters are read as UTF-8 whatever encoding the page declares (see
#:   :func:`cleantext.html.decode_html`);
#: - ``head-holds-body`` (session 20): a ``<head>`` with a block-level child (libxml2 leaves
#:   ``<article>``, ``<main>``... in the ``<head>`` of a page without ``<body>``) is walked,
#:   its metadata elements still skipped (see page._holds_body);
#: - ``twin-classes`` (session 20): a container of the best one's tag whose classes are its
#:   own with one token more or less, sharing an article-like word, is its twin
#:   (``body articleBody`` beside ``body articleBody -bottom-space``; see content._kin);
#: - ``first-article`` (session 21): an endless page (the next stories appended below the
#:   one asked for, each an ``<article>`` with its own ``<h1>`` and ARTICLE_CHARS of
#:   paragraph text or more): when the main content holds a later one near the first, the
#:   first one's part of it is the main content, not all of them or the longest (see
#:   content._first_article);
#: - ``link-prose`` (session 21): inside the article, a ``<p>`` of GOOD_CHARS or more with
#:   PROSE_CHARS or more outside its links, ending a statement, is prose with a long link
#:   inside, not a teaser: not dropped for its link density (see content._link_prose);
#: - ``signup-boxes`` (session 21): two or more kept blocks in a row, each a line of a
#:   sign-up, log-in or paywall box (``[signup]`` of boilerplate.toml: "Subscribe to keep
#:   reading", "Cancel anytime"), go, as the extract preset's box rule drops them from text
#:   (see end_matter.drop_signup_boxes);
#: - ``sibling-tables`` (session 21): a ``<table>`` beside the best container (a child of its
#:   parent), outside furniture, not link-dense, with no more text than the container, is
#:   the article's data (a product's specifications), with the heading right before it
#:   (see content._sibling_tables);
#: - ``epigraph-quote`` (session 21, adv21): with ``figure-quote``, a quote in a ``<figure>``
#:   before the article's first paragraph stays though its words come again in the page (an
#:   essay's epigraph, quoted again at its end); see content._figure_quotes;
#: - ``consent-dialogs`` (session 22, html22): an element with a consent id/class word
#:   (``consent_words`` in html.toml: ``<div id=cmp-overlay>``, ``class=cookie-banner``),
#:   not an ``<article>`` or ``<main>`` and holding none, with less than DIALOG_SHARE of the
#:   page's article-like paragraph text (a wrapper with a consent state class around the
#:   whole page holds all of it), and the wrappers around it that hold no other text,
#:   compete for the main content only as page furniture does, as a form does with
#:   ``form-furniture`` (a cookie dialog's two long paragraphs outscored a short
#:   ``<article>``; see content._dialogs);
#: - ``state-scripts`` (session 22, html22): with ``script-data-body``, a script that assigns
#:   a page's state to a global of ``state_names`` in html.toml (``window.__INITIAL_STATE__ =
#:   {...}``, ``__PRELOADED_STATE__``, ``__APOLLO_STATE__``; the JSON written out or in
#:   ``JSON.parse("...")``) is read as ``__NEXT_DATA__`` is (see
#:   :func:`cleantext.html.script_data.assigned`);
#: - ``shell-fallback`` (session 22, html22): when the rendered page has almost no prose
#:   (as for ``script-data-body``) and lacks it, a ``<noscript>`` or ``<template>`` that
#:   holds prose (its text BODY_CHARS long, in sentences) is rendered as a ``<div>`` and
#:   competes for the main content (a page whose script builds the article from inert
#:   markup; see page._shell_fallback);
#: - ``teaser-articles`` (session 22, html22): the paragraphs of an ``<article>`` with a
#:   heading that is all link and under ARTICLE_CHARS of text outside links (a teaser card
#:   of a list of other stories) are not article-like paragraph text (eight such cards made
#:   the main content grow over them), unless the best-scored container is in such a card
#:   or holds one (a thread of posts, each an ``<article>`` with a linked author's name as
#:   its heading; see content._teaser_articles);
#: - ``consent-text`` (session 22, html22): when the best-scored container is no
#:   ``<article>`` or ``<main>``, in none, and has no article-like id/class word, its blocks
#:   with a consent-banner phrase of boilerplate.toml (the extract preset's ``consent``
#:   lists, in many languages: "store and access information on your device", "wir
#:   verwenden Cookies") credit no container and are not article-like text, and the page is
#:   judged again (a consent box without consent id/class words outscored a short article;
#:   see content._consent_blocks);
#: - ``ld-item-lists`` (session 22, html22): with ``json-ld-body``, the ``articleBody`` of
#:   an item of an ``ItemList`` (``itemListElement``: related stories, a carousel) is not
#:   the page's (a related story's body replaced a short article; see
#:   :func:`cleantext.html.json_ld.article_body`);
#: - ``named-content`` (session 23, html23): with ``consent-dialogs``, an element with a
#:   consent id/class word is no dialog when another of its tokens names an article's content
#:   (``content_heads`` in html.toml: ``<div class="post-body cookies">``, a recipe about
#:   cookies, lost to the comments beside it; see :func:`names_content`);
#: - ``read-more-toggle`` (session 23, html23): a hidden element (``display:none``,
#:   ``hidden``, ``d-none``) beside a short read-more control ("Continue reading", "Read more":
#:   the ``[read-more]`` lines of boilerplate.toml), itself or its parent the control's
#:   sibling, is the rest of the article a click shows, and is rendered (see
#:   page._toggled);
#: - ``stray-html-end`` (session 23, html23): when the parsed tree may lack the page's end
#:   and anything but spaces follows a ``</html>``, the page is parsed again without its
#:   ``</html>`` end tags (libxml2 stops reading at ``</html>``: a stray one halfway through
#:   the article dropped its second half; a browser ignores it; see page._cut_short and
#:   page._stray_ends);
#: - ``amp-furniture`` (session 23, html23): the AMP elements of ``amp_skip`` in html.toml
#:   (``<amp-ad>`` and its fallback text "Ad could not load", the menu in
#:   ``<amp-sidebar>``, ``<amp-consent>``) are not rendered, as ``<iframe>`` is not;
#: - ``hidden-prose`` (session 23, html23): when the rendered page has almost no prose and
#:   lacks it (as for ``shell-fallback``), its hidden elements that hold prose are shown (a
#:   page hidden until its scripts run: ``<body style="display:none">``, a wrapper with
#:   ``aria-hidden="true"`` while a dialog is open; see page._hidden_prose);
#: - ``list-credit`` (session 23, html23): an item of an ordered list (``<ol>``) credits the
#:   list's container as a paragraph does, not the list (the method's steps of a recipe
#:   outscored its ``<div>``, and its ingredients and intro were lost); the items of an
#:   unordered list still credit the list (crediting its container joined boxes of bullets
#:   to the article on three extra dev pages);
#: - ``link-paragraph`` (session 24, html24): a ``<p>`` of LINKED_CHARS or more, almost all
#:   link, one line of two sentences or more ending a statement, after no linked title, is
#:   prose a theme wrapped in a link (``<a href><p>..</p></a>``), not a teaser: it credits its
#:   container and is not dropped for its link density (see content._link_paragraph);
#: - ``table-columns`` (session 24, html24): a ``<td>`` holding its text directly is a
#:   container (an old table layout's column), not a paragraph of its row; when the main
#:   content is a ``<td>``, a leaf ``<td>`` of its row is no sibling paragraph and a
#:   paragraph in another cell of that row no lead (see content._other_column);
#: - ``open-dialog`` (session 24, html24): a ``<dialog open>`` (a browser shows it) is
#:   rendered, as a page-furniture zone (``dialog`` in ``zone_tags`` of html.toml): a consent
#:   dialog shown on load goes, an article in one stays only in an ``<article>``/``<main>``
#:   (``zone-holds-main``); a closed ``<dialog>`` is still not rendered;
#: - ``shadow-root`` (session 24, html24): a ``<template shadowrootmode>`` (declarative
#:   shadow DOM: a web component's content, which a browser shows) is rendered; other
#:   ``<template>`` elements stay inert (see page._shadow_root);
#: - ``edit-controls`` (session 25, html25): a heading's last bracketed group of edit links
#:   (a wiki's ``[edit]``, ``[bearbeiten | Quelltext bearbeiten]``: ``edit_controls`` in
#:   html.toml) is a control, not rendered (see page._edit_control);
#: - ``srcdoc-frames`` (session 25, html25): an ``<iframe srcdoc>`` is rendered in place as
#:   the ``<div>`` of its document's body, as a browser shows it (see page._srcdoc_frames);
#: - ``dialog-holds-article`` (session 25, html25): with ``zone-holds-article``, an open
#:   ``<dialog>`` around DIALOG_SHARE or more of the page's article-like paragraph text is
#:   not furniture, whatever element holds the article in it (a plain ``<div>``);
SIGNALS: frozenset[str] = frozenset(
    {
        "end-matter",
        "end-credits",
        "end-promo",
        "front-matter",
        "reader-prompts",
        "date-text-lines",
        "header-standfirst",
        "named-dek",
        "headline-lead",
        "headline-deck",
        "hgroup-headline",
        "short-named-lead",
        "image-caption",
        "teaser-cards",
        "link-list",
        "h2-headline",
        "widget-roles",
        "headline-no-credit",
        "url-lines",
        "hidden-class",
        "comment-tokens",
        "comment-states",
        "streamed-segments",
        "zone-holds-main",
        "json-ld-body",
        "ld-json-type",
        "script-data-body",
        "script-data-split",
        "text-share-empty",
        "empty-holds-little",
        "camel-case-words",
        "date-lines",
        "orphan-label",
        "form-furniture",
        "text-share",
        "lead-words",
        "consent-words",
        "zone-holds-article",
        "text-mass",
        "article-lead",
        "sibling-paragraphs",
        "noscript-holds-page",
        "orphan-heading",
        "paragraph-in-link-box",
        "furniture-holds-main",
        "lead-list",
        "figure-quote",
        "utf8-over-declared",
        "head-holds-body",
        "twin-classes",
        "first-article",
        "link-prose",
        "signup-boxes",
        "sibling-tables",
        "epigraph-quote",
        "consent-dialogs",
        "state-scripts",
        "shell-fallback",
        "teaser-articles",
        "consent-text",
        "ld-item-lists",
        "named-content",
        "read-more-toggle",
        "stray-html-end",
        "amp-furniture",
        "hidden-prose",
        "list-credit",
        "link-paragraph",
        "table-columns",
        "open-dialog",
        "shadow-root",
        "edit-controls",
        "srcdoc-frames",
        "dialog-holds-article",
    }
)
#: the signals for rendering what the page shows (the ``light`` and ``none`` presets): all
#: but ``json-ld-body``, ``script-data-body`` and ``shell-fallback``, which add text the page
#: does not show, to compete for the main content
SHOWN_SIGNALS: frozenset[str] = SIGNALS - {"json-ld-body", "script-data-body", "shell-fallback"}
ZONE_ARTICLE_SHARE = 0.5
#: a block in the headline's <header> this long, in this many words, is a lead paragraph
#: (header-standfirst; shorter ones are deks, which news gold texts leave out unless the
#: markup names them: named-dek)
STANDFIRST_CHARS = 150
STANDFIRST_WORDS = 6
#: an element holding an <img> and less text than this is a figure: its text is a caption
#: (image-caption)
CAPTION_CHARS = 200
FORM_SHARE = 0.5
#: consent-dialogs: an element with a consent id/class word, not an <article> or <main> and
#: holding none, that holds less than this share of the page's article-like paragraph text
#: competes only as furniture does
DIALOG_SHARE = 0.9
#: teaser cards (teaser-cards): this many siblings of one kind or more, each under CARD_CHARS
#: of text, together under CARD_SHARE of the main content's text
CARD_MIN = 3
#: a block of one web address this long at most is a cited source (url-lines)
URL_CHARS = 300
#: a list whose every item holds a link, with this share of its text in links, is a box of
#: links (link-list)
LIST_LINKS = 0.3
CARD_CHARS = 200
#: an <article> with its own <h1> and this many characters of article-like paragraph text is
#: a story of an endless page (first-article)
ARTICLE_CHARS = 300
#: a paragraph with this many characters outside its links is prose around a link, not a
#: teaser's label and headline (link-prose)
PROSE_CHARS = 40
#: a paragraph (almost) all link this long, of two sentences or more, is prose a card-style
#: theme wraps in a link, not a teaser (link-paragraph)
LINKED_CHARS = 200
CARD_SHARE = 0.5
#: a block shorter than this, half of it in <time> elements, is a dateline (date-lines)
DATE_CHARS = 80
#: a line shorter than this before dropped furniture is its label (orphan-label)
LABEL_CHARS = 50
LEAD_LEVELS = 2
MASS_SHARE = 0.5
MASS_HOLD = 0.75
SHARE_LOW = 0.25
SHARE_HOLD = 0.5
SHARE_CHARS = 500
#: text-share-empty: a page with this much article-like paragraph text or more, of which the
#: best-scored container holds none
EMPTY_CHARS = 1000
#: empty-holds-little: the best-scored container gives way only with fewer blocks than this
EMPTY_BLOCKS = 4
#: the zone kind named by id/class words (the start of its notes)
COMMENTS = "comments container"


@dataclass(frozen=True)
class Roles:
    skip: frozenset[str]
    block: frozenset[str]
    paragraph: frozenset[str]
    headings: frozenset[str]
    levels: dict[str, int]  # a heading's level: its place in ``headings``, from 1
    subheadings: frozenset[str]  # the headings but the first
    cells: frozenset[str]
    items: frozenset[str]  # cells and list items
    table: frozenset[str]  # cells and the rows around them
    lists: frozenset[str]
    article_tags: frozenset[str]
    page_tags: frozenset[str]
    lead_tags: frozenset[str]  # with the subheadings
    card_tags: frozenset[str]  # with the headings
    void_tags: frozenset[str]
    fallback_tags: tuple[str, ...]
    zone_tags: frozenset[str]
    zone_roles: frozenset[str]
    widget_roles: frozenset[str]
    streamed_ids: tuple[str, ...]
    content_heads: frozenset[str]
    amp_skip: frozenset[str]
    liftable: frozenset[str]
    comment: re.Pattern[str]
    comment_heads: frozenset[str]
    comment_tails: frozenset[str]
    comment_states: frozenset[str]
    consent: re.Pattern[str]
    negative: re.Pattern[str]
    positive: re.Pattern[str]
    furniture: re.Pattern[str]
    lead: re.Pattern[str]
    dek: re.Pattern[str]  # lead_words and dek_words (signal named-dek)
    any_word: re.Pattern[str]  # a word of any of the lists above, at each place it starts
    word_bits: dict[str, int]  # which lists a word of any_word is in (see WORD_BITS)
    edit_controls: frozenset[str]  # a wiki heading's edit links (signal edit-controls)


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:^|[^a-z0-9])(?:{alternatives})(?:$|[^a-z0-9])")


@cache
def load_roles() -> Roles:
    data = html_table()
    return Roles(
        skip=frozenset(data["skip"]),
        block=frozenset(data["block"]),
        paragraph=frozenset(data["paragraph"]),
        headings=frozenset(data["headings"]),
        levels={tag: n for n, tag in enumerate(data["headings"], 1)},
        subheadings=frozenset(data["headings"][1:]),
        cells=frozenset(data["cells"]),
        items=frozenset(data["cells"] + data["list_items"]),
        table=frozenset(data["cells"] + data["table_rows"]),
        lists=frozenset(data["lists"]),
        article_tags=frozenset(data["article_tags"]),
        page_tags=frozenset(data["page_tags"]),
        lead_tags=frozenset(data["lead_tags"] + data["headings"][1:]),
        card_tags=frozenset(data["card_tags"] + data["headings"]),
        void_tags=frozenset(data["void_tags"]),
        fallback_tags=tuple(data["fallback_tags"]),
        zone_tags=frozenset(data["zone_tags"]),
        zone_roles=frozenset(data["zone_roles"]),
        widget_roles=frozenset(data["widget_roles"]),
        streamed_ids=tuple(data["streamed_ids"]),
        content_heads=frozenset(data["content_heads"]),
        amp_skip=frozenset(data["amp_skip"]),
        liftable=frozenset(
            f"in <{z}>" if z in data["zone_tags"] else f'in role="{z}"'
            for z in data["liftable_zones"]
        ),
        comment=_words_pattern(data["comment_words"]),
        comment_heads=frozenset(data["comment_words"]),
        comment_tails=frozenset(data["comment_tail_words"]),
        comment_states=frozenset(data["comment_state_words"]),
        consent=_words_pattern(data["consent_words"]),
        negative=_words_pattern(data["negative_words"]),
        positive=_words_pattern(data["positive_words"]),
        furniture=_words_pattern(data["furniture_words"]),
        lead=_words_pattern(data["lead_words"]),
        dek=_words_pattern(data["lead_words"] + data["dek_words"]),
        any_word=_words_at([w for k in WORD_BITS for w in data[k]]),
        word_bits=_word_bits(data),
        edit_controls=frozenset(data["edit_controls"]),
    )


#: the id/class word lists judged together in one scan, each with its bit
WORD_BITS = {
    "comment_words": 1,
    "positive_words": 2,
    "negative_words": 4,
    "consent_words": 8,
    "furniture_words": 16,
}


def _words_at(words: list[str]) -> re.Pattern[str]:
    """A zero-width pattern that finds, at every place a word starts (not after a letter or
    digit), the longest of ``words`` there that ends before a non-alphanumeric or the end
    (group 1): the words :func:`_words_pattern` would find, in one scan."""
    alternatives = "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?=({alternatives})(?![a-z0-9]))")


def _word_bits(data: dict[str, list[str]]) -> dict[str, int]:
    """For each word, the bits of its lists and of the lists of the words it starts with
    (``post-meta`` starts with ``post``: _words_at finds only the longer one there)."""
    bits: dict[str, int] = {}
    for key, bit in WORD_BITS.items():
        for w in data[key]:
            bits[w] = bits.get(w, 0) | bit
    for w in bits:
        for i, ch in enumerate(w):
            if not ch.isalnum() and w[:i] in bits:
                bits[w] |= bits[w[:i]]
    return bits


#: a first word this short is a namespace prefix, not a name (``js-``, ``c-``, ``fb-``, ``wc-``)
PREFIX_CHARS = 3
_TOKEN_WORDS = re.compile(r"[-_]+")


def names_comments(token: str, roles: Roles, states: bool = False) -> bool:
    """True if the lower-case id/class ``token`` names a comments container (signal
    ``comment-tokens``): a word of ``comment_words`` is its first word (its second after a
    namespace prefix of PREFIX_CHARS letters or fewer), or a word of ``comment_tail_words``
    its last one. BEM modifiers (``--open``) and numbers (``comment-12``) are left out. With
    ``states`` (signal ``comment-states``), a token whose last word is a state word
    (``comment_state_words``: ``comments-enabled``, ``comments-open``) names a state of the
    page, not a container.

    >>> r = load_roles()
    >>> [names_comments(t, r) for t in ("comments", "comment-12", "js-comments", "c-comment__body")]
    [True, True, True, True]
    >>> [names_comments(t, r) for t in ("article__comments", "entry-comments--open")]
    [True, True]
    >>> [names_comments(t, r) for t in ("gallery__item__comment", "live-match-comment-body")]
    [False, False]
    >>> [names_comments(t, r, True) for t in ("comments-enabled", "comments-area", "comments")]
    [False, True, True]
    """
    words = [w for w in _TOKEN_WORDS.split(token.split("--", 1)[0]) if w and not w.isdigit()]
    if not words or (states and len(words) > 1 and words[-1] in roles.comment_states):
        return False
    head = words[1] if len(words) > 1 and len(words[0]) <= PREFIX_CHARS else words[0]
    return (
        words[0] in roles.comment_heads
        or head in roles.comment_heads
        or (words[-1] in roles.comment_tails)
    )


def names_content(names: str, roles: Roles) -> bool:
    """True if one of the lower-case id/class tokens in ``names`` names an article's content
    and holds no consent word (signal ``named-content``): its first word, or its second after
    a namespace prefix of PREFIX_CHARS letters or fewer, is one of ``content_heads``
    (``post-body``, ``c-article__text``). Such an element with a consent word in another
    token (``cookies``, ``tag-cookies``: a recipe about cookies) is no consent dialog.

    >>> r = load_roles()
    >>> [names_content(n, r) for n in ("post-body cookies", "post-12 post tag-cookies")]
    [True, True]
    >>> [names_content(n, r) for n in ("cookie-content", "modal-body cookies", "cmp text-center")]
    [False, False, False]
    """
    for token in names.split():
        words = [w for w in _TOKEN_WORDS.split(token) if w]
        if not words or roles.consent.search(token) is not None:
            continue
        if words[0] in roles.content_heads or (
            len(words) > 1 and len(words[0]) <= PREFIX_CHARS and words[1] in roles.content_heads
        ):
            return True
    return False


#: a <noscript> with at least this many elements inside is rendered (signal
#: noscript-holds-page): libxml2 reads ``<noscript><div></noscript>`` as HTML 4 does and puts
#: the rest of the page inside it, where a browser with scripts reads that markup as text
NOSCRIPT_PAGE = 50


#: a heading this long or longer is a paragraph set as a heading: never an orphan
ORPHAN_CHARS = 80
