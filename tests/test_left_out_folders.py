"""A directory run names what it cannot read (session 18's ``left_out``): a folder that cannot
be listed (no read permission for a user who is not root; root reads it), a file that vanishes
between listing and reading. Listing is refused here by patching ``os.scandir`` for one
folder, since the tests run as root, for whom a mode of 000 refuses nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleantext.cli import main


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "open").mkdir()
    (root / "a.txt").write_text("a  b")
    (root / "locked" / "x.txt").write_text("x  y")
    (root / "open" / "y.txt").write_text("y  z")
    return root


def _refuse(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)).resolve() == folder.resolve():  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["clean", *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("pattern", ["**/*", "**/*.txt"])
def test_a_folder_that_cannot_be_listed_is_named(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pattern: str,
) -> None:
    """Before: its files were left out with no word, the run said nothing (data loss)."""
    root = _tree(tmp_path)
    _refuse(monkeypatch, root / "locked")
    report = tmp_path / "r.json"
    out = tmp_path / "out"
    code, err = _run(capsys, str(root), "-o", str(out), "--glob", pattern, "--report", str(report))
    assert code == 0, err
    left = json.loads(report.read_text())["left_out"]
    assert len(left) == 1 and left[0].startswith(f"{root / 'locked'}: a folder that cannot be")
    assert f"cleantext: left out {left[0]}" in err
    assert (out / "a.txt").read_text() == "a b" and (out / "open" / "y.txt").exists()


def test_readable_folders_and_hidden_ones_are_not_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # near miss: a hidden folder that cannot be listed is left out as hidden folders are
    root = _tree(tmp_path)
    (root / ".cache").mkdir()
    _refuse(monkeypatch, root / ".cache")
    report = tmp_path / "r.json"
    code, err = _run(capsys, str(root), "-o", str(tmp_path / "out"), "--report", str(report))
    assert code == 0 and "left out" not in err, err
    assert json.loads(report.read_text())["left_out"] == []


def test_a_file_that_vanishes_before_it_is_read_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cleantext.batch as batch

    root = _tree(tmp_path)
    listed = batch.iter_files

    def then_gone(*args: object, **kwargs: object) -> list[Path]:
        files = listed(*args, **kwargs)  # type: ignore[arg-type]
        (root / "a.txt").unlink()
        return files

    monkeypatch.setattr(batch, "iter_files", then_gone)
    code, err = _run(capsys, str(root), "-o", str(tmp_path / "out"))
    assert code == 1 and err.strip().splitlines()[-1].endswith(
        "a.txt: no such file (use --skip-bad to skip unreadable files and bad lines)"
    ), err
    assert "Traceback" not in err
    (root / "a.txt").write_text("a  b")
    monkeypatch.setattr(batch, "iter_files", then_gone)
    code, err = _run(capsys, str(root), "-o", str(tmp_path / "out2"), "--skip-bad")
    assert code == 0 and "skipped" in err and (tmp_path / "out2" / "open" / "y.txt").exists()
