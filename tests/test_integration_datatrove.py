"""datatrove: CleanTextStep in a real local pipeline (JSONL reader -> clean -> JSONL writer)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

import cleantext
from cleantext import Cleaner
from cleantext.integrations.datatrove import CleanTextStep

DIRTY = "Caf\u00c3\u00a9 &amp; bar ,  open.\n\nRead more"
CLEAN = "Café & bar, open."


def _run(tmp_path: Path, docs: list[dict[str, str]], step: CleanTextStep) -> list[dict]:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "part.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), step, JsonlWriter(str(dst))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    lines: list[dict] = []
    for path in sorted(dst.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines += [json.loads(line) for line in f]
    return lines


def test_pipeline_cleans_text_and_records_edits(tmp_path: Path, example_text: str) -> None:
    docs = [
        {"id": "a", "text": DIRTY},
        {"id": "b", "text": example_text},
        {"id": "c", "text": "Already clean."},
    ]
    out = _run(tmp_path, docs, CleanTextStep())
    assert [d["id"] for d in out] == ["a", "b", "c"]
    assert out[0]["text"] == CLEAN
    assert out[1]["text"] == cleantext.clean(example_text)
    assert out[2]["text"] == "Already clean."
    edits = out[0]["metadata"]["cleantext_edits"]
    assert {"mojibake", "html-entities", "ui-strings"} <= {e["rule"] for e in edits}
    for e in edits:  # offsets point into the original text
        assert DIRTY[e["start"] : e["end"]] == e["before"]
    assert out[2]["metadata"]["cleantext_edits"] == []
    report = json.loads(out[0]["metadata"]["cleantext_report"])
    assert report["chars_in"] == len(DIRTY) and report["chars_out"] == len(CLEAN)


def test_empty_documents_are_dropped_and_counted(tmp_path: Path) -> None:
    step = CleanTextStep(edits="counts")
    out = _run(tmp_path, [{"id": "x", "text": "Read more"}, {"id": "y", "text": "a  b"}], step)
    assert [(d["id"], d["text"]) for d in out] == [("y", "a b")]
    assert "cleantext_edits" not in out[0]["metadata"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    mine = next(s for s in stats if s["name"].endswith("🧹 cleantext"))
    assert mine["stats"]["dropped_empty"] == 1


def test_options_build_the_cleaner() -> None:
    step = CleanTextStep(disable=["collapse-spaces"])
    doc = Document(text="a  b ,c", id="1")
    (out,) = list(step.run([doc]))
    assert out.text == "a  b,c"
    with pytest.raises(ValueError, match="not both"):
        CleanTextStep(Cleaner(), preset="extract")
    with pytest.raises(ValueError, match="edits must be"):
        CleanTextStep(edits="all")  # type: ignore[arg-type]
