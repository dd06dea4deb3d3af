"""Reading OpenCC dictionaries: the text format and the compiled ``.ocd2`` format.

A dictionary maps a key to one or more candidate values; conversion uses
the first candidate, and the others are kept for review (see
:mod:`.ambiguity`).  Text dictionaries are ``key<TAB>value [value ...]``
lines in UTF-8.  ``.ocd2`` files (OpenCC's ``opencc_dict -f text -t ocd2``
output) are a MARISA trie of the keys followed by the serialized values;
they are read with the ``marisa-trie`` package.
"""

from __future__ import annotations

import struct
from pathlib import Path

from ..errors import DictionaryError

OCD2_HEADER = b"OPENCC_MARISA_0.2.5"


def parse_entries(text: str, source: str = "<dictionary>") -> dict[str, tuple[str, ...]]:
    """Parse OpenCC's text dictionary format into ``key -> (candidate, ...)``.

    Lines starting with ``#`` and empty lines are skipped; a repeated key
    keeps its first line.  A line without a tab is an error naming the
    source and the line number.
    """
    table: dict[str, tuple[str, ...]] = {}
    if text.startswith("\ufeff"):
        text = text[1:]
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line or line.startswith("#"):
            continue
        key, tab, values = line.partition("\t")
        if not tab or not key:
            raise DictionaryError(f"{source}:{number}: expected 'source<TAB>target', got {line[:40]!r}")
        if key not in table:
            table[key] = tuple(values.split(" "))
    return table


def parse_dictionary(text: str, source: str = "<dictionary>") -> dict[str, str]:
    """Parse OpenCC's text dictionary format: ``key<TAB>value [value ...]``.

    The first value of a multi-valued entry is the one used.
    """
    return {key: values[0] for key, values in parse_entries(text, source).items()}


def read_text_dictionary(path: Path) -> dict[str, tuple[str, ...]]:
    """A UTF-8 text dictionary file; errors name the file and the reason."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read dictionary {path}: {exc.strerror or exc}") from None
    if raw.startswith(OCD2_HEADER):
        return read_ocd2(path, raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"dictionary {path} is not UTF-8 (byte {exc.start})") from None
    return parse_entries(text, str(path))


def read_ocd2(path: Path, raw: bytes | None = None) -> dict[str, tuple[str, ...]]:
    """A compiled ``.ocd2`` dictionary (see :func:`parse_ocd2` for the layout).

    The MARISA library crashes the process on some damaged tries, so the
    file is parsed in a child Python process: a damaged file is then a
    :class:`DictionaryError` naming the command that turns a good one into
    text, never a crash.  (Plans are cached, so this runs once per file.)
    """
    if raw is None:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise DictionaryError(f"cannot read dictionary {path}: {exc.strerror or exc}") from None
    hint = f"opencc_dict -i {path} -o {Path(path).with_suffix('.txt')} -f ocd2 -t text"
    if not raw.startswith(OCD2_HEADER):
        raise DictionaryError(f"{path} is not an OpenCC .ocd2 dictionary (no {OCD2_HEADER.decode()} header)")
    try:
        import marisa_trie  # noqa: F401  (only checks that it is installed)
    except ImportError:
        raise DictionaryError(
            f"reading {path} needs the marisa-trie package (pip install marisa-trie), "
            f"or turn it into a text dictionary: {hint}"
        ) from None
    import marshal
    import subprocess
    import sys

    code = "from zhtext.converters.opencc.dictionary import _ocd2_child; _ocd2_child()"
    try:
        proc = subprocess.run([sys.executable, "-c", code], input=raw, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DictionaryError(f"cannot read {path} as an .ocd2 dictionary ({exc})") from None
    if proc.returncode != 0 or not proc.stdout:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = reason[-1] if reason and proc.returncode > 0 else "the MARISA reader crashed"
        raise DictionaryError(f"cannot read {path} as an .ocd2 dictionary ({reason}); "
                              f"turn a good copy into text with: {hint}")
    return marshal.loads(proc.stdout)


def parse_ocd2(raw: bytes) -> dict[str, tuple[str, ...]]:
    """Parse the bytes of an ``.ocd2`` file (in-process: only for trusted files).

    Layout after the header: the trie, then ``uint32`` entry count,
    ``uint32`` length of the value buffer, the buffer (NUL-terminated
    values), and per entry a ``uint16`` value count followed by one
    ``uint16`` byte length (NUL included) per value; all little-endian.
    Raises ``ValueError`` on a malformed file.
    """
    import marisa_trie

    trie = marisa_trie.Trie()
    trie.frombytes(raw[len(OCD2_HEADER):])
    pos = len(OCD2_HEADER) + len(trie.tobytes())
    count, total = struct.unpack_from("<II", raw, pos)
    pos += 8
    buffer = raw[pos : pos + total]
    pos += total
    values: list[tuple[str, ...]] = []
    offset = 0
    for _ in range(count):
        (n,) = struct.unpack_from("<H", raw, pos)
        lengths = struct.unpack_from(f"<{n}H", raw, pos + 2)
        pos += 2 + 2 * n
        entry = []
        for length in lengths:
            if length < 1 or offset + length > len(buffer):
                raise ValueError("value outside the value buffer")
            entry.append(buffer[offset : offset + length - 1].decode("utf-8"))
            offset += length
        values.append(tuple(entry))
    if pos != len(raw) or len(trie) != count:
        raise ValueError("trailing or missing bytes")
    return {key: values[key_id] for key, key_id in trie.iteritems()}


def _ocd2_child() -> None:
    """Child-process side of :func:`read_ocd2`: .ocd2 bytes on stdin, marshalled entries on stdout."""
    import marshal
    import sys

    try:
        entries = parse_ocd2(sys.stdin.buffer.read())
    except Exception as exc:  # any malformation: reported by the parent as one line
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        raise SystemExit(1) from None
    sys.stdout.buffer.write(marshal.dumps(entries))
