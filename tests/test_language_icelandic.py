"""Issue 14 pattern 4: Icelandic was read as Danish (no Icelandic list; the Danish one shares
"er", "til", "var", "en" with it), so the page's density threshold and function words were
Danish ones. With an Icelandic list (``data/stopwords/is.txt``) an Icelandic text is
Icelandic; near misses: Danish, Norwegian and Swedish texts keep their language, and an
Icelandic menu has no stopwords. Also the Icelandic share and bookmark buttons. The sentences
are written for these tests."""

from __future__ import annotations

from cleantext.boilerplate import Stopwords
from cleantext.boilerplate.light import find_ui_lines
from cleantext.boilerplate.patterns import Patterns

ICELANDIC = (
    "Bæjarstjórnin samþykkti á fundi sínum í gær að byggja nýja sundlaug við skólann, og "
    "framkvæmdir eiga að hefjast í haust. Hún segir að það hafi verið beðið eftir henni lengi."
)
NEAR = {
    "da": "Byrådet vedtog på sit møde i går at bygge en ny svømmehal ved skolen, og arbejdet "
    "skal begynde til efteråret. Hun siger, at man har ventet på den i mange år.",
    "no": "Bystyret vedtok på møtet sitt i går å bygge en ny svømmehall ved skolen, og arbeidet "
    "skal begynne til høsten. Hun sier at de har ventet på den i mange år.",
    "sv": "Kommunfullmäktige beslutade på sitt möte i går att bygga en ny simhall vid skolan, "
    "och arbetet ska börja i höst. Hon säger att man har väntat på den i många år.",
}


def test_an_icelandic_text_is_icelandic() -> None:
    sw = Stopwords.load()
    assert "is" in sw.languages
    assert sw.detect(ICELANDIC) == "is"
    assert sw.density(ICELANDIC, "is") > 0.3


def test_danish_norwegian_swedish_keep_their_language() -> None:
    sw = Stopwords.load()
    for lang, text in NEAR.items():
        assert sw.detect(text) == lang, lang


def test_an_icelandic_menu_has_no_stopwords() -> None:
    assert Stopwords.load().density("Forsíða Innlent Erlent Íþróttir Viðskipti", "is") == 0.0


def test_icelandic_share_buttons_are_ui_lines() -> None:
    text = "Deila frétt\nSetja bókamerki\nHún vildi setja bókamerki í bókina sem hún las."
    removed = "".join(text[e.start : e.end] for e in find_ui_lines(text, Patterns.builtin()))
    assert removed.split() == ["Deila", "frétt", "Setja", "bókamerki"]  # not the sentence


def test_an_icelandic_read_also_line_is_a_ui_line() -> None:
    link = "Lesa einnig: Sundlaugin lokuð vegna viðhalds í júní"
    sentence = "Lesa einnig: sundlaugin verður lokuð vegna viðhalds í júní."  # full stop: prose
    text = f"{link}\n{sentence}"
    removed = "".join(text[e.start : e.end] for e in find_ui_lines(text, Patterns.builtin()))
    assert removed.strip() == link
