"""HTML: what stays and what is prose.

Kept: comments, ``<!DOCTYPE>``, processing instructions, CDATA sections,
whole ``script``, ``style``, ``code``, ``pre``, ``kbd`` and ``samp``
elements (tags and content), and every tag with its name and attributes,
except the *values* of ``title`` and ``alt`` attributes, which are prose
(text a reader sees).  Text between tags is prose; character references
(``&amp;``) are ASCII and stay as they are under any rule that changes only
Chinese text.  ``<!-- zhtext: off -->`` ... ``<!-- zhtext: on -->`` keeps
everything between.
"""

from __future__ import annotations

import re

__all__ = ["PATTERN", "KEPT_ELEMENTS", "PROSE_ATTRIBUTES", "DIRECTIVE", "kept_ranges", "tag_ranges"]

KEPT_ELEMENTS = ("script", "style", "code", "pre", "kbd", "samp")
PROSE_ATTRIBUTES = ("title", "alt")

DIRECTIVE = re.compile(r"<!--[ \t]*zhtext:[ \t]*(?P<state>off|on)[ \t]*-->", re.I)

_ATTRS = r"""(?:[\s/]+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*[\s/]*"""
_ELEMENTS = "|".join(KEPT_ELEMENTS)

# Everything HTML keeps, leftmost first, after its opening "<" (verbose,
# DOTALL, ignore-case syntax; the Markdown scanner embeds it).  A kept element without its end
# tag keeps only its start tag (its content is then scanned like any text).
PATTERN = rf"""
      (?P<comment>!--.*?(?:-->|\Z))
    | (?P<element>(?P<name>{_ELEMENTS})(?![\w:-]){_ATTRS}>.*?</(?P=name)\s*>)
    | (?P<special>![A-Za-z].*?>|\?.*?\?>|!\[CDATA\[.*?\]\]>)
    | (?P<tag>/?[A-Za-z][\w:.-]*{_ATTRS}>)
    """
# (a plain "<" first lets the regex engine skip to candidates at C speed)
_HTML_RE = re.compile(f"<(?:{PATTERN})", re.X | re.S | re.I)
_TAG_NAME_RE = re.compile(r"</?[A-Za-z][\w:.-]*")
_ATTR_RE = re.compile(
    r"""(?P<name>[^\s"'<>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'<>=`]+)))?"""
)
_MAYBE_PROSE = re.compile("|".join(PROSE_ATTRIBUTES), re.I)


def tag_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Kept ranges of the tag ``text[start:end]``: all of it but the values
    of its ``title`` and ``alt`` attributes."""
    if _MAYBE_PROSE.search(text, start, end) is None:
        return [(start, end)]
    found = []
    last = start
    for m in _ATTR_RE.finditer(text, _TAG_NAME_RE.match(text, start, end).end(), end):
        if m.group("name").lower() in PROSE_ATTRIBUTES and m.lastgroup in ("dq", "sq", "bare"):
            vs, ve = m.span(m.lastgroup)
            found.append((last, vs))
            last = ve
    found.append((last, end))
    return found


def kept_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The kept ranges of the HTML in ``text[start:end]``."""
    if end is None:
        end = len(text)
    found: list[tuple[int, int]] = []
    for m in _HTML_RE.finditer(text, start, end):
        if m.lastgroup == "tag":
            found.extend(tag_ranges(text, *m.span()))
        else:
            found.append(m.span())
    return found
