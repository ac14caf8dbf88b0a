"""Issue 14, pattern 2: the article cut at a box of links inside it. A box of 5 or more
headlines set as a list (one to a row, no blank line between them) under a heading the data
file does not know ("Headlines", "Schlagzeilen", "À lire aussi sur le site"), with a "Show
all" button, between two paragraphs of the story: the story goes on after it when its next
paragraph shares its content words (``link-boxes``, in ``interrupted.py``). Near misses: the
same box after the story's end followed by a teaser of another story, a contact block or a
footer's links of a word or two, which still go.

The pages are written for these tests (a news story in English, German and French).
"""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import find_main_content

MENU = "Example Times\nHome\nNews\nSport\nCulture\n\n"
FOOTER = "\n\nShare this article\nFacebook\nTwitter\n\nImprint\nPrivacy policy\n"

EN_TOP = (
    "Council approves new tram line to the harbour\n\nBy Anna Berg\nMarch 4, 2025\n\n"
    "The city council approved on Tuesday a new tram line that will link the main station "
    "with the harbour district, ending years of debate over how to serve the fast-growing "
    "neighbourhood.\n\n"
    "The tram line will run for 6.5 kilometres along the old railway embankment and will have "
    "nine stops, three of them in the new housing estates built on the former docks.\n\n"
)
EN_BOX = (
    "Headlines\n"
    "Storm warning issued for the whole coast tonight\n"
    "Local football club signs a new coach from Spain\n"
    "Museum opens its doors to the public for free\n"
    "Prices for heating oil fall for the third week\n"
    "Police search for witnesses after a car fire\n"
    "Ferry timetable changes from next Monday on\n"
    "Show all headlines\n"
    "More\n\n"
)
EN_REST = (
    "Construction of the tram line is due to start next spring, the council said, and the "
    "first trams should reach the harbour district in the autumn of 2028.\n\n"
    "Residents of the harbour district have long complained that the buses to the main "
    "station are full at peak hours, and many welcomed the council's decision on the tram."
)
EN = MENU + EN_TOP + EN_BOX + EN_REST + FOOTER

DE = (
    MENU + "Stadtrat beschließt neue Straßenbahn zum Hafen\n\n"
    "Der Stadtrat hat am Dienstag eine neue Straßenbahnlinie beschlossen, die den Hauptbahnhof "
    "mit dem Hafenviertel verbinden soll. Damit endet ein jahrelanger Streit.\n\n"
    "Die Straßenbahn soll auf dem alten Bahndamm fahren und neun Haltestellen bekommen, drei "
    "davon in den neuen Wohnvierteln am Hafen.\n\n"
    "Schlagzeilen\nAlle\n"
    "Sturmwarnung für die ganze Küste ausgegeben\n"
    "Fußballverein holt neuen Trainer aus Spanien\n"
    "Museum öffnet seine Türen kostenlos\n"
    "Heizölpreise fallen die dritte Woche in Folge\n"
    "Polizei sucht Zeugen nach einem Autobrand\n"
    "Fährfahrplan ändert sich ab kommendem Montag\n"
    "Neues Hallenbad soll im Sommer eröffnen\n"
    "Bürgermeisterin stellt den Haushalt für 2026 vor\n"
    "Nachtbusse fahren nach zwei Jahren wieder\n"
    "Alle Schlagzeilen anzeigen\n"
    "Mehr anzeigen\n\n"
    "Gegen die neue Straßenbahn zum Hafen hatten Anwohner im Stadtrat protestiert, weil sie "
    "Lärm auf dem alten Bahndamm fürchten. Der Bau soll im Frühjahr beginnen.\n\n"
    "Die Haltestellen im Hafenviertel sollen bis 2028 fertig sein, teilte der Stadtrat mit."
    + FOOTER
)
DE_REST = "Gegen die neue Straßenbahn zum Hafen hatten Anwohner"

FR = (
    MENU + "Le conseil municipal vote un nouveau tramway vers le port\n\n"
    "Le conseil municipal a approuvé mardi une nouvelle ligne de tramway qui reliera la gare "
    "centrale au quartier du port, après des années de débat.\n\n"
    "La ligne de tramway empruntera l'ancien remblai ferroviaire et comptera neuf arrêts dans "
    "les nouveaux quartiers du port.\n\n"
    "À lire aussi sur le site\n"
    "Alerte tempête sur toute la côte ce soir\n"
    "Le club de football signe un nouvel entraîneur\n"
    "Le musée ouvre ses portes gratuitement dimanche\n"
    "Le prix du fioul baisse pour la troisième semaine\n"
    "La police cherche des témoins après un incendie\n"
    "Les horaires du ferry changent lundi prochain\n"
    "La nouvelle piscine ouvrira cet été en ville\n"
    "La maire présente le budget pour l'année 2026\n"
    "Les bus de nuit reviennent après deux ans\n"
    "Voir plus\n\n"
    "Les travaux du tramway commenceront au printemps prochain, a indiqué le conseil "
    "municipal, et les premières rames arriveront au port en 2028.\n\n"
    "Les habitants du quartier du port se plaignent depuis longtemps des bus bondés vers la "
    "gare centrale." + FOOTER
)
FR_REST = "Les travaux du tramway commenceront au printemps prochain"

#: the box after the story's end, followed by the teaser of another story
TEASER = (
    MENU + EN_TOP + EN_BOX + "A new bakery has opened in the old town, selling bread from a "
    "wood-fired oven that the owners brought from their village in Portugal last year." + FOOTER
)
#: a contact block set apart by blank lines, then the organisation's blurb
CONTACT = (
    MENU + EN_TOP + "Press contact\n\nJane Smith, press officer\n\nCity Hall, Market Street 1\n\n"
    "Phone: +44 20 7946 0000\n\nEmail: press@example.org\n\nDownload the release as PDF\n\n"
    "The Example City council runs the tram line and the buses of the harbour district and "
    "the main station, and plans every new line with the residents." + FOOTER
)


def _extract(text: str, off: tuple[str, ...] = ()) -> str:
    config = cleantext.Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": off}})
    return cleantext.Cleaner(config).clean(text)


def test_a_story_goes_on_after_a_box_of_headlines_inside_it() -> None:
    out = _extract(EN)
    assert "Construction of the tram line is due to start" in out
    assert "Residents of the harbour district" in out
    assert "Storm warning" not in out and "Show all headlines" not in out


def test_the_same_in_german_and_french() -> None:
    out = _extract(DE)
    assert DE_REST in out and "Sturmwarnung" not in out
    out = _extract(FR)
    assert FR_REST in out and "Alerte tempête" not in out


def test_the_note_names_the_box_and_the_shared_words() -> None:
    edits = find_main_content(EN)
    inserted = [e for e in edits if e.rule == "extract-inserted"]
    assert len(inserted) == 1 and "headlines set as a list (link-boxes)" in inserted[0].note
    assert "content words" in inserted[0].note


def test_a_teaser_after_the_box_at_the_story_s_end_goes() -> None:
    out = _extract(TEASER)
    assert "The tram line will run" in out
    assert "bakery" not in out and "Storm warning" not in out


def test_a_contact_block_set_apart_is_no_box_of_headlines() -> None:
    out = _extract(CONTACT)
    assert "The tram line will run" in out
    assert "plans every new line with the residents" not in out


def test_switched_off_the_story_ends_at_the_box() -> None:
    out = _extract(EN, ("link-boxes",))
    assert "The tram line will run" in out and "Construction of the tram line" not in out


def test_a_timetable_s_rows_are_no_headlines() -> None:
    stops = ("Elm Road", "Park Lane", "Bell Yard", "Fox Hill", "Oak Court")
    rows = "".join(f"{stop} stop 6.10 7.10 8.10\n" for stop in stops)
    page = EN.replace(EN_BOX, "Timetable\n" + rows + "More\n\n")
    assert not any("link-boxes" in e.note for e in find_main_content(page))
