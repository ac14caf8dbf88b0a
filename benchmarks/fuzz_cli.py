"""Run the ``cleantext`` command line on thousands of generated bad inputs; count crashes.

A crash is an exception escaping ``cleantext.cli.main`` (a traceback for the user) or an exit
code other than 0 (success), 1 (a one-line error) or 2 (usage). The inputs: random and
truncated bytes, NUL bytes, invalid and mixed UTF-8, BOMs, lone CRs, long lines, JSONL with
mutated records (flipped and deleted bytes, wrong types, deep nesting, surrogate escapes),
corrupt .gz/.zst, HTML pages (truncated, deeply nested, wrong or lying ``<meta charset>``,
scripts, NULs) as files (``.html``, ``.htm``, no extension) and in JSONL fields with odd URLs,
directories of such files with odd globs, bad config files, and random combinations of options
(formats, ``--html-field``, ``--url-field`` and other fields, presets, steps, rules, limits,
workers, resume, reports and outputs in missing directories).

Most cases run in-process (fast); ``--subprocess N`` also runs N of them as real processes.

Usage: ``python benchmarks/fuzz_cli.py [--cases 3000] [--seed 1] [--subprocess 40]``
Exit status: 0 when there was no crash, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import random
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from cleantext.cli import main as cli_main

RULES = ["collapse-spaces", "ui-strings", "repeated-block", "capitalize-sentence", "nope"]
TEXTS = [
    "Hello  world ,again.\n\nRead more",
    "שלום  עולם. مرحبا\u200f",
    "日本語。\u3000中文，",
    "😀👩\u200d💻 like\n\nlove\n\nwow",
    "Caf\u00c3\u00a9 &amp; &#0; &#x110000; \x07\x1b[0m",
    "a\u0301\u0301\u0301 \ufeff\u00ad\u200b",
    "",
]

HTML_PARTS = [
    "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>",
    "<article><h1>Title</h1><p>The council met on Tuesday ,  and voted on the budget for "
    "the year, after a long debate about the old bridge.</p></article>",
    "<p>Caf\u00c3\u00a9 &amp; bar &#0; &#x110000;</p>",
    "<script>var s = '</div><p>not text</p>';</script>",
    "<style>p{}</style><template><p>hidden</p></template>",
    "<div hidden><p>hidden</p></div><div aria-hidden='true'>x</div>",
    "<aside><ul><li><a href='/a'>Related: one</a></li><li><a href='/b'>two</a></li></ul></aside>",
    "<footer>\u00a9 2026 Example</footer>",
    "<pre>  keep\n  spaces  </pre><br><br>",
    "<table><tr><td>cell</td></tr></table>",
    "\u202egnp.exe \u200b\u00ad",
    "<!-- comment --><?pi x?><![CDATA[x]]>",
]
URLS = [
    "https://a.example/1",
    "http://[bad",
    "HTTPS://A.EXAMPLE.:443/x",
    "//a.example/x",
    "http://\u00e9.com/",
    "",
    "\udfff",
]


def rand_html(rng: random.Random) -> bytes:
    """A page: furniture, article, scripts; sometimes truncated, nested deep, or in another
    encoding than its ``<meta charset>`` says."""
    head = rng.choice(["", "<!doctype html>", "<html><head><meta charset='utf-8'></head>"])
    head += rng.choice(["", "<meta charset='iso-8859-1'>", "<meta charset='nope'>"])
    body = "".join(rng.choice(HTML_PARTS) for _ in range(rng.randint(0, 8)))
    kind = rng.randrange(6)
    if kind == 0:
        depth = rng.choice([50, 3000])
        body = "<div>" * depth + body + "</div>" * rng.choice([0, depth])
    page = f"{head}<body>{body}</body></html>"
    data = page.encode(rng.choice(["utf-8", "utf-16", "cp1252"]), errors="replace")
    if kind == 1:
        return data[: rng.randint(0, len(data))]
    if kind == 2:
        return data.replace(b"p", b"\x00p", 1)
    return data


def rand_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(9)
    text = rng.choice(TEXTS) * rng.randint(1, 5)
    raw = text.encode("utf-8")
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
    if kind == 1:
        return raw[: rng.randint(0, len(raw))] + b"\xe2\x82"  # truncated sequence
    if kind == 2:
        return raw + b"\x00" + raw
    if kind == 3:
        return b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r")
    if kind == 4:
        return (b"x" * rng.randint(1000, 300_000)) + raw
    if kind == 5:
        return raw.replace(b"e", b"\xe9")  # latin-1 bytes inside UTF-8
    if kind == 6:
        return b"\xed\xa0\x80" + raw  # a surrogate encoded in UTF-8: invalid
    if kind == 7:
        return b""
    return raw


def rand_record(rng: random.Random) -> bytes:
    kind = rng.randrange(10)
    rec: object = {"text": rng.choice(TEXTS), "id": rng.randrange(10)}
    if rng.random() < 0.3:  # a crawl record: its page and its URL
        html: object = rand_html(rng).decode("utf-8", "replace")
        html = html if rng.random() < 0.8 else rng.choice([None, 3, ["<p>x</p>"]])
        url: object = rng.choice([*URLS, 5, None])
        rec = {**rec, "html": html, "url": url}
    if rng.random() < 0.3:  # marked before (dedup --mark replaces these in place)
        mark = rng.choice(["cluster", "duplicate"])
        rec = {**rec, mark: rng.choice([None, 1, "k", [1, {"}": "{"}], {"cluster": 2}, True])}
    if kind == 0:
        rec = {"text": rng.choice([None, 1, 2.5, [], {}, True])}
        if rng.random() < 0.3:  # numbers json.loads would round or refuse (issue 17, B9/B10)
            return rng.choice(
                [
                    b'{"big": 1e400, "p": 0.1000000000000000055511151231257827, "text": "a  b"}',
                    b'{"n": ' + b"7" * 5000 + b', "text": "x"}',
                    b'{"text": "dup", "text": "dup  2", "e": 1E5}',
                ]
            )
    elif kind == 1:
        rec = {"body": "x"}
    elif kind == 2:
        rec = rng.choice([[1, 2], "str", 3, None])
    elif kind == 3:
        return b'{"text": "' + b"\\ud800" * rng.randint(1, 3) + b' a\\udfff"}'
    elif kind == 4:
        depth = rng.choice([10, 1000, 100_000])
        return b'{"text": "a", "n": ' + b"[" * depth + b"]" * depth + b"}"
    # backslashreplace: a lone surrogate (an odd URL) is written as its JSON escape
    line = json.dumps(rec, ensure_ascii=rng.random() < 0.5).encode("utf-8", "backslashreplace")
    if kind == 5 and line:
        i = rng.randrange(len(line))
        line = line[:i] + bytes([rng.randrange(256)]) + line[i + 1 :]
    elif kind == 6 and line:
        i = rng.randrange(len(line))
        line = line[:i] + line[i + 1 :]
    return line


def rand_jsonl(rng: random.Random) -> bytes:
    lines = [rand_record(rng) for _ in range(rng.randint(0, 12))]
    sep = rng.choice([b"\n", b"\r\n", b"\n\n", b"\r"])  # \r: old Mac line ends (B15)
    bom = b"\xef\xbb\xbf" if rng.random() < 0.1 else b""
    return bom + sep.join(lines) + (sep if rng.random() < 0.7 else b"")


def compress(rng: random.Random, data: bytes, name: str) -> tuple[bytes, str]:
    choice = rng.randrange(6)
    if choice == 0:
        return gzip.compress(data), name + ".gz"
    if choice == 1:
        blob = gzip.compress(data)
        return blob[: max(1, len(blob) // 2)], name + ".gz"  # truncated
    if choice == 2:
        import zstandard

        return zstandard.ZstdCompressor().compress(data), name + ".zst"
    if choice == 3:
        return data[:20] + b"garbage", name + ".zst"
    if choice == 4 and rng.random() < 0.5:  # truncated zstandard (issue 17, B3)
        import zstandard

        blob = zstandard.ZstdCompressor().compress(data)
        return blob[: rng.randrange(max(1, len(blob)))], name + ".zst"
    return data, name


def rand_file(rng: random.Random, where: Path) -> Path:
    kind = rng.random()
    jsonl, html = kind < 0.45, kind >= 0.8
    data = rand_jsonl(rng) if jsonl else rand_html(rng) if html else rand_bytes(rng)
    ext = ".jsonl" if jsonl else rng.choice([".html", ".htm", ""]) if html else ".txt"
    data, name = compress(rng, data, f"f{rng.randrange(10**6)}{ext}")
    path = where / name
    path.write_bytes(data)
    return path


def rand_tree(rng: random.Random, where: Path) -> Path:
    root = where / "tree"
    for i in range(rng.randint(0, 4)):
        sub = root / ("a" * (i + 1)) if rng.random() < 0.5 else root
        sub.mkdir(parents=True, exist_ok=True)
        rand_file(rng, sub)
    root.mkdir(exist_ok=True)
    if rng.random() < 0.2:
        (root / "loop").symlink_to(root, target_is_directory=True)
    if rng.random() < 0.2:
        (root / ".hidden.txt.x.tmp").write_bytes(b"half")
    if rng.random() < 0.2:  # a symlink that leaves the folder
        outside = where / "outside.txt"
        outside.write_bytes(rand_bytes(rng))
        (root / "leak.txt").symlink_to(outside)
    return root


def rand_config(rng: random.Random, where: Path) -> Path:
    path = where / rng.choice(["cleantext.toml", "pyproject.toml", "c.toml"])
    body = rng.choice(
        [
            'preset = "extract"\n',
            "preset = 3\n",
            "disable = 5\n",
            'disable = ["nope"]\n',
            "[dedup]\nthreshold = 2\n",
            '[dedup]\nthreshold = "x"\n',
            "[dedup]\nmin_words = -1\nshingle = 0\n",
            "[tool.cleantext]\nsteps = []\n",
            '[tool.cleantext]\nsteps = ["bogus"]\n',
            "[boilerplate]\nextra_patterns = ['(unclosed']\n",
            "[boilerplate]\nextra_patterns = ['(a+)+$']\n",
            "not = toml = at all",
            "[normalize]\nprofile = 'x'\n",
            "unknown = 1\n",
            "\x00\xff",
            # issue 17 B10: each a one-line ConfigError naming the key and its range
            "[dedup]\nnum_perm = 0\n",
            "[dedup]\nnum_perm = 100000000\n",
            '[dedup]\nshingle = "3"\n',
            "[boilerplate]\nsite_profile = 5\n",
            "[dedup]\nmin_words = 1e999\n",
            "[dedup]\ncandidate_threshold = 1.0\n",
            "[dedup]\nnum_perm = " + "9" * 5000 + "\n",
            "[tool.cleantext.dedup]\nshingle = " + "9" * 5000 + "\n",
            "languages = ['fr']\n",
        ]
    )
    path.write_text(body, encoding="utf-8", errors="surrogateescape")
    return path


def rand_site_profile(rng: random.Random, where: Path) -> Path:
    """A site profile, good or with out-of-range numbers (issue 17 B10: "pages": 1e999)."""
    path = where / "site.json"
    pages = rng.choice(["3", "1e999", "-1", '"x"', "9" * 5000])
    path.write_text(
        '{"format": "cleantext-site-profile", "version": 1, "sites": '
        f'{{"example.com": {{"pages": {pages}, "lines": ["read more"]}}}}}}',
        encoding="utf-8",
    )
    return path


def null_device(where: Path) -> str:
    """A private /dev/null: a regression that replaces special files (as root) must not
    replace the system's."""
    node = where / "null"
    if not node.exists():
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            return "/dev/null"  # not root: it cannot be replaced
    return str(node)


def rand_args(rng: random.Random, where: Path) -> tuple[list[str], bytes]:
    """A command line and its stdin."""
    commands = ["clean", "explain", "config", "rules", "dedup", "learn-boilerplate"]
    cmd = rng.choices(commands, weights=[6, 3, 1, 0.3, 3, 1])[0]
    stdin = b""
    target = rng.random()
    if cmd == "clean" and target < 0.25:
        path = str(rand_tree(rng, where))
    elif target < 0.7:
        path = str(rand_file(rng, where))
    elif target < 0.8:
        path = str(where / "missing.txt")
    else:
        path = "-"
        stdin = rand_jsonl(rng) if rng.random() < 0.5 else rand_bytes(rng)
    args = [cmd]
    if cmd in ("clean", "explain", "dedup", "learn-boilerplate"):
        args.append(path)
    sizes = ["0", "0.0001", "1", "-1", "nan", "inf", "1e30", "x"]
    maybe: list[tuple[float, Callable[[], list[str]]]] = [
        (0.2, lambda: ["--preset", rng.choice(["light", "extract", "none", "bogus"])]),
        (0.15, lambda: ["--steps", rng.choice(["normalize", "dedup-blocks,tidy", "x", ","])]),
        (0.15, lambda: ["--disable", ",".join(rng.sample(RULES, 2))]),
        (0.1, lambda: ["--enable", rng.choice(["hyphenation-guess", "nope"])]),
        (0.1, lambda: ["--config", str(rand_config(rng, where))]),
        (0.1, lambda: ["--normalize-profile", rng.choice(["ftfy", "default"])]),
        (0.05, lambda: ["--profile", str(rand_site_profile(rng, where))]),
    ]
    if cmd == "clean":
        out = rng.choice(["o.txt", "missing/o.txt", "o.jsonl.gz", "outdir", "o.zst", "r.json"])
        maybe += [
            (0.5, lambda: ["-o", str(where / out)]),
            (0.05, lambda: ["-o", rng.choice([path, null_device(where), str(where)])]),  # B4, B5
            (0.05, lambda: ["--follow-symlinks"]),
            (0.2, lambda: ["--format", rng.choice(["auto", "text", "html", "jsonl"])]),
            (0.2, lambda: ["--text-field", rng.choice(["text", "body", "", "ü", "html"])]),
            (0.2, lambda: ["--html-field", rng.choice(["html", "text", "url", ""])]),
            (0.1, lambda: ["--url-field", rng.choice(["url", "id", "html", ""])]),
            (0.4, lambda: ["--skip-bad"]),
            (0.2, lambda: ["--report", str(where / rng.choice(["r.json", "no/r.json"]))]),
            (0.2, lambda: ["--max-doc-mb", rng.choice(sizes)]),
            (0.2, lambda: ["--glob", rng.choice(["**/*.txt", "*", "", "/abs", "../*", "***"])]),
            (0.05, lambda: ["--workers", rng.choice(["2", "0"])]),
            (0.1, lambda: ["--resume"]),
        ]
    elif cmd == "explain":
        maybe += [
            (0.2, lambda: ["--json"]),
            (0.2, lambda: ["--html", str(where / rng.choice(["r.html", "no/r.html"]))]),
            (0.2, lambda: ["--color", rng.choice(["always", "never", "auto"])]),
            (0.05, lambda: ["--html", path]),  # over the input (B5)
            (0.2, lambda: ["--format", rng.choice(["auto", "text", "html", "jsonl"])]),
            (0.2, lambda: ["--html-field", rng.choice(["html", "text", "url"])]),
            (0.1, lambda: ["--url-field", rng.choice(["url", "id", ""])]),
            (0.3, lambda: ["--line", rng.choice(["1", "2", "0", "-1", "99"])]),
            (0.2, lambda: ["--id", rng.choice(["1", "3", "x"])]),
            (0.2, lambda: ["--text-field", rng.choice(["text", "body", "id"])]),
            (0.1, lambda: ["--max-doc-mb", rng.choice(sizes)]),
        ]
    elif cmd == "learn-boilerplate":
        maybe = [
            (0.9, lambda: ["-o", rng.choice([str(where / "p.json"), path, null_device(where)])]),
            (0.3, lambda: ["--skip-bad"]),
            (0.2, lambda: ["--min-pages", rng.choice(["1", "0", "3"])]),
            (0.2, lambda: ["--max-doc-mb", rng.choice(sizes)]),
        ]
    elif cmd == "config":
        maybe += [(0.5, lambda: ["--show"]), (0.3, lambda: ["--json"])]
    if cmd == "dedup":
        maybe = [
            (0.5, lambda: ["-o", str(where / rng.choice(["d.jsonl", "missing/d.jsonl", "d.gz"]))]),
            (0.5, lambda: ["--mark"]),
            (0.3, lambda: ["--index", str(where / rng.choice(["i.db", "i.db", "d.jsonl"]))]),
            (0.2, lambda: ["--threshold", rng.choice(["0.5", "0", "1", "1.5", "x"])]),
            (0.2, lambda: ["--num-perm", rng.choice(["1", "7", "0", "300"])]),
            (0.2, lambda: ["--ngram", rng.choice(["1", "3", "0"])]),
            (0.2, lambda: ["--char"]),
            (0.1, lambda: ["--exact"]),
            (0.1, lambda: ["--measure", "jaccard"]),
            (0.2, lambda: ["--keep", rng.choice(["first", "longest"])]),
            (0.1, lambda: ["--keep-key", rng.choice(["id", "text", "none"])]),
            (0.2, lambda: ["--id-field", rng.choice(["id", "text", "none"])]),
            (0.2, lambda: ["--text-field", rng.choice(["text", "body", "id"])]),
            (0.4, lambda: ["--skip-bad"]),
            (0.05, lambda: ["--workers", "2"]),
            (0.05, lambda: ["--strip-boilerplate"]),
        ]
    for p, make in maybe:
        if rng.random() < p:
            args += make()
    return args, stdin


@contextlib.contextmanager
def redirected(stdin: bytes, cwd: Path) -> Iterator[None]:
    saved = sys.stdin, sys.stdout, sys.stderr, os.getcwd()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    sys.stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    os.chdir(cwd)
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved[:3]
        os.chdir(saved[3])


def run_inprocess(args: list[str], stdin: bytes, cwd: Path) -> tuple[int | str, str]:
    """(exit code or 'crash', detail)."""
    try:
        with redirected(stdin, cwd):
            code = cli_main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # anything escaping main is what we count
        return "crash", traceback.format_exc(limit=6)
    return code, ""


def run_subprocess(args: list[str], stdin: bytes, cwd: Path) -> tuple[int | str, str]:
    exe = [sys.executable, "-m", "cleantext.cli"]
    r = subprocess.run([*exe, *args], input=stdin, capture_output=True, cwd=cwd, timeout=300)
    if b"Traceback" in r.stderr:
        return "crash", r.stderr.decode(errors="replace")[-1500:]
    return r.returncode, ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--subprocess", type=int, default=40, help="cases run as real processes")
    opts = ap.parse_args()
    rng = random.Random(opts.seed)
    codes: Counter[int | str] = Counter()
    crashes: list[tuple[list[str], str]] = []
    started = time.perf_counter()
    for i in range(opts.cases + opts.subprocess):
        with tempfile.TemporaryDirectory() as tmp:
            where = Path(tmp)
            args, stdin = rand_args(rng, where)
            runner = run_inprocess if i < opts.cases else run_subprocess
            code, detail = runner(args, stdin, where)
            if code not in (0, 1, 2):
                crashes.append(([a.replace(tmp, "$TMP") for a in args], detail or f"exit {code}"))
                code = "crash"
            codes[code] += 1
    took = time.perf_counter() - started
    total = opts.cases + opts.subprocess
    print(f"{total} runs ({opts.subprocess} as subprocesses) in {took:.1f} s, seed {opts.seed}")
    print("exit codes:", ", ".join(f"{k}: {v}" for k, v in sorted(codes.items(), key=str)))
    print(f"crashes: {len(crashes)}")
    for args, detail in crashes[:10]:
        print("\n$ cleantext " + " ".join(args) + "\n" + detail)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
