"""Recode: decode legacy-encoded text with the encoding layer; the engine writes UTF-8.

An encoding declaration in the file (a Python coding cookie, an HTML meta
charset, an XML declaration, a CSS @charset) is rewritten to UTF-8 in the
same write; a file whose declaration cannot be rewritten safely is skipped
with a note rather than left contradicting itself.
"""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result


# Of a streamed (large) input, the declarations are looked for in this much
# text at its start (cut at a line end): cookies are on line 1 or 2, XML and
# CSS declarations at the very start, a meta charset in the head.
DECLARATION_HEAD_CHARS = 1 << 20


def declare_utf8(text: str, path: Path | None, recoded: bool) -> str:
    """``text`` with its encoding declarations saying UTF-8.  A declaration
    that cannot be rewritten skips the file (DeclarationError) when the file
    is being recoded; a UTF-8 file stays as it is then."""
    from zhtext.converters.declarations import DeclarationError, declare_utf8 as rewrite

    try:
        return rewrite(text, path)[0]
    except DeclarationError as exc:
        if recoded:
            raise DeclarationError(f"not recoded: {exc}") from None
        return text


class RecodeProcessor(Processor):
    """Decode one input; a cut final character becomes U+FFFD with a warning;
    encoding declarations say UTF-8 afterwards."""

    # decide binary-ness here, so UTF-16/32 without BOM is recoded, not skipped
    sniff_binary = False
    can_stream = True

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors

    def process(self, data: bytes, path: Path | None) -> Result:
        from .decoding import decode_input

        text, det, warnings = decode_input(data, self.encoding, self.errors)
        new = declare_utf8(text, path, recoded=text.encode("utf-8") != data)
        return Result(new, warnings=warnings, original_text=text, encoding=det.encoding)

    def stream(self, blocks, path: Path | None):
        """Recode a large input block by block; yields UTF-8.

        The encoding comes from the first block with a non-ASCII byte (see
        ``BlockDecoder``); a cut final character becomes U+FFFD, as above.
        """
        from .decoding import CountedBlocks

        decoder = CountedBlocks(self.encoding, self.errors)
        texts = iter(decoder.texts(blocks))
        head = []
        size = 0
        for text in texts:
            head.append(text)
            size += len(text)
            if size >= DECLARATION_HEAD_CHARS:
                break
        joined = "".join(head)
        cut = joined.rfind("\n", 0, DECLARATION_HEAD_CHARS) + 1 or len(joined)
        # the declaration is checked before anything is written
        det = decoder.decoder.detection
        recoded = det is None or det.encoding != "utf-8" or det.bom
        yield declare_utf8(joined[:cut], path, recoded=recoded).encode("utf-8")
        if cut < len(joined):
            yield joined[cut:].encode("utf-8")
        for text in texts:
            yield text.encode("utf-8")
        warnings = decoder.warnings()
        if warnings:  # substitutions, counted over the whole input
            yield Result("", warnings)
