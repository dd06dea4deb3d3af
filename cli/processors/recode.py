"""Recode: decode legacy-encoded text with the encoding layer; the engine writes UTF-8."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result


class RecodeProcessor(Processor):
    """Decode one input; a cut final character becomes U+FFFD with a warning."""

    # decide binary-ness here, so UTF-16/32 without BOM is recoded, not skipped
    sniff_binary = False
    can_stream = True

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.encoding import decode

        text, det = decode(data, encoding=self.encoding, errors=self.errors)
        warnings = []
        if det.truncated:
            warnings.append(f"ends inside a {det.encoding} character; wrote U+FFFD for it")
        return Result(text, warnings=warnings, original_text=text)

    def stream(self, blocks, path: Path | None):
        """Recode a large input block by block; yields UTF-8.

        The encoding comes from the first block with a non-ASCII byte (see
        ``BlockDecoder``); a cut final character becomes U+FFFD, as above.
        """
        from zhtext.converters.encoding import BlockDecoder

        for text in BlockDecoder(self.encoding, self.errors).texts(blocks):
            yield text.encode("utf-8")
