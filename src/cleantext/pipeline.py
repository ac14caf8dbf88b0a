"""The pipeline: run the steps in order and keep every edit.

Data flows one way: normalize -> dedup-blocks -> boilerplate -> tidy. Each step returns edits
(grouped in passes); the pipeline applies them, maps their spans back to the original input and
collects them in a :class:`Document`.

>>> doc = Cleaner().clean_document("Hello  world ,again.")
>>> doc.text
'Hello world,again.'
>>> [(e.rule, e.source_start, e.source_end) for e in doc.edits]
[('space-before-punct', 12, 13), ('collapse-spaces', 5, 7)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cleantext import blocks, boilerplate, normalizers, tidy
from cleantext import html as _html
from cleantext.config import Config
from cleantext.edits import Edit, SourceMap, apply_edits
from cleantext.errors import ConfigError
from cleantext.steps import STEP_NAMES

__all__ = ["STEP_NAMES", "Cleaner", "Document", "make_cleaner", "shared_cleaner"]

StepFn = Callable[[str, Config], list[list[Edit]]]

#: Each step's function, in the order of :data:`cleantext.steps.STEP_NAMES`.
STEPS: dict[str, StepFn] = {
    "normalize": normalizers.run_step,
    "dedup-blocks": blocks.run_step,
    "boilerplate": boilerplate.run_step,
    "tidy": tidy.run_step,
}


@dataclass(frozen=True)
class Document:
    """The result of cleaning one text.

    Attributes:
        source: the input text.
        text: the cleaned text.
        edits: every change, in the order made; ``source_start``/``source_end`` point into
            ``source``.
    """

    source: str
    text: str
    edits: tuple[Edit, ...] = field(default=())

    @property
    def changed(self) -> bool:
        """True if the cleaner changed anything."""
        return bool(self.edits)

    def counts(self) -> Counter[str]:
        """Number of edits per rule."""
        return Counter(e.rule for e in self.edits)

    def removed_chars(self) -> Counter[str]:
        """Characters removed (net) per rule."""
        c: Counter[str] = Counter()
        for e in self.edits:
            c[e.rule] += max(0, -e.delta)
        return c

    def report(self) -> dict[str, Any]:
        """A JSON-friendly summary: sizes and edits per rule."""
        return {
            "chars_in": len(self.source),
            "chars_out": len(self.text),
            "edits": dict(self.counts()),
            "removed_chars": {k: v for k, v in self.removed_chars().items() if v},
        }


class Cleaner:
    """A configured cleaner. Build it once, use it for many texts; it holds no per-text state.

    >>> Cleaner(disable=["capitalize-sentence"]).clean("fin. le début de la phrase ici.")
    'fin. le début de la phrase ici.'
    """

    def __init__(self, config: Config | Mapping[str, Any] | None = None, **options: Any) -> None:
        if config is None:
            config = Config()
        elif isinstance(config, Mapping):
            config = Config.from_dict(config)
        elif not isinstance(config, Config):
            hint = f" (a preset: Cleaner(preset={config!r}))" if isinstance(config, str) else ""
            raise TypeError(f"config must be a Config or a dict, not {type(config).__name__}{hint}")
        if options:
            merged = config.to_dict()
            merged.update(options)
            config = Config.from_dict(merged)
        self.config = config

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    @property
    def steps(self) -> tuple[str, ...]:
        """The steps this cleaner runs, in order."""
        return _selected_steps(self.config.steps)

    def clean_document(self, text: str, url: str | None = None) -> Document:
        """Clean ``text`` and return the result with every edit.

        ``url`` is the document's address: a learned site profile then applies only the lines
        of that host. Without it, the profile applies every site's lines (plain text has no
        host).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if "\r" in text and "\n" not in text and self.config.normalize.profile != "ftfy":
            # old Mac line breaks (see _lone_cr); the ftfy profile turns them into LF as ftfy does
            lf = text.replace("\r", "\n")
            return _lone_cr(self._run(lf, lf, [], False, _url(url), self.config), text)
        return self._run(text, text, [], False, _url(url), self.config)

    def clean_html_document(self, html: str | bytes, url: str | None = None) -> Document:
        """Extract the text of an HTML page and clean it.

        The returned document's ``source`` is the page's rendered text (its visible blocks,
        see :mod:`cleantext.html`), so edit spans point into it. With the ``extract`` preset,
        each block outside the main content or marked as page furniture by the markup is
        removed by one edit whose note names the signal; then the steps run as for text, with
        the ``light`` boilerplate rules (the markup already chose the content) and, unless
        the configuration names its steps, ``dedup-blocks`` only if a block of the selection
        repeats (:func:`cleantext.html.steps_after_extraction`). ``url`` is used as in
        :meth:`clean_document`.

        >>> doc = Cleaner(preset="extract").clean_html_document(
        ...     "<nav><a href='/'>Home</a></nav><article><p>The bridge closes on Monday, "
        ...     "the council said, after a vote that took three hours.</p></article>")
        >>> doc.text
        'The bridge closes on Monday, the council said, after a vote that took three hours.'
        >>> [(e.rule, e.note) for e in doc.edits]
        [('html-outside-main', 'in <nav>')]
        """
        url = _url(url)
        config = self.config
        steps = self.steps
        select = config.preset == "extract" and "boilerplate" in steps
        # (text the page does not show, its JSON-LD body, only competes for the main content)
        page = _html.render(html) if select else _html.render(html, _html.SHOWN_SIGNALS)
        passes: list[list[Edit]] = []
        current = page.text
        if select:
            enabled = frozenset(
                r.name for r in (_html.OUTSIDE, _html.MARKUP) if config.rule_enabled(r.name)
            )
            edits = _html.select_edits(page, enabled)
            if edits:
                passes.append(edits)  # the first pass: its spans are source spans
                current = apply_edits(current, edits)
            config = config.replace(preset="light")
            if config.steps is None:
                steps = _html.steps_after_extraction(current)
        # the selection leaves whole blocks one blank line apart: tidy runs only if a later
        # step removes text
        return self._run(page.text, current, passes, False, url, config, steps)

    def _run(
        self,
        source: str,
        current: str,
        passes: list[list[Edit]],
        removed: bool,
        url: str | None,
        config: Config,
        steps: tuple[str, ...] | None = None,
    ) -> Document:
        sources: SourceMap | None = None  # the passes' offset maps, once there are edits
        for name in self.steps if steps is None else steps:
            if name == "tidy" and not removed:
                continue
            if name == "boilerplate":
                groups = boilerplate.run_step(current, config, url=url)
            else:
                groups = STEPS[name](current, config)
            for group in groups:
                if sources is None:
                    sources = SourceMap(passes)
                sources.add(name, group)
                current = apply_edits(current, group)
                removed = removed or any(e.is_removal for e in group)
        if sources is not None:
            passes = sources.passes
        edits = tuple(e for group in passes for e in group) if passes else ()
        return Document(source, current, edits)

    def clean(self, text: str) -> str:
        """Clean ``text`` and return the cleaned string."""
        return self.clean_document(text).text

    def clean_html(self, html: str | bytes, url: str | None = None) -> str:
        """The cleaned text of an HTML page (see :meth:`clean_html_document`)."""
        return self.clean_html_document(html, url).text

    def clean_many(self, texts: Iterable[str]) -> list[str]:
        """Clean several texts (a convenience for lists and dataframe columns)."""
        return [self.clean(t) for t in texts]


def _lone_cr(doc: Document, source: str) -> Document:
    r"""``doc``, cleaned from ``source`` (a text whose line breaks are lone CRs, as old Mac
    files have) with each CR read as LF, with its line breaks CRs again: the line rules see
    the lines, and the output keeps the input's line breaks byte for byte. The two texts
    differ only in that one character, so every span stays as it is.

    >>> Cleaner().clean_document("Share this article\rThe  council met.\r").text
    'The council met.\r'
    """
    edits = tuple(e.retexted(_as_cr) for e in doc.edits)
    return Document(source, _as_cr(doc.text), edits)


def _as_cr(text: str) -> str:
    """``text`` with each LF a CR."""
    return text.replace("\n", "\r")


@lru_cache(maxsize=64)
def _url(url: object) -> str | None:
    """``url`` checked: a string (``""`` counts as none) or ``None``.

    >>> _url(b"https://example.com/")
    Traceback (most recent call last):
    ...
    TypeError: url must be str or None, not bytes
    """
    if url is None or isinstance(url, str):
        return url or None
    raise TypeError(f"url must be str or None, not {type(url).__name__}")


def _selected_steps(wanted: tuple[str, ...] | None) -> tuple[str, ...]:
    return STEP_NAMES if wanted is None else tuple(s for s in STEP_NAMES if s in wanted)


def _step_names(steps: Iterable[str] | None) -> tuple[str, ...] | None:
    """``steps`` as a tuple; a string is a comma-separated list, as in a config.

    >>> _step_names("normalize, tidy"), _step_names(["tidy"]), _step_names(None)
    (('normalize', 'tidy'), ('tidy',), None)
    """
    if isinstance(steps, str):
        return tuple(s.strip() for s in steps.split(",") if s.strip())
    if steps is not None and not isinstance(steps, Iterable):
        raise ConfigError(f"steps must be a list of strings, not {type(steps).__name__}")
    return tuple(steps) if steps is not None else None


def make_cleaner(preset: str = "light", steps: Iterable[str] | None = None) -> Cleaner:
    """A new cleaner for a preset and optional list of steps."""
    return Cleaner(Config(preset=preset, steps=_step_names(steps)))


def shared_cleaner(preset: str = "light", steps: Iterable[str] | None = None) -> Cleaner:
    """The cleaner :func:`cleantext.clean` uses: built once per preset and steps, then reused
    (a cleaner holds no per-text state).

    >>> shared_cleaner("extract") is shared_cleaner("extract", None)
    True
    """
    names = _step_names(steps)
    if not isinstance(preset, str) or not _hashable(names):
        return make_cleaner(preset, names)  # (raises the ConfigError that names the value)
    return _shared(preset, names)


def _hashable(steps: tuple[object, ...] | None) -> bool:
    return steps is None or all(isinstance(s, str) for s in steps)


@lru_cache(maxsize=32)
def _shared(preset: str, steps: tuple[str, ...] | None) -> Cleaner:
    return make_cleaner(preset, steps)
