"""Issue 14, pattern 1: a short article loses to a bigger block that comes before it (a menu
whose drop-down items are whole sentences, a numbered "most popular" list of sentences). The
page title's headline, repeated just before the article, anchors the article
(``cleantext.boilerplate.headline``); near misses: a title that is only the site's name, and
the article's headline in a teaser list after the article."""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with
from _pages import page as _page
from cleantext.boilerplate.extract import classify_lines, find_main_content
from cleantext.boilerplate.headline import headline_index, title_keys
from cleantext.edits import apply_edits

TITLE = "Cinema to reopen on Friday after a year of repairs"
ARTICLE = (
    "The town's only cinema will reopen on Friday after a year of repairs to its roof and "
    "its old seats, the owners said on Monday.",
    "Tickets for the first week are already sold out, and the owners plan a free showing for "
    "children on Sunday afternoon.",
)
# a drop-down menu whose items are whole sentences (each a link with its description)
SENTENCE_MENU = (
    "News",
    "Find out what is happening in the towns and villages of the valley, every day of the week.",
    "Sport",
    "Read the results of every local club, from football and rugby to the cycling races in "
    "the hills.",
    "What's on",
    "See the concerts, markets and shows that are coming to the valley over the next few weeks.",
    "Jobs",
    "Browse hundreds of jobs with the employers of the region, and send them your details "
    "in a few clicks.",
)
MOST_POPULAR = (
    "Most popular",
    "1. The mayor says that the new bridge over the river will be built by the end of the decade.",
    "2. A family of otters has been seen in the canal for the first time in more than forty years.",
    "3. The old market hall will be turned into a library and a cafe, the council said on Tuesday.",
    "4. Parents are asked to check the new bus times to the schools before the start of the term.",
)
FOOTER = ("Privacy Policy", "Terms of Use", "© 2024 Example Valley News")
# what stands between the site's header and the article's headline
BAR = ("Advertisement", "Subscribe", "Log in", "Search")


def _extract(text: str) -> str:
    return cleantext.clean(text, preset="extract")


def _without_anchor(text: str) -> str:
    return extract_with(text, headline=False)


@pytest.mark.parametrize("block", [SENTENCE_MENU, MOST_POPULAR], ids=["menu", "most-popular"])
def test_a_short_article_after_its_headline_beats_a_bigger_block_before_it(
    block: tuple[str, ...],
) -> None:
    page = _page(f"{TITLE} - Example Valley News", "Home", *block, *BAR, TITLE,
                 "By Ann Smith", *ARTICLE, *FOOTER)  # fmt: skip
    assert ARTICLE[0] not in _without_anchor(page)  # the bigger block won before
    out = _extract(page)
    assert all(line in out for line in ARTICLE)
    assert block[1] not in out and "Privacy Policy" not in out


def test_the_note_names_the_headline_and_both_runs() -> None:
    page = _page(f"{TITLE} | Example Valley News", *SENTENCE_MENU, *BAR, TITLE, *ARTICLE,
                 *FOOTER)  # fmt: skip
    head = next(e for e in find_main_content(page) if e.rule == "extract-head")
    assert f"headline {TITLE[:40]!r} is at line 14" in head.note
    assert "the article is the run after it (lines 15-16" in head.note
    assert "not lines 3-9 before it" in head.note


def test_a_title_that_is_only_the_site_name_anchors_nothing() -> None:
    # near miss: "Example Valley News | Home" has no headline part (the site's name is short)
    assert title_keys("Example Valley News | Home") == frozenset()
    page = _page("Example Valley News | Home", "Example Valley News", *ARTICLE, *FOOTER)
    assert headline_index(classify_lines(page)) is None


def test_the_headline_in_a_teaser_list_after_the_article_does_not_move_it() -> None:
    # near miss: the text lost the page's <h1>; the article's own headline comes again in a
    # "Most read" list after it, with one teaser excerpt: the article stays the content
    story = (
        *ARTICLE,
        "The owners bought the cinema ten years ago, when it was about to be turned into "
        "flats, and have since raised money for the repairs from the people of the town.",
        "They say that the new seats are the same colour as the old ones, which were made "
        "in the nineteen-thirties and could not be mended any more.",
    )
    teaser = (
        "Read how the owners saved the town's cinema from being turned into flats, what the "
        "repairs cost them and which film it will show first when the doors open on Friday."
    )
    page = _page(f"{TITLE} - Example Valley News", "Home", "News", *story, *BAR, "Most read",
                 TITLE, teaser, "Otters return to the canal", *FOOTER)  # fmt: skip
    out = _extract(page)
    assert all(line in out for line in story)
    assert not any("headline" in e.note for e in find_main_content(page))


def test_a_chinese_headline_anchors_the_article() -> None:
    # pattern 4: a CJK title has no spaces: eight characters of Han script are enough
    title = "老桥关闭引发居民不满"
    assert title_keys(f"{title} - 新闻网") == frozenset({title})


# pattern 4: pages in other scripts, each with a block of whole-sentence teasers before the
# headline that is bigger than the short article after it
NON_LATIN = {
    "zh": (
        "老桥关闭引发居民不满",
        (
            "热门推荐",
            "市政府公布了新的公交线路，从下个月开始，市民可以乘坐新线路往返于城市的东西两边。",
            "今年夏天的音乐节将在公园举行，组织者预计三天的活动将吸引比往年更多的游客前来参加。",
            "本市的图书馆将延长开放时间，周末也将开放到晚上九点，方便上班族和学生借阅图书。",
        ),
        (
            "北京市政府周二宣布，将在今年年底前关闭这座已有百年历史的老桥。",
            "附近的居民表示，他们担心封桥之后需要绕很远的路。",
        ),
    ),
    "ru": (
        "Старый мост закроют в конце года",
        (
            "Популярное",
            "Мэр рассказал о новых автобусных маршрутах, которые начнут работать в городе уже "
            "в следующем месяце.",
            "Летний музыкальный фестиваль пройдет в парке, и организаторы ждут больше гостей, "
            "чем в прошлом году.",
            "Городская библиотека будет работать дольше, и по выходным она откроется для всех "
            "читателей до девяти вечера.",
        ),
        (
            "Городской совет во вторник проголосовал за закрытие старого моста через реку.",
            "Жители сказали, что их беспокоит длинный объезд после закрытия моста.",
        ),
    ),
    "ar": (
        "إغلاق الجسر القديم في نهاية العام",
        (
            "الأكثر قراءة",
            "أعلن رئيس البلدية عن خطوط حافلات جديدة ستبدأ العمل في المدينة اعتبارا من الشهر "
            "المقبل لجميع السكان.",
            "سيقام مهرجان الموسيقى الصيفي في الحديقة هذا العام ويتوقع المنظمون عددا أكبر من "
            "الزوار من العام الماضي.",
            "ستفتح مكتبة المدينة أبوابها لساعات أطول وستبقى مفتوحة في عطلة نهاية الأسبوع حتى "
            "التاسعة مساء للقراء.",
        ),
        (
            "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم فوق النهر.",
            "وقال السكان إنهم قلقون من الطريق الطويل الذي سيضطرون لسلوكه بعد الإغلاق.",
        ),
    ),
}


@pytest.mark.parametrize("lang", sorted(NON_LATIN))
def test_a_short_non_latin_article_after_its_headline(lang: str) -> None:
    title, teasers, article = NON_LATIN[lang]
    page = _page(f"{title} - Example", "Home", *teasers, *BAR, title, *article, *FOOTER)
    out = _extract(page)
    assert all(line in out for line in article)
    assert teasers[1] not in out


def test_a_title_and_text_that_come_twice_keep_the_first_copy() -> None:
    # near miss: a document that is a title and its text (no page around it), saved twice:
    # the run right under the first line has its heading already and stays the content
    story = (*ARTICLE, *ARTICLE)
    page = _page(TITLE, *story, *BAR, *FOOTER, TITLE, *story)
    edits = find_main_content(page)
    assert not any("headline" in e.note for e in edits)
    assert apply_edits(page, edits) == _page(*story)
