"""Issue 14, the head of the article: a log-in or registration form's messages (a modal
rendered as text after the page's footer: "Diese E-Mail-Adresse scheint nicht korrekt zu
sein", "Das Passwort muss mindestens 8 Zeichen lang sein") outscore a short article and were
taken for the main content. A run whose every paragraph is a short line naming a form's field
is no article while another run is left (``signup.form_run``, ``extract_off =
["login-form"]``). Near misses: a page that is nothing but a log-in notice keeps it, and an
article about passwords stays. The pages are written for these tests."""

from __future__ import annotations

from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

MENU = ("Startseite", "Nachrichten", "Sport", "Kultur", "Suche", "Anmelden")
HEADLINE = ("Fähre fährt wieder nach Hiddensee",)
ARTICLE = (
    "Nach drei Wochen Pause fährt die Fähre von Schaprode wieder nach Hiddensee. Das Schiff "
    "war im Januar bei einem Sturm beschädigt worden und lag seitdem in der Werft.",
)
FOOTER = ("Impressum", "Datenschutz", "Kontakt", "© 2024 Inselbote")
MODAL = (
    "Mein Konto – Login",
    "Bitte fülle alle Pflichtfelder aus.",
    "Diese E-Mail-Adresse scheint nicht korrekt zu sein, sie muss ein @ enthalten und eine "
    "gültige Domain haben.",
    "Zu dieser E-Mail-Adresse gibt es kein Konto oder das eingegebene Passwort ist falsch.",
    "Das Passwort muss mindestens acht Zeichen lang sein und eine Ziffer enthalten.",
    "Passwort vergessen?",
    "Weiter",
    "Bei der Passwort-Anfrage ist leider ein Fehler aufgetreten, bitte versuche es erneut.",
    "Deine neue E-Mail-Adresse wurde gespeichert, du kannst dich jetzt wieder anmelden.",
    "Abschicken",
)


def _page(*parts: tuple[str, ...]) -> str:
    return "\n\n".join("\n\n".join(part) for part in parts) + "\n"


def _clean(text: str, off: tuple[str, ...] = ()) -> str:
    config = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(Config.from_dict(config)).clean(text)


def test_a_short_article_beats_the_login_forms_messages() -> None:
    text = _page(MENU, HEADLINE, ARTICLE, FOOTER, MODAL)
    out = _clean(text)
    assert ARTICLE[0] in out
    assert "Passwort" not in out and "E-Mail-Adresse" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "log-in or registration form's messages" in head.note


def test_the_mechanism_is_switched_off_by_extract_off() -> None:
    out = _clean(_page(MENU, HEADLINE, ARTICLE, FOOTER, MODAL), ("login-form",))
    assert ARTICLE[0] not in out and "Passwort" in out


def test_a_page_that_is_only_a_login_form_gives_what_it_gave_before() -> None:
    text = _page(MENU, MODAL, FOOTER)
    out = _clean(text)
    assert out == _clean(text, ("login-form",)) and "Passwort" in out


def test_an_article_about_passwords_stays() -> None:
    story = (
        "Die Stadtwerke haben ihre Kunden am Montag gebeten, das Passwort für das Kundenportal "
        "zu ändern, nachdem Unbekannte in der vergangenen Woche Daten von einem ihrer Server "
        "kopiert hatten.",
        "Betroffen sind nach Angaben des Unternehmens etwa 4000 Konten, deren E-Mail-Adresse "
        "und verschlüsseltes Passwort in die Hände der Angreifer gelangt sein könnten, während "
        "Bankdaten auf einem anderen Server lagen.",
        "Ein Sprecher sagte, das neue Passwort solle mindestens zwölf Zeichen lang sein und für "
        "kein anderes Konto verwendet werden, und riet den Kunden, auf verdächtige E-Mails zu "
        "achten.",
    )
    out = _clean(_page(MENU, HEADLINE, story, FOOTER))
    assert all(line in out for line in story)
