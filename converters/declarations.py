"""Encoding declarations inside text files, and rewriting them to UTF-8.

A file re-encoded as UTF-8 must not go on declaring its old encoding:
Python refuses ``# -*- coding: gbk -*-`` on UTF-8 bytes (``SyntaxError:
encoding problem``) and a browser reads a UTF-8 page that says
``<meta charset="gb2312">`` as GB2312.  This module finds such declarations
and rewrites their encoding name to UTF-8:

``coding-cookie``
    PEP 263 coding cookie (``# -*- coding: gbk -*-``, ``# vim: set
    fileencoding=gbk``, Ruby's ``# encoding: gbk``) on the first line, or on
    the second when the first is a comment or blank; Python and Ruby source
    and shebang scripts only.
``meta-charset``, ``http-equiv``
    ``<meta charset="...">`` and ``<meta http-equiv="Content-Type"
    content="text/html; charset=...">`` in HTML files, outside comments,
    scripts and styles.
``xml``
    The ``encoding`` of an XML declaration at the very start of any file.
``css-charset``
    A ``@charset "...";`` rule at the very start of any file.

Which declarations count depends on the file name (an HTML example inside
Markdown is content, not a declaration); without a name the kind is
guessed from the text.  A declaration that is there but cannot be
rewritten safely (a templated value such as ``charset="{{ enc }}"``, a
value that is not an encoding name) raises :class:`DeclarationError`, so a
caller skips the file rather than leave it contradicting itself.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

from .errors import SkippedInputError

__all__ = ["Declaration", "DeclarationError", "find_declarations", "declare_utf8", "file_kind"]

KINDS = ("coding-cookie", "meta-charset", "http-equiv", "xml", "css-charset")

_PYTHON_SUFFIXES = frozenset({".py", ".pyw", ".pyi", ".pyx", ".pxd", ".pxi", ".rb", ".rbw", ".gemspec", ".rake"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".php", ".jsp", ".asp", ".aspx"})


class DeclarationError(SkippedInputError):
    """A declaration is there but cannot be rewritten safely (a batch skips the file)."""


@dataclass(slots=True, frozen=True)
class Declaration:
    """One encoding declaration: its kind, the declared name, and where the
    name is (``text[start:end]``, on line ``line`` counted from 1)."""

    kind: str
    encoding: str
    start: int
    end: int
    line: int


_NAME = r"[A-Za-z0-9][-_.:A-Za-z0-9]*"
# PEP 263's regular expression, on one line
_COOKIE = re.compile(rf"^[ \t\f]*#.*?coding[:=][ \t]*(?P<name>{_NAME})", re.M)
_COMMENT_OR_BLANK = re.compile(r"[ \t\f]*(?:#.*)?\r?\n?\Z")
_SHEBANG = re.compile(r"#![^\n]*\b(?:python[0-9.]*|ruby|pypy[0-9.]*)\b")

_XML_DECL = re.compile(r"""\A\ufeff?<\?xml\b(?P<body>[^>]*?)\?>""")
_XML_ENCODING = re.compile(r"""\bencoding\s*=\s*(?:(?P<q>["'])(?P<value>[^"'<>]*)(?P=q)|(?P<bare>[^\s?>]+))""")
_CSS_CHARSET = re.compile(r"""\A\ufeff?@charset\s+(?P<q>["'])(?P<value>[^"'\n]*)(?P=q)\s*;""")

_META = re.compile(r"<meta\b(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.I)
_ATTR = re.compile(
    r"""(?P<name>[^\s"'<>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'<>=`]+)))?"""
)
_IGNORED_HTML = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|template)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S
)
_CONTENT_CHARSET = re.compile(r"charset\s*=\s*(?P<value>[^\s;\"']*)", re.I)


def file_kind(name: str | os.PathLike | None, text: str = "") -> frozenset[str]:
    """The declaration kinds that count in the file ``name`` (``None``:
    guessed from ``text``)."""
    kinds = {"xml", "css-charset"}
    suffix = os.path.splitext(os.fspath(name))[1].lower() if name not in (None, "-") else None
    if suffix in _PYTHON_SUFFIXES or (not suffix and _SHEBANG.match(text)):
        kinds.add("coding-cookie")
    if suffix in _HTML_SUFFIXES or (
        suffix is None and re.match(r"\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta)\b", text, re.I | re.S)
    ):
        kinds.update(("meta-charset", "http-equiv"))
    return frozenset(kinds)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _check_name(kind: str, value: str, start: int, text: str) -> Declaration:
    if not re.fullmatch(_NAME, value or ""):
        raise DeclarationError(
            f"line {_line(text, start)}: {kind} declaration {value!r} is not an encoding name; left as it is"
        )
    return Declaration(kind, value, start, start + len(value), _line(text, start))


def _cookie(text: str) -> Declaration | None:
    first_end = text.find("\n") + 1 or len(text)
    m = _COOKIE.match(text, 0, first_end)
    if m is None and _COMMENT_OR_BLANK.match(text[:first_end]):
        second_end = text.find("\n", first_end) + 1 or len(text)
        m = _COOKIE.match(text, first_end, second_end)
    if m is None:
        return None
    return Declaration("coding-cookie", m.group("name"), m.start("name"), m.end("name"), _line(text, m.start()))


def _html(text: str) -> list[Declaration]:
    ignored = [m.span() for m in _IGNORED_HTML.finditer(text)] if "<" in text else []
    body = re.search(r"<body\b", text, re.I)
    limit = body.start() if body else len(text)
    found = []
    for meta in _META.finditer(text, 0, limit):
        if any(s <= meta.start() < e for s, e in ignored):
            continue
        attrs = {}
        for a in _ATTR.finditer(text, meta.start("attrs"), meta.end("attrs")):
            group = a.lastgroup if a.lastgroup in ("dq", "sq", "bare") else None
            span = a.span(group) if group else (a.end(), a.end())
            attrs[a.group("name").lower()] = (a.group(group) if group else "", span)
        if "charset" in attrs:
            value, (s, _e) = attrs["charset"]
            found.append(_check_name("meta-charset", value.strip(), s + len(value) - len(value.lstrip()), text))
        equiv = attrs.get("http-equiv", ("", None))[0].strip().lower()
        if equiv == "content-type" and "content" in attrs:
            value, (s, _e) = attrs["content"]
            c = _CONTENT_CHARSET.search(value)
            if c is None:
                if "charset" in value.lower():
                    raise DeclarationError(
                        f"line {_line(text, s)}: cannot read the charset in content={value!r}; left as it is"
                    )
                continue
            found.append(_check_name("http-equiv", c.group("value"), s + c.start("value"), text))
    return found


def find_declarations(text: str, name: str | os.PathLike | None = None) -> list[Declaration]:
    """Every encoding declaration of the kinds that count in the file
    ``name`` (see :func:`file_kind`), in text order.

    Raises :class:`DeclarationError` for a declaration whose value is not a
    plain encoding name (it could not be rewritten safely).
    """
    kinds = file_kind(name, text[:4096])
    found: list[Declaration] = []
    if "coding-cookie" in kinds:
        cookie = _cookie(text)
        if cookie is not None:
            found.append(cookie)
    xml = _XML_DECL.match(text)
    if xml is not None:
        enc = _XML_ENCODING.search(text, xml.start("body"), xml.end("body"))
        if enc is not None:
            group = "value" if enc.group("value") is not None else "bare"
            found.append(_check_name("xml", enc.group(group), enc.start(group), text))
    css = _CSS_CHARSET.match(text)
    if css is not None:
        found.append(_check_name("css-charset", css.group("value"), css.start("value"), text))
    if "meta-charset" in kinds and "<" in text:
        found.extend(_html(text))
    found.sort(key=lambda d: d.start)
    return found


def is_utf8_name(name: str) -> bool:
    """Does the encoding name mean UTF-8 (``utf-8``, ``UTF8``, ``utf-8-sig``...)?"""
    try:
        return codecs.lookup(name).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def declare_utf8(text: str, name: str | os.PathLike | None = None) -> tuple[str, list[Declaration]]:
    """``text`` with every declaration of another encoding rewritten to
    UTF-8, and the declarations that were rewritten.

    The new name keeps the case style of the old one where it matters to
    nobody: ``utf-8`` for a lower-case name, ``UTF-8`` otherwise.  Raises
    :class:`DeclarationError` (nothing rewritten) when a declaration cannot
    be rewritten safely.
    """
    changed = [d for d in find_declarations(text, name) if not is_utf8_name(d.encoding)]
    if not changed:
        return text, []
    pieces = []
    last = 0
    for d in changed:
        pieces.append(text[last:d.start])
        pieces.append("utf-8" if d.encoding.islower() else "UTF-8")
        last = d.end
    pieces.append(text[last:])
    return "".join(pieces), changed
