"""End-to-end behaviour of the pipeline on the bundled example and on small texts."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Cleaner, Config, ConfigError, replay

REACTIONS = ["What's Your Reaction?", "like", "dislike", "love", "funny", "angry", "sad", "wow"]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def test_example_keeps_title_and_seven_paragraphs_once(example_text: str) -> None:
    out = cleantext.clean(example_text)
    first_copy = _paragraphs(example_text)[:8]
    got = _paragraphs(out)
    assert len(got) == 8
    assert got[0] == first_copy[0]  # the title
    # every paragraph of the first copy survives, in order, apart from the capital letter fix
    for want, have in zip(first_copy, got, strict=True):
        assert have == want.replace("armes. le gouvernement", "armes. Le gouvernement")


def test_example_widget_gone(example_text: str) -> None:
    out = cleantext.clean(example_text)
    lines = {line.strip() for line in out.splitlines()}
    for word in REACTIONS:
        assert word not in lines


def test_example_sentence_fixes(example_text: str) -> None:
    out = cleantext.clean(example_text)
    assert "en armes. Le gouvernement" in out
    assert "en armes. le gouvernement" not in out
    assert "de l'Iran. voisins." in out


def test_example_edits_replay_to_output(example_text: str) -> None:
    doc = Cleaner().clean_document(example_text)
    assert replay(example_text, doc.edits) == doc.text
    assert {e.rule for e in doc.edits} == {"capitalize-sentence", "repeated-block", "ui-strings"}
    for e in doc.edits:
        assert 0 <= e.source_start <= e.source_end <= len(example_text)


def test_edit_spans_point_into_source() -> None:
    text = "Intro  text ,here.\n\nRead more"
    doc = Cleaner().clean_document(text)
    spaces = [e for e in doc.edits if e.rule == "collapse-spaces"]
    assert len(spaces) == 1
    assert text[spaces[0].source_start : spaces[0].source_end] == "  "
    assert doc.text == "Intro text,here."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain clean text.\n",
        "Un texte français : « bien » ; 10\u00a0000\u00a0km !\n\nDeuxième paragraphe.",
        "Ein sauberer Absatz.\r\nZweite Zeile.",
        "    indented code()\n\tcontinued",
    ],
)
def test_clean_text_is_byte_identical(text: str) -> None:
    assert cleantext.clean(text) == text
    assert not Cleaner().clean_document(text).changed


def test_steps_select_stages(example_text: str) -> None:
    only_dedup = cleantext.clean(example_text, steps=["dedup-blocks"])
    assert "armes. le gouvernement" in only_dedup  # normalize did not run
    assert "What's Your Reaction?" in only_dedup  # boilerplate did not run
    assert only_dedup.count("Barbara Woodward") == 1


def test_every_rule_can_be_switched_off(example_text: str) -> None:
    c = Cleaner(disable=["capitalize-sentence", "repeated-block", "ui-strings"])
    assert c.clean(example_text) == example_text


def test_unknown_names_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown rule"):
        Cleaner(disable=["no-such-rule"])
    with pytest.raises(ConfigError, match="unknown step"):
        cleantext.clean("x", steps=["nope"])
    with pytest.raises(ConfigError, match="unknown preset"):
        cleantext.clean("x", preset="heavy")


def test_non_string_input_is_type_error() -> None:
    with pytest.raises(TypeError, match="must be str"):
        cleantext.clean(b"bytes")  # type: ignore[arg-type]


def test_url_of_another_type_is_type_error(tmp_path) -> None:
    """With a site profile, a URL that is no string (bytes, a number) raised AttributeError
    or TypeError from deep inside the profile's host lookup."""
    profile = tmp_path / "site.json"
    profile.write_text(
        '{"format": "cleantext-site-profile", "version": 1, "min_pages": 1, "min_share": 0.1,'
        ' "sites": {"a.com": {"pages": 3, "lines": ["subscribe to our newsletter"]}}}'
    )
    cleaner = Cleaner(boilerplate={"site_profile": str(profile)})
    text = "Hi there.\n\nSubscribe to our newsletter"
    for url in (b"https://a.com/x", 5):
        with pytest.raises(TypeError, match="url must be str or None"):
            cleaner.clean_document(text, url=url)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="url must be str or None"):
            cleaner.clean_html("<p>Hi there.</p>", url=url)  # type: ignore[arg-type]
    assert cleaner.clean_document(text, url="https://a.com/x").text == "Hi there."
    assert cleaner.clean_document(text, url="").text == "Hi there."  # no URL: every site's


def test_steps_given_as_a_string_are_a_comma_separated_list() -> None:
    """``clean(text, steps="normalize")`` said "unknown step 'n'" (the string was read
    letter by letter); a config's steps were read as a list already."""
    assert cleantext.clean("a  b", steps="normalize") == "a b"
    assert cleantext.clean("a  b", steps="tidy, boilerplate") == "a  b"
    with pytest.raises(ConfigError, match="unknown step 'nope'"):
        cleantext.clean("x", steps="normalize,nope")


def test_config_from_toml(tmp_path) -> None:
    p = tmp_path / "pyproject.toml"
    p.write_text('[tool.cleantext]\npreset = "none"\ndisable = ["capitalize-sentence"]\n')
    cfg = Config.from_toml(p)
    assert cfg.preset == "none" and not cfg.rule_enabled("capitalize-sentence")


def test_later_edit_spans_cover_the_input_they_remove(example_text: str) -> None:
    # the README example: the reaction widget after the repeated article used to be reported
    # as extract-tail 2318-4706, a span around the removed copy; it is 68 characters
    cleaner = Cleaner(preset="extract", disable=["capitalize-sentence"])
    doc = cleaner.clean_document(example_text)
    [tail] = [e for e in doc.edits if e.rule == "extract-tail"]
    assert (tail.source_start, tail.source_end) == (4640, 4706)
    # the blank line before the widget is as much the end of the removed copy as its own
    assert "\n\n" + example_text[4640:4706] == tail.before
    assert replay(example_text, doc.edits) == doc.text


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_every_removal_spans_exactly_its_own_input_text(example_text: str, preset: str) -> None:
    cleaner = Cleaner(preset=preset, disable=["capitalize-sentence"])  # removals only
    doc = cleaner.clean_document(example_text)
    assert len(doc.edits) == 2
    for e in doc.edits:
        shown = doc.source[e.source_start : e.source_end]
        assert len(shown) >= len(e.before) - 2 and e.before.endswith(shown), e.rule
    (_, end), (start, _) = sorted((e.source_start, e.source_end) for e in doc.edits)
    assert end <= start  # side by side in the input, not one around the other


def test_step_names_agree() -> None:
    from cleantext.pipeline import STEPS
    from cleantext.steps import STEP_NAMES

    assert tuple(STEPS) == STEP_NAMES


def test_clean_builds_one_cleaner_per_preset_and_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cleantext.clean`` reuses its cleaner: no config is parsed again for the next text."""
    from cleantext import pipeline

    built: list[object] = []
    real_init = pipeline.Cleaner.__init__

    def counting_init(self: pipeline.Cleaner, *args: object, **kwargs: object) -> None:
        built.append(self)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.Cleaner, "__init__", counting_init)
    pipeline._shared.cache_clear()
    texts = ["Hello  world ,again.", "Caf\u00c3\u00a9 &amp; bar", "x"]
    for preset in ("light", "extract", "light"):
        for t in texts:
            assert cleantext.clean(t, preset=preset) == pipeline.make_cleaner(preset).clean(t)
            cleantext.clean(t, preset=preset, steps=["normalize"])
    # one shared cleaner per (preset, steps) key, plus the fresh ones the test made itself
    assert len(built) - 3 * len(texts) == 4
    pipeline._shared.cache_clear()
