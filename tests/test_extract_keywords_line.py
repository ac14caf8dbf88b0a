"""``keywords-line`` (w-wild25, ``keywords.py``) and the "Cite this article" box heading: an
abstract page ends its abstract with "Mots-clés : ..." / "Keywords: ...", kept, then "Download
PDF", "Cite this article" and the citation, which go. Near misses: a news story's "Tags:" line
after it still goes, a keywords line under a box heading still goes, and a guide's section
"How to cite" is no box heading. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config

ABSTRACT = (
    "Les haies du bocage servent de routes de vol aux chauves-souris, mais leur linéaire a "
    "diminué de moitié en Normandie depuis 1960. Nous avons enregistré leur activité sur 60 "
    "points de haies de continuité différente.",
    "L'activité des espèces qui chassent le long des lisières chutait de 70 % lorsque la haie "
    "était interrompue par une brèche de plus de 20 mètres.",
)
KEYWORDS = "Mots-clés : chiroptères, haies, connectivité, bocage, paysage agricole"
CITE = (
    "Télécharger le PDF",
    "Citer cet article",
    "Leroux C., Garnier T., Haddad I. (2026). Effet de la fragmentation des haies sur "
    "l'activité des chauves-souris en bocage normand. Revue d'Écologie Appliquée, 18(2), "
    "141-158.",
)


def test_an_abstract_keeps_its_keywords_and_loses_its_citation() -> None:
    text = lines_page(MENU, ("Résumé",), ABSTRACT, (KEYWORDS,), CITE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines()[-3:] == [*ABSTRACT, KEYWORDS]
    assert CITE[2] not in out
    # the rule is what keeps the keywords: off, they go with the tail
    assert KEYWORDS not in extract_with(text, keywords_line=False)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["keywords-line"]}}
    )
    assert KEYWORDS not in Cleaner(config).clean(text)


@pytest.mark.parametrize(
    "after",
    [
        ("Tags: chiroptères, haies, bocage, Normandie",),
        ("Schlagwörter: Frauen aus der Sportwelt",),
        ("Articles similaires", KEYWORDS),
    ],
    ids=["tags", "schlagwoerter", "under-a-box-heading"],
)
def test_a_tags_line_or_keywords_under_a_box_still_go(after: tuple[str, ...]) -> None:
    text = lines_page(MENU, ABSTRACT, after, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == list(ABSTRACT)


def test_a_guides_how_to_cite_section_is_no_box() -> None:
    guide = (
        "A good essay names its sources, so that a reader can find each one and check what it "
        "says. This guide shows how to do it in the styles our school uses.",
        "How to cite",
        "Give the author's name, the year, the title and the publisher, in that order, and "
        "set the title in italics when it is a book.",
        "Put the list of sources at the end of the essay, sorted by the authors' names, with "
        "one source on each line of the list.",
    )
    out = cleantext.clean(lines_page(MENU, guide, FOOTER), preset="extract")
    assert out.splitlines() == list(guide)
