"""The encoding repair: the ``ftfy`` profile gives ftfy's output, the default keeps the style."""

from __future__ import annotations

import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Cleaner, Config, replay
from cleantext.config import NormalizeOptions
from cleantext.normalizers.encoding import (
    _mojibake_chars,
    bold_redecode,
    is_suspicious,
    segments,
)

# a few real cases from ftfy's test data (Apache-2.0), original -> what ftfy gives
REAL = [
    ("voilÃ  le travail", "voilà le travail"),
    (
        "Le Schtroumpf Docteur conseille g√¢teaux et baies schtroumpfantes pour un r√©gime "
        "√©quilibr√©.",
        "Le Schtroumpf Docteur conseille gâteaux et baies schtroumpfantes pour un régime "
        "équilibré.",
    ),
    ("LiĂ¨ge Avenue de l'HĂ´pital", "Liège Avenue de l'Hôpital"),
    ("#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡", "#правильное"),
    ("S&P Confirms UkrsotsbankвЂ™s вЂњB-вЂњ Rating", 'S&P Confirms Ukrsotsbank\'s "B-" Rating'),
    (
        "These control characters \x1a are apparently intentional \x81",
        "These control characters  are apparently intentional \x81",
    ),
    ("OK??:(   `¬´    ):", "OK??:(   `¬´    ):"),
    ("ŉ Chloroplas is ŉ organel", "'n Chloroplas is 'n organel"),
]


def ftfy_profile(text: str) -> str:
    return cleantext.normalize(text, profile="ftfy")


def test_real_cases_match_ftfy() -> None:
    for original, fixed in REAL:
        assert ftfy_profile(original) == fixed == ftfy.fix_text(original)


def test_ftfy_profile_explains_its_edits() -> None:
    text = "The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.\nNothing here.\n"
    out, edits = cleantext.fix_and_explain(text, profile="ftfy")
    assert out == ftfy.fix_text(text)
    assert [e.rule for e in edits] == ["mojibake"]
    assert (edits[0].before, edits[0].after) == ("Ã¢â‚¬â„¢", "'")
    assert "encode" in edits[0].note  # ftfy's own explanation of the repair
    assert replay(text, edits) == out


def test_html_entities_stop_after_first_tag_like_ftfy() -> None:
    text = "a &amp; b\n<p>c &amp; d</p>\ne &eacute;\n"
    assert ftfy_profile(text) == ftfy.fix_text(text)
    assert ftfy_profile(text).startswith("a & b\n<p>c &amp; d")


def test_default_profile_repairs_encoding_but_keeps_style() -> None:
    text = "It doesnâ€™t â€œworkâ€\x9d, ﬁne ＡＢＣ"
    out = cleantext.normalize(text)
    assert out == "It doesn’t “work”, ﬁne ＡＢＣ"
    assert ftfy_profile(text) == 'It doesn\'t "work", fine ABC'


def test_ftfy_profile_runs_own_rules_only_when_enabled() -> None:
    text = "a  b , c"
    assert ftfy_profile(text) == text
    cfg = Config(normalize=NormalizeOptions(profile="ftfy"), enable=frozenset({"collapse-spaces"}))
    assert Cleaner(cfg).clean(text) == "a b , c"


_pool = st.sampled_from(
    sorted(_mojibake_chars()) + list("ab Z.,'\"&;<\n\r\t") + list("éàœ’“”\u00a0")
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pool, max_size=12).map("".join))
def test_precheck_is_superset_of_ftfy_is_bad(text: str) -> None:
    if is_bad(text):
        assert is_suspicious(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_pool, max_size=30).map("".join), st.text(max_size=60)))
def test_ftfy_profile_equals_fix_text(text: str) -> None:
    assume(all(bold_redecode(seg) is None for _, seg in segments(text)))
    assert ftfy_profile(text) == ftfy.fix_text(text)


def test_bolder_redecoding_fixes_some_of_ftfys_known_failures() -> None:
    fixed = {
        "faites attention Г bien vous renseigner avant sur le mГ©dicament": (
            "faites attention à bien vous renseigner avant sur le médicament"
        ),
        "Sarai ricontattato dal nostro Esperto al pi√π presto.": (
            "Sarai ricontattato dal nostro Esperto al più presto."
        ),
        "┬┐que diferencia hay?": "¿que diferencia hay?",
    }
    for original, expected in fixed.items():
        assert ftfy.fix_text(original) == original  # ftfy leaves these alone
        assert ftfy_profile(original) == expected
        assert cleantext.normalize(original) == expected


def test_bolder_redecoding_leaves_art_math_and_real_cyrillic_alone() -> None:
    for text in ("├┤a┼┐a┼┐a┼┐a┼┐a", "(-1/2)! = √π", "OK??:(   `¬´    ):", "Вы знаете Москву?"):
        assert ftfy_profile(text) == text


def test_detector_is_derived_from_ftfy_tables() -> None:
    # every character named in ftfy's badness categories is in the detector's set
    for spec in MOJIBAKE_CATEGORIES.values():
        named = {c for c in spec if ord(c) > 0x7F}
        assert named <= _mojibake_chars()
    assert not is_suspicious("Déjà vu, naïve café — « bien sûr ! » 10 °C, 5 €")


def test_greek_and_cyrillic_prose_is_not_sent_to_ftfy() -> None:
    assert not is_suspicious("Правительство это отрицало. Η κυβέρνηση το αρνήθηκε.")
    for bad in ("doesnвЂ™t", "ГўВЂВ™s", "‚Äπ", "ВЃВ"):
        assert is_bad(bad) <= is_suspicious(bad)
    assert cleantext.normalize("UkrsotsbankвЂ™s rating") == "Ukrsotsbank’s rating"
