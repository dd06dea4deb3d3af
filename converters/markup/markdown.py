"""Markdown (CommonMark with GitHub's extensions): what stays and what is prose.

Kept: YAML (``---``) or TOML (``+++``) front matter's delimiters, keys,
table headers and the syntax inside values (list markers, quotes, the
brackets and commas of ``[汉字, 简体]``), the rest of the values being prose; fenced code blocks (with their info
string) and indented code blocks; inline code; autolinks; raw HTML as in
:mod:`.html` (comments, ``script``/``style``/``code``/``pre``/``kbd``/``samp``
elements, tags and attributes but ``title``/``alt`` values); link and image
destinations; reference labels (``[text][label]``, ``[label][]``, a
shortcut ``[label]`` that a definition defines, footnotes ``[^1]``), since
a converted label would no longer find its definition; reference
definitions (all but their title); explicit heading ids (``## 标题 {#id}``);
template tags of the site generators that render Markdown (``{{ site.标题 }}``,
``{% include 页脚.html %}``, Hugo's ``{{< ref "文档.md" >}}``, Vue's
``{{ count }}`` in VitePress), one line each.
A link to a heading of the same document (``[见](#安装说明)``) is the
exception among destinations: the anchor is made from the heading's text,
which is prose, so the fragment converts with it.  Prose: paragraphs, headings, list items,
block quotes, table cells, link text, image alt text, link titles,
front-matter values.  ``<!-- zhtext: off -->`` ... ``<!-- zhtext: on -->``
keeps everything between.

Block structure is found with line-anchored regular expressions, not a full
parser: a fence opens with three or more backticks or tildes (after
indentation, ``>`` and list markers) and closes with a run at least as long
of the same character, or at the end of the text; an indented block (four
spaces or a tab, after a blank line) is code unless the nearest less
indented line before it is a list item whose content it continues.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from . import html

__all__ = ["DIRECTIVE", "kept_ranges"]

DIRECTIVE = html.DIRECTIVE

_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:(?P<yaml>---)|(?P<toml>\+\+\+))[ \t]*\r?\n(?:.*?\r?\n)??(?(yaml)(?:---|\.\.\.)|\+\+\+)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
_YAML_KEY = re.compile(
    r"""(?m)^[ \t]*(?:-[ \t]+)*(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'\-:][^\n:#]*?|-[^\s\n:#][^\n:#]*?)[ \t]*:(?=[ \t\r]|$)"""
)
# In front matter, what is YAML or TOML syntax in a value: list markers,
# quotes, and the brackets, braces and commas of flow collections with the
# spaces after them (a comma inside a string stays too: keeping more is safe).
_VALUE_SYNTAX = re.compile(r"""(?m)^[ \t]*(?:-[ \t]+)+|["']|[\[\]{},][ \t]*""")
_YAML_COMMENT_OR_DOC = re.compile(r"(?m)^[ \t]*(?:---|\.\.\.)[ \t]*\r?$")
_TOML_KEY = re.compile(
    r"""(?m)^[ \t]*(?:\[\[?[^\n]*?\]\]?[ \t]*\r?$|(?:[^\s=\[\]"'#.]+|"[^"\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[^\s=\[\]"'#.]+|"[^"\n]*"|'[^'\n]*'))*[ \t]*=)"""
)

_PREFIX = r"(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*"
# (searched as "\n" + line: a literal first lets the regex engine skip at C speed)
_FENCE_LINE = rf"{_PREFIX}(?:(?P<bt>`{{3,}})[^`\n]*|(?P<tl>~{{3,}})[^\n]*)$"
_FENCE_OPEN = re.compile(rf"(?m)\n{_FENCE_LINE}")
_FENCE_FIRST = re.compile(rf"(?m){_FENCE_LINE}")
_CLOSE_CACHE: dict[tuple[str, int], re.Pattern] = {}

_INDENT = r"(?: {4}| {0,3}\t)"
_INDENTED_START = re.compile(rf"\n[ \t\r]*\n(?P<line>{_INDENT}[ \t]*\S)")
_INDENTED_FIRST = re.compile(rf"(?P<line>{_INDENT}[ \t]*\S)")
_INDENTED_BLOCK = re.compile(rf"(?:{_INDENT}[^\n]*(?:\n|\Z)|[ \t\r]*\n)*")
_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]{1,4}|[ \t]*(?=\r?$))")
_BLANK = re.compile(r"[ \t\r]*\Z")

_REF_DEF = re.compile(
    r"""(?m)^[ ]{0,3}\[(?P<label>(?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\r?\n?[ \t]*(?:<[^<>\n]*>|[^\s<>]\S*)"""
    r"""(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?P<title>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*\r?$"""
)

_NL = r"\n(?![ \t\r]*\n)"  # a line break that does not end the paragraph
_LINK_TEXT = rf"(?:[^\[\]\\\n]|\\.|{_NL}|\[(?:[^\[\]\\\n]|\\.|{_NL})*\])*"
_DEST = r"(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)"
# headings (ATX and setext) and an explicit id at their end ("{#id}")
# (searched from the "\n" before them: a literal first is fast)
_ATX = re.compile(r"(?m)\n {0,3}#{1,6}[ \t]+(?P<h>[^\n]*?)(?:[ \t]+#+)?[ \t]*\r?$")
_SETEXT = re.compile(r"(?m)\n {0,3}(?P<h>[^\s>\-+*#|][^\n]*)\r?\n {0,3}(?:=+|-+)[ \t]*\r?$")
_HEADING_ID = re.compile(r"[ \t]*\{#[^}\s]+\}[ \t]*\Z")
_NOT_WORD = re.compile(r"[\W_]+")
_TITLE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))"""

# One character of the class first, then the branch that looks back at it
# (a plain character class first lets the regex engine skip at C speed).
_INLINE = re.compile(
    rf"""
    [`<!\[{{]
    (?:
      (?<=\{{)(?P<template>\{{[^\n]{{0,500}}?\}}\}}|%[^\n]{{0,500}}?%\}})
    | (?P<code>(?<=`)(?<![`\\]`)(?P<ticks>`*)(?!`)(?:[^`\n]|{_NL}|`)*?(?<!`)`(?P=ticks)(?!`))
    | (?<=<)(?P<autolink>[A-Za-z][A-Za-z0-9+.-]{{1,31}}:[^\s<>]*>|[A-Za-z0-9.!\#$%&'*+/=?^_`{{|}}~-]+@[^\s<>]+>)
    | (?<=<)(?:{html.PATTERN})
    | (?P<link>(?<![\\]\[)(?:(?<=!)\[|(?<=\[))(?P<text>{_LINK_TEXT})\]
        (?:(?P<inline>\([ \t]*\n?[ \t]*(?:(?P<dest>{_DEST})(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?P<title>{_TITLE}))?)?[ \t]*\n?[ \t]*\))
          | \[(?P<ref>(?:[^\[\]\\]|\\.)*)\])?)
    )
    """,
    re.X | re.S | re.I,
)


# a code span in a table row: cells are split at "|" first
_CODE_IN_ROW = re.compile(r"(?P<ticks>`+)(?!`)(?:[^`|\n]|`)*?(?<!`)(?P=ticks)(?!`)")
_TABLE_ROW = re.compile(r"[ \t]*\|")


def _closing_fence(char: str, length: int) -> re.Pattern:
    key = (char, length)
    if key not in _CLOSE_CACHE:
        _CLOSE_CACHE[key] = re.compile(rf"(?m)^[ \t>]*{re.escape(char)}{{{length},}}[ \t]*\r?$")
    return _CLOSE_CACHE[key]


def _label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _front_matter(text: str, found: list) -> int:
    """Keep the front matter's keys; returns where the body starts."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return 0
    start, end = m.span()
    body_start = text.index("\n", start) + 1
    body_end = text.rindex("\n", start, end - 1) + 1 if text.endswith("\n", 0, end) else text.rindex("\n", start, end) + 1
    found.append((start, body_start))
    found.append((body_end, end))
    key_re = _YAML_KEY if m.group("yaml") else _TOML_KEY
    found.extend(k.span() for k in key_re.finditer(text, body_start, body_end))
    # the syntax of values: list markers, the brackets, braces and commas of
    # flow collections ([汉字, 简体] stays a list), the quotes around strings
    found.extend(s.span() for s in _VALUE_SYNTAX.finditer(text, body_start, body_end))
    return end


def _code_blocks(text: str, start: int, found: list) -> list[tuple[int, int]]:
    """Keep fenced and indented code; returns the regions between them."""
    regions = []
    pos = start
    n = len(text)
    m = _FENCE_FIRST.match(text, pos) if pos == 0 or text[pos - 1] == "\n" else None
    while True:
        if m is None:
            m = _FENCE_OPEN.search(text, pos - 1 if pos else 0)
            if m is None:
                break
        open_start = m.start() if text[m.start()] != "\n" else m.start() + 1
        run = m.group("bt") or m.group("tl")
        close = _closing_fence(run[0], len(run)).search(text, m.end())
        end = close.end() if close else n
        regions.append((pos, open_start))
        found.append((open_start, end))
        pos = end
        m = None
    regions.append((pos, n))
    out = []
    for rs, re_ in regions:
        out.extend(_indented_code(text, rs, re_, found))
    return out


def _indented_code(text: str, start: int, end: int, found: list) -> list[tuple[int, int]]:
    regions = []
    pos = start
    m = _INDENTED_FIRST.match(text, pos, end) if pos == 0 else None
    while pos < end:
        if m is None:
            m = _INDENTED_START.search(text, max(pos - 1, 0), end)
        if m is None:
            break
        ls = m.start("line")
        block = _INDENTED_BLOCK.match(text, ls, end)
        be = block.end()
        # trailing blank lines are not part of the block
        while be > ls:
            line_start = text.rfind("\n", ls, be - 1) + 1
            if _BLANK.match(text, line_start, be if text[be - 1] != "\n" else be - 1):
                be = line_start
            else:
                break
        if be <= ls:
            pos = ls + 1
            m = None
            continue
        if _is_code(text, start, ls):
            regions.append((pos, ls))
            found.append((ls, be))
        else:
            regions.append((pos, be))
        pos = be
        m = None
    regions.append((pos, end))
    return regions


def _is_code(text: str, start: int, line_start: int) -> bool:
    """Is the indented line at ``line_start`` (after a blank line) code, or
    the continuation of a list item?"""
    width = _indent_width(text, line_start)
    pos = line_start
    for _ in range(500):
        if pos <= start:
            return True
        newline = text.rfind("\n", start, pos - 1)
        prev = newline + 1 if newline >= 0 else start  # never before the region
        line = text[prev:pos - 1]
        pos = prev
        if not line.strip():
            continue
        if _indent_width(text, prev) >= 4:
            continue
        item = _LIST_ITEM.match(line)
        if item is None:
            return True
        content = item.end() if item.end() < len(line.rstrip("\r")) else len(line) - len(line.lstrip()) + 2
        return width >= content + 4
    return True


def _indent_width(text: str, pos: int) -> int:
    width = 0
    for ch in text[pos:pos + 16]:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _anchor_key(text: str) -> str:
    """What a heading and a link to its anchor have in common whatever the
    slug rules (GitHub's, VitePress's...): the word characters, case-folded."""
    return _NOT_WORD.sub("", text).casefold()


def _headings(text: str, regions: list, found: list) -> set[str]:
    """Keys of the anchors the headings define (explicit ``{#id}``s are kept)."""
    anchors: set[str] = set()
    if "](#" not in text and "{#" not in text:
        return anchors
    for rs, re_ in regions:
        for pattern in (_ATX, _SETEXT):
            # (from the newline before the region, or a virtual one at the start)
            source, offset = (text, 0) if rs else ("\n" + text, 1)
            for m in pattern.finditer(source, max(rs - 1, 0) + (0 if rs else 0), re_ + offset):
                heading = m.group("h")
                explicit = _HEADING_ID.search(heading)
                if explicit:
                    h_end = m.end("h") - offset
                    found.append((h_end - len(heading) + explicit.start(), h_end))
                else:
                    anchors.add(_anchor_key(heading))
    anchors.discard("")
    return anchors


def _inline(text: str, start: int, end: int, found: list, labels: set,
            closers: html.Closers | None = None, anchors: frozenset | set = frozenset()) -> None:
    closers = closers or html.Closers(text, end)
    pos = start
    while True:
        m = _INLINE.search(text, pos, end)
        if m is None:
            return
        pos = m.end()
        kind = m.lastgroup
        if kind != "link" and m.group("link") is None:
            if kind == "tag":
                found.extend(html.tag_ranges(text, *m.span()))
            elif kind == "code" and "|" in m.group() and _TABLE_ROW.match(text, text.rfind("\n", 0, m.start()) + 1):
                row = _CODE_IN_ROW.match(text, m.start(), end)
                if row is not None:
                    found.append(row.span())
                    pos = row.end()
                else:
                    pos = m.start() + len(m.group("ticks")) + 1  # the run is literal text
            elif kind in ("code", "autolink", "template"):
                found.append(m.span())
            else:
                pos = closers.kept_end(m)
                found.append((m.start(), pos))
            continue
        ts, te = m.span("text")
        label = m.group("text")
        if label.startswith("^"):  # footnote reference
            found.append(m.span())
            continue
        if m.group("inline") is not None:
            found.append((te, m.end()))
            if m.group("title") is not None:
                title_s, title_e = m.span("title")
                found[-1] = (te, title_s + 1)
                found.append((title_e - 1, m.end()))
            dest = m.group("dest")
            if dest and dest.startswith("#") and anchors and _anchor_key(unquote(dest[1:])) in anchors:
                # a link to a heading of this document: its anchor is made
                # from the heading's text, so it converts with it
                ds, de = m.span("dest")
                kept_s, kept_e = found.pop()
                found.append((kept_s, ds + 1))
                found.append((de, kept_e))
            _inline(text, ts, te, found, labels, closers, anchors)
        elif m.group("ref") is not None:
            if m.group("ref").strip():
                found.append((te, m.end()))
                _inline(text, ts, te, found, labels, closers, anchors)
            else:  # collapsed [label][]
                found.append(m.span())
        elif _label_key(label) in labels:  # shortcut [label]
            found.append(m.span())
        else:
            _inline(text, ts, te, found, labels, closers, anchors)


def kept_ranges(text: str) -> list[tuple[int, int]]:
    """The kept ranges of a Markdown document."""
    found: list[tuple[int, int]] = []
    body = _front_matter(text, found)
    regions = _code_blocks(text, body, found)
    labels = set()
    for rs, re_ in regions:
        if "]:" not in text[rs:re_]:
            continue
        for m in _REF_DEF.finditer(text, rs, re_):
            label = m.group("label")
            if label.startswith("^"):  # a footnote: its text is prose
                found.append((m.start(), m.start("label") + len(label) + 2))
                continue
            labels.add(_label_key(label))
            if m.group("title") is None:
                found.append(m.span())
            else:
                found.append((m.start(), m.start("title") + 1))
                found.append((m.end("title") - 1, m.end()))
    anchors = _headings(text, regions, found)
    for rs, re_ in regions:
        if rs < re_:
            _inline(text, rs, re_, found, labels, anchors=anchors)
    return found
