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


# -- a portal's list of teasers written as pairs: a linked headline, then its summary ------------

TEASERS = [("北京部分银行调整首套房贷款利率", "北京首套房个人按揭贷款利率日前创下新高。"),
           ("起底个别楼盘买房落户的骗局真相", "近日在多地出现打着落户幌子的售房广告，记者走访了几个售楼处。"),
           ("百城房价连续九个月上涨幅度收窄", "横向对比看，一线城市同比增幅的最高点出现在三年前，随后开始收窄。"),
           ("十年宅地供应摸底供地制度面临变革", "住建部近日下发通知，要求热点城市积极探索推动供地主体多元化。")]


def test_a_list_of_linked_headlines_each_with_its_summary_is_dropped():
    story = [LEAD[0]]
    teasers = "".join(f"<li><a href='/n/{k}'>{h}</a><p>{s}</p></li>" for k, (h, s) in enumerate(TEASERS))
    page = ("<html><head><meta charset='utf-8'><title>某公司债务逾期 - 财经网</title></head><body>"
            "<h1>某公司债务逾期</h1>" + paras(story) + f"<div><h3>最新推荐</h3><ul>{teasers}</ul></div>"
            "</body></html>").encode("utf-8")
    article = strip_boilerplate(page, "p.html")
    assert article.body == story
    assert (TEASERS[2][1], "related") in article.removed


def test_a_list_of_linked_names_with_their_descriptions_in_a_post_is_kept():
    # a post's own list of tools: each a link with a short name, then what it does
    tools = [("Package Control", "用来安装和管理其他插件，装好编辑器以后第一个就要装它。"),
             ("Emmet", "用缩写快速写出整段网页标签，写前端页面时能省下很多时间。"),
             ("GitGutter", "在行号旁边标出这一行和上次提交相比有没有改动。")]
    items = "".join(f"<li><a href='https://example.com/{n}'>{n}</a><p>{d}</p></li>" for n, d in tools)
    page = ("<html><head><meta charset='utf-8'><title>我常用的编辑器插件 - 某某的博客</title></head><body>"
            "<h1>我常用的编辑器插件</h1>" + paras(LEAD[:1]) + f"<ul>{items}</ul>" + paras(LEAD[4:])
            + "</body></html>").encode("utf-8")
    article = strip_boilerplate(page, "b.html")
    assert all(d in article.body for _, d in tools)


# -- a post that is mostly a terminal session: short output lines under one sentence --------------

SESSION = ["SQL> SELECT sysdate FROM dual;", "SYSDATE", "---------", "2011-08-15", "SQL> SELECT TO_CHAR(sysdate, 'DDD') FROM dual;",
           "TO_CHAR", "-------", "227", "SQL> SELECT TO_CHAR(sysdate, 'WW') FROM dual;", "TO_CH", "33",
           "SQL> SELECT TO_CHAR(sysdate, 'Q') FROM dual;", "TO_C", "3", "SQL> SELECT TO_CHAR(sysdate, 'YYYY') FROM dual;",
           "TO_CHA", "2011"]
OPENING = "数据库里取得目前系统时间的函数是 sysdate，它不带任何参数。"


def _post(box_extra: str = "") -> bytes:
    lines = "".join(f"{line}<br>" for line in SESSION)
    return ("<html><head><meta charset='utf-8'><title>与日期有关的常用函数 @ 某某的窝</title></head><body>"
            "<div class='sidebar'><a href='/c/1'>数据库 (12)</a><br><a href='/c/2'>前端 (8)</a><br>"
            "<a href='/p/1'>用脚本每天自动备份数据库的方法</a><br><a href='/p/2'>把旧电脑改成家里的文件服务器</a><br>"
            "<a href='/p/3'>写给刚开始学写网页的朋友的几点建议</a><br><a href='/p/4'>我用了三年的笔记软件终于换掉了</a></div>"
            "<h2>与日期有关的常用函数</h2>"
            f"<div class='article-content'><p>{OPENING}</p><div>{lines}</div>{box_extra}</div>"
            "<div class='footer'>回到页首 回到主文 免费注册 客服中心</div></body></html>").encode("utf-8")


def test_a_post_made_of_a_terminal_sessions_short_lines_is_taken_whole():
    article = strip_boilerplate(_post(), "p.html")
    assert article.body[0] == OPENING
    assert "SQL> SELECT TO_CHAR(sysdate, 'YYYY') FROM dual;" in article.body and "TO_CHA" in article.body


def test_a_box_that_also_holds_the_comment_thread_is_not_taken_whole():
    comments = "<h3>留言列表</h3><p>路人甲 2011-08-16 说：</p><p>谢谢分享</p>"
    article = strip_boilerplate(_post(comments), "p.html")
    assert "谢谢分享" not in article.body


# -- titles: a blog's name in <h1> and other separators of a <title> ------------------------------

def test_a_title_split_at_a_guillemet_names_the_post_not_the_blog():
    page = ("<html><head><meta charset='utf-8'><title>定位观念整理 « 某某 Blog</title></head><body>"
            "<h1>某某 Blog</h1><h2>定位观念整理</h2>" + paras(LEAD[:1]) + "</body></html>").encode("utf-8")
    assert strip_boilerplate(page, "b.html").title == "定位观念整理"


def test_the_posts_heading_under_the_blogs_tagline_menu_and_date_row_is_the_headline():
    # the blog's tagline (a line of prose-like text) starts the region; the post's own heading,
    # the <title>'s headline, sits under the menu and the date row
    page = ("<html><head><meta charset='utf-8'><title>数据库的好伙伴：缓存 | 某某技术共笔部落格</title></head><body>"
            "<h1 class='blog-title'>某某技术共笔部落格</h1>"
            "<h2 class='blog-description'>var topics = ['前后端', '移动网络', '物联网', '数据分析', '产品设计'];</h2>"
            "<div class='nav'><a href='/about'>关于我们</a> / <a href='/daily'>技术日报</a> / <a href='/rss'>订阅RSS</a></div>"
            "<div class='meta'>2016-06-18 | 缓存, 数据库</div>"
            "<h1 class='post-title'>数据库的好伙伴：缓存</h1>" + paras(LEAD) + "</body></html>").encode("utf-8")
    assert strip_boilerplate(page, "b.html").title == "数据库的好伙伴：缓存"


def test_a_bracketed_byline_closing_a_story_is_dropped():
    byline = "（上海证券报记者 邵好）"
    page = ("<html><head><meta charset='utf-8'><title>某公司债务逾期 - 财经网</title></head><body>"
            "<h1>某公司债务逾期</h1>" + paras([*LEAD[:1], byline]) + "</body></html>").encode("utf-8")
    article = strip_boilerplate(page, "p.html")
    assert article.body == LEAD[:1] and (byline, "meta") in article.removed


# -- a post's own structure read as comments or as a related stream -------------------------------

def test_a_comment_plugins_button_after_every_paragraph_does_not_end_the_post():
    # a book platform's comment plug-in marks every paragraph and puts a + button after it
    inner = "".join(f"<p class='comments-section'>{p}</p><div class='comments-icon'>+</div>" for p in LEAD)
    page = ("<html><head><meta charset='utf-8'><title>第三范式 · 某某的笔记</title></head><body>"
            f"<h1>第三范式</h1><section class='normal markdown-section'>{inner}</section></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "g.html").body == LEAD


def test_a_comment_thread_after_the_post_still_ends_it():
    thread = ("<div class='comments'><div class='comment'><p>路人甲：谢谢分享，写得很清楚，我照着做了一遍都成功了。</p></div>"
              "<div class='comment'><p>路人乙：请问第二个表在实际项目里一般怎么命名比较好呢？</p></div></div>")
    page = ("<html><head><meta charset='utf-8'><title>第三范式 - 某某的博客</title></head><body>"
            f"<h1>第三范式</h1><div class='post'>{paras(LEAD)}</div>{thread}</body></html>").encode("utf-8")
    assert strip_boilerplate(page, "b.html").body == LEAD


SECTIONS = [("NodeJS", "NodeJS 是一个开放源代码、跨平台的 JavaScript 运行环境，让开发者可以用同一种语言写服务器端的程序，"
             "前端的很多工具也都建立在它上面，所以第一步要先把它装好。"),
            ("NPM", "NPM 是 NodeJS 自带的套件管理工具，可以用它安装和管理项目用到的各种套件，也可以把自己写的套件发布出去给别人用。"),
            ("Webpack", "Webpack 是一个模块打包工具，它会从入口文件开始分析各个模块之间的依赖关系，再把它们打包成浏览器能直接执行的文件。"),
            ("Babel", "Babel 是一个转译工具，可以把用新版语法写成的程序转成旧版浏览器也能执行的写法，让开发者放心使用新语法。")]


def test_a_further_reading_box_between_a_posts_sections_ends_nothing():
    # a section ends with its own 延伸阅读： box of links; the sections under it are named by a
    # tool's name alone, with commands to type and a line announcing them
    body = []
    html = paras(LEAD[:1])
    for k, (name, text) in enumerate(SECTIONS):
        html += (f"<p><strong>{name}</strong></p><p>{text}</p><p>安装的时候在终端机输入：</p>"
                 f"<pre>$ npm install -g {name.lower()}</pre>")
        if k < 2:  # (the first sections' boxes: most of the post still follows them)
            html += (f"<p>延伸阅读：</p><ul><li><a href='/r/{k}a'>{name} 官方文档的中文翻译与导读</a></li>"
                     f"<li><a href='/r/{k}b'>我用 {name} 踩过的坑和解决办法整理</a></li></ul>")
        body += [name, text, "安装的时候在终端机输入：", f"$ npm install -g {name.lower()}"]
    page = ("<html><head><meta charset='utf-8'><title>前端开发环境入门 - 某某的博客</title></head><body>"
            f"<h1>前端开发环境入门</h1><div class='post'>{html}</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "b.html")
    assert article.body == [LEAD[0], *body]


# -- an event notice: its date and time as a field over its place and speaker ---------------------

def test_an_events_time_field_over_its_place_and_speaker_is_kept():
    fields = ["時間：1月20日（五）19:30 – 21:30（19:00開放入場）", "地點：某某共享空間 3樓", "講者：王小明（某某協會理事長）"]
    text = ["這次講座邀請長年投入社區工作的講者，分享他在地方推動共學的經驗，以及過程中遇到的困難與收穫。",
            "名額有限，請先在報名表單填寫資料，活動前三天會寄出行前通知，當天請攜帶環保杯。"]
    page = ("<html><head><meta charset='utf-8'><title>社區共學講座 | 某某協會</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a> <a href='/news'>最新消息</a></div>"
            "<h1>社區共學講座</h1><div class='post'>" + paras([*fields, *text]) + "</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "e.html")
    assert article.body == [*fields, *text]


def test_a_news_pages_date_and_source_fields_under_the_headline_stay_dropped():
    fields = ["發布時間：2022年1月5日", "來源：某某市政府新聞處"]
    page = ("<html><head><meta charset='utf-8'><title>市府公布新年度預算 | 某某市政府</title></head><body>"
            "<h1>市府公布新年度預算</h1><div class='post'>" + paras([*fields, *LEAD[:1]]) + "</div></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "n.html").body == LEAD[:1]


# -- a short notice against a sidebar's roster and a closed dialog's long text --------------------

NOTICE = ["主題：走進山林，捉住秋天的氣息", "地點：某某自然生態公園", "費用：本次活動會員免費，親友酌收一百五十元",
          "1. 七點五十分集合於管理處停車場（盡量共乘）", "2. 八點出發前往生態園區", "3. 十一點回程到山莊用餐"]


def _notice(aside: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>九月登山健行活動 - 某某社</title></head><body>"
            "<h1>九月登山健行活動</h1><div class='post'>" + paras(NOTICE) + f"</div>{aside}</body></html>").encode("utf-8")


def test_a_sidebars_roster_of_names_does_not_outweigh_a_notice_of_short_lines():
    names = "、".join(f"{family}某{given}" for family in "江吳李林柯黃楊陳蘇張何謝" for given in "德發")
    roster = f"<div class='box'><p>本月值月</p><p>組員：</p><p>{names}</p></div>"
    article = strip_boilerplate(_notice(roster), "n.html")
    assert article.body == NOTICE


def test_a_closed_dialogs_privacy_notice_is_no_part_of_the_page():
    terms = "".join(f"<p>{k}、您可依您的需要提供公司及個人資料，本計畫將依法保護，僅用於本次活動的聯繫與統計，"
                    f"不會提供給第三方，您也可以隨時要求查詢、更正或刪除。</p>" for k in "一二三四五六")
    dialog = ("<div class='modal fade' role='dialog' aria-hidden='true'><div class='modal-body'>"
              f"<h3>注意事項</h3>{terms}</div></div>")
    article = strip_boilerplate(_notice(dialog), "n.html")
    assert article.body == NOTICE
    assert "注意事項" not in {t for t, _ in article.removed}  # (never shown: not even a dropped line)


# -- an encyclopedia entry: its sense under its name, its summary above the infobox and contents --

SUMMARY = ["张三是中国人最耳熟能详的名字之一，常被用来代指某个不确定的人，在举例时尤其常见。",
           "南方地区用张三代指某个人，通常是举例的时候泛指某些人，北方一些地方还有别的用法。"]


def test_an_entrys_summary_above_its_infobox_and_contents_is_kept_and_its_sense_is_no_headline():
    rows = [("中文名", "张三"), ("国籍", "中国"), ("民族", "汉"), ("主要成就", "代替人名使用最多"), ("别意", "东北地区用张三指代狼"),
            ("定义", "中国人最耳熟能详的名字"), ("用法", "一般用来举例"), ("同义词", "李四、王二麻子")]
    infobox = "<div class='basic-info'><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl></div>"
    contents = ("<div class='lemma-catalog'><h2>目录</h2><ol>"
                + "".join(f"<li><a href='#{n}'>{n} {t}</a></li>" for n, t in enumerate(["简介", "张三族", "介绍", "表现"], 1))
                + "</ol></div>")
    page = ("<html><head><meta charset='utf-8'><title>张三（汉语词汇）_某某百科</title></head><body>"
            "<div class='nav'><a href='/'>百科首页</a> <a href='/c'>分类</a></div>"
            "<div class='main-content'><h1>张三</h1><h2>（汉语词汇）</h2>"
            f"<div class='lemma-summary'>{paras(SUMMARY)}</div>{infobox}{contents}"
            "<h2 class='para-title'>张三简介</h2><a class='edit-icon' href='/edit/1'>编辑</a>"
            f"{paras(LEAD)}</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "b.html")
    assert article.title == "张三"
    assert article.body == [*SUMMARY, "张三简介", *LEAD]


# -- a song entry: its lyrics, each line with its translation, below a player --------------------

LYRICS = [("やけに白いんだ やたら長いんだ", "交上的试卷空白 思绪却冗长"), ("指先が震えようとも", "纵使指尖颤抖"),
          ("地図にはない三叉路に今", "在地图上没有的三岔路口"), ("何を頼りに進めばいいのでしょうか", "我们该依靠什么前行才好呢"),
          ("難しい言葉だらけ", "上面尽是难懂的话语"), ("この空欄を埋めれば解けますか", "把这空格填上就能解开吗")]


def test_a_songs_lyrics_line_by_line_are_the_entrys_text():
    lines = "".join(f"<div class='line'><span>{jp}</span><br><span>{cn}</span></div>" for jp, cn in LYRICS)
    player = ("<h2>歌曲试听</h2><div class='player'><a href='/v/1'>完整版 MV 宽屏模式</a></div>"
              "<div class='ad'>推广</div><h2>歌词</h2><p>翻译：某某</p>")
    page = ("<html><head><meta charset='utf-8'><title>空箱 - 某某百科</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/w'>最近更改</a></div>"
            f"<div id='mw-content-text'><h1>空箱</h1>{paras(LEAD[:1])}{player}<div class='Lyrics'>{lines}</div></div>"
            "</body></html>").encode("utf-8")
    article = strip_boilerplate(page, "l.html")
    assert all(jp in article.body and cn in article.body for jp, cn in LYRICS)


# -- a question page: one answer's end mark among several -----------------------------------------

ANSWERS = [[f"第{k}位答主的第{n}段：{s}" for n, s in enumerate([*LEAD, *SUMMARY, *LEAD[::2]], 1)] for k in "一二三"]


def test_an_answers_end_mark_on_a_question_page_ends_only_that_answer():
    answers = "".join("<div class='AnswerItem'>" + paras([*a, "完。"]) + "</div>" for a in ANSWERS)
    page = ("<html><head><meta charset='utf-8'><title>第三范式有什么用？ - 某乎</title></head><body>"
            f"<h1>第三范式有什么用？</h1><div class='List'>{answers}</div></body></html>").encode("utf-8")
    body = strip_boilerplate(page, "q.html").body
    assert all(line in body for a in ANSWERS for line in a)


def test_a_storys_end_mark_in_a_text_save_still_ends_it():
    tail = [f"网友{k}：{LEAD[k]}" for k in range(4)]
    save = "\n\n".join(["第三范式有什么用", "2024-05-01 10:20 来源：某某日报", LEAD[0], LEAD[2], "（完）", *tail, ""])
    body = strip_boilerplate(save.encode("utf-8"), "s.txt").body
    assert body == [LEAD[0], LEAD[2]]


def test_a_wechat_pages_closing_chrome_in_a_save_is_dropped():
    chrome = ["预览时标签不可点", "修改于", "使用小程序", "微信扫一扫可打开此内容，使用完整服务",
              "：，，。视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看"]
    save = "\n\n".join(["第三范式有什么用", "某某 某某公众号 2024年05月01日 10:20", *LEAD, *chrome, ""])
    article = strip_boilerplate(save.encode("utf-8"), "w.md")
    assert article.body == LEAD


def test_a_figures_caption_is_no_paragraph_of_the_story():
    caption = "市政府昨天公布的新公园设计图，园内保留了原有的树木和小溪。"
    page = ("<html><head><meta charset='utf-8'><title>河畔新区今年建成三座公园 - 某某日报</title></head><body>"
            "<h1>河畔新区今年建成三座公园</h1><div class='article'>" + paras(LEAD[:2])
            + f"<figure><img src='/p/1.jpg'><figcaption>{caption}</figcaption></figure>" + paras(LEAD[2:])
            + "</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "f.html")
    assert article.body == LEAD and caption in {t for t, _ in article.removed}


def test_a_reader_saves_title_bar_loses_the_site_its_home_link_names():
    # Title: 头 | 站名, the site's name heavier than the headline; the save shows the bar as its
    # heading and the site's name as a link to its root
    site = "深入高可用系统原理与设计的在线读本"
    save = "\n".join([f"Title: 深入架构原理与实践 | {site}", "", "URL Source: https://book.example.com/", "",
                      "Markdown Content:", f"深入架构原理与实践 | {site}", "===============", "",
                      f"[{site}](https://book.example.com/)", "", "[首页](https://book.example.com/)", "",
                      *[line for p in LEAD for line in (p, "")]])
    article = strip_boilerplate(save.encode("utf-8"), "r.md")
    assert article.title == "深入架构原理与实践"


def test_a_querys_result_table_under_its_code_listing_does_not_split_the_post():
    query = ["SELECT MAX(S_Index), S_Name FROM Store_Information", "GROUP BY S_Name HAVING (COUNT(*) > 0)"]
    result = _table([["S_Index", "S_Name"], ["8", "Boston"], ["3", "Los Angeles"], ["6", "New Jersey"], ["2", "San Diego"]])
    inner = (paras(LEAD[:2]) + "<pre>" + "\n".join(query) + "</pre>" + result + "<h3>刪除重複記錄</h3>"
             + paras(LEAD[2:]))
    article = strip_boilerplate(wiki(inner), "w.html")
    assert article.body[:2] == LEAD[:2] and article.body[-3:] == LEAD[2:]
    assert ("Los Angeles", "table") in article.removed


def test_a_ptt_posts_header_and_its_pushes_are_no_part_of_it():
    header = ["作者someone (某某)", "看板Soft_Job", "標題[請益] 這些軟體工程的方法在台灣的普及度?", "時間Wed Jan 29 14:30:09 2014"]
    pushes = ["推 ohb: 01/29 14:47", "推 bndan:看到認真解釋就該給推了 01/29 14:59", "→ bndan:在低也有一定水準 01/29 15:00",
              "噓 someone2:不同意 01/29 15:08"]
    page = ("<html><head><meta charset='utf-8'><title>[請益] 這些軟體工程的方法在台灣的普及度? - 看板 Soft_Job - 批踢踢實業坊</title>"
            "</head><body><div id='main-content'>" + "".join(f"<div class='article-metaline'>{h}</div>" for h in header)
            + "<br>".join(LEAD) + "".join(f"<div class='push'>{p}</div>" for p in pushes) + "</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "p.html")
    assert not any(line in article.body for line in header + pushes)
    assert all(p in "\n".join(article.body) for p in LEAD)


def test_a_notices_programme_laid_out_in_a_table_is_kept():
    programme = [["米人米展", "多元米品種展覽，看你吃過哪一些"], ["米上菜", "跟著主廚體驗餐桌新創意米食料理"],
                 ["米嶼派對", "提著飯糰野餐籃一起逛市集"], ["種子農學市集", "聚集小農與手作職人的生活日用"]]
    page = ("<html><head><meta charset='utf-8'><title>種子交換會邀請您參與 - 某某聯盟</title></head><body>"
            "<h1>種子交換會邀請您參與</h1><div class='post'>" + paras(LEAD[:1]) + _table(programme) + paras(LEAD[2:3])
            + "</div></body></html>").encode("utf-8")
    body = strip_boilerplate(page, "n.html").body
    assert all(cell in body for row in programme for cell in row)


def test_a_sentence_announcing_a_formula_is_kept_though_half_of_it_is_a_link():
    # Β分布的[概率密度函数]是：, then the formula (MathML, skipped): the colon announces what follows
    announce = "范式的<a href='/wiki/x'>定义形式与判定条件</a>是："
    inner = (f"<p>{LEAD[0]}</p><p>{announce}</p><dl><dd><span class='mwe-math-element'>"
             "<span style='display: none;'><math><mi>x</mi></math></span><img alt='f(x)'></span></dd></dl>"
             f"<p>{LEAD[2]}</p><p>{LEAD[4]}</p>")
    article = strip_boilerplate(wiki(inner), "entry.html")
    assert article.body == [LEAD[0], "范式的定义形式与判定条件是：", LEAD[2], LEAD[4]]


def test_a_caption_naming_linked_people_stays_a_link_line():
    # 羽泉组合与谭维维。 with both names linked: two characters of its own
    inner = f"<p>{LEAD[0]}</p><p><a href='/a'>河畔乐队</a>与<a href='/b'>某某某</a>。</p><p>{LEAD[2]}</p>"
    assert "河畔乐队与某某某。" not in strip_boilerplate(wiki(inner), "entry.html").body


def test_a_site_joined_to_the_entry_by_a_bare_dash_is_split_off_the_title():
    # <title>易性癖-疾病百科</title>: the entry's name is the lighter part, the heavier one names the site
    html = ("<html><head><meta charset='utf-8'><title>河畔症-疾病百科</title></head><body>"
            "<div class='head'><div class='name'>河畔症</div><div class='follow'>+ 关注</div></div>"
            "<div class='card'><p>某某主任医师</p><p><b>河畔医科大学附属医院三级甲等</b></p><p>权威编审专家</p></div>"
            f"<div class='content'>{paras(LEAD)}</div></body></html>").encode("utf-8")
    assert strip_boilerplate(html, "entry.html").title == "河畔症"


def test_a_headline_and_its_deck_in_the_title_keep_the_headline_first():
    # <title>标题——副题-某某网</title>: the dash before the site splits nothing more; the headline,
    # not the heavier deck, names the page
    deck = "河畔市领导观看青少年冰球赛引起冰球界人士热烈反响"
    html = (f"<html><head><meta charset='utf-8'><title>亲切关怀 巨大鼓舞——{deck}-河畔网</title></head><body>"
            f"<div class='title'>亲切关怀 巨大鼓舞</div><div class='sub'>——{deck}</div><div class='content'>{paras(LEAD)}</div></body></html>").encode("utf-8")
    assert strip_boilerplate(html, "news.html").title == "亲切关怀 巨大鼓舞"


def test_an_entrys_summary_in_another_container_above_its_box_of_facts_is_kept():
    # 搜狗百科: the summary, then the box of facts (base-info-card) and the contents, then the first
    # section's heading with its edit link, the sections in a container of their own
    facts = "".join(f"<tr><th class='base-info-card-title'>{k}</th><td><div class='base-info-card-value'>{v}</div>"
                    f"<span class='base-info-card-value-more'>展开</span></td></tr>"
                    for k, v in [("中文名", "第三范式"), ("外文名", "3NF"), ("所属学科", "数据库"), ("提出者", "某某"),
                                 ("提出时间", "1971年"), ("应用领域", "关系数据库"), ("相关概念", "第二范式"), ("别名", "3范式"),
                                 ("简称", "三范式"), ("类别", "设计规范"), ("适用", "业务系统"), ("层级", "第三级")])
    contents = "<div class='lemma_content_nav'><ul class='section_nav'>" + "".join(
        f"<li><a href='#s{k}'>{k}{t}</a></li>" for k, t in [(1, "定义"), (2, "例子")]) + "</ul></div>"
    sections = (f"<div class='section_content'><h2><a href='#s1'>1定义</a></h2><a href='/edit'>编辑</a>"
                f"{paras(LEAD[2:] * 3)}</div>")
    inner = (f"<div class='abstract'>{paras(LEAD[:1])}</div><div class='abstract_tbl_wrap' id='baseInfoCol'>"
             f"<table class='abstract_tbl'>{facts}</table></div>{contents}{sections}")
    html = (f"<html><head><meta charset='utf-8'><title>第三范式 - 搜狗百科</title></head><body><h1>第三范式</h1>"
            f"{inner}</body></html>").encode("utf-8")
    article = strip_boilerplate(html, "entry.html")
    assert article.body[0] == LEAD[0] and article.body[-1] == LEAD[-1]


# -- a cheat sheet: headed lists and tables of commands under the box's <h1> ----------------------

SHEET = [("创建仓库", [("git init", "在当前目录创建仓库"), ("git clone 地址", "复制远程仓库到本地"),
                       ("git remote add origin 地址", "关联一个远程仓库")]),
         ("设置", [("git config --global user.name 名字", "设置提交者的名字"),
                   ("git config --global user.email 邮箱", "设置提交者的邮箱"),
                   ("git config --global core.autocrlf input", "提交时把换行符转成 LF")]),
         ("查看状态", [("git status", "查看工作区状态"), ("git diff", "查看未暂存的改动"), ("git log", "查看提交记录"),
                       ("git log --graph", "查看分支合并图"), ("git reflog", "查看执行过的命令记录")]),
         ("分支操作", [("git branch", "列出本地分支"), ("git switch 分支名", "切换到某个分支"),
                       ("git merge 分支名", "把某个分支合并到当前分支"), ("git branch -d 分支名", "删除本地分支")])]
SHEET_NOTE = ("合并分支时如果两边改了同一个文件的同一行，会出现冲突，这时要先打开文件手动决定保留哪一边的内容，"
              "改好以后重新加入暂存区再提交，冲突才算真正解决；如果实在没有把握，也可以先放弃这次合并，"
              "等和同事商量好了再重新合并，千万不要为了省事直接覆盖别人的改动。")
SHEET_TAIL = ["git stash 暂存当前改动", "git stash pop 恢复暂存的改动", "git stash list 查看暂存列表",
              "git reset --hard 提交号 回退到某个版本", "git tag 标签名 给当前版本打标签", "git push origin 标签名 推送标签"]


def _sheet() -> bytes:
    toc = "".join(f"<li><a href='#s{n}'>{name}</a></li>" for n, (name, _) in enumerate(SHEET))
    sections = "".join(
        f"<h2 id='s{n}'>{name}</h2><table><tr><th>命令</th><th>说明</th></tr>"
        + "".join(f"<tr><td>{c}</td><td>{d}</td></tr>" for c, d in rows) + "</table>"
        for n, (name, rows) in enumerate(SHEET))
    side = "".join(f"<li><a href='/p/{n}'>第{n}篇笔记：安卓开发里常见的问题整理</a></li>" for n in range(30))
    return ("<html><head><meta charset='utf-8'><title>Git 常用命令整理 | 某某的笔记</title></head><body>"
            f"<div class='sidebar'><ul>{side}</ul></div>"
            f"<div class='post-content'><h1>Git 常用命令整理</h1><ul class='toc'>{toc}</ul>{sections}"
            f"<h2>其他操作</h2><p>{SHEET_NOTE}</p><p>{'<br>'.join(SHEET_TAIL)}</p></div>"
            "<div class='footer'>© 某某的笔记 由静态博客生成器驱动</div></body></html>").encode("utf-8")


def test_a_cheat_sheet_is_taken_from_the_headline_that_opens_its_box():
    article = strip_boilerplate(_sheet(), "g.html")
    assert article.title == "Git 常用命令整理"
    assert SHEET_NOTE in article.body
    assert "git init" in article.body and "查看工作区状态" in article.body
    assert not any("安卓开发" in line for line in article.body)


# -- a procurement notice: numbered sections with tables of data between them ---------------------

def test_a_notices_first_sections_above_its_tables_of_data_are_kept():
    rows = "".join(f"<tr><td>某某商贸有限公司{n}</td><td>计算机</td><td>品牌{n}</td><td>156</td><td>4780.00</td><td>74568{n}</td></tr>"
                   for n in range(1, 4))
    head = "<tr><td>供应商名称</td><td>货物名称</td><td>货物品牌</td><td>数量</td><td>单价</td><td>中标金额</td></tr>"
    sections = ("<span>一、项目编号：</span><br><span>ZC130800202101632</span><br><span>二、项目名称：</span><br>"
                "<span>村级信息资源共享中心电脑项目</span><br><span>三、中标（成交）信息</span><br>"
                f"<table>{head}{rows}</table><span>四、主要标的信息</span><br><table>{head}{rows}</table>"
                "<span>五、评审专家名单：</span><br><span>王某某 李某某 赵某某</span><br>"
                "<span>六、公告期限</span><br><span>自本公告发布之日起1个工作日。</span><br>"
                "<span>七、凡对本次公告内容提出询问，请按以下方式联系。</span><br>"
                "<span>1.采购人信息名称：某某县文化广电局</span><br><span>联系方式：叶某某 0314-7566207</span><br>"
                "<span>2.采购代理机构信息名称：某某县政府采购中心</span><br><span>地址：某某县公共资源交易中心三楼</span>")
    page = ("<html><head><meta charset='utf-8'><title>某某县电脑采购项目中标公告</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gg'>中标公告</a></div>"
            "<h1>某某县电脑采购项目中标公告</h1><div>发布时间： 2021-10-11</div>"
            f"<table><tr><td>{sections}</td></tr></table>"
            "<div class='footer'>主办单位:某某省财政厅 | 技术支持:某某省财政厅信息中心</div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "n.html")
    assert article.body[:4] == ["一、项目编号：", "ZC130800202101632", "二、项目名称：", "村级信息资源共享中心电脑项目"]
    assert "七、凡对本次公告内容提出询问，请按以下方式联系。" in article.body


# -- an entry saved as its main region only (no <head>): summary, box of facts, contents ---------

def test_an_entry_saved_without_its_head_keeps_its_summary_and_drops_its_box_of_facts():
    summary = "河畔国际机场位于河畔市南郊，东距市中心约14公里，为4E级民用机场，1994年正式通航。"
    sections = [("简介", ["河畔国际机场是国内干线机场，占地面积四百余公顷，航站楼面积六万多平方米，已开通航线两百余条。"]),
                ("交通换乘", ["乘坐出租车来往于市内和机场之间，单程需时约三十分钟，价格一般在三十元左右。",
                              "机场巴士从早上八点开始运行，每隔半小时一班，终点站设在市中心的火车站广场。"])]
    facts = "".join(f"<td><strong>{k}：</strong><span>{v}</span></td>" for k, v in
                    [("中文名", "河畔国际机场"), ("外文名", "Hepan International Airport"), ("机场代码", "HPX"),
                     ("飞行区等级", "4E级"), ("所属集团", "某某集团")])
    toc = "".join(f"<li><a href='#{n}'>{n + 1}{name}</a></li>" for n, (name, _) in enumerate(sections))
    body = "".join(f"<h2>{name}/河畔国际机场 <a href='#'>编辑</a></h2>" + "".join(f"<div class='para'>{p}</div>" for p in ps)
                   for name, ps in sections)
    page = (f"<div class='w-990'><h1>河畔国际机场</h1><div class='summary'><p>{summary}</p>"
            "<span><a href='javascript:void(0);'>编辑摘要</a></span></div>"
            f"<div id='datamodule'><h2>基本信息 <a href='#'>编辑信息模块</a></h2><table><tr>{facts}</tr></table></div>"
            f"<div class='catalog'><h3>目录</h3><ul>{toc}</ul></div>"
            f"<div style='display:none'><ul>{toc}</ul></div>{body}"
            "<div class='wenxian'><h3>相关文献</h3><ul><li>万方数据期刊论文河畔国际机场候机楼设计 - 新建筑 - 2007</li>"
            "<li>万方数据期刊论文河畔国际机场鸟类调查 - 中国国境卫生检疫杂志 - 2010</li></ul></div></div>").encode("utf-8")
    article = strip_boilerplate(page, "e.html")
    assert article.title == "河畔国际机场"
    assert article.body[0] == summary
    assert all(p in article.body for _, ps in sections for p in ps)
    assert not any("中文名" in line or "万方数据" in line or "相关文献" in line for line in article.body)
