"""Lists around an article.  A list of links a blog post introduces itself (a reading list under 可以选择感兴趣的进行阅读。)
is the post's text; a related box set between two paragraphs in a box of its own, a list under
a dropped header (相关阅读：) and a gallery's linked captions are not; nor are teaser cards (a
linked headline, its summary, its date) under a story shorter than their summaries.  A page
whose only prose is marked as comments (a 豆列's notes) keeps it.  Every text here is written
for these tests."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "程序员的书籍资源整理"
INTRO = "下面是网友总结或者翻译的一些推荐阅读书籍的文章，可以选择自己需要或者感兴趣的进行阅读。"
AFTER = "关于书籍的说明：很多英文书籍都有相应的中文版，找到适合自己的书籍之后去买中文版的就行了。"
TITLES = ["后台工程师书单", "推荐十本编程的最佳书籍", "关于操作系统，你该读哪些书", "为前端开发者准备的文档和指南"]
LEAD = "想整理一篇关于书籍的资源很久了，毕竟做一名程序员，就要保持读书学习的状态，不能光看视频。"


def links(titles, box: str = "") -> str:
    items = "".join(f"<li><a href='https://example.com/{k}'>{t}</a></li>" for k, t in enumerate(titles))
    return f"<div class='{box}'><ol>{items}</ol></div>" if box else f"<ol>{items}</ol>"


def page(inner: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE} - 某某专栏</title></head><body>"
            f"<h1>{HEADLINE}</h1><article class='post-content'>{inner}</article></body></html>").encode("utf-8")


def test_a_reading_list_the_post_introduces_is_kept():
    article = strip_boilerplate(page(paras([LEAD, INTRO]) + links(TITLES) + paras([AFTER])), "post.html")
    assert article.body == [LEAD, INTRO, *TITLES, AFTER]


def test_a_list_under_a_related_header_is_dropped():
    inner = paras([LEAD, INTRO]) + "<p>相关阅读：</p>" + links(TITLES) + paras([AFTER])
    article = strip_boilerplate(page(inner), "post.html")
    assert not set(TITLES) & set(article.body)


def test_a_related_box_of_its_own_between_paragraphs_is_dropped():
    inner = paras([LEAD, INTRO]) + links(TITLES, box="related-box") + paras([AFTER])
    article = strip_boilerplate(page(inner), "post.html")
    assert not set(TITLES) & set(article.body)


def test_a_gallerys_linked_captions_stay_dropped():
    captions = ["河畔街市：街市在晚上八时关店后，有老鼠游走在家禽档铺。", "河畔街市：废物和食物残余堆放在街市，无人清理。",
                "河畔街市摆放垃圾位置有蟑螂出没。"]
    article = strip_boilerplate(page(paras([LEAD, INTRO]) + links(captions) + paras([AFTER])), "post.html")
    assert not set(captions) & set(article.body)


def test_teaser_cards_of_headline_summary_and_date_under_a_short_story_are_dropped():
    # 为你推荐 over cards: a linked headline, its summary, its date (22日); the story above them
    # is one paragraph, shorter than the summaries together
    story = ("据报道，河畔新区首位获得表彰的志愿者3日在家中去世，终年四十岁。当地社区对此表示哀悼，"
             "并称将为其举行追思活动，感谢她多年来为社区居民提供的无偿服务和帮助。")
    cards = "".join(f"<div class='card'><a href='/n{k}'>河畔新区第{k}条推荐新闻的标题</a>"
                    f"<p>这是第{k}条推荐新闻的摘要，介绍了河畔新区近日举办的一场文化活动的情况，吸引了许多市民前来参观。</p>"
                    f"<span>2{k}日</span></div>" for k in range(1, 8))
    html = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f"<div class='article'><p>{story}</p></div><div class='recommend'><h3>为你推荐</h3>{cards}</div>"
            "</body></html>").encode("utf-8")
    assert strip_boilerplate(html, "news.html").body == [story]


def test_a_related_header_over_the_reporters_own_side_piece_ends_nothing():
    # an e-paper story, then [延伸阅读] over a subheading and whole paragraphs of the same box
    story = [f"河畔看守所第{k}段报道：民警介绍了特殊嫌疑人入所前的体检流程，并说明了单独关押的具体安排和理由。" for k in range(1, 13)]
    side = ["特殊嫌犯如何关押", "河畔省公安厅在新闻发布会上介绍，全省监所系统多次收押过身份特殊的嫌疑人，均按规定妥善处置。",
            "针对患病的嫌疑人，河畔已设立专门的羁押场所。", "去年九月，河畔监狱管理区的收治中心开始正式运行，专门收治患病的服刑人员和身份特殊的在押人员。",
            "中心配备了专职医生和护士，对收治人员实行二十四小时的监护和治疗，运行以来效果良好，得到各方肯定。"]
    inner = paras(story) + "<p>[延伸阅读]</p>" + paras(side)
    article = strip_boilerplate(page(inner), "epaper.html")
    assert article.body == story + side


def test_a_related_header_over_links_still_ends_the_story():
    inner = paras([LEAD, INTRO, AFTER]) + "<p>[延伸阅读]</p>" + links(TITLES)
    article = strip_boilerplate(page(inner), "epaper.html")
    assert article.body == [LEAD, INTRO, AFTER]


def test_a_list_whose_only_text_is_marked_as_comments_keeps_it():
    # a 豆列: the list's author wrote each item's note (评语：…) in elements a comment thread uses;
    # nothing else on the page is prose, so the notes are its text (signatures stay dropped)
    notes = [f"评语：河畔第{k}位获奖的志愿者——某某{k}号，多年来坚持为社区老人提供无偿服务，深受居民欢迎。" for k in range(1, 8)]
    items = "".join(f"<div class='comment-item content'><p>来自：豆瓣相册</p><blockquote class='comment'>{n}</blockquote>"
                    f"<div class='footer'>2011-10-29 15:54:2{k} 赞 回复</div></div>" for k, n in enumerate(notes))
    html = (f"<html><head><meta charset='utf-8'><title>河畔十大志愿者</title></head><body><h1>河畔十大志愿者</h1>"
            f"<div class='doulist'>{items}</div></body></html>").encode("utf-8")
    article = strip_boilerplate(html, "list.html")
    assert all(n in article.body for n in notes)
    assert not any("15:54" in line for line in article.body)


def test_a_post_of_one_line_under_its_headline_and_a_huge_menu_keeps_its_line():
    # a blog whose every page carries its whole post tree: the post itself is one short line
    tree = "".join(f"<li><a href='/p{k}.html'>某某技术笔记第{k}篇</a></li>" for k in range(120))
    html = ("<html><head><meta charset='utf-8'><title>河畔刷新控件</title></head><body>"
            f"<nav><ul>{tree}</ul></nav><div class='post'><h1>河畔刷新控件</h1><p>下拉刷新控件</p></div>"
            "<footer>Copyright © 2015 Powered by 某某</footer></body></html>").encode("utf-8")
    article = strip_boilerplate(html, "post.html")
    assert article.body == ["下拉刷新控件"]
    assert any("best guess" in w for w in article.warnings)

