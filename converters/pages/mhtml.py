"""MHTML (``multipart/related`` web archives): find the page's HTML part.

Uses the standard library's ``email`` parser, which tolerates truncated
archives (a missing closing boundary, a cut base64 or quoted-printable
body).  Only the bytes of the main HTML part and its declared charset are
returned; decoding is left to the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MIME_HEAD = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class MhtmlPart:
    """The main text part of an archive: its bytes (transfer encoding undone), type, charset and address."""

    body: bytes
    content_type: str
    charset: str | None
    location: str | None


def looks_like_mhtml(data: bytes) -> bool:
    """True when the first header block declares ``multipart/related``."""
    head = data[:4096]
    end = head.find(b"\n\n")
    end2 = head.find(b"\r\n\r\n")
    cut = min(x for x in (end, end2, len(head)) if x >= 0)
    return bool(_MIME_HEAD.search(head[: cut + 2]))


# The email parser holds several copies of what it parses: it only ever sees
# one text part, and at most this many bytes of it.
MAX_PART_BYTES = 8 * 1024 * 1024
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;]+))', re.IGNORECASE)
_PART_TYPE = re.compile(rb"^content-type:\s*([\w.+-]+/[\w.+-]+)", re.IGNORECASE | re.MULTILINE)


def _header_end(data: bytes, start: int = 0, limit: int = 65536) -> int:
    """Offset just past the blank line that ends the header block at ``start`` (-1 if none)."""
    window = data[start : start + limit]
    ends = [i + n for i, n in ((window.find(b"\r\n\r\n"), 4), (window.find(b"\n\n"), 2)) if i >= 0]
    return start + min(ends) if ends else -1


def _text_parts(data: bytes) -> bytes | None:
    """The archive reduced to its headers and its text parts, or None when it has no usable boundary.

    Images and other attachments are dropped by a byte scan before any
    parsing, so memory follows the text, not the archive.
    """
    head_end = _header_end(data)
    if head_end < 0:
        return None
    match = _BOUNDARY.search(data[:head_end])
    if not match:
        return None
    delimiter = b"--" + (match.group(1) or match.group(2))
    pieces = [data[:head_end]]
    kept = 0
    pos = data.find(delimiter, head_end)
    if pos < 0:
        return None
    while pos >= 0 and kept < MAX_PART_BYTES:
        nxt = data.find(delimiter, pos + len(delimiter))
        end = nxt if nxt >= 0 else len(data)
        header_end = _header_end(data, pos, min(65536, end - pos))
        headers = data[pos : header_end if header_end > 0 else end]
        kind = _PART_TYPE.search(headers)
        if kind is None or kind.group(1).lower().startswith(b"text/"):
            part = data[pos : min(end, pos + MAX_PART_BYTES - kept)]
            pieces.append(part)
            kept += len(part)
        pos = nxt
    pieces.append(delimiter + b"--\r\n")
    return b"".join(pieces)


def main_part(data: bytes) -> MhtmlPart | None:
    """The archive's root HTML part (or first text part), decoded from its transfer encoding."""
    import email
    import email.policy

    reduced = _text_parts(data)
    if reduced is None:
        reduced = data[:MAX_PART_BYTES]
    msg = email.message_from_bytes(reduced, policy=email.policy.compat32)
    start = msg.get_param("start") if msg.is_multipart() else None
    candidates = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if not ctype.startswith("text/"):
            continue
        candidates.append(part)
    if not candidates:
        return None
    chosen = None
    if start:
        sid = str(start).strip("<>")
        for part in candidates:
            if str(part.get("Content-ID", "")).strip().strip("<>") == sid:
                chosen = part
                break
    if chosen is None:
        html = [p for p in candidates if p.get_content_type() == "text/html"]
        chosen = html[0] if html else candidates[0]
    try:
        body = chosen.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: fall back to the raw text
        body = None
    if body is None:
        raw = chosen.get_payload()
        body = raw.encode("latin-1", "replace") if isinstance(raw, str) else b""
    charset = chosen.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2]
    return MhtmlPart(
        body=body,
        content_type=chosen.get_content_type(),
        charset=str(charset).lower() if charset else None,
        location=chosen.get("Content-Location"),
    )
