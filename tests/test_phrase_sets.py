"""Phrase sets: opt-in extra phrases (yue, tw-gov) with OpenCC's matching and chain."""

from __future__ import annotations

import pytest

from zhtext.converters import Converter, DictionaryError
from zhtext.converters.opencc import list_phrase_sets
from zhtext.converters.opencc.dictionary import parse_entries
from zhtext.converters.opencc.phrases import phrase_set


def test_shipped_sets():
    assert {"yue", "tw-gov"} <= set(list_phrase_sets())


def test_yue_decides_cantonese_readings():
    text = "我唔系好钟意佢"
    assert Converter("s2hk").convert(text) == "我唔繫好鍾意佢"
    assert Converter("s2hk", phrases=("yue",)).convert(text) == "我唔係好鍾意佢"


def test_tw_gov_official_spelling_inside_phrases_only_where_the_table_is_unconditional():
    conv = Converter("s2tw", phrases=["tw-gov"])
    assert Converter("s2tw").convert("公布栏上公布了分布图") == "公佈欄上公佈了分佈圖"
    assert conv.convert("公布栏上公布了分布图") == "公布欄上公布了分布圖"
    # 計畫 (noun) / 計劃 (verb) depends on the part of speech: only longer phrases decide it
    assert conv.convert("五年计划") == "五年計畫"
    assert conv.convert("计划") == Converter("s2tw").convert("计划")


def test_later_steps_apply_to_phrase_set_output():
    # tw-gov writes OpenCC-standard Traditional; s2twp's Taiwan phrase step still runs after it
    with_set = Converter("s2twp", phrases=("tw-gov",)).convert("公布了软件")
    assert with_set == "公布了軟體"


def test_phrase_set_entries_are_valid_dictionaries():
    for name in list_phrase_sets():
        entries = phrase_set(name).entries()
        assert entries
        assert all(len(key) >= 2 for key in entries)


def test_phrase_set_leaves_text_it_has_no_key_for():
    text = "国家图书馆的计算机"
    assert Converter("s2hk", phrases=("yue",)).convert(text) == Converter("s2hk").convert(text)


def test_both_matchers_agree_with_a_phrase_set(monkeypatch):
    from zhtext.converters.opencc import convert as engine

    text = "我唔系好钟意佢，公布栏。\n" * 4
    small = Converter("s2hk", phrases=("yue",)).convert(text)
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)
    assert Converter("s2hk", phrases=("yue",)).convert(text) == small


def test_phrase_set_wins_over_an_equal_opencc_key(tmp_path, monkeypatch):
    from zhtext.converters.opencc import phrases as module

    (tmp_path / "mine.txt").write_text("头发\t頭發\n", encoding="utf-8")
    monkeypatch.setattr(module, "PHRASES_DIR", tmp_path)
    module.phrase_set.cache_clear()
    try:
        assert Converter("s2t").convert("头发") == "頭髮"
        assert Converter("s2t", phrases=("mine",)).convert("头发长") == "頭發長"
    finally:
        module.phrase_set.cache_clear()


def test_unknown_phrase_set_lists_the_known_ones():
    with pytest.raises(DictionaryError, match="yue"):
        Converter("s2hk", phrases=("klingon",))


def test_sources_are_documented():
    readme = (phrase_set("yue").path.parent / "README.md").read_text(encoding="utf-8")
    for needle in ("CC BY 4.0", "rime-cantonese", "法律統一用字表", "article 9"):
        assert needle in readme
    header = phrase_set("yue").path.read_text(encoding="utf-8").split("\n", 3)
    assert header[0].startswith("#") and "CC BY 4.0" in header[1]
    assert parse_entries(phrase_set("tw-gov").path.read_text(encoding="utf-8"))


def test_phrase_sets_only_with_configurations_from_simplified():
    with pytest.raises(DictionaryError, match="from Simplified"):
        Converter("t2s", phrases=("yue",))
    with pytest.raises(DictionaryError, match="t2hk"):
        Converter("t2hk", phrases=("yue",))
    assert Converter("s2t", phrases=("yue",)).convert("唔系") == "唔係"
