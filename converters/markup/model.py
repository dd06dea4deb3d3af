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


@dataclass(slots=True)
class Span:
    """``text[start:end]`` of a document; ``kept`` spans are never changed."""

    start: int
    end: int
    kept: bool


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-adjacent union of ``(start, end)`` ranges
    (empty ranges dropped)."""
    merged: list[tuple[int, int]] = []
    cur_s = cur_e = -1
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if start <= cur_e:
            if end > cur_e:
                cur_e = end
        else:
            if cur_e >= 0:
                merged.append((cur_s, cur_e))
            cur_s, cur_e = start, end
    if cur_e >= 0:
        merged.append((cur_s, cur_e))
    return merged


@dataclass(slots=True)
class Document:
    """A text and its kept ranges (sorted, disjoint, not adjacent); the
    prose runs are the gaps.  :attr:`spans` lists both, in order."""

    text: str
    kept: list[tuple[int, int]]

    @property
    def spans(self) -> list[Span]:
        """Alternating prose runs and kept spans that cover the text exactly
        (a text without kept spans, even empty, is one prose run)."""
        spans = []
        last = 0
        for start, end in self.kept:
            if last < start:
                spans.append(Span(last, start, False))
            spans.append(Span(start, end, True))
            last = end
        if last < len(self.text) or not spans:
            spans.append(Span(last, len(self.text), False))
        return spans

    def _gaps(self) -> list[tuple[int, int]]:
        """One (start, end) before each kept range and one after the last
        (the first and the last may be empty)."""
        kept = self.kept
        starts = [0] + [e for _, e in kept]
        ends = [s for s, _ in kept] + [len(self.text)]
        return list(zip(starts, ends))

    def prose_runs(self) -> list[str]:
        """The prose runs, in order."""
        text = self.text
        return [text[s.start:s.end] for s in self.spans if not s.kept]

    def kept_texts(self) -> list[str]:
        """The kept spans' text, in order."""
        text = self.text
        return [text[s:e] for s, e in self.kept]

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
        if not self.kept:
            return rule(text)
        gaps = self._gaps()
        runs = [text[s:e] for s, e in gaps if s < e]
        if not runs:
            return text
        converted = None
        if boundary and len(runs) > 1:
            sep = next((c for c in _BOUNDARY_CANDIDATES if c not in text), None)
            if sep is not None:
                out = rule(sep.join(runs)).split(sep)
                if len(out) == len(runs):
                    converted = out
        if converted is None:
            converted = [rule(run) for run in runs]
        it = iter(converted)
        pieces = [next(it) if s < e else "" for s, e in gaps]
        out = [pieces[0]]
        for (ks, ke), piece in zip(self.kept, pieces[1:]):
            out.append(text[ks:ke])
            out.append(piece)
        return "".join(out)


    def apply_in_context(self, rule: Callable[[str, str, str], str]) -> str:
        """Like :meth:`apply`, for rules that look at the neighbours of a
        run: ``rule(run, before, after)`` gets the kept span just before
        and just after the run (``""`` at the ends of the text) and returns
        the run's new text; the kept spans themselves never change.  A
        typesetter uses it to space Chinese text from inline code
        (``使用`pip`安装``) without touching the code."""
        text = self.text
        if not self.kept:
            return rule(text, "", "")
        kept = self.kept
        out = []
        for i, (s, e) in enumerate(self._gaps()):
            if s < e:
                before = text[kept[i - 1][0]:kept[i - 1][1]] if i else ""
                after = text[kept[i][0]:kept[i][1]] if i < len(kept) else ""
                out.append(rule(text[s:e], before, after))
            if i < len(kept):
                out.append(text[kept[i][0]:kept[i][1]])
        return "".join(out)


def document_from_kept(text: str, kept: Iterable[tuple[int, int]]) -> Document:
    """The document whose kept spans are the union of ``kept`` (clipped to the text)."""
    n = len(text)
    merged = merge_ranges(kept)
    if merged and (merged[0][0] < 0 or merged[-1][1] > n):
        merged = [(max(s, 0), min(e, n)) for s, e in merged if min(e, n) > max(s, 0)]
    return Document(text, merged)
