"""datatrove: a pipeline step that cleans ``Document.text`` and records the edits in metadata.

For teams that build training data with `datatrove <https://github.com/huggingface/datatrove>`_
(extra ``datatrove``). Put :class:`CleanTextStep` after a reader and before filters, dedup and
writers::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import CleanTextStep

    LocalPipelineExecutor(pipeline=[
        JsonlReader("crawl/"),
        CleanTextStep(preset="extract"),
        JsonlWriter("clean/"),
    ], tasks=4).run()

Each document's ``metadata`` gets (names configurable):

- ``cleantext_edits``: the edits, one dict per edit (``rule``, ``step``, ``start``, ``end`` in
  the original text, ``before``, ``after``), with ``edits="full"`` (the default);
- ``cleantext_report``: characters in/out and edits per rule (a JSON string, so that every
  document has the same column type in Parquet), with ``edits="full"`` or ``"counts"``.

Documents left empty by cleaning are dropped (``drop_empty=True``) and counted in the step's
stats (``dropped_empty``), as are the documents changed and the edits per rule. A document
whose text is ``None`` has nothing to clean: it is counted (``no_text``) and dropped, or
passed on unchanged with ``drop_empty=False``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from cleantext._extras import require
from cleantext.pipeline import Cleaner

if TYPE_CHECKING:
    from datatrove.pipeline.base import PipelineStep
else:
    PipelineStep = require("datatrove.pipeline.base", "datatrove").PipelineStep

__all__ = ["CleanTextStep"]

EditsMode = Literal["full", "counts", "none"]


class CleanTextStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean each document's text with a :class:`cleantext.Cleaner`; record what changed.

    Args:
        cleaner: the cleaner to use; by default one built from ``options`` (e.g.
            ``preset="extract"``, ``disable=[...]``).
        edits: ``"full"`` records every edit and the summary, ``"counts"`` only the summary,
            ``"none"`` nothing.
        edits_key, report_key: the metadata keys.
        drop_empty: drop documents whose cleaned text is empty or blank.
        options: passed to :class:`cleantext.Cleaner` when ``cleaner`` is not given.
    """

    name = "🧹 cleantext"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        cleaner: Cleaner | None = None,
        *,
        edits: EditsMode = "full",
        edits_key: str = "cleantext_edits",
        report_key: str = "cleantext_report",
        drop_empty: bool = True,
        **options: Any,
    ) -> None:
        super().__init__()
        if edits not in ("full", "counts", "none"):
            raise ValueError(f"edits must be 'full', 'counts' or 'none', not {edits!r}")
        if cleaner is not None and options:
            raise ValueError("give a cleaner or cleaner options, not both")
        self.cleaner = cleaner if cleaner is not None else Cleaner(**options)
        self.edits, self.edits_key, self.report_key = edits, edits_key, report_key
        self.drop_empty = drop_empty

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean every document of ``data`` (datatrove's ``DocumentsPipeline``)."""
        for doc in data or ():
            self.stat_update("total")
            if not isinstance(doc.text, str):  # (None raised "text must be str" mid-run)
                if not self._no_text(doc):
                    yield doc
                continue
            with self.track_time():
                result = self.cleaner.clean_document(doc.text)
            doc.text = result.text
            if self.edits == "full":
                doc.metadata[self.edits_key] = [_edit_dict(e.to_dict()) for e in result.edits]
            if self.edits != "none":
                doc.metadata[self.report_key] = json.dumps(result.report(), ensure_ascii=False)
            if result.changed:
                self.stat_update("changed")
                for rule, n in result.counts().items():
                    self.stat_update(f"edits/{rule}", value=n)
            if self.drop_empty and not doc.text.strip():
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(doc)
            yield doc

    def _no_text(self, doc: Any) -> bool:
        """Count a document whose text is ``None`` (a JSONL ``"text": null``): nothing to
        clean; whether to drop it (``drop_empty``). A text of another type is an error
        naming the document."""
        if doc.text is not None:
            kind = type(doc.text).__name__
            raise TypeError(f"document {doc.id!r}: its text is {kind}, not str or None")
        self.stat_update("no_text")
        return self.drop_empty


def _edit_dict(d: dict[str, object]) -> dict[str, object]:
    """An edit with offsets into the original text, and the same keys for every edit."""
    return {
        "rule": d["rule"],
        "step": d["step"],
        "start": d["source_start"],
        "end": d["source_end"],
        "before": d["before"],
        "after": d["after"],
    }
