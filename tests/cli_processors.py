"""Small picklable processors for the runner tests (module level, plain attributes)."""

from __future__ import annotations

import time

from zhtext.cli.runner import Result
from zhtext.converters.errors import ZhtextError


class Upper:
    """UTF-8 text to upper case; a file holding 'BAD' fails, 'BUG' hits a bug,
    'STOP' raises KeyboardInterrupt (a Ctrl-C in the middle of a batch)."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def __call__(self, data: bytes) -> Result:
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


class Recode:
    """Decodes GBK, writes UTF-8: the bytes change, the text does not."""

    skip_if_text_unchanged = False

    def __call__(self, data: bytes) -> Result:
        text = data.decode("gbk")
        return Result(text, [], original_text=text)


class TextOnly(Recode):
    skip_if_text_unchanged = True
