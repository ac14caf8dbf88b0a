"""More inputs an adversarial user feeds cleantext (session 25; the first pass is
test_io_adversarial.py): each gives a correct result, a documented safe result or a one-line
error (no traceback, no silent loss)."""

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


def _index_and_signature():
    from cleantext.corpus.dedup import DedupOptions, sign_texts
    from cleantext.corpus.index import MemoryIndex

    opts = DedupOptions()
    index = MemoryIndex(opts.scheme())
    return index, sign_texts([SAME], opts).values[0]


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (lambda s: s.astype(float) + 0.5, TypeError, "not float64"),  # (0.5 was cut off)
        (lambda s: s.astype("int64") - 2**32, ValueError, r"not -\d"),  # (wrapped around)
        (lambda s: s.astype("uint64") + 2**32, ValueError, r"not \d{10}"),
        (lambda s: s.astype(bool), TypeError, "not bool"),
    ],
)
def test_an_index_refuses_signatures_a_cast_would_change(change, error, message):
    index, sig = _index_and_signature()
    bad = change(sig)
    for call in (
        lambda: index.insert("a", bad),
        lambda: index.duplicates(bad),
        lambda: index.check_batch(["a"], bad.reshape(1, -1), [0]),
    ):
        with pytest.raises(error, match=r"integers in 0\.\.2\*\*32-1 .*" + message):
            call()
    assert len(index) == 0
    near = sig.astype("int64").tolist()  # (the near miss: Python ints in range are fine)
    assert index.check_and_insert("a", near) is None
    assert index.check_batch(["b"], sig.astype("uint64").reshape(1, -1), [0]) == ["a"]


@pytest.mark.parametrize("command", ["clean", "dedup"])
def test_workers_0_means_one_per_core_in_clean_and_dedup(tmp_path, capsys, command):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 1, "text": "{SAME}"}}\n{{"id": 2, "text": "{SAME}"}}\n')
    assert main([command, str(src), "--workers", "0", "-q"]) == 0  # (dedup refused it)
    out, err = capsys.readouterr()
    assert out.count("\n") == (2 if command == "clean" else 1) and err == ""
    assert main([command, str(src), "--workers", "-1"]) == 1  # (the near miss: still refused)
    assert "--workers must be 0 (one per core) or more, not -1" in capsys.readouterr().err


@pytest.mark.parametrize("drop_empty", [True, False])
def test_datatrove_document_without_text_is_counted_not_a_crash(drop_empty):
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleantext.integrations.datatrove import CleanTextStep

    step = CleanTextStep(drop_empty=drop_empty)
    docs = [Document(text=None, id="n"), Document(text="a  b", id="y")]  # type: ignore[arg-type]
    out = list(step.run(docs))  # (raised "text must be str, not NoneType")
    assert [(d.id, d.text) for d in out] == (
        [("y", "a b")] if drop_empty else [("n", None), ("y", "a b")]
    )
    assert step.stats["no_text"].total == 1 and "cleantext_edits" not in docs[0].metadata
    with pytest.raises(TypeError, match="document 'b': its text is bytes, not str or None"):
        list(step.run([Document(text=b"a  b", id="b")]))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            "DedupOptions(threshhold=0.8)",
            "DedupOptions has no option 'threshhold'; did you mean 'threshold'",
        ),
        ("Config(disabel=frozenset())", "Config has no option 'disabel'; did you mean 'disable'"),
        ("BoilerplateOptions(extrct_off=())", "did you mean 'extract_off'"),
        ("ShingleOptions(size=3)", "ShingleOptions has no option 'size'; its options: kind, n"),
        ("NormalizeOptions(profle='ftfy')", "did you mean 'profile'"),
        ("BlockDedupOptions(treshold=0.5)", "did you mean 'threshold'"),
    ],
)
def test_a_mistyped_option_names_the_close_one(make, message):
    from cleantext import Config, DedupOptions  # noqa: F401 (used by eval)
    from cleantext.config import BlockDedupOptions, BoilerplateOptions, NormalizeOptions  # noqa: F401
    from cleantext.errors import ConfigError
    from cleantext.minhash.shingle import ShingleOptions  # noqa: F401

    with pytest.raises(ConfigError, match=message) as error:  # (was Python's bare TypeError)
        eval(make)
    assert isinstance(error.value, TypeError)  # (code that caught TypeError still does)
    key = make.split("(")[1].split("=")[0]
    right = {"threshhold": "threshold", "disabel": "disable", "extrct_off": "extract_off"}
    right |= {"size": "n", "profle": "profile", "treshold": "threshold"}
    assert eval(make.replace(key, right[key])) is not None  # (the near miss: the right name)
    with pytest.raises(TypeError, match="multiple values"):  # (other TypeErrors: Python's)
        DedupOptions(0.5, threshold=0.4)  # type: ignore[misc]


PAGE = (
    "Home | News | Sport\n\nCaf\u00c3\u00a9 owners  say the council voted ,again.\n\n"
    "The council met on Monday to vote on the new bridge over the river.\n\n"
    "The council met on Monday to vote on the new bridge over the river.\n\nShare this article\n"
)
HTML = (
    "<html><head><title>Bridge</title></head><body><nav>Home | News</nav><article><h1>Bridge"
    "</h1><p>The council met on Monday to vote on the new bridge over the river, and the"
    " mayor  agreed ,at last.</p><p>Works start in May and end next year.</p></article>"
    "<footer>Share this article</footer></body></html>"
)


@pytest.mark.parametrize("preset", ["light", "extract", "none"])
@pytest.mark.parametrize("kind", ["txt", "html"])
def test_explain_json_replays_to_the_output(tmp_path, capsys, preset, kind):
    """``explain --json`` gave no pass number: edits of later passes (whose offsets are in
    the text an earlier pass left) could not be applied to anything in the JSON."""
    from cleantext.edits import Edit, replay

    if kind == "html":
        pytest.importorskip("lxml")
    src = tmp_path / f"page.{kind}"
    src.write_text(PAGE if kind == "txt" else HTML, encoding="utf-8")
    assert main(["explain", str(src), "--json", "--preset", preset]) == 0
    data = json.loads(capsys.readouterr().out)
    edits = [Edit.from_dict(e) for e in data["edits"]]
    assert replay(data["source"], edits) == data["text"]
    assert main(["clean", str(src), "-q", "--preset", preset]) == 0
    assert capsys.readouterr().out == data["text"]
    if kind == "txt" and preset == "extract":
        assert len({e.pass_no for e in edits}) > 1  # (several passes: the case that failed)
    with pytest.raises(ValueError, match="'pass' is missing"):  # (the near miss: old JSON)
        Edit.from_dict({k: v for k, v in data["edits"][0].items() if k != "pass"})


@pytest.mark.parametrize(
    "charset",
    ["rot13", "base64", "zlib", "punycode", "undefined", "unicode_escape", "utf-7", "cp037"],
)
def test_a_charset_no_browser_reads_is_ignored(tmp_path, capsys, charset):
    """A ``<meta charset>`` naming a Python codec that is no web encoding raised LookupError or
    UnicodeError (a traceback), or changed the text: "\\u0041" and "+AGE-" became "A" and "a",
    an ASCII page declared EBCDIC came out garbled."""
    body = "The council met here on Monday: \\u0041 +AGE- \\x41 done."
    page = f'<html><head><meta charset="{charset}"></head><body><p>{body}</p></body></html>'
    src = tmp_path / "page.html"
    src.write_bytes(page.encode("cp1252"))
    assert main(["clean", str(src), "-q"]) == 0
    assert capsys.readouterr().out == body
    greek = "Η βουλή συνεδρίασε τη Δευτέρα για τη νέα γέφυρα."  # (the near miss: honoured)
    src.write_bytes(page.replace(charset, "iso-8859-7").replace(body, greek).encode("iso-8859-7"))
    assert main(["clean", str(src), "-q"]) == 0
    assert capsys.readouterr().out == greek


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "CT": f"{sys.executable} -m cleantext"}
    return subprocess.run(
        ["sh", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("command", "code", "message"),
    [
        ("$CT clean in.jsonl -o out.jsonl -q >&-", 0, ""),  # (a traceback, exit 1)
        ("$CT clean in.jsonl -o out.jsonl -q 2>&-", 0, ""),  # (exit 1, nothing said)
        ("$CT clean in.jsonl >&-", 1, "<stdout>: standard output is closed"),
        ("$CT rules >&-", 1, "<stdout>: standard output is closed"),
        ("$CT dedup in.jsonl --index seen.db >&-", 1, "standard output is closed"),
        ("$CT clean - <&-", 1, "<stdin>: standard input is closed"),
        ("$CT clean in.jsonl -o out.jsonl -q", 0, ""),  # (the near miss: all open)
    ],
)
def test_a_closed_standard_stream_is_a_one_line_error_or_no_matter(
    tmp_path, command, code, message
):
    (tmp_path / "in.jsonl").write_text(f'{{"id": 1, "text": "{SAME}  ,x"}}\n', encoding="utf-8")
    run = _shell(command, tmp_path)
    assert (run.returncode, run.stderr.strip()) == (
        code,
        "cleantext: error: " * bool(message) + message,
    )
    if "-o out.jsonl" in command:
        assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").endswith(',x"}\n')
    if "--index" in command:  # (the index is not committed without its output)
        again = _shell("$CT dedup in.jsonl --index seen.db -q", tmp_path)
        assert again.stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"sites": {"a.com": {"pages": "x", "lines": ["x"]}}},
            "site 'a.com': pages must be a count",
        ),
        (
            {"sites": {"a.com": {"pages": -2, "lines": ["x"]}}},
            "site 'a.com': pages must be a count",
        ),
        ({"sites": [1, 2]}, "sites must be an object of sites, not \\[1, 2\\]"),
        ({"sites": None}, "sites must be an object of sites, not None"),
        ({"min_pages": "3"}, "min_pages must be a count \\(0 or more\\), not '3'"),
        ({"min_share": []}, "min_share must be a number, not \\[\\]"),
    ],
)
def test_a_hand_edited_profile_names_the_bad_value(tmp_path, capsys, change, message):
    """Each said what Python said: "invalid literal for int() with base 10: 'x'", "cannot
    convert dictionary update sequence element #0 to a sequence", "'NoneType' object is not
    iterable"; a negative page count was read."""
    body = {"format": "cleantext-site-profile", "version": 1, "min_pages": 3.0}
    body["sites"] = {"a.com": {"pages": 3, "lines": ["Share this"]}}
    src, profile = tmp_path / "in.txt", tmp_path / "profile.json"
    src.write_text("The council met.\n", encoding="utf-8")
    profile.write_text(json.dumps(body), encoding="utf-8")
    assert main(["clean", str(src), "--profile", str(profile), "-q"]) == 0  # (the near miss)
    capsys.readouterr()
    profile.write_text(json.dumps({**body, **change}), encoding="utf-8")
    assert main(["clean", str(src), "--profile", str(profile), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert __import__("re").search(f"profile.json: {message}", err), err


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("INSERT INTO meta VALUES ('pending_output', 'not json')", "the note of a stopped run"),
        ("INSERT INTO meta VALUES ('pending_output', '[1]')", "the note of a stopped run"),
        ("INSERT INTO meta VALUES ('pending_output', '{\"pid\": 1}')", "the note of a stopped"),
        ("UPDATE docs SET signature=x'0102'", "a stored signature is damaged \\(2 bytes\\)"),
        ("UPDATE docs SET signature=x'01020304'", "a stored signature is damaged \\(4 bytes\\)"),
        ("UPDATE docs SET size='abc'", "a stored document size is damaged \\('abc'\\)"),
    ],
)
def test_a_damaged_index_is_a_one_line_error(tmp_path, capsys, damage, message):
    """Each was a traceback (JSONDecodeError, KeyError, "buffer size must be a multiple of
    element size", "invalid literal for int()")."""
    import re
    import sqlite3

    src, db = tmp_path / "in.jsonl", tmp_path / "seen.db"
    src.write_text(f'{{"id": 1, "text": "{SAME}"}}\n', encoding="utf-8")
    assert main(["dedup", str(src), "--index", str(db), "-q", "-o", str(tmp_path / "a")]) == 0
    assert main(["dedup", str(src), "--index", str(db), "-q"]) == 0  # (the near miss)
    assert capsys.readouterr().out == ""  # (seen: the index works)
    with sqlite3.connect(db) as conn:
        conn.execute(damage)
    conn.close()
    assert main(["dedup", str(src), "--index", str(db), "-o", str(tmp_path / "b")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the index is damaged (" in err
    assert re.search(message, err) and "the index is unchanged" in err
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"CLEANTEXT_MIN_CHARS": 1e400}, "CLEANTEXT_MIN_CHARS must be a number \\(int\\), not inf"),
        ({"CLEANTEXT_CONFIG": "cleantext.toml"}, "CLEANTEXT_CONFIG: .*not valid JSON.*not a file"),
        ({"CLEANTEXT_CONFIG": '{"presett": 1}'}, "CLEANTEXT_CONFIG: unknown config key 'presett'"),
    ],
)
def test_scrapy_settings_name_the_setting_in_every_error(settings, message):
    """An infinite CLEANTEXT_MIN_CHARS raised OverflowError; a config file's path said "config
    is not valid JSON", naming no setting."""
    pytest.importorskip("scrapy")
    from cleantext.integrations.scrapy import CleanTextPipeline, PipelineSettings

    with pytest.raises(ValueError, match=message):
        CleanTextPipeline(PipelineSettings.from_mapping(settings))
    near = {"CLEANTEXT_MIN_CHARS": 20.0, "CLEANTEXT_CONFIG": '{"preset": "extract"}'}
    assert CleanTextPipeline(PipelineSettings.from_mapping(near)).settings.min_chars == 20


def test_an_input_cut_short_while_it_is_read_is_an_error_not_a_short_output(tmp_path):
    """A JSONL file truncated at a line end while ``clean`` read it gave an output without its
    last records, exit 0; with --workers, a span past the new end was read as empty."""
    from cleantext.io import InputError, iter_lines, line_spans

    src = tmp_path / "in.jsonl"
    line = f'{{"text": "{SAME}"}}\n'.encode()
    src.write_bytes(line * 20_000)
    cut = len(line) * 100
    with pytest.raises(InputError, match=r"in.jsonl: shrank from [\d,]+ to [\d,]+ bytes while"):
        for lineno, _ in iter_lines(str(src)):
            if lineno == 10:
                os.truncate(src, cut)
    src.write_bytes(line * 20_000)
    spans = list(line_spans(str(src), 1000, 0))
    os.truncate(src, cut)
    with pytest.raises(InputError, match=r"in\.jsonl: shrank while it was read"):
        list(iter_lines(str(src), span=spans[-1]))
    src.write_bytes(line * 20_000)  # (the near miss: a file that grows is read as it comes)
    read = 0
    for lineno, _ in iter_lines(str(src)):
        read += 1
        if lineno == 10:
            with src.open("ab") as f:
                f.write(line)
    assert read == 20_001
