"""One positive and one negative case per rule, in several languages, plus registry checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _rules import wow_rule
from cleantext import Cleaner, Document, all_rules, apply_edits
from cleantext.boilerplate.learned import RULE as SITE_RULE
from cleantext.boilerplate.learned import SiteLines, SiteProfile
from cleantext.boilerplate.patterns import normalize_line
from cleantext.html import MARKUP, OUTSIDE
from cleantext.rules import Rule
from cleantext.tidy import tidy_gaps

HTML_RULES = {OUTSIDE.name, MARKUP.name}  # their examples are HTML pages

CASES = {
    # rule: (input, expected) pairs; input == expected means "must stay unchanged"
    "html-entities": [
        ("Fish &amp; chips", "Fish & chips"),
        ("AT&T, ?a=1&b=2", "AT&T, ?a=1&b=2"),
        ("prix&nbsp;: 5", "prix\u00a0: 5"),
    ],
    "mojibake": [
        ("Le cafÃ© est ouvert.", "Le café est ouvert."),
        ("Ãœber die Straße", "Über die Straße"),
        ("Déjà vu, naïve.", "Déjà vu, naïve."),
    ],
    "zero-width": [
        ("infor\u00admation", "information"),
        ("a\u200bb", "ab"),
        ("\U0001f468\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),
    ],
    "control-chars": [("bell\x07 here", "bell here"), ("tab\there", "tab\there")],
    "doubled-punct": [
        ("oui,, non", "oui, non"),
        ("fin.. Début", "fin. Début"),
        ("wait... what", "wait... what"),
        ("¡¿qué?? sí!!", "¡¿qué?? sí!!"),
    ],
    "space-before-punct": [
        ("palabra , otra", "palabra, otra"),
        ("the end .", "the end."),
        ("use .NET here", "use .NET here"),
    ],
    "space-after-period": [
        ("la fin.Le début", "la fin. Le début"),
        ("Es war gut.Der Anfang", "Es war gut. Der Anfang"),
        ("see www.example.Com now", "see www.example.Com now"),
        ("call System.Console.WriteLine", "call System.Console.WriteLine"),
        ("pi is 3.14 and 1.000,50", "pi is 3.14 and 1.000,50"),
    ],
    "space-beside-nbsp": [("10 \u00a0km", "10\u00a0km"), ("Quoi\u202f?", "Quoi\u202f?")],
    "collapse-spaces": [("a   b", "a b"), ("    indented", "    indented")],
    "trailing-whitespace": [("end   \nnext", "end\nnext")],
    "blank-lines": [("a\n\n\n\nb", "a\n\nb"), ("a\n\nb", "a\n\nb")],
    "capitalize-sentence": [
        ("en armes. le gouvernement iranien a nié.", "en armes. Le gouvernement iranien a nié."),
        ("the war. the government denied it.", "the war. The government denied it."),
        ("de l'Iran. voisins.", "de l'Iran. voisins."),
        ("Obst, z.B. äpfel und birnen.", "Obst, z.B. äpfel und birnen."),
        ("en EE.UU. los precios suben mucho.", "en EE.UU. los precios suben mucho."),
        ("apples etc. and more pears here.", "apples etc. and more pears here."),
    ],
}


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [(rule, a, b) for rule, pairs in CASES.items() for a, b in pairs],
)
def test_rule_cases(rule: str, text: str, expected: str) -> None:
    only = Cleaner(steps=["normalize"])
    assert only.clean(text) == expected
    if text != expected:
        doc = only.clean_document(text)
        assert rule in {e.rule for e in doc.edits}
        assert Cleaner(steps=["normalize"], disable=[rule]).clean(text) == text


def _cleaner(rule: Rule, tmp_path: Path, **options: Any) -> Cleaner:
    """A cleaner that runs ``rule``'s step under the rule's preset; for the site profile
    rule, with a profile that learned the lines its example removes; an opt-in rule enabled."""
    config: dict[str, Any] = {"preset": rule.preset or "light", "steps": [rule.step, "tidy"]}
    if not rule.default:
        options.setdefault("enable", [rule.name])
    if rule.name == SITE_RULE.name:
        lines = {normalize_line(x) for a, b in rule.examples for x in a.splitlines()} - {
            normalize_line(x) for a, b in rule.examples for x in b.splitlines()
        }
        path = tmp_path / "site.json"
        SiteProfile({"example.com": SiteLines(3, tuple(sorted(lines)))}).save(path)
        config["boilerplate"] = {"site_profile": str(path)}
    return Cleaner(config, **options)


def _run(cleaner: Cleaner, rule: Rule, text: str) -> Document:
    """The rule's example through the cleaner (the HTML rules' examples are pages)."""
    if rule.name in HTML_RULES:
        return cleaner.clean_html_document(text)
    return cleaner.clean_document(text)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.name)
def test_every_rule_has_examples_that_hold(rule: Rule, tmp_path: Path) -> None:
    assert rule.examples, f"{rule.name} has no examples"
    assert any(a != b for a, b in rule.examples), f"{rule.name}: no example changes the text"
    for text, expected in rule.examples:
        if rule.step == "tidy":  # tidy runs only after a removal; check the fixer itself
            assert apply_edits(text, tidy_gaps(text)) == expected
            continue
        doc = _run(_cleaner(rule, tmp_path), rule, text)
        assert doc.text == expected, rule.name
        if text != expected:
            assert rule.name in {e.rule for e in doc.edits}


@pytest.mark.parametrize("rule", [r for r in all_rules() if r.step != "tidy"], ids=lambda r: r.name)
def test_switching_a_rule_off_stops_its_edits(rule: Rule, tmp_path: Path) -> None:
    for text, expected in rule.examples:
        off = _run(_cleaner(rule, tmp_path, disable=[rule.name]), rule, text)
        assert rule.name not in {e.rule for e in off.edits}
        if text != expected:
            assert off.text != expected


def test_a_new_normalizer_needs_only_its_rule_and_function() -> None:
    # what a new module in cleantext/normalizers does: register a rule, mark its function
    from cleantext.normalizers import normalizers

    with wow_rule("shout-less", order=145):
        names = [name for name, _ in normalizers()]
        assert names[-2:] == ["shout-less", "blank-lines"]  # order 145: after capitalize (140)
        doc = Cleaner(steps=["normalize"]).clean_document("so WOW  here")
        assert doc.text == "so wow here" and doc.counts()["shout-less"] == 1
        assert Cleaner(steps=["normalize"], disable=["shout-less"]).clean("WOW") == "WOW"


def test_rule_flags_describe_the_normalize_step() -> None:
    normalize = [r for r in all_rules() if r.step == "normalize"]
    assert [r.order for r in normalize] == sorted({r.order for r in normalize})  # unique
    assert {r.name for r in normalize if r.line_local} == {
        "html-entities",
        "mojibake",
        "zero-width",
        "control-chars",
    }
    assert {r.name for r in normalize if r.in_ftfy_profile} == {"mojibake"}
    extract = {r.name for r in all_rules() if r.preset == "extract"}
    assert (
        extract
        == {"extract-head", "extract-tail", "extract-menu", "extract-related", "extract-comments"}
        | {"extract-credit", "extract-caption", "extract-signup", "extract-appeal"}
        | {"extract-post-header", "extract-inserted", "extract-byline"}
        | {"extract-chart", "extract-pullquote", "extract-toc"}
        | HTML_RULES
    )
