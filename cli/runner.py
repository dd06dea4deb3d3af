"""The one processing loop behind every command that writes text.

A command supplies a *processor*: a picklable callable ``bytes -> Result``
(and, optionally, a ``stream`` method for inputs too large to hold whole).
The runner expands the inputs, runs the processor on each, writes where the
output options say, and sends every outcome through one :class:`Report`.

Optional processor attributes the runner honours:

* ``encoding`` -- a forced UTF-16/32 encoding turns off the NUL-byte
  binary sniffing (such files are full of NULs);
* ``sniff_binary = False`` -- no NUL-byte sniffing: the processor decides
  (``recode`` recognises UTF-16/32 without BOM and raises BinaryInputError
  for the rest);
* ``skip_if_text_unchanged = True`` -- an input whose decoded text comes out
  the same counts as unchanged and is not rewritten, even if its bytes would
  differ (a script conversion leaves a GBK file that needs no conversion
  alone: re-encoding is ``recode``'s job);
* ``output_relative(relative: Path) -> Path`` -- the name an input takes in
  a mirrored ``-o`` folder (``clean`` turns ``page.html`` into ``page.txt``);
* ``stdout_when_many = True`` -- several inputs without ``-o`` all go to
  standard output, one after another in input order (``strip --format
  json`` prints one JSON line per input);
* ``takes_path = True`` -- the runner calls ``processor(data, path=...)``
  (and ``processor.stream(blocks, path=...)``) with the input's path (None
  for stdin), for choices made by file name (a normalization profile, HTML
  or MHTML).

Many files run in worker processes (``--jobs``); the first file runs here
first, so caches (dictionaries) are loaded once and inherited by forked
workers.  Outcomes are reported in input order whatever the schedule.
"""

from __future__ import annotations

import codecs
import errno
import os
import signal
import stat
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import click

from zhtext.converters.errors import BinaryInputError, ZhtextError

from .files import (Input, atomic_write, hold_interrupts, iter_inputs, looks_binary, read_input,
                    release_interrupts, temp_prefix)
from .report import EXIT_USAGE, Report

# Inputs larger than this are converted in chunks when the processor can stream.
STREAM_THRESHOLD = 16 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
# Files handed to a worker process at a time, at most.
MAX_FILES_PER_TASK = 64


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
    jobs: int | None = None  # None or 0: one per CPU
    # Scale-out (cli/cluster.py) and JSON Lines shards (cli/jsonl.py).
    cluster: str | None = None  # Dask scheduler address, "local" or "local:N"
    text_field: str = "text"  # the field of a .jsonl document that is processed

    @property
    def writes(self) -> bool:
        """Whether outputs are written anywhere (not --check/--diff)."""
        return not (self.check or self.diff)

    def validate(self, many: bool, has_stdin: bool) -> None:
        if self.in_place and self.output:
            raise click.UsageError("--in-place and -o/--output cannot be used together")
        if (self.check or self.diff) and (self.in_place or self.output):
            raise click.UsageError("--check and --diff write nothing: drop --in-place and -o/--output")
        if self.in_place and has_stdin:
            raise click.UsageError("--in-place needs files, not standard input")
        if self.jobs is not None and self.jobs < 0:
            raise click.UsageError("--jobs must be 1 or more (0: one per CPU)")
        if many:
            if not (self.output or self.in_place or self.check or self.diff):
                raise click.UsageError("several inputs: give -o FOLDER, --in-place, --check or --diff")
            if self.output == "-":
                raise click.UsageError("several inputs cannot all go to standard output: give -o FOLDER")
            if self.output and os.path.exists(self.output) and not os.path.isdir(self.output):
                raise click.UsageError(f"several inputs: -o {self.output} must be a folder, not a file")


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


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Task:
    """One input and where its output goes (None: standard output)."""

    inp: Input
    target: Path | None


@dataclass
class Outcome:
    """What became of one input; built where the work ran, reported here."""

    display: str
    status: str  # "changed", "unchanged", "skipped" or "failed"
    reason: str = ""
    warnings: tuple[str, ...] = ()
    diff: str | None = None
    stdout: bytes | None = None


def _target_for(inp: Input, processor, opts: OutputOptions, single: bool) -> Path | None:
    """Where an input's output goes: None for stdout (or nowhere, under --check/--diff)."""
    if not opts.writes:
        return None
    if opts.in_place:
        # Rewrite a symlink's target, keep the link.
        return Path(os.path.realpath(inp.path))
    if not opts.output or opts.output == "-":
        return None
    out = Path(opts.output)
    if single and not out.is_dir() and not opts.output.endswith(("/", os.sep)):
        return out
    relative = inp.relative
    rename = getattr(processor, "output_relative", None)
    if rename is not None and not _is_shard(relative):
        relative = Path(rename(relative))
    return out / relative


def _is_shard(path) -> bool:
    """A JSON Lines corpus shard (.jsonl, .jsonl.gz): see cli/jsonl.py; it keeps its name."""
    from .jsonl import is_shard

    return is_shard(path)


def _inside(path: str, folder: str) -> bool:
    return path != folder and os.path.commonpath([path, folder]) == folder


def _plan(paths, inputs: list[Input], processor, opts: OutputOptions, single: bool,
          report: Report) -> list[Task]:
    """Pair inputs with targets; drop duplicates and our own output folder."""
    # An output folder inside a folder being walked must not be read back in.
    own_output = None
    if opts.output and opts.output != "-" and not single and opts.writes:
        out_real = os.path.realpath(opts.output)
        if any(p != "-" and os.path.isdir(p) and _inside(out_real, os.path.realpath(p)) for p in paths):
            own_output = out_real
    tasks = []
    seen: dict[str, str] = {}
    for inp in inputs:
        if own_output and inp.path is not None and _inside(os.path.realpath(inp.path), own_output):
            continue
        target = _target_for(inp, processor, opts, single)
        if target is not None:
            key = os.path.abspath(target)
            if key in seen:
                if opts.in_place:
                    continue  # the same file twice (a link and its target): do it once
                report.fail(inp.display, f"output {target} is also the output of {seen[key]}")
                continue
            seen[key] = inp.display
        tasks.append(Task(inp, target))
    return tasks


def _sniffs_binary(processor) -> bool:
    """Binary sniffing is off when the processor forces UTF-16/32 (full of NULs),
    or sets ``sniff_binary = False`` to decide itself (raising BinaryInputError)."""
    if getattr(processor, "sniff_binary", True) is False:
        return False
    encoding = getattr(processor, "encoding", None)
    if not isinstance(encoding, str) or encoding.lower() == "auto":
        return True
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return True
    return not name.startswith(("utf-16", "utf-32"))


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()  # anything written as text goes first
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _encode_diff(diff: str) -> bytes:
    # File names that are not UTF-8 carry escaped bytes: write those bytes back.
    try:
        return diff.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return diff.encode("utf-8", "replace")


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a batch stops as on Ctrl-C."""


def _raise_terminated(signum, frame):
    raise Terminated()


def _make_output_folders(root: Path, target: Path) -> None:
    """Make the folders of a mirrored output below ``root``, never following a
    symlinked folder found there (it would put the file outside ``root``)."""
    try:
        parts = target.parent.relative_to(root).parts
    except ValueError:
        parts = ()
    folder = root
    for part in parts:
        folder = folder / part
        if folder.is_symlink():
            raise OSError(errno.ELOOP, f"output folder {folder} is a symlink (not followed)")
    target.parent.mkdir(parents=True, exist_ok=True)


def _check_writable(path: Path) -> None:
    """--in-place keeps a read-only file (no write bit) rather than renaming over it."""
    if not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(errno.EACCES, "read-only file")


def _apply(report: Report, outcome: Outcome) -> None:
    """Send one outcome to stdout and the report (always in input order)."""
    for w in outcome.warnings:
        report.warn(outcome.display, w)
    if outcome.diff:
        _write_stdout(_encode_diff(outcome.diff))
    if outcome.stdout is not None:
        _write_stdout(outcome.stdout)
    if outcome.status == "failed":
        report.fail(outcome.display, outcome.reason)
    elif outcome.status == "skipped":
        report.skip(outcome.display, outcome.reason)
    else:
        report.done(outcome.display, outcome.status == "changed")


def run(paths: tuple[str, ...], processor, opts: OutputOptions) -> int:
    """Process every input; return the exit code decided by the report."""
    report = Report(check=opts.check, in_place=opts.in_place,
                    quiet=opts.quiet, verbose=opts.verbose)
    inputs = list(iter_inputs(paths, include=opts.include, exclude=opts.exclude,
                              hidden=opts.hidden, on_skip=report.skip))
    has_stdin = any(i.is_stdin for i in inputs)
    single = len(inputs) == 1 and not any(os.path.isdir(p) for p in paths if p != "-")
    many = not single and len(inputs) != 0
    if many and getattr(processor, "stdout_when_many", False) and not (opts.output or opts.in_place):
        many = False  # e.g. JSON lines: one line per input on stdout, in input order
    opts.validate(many=many, has_stdin=has_stdin)
    tasks = _plan(paths, inputs, processor, opts, single, report)
    if opts.cluster:  # scale-out on Dask: the same tasks, outcomes and report (cli/cluster.py)
        from .cluster import run_tasks

        return run_tasks(tasks, processor, opts, report)
    jobs = opts.jobs or default_jobs()

    def work():
        files = [t for t in tasks if not t.inp.is_stdin]
        if jobs > 1 and len(files) > 1:
            for task in tasks:
                if task.inp.is_stdin:
                    _apply(report, _process(task, processor, opts))
            _run_parallel(files, processor, opts, report, jobs)
        else:
            report.start_progress(len(tasks))
            for task in tasks:
                _apply(report, _process(task, processor, opts))

    return run_interruptibly(work, report)


def run_interruptibly(work, report: Report) -> int:
    """Run ``work()`` with SIGTERM stopping it like Ctrl-C; return the exit code.

    Either way the file in hand is finished or left as it was; the run is
    reported once as interrupted and exits 130 (Ctrl-C) or 143 (SIGTERM).
    """
    previous = None
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        code = work()
    except KeyboardInterrupt as exc:
        report.interrupted = True
        report.stop_progress()
        sys.stderr.write("zhtext: interrupted\n")
        report.print_summary()
        return 128 + (signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if code is not None:
        return code
    report.print_summary()
    return report.exit_code()


# -- one input ------------------------------------------------------------


def _is_large(inp: Input) -> bool:
    if inp.is_stdin:
        return True
    try:
        return os.stat(inp.path).st_size > STREAM_THRESHOLD
    except OSError:
        return False


def _process(task: Task, processor, opts: OutputOptions) -> Outcome:
    """Read, process and write one input; every failure becomes an Outcome.

    Only KeyboardInterrupt (and SystemExit) escape, after any temporary
    file has been removed: the input is untouched or completely rewritten.
    """
    inp, target = task.inp, task.target
    name = inp.display
    try:
        if _is_shard(inp.path):  # one JSON document per line (cli/jsonl.py)
            from .jsonl import process_shard

            return process_shard(task, processor, opts)
        if hasattr(processor, "stream") and opts.writes and _is_large(inp):
            changed = _run_streaming(inp, processor, target)
            return Outcome(name, "changed" if changed else "unchanged")
        data = read_input(inp)
        if _sniffs_binary(processor) and looks_binary(data):
            return Outcome(name, "skipped", "binary file (contains NUL bytes)")
        result = processor(data, path=inp.path) if getattr(processor, "takes_path", False) else processor(data)
        out = result.text.encode("utf-8")
        changed = out != data
        if (changed and getattr(processor, "skip_if_text_unchanged", False)
                and result.original_text is not None and result.text == result.original_text):
            changed = False
        outcome = Outcome(name, "changed" if changed else "unchanged", warnings=tuple(result.warnings))
        if opts.diff and changed:
            original = result.original_text
            if original is None:
                original = data.decode("utf-8", "replace")
            outcome.diff = _diff(name, original, result.text)
        if not opts.writes:
            return outcome
        if target is None:
            outcome.stdout = out
        elif not opts.in_place or changed:
            try:
                if opts.in_place:
                    _check_writable(target)
                else:
                    _make_output_folders(Path(opts.output), target)
                # fsync only what replaces an original (--in-place); an -o
                # output replaces nothing that cannot be made again.
                atomic_write(target, out, mode_from=inp.path, durable=opts.in_place)
            except OSError as exc:
                where = "" if inp.path is not None and target == Path(os.path.realpath(inp.path)) else f" {target}"
                return Outcome(name, "failed", f"cannot write{where}: {describe_error(exc)}")
        return outcome
    except BinaryInputError as exc:
        return Outcome(name, "skipped", str(exc) or "binary file")
    except (OSError, ZhtextError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        return Outcome(name, "failed", describe_error(exc))
    except Exception as exc:  # a bug in a processor must not stop the batch
        return Outcome(name, "failed", f"internal error: {type(exc).__name__}: {exc}")


def _diff(name: str, old: str, new: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}",
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _print_diff(name: str, old: str, new: str) -> None:
    sys.stdout.write(_diff(name, old, new))
    sys.stdout.flush()


# -- many inputs: worker processes -----------------------------------------

_WORKER_STATE = None
_WORKER_STOP = False


_WORKER_BUSY = threading.Lock()  # held while a worker processes a file
PARENT_POLL_SECONDS = 0.2


def _worker_init(processor, opts) -> None:
    """Runs once in each worker: keep the processor, turn Ctrl-C and SIGTERM
    into a stop flag, and watch the parent.

    A worker never dies half-way through a file: on SIGINT or SIGTERM it
    finishes the file in hand and returns what it has done; if the main
    process is gone (killed, or dead of SIGPIPE under ``| head``), it
    finishes the file in hand and exits instead of waiting forever on a
    task queue whose write end it inherited.
    """
    global _WORKER_STATE
    _WORKER_STATE = (processor, opts)
    signal.signal(signal.SIGINT, _worker_on_signal)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _worker_on_signal)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True,
                     name="zhtext-parent-watch").start()


def _worker_on_signal(signum, frame) -> None:
    global _WORKER_STOP
    _WORKER_STOP = True


def _watch_parent(parent: int) -> None:
    import time

    global _WORKER_STOP
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    _WORKER_STOP = True
    with _WORKER_BUSY:  # let the file in hand be finished (or left as it was)
        os._exit(0)


def _worker_run(tasks: list[Task]) -> list[Outcome]:
    processor, opts = _WORKER_STATE
    outcomes = []
    for task in tasks:
        with _WORKER_BUSY:
            if _WORKER_STOP:
                break
            outcomes.append(_process(task, processor, opts))
    return outcomes


def _files_per_task(count: int, jobs: int) -> int:
    # About eight tasks per worker balances the load; the cap bounds latency.
    return max(1, min(MAX_FILES_PER_TASK, count // (jobs * 8)))


def _mp_context():
    import multiprocessing

    # fork (Linux) lets workers inherit what the first file loaded; it is
    # safe here because no other thread runs yet when the workers start.
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _run_parallel(tasks: list[Task], processor, opts: OutputOptions, report: Report, jobs: int) -> None:
    # The first file runs here: it loads the processor's caches once.
    _apply(report, _process(tasks[0], processor, opts))
    rest = tasks[1:]
    if not rest:
        return
    from concurrent.futures import ProcessPoolExecutor

    size = _files_per_task(len(rest), jobs)
    batches = [rest[i:i + size] for i in range(0, len(rest), size)]
    context = _mp_context()
    if context is not None:
        import gc

        # Forked workers share the loaded dictionaries copy-on-write; keep the
        # collector from touching (and so copying) them in every worker.
        gc.freeze()
    executor = ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=context,
                                   initializer=_worker_init, initargs=(processor, opts))
    futures = []
    try:
        futures = [executor.submit(_worker_run, batch) for batch in batches]
        report.start_progress(len(tasks))
        report._advance()  # the first file
        for batch, future in zip(batches, futures):
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker died (killed, out of memory)
                reason = f"worker process failed: {describe_error(exc)}"
                outcomes = [Outcome(t.inp.display, "failed", reason) for t in batch]
            for outcome in outcomes:
                _apply(report, outcome)
    except KeyboardInterrupt:
        for future in futures:
            future.cancel()
        # Tell workers that did not see the Ctrl-C (it went to us alone) to stop.
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            try:
                os.kill(proc.pid, signal.SIGINT)
            except (OSError, AttributeError):
                pass
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if context is not None:
            import gc

            gc.unfreeze()


# -- large inputs: streaming ----------------------------------------------


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
    import tempfile

    from .files import TEMP_SUFFIX

    if getattr(processor, "takes_path", False):
        out_iter = processor.stream(_iter_chunks(inp), path=inp.path)
    else:
        out_iter = processor.stream(_iter_chunks(inp))
    durable = inp.path is not None and os.path.realpath(inp.path) == os.path.realpath(target or "")
    if target is None:
        for piece in out_iter:
            _write_stdout(piece)
        return False
    # Write to a temporary file beside the target, then rename.
    target.parent.mkdir(parents=True, exist_ok=True)
    held = hold_interrupts()
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=TEMP_SUFFIX, dir=target.parent)
    except BaseException:
        release_interrupts(held)
        raise
    try:
        release_interrupts(held)
        changed = True
        with os.fdopen(fd, "wb") as fh:
            for piece in out_iter:
                fh.write(piece)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        src = inp.path
        if src is not None:
            os.chmod(tmp, os.stat(src).st_mode & 0o7777)
            changed = os.stat(tmp).st_size != os.stat(src).st_size or not _same_file_content(src, tmp)
            if os.path.realpath(src) == os.path.realpath(target):
                if not changed:
                    os.unlink(tmp)
                    return False
                _check_writable(target)
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


def StreamDecoder(encoding: str = "auto", errors: str = "strict"):
    """The encoding layer's block decoder (kept under this name for processors).

    Streamed inputs are decoded exactly as whole ones: the same detection,
    promotion and handling of a cut final character.
    """
    from zhtext.converters.encoding import BlockDecoder

    return BlockDecoder(encoding, errors)


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
