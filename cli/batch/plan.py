"""The plan of a run: inputs paired with their targets.

:func:`plan` decides where each input's output goes (standard output, a
file, a mirrored ``-o`` folder, the input itself) and drops what must not
be processed: a second input with the same target, and the run's own output
folder when it lies inside a folder being walked.  :func:`check_options`
holds the usage rules that depend on the inputs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .inputs import Input
from .model import RunOptions, UsageError, WriteMode


@dataclass(slots=True)
class Task:
    """One input and where its output goes (None: standard output, or nowhere)."""

    inp: Input
    target: Path | None


def check_options(opts: RunOptions, many: bool, has_stdin: bool) -> None:
    """Usage rules that depend on the inputs; raises UsageError."""
    if opts.output and not opts.mode is WriteMode.STDOUT:
        if opts.mode is WriteMode.IN_PLACE:
            raise UsageError("--in-place and -o/--output cannot be used together")
        raise UsageError("--check and --diff write nothing: drop --in-place and -o/--output")
    if opts.in_place and has_stdin:
        raise UsageError("--in-place needs files, not standard input")
    if opts.jobs is not None and opts.jobs < 0:
        raise UsageError("--jobs must be 1 or more (0: one per CPU)")
    if many:
        if opts.mode is WriteMode.STDOUT and not opts.output:
            raise UsageError("several inputs: give -o FOLDER, --in-place, --check or --diff")
        if opts.output == "-":
            raise UsageError("several inputs cannot all go to standard output: give -o FOLDER")
        if opts.output and os.path.exists(opts.output) and not os.path.isdir(opts.output):
            raise UsageError(f"several inputs: -o {opts.output} must be a folder, not a file")


def target_for(inp: Input, processor, opts: RunOptions, single: bool) -> Path | None:
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
    if not inp.is_shard:  # a shard keeps its name
        relative = processor.output_relative(relative)
    return out / relative


def _inside(path: str, folder: str) -> bool:
    return path != folder and os.path.commonpath([path, folder]) == folder


def plan(paths, inputs: list[Input], processor, opts: RunOptions, single: bool, fail) -> list[Task]:
    """Pair inputs with targets; drop duplicates (``fail(display, reason)``) and our own output folder."""
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
        target = target_for(inp, processor, opts, single)
        if target is not None:
            key = os.path.abspath(target)
            if key in seen:
                if opts.in_place:
                    continue  # the same file twice (a link and its target): do it once
                fail(inp.display, f"output {target} is also the output of {seen[key]}")
                continue
            seen[key] = inp.display
        tasks.append(Task(inp, target))
    return tasks
