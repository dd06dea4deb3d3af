"""HTML: what stays and what is prose.

Kept: comments, ``<!DOCTYPE>``, processing instructions, CDATA sections,
template tags on one line (``{{ 标题 }}``, ``{% if 条件 %}``),
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

__all__ = ["PATTERN", "Closers", "KEPT_ELEMENTS", "PROSE_ATTRIBUTES", "DIRECTIVE", "kept_ranges", "tag_ranges"]

KEPT_ELEMENTS = ("script", "style", "code", "pre", "kbd", "samp")
PROSE_ATTRIBUTES = ("title", "alt")

DIRECTIVE = re.compile(r"<!--[ \t]*(?:zhtext|ZHTEXT):[ \t]*(?P<state>(?i:off|on))[ \t]*-->")

# Attributes as CommonMark allows them in raw HTML (strict: Markdown prose
# such as "a <b 说"法">" is not a tag) ...
_ATTRS = r"""(?:[\s/]+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))?)*[\s/]*"""
# ... and as a browser reads them in a page: a quote starts a value only
# right after "=", elsewhere it is part of a name (content="标题"副标题"" on
# real news pages), and a quoted value may hold "<" and ">" (HTML in a
# data- attribute).  Every character but "<", ">" and "=" is taken on its
# own and a value at once (a look-ahead captures it, a back-reference takes
# it: an atomic group), so a failing tag costs no backtracking.
_LENIENT_ATTRS = r"""(?:[\s/](?:[^<>=]|=(?=(?P<{group}>\s*(?:"[^"]*"|'[^']*')?))(?P={group}))*)?"""
_ELEMENTS = "|".join(KEPT_ELEMENTS)

# The openings of everything HTML keeps, after their "<" (verbose, DOTALL,
# ignore-case syntax; the Markdown scanner embeds it).  Where a comment,
# kept element, declaration, processing instruction or CDATA section ends
# is found by :class:`Closers`, which remembers the next closing string of
# each kind, so a page full of unclosed ``<code>`` tags is still scanned in
# linear time.  A kept element without its end tag keeps only its start
# tag; a comment without its end runs to the end of the text.
_PATTERN = r"""
      (?P<comment>!--)
    | (?P<cdata>!\[CDATA\[)
    | (?P<decl>!(?=[A-Za-z]))
    | (?P<pi>\?)
    | (?P<element>(?P<name>{elements})(?![\w:-]){element_attrs}>)
    | (?P<tag>/?[A-Za-z][\w:.-]*{tag_attrs}>)
    """
PATTERN = _PATTERN.format(elements=_ELEMENTS, element_attrs=_ATTRS, tag_attrs=_ATTRS)
# (a plain "<" first lets the regex engine skip to candidates at C speed)
_HTML_RE = re.compile("<(?:" + _PATTERN.format(
    elements=_ELEMENTS, element_attrs=_LENIENT_ATTRS.format(group="ev"), tag_attrs=_LENIENT_ATTRS.format(group="tv"),
) + ")", re.X | re.S | re.I)
_CLOSERS = {
    "comment": re.compile("-->"),
    "cdata": re.compile(r"\]\]>"),
    "decl": re.compile(">"),
    "pi": re.compile(r"\?>"),
}
_END_TAGS = {name: re.compile(rf"</{name}\s*>", re.I) for name in KEPT_ELEMENTS}


class Closers:
    """Finds closing strings in ``text[:end]``, remembering the next one of
    each kind (scanning is left to right, so a remembered position before
    the current one is searched again, and "none left" stays true)."""

    def __init__(self, text: str, end: int):
        self.text = text
        self.end = end
        self._next: dict[str, tuple[int, int] | None] = {}

    def find(self, key: str, pattern: re.Pattern, pos: int) -> tuple[int, int] | None:
        if key in self._next:
            span = self._next[key]
            if span is None or span[0] >= pos:
                return span
        m = pattern.search(self.text, pos, self.end)
        span = m.span() if m else None
        self._next[key] = span
        return span

    def kept_end(self, m: re.Match) -> int:
        """Where the kept construct opened by ``m`` (a match of
        :data:`PATTERN` that is not a plain tag) ends."""
        kind = m.lastgroup
        if kind == "element":
            name = m.group("name").lower()
            span = self.find(name, _END_TAGS[name], m.end())
            return span[1] if span else m.end()
        span = self.find(kind, _CLOSERS[kind], m.end())
        if span is None:
            return self.end if kind == "comment" else m.end()
        return span[1]


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


# template tags (Jinja, Django, Liquid, Vue, Handlebars), one line each
_TEMPLATE_RE = re.compile(r"\{(?:\{[^\n]{0,500}?\}\}|%[^\n]{0,500}?%\})")


def kept_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The kept ranges of the HTML in ``text[start:end]``."""
    if end is None:
        end = len(text)
    found: list[tuple[int, int]] = []
    if "{" in text:
        found.extend(m.span() for m in _TEMPLATE_RE.finditer(text, start, end))
    closers = Closers(text, end)
    pos = start
    while True:
        m = _HTML_RE.search(text, pos, end)
        if m is None:
            return found
        if m.lastgroup == "tag":
            found.extend(tag_ranges(text, *m.span()))
            pos = m.end()
        else:
            pos = closers.kept_end(m)
            found.append((m.start(), pos))
