"""Issue 14, pattern 4: a paragraph in another language than the page's (``foreign.py``,
``extract_off = ["foreign-language"]``): an English post on a German blog has none of the
page's stopwords, and a shorter German sidebar text won over it. It now counts with the
stopwords of its own language. Near misses: a line-up of names (initials are stopwords of
some word lists) and a line of image links are no paragraphs. The pages are written for
these tests."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate.foreign import foreign_density
from cleantext.boilerplate.stopwords import Stopwords

MENU = ("Startseite", "Über mich", "Kontakt", "Impressum")
POST = (
    "A nearly wordless visual narrative intercuts two main stories and a couple of minor "
    "ones: a woman walks through the garden by the sea, the two men are taken away by the "
    "police, and the children play in the water while the light changes over the shingle "
    "and the old power station in the distance. Director: Derek Jarman · Stars: Tilda Swinton"
)
SIDEBAR = (
    "Hier schreibe ich über Filme, Bücher und Musik, die mich in den letzten Jahren bewegt "
    "haben, und über alles, was mir sonst noch wichtig ist."
)
RECENT = ("Neueste Beiträge", "Warum ich das Kino in der Stadt so sehr liebe",
          "Die besten Filme, die ich in diesem Jahr gesehen habe",
          "Ein Abend mit der Musik von Eno",
          "Was ich aus dem Sommer an der See mitgenommen habe")  # fmt: skip
FOOTER = ("Datenschutz", "Impressum", "© 2024 Ein Blog über Filme")


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _text() -> str:
    return _page(("Der Garten | Ein Blog über Filme",), MENU, ("The Garden (1990)",), (POST,),
                 ("Kommentar verfassen",), RECENT, ("Über diesen Blog",), (SIDEBAR,),
                 FOOTER)  # fmt: skip


def test_an_english_post_on_a_german_blog_wins_over_a_german_sidebar() -> None:
    out = cleantext.clean(_text(), preset="extract")
    assert POST in out and SIDEBAR not in out


def test_the_rule_can_be_switched_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["foreign-language"]}}
    )
    assert POST not in Cleaner(config).clean(_text())


def test_names_and_links_are_no_foreign_paragraphs() -> None:
    rows = [
        "G Murphy; S Horgan, B O'Driscoll (capt), K T Bowe; D Humphreys, G Easterby; M Horan, "
        "F Sheahan, J Hayes, M O'Kelly, P O'Connell, S Easterby, A Foley, D Wallace, R O'Gara",
        "https://example.org/uploads/2022/12/garden-1.jpg 1707 2560 Anna Karow "
        "https://example.org/uploads/2022/12/garden-2.jpg 1707 2560 a la la la la la la la la "
        "la la la la la",
        POST,
    ]
    found = foreign_density(rows, [0, 1, 2], [len(r.split()) for r in rows], [0.0] * 3, "de",
                            Stopwords.load())  # fmt: skip
    assert list(found) == [2]


def test_explain_names_the_paragraph_in_another_language() -> None:
    doc = Cleaner(preset="extract").clean_document(_text())
    notes = " ".join(e.note for e in doc.edits if e.rule in ("extract-head", "extract-tail"))
    assert "prose in another language than the page's" in notes


def test_a_later_pass_looks_the_rows_up() -> None:
    # cost23b: the rows' own densities are kept by row for the page's later passes; a row
    # looked up gives what it gave, one not seen yet is still read (and kept)
    rows = ["Startseite", POST, SIDEBAR]
    keep, counts = [0, 1, 2], [len(r.split()) for r in rows]
    known: dict[str, float | None] = {}
    first = foreign_density(rows, keep, counts, [0.0] * 3, "de", Stopwords.load(), known)
    assert first == foreign_density(rows, keep, counts, [0.0] * 3, "de", Stopwords.load())
    assert set(known) == {POST, SIDEBAR} and known[SIDEBAR] is None
    known[POST] = 0.5  # (what a later pass reads: the kept value, not the row)
    assert foreign_density(rows, keep, counts, [0.0] * 3, "de", Stopwords.load(), known) == {1: 0.5}
