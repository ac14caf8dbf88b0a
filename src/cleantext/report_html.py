"""A self-contained HTML page that shows what the cleaner did to one document.

The page shows the *input* text with every edit marked in place: removed spans struck through
and coloured by rule, replacements as the struck-through original followed by the new text, a
legend with the number of edits and characters removed per rule, and, for duplicate blocks
(edits whose ``ref`` is set), a link to the earlier copy that was kept. Invisible characters
that were removed (zero-width spaces, control characters, blank lines) are shown as visible
symbols so that a removal is never an empty mark. Bidirectional controls (the right-to-left
override that makes ``abc\u202egnp.exe`` read "abcexe.png", embeddings, isolates and marks)
are shown everywhere as a marked ``⟨U+202E⟩``, never applied, so the page shows the text in
its real order. The page needs no network, script or font.

>>> from cleantext.pipeline import Cleaner
>>> page = render_html(Cleaner().clean_document("a  b"), title="demo")
>>> page.startswith("<!DOCTYPE html>"), 'data-rule="collapse-spaces"' in page
(True, True)
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cleantext.edits import Edit, map_to_source
from cleantext.pipeline import Document
from cleantext.rules import get_rule

__all__ = ["PALETTE", "render_html", "rule_colors"]

#: colours given to rules in the order they first appear (then reused)
PALETTE = (
    "#d62728",  # red
    "#1f77b4",  # blue
    "#2ca02c",  # green
    "#9467bd",  # purple
    "#ff7f0e",  # orange
    "#8c564b",  # brown
    "#e377c2",  # pink
    "#17becf",  # cyan
    "#7f7f7f",  # grey
    "#bcbd22",  # olive
)


@dataclass
class _Node:
    index: int
    edit: Edit
    start: int
    end: int
    children: list[_Node] = field(default_factory=list)


def rule_colors(rules: Sequence[str]) -> dict[str, str]:
    """A colour per rule name, stable for a given sorted set of names.

    >>> rule_colors(["b", "a"])
    {'a': '#d62728', 'b': '#1f77b4'}
    """
    return {r: PALETTE[i % len(PALETTE)] for i, r in enumerate(sorted(set(rules)))}


def _css_class(rule: str) -> str:
    return "rule-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in rule)


#: bidirectional formatting characters: embeddings and overrides (U+202A-202E), isolates
#: (U+2066-2069) and the marks (LRM, RLM, ALM), which reorder the text shown around them
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)


def _code_point(ch: str) -> str:
    """A visible, marked stand-in for ``ch`` (HTML)."""
    name = unicodedata.name(ch, "")
    title = f' title="{html.escape(name)}"' if name else ""
    return f'<span class="cp"{title}>⟨U+{ord(ch):04X}⟩</span>'


def _escape(text: str, shown: Callable[[str], bool]) -> str:
    """``text`` escaped, with each character for which ``shown`` is true as a code point."""
    out = []
    pos = 0
    for i, ch in enumerate(text):
        if shown(ch):
            out += [html.escape(text[pos:i]), _code_point(ch)]
            pos = i + 1
    return "".join(out) + html.escape(text[pos:]) if out else html.escape(text)


def _invisible(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cf", "Cs", "Zl", "Zp") or (cat == "Zs" and ch != " ")


def _unsafe(ch: str) -> bool:
    """Characters kept text cannot show as they are: controls, surrogates, bidi controls."""
    if ch in BIDI_CONTROLS:
        return True
    cat = unicodedata.category(ch)
    return cat == "Cs" or (cat == "Cc" and ch not in "\n\t")


def _removed_shown(text: str) -> str:
    """Text of a removed span, with invisible characters made visible (then escaped)."""
    if text and not text.strip(" "):
        return "·" * len(text)
    text = text.replace("\n", "↵\n").replace("\t", "⇥\t")
    return _escape(text, lambda ch: ch not in "\n\t" and _invisible(ch))


def _plain(text: str) -> str:
    """Kept text, escaped; characters HTML cannot carry, and bidi controls, are shown as code
    points.

    >>> _plain("abc\u202egnp.exe")
    'abc<span class="cp" title="RIGHT-TO-LEFT OVERRIDE">⟨U+202E⟩</span>gnp.exe'
    """
    return _escape(text, _unsafe)


def _attr(text: str) -> str:
    """Text for an attribute or the ``<title>``: escaped, bidi controls as code points."""
    return html.escape("".join(f"⟨U+{ord(c):04X}⟩" if c in BIDI_CONTROLS else c for c in text))


def _ref_spans(edits: Sequence[Edit]) -> dict[int, tuple[int, int]]:
    """For each edit with ``ref``: the earlier copy's span mapped back to the input."""
    groups: dict[int, list[Edit]] = {}
    for e in edits:
        groups.setdefault(e.pass_no, []).append(e)
    out = {}
    for i, e in enumerate(edits):
        if e.ref is None:
            continue
        earlier = [g for p, g in sorted(groups.items()) if p < e.pass_no]
        probe = Edit("ref", e.ref[0], e.ref[1], "")
        mapped = map_to_source(earlier, e.step, [probe])[0]
        out[i] = (mapped.source_start, mapped.source_end)
    return out


def _tree(edits: Sequence[Edit], size: int) -> list[_Node]:
    """Edits nested by their spans in the input (a later pass's edit contains earlier ones)."""
    nodes = [
        _Node(i, e, max(0, min(e.source_start, size)), max(0, min(e.source_end, size)))
        for i, e in enumerate(edits)
    ]
    nodes.sort(key=lambda n: (n.start, -n.end, -n.edit.pass_no))
    roots: list[_Node] = []
    stack: list[_Node] = []
    for n in nodes:
        while stack and (n.start >= stack[-1].end and not n.start == n.end == stack[-1].start):
            stack.pop()
        if stack:
            n.start = max(n.start, stack[-1].start)
            n.end = min(n.end, stack[-1].end)
            stack[-1].children.append(n)
        else:
            roots.append(n)
        if n.end > n.start:
            stack.append(n)
    return roots


class _Renderer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.refs = _ref_spans(doc.edits)
        self.anchors: dict[int, list[int]] = {}
        for i, (start, _end) in self.refs.items():
            self.anchors.setdefault(start, []).append(i)
        self.done: set[int] = set()
        self.colors = rule_colors([e.rule for e in doc.edits])

    def anchor(self, i: int) -> str:
        self.done.add(i)
        a, b = self.refs[i]
        return (
            f'<a class="kept" id="copy-{i}" href="#e{i}" '
            f'title="kept copy (chars {a}-{b}); a later duplicate was removed">▸ kept copy</a>'
        )

    def text(self, start: int, end: int, removed: bool) -> str:
        out = []
        pos = start
        cuts = sorted(p for p in self.anchors if start <= p < end)
        for p in [*cuts, end]:
            chunk = self.doc.source[pos:p]
            out.append(_removed_shown(chunk) if removed else _plain(chunk))
            if p < end:
                out += [self.anchor(i) for i in self.anchors[p] if i not in self.done]
            pos = p
        return "".join(out)

    def span(self, start: int, end: int, children: list[_Node], removed: bool) -> str:
        out = []
        pos = start
        for c in children:
            out.append(self.text(pos, c.start, removed))
            out.append(self.node(c))
            pos = max(pos, c.end)
        out.append(self.text(pos, end, removed))
        return "".join(out)

    def node(self, n: _Node) -> str:
        e = n.edit
        cls = f"edit {_css_class(e.rule)}"
        title = _attr(f"{e.rule} ({e.step})" + (f": {e.note}" if e.note else ""))
        attrs = f'id="e{n.index}" data-rule="{html.escape(e.rule)}" title="{title}"'
        inner = self.span(n.start, n.end, n.children, removed=True)
        if n.start == n.end:
            return f'<ins class="{cls}" {attrs}>{_removed_shown(e.after)}</ins>'
        if not e.after:
            link = ""
            if n.index in self.refs:
                a, b = self.refs[n.index]
                link = (
                    f'<a class="dup {_css_class(e.rule)}" href="#copy-{n.index}">'
                    f"↑ duplicate of the kept copy (chars {a}-{b})</a>"
                )
            return f'{link}<del class="{cls}" {attrs}>{inner}</del>'
        return (
            f'<span class="{cls} repl" {attrs}><del>{inner}</del>'
            f"<ins>{_removed_shown(e.after)}</ins></span>"
        )

    def body(self) -> str:
        size = len(self.doc.source)
        out = self.span(0, size, _tree(self.doc.edits, size), removed=False)
        rest = [self.anchor(i) for i in sorted(self.refs) if i not in self.done]
        return out + "".join(rest)


def _legend(doc: Document, colors: dict[str, str]) -> str:
    counts = doc.counts()
    removed: Counter[str] = doc.removed_chars()
    rows = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        try:
            r = get_rule(rule)
            step, summary = r.step, r.summary
        except KeyError:
            step, summary = "", ""
        rows.append(
            f'<tr class="{_css_class(rule)}" data-rule="{html.escape(rule)}">'
            f'<td><span class="swatch" style="background:{colors[rule]}"></span></td>'
            f"<td><code>{html.escape(rule)}</code></td><td>{html.escape(step)}</td>"
            f'<td class="num">{n}</td><td class="num">{removed.get(rule, 0)}</td>'
            f"<td>{html.escape(summary)}</td></tr>"
        )
    if not rows:
        return '<p class="none">No edits: the text needs no cleaning.</p>'
    head = (
        "<tr><th></th><th>rule</th><th>step</th><th>edits</th><th>chars removed</th>"
        "<th>what it does</th></tr>"
    )
    return f'<table class="legend"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _css(colors: dict[str, str]) -> str:
    rules = "\n".join(f".{_css_class(r)} {{ --c: {c}; }}" for r, c in sorted(colors.items()))
    return _BASE_CSS + rules


_BASE_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 60em;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
.stats { color: #555; }
table.legend { border-collapse: collapse; }
table.legend td, table.legend th { padding: .2em .6em; border-bottom: 1px solid #ddd;
       text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 1.2em; height: 1.2em; border-radius: 3px;
       background: var(--c); }
pre.doc { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.55 ui-monospace,
       monospace; background: #fafafa; border: 1px solid #ddd; padding: 1em; }
del.edit, .repl > del { text-decoration: line-through; text-decoration-color: var(--c);
       text-decoration-thickness: 2px; color: var(--c);
       background: color-mix(in srgb, var(--c) 14%, transparent); }
ins.edit, .repl > ins { text-decoration: underline; color: var(--c);
       background: color-mix(in srgb, var(--c) 10%, transparent); }
/* inline-block: the line-through of an enclosing removal stops at the link */
a.dup { display: inline-block; text-decoration: none; margin: .2em 0;
       font: bold 12px system-ui, sans-serif; color: #fff; background: var(--c);
       padding: 0 .4em; border-radius: 3px; width: fit-content; }
a.kept { font: bold 12px system-ui, sans-serif; color: #2a6; text-decoration: none; }
span.cp { font-size: 85%; color: #a00; background: #fee; border-radius: 2px; }
:target { outline: 3px solid #fc0; }
"""


def render_html(doc: Document, title: str = "cleantext report") -> str:
    """The report page for ``doc`` as one HTML string (inline CSS, no external resources)."""
    r = _Renderer(doc)
    body = r.body()
    t = _attr(title)
    stats = (
        f"{len(doc.source)} → {len(doc.text)} characters, {len(doc.edits)} edits, "
        f"{sum(1 for e in doc.edits if e.ref is not None)} duplicate blocks"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{t}</title><style>{_css(r.colors)}</style></head><body>"
        f'<h1>{t}</h1><p class="stats">{html.escape(stats)}</p>'
        f'<h2>Rules</h2><div id="legend">{_legend(doc, r.colors)}</div>'
        '<h2>Input with edits</h2><p class="stats">Struck through: removed. Underlined: '
        "inserted. Hover an edit for its rule and reason.</p>"
        f'<pre class="doc" id="doc">{body}</pre>'
        f'<h2>Cleaned text</h2><pre class="doc" id="output">{_plain(doc.text)}</pre>'
        "</body></html>\n"
    )
