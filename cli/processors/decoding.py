"""Decoding an input for a processor, with one warning for the U+FFFD it had to write.

Every command that decodes reports every substitution the same way: one
warning line naming the file and the count (a cut final character,
``--errors replace``, a saved page's undecodable bytes), never silently.
"""

from __future__ import annotations

import codecs
import re

FFFD = "\ufffd"


def genuine_fffd(data: bytes, encoding: str) -> int:
    """How many U+FFFD the bytes themselves hold (encoded, not substituted)."""
    try:
        return data.decode(encoding, "surrogateescape").count(FFFD)
    except (LookupError, UnicodeError):
        return 0


def fffd_warning(count: int, encoding: str, truncated: bool = False) -> str:
    """The one warning line for ``count`` substitutions."""
    why = f"the input ends inside a {encoding} character" if truncated else f"read as {encoding}"
    return f"{count} undecodable byte sequence(s) became U+FFFD ({why})"


def decode_input(data: bytes, encoding: str = "auto", errors: str = "strict"):
    """``(text, detection, warnings)``: the encoding layer's decode, substitutions counted."""
    from zhtext.converters.encoding import decode

    text, det = decode(data, encoding=encoding, errors=errors)
    warnings = []
    if FFFD in text:
        count = text.count(FFFD) - genuine_fffd(data, det.encoding)
        if count > 0:
            warnings.append(fffd_warning(count, det.encoding, det.truncated))
    return text, det, warnings


_PAGE_WARNING = re.compile(r"^undecodable bytes replaced with U\+FFFD \(read as ([\w.-]+)\)$")


def count_page_warnings(warnings, data: bytes) -> list[str]:
    """A saved page's "undecodable bytes replaced" warning, with the count added."""
    out = []
    for warning in warnings:
        m = _PAGE_WARNING.match(warning)
        if m:
            try:
                count = data.decode(m.group(1), "replace").count(FFFD) - genuine_fffd(data, m.group(1))
            except LookupError:
                count = 0
            if count > 0:
                warning = fffd_warning(count, m.group(1))
        out.append(warning)
    return out


class CountedBlocks:
    """Decodes byte blocks with the encoding layer's BlockDecoder and counts what
    it substitutes; :meth:`warnings` once the blocks are exhausted."""

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        from zhtext.converters.encoding import BlockDecoder

        self.decoder = BlockDecoder(encoding, errors)
        self.fffd = 0  # U+FFFD in the decoded text
        self.genuine = 0  # U+FFFD the bytes themselves hold
        self._pending: list[bytes] = []  # blocks read before the encoding was chosen
        self._counter = None

    def _count(self, block: bytes) -> None:
        det = self.decoder.detection
        if self._counter is None:
            if det is None:
                self._pending.append(block)
                return
            try:
                self._counter = codecs.getincrementaldecoder(det.encoding)("surrogateescape")
            except LookupError:
                self._counter = codecs.getincrementaldecoder("latin-1")()
            pending, self._pending = self._pending + [block], []
            self.genuine += self._counter.decode(b"".join(pending)).count(FFFD)
            return
        self.genuine += self._counter.decode(block).count(FFFD)

    @property
    def detection(self):
        """The encoding layer's Detection, once the encoding is chosen (else None)."""
        return self.decoder.detection

    def texts(self, blocks):
        def tee():
            for block in blocks:
                yield block
                self._count(block)

        for text in self.decoder.texts(tee()):
            self.fffd += text.count(FFFD)
            yield text

    def warnings(self) -> list[str]:
        det = self.decoder.detection
        if det is not None and self._pending:  # everything was read before the choice
            pending, self._pending = self._pending, []
            self._count(b"".join(pending))
        count = self.fffd - self.genuine
        if det is None or count <= 0:
            return []
        return [fffd_warning(count, det.encoding, self.decoder.truncated)]


def stream_through(stage, decoder: CountedBlocks, blocks):
    """Decode ``blocks`` with ``decoder``, pass the text through ``stage`` (an object
    with ``feed(text) -> str`` and ``finish() -> str``) and yield its UTF-8; last, a
    ``Result`` with the substitution warning, if any (a streaming processor's tail)."""
    from ..batch.model import Result

    for text in decoder.texts(blocks):
        out = stage.feed(text)
        if out:
            yield out.encode("utf-8")
    out = stage.finish()
    if out:
        yield out.encode("utf-8")
    warnings = decoder.warnings()
    if warnings:  # substitutions, counted over the whole input
        yield Result("", warnings)


class WholeText:
    """A :func:`stream_through` stage for work that needs the whole text
    (a markup document): gathers the pieces, applies ``fn`` at the end."""

    def __init__(self, fn):
        self.fn = fn
        self.pieces: list[str] = []

    def feed(self, text: str) -> str:
        self.pieces.append(text)
        return ""

    def finish(self) -> str:
        return self.fn("".join(self.pieces))
