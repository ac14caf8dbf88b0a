"""A newsletter box's pitch paragraph right above its form's e-mail field, under an unknown
heading after a short article (``form_pitch``, switch ``form-pitch``): the pitch goes with
the box. Near misses: the article's last paragraph under another paragraph right above a
form field; a comment form that opens with its heading."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config

HEAD = ["Open day at the beekeepers' club | Riverside News", "News", "Sport", "Events"]
HEAD += ["Open day at the beekeepers' club", "By Sam Wood", "2 May 2026"]
FIRST = (
    "The beekeepers' club holds an open day at its apiary on Heath Lane on Saturday 16 May. "
    "Visitors can put on a bee suit, look inside a hive and watch honey being spun."
)
SECOND = (
    "Children can follow a trail along the flowers in the garden. The open day runs from ten "
    "to four and entry is free."
)
PITCH = (
    "Would you like the week's most important local news in your inbox every Friday morning? "
    "We send a short round-up of the stories from the villages along the river, the weekend's "
    "events, the football results and now and then an offer from the shops that advertise "
    "with us. You can leave with one click at the bottom of every mail, and we never give your "
    "address to anyone else."
)
FORM = ["Your email address", "Send"]
FOOTER = ["Privacy", "© 2026 Riverside News"]


def _page(*middle: str) -> str:
    return "\n".join([*HEAD, FIRST, SECOND, *middle, *FORM, *FOOTER]) + "\n"


def test_the_pitch_above_the_e_mail_field_goes() -> None:
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    out = cleantext.clean(page, preset="extract")
    assert FIRST in out and SECOND in out and PITCH not in out


def test_the_explanation_names_the_rule() -> None:
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    assert "(form-pitch)" in tail_edit(page).note


def test_the_articles_last_paragraph_above_a_field_stays() -> None:
    last = "The club meets again on the first Monday of June in the village hall."
    out = cleantext.clean(_page(last), preset="extract")
    assert SECOND in out and last in out


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["form-pitch"]}})
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    assert PITCH in cleantext.Cleaner(off).clean(page)
