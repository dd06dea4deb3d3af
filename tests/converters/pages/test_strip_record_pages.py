"""Pages whose text is a record rather than prose, as unseen government sites publish them: a
regulator's penalty notice made in a word processor (one table of rows and cells, bookmarks
around its header cells, a title box that a line break splits, a print copy hidden below and a
site's copyright notice after it).  Every text here is written for these tests, in the shapes
real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

TITLE = "河畔市监管局行政处罚信息公开表"
NUMBER = "（河监罚决字〔2024〕17号）"
MENU = "".join(f"<li><a href='/c{i}'>{w}</a></li>" for i, w in enumerate(
    ["机构概况", "新闻资讯", "政务信息", "在线服务", "互动交流", "统计数据", "专题专栏"]))
NOTICE = ("<div class='notice'><p>版权与免责声明</p>"
          "<p>1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于河畔市监管局网站所有，转载请注明出处。</p>"
          "<p>2.凡本站注明“文章类型：转载”的作品，均转载自其他媒体，转载目的在于传递更多信息，不代表本站观点。</p></div>")


def page(table: str, title_box: str = f"{TITLE}<br>{NUMBER}", meta: str = "") -> bytes:
    html = (f"<html><head><meta charset='utf-8'><title>河畔市监管局</title>{meta}</head><body>"
            f"<div class='header'><ul class='nav'>{MENU}</ul></div>"
            "<div class='position'><a href='/'>首页</a> &gt; <a href='/zw'>政务信息</a> &gt; 行政处罚</div>"
            "<div class='article'><div class='info'>发布时间：2024-07-12 来源：河畔市监管局 文章类型：原创</div>"
            f"<div class='title'>{title_box}</div><div class='content'>{table}</div></div>"
            f"<div class='print' style='display:none'>{table}</div>{NOTICE}"
            "<div class='footer'><p>主办单位：河畔市监管局</p><p>网站标识码：hp0000001</p></div></body></html>")
    return html.encode("utf-8")


def row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td><p class='MsoNormal'>{c}</p></td>" for c in cells) + "</tr>"


HEADER = ["<a name='OLE_LINK3'>序号</a>", "当事人名称", "行政处罚决定书文号", "主要违法违规行为", "行政处罚内容", "作出决定机关"]
ROWS = [["1", "河畔财产保险股份有限公司东城分公司", "河监罚决字〔2024〕17号",
         "给予投保人保险合同约定以外的其他利益；编制虚假的报告、报表、文件、资料", "罚款36万元", "河畔市监管局"],
        ["2", "林某某（时任河畔财产保险股份有限公司东城分公司副总经理）", "", "", "警告并罚款8万元", ""]]
GRID = "<table class='MsoTableGrid'>" + row(*HEADER) + "".join(row(*r) for r in ROWS) + "</table>"


def strip(data: bytes):
    return strip_boilerplate(data, "notice.html")


def test_a_table_that_is_the_whole_notice_keeps_every_cell():
    article = strip(page(GRID))
    cells = ["序号", *HEADER[1:], *(c for r in ROWS for c in r if c)]
    assert article.body == cells  # (its row numbers, its document number and its header, in order)
    assert not any("版权" in line or "转载" in line for line in article.body)


def test_a_form_of_label_and_value_rows_is_the_notice_too():
    pairs = [("行政处罚决定书文号", "河监罚决字〔2024〕17号"), ("被处罚当事人", "河畔健康保险股份有限公司"),
             ("主要违法违规事实", "一、委托未取得合法资格的个人从事保险销售活动<p>二、财务业务数据不真实</p>"),
             ("行政处罚决定", "对河畔健康保险股份有限公司罚款58万元。其中，总公司18万元，分支机构40万元。"),
             ("作出处罚决定的日期", "2024年7月8日")]
    form = "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"
    body = strip(page(form)).body
    assert body[:3] == ["行政处罚决定书文号", "河监罚决字〔2024〕17号", "被处罚当事人"]
    assert body[-2:] == ["作出处罚决定的日期", "2024年7月8日"]  # (the decision's date: a cell, not a dateline)


def test_a_table_among_an_articles_paragraphs_is_not_made_the_whole_region():
    before = ("<p>河畔市监管局近日公布了今年第二季度的行政处罚情况，共对六家保险机构作出处罚，罚没款合计一百余万元。</p>"
              "<p>其中两家机构因虚假报告受到处罚，具体情况如下表所示，相关当事人均已按期缴纳罚款。</p>")
    after = ("<p>监管局有关负责人表示，将继续保持高压态势，严厉打击各类违法违规行为，切实保护消费者合法权益。</p>"
             "<p>下一步，监管局还将开展专项检查，督促各保险机构完善内控制度，防止类似问题再次发生。</p>")
    body = strip(page(before + GRID + after, meta=f"<meta name='ArticleTitle' content='{TITLE}{NUMBER}'>")).body
    assert body[0].startswith("河畔市监管局近日公布") and body[-1].startswith("下一步")


def test_a_page_laid_out_in_a_table_is_not_read_as_a_record():
    paragraphs = "".join(f"<p>第{i}段：河畔新区灌溉工程六个枢纽和两个泵站同时开工建设，标志着这项重大水利工程进入全面施工阶段。</p>"
                         for i in range(1, 7))
    layout = ("<table><tr><td><a href='/'>首页</a></td><td><a href='/news'>新闻</a></td></tr>"
              f"<tr><td><a href='/a'>栏目</a></td><td>{paragraphs}</td></tr>"
              "<tr><td>联系我们</td><td>版权所有</td></tr></table>")
    body = strip(page(layout, title_box="河畔新区灌溉工程全面开工")).body
    assert body[0].startswith("第1段") and body[-1].startswith("第6段")
    assert "联系我们" not in body and "首页" not in body


def test_a_bookmark_is_no_link():
    # a word processor's bookmark (<a name>) around a cell: its text is no link, so no link list
    with_mark, without = strip(page(GRID)), strip(page(GRID.replace("<a name='OLE_LINK3'>序号</a>", "序号")))
    assert with_mark.body == without.body


def test_a_title_box_split_by_a_line_break_is_one_title_when_the_cms_title_writes_it_so():
    meta = f"<meta name='ArticleTitle' content='{TITLE}{NUMBER}'>"
    assert strip(page(GRID, meta=meta)).title == TITLE + NUMBER
    assert strip(page(GRID)).title == TITLE  # (nothing writes the two lines as one: the first is the headline)


NOTICE_BODY = ["全校师生：", "为庆祝中华人民共和国成立七十一周年，学校定于十月一日上午七时在大草坪举行升旗仪式，欢迎全校师生参加。",
               "请各单位组织师生准时到场，着装整洁，遵守现场秩序，仪式期间请勿随意走动。"]


def notice_page(meta: str = "", credit: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>河畔大学中文主页_关于举行国庆升旗仪式的通知_</title>"
            f"{meta}</head><body><div class='nav'><a href='/'>首页</a> <a href='/tzgg'>通知公告</a></div>"
            "<h2 class='page-name'>通知公告</h2><h3 class='page-title'>通知公告</h3>"
            "<h2 id='ivs_title' class='Article-title'>关于举行国庆升旗仪式的通知 ( 2020年09月29日 )</h2>"
            f"<div class='Article-content'>{''.join(f'<p>{p}</p>' for p in NOTICE_BODY)}{credit}</div>"
            "<div class='footer'>河畔大学 版权所有</div></body></html>").encode("utf-8")


def test_the_headline_written_with_its_date_wins_over_the_columns_label():
    article = strip(notice_page())
    assert article.title == "关于举行国庆升旗仪式的通知"
    assert article.body == NOTICE_BODY


def test_a_cms_account_or_the_sites_name_is_no_author():
    for name in ("管理员", "系统管理员", "admin", "河畔大学新闻网", "https://www.facebook.com/hepan.news"):
        assert strip(notice_page(meta=f"<meta name='author' content='{name}'>")).author == "", name
    assert strip(notice_page(meta="<meta name='author' content='林小河'>")).author == "林小河"


def test_a_credit_field_is_no_line_of_the_notice():
    credit = "<p><label class='control-label'>供稿单位：</label></p><p><a href='/o'>分析测试中心</a> <a href='/x'>新闻中心</a></p>"
    assert strip(notice_page(credit=credit)).body == NOTICE_BODY
