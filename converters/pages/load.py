"""Loading a saved page: its form (plain text, HTML or MHTML) and its text.

:func:`load_page` turns the bytes (or text) of a saved page into a
:class:`LoadedPage`: the form it was saved in, the form its text is read as
(an MHTML archive holds HTML or text), the decoded text and the decoding's
warnings.  Decoding trusts a BOM, then valid UTF-8, then the page's declared
charset (promoted by the encoding layer: GBK reads as GB18030, Big5 as
CP950), then detection (:func:`zhtext.converters.encoding.decode_page`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .mhtml import looks_like_mhtml, main_part

__all__ = ["LoadedPage", "load_page", "detect_form", "declared_charset", "no_surrogates", "MAX_PAGE_BYTES"]

# bytes of a page decoded at most: enough for the characters read of an HTML page in any encoding
MAX_PAGE_BYTES = 8 * 1024 * 1024

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp"}
_MHTML_EXT = {".mht", ".mhtml"}
_TEXT_EXT = {".txt", ".text", ".md", ".markdown"}
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
# the input opens with a tag, a comment, a doctype or an XML declaration (not an autolink,
# <https://…>, opening a Markdown save)
_OPENS_TAG = re.compile(rb"<(?:[!?]|[A-Za-z][A-Za-z0-9-]{0,30}[\s/>])")
_MARKUP = re.compile(
    rb"<(?:!doctype|html|head|body|meta|div|p|br|table|span|a|title|script|style|h[1-6]|ul|li|td)\b",
    re.IGNORECASE,
)


def detect_form(data: bytes, filename: str | None = None) -> str:
    """``"mhtml"``, ``"html"`` or ``"text"``, by content first, then by extension."""
    ext = Path(filename).suffix.lower() if filename else ""
    if looks_like_mhtml(data):
        return "mhtml"
    head = data[:16384]
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"\x00" in head[:4096]:  # UTF-16 page: decide on the decoded start
        try:
            probe = head.decode("utf-16").encode("utf-8").lstrip(b"\xef\xbb\xbf \t\r\n")
        except UnicodeDecodeError:
            pass
    if _OPENS_TAG.match(probe) and _MARKUP.search(probe[:2048]):
        return "html"
    tags = len(_MARKUP.findall(probe))
    if ext in _MHTML_EXT and _HEADER_LINE.match(probe):
        return "mhtml"  # a cut or unusual archive header
    if ext in _MHTML_EXT or ext in _HTML_EXT:
        # a page saved under a page name; without any markup it is plain text
        return "html" if tags else "text"
    if ext not in _TEXT_EXT and tags >= 5:
        return "html"
    return "text"


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 8 KB."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii").lower() if m else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """Lone surrogates (from a str built with surrogateescape, say) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@dataclass(slots=True)
class LoadedPage:
    """A page's decoded text and how it was read."""

    text: str
    form: str  # the form the text is read as: "html" or "text"
    saved_form: str  # the form of the file: "html", "text" or "mhtml"
    encoding: str | None = None
    location: str | None = None  # an MHTML archive's Content-Location
    warnings: list[str] = field(default_factory=list)


def load_page(data: bytes | str, filename: str | None = None) -> LoadedPage:
    """Read ``data`` (the raw file, or already-decoded text) as a page."""
    from ..encoding import decode_page  # the detectors load only when bytes need them

    if isinstance(data, str):
        data = no_surrogates(data)
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    form = detect_form(raw, filename)
    page = LoadedPage("", form, form)
    if form == "mhtml":
        part = main_part(raw)
        if part is None:
            page.warnings.append("MHTML archive without a text part")
            body, declared, page.form = b"", None, "text"
        else:
            body, declared, page.location = part.body, part.charset, part.location
            page.form = "html" if part.content_type == "text/html" else "text"
            if page.form == "html":
                declared = declared or declared_charset(body)
        text, page.encoding, warnings = decode_page(body, declared)
        page.warnings += warnings
    elif isinstance(data, str):
        text = data
    else:
        declared = declared_charset(raw) if form == "html" else None
        if len(raw) > MAX_PAGE_BYTES:
            # Only the first characters are read anyway: do not decode (and
            # hold) the rest.  Cut after a line end when there is one.
            cut = raw.rfind(b"\n", 0, MAX_PAGE_BYTES)
            raw = raw[: cut + 1 if cut > 0 else MAX_PAGE_BYTES]
            page.warnings.append(f"page too large; only its first {len(raw)} bytes were read")
        text, page.encoding, warnings = decode_page(raw, declared)
        page.warnings += warnings
    page.text = no_surrogates(text).lstrip("\ufeff")
    return page
