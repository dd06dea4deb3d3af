"""The headline of a plain-text save (a browser's Save As text, a select-all copy, a crawler's
text or markdown dump): the prominent line before the date and byline block, matching the
document title when the save begins or ends with one.  Every text here is written for these
tests, in the shapes real saves fail in."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate

_BODY = ["这是新闻正文的第一段，讲述了事情的起因和经过，句子里有逗号，也有句号。",
         "这是新闻正文的第二段，补充了更多细节，也引用了当事人的说法，读来更完整。"]
_BODY_TW = ["這是新聞正文的第一段，講述了事情的起因和經過，句子裡有逗號，也有句號。",
            "這是新聞正文的第二段，補充了更多細節，也引用了當事人的說法，讀來更完整。"]


def _strip(header: str, body=_BODY):
    return strip_boilerplate((header + "\n".join(body) + "\n").encode("utf-8"), "save.txt")


def test_a_deck_right_above_the_date_is_not_the_headline():
    # headline, then a longer deck (sub-headline) right above the date and source line
    header = ("首页\n> 要闻\n河畔新城科技节正式开幕\n成功举办青少年创新成果展示交流会\n"
              "时间：2019-09-18 06:23 来源： 某某日报\n打印 字体： 放大 正常 缩小 分享\n")
    article = _strip(header)
    assert article.title == "河畔新城科技节正式开幕"
    assert article.body == _BODY


def test_a_kicker_above_the_headline_and_a_deck_under_it_are_not_the_headline():
    header = ("要闻\n河畔新城举行\n第三届青少年科技节开幕式暨优秀作品表彰大会\n展示最新创新成果，吸引众多市民参观和点赞交流\n"
              "2024-05-01 08:00 来源：某某日报\n")
    assert _strip(header).title == "第三届青少年科技节开幕式暨优秀作品表彰大会"


def test_a_wechat_save_with_the_account_block_between_title_and_date():
    # title, then the account's profile (author, account name twice, 微信号, 功能介绍 and its
    # description), then the date
    header = ("一日一技：用三行代码整理手机照片\n王小明\n小明的技术笔记\n小明的技术笔记\n微信号\nxiaoming_notes\n"
              "功能介绍\n分享编程与生活的点滴，每周更新两篇原创文章，欢迎大家关注和留言交流。\n前天\n")
    assert _strip(header).title == "一日一技：用三行代码整理手机照片"


def _link_row(k: str) -> str:
    return " ".join(f"某某{k}{i}网" for i in range(22))


def test_a_headline_after_long_rows_of_links():
    # a text save keeps no link marks: rows of site names weigh in with the article, yet it
    # starts under the date line and the headline sits above it
    header = "\n".join(["承建网站", _link_row("甲"), "专业平台", _link_row("乙"), "外宣平台", _link_row("丙"),
                        "首页>", "新闻中心>", "河畔新城：对生育二孩、三孩的本市户籍家庭发放一次性育儿津贴",
                        "2024-05-13 13:48", "来源：某某网", "分享到：", ""])
    article = _strip(header)
    assert article.title == "河畔新城：对生育二孩、三孩的本市户籍家庭发放一次性育儿津贴"
    assert article.body == _BODY


def test_a_wechat_save_with_the_profile_description_on_the_label_line():
    header = ("河畔新城公布三星级社区名单\n原创 某某\n某某科技评论\n功能介绍 聚焦城市生活领域的行业思考和产品体验\n"
              "视频加载中...\n00:00 / 02:35\n2024-05-01\n")
    assert _strip(header).title == "河畔新城公布三星级社区名单"


@pytest.mark.parametrize("header, title, date", [
    # a blog post: its headline and date on one line, under the blog's menus and sidebar
    ("某某的博客\n控制面板 发表文章 文章编辑 评论管理 更新资料 订制模板\n望月小筑(我的转摘博客)\n小茶妹的歌声(我唱的歌)\n"
     "河畔新城的湘菜馆 兵分两路 (图) 2005-06-14 03:25:55\n", "河畔新城的湘菜馆 兵分两路 (图)", "2005-06-14 03:25:55"),
    # a forum post under the poster's profile
    ("某某社区首页 > 社会探索 > 奇闻异事\nabc52191\n级别：入学了\n积分：235\n看我还写了啥？\n我收藏的：图片 音乐\n"
     "从一次旅行想开去的几件小事 2005-09-11 18:04:42 楼主\n", "从一次旅行想开去的几件小事", "2005-09-11 18:04:42"),
])
def test_a_headline_and_its_date_on_one_line(header, title, date):
    article = _strip(header)
    assert article.title == title
    assert article.date == date
    assert article.body == _BODY


@pytest.mark.parametrize("header", [
    "某某办事处\t某某新闻\t河畔新城街道党工委委员一行到创新金融街开展调研工作\n来源于：某某办事处\n",  # a browser's copy: tabs
    "  某某办事处     某某新闻     河畔新城街道党工委委员一行到创新金融街开展调研工作\n来源于：某某办事处\n",  # a layout: gaps
])
def test_cells_of_a_table_row_are_lines_of_their_own(header):
    assert _strip(header).title == "河畔新城街道党工委委员一行到创新金融街开展调研工作"


@pytest.mark.parametrize("noise", [
    "[查看我的博客目录] [加入个人书签]",  # a toolbar of bracketed links
    "editor_notify@example.com 申请入驻",  # a mail address
    "255.0万次浏览 查看话题 ＞",  # a link with an arrow
])
def test_toolbars_addresses_fields_and_arrow_links_are_never_the_headline(noise):
    header = f"河畔新城举办科技节\n{noise}\n2024-08-02 07:15\n"
    assert _strip(header).title == "河畔新城举办科技节"


def test_a_traditional_save_beginning_with_the_document_title():
    # the browser's save opens with the <title>; the deck under the headline is longer than it
    header = ("河畔新城科技節登場 展出百件作品 - 某某新聞網\n\n首頁 > 生活\n河畔新城科技節登場 展出百件作品\n"
              "青少年創新成果吸引上千市民到場參觀\n記者林佩蓉／台北報導\n2024-05-01 08:00\n")
    article = _strip(header, _BODY_TW)
    assert article.title == "河畔新城科技節登場 展出百件作品"
    assert article.body == _BODY_TW


def test_a_save_ending_with_the_document_title():
    # the deck right above the date is far heavier than the short headline above it; the
    # title line at the end of the save names the headline
    body = _BODY + ["相关新闻", "河畔新城科技节开幕_某某新闻网"]
    header = "频道首页\n河畔新城科技节开幕\n展示最新创新成果，吸引众多市民到场参观和点赞，多家企业参加有关活动\n2024-08-02 07:15\n"
    assert _strip(header, body).title == "河畔新城科技节开幕"


@pytest.mark.parametrize("header", [
    "* 首页\n* 新闻\n* 财经\n\n# 河畔新城举办科技节\n\n**2024-05-01 08:00** 来源：某某日报\n\n",
    "某某首页\n**河畔新城举办科技节**\n来源于：某某办事处\n",  # one strong span makes it markdown
])
def test_a_markdown_save_loses_its_marks(header):
    article = _strip(header, [f"**{_BODY[0]}**\n", _BODY[1]])
    assert article.title == "河畔新城举办科技节"
    assert article.body == _BODY


def test_a_date_above_the_headline_on_an_epaper_page():
    header = ("往期数字报刊\n《某某日报》 《某某晚报》 《某某商报》\n日\n历\n上\n一\n期\n2022年02月13日\n"
              "河畔新城改造公厕五百座\n去年新建社区卫生站十二个\n")
    assert _strip(header).title == "河畔新城改造公厕五百座"


def _names_row(k: str) -> str:
    return " ".join(f"某某{k}{i}政务网" for i in range(30))


def test_rows_of_site_names_before_the_headline_are_links():
    # long rows of names with spaces and no punctuation (a site directory) outweighed the article
    header = "\n".join(["党务政务网站", _names_row("甲"), _names_row("乙"), _names_row("丙"),
                        "河畔新城公布三星级社区名单", "2024-05-01 08:00", ""])
    article = _strip(header)
    assert article.title == "河畔新城公布三星级社区名单"
    assert article.body == _BODY


def test_rows_of_site_names_after_the_article_are_dropped_and_english_words_are_no_such_row():
    english = "某某（香港大学经济与金融学院）“Property Rights and Original Sin in the Reform of State Firms”"
    kept = [_BODY[0], english, _BODY[1]]
    article = _strip("河畔新城举办经济学年会\n2024-05-01 08:00\n", kept + ["党务政务网站", _names_row("丁"), _names_row("戊")])
    assert article.body == kept


@pytest.mark.parametrize("header", [
    "显示\n比赛革命的革命\n某某\n——对一场运动的政治心理学分析\n一、理解这场运动的一个重要内容\n",
    # the same with the first lines of the essay broken where the page broke them
    "比赛革命的革命\n某某\n——对一场运动的政治心理学分析\n一、理解这场运动的一个重要内容\n"
    "这场运动有着极为广泛的群众参与。因此，如何理解\n广泛的群众参与，就成为理解这场运动的一个重要内容。本文试图从心\n",
])
def test_a_short_headline_over_its_author_and_deck_not_the_first_section_heading(header):
    article = _strip(header)
    assert article.title == "比赛革命的革命"
    assert article.body[-2:] == _BODY


_POEM = ("2024年05月28日\n农历：甲辰年 四月 廿一\n设为首页\n加入收藏\n您在这里: 首页 › 诗 › 春雨\n"
         "chūn yǔ\n春雨\n朝代：唐代\n作者：某某\n原文：\n")


@pytest.mark.parametrize("header", [
    _POEM,  # a poem page: calendar and dynasty fields, a pinyin line, the two-character title
    "春雨_原文、翻译及赏析_某某诗词_某某诗词网\n" + _POEM,  # the same saved with its title bar first
])
def test_a_two_character_headline_above_fields_and_its_author(header):
    assert _strip(header).title == "春雨"


def test_a_row_of_more_cells_than_the_line_cap_is_cut_with_a_warning():
    from zhtext.converters.pages.blocks import MAX_TEXT_LINES

    article = strip_boilerplate(("\t".join(["格子"] * (MAX_TEXT_LINES + 10)) + "\n").encode(), "save.txt")
    assert any(str(MAX_TEXT_LINES) in w for w in article.warnings)
