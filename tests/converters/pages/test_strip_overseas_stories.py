"""Story pages of the shapes unseen overseas and Hong Kong news sites fail in: pull quotes whose
speaker sits in their own ``<footer>``, pictures in a ``pic`` box with the caption under the
image, the credits and the note on the author that close a story, a copyright statement written
as a sentence and a paywall's box.  Every text here is written for these tests, in the shapes
real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "河畔城的学生为何越来越焦虑"
BODY = [f"第{n}段：河畔城一所中学的老师说，越来越多的学生因为焦虑而缺课，学校的心理辅导老师忙得不可开交，家长们也开始担心。"
        for n in range(1, 9)]


def page(body: str, after: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE} - 河畔日报</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/world'>国际</a> <a href='/edu'>教育</a></div>"
            f"<h1>{HEADLINE}</h1><div class='story-body'>{body}</div>{after}"
            "<footer class='site-footer'><p>关于我们</p><p>© 河畔日报 版权所有</p></footer></body></html>").encode("utf-8")


def strip(data: bytes):
    return strip_boilerplate(data, "story.html")


def test_a_pull_quotes_own_footer_ends_nothing():
    quote = ("<blockquote class='n-content-pullquote'><div><p>我开始这份工作时并不担心，现在我认为这可能会发生……</p>"
             "<footer class='n-content-pullquote__footer'>市中心一所学校的保安负责人</footer></div></blockquote>")
    body = strip(page(paras(BODY[:3]) + quote + paras(BODY[3:]))).body
    assert body == BODY  # (the pull quote repeats a sentence of the story: not kept either)


def test_a_figures_footer_is_its_credit_not_the_pages():
    figure = "<figure><img src='a.jpg'><footer>图片来源：河畔图片社</footer></figure>"
    body = strip(page(paras(BODY[:2]) + figure + paras(BODY[2:]))).body
    assert body == BODY


def test_the_caption_in_a_pictures_box_is_dropped():
    pictures = [f"<p><div class='{cls}'><img src='{n}.jpg'>{caption}</div></p>" for n, (cls, caption) in enumerate(
        [("pic", "向老师在返乡的路途上"), ("rightPic", "学校的心理辅导室（资料图）")])]
    body = strip(page(paras(BODY[:2]) + pictures[0] + paras(BODY[2:5]) + pictures[1] + paras(BODY[5:]))).body
    assert body == BODY


def test_a_story_box_whose_class_names_pictures_and_content_is_kept():
    data = page("").replace(b"<div class='story-body'>", f"<div class='pic-content'>{paras(BODY)}".encode())
    assert strip(data).body == BODY


def test_the_credits_and_the_note_on_the_author_closing_a_story_are_dropped():
    credits = ["林小河补充报道", "本文作者为河畔日报北京分社社长", "林小河为河畔日报前新闻助理", "摄影：某某某；河畔图片社"]
    assert strip(page(paras(BODY + credits))).body == BODY
    assert strip(page(paras(BODY + ["（綜合報道）"]))).body == BODY
    assert strip(page(paras(BODY + ["河畔日報記者"]))).body == BODY


def test_a_closing_line_that_only_mentions_contact_is_kept():
    # (联系 holds 系, and 为 opens many a sentence: only a note on someone's role is a credit)
    last = "其他问题可以联系学校老师"
    assert strip(page(paras(BODY + [last]))).body == BODY + [last]


def test_a_copyright_statement_written_as_a_sentence_is_dropped():
    statement = "版权声明：本文版权归河畔日报所有，未经允许任何单位或个人不得转载，复制或以任何其他方式使用本文全部或部分，侵权必究。"
    assert strip(page(paras(BODY + [statement]))).body == BODY
    assert strip(page(paras(BODY + [statement.replace("本文版权归", "本文版權歸")]))).body == BODY


def test_a_paywall_box_and_a_columns_disclaimer_are_dropped():
    paywall = "<div class='lock'><p>成为付费会员，阅读河畔日报独家内容</p><p>如果已经是会员，请点击这里登录</p></div>"
    body = strip(page(paras(BODY + ["（本文仅代表作者个人观点。）"]), after=paywall)).body
    assert body == BODY


def test_a_deck_under_the_headline_in_its_heading_stays_a_body_line():
    data = page(paras(BODY)).replace(f"<h1>{HEADLINE}</h1>".encode(),
                                     f"<h1><div>{HEADLINE}<br><br>家长盼学校多开心理课 专家吁减压</div></h1>".encode())
    article = strip(data)
    assert article.title == HEADLINE
    assert article.body == ["家长盼学校多开心理课 专家吁减压"] + BODY


def test_a_heading_the_title_writes_whole_is_one_headline_without_a_deck():
    data = page(paras(BODY)).replace(f"<h1>{HEADLINE}</h1>".encode(), "<h1>河畔城的学生<br>为何越来越焦虑</h1>".encode())
    article = strip(data)
    assert article.title == HEADLINE and article.body == BODY


def test_a_byline_row_with_a_relative_time_is_no_body_line():
    row = "<div class='story-byline'><span>更新于2分钟前</span> <span>河畔日报 林小河 香港报道</span></div>"
    assert strip(page(row + paras(BODY))).body == BODY


def test_a_box_placed_at_the_bottom_left_of_a_picture_is_no_footer():
    # a scrolling story's sections: a pull quote set over a picture (class "left bottom"), then
    # the section's paragraphs in the same kind of box
    sections = "".join(
        f"<div class='section'><div class='text text-over-media-inner left bottom'><strong>‘{BODY[n][3:20]}’</strong></div></div>"
        f"<div class='section section-text'><div class='text left bottom'>{paras(BODY[n:n + 2])}</div></div>"
        for n in range(0, 8, 2))
    body = strip(page(sections)).body
    assert all(line in body for line in BODY)  # (the pull quotes over the pictures aside)


def test_a_caption_whose_class_is_written_as_one_word_is_dropped():
    caption = "<p align='center'><img src='a.jpg'></p><p align='center' class='pictext'>河畔城一所中学的心理辅导室</p>"
    body = strip(page(paras(BODY[:3]) + caption + paras(BODY[3:]))).body
    assert body == BODY
