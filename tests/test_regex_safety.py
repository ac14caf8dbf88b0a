"""No regular expression in cleantext backtracks catastrophically.

Every compiled pattern is collected from the module globals (and class attributes) of all
cleantext modules, and every pattern string from the data files (keys named ``regex`` or
``*_regex`` in ``data/*.toml``). Each runs against inputs built to make it backtrack: long runs
of one character or of a short unit taken from the pattern itself, ending with a character
that makes the match fail. A pattern the code only uses anchored (``.match``/``.fullmatch``,
found by reading its module's source), or searches only in a small window it cuts itself
(``.search(text, max(0, i - 16), i)``), is timed anchored; any other is timed as a search over
the whole input (``finditer``), which is how a quadratic pattern hurts on a long line.

Patterns built from the data files (which the boilerplate step matches with no clock) must
also be linear: on their worst input, ``GROWTH`` times more characters may cost at most about
``GROWTH`` times more time. User patterns are checked structurally when loaded
(:mod:`cleantext.boilerplate.safety`); known catastrophic shapes must be refused and what is
accepted must stay fast.

The measurements run in a child process, so a pattern that never returns is reported by name
(after a timeout) instead of hanging the suite.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import json
import pkgutil
import re
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import regex

import cleantext

N = 5000  # characters in each adversarial input
BOUND = 0.25  # seconds allowed for the worst input; a linear pattern needs about 1 ms
WINDOW = 200  # a search over a window this small is timed like an anchored match
BUDGET = 0.5  # seconds after which one input is abandoned (the pattern has failed)
CHILD_TIMEOUT = 300.0
GROWTH = 4  # the longer input for the growth check is this many times longer
SLACK = 2.0  # allowed factor over linear growth (timing noise); quadratic would be GROWTH**2
NOISE = 0.02  # seconds of timing noise allowed on top (the machine may be busy)
GROWTHS: dict[str, tuple[float, float]] = {}  # filled by the timings fixture

UNITS = [
    *"aA \t\n.,-0é&#`([\"'\u00a0\u200b\x01:…",
    "\r\n", "a.", "a ", "a-\n", "ab.", ". a", "(a", "&#1", "\n \n", " \n", "a\u0301",
    "😀\u200d", "a1", "1,", "1.", "- ", "« ", "日本",
]  # fmt: skip
ENDINGS = ("!", "\x00", "a", "")
_PATTERN_TYPES = (re.Pattern, regex.Pattern)


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional dependency (an extra) is not installed
            continue


def _patterns_in(namespace: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
    for key, value in namespace.items():
        if isinstance(value, _PATTERN_TYPES):
            yield f"{prefix}.{key}", value
        elif isinstance(value, list | tuple | dict):
            items = value.values() if isinstance(value, dict) else value
            for i, item in enumerate(items):
                if isinstance(item, _PATTERN_TYPES):
                    yield f"{prefix}.{key}[{i}]", item


def code_patterns() -> dict[str, Any]:
    """Compiled patterns in module globals and class attributes, by dotted name."""
    found: dict[str, Any] = {}
    for mod in _modules():
        found.update(_patterns_in(vars(mod), mod.__name__))
        for name, obj in vars(mod).items():
            if isinstance(obj, type) and obj.__module__ == mod.__name__:
                found.update(_patterns_in(dict(vars(obj)), f"{mod.__name__}.{name}"))
    return found


def _regex_strings(table: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(table, dict):
        for key, value in table.items():
            where = f"{path}.{key}"
            if (key == "regex" or key.endswith("_regex")) and isinstance(value, list):
                for i, rx in enumerate(value):
                    yield f"{where}[{i}]", rx
            else:
                yield from _regex_strings(value, where)


def data_patterns() -> dict[str, Any]:
    """Pattern strings from the data files, compiled as the boilerplate step compiles them.

    The boilerplate step only ever matches them against a whole (normalised) line, so they are
    timed anchored (``data/`` names count as anchored in :func:`anchored_only`).
    """
    found: dict[str, Any] = {}
    for entry in files("cleantext.data").iterdir():
        if entry.name.endswith(".toml"):
            table = tomllib.loads(entry.read_text(encoding="utf-8"))
            for name, rx in _regex_strings(table, f"data/{entry.name}"):
                found[name] = regex.compile(rx, regex.V1 | regex.IGNORECASE)
    return found


def built_patterns() -> dict[str, Any]:
    """The patterns the boilerplate step builds at run time from the data (instance state)."""
    from cleantext.boilerplate.patterns import Patterns

    built = Patterns.builtin()
    for name in ("_combined", "_combined_hint", "_keywords", "_consent"):  # compiled lazily
        getattr(built, name)
    p = vars(built)
    found = {f"Patterns.builtin().{k}": v for k, v in p.items() if isinstance(v, _PATTERN_TYPES)}
    for k, v in p.items():
        if isinstance(v, list):
            for i, item in enumerate(v):
                rx = item[0] if isinstance(item, tuple) and item else item
                if isinstance(rx, _PATTERN_TYPES):
                    found[f"Patterns.builtin().{k}[{i}]"] = rx
    return found


def _cached_functions() -> Iterator[tuple[str, Any]]:
    """The functions of cleantext's modules cached with ``functools.lru_cache`` (or
    ``cache``) that take no argument: many build a pattern from the data files on first use."""
    for mod in _modules():
        for name, fn in vars(mod).items():
            if not (hasattr(fn, "cache_info") and getattr(fn, "__module__", "") == mod.__name__):
                continue
            params = inspect.signature(fn).parameters.values()
            if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                   for p in params):  # fmt: skip
                yield f"cached:{mod.__name__}.{name}()", fn


def _patterns_of(value: Any, name: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """The patterns in what a cached function returns: itself, the items of a tuple or a
    list, or the fields of one of cleantext's own objects."""
    if isinstance(value, _PATTERN_TYPES):
        yield name, value
    elif depth < 2 and isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _patterns_of(item, f"{name}[{i}]", depth + 1)
    elif depth < 2 and type(value).__module__.startswith("cleantext."):
        fields = vars(value) if hasattr(value, "__dict__") else {}
        for key, item in fields.items():
            yield from _patterns_of(item, f"{name}.{key}", depth + 1)


def cached_patterns() -> dict[str, Any]:
    """The patterns built by argument-free cached functions (``_code_line()``, the credit
    and byline patterns, ...), which live in no module global: the code-line patterns were
    quadratic on a long line and no test timed them."""
    known = {id(p) for p in (*code_patterns().values(), *built_patterns().values())}
    found: dict[str, Any] = {}
    for name, fn in _cached_functions():
        for where, pattern in _patterns_of(fn(), name):
            if id(pattern) not in known:  # (Patterns.builtin()'s are timed under that name)
                known.add(id(pattern))
                found[where] = pattern
    return found


def all_patterns() -> dict[str, Any]:
    return {**code_patterns(), **data_patterns(), **built_patterns(), **cached_patterns()}


#: the cached patterns the code only (full)matches (checked against its source below)
CACHED_ANCHORED = {
    "cached:cleantext.boilerplate.thread._words()[0]": ("boilerplate/thread.py", "ago"),
    "cached:cleantext.normalizers.code._code_line()[0]": ("normalizers/code.py", "anchored"),
    "cached:cleantext.boilerplate.before_comments._form()": (
        "boilerplate/before_comments.py",
        "_form()",
    ),
}


#: how the boilerplate step uses the patterns it builds (checked against its source below)
BUILT_ANCHORED = {
    "_combined": "fullmatch",
    "_combined_strong": "fullmatch",
    "_combined_hint": "fullmatch",
    "_prefixes": "match",
}


def anchored_only(name: str) -> bool:
    """True if the pattern is only used with ``.match``/``.fullmatch``, from its module's source."""
    if name.startswith("data/") or name in CACHED_ANCHORED:
        return True
    if name.startswith("cached:"):
        return False
    if name.startswith("Patterns.builtin()."):
        return name.split(".")[-1].split("[")[0] in BUILT_ANCHORED
    if "[" in name:
        return False
    module_name, _, attr = name.rpartition(".")
    try:
        source = Path(sys.modules[module_name].__file__ or "").read_text(encoding="utf-8")
    except (KeyError, OSError):  # a class attribute: name is module.Class.ATTR
        return False
    name_rx = re.escape(attr)
    # an import of the name, or the name as a string (``__all__``), is no use of it
    source = re.sub(r"^(?:from [\w.]+ )?import (?:\([^)]*\)|.*)$", "", source, flags=re.M)
    uses = re.findall(rf"(?<![\w.\"']){name_rx}\b(\.\w+\(|\s*[:=](?!=))?", source)
    methods = [u for u in uses if u.startswith(".")]
    others = [u for u in uses if not u]  # passed around bare: usage unknown
    windowed = _windowed_calls(source, name_rx)
    anchored = {".match(", ".fullmatch("}
    return bool(methods) and not others and all(m in anchored or windowed for m in methods)


def _windowed_calls(source: str, name_rx: str) -> bool:
    """True if every search-like call passes a window no wider than :data:`WINDOW`.

    Recognised form: ``NAME.search(text, max(0, x - K), x)`` with a literal ``K``.
    """
    calls = re.findall(rf"(?<![\w.]){name_rx}\.(?:search|finditer|findall)\(([^\n]*)", source)
    ok = [re.search(r"max\(0, (\w+) - (\d+)\), \1\)", c) for c in calls]
    return bool(calls) and all(m is not None and int(m.group(2)) <= WINDOW for m in ok)


def _shapes(pattern: Any) -> Iterator[tuple[str, str]]:
    """``(unit, ending)`` pairs: the repeated unit and the character that makes it fail."""
    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    literals = sorted({c for c in source if c.isprintable() and c not in "\\^$.*+?()[]{}|"})
    units = [*UNITS, *literals[:40]]
    units += [a + b for a, b in itertools.pairwise(literals[:21])]
    for unit in units:
        for end in ENDINGS:
            yield unit, end


def _build(pattern: Any, unit: str, end: str, n: int) -> Any:
    text = unit * (n // len(unit)) + end
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


def adversarial(pattern: Any, n: int = N) -> Iterator[Any]:
    """Inputs that make a backtracking matcher work hard, for this pattern."""
    for unit, end in _shapes(pattern):
        yield _build(pattern, unit, end, n)


class _TooSlow(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _TooSlow


def _run(pattern: Any, text: Any, anchored: bool) -> float:
    """CPU seconds to match ``text``; infinity past the budget (both re and regex check
    signals). CPU time, for the time and for the budget (``ITIMER_PROF``): wall-clock time
    failed linear patterns under load 17 (opening's dateline, 22 ms of CPU, took 0.33 s),
    while a catastrophic pattern burns CPU all the same."""
    signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, BUDGET)
    t = time.process_time()
    try:
        pattern.match(text)
        pattern.fullmatch(text)
        if not anchored:
            for _ in pattern.finditer(text):
                pass
    except _TooSlow:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - t


def measure(name: str, pattern: Any) -> tuple[float, str]:
    """Worst time (seconds) over the adversarial inputs, and the start of that input."""
    worst, which, _ = _worst(name, pattern)
    return worst, which


def _worst(name: str, pattern: Any) -> tuple[float, str, tuple[str, str]]:
    anchored = anchored_only(name)
    # -1: the first input always counts, so a pattern too fast for the CPU clock (0.0 on
    # every input) still has a worst shape for the growth check, never the empty unit
    worst, which, shape = -1.0, "", ("", "")
    for unit, end in _shapes(pattern):
        text = _build(pattern, unit, end, N)
        took = _run(pattern, text, anchored)
        if took > worst:
            worst, which, shape = took, str(text[:12]), (unit, end)
        if worst > BOUND:
            break
    return worst, which, shape


def growth(name: str, pattern: Any, n: int = N) -> tuple[float, float]:
    """Best-of-3 seconds on the pattern's worst input at ``n`` and at ``GROWTH * n``
    characters: a linear pattern takes about ``GROWTH`` times as long on the longer one."""
    _, _, (unit, end) = _worst(name, pattern)
    anchored = anchored_only(name)
    small, big = _build(pattern, unit, end, n), _build(pattern, unit, end, GROWTH * n)
    best = [float("inf"), float("inf")]
    for _ in range(5):  # the two sizes in turns: a busier spell of the machine hits both
        for i, text in enumerate((small, big)):
            best[i] = min(best[i], _cpu(pattern, text, anchored))
    return best[0], best[1]


def _cpu(pattern: Any, text: Any, anchored: bool) -> float:
    """CPU seconds of what :func:`_run` does (CPU time: other jobs on a busy machine do not
    count), once."""
    t = time.process_time()
    pattern.match(text)
    pattern.fullmatch(text)
    if not anchored:
        for _ in pattern.finditer(text):
            pass
    return time.process_time() - t


def _child(skip: set[str]) -> None:
    for name, pattern in sorted(all_patterns().items()):
        if name in skip:
            continue
        print(json.dumps({"start": name}), flush=True)
        worst, which = measure(name, pattern)
        row = {"name": name, "worst": worst, "input": which}
        if worst < BOUND and _is_builtin_data(name):
            row["growth"] = growth(name, pattern)
        print(json.dumps(row), flush=True)


def _is_builtin_data(name: str) -> bool:
    return name.startswith(("data/", "Patterns.builtin().", "cached:"))


@pytest.fixture(scope="module")
def timings() -> dict[str, tuple[float, str]]:
    """Run the measurements in child processes; a pattern that hangs is timed at infinity."""
    results: dict[str, tuple[float, str]] = {}
    hung: set[str] = set()
    while True:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--probe", json.dumps(sorted(hung))],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            out, _ = proc.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        started = None
        for line in out.splitlines():
            row = json.loads(line)
            if "start" in row:
                started = row["start"]
            else:
                results[row["name"]] = (row["worst"], row["input"])
                if "growth" in row:
                    GROWTHS[row["name"]] = tuple(row["growth"])
                started = None
        if started is None:
            break
        results[started] = (float("inf"), "(did not finish)")
        hung.add(started)
    for name in hung:
        results.setdefault(name, (float("inf"), "(did not finish)"))
    return results


PATTERNS = all_patterns()


def test_patterns_were_found() -> None:
    """The collector sees code and data patterns (a guard against collecting nothing)."""
    assert len([n for n in PATTERNS if n.startswith("cleantext.")]) >= 20
    assert len([n for n in PATTERNS if n.startswith("data/")]) >= 5
    assert "cleantext.boilerplate.patterns._PUNCT" in PATTERNS
    assert "Patterns.builtin()._combined" in PATTERNS


def test_built_patterns_are_used_anchored_as_assumed() -> None:
    """The data patterns are timed anchored because the step only (full)matches them."""
    import cleantext.boilerplate.patterns as mod

    source = Path(mod.__file__ or "").read_text(encoding="utf-8")
    for attr, method in BUILT_ANCHORED.items():
        assert f"self.{attr}" in source
        assert re.search(rf"\.{method}\(", source)
        assert not re.search(rf"{attr}\.(search|finditer|findall|sub|split)\(", source), attr
    # match_lines picks one of the alternations into a local name: it is only fullmatched
    assert "combined.fullmatch(" in source
    assert not re.search(r"combined\.(search|finditer|findall|sub|split)\(", source)


def test_cached_patterns_are_found_and_used_anchored_as_assumed() -> None:
    """The cached patterns are collected (the code-line patterns among them), and the ones
    timed anchored are only matched or fullmatched where the code uses them."""
    assert "cached:cleantext.normalizers.code._code_line()[1]" in PATTERNS
    root = Path(cleantext.__file__).parent
    for name, (path, attr) in CACHED_ANCHORED.items():
        assert name in PATTERNS, name
        source = (root / path).read_text(encoding="utf-8")
        uses = re.findall(rf"{re.escape(attr)}\.(\w+)\(", source)
        assert uses and set(uses) <= {"match", "fullmatch"}, (name, uses)


class _Waiting:
    """A pattern stand-in that waits instead of working: what a busy machine does to a run."""

    def match(self, text: str) -> None:
        time.sleep(BOUND)

    fullmatch = match


def test_the_bound_counts_work_not_waiting() -> None:
    """Time spent off the CPU (other jobs on a loaded machine) does not count against a
    pattern: the bound failed linear patterns under load 17 (wall-clock time)."""
    assert _run(_Waiting(), "a" * N, anchored=True) < BOUND / 10


def test_a_catastrophic_pattern_would_be_caught() -> None:
    """The inputs really do trigger backtracking: a known-bad pattern blows the bound."""
    worst, which = measure("data/x", re.compile(r"(?:a+)+\.\Z"))
    assert worst > BOUND and which == "a" * 12


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_not_catastrophic(name: str, timings: dict[str, tuple[float, str]]) -> None:
    worst, which = timings[name]
    assert worst < BOUND, (
        f"{name} ({PATTERNS[name].pattern!r}) took {worst:.2f}s on {which!r}... "
        f"({N} characters; anchored only: {anchored_only(name)})"
    )


@pytest.mark.parametrize("name", sorted(n for n in PATTERNS if _is_builtin_data(n)))
def test_builtin_pattern_time_grows_linearly(name: str, timings: dict[str, Any]) -> None:
    """Every pattern built from the data files (the ones the boilerplate step matches with no
    clock) takes at most about ``GROWTH`` times as long on an input ``GROWTH`` times longer,
    on its own worst adversarial input: linear, not merely fast enough at one size."""
    assert name in GROWTHS, f"{name} was not measured (it blew the bound: {timings[name]})"
    small, big = GROWTHS[name]
    assert big <= SLACK * GROWTH * small + NOISE, (
        f"{name}: {small * 1e3:.2f} ms at {N} characters, {big * 1e3:.2f} ms at {GROWTH * N}"
    )


def test_growth_check_would_catch_a_quadratic_pattern() -> None:
    """A polynomial (not exponential) pattern passes the bound at one size but not this test."""
    rx = regex.compile(r"a*a*\d\Z")  # quadratic: 3000 characters take tens of ms
    small, big = growth("data/x", rx, 3000)  # (at 1000, NOISE was most of the bound: flaky)
    assert big > SLACK * GROWTH * small + NOISE


def test_no_clock_on_builtin_patterns() -> None:
    """Built-in patterns are linear by construction: no wall-clock ``timeout=`` argument."""
    root = Path(cleantext.__file__).parent
    for path in root.rglob("*.py"):
        assert "timeout=0" not in path.read_text(encoding="utf-8"), path


CATASTROPHIC = [
    r"(a+)+$", r"([a-zA-Z]+)*$", r"(a|aa)+$", r"(a|a?)+$", r"(.*a){12}", r"(\w+\s?)*$",
    r"^(([a-z])+.)+[A-Z]([a-z])+$", r"(x+x+)+y", r"(\d+|\d+\.)*$", r"(?:a*)*b",
    r"(\w\w|\d)+$", r"(.*,){11}P",
]  # fmt: skip


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_user_pattern_check_refuses_known_catastrophic_shapes(pattern: str) -> None:
    from cleantext.boilerplate.safety import check_pattern

    with pytest.raises(ValueError):
        check_pattern(pattern)


ACCEPTED = [
    r"sponsored by \w+", r"photo: .{0,40}", r"(?:\d{3})+ views", r"(?:ab|cd)+ x",
    r".*a.*b.*c", r"follow \w+(?: \w+)? on \w+", r"\p{L}+ \d+ (?:min|h) ago",
    r"(?:[a-z]{2} )+end", r"[^:]{1,40}: .*",
]  # fmt: skip


@pytest.mark.parametrize("pattern", ACCEPTED)
def test_user_patterns_the_check_accepts_are_fast(pattern: str) -> None:
    """What the check lets through is fast on adversarial 200-character lines (the longest
    line the step matches), anchored as the step uses it."""
    from cleantext.boilerplate.safety import check_pattern

    check_pattern(pattern)
    rx = regex.compile(pattern, regex.IGNORECASE)
    for unit, end in _shapes(rx):
        line = _build(rx, unit, end, 200)
        assert _run(rx, line, anchored=True) < 0.05, (pattern, line[:12])


if __name__ == "__main__" and sys.argv[1:2] == ["--probe"]:
    _child(set(json.loads(sys.argv[2])))
