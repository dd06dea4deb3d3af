"""Executors: map a function over work units and hand the results back in input order.

Three executors with one interface: :class:`SerialExecutor` (here),
:class:`ProcessExecutor` (``--jobs N``: worker processes) and
:class:`DaskExecutor` (``--cluster``).  ``map(fn, job, units)`` calls
``fn(job, unit, guard)`` for every unit, pulling units lazily with a bounded
number in flight, and yields ``(unit, result)`` in the order of ``units``;
a unit whose worker died yields a :class:`WorkerFailed` result instead.
Units marked ``local`` (standard input) always run in this process.  An
executor is a leaf: it knows nothing of files, outcomes or reports.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections import deque
from dataclasses import dataclass

from .model import UsageError, default_jobs, describe_error
from .interrupts import hold_interrupts, release_interrupts

# Files handed to a worker at a time, at most.
MAX_FILES_PER_TASK = 64
# Units in flight per worker (bounds memory here and there).
UNITS_PER_SLOT = 4
# How long to wait for a Dask scheduler to answer, in seconds.
CONNECT_TIMEOUT = 10


@dataclass(slots=True)
class WorkerFailed:
    """The result of a unit whose worker died (killed, out of memory, lost)."""

    reason: str


class ExecutorUnavailable(Exception):
    """The executor cannot start (unreachable scheduler, ...): one line, exit 3."""


def files_per_task(count: int, workers: int) -> int:
    """The size of the next group with ``count`` files left: a quarter of each
    worker's share balances the load; the cap bounds latency."""
    return max(1, min(MAX_FILES_PER_TASK, count // (max(1, workers) * 4)))


def _null_guard():
    import contextlib

    return contextlib.nullcontext(False)


class SerialExecutor:
    """Every unit in this process, one after another."""

    workers = 1
    first_alone = False
    #: Workers start as copies of this process (forked), so what it loads they have.
    inherits = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return None

    def map(self, fn, job, units):
        for unit in units:
            yield unit, fn(job, unit, _null_guard)


# -- worker processes -------------------------------------------------------

_WORKER_STATE = None
_WORKER_STOP = False
_WORKER_BUSY = threading.Lock()  # held while a worker processes a file
PARENT_POLL_SECONDS = 0.2


def _worker_init(fn, job) -> None:
    """Runs once in each worker: keep the function and the job, turn Ctrl-C and
    SIGTERM into a stop flag, and watch the parent.

    A worker never dies half-way through a file: on SIGINT or SIGTERM it
    finishes the file in hand and returns what it has done; if the main
    process is gone (killed, or dead of SIGPIPE under ``| head``), it
    finishes the file in hand and exits instead of waiting forever on a
    task queue whose write end it inherited.
    """
    global _WORKER_STATE
    _WORKER_STATE = (fn, job)
    signal.signal(signal.SIGINT, _worker_on_signal)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _worker_on_signal)
    if hasattr(signal, "pthread_sigmask"):  # (forked with them held back: see _Pool.submit)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
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


class _WorkerGuard:
    """Held around each file in a worker: says stop once a signal came."""

    def __enter__(self) -> bool:
        _WORKER_BUSY.acquire()
        return _WORKER_STOP

    def __exit__(self, *exc_info) -> None:
        _WORKER_BUSY.release()


def _worker_call(unit):
    fn, job = _WORKER_STATE
    return fn(job, unit, _WorkerGuard)


def _mp_context():
    import multiprocessing

    # fork (Linux) lets workers inherit what the first unit loaded; it is
    # safe here because no other thread runs yet when the workers start.
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


class ProcessExecutor:
    """Worker processes (``--jobs N``).  The first unit runs here first: it loads
    the processor's caches once, and forked workers inherit them."""

    first_alone = True

    def __init__(self, jobs: int):
        self.workers = jobs

    @property
    def inherits(self) -> bool:
        return _mp_context() is not None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return None

    def map(self, fn, job, units):
        units = iter(units)
        for unit in units:
            yield unit, fn(job, unit, _null_guard)
            if not getattr(unit, "local", False):
                break
        context = _mp_context()
        if context is not None:
            import gc

            # Forked workers share the loaded dictionaries copy-on-write; keep the
            # collector from touching (and so copying) them in every worker.
            gc.freeze()
        pool = _Pool(self.workers, context, fn, job)
        window: deque = deque()
        try:
            for unit in units:
                window.append((unit, None if getattr(unit, "local", False) else pool.submit(unit)))
                while len(window) >= self.workers * UNITS_PER_SLOT:
                    yield self._result(fn, job, pool, *window.popleft())
            while window:
                yield self._result(fn, job, pool, *window.popleft())
        except KeyboardInterrupt:
            for _, future in window:
                if future is not None:
                    future.cancel()
            pool.interrupt()
            raise
        finally:
            pool.shutdown()
            if context is not None:
                import gc

                gc.unfreeze()

    @staticmethod
    def _result(fn, job, pool, unit, future):
        if future is None:
            return unit, fn(job, unit, _null_guard)
        from concurrent.futures.process import BrokenProcessPool

        try:
            result = future.result()
            pool.made_by.pop(id(future), None)
            return unit, result
        except BrokenProcessPool:
            # A dying worker breaks the whole pool: every unit still in it fails
            # with it.  Each is run once more in a fresh pool, so only the unit
            # that kills a worker again is reported as failed.
            try:
                return unit, pool.submit(unit, broken=future).result()
            except Exception as exc:
                return unit, WorkerFailed(f"worker process failed: {describe_error(exc)}")
        except Exception as exc:  # a worker died (killed, out of memory)
            pool.made_by.pop(id(future), None)
            return unit, WorkerFailed(f"worker process failed: {describe_error(exc)}")


class _Pool:
    """A process pool that is made anew when a dead worker has broken it."""

    def __init__(self, workers: int, context, fn, job):
        self.workers = workers
        self.context = context
        self.init = (fn, job)
        self.executor = None
        self.generation = 0  # how many pools were made
        self.made_by: dict[int, int] = {}  # id(future) -> the generation of its pool

    def submit(self, unit, broken=None):
        """Submit ``unit``.  ``broken``: a future that failed with its pool; if that
        pool is the current one, a new pool replaces it first."""
        from concurrent.futures.process import BrokenProcessPool

        if broken is not None and self.made_by.pop(id(broken), None) == self.generation:
            self._renew()
        if self.executor is None:
            self._renew()
        # Ctrl-C and SIGTERM are held back while a submit may fork the workers: a worker forked
        # before its initializer ran would meet a signal with the parent's handler and die
        # half-started, leaving the pool to wait on it; held, the signal waits for the worker's own
        # handler (and, in this process, for the end of the submit)
        held = hold_interrupts()
        try:
            try:
                future = self.executor.submit(_worker_call, unit)
            except BrokenProcessPool:
                self._renew()
                future = self.executor.submit(_worker_call, unit)
        finally:
            release_interrupts(held)
        self.made_by[id(future)] = self.generation
        return future

    def _renew(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context,
                                            initializer=_worker_init, initargs=self.init)
        self.generation += 1

    def interrupt(self) -> None:
        """Tell workers that did not see the Ctrl-C (it went to us alone) to stop."""
        for proc in list((getattr(self.executor, "_processes", None) or {}).values()):
            try:
                os.kill(proc.pid, signal.SIGINT)
            except (OSError, AttributeError):
                pass

    def shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


# -- Dask ---------------------------------------------------------------------


@dataclass(slots=True)
class ClusterSpec:
    """What ``--cluster`` asked for."""

    kind: str  # "local", "address" or "file"
    workers: int = 0  # for "local"
    address: str = ""  # for "address" and "file"


def parse_cluster(value: str) -> ClusterSpec:
    """``local``, ``local:N``, a scheduler file or an address; UsageError otherwise."""
    import re

    value = value.strip()
    if value == "local" or value.startswith("local:"):
        if value == "local":
            return ClusterSpec("local", default_jobs())
        count = value[len("local:"):]
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--cluster {value}: expected local:N with N a number of workers, 1 or more")
        return ClusterSpec("local", int(count))
    if value.lower().endswith(".json"):
        if not os.path.isfile(value):
            raise UsageError(f"--cluster {value}: no such scheduler file")
        return ClusterSpec("file", address=os.path.abspath(value))
    # A host needs its port: without one the client would wait for a scheduler on a guessed port.
    address = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9a-f:.]+\]|[^\s/:\[\]]+):\d{1,5}$", re.IGNORECASE)
    if not value or not address.match(value):
        raise UsageError(
            f"--cluster {value!r}: expected a scheduler address with its port (tcp://HOST:PORT, "
            "for example tcp://127.0.0.1:8786), a scheduler file (.json), local or local:N"
        )
    return ClusterSpec("address", address=value)


def local_cluster(workers: int):
    """A LocalCluster of ``workers`` single-threaded processes on the loopback interface."""
    import dask
    from distributed import LocalCluster

    # The workers' statistical profiler (a stack sample every 10 ms) costs
    # about a fifth of their CPU on this work: off.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None, silence_logs=QUIET,
        )


# Above every logging level: the workers print nothing of their own.
QUIET = 100
DASK_LOGGERS = ("distributed", "dask", "tornado", "asyncio")


def silence_dask_logs() -> None:
    """Dask's own log lines never reach zhtext's stderr (a heartbeat CommClosedError at
    shutdown, "Couldn't gather 1 keys, rescheduling"): what matters reaches the
    report as zhtext's own lines (a lost worker's files fail, one line each)."""
    import logging

    names = [n for n in list(logging.root.manager.loggerDict) if n.split(".")[0] in DASK_LOGGERS]
    for name in {*names, *DASK_LOGGERS}:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = name not in DASK_LOGGERS  # up to the top logger, and no further
        if name in DASK_LOGGERS:
            logger.addHandler(logging.NullHandler())


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _identity(job):
    return job


def _dask_call(fn, job, unit):
    return fn(job, unit, _null_guard)


class DaskExecutor:
    """Units as Dask tasks.  The job is the result of one task that every other
    depends on: each worker receives it once and keeps it (with the caches its
    processor fills) for the whole run; if the worker holding it is lost, the
    scheduler computes it again.  Dask is imported only here."""

    first_alone = False
    inherits = False

    def __init__(self, spec: ClusterSpec):
        self.spec = spec
        self.cluster = self.client = None
        self.workers = 1

    def __enter__(self):
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            raise UsageError("--cluster needs Dask: pip install 'zhtext[dask]'")
        spec = self.spec
        try:
            from distributed import Client

            silence_dask_logs()

            if spec.kind == "local":
                self.cluster = local_cluster(spec.workers)
                self.client = Client(self.cluster, set_as_default=False)
                self.client.wait_for_workers(spec.workers)
            elif spec.kind == "file":
                self.client = Client(scheduler_file=spec.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            else:
                self.client = Client(spec.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except Exception as exc:  # unreachable scheduler, no free port, ...
            self.__exit__()
            what = ("cannot start a local cluster" if spec.kind == "local"
                    else f"cannot reach the Dask scheduler at {spec.address}")
            raise ExecutorUnavailable(f"{what}: {_reason(exc)}") from None
        except BaseException:
            self.__exit__()
            raise
        silence_dask_logs()  # again: starting a cluster configures Dask's loggers anew
        self.workers = self._slots()
        return self

    def __exit__(self, *exc_info):
        try:
            if self.client is not None:
                self.client.close()
        finally:
            self.client = None
            if self.cluster is not None:
                self.cluster.close()
                self.cluster = None

    def _slots(self) -> int:
        """Worker threads of the cluster now (at least 1: workers may join later)."""
        try:
            workers = self.client.scheduler_info().get("workers", {})
            return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
        except Exception:
            return 1

    def map(self, fn, job, units):
        client = self.client
        job_future = client.submit(_identity, job, pure=False)
        window: deque = deque()
        limit = max(4, 2 * self.workers)
        try:
            for unit in units:
                if getattr(unit, "local", False):
                    window.append((unit, None))
                else:
                    window.append((unit, client.submit(_dask_call, fn, job_future, unit, pure=False)))
                while len(window) >= limit:
                    yield self._result(fn, job, *window.popleft())
            while window:
                yield self._result(fn, job, *window.popleft())
        except BaseException:
            try:
                client.cancel([f for _, f in window if f is not None] + [job_future])
            except Exception:  # the client may be gone already; the cluster is closed next
                pass
            raise

    @staticmethod
    def _result(fn, job, unit, future):
        if future is None:
            return unit, fn(job, unit, _null_guard)
        try:
            result = future.result()
        except Exception as exc:  # lost too many workers (KilledWorker), cancelled, ...
            reason = describe_error(exc) if isinstance(exc, OSError) else _reason(exc)
            result = WorkerFailed(f"worker process failed: {reason}")
        future.release()
        return unit, result
