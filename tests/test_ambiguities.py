"""Converter.ambiguities and summarize: undecided one-to-many choices."""

from __future__ import annotations

from zhtext.converters import Converter
from zhtext.converters.opencc.ambiguity import summarize


def test_single_character_with_candidates_is_reported_phrases_decide():
    conv = Converter("s2t")
    text = "他的头发很长。\n我发现了问题，了解了。"
    found = conv.ambiguities(text)
    # 头发, 发现 and 了解 are phrases: their 发 and 了 are decided; 了 (了|瞭) stands alone twice
    assert [(f.line, f.column, f.source, f.chosen, f.candidates) for f in found] == [
        (2, 4, "了", "了", ("了", "瞭")),
        (2, 10, "了", "了", ("了", "瞭")),
    ]
    assert found[0].before == "我发现" and found[0].after.startswith("问题")
    # the chosen candidate is what convert writes
    converted = conv.convert(text)
    assert all(converted[f.offset] == f.chosen for f in found)


def test_single_fa_is_ambiguous():
    [finding] = Converter("s2t").ambiguities("发")
    assert (finding.source, finding.chosen, finding.candidates) == ("发", "發", ("發", "髮"))
    assert finding.describe() == "发 -> 發 (發|髮): …发…"


def test_traditional_to_simplified_and_user_dictionary():
    assert [f.source for f in Converter("t2s").ambiguities("於是")] == ["於"]
    assert Converter("s2t", user_dicts=[{"发": "發"}]).ambiguities("发") == []


def test_summary_counts_per_character():
    conv = Converter("s2t")
    found = conv.ambiguities("这发，那发。了")
    summary = summarize(found)
    assert summary[0][3] >= summary[-1][3]
    assert [(s, n) for s, _, _, n in summary] == [("发", 2), ("了", 1)]


def test_text_without_candidates_has_no_findings():
    assert Converter("s2t").ambiguities("abc 123\n") == []


def test_crlf_lines_and_context():
    found = Converter("s2t").ambiguities("汉字\r\n这发\r\n")
    assert [(f.line, f.column, f.before, f.after) for f in found] == [(2, 2, "这", "")]


def test_ranges_are_reviewed_each_on_its_own():
    conv = Converter("s2t")
    text = "头发"
    # as a whole 头发 is a phrase; cut in two, 发 stands alone
    assert conv.ambiguities(text) == []
    [finding] = conv.ambiguities(text, ranges=[(0, 1), (1, 2)])
    assert (finding.offset, finding.source) == (1, "发")
    assert conv.ambiguities("发发", ranges=[(1, 2)])[0].offset == 1


def test_user_dictionary_inside_ranges():
    conv = Converter("s2t", user_dicts=[{"发": "發"}])
    assert conv.ambiguities("了发了", ranges=[(1, 3)])[0].offset == 2
    assert [f.offset for f in conv.ambiguities("了发了")] == [0, 2]
