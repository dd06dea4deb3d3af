"""Ambiguous choices: where a conversion picked among candidates with nothing to decide it.

A character converted by a single-character dictionary entry with several
candidates (发 -> 發 髮), outside any phrase that covers it, was written
with the entry's first candidate: the spots a reviewer should look at.
:func:`find_ambiguities` reports each of them with its position in the
input; :func:`summarize` counts them per character for a corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

CONTEXT_CHARS = 8


@dataclass(slots=True, frozen=True)
class Ambiguity:
    """One character converted by a multi-candidate entry without a deciding phrase."""

    offset: int  # position of the character in the input text (code points)
    line: int  # 1-based
    column: int  # 1-based, in code points
    source: str
    chosen: str
    candidates: tuple[str, ...]
    before: str  # up to CONTEXT_CHARS characters of input before it, on the same line
    after: str

    @property
    def context(self) -> str:
        return f"{self.before}{self.source}{self.after}"

    def describe(self) -> str:
        """``发 -> 發 (發|髮): …context…``: the message of a lint finding (without the place)."""
        return f"{self.source} -> {self.chosen} ({'|'.join(self.candidates)}): …{self.context}…"


def _phrase_covered(table, segment: str) -> list[bool]:
    covered = [False] * len(segment)
    for start, end, _value in table.phrase_spans(segment):
        if end - start > 1 or len(_value) != 1:
            for i in range(start, end):
                covered[i] = True
    return covered


def scan(text: str, segments, chain, base: int = 0):
    """(offset, source, chosen, candidates) of every undecided multi-candidate conversion.

    ``segments`` are (start, end) spans of ``text`` that the chain converts
    separately; each step is a :class:`.matching.Table`.  A later step's
    spots are reported only where earlier steps kept the segment's length
    (positions still line up with the input).
    """
    # the last step with candidates to report: later steps need not run
    last = max((i for i, table in enumerate(chain) if table.alternatives), default=-1)
    for start, end in segments:
        segment = text[start:end]
        for index, table in enumerate(chain[: last + 1]):
            alternatives = table.alternatives
            if alternatives and not alternatives.keys().isdisjoint(segment):
                whole = len(segment) > 1 and table.phrases.get(segment) is not None
                covered = None if whole or not table.longest else _phrase_covered(table, segment)
                for i, ch in enumerate(segment):
                    candidates = alternatives.get(ch)
                    if candidates is not None and not whole and not (covered and covered[i]):
                        yield base + start + i, ch, candidates[0], candidates
            if index == last:
                break
            converted = table.apply_small(segment)
            if len(converted) != len(segment):
                break
            segment = converted


def locate(text: str, found, context: int = CONTEXT_CHARS) -> list[Ambiguity]:
    """Turn ``scan`` results into :class:`Ambiguity` records with line, column and context."""
    out = []
    line, line_start, pos = 1, 0, 0
    for offset, source, chosen, candidates in sorted(found):
        while True:
            newline = text.find("\n", pos, offset)
            if newline < 0:
                break
            line += 1
            line_start = pos = newline + 1
        end_of_line = text.find("\n", offset)
        end_of_line = len(text) if end_of_line < 0 else end_of_line
        if end_of_line > offset + 1 and text[end_of_line - 1] == "\r":
            end_of_line -= 1
        out.append(Ambiguity(
            offset, line, offset - line_start + 1, source, chosen, candidates,
            text[max(line_start, offset - context) : offset],
            text[offset + 1 : min(end_of_line, offset + 1 + context)],
        ))
    return out


def summarize(findings) -> list[tuple[str, str, tuple[str, ...], int]]:
    """(source, chosen, candidates, count) per character, most frequent first."""
    counts = Counter((f.source, f.chosen, f.candidates) for f in findings)
    return [(s, c, cands, n) for (s, c, cands), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))]
