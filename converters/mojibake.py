"""Mojibake: UTF-8 text that was once decoded with a legacy codec and saved again.

A UTF-8 file opened as GBK (``这是`` becomes ``杩欐槸``), as Big5 or as
cp1252 / Latin-1 (``è¿™æ˜¯``) and saved as UTF-8 again still holds every
original byte, as long as the wrong codec decoded them all.  The repair is
the reverse of what happened: encode the text with the wrong codec and decode
the bytes strictly as UTF-8.  :func:`detect_mojibake` tries the codecs in
turn and accepts a reversal only when it is exact (both steps strict) and the
result reads better: more like Chinese by the character-pair model
(:mod:`.hanzi_frequency`) and with fewer odd characters
(:func:`.encoding.oddity`).  Clean Chinese, Japanese, Korean or European
text is left alone: its bytes in a legacy codec are not UTF-8.

When bytes are gone, nothing is changed and :func:`repair` says why: runs of
``锟斤拷`` (U+FFFD written as UTF-8 and read as GBK: the original bytes were
replaced before), U+FFFD itself, or an odd byte the wrong codec could not
decode (the reversal fails at one place).

    >>> broken = "这是一个测试".encode("utf-8").decode("gbk")
    >>> broken
    '杩欐槸涓\u20ac涓祴璇\x95'
    >>> repair(broken).text
    '这是一个测试'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Mojibake", "RepairResult", "detect_mojibake", "repair", "WRONG_CODECS"]

# (the codec the text was wrongly decoded with, the codec that reproduces its bytes)
WRONG_CODECS = (
    ("gbk", "gbk"),
    ("big5", "cp950"),
    ("cp1252", "cp1252"),
    ("latin-1", "latin-1"),
)

# U+FFFD encoded as UTF-8 (EF BF BD) and read as GBK: 锟斤拷 (and its Big5 twin)
_LOST_RUNS = ("锟斤拷", "\u951f\u65a4\u62f7", "嚙踝蕭")
# lost bytes per character that decodes, at most, for mojibake with bytes gone
_LOST_SHARE = 0.75


@dataclass(slots=True, frozen=True)
class Mojibake:
    """``text_was`` (always ``utf-8``) was decoded as ``read_as`` and saved again."""

    text_was: str
    read_as: str
    #: some of the original bytes were lost before the text was saved again
    #: (U+FFFD, ``锟斤拷``, a byte without its pair): it cannot be reversed exactly
    bytes_lost: bool = False

    def as_dict(self) -> dict:
        out: dict = {"text_was": self.text_was, "read_as": self.read_as}
        if self.bytes_lost:
            out["bytes_lost"] = True
        return out


@dataclass(slots=True)
class RepairResult:
    """The outcome of :func:`repair`.

    ``text`` is the repaired text (the input itself when nothing changed);
    ``changed`` says whether it differs; ``mojibake`` names what was
    reversed; ``reason`` says why a text that looks garbled was left alone
    (bytes are gone), else None.
    """

    text: str
    changed: bool
    mojibake: Mojibake | None = None
    reason: str | None = None


def _reads(text: str) -> tuple[float, float]:
    """(share of odd characters, Chinese score): how well ``text`` reads."""
    from .encoding import oddity
    from .hanzi_frequency import chinese_evidence

    odd, total = oddity(text[:16384])
    ev = chinese_evidence(text[:16384], 256)
    return (odd / total if total else 0.0), ev.score


def _reads_better(fixed: str, garbled: str) -> bool:
    """The reversal reads better: no more odd characters and more like text.

    UTF-8 read as a legacy codec always turns into more non-ASCII characters
    than it held (three cp1252 characters, or 1.5 GBK characters, for one
    Chinese character), rarer ones, in pairs that form no words.
    """
    odd_fixed, score_fixed = _reads(fixed)
    odd_garbled, score_garbled = _reads(garbled)
    if odd_fixed > odd_garbled + 0.01:
        return False
    if odd_fixed < odd_garbled:
        return True
    return score_fixed > score_garbled + 0.5


def _candidates(text: str, partial: bool = False):
    """(read_as, fixed text) for every exact reversal of ``text``.

    ``partial``: ``text`` is the start of a longer text, so a UTF-8 sequence
    cut at its end is not a failure.
    """
    import codecs

    for read_as, codec in WRONG_CODECS:
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            continue
        try:
            fixed = codecs.getincrementaldecoder("utf-8")().decode(raw, final=not partial)
        except UnicodeDecodeError:
            continue
        if fixed != text[: len(fixed)] or not partial and fixed != text:
            yield read_as, fixed


# characters of a text that detect_mojibake() looks at (the whole text when shorter)
DETECT_CHARS = 65536


def detect_mojibake(text: str, partial: bool = False) -> Mojibake | None:
    """What ``text`` was before it was garbled, or None when it is not mojibake.

    ``bytes_lost`` is set when the text is mojibake that lost bytes (see
    :func:`repair`, which leaves such text alone).  Looks at the first ``DETECT_CHARS`` characters (a reversal that holds
    there is checked on the whole text by :func:`repair`).  ``partial``:
    ``text`` is only the start of a longer text (a file read in blocks).
    """
    head = text[:DETECT_CHARS]
    if head.isascii():
        return None
    partial = partial or len(text) > len(head)
    for read_as, fixed in _candidates(head, partial):
        if _reads_better(fixed, head[: len(fixed)] if partial else head):
            return Mojibake("utf-8", read_as)
    lossy = _lossy_reading(head)
    if lossy is not None:
        return Mojibake("utf-8", lossy[0], bytes_lost=True)
    return None


def _lossy_reading(text: str) -> tuple[str, int] | None:
    """(read_as, bytes lost) when ``text`` is mojibake that lost bytes, else None.

    The text is cut at each U+FFFD (and ``锟斤拷``, a U+FFFD garbled in turn):
    every piece must encode with the wrong codec, the pieces' bytes must decode
    as UTF-8 but for a few bytes at the cuts, and what decodes must read better.
    """
    cleaned = text
    for run in _LOST_RUNS:
        cleaned = cleaned.replace(run, "\ufffd")
    parts = cleaned.split("\ufffd")
    for read_as, codec in WRONG_CODECS:
        try:
            fixed = [part.encode(codec).decode("utf-8", "replace") for part in parts]
        except UnicodeEncodeError:
            continue
        lost = sum(f.count("\ufffd") for f in fixed) + len(parts) - 1
        kept = "".join(f.replace("\ufffd", "") for f in fixed)
        if not lost or kept.isascii() or kept == cleaned.replace("\ufffd", ""):
            continue
        # with no U+FFFD to show where bytes went, only a cut end (a byte or two) is allowed
        limit = max(2, len(kept) * _LOST_SHARE) if len(parts) > 1 else 2
        kept_wide = len(re.findall(r"[^\x00-\x7f]", kept))
        if lost > limit or kept_wide < 2:
            continue
        # most of it reverses: one character for at most three garbled ones (cp1252), not a few
        # characters out of a text that mostly does not
        if kept_wide * 4 < len(re.findall(r"[^\x00-\x7f]", cleaned)):
            continue
        if _reads_better(kept, cleaned.replace("\ufffd", "")):
            return read_as, lost
    return None


def _lost_bytes(text: str) -> str | None:
    """Why ``text`` cannot be repaired when it is mojibake but no exact reversal exists."""
    for run in _LOST_RUNS:
        if run in text:
            return f"bytes are gone: {run} (U+FFFD written as UTF-8 and read as a legacy codec)"
    lossy = _lossy_reading(text)
    if lossy is None:
        return None
    read_as, lost = lossy
    if "\ufffd" in text:
        return f"bytes are gone: UTF-8 read as {read_as}, U+FFFD in place of {lost} byte(s)"
    return (f"bytes are gone: UTF-8 read as {read_as}, but {lost} byte(s) have no pair"
            " (cut or edited after it was garbled)")


def repair(text: str) -> RepairResult:
    """Reverse mojibake in ``text`` when the reversal is exact and reads better.

    Text that is not mojibake comes back unchanged with ``reason`` None;
    garbled text whose bytes are gone comes back unchanged with ``reason``
    saying so.
    """
    if text.isascii():
        return RepairResult(text, False)
    for read_as, fixed in _candidates(text):
        if _reads_better(fixed, text):
            return RepairResult(fixed, True, Mojibake("utf-8", read_as))
    return RepairResult(text, False, None, _lost_bytes(text))
