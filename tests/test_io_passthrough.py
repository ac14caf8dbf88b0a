"""JSONL lines that hold no record to clean, repeated keys, and line endings: nothing that a
run writes loses or changes what it did not clean (session 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run the command in-process; (exit code, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


def one_line_error(err: str) -> bool:
    lines = err.strip().splitlines()
    return "Traceback" not in err and len(lines) == 1 and lines[0].startswith("cleantext: error:")


# --- clean --skip-bad: records without a text field pass through ------------------------------

PASSED = [
    b'{"id": 1, "body": "no  text field"}\r\n',  # missing field (CRLF kept)
    b'{"text": null, "n": 1e400}\n',  # not a string
    b'{"text": ["a  b"]}\n',  # not a string
    b"[1,  2]\n",  # valid JSON, no object
    b'{"text": "a  b", "x": 1, "text": "c  d"}\n',  # the text field twice
]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_skip_bad_passes_records_without_text_through_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "x  y"}\n' + b"".join(PASSED) + b'{"other": "last"}')
    out, report = tmp_path / "out.jsonl", tmp_path / "r.json"
    code, err = cli(capsys, "clean", str(src), "-o", str(out), "--skip-bad",
                    "--report", str(report), "--workers", workers)  # fmt: skip
    assert code == 0, err
    # the last line had no newline: it gets none, as a cleaned last line does (session 24)
    assert out.read_bytes() == (b'{"text": "x y"}\n' + b"".join(PASSED) + b'{"other": "last"}')
    rep = json.loads(report.read_text())
    assert rep["passed_through"] == 6 and rep["skipped"] == 0
    assert rep["documents_in"] == 7 and rep["documents_out"] == 7
    assert any(":2: missing field 'text'" in e for e in rep["passed_through_lines"])
    assert "passed through unchanged" in err


def test_skip_bad_still_skips_lines_that_are_no_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The near miss: a line that is no valid JSON (or no UTF-8) is skipped, not written: the
    output stays JSONL."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "cut\n{"text": "caf\xe9"}\n{"text": "ok"}\n')
    out, report = tmp_path / "out.jsonl", tmp_path / "r.json"
    code, err = cli(capsys, "clean", str(src), "-o", str(out), "--skip-bad",
                    "--report", str(report))  # fmt: skip
    assert code == 0, err
    assert out.read_bytes() == b'{"text": "ok"}\n'
    rep = json.loads(report.read_text())
    assert rep["skipped"] == 2 and rep["passed_through"] == 0


def test_without_skip_bad_a_record_without_text_stops_and_says_what_skip_bad_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "ok"}\n{"body": "x"}\n')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 1 and one_line_error(err), err
    assert ":2: missing field 'text'" in err and "through unchanged" in err
    assert not out.exists()
    src.write_bytes(b'{"text": "ok"}\n{oops\n')
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 1 and "use --skip-bad to skip such lines" in err


# --- repeated keys -----------------------------------------------------------------------------


def test_a_repeated_text_key_is_refused_naming_line_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both copies were written with the last one's cleaned value: the first was lost."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "ok"}\n{"text": "first  one", "text": "second"}\n')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 1 and one_line_error(err), err
    assert "in.jsonl:2: key 'text' appears more than once" in err
    assert not out.exists()


def test_a_repeated_text_key_of_html_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --html-field the text field is written: two copies of it were both overwritten."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"html": "<p>Hello there.</p>", "text": "a", "text": "b"}\n')
    code, err = cli(capsys, "clean", str(src), "--html-field", "html")
    assert code == 1 and ":1: key 'text' appears more than once" in err


def test_other_repeated_keys_are_kept_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The near miss: a repeated key that is neither read nor written stays as it was."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"k": 1, "text": "a  b", "k": 2, "n": {"text": 1, "text": 2}}\n')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes() == b'{"k": 1, "text": "a b", "k": 2, "n": {"text": 1, "text": 2}}\n'


# --- dedup: each line's ending, and the input lines written as they are ----------------------

DOC = "the quick brown fox jumps over the lazy dog near the river bank today"


def _dedup_input(path: Path) -> list[bytes]:
    lines = [
        json.dumps({"id": 1, "text": DOC}).encode() + b"\r\n",
        json.dumps({"id": 2, "text": DOC}).encode() + b"\n",
        b'{"id": 3, "n": 1e400, "z": -0.0, "text": "something else entirely, not the fox"}\r\n',
    ]
    path.write_bytes(b"".join(lines))
    return lines


@pytest.mark.parametrize("index", [False, True])
def test_dedup_mark_keeps_each_lines_ending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: bool
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = _dedup_input(src)
    extra = ["--index", str(tmp_path / "seen.db")] if index else []
    code, err = cli(capsys, "dedup", str(src), "-o", str(out), "--mark", *extra)
    assert code == 0, err
    got = out.read_bytes().splitlines(keepends=True)
    assert [line[-2:] == b"\r\n" for line in got] == [True, False, True]
    assert got[2].startswith(lines[2].rstrip()[:-1])  # 1e400 and -0.0 as they were


@pytest.mark.parametrize("index", [False, True])
def test_dedup_writes_kept_lines_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: bool
) -> None:
    """With --index the records were encoded again: 1e400 became Infinity (no JSON)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = _dedup_input(src)
    extra = ["--index", str(tmp_path / "seen.db")] if index else []
    code, err = cli(capsys, "dedup", str(src), "-o", str(out), *extra)
    assert code == 0, err
    assert out.read_bytes() == lines[0] + lines[2]


# --- U+2028 and U+2029 in a cleaned text field -------------------------------------------------


def test_line_separators_in_a_cleaned_text_are_written_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raw U+2028 is valid JSON, but str.splitlines() cut the written record in two."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a  b\\u2028c\\u2029d"}\n')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"] == "a b\u2028c\u2029d"


def test_a_record_that_needs_no_cleaning_keeps_its_raw_separators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The near miss: an unchanged record is written as it was, byte for byte."""
    src = tmp_path / "in.jsonl"
    line = '{"text": "a b\u2028c", "n": 1e400, "z": -0.0}\n'.encode()
    src.write_bytes(line)
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes() == line


# --- dedup --skip-bad: lines without a text field pass through too ------------------------------


@pytest.mark.parametrize("index", [False, True])
@pytest.mark.parametrize("stdin", [False, True])
def test_dedup_skip_bad_passes_records_without_text_through_in_place(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    index: bool,
    stdin: bool,
) -> None:
    """They were dropped from the output, counted only as "skipped"."""
    import io
    import sys

    rec = json.dumps({"text": DOC}).encode()
    data = b'{"id": 0}\n' + rec + b"\r\n[1]\r\n{oops\n" + rec + b'\n{"text": 5}'
    src, out, report = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "r.json"
    src.write_bytes(data)
    if stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    extra = ["--index", str(tmp_path / "seen.db")] if index else []
    code, err = cli(capsys, "dedup", "-" if stdin else str(src), "-o", str(out), "--skip-bad",
                    "--report", str(report), *extra)  # fmt: skip
    assert code == 0, err
    assert out.read_bytes() == b'{"id": 0}\n' + rec + b'\r\n[1]\r\n{"text": 5}'  # (its shape)
    rep = json.loads(report.read_text())
    assert rep["passed_through"] == 3 and rep["skipped"] == 1 and rep["removed"] == 1
    assert any(":1: missing field 'text'" in e for e in rep["passed_through_lines"])
    assert "passed through unchanged" in err


def test_dedup_without_skip_bad_stops_at_a_record_without_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a b c"}\n{"id": 2}\n')
    code, err = cli(capsys, "dedup", str(src), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1 and one_line_error(err) and ":2: missing field 'text'" in err


# --- a report that cannot be written is refused before the run ---------------------------------


def test_dedup_index_report_in_a_missing_folder_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report was written last: the run failed (exit 1) after its output was replaced and
    the index committed, so the rerun found every document seen and wrote an empty output."""
    src, out, index = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "seen.db"
    lines = _dedup_input(src)
    out.write_bytes(b"previous\n")
    missing = str(tmp_path / "no" / "r.json")
    code, err = cli(capsys, "dedup", str(src), "-o", str(out), "--index", str(index),
                    "--report", missing)  # fmt: skip
    assert code == 1 and one_line_error(err) and "does not exist" in err, err
    assert out.read_bytes() == b"previous\n" and not index.exists()
    report = tmp_path / "r.json"
    code, err = cli(capsys, "dedup", str(src), "-o", str(out), "--index", str(index),
                    "--report", str(report))  # fmt: skip
    assert code == 0 and out.read_bytes() == lines[0] + lines[2]  # the near miss: written
    assert json.loads(report.read_text())["removed"] == 1


def test_clean_report_in_a_read_only_folder_is_refused_before_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from cleantext import io as cio

    src, out, locked = tmp_path / "in.txt", tmp_path / "out.txt", tmp_path / "locked"
    src.write_text("a  b")
    out.write_text("previous")
    locked.mkdir()
    real = cio._new_temp_file

    def new_temp_file(directory: Path, name: str) -> tuple[int, str]:
        if Path(directory) == locked:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(directory, name)

    monkeypatch.setattr(cio, "_new_temp_file", new_temp_file)
    code, err = cli(capsys, "clean", str(src), "-o", str(out), "--report", str(locked / "r"))
    assert code == 1 and one_line_error(err) and "Read-only file system" in err, err
    assert out.read_text() == "previous"
    code, err = cli(capsys, "clean", str(src), "-o", str(out), "--report", str(tmp_path / "r"))
    assert code == 0 and out.read_text() == "a b"


def test_an_unchanged_last_line_without_newline_keeps_its_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last line had its text encoded again (``\\u00e9`` became ``é``) though nothing
    changed; now it is written as it was, without a newline as in the input (session 24: the
    file keeps its shape). The near miss: a changed value is encoded."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "caf\\u00e9  x"}\n{"text": "caf\\u00e9"}')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes() == '{"text": "café x"}\n{"text": "caf\\u00e9"}'.encode()


def test_learn_boilerplate_refuses_its_output_before_reading_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The profile is written after the whole corpus is read: a missing folder was found only
    then (here: a bad record in the corpus was met first)."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"url": "http://a.org/1", "text": "x"}\n{"body": 1}\n')
    code, err = cli(capsys, "learn-boilerplate", str(src), "-o", str(tmp_path / "no" / "p.json"))
    assert code == 1 and one_line_error(err) and "does not exist" in err, err
    code, err = cli(capsys, "learn-boilerplate", str(src), "-o", str(tmp_path / "p.json"),
                    "--skip-bad")  # fmt: skip
    assert code == 0 and (tmp_path / "p.json").exists(), err


def test_a_text_key_repeated_under_an_escaped_spelling_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``"te\\u0078t"`` is the key ``text``: JSON parsers see it twice."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"te\\u0078t": "first  one", "text": "second"}\n')
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out), "--skip-bad")
    assert code == 0, err
    assert out.read_bytes() == src.read_bytes()  # passed through as it was
    assert "key 'text' appears more than once" in err


@pytest.mark.parametrize(
    ("field", "line"),
    [
        ("a/b", b'{"a\\/b": "x", "a/b": "y"}'),
        ("\u5185\u5bb9", '{"\\u5185\\u5bb9": "x", "\u5185\u5bb9": "y"}'.encode()),
        ("text", b'{"text": "x", "te\\u0078t": "y"}'),
        ('q"k', b'{"q\\"k": "x", "q\\u0022k": "y"}'),
    ],
)
def test_every_spelling_of_a_repeated_field_is_found(field: str, line: bytes) -> None:
    """The quick test before the exact parse (``_may_repeat``) never passes a repeat by."""
    from cleantext.io import parse_jsonl_line

    assert "appears more than once" in (parse_jsonl_line(1, line, "f", field).error or "")
    first = line.split(b", ")[0] + b"}"  # the near miss: the field once
    assert parse_jsonl_line(1, first, "f", field).error is None
