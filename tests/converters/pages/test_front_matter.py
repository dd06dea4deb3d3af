"""The fields a text save opens with (YAML front matter, a reader service's header): read, left
out of the text, and used for the title, address and date.  Every save here is written for
these tests."""

from __future__ import annotations

from tests.converters.pages.saves import BODY
from zhtext.converters import strip_boilerplate
from zhtext.converters.pages.front_matter import front_matter

_PAGE = "\n\n".join(["首页 | 新闻 | 关于", *BODY, "版权所有 © 某某网"]) + "\n"


def test_yaml_front_matter_is_read_and_left_out():
    text = ('---\ntitle: "河畔新城公布三星级社区名单"\nurl: https://example.org/a/1\nsource: 某某网\n'
            "date: 2025-12-23\ntags:\n  - 社区\n  - 城市\n---\n\n" + _PAGE)
    fm = front_matter(text)
    assert (fm.title, fm.url, fm.date) == ("河畔新城公布三星级社区名单", "https://example.org/a/1", "2025-12-23")
    assert fm.fields["source"] == "某某网"
    assert fm.text.strip() == _PAGE.strip()


def test_a_reader_services_header_is_read_and_left_out():
    text = ("Title: 河畔新城公布三星级社区名单_某某网\n\nURL Source: https://example.org/a/1\n\n"
            "Published Time: 2025-12-23T08:00:00+08:00\n\nMarkdown Content:\n" + _PAGE)
    fm = front_matter(text)
    assert (fm.title, fm.url) == ("河畔新城公布三星级社区名单_某某网", "https://example.org/a/1")
    assert fm.date.startswith("2025-12-23")
    assert fm.text == _PAGE


def test_a_save_without_fields_comes_back_whole():
    for text in (_PAGE, "---\n\n" + _PAGE, "---\n这一段不是字段，只是一条分隔线下的正文。\n---\n" + _PAGE,
                 "Title: 某某\n没有正文的标记\n" + _PAGE):
        fm = front_matter(text)
        assert fm.fields == {} and fm.text == text and fm.title == ""


def test_strip_takes_the_title_address_and_date_the_fields_name():
    # the page does not show its headline: the fields' title is the headline; the fields are no body
    text = "---\ntitle: 河畔新城公布三星级社区名单\nurl: https://example.org/a/1\ndate: 2025-12-23\n---\n\n" + _PAGE
    article = strip_boilerplate(text.encode("utf-8"), "save.md")
    assert article.title == "河畔新城公布三星级社区名单"
    assert article.body == BODY
    assert article.url == "https://example.org/a/1"
    assert article.date == "2025-12-23"
    assert not any("url:" in text or "title:" in text for text, _ in article.removed)


def test_a_markdown_saves_one_top_heading_over_the_body_is_the_headline():
    # a WeChat article as a markdown dump: the headline as a heading (twice: the cover's and the
    # article's), the author and the account, then a subscription banner and a credit line
    title = "观点 | 面对城市内涝我们可以做什么"
    text = ("---\ntitle: " + title + "\nurl: https://example.org/s/1\n---\n\n# " + title + "\n\n![cover](https://example.org/c.jpg)\n\n"
            "# " + title + "\n\n王某\n\n某某杂志\n\n**扫码订阅《某某杂志》**\n\n邮发代号 2-000\n\n征订热线：010-00000000\n\n"
            "文 | 某某大学教授 王某\n\n" + "\n\n".join(BODY) + "\n")
    article = strip_boilerplate(text.encode("utf-8"), "save.md")
    assert article.title == title
    assert article.body[-2:] == BODY


def test_two_markdown_headings_are_never_one_broken_headline():
    # a blog's name ending in Latin letters as a heading, right above the post's title opening
    # with Latin letters as another heading: two lines, not a headline broken inside a word
    title = "CattoPic：基于某某云的开源自托管图床"
    text = ("# " + title + "\n\n# [河畔 | Wiki](/)\n\n# " + title + "\n\n发布时间:\n2025-12-23\n\n" + "\n\n".join(BODY) + "\n")
    assert strip_boilerplate(text.encode("utf-8"), "save.md").title == title


def test_a_long_headline_the_fields_name_is_taken_where_the_page_shows_it():
    # a blog's markdown dump: the post's title (longer than any headline-shaped line) as the top
    # heading, the blog's name, its menu, the title again as a linked heading over the date
    title = ("财务并购还是战略豪赌：为什么河畔集团宁可溢价四倍也要拿下某某公司？不仅是抢地盘，"
             "更是为了防止流量红利被对手彻底瓜分｜河畔集团收购某某公司")
    text = ("---\ntitle: " + title + "\nurl: https://example.org/2025/12/31/a/\n---\n\n# " + title
            + "\n\n# [某某的博客站](https://example.org)\n\n* [Home](https://example.org)\n* [关于](https://example.org/about/)\n\n"
            + "## [" + title + "](https://example.org/2025/12/31/a/)\n\n12 月 31\n\n" + "\n\n".join(BODY) + "\n")
    article = strip_boilerplate(text.encode("utf-8"), "save.md")
    assert article.title == title
    assert article.body[-2:] == BODY and title not in article.body


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["---", "title: 某某", "url: https://example.org/a", "Title: 某某", "URL Source: x",
                           "Markdown Content:", "  - 标签", "正文第一段。", "", "date: 2025-01-01", "key:", ":", "# 标题"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=12))
def test_front_matter_never_fails_and_only_ever_cuts_the_opening_fields(lines):
    text = "\n".join(lines)
    fm = front_matter(text)
    if not fm.fields:
        assert fm.text == text and not (fm.title or fm.url or fm.date or fm.author)
    else:
        assert text.lstrip("\ufeff").endswith(fm.text)  # only the opening block is cut
        assert all(v in text for v in (fm.title, fm.url, fm.date, fm.author))
        assert strip_boilerplate(text, "save.md") is not None



def test_a_reader_services_title_bar_gives_its_headline_part():
    # Jina-style header: Title: is the page's <title>, the site's (and author's) name after the
    # headline; the page itself shows no headline
    for bar, headline in (("河畔知识图谱概述 - 某某作者 - 博客园", "河畔知识图谱概述"),
                          ("当我们说「河畔提示词」时，到底在说什么？ | 极客公园", "当我们说「河畔提示词」时，到底在说什么？"),
                          ("观点 | 面对城市内涝我们可以做什么", "观点 | 面对城市内涝我们可以做什么"),
                          ("两三年的打工人状态——就这？", "两三年的打工人状态——就这？")):
        text = ("Title: " + bar + "\n\nURL Source: https://example.org/p/1\n\nMarkdown Content:\n"
                + "\n\n".join(BODY) + "\n")
        article = strip_boilerplate(text.encode("utf-8"), "save.md")
        assert article.title == headline
        assert article.body == BODY


def test_a_read_later_exports_title_field_names_the_headline():
    # an export's metadata block (**Metadata**, Author:, Original_title:, Source:) over the text
    text = ("**Metadata**\n\nAuthor: 某某\n\nOriginal_title: 某某：创业八年，河畔行业都消失了，我们还在增长\n\n"
            "Source: https://m.example.com/article/1.html\n\n# Notes\n---\n# Origin\n![](https://img.example.com/a.jpg)\n\n"
            + "\n\n".join(BODY) + "\n")
    assert strip_boilerplate(text.encode("utf-8"), "save.md").title == "某某：创业八年，河畔行业都消失了，我们还在增长"


def _reader_save(bar: str, page_lines: list[str]) -> bytes:
    return ("Title: " + bar + "\n\nURL Source: https://example.org/p/2\n\nMarkdown Content:\n"
            + "\n\n".join(page_lines) + "\n").encode("utf-8")


def test_the_page_line_showing_a_longer_start_of_the_bar_is_the_headline():
    # the headline itself holds a spaced dash (某某 Remote - SSH): the page shows it whole, the
    # bar adds the site's name after it; a bare hyphen before a blog's name the same
    for bar, shown in (("复活河畔 7 的 VSCode Remote - SSH - V2EX", "复活河畔 7 的 VSCode Remote - SSH"),
                       ("我妈妈被电信诈骗九十五万元的全过程-某某博客", "我妈妈被电信诈骗九十五万元的全过程")):
        article = strip_boilerplate(_reader_save(bar, [bar + "\n===============", "[首页](/) » [生活感悟](/cat/)",
                                                       "[" + shown + "](https://example.org/p/2)", *BODY]), "save.md")
        assert article.title == shown
        assert article.body == BODY


def test_a_blogs_name_and_colon_and_character_references_leave_the_bar():
    article = strip_boilerplate(_reader_save("河畔的 BLOG: 深远未来开发总结", BODY), "save.md")
    assert article.title == "深远未来开发总结"
    article = strip_boilerplate(_reader_save("4個技巧捕捉&#12300;經驗筆記&#12301;&#65292;建立第二大腦", BODY), "save.md")
    assert article.title == "4個技巧捕捉「經驗筆記」，建立第二大腦"


def test_a_top_heading_written_as_a_sentence_is_the_headline():
    # a WeChat article as a markdown dump: its headline a sentence with its full stop, over the
    # account's lines (原创, the account, 微信号, 功能介绍 with its introduction on the same line)
    title = "提车三天开了一千公里，三十个问题告诉你河畔新车到底咋样。"
    text = "\n\n".join(["![cover_image](https://img.example.com/c.jpg)", "#  " + title, "原创  某某  [ 某某 ](javascript:void\\(0\\);)",
                       "**某某**", "微信号  hepan321", "功能介绍  关注科技、数码、汽车，传播能改变世界的思想。", *BODY]) + "\n"
    article = strip_boilerplate(text.encode("utf-8"), "save.md")
    assert article.title == title
    assert article.body == BODY
