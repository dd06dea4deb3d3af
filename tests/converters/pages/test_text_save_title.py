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


def test_a_kicker_above_the_headline_is_not_the_headline():
    header = "要闻\n河畔新城举行\n第三届青少年科技节开幕式暨优秀作品表彰大会\n2024-05-01 08:00 来源：某某日报\n"
    assert _strip(header).title == "第三届青少年科技节开幕式暨优秀作品表彰大会"


def test_a_wechat_save_with_the_account_block_between_title_and_date():
    # title, then the account's profile (author, account name twice, 微信号, 功能介绍 and its
    # description), then the date
    header = ("一日一技：用三行代码整理手机照片\n王小明\n小明的技术笔记\n小明的技术笔记\n微信号\nxiaoming_notes\n"
              "功能介绍\n分享编程与生活的点滴，每周更新两篇原创文章，欢迎大家关注和留言交流。\n前天\n")
    assert _strip(header).title == "一日一技：用三行代码整理手机照片"


def test_a_headline_after_a_long_menu_with_the_date_in_the_source_line():
    menu = "\n".join(["新闻", "财经", "体育", "娱乐", "科技", "教育", "汽车", "房产", "旅游", "健康"] * 3)
    header = (menu + "\n某某晚报电子版\n某某晚报\n某某\n正文\n居家养老有保障 社区服务有温度\n"
              "来源：某某晚报 2021-11-25 16:26:07\n")
    article = _strip(header)
    assert article.title == "居家养老有保障 社区服务有温度"
    assert article.date == "2021-11-25 16:26:07"


def test_a_headline_of_phrases_strung_with_spaces_among_player_and_font_size_lines():
    header = ("新闻中心 > 时政 > 正文\n河畔新城召开科技工作会议 强调创新驱动 推动高质量发展\n字体：\n小 中 大\n分享到：\n"
              "2024-05-09 22:27:02\n来源：某某网\nPlay Video\n0:00\n/2:54\n")
    assert _strip(header).title == "河畔新城召开科技工作会议 强调创新驱动 推动高质量发展"


@pytest.mark.parametrize("noise", [
    "[查看我的博客目录] [加入个人书签]",  # a toolbar of bracketed links
    "editor_notify@example.com 申请入驻",  # a mail address
    "博客名:小明的笔记",  # a field
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
    body = _BODY + ["相关新闻", "河畔新城举办科技节，青少年作品亮相_某某新闻网"]
    header = "频道首页\n河畔新城举办科技节，青少年作品亮相\n展示最新创新成果，吸引众多市民参观\n2024-08-02 07:15\n"
    assert _strip(header, body).title == "河畔新城举办科技节，青少年作品亮相"


def test_a_markdown_save_loses_its_marks():
    header = ("* 首页\n* 新闻\n* 财经\n\n# 河畔新城举办科技节\n\n**2024-05-01 08:00** 来源：某某日报\n\n")
    article = _strip(header, [f"**{_BODY[0]}**\n", _BODY[1]])
    assert article.title == "河畔新城举办科技节"
    assert article.body == _BODY


def test_a_date_above_the_headline_on_an_epaper_page():
    header = ("往期数字报刊\n《某某日报》 《某某晚报》 《某某商报》\n日\n历\n上\n一\n期\n2022年02月13日\n"
              "河畔新城改造公厕五百座\n去年新建社区卫生站十二个\n")
    assert _strip(header).title == "河畔新城改造公厕五百座"
