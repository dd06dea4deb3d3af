"""Quotation marks for Chinese text: the one place that decides which marks pair and change.

Both ``convert --quotes`` / ``clean --quotes`` (:func:`convert_quotes`) and
the ``quotes`` rule of :mod:`zhtext.converters.typeset` (through
:func:`quote_edits`) use these rules:

- **Styles**: ``corner`` (curly “” ‘’ -> corner 「」 『』), ``curly`` (back),
  ``keep`` (nothing).  Mapping: “” <-> 「」 and ‘’ <-> 『』, whatever the
  nesting.  Every change replaces one character by one, so positions and
  lengths are kept.
- **Pairs**: an opening mark and the nearest following closing mark of the
  same kind, innermost first, on the same paragraph (a pair may span line
  breaks, never a blank line).  Unpaired marks stay.
- **Apostrophes**: ’ (or ‘) between two ASCII letters or digits (don’t) is
  no quotation mark.
- **Chinese context** (curly to corner): the quoted text holds a CJK
  character, or the nearest non-space character just outside the pair is
  one (CJK ideographs, CJK and full-width punctuation), so ``我说“OK”吧``
  becomes ``我说「OK」吧`` while ``He said “hi”.`` stays.  Corner brackets
  are Chinese marks: corner to curly needs no context.
- **ASCII "..."** (``ascii_quotes=True``, used by ``typeset`` only): a pair
  of ``"`` on one line with no other quotation mark inside becomes the
  chosen style (「」 or “”; 『』 or ‘’ inside a “” or 「」 pair) when the
  quoted text holds a Han character and the opening mark does not follow
  ``=`` or a Latin letter or digit (an attribute value, code).  ``他说 "Hello"`` keeps its ASCII quotes: an
  English phrase.  ``convert`` and ``clean`` convert scripts and leave ASCII
  punctuation to ``typeset``.
- **Never touched**: marks inside URLs and inline code (`...`); callers add
  their own protected ranges (the markup layer hands prose only; the
  typesetter masks its kept spans before its rules run).
"""

from __future__ import annotations

import re

STYLES = ("keep", "corner", "curly")

_CURLY_TO_CORNER = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_CORNER_TO_CURLY = {v: k for k, v in _CURLY_TO_CORNER.items()}
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
# what an ASCII pair becomes in each style
_ASCII_TO = {"corner": ("「", "」"), "curly": ("“", "”")}
_ASCII_INNER = {"corner": ("『", "』"), "curly": ("‘", "’")}

# spans whose quotation marks are never touched: URLs, inline code, e-mail addresses
_PROTECTED = re.compile(r"(?:https?|ftp|file)://[^\s<>「」『』，。；！？]+|www\.[^\s<>「」『』，。；！？]+|`[^`\n]+`")
# closing marks and punctuation that end a URL in prose rather than belong to it
_URL_TAIL = "”’)）.,;:!?'\""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")
_ASCII_PAIR = re.compile(r'"[^"“”‘’「」『』\n]*"')
_HAN = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"
                  "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF  # CJK unified ideographs (and extension A)
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # extensions B and later
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms (，！？：)
    )


_MARKS = "“”‘’「」『』"


def _is_context(ch: str) -> bool:
    """A character that makes its surroundings Chinese: CJK, not a quotation mark
    (a converted mark must not change the context of its neighbours)."""
    return _is_cjk(ch) and ch not in _MARKS


# the same characters as _is_context, for a search
_CONTEXT = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff\u3000-\u300b\u3010-\u303f\uff00-\uffef]")


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character from ``index`` in direction ``step`` that is neither
    a space nor a quotation mark, or '' (none before a paragraph break: a pair's
    context, like the pair, stays inside its paragraph, as a stream sees it)."""
    newlines = 0
    while 0 <= index < len(text):
        ch = text[index]
        if ch == "\n":
            newlines += 1
            if newlines == 2:
                return ""
        elif ch in _MARKS or ch not in " \t\u3000":
            newlines = 0  # (a break is two newlines with only spaces, tabs or ideographic spaces between)
            if not ch.isspace() and ch not in _MARKS:
                return ch
        index += step
    return ""


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


# what the pairing looks at: protected spans, paragraph breaks and the marks
_TOKENS = re.compile(f"(?P<protected>{_PROTECTED.pattern})|(?P<para>{_PARAGRAPH_BREAK.pattern})|[{_MARKS}]")
_MARK_TOKENS = re.compile(f"(?P<para>{_PARAGRAPH_BREAK.pattern})|[{_MARKS}]")
# the kind of each mark: “” and 「」 are double, ‘’ and 『』 single
_OPEN_KIND = {"“": 2, "「": 2, "‘": 1, "『": 1}
_CLOSE_KIND = {"”": 2, "」": 2, "’": 1, "』": 1}


def _all_pairs(text: str, protect: bool = True) -> list[tuple[int, int]]:
    """(open, close) of every pair of quotation marks, innermost first.

    A closing mark closes the nearest open mark of its kind (double or
    single), curly or corner alike, and marks opened after that one stay
    unpaired.  Pairing by kind, not by exact mark, makes a conversion
    idempotent: a converted pair pairs the same way the next time.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []
    for m in (_TOKENS if protect else _MARK_TOKENS).finditer(text):
        group = m.lastgroup
        if group == "para":
            stack.clear()
            continue
        if group == "protected":
            if text[m.start()] == "`":
                continue
            # closing marks and punctuation at a URL's end belong to the prose
            tail = len(m.group()) - len(m.group().rstrip(_URL_TAIL))
            marks = [i for i in range(m.end() - tail, m.end()) if text[i] in _MARKS]
        else:
            marks = (m.start(),)
        for i in marks:
            ch = text[i]
            kind = _OPEN_KIND.get(ch)
            if kind is not None:
                if ch == "‘" and _is_apostrophe(text, i):
                    continue
                stack.append((i, kind))
                continue
            kind = _CLOSE_KIND[ch]
            if ch == "’" and _is_apostrophe(text, i):
                continue
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == kind:
                    pairs.append((stack[depth][0], i))
                    del stack[depth:]
                    break
    return pairs


def quote_pairs(text: str, kinds: str, protect: bool = True) -> list[tuple[int, int]]:
    """(open, close) positions of paired quotation marks opened by one of ``kinds``
    and closed by its own closing mark, innermost first.

    Marks inside URLs and inline code are ignored (unless ``protect`` is
    false: the caller has masked its own); a pair never crosses a blank line.
    """
    return [(o, c) for o, c in _all_pairs(text, protect) if text[o] in kinds and _OPENERS[text[o]] == text[c]]


def _check_style(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown quote style {style!r}; choose one of: {', '.join(STYLES)}")


def quote_edits(text: str, style: str, *, ascii_quotes: bool = False,
                protect: bool = True, word_chars: str = "") -> list[tuple[int, int, str, str]]:
    """The pairs to change: (open, close, new opening mark, new closing mark), sorted by ``open``.

    ``ascii_quotes`` converts ASCII ``"..."`` pairs around Chinese text too;
    ``protect=False`` skips the built-in URL and inline-code protection (for
    a caller that has masked its own kept spans); ``word_chars`` are more
    characters that count as a Latin letter before an ASCII opening mark
    (the typesetter's placeholders for kept spans that end in one).
    """
    _check_style(style)
    if style == "keep":
        return []
    wanted = "“‘" if style == "corner" else "「『"
    has_marks = any(c in text for c in wanted)
    has_ascii = ascii_quotes and '"' in text
    if not (has_marks or has_ascii):
        return []
    pairs = _all_pairs(text, protect) if has_marks or "“" in text or "「" in text else []
    edits: list[tuple[int, int, str, str]] = []
    table = _CURLY_TO_CORNER if style == "corner" else _CORNER_TO_CURLY
    for start, end in pairs:
        opener = text[start]
        if opener not in wanted or _OPENERS[opener] != text[end]:
            continue  # the other style already, or a mixed pair (“...」): left as written
        if style == "corner" and not (
            _CONTEXT.search(text, start + 1, end)
            or _is_context(_neighbour(text, start - 1, -1) or "a")
            or _is_context(_neighbour(text, end + 1, 1) or "a")
        ):
            continue
        edits.append((start, end, table[opener], table[text[end]]))
    if has_ascii:
        protected = [m.span() for m in _PROTECTED.finditer(text)] if protect else []
        opening, closing = _ASCII_TO[style]
        inner_opening, inner_closing = _ASCII_INNER[style]
        # double pairs (“” or 「」) as they pair: an ASCII pair inside one is a quote within a quote
        doubles = sorted((o, c) for o, c in pairs if _OPEN_KIND[text[o]] == 2)
        enclosing: list[int] = []  # closing positions of the double pairs open at the current point
        d = 0
        for m in _ASCII_PAIR.finditer(text):
            start, end = m.start(), m.end() - 1
            if any(ps <= start < pe or ps <= end < pe for ps, pe in protected):
                continue
            left = text[start - 1] if start else ""
            if (left == "=" or (left.isascii() and left.isalnum()) or (left and left in word_chars)
                    or _HAN.search(text, start + 1, end) is None):
                continue  # an attribute value or code; an English phrase
            while d < len(doubles) and doubles[d][0] < start:
                while enclosing and enclosing[-1] < doubles[d][0]:
                    enclosing.pop()
                enclosing.append(doubles[d][1])
                d += 1
            while enclosing and enclosing[-1] < start:
                enclosing.pop()
            if enclosing:
                edits.append((start, end, inner_opening, inner_closing))
            else:
                edits.append((start, end, opening, closing))
    edits.sort()
    return edits


def convert_quotes(text: str, style: str = "keep") -> str:
    """Rewrite paired quotation marks: ``corner`` (“” ‘’ -> 「」 『』), ``curly`` (back), ``keep``.

    ASCII ``"..."`` is left alone (that is ``typeset --quotes``'s job).
    """
    edits = quote_edits(text, style)
    if not edits:
        return text
    chars = list(text)
    for start, end, opening, closing in edits:
        chars[start] = opening
        chars[end] = closing
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
