"""Boilerplate step: light UI removal, extract preset, learned site profiles."""

from __future__ import annotations

import itertools
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from _pages import paragraphs_page as _page
from cleantext import Cleaner
from cleantext.boilerplate import Patterns, find_ui_lines, learn_profile
from cleantext.boilerplate.learned import SiteProfile
from cleantext.boilerplate.stopwords import Stopwords, words
from cleantext.cli import main
from cleantext.edits import apply_edits, replay
from cleantext.errors import ConfigError
from cleantext.rules import get_rule

DEV_PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"
REACTIONS = ["What's Your Reaction?", "like", "dislike", "love", "funny", "angry", "sad", "wow"]

ARTICLE = [
    "The council voted on Tuesday to close the old bridge over the river, which has been in "
    "use for more than a century and is now too weak for buses.",
    "Residents said that they were worried about the long detour that the closure would mean "
    "for them, and for the shops in the town centre that depend on passing trade.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run in the meantime for people on foot and on bicycles.",
    "Work on the new bridge is expected to start next spring, once the plans have been "
    "approved by the regional government and the money has been found for it.",
]
MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact us"]
FOOTER = ["Privacy Policy", "Terms of Use", "© 2024 Example Media. All rights reserved."]


def test_light_removes_whole_reaction_widget_and_nothing_else(example_text: str) -> None:
    doc = Cleaner(steps=["boilerplate", "tidy"]).clean_document(example_text)
    removed = [e for e in doc.edits if e.rule == "ui-strings"]
    assert len(removed) == 1
    gone = [line.strip() for line in removed[0].before.splitlines() if line.strip()]
    assert gone == REACTIONS
    # everything else is still there, byte for byte, and nothing else was edited
    kept = example_text[: removed[0].source_start] + example_text[removed[0].source_end :]
    assert doc.text == kept
    assert [e.rule for e in doc.edits] == ["ui-strings"]


@pytest.mark.parametrize(
    "line",
    [
        "197 Shares",
        "Read more",
        "Lire la suite",
        "Weiterlesen",
        "Continua a leggere",
        "Advertisement",
        "Publicidad",
        "Подписаться на рассылку",
        "12 commentaires",
        "Accept all cookies",
        "Abonnez-vous à notre newsletter",
        "Share on Facebook",
        "Follow us on Twitter",
        "続きを読む",
        "阅读全文",
        "Devamını oku",
        "Czytaj więcej",
        "Lees meer",
    ],
)
def test_light_removes_known_ui_lines_in_many_languages(line: str) -> None:
    text = f"{ARTICLE[0]}\n\n{line}\n\n{ARTICLE[1]}\n"
    assert cleantext.clean(text) == f"{ARTICLE[0]}\n\n{ARTICLE[1]}\n"


@pytest.mark.parametrize(
    "text",
    [
        "I like this article, and I love the way it reads. Read more books!\n",
        "Share\nthe cake with your friends, she said.\n",  # 'Share' starts a sentence
        "Home\n\nNews\n\nSport\n",  # menu words are never removed by the light preset
        "We read more than 12 comments before we decided.\n",
        "Discussion\n\nThe results show a clear effect of the treatment.\n",
    ],
)
def test_light_never_touches_sentences_or_ambiguous_words(text: str) -> None:
    doc = Cleaner(steps=["boilerplate"]).clean_document(text)
    assert doc.text == text, doc.edits


def test_removal_keeps_the_next_lines_indentation() -> None:
    text = "Read more\n\n    indented_code()\n"
    once = cleantext.clean(text)
    assert once == "    indented_code()\n"
    assert cleantext.clean(once) == once


def test_light_weak_words_alone_stay() -> None:
    # reaction words on their own are content; in a run of three they are a widget
    assert cleantext.clean("Story.\n\nlike\n") == "Story.\n\nlike\n"
    assert cleantext.clean("Story.\n\nlike\n\nlove\n\nwow\n") == "Story.\n"


def test_copyright_lines_go_only_at_the_edges() -> None:
    notice = "© 2024 Example Media. All rights reserved."
    assert cleantext.clean(f"{ARTICLE[0]}\n\n{notice}\n") == ARTICLE[0] + "\n"
    middle = f"{ARTICLE[0]}\n\n{notice}\n\n{ARTICLE[1]}\n"
    assert cleantext.clean(middle) == middle


def test_copyright_lines_at_both_edges_and_inside() -> None:
    """The prose lines are looked for only between the first and the last copyright line
    (cost24): a notice above all prose and one under it still go, the one between two
    paragraphs stays."""
    notice = "© 2024 Example Media. All rights reserved."
    text = f"{notice}\n\n{ARTICLE[0]}\n\n{notice}\n\n{ARTICLE[1]}\n\n{notice}\n"
    kept = f"{ARTICLE[0]}\n\n{notice}\n\n{ARTICLE[1]}\n"
    assert cleantext.clean(text) == kept


@pytest.mark.parametrize(
    "quote",
    ['"You have reached your article limit."', "“Please enable JavaScript to view this site.”",
     "„Seite nicht gefunden“", "« Page introuvable »"],
)  # fmt: skip
def test_a_line_that_is_one_quotation_is_no_ui(quote: str) -> None:
    """adv20: a story about paywalls opening with the quoted line '"You have reached your
    article limit."' lost it in the light preset (UI text: error); near miss: the same words
    without quotation marks are the page's message and still go."""
    text = f"{quote}\n\n{ARTICLE[0]}\n"
    assert cleantext.clean(text) == text
    bare = quote.strip('"“”„« »')
    assert cleantext.clean(f"{bare}\n\n{ARTICLE[0]}\n") == ARTICLE[0] + "\n"


@pytest.mark.parametrize(
    "question", ["How do you feel about this?", "What do you think?", "Qu'en pensez-vous ?"]
)
def test_an_interviewer_s_question_is_no_reaction_widget(question: str) -> None:
    """adv20: an interview's question on a line of its own ("How do you feel about this?"
    over the answer) went in the light preset as a reaction widget's heading; near miss:
    the widget, the question over its reaction words, still goes."""
    text = f"{ARTICLE[0]}\n\n{question}\n\n{ARTICLE[1]}\n"
    assert cleantext.clean(text) == text
    widget = f"{ARTICLE[0]}\n\n{question}\nLike\nLove\nWow\n"
    assert cleantext.clean(widget) == ARTICLE[0] + "\n"


def test_counters_are_matched_whatever_the_digits() -> None:
    p = Patterns.builtin()
    for line in ("1 Comment", "1,234 comments", "3.4K Shares", "12 Kommentare"):
        assert p.match(line) is not None, line
    assert p.match("He wrote 1,234 comments on the forum last year.") is None


def test_user_patterns_from_config() -> None:
    text = f"{ARTICLE[0]}\n\nBrought to you by ACME Corp\n"
    assert "ACME" in cleantext.clean(text)
    c = Cleaner(boilerplate={"extra_patterns": [r"brought to you by \w+ corp"]})
    assert c.clean(text) == ARTICLE[0] + "\n"


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        (r"(\w+\s?)+ sponsored", "nested quantifiers"),
        (r"(?:ad|ads)+", "nested quantifiers"),  # the parser turns it into ad(?:|s)
        (r"(?:x.|xy)*", "ambiguous repetition"),
        (r"(\d)\1", "backreferences"),
        (r".*a.*b.*c.*d", "unbounded wildcard"),
        (r"[unclosed", "not a valid regex"),
    ],
)
def test_unsafe_user_patterns_are_a_config_error_naming_them(pattern: str, reason: str) -> None:
    with pytest.raises(ConfigError) as exc:
        Cleaner(boilerplate={"extra_patterns": ["photo: .{0,40}", pattern]})
    msg = str(exc.value)
    assert reason in msg and repr(pattern) in msg and "\n" not in msg
    with pytest.raises(ConfigError, match=r"refused|not a valid"):
        Patterns.builtin().with_extra([pattern])


@pytest.mark.parametrize(
    "pattern",
    [
        r"sponsored by \w+",
        r"photo: .{0,40}",
        r"(?:\d{3})+ views",
        r"follow \p{L}+(?: \w+)? now",
        r"(?:ab|cd)+ x",
        r".*a.*b.*c",
    ],
)
def test_safe_user_patterns_near_the_refused_shapes_are_accepted(pattern: str) -> None:
    Cleaner(boilerplate={"extra_patterns": [pattern]})


def test_unsafe_user_pattern_in_a_config_file_is_a_cli_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[boilerplate]\nextra_patterns = ["(a+)+b"]\n', encoding="utf-8")
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE[0] + "\n", encoding="utf-8")
    code = main(["clean", str(src), "--config", str(cfg), "-o", str(tmp_path / "out.txt")])
    err = capsys.readouterr().err
    assert code in (1, 2) and "'(a+)+b'" in err and "Traceback" not in err


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_eight_threads_give_the_same_results_as_one(preset: str) -> None:
    """The built-in patterns carry no clock: a loaded machine cannot make them fail."""
    pages = [
        _page(MENU, ARTICLE[: k % 4 + 1], ["Share this", "12 Comments"], FOOTER) * (k % 3 + 1)
        for k in range(8)
    ]
    pages += ["Updated 12 May 2024 at 10 am " * 7, "0 " * 3000, "Photo: " + "a " * 90]
    if DEV_PAGES.exists():  # real pages: with a 50 ms regex clock these raised TimeoutError
        with DEV_PAGES.open(encoding="utf-8") as f:
            pages += [json.loads(line)["text"] for line in itertools.islice(f, 24)]
    one = [cleantext.clean(p, preset=preset) for p in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(lambda p: cleantext.clean(p, preset=preset), pages)) == one


def test_every_boilerplate_rule_is_registered_and_switchable() -> None:
    page = _page(MENU, ARTICLE, ["Read more"], FOOTER)
    names = ["ui-strings", "extract-head", "extract-tail", "extract-menu", "extract-related"]
    for name in [*names, "site-boilerplate"]:
        assert get_rule(name).step == "boilerplate"
    off = Cleaner(preset="extract", disable=names)
    assert off.clean(page) == page


def test_extract_keeps_article_drops_menu_and_footer() -> None:
    page = _page(MENU, ["Bridge to close"], ARTICLE, ["Related articles"], MENU[:3], FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    out = doc.text
    for para in ARTICLE:
        assert para in out
    for junk in [*MENU, *FOOTER, "Related articles"]:
        assert junk not in out.splitlines()
    assert replay(page, doc.edits) == out
    rules = {e.rule for e in doc.edits}
    assert {"extract-head", "extract-tail"} <= rules
    assert all(e.note for e in doc.edits if e.rule.startswith("extract"))


def test_extract_stops_before_comments() -> None:
    comments = [
        "3 Comments",
        "jane42 says:",
        "November 19, 2019 at 6:44 am",
        "I have lived in this town for thirty years and I think that the council is wrong "
        "about this, because the bridge is still strong enough for cars and for the buses.",
        "bob_k says:",
        "November 19, 2019 at 7:02 am",
        "It is about time they did something about that old bridge, it has been falling "
        "apart for years and nobody in the council wanted to spend any money on it at all.",
    ]
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, comments))
    assert ARTICLE[-1] in out
    assert "thirty years" not in out and "jane42" not in out


def test_extract_notes_say_why_each_region_went() -> None:
    """explain shows the reason: what the removed lines scored, where the content is, and the
    comment heading that ended the article."""
    from cleantext.boilerplate import find_main_content

    comments = ["3 Comments", "jane42 says:", ARTICLE[0].replace("council", "mayor")]
    page = _page(MENU, ARTICLE, comments)
    notes = {e.rule: e.note for e in find_main_content(page)}
    assert notes["extract-head"].startswith("6 lines before the main content scored -")
    assert "the main content is lines 13-19" in notes["extract-head"]
    assert "the heading '3 Comments' at line 21 ends the article" in notes["extract-tail"]
    # without a comment heading the tail note gives the score only
    notes = {e.rule: e.note for e in find_main_content(_page(ARTICLE, FOOTER))}
    assert "ends the article" not in notes["extract-tail"]
    assert notes["extract-tail"].startswith("3 lines after the main content scored -")


def test_extract_removes_inline_related_box_and_keeps_the_rest() -> None:
    box = ["Related Stories", "Mayor Opens New Park", "Council Election Results"]
    page = _page(MENU, ARTICLE[:2], box, ARTICLE[2:], FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    for para in ARTICLE:
        assert para in doc.text
    for line in box:
        assert line not in doc.text
    assert "extract-related" in {e.rule for e in doc.edits}


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_cleaning_twice_changes_nothing_more(preset: str) -> None:
    box = ["Related Stories", "Mayor Opens New Park", "Council Election Results"]
    page = _page(MENU, ["Bridge to close", "12 Comments"], ARTICLE[:2], box, ARTICLE[2:], FOOTER)
    once = cleantext.clean(page, preset=preset)
    assert cleantext.clean(once, preset=preset) == once


def test_extract_on_text_without_prose_changes_nothing() -> None:
    text = "Home\nNews\nSport\n"
    assert Cleaner(preset="extract").clean(text) == text


def test_extract_other_language_uses_its_stopwords() -> None:
    article = [
        "Le conseil municipal a voté mardi la fermeture du vieux pont sur la rivière, qui est "
        "en service depuis plus d'un siècle et qui est devenu trop fragile pour les bus.",
        "Les habitants ont dit qu'ils étaient inquiets du long détour que la fermeture allait "
        "leur imposer, ainsi qu'aux commerces du centre-ville qui vivent du passage.",
        "Le maire a promis qu'un nouveau pont serait construit avant la fin de la décennie et "
        "qu'un bac fonctionnerait en attendant pour les piétons et les cyclistes.",
    ]
    menu = ["Accueil", "Actualités", "Sport", "Économie", "Météo", "Nous contacter"]
    footer = ["Mentions légales", "Politique de confidentialité", "© 2024 Exemple Média"]
    out = Cleaner(preset="extract").clean(_page(menu, article, footer))
    assert out == "\n\n".join(article) + "\n"  # the article, whole, and nothing else
    assert Stopwords.load().detect(" ".join(article)) == "fr"


STEPS = [
    "1) Turn off the water at the main valve under the sink",
    "2) Unscrew the old tap, keeping the washer",
    "3) Fit the new tap, then tighten it by hand",
    "4) Turn the water back on and check for leaks",
    "5) Wipe the sink, and recycle the old tap",
]
TEASERS = [
    "Mayor Opens New Park",
    "Council Election Results",
    "Five Things To Do This Weekend",
    "Local Team Wins Cup",
    "New Cafe On High Street",
]


def test_extract_keeps_a_list_that_continues_the_article() -> None:
    page = _page(MENU, ARTICLE, STEPS, FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    for line in [*ARTICLE, *STEPS]:
        assert line in doc.text
    for junk in FOOTER:
        assert junk not in doc.text
    # a numbered list is no menu, even when it sits between two paragraphs
    page = _page(MENU, ARTICLE[:2], STEPS, ARTICLE[2:], FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    assert all(line in doc.text for line in STEPS)
    assert "extract-menu" not in {e.rule for e in doc.edits}


def test_extract_drops_a_headline_list_after_the_article() -> None:
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, TEASERS, FOOTER))
    assert all(line in out for line in ARTICLE)
    assert not any(line in out for line in TEASERS)
    # "Label: value" lines of a known UI label are metadata, not list items
    meta = ["Tags: bridge, council, river, buses", "Topics: roads, town, weather, news"]
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, meta, STEPS[:2], FOOTER))
    assert "Tags:" not in out


def test_extract_list_may_have_sentence_lines_between_items() -> None:
    plan = []
    for meal in ["Breakfast", "Lunch", "Snack", "Dinner"]:
        plan += [meal, "Eat it an hour before your run", "2 eggs, 1 slice of toast, 1 cup of tea"]
        plan += ["Containers: 1 green, 1 red"]
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, plan, FOOTER))
    assert all(line in out for line in plan)
    assert not any(line in out for line in FOOTER)
    # sentence lines alone make no list: lower-case headlines after the article still go
    teasers = [
        "Council says the old bridge will close in May",
        "Mayor opens a new park by the river",
        "Five things to do in the town this weekend",
        "Local team wins the cup after a long wait",
        "A new cafe opens on the high street",
        "Why the buses are late again this week",
    ]
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, teasers, FOOTER))
    assert all(line in out for line in ARTICLE)
    assert not any(line in out for line in teasers)


def test_extract_page_whose_article_is_a_list() -> None:
    # no paragraph of prose to speak of: the list of dated rounds is the content
    rounds = [
        f"Round {i}: {d} May – {town}"
        for i, (d, town) in enumerate(
            [(3, "Leeds"), (10, "York"), (17, "Hull"), (24, "Bath"), (31, "Ely")], 1
        )
    ]
    rounds += [
        f"Round {i}: {d} June – {town}"
        for i, (d, town) in enumerate(
            [(7, "Derby"), (14, "Crewe"), (21, "Poole"), (28, "Wells")], 6
        )
    ]
    rounds += ["* Dates may change, as they often do in this series", "* Final: 5 July, Leeds"]
    side = ["Click the picture above to see how the league table looks this week for every team."]
    page = _page(MENU, ["Race Calendar 2024"], rounds, FOOTER[:2], side, FOOTER[2:])
    out = Cleaner(preset="extract").clean(page)
    assert all(line in out for line in rounds)
    assert "league table" not in out and "Privacy Policy" not in out
    # a short article keeps its place over a numbered list of headlines
    short = [ARTICLE[0], ARTICLE[1]]
    heads = [f"{i}. {t}: 2 weeks, 3 days" for i, t in enumerate([*TEASERS, *TEASERS], 1)]
    out = Cleaner(preset="extract").clean(_page(MENU, short, ["Most Read"], heads, FOOTER))
    assert all(line in out for line in short)
    assert not any(line in out for line in heads)


def test_extract_keeps_a_first_paragraph_without_its_full_stop() -> None:
    lead = "The town council has voted to close the old bridge over the river at the end of May"
    out = Cleaner(preset="extract").clean(_page(MENU, [lead], ARTICLE, FOOTER))
    assert lead in out
    # a headline in Title Case or an image caption before the article is no paragraph
    headline = "Town Council Votes To Close The Old Bridge Over The River In May"
    caption = "The old bridge over the river seen from the town hall at dawn Credit: Jane Doe"
    out = Cleaner(preset="extract").clean(_page(MENU, [headline, caption], ARTICLE, FOOTER))
    assert headline not in out and caption not in out
    assert all(line in out for line in ARTICLE)


def test_learned_profile_removes_a_footer_no_pattern_knows(tmp_path: Path) -> None:
    footer = "Valley Gazette is printed on recycled paper by Hill Press Ltd."
    stories = [
        "The river rose by two metres overnight and the town closed the bridge.",
        "A new school opened on Monday with three hundred pupils.",
        "The bakery on the square won a prize for its bread this year.",
        "Farmers said that the dry summer cut the harvest by a third.",
    ]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i, story in enumerate(stories):
            rec = {
                "url": f"https://www.valley-gazette.example/{i}",
                "text": f"{story}\n\n{footer}\n",
            }
            f.write(json.dumps(rec) + "\n")
        # another site: its lines are not learned for the gazette
        f.write(json.dumps({"url": "https://other.example/a", "text": stories[0]}) + "\n")
    new_page = "The fair opens on Saturday with rides and music.\n\n" + footer + "\n"
    assert footer in cleantext.clean(new_page)  # no built-in pattern knows it

    profile_path = tmp_path / "site-profile.json"
    assert main(["learn-boilerplate", str(corpus), "-o", str(profile_path)]) == 0
    data = json.loads(profile_path.read_text(encoding="utf-8"))
    assert list(data["sites"]) == ["valley-gazette.example"]

    page_in = tmp_path / "page.txt"
    page_in.write_text(new_page, encoding="utf-8")
    page_out = tmp_path / "page.clean.txt"
    assert main(["clean", str(page_in), "--profile", str(profile_path), "-o", str(page_out)]) == 0
    assert (
        page_out.read_text(encoding="utf-8") == "The fair opens on Saturday with rides and music.\n"
    )

    # the same from Python
    doc = Cleaner(boilerplate={"site_profile": str(profile_path)}).clean_document(new_page)
    assert footer not in doc.text
    assert next(e.rule for e in doc.edits if e.is_removal) == "site-boilerplate"
    off = Cleaner(boilerplate={"site_profile": str(profile_path)}, disable=["site-boilerplate"])
    assert footer in off.clean(new_page)


def test_learn_profile_needs_several_distinct_pages() -> None:
    same_url = [("https://a.example/1", "Footer line here.")] * 5
    assert learn_profile(same_url).sites == {}
    pages = [(f"https://a.example/{i}", "Footer line here.") for i in range(2)]
    assert learn_profile(pages).sites == {}


def test_learn_profile_needs_a_share_of_a_big_site() -> None:
    def pages(n: int) -> list[tuple[str, str]]:
        out = [(f"https://big.example/{i}", f"Story {chr(65 + i % 26)}{i}.") for i in range(n)]
        for i in range(3):  # a quote shared by three stories only
            out[i] = (out[i][0], out[i][1] + "\nAs the mayor put it, it is a great day.")
        return out

    assert learn_profile(pages(20)).keys("big.example")
    assert not learn_profile(pages(40)).keys("big.example")
    assert learn_profile(pages(40), min_share=0.05).keys("https://www.big.example/x")


def test_bad_profile_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("Text.\n", encoding="utf-8")
    assert main(["clean", str(page), "--profile", str(bad)]) == 1
    assert "site profile" in capsys.readouterr().err


def test_find_ui_lines_edits_apply_cleanly() -> None:
    text = "Story.\n\n197 Shares\nTweet\nShare\n\nMore story.\n\nRead more"
    edits = find_ui_lines(text, Patterns.builtin())
    assert apply_edits(text, edits) == "Story.\n\nMore story."


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        (
            "Cookies help us deliver our services. By using our services, you agree to our use "
            "of cookies.",
            True,
        ),
        ("Continuer la lecture", True),
        (
            "By using cookies, advertisers can follow you across the web, and you agree to "
            "nothing.",
            False,
        ),
        ("The EU regulates the use of cookies on websites since 2009.", False),
    ],
)
def test_light_consent_notice_and_read_more_lines(line: str, removed: bool) -> None:
    text = "The story itself, told in a full sentence.\n\n" + line
    out = cleantext.clean(text)
    assert (line not in out) is removed
    assert out.startswith("The story itself")


def test_light_keeps_the_paragraph_break_after_removed_last_lines() -> None:
    page = "Accueil\nSport\nSe connecter\nS'abonner\n\nLe titre de l'article\n\nTweeter\n\nTexte."
    out = cleantext.clean(page)
    assert out == "Accueil\nSport\n\nLe titre de l'article\n\nTexte."


def _tricky_texts() -> list[str]:
    """Lines built from characters where whole-text and per-line processing could differ."""
    import random

    rnd = random.Random(7)
    alphabet = [
        *"aZß0९5 .,:;|»›>'’‘`´-\t\r\x0b\x1c\x85\u2028\u00a0\u202f©&+日本한",
        "Read more", "12 Comments", "Updated 12 May", "All rights reserved", "Share",
        "we use cookies to", "Related: ", "newsletter", "1,200 shares", "Photo: AP",
    ]  # fmt: skip
    texts = []
    for _ in range(300):
        rows = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 12))) for _ in range(6)]
        texts.append("\n".join(rows))
    return texts


def test_whole_text_passes_equal_the_per_line_functions() -> None:
    """normalize_lines, match_lines, keyword_lines and line_stats (one pass over a text) give
    what the per-line functions give, line by line, with and without user patterns."""
    from cleantext.boilerplate.patterns import normalize_line, normalize_lines

    builtin = Patterns.builtin()
    user = builtin.with_extra([r"photo: .{0,40}"])
    sw = Stopwords.load()
    for text in _tricky_texts():
        rows = text.split("\n")
        keys = [normalize_line(r) for r in rows]
        assert normalize_lines(text) == keys, text
        for p in (builtin, user):
            per_line = [p.match(r, k) for r, k in zip(rows, keys, strict=True)]
            assert p.match_lines(text) == per_line, text
            strong = [None if m is None or m.strength == "hint" else m for m in per_line]
            assert p.match_lines(text, hints=False) == strong, text
        assert p.keyword_lines(keys) == {
            i for i, k in enumerate(keys) if k and p.has_keyword(rows[i], k)
        }
        for lang in ("en", "ja", None):
            counts, dens = sw.line_stats(text, lang)
            assert counts == [len(words(r)) for r in rows]
            assert dens == [sw.density(r, lang) for r in rows]


def test_match_lines_finds_lines_by_first_word_and_required_text() -> None:
    """match_lines tries a line against the patterns only if its first word and its text
    fit some pattern: every line that a pattern matches must still be found, and a line
    that starts like a pattern but lacks its text is not matched."""
    p = Patterns.builtin()
    ui = [
        "0 comments", "1.2K Shares", "12 Comments", "More from The Verge", "© 2024 Example",
        "Copyright © 2024 Example Inc.", "Copyright Example 2020, all rights reserved",
        "Error 404 - Page not found", "Showing all 3 comments",
        "2020 Le Monde - Tous droits réservés", "Updated 12 May 2024", "Photo: AP",
    ]  # fmt: skip
    near = ["I like it", "more or less", "0 and 1", "Error bars were small.", "all in all"]
    text = "\n".join(ui + near)
    per_line = [p.match(r) for r in text.split("\n")]
    assert all(m is not None for m in per_line[: len(ui)])
    assert per_line[len(ui) :] == [None] * len(near)
    assert p.match_lines(text) == per_line
    strong = [None if m is None or m.strength == "hint" else m for m in per_line]
    assert p.match_lines(text, hints=False) == strong


def test_no_cjk_character_comes_before_the_quick_check_bound() -> None:
    """may_have_cjk skips texts whose largest character is below CJK_FIRST: sound only if no
    character of the scripts the CJK patterns look for is below it."""
    from cleantext.boilerplate.stopwords import CJK_FIRST
    from cleantext.tokens import CJK as cjk

    below = "".join(map(chr, range(ord(CJK_FIRST))))
    assert cjk.search(below) is None
    assert cjk.match(CJK_FIRST)


def test_every_cjk_character_is_in_the_quick_check_blocks() -> None:
    """may_have_cjk looks only for the Unicode blocks of the CJK scripts (with the standard
    ``re`` module): sound only if every character that the CJK patterns (``regex`` module,
    its own Unicode data) match is in one of them, checked for every code point."""
    from cleantext.boilerplate.stopwords import may_have_cjk
    from cleantext.tokens import CJK as cjk

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = cjk.findall(every)
    assert len(found) > 100_000
    assert [c for c in found if not may_have_cjk(c)] == []
    assert not may_have_cjk("Café “quoted” — naïve…")


def test_re_twins_match_what_the_regex_classes_match_below_the_limit() -> None:
    """The standard-re twins of the regex classes the whole-text passes use agree with
    them on every code point below LIMIT, and the passes that use them on texts of such
    code points give what the per-line regex functions give."""
    import random
    import re

    import regex

    from cleantext.boilerplate.patterns import normalize_line, normalize_lines
    from cleantext.boilerplate.twins import LIMIT, low, twin

    for cls in (r"\p{L}\p{N}", r"\p{L}\p{N}\p{M}'’", r"\p{Nd}", r"\p{L}\p{N}\s©'&+"):
        fast, slow = re.compile(f"[{twin(cls)}]"), regex.compile(f"[{cls}]")
        differ = [c for c in map(chr, range(LIMIT)) if bool(fast.match(c)) != bool(slow.match(c))]
        assert differ == [], cls
    rnd = random.Random(3)
    low_chars = [chr(c) for c in range(LIMIT)]
    sw = Stopwords.load()
    for _ in range(200):
        rows = ["".join(rnd.choices(low_chars, k=rnd.randint(0, 30))).replace("\n", " ")
                for _ in range(4)]  # fmt: skip
        text = "\n".join(rows)
        assert low(text)
        assert normalize_lines(text) == [normalize_line(r) for r in rows], text
        counts, _ = sw.line_stats(text, "en")
        assert counts == [len(words(r)) for r in rows], text
    assert not low("a 東京")


COMMENT_THREAD = [
    "jane42",
    "I have lived in this town for thirty years and I think that the council is wrong about "
    "this, because the bridge is still strong enough for cars and for the buses.",
    "Report this comment",
    "bob_k",
    "It is about time they did something about that old bridge, it has been falling apart "
    "for years and nobody in the council wanted to spend any money on it at all.",
    "Report this comment",
]


@pytest.mark.parametrize(
    "heading", ["Comments", "Comments (33): Post Comment", "There are 12 comments.", "COMMENTS 4"]
)
def test_extract_stops_at_comment_headings_that_were_unknown(heading: str) -> None:
    """Issue 14, pattern 3: a bare "Comments" or a counter heading ends the article."""
    out = Cleaner(preset="extract").clean(_page(MENU, ARTICLE, [heading], COMMENT_THREAD))
    assert ARTICLE[-1] in out
    assert "thirty years" not in out and "Report this" not in out


def test_comment_vocabulary_near_misses_stay() -> None:
    """Near misses: sentences about comments are article text, and light keeps them."""
    inside = [
        "Comments from residents were mixed, and there are 12 comments on the plan so far, "
        "the council said on Tuesday evening.",
        "There are 12 comments on the proposal, most of them from people who live nearby.",
    ]
    page = _page(ARTICLE[:2], inside, ARTICLE[2:])
    assert all(line in Cleaner(preset="extract").clean(page) for line in inside)
    assert cleantext.clean(page) == page


CONSENT_BANNER = [
    "Example Media and our partners would like to process and share personal data.",
    "We and our partners store and/or access information on a device, such as cookies, and "
    "process personal data, such as unique identifiers and standard information sent by a "
    "device for personalised ads and content, ad and content measurement, and audience "
    "insights, as well as to develop and improve products.",
    "With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning.",
    "Some partners do not ask for your consent to process your data, instead, they rely on "
    "their legitimate business interest.",
    "Manage your consent",
]


@pytest.mark.parametrize("banner_first", [False, True])
def test_extract_short_article_beats_a_consent_banner(banner_first: bool) -> None:
    """Issue 14, pattern 1: a two-paragraph article is kept, the longer consent banner goes
    (wherever it is on the page); its wording is known in many languages (data file)."""
    parts = (
        [MENU, CONSENT_BANNER, ARTICLE[:2]] if banner_first else [MENU, ARTICLE[:2], CONSENT_BANNER]
    )
    out = Cleaner(preset="extract").clean(_page(*parts))
    assert ARTICLE[0] in out and ARTICLE[1] in out
    assert "partners" not in out and "consent" not in out


@pytest.mark.parametrize(
    "line",
    [
        "Einige Partner fragen nicht nach Ihrer Einwilligung, sondern Informationen auf einem "
        "Gerät speichern und/oder abrufen ist für sie ein berechtigtes Interesse.",
        "Nous et nos partenaires utilisons des données de géolocalisation précises.",
    ],
)
def test_consent_vocabulary_in_other_languages(line: str) -> None:
    from cleantext.boilerplate.patterns import normalize_line

    assert Patterns.builtin().consent_lines([normalize_line(line)]) == {0}


def test_articles_about_consent_rules_stay() -> None:
    """Near miss: an article about privacy law uses the words, not the banner's phrases."""
    article = [
        "The regulator said on Tuesday that companies must ask before they process and share "
        "the personal data of their customers, and that consent must be freely given.",
        "Firms that show personalised adverts will have to let users manage their consent "
        "settings in one place, and the rules will apply to every device they own.",
        "Several companies said that the rules would cost them money, but the regulator said "
        "that they had been given more than two years to prepare for the change.",
    ]
    out = Cleaner(preset="extract").clean(_page(MENU, article, FOOTER))
    assert all(line in out for line in article)


@pytest.mark.parametrize(
    "message",
    [
        ["404 : Page Not Found", "Sorry, we couldn't find that page."],
        ["Seite nicht gefunden"],
        ["Error 404", "The page you are looking for does not exist."],
        ["403 Forbidden", "Access denied", "You don't have permission to access this page."],
        ["This article is no longer available", "It has been removed for legal reasons."],
        ['0 results found for "tram timetable"', "Check the spelling and try again."],
        ["Zugriff verweigert"],
    ],
)
def test_extract_removes_an_error_page_whole(message: list[str]) -> None:
    """Issue 14, pattern 5: an error page has no article; explain says why it went."""
    from cleantext.boilerplate import find_main_content

    page = _page(MENU, message, ["Search", "Most read", "Weather"], FOOTER)
    assert Cleaner(preset="extract").clean(page) == ""
    (edit,) = find_main_content(page)
    assert edit.note.startswith("error page: ") and "below 80" in edit.note


def test_an_article_about_error_pages_is_not_an_error_page() -> None:
    """Near misses: an article with a "404" line in it, and a page without prose but
    without an error message, are not error pages."""
    page = _page(MENU, ARTICLE[:2], ["Error 404"], ARTICLE[2:], FOOTER)
    out = Cleaner(preset="extract").clean(page)
    assert all(line in out for line in ARTICLE)
    no_prose = _page(MENU, ["Search", "Most read"])
    assert Cleaner(preset="extract").clean(no_prose) == Cleaner(preset="light").clean(no_prose)


def test_soft_notices_and_found_results_are_no_error_pages() -> None:
    """Near misses (session 17): a JavaScript notice and an article-limit notice can sit on a
    page that has its article, and a search that found something is a listing, so none of
    them makes the page an error page."""
    for notice in [
        "Please enable JavaScript to view this site.",
        "You have reached your article limit",
    ]:
        page = _page(MENU, [notice], ARTICLE, FOOTER)
        out = Cleaner(preset="extract").clean(page)
        assert all(line in out for line in ARTICLE)
    listing = _page(MENU, ['14 results found for "tram timetable"', "Search", "Most read"])
    assert Cleaner(preset="extract").clean(listing) == Cleaner(preset="light").clean(listing)


NON_LATIN = {
    "zh": (
        [
            "首页",
            "新闻",
            "体育",
            "老桥关闭引发居民不满，市政府回应称将尽快公布新桥建设的详细时间表和具体的交通方案",
        ],
        [
            "北京市政府周二宣布，将在今年年底前关闭这座已有百年历史的老桥，因为它已经无法承受公共汽车的重量。",
            "附近的居民表示，他们担心封桥之后需要绕很远的路，市中心依靠过往客流的商店也会受到影响。",
            "市长说，新桥将在十年内建成，在此期间将为步行和骑自行车的人开通渡轮服务。",
        ],
        [
            "相关阅读",
            "新桥计划公布，渡轮服务将在下个月开通，市民可以免费乘坐往返于两岸之间的渡船",
            "版权所有 © 2024",
        ],
    ),
    "ru": (
        ["Главная", "Новости", "Спорт", "Экономика"],
        [
            "Городской совет во вторник проголосовал за закрытие старого моста через реку, который "
            "используется уже более ста лет и больше не выдерживает автобусы.",
            "Жители сказали, что их беспокоит длинный объезд, который придется делать после "
            "закрытия, и магазины в центре города, которые зависят от проезжающих покупателей.",
            "Мэр сообщил, что новый мост будет построен к концу десятилетия, а пока для пешеходов "
            "и велосипедистов будет работать паром.",
        ],
        ["Читайте также", "Мэр рассказал о планах на новый мост", "Все права защищены"],
    ),
    "ar": (
        ["الرئيسية", "أخبار", "رياضة", "اقتصاد"],
        [
            "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم فوق النهر، والذي يستخدم منذ أكثر "
            "من قرن ولم يعد يتحمل وزن الحافلات.",
            "وقال السكان إنهم قلقون من الطريق الطويل الذي سيضطرون لسلوكه بعد الإغلاق، "
            "ومن تأثير ذلك على المتاجر في وسط المدينة.",
            "وقال رئيس البلدية إن جسرا جديدا سيبنى بحلول نهاية العقد، "
            "وإن عبارة ستعمل في هذه الأثناء للمشاة وراكبي الدراجات.",
        ],
        ["اقرأ أيضا", "العمدة يكشف خطط الجسر الجديد", "جميع الحقوق محفوظة"],
    ),
}


@pytest.mark.parametrize("lang", sorted(NON_LATIN))
def test_extract_on_non_latin_pages(lang: str) -> None:
    """Issue 14, pattern 4: Chinese (with long teaser links), Russian and Arabic (no stopword
    list) pages keep their article and lose menus, teasers and footers."""
    head, article, tail = NON_LATIN[lang]
    out = Cleaner(preset="extract").clean(_page(head, article, tail))
    assert [line for line in out.split("\n") if line] == article


def test_extract_keeps_both_halves_around_a_long_related_box() -> None:
    """Issue 14, pattern 2: a 20-line "Related articles" box in the middle of the story no
    longer cuts it in two (one half went as head or tail); the box goes as extract-related."""
    box = ["Related articles"] + [f"Headline number {i} about something else" for i in range(20)]
    page = _page(MENU, ARTICLE[:2], box, ARTICLE[2:], FOOTER)
    out = Cleaner(preset="extract").clean(page)
    assert all(line in out for line in ARTICLE)
    assert "Headline number" not in out and "Related articles" not in out


def test_a_related_box_followed_by_teasers_is_not_bridged() -> None:
    """Near miss: after the box come teasers (headline, one excerpt, headline...), not the
    story going on: the box is not bridged into the article (the story is not joined to
    them), while the same box with the story going on after it is."""
    from cleantext.boilerplate.extract import WEIGHTS, _bridges, classify_lines

    teaser = (
        "The festival returns to the park this summer with more stages than ever before, and "
        "the organisers expect record crowds on every one of its three days."
    )
    box = [
        "More stories",
        "Festival returns",
        teaser,
        "Schools reopen",
        teaser.replace("park", "square"),
    ]
    teasers = classify_lines(_page(MENU, ARTICLE, box, FOOTER))
    assert _bridges(teasers, WEIGHTS) == {}
    story = classify_lines(_page(MENU, ARTICLE[:2], box[:2], ARTICLE[2:], FOOTER))
    assert len(_bridges(story, WEIGHTS)) == 1


def test_a_host_with_a_trailing_dot_is_the_same_site() -> None:
    """'example.com.' (the fully qualified form) names the same site as 'example.com', when
    learning, when looking up by URL or by bare host, and in a hand-written profile."""
    pages = [(f"https://a.example./{c}", f"Story {c}.\nFooter of site A.") for c in "xyz"]
    profile = learn_profile(pages)
    assert list(profile.sites) == ["a.example"]
    for host in ("a.example", "a.example.", "https://WWW.A.example./x", "A.Example."):
        assert profile.keys(host) == {"footer of site a"}, host
    assert not profile.keys("b.example.")  # near miss: another site
    written = SiteProfile.from_dict(
        {"format": "cleantext-site-profile", "sites": {"WWW.A.example.": {"lines": ["x"]}}}
    )
    assert written.keys("https://a.example/1") == {"x"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Tokyo", " ", "（", "）", "東京", "。", "한", "ก", "〜", "\U00020000", "・", "é", "\n"]
        ),
        max_size=10,
    ).map("".join)
)
def test_has_cjk_answers_as_the_cjk_pattern(text: str) -> None:
    """``tokens.has_cjk`` looks only in the runs of the CJK scripts' blocks: what the plain
    search over the whole text finds (every CJK character is in a block: the test above)."""
    from cleantext.tokens import CJK as cjk
    from cleantext.tokens import has_cjk

    assert has_cjk(text) == (cjk.search(text) is not None)


def test_has_cjk_positive_and_near_miss() -> None:
    """A CJK word in brackets of the blocks is found; the brackets alone are not."""
    from cleantext.tokens import has_cjk

    assert has_cjk("Tokyo （東京）") and not has_cjk("Tokyo （Japan） 〜")
