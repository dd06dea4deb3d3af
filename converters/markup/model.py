"""The markup layer's data model: a document cut into kept spans and prose runs.

A format scanner (``markdown``, ``html``, ``rst``, ``plain``) only finds the
*kept* ranges of a text (code, link targets, tag names...) as ``(start, end)``
pairs, in any order and possibly overlapping.  :func:`document_from_kept`
merges them; everything between two kept ranges is one prose run.  A text
rule (any ``str -> str`` function: script conversion, typesetting...) is then
applied by :meth:`Document.apply` to each prose run on its own, so nothing
the rule matches can cross a kept span, and kept spans come out
byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

__all__ = ["Span", "Document", "document_from_kept", "merge_ranges"]

Rule = Callable[[str], str]

# Characters tried, in order, as the boundary that joins prose runs for a
# rule applied once over all of them (see Document.apply).
_BOUNDARY_CANDIDATES = ("\x00", "\ufffe", "\uffff", "\U0010fffe", "\U0010ffff", "\x01")


@dataclass(slots=True, frozen=True)
class Span:
    """``text[start:end]`` of a document; ``kept`` spans are never changed."""

    start: int
    end: int
    kept: bool


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-adjacent union of ``(start, end)`` ranges
    (empty ranges dropped)."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


@dataclass(slots=True)
class Document:
    """A text and its spans: alternating prose runs and kept spans that
    cover the text exactly, in order."""

    text: str
    spans: list[Span]

    def prose_runs(self) -> list[str]:
        """The prose runs, in order."""
        text = self.text
        return [text[s.start:s.end] for s in self.spans if not s.kept]

    def kept_texts(self) -> list[str]:
        """The kept spans' text, in order."""
        text = self.text
        return [text[s.start:s.end] for s in self.spans if s.kept]

    def apply(self, rule: Rule, *, boundary: bool = False) -> str:
        """The text with ``rule`` applied to every prose run on its own.

        ``boundary=True`` is a promise about the rule: it never matches
        across, changes, adds or removes a control or noncharacter such as
        U+0000 or U+FFFF, so the runs may be joined with one of them, the
        rule called once over the whole (much faster for many short runs)
        and the result cut again.  If the cut does not give back as many
        runs, each run is done on its own instead.  A rule whose result
        depends on a run's surroundings must not set it.
        """
        text = self.text
        spans = self.spans
        if not any(not s.kept for s in spans):
            return text
        if len(spans) == 1:
            return rule(text)
        runs = [text[s.start:s.end] for s in spans if not s.kept]
        converted = None
        if boundary and len(runs) > 1:
            sep = next((c for c in _BOUNDARY_CANDIDATES if c not in text), None)
            if sep is not None:
                out = rule(sep.join(runs)).split(sep)
                if len(out) == len(runs):
                    converted = out
        if converted is None:
            converted = [rule(run) for run in runs]
        pieces = []
        it = iter(converted)
        for s in spans:
            pieces.append(text[s.start:s.end] if s.kept else next(it))
        return "".join(pieces)


def document_from_kept(text: str, kept: Iterable[tuple[int, int]]) -> Document:
    """The document whose kept spans are the union of ``kept``."""
    spans: list[Span] = []
    last = 0
    for start, end in merge_ranges(kept):
        start = max(start, 0)
        end = min(end, len(text))
        if start >= end:
            continue
        if last < start:
            spans.append(Span(last, start, False))
        spans.append(Span(start, end, True))
        last = end
    if last < len(text) or not spans:
        spans.append(Span(last, len(text), False))
    return Document(text, spans)
