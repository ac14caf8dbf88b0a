"""The memory cap's sources (session 18): /proc/meminfo and the control group's files, read
from fake trees. Unreadable or absurd files give ``None`` (no cap from that source), never an
error; a limit gives the room left, counting the group's inactive file cache as room."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleantext.io as cio

MiB = 2**20


def _tree(tmp_path: Path, proc: str, files: dict[str, str]) -> tuple[str, str]:
    (tmp_path / "cgroup").write_text(proc)
    root = tmp_path / "sys"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    root.mkdir(exist_ok=True)
    return str(tmp_path / "cgroup"), str(root)


V2 = "0::/app\n"
V1 = "5:cpu:/\n4:memory:/app\n0::/\n"


@pytest.mark.parametrize(
    ("proc", "files", "room"),
    [
        (V2, {"app/memory.max": "max\n", "app/memory.current": "5\n"}, None),
        (V2, {"app/memory.max": f"{1024 * MiB}\n", "app/memory.current": f"{24 * MiB}\n"}, 1000),
        (V2, {"app/memory.max": "1\n", "app/memory.current": f"{24 * MiB}\n"}, 0),  # over it
        (V2, {"app/memory.max": "-1\n", "app/memory.current": "0\n"}, None),  # absurd
        (V2, {"app/memory.max": "12\n", "app/memory.current": "lots\n"}, None),
        (V2, {"app/memory.max": f"{1024 * MiB}\n"}, None),  # no memory.current
        (
            V1,
            {
                "memory/app/memory.limit_in_bytes": "9223372036854771712\n",
                "memory/app/memory.usage_in_bytes": "7\n",
            },
            None,
        ),  # v1's "no limit"
        (
            V1,
            {
                "memory/app/memory.limit_in_bytes": f"{1024 * MiB}\n",
                "memory/app/memory.usage_in_bytes": f"{1000 * MiB}\n",
            },
            24,
        ),
        ("garbage\n\n", {}, None),
        ("", {}, None),
    ],
)
def test_cgroup_room_from_its_files(tmp_path: Path, proc: str, files: dict[str, str], room):
    got = cio._cgroup_room(*_tree(tmp_path, proc, files))
    assert got == (None if room is None else room * MiB)


def test_inactive_file_cache_is_room(tmp_path: Path) -> None:
    """A container whose page cache filled its limit: before, room 0 and a cap of 1 MiB (every
    larger document refused); the kernel frees that cache first."""
    full = {
        "app/memory.max": f"{1024 * MiB}\n",
        "app/memory.current": f"{1024 * MiB}\n",
        "app/memory.stat": f"anon {100 * MiB}\ninactive_file {900 * MiB}\nfile 0\n",
    }
    assert cio._cgroup_room(*_tree(tmp_path, V2, full)) == 900 * MiB
    v1 = {
        "memory/app/memory.limit_in_bytes": f"{1024 * MiB}\n",
        "memory/app/memory.usage_in_bytes": f"{1024 * MiB}\n",
        "memory/app/memory.stat": f"inactive_file 1\ntotal_inactive_file {512 * MiB}\n",
    }
    (tmp_path / "v1").mkdir()
    assert cio._cgroup_room(*_tree(tmp_path / "v1", V1, v1)) == 512 * MiB


def test_a_containers_group_is_read_at_its_mount(tmp_path: Path) -> None:
    """Inside a container /proc/self/cgroup names the host's path, which its /sys/fs/cgroup
    does not have: the limit is the mount's own (before: none found)."""
    files = {"memory.max": f"{64 * MiB}\n", "memory.current": f"{32 * MiB}\n"}
    assert cio._cgroup_room(*_tree(tmp_path, "0::/docker/abc\n", files)) == 32 * MiB


def test_v2_line_first_does_not_hide_v1_limit(tmp_path: Path) -> None:
    files = {
        "memory/app/memory.limit_in_bytes": f"{64 * MiB}\n",
        "memory/app/memory.usage_in_bytes": "0\n",
    }
    assert cio._cgroup_room(*_tree(tmp_path, "0::/\n4:memory:/app\n", files)) == 64 * MiB


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("MemTotal: 9 kB\nMemAvailable:    2048 kB\n", 2048 * 1024),
        ("MemTotal: 9 kB\n", None),
        ("MemAvailable: lots kB\n", None),
        ("MemAvailable:\n", None),
        ("\x00\xff", None),
    ],
)
def test_meminfo_fields(tmp_path: Path, text: str, want: int | None) -> None:
    (tmp_path / "meminfo").write_text(text, encoding="latin-1")
    assert cio._mem_available(str(tmp_path / "meminfo")) == want


def test_unreadable_meminfo_is_unknown(tmp_path: Path) -> None:
    assert cio._mem_available(str(tmp_path / "none")) is None
    assert cio._mem_available(str(tmp_path)) is None  # a directory


def test_a_cap_of_zero_room_is_one_mib_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cio, "_available_memory", lambda: 0)
    assert cio._memory_cap() == MiB
    assert "free memory" in str(cio._too_large("x", MiB))
