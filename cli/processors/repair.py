"""Repair: reverse mojibake (UTF-8 text once decoded as GBK, Big5 or cp1252 and saved again).

The reversal is the library's (:func:`zhtext.converters.mojibake.repair`):
exact or nothing.  A text whose bytes are gone is left alone with a warning
saying why; a text that is not mojibake comes out as it went in.
"""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result


class RepairProcessor(Processor):
    """Decode one input, reverse its mojibake; the engine writes UTF-8."""

    # An input whose text needs no repair is unchanged, whatever its encoding
    # (re-encoding is recode's job): --check passes, --in-place leaves its bytes.
    skip_if_text_unchanged = True

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.mojibake import repair

        from .decoding import decode_input

        text, det, warnings = decode_input(data, self.encoding, self.errors)  # U+FFFD counted
        result = repair(text)
        if result.reason:
            warnings.append(f"left alone: {result.reason}")
        data_out = result.mojibake.as_dict() if result.mojibake is not None else None
        return Result(result.text, warnings=warnings, original_text=text, data=data_out,
                      encoding=det.encoding)
