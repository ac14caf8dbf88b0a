"""``cleantext explain --html``: the page is rendered in headless Chromium and checked.

The browser tests need Debian's ``chromium`` (``.ci/run`` installs it); without it they skip
with that reason. The page is checked twice: a probe script measures what the browser computed
(struck-through spans, colours, where the duplicate link points), and a screenshot is decoded
to check that each rule's colour is really painted.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

import numpy as np
import pytest

from _servers import missing
from cleantext import Cleaner
from cleantext.report_html import render_html, rule_colors

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def chromium_found() -> str:
    """The browser, or a skip (a failure under ``make test``, whose set-up installs it)."""
    if CHROMIUM is None:
        missing("chromium not installed (apt-get install chromium; .ci/run does it)")
    assert CHROMIUM is not None
    return CHROMIUM


needs_chromium = pytest.mark.usefixtures("chromium_found")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "scraped_article_fr.txt"
# the rules that fire on the example (the two that must are checked below)
EXPECTED_RULES = set(Cleaner().clean_document(EXAMPLE.read_text(encoding="utf-8")).counts())

PROBE = """<pre id="probe"></pre><script>
const q = (s) => [...document.querySelectorAll(s)];
const res = {
  legend: q('#legend tr[data-rule]').map((tr) => ({
    rule: tr.dataset.rule, edits: +tr.cells[3].textContent, removed: +tr.cells[4].textContent,
    swatch: getComputedStyle(tr.querySelector('.swatch')).backgroundColor})),
  dels: q('#doc del.edit, #doc .repl > del').map((d) => ({
    rule: d.closest('[data-rule]').dataset.rule,
    line: getComputedStyle(d).textDecorationLine, color: getComputedStyle(d).color,
    text: d.textContent, height: d.getBoundingClientRect().height})),
  links: q('#doc a.dup').map((a) => {
    const t = document.querySelector(a.getAttribute('href'));
    return {found: !!t, linkTop: a.getBoundingClientRect().top,
            targetTop: t ? t.getBoundingClientRect().top : null,
            after: t && t.nextSibling ? t.nextSibling.textContent.slice(0, 40) : null};
  }),
  resources: performance.getEntriesByType('resource').length,
  output: document.getElementById('output').innerText,
};
document.getElementById('probe').textContent = JSON.stringify(res);
</script>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=90, check=False
    )


def read_png(path: Path) -> np.ndarray:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) to an RGB array."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    w = h = bpp = 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and interlace == 0 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
    rows = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(h, w * bpp + 1)
    out = np.zeros((h, w * bpp), dtype=np.int64)
    prev = np.zeros(w * bpp, dtype=np.int64)
    for y in range(h):
        f, cur = int(rows[y, 0]), rows[y, 1:].astype(np.int64)
        if f == 1:
            cur = np.cumsum(cur.reshape(w, bpp), axis=0).reshape(-1) % 256
        elif f == 2:
            cur = (cur + prev) % 256
        elif f in (3, 4):
            vals, up = cur.tolist(), prev.tolist()
            for x in range(w * bpp):
                a = vals[x - bpp] if x >= bpp else 0
                c = up[x - bpp] if x >= bpp else 0
                if f == 3:
                    pred = (a + up[x]) // 2
                else:
                    p = a + up[x] - c
                    pa, pb, pc = abs(p - a), abs(p - up[x]), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (up[x] if pb <= pc else c)
                vals[x] = (vals[x] + pred) % 256
            cur = np.array(vals, dtype=np.int64)
        out[y] = cur
        prev = cur
    return out.reshape(h, w, bpp)[:, :, :3].astype(np.uint8)


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    r = subprocess.run(
        [sys.executable, "-m", "cleantext.cli", "explain", str(EXAMPLE), "--html", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == "" and "wrote" in r.stderr
    return out


@needs_chromium
def test_page_shows_struck_spans_legend_and_duplicate_link(report: Path, tmp_path: Path) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(report.read_text().replace("</body>", PROBE + "</body>"))
    r = chromium("--dump-dom", probe.as_uri(), profile=tmp_path / "profile")
    assert r.returncode == 0, r.stderr[-2000:]
    start = r.stdout.index('<pre id="probe">') + len('<pre id="probe">')
    got = json.loads(html.unescape(r.stdout[start : r.stdout.index("</pre>", start)]))

    colors = rule_colors(sorted(EXPECTED_RULES))
    legend = {row["rule"]: row for row in got["legend"]}
    assert set(legend) == EXPECTED_RULES >= {"repeated-block", "ui-strings"}
    assert legend["repeated-block"]["edits"] == 1 and legend["repeated-block"]["removed"] > 1000
    for rule, row in legend.items():
        assert row["swatch"] == "rgb({}, {}, {})".format(*_rgb(colors[rule]))

    dels = {d["rule"]: d for d in got["dels"]}
    assert set(dels) == EXPECTED_RULES
    for d in got["dels"]:
        assert "line-through" in d["line"] and d["height"] > 0
        assert d["color"] == "rgb({}, {}, {})".format(*_rgb(colors[d["rule"]]))
    assert "Barbara Woodward" in dels["repeated-block"]["text"]
    assert "What's Your Reaction?" in dels["ui-strings"]["text"]
    if "capitalize-sentence" in dels:  # shown struck through next to the new capital
        assert dels["capitalize-sentence"]["text"] == "l"

    # the duplicate links to the kept copy, which is above it and starts the article
    [link] = got["links"]
    assert link["found"] and link["targetTop"] < link["linkTop"]
    assert link["after"].startswith("La Russie et l'Iran construisent")

    assert got["resources"] == 0  # self-contained: nothing fetched
    assert got["output"].count("Barbara Woodward") == 1


@needs_chromium
def test_screenshot_paints_each_rule_colour(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    r = chromium(
        f"--screenshot={shot}", "--window-size=1100,1500", report.as_uri(), profile=tmp_path / "p"
    )
    assert r.returncode == 0 and shot.exists(), r.stderr[-2000:]
    img = read_png(shot).astype(np.int64)
    assert img.shape == (1500, 1100, 3)
    for rule, color in rule_colors(sorted(EXPECTED_RULES)).items():
        close = (np.abs(img - np.array(_rgb(color))).sum(axis=2) < 30).sum()
        assert close > 150, f"{rule}: colour {color} painted on only {close} pixels"
    white = (img.sum(axis=2) == 765).mean()
    assert 0.3 < white < 0.98  # a page with content, not blank, not a solid block


def test_hostile_text_is_escaped_and_invisible_removals_visible() -> None:
    text = "<script>alert(1)</script>  x\u200by &amp; \x07z"
    page = render_html(Cleaner().clean_document(text))
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    assert "⟨U+200B⟩" in page  # a removed zero-width space is shown, not an empty mark
    assert "⟨U+0007⟩" in page


def test_lone_surrogates_and_no_edits_render() -> None:
    page = render_html(Cleaner().clean_document("ok \ud800 text"))
    page.encode("utf-8")  # writable as UTF-8
    assert "No edits" in render_html(Cleaner().clean_document("Plain sentence."))


def test_nested_edits_keep_every_input_character(example_text: str) -> None:
    doc = Cleaner().clean_document(example_text + "\n\n" + example_text.replace("  ", "   "))
    page = render_html(doc)
    body = page[page.index('id="doc">') : page.index('id="output"')]
    shown = html.unescape(re.sub(r"<a [^>]*>[^<]*</a>|<ins[^>]*>.*?</ins>|<[^>]+>", "", body))
    shown = shown.replace("↵\n", "\n").replace("·", " ")
    assert "".join(example_text.split()) in "".join(shown.split())


BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f", "\u061c"]  # fmt: skip


@pytest.mark.parametrize("ch", BIDI, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_controls_are_shown_never_applied(ch: str) -> None:
    # kept text, the cleaned text, a removed span (the repeated block) and the page title
    para = f"The file abc{ch}gnp.exe was attached to the message sent by the office today."
    text = f"{para}\n\n{para}\n"
    doc = Cleaner(dedup={"min_words": 5}).clean_document(text)
    assert any(e.rule == "repeated-block" for e in doc.edits)
    page = render_html(doc, title=f"report for abc{ch}gnp.exe")
    assert ch not in page
    mark = f"⟨U+{ord(ch):04X}⟩"
    assert page.count(f'<span class="cp" title="{unicodedata.name(ch)}">{mark}</span>') >= 3
    assert f"<title>report for abc{mark}gnp.exe</title>" in page


def test_other_format_characters_in_kept_text_stay() -> None:
    family = "\U0001f468\u200d\U0001f469"  # the ZWJ joins an emoji: not a bidi control
    page = render_html(Cleaner().clean_document(f"A {family} here.  Done."))
    assert family in page


@needs_chromium
def test_browser_shows_the_real_order(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(render_html(Cleaner().clean_document("Open abc\u202egnp.exe now.  Ok.")))
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "abc<span" in dom and "⟨U+202E⟩</span>gnp.exe" in dom and "\u202e" not in dom
