"""Fuzz the markup layer and the encoding declarations.

    cd fuzz/work && python ../fuzz_markup.py -max_total_time=600 -timeout=20 corpus_markup

Checks, for any text and every markup: ``split`` never raises; its spans
cover the text exactly, alternating kept and prose; the identity rule
gives the text back, joined or run by run; a marker rule leaves every kept
span byte-identical and in place; batched s2t conversion equals run-by-run
conversion; ``declare_utf8`` raises nothing but ``DeclarationError`` and is
idempotent.  libFuzzer's ``-timeout`` catches a scan that goes quadratic.
"""

from __future__ import annotations

from _harness import instrumented_imports, main
from _checks import forbid_side_effects, guarded

with instrumented_imports():
    from zhtext.converters.declarations import DeclarationError, declare_utf8
    from zhtext.converters.markup import FORMATS, convert_prose, split
    from zhtext.converters.opencc import Converter

S2T = Converter("s2t")
S2T.convert("预热")
forbid_side_effects()

NAMES = ("a.py", "a.html", "a.xml", "a.css", None)


def _one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    for markup in FORMATS:
        doc = split(text, markup, protect=("汉字",))
        spans = doc.spans
        assert "".join(text[s.start:s.end] for s in spans) == text
        assert all(a.end == b.start and a.kept != b.kept for a, b in zip(spans, spans[1:]))
        assert doc.apply(lambda s: s) == text
        assert doc.apply(lambda s: s, boundary=True) == text
        marked = doc.apply(lambda s: "\x01" * len(s))
        for s in spans:
            if s.kept:
                assert marked[s.start:s.end] == text[s.start:s.end]
        runs = "".join(text[s.start:s.end] if s.kept else S2T.convert(text[s.start:s.end]) for s in spans)
        assert convert_prose(text, S2T, markup, protect=("汉字",)) == runs
    for name in NAMES:
        try:
            new, _ = declare_utf8(text, name)
        except DeclarationError:
            continue
        assert declare_utf8(new, name) == (new, [])


one_input = guarded(_one_input)


if __name__ == "__main__":
    main(one_input, "markup")
