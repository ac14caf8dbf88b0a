"""Issue 14, patterns 1 and 3: the blog engine's own lines (WordPress in German: "Teilen Sie
dies mit:", "Liken Lade …", "Ähnliche Beiträge", "Kommentar verfassen Antwort abbrechen")
are page furniture, so a blog post ends at its share bar, its related posts and its comment
form (they and what follows them were kept as the post's last lines), and a short post beats
the sidebar; near misses: the same words inside a sentence of the post are no UI line."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

POST = (
    "Ich würde ja in smarte Ladesäulen für Elektroautos investieren, wundere mich aber, dass "
    "es sie in unserer Stadt noch immer kaum gibt.",
    "Wer eine solche Säule an seinem Haus aufstellen will, wartet oft ein ganzes Jahr auf die "
    "Genehmigung der Stadt.",
)
WORDPRESS = (
    "Bewerten:", "Teilen Sie dies mit:", "Twitter", "Facebook", "Gefällt mir:", "Liken Lade …",
    "Ähnliche Beiträge", "Beitragsnavigation", "Kommentar verfassen Antwort abbrechen",
    "Gib hier deinen Kommentar ein ...", "Name (erforderlich)", "Website",
    "Informiere mich über neue Beiträge per E-Mail.",
)  # fmt: skip
SIDEBAR = (
    "Wer schreibt hier?",
    "Das ist das persönliche Blog eines Hamburger Autors, der hier seit vielen Jahren über "
    "Technik, Politik und das Leben in der Stadt schreibt und dabei gerne Fotos zeigt.",
    "Mittlerweile sind es einige Dutzend Artikel in dieser Serie, und es werden jeden Monat "
    "mehr, denn die Leserinnen und Leser schicken immer neue Fragen.",
)


def test_a_short_post_beats_the_sidebar_after_the_comment_form() -> None:
    text = "\n".join(["Ladesäulen", "Startseite", "Über mich", *POST, *WORDPRESS, *SIDEBAR])
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and POST[1] in out and SIDEBAR[1] not in out


def test_the_post_ends_at_its_share_bar_and_comment_form() -> None:
    related = ("Ladesäulen in Hamburg", "Mein neues Fahrrad", "Der Sommer in der Stadt")
    text = "\n".join(["Ladesäulen", "Startseite", *POST, "Teilen Sie dies mit:", "Liken Lade …",
                      "Ähnliche Beiträge", *related, POST[0]])  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert POST[1] in out and "Liken Lade" not in out and related[0] not in out
    comment = (
        "Ich finde das eine sehr gute Idee, und ich würde auch gerne eine solche Säule an "
        "meinem Haus haben wollen, wenn es geht."
    )
    text = "\n".join(["Ladesäulen", "Startseite", *POST,
                      "Kommentar verfassen Antwort abbrechen", "Hans Meier", comment])  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert POST[1] in out and comment not in out


def test_wordpress_lines_are_known() -> None:
    patterns = Patterns.builtin()
    for line in ("Teilen Sie dies mit:", "Liken Lade …", "Ähnliche Beiträge", "Like this:",
                 "Kommentar verfassen Antwort abbrechen", "Post navigation"):  # fmt: skip
        assert patterns.match(normalize_line(line)) is not None, line


def test_the_same_words_in_a_sentence_are_no_ui_line() -> None:
    patterns = Patterns.builtin()
    for line in ("Teilen Sie dies mit allen Nachbarn, sagte der Bürgermeister am Dienstag.",
                 "Ähnliche Beiträge gab es im letzten Jahr in der Zeitung der Stadt."):  # fmt: skip
        assert patterns.match(normalize_line(line)) is None, line
