"""Properties of strip_boilerplate on generated input: it never raises, and it keeps only text it was given, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters import strip_boilerplate

TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<a href='/x'>", "</a>", "<li>", "<ul>", "</ul>",
        "<div style='display:none'>", "<span class='hidden'>", "</span>", "<h1>", "</h1>", "<table><tr><td>",
        "</td></tr></table>", "<!--", "-->", "<script>", "</script>", "<style>", "</style>", "&nbsp;", "&#x4e2d;",
        "<", ">", "\"", "'", "<title>", "</title>", "<meta charset='gb2312'>", "<![CDATA["]
WORDS = ["今天", "天气", "很好", "，", "。", "我们", "出门", "散步", "首页", "责任编辑：", "相关新闻", "六合彩",
         "百家乐", "_", " ", "\n", "\r\n", "　　", "網友評論", "記者", "2024-06-01", "abc", "分享到"]

pieces = st.lists(st.sampled_from(TAGS + WORDS), max_size=200)


@settings(max_examples=150, deadline=None)
@given(pieces)
def test_markup_soup_never_raises(parts):
    html = "<html><body>" + "".join(parts)
    article = strip_boilerplate(html.encode("utf-8"), "soup.html")
    assert isinstance(article.body, list)
    for para in article.body:
        assert para and para == para.strip()
        assert "<p>" not in para and "<div" not in para


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _in_order(part: str, whole: str, start: int = 0) -> int:
    """Where ``part`` ends as a subsequence of ``whole`` from ``start``, or -1."""
    pos = start
    for ch in part:
        pos = whole.find(ch, pos)
        if pos < 0:
            return -1
        pos += 1
    return pos


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=200))
def test_plain_text_keeps_only_its_own_text_in_order(parts):
    text = "".join(parts)
    article = strip_boilerplate(text.encode("utf-8"), "page.txt")
    whole = _squeeze(text)
    pos = 0
    for para in article.body:
        pos = _in_order(_squeeze(para), whole, pos)
        assert pos >= 0, para


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "a.html", "a.mht", "a.txt"]))
def test_any_bytes_never_raise(data, name):
    article = strip_boilerplate(data, name)
    assert article.form in ("text", "html", "mhtml")
