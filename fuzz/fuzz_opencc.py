"""Fuzz the OpenCC side: dictionary readers, quotation marks, ambiguity positions.

    cd fuzz/work && python ../fuzz_opencc.py -max_total_time=600 -timeout=20 corpus_opencc

Checks, for any bytes: ``read_ocd2`` (the bytes after an .ocd2 header)
and ``parse_entries`` (the bytes as UTF-8) raise only ``DictionaryError``;
``convert_quotes`` keeps the length, changes only quotation marks, and
``curly`` after ``corner`` restores text that had no corner marks;
``Converter.ambiguities`` points at the characters it names, and the
chosen candidate is what ``convert`` writes there when the conversion
keeps the length.
"""

from __future__ import annotations

import os
import tempfile

from _harness import instrumented_imports, main

with instrumented_imports():
    from zhtext.converters import Converter
    from zhtext.converters.errors import DictionaryError
    from zhtext.converters.opencc.dictionary import OCD2_HEADER, parse_entries, read_ocd2
    from zhtext.converters.quotes import convert_quotes

PAIRS = ({"“", "「"}, {"”", "」"}, {"‘", "『"}, {"’", "』"})
CONVERTER = Converter("s2t")
_TMP = tempfile.mkdtemp(prefix="zhtext-fuzz-opencc-")


def one_input(data: bytes) -> None:
    path = os.path.join(_TMP, "x.ocd2")
    with open(path, "wb") as fh:
        fh.write(OCD2_HEADER + data)
    try:
        read_ocd2(path)
    except DictionaryError:
        pass
    text = data.decode("utf-8", "replace")
    try:
        parse_entries(text)
    except DictionaryError:
        pass
    for style in ("corner", "curly"):
        out = convert_quotes(text, style)
        assert len(out) == len(text)
        assert all(a == b or {a, b} in PAIRS for a, b in zip(text, out))
    if not any(mark in text for mark in "「」『』"):
        assert convert_quotes(convert_quotes(text, "corner"), "curly") == text
    found = CONVERTER.ambiguities(text)
    converted = CONVERTER.convert(text)
    for finding in found:
        assert text[finding.offset] == finding.source
        if len(converted) == len(text):
            assert converted[finding.offset] == finding.chosen or finding.chosen not in finding.candidates


if __name__ == "__main__":
    main(one_input, "opencc")
