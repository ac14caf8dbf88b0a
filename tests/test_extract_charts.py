"""``extract-chart``: a chart's or a map's lines inside the article go (its "Chart:" title,
its legend and axis, its "Source:" and "Graphic:" lines); near misses: a list of the article's
own figures, a "Source:" line alone or a sentence that opens with it, and the rule switched
off, stay."""

from __future__ import annotations

import pytest

import cleantext
from _pages import BRIDGE_BODY, BRIDGE_LEAD, FOOTER, MENU
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.charts import chart_lines, is_chart_label, is_chart_source


@pytest.mark.parametrize(
    "chart",
    [
        ("Chart: average monthly rent and average weekly wage, 2016-2025 (index, 2016 = 100)",
         "Source: Office for National Statistics", "Graphic: Example News data team"),
        ("Karte: Grundwasserstand an 24 Messstellen", "Quelle: Landesamt für Umwelt"),
        ("Mapa: reservas de los embalses", "Fuente: Confederación Hidrográfica",
         "Gráfico: Diario del Valle"),
        ("Rent", "150", "125", "100", "Source: ONS"),
        ("Graphique : loyer moyen d'un studio", "600", "500", "400",
         "Source : Observatoire des loyers"),
    ],
)  # fmt: skip
def test_a_chart_inside_the_article_goes(chart: tuple[str, ...]) -> None:
    page = _page(MENU, BRIDGE_LEAD, chart, BRIDGE_BODY, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in BRIDGE_LEAD + BRIDGE_BODY)
    assert all(line not in out.splitlines() for line in chart)
    rules = {e.rule for e in Cleaner(preset="extract").clean_document(page).edits}
    assert "extract-chart" in rules


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own figures, no chart label and no source line
        ("Harbour", "5.1", "Roads", "4.4"),
        # a source line alone: an attribution, not a chart's
        ("Source: a senior official at the ministry",),
        # a sentence that opens with the label and goes on
        ("Source: the council's papers, which say the harbour needs work. It was damaged in "
         "the winter storms.",),
        ("Map of the flooded streets",),
    ],
)  # fmt: skip
def test_the_articles_figures_and_sources_stay(lines: tuple[str, ...]) -> None:
    page = _page(MENU, BRIDGE_LEAD, lines, BRIDGE_BODY, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in lines)


def test_a_source_goes_only_beside_a_chart() -> None:
    assert is_chart_source("Source: ONS") and not is_chart_label("Source: ONS")
    assert chart_lines(["Source: ONS"], bool) == []
    assert chart_lines(["Chart: rents", "Source: ONS"], bool) == [0, 1]
    # figures with a source but too few of them for an axis: only a label's group goes
    assert chart_lines(["Rent", "150", "Source: ONS"], bool) == []


def test_the_rule_can_be_switched_off() -> None:
    chart = ("Chart: average rent, 2016-2025", "Source: Office for National Statistics")
    page = _page(MENU, BRIDGE_LEAD, chart, BRIDGE_BODY, FOOTER)
    off = Cleaner(preset="extract", disable=["extract-chart"]).clean(page)
    assert all(line in off for line in chart)
