"""Issue 14: a comment form after the article opens the comment section (``forms.py``).

Labels of two fields or more ("Name *", "E-Mail *", "Comment"; "Nombre (*):", "Correo
electrónico (*):"), one of them marked as a form's label is, end the article at the comment
line above them ("Comentar", "Leave a comment") or at the first label: the comment policy
between them and the thread under them go. Near misses: an address block (labels with their
values), a profile box of one field, a how-to that lists a form's fields without marks, and
an article that talks about comments and e-mail. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content
from cleantext.config import Config

COMMENT = (
    "I have crossed that bridge every day for thirty years and I will miss it a lot when it "
    "is gone, even if the new one is safer for the children."
)
# the thread under the form: names and bodies, no times (no thread of ``thread.py``)
THREAD = (
    "Maria Lopez", COMMENT,
    "Tom", "The ferry is a good idea for the summer, but the council should have acted much "
    "sooner than this, as everyone who walked over the bridge could see the cracks.",
    "Ann", "Ten years for a new bridge is far too long for a town of this size, and the "
    "shops on the other side of the river will suffer the most from the long detour.",
)  # fmt: skip

# the site's comment policy, above the form
POLICY = (
    "The comments below are the opinion of our readers and not the opinion of the editors "
    "of this newspaper, who read them before they are published.",
)
# a comment line (or none) and the form's labels
FORMS = {
    "es": ("Comentar", "Nombre (*):", "Correo electrónico (*):", "Comentario:",
           "* Campos obligatorios Acepto las condiciones de uso"),
    "en": ("Leave a comment", "Comment", "Name *", "Email *", "Website"),
    "de": ("Kommentieren", "Name (erforderlich)", "E-Mail (wird nicht veröffentlicht)",
           "Kommentar"),
    "fr": ("Réagir", "Nom *", "Adresse e-mail *", "Commentaire"),
    # no comment line above the labels: the form starts at its first label
    "pt": ("Nome *", "E-mail *", "Site"),
}  # fmt: skip


def _form_page(lang: str) -> str:
    form = FORMS[lang]
    head, labels = (form[:1], form[1:]) if lang != "pt" else ((), form)
    return _page(MENU, STORY, head, () if lang == "pt" else POLICY, labels, THREAD, FOOTER)


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_a_comment_form_ends_the_article(lang: str) -> None:
    page = _form_page(lang)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert COMMENT not in out
    assert POLICY[0] not in out
    assert not any(line in out for line in FORMS[lang])
    tail = next(e for e in find_main_content(page) if e.rule == "extract-tail")
    assert tail.before.lstrip().startswith(FORMS[lang][0])
    assert "the comment form at line" in (tail.note or "")
    # the rule is what removes them: off, the policy or the comments stay with the article
    kept = extract_with(page, comment_form=False)
    assert POLICY[0] in kept or COMMENT in kept


def test_the_rule_is_switched_off_by_extract_off() -> None:
    page = _form_page("es")
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["comment-form"]}}
    )
    assert COMMENT in cleantext.Cleaner(config).clean(page)
    assert COMMENT not in cleantext.clean(page, preset="extract")


NEAR_MISSES = {
    # an address block: each label has its value on its line
    "address": ("Contact the council", "Name: Maria Lopez", "E-Mail: maria@example.org",
                "Website: example.org"),
    # a profile box of one field
    "profile": ("Name:", "Anna Berg", "Occupation:", "Engineer"),
    # a how-to listing a form's fields, none of them marked
    "how-to": ("The council's form asks for three things:", "Name", "Email", "Comment"),
    # an article that talks about comments and e-mail in sentences
    "about-comments": (
        "Residents can send their comment by e-mail, with their name and address, until May.",
        "Comments sent by post will be read at the next meeting of the council.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_a_near_miss_is_no_comment_form(case: str) -> None:
    lines = NEAR_MISSES[case]
    page = _page(MENU, STORY, lines, STORY[:1], FOOTER)
    assert "comment form" not in " ".join(e.note or "" for e in find_main_content(page))
    assert extract_with(page) == extract_with(page, comment_form=False)


def test_the_last_paragraph_between_a_comment_button_and_the_form_stays() -> None:
    # a share bar's "Comment" button before the article's last paragraph: the paragraph has
    # no comment word, so it is no comment policy, and the form starts at its first label
    last = (
        "Work on the new bridge is expected to start next spring, once the plans have been "
        "approved by the government in the capital."
    )
    page = _page(MENU, STORY, ("Comment",), (last,), FORMS["en"][1:], THREAD, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert last in out and COMMENT not in out
