"""Inputs an adversarial user feeds cleantext: each gives a correct result, a documented safe
result or a one-line error (no traceback, no silent loss)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.cli import main

SRC = str(Path(__file__).resolve().parents[1] / "src")
SAME = "the quick brown fox jumps over the lazy dog and runs far away into the deep forest"
OTHER = "completely different words are here in this document about cooking pasta well"


def _marked(tmp_path: Path, lines: list[str], *extra: str) -> list[str]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert main(["dedup", str(src), "-o", str(out), "--mark", "-q", *extra]) == 0
    return out.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    "ids", [("1", "2", "3"), ('"d1"', '"d2"', '"d3"'), ("1e400", "1.50", "12345678901234567890")]
)
def test_dedup_mark_writes_the_same_cluster_with_and_without_index(tmp_path, ids):
    texts = [SAME, SAME, OTHER]
    lines = [f'{{"id": {i}, "text": {json.dumps(t)}}}' for i, t in zip(ids, texts, strict=True)]
    batch = _marked(tmp_path, lines)
    indexed = _marked(tmp_path, lines, "--index", str(tmp_path / "seen.db"))
    assert indexed == batch
    assert [json.loads(line.split('"cluster": ')[1].split(",")[0]) for line in batch] == [
        json.loads(ids[0]),
        json.loads(ids[0]),
        json.loads(ids[2]),
    ]
    assert "Infinity" not in "".join(batch)  # (1e400 was written back as Infinity: no JSON)


def test_dedup_mark_index_gives_an_earlier_runs_integer_id_as_a_number(tmp_path):
    db = str(tmp_path / "seen.db")
    _marked(tmp_path, [f'{{"id": 7, "text": "{SAME}"}}'], "--index", db)
    again = _marked(tmp_path, [f'{{"id": 8, "text": "{SAME}"}}'], "--index", db)
    assert json.loads(again[0])["cluster"] == 7
    strings = _marked(tmp_path, [f'{{"id": "x8", "text": "{SAME}"}}'], "--index", db)
    assert json.loads(strings[0])["cluster"] == "7"  # (a corpus of string ids: the key)


def test_jsonl_on_stdin_without_format_warns_in_one_line(tmp_path, monkeypatch, capsys):
    import io
    import sys

    jsonl = f'{{"text": "{SAME}"}}\n\n{{"text": "{OTHER}"}}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl.encode())))
    assert main(["clean", "-"]) == 0
    out, err = capsys.readouterr()
    assert out == jsonl  # (cleaned as one text: what was asked)
    warnings = [line for line in err.splitlines() if "--format jsonl" in line]
    assert len(warnings) == 1 and "<stdin> reads as JSONL" in warnings[0]


@pytest.mark.parametrize(
    "text", ['{"text": "a"}\n{ is how a block opens in C\n', "[1, 2]\n", "Dear {name},\n"]
)
def test_text_that_is_no_jsonl_gets_no_warning(tmp_path, capsys, text):
    src = tmp_path / "page.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out.txt")]) == 0
    assert "--format jsonl" not in capsys.readouterr().err


def test_format_text_silences_the_jsonl_warning(tmp_path, capsys):
    src = tmp_path / "crawl.json"
    src.write_text(f'{{"text": "{SAME}"}}\n', encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "a.txt")]) == 0
    assert "crawl.json reads as JSONL" in capsys.readouterr().err
    assert main(["clean", str(src), "-o", str(tmp_path / "b.txt"), "--format", "text"]) == 0
    assert "--format jsonl" not in capsys.readouterr().err


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "CT": f"{sys.executable} -m cleantext.cli"}
    return subprocess.run(
        ["sh", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("redirect", [">", ">>"])
@pytest.mark.parametrize(
    "command", ["$CT clean", "$CT clean - --format jsonl", "$CT dedup -", "$CT explain"]
)
def test_stdin_and_stdout_the_same_file_is_a_one_line_error(tmp_path, command, redirect):
    page = tmp_path / "in.jsonl"
    page.write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    before = page.read_bytes()
    run = _shell(f"{command} < in.jsonl {redirect} in.jsonl", tmp_path)
    assert run.returncode == 1, run.stderr
    assert run.stderr.count("\n") == 1 and "are the same file" in run.stderr
    if redirect == ">>":  # (> emptied it before cleantext started)
        assert page.read_bytes() == before


def test_stdin_from_another_file_into_a_file_still_works(tmp_path):
    (tmp_path / "in.txt").write_text("a  b\n", encoding="utf-8")
    run = _shell("$CT clean -q < in.txt > out.txt && $CT clean -q < in.txt >> out.txt", tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "a b\na b\n"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("CLEANTEXT_FIELDS", 5, "CLEANTEXT_FIELDS must be"),
        ("CLEANTEXT_FIELDS", ["text", 5], "CLEANTEXT_FIELDS must be"),
        ("CLEANTEXT_CONFIG", [1], "CLEANTEXT_CONFIG must be"),
        ("CLEANTEXT_ENABLED", "ture", "CLEANTEXT_ENABLED must be"),
    ],
)
def test_scrapy_settings_of_a_wrong_type_name_the_setting(key, value, message):
    pytest.importorskip("scrapy")
    from cleantext.integrations.scrapy import PipelineSettings

    with pytest.raises(ValueError, match=message):
        PipelineSettings.from_mapping({key: value})


def test_scrapy_settings_of_the_right_types_still_work():
    pytest.importorskip("scrapy")
    from cleantext.integrations.scrapy import PipelineSettings

    s = PipelineSettings.from_mapping(
        {"CLEANTEXT_FIELDS": ("a", "b"), "CLEANTEXT_CONFIG": {}, "CLEANTEXT_ENABLED": "off"}
    )
    assert (s.fields, s.config, s.enabled) == (("a", "b"), None, False)


@pytest.mark.parametrize("function", ["clean_dataframe", "dedup_dataframe"])
def test_dask_frame_without_the_column_names_its_columns(function):
    pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    from cleantext.integrations import dask as integration

    frame = dd.from_pandas(pd.DataFrame({"body": ["a  b"]}), npartitions=1)
    with pytest.raises(KeyError, match=r"no column 'text' in the DataFrame \(its columns: body\)"):
        getattr(integration, function)(frame)
    assert getattr(integration, function)(frame, "body") is not None  # (the near miss)


def test_a_page_declared_utf8_in_cp1252_reads_as_cp1252_where_cp1250_ties():
    pytest.importorskip("charset_normalizer")
    from cleantext.html import decode_html

    head, tail = b'<html><head><meta charset="utf-8"></head><body><p>', b"</p></body></html>"
    french = "café au lait à la crème, très bien et délicieux."
    assert french in decode_html(head + french.encode("cp1252") + tail)  # (was "ŕ la crčme")
    czech = "Příliš žluťoučký kůň úpěl ďábelské ódy. Řeka teče přes město."
    assert czech in decode_html(head + czech.encode("cp1250") + tail)  # (a cp1250 page stays)


MAC = "Share this article\rThe council voted to close the old bridge.\r\r\r\rThe  mayor agreed.\r"


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_lone_cr_lines_are_lines_and_keep_their_cr(preset):
    from cleantext import Cleaner
    from cleantext.edits import replay

    cleaner = Cleaner(preset=preset)
    doc = cleaner.clean_document(MAC)
    assert doc.text == cleaner.clean(MAC.replace("\r", "\n")).replace("\n", "\r")
    assert doc.text.startswith("The council voted") and "\n" not in doc.text
    assert replay(MAC, doc.edits) == doc.text and doc.source == MAC
    assert any(e.before == "Share this article\r" for e in doc.edits)


def test_a_text_with_both_cr_and_lf_is_read_as_before():
    from cleantext import Cleaner

    mixed = "Share this article\rThe council voted to close the old bridge.\n"
    assert Cleaner().clean_document(mixed).text == mixed  # (a lone CR among LFs: no break)


def test_lone_cr_file_through_the_cli_keeps_its_bytes(tmp_path):
    src, out = tmp_path / "mac.txt", tmp_path / "out.txt"
    src.write_bytes(MAC.encode())
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == b"The council voted to close the old bridge.\r\rThe mayor agreed.\r"


def _index_and_signature():
    from cleantext.corpus.dedup import DedupOptions, sign_texts
    from cleantext.corpus.index import MemoryIndex

    opts = DedupOptions()
    index = MemoryIndex(opts.scheme())
    return index, sign_texts([SAME], opts).values[0]


def test_an_index_key_that_is_no_string_is_refused_before_it_poisons_the_index():
    index, sig = _index_and_signature()
    with pytest.raises(TypeError, match="an index key must be str, not int"):
        index.insert(5, sig)  # (was stored; every later query meeting it raised TypeError)
    with pytest.raises(TypeError, match="not NoneType"):
        index.check_batch([None], sig.reshape(1, -1), [0])
    index.insert("5", sig)
    assert index.check_and_insert("6", sig) == "5"


def test_an_index_size_out_of_range_is_refused():
    index, sig = _index_and_signature()
    for size in (-1, 2**63, "12"):
        with pytest.raises(ValueError, match="size"):
            index.insert("a", sig, size)
    index.insert("a", sig, 12)
    assert index.duplicates(sig, 12) == [("a", 1.0)]


@pytest.mark.parametrize("command", ["clean", "dedup"])
def test_jsonl_files_joined_with_their_boms_read_as_one_corpus(tmp_path, command):
    bom = b"\xef\xbb\xbf"
    src, out = tmp_path / "joined.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(bom + b'{"id": 1, "text": "a  b"}\n' + bom + b'{"id": 2, "text": "c  d"}\n')
    assert main([command, str(src), "-o", str(out), "-q"]) == 0  # (line 2 was invalid JSON)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [1, 2]


def test_a_bom_inside_a_jsonl_line_is_still_invalid(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b'{"text": "a"}\n {"text": \xef\xbb\xbf"b"}\n')
    assert main(["clean", str(src), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "bad.jsonl:2: invalid JSON" in capsys.readouterr().err


class _Collected:
    """An object whose ``__del__`` meets Ctrl-C (as the regex module's did while compiling)."""

    def __del__(self) -> None:
        import signal

        signal.raise_signal(signal.SIGINT)


def test_ctrl_c_pressed_in_a_del_still_interrupts_the_command(monkeypatch, capsys):
    import time

    from cleantext import cli

    def run(args):
        _Collected()  # (collected at once: Ctrl-C in its __del__ was ignored, exit 0)
        time.sleep(2)
        return 0

    monkeypatch.setattr(cli, "_main", run)
    assert cli.main(["rules"]) == 130
    err = capsys.readouterr().err
    assert "cleantext: interrupted" in err and "Exception ignored" not in err


def test_other_errors_in_a_del_still_go_to_pythons_hook(monkeypatch):
    import sys
    import threading

    from cleantext import cli

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    later: list[threading.Timer] = []
    hook = cli._pressing_again(sys.unraisablehook, later)
    unraisable = type("U", (), {"exc_type": ValueError})()
    hook(unraisable)
    assert seen == [unraisable] and later == []


@pytest.mark.parametrize("command", ["clean", "dedup"])
def test_report_and_output_both_on_stdout_is_a_one_line_error(tmp_path, capsys, command):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    assert main([command, str(src), "--report", "-"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "--report - and the output both go to standard output" in err
    assert main([command, str(src), "--report", "-", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert json.loads(capsys.readouterr().out)["documents" + ("_in" if command == "clean" else "")]


@pytest.mark.parametrize("ordered", [False, True])
def test_a_categorical_column_keeps_its_text(ordered):
    pd = pytest.importorskip("pandas")
    from cleantext.integrations.dataframes import clean_series

    series = pd.Series(["a  b", "a b", None, "c ,d"], dtype=pd.CategoricalDtype(ordered=ordered))
    out = clean_series(series)  # (was NaN for every value: no cleaned text was a category)
    assert out.tolist()[:2] == ["a b", "a b"] and out.tolist()[3] == "c,d"
    assert pd.isna(out.tolist()[2]) and out.cat.ordered == ordered
    assert list(out.cat.categories) == ["a b", "c,d"]  # (two categories became one)
    plain = clean_series(pd.Series(["a  b", None], dtype="string"))  # (the near miss)
    assert str(plain.dtype) == "string" and plain.tolist()[0] == "a b"


def test_dask_cleans_a_categorical_column():
    pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    from cleantext.integrations.dask import clean_dataframe

    frame = pd.DataFrame({"text": pd.Series(["a  b", "c  d", "a b"], dtype="category")})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    assert out["text"].tolist() == ["a b", "c d", "a b"]


@pytest.mark.parametrize("html", [["<p>A page of text.</p>"], 5])
def test_scrapy_html_field_of_another_type_drops_the_item_in_one_line(html):
    pytest.importorskip("scrapy")
    from scrapy.exceptions import DropItem

    from cleantext.integrations.scrapy import CleanTextPipeline, PipelineSettings

    pipeline = CleanTextPipeline(PipelineSettings.from_mapping({"CLEANTEXT_HTML_FIELD": "html"}))
    kind = type(html).__name__
    with pytest.raises(DropItem, match=f"item field 'html' is {kind}, not str or bytes"):
        pipeline.process_item({"html": html})  # (passed on unextracted, without a word)
    page = {"html": "<p>The council met on Monday to vote.</p>"}
    assert pipeline.process_item(page)["text"] == "The council met on Monday to vote."


NO_END = b'{"id": 1, "text": "' + SAME.encode() + b'"}\n{"id": 2, "text": "a  b"}'


@pytest.mark.parametrize(
    "args",
    [
        ["clean"],
        ["clean", "--workers", "2"],
        ["dedup"],
        ["dedup", "--mark"],
        ["dedup", "--index", "seen.db"],
    ],
)
def test_a_jsonl_file_without_a_final_newline_keeps_its_shape(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_bytes(NO_END)
    assert main([args[0], "in.jsonl", "-o", "out.jsonl", "-q", *args[1:]]) == 0
    out = Path("out.jsonl").read_bytes()  # (a newline was added to the last line)
    assert not out.endswith(b"\n") and out.count(b"\n") == 1
    Path("in.jsonl").write_bytes(NO_END + b"\n")  # (the near miss: a final newline stays)
    Path("seen.db").unlink(missing_ok=True)
    assert main([args[0], "in.jsonl", "-o", "out.jsonl", "-q", *args[1:]]) == 0
    assert Path("out.jsonl").read_bytes().endswith(b"}\n")


def test_a_clean_jsonl_file_without_a_final_newline_is_written_back_byte_for_byte(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b'{"id": 1, "text": "a b"}\r\n{"id": 2, "text": "c d"}')
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == src.read_bytes()


def test_a_removed_last_line_leaves_the_line_before_whole(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(NO_END.replace(b"a  b", SAME.encode()))
    assert main(["dedup", str(src), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == NO_END.split(b"\n")[0] + b"\n"


def test_ctrl_c_stops_a_shell_loop_over_files(tmp_path):
    """Ctrl-C (SIGINT to the loop's process group, as a terminal sends it) stopped only the
    file being cleaned: the command exited 130, and bash goes on with a loop whose child
    exited normally; it ends by the signal now, as Python does on an uncaught Ctrl-C. The
    near miss: a file that fails (exit 1) still lets the loop go on."""
    import signal
    import time

    (tmp_path / "big.txt").write_text("Some  words here ,and there.\n" * 200_000)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    loop = 'for f in {files}; do $CT clean "$f" -o "out-$f" -q; echo "after $f"; done'
    env = {**os.environ, "PYTHONPATH": SRC, "CT": f"{sys.executable} -m cleantext.cli"}
    run = subprocess.run(
        ["bash", "-c", loop.format(files="bad.txt bad.txt")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.stdout == "after bad.txt\nafter bad.txt\n"
    proc = subprocess.Popen(
        ["bash", "-c", loop.format(files="big.txt big.txt")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out-big.txt.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert out == b"" and err == b"cleantext: interrupted\n"  # (was "after big.txt", twice)
    assert proc.returncode == -signal.SIGINT
    assert not (tmp_path / "out-big.txt").exists()


def test_main_called_with_arguments_still_returns_130_on_ctrl_c(monkeypatch, capsys):
    from cleantext import cli

    def pressed(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_main", pressed)
    assert cli.main(["rules"]) == 130  # (in-process callers get the code, the process lives)
    assert capsys.readouterr().err == "cleantext: interrupted\n"


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["clean", "{src}", "-o", ""], "-o/--output"),
        (["clean", ""], "argument path"),
        (["clean", "{src}", "--report", ""], "--report"),
        (["clean", "{src}", "--profile", ""], "--profile"),
        (["clean", "{src}", "--config", ""], "--config"),
        (["config", "--config", ""], "--config"),
        (["explain", "{src}", "--html", ""], "--html"),
        (["dedup", "{src}", "--index", ""], "--index"),
        (["learn-boilerplate", "{src}", "-o", ""], "-o/--output"),
    ],
)
def test_an_empty_path_is_a_usage_error(tmp_path, capsys, command, option):
    """``-o "$OUT"`` with the variable unset: ``-o ""`` wrote into ".", ``--index ""`` and
    ``--profile ""`` ran without the index or the profile, ``--config ""`` read ".";
    each said nothing of it, or named another file."""
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([arg.format(src=src) for arg in command])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert option in err and "an empty path" in err
    assert main(["dedup", str(src), "--index", str(tmp_path / "seen.db"), "-q"]) == 0  # near miss


def test_dedup_index_as_a_url(tmp_path, capsys, monkeypatch):
    """``--index redis://...`` failed with "redis:/localhost:6379/0: No such file or
    directory"; ``sqlite://PATH`` (the Scrapy setting's form) failed likewise."""
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    assert main(["dedup", "in.jsonl", "-o", "out.jsonl", "--index", "redis://localhost:6379/0"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the command line's index is a SQLite file" in err
    assert main(["dedup", "in.jsonl", "-o", "o.jsonl", "-q", "--index", "sqlite://seen.db"]) == 0
    assert Path("seen.db").stat().st_size > 0
    assert main(["dedup", "in.jsonl", "-o", "o.jsonl", "-q", "--index", "seen.db"]) == 0
    assert Path("o.jsonl").read_text() == ""  # (the same index: the document was seen)


@pytest.mark.parametrize("keep", ["first", "longest"])
@pytest.mark.parametrize("exact", [False, True])
def test_dedup_corpus_takes_a_numpy_array_and_a_generator(keep, exact):
    """A numpy array of texts raised "the truth value of an array ... is ambiguous"; a
    generator with exact or keep="longest" raised "has no len()" after signing every text."""
    import numpy as np

    from cleantext import DedupOptions, dedup_corpus

    texts = [SAME, SAME + " at last", OTHER]
    opts = DedupOptions(keep=keep, exact=exact)
    want = dedup_corpus(texts, opts).kept.tolist()  # (the near miss: a list, as before)
    assert want == ([1, 1, 2] if keep == "longest" else [0, 0, 2])
    assert dedup_corpus(np.array(texts), opts).kept.tolist() == want
    assert dedup_corpus((t for t in texts), opts).kept.tolist() == want


def test_scrapy_frozen_items_are_passed_on_as_cleaned_copies():
    pytest.importorskip("scrapy")
    import dataclasses

    attr = pytest.importorskip("attr")
    from cleantext.integrations.scrapy import CleanTextPipeline, PipelineSettings

    @dataclasses.dataclass(frozen=True)
    class Frozen:
        text: str
        url: str = ""

    @attr.s(auto_attribs=True, frozen=True)
    class FrozenAttrs:
        text: str

    @dataclasses.dataclass
    class Plain:
        text: str

    pipeline = CleanTextPipeline(PipelineSettings.from_mapping({}))
    for kind in (Frozen, FrozenAttrs):  # (FrozenInstanceError, a traceback for every item)
        item = kind(text="The  council met .")
        out = pipeline.process_item(item)
        assert type(out) is kind and out.text == "The council met." and item.text != out.text
    plain = Plain(text="The  council met .")  # (the near miss: changed in place, as before)
    assert pipeline.process_item(plain) is plain and plain.text == "The council met."


@pytest.mark.parametrize("suffix", [".bz2", ".xz", ".zip", ".XZ"])
def test_an_output_named_for_a_compression_cleantext_does_not_write_is_refused(
    tmp_path, capsys, suffix
):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    out = tmp_path / f"out.jsonl{suffix}"
    for command in ("clean", "dedup"):  # (plain text was written under the name)
        assert main([command, str(src), "-o", str(out), "-q"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cleantext writes .gz and .zst" in err
        assert not out.exists()


@pytest.mark.parametrize("suffix", [".GZ", ".Zst"])
def test_compression_suffixes_are_read_and_written_in_any_case(tmp_path, suffix):
    import gzip

    pytest.importorskip("zstandard")
    src, out = tmp_path / f"in.jsonl{suffix}", tmp_path / f"out.jsonl{suffix}"
    line = f'{{"id": 1, "text": "{SAME}  ,now"}}\n'.encode()
    if suffix == ".GZ":
        src.write_bytes(gzip.compress(line))  # (refused: "gzip data: name it .gz")
    else:
        import zstandard

        src.write_bytes(zstandard.ZstdCompressor().compress(line))
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    assert main(["clean", str(out), "-o", str(tmp_path / "back.jsonl"), "-q"]) == 0
    assert (tmp_path / "back.jsonl").read_bytes() == line.replace(b"  ,now", b",now")
    assert out.read_bytes()[:2] in (b"\x1f\x8b", b"\x28\xb5")  # (written as plain text)


def test_an_index_given_a_text_for_a_signature_says_so():
    index, sig = _index_and_signature()
    with pytest.raises(TypeError, match=r"a signature is 128 integers .* not str"):
        index.check_and_insert("a", SAME)  # (was "invalid literal for int() with base 10")
    assert index.check_and_insert("a", sig) is None  # (the near miss)


@pytest.mark.parametrize(
    ("key", "close"),
    [("CLEANTEXT_FIELD", "CLEANTEXT_FIELDS"), ("CLEANTEXT_DEDUPE", "CLEANTEXT_DEDUP")],
)
def test_a_mistyped_scrapy_setting_names_the_close_one(key, close):
    pytest.importorskip("scrapy")
    from scrapy.settings import Settings

    from cleantext.integrations.scrapy import PipelineSettings

    with pytest.raises(ValueError, match=f"unknown setting {key}; did you mean '{close}'"):
        PipelineSettings.from_mapping(Settings({key: "body"}))  # (ignored: "text" was cleaned)
    near = Settings({close: "body", "DOWNLOAD_DELAY": 1})  # (the near miss: other settings)
    assert PipelineSettings.from_mapping(near) is not None


def test_clean_refuses_a_negative_workers_count(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "a  b"}\n', encoding="utf-8")
    assert main(["clean", str(src), "--workers", "-1"]) == 1  # (ran one process per core)
    out, err = capsys.readouterr()
    assert out == "" and "--workers must be 0 (one per core) or more, not -1" in err
    assert main(["clean", str(src), "--workers", "0", "-q"]) == 0  # (the near miss)
    assert capsys.readouterr().out == '{"text": "a b"}\n'
