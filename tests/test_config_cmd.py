"""``cleantext config --show``: the effective config, from files and options."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from cleantext.config import Config

EXE = [sys.executable, "-m", "cleantext.cli"]


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EXE, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def test_defaults_round_trip_as_toml(tmp_path: Path) -> None:
    r = run(tmp_path, "config", "--show")
    assert r.returncode == 0, r.stderr
    assert "file: none" in r.stdout
    assert Config.from_dict(tomllib.loads(r.stdout)) == Config()


def test_pyproject_section_is_honoured_and_options_win(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.cleantext]\npreset = "extract"\n'
        'disable = ["collapse-spaces"]\n\n[tool.cleantext.dedup]\nthreshold = 0.8\n'
    )
    r = run(tmp_path, "config", "--show", "--disable", "capitalize-sentence")
    assert r.returncode == 0, r.stderr
    cfg = Config.from_dict(tomllib.loads(r.stdout))
    assert cfg.preset == "extract" and cfg.dedup.threshold == 0.8
    assert cfg.disable == {"collapse-spaces", "capitalize-sentence"}
    # clean uses the same config: collapse-spaces is off there too
    src = tmp_path / "a.txt"
    src.write_text("a  b")
    assert run(tmp_path, "clean", "a.txt").stdout == "a  b"


def test_explicit_config_file_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleantext]\npreset = "extract"\n')
    (tmp_path / "mine.toml").write_text('preset = "none"\ndisable = ["collapse-spaces"]\n')
    r = run(tmp_path, "config", "--json", "--config", "mine.toml")
    assert r.returncode == 0, r.stderr
    assert '"preset": "none"' in r.stdout and '"collapse-spaces"' in r.stdout


def test_bad_config_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "cleantext.toml").write_text('preset = "bogus"\n')
    r = run(tmp_path, "config", "--show")
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        "cleantext: error: cleantext.toml: unknown preset 'bogus'; choose one of light, extract, "
        "none"
    ]


def test_rule_summaries_are_escaped_once(tmp_path: Path) -> None:
    r = run(tmp_path, "rules")
    [line] = [x for x in r.stdout.splitlines() if " html-entities " in x]
    assert "such as &amp; and &#233;" in line and "&amp;amp;" not in line
    (tmp_path / "p.txt").write_text("Fish &amp; chips.\n")
    r = run(tmp_path, "explain", "p.txt", "--html", "r.html")
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "r.html").read_text()
    assert "<td>Decode HTML entities such as &amp;amp; and &amp;#233;" in page  # shows &amp;
    assert "&amp;amp;amp;" not in page
