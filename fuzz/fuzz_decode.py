"""Fuzz encoding detection and decoding (``detect_encoding``, ``decode``, ``BlockDecoder``).

    cd fuzz/work && python ../fuzz_decode.py -max_total_time=600 -timeout=20 corpus_decode

Checks, for any bytes: ``detect_encoding`` never raises; ``decode`` raises
only ``DecodeError``/``BinaryInputError``, and when detection names an
encoding, ``decode`` succeeds; ``errors="replace"`` fails only on binary
input; a forced encoding fails only with ``DecodeError``; decoding in
blocks (``BlockDecoder``, cut anywhere) gives the same text as decoding
the whole when the encoding is forced.
"""

from __future__ import annotations

import codecs

from _harness import instrumented_imports, main

with instrumented_imports():
    from zhtext.converters.encoding import BlockDecoder, canonical_encoding, decode, detect_encoding
    from zhtext.converters.errors import BinaryInputError, DecodeError

FORCED = ["utf-8", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "utf-16", "utf-16-le",
          "utf-32", "cp1252", "shift_jis", "euc-kr", "latin-1", "no-such-codec", "utf-8-sig", "hz"]


def one_input(data: bytes) -> None:
    det = detect_encoding(data)  # documented never to raise
    try:
        text, got = decode(data)
    except BinaryInputError:
        assert det.binary, (det, "BinaryInputError but detection did not say binary")
    except DecodeError:
        assert det.encoding is None, (det, "DecodeError although detection named an encoding")
    else:
        assert isinstance(text, str)
        assert got.encoding is not None
        assert "\x00" not in text or got.encoding.startswith(("utf-16", "utf-32")) or b"\x00" in data
    try:
        text, got = decode(data, errors="replace")
        assert isinstance(text, str)
    except BinaryInputError:
        pass
    if not data:
        return
    forced = FORCED[data[0] % len(FORCED)]
    try:
        whole, _ = decode(data, encoding=forced)
    except DecodeError:
        whole = None
    if whole is not None and not forced.startswith(("utf-16", "utf-32")):
        step = 1 + data[-1] % 7
        blocks = [data[i:i + step] for i in range(0, len(data), step)]
        try:
            streamed = "".join(BlockDecoder(encoding=forced).texts(blocks))
        except DecodeError:
            # Known (reported): a forced name promoted to a superset that cannot
            # decode (latin-1 -> cp1252 on 0x81, 0x8d, ...) falls back to the
            # name given in decode() but not in BlockDecoder.
            if canonical_encoding(forced) != codecs.lookup(forced).name:
                return
            raise
        if streamed.startswith("\ufeff") and not whole.startswith("\ufeff"):
            streamed = streamed[1:]  # BlockDecoder leaves a UTF-8 BOM to its caller
        assert streamed == whole, (forced, whole[:40], streamed[:40])


if __name__ == "__main__":
    main(one_input, "decode")
