"""Score the ``extract`` preset on the pages written for issue 14's genres (product, event, press
release, recipe; news pages in non-Latin scripts for pattern 4, and in Persian, Turkish,
Vietnamese, Indonesian, Greek, Polish, Brazilian Portuguese, Bengali, Tamil, Swahili, Hungarian and
Romanian, and in Czech, Slovak, Croatian, Serbian (Cyrillic), Bulgarian, Finnish, Swedish, Dutch,
Malay, Tagalog, Urdu and Georgian, and (session 18) Icelandic; and for the audit of page kinds
nobody tuned for: forum thread, Q&A, documentation, changelog, newsletter, live blog, obituary,
match report, job posting, review, "About us", portal, error pages in 4 languages, comment
sections, a short article beside a most-popular list; and for the second audit: a recipe blog post,
a how-to tutorial with code, an encyclopedia article with its infobox, contents and references, a
government press release, a university news page, an article's abstract page, a shop's product
page, a conference's event page, a podcast episode with its transcript, a photo gallery, a Q/A
interview, a listicle, a wire story on a local site, a 2000s personal blog, a Portuguese press
agency story; and for session 17's short articles beside bigger blocks (a most-read list with
excerpts, a site description, an author bio, a consent banner, a newsletter pitch, comments longer
than the story) in 9 languages, and pages without an article (taken down, access denied, JavaScript
notice, article limit, a search with 0 results: their expected output is empty); and for the
article's tail (``tail_*``): the story going on after a numbered "Most read" box, a poll widget, a
chart or map caption with its source line, a table of short cells, a "Key points" box, each in
three languages (the table in three more: a ferry timetable, the results inside a match report, a
phone's specifications in a review, ``tail_table_fr``/``_es``/``_it``, session 18), an article
ending in its list of sources, an author's bio then tags then related links, and near misses
(``tail_near_*``: the same boxes followed by a teaser, comments, sponsored content or a second
story, which must go; ``tail_near_table_de``: a league table after a match report's end, then
another story's teaser); and for the third audit (session 17): a mailing-list archive message with
a quoted reply, a German phpBB thread, a Q&A page with an accepted answer and comments, a 2010s
travel blog with comments and a blogroll, a tech blog post with shell output, a company's careers
page, a real-estate listing (and a German one, ``realestate_de``, ending in a table of four
fields), a council's services page, a course syllabus, a German imprint (its legal text is the
content), a Spanish portal front page (the lead story's headline and summary are the content, the
short teasers are not, as on ``portal_en``), a museum's exhibition page, release notes (and Spanish
ones, ``release_notes_es``, with a fix line that starts like a photo credit: "Fotos con espacios
..."), a magazine essay with pull quotes (boilerplate: they repeat the text) and a split drop cap;
and for session 18's article openings (``short_*``): a short post before a list of teasers with a
read-more line under each (English, German), an Estonian standfirst of two short sentences above
the date and byline, a Spanish intro of three sentences under a photo credit; and for session 19's
lists under a heading that names them (``named-sections``): a German shop page with its "Merkmale"
and "Technische Daten" after the description (``shop_features_de``), a Spanish council page with
each centre's "Horario" between two paragraphs (``municipal_es``); for session 19's kept boxes, one
more page each in German: an author's bio box of 90 words after a short article (``bio_box_de``), a
metered paywall instead of the article (``error_limit_de``), a "Das Wichtigste in Kürze" box then
the next story under its byline and date (``tail_near_keypoints_de``); for session 19's non-Latin
scripts (``intl_*``: Arabic, Persian, Hebrew, Hindi, Bengali, Ukrainian, Bulgarian, Serbian
Cyrillic, Greek, Korean, Thai, Chinese with full-width punctuation and a most-read box, Japanese
with a related box), news pages each with a menu, headline, byline, a "read also" box inside the
story, a share bar, a most-read box and a footer; for session 19's edges: a ranked article with no
intro whose first item's headline stands above the article (``ranked_head_en``/``_de``), a
most-read box titled in German or Spanish whose items each have an excerpt
(``tail_mostread_excerpts_de``/``_es``; near miss ``tail_near_mostread_titled_de``: a
year-in-review page whose title names the list), a results table and a ferry timetable of more than
30 cells inside the story (``tail_table_long_en``/``_de``; near miss ``tail_near_table_long_en``: a
league table of 36 cells after the report's end, then another story's teaser), a box of teaser
headlines without a heading after the article, then their excerpts (``tail_headlines_en``/``_de``;
near miss ``tail_near_headlines_en``: the article's own list of four points, the story going on
under it with its words); for session 20's non-Latin scripts (``paywall_*``: Japanese, Chinese,
Korean, Russian, Arabic, Hindi), a news page each with a paywall box of three lines between two
paragraphs, a byline that puts the name first or an agency's credit ("최서연 기자", "本报记者
赵一鸣", "（共同）") and, in Arabic, a log-in link in the menu above two short paragraphs; for
session 20's lineups and casts (``name-lists``): match reports ending in their lineups as "Team:
Name; Name, ..." rows in German (dashes between the lines) and Spanish (``match_de``, ``match_es``,
then a numbered league table or a most-read box), a film review's cast among its credits
(``film_cast_en``), and a near miss (``tail_near_lineup_en``: "Tags:", "Also in the news:" and
"Related:" rows after a match report, which must go); for session 20's legal notices
(``imprint-head``): a French "Mentions légales" and an English "Legal notice" page whose address
and "Label: value" lines are the content (``imprint_fr``, ``imprint_en``), and a near miss
(``imprint_near_de``: the same block at the foot of a news post, which must go); for session 20's
blog home pages (``home-posts``): a German and a Spanish home page with two posts, each under its
date and over the same footer line (``homepage_de``, ``homepage_es``), and a near miss
(``homepage_near_en``: a news page whose title names its story, the next story under it with the
same footer line, which must go); for session 20's leads under a toolbar (``lead-toolbar``): a
German and an English news page whose lead sits under "Vorlesen" / "Drucken" / "Merken" or "Listen"
/ "Print" / "Save" and over a share bar (``short_toolbar_de``, ``short_toolbar_en``; an Italian
one, ``short_toolbar_it``, with no photo credit), and a near miss (``short_toolbar_near_en``: an
author's bio there, which must go); for session 20's short articles of 30 to 40 words beside a
bigger block (``brief_*``): a numbered most-read list of sentence-long items in Italian, a site
description of 70 words in Portuguese, a consent banner above the page in Dutch and below the
article in Polish, and a menu of sentence-long items above the headline in French, Spanish and
English (``listed-header``); for session 20's boxes kept inside the story: a chart with its legend,
axis, source and maker lines in French (``chart_axis_fr``), a map with its source in Spanish
(``chart_map_es``; near miss ``chart_near_figures_en``: the article's own list of figures and a
source sentence), a magazine essay whose pull quote is an unquoted part of a paragraph
(``essay_de``), an interview whose title is set again as a pull quote (``interview_quote_fr``; near
miss ``quote_near_en``: quotes on lines of their own that the story does not repeat), a table of
contents inside the article after a two-paragraph intro, in German and Spanish (``toc_guide_de``,
``toc_howto_es``; near miss ``toc_near_list_en``: a list of things you need that the article does
not repeat as headings), a photo gallery's counters in German and Spanish (``gallery_de``,
``gallery_es``); for session 21's tails: a story's last paragraph after an unheaded box of four key
points, right above its share bar (``tail_points_last_en``, ``list-last-paragraph``), and a roundup
of four cafés, each a short paragraph with a "Read more" line, under a headline that counts them
(``roundup_counted_en``, ``counted-items``); for session 21's adversarial pages (adv21: ordinary
pages aimed at the blind spots of session 20's rules): a festival's programme, days written out
over timed items (``programme_en``, ``timed-days``), a Chinese story whose paragraphs say "订阅"
(``subscribe_zh``, ``signup-paragraphs``), a how-to whose step titles, listed under its intro, come
back as headings (``howto_steps_en``, ``toc-heading``), a poem that is its page (``poem_page_en``,
``verse-page``), terms of service ending in the company's contact section under a numbered "5.
Contact" (``terms_en``, ``numbered-section``), a blog post that quotes "Listen / Print / Save" in
its prose (``toolbar_prose_en``), a theatre review with its cast and creative team as "Label:
names" lines (``theatre_cast_en``) and an essay that repeats its epigraph at its end
(``epigraph_en``); and session 21's short-article pages (``small_*``): a news brief, a press
release, an event notice, a product announcement, a classified ad or a short blog post of 40 to 140
words next to a bigger block, in English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish and Turkish: a numbered most-read list of 10 sentence-long titles (``small_popular_en``,
under a heading no data file knows: ``ranked-headlines``; ``small_popular_de``;
``small_popular_es``, 6 items in the article's run), a site or blog description in the sidebar, a
mega-menu of sentence items (``So planen Sie ...`` under a menu heading: ``listed-under-heading``),
a long consent banner (IAB TCF-style vendor text), a newsletter pitch (over its e-mail field:
``form-pitch``), a comment thread under an unusual heading or none ("What you said", "La parola ai
lettori (4)", "Es gibt 4 Kommentare.", each comment a name, a time, its text, "Reply" / "Report");
for session 21's non-Latin pages (``wire_*``: Russian, Ukrainian, Arabic, Persian, Hindi, Chinese,
Japanese, Korean), wire stories with a dateline opening the lead ("ТВЕРЬ, 3 дек — ...",
"新华社杭州12月3日电", "(강릉=연합뉴스) 최지훈 기자 = ...") and an agency's credit ending a
paragraph ("… (ИТАР-ТАСС)", "…（共同）"; the last one in Korean, ``credit-ends``), dates with a
right-to-left mark and Arabic-Indic or Persian digits, a consent banner in the page's language,
comments under a heading no list has ("Что думают читатели", "آراء الزوار", "读者留言"), and in
Ukrainian, Persian and Japanese a short article of under 120 words beside a "most read" list of 7
or 8 items; and an Arabic comment thread with no heading, each comment under its writer's name and
a date with its time (``thread_ar``, ``bare-thread``), and a short Arabic article beside a "most
read" list ranked in Arabic-Indic digits, "١." to "٦." (``brief_popular_ar``), and a Persian one
over a copyright line no list had, "کلیه حقوق این سایت محفوظ است." (``brief_popular_fa``), and a
Korean one under "가장 많이 본 기사" (``brief_popular_ko``; its short second paragraph kept since
session 22's ``loose-sentences``), and short articles of one or two paragraphs, the last ending
in an agency's credit, over a read-more line and a consent banner, in Russian, Chinese and Hindi
(``brief_credit_ru``/``_zh``/``_hi``); and for session 22's page genres (``genre_*``, 21 pages in
English, German, French, Spanish, Italian and Dutch): FAQ pages, a glossary, documentation with
code and numbered steps, a course page, a government information page, a product page with its
specifications, an event page, a job ad, a real-estate listing, a researcher's home page, blog
front pages with a read-more line under each post (``more-posts``), an encyclopedia article with
its infobox, a links page, a tide table under its headline (``table-page``), a forum thread, a
Q&A page in Spanish, a mailing-list message, an NGO's volunteering page and an Italian how-to
with its "Cosa ti serve" list; and session 22's losses: a news story with one
sign-up sentence between its paragraphs (``signup_line_en``), a story with a table of rents whose
rows are lines of their own under a header row and over its "Source: ... Chart: ..." line
(``rents_table_en``, ``row-tables``), a German wire story whose paragraphs end in joined
agencies' credits, "(dpa/AFP)" and "(rtr/dpa)" (``wire_pairs_de``, ``credit-pairs``);
and session 23's page genres (``genre2_*``, 16 pages in German, French, Spanish, Italian,
Portuguese, Russian, English, Japanese and Dutch): a recipe with its ingredients and steps, a
product review with pros and cons and a verdict, a Q/A interview, a press release with its
contact block, an obituary, a rugby report with its score lines, a live blog, an abstract page,
a changelog (``later-sections``: its older versions kept), terms of service, a podcast's show
notes, a photo gallery, a letter to the editor, a city guide, a book review with its rating
lines and classified ads; and session 23's non-Latin pages (``script_*``, 33 pages in
Chinese, traditional Chinese, Japanese, Korean, Thai, Russian, Ukrainian, Arabic, Persian,
Hindi, Hebrew and Greek): short articles beside
a "most read" list of sentence-long items (``24小时阅读排行``, "پربازدیدترین ها", "Самое
читаемое"), articles with their own lists (under a lead-in ending in a full-width colon in
``script_list_zh``), comment threads with local headings and reply buttons ("网友评论（3）",
"コメント（3件）", "Комментарии (3)", "독자 의견 4"), consent banners above or below the article,
related boxes inside the story ("함께 보면 좋은 기사", "यह भी पढ़ें: ..."), and error pages in 8
languages (their expected output is empty; near miss ``script_error_near_zh``: a story quoting
"页面不存在"); and session 24's page kinds nobody tuned for (``genre3_*``, 15 pages in English,
German, French, Spanish, Italian, Portuguese, Dutch and Polish): a phpBB forum thread whose
answers are content, a Q&A page whose posts have "Share" / "Follow" buttons only, two FAQ
pages, a shop's product page (its customer reviews are boilerplate, as comments are), a how-to
with numbered steps and tips boxes, a documentation page with code and notes, a personal blog
post with a blogroll, a university course page, a council's service page, an event listing
whose place line has no figure, a real-estate listing with its facts above its description, a
Q/A interview, and two local news briefs under 40 words beside a big "most read" box;
and session 24's short articles (``short3_*``, 20 pages in English, German, French, Spanish,
Italian, Portuguese, Polish, Dutch, Turkish, Indonesian, Chinese, Japanese, Russian and Arabic:
a police report, a weather note, a stock market flash, a match result, an obituary, a
correction, a blog micro-post, product news, a wire story, a local brief) beside a bigger
block: a most-read list of sentences, a site description, a menu of sentences, a consent
banner, a newsletter box, an author's bio, related teasers each with a date line
(``dated-teasers``), comment threads under headings no list has ("What readers are saying
(6)", "7 reacties op ...", "Vos réactions (4)", "网友留言（4条）", "Condolences (3)");
and session 25's lists inside articles (``list4_*``, 18 pages in English, German, French,
Spanish, Italian, Portuguese, Dutch and Polish): Title-Case bullet points, numbered steps with
sub-steps (``nested-steps``), ingredient lists with quantities (one under "Zutaten" with no
':'), "Term : explanation" lines, pros and cons under "Ventajas:", long-sentence items under
"You will need", a reading list of references (``reference-lists``), an announced list with
a sub-list after a blank line (``worded-items``, ``list-blocks``), related boxes of 16 and 20
lines inside the story, a table of contents at the top, and near misses (a Title-Case menu
of services and a box of 14 related headlines after the article, which go);
and session 25's page kinds nobody tuned for (``genre4_*``, 16 pages in English, German,
French, Spanish, Italian, Portuguese, Dutch and Polish): release notes under "Version 5.1.3 –
2. Dezember 2025" headings, a recipe with its facts, ingredients, steps and a long comment
section, an obituary with condolences, a court ruling's summary, a podcast episode's show notes
with timestamps, a science press release citing its paper above its press contact, a job ad, a
football live ticker (its league table after it is boilerplate), a museum's exhibition page, a
book review with a buy box, a weather warning, a council's minutes ending in "7. Date of next
meeting", a documentation page with a sidebar and "On this page", a README ending in its
"License" section, a story with an "Aktualisiert, ...:" note after it (the note is the
story's), and an abstract page (its authors, affiliation and keywords are content, its "Cite
this article" box is not); ``qa_en``'s second answer, under "Share" / "Follow" only, is content
since session 25, as answers are on a Q&A page;
and session 25's pages in scripts and languages nobody tested (``script2_*``, 14 pages): news
in Armenian and Amharic with a read-also line before the last paragraph ("Կարդացեք նաև՝",
"ተዛማጅ ዜና፦"), an Indonesian story with two "Baca Juga:" lines, short Chinese, Japanese and
Thai stories beside a list of 5 or 10 ranked headlines ("热门", "アクセスランキング",
"ข่าวยอดนิยม"), a Discuz forum thread ("回复 引用 举报" under each post), a Vietnamese error
page, near misses (``script2_near_*``: three Thai teaser headlines under a story, a teaser's
excerpt under "Baca Juga:"), and four pages kept aside and scored once, after the rules were
written (``script2_popular_ko``, ``script2_forum_tr``, ``script2_news_km``,
``script2_error_bn``);
``benchmarks/written_pages/*.txt``, written for this
project, all names and events invented, same licence as the code). Each line of a page is tagged
``C|`` (content: the page's gold) or ``B|`` (boilerplate); the page given to ``clean`` is the lines
without their tags, as an HTML-to-text rendering gives them (title, menus, breadcrumb, buttons,
footer, cookie line).

    PYTHONPATH=src .venv/bin/python benchmarks/score_written.py [-v]

Per page: content words kept and lost, boilerplate words kept (``-v``: the lines).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import cleantext

PAGES = Path(__file__).resolve().parent / "written_pages"
# scripts written without spaces: a Han or kana character counts as a word, and a run of
# Thai, Lao, Khmer or Myanmar letters as one word per 4 of its characters (about a word's
# length there), so that a Japanese or Thai line weighs like its translation
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SEA = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")


def _words(text: str) -> int:
    """The words of a line: its whitespace tokens, with the no-space scripts counted by
    character (``_HAN_KANA``, ``_SEA``)."""
    rest = _SEA.sub(" ", _HAN_KANA.sub(" ", text))
    sea = sum(-(-len(run) // 4) for run in _SEA.findall(text))
    return len(rest.split()) + len(_HAN_KANA.findall(text)) + sea


def _rows(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(line[:1], line[2:]) for line in lines if line]


def score(path: Path) -> tuple[int, int, int, list[str]]:
    """``(content words kept, content words lost, boilerplate words kept, notes)``: the
    output's lines matched to the page's in order."""
    rows = _rows(path)
    out = cleantext.clean("\n".join(t for _, t in rows) + "\n", preset="extract")
    # (compared with runs of spaces as one: the normalizer's ``collapse-spaces`` joins them)
    kept = [" ".join(line.split()) for line in out.splitlines() if line.strip()]
    j, ck, cl, bk, notes = 0, 0, 0, 0, []
    for r, (tag, text) in enumerate(rows):
        n = _words(text)
        if (
            j < len(kept)
            and kept[j] == " ".join(text.split())
            and not _later_copy(rows, r, kept, j)
        ):
            j += 1
            ck, bk = (ck + n, bk) if tag == "C" else (ck, bk + n)
            notes += [] if tag == "C" else [f"KEPT {text[:80]}"]
        elif tag == "C":
            cl += n
            notes.append(f"LOST {text[:80]}")
    return ck, cl, bk, notes


def _later_copy(rows: list[tuple[str, str]], r: int, kept: list[str], j: int) -> bool:
    """Row ``r`` is boilerplate whose text a content row further down has too, before the row
    of the next kept line: the kept line is that content row's (a table of contents' entry
    removed, its heading kept), not row ``r``'s."""
    if rows[r][0] != "B":
        return False
    after = kept[j + 1] if j + 1 < len(kept) else None
    for tag, text in rows[r + 1 :]:
        line = " ".join(text.split())
        if line == kept[j] and tag == "C":
            return True
        if line == after:
            return False
    return False


def main() -> int:
    for path in sorted(PAGES.glob("*.txt")):
        ck, cl, bk, notes = score(path)
        print(f"{path.stem:12s} content kept {ck:4d} lost {cl:4d}  boilerplate kept {bk:3d}")
        if "-v" in sys.argv:
            print("".join(f"    {note}\n" for note in notes), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
