"""Session 24 (w-short24), a box of dated teasers after a short article (``dated-teasers``,
``dated_teasers.py``).

Under a short article a site lists its other stories, each a headline, a sentence of excerpt
and a date line ("11.01.2026 · 3 Kommentare"), under a heading no data file knows. The
excerpts are prose: the run went on through them, or the tail was cut at the first date line
and the first teaser stayed. Near misses: an article's timeline (a date over each paragraph,
no headline), an article's sections (a heading over a paragraph, no date line), two teasers
only, and the rule off. The pages are written for these tests (German, English, Turkish).
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

HEAD = ("Glatteis am Morgen: Winterdienst ab vier Uhr unterwegs", "12.01.2026, 17:45 Uhr")
STORY = (
    "Der Wetterdienst warnt für die Nacht auf Mittwoch vor gefrierendem Regen im ganzen "
    "Landkreis. Der Winterdienst fährt bereits ab vier Uhr, Pendler sollten mehr Zeit "
    "einplanen.",
)
TEASERS = (
    "Mehr aus der Region",
    "Neue Buslinie fährt ab Februar auch am Sonntag",
    "Ab dem 1. Februar verbindet die Linie die beiden Dörfer auch sonntags, zunächst im "
    "Zwei-Stunden-Takt bis 20 Uhr.",
    "11.01.2026 · 3 Kommentare",
    "Schützenverein feiert 125 Jahre mit großem Festzug",
    "Über 40 Vereine aus dem ganzen Landkreis haben sich für den Festzug im Juli angemeldet.",
    "10.01.2026 · 12 Kommentare",
    "Gemeinderat streitet über Gebühren für das Freibad",
    "Die Eintrittspreise sollen um einen Euro steigen, die Wählergruppe will stattdessen die "
    "Öffnungszeiten kürzen.",
    "09.01.2026 · 27 Kommentare",
)


def _page(*parts: tuple[str, ...]) -> str:
    return lines_page(MENU, HEAD, STORY, *parts, FOOTER)


def test_a_box_of_dated_teasers_ends_a_short_article() -> None:
    text = _page(TEASERS)
    assert cleantext.clean(text, preset="extract").splitlines() == list(STORY)
    tails = [e for e in find_main_content(text) if e.rule == "extract-tail"]
    assert "(dated-teasers)" in (tails[0].note or "")
    # the rule is what cuts them: off, the excerpts stay with the short article
    assert TEASERS[2] in extract_with(text, dated_teasers=False)


def test_the_date_may_come_first_and_the_box_may_have_no_heading() -> None:
    dated = (
        "March 5, 2026",
        "Marina owners push back on new mooring rules",
        "Owners say the proposed rules would force dozens of smaller boats out of the harbor.",
        "March 3, 2026",
        "Ferry service to Gull Island will resume on weekends",
        "The county found a new operator after a year without a weekend ferry, fares rise.",
        "March 1, 2026",
        "Bayside High robotics team heads to the state finals",
        "Twelve students built a robot that sorts recycling and raised the money themselves.",
    )
    out = cleantext.clean(_page(dated), preset="extract")
    assert out.splitlines() == list(STORY)


def test_the_first_teaser_does_not_stay_when_the_tail_was_cut_at_its_date() -> None:
    story = (
        "AFAD'ın açıklamasına göre Kuzey Ege Denizi'nde saat 13.48'de 4,1 büyüklüğünde bir "
        "deprem meydana geldi. Deprem, kıyıdaki ilçelerde de hissedildi. Şu ana kadar can ya "
        "da mal kaybı bildirilmedi. (AA)",
    )
    box = (
        "İlgili Haberler",
        'Ayvalık\'ta balıkçılar yeni av sezonundan umutlu: "Sardalya bu yıl bol olacak"',
        "Kooperatif başkanı, deniz suyunun geçen yıla göre daha serin olduğunu ve bunun "
        "sürüler için iyi bir işaret olduğunu söyledi.",
        "08.03.2026",
        "Edremit'te zeytinyağı fiyatları düştü, üretici maliyetlerden şikâyetçi",
        "Litre fiyatı üç ayda yüzde 15 geriledi; üreticiler gübre ve mazot zammı nedeniyle "
        "zarar ettiklerini söylüyor.",
        "07.03.2026",
        "Dikili'ye yeni feribot seferi: Midilli'ye yaz boyunca her gün",
        "Seferler haziran başında başlayacak, bilet fiyatları önümüzdeki hafta açıklanacak.",
        "06.03.2026",
    )
    head = ("Kuzey Ege'de 4,1 büyüklüğünde deprem", "9 Mart 2026 14:22")
    text = lines_page(MENU, head, story, box, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == list(story)
    assert box[2] in extract_with(text, dated_teasers=False)


def test_a_timeline_of_dated_paragraphs_stays() -> None:
    # near miss: a date over each paragraph, no headline (the article's own timeline)
    timeline = ("Wie es dazu kam",)
    for n, line in enumerate(TEASERS[2::3], 1):
        timeline += (f"0{n}.01.2026", line)
    out = cleantext.clean(_page(timeline), preset="extract")
    assert TEASERS[2] in out and TEASERS[5] in out


def test_sections_without_date_lines_stay() -> None:
    # near miss: a heading over each paragraph and no date line (the article's sections)
    sections = tuple(line for k in range(3) for line in TEASERS[1 + 3 * k : 3 + 3 * k])
    out = cleantext.clean(_page(sections), preset="extract")
    assert TEASERS[2] in out and TEASERS[8] in out


def test_two_teasers_are_too_few() -> None:
    out = extract_with(_page(TEASERS[:7]), dated_teasers=True)
    assert out == extract_with(_page(TEASERS[:7]), dated_teasers=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["dated-teasers"]}}
    )
    assert TEASERS[2] in Cleaner(config).clean(_page(TEASERS))
