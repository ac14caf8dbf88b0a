"""``ui-headings``: a UI string set as a section's heading over a paragraph that names it is
the text's own heading, in the ``light`` preset (and the UI pass after ``extract``).

Session 21 found that ``light`` removed a help page's headings "Sign in", "Share", "Read more"
and "Terms of service"; the texts here are written for these tests (no page was copied).
"""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate import find_ui_lines
from cleantext.boilerplate.patterns import Patterns

HELP = (
    "Account help\n\n"
    "Sign in\n\n"
    "To sign in, open the app and enter the e-mail address you registered with.\n\n"
    "Share\n\n"
    "You can share any document with a colleague. Click Share, then Copy link.\n\n"
    "Read more\n\n"
    "The Read more button under each summary opens the full article in a new tab.\n\n"
    "Terms of service\n\n"
    "By using the app you agree to our terms. We may change them with notice.\n"
)

OTHER_SCRIPTS = [
    # Russian: "Войти" (sign in), "Поделиться" (share)
    "Справка\n\nВойти\n\nЧтобы войти, откройте приложение и введите свой адрес почты.\n\n"
    "Поделиться\n\nОткройте документ, нажмите «Поделиться», затем «Копировать ссылку».\n",
    # Chinese: 登录 (sign in), 分享 (share)
    "帮助中心\n\n登录\n\n打开应用程序，输入您注册时使用的电子邮件地址和密码即可登录。\n\n"
    "分享\n\n打开文档，点击分享，然后点击复制链接。\n",
    # Arabic: تسجيل الدخول (sign in), مشاركة (share); a word there may take a prefix (لـ)
    "مساعدة\n\nتسجيل الدخول\n\nلتسجيل الدخول، افتح التطبيق وأدخل عنوان بريدك الإلكتروني.\n\n"
    "مشاركة\n\nافتح المستند وانقر على مشاركة ثم نسخ الرابط.\n",
]

STORY = "The council met on Tuesday to discuss the new bridge over the river.\n\n{ui}\n\n{below}\n"


def _light_off() -> Cleaner:
    return Cleaner(Config.from_dict({"boilerplate": {"extract_off": ["ui-headings"]}}))


def test_a_help_page_keeps_its_ui_word_headings() -> None:
    assert cleantext.clean(HELP) == HELP


@pytest.mark.parametrize("text", OTHER_SCRIPTS, ids=["ru", "zh", "ar"])
def test_headings_in_other_scripts_are_kept(text: str) -> None:
    assert cleantext.clean(text) == text


def test_switched_off_the_headings_go_as_before() -> None:
    out = _light_off().clean(HELP)
    for heading in ("Sign in", "Share", "Read more", "Terms of service"):
        assert f"\n{heading}\n" not in out
    assert "To sign in, open the app" in out


def test_find_ui_lines_takes_the_switch() -> None:
    # the UI pass after extract calls it too, with extract_off's switch
    patterns = Patterns.builtin()
    assert find_ui_lines(HELP, patterns) == []
    removed = [e.before.strip() for e in find_ui_lines(HELP, patterns, headings=False)]
    assert removed == ["Sign in", "Share", "Read more", "Terms of service"]


@pytest.mark.parametrize(
    ("ui", "below"),
    [
        # a share bar between two paragraphs: the next paragraph does not name it
        ("Share", "The mayor said the work would start in the spring and last two years."),
        # "more" is not the heading's first word of 3 letters ("read" is)
        ("Read more", "More than 300 people came to the meeting, many of them from the valley."),
        # an ad slot whose word comes again only far into the next paragraph
        (
            "Story continues below advertisement",
            "Fans of the old bridge had waited in the cold for hours, and the engineers said "
            "later that the story of the crossing was far from over.",
        ),
        # WordPress's share bar: its buttons are no sentences
        ("Share this:", "Click to share on Facebook (Opens in new window)"),
        # the next line is no sentence
        ("Share", "Sharing the Plans With Your Neighbours"),
    ],
)
def test_near_misses_still_go(ui: str, below: str) -> None:
    text = STORY.format(ui=ui, below=below)
    out = cleantext.clean(text)
    assert f"\n{ui}\n" not in out
    assert below in out


def test_a_run_of_ui_lines_is_no_heading() -> None:
    # "Share" / "Tweet" / "Email" is a share bar even over a paragraph about sharing
    text = STORY.format(
        ui="Share\n\nTweet\n\nEmail", below="Sharing the plans early was the council's idea."
    )
    out = cleantext.clean(text)
    assert "Tweet" not in out and "\nShare\n" not in out


def test_a_heading_in_a_text_without_blank_lines() -> None:
    text = (
        "Sign in\nTo sign in, open the app and enter your e-mail address.\n"
        "Share\nClick Share, then Copy link, and paste the link into a message.\n"
    )
    assert cleantext.clean(text) == text
