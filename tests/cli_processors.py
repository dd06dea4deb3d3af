"""Small picklable processors for the batch-engine tests (module level, plain attributes),
and ``run_options``: RunOptions from the command-line flags."""

from __future__ import annotations

import time

from zhtext.cli.batch.model import Processor, Result, RunOptions, WriteMode
from zhtext.converters.errors import ZhtextError


class Upper(Processor):
    """UTF-8 text to upper case; a file holding 'BAD' fails, 'BUG' hits a bug,
    'STOP' raises KeyboardInterrupt (a Ctrl-C in the middle of a batch)."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def process(self, data: bytes, path=None) -> Result:
        text = data.decode("utf-8")
        if "BAD" in text:
            raise ZhtextError("bad marker in text")
        if "BUG" in text:
            raise TypeError("processor bug")
        if "STOP" in text:
            raise KeyboardInterrupt
        if self.delay:
            time.sleep(self.delay)
        return Result(text.upper(), ["note"] if "warn" in text else [], original_text=text)


class Prepared(Processor):
    """Writes what :meth:`prepare` was told (None if it was not called) and the
    process id: shows which process prepared and which ones inherited it."""

    def __init__(self):
        self.prepared = None
        self.prepared_in = None

    def prepare(self, batch_bytes: int) -> None:
        import os

        self.prepared, self.prepared_in = batch_bytes, os.getpid()

    def process(self, data: bytes, path=None) -> Result:
        import os

        text = f"{self.prepared} {self.prepared_in} {os.getpid()}\n"
        return Result(text, [], original_text=data.decode("utf-8"))


class Recode(Processor):
    """Decodes GBK, writes UTF-8: the bytes change, the text does not."""

    skip_if_text_unchanged = False

    def process(self, data: bytes, path=None) -> Result:
        text = data.decode("gbk")
        return Result(text, [], original_text=text)


class TextOnly(Recode):
    skip_if_text_unchanged = True


def run_options(in_place: bool = False, check: bool = False, diff: bool = False, output: str | None = None,
                **kwargs) -> RunOptions:
    """RunOptions as the command-line flags give them (conflicting flags: UsageError)."""
    return RunOptions(mode=WriteMode.from_flags(in_place=in_place, check=check, diff=diff, output=output),
                      output=output, **kwargs)
