"""Whitespace normalization that never touches the words.

:func:`normalize` cleans line endings, invisible characters, unusual spaces,
trailing whitespace, indentation and blank lines in one of three profiles:

``text``
    For plain Chinese text (saved pages, pasted articles): every rule.
``markdown``
    Line endings, invisible characters, unusual spaces and blank lines outside
    fenced code; trailing whitespace except a two-space hard line break;
    indentation and inner spaces untouched; inside fenced code blocks only the
    line endings change.
``minimal``
    For files whose whitespace carries meaning (YAML, JSON, CSV, source code,
    Makefiles): line endings, a BOM at the very start, trailing whitespace and
    exactly one final newline; nothing else.
``verbatim``
    For files whose every whitespace character is data (patches, where a
    trailing space is part of a context line; tab-separated values, where a
    trailing tab is an empty last column): nothing changes at all.

:func:`profile_for_path` chooses a profile from a file name; ``NAME_RULES``
lists its rules in order (the README's profile table shows the same list).

The characters themselves, full-width and half-width forms, punctuation and
the Unicode normalization form are never changed, and normalizing twice gives
the result of normalizing once.

:class:`Normalizer` does the same work incrementally (``feed`` pieces of text,
then ``finish``) with bounded memory; ``normalize(text)`` is exactly
``Normalizer().feed(text) + finish()``, so both always agree.
"""

from __future__ import annotations

import fnmatch
import os
import re

__all__ = [
    "PROFILES",
    "EOLS",
    "INDENTS",
    "PARAGRAPHS",
    "Normalizer",
    "normalize",
    "profile_for_path",
]

PROFILES = ("text", "markdown", "minimal", "verbatim")
EOLS = ("lf", "crlf", "keep")
INDENTS = ("strip", "fullwidth", "keep")
PARAGRAPHS = ("keep", "blank")

# Which profile a file gets by default: the first rule whose glob matches
# the file's name (not its folder), compared in lower case.
NAME_RULES: tuple[tuple[str, str, str], ...] = (
    # whitespace is data: patches (context lines keep trailing spaces),
    # rejected hunks, tab-separated values (a trailing tab is an empty column),
    # e-mail (format=flowed lines end with a space)
    ("*.diff", "verbatim", "patch"),
    ("*.patch", "verbatim", "patch"),
    ("*.rej", "verbatim", "rejected patch hunks"),
    ("*.tsv", "verbatim", "tab-separated values"),
    ("*.eml", "verbatim", "e-mail message"),
    ("*.mbox", "verbatim", "mailbox"),
    # code and data files named .txt (GitHub linguist's file names)
    ("cmakelists.txt", "minimal", "CMake"),
    ("requirements*.txt", "minimal", "pip requirements"),
    ("*-requirements.txt", "minimal", "pip requirements"),
    ("*_requirements.txt", "minimal", "pip requirements"),
    ("constraints*.txt", "minimal", "pip constraints"),
    ("robots.txt", "minimal", "robots.txt"),
    ("runtime.txt", "minimal", "runtime pin"),
    ("license*.txt", "minimal", "licence text (indentation is layout)"),
    ("licence*.txt", "minimal", "licence text (indentation is layout)"),
    ("copying*.txt", "minimal", "licence text (indentation is layout)"),
    ("notice*.txt", "minimal", "licence notice (indentation is layout)"),
    ("dependency_links.txt", "minimal", "Python package metadata"),
    ("entry_points.txt", "minimal", "Python package metadata"),
    ("top_level.txt", "minimal", "Python package metadata"),
    ("sources.txt", "minimal", "Python package metadata"),
    # prose
    ("*.txt", "text", "plain text"),
    ("*.text", "text", "plain text"),
    ("*.md", "markdown", "Markdown"),
    ("*.markdown", "markdown", "Markdown"),
    ("*.mdx", "markdown", "Markdown"),
)

# ``eol="keep"`` decides the dominant line ending on this many characters at
# the start of the text, so a stream can decide it without reading to the end.
EOL_SAMPLE_CHARS = 1 << 20
# A line longer than this is processed in pieces when streaming (memory bound).
LONG_LINE_CHARS = 1 << 22

_EOL_CHARS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}

# Step 2: invisible characters removed anywhere (BOM/ZWNBSP, ZWSP, word joiner).
# Step 3: unusual spaces that become an ASCII space.
_INVISIBLE = "\ufeff\u200b\u2060"
_UNUSUAL_SPACES = "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
_UNUSUAL_RE = re.compile(f"[{_UNUSUAL_SPACES}]")
_CLEAN_CHARS = tuple(_INVISIBLE + _UNUSUAL_SPACES)

# Whitespace at the edges of a line: ASCII space, tab, form feed, vertical
# tab, the ideographic space, and (for the minimal profile, which does not map
# them) the unusual spaces.
_EDGE = " \t\f\v\u3000"
_EDGE_MINIMAL = _EDGE + _UNUSUAL_SPACES
_SPACE_RUN = re.compile("  +")
_BLANK_RUN = re.compile("\n\n+")
_NEWLINES = re.compile("\n*")

# Fenced code (CommonMark, reasonably): a run of three or more backticks or
# tildes, after optional indentation, block-quote markers and list markers.
# A backtick fence's info string may not contain a backtick.
_FENCE_PREFIX = r"(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*"
_FENCE_OPEN = re.compile(
    rf"^{_FENCE_PREFIX}(?:(`{{3,}})[^`\n]*|(~{{3,}})[^\n]*)$", re.M
)
_FENCE_START = re.compile(rf"{_FENCE_PREFIX}(?:`{{3}}|~{{3}})")
_ANY_EOL = re.compile("[\r\n]")
# A line made only of these may still become a fence line: never cut it.
_FENCE_LINE_CHARS = frozenset(" \t\f\v\u3000>-+*0123456789.)`~")
_CLOSE_CACHE: dict[tuple[str, int], re.Pattern] = {}

FULLWIDTH_INDENT = "\u3000\u3000"
_SENTINEL = "x"  # stands in front of the rest of a line already partly written


def profile_for_path(name: str | os.PathLike | None) -> str:
    """The default profile for a file name: the first of ``NAME_RULES``
    that matches its base name in lower case (``verbatim`` for patches and
    tab-separated values, ``minimal`` for code and data files named
    ``.txt`` such as ``CMakeLists.txt`` and ``requirements.txt``, ``text``
    for other ``.txt``/``.text``, ``markdown`` for ``.md``/``.markdown``/
    ``.mdx``); ``minimal`` for every other name; ``text`` for standard
    input (``None`` or ``"-"``)."""
    if name is None or os.fspath(name) == "-":
        return "text"
    base = os.path.basename(os.fspath(name)).lower()
    for pattern, profile, _kind in NAME_RULES:
        if fnmatch.fnmatchcase(base, pattern):
            return profile
    return "minimal"


def dominant_eol(text: str) -> str:
    """The most frequent line ending of ``text``: ``"lf"``, ``"crlf"`` or ``"cr"``.

    Ties and text without line endings give ``"lf"`` (then ``"crlf"``).
    """
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((lf, 2, "lf"), (crlf, 1, "crlf"), (cr, 0, "cr"))
    return best[2]


def _eol_window(text: str, first: int | None) -> int:
    """How much of ``text`` decides ``eol="keep"``: the first
    ``EOL_SAMPLE_CHARS`` characters, or up to the first line ending if that
    comes later (so the window never lacks a line ending when the text has
    one, which keeps the choice stable when normalizing again)."""
    if first is None:
        return len(text)
    end = max(EOL_SAMPLE_CHARS, first + 1)
    if end < len(text) and text[end - 1] == "\r" and text[end] == "\n":
        end += 1
    return end


def _has_fence_line(text: str) -> bool:
    """Does any line of ``text`` start like a fence?  (Substring search
    first: most text has no three backticks or tildes at all.)"""
    for marker in ("```", "~~~"):
        pos = text.find(marker)
        while pos >= 0:
            if _FENCE_START.match(text, text.rfind("\n", 0, pos) + 1):
                return True
            eol = text.find("\n", pos)
            if eol < 0:
                break
            pos = text.find(marker, eol)
    return False


def _closing_fence(char: str, length: int) -> re.Pattern:
    key = (char, length)
    pat = _CLOSE_CACHE.get(key)
    if pat is None:
        pat = re.compile(rf"{_FENCE_PREFIX}{re.escape(char)}{{{length},}}[{_EDGE}]*")
        _CLOSE_CACHE[key] = pat
    return pat


def _clean(text: str) -> str:
    """Steps 2 and 3: drop invisible characters, unusual spaces become ' '."""
    # One substring search per character beats one regex scan by about two.
    if not any(ch in text for ch in _CLEAN_CHARS):
        return text
    return _UNUSUAL_RE.sub(" ", _INVISIBLE_RE.sub("", text))


def _check_options(profile, eol, indent, max_blank_lines, paragraphs) -> None:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}")
    if eol not in EOLS:
        raise ValueError(f"unknown eol {eol!r}; choose one of: {', '.join(EOLS)}")
    if indent not in INDENTS:
        raise ValueError(f"unknown indent {indent!r}; choose one of: {', '.join(INDENTS)}")
    if paragraphs not in PARAGRAPHS:
        raise ValueError(
            f"unknown paragraphs {paragraphs!r}; choose one of: {', '.join(PARAGRAPHS)}"
        )
    if not isinstance(max_blank_lines, int) or max_blank_lines < 0:
        raise ValueError(f"max_blank_lines must be a whole number >= 0, not {max_blank_lines!r}")


class Normalizer:
    """Incremental :func:`normalize`: ``feed`` text pieces, then ``finish``.

    Pieces may be cut anywhere (inside a CRLF, a line, a run of blank lines
    or a fenced code block); the concatenated output equals
    ``normalize(whole_text)``.  Memory stays bounded by the piece size, the
    first ``EOL_SAMPLE_CHARS`` characters (only with ``eol="keep"``) and, for
    lines longer than ``LONG_LINE_CHARS``, runs of whitespace within a line.
    """

    def __init__(
        self,
        *,
        profile: str = "text",
        eol: str = "lf",
        indent: str = "strip",
        max_blank_lines: int = 1,
        paragraphs: str | None = None,
    ):
        paragraphs = paragraphs or "keep"
        _check_options(profile, eol, indent, max_blank_lines, paragraphs)
        self.profile = profile
        self.indent = indent
        self.max_blank_lines = max_blank_lines
        self.paragraphs = paragraphs
        self._eol = None if eol == "keep" else _EOL_CHARS[eol]
        self._sample: list[str] = []
        self._sample_len = 0
        self._first_eol: int | None = None
        self._held_cr = False  # a "\r" at the end of the last piece (maybe half a CRLF)
        self._partial = ""  # the current unfinished line, "\n" endings
        self._in_line = False  # part of the current line has already been written
        self._pending = 0  # blank lines seen but not yet written
        self._emitted = False  # a non-blank line has been written
        self._at_start = True  # nothing but BOMs seen yet (minimal profile)
        self._fence: tuple[str, int] | None = None  # open fenced code block (markdown)
        self._after_code = False  # the next line closes a fenced code block
        # a literal prefix keeps the search fast
        self._blank_run = re.compile("\n" * (max_blank_lines + 2) + "+")
        self._uncut = 0  # length of an unfinished line that could not be cut
        self._finished = False

    # -- public ---------------------------------------------------------

    def feed(self, text: str) -> str:
        """Normalize the next piece; returns the output that is ready."""
        if self._finished:
            raise ValueError("feed() after finish()")
        if not text or self.profile == "verbatim":
            return text
        if self._eol is None:
            if self._first_eol is None:
                m = _ANY_EOL.search(text)
                if m is not None:
                    self._first_eol = self._sample_len + m.start()
            self._sample.append(text)
            self._sample_len += len(text)
            if self._first_eol is None:
                return ""
            if self._sample_len <= max(EOL_SAMPLE_CHARS, self._first_eol + 1):
                return ""
            text = self._decide_eol()
        return self._feed(text)

    def finish(self) -> str:
        """Flush what is held back; the output ends with exactly one newline
        unless it is empty."""
        if self._finished:
            return ""
        if self.profile == "verbatim":
            self._finished = True
            return ""
        out = ""
        if self._eol is None:
            out = self._feed(self._decide_eol())
        self._finished = True
        tail = self._partial
        if self._held_cr:
            tail += "\n"
            self._held_cr = False
        self._partial = ""
        if tail:
            if not tail.endswith("\n"):
                tail += "\n"
            out += self._out(self._lines(tail))
        elif self._in_line:
            # the current line was written in pieces; end it
            out += self._out("\n")
            self._in_line = False
        # blank lines held at the end are dropped: exactly one final newline
        self._pending = 0
        return out

    # -- steps ----------------------------------------------------------

    def _decide_eol(self) -> str:
        text = "".join(self._sample)
        self._sample = []
        self._eol = _EOL_CHARS[dominant_eol(text[:_eol_window(text, self._first_eol)])]
        return text

    def _out(self, text: str) -> str:
        if self._eol != "\n" and text:
            return text.replace("\n", self._eol)
        return text

    def _feed(self, text: str) -> str:
        if not text:
            return ""
        if self.profile == "minimal" and self._at_start:
            text = text.lstrip("\ufeff")
            if not text:
                return ""
            self._at_start = False
        # Step 1: line endings become "\n" (a final "\r" waits for the next piece).
        if self._held_cr:
            text = "\r" + text
            self._held_cr = False
        if text.endswith("\r"):
            self._held_cr = True
            text = text[:-1]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        buf = self._partial + text if self._partial else text
        cut = buf.rfind("\n") + 1
        self._partial = buf[cut:]
        out = self._lines(buf[:cut]) if cut else ""
        if len(self._partial) > max(LONG_LINE_CHARS, self._uncut):
            out += self._long_line()
        return self._out(out)

    def _long_line(self) -> str:
        """Write the safe front of a very long unfinished line."""
        part = self._partial
        # if nothing can be cut yet, look again when it has doubled (linear time)
        self._uncut = 2 * len(part)
        if self.profile == "markdown" and not self._in_line:
            # it may be a fence line; those are only recognized whole
            clean = _clean(part)
            if self._fence is None and _FENCE_START.match(clean):
                return ""
            if _FENCE_LINE_CHARS.issuperset(clean):
                return ""
        # cut after the last character that is not whitespace; the whitespace
        # after it may still turn out to be trailing.
        end = len(part.rstrip(_EDGE_MINIMAL + _INVISIBLE))
        if end == 0:
            return ""
        self._uncut = 0
        head, self._partial = part[:end], part[end:]
        out = self._lines(head + "\n")
        self._in_line = True
        return out[:-1]

    def _lines(self, text: str) -> str:
        """Normalize complete lines (each ends with "\n"), with carried state."""
        if self._in_line:
            text = _SENTINEL + text
        if self.profile == "text":
            out = self._blank_lines(self._text_lines(text))
        elif self.profile == "minimal":
            lines = text.split("\n")
            out = self._minimal_blank_lines("\n".join([line.rstrip(_EDGE_MINIMAL) for line in lines]))
        else:
            out = self._markdown(text)
        if self._in_line:
            out = out[out.index(_SENTINEL) + 1:]
            self._in_line = False
        return out

    def _text_lines(self, text: str) -> str:
        # One pass of C-level str methods per line: much faster than a
        # multi-line regex on text whose lines all carry long indentation.
        lines = _clean(text).split("\n")
        indent = self.indent
        if indent == "strip":
            text = "\n".join([line.strip(_EDGE) for line in lines])
        elif indent == "fullwidth":
            stripped = [line.strip(_EDGE) for line in lines]
            text = "\n".join([FULLWIDTH_INDENT + s if s else s for s in stripped])
        else:
            lines = [line.rstrip(_EDGE) for line in lines]
            text = "\n".join(lines)
            if "  " in text:
                # collapse runs after the indentation only
                bodies = [line.lstrip(_EDGE) for line in lines]
                body_text = "\n".join(bodies)
                if "  " in body_text:
                    collapsed = _SPACE_RUN.sub(" ", body_text).split("\n")
                    text = "\n".join([
                        line[: len(line) - len(body)] + new
                        for line, body, new in zip(lines, bodies, collapsed)
                    ])
            return text
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
        return text

    def _blank_lines(self, text: str) -> str:
        """Step 7 on normalized complete lines: cap blank-line runs, none at
        the start, hold the ones at the end until more text comes."""
        size = len(text)
        lead = _NEWLINES.match(text).end()
        if lead == size:
            self._pending += lead
            return ""
        end = size - 1  # text ends with "\n": keep one, hold back the others
        while text[end - 1] == "\n":
            end -= 1
        trail = size - 1 - end
        body = text if lead == 0 and trail == 0 else text[lead:end + 1]
        if self.paragraphs == "blank":
            if "\n" in body[:-1]:
                body = _BLANK_RUN.sub("\n\n", body[:-1].replace("\n", "\n\n")) + "\n"
            sep = 1 if self._emitted else 0
        else:
            limit = self.max_blank_lines
            if "\n\n" in body:
                body = self._blank_run.sub("\n" * (limit + 1), body)
            sep = min(self._pending + lead, limit) if self._emitted else 0
        if self._after_code:
            sep = 0
            self._after_code = False
        self._pending = trail
        self._emitted = True
        return "\n" * sep + body if sep else body

    def _minimal_blank_lines(self, text: str) -> str:
        """Blank lines are kept, except those at the very end."""
        body = text.rstrip("\n")
        if not body:
            self._pending += len(text)
            return ""
        trail = len(text) - len(body) - 1
        sep = self._pending
        self._pending = trail
        self._emitted = True
        return "\n" * sep + body + "\n"

    # -- markdown -------------------------------------------------------

    def _markdown(self, raw: str) -> str:
        clean = _clean(raw)
        if self._fence is None and not _has_fence_line(clean):
            return self._md_outside(clean)
        raw_lines = raw.split("\n")
        clean_lines = clean.split("\n")
        out: list[str] = []
        start = 0  # first line of the current stretch
        for i, line in enumerate(clean_lines[:-1]):
            if self._fence is None:
                if "`" not in line and "~" not in line:
                    continue
                m = _FENCE_OPEN.match(line)
                if m is None:
                    continue
                run = m.group(1) or m.group(2)
                stretch = clean_lines[start:i]
                stretch.append(line.rstrip(_EDGE))
                out.append(self._md_outside("\n".join(stretch) + "\n"))
                self._fence = (run[0], len(run))
                start = i + 1
            elif _closing_fence(*self._fence).fullmatch(line):
                if i > start:
                    out.append(self._md_code("\n".join(raw_lines[start:i]) + "\n"))
                # blank lines at the end of the code are code: write them as they are
                out.append("\n" * self._pending)
                self._pending = 0
                clean_lines[i] = line.rstrip(_EDGE)
                self._fence = None
                self._after_code = True
                start = i
        n = len(clean_lines) - 1
        if start < n:
            if self._fence is None:
                out.append(self._md_outside("\n".join(clean_lines[start:n]) + "\n"))
            else:
                out.append(self._md_code("\n".join(raw_lines[start:n]) + "\n"))
        return "".join(out)

    def _md_outside(self, text: str) -> str:
        lines = text.split("\n")
        if "  \n" in text:
            # a hard line break: two spaces after text stay, as exactly two
            stripped = [
                s + "  " if s and line.endswith("  ") else s
                for line in lines for s in [line.rstrip(_EDGE)]
            ]
        else:
            stripped = [line.rstrip(_EDGE) for line in lines]
        return self._blank_lines("\n".join(stripped))

    def _md_code(self, text: str) -> str:
        return self._minimal_blank_lines(text)


def normalize(
    text: str,
    *,
    profile: str = "text",
    eol: str = "lf",
    indent: str = "strip",
    max_blank_lines: int = 1,
    paragraphs: str | None = None,
) -> str:
    """Normalize the whitespace of ``text``.

    ``profile``: ``"text"`` (default), ``"markdown"``, ``"minimal"`` or
    ``"verbatim"`` (see
    the module documentation; :func:`profile_for_path` picks one from a file
    name).  ``eol``: ``"lf"`` (default), ``"crlf"``, or ``"keep"`` the
    dominant style (counted on the first ``EOL_SAMPLE_CHARS`` characters,
    or up to the first line ending if it comes later).
    ``indent`` (text profile): ``"strip"`` (default) removes leading spaces,
    tabs and U+3000; ``"fullwidth"`` gives every non-blank line exactly two
    U+3000; ``"keep"`` leaves it.  ``max_blank_lines`` (text and markdown):
    longest run of blank lines kept (default 1).  ``paragraphs="blank"``
    (text and markdown) puts exactly one blank line between non-blank lines,
    whatever ``max_blank_lines`` says.

    >>> normalize("  第一段。  \\r\\n\\r\\n\\r\\n\\u3000\\u3000第二段\\u200b。")
    '第一段。\\n\\n第二段。\\n'
    """
    n = Normalizer(
        profile=profile, eol=eol, indent=indent,
        max_blank_lines=max_blank_lines, paragraphs=paragraphs,
    )
    return n.feed(text) + n.finish()
