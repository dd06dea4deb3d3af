"""Rules found on encyclopedia entries and code-heavy posts (a wiki article whose example tables
sit between its paragraphs, its heading's edit link, its maintenance notices and tagline, an
entry named by one character; a reader service's save of a post whose listings come with their
line numbers).  Every text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate

from .saves import paras

ENTRY = "第三范式"
LEAD = [("第三范式是数据库设计中的一条规范，要求一个关系中的每个非主属性都不传递依赖于任何候选键，"
         "这样可以减少数据的重复存储，也让更新数据时不容易出现前后不一致的情况。"),
        "下面用一个记录零件和厂商的表来说明这条规范，先看不符合规范的写法：",
        ("这个表里厂商地址只依赖于厂商名称，而厂商名称又依赖于零件编号，所以厂商地址传递依赖于主键，"
         "同一个厂商的地址会随着它的每一个零件重复出现一次。"),
        "把厂商单独拆成一个表以后，两个表分别如下：",
        ("拆分以后，每个厂商的地址只存一次，修改地址时也只需要改一行，这就是第三范式想要达到的效果，"
         "大多数业务系统的表设计至少都会满足这一级规范。")]


def _table(rows: list[list[str]]) -> str:
    return "<table class='wikitable'>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


PARTS = [["零件编号", "厂商名称", "厂商地址"], ["1000", "丰田", "公园大道"], ["1001", "三菱", "林肯街"],
         ["1002", "丰田", "公园大道"]]
MAKERS = [["厂商名称", "厂商地址"], ["丰田", "公园大道"], ["三菱", "林肯街"]]


def wiki(inner: str, head: str = f"<h1>{ENTRY}[编辑]</h1>", title: str = ENTRY) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 维基百科，自由的百科全书</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/random'>随机条目</a> <a href='/help'>帮助</a></div>"
            f"{head}<div id='siteSub'>维基百科，自由的百科全书</div>"
            f"<div id='mw-content-text'>{inner}</div>"
            "<div class='footer'>本页面最后修订于2024年5月1日。文字可在知识共享协议之条款下修改和再使用。</div>"
            "</body></html>").encode("utf-8")


def test_an_entrys_example_tables_between_its_paragraphs_do_not_split_it():
    inner = (paras(LEAD[:2]) + _table(PARTS) + paras(LEAD[2:4]) + _table(MAKERS) + paras(LEAD[4:]))
    article = strip_boilerplate(wiki(inner), "w.html")
    assert article.body == LEAD
    assert ("三菱", "table") in article.removed and ("林肯街", "table") in article.removed


def test_a_table_of_data_after_the_last_paragraph_is_not_bridged():
    # no prose after the table: the table stays outside the region, as before
    article = strip_boilerplate(wiki(paras(LEAD) + _table(PARTS)), "w.html")
    assert article.body == LEAD


def test_the_headings_edit_link_does_not_hide_the_headline_behind_the_tagline():
    article = strip_boilerplate(wiki(paras(LEAD)), "w.html")
    assert article.title == ENTRY


def test_without_a_heading_the_title_part_that_names_the_site_is_no_headline():
    # a knowledge-graph project keeps only the content (no <h1>): the <title>'s entry, not the
    # wiki's heavier tagline
    article = strip_boilerplate(wiki(paras(LEAD), head="", title="艾伦·图灵"), "w.html")
    assert article.title == "艾伦·图灵"


def test_an_entry_named_by_one_character_keeps_its_name_as_the_headline():
    page = ("<html><head><meta charset='utf-8'><title>栞 - 萌娘百科 万物皆可萌的百科全书</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/w'>最近更改</a></div>"
            f"<h1>栞</h1><div id='mw-content-text'>{paras(LEAD)}</div></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "m.html").title == "栞"


@pytest.mark.parametrize("notice", [
    "本条目需要补充更多来源。请协助补充多方面可靠来源以改善这篇条目。",
    "本條目的內容翻譯自英語維基百科，需要校對翻譯。",
    "如果您熟知條目內容及來源語言，並且中文流暢，歡迎您積極參與校對。",
    "欢迎正在阅读这个条目的您协助编辑本条目。编辑前请阅读入门指南。",
    "本条目中所使用的数据或歌词，其著作权属于其权利人，仅以介绍为目的引用。",
])
def test_a_wikis_maintenance_notices_are_no_part_of_the_entry(notice):
    article = strip_boilerplate(wiki(f"<div class='ambox'>{notice}</div>" + paras(LEAD)), "w.html")
    assert article.body == LEAD
    assert notice in {t for t, _ in article.removed}


def test_a_blog_themes_age_notice_is_dropped():
    notice = "本文发布于 316 天前，最后更新于 292 天前，其中的信息可能有所发展或是发生改变。"
    page = ("<html><head><meta charset='utf-8'><title>用脚本备份博客 - 某某的小站</title></head><body>"
            f"<h1>用脚本备份博客</h1><div class='post'><p>{notice}</p>{paras(LEAD)}</div></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "b.html").body == LEAD


# -- a reader service's save of a post: its listings' line numbers written out one a line ---------

CODE = ["[preprocessor.katex]", "after = [\"links\"]", "output = \"html\"", "leqno = false", "fleqn = false",
        "throw-on-error = true", "max-expand = 1000", "trust = false"]
POST = ["安装好插件以后，还需要在配置文件里打开它，我用的配置如下，每一项的含义在官方说明里都有：",
        "改完配置重新构建一次，公式就能正常显示了，行内公式和独立公式都支持，写法和常见的编辑器一样。",
        "如果构建时报错，多半是配置文件的缩进或者引号写错了，对照上面的例子检查一遍就能找到问题。"]


def test_a_listings_line_numbers_in_a_text_save_are_no_text_and_its_code_is_kept():
    numbers = [str(n) for n in range(1, len(CODE) + 1)]
    save = "\n\n".join(["某某的笔记", "首页", "归档", "关于", "给笔记加上数学公式", "发表于 2023-09-12",
                        POST[0], *numbers, *CODE, "TOML", POST[1], POST[2], "上一篇", "下一篇", ""])
    article = strip_boilerplate(save.encode("utf-8"), "save.txt")
    assert article.body == [POST[0], *CODE, POST[1], POST[2]]
    assert ("TOML", "gutter") in article.removed and ("3", "gutter") in article.removed


def test_a_pagers_numbers_are_no_line_numbers():
    # 1 2 3 with Chinese under them: a pager, dropped as before, nothing read as code
    save = "\n\n".join(["给笔记加上数学公式", "发表于 2023-09-12", *POST, "1", "2", "3", "下一页", ""])
    article = strip_boilerplate(save.encode("utf-8"), "save.txt")
    assert article.body == POST
    assert all(reason != "gutter" for _, reason in article.removed)


def test_a_highlighters_table_of_a_code_listing_between_paragraphs_is_kept():
    # a static-site generator draws a listing as a table: the line numbers in one cell, the
    # code in the other; it is the post's code, not a table of data
    code = ["sudo apt-get install \\", "libfoo-dev \\", "libbar-dev", "make -j4"]
    listing = ("<figure class='highlight'><table><tr><td class='gutter'><pre>"
               + "".join(f"<span class='line'>{n}</span><br>" for n in range(1, len(code) + 1))
               + "</pre></td><td class='code'><pre>" + "".join(f"<span class='line'>{c}</span><br>" for c in code)
               + "</pre></td></tr></table></figure>")
    inner = paras(LEAD[:2]) + listing + paras(LEAD[2:])
    article = strip_boilerplate(wiki(inner), "w.html")
    assert all(line in article.body for line in code)
    assert article.body[:2] == LEAD[:2] and article.body[-3:] == LEAD[2:]
