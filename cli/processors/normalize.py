"""Normalize: whitespace normalization, the profile chosen by file name unless forced."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result

PROFILES = ("text", "markdown", "minimal", "verbatim")


class NormalizeProcessor(Processor):
    """bytes -> normalized UTF-8 text.  ``stream`` normalizes a large input block
    by block in bounded memory, with the same result as the whole-text call."""

    can_stream = True
    # A file whose whitespace needs no change is left as it is, whatever its
    # encoding (re-encoding is recode's job): the verbatim profile really
    # changes nothing, and the pre-commit hooks each do one job.
    skip_if_text_unchanged = True

    def __init__(self, profile: str | None = None, eol: str = "lf", indent: str = "strip",
                 max_blank_lines: int = 1, paragraphs: str = "keep",
                 encoding: str = "auto", errors: str = "strict"):
        self.profile = profile
        self.eol = eol
        self.indent = indent
        self.max_blank_lines = max_blank_lines
        self.paragraphs = paragraphs
        self.encoding = encoding
        self.errors = errors

    def options_for(self, path: Path | None) -> dict:
        """Keyword arguments of ``normalize`` for the input at ``path`` (None: stdin)."""
        from zhtext.converters.whitespace import profile_for_path

        return {
            "profile": self.profile or profile_for_path(path),
            "eol": self.eol,
            "indent": self.indent,
            "max_blank_lines": self.max_blank_lines,
            "paragraphs": self.paragraphs,
        }

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.whitespace import normalize

        from .decoding import decode_input

        text, det, warnings = decode_input(data, self.encoding, self.errors)
        return Result(normalize(text, **self.options_for(path)), warnings, original_text=text,
                      encoding=det.encoding)

    def stream(self, blocks, path: Path | None):
        """Yield the normalized UTF-8 of an input given as byte blocks."""
        from zhtext.converters.whitespace import Normalizer

        from .decoding import CountedBlocks, stream_through

        normalizer = Normalizer(**self.options_for(path))
        yield from stream_through(normalizer, CountedBlocks(self.encoding, self.errors), blocks)
