"""A bounded HTML tokenizer: one left-to-right pass of regular expressions.

:func:`tokenize` reads tags, comments, raw-text elements (``script``,
``style``, ``title``, ``textarea``, ``xmp``) and text, and reports them to a
:class:`TokenSink`.  Character references are resolved with
``html.unescape``.  Nothing recurses and each character is looked at a
bounded number of times, whatever the markup: a tag that does not end within
``TAG_WINDOW`` characters is read again, quoted values whole, within
``LONG_WINDOW`` (while these second readings have looked at fewer than four
times the input's characters), and else ends at the next ``>``; an
unterminated comment or raw-text element runs to the end of the input.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Protocol

__all__ = ["TokenSink", "tokenize", "parse_attrs", "VOID_TAGS", "TAG_WINDOW", "LONG_WINDOW"]

VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
TAG_WINDOW = 2048

_TAG = re.compile(
    r"<(?:(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})((?:[^>\"']|\"[^\"]{0,4000}\"|'[^']{0,4000}')*)>|(!--)|[!?][^>]{0,4000}>)"
)
LONG_WINDOW = 1 << 20
_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})")
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_END = {t: re.compile(rf"</{t}\s*>", re.IGNORECASE) for t in ("script", "style", "textarea", "title", "xmp")}
_RAW_TEXT = frozenset({"title", "textarea", "xmp"})  # raw-text elements whose text is reported


class TokenSink(Protocol):
    """What :func:`tokenize` reports to."""

    stopped: bool  # True: stop reading (the sink has all it can hold)

    def keeps_space(self) -> bool:
        """Whether whitespace between tags is text (inside ``pre`` or ``title``)."""

    def text(self, data: str) -> None:
        """Text, character references resolved."""

    def space(self) -> None:
        """Whitespace between two tags."""

    def wants_attrs(self, tag: str, raw: str) -> bool:
        """Whether the attributes ``raw`` of an opening ``tag`` need parsing."""

    def tracks_end(self, tag: str) -> bool:
        """Whether a closing ``tag`` is reported."""

    def start_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None: ...

    def end_tag(self, tag: str) -> None: ...

    def empty_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed non-void element (``<div/>``)."""

    def stylesheet(self, css: str) -> None:
        """The text of a ``<style>`` element (its first 200,000 characters)."""


def _text(raw: str) -> str:
    return unescape(raw) if "&" in raw else raw


def parse_attrs(raw: str) -> list[tuple[str, str | None]]:
    """``(name, value)`` pairs of a tag's attribute text, names lower-cased."""
    return [(m.group(1).lower(), m.group(2) if m.group(2) is not None else
             m.group(3) if m.group(3) is not None else m.group(4))
            for m in _ATTR.finditer(raw)]


def _long_tag_end(html: str, j: int, stop: int) -> int:
    """The ``>`` that ends a tag whose attributes start at ``j``, read as a browser reads them:
    a quote opens a value only after ``=`` (``"=""`` is an attribute named ``"``), and a ``>``
    inside a quoted value ends nothing; -1 when the tag does not end before ``stop``."""
    find = html.find
    while True:
        gt = find(">", j, stop)
        if gt < 0:
            return -1
        eq = find("=", j, gt)
        if eq < 0:
            return gt
        k = eq + 1
        while k < stop and html[k] in " \t\n\r\f":
            k += 1
        if k < stop and html[k] in "\"'":
            close = find(html[k], k + 1, stop)
            if close < 0:
                return -1
            j = close + 1
        else:
            j = k


def tokenize(html: str, sink: TokenSink) -> None:
    """Report the tokens of ``html`` to ``sink`` until the input ends or ``sink.stopped``."""
    pos, n = 0, len(html)
    find = html.find
    next_gt = -1  # cached position of the next ">" (keeps the fallback linear)
    budget = 4 * n  # characters the long-tag reading may look at in all (keeps it linear too)
    while pos < n and not sink.stopped:
        i = find("<", pos)
        if i < 0:
            sink.text(_text(html[pos:]))
            break
        if i > pos:
            seg = html[pos:i]
            if seg.isspace() and not sink.keeps_space():
                sink.space()
            else:
                sink.text(_text(seg))
        m = _TAG.match(html, i, min(n, i + TAG_WINDOW))
        if m is not None:
            closing, name, raw, comment = m.groups()
            end = m.end()
        else:
            closing = name = raw = comment = None
            head = _NAME.match(html, i, min(n, i + 48))
            if head is not None and budget > 0:
                stop = min(n, i + LONG_WINDOW, i + budget)
                gt = _long_tag_end(html, head.end(), stop)
                budget -= (gt if gt >= 0 else stop) - i
                if gt >= 0:
                    closing, name, raw, end = head.group(1), head.group(2), html[head.end():gt], gt + 1
        if m is None and name is None:
            # Not a tag: a stray "<", or a tag never closed (or too long even
            # for the second reading), which ends at the next ">".
            name = head
            if name is None:
                sink.text("<")
                pos = i + 1
                continue
            if next_gt <= i:
                next_gt = find(">", i)
                if next_gt < 0:
                    next_gt = n  # unterminated: the rest is inside the tag
            if not name.group(1) and next_gt < n:
                tag = name.group(2).lower()
                raw = html[name.end():min(next_gt, name.end() + TAG_WINDOW)]
                sink.start_tag(tag, parse_attrs(raw))
                if tag in _RAW_END:
                    e = _RAW_END[tag].search(html, next_gt + 1)
                    pos = n if e is None else e.start()
                    continue
            elif next_gt < n:
                sink.end_tag(name.group(2).lower())
            pos = next_gt + 1
            continue
        if comment:  # a comment runs to --> (or to the end when unterminated)
            j = find("-->", i + 4)
            pos = n if j < 0 else j + 3
            continue
        pos = end
        if name is None:  # <!doctype>, <?xml?>, <![CDATA[...]>
            continue
        tag = name.lower()
        if closing:
            if sink.tracks_end(tag):
                sink.end_tag(tag)
            continue
        attrs = parse_attrs(raw) if raw and raw.strip(" /") and sink.wants_attrs(tag, raw) else []
        if raw.endswith("/") and tag not in VOID_TAGS:
            sink.empty_tag(tag, attrs)
            continue
        sink.start_tag(tag, attrs)
        end_re = _RAW_END.get(tag)
        if end_re is not None:  # raw text: no tags inside
            e = end_re.search(html, pos)
            stop = n if e is None else e.start()
            if tag in _RAW_TEXT:
                sink.text(_text(html[pos:stop]))
            elif tag == "style":
                sink.stylesheet(html[pos:min(stop, pos + 200_000)])
            pos = stop if e is not None else n
