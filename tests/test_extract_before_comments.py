"""Issue 14, pattern 1 (a short article loses to a bigger block): a blog post of two sentences
comes before its comment form, and the blog's long description in the sidebar after the form
is no article, even when it is worth one (``before_comments.py``); near misses: a comment
heading far below the post, or a post too short to be a paragraph, leave the choice as it
was."""

from __future__ import annotations

import dataclasses

import cleantext
from cleantext.boilerplate.before_comments import comment_heading, is_form_heading
from cleantext.boilerplate.extract import WEIGHTS, LineInfo, find_main_content
from cleantext.edits import apply_edits
from cleantext.segment import Block

POST = (
    "The river rose by two metres overnight, and the fire brigade closed the lower road "
    "along the bank before dawn.",
    "The council asks everyone who lives near the water to move their cars to higher ground "
    "until the evening.",
)
FORM = (
    "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Tags: river, flood",
    "Leave a Reply Cancel reply", "Enter your comment here...", "Name (required)", "Website",
    "Notify me of new posts via email.",
)  # fmt: skip
SIDEBAR = (
    "About this blog",
    "This is the personal blog of a local reporter who has written about the town, its "
    "council, its schools and its river for more than twenty years, and who likes to share "
    "photographs of the valley in every season of the year.",
    "There are more than three hundred posts in the archive by now, and new ones appear "
    "every week, because the readers keep sending in their questions about the history of "
    "the old town and the people who built it.",
)
MENU = ("River news", "Home", "About", "Archive")


def _page(*parts: tuple[str, ...]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_short_post_before_the_comment_form_beats_a_longer_sidebar() -> None:
    text = _page(MENU, POST, FORM, SIDEBAR)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and POST[1] in out
    assert SIDEBAR[1] not in out and "Leave a Reply" not in out


def test_the_note_names_the_comment_heading() -> None:
    text = _page(MENU, POST, FORM, SIDEBAR)
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "before the comment heading 'Leave a Reply Cancel reply'" in head.note


def test_a_comment_heading_far_below_the_post_does_not_count() -> None:
    tags = tuple(f"Tag number {i}" for i in range(35))
    text = _page(MENU, POST, tags, FORM, SIDEBAR)
    out = cleantext.clean(text, preset="extract")
    assert SIDEBAR[1] in out and POST[0] not in out


def test_a_line_too_short_for_a_paragraph_does_not_count() -> None:
    text = _page(MENU, ("The river rose again today.",), FORM, SIDEBAR)
    out = cleantext.clean(text, preset="extract")
    assert SIDEBAR[1] in out


def test_the_rule_can_be_switched_off_and_light_keeps_everything() -> None:
    text = _page(MENU, POST, FORM, SIDEBAR)
    weights = dataclasses.replace(WEIGHTS, before_comments=False)
    out = apply_edits(text, find_main_content(text, weights=weights))
    assert SIDEBAR[1] in out and POST[0] not in out
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["before-comments"]}}
    )
    assert POST[0] not in cleantext.Cleaner(config).clean(text)
    light = cleantext.clean(text)
    assert POST[0] in light and SIDEBAR[1] in light


def test_a_comment_form_heading_with_its_cancel_button_counts() -> None:
    form = tuple("Write your thoughts Cancel reply" if "Leave" in x else x for x in FORM)
    text = _page(MENU, POST, form, SIDEBAR)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and SIDEBAR[1] not in out
    assert is_form_heading("Schreibe einen Kommentar Antworten abbrechen")
    assert not is_form_heading("We had to cancel reply cards this year, as the post was late.")
    assert not is_form_heading("Cancel reply")


# a post of short lines (a dialogue) under its headline, before the share bar and the
# comment form; the sidebar after them has a paragraph
DIALOGUE = (
    "Doing nothing is an option too - Short Talks",
    "Short Talks",
    "Doing nothing is an option too",
    "14 June 2013 at 20:51",
    "“I know that I am tired, but listen”",
    "– “Then do not say it”",
    "– “Fine, I will just sit here”",
    "Share this:", "Twitter", "Facebook",
    "Leave a Reply Cancel reply",
    "Enter your comment here...",
    "About",
    "This is a small blog of overheard conversations from the trains and cafés of the city, "
    "written down since the spring of 2012 by two friends who like to listen.",
)  # fmt: skip


def test_a_post_of_short_lines_under_its_headline_is_the_article() -> None:
    out = cleantext.clean(_page(DIALOGUE), preset="extract")
    assert all(line in out for line in DIALOGUE[4:7])
    assert DIALOGUE[-1] not in out and "Share this" not in out and "14 June" not in out
    head = next(e for e in find_main_content(_page(DIALOGUE)) if e.rule == "extract-head")
    assert "the post under the page title's headline" in head.note


def test_a_comment_counter_in_the_header_is_no_comment_heading() -> None:
    text = _page(DIALOGUE[:7], ("12 comments",), DIALOGUE[-1:], POST)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and DIALOGUE[4] not in out


def test_without_a_comment_heading_the_short_lines_are_no_post() -> None:
    text = _page(DIALOGUE[:10], DIALOGUE[-2:])
    out = cleantext.clean(text, preset="extract")
    assert DIALOGUE[-1] in out and DIALOGUE[4] not in out
    weights = dataclasses.replace(WEIGHTS, short_post=False)
    off = apply_edits(_page(DIALOGUE), find_main_content(_page(DIALOGUE), weights=weights))
    assert DIALOGUE[4] not in off


def test_short_post_off_in_a_config() -> None:
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["short-post"]}}
    )
    assert DIALOGUE[4] not in cleantext.Cleaner(config).clean(_page(DIALOGUE))
    assert DIALOGUE[4] in cleantext.clean(_page(DIALOGUE))


RU_POST = (
    "Вода в реке поднялась за ночь на два метра, и пожарные закрыли нижнюю дорогу вдоль "
    "берега ещё до рассвета.",
    "Городской совет просит всех, кто живёт у воды, переставить машины повыше до самого вечера.",
)
RU_FORM = ("Поделиться:", "Twitter", "Facebook", "Метки: река, паводок", "Добавить комментарий",
           "Ваше имя", "Сайт")  # fmt: skip
RU_SIDEBAR = (
    "Об этом блоге",
    "Это личный блог местного журналиста, который уже больше двадцати лет пишет о городе, о "
    "его совете, о школах и о реке, и который любит показывать фотографии долины в любое "
    "время года.",
    "В архиве уже больше трёхсот записей, и новые появляются каждую неделю, потому что "
    "читатели всё время присылают вопросы об истории старого города и о людях, которые его "
    "строили.",
    "Автор отвечает на письма читателей по пятницам, а самые интересные вопросы и ответы "
    "собирает в отдельные записи, которые можно найти в разделе архива.",
)


def test_a_short_post_before_its_comment_form_in_russian() -> None:
    text = _page(("Новости города", "Главная", "О нас", "Архив"), RU_POST, RU_FORM, RU_SIDEBAR)
    out = cleantext.clean(text, preset="extract")
    assert RU_POST[0] in out and RU_SIDEBAR[1] not in out
    weights = dataclasses.replace(WEIGHTS, before_comments=False)
    assert RU_SIDEBAR[1] in apply_edits(text, find_main_content(text, weights=weights))


def test_a_thread_found_by_its_shape_alone_is_no_comment_heading() -> None:
    def mk(kind: str, ui: str = "") -> LineInfo:
        return LineInfo(Block(0, 0, "Backzeit", 0), 1, 0.0, False, kind, 0.0, False, ui)

    assert comment_heading([mk("good"), mk("stop", "thread")], 0, 2) is None
    assert comment_heading([mk("good"), mk("stop", "comments")], 0, 2) == 1


# the heading of WordPress's comment list with the post's title, in several languages: a
# comment heading although it has a count (issue 14)
TITLED = ("6 Kommentare zu „Hochwasser am Fluss“", "5 thoughts on “The river rose”",
          "2 réflexions sur « La crue »", "3 comentarios en «La crecida»")  # fmt: skip


def test_a_comment_heading_with_a_count_and_the_post_title_counts() -> None:
    for heading in TITLED:
        text = _page(MENU, POST, ("Share this:", "Twitter", heading, "Anna"), SIDEBAR)
        out = cleantext.clean(text, preset="extract")
        assert POST[0] in out and SIDEBAR[1] not in out, heading


def test_a_count_with_a_title_is_a_heading_only_in_comment_words() -> None:
    # a listicle's heading and a counter with two words are no comment heading
    for heading in (
        "5 Gedanken zur Lage am Fluss",
        "Drei Gedanken zu Weihnachten",
        "12 Kommentare",
    ):
        text = _page(MENU, POST, ("Share this:", "Twitter", heading, "Anna"), SIDEBAR)
        out = cleantext.clean(text, preset="extract")
        assert SIDEBAR[1] in out and POST[0] not in out, heading
