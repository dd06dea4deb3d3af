"""JSON Lines corpus shards: one JSON document per line, its text field processed.

An input named ``*.jsonl`` or ``*.jsonl.gz`` is a *shard*.  Every line holds
one JSON object; the command's processor runs on the string in its text
field (``--text-field``, default ``text``), fed as UTF-8 bytes, and the line
is written back with that value replaced by ``Result.text``.  Every other
byte of the line stays as it was: the other fields, their order, spacing
and escapes.  A document whose text comes out the same keeps its line
byte for byte; blank lines are copied as they are.  Processors that choose
by file name see no path for a document (``path=None``, like standard
input): a document is judged by its content.

Shards are streamed in batches of lines, never held whole in memory.  The
output is a shard of the same name under ``-o FOLDER`` (``.gz`` stays gzip,
written deterministically: no name and no time in the header, so two runs
give the same bytes), the shard itself with ``--in-place``, a file named by
``-o FILE`` (gzip if it ends in ``.gz``), or uncompressed JSON Lines on
standard output.  ``--check`` and ``--diff`` write nothing; ``--diff``
prints one diff per changed document, named ``a/SHARD:LINE``.

**Bad lines fail the shard.**  A line that is not UTF-8 JSON, not an
object, lacks the text field or holds something other than a string there
(and a document the processor rejects) stops that shard with one error
naming the file and the line (``zhtext: error: corpus/a.jsonl: line 12:
no "text" field``); nothing is written for it (a temporary file is
removed; ``--in-place`` leaves the shard untouched), the other inputs are
still processed, and the exit code is 3.  A corpus with a silently dropped
or copied line is worse than a run that stops and says where.

The per-batch work, :func:`transform_batch`, is the same everywhere: here in
one process, and on a Dask cluster, where the client streams each shard to
the workers in batches and writes their results back in order
(:mod:`.cluster`), so both give the same bytes.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz")
# A batch of a shard: at most this many lines, or about this many bytes.
BATCH_LINES = 1000
BATCH_BYTES = 1024 * 1024
GZIP_LEVEL = 6


def is_shard(path) -> bool:
    """Whether an input is a JSON Lines shard (by name: ``.jsonl``, ``.jsonl.gz``)."""
    return path is not None and Path(path).name.lower().endswith(SHARD_SUFFIXES)


@dataclass
class Batch:
    """Consecutive raw lines of a shard, each with its line ending."""

    first: int  # line number of lines[0], counting from 1
    lines: list[bytes]


@dataclass
class BatchResult:
    """What became of a batch: output lines, or the error that fails the shard."""

    lines: list[bytes] = field(default_factory=list)
    changed: int = 0  # documents whose text changed
    warnings: list[str] = field(default_factory=list)
    diff: str = ""
    error: str | None = None  # "line N: reason"


class LineError(Exception):
    """A line that cannot be processed; fails its shard."""


def read_batches(fh, max_lines: int = BATCH_LINES, max_bytes: int = BATCH_BYTES):
    """Yield :class:`Batch` objects from a binary file, line by line."""
    first, lines, size = 1, [], 0
    for line in fh:
        lines.append(line)
        size += len(line)
        if len(lines) >= max_lines or size >= max_bytes:
            yield Batch(first, lines)
            first += len(lines)
            lines, size = [], 0
    if lines:
        yield Batch(first, lines)


def transform_batch(processor, batch: Batch, text_field: str = "text", diff: bool = False,
                    display: str = "") -> BatchResult:
    """Run ``processor`` on the text of every document of ``batch``."""
    result = BatchResult()
    out = result.lines
    for offset, raw in enumerate(batch.lines):
        lineno = batch.first + offset
        try:
            line, old, new, warnings = _transform_line(processor, raw, lineno, text_field)
        except LineError as exc:
            return BatchResult(error=f"line {lineno}: {exc}")
        out.append(line)
        result.warnings.extend(f"line {lineno}: {w}" for w in warnings)
        if new is not None:
            result.changed += 1
            if diff:
                from .runner import _diff

                result.diff += _diff(f"{display}:{lineno}", old, new)
    return result


def _transform_line(processor, raw: bytes, lineno: int, text_field: str):
    """One line -> (output line, old text, new text or None if unchanged, warnings)."""
    if raw.endswith(b"\r\n"):
        body, ending = raw[:-2], b"\r\n"
    elif raw.endswith(b"\n"):
        body, ending = raw[:-1], b"\n"
    else:
        body, ending = raw, b""
    if not body.strip(b" \t\r"):
        return raw, None, None, ()
    try:
        line = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineError(f"not UTF-8 (byte {exc.start + 1} of the line)") from None
    bom = ""
    if lineno == 1 and line.startswith("\ufeff"):
        bom, line = "\ufeff", line[1:]
    start, stop, value = _field_span(line, text_field)
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise LineError(f'field "{text_field}" is {kind}, not a string')
    try:
        data = value.encode("utf-8")
    except UnicodeEncodeError:
        raise LineError(f'field "{text_field}" holds a lone surrogate (\\u{ord(value[0]):04x}...)') from None
    result = _call(processor, data)
    if result.text == value:
        return raw, value, None, result.warnings
    import json

    try:
        line = bom + line[:start] + json.dumps(result.text, ensure_ascii=False) + line[stop:]
        return line.encode("utf-8") + ending, value, result.text, result.warnings
    except UnicodeEncodeError:
        raise LineError("the result holds a lone surrogate") from None


def _call(processor, data: bytes):
    from zhtext.converters.errors import BinaryInputError, ZhtextError

    from .runner import describe_error

    try:
        if getattr(processor, "takes_path", False):
            return processor(data, path=None)
        return processor(data)
    except BinaryInputError as exc:
        raise LineError(str(exc) or "binary text") from None
    except (OSError, ZhtextError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        raise LineError(describe_error(exc)) from None
    except LineError:
        raise
    except Exception as exc:  # a bug in a processor fails this shard, not the run
        raise LineError(f"internal error: {type(exc).__name__}: {exc}") from None


def _field_span(line: str, name: str) -> tuple[int, int, object]:
    """Where the value of the top-level key ``name`` is in ``line``: (start, stop, value).

    Scans the object with the json module's own string and value scanners,
    so it accepts exactly what ``json.loads`` accepts; with a repeated key
    the last one counts, as in ``json.loads``.
    """
    import json
    from json.decoder import scanstring

    ws = _ws()
    i = ws(line, 0).end()
    if line[i:i + 1] != "{":
        try:
            json.loads(line)
        except ValueError as exc:
            raise LineError(_json_message(exc)) from None
        raise LineError("not a JSON object")
    span = None
    try:
        i = ws(line, i + 1).end()
        if line[i:i + 1] == "}":
            i += 1
        else:
            decoder = _decoder()
            while True:
                if line[i:i + 1] != '"':
                    raise json.JSONDecodeError("Expecting property name enclosed in double quotes", line, i)
                key, i = scanstring(line, i + 1)
                i = ws(line, i).end()
                if line[i:i + 1] != ":":
                    raise json.JSONDecodeError("Expecting ':' delimiter", line, i)
                i = ws(line, i + 1).end()
                value, end = decoder.raw_decode(line, i)
                if key == name:
                    span = (i, end, value)
                i = ws(line, end).end()
                c = line[i:i + 1]
                if c == ",":
                    i = ws(line, i + 1).end()
                    continue
                if c == "}":
                    i += 1
                    break
                raise json.JSONDecodeError("Expecting ',' delimiter", line, i)
        if ws(line, i).end() != len(line):
            raise json.JSONDecodeError("Extra data", line, i)
    except json.JSONDecodeError as exc:
        raise LineError(_json_message(exc)) from None
    except RecursionError:
        raise LineError("not valid JSON: nested too deeply") from None
    if span is None:
        raise LineError(f'no "{name}" field')
    return span


def _json_message(exc: ValueError) -> str:
    msg = getattr(exc, "msg", None)
    if msg is None:
        return f"not valid JSON: {exc}"
    return f"not valid JSON: {msg} (column {exc.colno})"


_WS_MATCH = None
_DECODER = None


def _ws():
    global _WS_MATCH
    if _WS_MATCH is None:
        import re

        _WS_MATCH = re.compile(r"[ \t\n\r]*").match
    return _WS_MATCH


def _decoder():
    global _DECODER
    if _DECODER is None:
        import json

        _DECODER = json.JSONDecoder()
    return _DECODER


# -- reading and writing shards ------------------------------------------------


def open_shard(path: Path):
    """Open a shard for reading lines as bytes (gunzipped for ``.gz``)."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise OSError(0, "not a regular file")
    if str(path).lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


class ShardWriteError(Exception):
    """The output of a shard could not be written."""


class ShardWriter:
    """Collects a shard's batch results in order and writes them out.

    Output goes to a temporary file beside the target, renamed over it by
    :meth:`commit` (so the target is always whole), to standard output
    (target None), or nowhere (--check, --diff).
    """

    def __init__(self, inp, target: Path | None, opts):
        self.inp = inp
        self.target = target
        self.opts = opts
        self.changed = 0
        self.warnings: list[str] = []
        self.diffs: list[str] = []
        self._raw = self._fh = self._tmp = None
        self._stdout = False
        if not opts.writes:
            return
        if target is None:
            self._fh = sys.stdout.buffer
            self._stdout = True
            return
        import tempfile

        from .files import TEMP_SUFFIX, temp_prefix
        from .runner import _check_writable, _make_output_folders

        try:
            if opts.in_place:
                _check_writable(target)
            elif opts.output:
                _make_output_folders(Path(opts.output), target)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=TEMP_SUFFIX,
                                             dir=target.parent)
        except OSError as exc:
            raise self._write_error(exc) from None
        self._raw = self._fh = os.fdopen(fd, "wb")
        if target.name.lower().endswith(".gz"):
            import gzip

            self._fh = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0,
                                     compresslevel=GZIP_LEVEL)

    def _write_error(self, exc: OSError) -> ShardWriteError:
        from .runner import describe_error

        where = "" if self.opts.in_place else f" {self.target}"  # like the runner's message
        return ShardWriteError(f"cannot write{where}: {describe_error(exc)}")

    def write(self, result: BatchResult) -> None:
        self.changed += result.changed
        self.warnings.extend(result.warnings)
        if result.diff:
            self.diffs.append(result.diff)
        if self._fh is not None and result.lines:
            try:
                self._fh.write(b"".join(result.lines))
            except OSError as exc:
                if self._stdout:
                    raise
                raise self._write_error(exc) from None

    def commit(self):
        """Finish the output; returns the shard's Outcome."""
        from .runner import Outcome

        outcome = Outcome(self.inp.display, "changed" if self.changed else "unchanged",
                          warnings=tuple(self.warnings), diff="".join(self.diffs) or None)
        if self._stdout:
            self._fh.flush()
        if self._tmp is None:
            return outcome
        tmp, self._tmp = self._tmp, None
        try:
            try:
                if self._fh is not self._raw:
                    self._fh.close()  # the gzip trailer
                if self.opts.in_place:
                    self._raw.flush()
                    os.fsync(self._raw.fileno())
                self._raw.close()
                if self.opts.in_place and not self.changed:
                    os.unlink(tmp)  # nothing to change: the shard is not touched
                    return outcome
                os.chmod(tmp, stat.S_IMODE(os.stat(self.inp.path).st_mode))
                os.replace(tmp, self.target)
            except OSError as exc:
                raise self._write_error(exc) from None
        except BaseException:
            _unlink(tmp)
            raise
        return outcome

    def discard(self) -> None:
        """Drop the output (the shard failed); the target is left as it was."""
        if self._tmp is None:
            return
        tmp, self._tmp = self._tmp, None
        for fh in (self._fh, self._raw):
            try:
                fh.close()
            except (OSError, ValueError):
                pass
        _unlink(tmp)


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def read_error(exc: BaseException) -> str:
    """The reason for a shard that cannot be read (or gunzipped)."""
    from .runner import describe_error

    if isinstance(exc, EOFError):
        return "cannot read: compressed file ends too early"
    return f"cannot read: {describe_error(exc)}"


# Read failures of a shard: the file, or its gzip stream.
def _read_errors():
    import zlib

    return (OSError, EOFError, zlib.error)


def process_shard(task, processor, opts):
    """Process one shard in this process; every failure becomes an Outcome."""
    from .runner import Outcome

    inp = task.inp
    try:
        fh = open_shard(inp.path)
    except OSError as exc:
        from .runner import describe_error

        return Outcome(inp.display, "failed", describe_error(exc))
    with fh:
        try:
            writer = ShardWriter(inp, task.target, opts)
        except ShardWriteError as exc:
            return Outcome(inp.display, "failed", str(exc))
        try:
            batches = read_batches(fh)
            while True:
                try:
                    batch = next(batches, None)
                except _read_errors() as exc:
                    writer.discard()
                    return Outcome(inp.display, "failed", read_error(exc))
                if batch is None:
                    break
                result = transform_batch(processor, batch, opts.text_field, opts.diff, inp.display)
                if result.error:
                    writer.discard()
                    return Outcome(inp.display, "failed", result.error)
                writer.write(result)
            return writer.commit()
        except ShardWriteError as exc:
            writer.discard()
            return Outcome(inp.display, "failed", str(exc))
        except BaseException:
            writer.discard()
            raise
