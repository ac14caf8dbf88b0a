"""Import an optional dependency, or say in one line which extra installs it.

Every import of an optional package in cleantext goes through :func:`require`, so a user who
lacks an extra reads ``pip install "cleantext-scrape[redis]"`` instead of a bare
``ModuleNotFoundError`` from deep inside the library.

>>> require("math", "core").sqrt(4)
2.0
>>> try:
...     require("surely_not_installed_pkg", "redis")
... except ImportError as exc:
...     print(exc)
surely_not_installed_pkg is not installed: pip install "cleantext-scrape[redis]"
"""

from __future__ import annotations

import importlib
from types import ModuleType

from cleantext.errors import MissingExtraError

__all__ = ["EXTRAS", "require"]

#: extra name -> the top-level modules it provides (what the smoke test of an install imports)
EXTRAS: dict[str, tuple[str, ...]] = {
    "html": ("lxml", "charset_normalizer"),
    "zstd": ("zstandard",),
    "redis": ("redis",),
    "dask": ("dask", "dask.bag", "dask.dataframe", "distributed"),
    "scrapy": ("scrapy", "itemadapter", "trafilatura"),
    "dataframes": ("pandas", "polars", "datasets"),
    "datatrove": ("datatrove",),
}


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` (dotted names work); on failure raise :class:`MissingExtraError`.

    A module that is installed but fails to import (a broken dependency of it) gets the same
    advice, with the original error after it: reinstalling the extra is the fix in both cases.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        missing = isinstance(exc, ModuleNotFoundError) and exc.name == module.split(".")[0]
        why = "is not installed" if missing else f"cannot be imported ({_one_line(exc)})"
        raise MissingExtraError(
            f'{module} {why}: pip install "cleantext-scrape[{extra}]"', name=module
        ) from exc


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:197] + "..."
