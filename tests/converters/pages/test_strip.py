"""strip_boilerplate on the pages in tests/converters/pages/pages: exact body, nothing from the must-not list.

Every page NAME.{html,txt,mht,mhtml} has NAME.expected.json with the form,
the exact body paragraphs, the things that must not appear anywhere in the
output, and optionally the title, date, author and source.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhtext.converters import Article, strip_boilerplate

PAGES = Path(__file__).parent / "pages"
CASES = sorted(p for p in PAGES.iterdir() if p.suffix in {".html", ".txt", ".mht", ".mhtml"})


def expected_for(page: Path) -> dict:
    return json.loads(page.with_name(page.stem + ".expected.json").read_text("utf-8"))


def test_enough_pages_across_forms_and_scripts():
    assert len(CASES) >= 15
    forms = {expected_for(p)["form"] for p in CASES}
    assert forms == {"text", "html", "mhtml"}
    raw = {p.name: p.read_bytes() for p in CASES}
    assert any(b"charset=big5" in r.lower() for r in raw.values())
    assert any(b"gb2312" in r.lower() for r in raw.values())
    assert any(r.startswith(b"\xef\xbb\xbf") and b"\r\n" in r for r in raw.values())


@pytest.fixture(params=CASES, ids=[p.name for p in CASES])
def case(request):
    page = request.param
    return page, expected_for(page), strip_boilerplate(page.read_bytes(), page.name)


def test_body_is_exact(case):
    page, exp, article = case
    assert article.body == exp["body"]


def test_nothing_from_the_must_not_list(case):
    page, exp, article = case
    out = article.to_text()
    assert [m for m in exp["must_not"] if m in out] == []
    # and everything dropped is accounted for with a reason
    assert all(reason for _, reason in article.removed)


def test_form_and_metadata(case):
    page, exp, article = case
    assert article.form == exp["form"]
    for key in ("title", "date", "author", "source"):
        if key in exp:
            assert getattr(article, key) == exp[key], key
    assert article.warnings == []


def test_file_name_is_not_needed(case):
    page, exp, article = case
    assert strip_boilerplate(page.read_bytes()).body == exp["body"]


def test_page_without_boilerplate_is_unchanged():
    for name in ("text_no_boilerplate.txt",):
        data = (PAGES / name).read_bytes()
        article = strip_boilerplate(data, name)
        assert article.to_text() == data.decode("utf-8")
        assert article.removed == []
    article = strip_boilerplate((PAGES / "html_no_boilerplate.html").read_bytes())
    assert article.removed == []


def test_str_input_is_taken_as_decoded():
    text = (PAGES / "text_save_simplified.txt").read_text("utf-8")
    assert strip_boilerplate(text).body == expected_for(PAGES / "text_save_simplified.txt")["body"]


def test_removed_reasons_name_what_was_dropped():
    article = strip_boilerplate((PAGES / "html_news_simplified.html").read_bytes())
    reasons = {}
    for text, reason in article.removed:
        reasons.setdefault(reason, []).append(text)
    assert any("六合彩" in t for t in reasons["hidden"])
    assert any("北京赛车" in t for t in reasons["spam"])
    assert any("责任编辑" in t for t in reasons["editor"])
    assert any("河畔绿道" in t for t in reasons["related"])
    assert any("停车位" in t for t in reasons["comments"])
    assert any("ICP" in t for t in reasons["footer"])
    assert any(t.startswith("上一篇") for t in reasons["prevnext"])


def test_to_dict_shape():
    article = strip_boilerplate((PAGES / "text_one_paragraph.txt").read_bytes())
    d = article.to_dict()
    assert d["body"] == article.body
    assert all(set(r) == {"text", "reason"} for r in d["removed"])
    assert isinstance(article, Article)


def test_an_article_inside_an_element_with_a_comment_class_is_kept():
    # <article class="baidu_pl">: "pl" reads as 评论, but the element holds one
    # article container with the whole post in many short paragraphs
    post = "".join(f"<p>第{i}段：这是博客正文里的一句话，不长。</p>" for i in range(30))
    related = "".join(f"<li><a href='/{i}'>另一篇文章{i}</a><p>摘要：另一篇文章的开头几句话，讲的是别的事情。</p></li>"
                      for i in range(24))
    html = (f"<html><head><title>博客标题-某博客</title></head><body><h1>博客标题</h1>"
            f"<article class='baidu_pl'><div id='article_content' class='article_content'>{post}</div></article>"
            f"<div class='recommend-box'><ul>{related}</ul></div></body></html>")
    article = strip_boilerplate(html.encode(), "post.html")
    assert article.title == "博客标题"
    assert len(article.body) == 30 and article.body[0].startswith("第0段")


def test_a_comment_list_of_content_items_stays_comments():
    items = "".join(f"<div class='comment-item'><div class='comment-content'><p>网友{i}：我觉得这篇文章写得很好，支持！</p></div></div>"
                    for i in range(8))
    body = "".join(f"<p>正文第{i}段，讲述事情的经过，有逗号，也有句号。</p>" for i in range(6))
    html = (f"<html><head><title>新闻标题</title></head><body><h1>新闻标题</h1><div class='article'>{body}</div>"
            f"<div class='comment-list'>{items}</div></body></html>")
    article = strip_boilerplate(html.encode(), "news.html")
    assert len(article.body) == 6
    assert all(not p.startswith("网友") for p in article.body)


def _news(extra_after: str, script_body: str = "") -> bytes:
    body = script_body or "".join(f"<p>正文第{i}段，讲述事情的经过，有逗号，也有句号。</p>" for i in range(5))
    return (f"<html><head><title>新闻标题_某网</title></head><body><h1>新闻标题</h1>"
            f"<div class='article'>{body}{extra_after}</div></body></html>").encode()


@pytest.mark.parametrize("notice", [
    "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    "平台聲明：該文觀點僅代表作者本人，搜狐號係信息發布平台，搜狐僅提供信息存儲空間服務。",
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services.",
    "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。",
    "发布于：北京市",
    "本文原标题：另一个标题",
    "回复【资料】获取全部内容",
    "主办单位：某市人民政府办公室 承办单位：某市大数据中心 网站标识码：1234000001 技术支持：某某科技有限公司",
    "主辦單位：某市政府新聞處 協辦單位：某某基金會 網站標識碼：A000001",
])
def test_platform_notices_and_site_footers_are_dropped(notice):
    article = strip_boilerplate(_news(f"<p>{notice}</p>"), "n.html")
    assert len(article.body) == 5
    assert all("声明" not in p and "單位" not in p for p in article.body)


def test_a_sentence_mentioning_technical_support_or_an_organiser_stays():
    kept = "华为为该项目提供技术支持，承办单位对志愿者表示感谢。"
    article = strip_boilerplate(_news(f"<p>{kept}</p>"), "n.html")
    assert kept in article.body


_BODY = ("这是新闻正文的第一段，讲述了事情的起因和经过，句子里有逗号，也有句号。\n\n"
         "这是新闻正文的第二段，补充了更多细节，也引用了当事人的说法。\n")


@pytest.mark.parametrize("header, title", [
    # headline, then a sub-headline of phrases strung together with spaces, then the date
    ("首頁 新聞中心 要聞\n\n  河畔新城舉辦科技節\n\n  展示最新成果 吸引市民參觀 多家企業參加有關活動\n\n  2023-09-23 06:49\n\n",
     "河畔新城舉辦科技節"),
    ("河畔新城举办科技节\n——展示最新成果，吸引市民参观\n2024-08-02 07:15 来源：某某日报\n", "河畔新城举办科技节"),
    # a byline between the headline and the body is never the title
    ("河畔新城举办科技节\n2024年08月02日 07:15\n本报记者 冯晓岚 通讯员 王小明\n", "河畔新城举办科技节"),
    ("河畔新城舉辦科技節\n記者林佩蓉／台北報導\n", "河畔新城舉辦科技節"),
    # player controls and a font-size widget are never the title
    ("河畔新城举办科技节\n2024-08-02 07:15\n视频加载中...\n00:00 / 02:35\n", "河畔新城举办科技节"),
    ("河畔新城举办科技节\n2024-08-02 07:15 来源：人民网\n小字号\n", "河畔新城举办科技节"),
    ("河畔新城举办科技节\n2024-08-02 07:15\n字号：大 中 小\n点击播报本文，约3分钟\n", "河畔新城举办科技节"),
    # a name/source byline, a column tag and widget remnants around the date
    ("河畔新城举办科技节，市民踊跃参观\n石佳/某某青年报\n2019-09-24 09:10\nT\n+\n", "河畔新城举办科技节，市民踊跃参观"),
    ("【新春走基层】\n河畔新城举办科技节\n本报记者 王小明\n", "河畔新城举办科技节"),
    # the line above the date line, or above the source name under the headline; share widgets below
    ("频道首页\n河畔新城举办第三届青少年科技节\n2022-02-13 09:57\n某某网\n分享到\n微信\n官方微信平台\n链接已复制\n"
     "本报记者 王小明\n", "河畔新城举办第三届青少年科技节"),
    ("河畔新城举办第三届青少年科技节\n某某证券报网络版\n2005.08.26 05:39\n关注\n", "河畔新城举办第三届青少年科技节"),
    # channel names such as 文化 and 图片 are not reporter credits (文/张三, 图：某社 are)
    ("首页\n文化\n图片\n河畔新城举办第三届青少年科技节\n2019\n09/07\n19:02\n分享\n", "河畔新城举办第三届青少年科技节"),
])

def test_text_save_headline_is_the_line_above_the_date_and_byline_block(header, title):
    article = strip_boilerplate((header + _BODY).encode("utf-8"), "save.txt")
    assert article.title == title
    assert article.body[0].startswith("这是新闻正文的第一段")
    assert len(article.body) == 2

@pytest.mark.parametrize("header, title", [
    # a translator credit and an official document number are not headlines
    ("给计算机系学生的建议\n作者：某某\n译： Chen Bin\n", "给计算机系学生的建议"),
    ("某市人民政府关于做好防汛工作的通告\n某政明电〔2022〕1号\n", "某市人民政府关于做好防汛工作的通告"),
])
def test_text_save_credits_and_document_numbers_are_not_the_title(header, title):
    assert strip_boilerplate((header + _BODY).encode("utf-8"), "save.txt").title == title


def test_text_save_date_keeps_its_time():
    article = strip_boilerplate(("河畔新城举办科技节\n2024-08-02 07:15\n" + _BODY).encode(), "save.txt")
    assert article.date == "2024-08-02 07:15"


def test_teaser_lists_are_dropped_wherever_they_sit():
    teasers = "".join(f"<li><a href='/{i}'>另一条新闻{i}</a> 这条新闻的开头几句话，被截断在这里…【详细】</li>" for i in range(3))
    cut = "".join(f"<p>又一篇文章的摘要，讲的是别的事情，写到一半就被截断了…</p>" for _ in range(3))
    body = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号。" for i in range(6)]
    html = ("<html><head><title>新闻标题</title></head><body><h1>新闻标题</h1><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in body[:3]) + f"<ul>{teasers}</ul>"
            + "".join(f"<p>{p}</p>" for p in body[3:]) + f"{cut}<p>本届活动火热进行中！【点击投票】</p></div></body></html>")
    article = strip_boilerplate(html.encode(), "n.html")
    assert article.body == body


def test_short_lines_trailing_off_with_an_ellipsis_in_a_text_save_stay():
    text = ("我的周末\n\n　　今天去公园散步，天气很好，遇到了很多老朋友，大家聊了很久。\n"
            "　　我也不知道…\n　　也许明天再说…\n　　晚上回家做了饭，吃完饭看了一会儿书，就睡觉了。\n")
    article = strip_boilerplate(text.encode("utf-8"), "blog.txt")
    assert "我也不知道…" in article.body and "也许明天再说…" in article.body


def test_one_sentence_ending_with_an_ellipsis_stays():
    body = ["他说：“我们再等等看…", "正文第二段，讲述事情的经过，有逗号，也有句号。",
            "正文第三段，讲述事情的经过，有逗号，也有句号。", "话音未落，门外又传来了脚步声……"]
    html = ("<html><head><title>新闻标题</title></head><body><h1>新闻标题</h1><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in body) + "</div></body></html>")
    assert strip_boilerplate(html.encode(), "n.html").body == body


def test_a_teaser_stream_after_a_related_header_ends_the_article_however_long():
    body = [f"（某社某地電）正文第{i}段，講述事情的經過，有逗號，也有句號。" for i in range(4)]
    stream = "".join(f"<div><h3>另一則新聞的標題{i}</h3><p>另一則新聞的摘要，講的是別的事情，篇幅比正文還長，有逗號，也有句號，"
                     f"再多寫幾句話，讓它看起來更像一段正文的樣子。</p><span>某某日報·{i} 小時前</span></div>" for i in range(8))
    html = ("<html><head><title>新聞標題</title></head><body><h1>新聞標題</h1><div>"
            + "".join(f"<p>{p}</p>" for p in body) + f"<div>其他人也在看</div>{stream}</div></body></html>")
    assert strip_boilerplate(html.encode(), "n.html").body == body


def test_gallery_widgets_and_image_counters_are_dropped():
    body = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号。" for i in range(5)]
    gallery = "".join(f"<li><p>图集{i}：某地举办活动，市民踊跃参加，现场气氛热烈。</p></li>" for i in range(4))
    html = ("<html><head><title>新闻标题</title></head><body><h1>新闻标题</h1><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in body) + f"<p>3/12</p><div class='gallery-box'><ul>{gallery}</ul></div>"
            + "</div></body></html>")
    article = strip_boilerplate(html.encode(), "n.html")
    assert article.body == body


def test_headline_repeated_at_the_top_of_the_body_and_in_article_promotions_are_dropped():
    body = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号。" for i in range(4)]
    html = ("<html><head><title>某地发布新规_某网</title></head><body><h1>某地发布新规</h1><div class='article'>"
            "<p>某地发布新规</p><p>年度人物评选火热进行中！【点击投票】选出你心目中的商业领袖</p>"
            + "".join(f"<p>{p}</p>" for p in body) + "</div></body></html>")
    article = strip_boilerplate(html.encode(), "n.html")
    assert article.title == "某地发布新规"
    assert article.body == body


def test_url_comes_from_the_canonical_link_or_the_archive_location():
    body = "".join(f"<p>正文第{i}段，讲述事情的经过，有逗号，也有句号。</p>" for i in range(3))
    html = (f"<html><head><title>标题</title><link rel='canonical' href='https://news.example.cn/a/1.html'>"
            f"<meta property='og:url' content='https://m.example.cn/a/1.html'></head><body>{body}</body></html>")
    article = strip_boilerplate(html.encode(), "a.html")
    assert article.url == "https://news.example.cn/a/1.html"
    assert "url" not in article.to_dict()  # strip --format json keeps its keys
    og_only = html.replace("<link rel='canonical' href='https://news.example.cn/a/1.html'>", "")
    assert strip_boilerplate(og_only.encode(), "a.html").url == "https://m.example.cn/a/1.html"
    assert strip_boilerplate((PAGES / "mhtml_qp_simplified.mht").read_bytes()).url == "http://example.com/news/1.html"
    assert strip_boilerplate("只有一行文字。".encode()).url == ""


def test_to_record_is_one_document_with_the_text_as_one_string():
    article = strip_boilerplate((PAGES / "html_news_simplified.html").read_bytes(), "news.html")
    record = article.to_record("saved/news.html")
    assert list(record) == ["text", "title", "date", "author", "source", "url", "path"]
    assert record["text"] == "\n\n".join([article.title, *article.body]) + "\n"
    assert record["path"] == "saved/news.html" and record["title"] == article.title


def test_a_date_without_its_time_takes_the_time_the_page_shows_for_that_day():
    body = "".join(f"<p>正文第{i}段，讲述事情的经过，有逗号，也有句号。</p>" for i in range(4))
    html = (f"<html><head><title>新闻标题</title><meta name='publishdate' content='2024-08-02'></head><body>"
            f"<h1>新闻标题</h1><div>2024年08月02日 07:15 来源：某某日报</div><div class='article'>{body}</div></body></html>")
    assert strip_boilerplate(html.encode(), "n.html").date == "2024-08-02 07:15"
    other_day = html.replace("2024年08月02日 07:15", "2024年08月03日 09:30")
    assert strip_boilerplate(other_day.encode(), "n.html").date == "2024-08-02"


def test_headline_broken_over_lines_at_the_top_of_the_body_is_dropped():
    body = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号。" for i in range(4)]
    html = ("<html><head><title>某市人民政府关于做好防汛工作的通告_某市政府网</title></head><body>"
            "<h1>某市人民政府关于做好防汛工作的通告</h1><div class='article'>"
            "<p>某市人民政府关于做好</p><p>防汛工作的通告</p>" + "".join(f"<p>{p}</p>" for p in body)
            + "</div></body></html>")
    article = strip_boilerplate(html.encode(), "n.html")
    assert article.title == "某市人民政府关于做好防汛工作的通告"
    assert article.body == body


def test_taiwan_news_page_promotions_and_further_reading_are_dropped():
    body = ["（某社記者王小明台北3日電）某市政府今天宣布新的交通措施，下個月起實施，市民可以上網查詢。",
            "市府官員表示，新措施實施後，尖峰時段的車流可望減少兩成，通勤時間也會縮短。",
            "不少市民在網路上留言表示支持，也有人擔心配套不足，希望市府多加說明。"]
    html = ("<html><head><title>某市公布交通新措施 下月實施 | 某某新聞網</title></head><body>"
            "<h1>某市公布交通新措施 下月實施</h1><div class='story'>"
            + "".join(f"<p>{p}</p>" for p in body[:2])
            + "<p>不用抽 不用搶 現在用APP看新聞 保證天天中獎</p><p>點我下載APP</p><p>看更多</p>"
            + f"<p>{body[2]}</p><h3>延伸閱讀</h3><ul><li><a href='/1'>另一則交通新聞的標題</a></li><li><a href='/2'>第二則相關新聞的標題</a></li></ul>"
            "</div></body></html>")
    article = strip_boilerplate(html.encode(), "tw.html")
    assert article.title == "某市公布交通新措施 下月實施"
    assert article.body == body


def test_counters_tag_lines_qr_invitations_and_long_copyright_lines_are_dropped():
    body = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号。" for i in range(4)]
    html = ("<html><head><title>新闻标题</title></head><body><h1>新闻标题</h1><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in body[:2]) + "<p>33</p>"
            + "<p>专注某领域新闻报道，每日推送最新资讯。扫描下方二维码关注官方微信(或微信中搜：example)。</p>"
            + "".join(f"<p>{p}</p>" for p in body[2:]) + "<p>20190926|国贸|增长率|全球经济</p>"
            "<p>版权所有 某某医院 Copyright © 2018 All rights reserved. 湘ICP备14002927号-5 湘公安网备号4301040200，"
            "地址：某市某路58号，电话：0731-00000000，邮编：410000</p></div></body></html>")
    assert strip_boilerplate(html.encode(), "n.html").body == body


def test_forum_replies_after_the_first_post_are_dropped():
    post = [f"帖子正文第{i}段，讲述看电影的感受，有逗号，也有句号。" for i in range(4)]
    html = ("<html><head><title>《清洁》观后感 - 论坛</title></head><body><h1>《清洁》观后感</h1><div>"
            + "".join(f"<p>{p}</p>" for p in post)
            + "<p>Re:《清洁》观后感</p><p>我觉得楼主的文很中肯，我也喜欢这个电影，音乐很好听。</p>"
            "<p>Re:《清洁》观后感</p><p>同意楼主的看法，演员的表演也很切合，值得一看。</p></div></body></html>")
    assert strip_boilerplate(html.encode(), "bbs.html").body == post


def test_text_save_related_header_above_most_of_the_article_does_not_end_it():
    paras = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号，再补充一些细节，让这一段更长一些。" for i in range(6)]
    text = ("苹果发布新手机\n2019年09月11日01:53 某某科技\n快来体验最新产品，还有专享福利！\n相关新闻：\n"
            "另一条新闻的标题\n" + "\n".join(paras) + "\n相关阅读\n又一条新闻的标题\n再一条新闻的标题\n")
    article = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert article.title == "苹果发布新手机"
    assert article.body[-6:] == paras


@pytest.mark.parametrize("text", ["标题\n\n正文第一段。\n", "短标题\n\n只有一段正文，写得很短。\n"])
def test_a_short_note_without_boilerplate_keeps_its_title(text):
    article = strip_boilerplate(text.encode("utf-8"), None)
    assert article.to_text() == text


def test_text_save_headline_list_does_not_outweigh_a_short_article():
    sidebar = "\n".join(f"博主{i}：今年行情值得期待" for i in range(40))
    article = ["新京报快讯 今日有网友爆料，有一批账号数据在网上出售，引发关注。",
               "今晚，有关部门发布辟谣消息称：网传信息不实，网站未发生用户信息泄漏。",
               "有关部门提醒广大用户，请通过官方网站和客户端购票，避免非正常渠道带来的风险。"]
    text = "博客\n" + sidebar + "\n账号外泄？有关部门辟谣称消息不实\n2018年12月28日 19:55\n" + "\n".join(article) + "\n"
    result = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert result.title == "账号外泄？有关部门辟谣称消息不实"
    assert result.body == article


def test_text_save_short_list_inside_an_article_stays():
    items = [f"第{i}项：某某工作" for i in range(1, 7)]
    paras = [f"正文第{i}段，讲述事情的经过，有逗号，也有句号，内容比较长一些。" for i in range(3)]
    text = "工作安排\n\n" + paras[0] + "\n" + "\n".join(items) + "\n" + "\n".join(paras[1:]) + "\n"
    assert strip_boilerplate(text.encode("utf-8"), "save.txt").body == [paras[0], *items, *paras[1:]]


def test_a_signed_chat_stream_does_not_outweigh_the_article():
    article = ["新京报快讯 今日有网友爆料，有一批账号数据在网上出售，引发关注。",
               "今晚，有关部门发布辟谣消息称：网传信息不实，网站未发生用户信息泄漏。"]
    chat = "\n".join(f"博主{i}今天 12:0{i}:37\n指数午前高开低走，和直播间一早分析一致，板块红盘居多，表现强势的是边缘计算和数字孪生，"
                     f"后市继续关注成交量的变化，控制仓位，耐心等待机会。" for i in range(6))
    text = "账号外泄？有关部门辟谣称消息不实\n2018年12月28日 19:55\n" + "\n".join(article) + "\n责任编辑：某某\n直播\n" + chat + "\n"
    result = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert result.body == article


def test_government_page_widgets_are_dropped():
    body = [f"正文第{i}段，讲述政策的内容，有逗号，也有句号。" for i in range(4)]
    html = ("<html><head><title>关于做好防汛工作的通知_某市人民政府</title></head><body>"
            "<div>无障碍浏览</div><div>长者模式</div><h1>关于做好防汛工作的通知</h1><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in body[:2]) + "<p>【纠错】</p>" + "".join(f"<p>{p}</p>" for p in body[2:])
            + "<p>扫一扫在手机打开当前页</p><p>政府网站找错</p></div>"
            "<div>主办单位：某市人民政府办公室 网站标识码：1234000001</div></body></html>")
    article = strip_boilerplate(html.encode(), "gov.html")
    assert article.title == "关于做好防汛工作的通知"
    assert article.body == body
