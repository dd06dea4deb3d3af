"""Fuzz mojibake repair (``detect_mojibake``, ``repair``).

    cd fuzz/work && python ../fuzz_mojibake.py -max_total_time=600 -timeout=20 corpus_mojibake

The bytes are read three ways (UTF-8, GBK, cp1252, each with replacement),
so inputs cover clean text, mojibake and text with bytes gone.  Checks:
nothing raises; an unchanged result is the input itself, and mojibake
detected in it is mojibake whose bytes are gone, with a reason; a changed result names what it reversed, and garbling the result
again the same way gives back the input exactly (the repair is a reversal,
never a guess); ``detect_mojibake`` agrees with ``repair``.
"""

from __future__ import annotations

from _harness import instrumented_imports, main

with instrumented_imports():
    from zhtext.converters.mojibake import WRONG_CODECS, detect_mojibake, repair

CODEC = dict(WRONG_CODECS)


def one_input(data: bytes) -> None:
    for reading in ("utf-8", "gbk", "cp1252"):
        text = data.decode(reading, "replace")
        result = repair(text)
        found = detect_mojibake(text)
        if not result.changed:
            assert result.text == text and result.mojibake is None, (text, result)
            assert found is None or found.bytes_lost, (text, found)  # lost bytes: named, not repaired
            assert found is None or result.reason, (text, result)  # ... and the reason says so
            continue
        assert result.reason is None and result.mojibake == found, (text, result, found)
        codec = CODEC[result.mojibake.read_as]
        assert result.text.encode("utf-8").decode(codec) == text, (text, result)


if __name__ == "__main__":
    main(one_input, "mojibake")
