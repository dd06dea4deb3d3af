"""Inspection of a text input: its encoding, line endings and script, as one report.

:func:`examine` looks at bytes held in memory, :func:`examine_blocks` at an
input of any length given as byte blocks (bounded memory).  Both return the
fields ``zhtext detect`` prints (also its ``--json`` keys, ``mojibake``
included: UTF-8 text once decoded with a legacy codec, see
:mod:`.mojibake`); an input that
cannot be decoded gives ``encoding: None`` and ``error``, ``tried`` and
``offset`` instead of raising.
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["NewlineCounter", "examine", "examine_blocks"]


class NewlineCounter:
    """Counts line endings across pieces of text (a CRLF may straddle two pieces)."""

    def __init__(self) -> None:
        self.lf = self.crlf = self.cr = 0
        self._cr_pending = False

    def feed(self, text: str) -> None:
        if not text:
            return
        if self._cr_pending:
            self._cr_pending = False
            if text[0] == "\n":
                self.crlf += 1
                text = text[1:]
            else:
                self.cr += 1
        if text.endswith("\r"):
            self._cr_pending = True
            text = text[:-1]
        crlf = text.count("\r\n")
        self.crlf += crlf
        self.cr += text.count("\r") - crlf
        self.lf += text.count("\n") - crlf

    def kind(self) -> str:
        """``lf``, ``crlf``, ``cr``, ``mixed`` or ``none``."""
        if self._cr_pending:
            self.cr += 1
            self._cr_pending = False
        kinds = [name for name, n in (("lf", self.lf), ("crlf", self.crlf), ("cr", self.cr)) if n]
        if not kinds:
            return "none"
        return kinds[0] if len(kinds) == 1 else "mixed"


def examine(data: bytes) -> dict:
    """The report fields for one input held in memory."""
    from .encoding import decode
    from .errors import BinaryInputError, DecodeError
    from .script import ScriptCounter

    try:
        text, det = decode(data)
    except BinaryInputError:
        return _binary()
    except DecodeError as exc:
        return _undecodable(exc)
    newlines = NewlineCounter()
    newlines.feed(text)
    script = ScriptCounter()
    script.feed(text)
    return _fields(det, newlines, script, _mojibake(text, partial=False))


def examine_blocks(blocks: Iterable[bytes]) -> dict:
    """The report fields for an input given as byte blocks, decoded block by block."""
    from .encoding import BlockDecoder
    from .errors import BinaryInputError, DecodeError
    from .script import ScriptCounter

    DETECT_CHARS = 65536  # as mojibake.DETECT_CHARS (not imported for ASCII input)

    decoder = BlockDecoder()
    newlines, script = NewlineCounter(), ScriptCounter()
    head: list[str] = []  # the first DETECT_CHARS characters, for the mojibake check
    held = 0
    try:
        for text in decoder.texts(blocks):
            newlines.feed(text)
            script.feed(text)
            if held < DETECT_CHARS:
                head.append(text[: DETECT_CHARS - held])
                held += len(head[-1])
    except BinaryInputError:
        return _binary()
    except DecodeError as exc:
        return _undecodable(exc)
    mojibake = _mojibake("".join(head), partial=held >= DETECT_CHARS)
    fields = _fields(decoder.detection, newlines, script, mojibake)
    fields["truncated"] = decoder.truncated  # not the cut of the block the encoding came from
    return fields


def _mojibake(text: str, partial: bool) -> dict | None:
    """``{"text_was": "utf-8", "read_as": "gbk"}`` when the text is mojibake, else None."""
    if text.isascii():
        return None  # nothing to reverse (and nothing imported)
    from .mojibake import detect_mojibake

    found = detect_mojibake(text.rstrip("\ufffd"), partial=partial)
    return found.as_dict() if found is not None else None


def _undecodable(exc) -> dict:
    return {"encoding": None, "error": str(exc), "tried": list(exc.tried), "offset": exc.offset}


def _binary() -> dict:
    return {"encoding": None, "confidence": 1.0, "bom": False, "newline": None, "script": None,
            "binary": True, "truncated": False, "mojibake": None}


def _fields(det, newlines: NewlineCounter, script, mojibake: dict | None = None) -> dict:
    rep = script.report()
    fields = {
        "encoding": det.encoding,
        "confidence": round(det.confidence, 2),
        "bom": det.bom,
        "newline": newlines.kind(),
        "script": rep.script,
        "binary": False,
        "truncated": det.truncated,
        "mojibake": mojibake,
    }
    if rep.script == "mixed":
        fields["examples"] = [{"char": ch, "line": line} for ch, line in rep.examples]
    return fields
