"""Converting text with a planned OpenCC configuration: OpenCC's algorithm, end to end.

A configuration runs exactly as OpenCC runs it:

1. the *normalization* chain (CJK compatibility ideographs) over the whole text;
2. *segmentation* by maximum forward matching with the segmentation
   dictionary, when the configuration has one (matched keys become segments,
   the runs between them one segment each);
3. the *conversion chain*: each step converts every segment on its own by
   maximum forward matching, taking the first candidate of multi-valued
   entries.

Ideographic description sequences (U+2FF0..U+2FFF with their operands) pass
through unconverted, as in OpenCC.  Long texts are converted in pieces cut
where no dictionary key can straddle the cut.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DictionaryError
from .config import ConfigSource, load_plan, plan_stamp, resolve_config
from .matching import Phrases, Segmenter, Table, ids_length

# Texts at least this long use the compiled matcher; shorter ones the Python one.
FAST_THRESHOLD = 20_000
# Long texts are converted in pieces of about this many characters, cut after a newline.
CHUNK_CHARS = 1 << 20
# A long run in which every character occurs in some key (no cut after a
# "free" character) is cut at segment boundaries found in windows this long.
BOUNDARY_WINDOW = 1 << 16

_IDS_OPERATOR = re.compile("[\u2ff0-\u2fff]")
# lone surrogates (from surrogateescape decoding): never in a key
_SURROGATES = re.compile("[\ud800-\udfff]+")


@dataclass(slots=True, eq=False)
class Compiled:
    """A configuration's tables, built once per process and shared by its converters."""

    normalization: list[Table]
    segmenter: Segmenter | None
    chain: list[Table]
    # the segmenter's keys are exactly chain[0]'s phrases (one pass does both)
    fused: bool
    # characters converted by the Python matcher so far with these tables
    small_work: list[int] = field(default_factory=lambda: [0])


def compiled(source: ConfigSource, phrase_names: tuple[str, ...] = ()) -> Compiled:
    """The tables of a configuration plus phrase sets (cached per process).

    A configuration file or phrase set is rebuilt when it or one of its
    dictionaries changes; the installed built-in data is taken as fixed
    while running.
    """
    sets = ()
    if phrase_names:  # opt-in: the phrase-set module loads only when one is named
        from .phrases import phrase_set

        sets = tuple(phrase_set(name) for name in phrase_names)
    fixed = source.builtin and not sets
    return _compiled(source, sets, None if fixed else plan_stamp(source, sets))


@functools.cache
def _compiled(source: ConfigSource, sets: tuple, stamp: str | None) -> Compiled:
    plan = load_plan(source, sets)

    def tables(steps):
        return [Table(chars, Phrases(buckets, flat), longest, alternatives, same_length=same)
                for chars, buckets, longest, alternatives, flat, same in steps]

    chain = tables(plan["chain"])
    seg = plan["segmentation"]
    if plan["fused"]:
        segmenter = Segmenter(chain[0].phrases, chain[0].longest)
    else:
        segmenter = Segmenter(Phrases(seg[0], seg[2]), seg[1]) if seg is not None else None
    return Compiled(tables(plan["normalization"]), segmenter, chain, plan["fused"])


def read_user_dictionary(item) -> dict[str, str]:
    """A ``--dict`` dictionary: a path to a text or ``.ocd2`` file, or a parsed ``dict``."""
    if isinstance(item, dict):
        return item
    from .dictionary import read_text_dictionary  # only with --dict: not at start-up

    return {key: values[0] for key, values in read_text_dictionary(Path(item)).items()}


class Converter:
    """Convert text with one OpenCC configuration, plus optional user dictionaries.

    >>> Converter("s2t").convert("胚胎发育")
    '胚胎發育'

    ``config`` is a configuration name (any case, ``.json`` optional) or
    the path of an OpenCC JSON configuration file.  ``phrases`` names
    phrase sets (see :func:`zhtext.converters.opencc.list_phrase_sets`).

    ``user_dicts`` are paths to (or already parsed ``dict`` objects of)
    dictionaries in OpenCC's text (``source<TAB>target``) or ``.ocd2`` format.
    They are not OpenCC dictionaries in the chain: a dictionary inside a
    configuration file is matched in its step and what it writes passes
    through the later steps (in an ``s2twp``-like file, ``内存条 -> 內存條``
    in the first step still becomes ``記憶體模組`` in the Taiwan step),
    while a ``user_dicts`` entry is written exactly as given.  Their entries win
    over the configuration: wherever one matches (longest first, left to
    right) its target is written as given, and the text between matches is
    converted by the configuration.  Earlier dictionaries win over later ones.
    """

    def __init__(self, config: str = "s2t", user_dicts=(), phrases=()):
        self.source = resolve_config(config)
        self.config = self.source.name
        self.phrases = tuple(dict.fromkeys(phrases))
        if self.phrases and self.source.builtin and not self.config.startswith("s2"):
            raise DictionaryError(
                f"phrase sets ({', '.join(self.phrases)}) hold Simplified phrases: they apply to the "
                f"configurations that convert from Simplified (s2...), not to {self.config}"
            )
        tables = compiled(self.source, self.phrases)
        self._normalization, self._segmenter = tables.normalization, tables.segmenter
        self._chain, self._fused = tables.chain, tables.fused
        self._small_work = tables.small_work
        user: dict[str, str] = {}
        for item in user_dicts:
            for key, value in read_user_dictionary(item).items():
                user.setdefault(key, value)
        self._user = Table.from_mapping(user) if user else None
        self._free = None

    def prepare(self, expected_chars: int = FAST_THRESHOLD) -> bool:
        """Build the compiled matcher now if ``expected_chars`` characters of text are
        to come (at least FAST_THRESHOLD): from then on every text uses it.

        For a process about to fork workers that will share what it built.
        Returns whether it was built.  The output is the same either way."""
        if expected_chars < FAST_THRESHOLD:
            return False
        for table in (*self._normalization, *self._chain, *((self._user,) if self._user else ())):
            table.prepare()
            table.keeps_positions()
        if self._segmenter is not None:
            self._segmenter.matches("")
            if self._fused:
                self._segmenter.prepare_values(self._chain[0])
        self._small_work[0] = max(self._small_work[0], FAST_THRESHOLD)
        return True

    @property
    def chain(self) -> tuple:
        """The conversion steps (:class:`.matching.Table`), in order."""
        return tuple(self._chain)

    def __repr__(self):
        return f"Converter({self.config!r})"

    def convert(self, text: str) -> str:
        """Convert ``text``; any ``str`` is accepted, and text without Han characters comes back unchanged."""
        if not text:
            return text
        if len(text) > CHUNK_CHARS:
            return "".join(self._convert_piece(piece) for piece in self._pieces(text))
        return self._convert_piece(text)

    def _convert_piece(self, text: str) -> str:
        if self._user is not None:
            return self._convert_around_user_entries(text)
        return self._convert_protected(text)

    __call__ = convert

    def _convert_around_user_entries(self, text: str) -> str:
        user = self._user
        out = []
        last = i = 0
        n = len(text)
        while i < n:
            size, value = user.match_at(text, i)
            if size:
                out.append(self._convert_protected(text[last:i]))
                out.append(value)
                i += size
                last = i
            else:
                i += 1
        out.append(self._convert_protected(text[last:]))
        return "".join(out)

    def _convert_protected(self, text: str) -> str:
        """Convert, passing ideographic description sequences through untouched."""
        if not text:
            return text
        if _IDS_OPERATOR.search(text) is None:
            return self._convert_plain(text)
        out = []
        last = 0
        pos = 0
        while True:
            match = _IDS_OPERATOR.search(text, pos)
            if match is None:
                break
            start = match.start()
            length = ids_length(text, start)
            if length == 0:
                pos = start + 1
                continue
            out.append(self._convert_plain(text[last:start]))
            out.append(text[start : start + length])
            last = pos = start + length
        out.append(self._convert_plain(text[last:]))
        return "".join(out)

    def _use_compiled(self, size: int) -> bool:
        """Whether to convert a text of ``size`` characters with the compiled matcher.

        Building the automata costs a few tenths of a second, the Python
        matcher a few microseconds a character: a long text pays for the build
        at once, and so do many short ones (a batch of files) once together
        they pass FAST_THRESHOLD characters in this process.
        """
        if size >= FAST_THRESHOLD:
            return True
        converted = self._small_work
        if converted[0] >= FAST_THRESHOLD:
            return True
        converted[0] += size
        return False

    def _convert_plain(self, text: str) -> str:
        if not text:
            return text
        compiled = self._use_compiled(len(text))
        if compiled and _SURROGATES.search(text) is not None:
            # The automata take UTF-8, which has no lone surrogates.  No key holds
            # one, so the text between them converts on its own, exactly.
            out, last = [], 0
            for match in _SURROGATES.finditer(text):
                out.append(self._convert_plain(text[last:match.start()]))
                out.append(match.group())
                last = match.end()
            out.append(self._convert_plain(text[last:]))
            return "".join(out)
        for table in self._normalization:
            text = table.apply(text, compiled)
        if self._segmenter is None:
            for table in self._chain:
                text = table.apply(text, compiled)
            return text
        if not compiled:
            spans = self._segmenter.spans(text, compiled=False)
            return "".join(self._run_chain_small(seg) for seg in _segments(text, spans))
        chain = self._chain
        if self._fused:
            # Most texts need no cutting at all (see Segmenter.convert_in_place).
            done = self._segmenter.convert_in_place(text, chain[0], chain[1:])
            if done is not None:
                return done
        # Join segments with a separator no key contains, run each step over the
        # whole string at once (matches cannot cross it), then drop it.
        sep = _separator(text)
        if self._fused:
            # The first step's phrases are exactly the segmentation keys: a
            # matched segment converts as a whole, a run between matches only
            # character by character; one automaton pass does both.
            joined = self._segmenter.convert_first_step(text, chain[0], sep)
            chain = chain[1:]
        else:
            joined = sep.join(_segments(text, self._segmenter.spans(text, compiled=True)))
        for table in chain:
            joined = table.apply_large(joined)
        return joined.replace(sep, "")

    def _run_chain_small(self, segment: str) -> str:
        for table in self._chain:
            segment = table.apply_small(segment)
        return segment

    def ambiguities(self, text: str, context: int = 8, ranges=None) -> list:
        """Every character converted by a multi-candidate single-character entry with no
        phrase (or user dictionary entry) to decide it, as
        :class:`.ambiguity.Ambiguity` records in input order.

        Positions refer to ``text``; the conversion itself is unchanged.
        ``ranges``: the (start, end) parts of ``text`` that are converted,
        each on its own (the prose runs of a marked-up document); default
        the whole text.
        """
        from .ambiguity import locate, scan

        found = []
        pieces = []
        for low, high in ([(0, len(text))] if ranges is None else ranges):
            # user dictionary matches decide their characters: only the text between them counts
            if self._user is None:
                pieces.append((low, high))
                continue
            part = text[low:high]
            last = i = 0
            while i < len(part):
                size, _ = self._user.match_at(part, i)
                if size:
                    pieces.append((low + last, low + i))
                    i += size
                    last = i
                else:
                    i += 1
            pieces.append((low + last, high))
        for start, end in pieces:
            piece = text[start:end]
            normalized = piece
            for table in self._normalization:
                normalized = table.apply_small(normalized)
            if len(normalized) != len(piece):
                normalized = piece  # positions would not line up: judge the text as written
            if self._segmenter is not None:
                compiled = len(normalized) >= FAST_THRESHOLD and _SURROGATES.search(normalized) is None
                spans = list(_segments_spans(normalized, self._segmenter.spans(normalized, compiled=compiled)))
            else:
                spans = [(0, len(normalized))]
            found.extend(scan(normalized, spans, self._chain, base=start))
        return locate(text, found, context)

    def convert_stream(self, pieces):
        """Convert an iterable of text pieces, yielding the converted text piece by piece.

        The output joined equals ``convert`` of the input joined: pieces are
        cut only where no dictionary key can straddle the cut.
        """
        pending = ""
        for piece in pieces:
            pending += piece
            if len(pending) < CHUNK_CHARS:
                continue
            # only the newly added text needs searching for a cut
            lower = max(0, len(pending) - len(piece) - 64)
            cut = self._safe_cut(pending, len(pending) - 1, lower=lower, backwards=True)
            if cut:
                yield self._convert_piece(pending[:cut])
                pending = pending[cut:]
                continue
            # No free character: cut at segment boundaries so memory stays bounded.
            start = 0
            while len(pending) - start >= CHUNK_CHARS:
                cut = self._cut_at_boundaries(pending, start)
                if not cut:
                    break
                yield self._convert_piece(pending[start:cut])
                start = cut
            if start:
                pending = pending[start:]
        if pending:
            yield self.convert(pending)

    def _pieces(self, text: str):
        """Cut a long text into pieces of about CHUNK_CHARS that convert independently."""
        start = 0
        n = len(text)
        while n - start > CHUNK_CHARS:
            cut = self._safe_cut(text, start + CHUNK_CHARS, lower=start, upper=start + 2 * CHUNK_CHARS)
            if not cut:
                cut = self._cut_at_boundaries(text, start)
            if not cut:
                break
            yield text[start:cut]
            start = cut
        yield text[start:]

    def _safe_cut(self, text: str, pos: int, *, lower: int = 0, backwards: bool = False,
                  upper: int | None = None) -> int:
        """A position near ``pos`` after which the text can be converted separately, or 0.

        After a newline is always safe (no key holds one).  Otherwise the
        character before the cut must occur in no dictionary key, and no
        ideographic description sequence may be open across it.
        """
        if backwards:
            newline = text.rfind("\n", lower, pos + 1)
            if newline >= 0:
                return newline + 1
        else:
            newline = text.rfind("\n", max(lower, pos - CHUNK_CHARS // 2), pos)
            if newline >= 0:
                return newline + 1
        free = self._free_char_pattern()
        if backwards:
            window_start = max(lower, pos - 4096)
            found = [m.end() for m in free.finditer(text, window_start, pos + 1)]
            candidates = reversed(found)
        else:
            candidates = (m.end() for m in free.finditer(text, pos, len(text) if upper is None else upper))
        for cut in candidates:
            if _IDS_OPERATOR.search(text, max(0, cut - 64), cut) is None:
                return cut
        return 0

    def _cut_at_boundaries(self, text: str, start: int) -> int:
        """A cut about CHUNK_CHARS / 4 after ``start`` (itself a cut) at segment boundaries, or 0."""
        cut = start
        while cut - start < CHUNK_CHARS // 4:
            following = self._boundary_cut(text, cut, cut + BOUNDARY_WINDOW)
            if not following:
                break
            cut = following
        return cut if cut > start else 0

    def _boundary_cut(self, text: str, start: int, end: int) -> int:
        """A cut in ``text[start:end]`` at a segment boundary, or 0.

        ``start`` must itself be a cut.  Segmentation (or, without a
        segmenter, the only phrase step) is leftmost-longest matching, so
        the matches found in the window that begin at least one longest key
        before its end are those of the whole text; a position no such
        match covers is a boundary, and every later step works inside
        segments.  Gives up (0) where that reasoning does not hold: user
        dictionaries, normalization phrases, several phrase steps without
        a segmenter, an ideographic description sequence near the cut.
        """
        end = min(end, len(text))
        if self._user is not None or any(t.phrases for t in self._normalization):
            return 0
        if self._segmenter is not None:
            longest = max(self._segmenter.longest.values(), default=1)
            find = self._segmenter.matches
        else:
            steps = [t for t in self._chain if t.phrases]
            if not steps:
                longest, find = 1, None
            elif len(steps) == 1 and steps[0] is self._chain[0]:
                table = steps[0]
                longest, find = max(table.longest.values(), default=1), table.matches
            else:
                return 0
        limit = end - start - longest
        if limit <= 0:
            return 0
        cut = limit
        if find is not None:
            from bisect import bisect_left

            matches = find(text[start:end])  # (key index, start, end), left to right
            i = bisect_left(matches, limit, key=lambda m: m[1])
            if self._segmenter is not None:
                # Later steps match inside segments, and a run between matches is
                # one segment: only the edge of a matched key is a boundary.  The
                # last match that begins before the limit is final, so its end is.
                if not i:
                    return 0
                cut = matches[i - 1][2]
            elif i and matches[i - 1][2] > limit:
                cut = matches[i - 1][1]  # the match around the limit begins at a boundary
        cut += start
        if cut <= start or _IDS_OPERATOR.search(text, max(0, cut - 64), cut) is not None:
            return 0
        return cut

    def _free_char_pattern(self):
        """A regex matching one character that occurs in no key of this converter."""
        pattern = self._free
        if pattern is None:
            used: set[str] = set()
            tables = list(self._normalization) + list(self._chain)
            if self._user is not None:
                tables.append(self._user)
            for table in tables:
                used |= table.keys_chars()
            if self._segmenter is not None:
                for key in self._segmenter.keys:
                    used.update(key)
            used.update(chr(c) for c in range(0x2FF0, 0x3000))
            pattern = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(used)) + "]")
            self._free = pattern
        return pattern




def _segments_spans(text: str, spans):
    """(start, end) of every segment: the matched spans and the runs between them."""
    last = 0
    for start, end in spans:
        if last < start:
            yield last, start
        yield start, end
        last = end
    if last < len(text):
        yield last, len(text)


def _segments(text: str, spans):
    last = 0
    for start, end in spans:
        if last < start:
            yield text[last:start]
        yield text[start:end]
        last = end
    if last < len(text):
        yield text[last:]


_SEPARATORS = ("\x00", "\ufffe", "\uffff", "\U0010fffe", "\U0010ffff")


def _separator(text: str) -> str:
    for sep in _SEPARATORS:
        if sep not in text:
            return sep
    raise ValueError("text contains every separator candidate")  # pragma: no cover


