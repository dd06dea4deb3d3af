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


@dataclass
class MhtmlPart:
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


def main_part(data: bytes) -> MhtmlPart | None:
    """The archive's root HTML part (or first text part), decoded from its transfer encoding."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
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
