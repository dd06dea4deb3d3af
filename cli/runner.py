"""The one processing loop behind every command that writes text.

A command supplies a *processor*: a picklable callable ``bytes -> Result``
(and, optionally, a ``stream`` method for inputs too large to hold whole).
The runner expands the inputs, runs the processor on each, writes where the
output options say, and sends every outcome through one :class:`Report`.
"""

from __future__ import annotations

import codecs
import difflib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from zhtext.converters.errors import BinaryInputError, DecodeError, ZhtextError

from .files import Input, atomic_write, iter_inputs, read_input
from .report import EXIT_USAGE, Report

# Inputs larger than this are converted in chunks when the processor can stream.
STREAM_THRESHOLD = 16 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024


@dataclass
class Result:
    """What a processor made of one input."""

    text: str
    warnings: list[str] = field(default_factory=list)
    original_text: str | None = None  # the decoded input, for --diff


@dataclass
class OutputOptions:
    output: str | None = None
    in_place: bool = False
    check: bool = False
    diff: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    hidden: bool = False
    quiet: bool = False
    verbose: bool = False

    def validate(self, many: bool, has_stdin: bool) -> None:
        if self.in_place and self.output:
            raise click.UsageError("--in-place and -o/--output cannot be used together")
        if self.in_place and has_stdin:
            raise click.UsageError("--in-place needs files, not standard input")
        if many and not (self.output or self.in_place or self.check or self.diff):
            raise click.UsageError(
                "several inputs: give -o FOLDER, --in-place, --check or --diff"
            )


def describe_error(exc: BaseException) -> str:
    """One line that says why an input failed."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, (ZhtextError, UnicodeError, ValueError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def decode_text(data: bytes, encoding: str, errors: str) -> str:
    """Decode input bytes with the encoding layer (``auto`` detects)."""
    from zhtext.converters.encoding import decode

    text, _ = decode(data, encoding=encoding, errors=errors)
    return text


def _target_for(inp: Input, opts: OutputOptions, single: bool) -> Path | None:
    """Where an input's output goes: None for stdout."""
    if opts.in_place:
        return inp.path
    if not opts.output:
        return None
    out = Path(opts.output)
    if single and not out.is_dir() and not opts.output.endswith(os.sep):
        return out
    return out / inp.relative


def _write_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def run(paths: tuple[str, ...], processor, opts: OutputOptions) -> int:
    """Process every input; return the exit code decided by the report."""
    report = Report(check=opts.check, in_place=opts.in_place,
                    quiet=opts.quiet, verbose=opts.verbose)
    inputs = list(iter_inputs(paths, include=opts.include, exclude=opts.exclude,
                              hidden=opts.hidden, on_skip=report.skip))
    has_stdin = any(i.is_stdin for i in inputs)
    single = len(inputs) == 1 and not any(Path(p).is_dir() for p in paths if p != "-")
    opts.validate(many=not single and len(inputs) != 0, has_stdin=has_stdin)
    for inp in inputs:
        _run_one(inp, processor, opts, report, single)
    report.print_summary()
    return report.exit_code()


def _is_large(inp: Input) -> bool:
    if inp.is_stdin:
        return True
    try:
        return os.stat(inp.path).st_size > STREAM_THRESHOLD
    except OSError:
        return False


def _run_one(inp: Input, processor, opts: OutputOptions, report: Report, single: bool) -> None:
    target = _target_for(inp, opts, single)
    try:
        streaming = (
            hasattr(processor, "stream")
            and not (opts.check or opts.diff)
            and _is_large(inp)
        )
        if streaming:
            changed = _run_streaming(inp, processor, target)
            report.done(inp.display, changed)
            return
        data = read_input(inp)
        result = processor(data)
        for w in result.warnings:
            report.warn(inp.display, w)
        out = result.text.encode("utf-8")
        changed = out != data
        if opts.diff and changed:
            original = result.original_text
            if original is None:
                original = data.decode("utf-8", "replace")
            _print_diff(inp.display, original, result.text)
        if opts.check or opts.diff:
            report.done(inp.display, changed)
            return
        if target is None:
            _write_stdout(out)
        elif opts.in_place:
            if changed:
                atomic_write(target, out)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, out, mode_from=inp.path if inp.path else None)
        report.done(inp.display, changed)
    except BinaryInputError as exc:
        report.skip(inp.display, str(exc))
    except (OSError, ZhtextError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        report.fail(inp.display, describe_error(exc))


def _print_diff(name: str, old: str, new: str) -> None:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}",
    )
    out = sys.stdout
    for line in lines:
        out.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    out.flush()


def _iter_chunks(inp: Input):
    fh = sys.stdin.buffer if inp.is_stdin else open(inp.path, "rb")
    try:
        while True:
            block = fh.read(CHUNK_BYTES)
            if not block:
                return
            yield block
    finally:
        if not inp.is_stdin:
            fh.close()


def _run_streaming(inp: Input, processor, target: Path | None) -> bool:
    """Convert a large input chunk by chunk; returns whether the bytes changed."""
    changed = False
    read_pos = 0
    original_chunks = _iter_chunks(inp)

    def tracked():
        nonlocal read_pos
        for block in original_chunks:
            read_pos += len(block)
            yield block

    out_iter = processor.stream(tracked())
    if target is None:
        for piece in out_iter:
            _write_stdout(piece)
        return False
    # Write to a temporary file beside the target, then rename.
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".zhtext-tmp", dir=target.parent)
    try:
        written = 0
        with os.fdopen(fd, "wb") as fh:
            for piece in out_iter:
                fh.write(piece)
                written += len(piece)
            fh.flush()
            os.fsync(fh.fileno())
        src = inp.path
        if src is not None:
            os.chmod(tmp, os.stat(src).st_mode & 0o7777)
            changed = written != os.stat(src).st_size or not _same_file_content(src, tmp)
        if src is not None and target == src and not changed:
            os.unlink(tmp)
            return False
        os.replace(tmp, target)
        return changed
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _same_file_content(a, b) -> bool:
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(CHUNK_BYTES), fb.read(CHUNK_BYTES)
            if x != y:
                return False
            if not x:
                return True


class StreamDecoder:
    """Decode a stream of byte blocks with the encoding layer.

    The encoding is chosen from the first block (``auto``) or forced; the
    rest is decoded incrementally and strictly, so a bad byte anywhere fails
    with its absolute offset.
    """

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors

    def texts(self, blocks):
        decoder = None
        offset = 0
        for block in blocks:
            if decoder is None:
                name = self._choose(block)
                decoder = codecs.getincrementaldecoder(name)(self.errors)
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"cannot decode as {self._name} at byte {offset + exc.start}",
                    offset=offset + exc.start, tried=(self._name,),
                ) from None
            offset += len(block)
            if text:
                yield text
        if decoder is not None:
            try:
                tail = decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"cannot decode as {self._name}: input ends inside a character",
                    offset=offset, tried=(self._name,),
                ) from None
            if tail:
                yield tail

    def _choose(self, block: bytes) -> str:
        from zhtext.converters.encoding import detect_encoding

        if self.encoding != "auto":
            self._name = self.encoding
            return self.encoding
        det = detect_encoding(block)
        if det.binary:
            raise BinaryInputError("binary file (contains NUL bytes)")
        self._name = det.encoding or "utf-8"
        return self._name


def split_at_line_end(buffer: str) -> tuple[str, str]:
    """Split ``buffer`` after its last newline: (complete lines, rest)."""
    cut = buffer.rfind("\n")
    if cut < 0:
        return "", buffer
    return buffer[: cut + 1], buffer[cut + 1 :]


def stream_lines(texts, transform, max_pending: int = 4 * CHUNK_BYTES):
    """Apply a line-local ``transform`` to a stream of text pieces, cutting at line ends.

    Yields UTF-8 bytes.  A line longer than ``max_pending`` characters is cut
    anyway so memory stays bounded.
    """
    pending = ""
    for text in texts:
        pending += text
        done, pending = split_at_line_end(pending)
        if not done and len(pending) > max_pending:
            done, pending = pending, ""
        if done:
            yield transform(done).encode("utf-8")
    if pending:
        yield transform(pending).encode("utf-8")


def usage_exit(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)
