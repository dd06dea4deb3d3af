"""One unit of work, wherever it runs: a group of files (here), or a batch of a
shard's lines (:mod:`.documents`).

:func:`run_unit` is the function every executor maps.  For a file it reads,
processes and writes (whole, or in blocks for a large input), and turns
every failure into an :class:`Outcome` (the rule is :func:`classify_error`,
written once).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from .inputs import Input, OpenInput, looks_binary
from .model import Outcome, Processor, Result, RunOptions, Status, classify_error
from .plan import Task
from .sinks import make_diff, output_file, write_stdout


@dataclass(slots=True)
class Job:
    """The processor and the run's options: shipped once to each worker."""

    processor: Processor
    opts: RunOptions


@dataclass(slots=True)
class FilesUnit:
    """Files processed one after another by one worker (``local``: here, e.g. stdin)."""

    tasks: list[Task]
    local: bool = False

    def run(self, job: Job, guard) -> list[Outcome]:
        outcomes = []
        for task in self.tasks:
            with guard() as stop:
                if stop:
                    break
                outcomes.append(process_file(task, job.processor, job.opts))
        return outcomes


def no_guard():
    """The per-file guard of an executor that needs none: never asks to stop."""
    return contextlib.nullcontext(False)


def run_unit(job: Job, unit, guard=no_guard):
    """Run one unit: a list of Outcomes for a :class:`FilesUnit`, a BatchResult for a
    shard's batch (:class:`~.documents.ShardBatch`).

    ``guard()`` is entered around each file and says whether to stop (a
    worker process told to stop finishes the file in hand, then returns).
    """
    return unit.run(job, guard)


def process_file(task: Task, processor: Processor, opts: RunOptions) -> Outcome:
    """Read, process and write one input; every failure becomes an Outcome.

    Only KeyboardInterrupt (and SystemExit) escape, after any temporary
    file has been removed: the input is untouched or completely rewritten.
    """
    inp, name = task.inp, task.inp.display
    try:
        with OpenInput(inp) as source:
            if processor.can_stream and opts.writes and source.large:
                return _process_streamed(task, source, processor, opts)
            data = source.read()
        if processor.sniffs_binary() and looks_binary(data):
            return Outcome(name, Status.SKIPPED, "binary file (contains NUL bytes)")
        result = processor.process(data, inp.path)
        out = result.text.encode("utf-8")
        changed = out != data and not processor.inspects
        if (changed and processor.skip_if_text_unchanged
                and result.original_text is not None and result.text == result.original_text):
            changed = False
        outcome = Outcome(name, Status.CHANGED if changed else Status.UNCHANGED,
                          warnings=tuple(result.warnings), data=result.data)
        if changed and opts.mode.checks:
            outcome.findings = _findings(result, opts)
        if opts.mode.diffs and changed:
            original = result.original_text
            if original is None:
                original = data.decode("utf-8", "replace")
            encodings = None
            if result.encoding and result.encoding.replace("_", "-").lower() not in ("utf-8", "ascii"):
                encodings = (result.encoding, "utf-8")
            outcome.diff = make_diff(name, original, result.text, encodings)
        if not opts.writes:
            return outcome
        if task.target is None:
            outcome.stdout = out
        elif not opts.in_place or changed:
            with output_file(task.target, source.mode, opts) as fh:
                fh.write(out)
                fh.commit()
        return outcome
    except Exception as exc:  # a bug in a processor must not stop the batch either
        status, reason = classify_error(exc)
        stdout = processor.failure_output(exc, name) if status is Status.FAILED else None
        return Outcome(name, status, reason, stdout=stdout)


def _findings(result: Result, opts: RunOptions) -> tuple:
    """What --check reports of a changed input: the processor's findings, or
    (for a lint format) one per file at its first change."""
    if result.findings:
        return tuple(result.findings)
    if opts.lint_format == "text":
        return ()
    from .lint import file_finding

    return (file_finding(opts.command or "change", result.original_text, result.text),)


def _process_streamed(task: Task, source: OpenInput, processor: Processor, opts: RunOptions) -> Outcome:
    """A large input in blocks, through the same writer as a whole one."""
    inp = task.inp
    outcome = Outcome(inp.display, Status.UNCHANGED)
    pieces = _pieces(processor.stream(source.blocks(), inp.path), outcome)
    if task.target is None:
        for piece in pieces:
            write_stdout(piece)
        return outcome
    with output_file(task.target, source.mode, opts) as fh:
        for piece in pieces:
            fh.write(piece)
        changed = inp.path is None or not fh.same_as(inp.path)
        fh.commit(replace=changed or not opts.in_place)
    if changed:
        outcome.status = Status.CHANGED
    return outcome


def _pieces(stream, outcome: Outcome):
    """The bytes of a processor's stream; a Result in it adds its warnings and data."""
    for piece in stream:
        if isinstance(piece, Result):
            outcome.warnings += tuple(piece.warnings)
            outcome.data = piece.data
            piece = piece.text.encode("utf-8")
        if piece:
            yield piece


def absolute(task: Task) -> Task:
    """Absolute input and output paths: workers may run in another folder."""
    from dataclasses import replace

    inp: Input = task.inp
    if inp.path is not None:
        inp = replace(inp, path=Path(os.path.abspath(inp.path)))
    target = Path(os.path.abspath(task.target)) if task.target is not None else None
    return Task(inp, target)
