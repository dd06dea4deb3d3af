"""Plain text (markup ``none``) given piece by piece, in bounded memory.

:class:`ProseStream` applies a rule to the prose of a text fed in pieces
(a file read in blocks, standard input) with the same result as
:func:`~zhtext.converters.markup.apply_rule` on the whole text with markup
``none``: pieces are cut after a line end, since nothing plain text keeps
spans lines (URLs, e-mail addresses and domain names end at whitespace,
protected phrases are single lines) except a region switched off by a
``zhtext: off`` line, whose state is carried from piece to piece.
A single line longer than ``LONG_LINE_CHARS`` is cut after its last
whitespace (or anywhere, if it has none), so memory stays bounded.
Structured markup (Markdown, HTML, rst) needs the whole text.
"""

from __future__ import annotations

from typing import Callable, Iterable

from . import plain
from .common import Protect, directive_ranges, protect_ranges, url_ranges
from .model import document_from_kept

__all__ = ["ProseStream"]

# Text is processed once this much is pending after a line end.
CHUNK_CHARS = 1 << 20
# A line longer than this is cut anyway, so memory stays bounded.
LONG_LINE_CHARS = 1 << 22


class ProseStream:
    """``feed`` text pieces, then ``finish``; the outputs joined equal
    ``apply_rule(whole, rule, "none", protect=..., boundary=...)``.
    ``boundary`` may also be a test on each piece of text (see
    :func:`~zhtext.converters.markup.script_boundary`)."""

    def __init__(self, rule: Callable[[str], str], *, protect: Protect | Iterable[str] = (),
                 directives: bool = True, boundary: bool | Callable[[str], bool] = False):
        self.rule = rule
        self.protect = protect if isinstance(protect, Protect) else Protect(protect)
        self.directives = directives
        self.boundary = boundary
        self._pending: list[str] = []
        self._size = 0
        self._off = False

    def feed(self, text: str) -> str:
        """Process the complete lines once enough is pending; returns the output ready."""
        self._pending.append(text)
        self._size += len(text)
        if self._size < CHUNK_CHARS:
            return ""
        joined = "".join(self._pending)
        cut = joined.rfind("\n") + 1
        if cut == 0 and len(joined) > LONG_LINE_CHARS:
            # a line too long to hold: cut after its last whitespace (no
            # dictionary key and no address holds one), or anywhere
            cut = max(joined.rfind(" "), joined.rfind("\t"), joined.rfind("\u3000")) + 1 or len(joined)
        if cut == 0:
            self._pending = [joined]
            return ""
        self._pending = [joined[cut:]] if cut < len(joined) else []
        self._size = len(joined) - cut
        return self._process(joined[:cut])

    def finish(self) -> str:
        """Process what is left."""
        joined = "".join(self._pending)
        self._pending = []
        self._size = 0
        return self._process(joined) if joined else ""

    def _process(self, text: str) -> str:
        kept = url_ranges(text)
        if self.protect:
            kept.extend(protect_ranges(text, self.protect))
        if self.directives and (self._off or "zhtext" in text or "ZHTEXT" in text):
            regions = directive_ranges(text, plain.DIRECTIVE, off_at_start=self._off)
            kept.extend(regions)
            self._off = bool(regions) and regions[-1][1] == len(text) and self._ends_off(text)
        boundary = self.boundary(text) if callable(self.boundary) else self.boundary
        return document_from_kept(text, kept).apply(self.rule, boundary=boundary)

    def _ends_off(self, text: str) -> bool:
        """Is the text switched off at its end (the last directive says off,
        or none and it started off)?"""
        last = None
        for m in plain.DIRECTIVE.finditer(text):
            last = m.group("state").lower()
        return last == "off" if last is not None else self._off
