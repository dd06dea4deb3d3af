"""Maximum forward matching: the tables a conversion step and the segmenter run.

Two interchangeable matchers do the work: a plain Python one for short
texts (nothing to build) and, for long texts, a compiled leftmost-longest
Aho-Corasick automaton for multi-character keys plus a code-point lookup
table for single characters.  Both give OpenCC's result: at each position
the longest key wins, and the text after it is matched next.
"""

from __future__ import annotations

import marshal
import threading
from itertools import chain
from dataclasses import dataclass, field


def _lock_field():
    return field(default_factory=threading.Lock, init=False, repr=False, compare=False)


def _cache_field(factory=lambda: None):
    return field(default_factory=factory, init=False, repr=False, compare=False)


@dataclass(slots=True, eq=False)
class Phrases:
    """A read-only ``str -> str`` mapping stored as marshalled buckets by first character.

    Only the buckets a text touches are decoded, so converting a short text
    costs a few small loads instead of the whole dictionary.
    """

    buckets: dict[str, bytes]  # or a config.PackedBuckets (read from the cache file on use)
    # every key and value in one piece, when the plan has it (config.flat_phrases)
    flat: bytes | memoryview | None = None
    _decoded: dict = _cache_field(dict)
    _all: dict | None = _cache_field()
    _lists: tuple | None = _cache_field()

    def bucket(self, first: str) -> dict:
        """The entries whose key starts with ``first`` (decoded on first use)."""
        bucket = self._decoded.get(first)
        if bucket is None:
            blob = self.buckets.get(first)
            bucket = marshal.loads(blob) if blob is not None else {}
            self._decoded[first] = bucket
        return bucket

    def get(self, key: str, default=None):
        return self.bucket(key[0]).get(key, default) if key else default

    def __contains__(self, key) -> bool:
        return bool(key) and key in self.bucket(key[0])

    def __getitem__(self, key: str) -> str:
        return self.bucket(key[0])[key]

    def as_dict(self) -> dict:
        if self._all is None:
            merged: dict = {}
            for first in self.buckets:
                merged.update(self.bucket(first))
            self._all = merged
        return self._all

    def keys_values(self) -> tuple[list[str], list[str]]:
        """Every key and its value, in two lists of the same order (what an automaton is built from)."""
        if self._lists is None:
            if self.flat is not None:  # see config.flat_phrases
                sep, keys, values = marshal.loads(self.flat)
                keys, values = (keys.split(sep), values.split(sep)) if keys else ([], [])  # (no key is empty)
            else:
                merged = self.as_dict()
                keys = list(merged)
                values = [merged[k] for k in keys]
            self._lists = (keys, values)
        return self._lists

    def __iter__(self):
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    def __bool__(self) -> bool:
        return bool(self.buckets)

    def keys(self):
        return self.as_dict().keys()


def _bucket_of(phrases, first: str) -> dict:
    if isinstance(phrases, Phrases):
        return phrases.bucket(first)
    return {k: v for k, v in phrases.items() if k[0] == first}


def keys_values(phrases) -> tuple[list[str], list[str]]:
    """A phrase mapping's keys and values as two lists in the same order."""
    if isinstance(phrases, Phrases):
        return phrases.keys_values()
    keys = list(phrases)
    return keys, [phrases[k] for k in keys]


def _automaton(keys: list[str]):
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(
        keys,
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        implementation=ahocorasick_rs.Implementation.ContiguousNFA,
    )


@dataclass(slots=True, eq=False)
class Table:
    """One conversion step: maximum forward matching with a flat dictionary."""

    # single code points with a single code point value: a translate table
    chars: dict[int, str]
    # every other entry goes through the phrase matcher (a dict or Phrases)
    phrases: object
    # first character -> length of the longest phrase starting with it
    longest: dict[str, int]
    # single characters whose entry has several candidates -> the candidates
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # whether every phrase value is as long as its key (None: found out when first asked)
    same_length: bool | None = None
    _sizes_cache: dict = _cache_field(dict)
    _automaton: object = _cache_field()
    _values: list | None = _cache_field()
    _lut: object = _cache_field()
    _lock: threading.Lock = _lock_field()

    @classmethod
    def from_mapping(cls, mapping: dict[str, str]) -> "Table":
        from .config import split_table

        return cls(*split_table(mapping))

    def match_at(self, text: str, i: int) -> tuple[int, str | None]:
        """(length, value) of the longest key at ``text[i:]``, or (0, None)."""
        limit = self.longest.get(text[i])
        if limit:
            for size in range(min(limit, len(text) - i), 0, -1):
                value = self.phrases.get(text[i : i + size])
                if value is not None:
                    return size, value
        value = self.chars.get(ord(text[i]))
        return (1, value) if value is not None else (0, None)

    def keys_chars(self) -> set[str]:
        """Every character that occurs in some key of this table."""
        used = {chr(code) for code in self.chars}
        for key in self.phrases:
            used.update(key)
        return used

    # -- plain Python matcher (short texts)

    def _sizes(self, first: str) -> tuple[dict, tuple[int, ...]]:
        """The phrases starting with ``first`` and their key lengths, longest first."""
        found = self._sizes_cache.get(first)
        if found is None:
            bucket = _bucket_of(self.phrases, first)
            found = (bucket, tuple(sorted({len(k) for k in bucket}, reverse=True)))
            self._sizes_cache[first] = found
        return found

    def apply_small(self, text: str) -> str:
        longest = self.longest
        if not longest:
            return text.translate(self.chars)
        chars = self.chars
        out = []
        last = i = 0
        n = len(text)
        sizes_of = self._sizes
        while i < n:
            if text[i] in longest:
                bucket, sizes = sizes_of(text[i])
                for size in sizes:
                    if size > n - i:
                        continue
                    value = bucket.get(text[i : i + size])
                    if value is not None:
                        if last < i:
                            out.append(text[last:i].translate(chars))
                        out.append(value)
                        i += size
                        last = i
                        break
                else:
                    i += 1
            else:
                i += 1
        if last < n:
            out.append(text[last:].translate(chars))
        return "".join(out)

    def phrase_spans(self, text: str):
        """(start, end, value) of every phrase match, left to right (Python matcher)."""
        longest = self.longest
        i, n = 0, len(text)
        while i < n:
            if text[i] in longest:
                bucket, sizes = self._sizes(text[i])
                for size in sizes:
                    if size <= n - i:
                        value = bucket.get(text[i : i + size])
                        if value is not None:
                            yield i, i + size, value
                            i += size
                            break
                else:
                    i += 1
            else:
                i += 1

    # -- compiled matcher (long texts)

    def prepare(self) -> None:
        """Build the lookup table and the automaton (once; thread-safe)."""
        with self._lock:
            if self._lut is not None:
                return
            import numpy as np

            lut = np.arange(0x110000, dtype=np.uint32)
            for code, value in self.chars.items():
                lut[code] = ord(value)
            if self.phrases:
                keys, self._values = keys_values(self.phrases)
                self._automaton = _automaton(keys)
            self._lut = lut

    def matches(self, text: str) -> list:
        """(key index, start, end) of the leftmost-longest phrase matches (compiled)."""
        self.prepare()
        return self._automaton.find_matches_as_indexes(text) if self._automaton is not None else []

    def map_codes(self, text: str):
        """The code points of ``text`` mapped through the lookup table (a new uint32 array)."""
        import numpy as np

        self.prepare()
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._lut[codes]

    def map_chars(self, text: str) -> str:
        """Map single characters through the lookup table (positions are kept)."""
        if not self.chars:
            return text
        import numpy as np

        self.prepare()
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._lut[codes].tobytes().decode("utf-32-le", "surrogatepass")

    def apply_large(self, text: str) -> str:
        self.prepare()
        mapped = self.map_chars(text)
        if self._automaton is None:
            return mapped
        return self.apply_matches(mapped, self._automaton.find_matches_as_indexes(text))

    def keeps_positions(self) -> bool:
        """Whether every phrase value is as long as its key, so positions survive this step."""
        if self.same_length is None:
            phrases = self.phrases.as_dict() if isinstance(self.phrases, Phrases) else self.phrases
            self.same_length = all(len(k) == len(v) for k, v in phrases.items()) if phrases else True
        return self.same_length

    def apply_matches(self, mapped: str, matches: list) -> str:
        """``mapped`` (the text after :meth:`map_chars`) with the values of ``matches`` put in."""
        if not matches:
            return mapped
        values = self._values
        out = []
        append = out.append
        last = 0
        for index, start, end in matches:
            append(mapped[last:start])
            append(values[index])
            last = end
        append(mapped[last:])
        return "".join(out)

    def apply(self, text: str, compiled: bool) -> str:
        return self.apply_large(text) if compiled else self.apply_small(text)


@dataclass(slots=True, eq=False)
class Segmenter:
    """Maximum-forward-match segmentation with a key set (values unused)."""

    keys: object
    longest: dict[str, int]
    _key_list: list | None = _cache_field()
    _automaton: object = _cache_field()
    _values_for: tuple | None = _cache_field()
    _flat: tuple | None = _cache_field()
    _lock: threading.Lock = _lock_field()

    def matches(self, text: str) -> list:
        """(key index, start, end) of every matched key, left to right (compiled)."""
        with self._lock:
            if self._automaton is None:
                self._key_list = keys_values(self.keys)[0]
                self._automaton = _automaton(self._key_list)
        return self._automaton.find_matches_as_indexes(text)

    def prepare_values(self, table: Table) -> None:
        """Look up ``table``'s value for every key now (see :meth:`convert_first_step`)."""
        self._table_values(table)
        if table.keeps_positions():
            self._flat_values(table)

    def _table_values(self, table: Table) -> list[str]:
        """``table``'s value for each of this segmenter's keys, in key order (cached for the last table)."""
        cached = self._values_for
        if cached is None or cached[0] is not table:
            self.matches("")  # (builds the key list)
            if self.keys is table.phrases:  # the same mapping: its value list is in the same order
                values = keys_values(table.phrases)[1]
            else:
                values = [table.phrases[k] for k in self._key_list]
            cached = self._values_for = (table, values)
        return cached[1]

    def convert_first_step(self, text: str, table: Table, sep: str) -> str:
        """Segment and apply ``table`` at once; segments are joined with ``sep``.

        Only valid when ``table``'s phrase keys are exactly this segmenter's keys.
        """
        matches = self.matches(text)
        mapped = table.map_chars(text)
        values = self._table_values(table)
        out = []
        append = out.append
        last = 0
        for index, start, end in matches:
            if last < start:
                append(mapped[last:start])
            append(values[index])
            last = end
        if last < len(text):
            append(mapped[last:])
        return sep.join(out)

    def convert_in_place(self, text: str, table: Table, later) -> str | None:
        """Segment and run ``table`` then the ``later`` steps without cutting the text, or None.

        Same precondition as :meth:`convert_first_step`.  When every value
        keeps its key's length, step one is the mapped text with the matched
        values written over it (numpy, no per-match Python), and a later step
        run over the whole text gives what it gives segment by segment as long
        as none of its matches crosses a segment edge (then it takes the same
        longest match at every position).  Returns None where that does not
        hold (a crossing match, a length-changing step): the caller then joins
        segments with a separator as usual.
        """
        import numpy as np

        if not table.keeps_positions() or not all(step.keeps_positions() for step in later):
            return None
        matches = self.matches(text)
        if not matches:
            edges = None
            out = table.map_chars(text)
        else:
            flat, offsets = self._flat_values(table)
            found = np.fromiter(chain.from_iterable(matches), np.int64, 3 * len(matches)).reshape(-1, 3)
            index, starts, ends = found[:, 0], found[:, 1], found[:, 2]
            lengths = ends - starts
            before = np.cumsum(lengths) - lengths
            total = int(lengths.sum())
            spread = np.arange(total, dtype=np.int64)
            codes = table.map_codes(text)
            codes[spread + np.repeat(starts - before, lengths)] = flat[spread + np.repeat(offsets[index] - before, lengths)]
            out = codes.tobytes().decode("utf-32-le", "surrogatepass")
            edges = found[:, 1:].ravel()  # non-decreasing: matches do not overlap
        for step in later:
            mapped = step.map_chars(out)
            found = step.matches(out)
            if found and edges is not None:
                spans = np.array([(s, e) for _, s, e in found], dtype=np.int64)
                after = np.searchsorted(edges, spans[:, 0], side="right")
                inside = after < len(edges)
                if np.any(edges[np.minimum(after, len(edges) - 1)][inside] < spans[inside, 1]):
                    return None
            out = step.apply_matches(mapped, found)
        return out

    def _flat_values(self, table: Table):
        """Every value of ``table`` for this segmenter's keys as one code array, and each one's offset."""
        import numpy as np

        cached = self._flat
        if cached is None or cached[0] is not table:
            values = self._table_values(table)
            flat = np.frombuffer("".join(values).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            lengths = np.fromiter(map(len, values), np.int64, len(values))
            cached = self._flat = (table, flat, np.cumsum(lengths) - lengths)
        return cached[1], cached[2]

    def spans(self, text: str, compiled: bool):
        """(start, end) of every matched key, left to right, as OpenCC segments."""
        if compiled:
            return [(s, e) for _, s, e in self.matches(text)]
        keys, longest = self.keys, self.longest
        bucket_of = keys.bucket if isinstance(keys, Phrases) else None
        found = []
        i, n = 0, len(text)
        while i < n:
            limit = longest.get(text[i])
            if limit:
                bucket = bucket_of(text[i]) if bucket_of else keys
                for size in range(min(limit, n - i), 0, -1):
                    if text[i : i + size] in bucket:
                        found.append((i, i + size))
                        i += size
                        break
                else:
                    i += 1
            else:
                i += 1
        return found


_IDS_ARITY = {0x2FF2: 3, 0x2FF3: 3, 0x2FFE: 1, 0x2FFF: 1}


def ids_length(text: str, start: int) -> int:
    """Length of the complete ideographic description sequence at ``start``, or 0.

    Mirrors OpenCC: operators U+2FF0..U+2FFF take 1 to 3 operands, nesting at
    most 16 deep and 64 code points long; an incomplete sequence counts as none.
    """
    budget = [64]
    n = len(text)

    def consume(pos: int, depth: int) -> int:  # returns end, -1 if invalid/incomplete
        if pos >= n or depth == 0 or budget[0] <= 0:
            return -1
        budget[0] -= 1
        code = ord(text[pos])
        if not 0x2FF0 <= code <= 0x2FFF:
            return pos + 1
        end = pos + 1
        for _ in range(_IDS_ARITY.get(code, 2)):
            end = consume(end, depth - 1)
            if end < 0:
                return -1
        return end

    end = consume(start, 16)
    return end - start if end > 0 else 0
