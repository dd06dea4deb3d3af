"""Quotation marks for Chinese text: curly “” ‘’ to corner 「」 『』 and back.

Publishing in Taiwan and Hong Kong uses corner brackets; Mainland text uses
curly quotes.  :func:`convert_quotes` works on a plain prose string (the
markup layer hands it prose only) and changes a quotation mark only when:

- it is one of a *pair* on the same paragraph (no blank line between);
  unpaired marks and apostrophes (’ between two letters or digits, as in
  don’t) are left alone;
- for curly to corner, the pair is around Chinese text: the quoted text
  holds a CJK character, or the text just outside the pair does;
- it is not inside a URL or an inline code span (`...`).

Mapping: “” <-> 「」 and ‘’ <-> 『』, whatever the nesting.  Every change
replaces one character by one, so positions and lengths are kept.
"""

from __future__ import annotations

import re

STYLES = ("keep", "corner", "curly")

_CURLY_TO_CORNER = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_CORNER_TO_CURLY = {v: k for k, v in _CURLY_TO_CORNER.items()}
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}

# spans whose quotation marks are never touched: URLs, inline code, e-mail addresses
_PROTECTED = re.compile(r"(?:https?|ftp|file)://[^\s<>「」『』，。；！？]+|www\.[^\s<>「」『』，。；！？]+|`[^`\n]+`")
# closing marks and punctuation that end a URL in prose rather than belong to it
_URL_TAIL = "”’)）.,;:!?'\""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF  # CJK unified ideographs (and extension A)
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # extensions B and later
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms (，！？：)
    )


def _has_cjk(text: str) -> bool:
    return any(_is_cjk(ch) for ch in text)


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from ``index`` in direction ``step``, or ''."""
    while 0 <= index < len(text):
        if not text[index].isspace():
            return text[index]
        index += step
    return ""


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


def quote_pairs(text: str, kinds: str) -> list[tuple[int, int]]:
    """(open, close) positions of paired quotation marks of ``kinds`` (openers), innermost first.

    Marks inside URLs and inline code are ignored; a pair never crosses a
    blank line.
    """
    protected = [False] * len(text)
    for match in _PROTECTED.finditer(text):
        end = match.end()
        if not match.group().startswith("`"):
            end = match.start() + len(match.group().rstrip(_URL_TAIL))
        for i in range(match.start(), end):
            protected[i] = True
    for match in _PARAGRAPH_BREAK.finditer(text):
        protected[match.start()] = None  # paragraph boundary marker
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    closers = {_OPENERS[k]: k for k in kinds}
    for i, ch in enumerate(text):
        if protected[i] is None:
            stack.clear()
            continue
        if protected[i]:
            continue
        if ch in kinds:
            if ch == "‘" and _is_apostrophe(text, i):
                continue
            stack.append(i)
        elif ch in closers:
            if ch == "’" and _is_apostrophe(text, i):
                continue
            opener = closers[ch]
            # close the nearest open mark of the same kind; marks opened after it stay unpaired
            for depth in range(len(stack) - 1, -1, -1):
                if text[stack[depth]] == opener:
                    pairs.append((stack[depth], i))
                    del stack[depth:]
                    break
    return pairs


def convert_quotes(text: str, style: str = "keep") -> str:
    """Rewrite paired quotation marks: ``corner`` (“” ‘’ -> 「」 『』), ``curly`` (back), ``keep``."""
    if style not in STYLES:
        raise ValueError(f"unknown quote style {style!r}; choose one of: {', '.join(STYLES)}")
    if style == "keep":
        return text
    if style == "corner":
        if "“" not in text and "‘" not in text:
            return text
        pairs = quote_pairs(text, "“‘")
        table = _CURLY_TO_CORNER
    else:
        if "「" not in text and "『" not in text:
            return text
        pairs = quote_pairs(text, "「『")
        table = _CORNER_TO_CURLY
    chars = list(text)
    for start, end in pairs:
        if style == "corner" and not (
            _has_cjk(text[start + 1 : end])
            or _is_cjk(_neighbour(text, start - 1, -1) or "a")
            or _is_cjk(_neighbour(text, end + 1, 1) or "a")
        ):
            continue
        chars[start] = table[text[start]]
        chars[end] = table[text[end]]
    return "".join(chars)


# A stream is held back at most this many characters waiting for a paragraph break.
STREAM_PENDING = 1 << 22


def convert_quotes_stream(pieces, style: str = "keep"):
    """``convert_quotes`` over an iterable of text pieces, yielding text piece by piece.

    Pairs never cross a paragraph break, so the text is cut after the last
    break of what has arrived; the output joined equals ``convert_quotes``
    of the input joined, except that a paragraph longer than STREAM_PENDING
    characters is cut without one (a pair across that cut stays as written).
    """
    if style == "keep":
        yield from pieces
        return
    convert_quotes("", style)  # check the style before reading anything
    pending = ""
    for piece in pieces:
        pending += piece
        cut = 0
        for match in _PARAGRAPH_BREAK.finditer(pending, max(0, len(pending) - len(piece) - 1 - 64)):
            cut = match.end()
        if not cut and len(pending) > STREAM_PENDING:
            cut = len(pending)
        if cut:
            yield convert_quotes(pending[:cut], style)
            pending = pending[cut:]
    if pending:
        yield convert_quotes(pending, style)
