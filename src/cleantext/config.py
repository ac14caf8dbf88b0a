"""Configuration: presets, steps, rule switches and thresholds.

A :class:`Config` is an immutable value. Build one with keyword arguments, from a dict or from
a TOML file; every field has a safe default.

>>> cfg = Config(disable=frozenset({"capitalize-sentence"}))
>>> cfg.rule_enabled("capitalize-sentence"), cfg.rule_enabled("collapse-spaces")
(False, True)
>>> Config.from_dict({"preset": "extract", "dedup": {"threshold": 0.7}}).dedup.threshold
0.7
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleantext.errors import ConfigError

__all__ = [
    "PRESETS",
    "BlockDedupOptions",
    "BoilerplateOptions",
    "Config",
    "ConfigError",
    "NormalizeOptions",
    "find_config_file",
]

#: Presets select how aggressive the boilerplate step is.
#: ``light`` removes only what is certainly not content; ``extract`` finds the main content in
#: whole-page text; ``none`` skips boilerplate removal.
PRESETS = ("light", "extract", "none")

#: Normalizer profiles: ``default`` keeps the author's quote style, ``ftfy`` follows ftfy.
PROFILES = ("default", "ftfy")


@dataclass(frozen=True)
class NormalizeOptions:
    """Options of the ``normalize`` step."""

    profile: str = "default"


@dataclass(frozen=True)
class BlockDedupOptions:
    """Options of the ``dedup-blocks`` step.

    Attributes:
        threshold: minimum Jaccard similarity of word shingles for a later run of several
            paragraphs that is not word-for-word identical to count as a copy of an earlier one.
        min_words: a repeated run is removed only if it has at least this many words (and, when
            it is not identical, shares 1.5 times as many consecutive words with the earlier copy);
            shorter blocks go only as part of a repeated run.
        shingle: word n-gram size used for the similarity.
        num_perm: MinHash permutations used to find candidates.
        candidate_threshold: minimum Jaccard similarity of two sentence windows for the LSH
            candidate to be kept (runs are verified again as a whole with ``threshold``).
    """

    threshold: float = 0.7
    min_words: int = 20
    shingle: int = 3
    num_perm: int = 128
    candidate_threshold: float = 0.5


@dataclass(frozen=True)
class BoilerplateOptions:
    """Options of the ``boilerplate`` step.

    Attributes:
        extra_patterns: user patterns (whole-line, case-insensitive regexes) removed like the
            built-in UI strings.
        site_profile: path of a profile written by ``cleantext learn-boilerplate``.
    """

    extra_patterns: tuple[str, ...] = ()
    site_profile: str | None = None


@dataclass(frozen=True)
class Config:
    """Everything that decides what the cleaner does.

    Attributes:
        preset: ``light`` (default), ``extract`` or ``none``; see :data:`PRESETS`.
        steps: the pipeline steps to run, or ``None`` for all of them.
        disable: rule names switched off.
        enable: opt-in rule names switched on.
        languages: language hints (ISO 639-1), used where a rule is language-specific.
    """

    preset: str = "light"
    steps: tuple[str, ...] | None = None
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    languages: tuple[str, ...] = ()
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    dedup: BlockDedupOptions = field(default_factory=BlockDedupOptions)
    boilerplate: BoilerplateOptions = field(default_factory=BoilerplateOptions)

    def __post_init__(self) -> None:
        if self.preset not in PRESETS:
            raise ConfigError(f"unknown preset {self.preset!r}; choose one of {', '.join(PRESETS)}")
        if self.normalize.profile not in PROFILES:
            raise ConfigError(
                f"unknown profile {self.normalize.profile!r}; choose one of {', '.join(PROFILES)}"
            )
        if not 0.0 < self.dedup.threshold <= 1.0:
            raise ConfigError("dedup.threshold must be in (0, 1]")
        _check_patterns(self.boilerplate.extra_patterns)
        if not 0.0 < self.dedup.candidate_threshold <= 1.0:
            raise ConfigError("dedup.candidate_threshold must be in (0, 1]")
        from cleantext.pipeline import STEP_NAMES
        from cleantext.rules import get_rule

        for s in self.steps or ():
            if s not in STEP_NAMES:
                raise ConfigError(f"unknown step {s!r}; steps are {', '.join(STEP_NAMES)}")
        for name in self.disable | self.enable:
            try:
                get_rule(name)
            except KeyError as exc:
                raise ConfigError(str(exc.args[0])) from None

    def rule_enabled(self, name: str, default: bool = True) -> bool:
        """Whether rule ``name`` runs under this config (``default``: the rule's own default)."""
        if name in self.disable:
            return False
        return default or name in self.enable

    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        """Build a config from a dict, e.g. a parsed TOML table. Unknown keys are errors."""
        sections = {
            "normalize": NormalizeOptions,
            "dedup": BlockDedupOptions,
            "boilerplate": BoilerplateOptions,
        }
        kwargs: dict[str, Any] = {}
        top = {f.name for f in dataclasses.fields(cls)}
        for key, value in data.items():
            if key not in top:
                raise ConfigError(f"unknown config key {key!r}")
            if key in sections:
                kwargs[key] = _section(sections[key], key, value)
            elif key in ("disable", "enable"):
                kwargs[key] = frozenset(_str_list(key, value))
            elif key == "steps" and value is None:
                kwargs[key] = None
            elif key in ("steps", "languages"):
                kwargs[key] = tuple(_str_list(key, value))
            else:
                kwargs[key] = value
        try:
            return cls(**kwargs)
        except TypeError as exc:  # a value of the wrong type, e.g. threshold = "x"
            raise ConfigError(f"invalid config value: {exc}") from None

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        """Read a ``cleantext.toml`` file, or the ``[tool.cleantext]`` table of pyproject.toml."""
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config {p}: {exc}") from None
        if p.name == "pyproject.toml":
            data = data.get("tool", {}).get("cleantext", {})
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """The config as plain data (what ``cleantext config --show`` prints)."""
        d = dataclasses.asdict(self)
        d["disable"] = sorted(self.disable)
        d["enable"] = sorted(self.enable)
        d["steps"] = list(self.steps) if self.steps is not None else None
        d["languages"] = list(self.languages)
        d["boilerplate"]["extra_patterns"] = list(self.boilerplate.extra_patterns)
        return d


def find_config_file(directory: str | Path = ".") -> Path | None:
    """The config file that applies in ``directory`` when no ``--config`` is given.

    ``cleantext.toml`` wins; otherwise ``pyproject.toml`` if it has a ``[tool.cleantext]``
    table. Parent directories are not searched.

    >>> find_config_file("/nonexistent") is None
    True
    """
    d = Path(directory)
    own = d / "cleantext.toml"
    if own.is_file():
        return own
    pyproject = d / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    tool = data.get("tool", {})
    return pyproject if isinstance(tool, dict) and "cleantext" in tool else None


def _check_patterns(patterns: Any) -> None:
    """Each extra pattern must be a string that compiles and cannot backtrack catastrophically
    (fail early, naming the pattern)."""
    from cleantext.boilerplate.patterns import compile_user_pattern

    for rx in patterns:
        try:
            compile_user_pattern(rx)
        except ConfigError as exc:
            raise ConfigError(f"boilerplate.extra_patterns: {exc}") from None


def _str_list(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in value
    ):
        raise ConfigError(f"{key} must be a list of strings")
    return list(value)


def _section(cls: type[Any], name: str, value: Any) -> Any:
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{name}] must be a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    out: dict[str, Any] = {}
    for k, v in value.items():
        if k not in known:
            raise ConfigError(f"unknown key {k!r} in [{name}]; known: {', '.join(known)}")
        if isinstance(v, list):
            v = tuple(v)
        out[k] = v
    return cls(**out)
