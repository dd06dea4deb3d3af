"""Convert: decode an input and convert its script with an OpenCC configuration."""

from __future__ import annotations

import functools
from pathlib import Path

from ..batch.model import Processor, Result

# Kept here (not imported from the library) so `--help` loads no dictionary code.
CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)
REIMPLEMENTED_CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk")
# A line longer than this many characters is cut anyway when streaming line by line.
MAX_PENDING = 4 * 1024 * 1024


@functools.cache
def get_converter(config: str, user_dicts: tuple[str, ...] = (), engine: str = "zhtext"):
    """One converter per (engine, config, dictionaries) and process."""
    if engine == "reimplemented":
        from opencc import OpenCC  # opencc-python-reimplemented

        return OpenCC(config)
    from zhtext.converters.opencc import Converter

    return Converter(config, user_dicts=list(user_dicts))


def stream_lines(texts, transform, max_pending: int = MAX_PENDING):
    """Apply a line-local ``transform`` to a stream of text pieces, cutting at line ends.

    Yields UTF-8 bytes.  A line longer than ``max_pending`` characters is cut
    anyway so memory stays bounded.
    """
    pending = ""
    for text in texts:
        pending += text
        cut = pending.rfind("\n")
        done, pending = (pending[:cut + 1], pending[cut + 1:]) if cut >= 0 else ("", pending)
        if not done and len(pending) > max_pending:
            done, pending = pending, ""
        if done:
            yield transform(done).encode("utf-8")
    if pending:
        yield transform(pending).encode("utf-8")


class ConvertProcessor(Processor):
    """Decode one input and convert it."""

    # A file whose text needs no conversion is left as it is, whatever its
    # encoding (re-encoding is recode's job): right for the pre-commit hook.
    skip_if_text_unchanged = True
    can_stream = True

    def __init__(self, config: str, user_dicts=(), engine: str = "zhtext", encoding: str = "auto",
                 errors: str = "strict"):
        self.config = config
        self.user_dicts = tuple(user_dicts)
        self.engine = engine
        self.encoding = encoding
        self.errors = errors

    def converter(self):
        return get_converter(self.config, self.user_dicts, self.engine)

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.encoding import decode

        text, _ = decode(data, encoding=self.encoding, errors=self.errors)
        return Result(self.converter().convert(text), original_text=text)

    def stream(self, blocks, path: Path | None):
        """Convert a large input block by block, cutting at line ends; yields UTF-8."""
        from zhtext.converters.encoding import BlockDecoder

        texts = BlockDecoder(self.encoding, self.errors).texts(blocks)
        converter = self.converter()
        if not hasattr(converter, "convert_stream"):  # opencc-python-reimplemented
            return stream_lines(texts, converter.convert)
        return (piece.encode("utf-8") for piece in converter.convert_stream(texts))
