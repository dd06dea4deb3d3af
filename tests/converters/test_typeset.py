"""The typesetting rules (zhtext.converters.typeset) on our corpus and as properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters.typeset import (
    DEFAULT_NO_SPACE_UNITS,
    DEFAULT_RULES,
    RULES,
    Typesetter,
    TypesetOptions,
    check,
    kept_spans,
    typeset,
)

CASES_FILE = Path(__file__).parent / "typeset" / "cases.tsv"


def parse_rules(spec: str) -> TypesetOptions:
    rules: set[str] = set()
    quotes = "keep"
    units = DEFAULT_NO_SPACE_UNITS
    for token in spec.split():
        if token == "default":
            rules |= DEFAULT_RULES
        elif token == "all":
            rules |= set(RULES)
        elif token == "none":
            rules = set()
        elif token.startswith("only:"):
            rules = set(token[5:].split(","))
        elif token[0] in "+-":
            (rules.add if token[0] == "+" else rules.discard)(token[1:])
        elif token.startswith("quotes="):
            quotes = token[7:]
        elif token.startswith("units="):
            units = token[6:]
        else:
            raise ValueError(f"bad rule spec {spec!r}")
    return TypesetOptions(frozenset(rules), quotes, units)


def load_cases():
    cases = []
    for n, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        spec, source, expected = line.split("\t")
        source = source.replace("\\n", "\n")
        expected = source if expected == "=" else expected.replace("\\n", "\n")
        cases.append(pytest.param(spec, source, expected, id=f"line{n}"))
    return cases


CASES = load_cases()


def test_corpus_is_large_and_covers_every_rule():
    assert len(CASES) >= 200
    specs = " ".join(c.values[0] for c in CASES)
    for rule in RULES:
        assert rule in specs or rule in DEFAULT_RULES


@pytest.mark.parametrize("spec,source,expected", CASES)
def test_case(spec, source, expected):
    ts = Typesetter(parse_rules(spec))
    assert ts.typeset(source) == expected


@pytest.mark.parametrize("spec,source,expected", CASES)
def test_case_idempotent_and_findings_agree(spec, source, expected):
    ts = Typesetter(parse_rules(spec))
    once = ts.typeset(source)
    assert ts.typeset(once) == once
    assert ts.check(once) == []
    result, findings = ts.typeset_with_findings(source)
    assert result == once
    assert bool(findings) == (once != source)
    options = parse_rules(spec)
    for f in findings:
        assert f.rule in options.rules
        assert "\ue000" not in f.original + f.replacement  # kept spans shown as they are
        if len(options.rules) == 1:  # no earlier rule changed the text it saw
            assert source[f.offset : f.offset + len(f.original)] == f.original


def han(text: str) -> list[str]:
    return re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]", text)


@pytest.mark.parametrize("spec,source,expected", CASES)
def test_case_keeps_every_han_character(spec, source, expected):
    assert han(Typesetter(parse_rules(spec)).typeset(source)) == han(source)


def test_findings_positions_lines_and_columns():
    text = "第一行没问题\n使用Python开发,共3个.\n乳业(二期)"
    findings = check(text)
    got = [(f.rule, f.line, f.column, f.original, f.replacement) for f in findings]
    assert got == [
        ("space-han-latin", 2, 2, "用P", "用 P"),
        ("space-han-latin", 2, 8, "n开", "n 开"),
        ("fullwidth-punctuation", 2, 11, ",", "，"),
        ("space-han-latin", 2, 12, "共3个", "共 3 个"),
        ("fullwidth-punctuation", 2, 15, ".", "。"),
        ("fullwidth-punctuation", 3, 3, "(二期)", "（二期）"),
    ]
    assert "full-width" in findings[2].message and "'，'" in findings[2].message
    assert findings[3].column == 12 and findings[3].message.endswith("'共3个' -> '共 3 个'")


def test_findings_of_later_rules_point_into_the_input():
    # halfwidth-alnum runs first and shortens nothing, fullwidth-punctuation
    # removes a space: later findings must still point at input positions
    text = "你好 ,世界ＡＢ中文 ,再见Python"
    got = [(f.rule, f.offset, f.original, f.replacement) for f in check(text)]
    assert got == [
        ("fullwidth-punctuation", 2, " ,", "，"),
        ("space-han-latin", 5, "界A", "界 A"),
        ("halfwidth-alnum", 6, "ＡＢ", "AB"),
        ("space-han-latin", 7, "B中", "B 中"),
        ("fullwidth-punctuation", 10, " ,", "，"),
        ("space-han-latin", 13, "见P", "见 P"),
    ]


def test_traditional_and_simplified_alike():
    assert typeset("使用Python開發,共3個.") == "使用 Python 開發，共 3 個。"
    assert typeset("使用Python开发,共3个.") == "使用 Python 开发，共 3 个。"


def test_unknown_rule_and_quote_style_are_errors():
    with pytest.raises(ValueError, match="unknown typeset rule"):
        TypesetOptions(frozenset({"no-such-rule"}))
    with pytest.raises(ValueError, match="quote style"):
        TypesetOptions(quotes="round")


def test_kept_spans_find_code_urls_mail_and_paths():
    text = "见`a,b`和https://x.org/a,b与me@x.org及/usr/bin和C:\\tmp\\x了"
    got = [text[s:e] for s, e in kept_spans(text)]
    assert got == ["`a,b`", "https://x.org/a,b", "me@x.org", "/usr/bin", "C:\\tmp\\x"]


def test_private_use_characters_in_the_text_do_not_confuse_kept_spans():
    text = "\ue000\ue001\ue002用`a,b`和https://x.org,好\ue000"
    out = typeset(text)
    assert "`a,b`" in out and "https://x.org" in out
    assert out == "\ue000\ue001\ue002用`a,b`和 https://x.org，好\ue000"


# --- properties ---------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("中文字汉漢年月日个的了是在有我他")
    + list("abcXYZ019")
    + list(" ,.:;!?()\"'`/@-_*~%#+\n")
    + list("，。：；！？（）“”‘’「」『』…ＡＢ１２")
    + ["https://", "www.", "...", "。。。", "：)", "\ue000"]
)
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)
_OPTIONS = st.builds(
    TypesetOptions,
    st.frozensets(st.sampled_from(RULES)),
    st.sampled_from(("keep", "corner", "curly")),
    st.sampled_from((DEFAULT_NO_SPACE_UNITS, "", "个")),
    st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(_TEXT, _OPTIONS)
def test_twice_is_once(text, options):
    ts = Typesetter(options)
    once = ts.typeset(text)
    assert ts.typeset(once) == once


@settings(max_examples=300, deadline=None)
@given(_TEXT, _OPTIONS)
def test_no_han_character_changes(text, options):
    assert han(Typesetter(options).typeset(text)) == han(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_all_rules_off_changes_nothing(text):
    assert Typesetter(TypesetOptions(frozenset())).typeset(text) == text


@settings(max_examples=200, deadline=None)
@given(_TEXT, _OPTIONS)
def test_findings_match_the_result(text, options):
    ts = Typesetter(options)
    result, findings = ts.typeset_with_findings(text)
    assert result == ts.typeset(text)
    assert bool(findings) == (result != text)
    for f in findings:
        if len(options.rules) == 1 and "quotes" not in options.rules:
            assert text[f.offset : f.offset + len(f.original)] == f.original
        line_start = text.rfind("\n", 0, f.offset) + 1
        assert f.line == text.count("\n", 0, f.offset) + 1
        assert f.column == f.offset - line_start + 1


def test_kept_ranges_from_the_caller_are_never_touched():
    text = "见项目2,和(注)及Ｘ,好"
    i = text.index("项目2,")
    j = text.index("(注)")
    x = text.index("Ｘ")
    kept = [(i, i + 4), (j, j + 3), (x, x + 1)]
    out = typeset(text)
    assert out == "见项目 2，和（注）及 X，好"
    out = Typesetter().typeset(text, kept=kept)
    assert out == "见项目2,和(注)及Ｘ，好"
    # a kept range spaces like a word of its edge characters
    assert Typesetter().typeset("用abc做", kept=[(1, 4)]) == "用 abc 做"
    assert Typesetter().typeset("用a做", kept=[(1, 2)]) == "用 a 做"
    assert Typesetter().typeset("用<b>做", kept=[(1, 4)]) == "用<b>做"


def test_findings_with_kept_ranges_point_into_the_input():
    text = "`x`用Python开发,见<a href='x'>链接</a>."
    kept = [(text.index("<a"), text.index("'>") + 2), (text.index("</a>"), text.index("</a>") + 4)]
    findings = Typesetter().check(text, kept=kept)
    for f in findings:
        assert text[f.offset : f.offset + len(f.original)] == f.original
    assert [f.original for f in findings] == ["用P", "n开", ","]


def test_findings_show_kept_spans_as_written_and_messages_stay_short():
    text = "所有 (渲染作用以及 `setup()` 时创建的侦听器) 都停止。"
    f1, f2 = Typesetter().check(text)
    assert (f1.original, f1.replacement) == (" (渲染作用以及 `setup()` 时创建的侦听器)", "（渲染作用以及 `setup()` 时创建的侦听器）")
    assert (f2.original, f2.replacement) == ("） 都", "）都")
    assert f1.message.endswith("' (渲染作用…建的侦听器)' -> '（渲染作用以…建的侦听器）'")
    assert "\n" not in check("好 ,\n世界")[0].message


def test_collapse_spaces_off_keeps_runs():
    text = "一行    Python"
    assert typeset(text) == "一行 Python"
    assert Typesetter(TypesetOptions(collapse_spaces=False)).typeset(text) == text
    assert Typesetter(TypesetOptions(collapse_spaces=False)).typeset("一行Python") == "一行 Python"


def test_quote_findings_are_at_the_opening_mark_of_each_outermost_pair():
    text = "甲\n他说“我听到‘再见’\n了”和\"你好\""
    result, findings = Typesetter(TypesetOptions(frozenset({"quotes"}), "corner")).typeset_with_findings(text)
    assert result == "甲\n他说「我听到『再见』\n了」和「你好」"
    assert [(f.line, f.column, f.offset) for f in findings] == [(2, 3, 4), (3, 4, 16)]
    for f in findings:
        assert text[f.offset : f.offset + len(f.original)] == f.original
        assert result[f.offset : f.offset + len(f.replacement)] == f.replacement


def test_a_finding_inside_an_earlier_rewrite_is_at_its_input_position():
    # the parentheses pass rewrites " (www.中)" as one stretch (dropping the space);
    # the full stop inside it, changed by a later pass, is still found where it was
    text = "中 (www.中)"
    ts = Typesetter(TypesetOptions(frozenset(["fullwidth-punctuation"])))
    stop = [f for f in ts.check(text) if f.original == "."]
    assert len(stop) == 1 and text[stop[0].offset] == "." and stop[0].column == text.index(".") + 1
