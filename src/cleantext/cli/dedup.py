"""``cleantext dedup``: keep one document per cluster of near-duplicates in a JSONL corpus.

Without ``--index`` the whole input is clustered (MinHash LSH, verified pairs, union-find) and
the kept document of each cluster is chosen by ``--keep``. With ``--index PATH`` documents are
checked in input order against a persistent SQLite index ("seen before?", earlier runs
included) and every new document is added to it.

With ``--index`` the output file and the index commit as one: the documents are committed with
a note of the finished temporary output, whose rename is then the commit point; a run that stops
before it (an error, Ctrl-C, a kill) has its documents taken out again by whoever opens the
index next, so the rerun gives the uninterrupted result (docs/corpus-dedup.md); an index file
that the failed run created is deleted.

Files are read twice (signatures first, then the output is written), so memory holds only the
signatures; stdin, pipes and other inputs that cannot be read twice are buffered. On the
second pass the input lines are copied as they are (with ``--mark``, the two fields are
appended to the line), so nothing is decoded or re-encoded.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import hashlib
import json
import math
import os
import stat
import time
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from cleantext.cli._examples import with_examples
from cleantext.cli._options import add_max_doc_option, max_doc_bytes, worker_count
from cleantext.corpus.dedup import (
    MAX_NGRAM,
    MAX_NUM_PERM,
    DedupOptions,
    dedup_corpus,
    dedup_incremental,
    shingle_set,
    sign_texts,
)
from cleantext.io import (
    InputError,
    atomic_output,
    check_distinct,
    check_output_path,
    check_report_apart,
    check_stdout_distinct,
    iter_lines,
    member_json,
    parse_jsonl_line,
    set_members,
)
from cleantext.minhash.lsh import SchemeError
from cleantext.minhash.shingle import ShingleOptions, compiled
from cleantext.progress import Progress
from cleantext.reporting import emit_report, logger

if TYPE_CHECKING:
    import sqlite3

    from cleantext.corpus.index import SQLiteIndex

__all__ = ["add_parser", "run"]

#: lines passed through that are named on stderr (the report names 100, counts all)
MAX_MESSAGES = 20
#: seconds ``--index`` waits for another run that holds the index (default of --lock-timeout)
LOCK_TIMEOUT = 600.0


class _OutputLines:
    """Output lines (UTF-8 bytes, each with its line ending), written in chunks of about
    ``size`` lines; to the stream's byte buffer where it has one (nothing is decoded and
    encoded again)."""

    def __init__(self, out: IO[str], size: int = 512) -> None:
        self.out = out
        self.buffer: IO[bytes] | None = getattr(out, "buffer", None)
        self.size = size
        self.lines: list[bytes] = []

    def add_line(self, line: bytes, ending: bytes = b"\n") -> None:
        """Add one JSON line (without its line ending) and ``ending`` (the input line's:
        ``\r\n`` stays ``\r\n``; a last line without one gets none)."""
        self.lines += (line, ending)
        if len(self.lines) >= 2 * self.size:
            self.flush()

    def flush(self) -> None:
        if self.lines:
            data = b"".join(self.lines)
            self.lines = []
            if self.buffer is None:
                self.out.write(data.decode("utf-8"))
            else:
                self.out.flush()
                self.buffer.write(data)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "dedup",
        help="remove near-duplicate documents from a JSONL corpus",
        description="Keep one document per cluster of near-duplicates (MinHash LSH). Reads "
        "JSONL (.gz/.zst by extension, - for stdin); ends with a JSON report on stderr.",
        **with_examples(
            "cleantext dedup crawl.jsonl -o unique.jsonl",
            "cleantext dedup crawl.jsonl.gz -o unique.jsonl.gz --text-field body --index seen.db",
        ),
    )
    p.add_argument("path", help="input JSONL file, or - for stdin")
    p.add_argument("-o", "--output", help="output JSONL (default: stdout); written atomically")
    p.add_argument(
        "--mark",
        action="store_true",
        help="keep every document and add 'cluster' (id of the kept one) and 'duplicate'",
    )
    p.add_argument(
        "--threshold", type=float, default=0.5, metavar="T", help="similarity (default: 0.5)"
    )
    p.add_argument(
        "--measure",
        choices=("containment", "jaccard"),
        default="containment",
        help="containment (default; a truncated copy counts) or jaccard",
    )
    p.add_argument(
        "--num-perm", type=int, default=128, metavar="N", help="permutations (default: 128)"
    )
    p.add_argument("--ngram", type=int, default=5, metavar="N", help="shingle size (default: 5)")
    p.add_argument("--char", action="store_true", help="character n-grams instead of words")
    p.add_argument("--mask-digits", action="store_true", help="treat all digits as equal")
    p.add_argument(
        "--strip-boilerplate",
        action="store_true",
        help="remove boilerplate lines (cleantext's boilerplate step) before comparing",
    )
    p.add_argument("--exact", action="store_true", help="verify pairs with exact shingle sets")
    p.add_argument(
        "--keep",
        choices=("first", "longest"),
        default="first",
        help="which document of a cluster is kept (default: first)",
    )
    p.add_argument(
        "--keep-key", metavar="FIELD", help="keep the document with the largest FIELD value"
    )
    p.add_argument("--id-field", default="id", metavar="FIELD", help="id field (default: id)")
    p.add_argument(
        "--text-field", default="text", metavar="FIELD", help="text field (default: text)"
    )
    p.add_argument(
        "--index", metavar="PATH", help="persistent SQLite index: check against and add to it"
    )
    p.add_argument(
        "--lock-timeout",
        type=float,
        default=LOCK_TIMEOUT,
        metavar="S",
        help="with --index: seconds to wait while another run uses the index (default: 600)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes for signatures, at most one per core (0: one per core; default: 1)",
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip lines that are no valid JSON, and write valid JSON lines without a string "
        "text field (or with it twice) through unchanged, unmarked (both counted in the report)",
    )
    p.add_argument(
        "--report",
        metavar="FILE",
        help="write the JSON report here (default: one line on stderr; nothing with -q)",
    )
    add_max_doc_option(p)
    p.set_defaults(run=run)


def _options(args: argparse.Namespace) -> DedupOptions:
    if not 0.0 < args.threshold <= 1.0:  # (NaN fails too)
        raise InputError(f"--threshold must be in (0, 1], not {args.threshold}")
    if not 1 <= args.num_perm <= MAX_NUM_PERM:
        raise InputError(f"--num-perm must be in 1..{MAX_NUM_PERM}, not {args.num_perm}")
    if not 1 <= args.ngram <= MAX_NGRAM:
        raise InputError(f"--ngram must be in 1..{MAX_NGRAM}, not {args.ngram}")
    if args.workers < 0:  # (0 was refused, where clean runs one process per core)
        raise InputError(f"--workers must be 0 (one per core) or more, not {args.workers}")
    if not 0.0 <= args.lock_timeout < math.inf:
        raise InputError(f"--lock-timeout must be a number of seconds, not {args.lock_timeout}")
    return DedupOptions(
        threshold=args.threshold,
        measure=args.measure,
        num_perm=args.num_perm,
        shingle=ShingleOptions("char" if args.char else "word", args.ngram, args.mask_digits),
        exact=args.exact,
        keep="key" if args.keep_key else args.keep,
        strip_boilerplate=args.strip_boilerplate,
        workers=worker_count(args.workers),
    )


_MARK_KEYS = ("cluster", "duplicate")


class _Source:
    """The input records, readable twice: parsed on the first pass, then as the raw lines of
    the same records (files are re-read, stdin's good lines are buffered).

    With ``--skip-bad``, a valid JSON line that holds no record to compare (no string text
    field, a repeated text key, no object) is passed through: written unchanged at its place
    (:meth:`again`), never compared or marked. Lines that are no JSON are skipped."""

    def __init__(self, args: argparse.Namespace, keep_passed: bool = False) -> None:
        self.args = args
        self.skipped: list[str] = []
        self.passed: list[str] = []  # why the lines passed through unchanged (the first 100)
        self.passed_total = 0
        #: (records before it, line number) of each line passed through
        self.passed_at: list[tuple[int, int]] = []
        self._passed_raw: dict[int, bytes] = {}  # their lines, where they cannot be re-read
        self._keep_passed = keep_passed or not _rereadable(args.path)
        self.blank_lines = 0  # lines of nothing but whitespace: no record, not written
        self.linenos: list[int] = []  # line number of each good record
        self.plain: list[bool] = []  # the line can take the marks appended as they are
        self.raw = b""  # the input line of the record :meth:`first` yielded last
        self._buffer: list[bytes] | None = None if _rereadable(args.path) else []

    def first(self) -> Iterator[dict[str, Any]]:
        name = "<stdin>" if self.args.path == "-" else self.args.path
        limit = max_doc_bytes(self.args)
        for lineno, raw in iter_lines(self.args.path, limit):
            if raw is not None and not raw.strip():
                self.blank_lines += 1
                continue
            item = parse_jsonl_line(lineno, raw, name, self.args.text_field, limit or 0)
            if item.error is not None:
                if not self.args.skip_bad:
                    what = "skip such lines"
                    if item.parsed:
                        what = "write such lines through unchanged"
                    raise InputError(f"{item.error} (use --skip-bad to {what})")
                if item.parsed and raw is not None:
                    self._pass(lineno, raw, item.error)
                else:
                    self.skipped.append(item.error)
                continue
            assert item.record is not None and raw is not None
            self.raw = raw
            self.linenos.append(lineno)
            self.plain.append(
                raw.rstrip().endswith(b"}") and not any(k in item.record for k in _MARK_KEYS)
            )
            if self._buffer is not None:
                self._buffer.append(raw)
            yield item.record

    def _pass(self, lineno: int, raw: bytes, why: str) -> None:
        if self.passed_total < MAX_MESSAGES:
            logger.warning("passed through unchanged %s", why)
        elif self.passed_total == MAX_MESSAGES:
            logger.warning("passed through unchanged: more lines (counted in the report)")
        if len(self.passed) < 100:
            self.passed.append(why)
        self.passed_total += 1
        self.passed_at.append((len(self.linenos), lineno))
        if self._keep_passed:
            self._passed_raw[lineno] = raw

    def passed_line(self, lineno: int) -> bytes:
        """The line ``lineno`` that was passed through (kept for this: given once)."""
        return self._passed_raw.pop(lineno)

    def again(self) -> Iterator[tuple[int, bytes]]:
        """The lines :meth:`first` read, as ``(record number, raw line)``, in input order:
        the records' lines, and those passed through with the number ``-1``."""
        if not self.passed_at:
            yield from enumerate(self.again_raw())
            return
        if self._buffer is None:
            passed = {lineno for _, lineno in self.passed_at}
            wanted = iter(self.linenos)
            nxt, n = next(wanted, None), 0
            for lineno, raw in iter_lines(self.args.path, max_doc_bytes(self.args)):
                if raw is not None and (lineno == nxt or lineno in passed):
                    if lineno == nxt:
                        yield n, raw
                        nxt, n = next(wanted, None), n + 1
                    else:
                        yield -1, raw
            return
        at = iter(self.passed_at)
        before, lineno = next(at, (-1, 0))
        for n, raw in enumerate([*self._buffer, b""]):
            while 0 <= before <= n:
                yield -1, self.passed_line(lineno)
                before, lineno = next(at, (-1, 0))
            if n < len(self._buffer):
                yield n, raw

    def shingle_sets(self, wanted: Sequence[int], opts: DedupOptions) -> dict[int, Any]:
        """The :func:`~cleantext.corpus.dedup.shingle_set` of the records ``wanted`` (numbers
        in :meth:`first`'s order), from the input read again: no text is kept meanwhile."""
        name = "<stdin>" if self.args.path == "-" else self.args.path
        todo = set(wanted)
        out: dict[int, Any] = {}
        for n, raw in enumerate(self.again_raw()):
            if n in todo:
                item = parse_jsonl_line(self.linenos[n], raw, name, self.args.text_field)
                if item.record is None:
                    raise InputError("the input changed while it was read")
                out[n] = shingle_set(item.record[self.args.text_field], opts)
        return out

    def again_raw(self) -> Iterator[bytes]:
        """The raw lines of the records :meth:`first` yielded, in the same order."""
        if self._buffer is not None:
            yield from self._buffer
            return
        wanted = iter(self.linenos)
        nxt = next(wanted, None)
        for lineno, raw in iter_lines(self.args.path, max_doc_bytes(self.args)):
            if lineno == nxt:
                assert raw is not None
                yield raw
                nxt = next(wanted, None)


def _rereadable(path: str) -> bool:
    """Whether ``path`` can be read a second time: a regular file (stdin, pipes such as
    ``<(cat f)``, FIFOs and devices are read once and buffered)."""
    if path == "-":
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # (the reader reports a missing file)


def _split_ending(raw: bytes) -> tuple[bytes, bytes]:
    """``raw`` (one input line) and its line ending, apart.

    >>> _split_ending(b'{"a": 1}\\r\\n'), _split_ending(b"{}")
    ((b'{"a": 1}', b'\\r\\n'), (b'{}', b''))
    """
    body = raw.rstrip(b"\r\n")
    return body, raw[len(body) :]


def _marked_line(raw: bytes, plain: bool, cluster: str, dup: bool) -> bytes:
    """``raw`` (one JSON object) with ``cluster`` (a JSON text) and ``duplicate`` set, as one
    line.

    >>> _marked_line(b'{"id": 1, "text": "x"}\\n', True, "1", False)
    b'{"id": 1, "text": "x", "cluster": 1, "duplicate": false}'
    >>> _marked_line(b'{"text": "x", "duplicate": 0}', False, "7", True)
    b'{"text": "x", "duplicate": true, "cluster": 7}'
    """
    flag = b"true" if dup else b"false"
    mark = cluster.encode("utf-8")
    if plain:  # append the two members to the bytes as they are
        return b"".join(
            [raw.rstrip()[:-1].rstrip(), b', "cluster": ', mark, b', "duplicate": ', flag, b"}"]
        )
    # the record has one of the fields already: replace its value where it stands
    line = set_members(raw.decode("utf-8"), {"cluster": mark.decode(), "duplicate": flag.decode()})
    if line is None:
        raise InputError(
            "the input changed while it was read (a line is no longer one JSON object)"
        )
    return line.encode("utf-8")


def _id_json(raw: bytes, rec: dict[str, Any], field: str, default: Any) -> str:
    """The JSON text of the record's id as its line ``raw`` writes it (``1e400`` stays
    ``1e400``: parsed, it was ``inf``, written back ``Infinity``, which is no JSON), or of
    ``default`` without one.

    >>> _id_json(b'{"id": 1e400}', {"id": math.inf}, "id", 0), _id_json(b"{}", {}, "id", 3)
    ('1e400', '3')
    """
    if field not in rec:
        return json.dumps(default)
    text = member_json(raw.decode("utf-8"), field)
    return json.dumps(rec[field]) if text is None else text


def _index_key(rec: dict[str, Any], args: argparse.Namespace) -> str:
    """The key a document gets in a persistent index: its id, or ``text:`` and a hash of its
    text without one (the same in every run: a record number or a run id would collide with
    other runs' keys, or make a rerun differ). A lone surrogate (``"\\ud800"`` in the JSON) is
    kept as that escape: SQLite stores only valid UTF-8.

    >>> args = argparse.Namespace(id_field="id", text_field="text")
    >>> _index_key({"id": "a\\ud800"}, args)
    'a\\\\ud800'
    >>> _index_key({"text": "hello"}, args)
    'text:46fb7408d4f285228f4af516ea25851b'
    """
    if args.id_field in rec:
        key = str(rec[args.id_field])
    else:
        text = rec[args.text_field].encode("utf-8", "surrogatepass")
        key = "text:" + hashlib.blake2b(text, digest_size=16).hexdigest()
    return key.encode("utf-8", "backslashreplace").decode("utf-8")


def _cluster_id(kept: str, given: dict[str, str], own: Any) -> str:
    """The ``cluster`` mark of ``--index`` (a JSON text): the kept document's id as its record
    writes it (a number stays a number, as in a run without ``--index``) when it is of this
    run (``given``: key -> id); else its key in the index, as a number when ``own`` (this
    document's id) is an integer and the key an integer's decimal form (a corpus of integer
    ids gets integers throughout), else as a string.

    >>> _cluster_id("1", {"1": "1"}, 2), _cluster_id("7", {}, 2), _cluster_id("7", {}, "a")
    ('1', '7', '"7"')
    >>> _cluster_id("007", {}, 2), _cluster_id("text:ab", {}, None)
    ('"007"', '"text:ab"')
    """
    if kept in given:
        return given[kept]
    integer = isinstance(own, int) and not isinstance(own, bool)
    if integer and kept.lstrip("-").isdigit() and str(int(kept)) == kept:
        return kept
    return json.dumps(kept)


def _key_value(value: Any) -> int | float:
    """A ``--keep-key`` value as a number that compares exactly: integers of any size stay
    integers; other numbers and numeric strings become floats; anything else (and NaN) ranks
    below every number.

    >>> _key_value(10**400) > _key_value(10**400 - 1) > _key_value("1e300") > _key_value("x")
    True
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return -math.inf
    return -math.inf if math.isnan(number) else number


def _ranks(values: list[int | float]) -> np.ndarray:
    """Dense ranks of ``values`` (equal values, equal ranks) as exact float64 scores.

    >>> _ranks([10**400, 3, -math.inf, 3.0]).tolist()
    [2.0, 1.0, 0.0, 1.0]
    """
    order = {v: r for r, v in enumerate(sorted(set(values)))}
    return np.array([order[v] for v in values], dtype=np.float64)


def _batch(
    args: argparse.Namespace, opts: DedupOptions, src: _Source, out: IO[str]
) -> dict[str, int]:
    ids: list[str] = []  # with --mark: each record's id as a JSON text
    lengths: list[int] = []
    scores: list[int | float] = []
    progress = Progress(unit="documents", label="signing")

    def texts() -> Iterator[str]:
        for rec in src.first():
            if args.mark:
                ids.append(_id_json(src.raw, rec, args.id_field, len(ids)))
            lengths.append(len(rec[args.text_field]))
            if args.keep_key:
                scores.append(_key_value(rec.get(args.keep_key)))
            if len(ids) % 1000 == 0:
                progress.count_to(len(ids))
            yield rec[args.text_field]

    sigs = sign_texts(texts(), opts)
    progress.close()
    res = dedup_corpus(
        [],
        opts,
        shingle_sets=lambda wanted: src.shingle_sets(wanted, opts),  # (--exact: texts re-read)
        signatures=sigs,
        lengths=np.array(lengths, dtype=np.int64),
        scores=_ranks(scores) if args.keep_key else None,
    )
    lines = _OutputLines(out)
    duplicate, kept = res.duplicate.tolist(), res.kept.tolist()
    for n, raw in src.again():
        body, ending = _split_ending(raw)
        if n < 0:  # passed through unchanged
            lines.add_line(body, ending)
            continue
        dup = duplicate[n]
        if args.mark:
            lines.add_line(_marked_line(body, src.plain[n], ids[kept[n]], dup), ending)
        elif not dup:
            lines.add_line(body, ending)
    lines.flush()
    return res.stats


def _incremental(
    args: argparse.Namespace, opts: DedupOptions, src: _Source, out: IO[str], index: SQLiteIndex
) -> dict[str, int]:
    records: list[dict[str, Any]] = []
    raws: list[bytes] = []  # each record's input line, written as it is (never re-encoded)
    removed = 0
    before = len(index)

    def texts() -> Iterator[str]:
        for rec in src.first():
            records.append(rec)
            raws.append(src.raw)
            yield rec[args.text_field]

    def keys() -> Iterator[str]:
        n = 0
        while True:
            yield _index_key(records[n], args)
            n += 1

    progress = Progress(unit="documents", label="checking")
    root: dict[str, str] = {}  # key -> kept key, for this run's documents
    given: dict[str, str] = {}  # key -> the id's JSON text in its record, for this run's
    lines = _OutputLines(out)
    passed = 0  # lines passed through that are written

    def write_passed(upto: int) -> None:  # (the lines passed through before record ``upto``)
        nonlocal passed
        while passed < len(src.passed_at) and src.passed_at[passed][0] <= upto:
            lines.add_line(*_split_ending(src.passed_line(src.passed_at[passed][1])))
            passed += 1

    for n, found in enumerate(dedup_incremental(keys(), texts(), index, opts, progress.count_to)):
        write_passed(n)
        rec, (body, ending) = records[n], _split_ending(raws[n])
        records[n], raws[n] = {}, b""  # written below; free them
        key = _index_key(rec, args)
        dup = found is not None
        removed += dup
        root[key] = root.get(found, found) if found is not None else key
        if args.mark:
            if key not in given:
                given[key] = _id_json(body, rec, args.id_field, key)
            cluster = _cluster_id(root[key], given, rec.get(args.id_field))
            lines.add_line(_marked_line(body, src.plain[n], cluster, dup), ending)
        elif not dup:
            lines.add_line(body, ending)
    write_passed(len(records))
    lines.flush()
    progress.close()
    total = len(records)
    return {
        "documents": total,
        "clusters": total - removed,
        "removed": removed,
        "index_before": before,
        "index_after": len(index),
    }


def _index_error(
    args: argparse.Namespace, exc: sqlite3.Error, written: bool, staged: bool = False
) -> InputError:
    """A one-line error for an SQLite failure on ``--index``."""
    import sqlite3

    text = str(exc)
    if "locked" in text or "busy" in text:
        msg = (
            f"the index is in use by another run (waited {args.lock_timeout:g} s; "
            "see --lock-timeout)"
        )
    elif "readonly" in text or "read-only" in text:
        msg = f"the index cannot be written: read-only file or folder ({text})"
    elif "unable to open" in text:
        msg = f"cannot open the index: missing or read-only folder, or not a file ({text})"
    elif "full" in text:
        msg = f"disk full while writing the index ({text})"
    elif "damaged" in text:  # (a value no run writes: a damaged or hand-edited file)
        msg = f"the index is damaged ({text})"
    elif isinstance(exc, sqlite3.OperationalError):
        msg = f"cannot use the index ({text})"
    else:  # DatabaseError: "file is not a database", corruption
        msg = f"not a cleantext index ({text})"
    if written and staged:  # (the output was renamed: the index keeps its documents)
        msg += "; the output is in place and its documents are in the index"
    elif written:
        msg += "; the output was written but the index was not updated: a rerun writes it again"
    else:
        msg += "; the index is unchanged"
    return InputError(f"{args.index}: {msg}")


def _open_index(args: argparse.Namespace, opts: DedupOptions) -> SQLiteIndex:
    """The index of ``--index``, opened for one transaction (the write lock taken)."""
    import sqlite3  # only with --index (the batch mode does not pay for the import)

    from cleantext.corpus.index import SQLiteIndex

    try:
        return SQLiteIndex(
            args.index,
            opts.scheme(),
            opts.threshold,
            opts.measure,
            commit_every=None,
            timeout=args.lock_timeout,
        )
    except SchemeError as exc:
        raise InputError(
            f"{args.index}: made with other settings; use the same --threshold, --measure, "
            f"--num-perm and shingle options, or a new index ({exc})"
        ) from None
    except sqlite3.Error as exc:
        raise _index_error(args, exc, written=False) from None
    except OSError as exc:
        raise InputError(f"{args.index}: cannot create the index ({_os_reason(exc)})") from None


def _run_indexed(args: argparse.Namespace, opts: DedupOptions, src: _Source) -> dict[str, int]:
    """Check and add every document; the index keeps them only if the output is in place.

    To an output file: the documents are committed with a note of the finished temporary file
    (:meth:`~cleantext.corpus.index.SQLiteIndex.stage`), the file is renamed into place (the
    one commit point), then the note is dropped. A run that stops before the rename leaves its
    documents noted: whoever opens the index next (or this run, on an error) takes them out
    again. To stdout, a device or a FIFO: the index commits after the last line is written.
    """
    import sqlite3

    index = _open_index(args, opts)
    written = committed = staged = False

    def stage(temporary: str, target: str) -> None:
        nonlocal staged
        staged = True  # (first: a failure after its commit is settled below too)
        index.stage(temporary, target)

    try:
        with atomic_output(args.output, staged=stage) as out:
            stats = _incremental(args, opts, src, out, index)
        written = True
        if staged:
            index.finish()
        else:
            index.commit()
        committed = True
    except sqlite3.Error as exc:
        raise _index_error(args, exc, written, staged) from None
    finally:
        if committed:
            index.close()
        else:
            if staged:  # (what stays: the output decides; else the next opener settles it)
                with contextlib.suppress(sqlite3.Error):
                    index.recover()
            index.discard()
    return stats


def _os_reason(exc: OSError, output: str | None = None) -> str:
    """``exc`` in one line: its file name (the output's for its temporary file, or when it
    has none) and reason.

    >>> _os_reason(PermissionError(13, "Permission denied", "d/.o.jsonl.x1.tmp"), "d/o.jsonl")
    'd/o.jsonl: Permission denied'
    """
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "disk full (no space left on device)"
    name = exc.filename
    if output and output != "-":
        temporary = os.path.basename(str(name or "")).startswith(f".{os.path.basename(output)}.")
        if name is None or temporary:
            name = output
    return f"{name}: {reason}" if name else reason


def _index_path(value: str | None) -> str | None:
    """``--index``: the path of a SQLite file. A ``sqlite://`` URL, the form the Scrapy
    pipeline's ``CLEANTEXT_DEDUP`` takes, names that file as SQLAlchemy reads it
    (:func:`~cleantext.corpus.index.sqlite_url_path`: ``sqlite:///seen.db`` relative,
    ``sqlite:////data/seen.db`` absolute); another URL is refused in one line (a Redis URL
    was opened as a file path and failed with "redis:/host:6379/0: No such file"), and so is
    ``:memory:`` (it made a file of that name).

    >>> _index_path("sqlite:////data/seen.db"), _index_path("seen.db"), _index_path(None)
    ('/data/seen.db', 'seen.db', None)
    >>> _index_path("redis://localhost:6379/0")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: --index redis://...: the command line's index is a SQLite file ...
    >>> _index_path(":memory:")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: --index :memory:: without --index, dedup keeps its index in ...
    """
    if value == ":memory:":
        raise InputError(
            "--index :memory:: without --index, dedup keeps its index in memory; --index "
            "names the SQLite file that keeps it across runs"
        )
    if value is None or "://" not in value:
        return value
    if value.startswith("sqlite://"):
        from cleantext.corpus.index import sqlite_url_path

        try:
            return sqlite_url_path(value)
        except ValueError as exc:
            raise InputError(f"--index {exc}") from None
    if value.startswith(("redis://", "rediss://", "unix://")):
        raise InputError(
            f"--index {value}: the command line's index is a SQLite file (--index seen.db); a "
            "Redis index is shared by crawlers through the Scrapy pipeline or "
            "cleantext.integrations.redis_index"
        )
    scheme = value.split("://", 1)[0]
    raise InputError(f"--index {value}: give the path of a SQLite file, not a {scheme}:// URL")


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    args.index = _index_path(args.index)
    check_distinct(  # (the index is read too: it must not be an output)
        inputs=[args.path, args.index], outputs=[args.output, args.report]
    )
    check_report_apart(args.output, args.report)
    if args.report not in (None, "-"):
        check_output_path(args.report, probe=True)  # (written after the index commits)
    if args.output in (None, "-"):
        check_stdout_distinct([args.path, args.index])
    opts = _options(args)
    src = _Source(args, keep_passed=bool(args.index))
    try:
        if args.index:
            stats = _run_indexed(args, opts, src)
        else:
            with atomic_output(args.output) as out:
                stats = _batch(args, opts, src, out)
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk, a read-only folder: nothing was committed
        raise InputError(_os_reason(exc, args.output)) from None
    report: dict[str, Any] = {
        "documents": stats["documents"],
        "clusters": stats["clusters"],
        "removed": stats["removed"],
        "skipped": len(src.skipped),
        "passed_through": src.passed_total,
        "passed_through_lines": src.passed,
        "blank_lines": src.blank_lines,
        "seconds": round(time.perf_counter() - started, 3),
        "kernels": "c" if compiled() else "numpy",  # see docs/corpus-dedup.md
    }
    report.update({k: v for k, v in stats.items() if k not in report})
    emit_report(report, args.report)
    return 0
