"""``press-reference`` (w-wild25, ``press.py``): a scientific press release cites its paper
between its text and its contact block ("Référence" / "Originalpublikation" over the authors,
title, journal and DOI); the citation is kept with the block. Near misses: a "References"
heading with no contact block under it, and a citation of more lines than a paper's, still
go. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.press import is_reference_heading

RELEASE = (
    "Une équipe internationale a identifié dans le nord de la mer Rouge des colonies de "
    "coraux qui supportent des températures bien plus élevées que celles de leur milieu.",
    "Les chercheurs ont exposé en aquarium des fragments de quarante colonies prélevées à "
    "différentes profondeurs, et la plupart ont gardé leurs algues pendant trois semaines.",
)
REFERENCE = (
    "Référence",
    "C. Dumas, Y. Ben-Haim, A. Khalil et al., « Heat tolerance of northern Red Sea corals », "
    "Marine Ecology Letters, 24 février 2026. DOI : 10.5555/mel.2026.0412",
)
CONTACT = ("Contact presse", "Sophie Martin, chargée de communication", "+33 4 91 00 00 00",
           "presse@ocean-climat.example.fr")  # fmt: skip
SHARE = ("Télécharger le communiqué (PDF)", "Partager", "Dans la même rubrique")


def test_the_papers_citation_above_the_press_contact_stays() -> None:
    text = lines_page(MENU, RELEASE, REFERENCE, CONTACT, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*RELEASE, *REFERENCE, *CONTACT]
    # the rule is what keeps them: off, the citation and the block go with the tail
    off = extract_with(text, press_reference=False)
    assert REFERENCE[1] not in off and CONTACT[1] not in off
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["press-reference"]}}
    )
    assert CONTACT[1] not in Cleaner(config).clean(text)


@pytest.mark.parametrize(
    "after",
    [
        (*REFERENCE, *SHARE),  # no contact block under the citation
        (
            REFERENCE[0],
            "Dumas C.",
            "Ben-Haim Y.",
            "Khalil A.",
            "Marine Ecology Letters",
            *CONTACT,
        ),  # more lines than a paper's citation
    ],
    ids=["no-contact", "long"],
)
def test_a_reference_heading_without_a_contact_right_under_it_still_goes(
    after: tuple[str, ...],
) -> None:
    text = lines_page(MENU, RELEASE, after, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == list(RELEASE)


def test_the_heading_is_a_whole_line() -> None:
    assert is_reference_heading("Originalpublikation")
    assert not is_reference_heading("Référence à la une de la semaine prochaine")
