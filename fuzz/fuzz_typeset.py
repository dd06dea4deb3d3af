"""Fuzz the typesetter (``zhtext.converters.typeset``).

    cd fuzz/work && python ../fuzz_typeset.py -max_total_time=600 -timeout=20 corpus_typeset

Checks, for any text and each of three rule sets (default; all rules with
corner quotes; all rules with curly quotes): typesetting never raises and
finishes (libFuzzer's ``-timeout`` catches a regex that backtracks without
end); typesetting the result again changes nothing; the Han characters come
out in the same order; every kept span (inline code, URLs, e-mail
addresses, paths) comes out byte-identical; with every rule off the text is
unchanged; the findings agree with the result (some change iff some
finding, 1-based line and column of each offset); nothing is opened,
fetched or run (an audit hook fails the input).
"""

from __future__ import annotations

import re

from _harness import instrumented_imports, main
from _checks import forbid_side_effects, guarded

with instrumented_imports():
    from zhtext.converters.typeset import HAN, RULES, Typesetter, TypesetOptions, kept_spans

_HAN = re.compile(f"[{HAN}]")
_SETS = [
    Typesetter(TypesetOptions()),
    Typesetter(TypesetOptions(frozenset(RULES), "corner")),
    Typesetter(TypesetOptions(frozenset(RULES), "curly")),
]
_OFF = Typesetter(TypesetOptions(frozenset()))
for _ts in _SETS:
    _ts.typeset("预热`a`，https://x.org")  # compile the patterns before the audit hook arms
forbid_side_effects()


def _one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    assert _OFF.typeset(text) == text
    kept = [text[s:e] for s, e in kept_spans(text)]
    han = _HAN.findall(text)
    for ts in _SETS:
        once, findings = ts.typeset_with_findings(text)
        assert ts.typeset(once) == once, (text[:200], once[:200])
        assert _HAN.findall(once) == han
        rest = once
        for piece in kept:  # each kept span, in order, unchanged
            i = rest.find(piece)
            assert i >= 0, (piece, once[:200])
            rest = rest[i + len(piece):]
        assert bool(findings) == (once != text)
        for f in findings:
            assert 0 <= f.offset <= len(text)
            assert f.line == text.count("\n", 0, f.offset) + 1
            assert f.column == f.offset - (text.rfind("\n", 0, f.offset) + 1) + 1


one_input = guarded(_one_input)


if __name__ == "__main__":
    main(one_input, "typeset")
