"""One ``run``: inputs -> plan -> work units -> executor -> report -> exit code.

Files are grouped into :class:`FilesUnit` s; a shard is a source of
:class:`ShardBatch` es (read here, a bounded number in flight); both go
through the same executor, and every outcome reaches the one report in
input order.  Ctrl-C and SIGTERM stop a run cleanly (130 / 143).
"""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import replace

from .executors import (DaskExecutor, ExecutorUnavailable, ProcessExecutor, SerialExecutor, WorkerFailed,
                        files_per_task, parse_cluster)
from .inputs import iter_inputs
from .model import (BATCH_BYTES_COUNTED, Outcome, Processor, RunOptions, Status, WriteError, default_jobs,
                    describe_error)
from .plan import Task, check_options, plan
from .report import Report
from .work import FilesUnit, Job, absolute, run_unit


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a batch stops as on Ctrl-C."""


def _raise_terminated(signum, frame):
    raise Terminated()


def run(paths, processor: Processor, opts: RunOptions, on_outcome=None) -> int:
    """Process every input; return the exit code decided by the report.

    Raises :class:`~.model.UsageError` for options that conflict with the
    inputs.  ``on_outcome(outcome)`` hears every outcome, in input order,
    after the report (detect collects its table rows this way).
    """
    report = Report.for_mode(opts.mode, quiet=opts.quiet, verbose=opts.verbose, summary=opts.summary,
                             lint_format=opts.lint_format)
    inputs = list(iter_inputs(paths, include=opts.include, exclude=opts.exclude,
                              hidden=opts.hidden, on_skip=report.skip, ignore=opts.ignore))
    if processor.shards_skipped_because:
        for inp in [i for i in inputs if i.is_shard]:
            report.skip(inp.display, processor.shards_skipped_because)
        inputs = [i for i in inputs if not i.is_shard]
    has_stdin = any(i.is_stdin for i in inputs)
    single = len(inputs) == 1 and not any(os.path.isdir(p) for p in paths if p != "-")
    many = not single and len(inputs) != 0
    if many and processor.stdout_when_many and not (opts.output or opts.in_place):
        many = False  # e.g. JSON lines: one line per input on stdout, in input order
    check_options(opts, many=many, has_stdin=has_stdin)
    if opts.cluster:
        executor = DaskExecutor(parse_cluster(opts.cluster))
        if opts.output and opts.output != "-":
            # Workers may run in another folder: the output root is absolute too.
            opts = replace(opts, output=os.path.abspath(opts.output))
    else:
        jobs = opts.jobs or default_jobs()
        executor = ProcessExecutor(jobs) if jobs > 1 else SerialExecutor()
    tasks = plan(paths, inputs, processor, opts, single, report.fail)
    if opts.in_place:
        for task in tasks:
            if not task.inp.is_shard:
                processor.check_in_place(task.inp.path)
    if opts.cluster:
        tasks = [t if t.inp.is_stdin else absolute(t) for t in tasks]
    files = sum(not t.inp.is_stdin for t in tasks)
    if (isinstance(executor, ProcessExecutor) and files < 2) or (opts.cluster and not files):
        executor = SerialExecutor()  # one file: no worker processes; only stdin: no cluster
    elif isinstance(executor, ProcessExecutor) and not opts.jobs and not worth_workers(tasks):
        executor = SerialExecutor()  # a few small files: starting workers costs more than they save

    def apply(outcome: Outcome) -> None:
        from .sinks import encode_diff, write_stdout

        if outcome.diff:
            write_stdout(encode_diff(outcome.diff))
        if outcome.stdout is not None:
            write_stdout(outcome.stdout)
        report.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def work():
        try:
            with executor:
                report.start_progress(len(tasks))
                _Pipeline(executor, Job(processor, opts), apply).run(tasks)
        except ExecutorUnavailable as exc:
            report.abort(str(exc))

    run_interruptibly(work, report)
    report.print_summary()
    return report.exit_code()


# Without --jobs, a batch runs in worker processes only from this many files or bytes on.
WORKERS_MIN_FILES = 64
WORKERS_MIN_BYTES = 1 << 20


def worth_workers(tasks: list[Task]) -> bool:
    """Whether a batch is big enough for worker processes to pay for their start.

    Starting a pool (forking, then each worker's first compiled tables) costs
    tens of milliseconds: ten small Markdown files are done sooner here.
    """
    count = size = 0
    for file_size in _file_sizes(tasks):
        count += 1
        size += file_size
        if count >= WORKERS_MIN_FILES or size >= WORKERS_MIN_BYTES:
            return True
    return False


def batch_bytes(tasks: list[Task], limit: int | None = None) -> int:
    """The bytes of the batch's files, counted up to ``limit`` (default BATCH_BYTES_COUNTED)."""
    limit = BATCH_BYTES_COUNTED if limit is None else limit
    size = 0
    for file_size in _file_sizes(tasks):
        size += file_size
        if size >= limit:
            break
    return min(size, limit)


def _file_sizes(tasks: list[Task]):
    """The size of each file of the batch (0 for one that cannot be read: it is reported when read)."""
    for task in tasks:
        if task.inp.is_stdin:
            continue
        try:
            yield os.stat(task.inp.path).st_size
        except OSError:
            yield 0


def run_interruptibly(work, report: Report) -> None:
    """Run ``work()`` with SIGTERM stopping it like Ctrl-C.

    Either way the file in hand is finished or left as it was; the report
    hears of the signal once (exit 130 for Ctrl-C, 143 for SIGTERM).
    """
    previous = None
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        work()
    except KeyboardInterrupt as exc:
        report.interrupt(signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Pipeline:
    """Turns tasks into units, maps them, and reports their outcomes in input order."""

    def __init__(self, executor, job: Job, apply):
        self.executor = executor
        self.job = job
        self.apply = apply
        self.dropped: set[int] = set()  # shards that failed: read no further
        self.shards: dict = {}  # shard number -> its ShardOutput

    def run(self, tasks: list[Task]) -> None:
        if self.executor.inherits:
            self.job.processor.prepare(batch_bytes(tasks))
        try:
            for unit, result in self.executor.map(run_unit, self.job, self._units(tasks)):
                if not isinstance(unit, FilesUnit):
                    self._shard_result(unit, result)
                    continue
                if isinstance(result, WorkerFailed):
                    result = [Outcome(t.inp.display, Status.FAILED, result.reason) for t in unit.tasks]
                for outcome in result:
                    self.apply(outcome)
        finally:
            for output in self.shards.values():
                output.discard()

    def _units(self, tasks: list[Task]):
        # Groups shrink as the files run out (guided scheduling), so that the
        # workers finish together instead of one waiting on the other's last big group.
        left = sum(1 for t in tasks if not t.inp.is_shard and not t.inp.is_stdin)
        serial = isinstance(self.executor, SerialExecutor)
        size = 1 if serial else files_per_task(left, self.executor.workers)
        first_alone = self.executor.first_alone
        group: list[Task] = []
        shard = 0
        for task in tasks:
            if task.inp.is_stdin or task.inp.is_shard:
                if group:
                    yield FilesUnit(group)
                    group = []
                if task.inp.is_stdin:
                    yield FilesUnit([task], local=True)
                else:
                    yield from self._batches(shard, task)
                    shard += 1
                continue
            group.append(task)
            if len(group) >= size or first_alone:
                first_alone = False
                yield FilesUnit(group)
                left -= len(group)
                group = []
                if not serial:
                    size = files_per_task(left, self.executor.workers)
        if group:
            yield FilesUnit(group)

    def _batches(self, number: int, task: Task):
        """The batches of one shard, read ahead by one so the last is marked."""
        from .documents import ShardBatch
        from .inputs import describe_read_error, open_shard, read_batches, read_errors

        try:
            fh = open_shard(task.inp.path)
        except OSError as exc:
            yield ShardBatch(number, task, None, True, describe_error(exc))
            return
        with fh:
            batches = read_batches(fh)
            try:
                batch = next(batches, None)
                while number not in self.dropped:
                    following = next(batches, None) if batch is not None else None
                    yield ShardBatch(number, task, batch, following is None)
                    if following is None:
                        return
                    batch = following
            except read_errors() as exc:
                yield ShardBatch(number, task, None, True, describe_read_error(exc))

    def _shard_result(self, unit, result) -> None:
        from .documents import ShardOutput

        number = unit.shard
        if number in self.dropped:
            return
        output = self.shards.get(number)
        try:
            if output is None:
                output = self.shards[number] = ShardOutput(unit.task, self.job.opts)
                output.open()
            if isinstance(result, WorkerFailed):
                error = result.reason
            else:
                error = result.error
            if error is None:
                output.write(result)
                if not unit.last:
                    return
                outcome = output.commit()
                del self.shards[number]
                self.apply(outcome)
                return
        except WriteError as exc:
            error = str(exc)
        output = self.shards.pop(number, None)
        if output is not None:
            output.discard()
        self.dropped.add(number)
        self.apply(Outcome(unit.task.inp.display, Status.FAILED, error))
