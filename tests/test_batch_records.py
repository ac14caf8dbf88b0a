"""The batch engine's record-level path (what the Dask integration runs on each partition)
cleans a record as the JSONL path cleans the same record from a file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cleantext import Cleaner
from cleantext.batch import BatchOptions, Stats, clean_jsonl, clean_records, clean_values
from cleantext.boilerplate.learned import SiteLines, SiteProfile
from cleantext.boilerplate.patterns import normalize_line

PAGE = (
    "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><article><p>The bridge "
    "closes on Monday ,  the council said, after a vote that took three hours.</p></article>"
    "</body></html>"
)
TEXT = "Bridge to close.\nAcme News, 1 Main St.\n\nCaf\u00c3\u00a9  opens ,now."


def _records() -> list[dict[str, object]]:
    return [
        {"id": 1, "url": "https://acme.example/a", "text": TEXT, "html": PAGE},
        {"id": 2, "url": "https://other.example/b", "text": TEXT, "html": PAGE},
        {"id": 3, "url": None, "text": "a  b", "html": "<p>x  y</p>"},
    ]


@pytest.fixture
def cleaner(tmp_path: Path) -> Cleaner:
    profile = tmp_path / "site.json"
    line = normalize_line("Acme News, 1 Main St.")
    SiteProfile({"acme.example": SiteLines(3, (line,))}).save(profile)
    return Cleaner({"boilerplate": {"site_profile": str(profile)}})


@pytest.mark.parametrize(
    "opts",
    [
        BatchOptions(url_field="url"),
        BatchOptions(text_field="clean", html_field="html", url_field="url"),
        BatchOptions(text_field="clean", html_field="html", html_preset="extract"),
    ],
    ids=["text+url", "html+url", "html-extract"],
)
def test_records_are_cleaned_as_their_jsonl_lines(
    cleaner: Cleaner, tmp_path: Path, opts: BatchOptions
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    out = io.StringIO()
    from_file = clean_jsonl(cleaner, str(src), out, opts)
    stats = Stats()
    got = clean_records(cleaner, _records(), opts, stats=stats)
    assert got == [json.loads(line) for line in out.getvalue().splitlines()]
    assert (stats.docs_out, stats.chars_out, stats.edits) == (
        from_file.docs_out,
        from_file.chars_out,
        from_file.edits,
    )
    if opts.html_field is None:  # the site profile applied to its host only
        assert "Acme News" not in got[0]["text"] and "Acme News" in got[1]["text"]


def test_records_keep_missing_values_and_refuse_other_types() -> None:
    recs = [{"id": 1}, {"id": 2, "text": None}, {"id": 3, "text": float("nan")}]
    got = clean_records(Cleaner(), recs, BatchOptions(), output_field="clean")
    assert [r.get("clean", "absent") for r in got[:2]] == [None, None]
    assert got[2]["clean"] != got[2]["clean"]  # NaN stays NaN
    assert recs[0] == {"id": 1}  # records are copied
    with pytest.raises(TypeError, match="type int"):
        clean_records(Cleaner(), [{"text": 3}], BatchOptions())
    assert clean_values(["a  b", None]) == ["a b", None]


def test_records_that_are_no_dicts_are_a_clear_type_error() -> None:
    """``clean_bag(bag_of_strings, field="text")`` failed with "dictionary update sequence
    element #0 has length 1; 2 is required"."""
    with pytest.raises(TypeError, match="records must be dicts, not str"):
        clean_records(Cleaner(), ["a  b"], BatchOptions(text_field="text"))  # type: ignore[list-item]


def test_a_site_profile_of_another_version_is_refused() -> None:
    """A profile of a later format (version 99) was read as if it were version 1 and its
    lines silently applied or not; near miss: version 1, or none given, still loads."""
    body = {"format": "cleantext-site-profile", "sites": {"a.com": {"pages": 3, "lines": ["x"]}}}
    with pytest.raises(ValueError, match="site profile version 99: this cleantext reads version 1"):
        SiteProfile.from_dict({**body, "version": 99})
    assert SiteProfile.from_dict({**body, "version": 1}) == SiteProfile.from_dict(body)
