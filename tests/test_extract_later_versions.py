"""``version-headings`` and ``licence-section`` (w-wild25): a changelog's older versions under
"Version 5.1.3 – 2. Dezember 2025" (7 words: more than a section heading's 4) and a README's last
section, "License" over one sentence, are the page's sections after its article
(``later.py``). Near misses: a 7-word heading with a date but no version number, one heading
over one sentence that is no README's last ("Shipping & Returns"), and a "License" section
after a story with no heading of its own, still go. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with
from _pages import lines_page as _page
from cleantext.config import Config

MENU = ("Start", "Anleitung", "API", "Versionshinweise", "Forum", "Suche")
FOOTER = (
    "War diese Seite hilfreich?", "Ja", "Nein", "Diese Seite auf GitHub bearbeiten",
    "© 2026 Die Kartenwerk-Autoren",
)  # fmt: skip
FIRST = (
    "Hier stehen die Änderungen jeder Version von Kartenwerk. Ältere Versionen finden Sie im "
    "Archiv der Versionshinweise.",
    "Version 5.2.0 – 14. Januar 2026",
    "Neu",
    "Karten lassen sich als PDF mit eingebetteten Ebenen exportieren.",
    "Der Befehl kartenwerk tiles nimmt jetzt die Option --zoom-max an.",
    "Behoben",
    "Beschriftungen an Kreisgrenzen werden nicht mehr doppelt gezeichnet.",
    "Der Import einer leeren GeoJSON-Datei bricht nicht mehr mit einem Fehler ab.",
)
OLDER = (
    "Version 5.1.3 – 2. Dezember 2025",
    "Behoben",
    "Der Kachel-Cache wächst nicht mehr unbegrenzt (Fehler seit 5.1.0).",
    "Sicherheit",
    "Die mitgelieferte Bibliothek zum Lesen von XML wurde aktualisiert.",
)


def _changelog(later: tuple[str, ...]) -> str:
    title = ("Versionshinweise – Kartenwerk",)
    return _page(title, MENU, ("Versionshinweise",), FIRST, later, FOOTER)


def test_a_changelog_keeps_its_older_versions_under_long_headings() -> None:
    page = _changelog(OLDER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out.splitlines() for line in OLDER)
    assert "Ja" not in out.splitlines()
    # off, the tail is cut before the older version, as before
    assert OLDER[2] not in extract_with(page, version_headings=False)
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["version-headings"]}}
    )
    assert OLDER[2] not in cleantext.Cleaner(off).clean(page)


def test_a_long_heading_with_a_date_but_no_version_still_goes() -> None:
    later = ("Neue Termine ab 2. Dezember 2025 im Rathaus", *OLDER[1:])
    out = cleantext.clean(_changelog(later), preset="extract")
    assert later[2] not in out and later[4] not in out


README = (
    "Tide predictions from harmonic constants, computed offline. No API key and no network "
    "are needed for any of it.",
    "Installation",
    "The package installs from the index with pip and needs no compiler on any platform.",
    "Accuracy",
    "Predictions match the published tables within ten minutes at most of the stations.",
)
LICENSE = ("License", "MIT. See LICENSE for the full text.")
REPO = ("Code", "Issues 7", "Pull requests 2", "Actions", "README.md", "tidepool")
SIDEBAR = ("About", "Readme", "MIT license", "214 stars", "Releases 9", "© 2026 GitHub, Inc.")


def test_a_readme_keeps_its_license_section() -> None:
    page = _page(REPO, README, LICENSE, SIDEBAR)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines()[-2:] == list(LICENSE)
    assert LICENSE[1] not in extract_with(page, licence_section=False)
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["licence-section"]}}
    )
    assert LICENSE[1] not in cleantext.Cleaner(off).clean(page)


@pytest.mark.parametrize(
    "last",
    [("Shipping & Returns", "We ship all orders within two days."), ("Licenses", "MIT.")],
)
def test_one_heading_over_one_sentence_that_is_no_readmes_last_still_goes(
    last: tuple[str, str],
) -> None:
    out = cleantext.clean(_page(REPO, README, last, SIDEBAR), preset="extract")
    assert last[1] not in out


def test_a_license_section_after_a_story_with_no_heading_still_goes() -> None:
    story = (README[0], README[2], README[4])
    out = cleantext.clean(_page(REPO, story, LICENSE, SIDEBAR), preset="extract")
    assert LICENSE[1] not in out
