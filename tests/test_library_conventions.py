"""What a data engineer meets who drops cleantext into a pipeline: threads, pickling, spawned
processes, hash seeds, logging and warnings, errors for bad arguments, the public names."""

from __future__ import annotations

import ast
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import Cleaner, Config, ConfigError, DedupOptions, MemoryIndex, Signer
from cleantext.batch import StoppedAtBadInput
from cleantext.edits import Edit, apply_edits
from cleantext.errors import InputError, MissingExtraError, PatternError
from cleantext.io import DocumentTooLarge, OutputError
from cleantext.minhash.lsh import SchemeError

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

#: small pages written for these tests: menus, a cookie line, an article, a footer
PAGE = (
    "Home\nNews\nSport\nWeather\n\nWe use cookies to improve your experience. Accept\n\n"
    "{title}\n\nBy Ann Smith, {day} March 2024\n\n"
    "The {what} on the river will close for {n} weeks from Monday ,  the council said on "
    "Friday, while engineers replace the cables that hold the deck.\n\n"
    "Drivers are asked to use the ring road; buses will run every ten minutes , and the "
    "ferry adds two crossings an hour at peak times.\n\n"
    "Share this article\nRead more\n\n© 2024 Example News. All rights reserved."
)
TEXTS = [
    PAGE.format(title=f"Bridge {i} closes", day=i + 1, what=w, n=i + 2)
    for i, w in enumerate(["bridge", "tunnel", "Caf\u00c3\u00a9 pier", "old lock", "ferry"] * 4)
]
HTML = (
    "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>{title}</h1><p>{body}</p></article><footer>© 2024 Example</footer></body></html>"
)


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        env={**ENV, **env},
        timeout=300,
        cwd=ROOT,
    )


# -- threads ----------------------------------------------------------------------------------

THREADS = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
import cleantext
from cleantext import DedupOptions
texts = json.loads(sys.stdin.read())
jobs = [(t, p) for t in texts for p in ("extract", "light", "none")]
html = [{html!r}.format(title=t.split(chr(10))[7], body=t) for t in texts]
opts = DedupOptions()
signer = opts.signer()

def work(i):
    if i < len(jobs):
        return cleantext.clean(jobs[i][0], preset=jobs[i][1])
    if i < len(jobs) + len(html):
        return cleantext.clean_html(html[i - len(jobs)])
    return signer.sign(texts[i % len(texts):]).values.tolist()

n = len(jobs) + len(html) + 8
if sys.argv[1] == "threads":  # (a fresh process: lazy patterns and caches start cold)
    with ThreadPoolExecutor(8) as pool:
        out = list(pool.map(work, range(n)))
else:
    out = [work(i) for i in range(n)]
print(json.dumps(out))
"""


def _outputs(mode: str, env: dict[str, str] | None = None) -> list[object]:
    r = subprocess.run(
        [sys.executable, "-c", THREADS.format(html=HTML), mode],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        env={**ENV, **(env or {})},
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    out: list[object] = json.loads(r.stdout)
    return out


def test_eight_threads_clean_as_one_does() -> None:
    pytest.importorskip("lxml")
    alone = _outputs("sequential")
    assert alone[0] != TEXTS[0] and "council said" in str(alone[0])  # (something was cleaned)
    assert _outputs("threads") == alone


# -- determinism ------------------------------------------------------------------------------

EDITS = """
import json, sys
from cleantext import Cleaner, dedup_corpus
texts = json.loads(sys.stdin.read())
docs = [Cleaner(preset=p).clean_document(t) for t in texts for p in ("extract", "light")]
kept = dedup_corpus(texts + [t[: len(t) // 2] for t in texts]).kept.tolist()
print(repr([(d.text, d.edits, d.report()) for d in docs] + [kept]))
"""


def test_outputs_and_edits_do_not_depend_on_the_hash_seed() -> None:
    runs = set()
    for seed in ("0", "1", "random"):
        r = subprocess.run(
            [sys.executable, "-c", EDITS],
            input=json.dumps(TEXTS[:6]),
            capture_output=True,
            text=True,
            env={**ENV, "PYTHONHASHSEED": seed},
            timeout=300,
        )
        assert r.returncode == 0, r.stderr
        runs.add(r.stdout)
    assert len(runs) == 1


# -- pickling and spawned processes -----------------------------------------------------------


def _objects() -> list[object]:
    opts = DedupOptions(threshold=0.8)
    cleaner = Cleaner(preset="extract", disable=["capitalize-sentence"])
    doc = cleaner.clean_document(TEXTS[2])
    index = MemoryIndex(opts.scheme(), 0.8)
    index.insert("a", opts.signer().sign([TEXTS[0]]).values[0])
    return [
        Config(preset="extract"),
        cleaner,
        doc,
        doc.edits[0],
        cleantext.all_rules()[0],
        opts,
        cleantext.dedup_corpus(TEXTS[:4], opts),
        opts.signer(),
        opts.scheme(),
        index,
        cleantext.clean,
    ]


@pytest.mark.parametrize("obj", _objects(), ids=lambda o: type(o).__name__)
def test_public_objects_pickle(obj: object) -> None:
    back = pickle.loads(pickle.dumps(obj))
    assert type(back) is type(obj)
    if isinstance(obj, Cleaner):
        assert back.clean(TEXTS[1]) == obj.clean(TEXTS[1])
    elif isinstance(obj, Signer):
        assert back.sign(TEXTS).values.tolist() == obj.sign(TEXTS).values.tolist()
    elif isinstance(obj, MemoryIndex):
        assert "a" in back and len(back) == 1
    elif not hasattr(obj, "kept"):  # (a result holds arrays)
        assert back == obj


@pytest.mark.parametrize(
    "exc",
    [
        ConfigError("x"),
        InputError("x"),
        PatternError("x"),
        MissingExtraError("x"),
        OutputError("x"),
        DocumentTooLarge("x"),
        SchemeError("x"),
        StoppedAtBadInput("bad line", "such lines"),  # failed: two arguments
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_pickle_with_their_message(exc: Exception) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc) and str(back) == str(exc)
    assert getattr(back, "what", None) == getattr(exc, "what", None)


SPAWN = """
import json, multiprocessing, sys
from functools import partial
import cleantext
from cleantext import Cleaner

if __name__ == "__main__":
    texts = json.loads(sys.stdin.read())
    cleaner = Cleaner(preset="extract")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        a = pool.map(partial(cleantext.clean, preset="extract"), texts)
        b = pool.map(cleaner.clean_document, texts)
        c = pool.apply(cleantext.dedup_corpus, (texts,))
    assert a == [cleaner.clean(t) for t in texts]
    assert [d.edits for d in b] == [cleaner.clean_document(t).edits for t in texts]
    assert c.kept.tolist() == cleantext.dedup_corpus(texts).kept.tolist()
    print("ok")
"""


def test_spawned_worker_processes_clean_as_this_one(tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"  # (spawn imports __main__ from a file)
    script.write_text(SPAWN, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, str(script)],
        input=json.dumps(TEXTS[:4]),
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    assert r.returncode == 0 and r.stdout == "ok\n", r.stderr


# -- logging and warnings ---------------------------------------------------------------------


def test_the_library_prints_nothing_and_warns_nothing() -> None:
    pytest.importorskip("lxml")
    code = (
        "import json, logging, cleantext\n"
        f"texts = {TEXTS[:3]!r}\n"
        "for p in ('light', 'extract', 'none'):\n"
        "    [cleantext.clean(t, preset=p) for t in texts]\n"
        f"cleantext.clean_html({HTML.format(title='T', body=TEXTS[0])!r})\n"
        "cleantext.dedup_corpus(texts)\n"
        "cleantext.Cleaner(preset='extract').clean_document(texts[0])\n"
        "handlers = logging.getLogger('cleantext').handlers\n"
        "assert [type(h).__name__ for h in handlers] == ['NullHandler'], handlers\n"
    )
    r = _run(code)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_a_deprecated_config_key_is_a_filterable_warning_at_the_callers_line() -> None:
    with pytest.warns(FutureWarning, match="'languages' is ignored") as caught:
        Config.from_dict({"languages": ["en"]})
    assert caught[0].filename == __file__


# -- errors for bad arguments -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (lambda: cleantext.clean("x", preset="extrct"), ConfigError, "did you mean 'extract'"),
        (lambda: cleantext.clean_html("x", preset="lihgt"), ConfigError, "did you mean 'light'"),
        (lambda: cleantext.clean("x", preset="fast"), ConfigError, "choose one of light,"),
        (lambda: cleantext.clean("x", preset=["extract"]), ConfigError, "not ['extract'] (list)"),
        (lambda: cleantext.clean("x", steps=["tidyy"]), ConfigError, "did you mean 'tidy'"),
        (lambda: cleantext.clean("x", steps=3), ConfigError, "steps must be a list of strings"),
        (lambda: cleantext.clean(b"x"), TypeError, "text must be str, not bytes"),
        (lambda: DedupOptions(num_perm="64"), ConfigError, "not '64' (str)"),  # type: ignore[arg-type]
        (lambda: DedupOptions(threshold=2), ConfigError, "(0, 1], not 2"),
        (lambda: DedupOptions(keep="longer"), ConfigError, "did you mean 'longest'"),
        (lambda: Signer(num_perm=None), ConfigError, "not None (NoneType)"),  # type: ignore[arg-type]
        (lambda: Signer(hash="xxh23"), ConfigError, "did you mean 'xxh32'"),
        (lambda: MemoryIndex({"bands": 8}), ConfigError, "must be a Scheme"),  # type: ignore[arg-type]
        (lambda: cleantext.dedup_corpus("one text"), TypeError, "not one str"),
        (lambda: Signer().sign("one text"), TypeError, "not one str"),
        (lambda: cleantext.replay("abc", [1]), TypeError, "edits must be Edit objects, not int"),
        (lambda: Cleaner("extract"), TypeError, "Cleaner(preset='extract')"),
        (lambda: apply_edits("abc", [1]), TypeError, "edits must be Edit objects"),  # type: ignore[list-item]
    ],
)
def test_bad_arguments_raise_the_projects_errors_naming_the_value(
    call: object, kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind) as info:
        call()  # type: ignore[operator]
    assert message in str(info.value)


def test_config_errors_are_value_errors_and_good_arguments_pass() -> None:
    assert issubclass(ConfigError, ValueError)  # (code that caught ValueError still does)
    assert DedupOptions(num_perm=64, threshold=0.9).num_perm == 64
    assert Signer(num_perm=16, hash="xxh32").num_perm == 16
    assert apply_edits("abc", [Edit("r", 0, 1, "a", "A")]) == "Abc"
    assert cleantext.clean("a  b", steps="normalize") == "a b"


# -- the public names -------------------------------------------------------------------------


def _typed_names() -> set[str]:
    """The names ``cleantext/__init__.py`` imports for type checkers, and its functions."""
    tree = ast.parse((ROOT / "src/cleantext/__init__.py").read_text(encoding="utf-8"))
    names = {"__version__"}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imp in node.body:
                if isinstance(imp, ast.ImportFrom) and str(imp.module).startswith("cleantext"):
                    names |= {a.asname or a.name for a in imp.names}
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            names.add(node.name)
    return names


def test_all_is_the_public_api_and_type_checkers_see_all_of_it() -> None:
    assert set(cleantext.__all__) == _typed_names()
    for name in cleantext.__all__:
        assert getattr(cleantext, name) is not None
    page = (ROOT / "docs/api.md").read_text(encoding="utf-8")
    documented = {line[5:].split("`")[0] for line in page.splitlines() if line.startswith("### `")}
    assert documented == set(cleantext.__all__)


def test_type_checkers_do_not_see_the_lazy_getattr() -> None:
    """With ``__getattr__`` visible, mypy typed every misspelt name (``cleantext.Clenaer``)
    as ``Any``: no error."""
    tree = ast.parse((ROOT / "src/cleantext/__init__.py").read_text(encoding="utf-8"))
    top = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert "__getattr__" not in top
    hidden = [
        n for n in tree.body if isinstance(n, ast.If) and "not TYPE_CHECKING" in ast.unparse(n.test)
    ]
    assert any(isinstance(f, ast.FunctionDef) and f.name == "__getattr__" for f in hidden[0].body)
    with pytest.raises(AttributeError, match="Clenaer"):
        cleantext.Clenaer  # type: ignore[attr-defined]  # noqa: B018
