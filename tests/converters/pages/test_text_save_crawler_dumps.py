"""Crawlers' text dumps of news pages: one that opens with the page's address alone on its
first line, and one that writes an e-paper story's title lines under its own labels
(``标题：`` over the kicker, then the headline and the sub-headline, ``内容：`` over the body).
Every text here is written for these tests, in the shapes real dumps fail in."""

from __future__ import annotations

from tests.converters.pages.saves import BODY
from tests.converters.pages.saves import strip_save

HEADLINE = "我市举办首届社区运动会 三千余名居民参加"
KICKER = "全民健身进社区"
SUB = "比赛设十二个项目，持续两周"


def test_an_address_alone_on_the_first_line_is_the_saves_url_not_its_text():
    a = strip_save("https://news.example.cn/info/1064/3581.htm\n" + HEADLINE + "\n", BODY)
    assert a.title == HEADLINE
    assert a.url == "https://news.example.cn/info/1064/3581.htm"
    assert a.body == BODY
    assert a.to_record("d.txt")["url"] == "https://news.example.cn/info/1064/3581.htm"


def test_a_title_field_holding_the_kicker_gives_way_to_the_headline_under_it():
    header = f"连接：http://paper.example.cn/html/2020-04/20/nw_4-04.htm\n标题：{KICKER}\n{HEADLINE}\n{SUB}\n内容：\n"
    a = strip_save(header, ["　　" + p for p in BODY])
    assert a.title == HEADLINE
    assert not any(KICKER in line for line in a.body)
    assert "内容：" not in a.body and BODY[0] in a.body and BODY[1] in a.body


def test_a_title_field_with_the_headline_itself_stays_the_title():
    header = f"标题：{HEADLINE}\n发布时间：2021-05-06 09:30\n内容：\n"
    a = strip_save(header, BODY)
    assert a.title == HEADLINE
    assert a.body == BODY


def test_a_bare_title_label_over_the_headline_and_its_sub_headline():
    a = strip_save(f"标题：\n{HEADLINE}\n{SUB}\n\n内容：\n", BODY)
    assert a.title == HEADLINE
    assert "内容：" not in a.body


def test_crawl4ais_content_from_heading_is_the_saves_url():
    a = strip_save("# Content from: https://docs.example.cn/start/login\n\n# " + HEADLINE + "\n\n", BODY)
    assert a.url == "https://docs.example.cn/start/login"
    assert a.title == HEADLINE and a.body == BODY
