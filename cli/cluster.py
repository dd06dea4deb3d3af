"""Running the runner's tasks on a Dask cluster (``--cluster ADDRESS``).

The runner plans the run as usual (inputs, targets, duplicates) and hands
the tasks here.  Files are grouped into tasks of many files, as for
``--jobs``, and each group runs :func:`zhtext.cli.runner._process` on a
worker: the same reading, processing and atomic writing, the same
:class:`Outcome` objects, reported here in input order through the one
:class:`Report`, so output bytes, messages and exit codes are those of a
local run.  JSON Lines shards are streamed by this process: read in line
batches, transformed by the workers (:func:`zhtext.cli.jsonl.transform_batch`),
written back in order, with a bounded number of batches in flight.

``ADDRESS`` is a scheduler address (``tcp://host:8786``), a scheduler file
(``*.json``, as written by ``dask scheduler --scheduler-file``), ``local``
(a :class:`distributed.LocalCluster` with one worker process per CPU) or
``local:N`` (N worker processes, one thread each).  Workers of a remote
cluster need zhtext installed and the same paths: inputs and outputs are
passed as absolute paths, so they must be on a shared file system.

The processor travels once: it is the result of one task that every other
task depends on, so each worker receives it once and keeps it (with the
dictionaries it loads in its module caches) for the whole run; if the
worker holding it is lost, the scheduler computes it again.  A lost worker's
tasks are run again elsewhere (writes are atomic, so an output is never
half-written); a group whose workers keep dying (``KilledWorker``) fails
its files, one line each, like a dead ``--jobs`` worker.

Dask is imported only here, only when ``--cluster`` is given.
"""

from __future__ import annotations

import os
import re
import sys
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path

import click

# Line batches of shards in flight per worker thread (bounds memory here and there).
BATCHES_PER_SLOT = 2
# A shard's line batch on a cluster: small enough to spread one shard over
# the workers, big enough that scheduling (a few ms a task) stays negligible.
SHARD_BATCH_LINES = 200
SHARD_BATCH_BYTES = 256 * 1024
# How long to wait for a scheduler to answer, in seconds.
CONNECT_TIMEOUT = 10

_ADDRESS = re.compile(r"^([a-z][a-z0-9+.-]*://)?[^\s/:]+(:\d+)?$|^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class ClusterSpec:
    """What ``--cluster`` asked for."""

    kind: str  # "local", "address" or "file"
    workers: int = 0  # for "local"
    address: str = ""  # for "address" and "file"


def parse_cluster(value: str) -> ClusterSpec:
    """``local``, ``local:N``, a scheduler file or an address; UsageError otherwise."""
    value = value.strip()
    if value == "local" or value.startswith("local:"):
        if value == "local":
            from .runner import default_jobs

            return ClusterSpec("local", default_jobs())
        count = value[len("local:"):]
        if not count.isdigit() or int(count) < 1:
            raise click.UsageError(f"--cluster {value}: expected local:N with N a number of workers, 1 or more")
        return ClusterSpec("local", int(count))
    if value.lower().endswith(".json"):
        if not os.path.isfile(value):
            raise click.UsageError(f"--cluster {value}: no such scheduler file")
        return ClusterSpec("file", address=os.path.abspath(value))
    if not value or not _ADDRESS.match(value):
        raise click.UsageError(
            f"--cluster {value!r}: expected a scheduler address (tcp://HOST:PORT), "
            "a scheduler file (.json), local or local:N"
        )
    return ClusterSpec("address", address=value)


@dataclass
class Job:
    """The processor and the output options, shipped once to each worker."""

    processor: object
    opts: object


# -- on the workers ---------------------------------------------------------


def _job(job: Job) -> Job:
    return job


def _run_files(job: Job, tasks: list) -> list:
    """A group of files on a worker: the runner's own per-file step."""
    from .runner import _process

    return [_process(task, job.processor, job.opts) for task in tasks]


def _run_lines(job: Job, display: str, batch):
    """A batch of a shard's lines on a worker."""
    from .jsonl import transform_batch

    return transform_batch(job.processor, batch, job.opts.text_field, job.opts.diff, display)


# -- here ---------------------------------------------------------------------


def run_tasks(tasks: list, processor, opts, report) -> int:
    """Run planned tasks on the cluster ``opts.cluster``; returns the exit code."""
    from .report import EXIT_FAILED
    from .runner import _apply, _process

    spec = parse_cluster(opts.cluster)
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise click.UsageError("--cluster needs Dask: pip install 'zhtext[dask]'")
    if opts.output and opts.output != "-":
        # Workers may run in another folder: the output root is absolute too.
        opts = replace(opts, output=os.path.abspath(opts.output))
    from .runner import run_interruptibly

    def work():
        for task in tasks:
            if task.inp.is_stdin:  # read here, like the runner does
                _apply(report, _process(task, processor, opts))
        files = [_absolute(t) for t in tasks if not t.inp.is_stdin]
        if not files:
            return None
        try:
            session = _Session(spec)
        except Exception as exc:  # unreachable scheduler, no free port, ...
            report.stop_progress()
            what = ("cannot start a local cluster" if spec.kind == "local"
                    else f"cannot reach the Dask scheduler at {spec.address}")
            sys.stderr.write(f"zhtext: error: {what}: {_reason(exc)}\n")
            report.print_summary()
            return EXIT_FAILED
        # Ctrl-C or SIGTERM cancels the tasks and closes the cluster; every
        # output is whole or absent (writes are atomic).
        with session:
            report.start_progress(len(files))
            _Run(session.client, Job(processor, opts), opts, report).run(files)
        return None

    return run_interruptibly(work, report)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _absolute(task):
    """Absolute input and output paths: workers may run in another folder."""
    inp = replace(task.inp, path=Path(os.path.abspath(task.inp.path)))
    target = Path(os.path.abspath(task.target)) if task.target is not None else None
    return replace(task, inp=inp, target=target)


def local_cluster(workers: int):
    """A LocalCluster of ``workers`` single-threaded processes on the loopback interface."""
    import logging

    import dask
    from distributed import LocalCluster

    # The workers' statistical profiler (a stack sample every 10 ms) costs
    # about a fifth of their CPU on this work: off.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
        )


class _Session:
    """A client on the cluster asked for (a LocalCluster is started and stopped here)."""

    def __init__(self, spec: ClusterSpec):
        from distributed import Client

        self.cluster = None
        if spec.kind == "local":
            self.cluster = local_cluster(spec.workers)
            try:
                self.client = Client(self.cluster, set_as_default=False)
                self.client.wait_for_workers(spec.workers)
            except BaseException:
                self.cluster.close()
                raise
        elif spec.kind == "file":
            self.client = Client(scheduler_file=spec.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        else:
            self.client = Client(spec.address, timeout=CONNECT_TIMEOUT, set_as_default=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


class _Run:
    """Submits the groups of files and the shard batches, reports outcomes in input order."""

    def __init__(self, client, job: Job, opts, report):
        self.client = client
        self.opts = opts
        self.report = report
        self.slots = _slots(client)
        # The job is the result of one task: sent once, kept by each worker
        # that needs it, recomputed if the worker holding it is lost.
        self.job = client.submit(_job, job, pure=False)
        self.window = max(4, BATCHES_PER_SLOT * self.slots)
        self.inflight: deque = deque()  # (shard number, future | _END | _Fail)
        self.pending = 0  # futures in self.inflight
        self.dropped: set[int] = set()  # shards that failed: read no further
        self._feed = None

    def run(self, tasks: list) -> None:
        from .jsonl import is_shard
        from .runner import _files_per_task

        shards = [t for t in tasks if is_shard(t.inp.path)]
        plain = [t for t in tasks if not is_shard(t.inp.path)]
        size = _files_per_task(len(plain), self.slots)
        # Units in input order: a group of consecutive files, or one shard.
        units: list = []
        group: list = []
        shard_no = 0
        for task in tasks:
            if is_shard(task.inp.path):
                if group:
                    units.append(("files", group))
                    group = []
                units.append(("shard", (shard_no, task)))
                shard_no += 1
                continue
            group.append(task)
            if len(group) >= size:
                units.append(("files", group))
                group = []
        if group:
            units.append(("files", group))
        futures = []
        try:
            for kind, payload in units:
                if kind == "files":
                    futures.append(self.client.submit(_run_files, self.job, payload, pure=False))
            self._feed = self._shard_feed(shards)
            files = iter(futures)
            for kind, payload in units:
                self._top_up()
                if kind == "files":
                    self._files(payload, next(files))
                else:
                    self._shard(*payload)
        except BaseException:
            try:
                self.client.cancel(futures + [f for _, f in self.inflight if _is_future(f)])
            except Exception:  # the client may be gone already; the cluster is closed next
                pass
            raise

    # -- groups of files

    def _files(self, group: list, future) -> None:
        from .runner import Outcome, _apply, describe_error

        try:
            outcomes = future.result()
        except Exception as exc:  # lost too many workers (KilledWorker), cancelled, ...
            reason = f"worker process failed: {_reason(exc) if not isinstance(exc, OSError) else describe_error(exc)}"
            outcomes = [Outcome(t.inp.display, "failed", reason) for t in group]
        future.release()
        for outcome in outcomes:
            _apply(self.report, outcome)

    # -- shards

    def _shard_feed(self, shards: list):
        """Line batches of every shard, in input order, submitted to the workers."""
        import zlib

        from .jsonl import open_shard, read_batches, read_error
        from .runner import describe_error

        for number, task in enumerate(shards):
            display = task.inp.display
            try:
                fh = open_shard(task.inp.path)
            except OSError as exc:
                yield number, _Fail(describe_error(exc))
                continue
            with fh:
                batches = read_batches(fh, SHARD_BATCH_LINES, SHARD_BATCH_BYTES)
                while number not in self.dropped:
                    try:
                        batch = next(batches, None)
                    except (OSError, EOFError, zlib.error) as exc:
                        yield number, _Fail(read_error(exc))
                        break
                    if batch is None:
                        yield number, _END
                        break
                    yield number, self.client.submit(_run_lines, self.job, display, batch,
                                                     pure=False, priority=1)

    def _top_up(self) -> None:
        while self.pending < self.window:
            item = next(self._feed, None)
            if item is None:
                return
            self.inflight.append(item)
            if _is_future(item[1]):
                self.pending += 1

    def _shard(self, number: int, task) -> None:
        from .jsonl import ShardWriteError, ShardWriter
        from .runner import Outcome, _apply

        display = task.inp.display
        try:
            writer = ShardWriter(task.inp, task.target, self.opts)
        except ShardWriteError as exc:
            self._drop(number)
            _apply(self.report, Outcome(display, "failed", str(exc)))
            return
        try:
            outcome = None
            while outcome is None:
                if not self.inflight:
                    self._top_up()
                got, item = self.inflight.popleft()
                assert got == number, (got, number)
                if item is _END:
                    outcome = writer.commit()
                    break
                if isinstance(item, _Fail):
                    writer.discard()
                    outcome = Outcome(display, "failed", item.reason)
                    break
                self.pending -= 1
                try:
                    result = item.result()
                except Exception as exc:
                    result = None
                    error = f"worker process failed: {_reason(exc)}"
                item.release()
                self._top_up()
                if result is not None and result.error is None:
                    writer.write(result)
                    continue
                writer.discard()
                self._drop(number)
                outcome = Outcome(display, "failed", result.error if result is not None else error)
        except ShardWriteError as exc:
            writer.discard()
            self._drop(number)
            outcome = Outcome(display, "failed", str(exc))
        except BaseException:
            writer.discard()
            raise
        _apply(self.report, outcome)

    def _drop(self, number: int) -> None:
        """Stop reading a failed shard and cancel its batches in flight."""
        self.dropped.add(number)
        while self.inflight and self.inflight[0][0] == number:
            _, item = self.inflight.popleft()
            if _is_future(item):
                self.pending -= 1
                item.cancel()


class _Fail:
    def __init__(self, reason: str):
        self.reason = reason


_END = object()


def _is_future(item) -> bool:
    return item is not _END and not isinstance(item, _Fail)


def _slots(client) -> int:
    """Worker threads of the cluster now (at least 1: workers may join later)."""
    try:
        workers = client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
    except Exception:
        return 1
