"""Processors for the Dask tests: module level and picklable, so worker processes can load them."""

from __future__ import annotations

import os
from pathlib import Path

from zhtext.cli.batch.model import Processor


class KillOnce(Processor):
    """Wraps a processor; the first time it meets ``victim`` it kills its own process.

    ``victim`` is a file name, or for documents of a shard (no path) a string
    in the text.  ``marker`` is a file that records the kill, so the task
    Dask runs again on another (or a restarted) worker goes through.
    """

    def __init__(self, inner, marker: str, victim: str):
        self.inner = inner
        self.marker = marker
        self.victim = victim

    def output_relative(self, relative):
        return self.inner.output_relative(relative)

    def process(self, data: bytes, path=None):
        hit = Path(path).name == self.victim if path is not None else self.victim.encode("utf-8") in data
        if hit and not os.path.exists(self.marker):
            with open(self.marker, "w") as fh:
                fh.write(str(os.getpid()))
            os._exit(1)  # the worker process dies in the middle of its task
        return self.inner.process(data, path)
