"""Issue 14, pages that are not news: a forum that shows each poster's profile under the
post, then a button to the page's top (phpBB's "Nach oben"), had its first byline in the
first post's profile, before that post's button, and the replies went as the comments of an
article (``posts._profile_reply``, ``profiled-posts``). Near miss: a news story whose short
comments under a "Comments (2)" heading each end with a button keeps losing them. Pages
written for these tests."""

from __future__ import annotations

from _pages import extract_with
from _pages import lines_page as _page

MENU = ("Forum", "Suche", "Registrieren", "Anmelden", "Wasserleitung friert ein")
FIRST = (
    "Beitrag von lindenblatt » Mo 2. Feb 2026, 21:14",
    "Seit dem Frost friert bei uns jede Nacht die Wasserleitung in der Garage ein, obwohl sie "
    "mit Schaumstoff gedämmt ist. Hat jemand eine Idee, was wir noch tun könnten?",
    "lindenblatt",
    "Beiträge: 3",
    "Registriert: Mo 2. Feb 2026, 20:58",
    "Nach oben",
)
REPLY = (
    "Re: Wasserleitung friert ein",
    "Beitrag von Klempner_Jo » Mo 2. Feb 2026, 22:40",
    "Schaumstoff allein reicht bei Dauerfrost nicht aus. Ein Heizband mit Thermostat unter der "
    "Dämmung hält die Leitung für wenig Strom frostfrei, und es schaltet sich nur bei Kälte ein.",
    "Klempner_Jo",
    "Beiträge: 812",
    "Registriert: Do 14. Jun 2012, 09:03",
    "Nach oben",
)
THANKS = (
    "Re: Wasserleitung friert ein",
    "Beitrag von lindenblatt » Di 3. Feb 2026, 07:55",
    "Danke, das Heizband ist bestellt. Ich werde berichten, ob die Leitung damit in den "
    "nächsten kalten Nächten frei bleibt und ob der Stromverbrauch wirklich so gering ist.",
    "lindenblatt",
    "Beiträge: 3",
    "Registriert: Mo 2. Feb 2026, 20:58",
    "Nach oben",
)
FOOTER = ("Antwort erstellen", "Datenschutz", "Nutzungsbedingungen")


def test_a_thread_whose_posts_end_with_a_profile_is_kept() -> None:
    page = _page(MENU, FIRST, REPLY, THANKS, FOOTER)
    kept = extract_with(page)
    assert FIRST[1] in kept and REPLY[2] in kept and THANKS[2] in kept
    assert "Beiträge: 812" not in kept  # the profiles go as the posts' headers
    # the rule is what keeps the replies: off, they go as the first post's comments
    assert REPLY[2] not in extract_with(page, profiled_posts=False)


def test_an_articles_short_comments_under_a_comment_heading_still_go() -> None:
    story = (
        "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss zu schließen, "
        "weil sie für die Busse, die sie jeden Tag überqueren, zu schwach geworden ist.",
        "Die Anwohner sagten, dass sie sich über den langen Umweg sorgen, den die Schließung "
        "für sie und für die Geschäfte in der Altstadt bedeuten würde.",
    )
    comments = (
        "Kommentare (2)",
        "Anna K. · vor 2 Stunden",
        "Endlich, das war längst fällig.",
        "Nach oben",
        "Tom · vor 1 Stunde",
        "Und wer bezahlt die Fähre?",
        "Nach oben",
    )
    kept = extract_with(_page(MENU[:4], story, comments, FOOTER))
    assert story[1] in kept and "Endlich" not in kept and "Fähre" not in kept
