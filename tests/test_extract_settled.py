"""Issue 13: the extract preset's passes. ``run_step`` extracts again from what a pass left
until nothing changes; a page of prose under a title or a header is known to need no second
look once they went (``extract._settled``). The shortcut must give the passes that looking
again gives, on pages made to tempt each rule that reads paragraphs (bios, credits, comment
threads, lists announced by a colon)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.boilerplate import extract, run_step
from cleantext.config import Config
from cleantext.edits import apply_edits

TITLES = (
    "Bridge to close after a century",
    "Home",
    "Photo: Jane Doe/AP",
    "Reply",
    "Jane Doe says:",
    "March 3, 2024 at 10:12 am",
    "Ingredients:",
    "Le pont va fermer",
    "Three things to know about the council's plan for the old bridge over the river",
    "200 g sugar",
    "Home\nNews\nSport\nWeather",
    "Example News\nBridge to close after a century\nBy Jane Doe\n3 March 2024",
    "Home\nShare this:\nRelated stories",
    "Le pont va fermer\nAccueil\nActualités",
    "The old bridge at dawn. Photo: Jane Doe/AP",
    "© Example Pictures",
    "Share this article",
    "Das könnte dich auch interessieren:",
)
PARAGRAPHS = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses.",
    "Residents said that they were worried about the long detour that the closure would mean "
    "for them and the shops.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then.",
    "Jane Doe is a senior writer for Example News and has covered the council for ten years.",
    "Photo: Jane Doe/AP, taken from the old bridge on Sunday morning.",
    "Maria Lopez wrote on March 3, 2024 at 10:12 am that she will miss the bridge a lot.",
    "These are the three things that the council wants to do with the money this year:",
    "Le conseil a voté mardi pour la fermeture du vieux pont sur la rivière, qui est trop "
    "faible pour les bus.",
    "Reply to the council's plan before the end of the month, as the residents did last year.",
    "The old bridge at dawn, seen from the pier where the ferry will land. Photo: Jane Doe/AP",
    "Stau auf der Brücke am Montagmorgen, als die Busse nicht mehr fahren durften © Max Muster",
    "Did you enjoy this article about the old bridge? Share this article with your friends!",
    "The mayor asked residents to share the ferry with cyclists during the summer months.",
)

TAILS = (
    "Privacy Policy\nTerms of Use\nContact us",
    "Leave a Reply\nYour email address will not be published.",
    "Related stories\nMayor opens new park\nNew bus lines for the valley",
    "Maria Lopez says:\nMarch 3, 2024 at 10:12 am\nI will miss the old bridge a lot, as I have "
    "crossed it every day for thirty years.\nReply\nTom Baker says:\nMarch 4, 2024 at 9:30 am\n"
    "The ferry is a good idea for the summer, but the council acted too late.\nReply",
    "Jane Doe is a senior writer for Example News.\n© 2024 Example News",
    "Share this:\nFacebook\nTwitter",
    "The ferry pier at dawn. Foto: Max Muster\n© 2024 Example News",
    "Unterstützen Sie unabhängigen Journalismus!\nJetzt spenden!",
    "Das Wetter in der Stadt war am Sonntag sehr schön und die Leute waren im Park und am See.",
)


def _passes(text: str) -> list[list[tuple[str, int, int, str]]]:
    return [
        [(e.rule, e.start, e.end, e.note) for e in edits]
        for edits in run_step(text, Config(preset="extract"))
    ]


def test_a_title_and_its_paragraphs_are_classified_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The title goes in the first pass, and the second pass returns at once."""
    calls: list[str] = []
    classify = extract.classify_lines

    def counted(text: str, *args: object, **kwargs: object) -> object:
        calls.append(text)
        return classify(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "classify_lines", counted)
    text = "\n\n".join([TITLES[0], *PARAGRAPHS[:3]])
    passes = run_step(text, Config(preset="extract"))
    assert [[e.rule for e in edits] for edits in passes] == [["extract-head"]]
    assert apply_edits(text, passes[0]) == "\n\n".join(PARAGRAPHS[:3])
    assert len(calls) == 1


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(TITLES),
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=8),
    st.sampled_from(("", *TAILS)),
    st.sampled_from(("\n", "\n\n", "\r\n\r\n")),
)
def test_the_shortcut_gives_the_passes_of_looking_again(
    title: str, paragraphs: list[str], tail: str, sep: str
) -> None:
    text = sep.join([title, *paragraphs, *([tail] if tail else [])])
    fast = _passes(text)
    settled = extract._settled
    extract._settled = lambda *args: None  # type: ignore[assignment]
    try:
        slow = _passes(text)
    finally:
        extract._settled = settled
    assert fast == slow
