"""Normalize: whitespace normalization, the profile chosen by file name unless forced."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result

PROFILES = ("text", "markdown", "minimal")


class NormalizeProcessor(Processor):
    """bytes -> normalized UTF-8 text.  ``stream`` normalizes a large input block
    by block in bounded memory, with the same result as the whole-text call."""

    can_stream = True

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
        from zhtext.converters.encoding import decode
        from zhtext.converters.whitespace import normalize

        text, _ = decode(data, encoding=self.encoding, errors=self.errors)
        return Result(normalize(text, **self.options_for(path)), original_text=text)

    def stream(self, blocks, path: Path | None):
        """Yield the normalized UTF-8 of an input given as byte blocks."""
        from zhtext.converters.encoding import BlockDecoder
        from zhtext.converters.whitespace import Normalizer

        normalizer = Normalizer(**self.options_for(path))
        for text in BlockDecoder(self.encoding, self.errors).texts(blocks):
            out = normalizer.feed(text)
            if out:
                yield out.encode("utf-8")
        out = normalizer.finish()
        if out:
            yield out.encode("utf-8")
