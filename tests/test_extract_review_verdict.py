"""Session 23 (w-wild23b), a review's verdict after its pros and cons box
(``review-verdict``, ``boilerplate/proscons.py``).

A review ends with its pros and cons box, then its verdict: a heading ("Verdict", "Notre
verdict", "Fazit") over a paragraph or two and maybe a score ("Note : 7,5/10"). The box was
kept by ``pros-cons``, but its items ran on into the verdict heading and the paragraph under
it went with the tail. Near misses: a verdict heading over a shop button (no sentence), and
the rule switched off. The pages are written for these tests (English, French).
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from _pages import KETTLE_BOX as BOX
from _pages import KETTLE_REVIEW as REVIEW
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

VERDICT = (
    "Our verdict",
    "A fast and easy kettle to live with, as long as you do not mind the noise it makes.",
    "Rating: 8/10",
)
FR_REVIEW = (
    "Le Kelvo S9 promet l'aspiration d'un modèle filaire dans un format sans fil de moins de "
    "trois kilos. Nous l'avons utilisé pendant trois semaines dans un appartement.",
    "Sur les sols durs, le résultat est excellent : la brosse motorisée ramasse sable et "
    "miettes en un seul passage, y compris le long des plinthes du salon.",
    "L'autonomie annoncée de soixante minutes n'est atteinte qu'en mode Éco avec le petit "
    "embout. En usage réel, nous avons tenu trente-cinq minutes, assez pour tout l'appartement.",
)
FR_BOX = ("Points forts", "Très efficace sur les sols durs", "Batterie amovible",
          "Points faibles", "Bruyant en mode Boost", "Pas de support mural fourni")  # fmt: skip
FR_VERDICT = (
    "Notre verdict",
    "Le Kelvo S9 est un bon choix pour un logement aux sols surtout durs. Ceux qui ont "
    "beaucoup de tapis trouveront mieux pour le même prix.",
    "Note : 7,5/10",
)
SHOP = ("Voir le prix sur Boutique Électro", "Partager sur Facebook", "Copier le lien")


def test_the_verdict_under_the_box_stays() -> None:
    text = lines_page(MENU, REVIEW, BOX, VERDICT, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*REVIEW, *BOX, *VERDICT]
    tails = [e for e in find_main_content(text) if e.rule == "extract-tail"]
    assert "the verdict at lines" in (tails[0].note or "")


def test_a_french_verdict_with_its_score_stays() -> None:
    text = lines_page(MENU, FR_REVIEW, FR_BOX, FR_VERDICT, SHOP, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*FR_REVIEW, *FR_BOX, *FR_VERDICT]
    tails = [e for e in find_main_content(text) if e.rule == "extract-tail"]
    assert "under the box is the review's (review-verdict)" in (tails[0].note or "")
    # the rule is what keeps it: off, the verdict goes with the tail, the box stays
    off = extract_with(text, review_verdict=False)
    assert FR_BOX[-1] in off and FR_VERDICT[1] not in off


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["review-verdict"]}}
    )
    out = Cleaner(config).clean(lines_page(MENU, FR_REVIEW, FR_BOX, FR_VERDICT, SHOP, FOOTER))
    assert FR_BOX[-1] in out and FR_VERDICT[1] not in out


def test_a_verdict_heading_over_a_shop_button_is_no_verdict() -> None:
    # near miss: no sentence under the heading, only buttons; the box still ends the review
    text = lines_page(MENU, FR_REVIEW, FR_BOX, ("Notre verdict",), SHOP, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*FR_REVIEW, *FR_BOX]
