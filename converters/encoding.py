"""Encoding detection and decoding (interim: BOM and UTF-8 only).

The full detection policy (GB18030, Big5 family, chardet with a second
opinion) replaces this module; its public surface stays the same.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import BinaryInputError, DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Detection:
    """The result of :func:`detect_encoding`."""

    encoding: str | None
    confidence: float
    bom: bool = False
    binary: bool = False


def detect_encoding(data: bytes) -> Detection:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Detection(name, 1.0, bom=True)
    if b"\x00" in data:
        return Detection(None, 1.0, binary=True)
    return Detection("utf-8", 1.0)


def decode(data: bytes, encoding: str = "auto", errors: str = "strict") -> tuple[str, Detection]:
    if encoding != "auto":
        det = Detection(encoding, 1.0)
    else:
        det = detect_encoding(data)
        if det.binary:
            raise BinaryInputError("binary file (contains NUL bytes)")
    try:
        return data.decode(det.encoding, errors), det
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"cannot decode as {det.encoding} at byte {exc.start}",
            offset=exc.start,
            tried=(det.encoding,),
        ) from None
