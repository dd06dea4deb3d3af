"""The markup layer: apply a text rule to the prose of a document only.

A document in one of the ``MARKUPS`` (``markdown``, ``html``, ``rst`` or
``none`` for plain text) is cut into *kept spans* (code, link targets,
tags, URLs...; see each format's module for the list) and *prose runs*.
Any ``str -> str`` rule (script conversion, typesetting...) is applied to
each prose run on its own, so nothing it matches crosses a kept span, and
every kept span comes out byte-identical.

    >>> from zhtext.converters import Converter
    >>> convert_prose("见`汉字`与[汉字](wiki/汉字)", Converter("s2t"), "markdown")
    '見`汉字`與[漢字](wiki/汉字)'

In every markup, URLs, e-mail addresses and domain names (``例子.中国``)
stay, and so do the phrases of a protect list and the regions between
``zhtext: off`` and ``zhtext: on`` directives written in the format's own
comment syntax: ``<!-- zhtext: off -->`` (Markdown, HTML), ``.. zhtext: off``
(reStructuredText), a line ``zhtext: off`` or ``# zhtext: off`` (plain text).
``off``/``on`` may be in any case, ``zhtext`` in lower or upper case.

Scanning is regular expressions over the whole text (no parser, no loop
over characters), so it costs a fraction of a conversion.  Plain text can
also be processed piece by piece in bounded memory (:class:`ProseStream`).
"""

from __future__ import annotations

import os
import re
from typing import Callable, Iterable

from ..lazy import lazy_exports

# The scanning modules (their regular expressions take milliseconds to
# compile) load on first use: a plain text without addresses never needs them.
__getattr__, __dir__, __all__ = lazy_exports(__name__, {
    "Document": "model", "Span": "model", "Protect": "common", "ProseStream": "stream",
}, extra=("MARKUPS", "FORMATS", "markup_for_path", "resolve_markup", "split", "apply_rule",
          "convert_prose", "script_boundary"))

FORMATS = ("markdown", "html", "rst", "none")
MARKUPS = ("auto",) + FORMATS

_MARKUP_BY_SUFFIX = {
    ".md": "markdown", ".markdown": "markdown", ".mdx": "markdown", ".mkd": "markdown",
    ".mdown": "markdown", ".mkdn": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rst": "rst", ".rest": "rst",
}

_IDS_OPERATOR = re.compile("[\u2ff0-\u2fff]")


def markup_for_path(name: str | os.PathLike | None) -> str:
    """The markup of a file by its name (case-insensitive suffix):
    ``.md``, ``.markdown``, ``.mdx`` (and ``.mkd``, ``.mdown``, ``.mkdn``)
    are ``markdown``; ``.html``, ``.htm``, ``.xhtml`` are ``html``;
    ``.rst`` (and ``.rest``) is ``rst``; anything else, and standard input
    (``None`` or ``"-"``), is ``none``."""
    if name is None or os.fspath(name) == "-":
        return "none"
    suffix = os.path.splitext(os.fspath(name))[1].lower()
    return _MARKUP_BY_SUFFIX.get(suffix, "none")


def resolve_markup(markup: str, name: str | os.PathLike | None = None) -> str:
    """``markup`` itself, or for ``auto`` the markup of the file ``name``."""
    if markup == "auto":
        return markup_for_path(name)
    if markup not in FORMATS:
        raise ValueError(f"unknown markup {markup!r}; choose one of: {', '.join(MARKUPS)}")
    return markup


def _format(markup: str):
    if markup == "markdown":
        from . import markdown as module
    elif markup == "html":
        from . import html as module
    elif markup == "rst":
        from . import rst as module
    elif markup == "none":
        from . import plain as module
    else:
        raise ValueError(f"unknown markup {markup!r}; choose one of: {', '.join(FORMATS)}")
    return module


def split(text: str, markup: str = "none", *, protect: Protect | Iterable[str] = (),
          directives: bool = True) -> Document:
    """Cut ``text`` into kept spans and prose runs.

    ``markup``: one of ``FORMATS`` (resolve ``auto`` first with
    :func:`resolve_markup`).  ``protect``: phrases kept wherever they occur.
    ``directives=False`` ignores ``zhtext: off``/``on`` comments.
    """
    from . import common
    from .common import url_ranges
    from .model import document_from_kept, merge_ranges

    module = _format(markup)
    kept = merge_ranges(module.kept_ranges(text))
    kept.extend(url_ranges(text, skip=kept))
    if protect:
        kept.extend(common.protect_ranges(text, protect))
    if directives and ("zhtext" in text or "ZHTEXT" in text):
        kept.extend(common.directive_ranges(text, module.DIRECTIVE))
    return document_from_kept(text, kept)


def apply_rule(text: str, rule: Callable[[str], str], markup: str = "none", *,
               protect: Protect | Iterable[str] = (), directives: bool = True,
               boundary: bool = False) -> str:
    """``text`` with ``rule`` applied to each prose run on its own; see
    :meth:`Document.apply` for ``boundary``."""
    if _all_prose(text, markup, protect):
        return rule(text)
    return split(text, markup, protect=protect, directives=directives).apply(rule, boundary=boundary)


def convert_prose(text: str, converter, markup: str = "none", *,
                  protect: Protect | Iterable[str] = (), directives: bool = True) -> str:
    """Script conversion of the prose runs: each run exactly as
    ``converter.convert`` converts it alone (a
    :class:`~zhtext.converters.opencc.Converter` or any object with a
    ``convert`` method).  Text without markup converts as a whole."""
    if _all_prose(text, markup, protect):
        return converter.convert(text)
    doc = split(text, markup, protect=protect, directives=directives)
    return doc.apply(converter.convert, boundary=script_boundary(text))


def _all_prose(text: str, markup: str, protect) -> bool:
    """Whether ``split`` would find nothing to keep in ``text``, known without
    scanning: plain text, no protected phrase, and none of the characters
    every kept span needs (a URL has "://" or "mailto:"-like ":", a domain
    name its ".", an e-mail address its "@", a directive "zhtext:").  Such a
    text is one prose run, so a rule applies to it whole (same result)."""
    return (markup == "none" and not protect
            and ":" not in text and "." not in text and "@" not in text)


def script_boundary(text: str) -> bool:
    """Whether script conversion may join the prose runs of ``text``
    (``boundary=True`` of :meth:`Document.apply`): OpenCC's matches never
    cross a control character or noncharacter, but an ideographic
    description sequence could take the joining character as an operand, so
    a text with one converts run by run."""
    return _IDS_OPERATOR.search(text) is None
