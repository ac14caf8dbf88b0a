"""Replay the data-loss and crash cases of issue 17 ("Nothing lost, ever") as a user would:
real files, real subprocesses, real signals. Each case prints ``ok`` or ``FAIL`` with what it
saw; the exit status is 1 if any case failed.

Cases: B3 truncated .zst (several offsets), B4 special files and symlinks as outputs, B5 outputs
over inputs, B9/B10 JSONL values byte for byte, B11 the size limit in every command (peak memory
and time on a gzip holding one huge line), B12 disk full and read-only outputs, B13 SIGKILL and
SIGTERM of ``clean --workers 2`` (workers and temporary files), B15 BOM and lone-CR JSONL,
B16 session 18's (odd paths in an input folder, ``ulimit -v``, an error message as headline);
B17 adv19's (a folder that cannot be listed, talk words under "Error 404", a roundup); B20
``dedup --index`` killed just before and after its output's rename;
then the crashes ``fuzz_cli.py`` found since: lone surrogates (escaped in JSONL) in a text that
``explain --json`` shows and in the URL that ``learn-boilerplate`` and ``--url-field`` read.

Usage: ``python benchmarks/crash_cases.py [--huge-mb 1024] [--kills 3]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import zstandard

EXE = [sys.executable, "-m", "cleantext.cli"]
RESULTS: list[tuple[str, bool, str]] = []


def cli(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*EXE, *args], capture_output=True, timeout=600, **kw
    )


def one_line(r: subprocess.CompletedProcess[bytes]) -> bool:
    err = r.stderr.decode(errors="replace").strip()
    return r.returncode == 1 and "Traceback" not in err and len(err.splitlines()) == 1


def case(name: str, ok: bool, detail: str = "") -> None:
    RESULTS.append((name, ok, detail))
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f"  ({detail})" if detail else ""), flush=True)


def snapshot(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def b3_truncated_zstd(d: Path) -> None:
    lines = b"".join(b'{"text": "record %d,  words"}\n' % i for i in range(5000))
    blob = zstandard.ZstdCompressor(write_checksum=True).compress(lines)
    for cut in (1, 4, 5, 9, len(blob) // 2, len(blob) - 5, len(blob) - 1):
        src = d / f"cut{cut}.jsonl.zst"
        src.write_bytes(blob[:cut])
        r = cli("clean", str(src), "-o", str(d / "o.jsonl"))
        case(f"B3 .zst cut at byte {cut}/{len(blob)}", one_line(r) and b"truncated" in r.stderr)


def device(d: Path, name: str, minor: int) -> Path:
    """A private /dev/null (minor 3) or /dev/full (minor 7): a run of buggy code must never
    replace the system's devices (as root it could)."""
    node = d / name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:  # not root: the system device cannot be replaced anyway
        return Path(f"/dev/{name}")
    return node


def b4_special_outputs(d: Path) -> None:
    (d / "a.txt").write_text("a  b")
    null = device(d, "null", 3)
    r = cli("clean", str(d / "a.txt"), "-o", str(null))
    case("B4 -o a copy of /dev/null", r.returncode == 0 and stat.S_ISCHR(null.stat().st_mode))
    fifo = d / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    t.start()
    r = cli("clean", str(d / "a.txt"), "-o", str(fifo))
    t.join(30)
    case("B4 -o FIFO", r.returncode == 0 and got == [b"a b"] and stat.S_ISFIFO(fifo.stat().st_mode))
    (d / "real.txt").write_text("old")
    (d / "link.txt").symlink_to(d / "real.txt")
    r = cli("clean", str(d / "a.txt"), "-o", str(d / "link.txt"))
    ok = (d / "link.txt").is_symlink() and (d / "real.txt").read_text() == "a b"
    case("B4 -o symlink (its target replaced, the link kept)", r.returncode == 0 and ok)


def b5_output_over_input(d: Path) -> None:
    (d / "p.txt").write_text("Some  text.")
    (d / "crawl.jsonl").write_text('{"url": "http://a/1", "text": "x  y", "id": 1}\n')
    (d / "a.jsonl").write_text('{"text": "x  y", "id": 1}\n')
    for args in (
        ["explain", "p.txt", "--html", "p.txt"],
        ["learn-boilerplate", "crawl.jsonl", "-o", "crawl.jsonl"],
        ["clean", "a.jsonl", "-o", "r.jsonl", "--report", "r.jsonl"],
        ["clean", "a.jsonl", "-o", "./a.jsonl"],
        ["dedup", "a.jsonl", "-o", "seen.db", "--index", "seen.db"],
    ):
        cli("dedup", "a.jsonl", "-o", "dedup.jsonl", "--index", "seen.db", cwd=d)
        before = snapshot(d)
        r = cli(*args, cwd=d)
        case("B5 " + " ".join(args), one_line(r) and snapshot(d) == before)


def b9_bytes(d: Path) -> None:
    lines = [
        '{"big": 1e400, "p": 0.1000000000000000055511151231257827, "e": 1E5, "text": "a  b"}',
        '{"text": "x", "k": 1, "k": 2}',
        '{"n": ' + "9" * 5000 + ', "text": "c  d"}',
    ]
    (d / "in.jsonl").write_text("\n".join(lines) + "\n")
    r = cli("clean", str(d / "in.jsonl"), "-o", str(d / "out.jsonl"))
    want = [lines[0].replace("a  b", "a b"), lines[1], lines[2].replace("c  d", "c d")]
    got = (d / "out.jsonl").read_text().splitlines() if r.returncode == 0 else []
    case("B9/B10 JSONL values byte for byte, 5,000-digit integer", got == want, r.stderr.decode())


def _peak(args: list[str]) -> tuple[int, float, float, str]:
    code = (
        # VmHWM, the peak of this program's memory: ru_maxrss would count the parent's memory
        # too (it survives exec, and the child starts as a copy of the parent)
        "import re, sys\nfrom cleantext.cli import main\n"
        f"rc = main({args!r})\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status)[1]) / 1024, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    started = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=900)
    *msgs, peak = r.stderr.decode().strip().splitlines()
    return r.returncode, float(peak), time.perf_counter() - started, "\n".join(msgs)


def b11_size_limit(d: Path, huge_mb: int) -> None:
    src = d / "huge.jsonl.gz"
    with gzip.open(src, "wb", compresslevel=1) as f:
        f.write(b'{"url": "http://a/1", "text": "')
        chunk = b"x" * 2**20
        for _ in range(huge_mb):
            f.write(chunk)
        f.write(b'"}\n')
    size = src.stat().st_size / 2**20
    for args in (
        ["clean", str(src), "-o", str(d / "o.jsonl")],
        ["explain", str(src), "--line", "1"],
        ["learn-boilerplate", str(src), "-o", str(d / "p.json")],
        ["dedup", str(src), "-o", str(d / "d.jsonl")],
    ):
        code, peak, took, err = _peak(args)
        ok = code == 1 and "larger than" in err and peak < 300
        detail = f"{huge_mb} MiB line in {size:.1f} MiB gzip: peak {peak:.0f} MB, {took:.1f} s"
        case(f"B11 {args[0]} bounded by the size limit", ok, detail)


def b12_write_failures(d: Path) -> None:
    full, null = device(d, "full", 7), device(d, "null", 3)
    (d / "a.txt").write_text("a  b")
    (d / "a.jsonl").write_text('{"url": "http://a/1", "text": "a  b"}\n')
    (d / "tree").mkdir()
    (d / "tree" / "t.txt").write_text("c  d")
    for args in (
        ["clean", "a.txt", "-o", "/sys/ct.txt"],
        ["clean", "a.jsonl", "-o", "/sys/ct.jsonl"],
        ["clean", "tree", "-o", "/sys/ctdir"],
        ["clean", "a.txt", "--report", str(full), "-o", str(null)],
        ["explain", "a.txt", "--html", str(full)],
        ["learn-boilerplate", "a.jsonl", "-o", "/sys/p.json"],
    ):
        r = cli(*args, cwd=d)
        case("B12 " + " ".join(args), one_line(r), r.stderr.decode().strip()[-120:])
    with open("/dev/full", "wb") as stdout_full:  # as stdout it cannot be replaced
        for args in (["clean", "a.txt"], ["explain", "a.txt"]):
            r = subprocess.run([*EXE, *args], cwd=d, stdout=stdout_full, stderr=subprocess.PIPE)
            case("B12 " + " ".join(args) + " > /dev/full", one_line(r))


def _signals_as_at_a_terminal() -> None:
    """Ctrl-C and hangups not ignored in the command: under ``nohup ... &`` (SIGHUP ignored,
    and SIGINT for a background job of a shell without job control) the command inherits
    them ignored, as it should, and the stop cases saw "no exit in 60 s" (session 18)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    """The pids of the live child processes of ``pid``."""
    return [c.pid for c in psutil.Process(pid).children() if c.status() != psutil.STATUS_ZOMBIE]


def b13_killed_workers(d: Path, kills: int) -> None:
    src = d / "in.jsonl"
    text = "Some  words here ,and there. Read more\n\n" * 40
    src.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(40_000)))
    out = d / "out"
    out.mkdir()
    for trial in range(kills):
        for sig in (signal.SIGKILL, signal.SIGTERM):
            proc = subprocess.Popen(
                [*EXE, "clean", str(src), "-o", str(out / "o.jsonl"), "--workers", "2"],
                stderr=subprocess.DEVNULL,
            )
            deadline = time.time() + 60
            while len(workers := _children(proc.pid)) < 2 and time.time() < deadline:
                time.sleep(0.05)
            time.sleep(0.5 + trial * 0.7)
            os.kill(proc.pid, sig)
            proc.wait(30)
            time.sleep(3)
            orphans = [w for w in workers if _alive(w)]
            temps = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
            case(
                f"B13 {signal.Signals(sig).name} trial {trial + 1}: workers die",
                not orphans,
                f"{len(orphans)} alive" if orphans else "",
            )
            if sig == signal.SIGTERM:
                case(f"B13 SIGTERM trial {trial + 1}: no temp file", not temps, str(temps))
    (d / "small.jsonl").write_text('{"text": "x"}\n')
    r = cli("clean", str(d / "small.jsonl"), "-o", str(out / "o.jsonl"))
    left = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    case(
        "B13 a rerun removes the temp files of killed runs",
        r.returncode == 0 and not left,
        str(left),
    )


def b13_stopped_directory_run(d: Path, kills: int) -> None:
    """A directory run stopped by Ctrl-C, SIGTERM or a hangup while its workers write: it ends
    by that signal (a shell shows 130, 143, 129), no traceback, no temporary file, every output
    whole."""
    src, out = d / "tree", d / "tree-out"
    src.mkdir()
    text = "Some  words here ,and there. Read more\n\n" * 3000
    for i in range(200):
        (src / f"{i:03}.txt").write_text(f"{i:03} {text}")
    codes = {sig: -sig for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}  # (ends by it)
    for trial in range(kills):
        for sig, code in codes.items():
            shutil.rmtree(out, ignore_errors=True)
            proc = subprocess.Popen(
                [*EXE, "clean", str(src), "-o", str(out), "--workers", "2", "-q"],
                stderr=subprocess.PIPE,
                preexec_fn=_signals_as_at_a_terminal,
            )
            _wait_for(out, "*.txt", proc, trial)
            workers = _children(proc.pid)
            name = f"B13 directory run, {signal.Signals(sig).name} trial {trial + 1}"
            err = _stopped(proc, sig, name)
            if err is None:
                continue
            time.sleep(1)
            left = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
            whole = all(f.read_text().startswith(f.stem + " ") for f in out.glob("*.txt"))
            alive = [w for w in workers if _alive(w)]
            case(
                name,
                proc.returncode in (0, code)
                and b"Traceback" not in err
                and not left
                and not alive
                and whole,
                f"exit {proc.returncode}, temps {left[:2]}, {len(alive)} workers alive, "
                f"whole {whole}",
            )


def b13_stopped_dedup(d: Path, kills: int) -> None:
    """`dedup --index` stopped by SIGTERM or a hangup while it writes: exit 143 or 129, no
    traceback, no temporary file, no output, and the index as it was (not committed without
    its output). Both died at once before, leaving the temporary output."""
    src, out, index = d / "in.jsonl", d / "out", d / "idx.sqlite"
    out.mkdir()
    texts = (" ".join(f"w{(i * j) % 10}" for j in range(40)) + f" {i}" for i in range(60_000))
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    first = d / "first.jsonl"
    first.write_text('{"id": "x", "text": "one two three four five six seven eight"}\n')
    cli("dedup", str(first), "-o", str(d / "f.jsonl"), "--index", str(index), "-q")
    before = index.read_bytes()
    for trial in range(kills):
        for sig, code in {signal.SIGTERM: -signal.SIGTERM, signal.SIGHUP: -signal.SIGHUP}.items():
            proc = subprocess.Popen(
                [*EXE, "dedup", str(src), "-o", str(out / "o.jsonl"), "--index", str(index)],
                stderr=subprocess.PIPE,
                preexec_fn=_signals_as_at_a_terminal,
            )
            _wait_for(out, ".*.tmp", proc, trial)
            name = f"B13 dedup --index, {signal.Signals(sig).name} trial {trial + 1}"
            err = _stopped(proc, sig, name)
            if err is None:
                continue
            left = [p.name for p in out.iterdir()]
            kept = index.read_bytes() == before
            case(
                name,
                proc.returncode == code and b"Traceback" not in err and not left and kept,
                f"exit {proc.returncode}, left {left[:2]}, index unchanged {kept}",
            )


#: ``cleantext`` with ``os.replace`` onto a file named argv[2] killing the process (SIGKILL)
#: ``before`` or ``after`` the rename (argv[1])
_KILLED_AT_RENAME = """
import os, signal, sys
real, (mode, name) = os.replace, sys.argv[1:3]
def replace(src, dst, *a, **k):
    if str(dst).endswith(name) and mode == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst, *a, **k)
    if str(dst).endswith(name) and mode == "after":
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
from cleantext.cli import main
sys.exit(main(sys.argv[3:]))
"""


def b20_dedup_killed_at_rename(d: Path) -> None:
    """`dedup --index` killed by SIGKILL just before and just after its output's rename (the
    commit point): the next run on the index keeps the documents if the output is in place and
    takes them out (and its temporary file) if not; the output and the index agree. Before,
    a kill after the rename left the output without its documents in the index."""
    docs = [" ".join(f"t{i}w{j}" for j in range(60)) for i in range(40)]  # (all distinct)
    src, later = d / "in.jsonl", d / "later.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(docs)))
    later.write_text(
        "".join(json.dumps({"id": f"l{i}", "text": t}) + "\n" for i, t in enumerate(docs))
    )
    for mode in ("before", "after"):
        work = d / mode
        work.mkdir()
        out, index = work / "o.jsonl", work / "idx.sqlite"
        run = [*EXE[:1], "-c", _KILLED_AT_RENAME, mode, out.name, "dedup", str(src), "-o", str(out)]
        killed = subprocess.run([*run, "--index", str(index)], capture_output=True, timeout=600)
        nxt = cli("dedup", str(later), "-o", str(work / "l.jsonl"), "--index", str(index))
        kept = len(out.read_text().splitlines()) if out.exists() else 0
        again = len((work / "l.jsonl").read_text().splitlines()) if nxt.returncode == 0 else -1
        left = [p.name for p in work.iterdir() if p.name.endswith(".tmp")]
        case(
            f"B20 dedup --index killed {mode} its output's rename",
            killed.returncode == -signal.SIGKILL
            and nxt.returncode == 0
            and kept + again == len(docs)  # (each text kept once: by the killed run or later)
            and kept == (len(docs) if mode == "after" else 0)
            and not left,
            f"exit {killed.returncode}, then {nxt.returncode}; kept {kept} + {again}, left {left}",
        )


def _wait_for(out: Path, pattern: str, proc: subprocess.Popen[bytes], trial: int) -> None:
    """Wait (60 s at most) until a file matching ``pattern`` is in ``out`` or ``proc`` has
    ended, then ``0.2 * trial`` s more: each trial stops the run a little later."""
    deadline = time.time() + 60
    while not any(out.glob(pattern)) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    time.sleep(0.2 * trial)


def _stopped(proc: subprocess.Popen[bytes], sig: int, name: str) -> bytes | None:
    """Send ``sig`` to ``proc`` and return its stderr once it exits; a run that does not
    exit in 60 s is killed and recorded as the failed case ``name`` (``None``), not a crash
    of this script."""
    proc.send_signal(sig)
    try:
        return proc.communicate(timeout=60)[1]
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        case(name, False, "no exit in 60 s")
        return None


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def b15_line_ends(d: Path) -> None:
    (d / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "a  b"}\n')
    r = cli("clean", str(d / "bom.jsonl"))
    case("B15 JSONL with a BOM", r.returncode == 0 and r.stdout == b'{"text": "a b"}\n')
    (d / "cr.jsonl").write_bytes(b'{"text": "a"}\r{"text": "b"}\r')
    r = cli("clean", str(d / "cr.jsonl"), "--skip-bad")
    case("B15 lone-CR JSONL: one clear error", one_line(r) and b"lone CR" in r.stderr)
    (d / "crlf.txt").write_bytes(b"Title\r\n\r\nShare on Facebook\r\nText here.\r\n")
    r = cli("clean", str(d / "crlf.txt"))
    case("B15 CRLF kept by tidy-gaps", r.stdout == b"Title\r\n\r\nText here.\r\n")


def fuzz_found(d: Path) -> None:
    """Crashes found by benchmarks/fuzz_cli.py: each must exit 0 or give a one-line error."""
    (d / "text.jsonl").write_text('{"text": "Caf\\u00c3\\u00a9 \\ud800 ok"}\n')
    urls = ["https://a.example/1", "\\udfff", "https://a.example/2"]
    html = "<p>Menu</p><p>story</p>"
    pages = "".join(
        f'{{"url": "{u}", "text": "story {i}\\nMenu", "html": "{html}"}}\n'
        for i, u in enumerate(urls)
    )
    (d / "crawl.jsonl").write_text(pages)
    for args in (
        ["explain", "text.jsonl", "--line", "1", "--json"],
        ["learn-boilerplate", "crawl.jsonl", "-o", "site.json", "--min-pages", "1"],
        ["explain", "crawl.jsonl", "--line", "2", "--html-field", "html", "--json"],
        ["clean", "crawl.jsonl", "--html-field", "html", "-o", "out.jsonl"],
    ):
        r = cli(*args, cwd=d)
        ok = b"Traceback" not in r.stderr and (r.returncode == 0 or one_line(r))
        err = r.stderr.decode(errors="replace").strip().splitlines()
        case("lone surrogate: " + " ".join(args), ok, "" if ok else err[-1] if err else "")


def b16_session18(d: Path) -> None:
    """Session 18: paths of an input folder that are no regular files are named (stderr and
    the report), a small file is read under ``ulimit -v`` whatever the memory cap, and a short
    article headlined with an error message ("Access Denied") keeps its text."""
    import socket

    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text("a  b")
    os.mkfifo(src / "pipe.txt")
    (src / "gone.txt").symlink_to("nowhere.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(src / "sock.txt"))
    r = cli("clean", str(src), "-o", str(d / "out"), "--report", str(d / "r.json"))
    named = [ln for ln in r.stderr.decode(errors="replace").splitlines() if "left out" in ln]
    left = json.loads((d / "r.json").read_text()).get("left_out", []) if r.returncode == 0 else []
    case("B16 odd paths in an input folder named", len(named) == len(left) == 3, f"{named}")
    small = d / "small.txt"
    small.write_text("a  b ,c")

    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (800 * 2**20, resource.RLIM_INFINITY))

    r = subprocess.run(
        [*EXE, "clean", str(small), "--max-doc-mb", "0"],
        capture_output=True, timeout=120, preexec_fn=limited,
    )  # fmt: skip
    case("B16 ulimit -v 800 MiB: a small file", r.stdout == b"a b,c", r.stderr.decode()[-200:])
    page = d / "film.txt"
    film = "The thriller follows a hacker who locks a bank out of its own servers, critics said."
    page.write_text(f"Home\nFilms\nAccess Denied\nBy Jane Smith\n{film}\nContact\n")
    r = cli("clean", str(page), "--preset", "extract")
    case("B16 an article headlined 'Access Denied' kept", film.encode() in r.stdout)


def b17_adv19(d: Path) -> None:
    """adv19: a folder that cannot be listed is named (as root, run without the capabilities
    that read any folder, if ``setpriv`` is there), a short review headlined "Error 404" whose
    first sentence says "que busca" keeps its text, a roundup keeps its items."""
    import shutil

    src = d / "in"
    (src / "locked").mkdir(parents=True)
    (src / "a.txt").write_text("a  b")
    (src / "locked" / "x.txt").write_text("x  y")
    (src / "locked").chmod(0)
    drop = ["--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search"]  # fmt: skip
    pre = ["setpriv", *drop] if os.geteuid() == 0 and shutil.which("setpriv") else []
    r = subprocess.run(
        [*pre, *EXE, "clean", str(src), "-o", str(d / "out"), "--report", str(d / "r.json")],
        capture_output=True, timeout=120,
    )  # fmt: skip
    (src / "locked").chmod(0o755)
    left = json.loads((d / "r.json").read_text()).get("left_out", []) if r.returncode == 0 else []
    named = any("locked: a folder that cannot be listed" in note for note in left)
    case("B17 a folder that cannot be listed is named", named, r.stderr.decode()[-200:])
    lead = (
        "La nueva película de Marta Gil, que busca retratar la soledad de una generación "
        "pegada a las pantallas, llega el viernes a los cines después de ganar en Málaga."
    )
    more = (
        "Su protagonista es una programadora que pierde el trabajo el mismo día en que su "
        "hija deja de hablarle, y la película la sigue durante una semana en Madrid."
    )
    page = d / "review.txt"
    page.write_text(f"Inicio\nCine\nError 404\nPor Ana Ruiz\n{lead}\n{more}\nContacto\n")
    r = cli("clean", str(page), "--preset", "extract")
    case("B17 a review headlined 'Error 404' kept", lead.encode() in r.stdout)
    walk = (
        "The ridge walk climbs steeply for the first hour and then runs along the top for "
        "miles, with views on a clear day as far as the sea and the islands beyond it."
    )
    items = "".join(f"The {w}\n{walk}\nRead more\n" for w in ("river", "ridge", "forest"))
    intro = (
        "Spring is the best time to walk the hills around the city, before the summer "
        "crowds arrive, and these routes can each be done in a morning by anyone."
    )
    page.write_text(f"Home\nNews\nWalks near the city\nBy Ben Ash\n{intro}\n{items}Contact\n")
    r = cli("clean", str(page), "--preset", "extract")
    case("B17 a roundup's items kept", r.stdout.count(walk.encode()) == 3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--huge-mb", type=int, default=1024, help="the huge line of B11 (MiB)")
    ap.add_argument("--kills", type=int, default=3, help="SIGKILL/SIGTERM trials of B13")
    opts = ap.parse_args()
    steps: list[Callable[[Path], None]] = [
        b3_truncated_zstd,
        b4_special_outputs,
        b5_output_over_input,
        b9_bytes,
        lambda d: b11_size_limit(d, opts.huge_mb),
        b12_write_failures,
        lambda d: b13_killed_workers(d, opts.kills),
        lambda d: b13_stopped_directory_run(d, opts.kills),
        lambda d: b13_stopped_dedup(d, opts.kills),
        b20_dedup_killed_at_rename,
        b15_line_ends,
        fuzz_found,
        b16_session18,
        b17_adv19,
    ]
    for step in steps:
        with tempfile.TemporaryDirectory() as tmp:
            step(Path(tmp))
    failed = [name for name, ok, _ in RESULTS if not ok]
    print(f"\n{len(RESULTS) - len(failed)}/{len(RESULTS)} cases ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
