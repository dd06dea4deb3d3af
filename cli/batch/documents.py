"""The documents of a JSON Lines shard: one line in, one line out.

Every line of a shard holds one JSON object; the processor runs on the
string in its text field (``--text-field``), fed as UTF-8 bytes with no path
(a document is judged by its content), and the line is written back with
that value replaced by ``Result.text``.  Every other byte of the line stays
as it was: the other fields, their order, spacing and escapes.  A document
whose text comes out the same keeps its line byte for byte; blank lines are
copied as they are.  A line that cannot be processed fails its shard with
one reason naming the line (``line 12: no "text" field``).

A :class:`ShardBatch` is the work unit of a shard: its ``run`` is
:func:`transform_batch`, the same on every executor, so a shard gives the
same bytes in one process, in worker processes and on a Dask cluster.  The
run's process assembles the shard's output from the batch results, in
order, with :class:`ShardOutput`.  Imported only when a run has a shard.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from zhtext.converters.errors import BinaryInputError

from .inputs import Batch
from .model import Outcome, RunOptions, Status, classify_error
from .plan import Task
from .sinks import AtomicFile, make_diff, mode_of, output_file, write_stdout


@dataclass(slots=True)
class BatchResult:
    """What became of a batch: output lines, or the error that fails the shard."""

    lines: list[bytes] = field(default_factory=list)
    changed: int = 0  # documents whose text changed
    warnings: list[str] = field(default_factory=list)
    diff: str = ""
    error: str | None = None  # "line N: reason"
    first_changed: int = 0  # the line number of the first document that changed (0: none)


@dataclass(slots=True)
class ShardBatch:
    """A batch of a shard's lines (``error``: the shard cannot be read any further)."""

    shard: int  # the shard's number in the run
    task: Task
    batch: Batch | None
    last: bool
    error: str | None = None
    local: bool = False

    def run(self, job, guard) -> BatchResult:
        if self.error is not None:
            return BatchResult(error=self.error)
        if self.batch is None:
            return BatchResult()
        return transform_batch(job.processor, self.batch, job.opts.text_field, job.opts.mode.diffs,
                               self.task.inp.display, strict=job.opts.strict)


@dataclass
class ShardOutput:
    """A shard's output, assembled from its batch results in order (in the run's process).

    Written to a temporary file renamed over the target by :meth:`commit`, to
    standard output (target None), or nowhere (--check, --diff).
    """

    task: Task
    opts: RunOptions
    changed: int = 0
    first_changed: int = 0  # the shard's line of its first changed document (for --check findings)
    warnings: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    _file: AtomicFile | None = None

    def open(self) -> None:
        if self.opts.writes and self.task.target is not None:
            target = self.task.target
            self._file = output_file(target, mode_of(self.task.inp.path), self.opts,
                                     gzip=target.name.lower().endswith(".gz")).__enter__()

    def write(self, result: BatchResult) -> None:
        self.changed += result.changed
        if result.first_changed and not self.first_changed:
            self.first_changed = result.first_changed
        self.warnings.extend(result.warnings)
        if result.diff:
            self.diffs.append(result.diff)
        if not self.opts.writes or not result.lines:
            return
        data = b"".join(result.lines)
        if self._file is None:
            write_stdout(data)
        else:
            self._file.write(data)

    def commit(self) -> Outcome:
        """Finish the output; an unchanged shard is not rewritten in place."""
        if self._file is not None:
            self._file.commit(replace=bool(self.changed) or not self.opts.in_place)
            self._file = None
        outcome = Outcome(self.task.inp.display, Status.CHANGED if self.changed else Status.UNCHANGED,
                          warnings=tuple(self.warnings), diff="".join(self.diffs) or None)
        if self.changed and self.opts.mode.checks and self.opts.lint_format != "text":
            from .lint import Finding

            outcome.findings = (Finding(self.first_changed or 1, 1, self.opts.command or "change",
                                        f"would change {self.changed} document(s), the first on this line"),)
        return outcome

    def discard(self) -> None:
        """Drop the output (the shard failed); the target is left as it was."""
        if self._file is not None:
            self._file.discard()
            self._file = None


class LineError(Exception):
    """A line that cannot be processed; fails its shard."""


EMPTIED = "the output is empty although the document has text"


def transform_batch(processor, batch: Batch, text_field: str = "text", diff: bool = False,
                    display: str = "", strict: bool = False) -> BatchResult:
    """Run ``processor`` on the text of every document of ``batch``.

    A document the processor empties is a warning, or under ``strict`` a
    line error that fails the shard: a corpus never loses a text silently.
    """
    result = BatchResult()
    out = result.lines
    for offset, raw in enumerate(batch.lines):
        lineno = batch.first + offset
        try:
            line, old, new, warnings = _transform_line(processor, raw, lineno, text_field, strict)
        except LineError as exc:
            return BatchResult(error=f"line {lineno}: {exc}")
        out.append(line)
        result.warnings.extend(f"line {lineno}: {w}" for w in warnings)
        if new is not None:
            result.changed += 1
            if not result.first_changed:
                result.first_changed = lineno
            if diff:
                result.diff += make_diff(f"{display}:{lineno}", old, new)
    return result


def _transform_line(processor, raw: bytes, lineno: int, text_field: str, strict: bool = False):
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
    start, stop, value = field_span(line, text_field)
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise LineError(f'field "{text_field}" is {kind}, not a string')
    try:
        data = value.encode("utf-8")
    except UnicodeEncodeError:
        raise LineError(f'field "{text_field}" holds a lone surrogate (\\u{ord(value[0]):04x}...)') from None
    try:
        result = processor.process_document(data)
    except Exception as exc:  # the one exception-to-outcome rule, applied to a line
        if isinstance(exc, BinaryInputError) and not str(exc):
            raise LineError("binary text") from None
        raise LineError(classify_error(exc)[1]) from None
    warnings = result.warnings
    if value.strip() and not result.text.strip():
        if strict:
            raise LineError(f"{EMPTIED} (--strict)")
        warnings = [*warnings, EMPTIED]
    if result.text == value:
        return raw, value, None, warnings
    import json

    try:
        line = bom + line[:start] + json.dumps(result.text, ensure_ascii=False) + line[stop:]
        return line.encode("utf-8") + ending, value, result.text, warnings
    except UnicodeEncodeError:
        raise LineError("the result holds a lone surrogate") from None


def field_span(line: str, name: str) -> tuple[int, int, object]:
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


@functools.cache
def _ws():
    import re

    return re.compile(r"[ \t\n\r]*").match


@functools.cache
def _decoder():
    import json

    return json.JSONDecoder()
