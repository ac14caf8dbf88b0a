"""Issue 14 pattern 4 (``unlisted-tail``): a short last paragraph with its full stop that has
no word of the page's stopword list. Turkish and Finnish function words are mostly suffixes,
and a Malay sentence may have none of the Indonesian list's words: such a six-word closing
sentence was "short" and went as extract-tail. Near misses: a title-case line, a teaser cut
with "...", a line under six words, the switch off. The sentences are
written for these tests."""

from __future__ import annotations

from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import classify_lines

STORY = [
    "Ayvalık yakınlarındaki yedi köyün üreticileri, zeytinlerini aracıya satmak yerine ortak "
    "bir sıkımhanede kendi yağlarını üretmeye başladı.",
    "Kooperatifin başkanı Hatice Yıldız, fikrin üç yıl önce düşen fiyatlar sırasında doğduğunu "
    "anlatıyor. Köylüler o yıl zeytinlerini maliyetin altında satmak zorunda kalmış, birçok "
    "genç aile bahçelerini bırakmayı düşünmüştü.",
    "Ziraat mühendisi Murat Demir, küçük üreticilerin birlikte hareket etmesinin kaliteyi de "
    "yükselttiğini belirtiyor. Demir'e göre erken hasat sayesinde yağın asitliği düşük kalıyor.",
]
LAST = "Kooperatif gelecek yıl kompost üretimine başlayacak."
MENU = ["Ana Sayfa", "Gündem", "Ekonomi", "Spor"]
AFTER = ["Paylaş", "Facebook", "WhatsApp", "Künye", "İletişim"]


def _extract(lines: list[str], off: tuple[str, ...] = ()) -> str:
    cfg = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(Config.from_dict(cfg)).clean("\n".join(lines) + "\n")


def test_the_short_last_paragraph_has_no_listed_word() -> None:
    infos = classify_lines("\n".join([*STORY, LAST]))
    assert infos[-1].density == 0.0 and infos[-1].kind == "short"


def test_a_turkish_story_keeps_its_short_last_paragraph() -> None:
    out = _extract([*MENU, *STORY, LAST, *AFTER])
    assert LAST in out and all(line in out for line in STORY)
    assert "Paylaş" not in out and "Gündem" not in out  # near miss: the share bar, the menu


def test_the_switch_takes_it_back() -> None:
    assert LAST not in _extract([*MENU, *STORY, LAST, *AFTER], ("unlisted-tail",))


def test_near_misses_stay_out() -> None:
    title = "Kooperatif Gelecek Yıl Kompost Üretimine Başlayacak."  # title case
    assert title not in _extract([*MENU, *STORY, title, *AFTER])
    teaser = "Kooperatif gelecek yıl kompost üretimine başlayacak..."  # a cut teaser
    assert teaser not in _extract([*MENU, *STORY, teaser, *AFTER])
    short = "Kooperatif kompost üretecek."  # under six words
    assert short not in _extract([*MENU, *STORY, short, *AFTER])
