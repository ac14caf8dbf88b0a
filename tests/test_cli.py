"""The command line, run as a subprocess like a user would."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.cli import COMMANDS

EXE = [sys.executable, "-m", "cleantext.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=120)


def test_clean_file_to_stdout(example_text: str, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(example_text, encoding="utf-8")
    r = run("clean", str(src))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.count("Barbara Woodward") == 1
    assert "What's Your Reaction?" not in out


def test_clean_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    r = run("clean", "-", "-o", str(out), stdin=b"a  b ,c")
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    assert out.read_text() == "a b,c"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temp file left behind


def test_jsonl_keeps_other_fields_and_gz_by_extension(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    rows = [{"id": 1, "body": "x  y", "meta": {"k": "v"}}, {"id": 2, "body": "Read more"}]
    with gzip.open(src, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    dst = tmp_path / "out.jsonl.gz"
    r = run("clean", str(src), "-o", str(dst), "--text-field", "body")
    assert r.returncode == 0, r.stderr
    with gzip.open(dst, "rt", encoding="utf-8") as f:
        got = [json.loads(line) for line in f]
    assert got == [{"id": 1, "body": "x y", "meta": {"k": "v"}}, {"id": 2, "body": ""}]


def test_malformed_jsonl_names_line_and_skip_bad(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "ok"}\n{oops\n{"other": 1}\n{"text": "fine  too"}\n')
    dst = tmp_path / "out.jsonl"
    dst.write_text("previous good output\n")
    r = run("clean", str(src), "-o", str(dst))
    assert r.returncode == 1
    assert b":2: invalid JSON" in r.stderr and b"Traceback" not in r.stderr
    assert dst.read_text() == "previous good output\n"  # untouched on failure
    report = tmp_path / "report.json"
    r = run("clean", str(src), "-o", str(dst), "--skip-bad", "--report", str(report))
    assert r.returncode == 0, r.stderr
    # the record without a text field passes through unchanged; the bad JSON is skipped
    assert dst.read_text() == '{"text": "ok"}\n{"other": 1}\n{"text": "fine too"}\n'
    rep = json.loads(report.read_text())
    assert rep["skipped"] == 1 and rep["passed_through"] == 1 and rep["documents_out"] == 3
    assert any(":2: invalid JSON" in e for e in rep["errors"])
    assert any(":3: missing field 'text'" in e for e in rep["passed_through_lines"])


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"caf\xe9 latin-1", b"not valid UTF-8 at byte 3"), (b"\x00\x01\x02bin", b"binary file")],
)
def test_undecodable_input_is_one_line_error(
    tmp_path: Path, content: bytes, message: bytes
) -> None:
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    r = run("clean", str(src))
    assert r.returncode == 1
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_file_and_usage_errors() -> None:
    r = run("clean", "/no/such/file.txt")
    assert r.returncode == 1
    assert r.stderr.strip() == b"cleantext: error: /no/such/file.txt: no such file"
    assert run("clean", "--preset", "bogus").returncode == 2
    assert run().returncode == 2


def test_empty_input_gives_empty_output() -> None:
    r = run("clean", "-", stdin=b"")
    assert r.returncode == 0 and r.stdout == b""


def test_steps_option_runs_only_dedup(example_text: str) -> None:
    r = run("clean", "--steps", "dedup-blocks", "-", stdin=example_text.encode())
    out = r.stdout.decode()
    assert "armes. le gouvernement" in out and "What's Your Reaction?" in out
    assert out.count("Barbara Woodward") == 1


def test_help_lists_steps() -> None:
    r = run("clean", "--help")
    assert b"dedup-blocks" in r.stdout and b"normalize" in r.stdout


def test_explain_plain_when_piped(example_text: str) -> None:
    r = run("explain", "-", stdin=example_text.encode())
    out = r.stdout.decode()
    assert r.returncode == 0
    assert "\x1b[" not in out
    assert "[repeated-block]" in out and "[ui-strings]" in out and "[capitalize-sentence]" in out
    colored = run("explain", "--color", "always", "-", stdin=example_text.encode())
    assert b"\x1b[31m" in colored.stdout


def test_explain_json_of_a_record_with_a_lone_surrogate(tmp_path: Path) -> None:
    """A JSONL text with an escaped lone surrogate that an edit covers (found by fuzz_cli.py):
    the JSON edits keep it as its escape, as clean writes the record, not a traceback."""
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Caf\\u00c3\\u00a9 \\ud800 ok\\n\\nRead more"}\n', encoding="utf-8")
    r = run("explain", str(src), "--line", "1", "--json")
    assert r.returncode == 0, r.stderr
    assert b"\\ud800" in r.stdout
    edits = json.loads(r.stdout)["edits"]
    assert edits[0]["rule"] == "mojibake" and "\ud800" in edits[0]["before"]
    assert json.loads(r.stdout)["report"]["chars_out"] == 9


def test_explain_json(example_text: str) -> None:
    r = run("explain", "--json", "-", stdin=example_text.encode())
    data = json.loads(r.stdout)
    rules = {e["rule"] for e in data["edits"]}
    assert rules == {"capitalize-sentence", "repeated-block", "ui-strings"}


def test_learn_boilerplate_takes_a_url_with_a_lone_surrogate(tmp_path: Path) -> None:
    # fuzz_cli found it: the URL's hash encoded it as strict UTF-8 (a traceback)
    crawl = tmp_path / "crawl.jsonl"
    rows = [{"url": "https://a.example/\udfff", "text": "Story.\nAcme footer"}] + [
        {"url": f"https://a.example/{i}", "text": f"Story {i}.\nAcme footer"} for i in range(4)
    ]
    crawl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run("learn-boilerplate", str(crawl), "-o", str(tmp_path / "site.json"))
    assert done.returncode == 0, done.stderr
    assert "acme footer" in (tmp_path / "site.json").read_text(encoding="utf-8")


def test_learn_boilerplate_counts_in_words(tmp_path: Path) -> None:
    """'1 line learned for 1 site', not '1 lines ... 1 sites'; plurals from 2 on."""
    crawl = tmp_path / "crawl.jsonl"
    words = ["Rain.", "Snow today.", "A storm came.", "Sun at last."]
    rows = [
        {"url": f"https://a.example/{i}", "text": f"{w}\nAcme footer"} for i, w in enumerate(words)
    ]
    crawl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run("learn-boilerplate", str(crawl), "-o", str(tmp_path / "site.json"))
    assert done.stderr.decode().strip() == "cleantext: 1 line learned for 1 site"
    rows += [
        {"url": f"https://b.example/{i}", "text": f"{w}\nB one\nB two"} for i, w in enumerate(words)
    ]
    crawl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run("learn-boilerplate", str(crawl), "-o", str(tmp_path / "site.json"))
    assert done.stderr.decode().strip() == "cleantext: 3 lines learned for 2 sites"


def test_explain_html_to_stdout_says_so(example_text: str, tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(example_text, encoding="utf-8")
    done = run("explain", str(page), "--html", "-")
    assert done.returncode == 0 and done.stdout.startswith(b"<!DOCTYPE html>")
    assert done.stderr.decode().strip() == "cleantext: wrote the HTML report to stdout (4 edits)"
    done = run("explain", str(page), "--html", str(tmp_path / "r.html"))  # a file: its name
    assert done.stderr.decode().strip().startswith(f"cleantext: wrote {tmp_path / 'r.html'} (")


def test_one_file_into_a_directory_as_cp_does(tmp_path: Path) -> None:
    """`-o DIR` (existing) or `-o DIR/` writes DIR/<input name>; `-o new/` used to write a
    file named `new`. Near misses: a file name is a file; stdin has no name to give."""
    page = tmp_path / "page.txt"
    page.write_text("a  b\n")
    assert run("clean", str(page), "-o", f"{tmp_path / 'new'}/").returncode == 0
    assert (tmp_path / "new" / "page.txt").read_text() == "a b\n"
    assert run("clean", str(page), "-o", str(tmp_path / "new")).returncode == 0  # it exists now
    assert run("clean", str(page), "-o", str(tmp_path / "out.txt")).returncode == 0
    assert (tmp_path / "out.txt").read_text() == "a b\n"
    done = run("clean", "-", "-o", str(tmp_path / "new"), stdin=b"a  b\n")
    assert done.returncode == 1 and b"is a directory" in done.stderr
    done = run("clean", str(page), "-o", f"{tmp_path}/")  # into the input's own folder
    assert done.returncode == 1 and b"would overwrite the input" in done.stderr
    done = run("dedup", str(page), "-o", f"{tmp_path / 'dd'}/")
    assert done.returncode == 1 and b"not a directory (give a file name)" in done.stderr
    assert not (tmp_path / "dd").exists()
    done = run("clean", str(page), "-o", str(tmp_path / "missing" / "x.txt"))  # not created
    assert done.returncode == 1 and b"does not exist" in done.stderr
    assert not (tmp_path / "missing").exists()


def test_jsonl_batches_report_the_bytes_read_for_the_progress_bar(tmp_path: Path) -> None:
    import io

    from cleantext import Cleaner
    from cleantext.batch import BatchOptions, clean_jsonl

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"a  b {i}"}) + "\n" for i in range(600)))
    seen: list[int] = []
    clean_jsonl(
        Cleaner(), str(src), io.StringIO(), BatchOptions(), 1, lambda s: seen.append(s.bytes_read)
    )
    assert len(seen) > 1 and sum(seen) == src.stat().st_size  # the bar reaches 100% at the end


class _Tty:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "mode", "coloured"),
    [
        ({}, "auto", True),
        ({"NO_COLOR": "1"}, "auto", False),
        ({"NO_COLOR": ""}, "auto", True),  # no-color.org: an empty value does not count
        ({"TERM": "dumb"}, "auto", False),
        ({"NO_COLOR": "1"}, "always", True),  # an explicit choice wins
        ({}, "never", False),
    ],
)
def test_color_follows_no_color_and_the_option(
    env: dict[str, str], mode: str, coloured: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleantext.cli.explain import _use_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert _use_color(mode, _Tty()) is coloured  # type: ignore[arg-type]


def test_the_bar_shows_the_bytes_of_the_documents_it_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, `clean crawl.jsonl` drew "256 docs [ ] 0%": the count of a batch was
    drawn before its bytes were added. Each drawn line now has both (the last is 100%)."""
    import io
    import re

    from cleantext import progress
    from cleantext.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"a  b {i}"}) + "\n" for i in range(300)))
    monkeypatch.setattr(progress, "_is_tty", lambda stream: True)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["clean", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    drawn = re.findall(r"cleaning ([\d,]+) docs \[[# ]*\]\s+(\d+)%", sys.stderr.getvalue())
    assert drawn and drawn[-1] == ("300", "100"), drawn
    for docs, pct in drawn:  # (the near miss: no bar is 0% with documents done)
        assert int(pct) > 0 or docs == "0", drawn


def test_help_names_the_exit_codes(tmp_path: Path) -> None:
    """The exit codes were only in docs/cli.md, which a wheel does not install; `--help` says
    them, and an unknown option (a usage error) does exit 2, a missing file 1."""
    from cleantext.cli import build_parser

    text = " ".join(build_parser().format_help().split())
    assert "exit codes: 0 success, 1 an error" in text and "2 a usage error" in text
    assert run("clean", "--bogus").returncode == 2
    assert run("clean", str(tmp_path / "no.txt")).returncode == 1


def test_every_option_with_a_default_says_it_the_same_way() -> None:
    """dedup's --num-perm said "permutations (128)", --workers "(1)"; clean's --report did not
    say that the report goes to stderr without it; `rules -h` had no description."""
    helps = {name: " ".join(run(name, "--help").stdout.decode().split()) for name in COMMANDS}
    for name in ("clean", "dedup"):
        assert "(default: one line on stderr; nothing with -q)" in helps[name], name
    assert "permutations (default: 128)" in helps["dedup"]
    assert "one per core; default: 1)" in helps["dedup"]
    assert "List every rule" in helps["rules"]
