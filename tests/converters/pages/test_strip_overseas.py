"""Rules found on a fourteenth collection of real pages (Chinese services of international
broadcasters, Singapore news): a caption labelled as one for screen readers (图像加注文字，…), a
byline block with English labels (Author, / Role, / Reporting from), a player's message that the
device plays no video, an English date after a Chinese label (发布 : 01 Dec 2025 10:56).  Every
text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import BODY, BODY_TW, paras, strip_save

HEADLINE = "河畔大火幸存者：第一次觉得死亡和我有关"


def page(top: str, body=BODY, title: str = HEADLINE) -> bytes:
    """A broadcaster's article page: its menu, the headline, what sits between it and the body."""
    return (f"<html><head><meta charset='utf-8'><title>{title} - 某某新闻中文</title></head><body>"
            f"<nav><a href='/'>主页</a> <a href='/i'>国际</a> <a href='/c'>中国</a></nav><main>"
            f"<h1>{title}</h1>{top}{paras(body)}</main><footer>© 2025 某某新闻</footer></body></html>").encode("utf-8")


def removed(article) -> set[str]:
    return {t for t, _ in article.removed}


def test_a_caption_labelled_for_screen_readers_is_dropped_and_never_the_headline():
    # the player's caption under the headline, labelled 音頻加註文字 (a media caption), in a
    # page whose <title> names the headline: the caption is no headline and no body line
    caption = "音頻加註文字， 從軍隊窄門到首批女性裝甲兵：河畔女性軍人如何突破「天花板」？"
    title = "開戰車的女人：我是如何突破軍隊「天花板」？"
    article = strip_boilerplate(page(f"<p>{caption}</p>", BODY_TW, title), "page.html")
    assert article.title == title and caption in removed(article) and article.body == BODY_TW


def test_an_image_caption_label_in_simplified_script_in_a_text_save():
    header = "\n".join(["主页", "国际", HEADLINE, "图像来源， 某某新闻中文", "图像加注文字， 火灾发生当天，李先生正在家里休息。",
                        "2025年11月30日", ""])
    article = strip_save(header, BODY)
    assert article.title == HEADLINE and article.body == BODY


def test_a_byline_block_with_english_labels_is_no_headline():
    # the headline, the image's credit and caption, then Article Information / Author, / Role, /
    # Reporting from and the date over the body
    header = "\n".join(["主页", "国际", "财经", "视频", HEADLINE, "图像来源， 某某新闻中文",
                        "图像加注文字， 火灾发生当天，李先生正在家里休息。", "Article Information", "Author, 某某某",
                        "Role, 某某中文记者", "Reporting from 河畔", "2025年11月30日", ""])
    article = strip_save(header, BODY)
    assert article.title == HEADLINE and "Role, 某某中文记者" not in article.body


def test_a_players_message_that_the_device_plays_no_video_is_no_headline():
    # the headline, the player's message, its caption, the headline again (the video's), the date
    title = "開戰車的女人：我是如何突破軍隊「天花板」？"
    header = "\n".join(["財經", "影片", title, "你的器材不支持播放多媒體材料", "音頻加註文字， 從軍隊窄門到首批女性裝甲兵",
                        title, "2025年11月30日", ""])
    assert strip_save(header, BODY_TW).title == title


def test_an_english_date_after_a_chinese_label_is_the_date_line_under_the_headline():
    # the headline over its section's name and a 发布 : 01 Dec 2025 10:56 line (an English date,
    # day first), an 更新 line, then the listen and font-size widgets over the body
    header = "\n".join(["NOW READING", "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外", "听新闻", "字号", "分享",
                        "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外", "国际", "发布 : 01 Dec 2025 10:56",
                        "更新 : 44分钟前", "听新闻", "我要听", "正在听", "暂停", "分钟", "字号", "极小", "小", "中", "大",
                        "特大", "收藏", "分享", "某某 Email", "某某 Whatsapp", "某某 Facebook", ""])
    article = strip_save(header, BODY)
    assert article.title == "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外"
    assert article.date == "2025-12-01 10:56"  # (the date read in English, its time kept)


def test_an_agency_marked_caption_and_a_price_tickers_changes_are_dropped():
    # a financial site's save: the cover photo's caption after the agency's mark, the ticker of
    # the quotes it names with their changes, then the story
    header = "\n".join(["日本选举黑天鹅来袭！日元和日股将下跌？", "2024-10-25 10:00", "© Reuters. 日本选举黑天鹅来袭！日元和日股将下跌？",
                        "USD/JPY", "0.17%", "JP225", "-0.76%", ""])
    article = strip_save(header, BODY)
    assert article.body == BODY
    assert {"© Reuters. 日本选举黑天鹅来袭！日元和日股将下跌？", "-0.76%"} <= removed(article)


def test_an_embedded_posts_frame_its_notice_a_hot_reads_label_and_a_reading_time_are_dropped():
    # the section's label and reading time over the story; inside it an embedded post's frame
    # (skip link, consent notice, end mark) and a "hot reads" box's label
    embed = ["跳过 Instagram 帖子", "告知: 某某新闻 不对外来网站内容负责", "结尾 Instagram 帖子", "热读"]
    top = "<p>台海局势</p><p>7 分钟 浏览时间</p>"
    body = BODY[:1] + embed + BODY[1:]
    article = strip_boilerplate(page(top, body), "page.html")
    assert [b for b in article.body if b in BODY] == BODY
    assert not set(embed) & set(article.body) and "7 分钟 浏览时间" not in article.body
