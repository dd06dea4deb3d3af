"""The compiled fused path that converts without cutting the text (Segmenter.convert_in_place)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters import Converter
from zhtext.converters.opencc import convert as engine
from zhtext.converters.opencc.matching import Segmenter, Table

CANTONESE = "我唔系好钟意佢，就系咁啦。你系咪想食面？佢几时返嚟呀，我哋一只只咁数。系统出咗问题。\n"


def _separated(text: str, segmenter: Segmenter, first: Table, later) -> str:
    """The reference: segments joined by a separator, each step over the joined text."""
    sep = "\x00"
    joined = segmenter.convert_first_step(text, first, sep)
    for step in later:
        joined = step.apply_large(joined)
    return joined.replace(sep, "")


def _tiny(first: dict[str, str], second: dict[str, str]):
    step1, step2 = Table.from_mapping(first), Table.from_mapping(second)
    return Segmenter(step1.phrases, step1.longest), step1, step2


def test_later_match_across_a_segment_edge_falls_back():
    # "ab" is one segment, "c" the next; the second step's key "Bc" would straddle them
    segmenter, step1, step2 = _tiny({"ab": "aB"}, {"Bc": "XY"})
    assert segmenter.convert_in_place("abc", step1, [step2]) is None
    assert _separated("abc", segmenter, step1, [step2]) == "aBc"


def test_later_match_inside_a_segment_is_kept():
    segmenter, step1, step2 = _tiny({"ab": "aB", "cd": "cD"}, {"aB": "QQ", "x": "y"})
    text = "abcdxab"
    assert segmenter.convert_in_place(text, step1, [step2]) == _separated(text, segmenter, step1, [step2]) == "QQcDyQQ"


def test_a_length_changing_step_is_not_done_in_place():
    segmenter, step1, step2 = _tiny({"ab": "aB"}, {"aB": "long one"})
    assert segmenter.convert_in_place("ab", step1, [step2]) is None
    segmenter, step1, step2 = _tiny({"ab": "abc"}, {})
    assert segmenter.convert_in_place("ab", step1, [step2]) is None


@pytest.mark.parametrize("config, phrases", [("s2hk", ()), ("s2hk", ("yue",)), ("s2tw", ("tw-gov",)), ("s2tw", ("yue",))])
def test_in_place_equals_separated_on_real_configurations(config, phrases):
    conv = Converter(config, phrases=phrases)
    segmenter, chain = conv._segmenter, conv.chain
    text = (CANTONESE + Converter("s2t").convert(CANTONESE)) * 3
    done = segmenter.convert_in_place(text, chain[0], chain[1:])
    assert done is not None
    assert done == _separated(text, segmenter, chain[0], chain[1:])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdxyBQ\U00020000", max_size=40))
def test_in_place_is_exact_or_declines(text):
    # keys that overlap and straddle each other in every way; a non-BMP character too
    segmenter, step1, step2 = _tiny(
        {"ab": "aB", "bc": "bQ", "abc": "xyz", "d\U00020000": "DD", "cd": "cD"},
        {"Bc": "QQ", "aB": "BB", "QQ": "dd", "yz": "YZ", "D": "d"},
    )
    done = segmenter.convert_in_place(text, step1, [step2])
    if done is not None:
        assert done == _separated(text, segmenter, step1, [step2])


def test_compiled_and_plain_matchers_agree_with_a_phrase_set(monkeypatch):
    text = CANTONESE * 20
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 10**12)
    small = Converter("s2hk", phrases=("yue",)).convert(text)
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)
    assert Converter("s2hk", phrases=("yue",)).convert(text) == small
