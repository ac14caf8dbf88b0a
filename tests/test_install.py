"""What a user meets after `pip install`: extras named in errors, `python -m cleantext`,
-q/-v and logging, one progress bar with an ETA, the package metadata and source package."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from cleantext.progress import Progress, file_size
from cleantext.reporting import emit_report, logger, setup_logging, verbosity_level

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=120
    )


BLOCK = "import sys; sys.modules[{mod!r}] = None\n"


@pytest.mark.parametrize(
    ("blocked", "code", "extra"),
    [
        ("redis", "import cleantext.integrations.redis_index", "redis"),
        ("lxml", "import cleantext; cleantext.clean_html('<p>x</p>')", "html"),
        (
            "redis",
            "from cleantext.integrations.seen import open_seen_index as o; o('redis://x')",
            "redis",
        ),
        ("scrapy", "import cleantext.integrations.scrapy", "scrapy"),
        ("datatrove", "import cleantext.integrations.datatrove", "datatrove"),
        (
            "pandas",
            "from cleantext.integrations.dataframes import clean_series; clean_series([])",
            "dataframes",
        ),
        (
            "polars",
            "from cleantext.integrations.dataframes import polars_expr; polars_expr('t')",
            "dataframes",
        ),
        (
            "dask.dataframe",
            "import dask.bag as db; from cleantext.integrations.dask import dedup_bag; "
            "dedup_bag(db.from_sequence(['a b c'], npartitions=1))",
            "dask",
        ),
    ],
)
def test_a_missing_extra_is_named_in_one_line(blocked: str, code: str, extra: str) -> None:
    r = _python(BLOCK.format(mod=blocked) + code)
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("cleantext.errors.MissingExtraError: "), r.stderr
    assert last.endswith(f'pip install "cleantext-scrape[{extra}]"'), last


def test_the_cli_reports_a_missing_extra_without_traceback(tmp_path: Path) -> None:
    src = tmp_path / "a.txt.zst"
    src.write_bytes(b"\x28\xb5\x2f\xfd")
    code = BLOCK.format(mod="zstandard") + (
        f"from cleantext.cli import main; raise SystemExit(main(['clean', {str(src)!r}]))"
    )
    r = _python(code)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().endswith('pip install "cleantext-scrape[zstd]"')


def test_python_dash_m_cleantext(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "cleantext", "clean", "-"],
        input="a  b ,c",
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == "a b,c"
    version = subprocess.run(
        [sys.executable, "-m", "cleantext", "--version"], capture_output=True, text=True, env=ENV
    )
    assert version.stdout.startswith("cleantext ")


@pytest.mark.parametrize("flags", [["-q"], ["-v"], ["-vv"], ["-qv"]])
def test_q_and_v_before_or_after_the_command(flags: list[str]) -> None:
    for argv in ([*flags, "rules"], ["rules", *flags]):
        r = subprocess.run(
            [sys.executable, "-m", "cleantext", *argv],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=120,
        )
        assert r.returncode == 0, (argv, r.stderr)
        assert "mojibake" in r.stdout


def test_logging_levels_and_handler() -> None:
    assert verbosity_level(0, 0) == logging.WARNING
    assert verbosity_level(3, 0) == logging.DEBUG  # clamped
    assert verbosity_level(0, 1) == logging.ERROR
    buf = io.StringIO()
    try:
        setup_logging(logging.INFO, stream=buf)
        setup_logging(logging.INFO, stream=buf)  # again: still one handler
        logging.getLogger("cleantext.something").info("hello")
        logging.getLogger("cleantext").debug("hidden")
        assert buf.getvalue() == "cleantext: hello\n"
        err = io.StringIO()
        setup_logging(logging.ERROR, stream=buf)  # -q: no stderr report
        emit_report({"a": 1}, None, stream=err)
        assert err.getvalue() == ""
    finally:
        setup_logging(logging.WARNING)


def test_report_file_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    emit_report({"docs_in": 3}, str(path))
    assert json.loads(path.read_text()) == {"docs_in": 3}
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    assert logger.name == "cleantext"


def test_progress_total_percentage_and_eta() -> None:
    buf = io.StringIO()
    p = Progress(total=10, unit="files", stream=buf, enabled=True, interval=0)
    p.started -= 4.0
    p.update(4)
    line = buf.getvalue().split("\033[K")[-1]
    assert "4/10 files" in line and " 40%" in line
    assert "ETA 0:06" in line
    p.update(6)
    p.close()
    last = buf.getvalue().split("\033[K")[-1]
    assert "10/10 files" in last and "100%" in last and "ETA" not in last


def test_progress_by_bytes_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b"x" * 2000)
    assert file_size(str(path)) == 2000
    assert file_size(str(tmp_path)) is None and file_size("-") is None
    p = Progress(unit="docs", label="signing", size=file_size(str(path)), enabled=False)
    with p:
        for _ in p.wrap(range(5)):
            pass
        p.advance_to(500)
        assert p.fraction() == 0.25
    assert p.done == 5
    assert "docs" in p.line() and "of 2.0 kB" in p.line()


def test_progress_silent_when_not_a_tty() -> None:
    buf = io.StringIO()
    with Progress(total=3, stream=buf) as p:
        p.update(3)
    assert buf.getvalue() == ""


def test_package_metadata() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = meta["optional-dependencies"]
    assert any(d.startswith("lxml_html_clean") for d in extras["scrapy"])
    assert {"zstd", "redis", "dask", "scrapy", "dataframes", "datatrove"} <= set(extras)
    assert all(e in extras["all"][0] for e in ("zstd", "redis", "dask", "scrapy", "datatrove"))
    assert meta["license"] == "Apache-2.0"
    # the project has no public home yet: no URL rather than a placeholder that leads nowhere
    assert "urls" not in meta
    assert "Apache License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for part in ("LICENSE", "graft tests", "graft docs", "graft examples"):
        assert part in manifest


def test_the_sdist_leaves_out_the_git_ignored_data_sets() -> None:
    """MANIFEST.in grafts whole directories from the working tree: a git-ignored directory
    inside one (the downloaded holdout and extra dev sets under benchmarks/) must be pruned,
    or `python -m build` in a checkout that has them ships them."""
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    grafted = {ln.split()[1] for ln in manifest if ln.startswith("graft ")}
    pruned = {ln.split()[1] for ln in manifest if ln.startswith("prune ")}
    ignored = [
        ln.strip().rstrip("/")
        for ln in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
        if "/" in ln.strip().rstrip("/") and not ln.startswith("#")
    ]
    inside = [d for d in ignored if d.split("/")[0] in grafted]
    assert {"benchmarks/holdout", "benchmarks/extra_dev"} <= set(inside)
    assert set(inside) <= pruned, set(inside) - pruned


def test_every_extra_is_in_all_and_in_the_install_smoke_test() -> None:
    """An extra added to pyproject (as [html] was) is installed by [all], named by the
    missing-extra table and smoke-tested by scripts/check_install.sh."""
    import importlib.util
    import re

    from cleantext._extras import EXTRAS

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    user_extras = set(extras) - {"all", "dev", "docs"}
    in_all = re.fullmatch(r"cleantext-scrape\[(.*)\]", extras["all"][0])
    assert in_all and set(in_all.group(1).split(",")) == user_extras
    assert set(EXTRAS) == user_extras
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "scripts" / "smoke_install.py")
    assert spec and spec.loader
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    assert set(smoke.ALL) == set(smoke.CHECKS) == user_extras


def test_readme_has_no_relative_links() -> None:
    """PyPI renders the README without the repository: relative links would be dead there."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)]+)\)", readme):
        assert target.startswith(("https://", "http://", "#")), target


def test_q_silences_the_notes_of_clean_and_explain(tmp_path: Path) -> None:
    """The notes of clean (skipped lines, left-out symlinks) and explain (report written) are
    shown by default and gone with -q; errors stay."""
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "a  b"}\nnot json\n', encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "x.txt").write_text("x  y", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    (tree / "link.txt").symlink_to(tmp_path / "outside.txt")
    runs = {
        "skipped": ["clean", str(src), "--skip-bad", "-o", str(tmp_path / "o.jsonl")],
        "left out": ["clean", str(tree), "-o", str(tmp_path / "out")],
        "wrote": ["explain", str(tmp_path / "tree" / "x.txt"), "--html", str(tmp_path / "r.html")],
    }
    for note, argv in runs.items():
        for quiet in ([], ["-q"]):
            r = subprocess.run(
                [sys.executable, "-m", "cleantext", *quiet, *argv],
                capture_output=True,
                text=True,
                env=ENV,
                timeout=120,
            )
            assert r.returncode == 0, (argv, r.stderr)
            assert (note in r.stderr) == (not quiet), (quiet, argv, r.stderr)
            if quiet:
                assert r.stderr == ""
    bad = subprocess.run(
        [sys.executable, "-m", "cleantext", "-q", "clean", str(src)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("cleantext: error: ")


@pytest.mark.parametrize("script", ["bench_workers.py", "bench_pipeline.py", "bench_html.py"])
def test_a_benchmark_without_the_shared_data_says_so_in_one_line(
    script: str, tmp_path: Path
) -> None:
    """The README's benchmark commands, run from the source package (which has no dev sets):
    one line naming the missing file and CLEANTEXT_SHARED, exit 1, no traceback."""
    r = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script)],
        capture_output=True,
        text=True,
        env={**ENV, "CLEANTEXT_SHARED": str(tmp_path)},
        timeout=120,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(str(tmp_path)) and "CLEANTEXT_SHARED" in line


@pytest.mark.slow
def test_every_command_help_ends_with_examples_that_run(tmp_path: Path) -> None:
    """`cleantext COMMAND --help` ends with an ``examples:`` section, and each example runs
    as written (exit 0) in the docs snippets' sandbox (page.txt, crawl.jsonl, pages/, ...)."""
    from cleantext.cli import COMMANDS, build_parser
    from test_snippets import _make_sandbox

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    script = ["set -euo pipefail"]
    for name in sorted(COMMANDS, key=lambda n: n == "config"):  # config writes cleantext.toml
        help_text = sub.choices[name].format_help()
        _, found, examples = help_text.rpartition("\nexamples:\n")
        assert found, f"`cleantext {name} --help` has no examples"
        lines = [ln.strip() for ln in examples.splitlines() if ln.strip()]
        assert lines and all(ln.startswith(("cleantext ", "cat ")) for ln in lines), lines
        assert lines[0].startswith(f"cleantext {name}"), lines
        script += lines
    _make_sandbox(tmp_path)
    r = subprocess.run(
        ["bash", "-c", "\n".join(script)],
        cwd=tmp_path,
        env={**ENV, "PATH": f"{tmp_path / '.bin'}{os.pathsep}{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "site.json").exists() and (tmp_path / "unique.jsonl.gz").exists()
    assert 'preset = "extract"' in (tmp_path / "cleantext.toml").read_text(encoding="utf-8")


def test_import_cleantext_warns_nothing_and_loads_no_dependency() -> None:
    """`python -W error -c "import cleantext"` is silent, and the dependencies (numpy, scipy,
    regex, ...) load on first use, not at import (scripts/smoke_install.py checks the same in
    the installed wheel)."""
    r = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import sys, cleantext; print(*sys.modules)"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert r.returncode == 0 and r.stderr == "", r.stderr
    loaded = set(r.stdout.split())
    assert not {"numpy", "scipy", "regex", "ftfy", "datasketch", "xxhash"} & loaded
    assert not {"cleantext.pipeline", "cleantext.normalizers"} & loaded


def test_skip_bad_does_not_skip_the_files_a_missing_extra_cannot_read(tmp_path: Path) -> None:
    """Without zstandard, a directory run with --skip-bad stops at its .zst file with the
    extra to install (exit 1): skipping every .zst file of a crawl and exiting 0 lost them.
    A file that is really bad (not UTF-8) is still skipped."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("a  b", encoding="utf-8")
    (src / "b.txt").write_bytes(b"\xff\xfe caf\xe9")

    def run(out: str) -> subprocess.CompletedProcess[str]:
        code = BLOCK.format(mod="zstandard") + (
            "from cleantext.cli import main; "
            f"raise SystemExit(main(['-q', 'clean', {str(src)!r}, '-o', {out!r}, '--skip-bad']))"
        )
        return _python(code)

    skipped = run(str(tmp_path / "out1"))
    assert skipped.returncode == 0 and skipped.stderr == "", skipped.stderr
    assert sorted(p.name for p in (tmp_path / "out1").iterdir()) == ["a.txt"]
    (src / "c.txt.zst").write_bytes(b"\x28\xb5\x2f\xfd")
    stopped = run(str(tmp_path / "out2"))
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr, stopped.stderr
    assert stopped.stderr.strip().endswith('pip install "cleantext-scrape[zstd]"')
    assert len(stopped.stderr.strip().splitlines()) == 1
