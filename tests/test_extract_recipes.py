"""Issue 14, pattern 2: a recipe's ingredient list before its method stays with the method
(it looked like a menu and went with the header); near misses: a menu or a list of numbered
headlines before an article does not join it."""

from __future__ import annotations

import cleantext
from _pages import lines_page as _page

MENU = ("Home", "Rezepte", "Backen", "Kochen", "Magazin", "Kontakt")
FOOTER = ("Impressum", "Datenschutz", "© 2024 Beispiel Küche")
INGREDIENTS = (
    "Zutaten",
    "Für 12 Stücke",
    "250 g Mehl",
    "200 g Zucker",
    "3 Eier",
    "1 Pck. Backpulver",
    "125 ml Milch",
    "Salz",
    "Frischhaltefolie",
)
METHOD = (
    "Zubereitung",
    "60 Minuten",
    "einfach",
    "Den Backofen auf 180 Grad vorheizen und eine Springform mit Backpapier auslegen, damit "
    "der Kuchen später nicht an der Form kleben bleibt.",
    "Mehl, Zucker und Backpulver in einer Schüssel mischen, dann die Eier und die Milch "
    "dazugeben und alles zu einem glatten Teig verrühren.",
    "Den Teig in die Form füllen und den Kuchen etwa vierzig Minuten backen, bis an einem "
    "Holzstäbchen kein Teig mehr kleben bleibt.",
)


def test_the_ingredients_before_the_method_stay_with_it() -> None:
    out = cleantext.clean(_page(MENU, INGREDIENTS, METHOD, FOOTER), preset="extract")
    for line in INGREDIENTS[2:] + METHOD[3:]:
        assert line in out
    assert "Magazin" not in out and "Impressum" not in out


def test_a_menu_or_numbered_headlines_before_an_article_do_not_join_it() -> None:
    headlines = (
        "5 Wege, Geld zu sparen",
        "3 Tipps für den Garten",
        "10 Rezepte für den Sommer",
        "7 Fehler beim Backen",
    )
    for before in (MENU, headlines):
        out = cleantext.clean(_page(MENU, before, METHOD, FOOTER), preset="extract")
        assert METHOD[3] in out
        assert before[1] not in out


NUTRITION = ("Nährwerte pro Portion", "kcal", "450", "Eiweiß", "12,5 g", "Fett", "20,1 g",
             "Kohlenhydrate", "55,3 g")  # fmt: skip


def test_the_ingredients_above_a_table_of_nutrition_facts_stay_with_their_heading() -> None:
    # the recipe's lists in parts: ingredients under their heading, nutrition facts, method
    ingredients = ("Für den Teig:", *INGREDIENTS[2:7])
    text = _page(MENU, ("Zutaten", "Portionen umrechnen"), ingredients, NUTRITION, METHOD,
                 FOOTER)  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    for line in (*ingredients, *METHOD[3:]):
        assert line in out
    assert "Magazin" not in out and "Portionen umrechnen" not in out


def test_a_menu_above_a_table_of_nutrition_facts_does_not_join_it() -> None:
    out = cleantext.clean(_page(MENU, MENU, NUTRITION, METHOD, FOOTER), preset="extract")
    assert METHOD[3] in out and "Magazin" not in out


SAUCE = (
    "Ingredients",
    "2 tbsp olive oil",
    "1 onion, finely chopped",
    "2 garlic cloves, crushed",
    "2 x 400 g tins chopped tomatoes",
    "1 tsp sugar",
    "A handful of basil leaves",
)
SAUCE_METHOD = (
    "Heat the oil in a pan, add the onion and cook gently for ten minutes until soft. Add the "
    "garlic and cook for one more minute.",
    "Tip in the tomatoes and sugar, season well and simmer for twenty minutes, stirring now "
    "and then, until thick.",
)


def test_a_pack_count_times_a_weight_is_a_quantity() -> None:
    """adv20: "2 x 400 g tins chopped tomatoes" was no quantity, so a list of six with two
    other quantities fell short, and the ingredients went as the head; near miss: a count
    times a figure without a unit ("5 x 3") is none."""
    from cleantext.boilerplate.extract import is_quantity

    assert is_quantity("2 x 400 g tins chopped tomatoes") and is_quantity("3 × 200 ml milk")
    assert not is_quantity("5 x 3 metres of rope") and not is_quantity("2 x Better")
    out = cleantext.clean(
        _page(("Home", "Recipes", "Videos"), SAUCE, SAUCE_METHOD), preset="extract"
    )
    # (the list's heading, "Ingredients" with no ':', stays since session 25: ingredient-heading)
    assert out.splitlines() == [*SAUCE, *SAUCE_METHOD]
