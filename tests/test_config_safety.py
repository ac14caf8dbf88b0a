"""Every config value is checked when the config is loaded: a wrong type, an unknown name or a
number out of range is a one-line ConfigError naming the key and what it allows (issue B10)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import Cleaner
from cleantext.config import (
    BlockDedupOptions,
    Config,
    ConfigError,
    find_config_file,
    parse_json_config,
)

HUGE = "9" * 5000

BAD_TOML = [
    # (TOML, expected message)
    ("[dedup]\nnum_perm = 0\n", "dedup.num_perm must be an integer in 1..1024, not 0"),
    (
        "[dedup]\nnum_perm = 100000000\n",
        "dedup.num_perm must be an integer in 1..1024, not 100000000",
    ),
    ('[dedup]\nshingle = "3"\n', "dedup.shingle must be an integer in 1..32, not '3' (str)"),
    (
        "[boilerplate]\nsite_profile = 5\n",
        "boilerplate.site_profile must be the path of a profile file, not 5",
    ),
    ("[dedup]\nmin_words = 1e999\n", "dedup.min_words must be an integer in 1..100000, not inf"),
    ("[dedup]\nthreshold = nan\n", "dedup.threshold must be a number in (0, 1], not nan"),
    ("[dedup]\nmin_words = true\n", "dedup.min_words must be an integer in 1..100000, not True"),
    ("[dedup]\nshingle = 2.5\n", "dedup.shingle must be an integer in 1..32, not 2.5"),
    # 1.0 used to pass the check and crash the LSH (its banding needs a threshold below 1)
    (
        "[dedup]\ncandidate_threshold = 1.0\n",
        "dedup.candidate_threshold must be a number in (0, 1), not 1.0",
    ),
    (
        f"[dedup]\nnum_perm = {HUGE}\n",
        "c.toml: dedup.num_perm must be an integer in 1..1024, not an integer of 5000 digits",
    ),
    (f"x = {HUGE}\n", "c.toml: x must be a shorter value, not an integer of 5000 digits"),
    ("preset = 5\n", "preset must be one of light, extract, none, not 5"),
    ("[normalize]\nprofile = []\n", "profile must be one of default, ftfy, not [] (list)"),
    ("steps = [1]\n", "steps must be a list of strings, not [1] (list)"),
    ("dedup = 3\n", "[dedup] must be a table, not 3"),
    (
        "[boilerplate]\nextra_patterns = [1]\n",
        "boilerplate.extra_patterns must be a list of strings, not [1] (list)",
    ),
]


@pytest.mark.parametrize(("toml", "message"), BAD_TOML)
def test_bad_toml_values_are_config_errors(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        Config.from_toml(path)
    named = message if message.startswith("c.toml: ") else f"c.toml: {message}"  # the file
    assert str(info.value).replace(str(tmp_path) + "/", "") == named


@pytest.mark.parametrize(
    "toml", [BAD_TOML[0][0], BAD_TOML[2][0], BAD_TOML[3][0], f"[dedup]\nshingle = {HUGE}\n"]
)
def test_cli_gives_one_line_and_exit_1(tmp_path: Path, toml: str) -> None:
    (tmp_path / "cleantext.toml").write_text(toml)
    (tmp_path / "a.txt").write_text("Hello  world.\n")
    r = subprocess.run(
        [sys.executable, "-m", "cleantext.cli", "clean", "a.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 1 and r.stdout == ""
    [line] = r.stderr.splitlines()
    assert line.startswith("cleantext: error: ")
    assert "dedup." in line or "site_profile" in line


def test_huge_integer_in_pyproject_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.cleantext.dedup]\nshingle = {HUGE}\n")
    r = subprocess.run(
        [sys.executable, "-m", "cleantext.cli", "config"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 1
    assert r.stderr == (
        "cleantext: error: pyproject.toml: dedup.shingle must be an integer in 1..32, "
        "not an integer of 5000 digits\n"
    )


def test_huge_integer_in_json_config() -> None:
    with pytest.raises(
        ConfigError,
        match=r"^dedup.num_perm must be an integer in 1..1024, "
        r"not an integer of 5000 digits$",
    ):
        Config.from_json('{"dedup": {"num_perm": ' + HUGE + "}}")
    with pytest.raises(ConfigError, match=r"^config is not valid JSON"):
        parse_json_config("{")
    with pytest.raises(ConfigError, match=r"^a config must be a JSON object"):
        parse_json_config("[1]")


def test_huge_python_integer_is_not_printed() -> None:
    with pytest.raises(ConfigError, match=r"not an integer of about 5000 digits$"):
        Config.from_dict({"dedup": {"min_words": 10**4999}})


def test_options_built_directly_are_checked_too() -> None:
    with pytest.raises(ConfigError, match=r"dedup\.num_perm"):
        BlockDedupOptions(num_perm=0)
    with pytest.raises(ConfigError, match="disable must be a list of strings"):
        Config(disable="collapse-spaces")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"\[dedup\] must be a table"):
        Config(dedup={"num_perm": 3})  # type: ignore[arg-type]


def test_bounds_are_inclusive_where_documented() -> None:
    opts = BlockDedupOptions(threshold=1, num_perm=1024, shingle=32, min_words=1)
    assert opts.threshold == 1.0 and isinstance(opts.threshold, float)
    text = "Hello world, one two three four five.\n\n" * 3
    for num_perm in (1, 1024):
        assert isinstance(Cleaner(dedup={"num_perm": num_perm, "min_words": 1}).clean(text), str)


def test_every_numeric_option_has_a_range_in_the_docs() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "tuning.md").read_text()
    for f in dataclasses.fields(BlockDedupOptions):
        rng = BlockDedupOptions.ranges()[f.name]
        assert f"] {f.name}`" in docs and rng.describe() in docs, f.name


def test_languages_is_ignored_with_a_warning() -> None:
    with pytest.warns(FutureWarning, match="'languages' is ignored"):
        cfg = Config.from_dict({"languages": ["fr"], "preset": "none"})
    assert cfg == Config(preset="none")


# -- property: random config dicts give a Config or a ConfigError, never anything else --------

KEYS = [f.name for f in dataclasses.fields(Config)] + ["languages", "bogus"]
SECTION_KEYS = [f.name for f in dataclasses.fields(BlockDedupOptions)] + [
    "profile",
    "extra_patterns",
    "site_profile",
    "x",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.just(5000).map(lambda digits: 10**digits),  # built lazily: hypothesis reprs a just()
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["light", "extract", "normalize", "collapse-spaces", "ftfy", "(", "a+"]),
)


def _nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    keys = st.sampled_from(SECTION_KEYS) | st.text(max_size=4)
    return st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3)


values = st.recursive(scalars, _nested, max_leaves=8)
configs = st.dictionaries(st.sampled_from(KEYS), values, max_size=4)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(configs)
def test_random_configs_raise_only_config_error(data: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # the ignored 'languages' key
        try:
            cfg = Config.from_dict(data)
        except ConfigError as exc:
            assert "\n" not in str(exc)
            return
    assert Config.from_dict(cfg.to_dict()) == cfg
    try:
        assert Cleaner(cfg).clean("Hello  world .\n\nHello  world .\n") != ""
    except ConfigError as exc:  # a site_profile path that names no profile
        assert "site profile" in str(exc)


@pytest.mark.parametrize("pages", ["1e999", HUGE])
def test_site_profile_with_huge_numbers_is_a_config_error(tmp_path: Path, pages: str) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(
        '{"format": "cleantext-site-profile", "version": 1, '
        f'"sites": {{"a.com": {{"pages": {pages}, "lines": ["x"]}}}}}}'
    )
    cleaner = Cleaner(boilerplate={"site_profile": str(profile)})
    with pytest.raises(ConfigError, match=r"p\.json"):
        cleaner.clean("x\nmore text here\n")


def test_deeply_nested_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("disable = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(ConfigError, match="nested too deep"):
        Config.from_toml(path)
    (tmp_path / "pyproject.toml").write_text(
        path.read_text().replace("disable", "[tool.cleantext]\ndisable")
    )
    assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('disabel = ["x"]\n', "unknown config key 'disabel'; did you mean 'disable'?"),
        (  # near miss: nothing close, every key
            "colour = 1\n",
            "unknown config key 'colour'; keys: boilerplate, dedup, disable, enable, normalize, "
            "preset, steps",
        ),
        ('extract_off = ["lead"]\n', "unknown config key 'extract_off'; it belongs in the "
         "[boilerplate] table"),
        ("[dedup]\nthreshhold = 0.5\n", "unknown key 'threshhold' in [dedup]; did you mean "
         "'threshold'?"),
        ("[dedup]\nzzz = 1\n", "unknown key 'zzz' in [dedup]; known: threshold, min_words, "
         "shingle, num_perm, candidate_threshold, refrain_lines, sibling_headings"),
        ('disable = ["capitalise-sentence"]\n', "unknown rule 'capitalise-sentence'; did you "
         "mean 'capitalize-sentence'?"),
    ],
)  # fmt: skip
def test_a_typo_names_the_closest_key(tmp_path: Path, toml: str, message: str) -> None:
    """An unknown key said "unknown config key 'disabel' (str)": no file (one that was found,
    not given, is a surprise), no valid key; now the file, the key and the closest one."""
    (tmp_path / "cleantext.toml").write_text(toml)
    (tmp_path / "a.txt").write_text("Hello  world.\n")
    r = subprocess.run(
        [sys.executable, "-m", "cleantext", "clean", "a.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr == f"cleantext: error: cleantext.toml: {message}\n"


def test_a_windows_path_in_double_quotes_gets_a_hint(tmp_path: Path) -> None:
    """A Windows path in "..." was only "Invalid hex value (at line 2, column 21)"."""
    path = tmp_path / "c.toml"
    path.write_text('[boilerplate]\nsite_profile = "C:\\Users\\me\\site.json"\n')
    with pytest.raises(ConfigError, match=r"Invalid hex value .*single quotes \('C:\\data"):
        Config.from_toml(path)
    path.write_text('[boilerplate]\nsite_profile = "C:\\data\\site.json"\n')
    with pytest.raises(ConfigError, match=r"Unescaped .*a backslash in \"...\" starts an escape"):
        Config.from_toml(path)
    path.write_text("[boilerplate]\nsite_profile = 'C:\\data\\site.json'\n")  # as advised
    assert Config.from_toml(path).boilerplate.site_profile == "C:\\data\\site.json"
    path.write_text("[boilerplate]\nsite_profile = \n")  # near miss: no backslash, no hint
    with pytest.raises(ConfigError) as info:
        Config.from_toml(path)
    assert "backslash" not in str(info.value)


def test_a_config_saved_by_windows_tools_is_read_or_named(tmp_path: Path) -> None:
    """A cleantext.toml with a UTF-8 byte order mark (Notepad) was "Invalid statement (at
    line 1, column 1)", and a pyproject.toml with one was silently not found; one in UTF-16
    (PowerShell's `cleantext config --show > cleantext.toml`) was a codec traceback's text."""
    path = tmp_path / "cleantext.toml"
    path.write_bytes(b'\xef\xbb\xbfpreset = "extract"\r\n')
    assert Config.from_toml(path).preset == "extract"
    (tmp_path / "pyproject.toml").write_bytes(b'\xef\xbb\xbf[tool.cleantext]\npreset = "none"\n')
    path.unlink()
    assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"
    assert Config.from_toml(tmp_path / "pyproject.toml").preset == "none"
    path.write_bytes('preset = "none"\r\n'.encode("utf-16"))
    with pytest.raises(ConfigError) as info:
        Config.from_toml(path)
    assert str(info.value) == (
        f"cannot read config {path}: UTF-16 text (it starts with a byte order mark), not UTF-8: "
        "convert it first, e.g. iconv -f UTF-16 -t UTF-8"
    )
    with pytest.raises(ConfigError) as info:  # near miss: a file that is not there
        Config.from_toml(tmp_path / "none.toml")
    assert (
        str(info.value) == f"cannot read config {tmp_path / 'none.toml'}: No such file or directory"
    )
