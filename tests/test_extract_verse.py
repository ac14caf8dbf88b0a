"""Issue 14, pattern 2 (the article cut at a list inside it): a quoted song or poem between
two paragraphs of the article (lines without a full stop, like a menu's) stays with the
article, and so does the paragraph before it (``verse.py``, ``extract_off = ["verse"]``).
Near miss: the same lines without quotation marks (a list of headlines has stopwords too)
still split the page. The page is written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU
from cleantext import Cleaner, Config

INTRO = (
    "The two rappers have been trading lines for weeks now, and on Friday the younger one "
    "released a new track that takes aim at his old mentor.",
)
VERSE = (
    "The old man's answer",
    "„He was my hero once, but now he only talks about the past",
    "Because at fifty he has nothing left but all his memories",
    "I helped him to the very last line like an uncle that you love",
    "And now he turns the story round because the truth is too much“",
    "The reply",
)
STORY = (
    "These lines made the older rapper speak about the attack of his former protégé. Usually "
    "he keeps out of such quarrels, but this time he answered within a day, in a long video "
    "on his channel.",
    "He said that the younger man had forgotten who had paid for his first studio, and that "
    "he would not say more about it, because the fans had better things to listen to than "
    "two men shouting at each other.",
)


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_quoted_verse_between_paragraphs_stays_with_the_article() -> None:
    out = cleantext.clean(_page(MENU, INTRO, VERSE, STORY, FOOTER), preset="extract")
    assert INTRO[0] in out and STORY[1] in out
    assert all(line in out for line in VERSE[1:5])
    assert "Privacy Policy" not in out


def test_lines_without_quotation_marks_still_split_the_page() -> None:
    # (the intro rule, which keeps the paragraph for the words it shares with the story,
    # is off: this rule alone is asked)
    plain = tuple(line.strip("„“") for line in VERSE)
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["intro"]}})
    out = Cleaner(config).clean(_page(MENU, INTRO, plain, STORY, FOOTER))
    assert STORY[1] in out and plain[2] not in out and INTRO[0] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(MENU, INTRO, VERSE, STORY, FOOTER)
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["verse"]}})
    out = Cleaner(config).clean(text)
    assert STORY[1] in out and VERSE[2] not in out
    assert VERSE[2] in cleantext.clean(text)  # light keeps it


POEM_INTRO = (
    "This week's poem comes from Ellen Marsh's second collection, written the winter she "
    "moved back to the coast.",
)
POEM = (
    "Harbour",
    "The boats come in with the light behind them,",
    "gulls stitched to their wakes like thread,",
    "and my father on the quay, counting,",
    "the way he counted us at bedtime.",
    "Nothing here is new. The rope, the salt,",
    "the bell that rings for no one now,",
    "and still I stand where he stood",
    "and wait for something to come home",
)
POET = ("Ellen Marsh lives in Whitby. Her collection Low Water is out now from Tern Press.",)
TAIL = ("Share this poem", "Newsletter", "Sign up for a poem every Friday")


def test_a_poem_without_quotation_marks_stays_with_the_article() -> None:
    """adv20: a poem of the week (its sentences going on across its lines, which end in
    commas or go on in lower case) between its introduction and the poet's bio was cut
    whole; only the introduction was left."""
    text = _page(MENU, POEM_INTRO, POEM, POET, TAIL, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert [line for line in out.splitlines() if line] == [*POEM_INTRO, *POEM, *POET]
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["verse"]}})
    assert POEM[2] not in Cleaner(config).clean(text)


def test_an_address_or_headlines_between_paragraphs_are_no_poem() -> None:
    """Near misses of the above: an address ends its lines in commas but has no stopwords;
    teaser headlines each start anew, in capitals, with no comma at the end."""
    address = ("Town Hall,", "Market Square,", "Northgate,", "NG1 2AB")
    heads = ("Bridge closed for repairs until the end of August",
             "New bakery opens its doors on Market Street",
             "Council votes to keep the library open on Sundays")  # fmt: skip
    for box in (address, heads):
        out = cleantext.clean(_page(MENU, POEM_INTRO, box, POET, TAIL, FOOTER), preset="extract")
        assert box[1] not in out, box[0]


TITLED = ("Winter Orchard", "By Carys Lindqvist", "Poetry · Issue 14")
ORCHARD = (
    "The apple trees stand bare along the wall,",
    "their branches black against a sky of tin;",
    "the last leaves gathered where they chose to fall,",
    "the ladder leaning where the fruit had been.",
    "My father pruned them every February,",
    "his breath a cloud, his knife a quiet thing;",
    "he said the cut was how a tree would carry",
    "the weight of all the blossom in the spring.",
    "Now I go out alone with his old blade",
    "and find his marks still healing in the bark,",
    "and cut where he would cut, and am afraid,",
    "and work until the orchard has gone dark.",
)
BIO = ("Carys Lindqvist's first collection, Salt Rooms, came out in 2024.",)


def _lines(*blocks: tuple[str, ...]) -> str:
    return "\n".join(line for block in blocks for line in block) + "\n"


def test_a_poem_that_is_the_page_keeps_its_first_stanzas() -> None:
    """adv21 (``verse-page``): a poem alone on its page, no paragraph above it: the
    article's run started at its last stanza, and the first two went with the head."""
    text = _lines(MENU, TITLED, ORCHARD, BIO, TAIL, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines()[: len(ORCHARD)] == list(ORCHARD) and TITLED[1] not in out
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["verse-page"]}})
    off = Cleaner(config).clean(text)
    assert ORCHARD[0] not in off and ORCHARD[-1] in off


def test_headlines_above_a_stanza_are_no_poem() -> None:
    """Near miss of the above: teaser headlines right above the run, each starting anew in
    a capital with no comma at its end, still go with the head."""
    heads = tuple(line.rstrip(",;.").capitalize() for line in ORCHARD[:8])
    text = _lines(MENU, TITLED, heads, ORCHARD[8:], BIO, TAIL, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert heads[1] not in out
