"""The fields a text save opens with, before the page's own text.

Markdown clippers, static-site tools and archivers write YAML front matter (``---``, then
``title: …``, ``url: …``, ``date: …`` lines, then ``---``); a reader service writes a header
of ``Title:``, ``URL Source:``, ``Published Time:`` lines and then ``Markdown Content:``.  Either
names the page's title, address and date outright, and neither is text of the page.  A
crawler's dump that opens with the page's address alone on its first line (or after crawl4ai's
``# Content from:``) names the address.

This is no YAML parser: only flat ``key: value`` lines are read (a quoted value loses its
quotes, nested and list values are passed over), and a block that is not made of such lines
is no front matter at all: the save is then read as it is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

__all__ = ["FrontMatter", "front_matter"]

_FENCE = "---"
_MAX_LINES = 60  # the most lines a front matter block holds
_FIELD = re.compile(r"^([A-Za-z_][\w -]{0,30}?)\s*:\s*(.*)$")  # title: 某某, URL Source: https://…
_NESTED = re.compile(r"^(?:\s+\S|-\s)")  # an indented or listed line under a key (tags:\n  - a)
_READER_START = re.compile(r"^Title:\s*\S")
_READER_BODY = "Markdown Content:"
# a crawler's dump opening with the page's address alone, or under crawl4ai's heading (# Content from: https://…)
_ADDRESS_LINE = re.compile(r"^\s*(?:#\s*Content from:\s*)?(https?://[^\s<>\"]+)\s*$")

# the field names that give each value (lower case, spaces as written)
_TITLE = ("title", "name")
_URL = ("url", "link", "source", "url source", "source_url", "original_url", "canonical")
_DATE = ("date", "published", "published time", "pubdate", "created", "publish_date")
_AUTHOR = ("author", "authors", "byline")


@dataclass(slots=True)
class FrontMatter:
    """What a save's opening fields name (empty strings where they name nothing), and the
    save's text after them."""

    title: str = ""
    url: str = ""
    date: str = ""
    author: str = ""
    text: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def _value(raw: str) -> str:
    """A field's value: its quotes and the character references a writer left in it
    (&#12300;, &amp;) taken out."""
    v = raw.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        v = v[1:-1]
    return html.unescape(v).strip()


def _pick(fields: dict[str, str], names: tuple[str, ...], *, address: bool = False) -> str:
    for name in names:
        v = fields.get(name, "")
        if v and (not address or v.startswith(("http://", "https://"))):
            return v
    return ""


def _read(lines: list[str]) -> dict[str, str] | None:
    """The fields of ``lines``, or None when one of them is neither a field nor a value nested
    under one."""
    fields: dict[str, str] = {}
    for line in lines:
        if not line.strip() or (fields and _NESTED.match(line)):
            continue
        m = _FIELD.match(line)
        if m is None:
            return None
        fields.setdefault(m.group(1).strip().lower(), _value(m.group(2)))
    return fields or None


def front_matter(text: str) -> FrontMatter:
    """The fields ``text`` opens with (YAML front matter or a reader service's header) and the
    text after them; a save with neither comes back whole, with no fields."""
    body = text.lstrip("\ufeff")
    lines = body.split("\n")
    fields = None
    rest = 0
    if lines and lines[0].strip() == _FENCE:
        close = next((i for i in range(1, min(len(lines), _MAX_LINES + 2)) if lines[i].strip() == _FENCE), None)
        if close is not None and close > 1:
            fields = _read(lines[1:close])
            rest = close + 1
    elif lines and _READER_START.match(lines[0]):
        start = next((i for i in range(1, min(len(lines), _MAX_LINES + 2)) if lines[i].strip() == _READER_BODY), None)
        if start is not None:
            fields = _read(lines[:start])
            rest = start + 1
    elif lines and (address := _ADDRESS_LINE.match(lines[0])):
        fields = {"url": address.group(1)}
        rest = 1
    if not fields:
        return FrontMatter(text=text)
    return FrontMatter(title=_pick(fields, _TITLE), url=_pick(fields, _URL, address=True), date=_pick(fields, _DATE),
                       author=_pick(fields, _AUTHOR), text="\n".join(lines[rest:]), fields=fields)
