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
def get_converter(config: str, user_dicts: tuple[str, ...] = (), engine: str = "zhtext",
                  phrases: tuple[str, ...] = ()):
    """One converter per (engine, config, dictionaries, phrase sets) and process."""
    if engine == "reimplemented":
        from opencc import OpenCC  # opencc-python-reimplemented

        return OpenCC(config)
    from zhtext.converters.opencc import Converter

    return Converter(config, user_dicts=list(user_dicts), phrases=phrases)


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
                 errors: str = "strict", phrases=(), quotes: str = "keep"):
        self.config = config
        self.user_dicts = tuple(user_dicts)
        self.engine = engine
        self.encoding = encoding
        self.errors = errors
        self.phrases = tuple(phrases)
        self.quotes = quotes

    def converter(self):
        return get_converter(self.config, self.user_dicts, self.engine, self.phrases)

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.encoding import decode

        text, _ = decode(data, encoding=self.encoding, errors=self.errors)
        converted = self.converter().convert(text)
        if self.quotes != "keep":
            from zhtext.converters.quotes import convert_quotes

            converted = convert_quotes(converted, self.quotes)
        return Result(converted, original_text=text)

    def stream(self, blocks, path: Path | None):
        """Convert a large input block by block, cutting at line ends; yields UTF-8."""
        from zhtext.converters.encoding import BlockDecoder

        texts = BlockDecoder(self.encoding, self.errors).texts(blocks)
        converter = self.converter()
        if not hasattr(converter, "convert_stream"):  # opencc-python-reimplemented
            return stream_lines(texts, converter.convert)
        pieces = converter.convert_stream(texts)
        if self.quotes != "keep":
            from zhtext.converters.quotes import convert_quotes_stream

            pieces = convert_quotes_stream(pieces, self.quotes)
        return (piece.encode("utf-8") for piece in pieces)


def format_ambiguity(display: str, finding, fmt: str = "text") -> str:
    """One ambiguity as a line: ``text`` is ``FILE:LINE:COL: 发 -> 發 (發|髮): …context…``;
    ``gcc``, ``json`` and ``github`` are the lint formats (rule ``ambiguity``)."""
    if fmt == "text":
        return f"{display}:{finding.line}:{finding.column}: {finding.describe()}"
    from ..batch.lint import Finding, format_finding

    return format_finding(fmt, display, Finding(finding.line, finding.column, "ambiguity", finding.describe()))


class AmbiguityProcessor(ConvertProcessor):
    """Decode one input and list its undecided one-to-many conversions (writes nothing).

    The result's text is one line per finding (``fmt``: text, gcc, json,
    github); its data the :class:`zhtext.converters.opencc.ambiguity.Ambiguity`
    records, for the summary.
    """

    skip_if_text_unchanged = False
    stdout_when_many = True
    can_stream = False
    inspects = True

    def __init__(self, config: str, user_dicts=(), engine: str = "zhtext", encoding: str = "auto",
                 errors: str = "strict", phrases=(), fmt: str = "text"):
        super().__init__(config, user_dicts, engine, encoding, errors, phrases)
        self.fmt = fmt

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.encoding import decode

        text, _ = decode(data, encoding=self.encoding, errors=self.errors)
        findings = self.converter().ambiguities(text)
        display = str(path) if path is not None else "<stdin>"
        lines = "".join(format_ambiguity(display, f, self.fmt) + "\n" for f in findings)
        return Result(lines, data=findings)
