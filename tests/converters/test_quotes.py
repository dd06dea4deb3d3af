"""convert_quotes: curly <-> corner quotation marks around Chinese text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters.quotes import convert_quotes, quote_edits, quote_pairs
from zhtext.converters.typeset import typeset


@pytest.mark.parametrize(("curly", "corner"), [
    ("他说：“你好，‘朋友’。”然后走了。", "他说：「你好，『朋友』。」然后走了。"),
    ("我说“OK”吧", "我说「OK」吧"),  # Latin text quoted inside a Chinese sentence
    ("“don’t”说", "「don’t」说"),  # the apostrophe is no closing mark
])
def test_pairs_around_chinese_become_corner_and_back(curly, corner):
    assert convert_quotes(curly, "corner") == corner
    assert convert_quotes(corner, "curly") == curly


@pytest.mark.parametrize("text", [
    "He said “hello” and left.",  # no Chinese around the pair
    "“第一段\n\n第二段”",  # a pair never crosses a paragraph break
    "只有开头“没有结尾",  # unpaired
    "链接 https://例子.com/“路径” 里",  # inside a URL
    "代码 `print(“你好”)` 里",  # inside inline code
])
def test_left_alone(text):
    assert convert_quotes(text, "corner") == text


def test_keep_and_unknown_style():
    text = "他说“你好”"
    assert convert_quotes(text, "keep") == text
    with pytest.raises(ValueError, match="corner"):
        convert_quotes(text, "square")


def test_nesting_is_paired_innermost_first():
    text = "“甲‘乙’丙”"
    assert sorted(quote_pairs(text, "“‘")) == [(0, 6), (2, 4)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”‘’「」『』你好ab '\n", max_size=40))
def test_length_kept_and_only_quote_marks_change(text):
    for style in ("corner", "curly"):
        out = convert_quotes(text, style)
        assert len(out) == len(text)
        for a, b in zip(text, out):
            assert a == b or {a, b} in ({"“", "「"}, {"”", "」"}, {"‘", "『"}, {"’", "』"})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”‘’你好ab \n", max_size=40))
def test_corner_then_curly_restores_curly_text(text):
    # text without corner marks: every pair turned to corner turns back
    assert convert_quotes(convert_quotes(text, "corner"), "curly") == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”‘’「」『』你好a \n\t", max_size=80), st.integers(1, 9))
def test_stream_equals_whole(text, step):
    from zhtext.converters.quotes import convert_quotes_stream

    pieces = [text[i:i + step] for i in range(0, len(text), step)]
    for style in ("corner", "curly", "keep"):
        assert "".join(convert_quotes_stream(pieces, style)) == convert_quotes(text, style)


@pytest.mark.parametrize(("text", "corner"), [
    ('他说"你好"', "他说「你好」"),
    ('他说 "Hello" 然后', '他说 "Hello" 然后'),  # an English phrase keeps its ASCII quotes
    ('title="中文"', 'title="中文"'),  # an attribute value
    ('链接 https://x.org/"中" 里', '链接 https://x.org/"中" 里'),
])
def test_ascii_quotes_only_when_asked(text, corner):
    edits = quote_edits(text, "corner", ascii_quotes=True)
    out = list(text)
    for start, end, opening, closing in edits:
        out[start], out[end] = opening, closing
    assert "".join(out) == corner
    assert convert_quotes(text, "corner") == text  # convert and clean leave ASCII quotes to typeset


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="“”‘’「」『』你好ab '\n", max_size=40))
def test_typeset_rule_and_convert_option_agree_on_curly_and_corner_marks(text):
    # one set of pairing rules: on text without ASCII quotes or anything else
    # a typesetting rule would change, the two give the same result
    for style in ("corner", "curly"):
        assert typeset(text, rules={"quotes"}, quotes=style) == convert_quotes(text, style)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”‘’「」『』你好ab '\n", max_size=40))
def test_twice_is_once(text):
    for style in ("corner", "curly"):
        once = convert_quotes(text, style)
        assert convert_quotes(once, style) == once


@pytest.mark.parametrize(("text", "corner"), [
    # crossing marks: ’ closes ‘ and leaves “ unpaired, the second time too
    ("‘这是？“’就在那边‘", "『这是？“』就在那边‘"),
    # a converted mark is no Chinese context for its neighbour
    ("“x”“y”中", "“x”「y」中"),
    ("“你”好」", "「你」好」"),
])
def test_pairs_stay_the_same_after_conversion(text, corner):
    assert convert_quotes(text, "corner") == corner
    assert convert_quotes(corner, "corner") == corner
