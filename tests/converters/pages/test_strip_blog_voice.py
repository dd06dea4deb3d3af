"""Blog posts written in a voice that trails off (most lines ending in …, none of them a link),
which a teaser list's rule must not take for teasers, and a blog's closing pitch for its author's
account.  Every text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "河畔科技实习面试总结"
POST = ["印象中是并没有看到岗位要求，只是要求熟悉算法和数据结构，于是当时扔了份简历过去。",
        "然后说之后会安排面试。。就杳无音信了。。然后突然有一天晚上接到短信说要安排面试…",
        "一面先是手写代码…都是面试套路题，就不说了…",
        "其中一道题给出了优于面试官手中正解的做法…",
        "因为我说完我的做法给出了一点正确性的证明，面试官好像很满意。",
        "然后问了一点基础知识。。。不记得问什么了。",
        "之后问了两个智力题吧。。。其中一个是砝码称重的问题，当时的确想了一下。",
        "最后一个问题问了蓄水池抽样…",
        "之前没看过这个算法，没有回答出来，有点遗憾。"]
TEASERS = [("河畔科技春招开始了", "河畔科技今年春招共开放了三百多个岗位，其中算法岗位比去年多了不少，应届生可以…"),
           ("算法面试常见问题汇总", "整理了近三年算法岗面试中最常被问到的五十个问题，附带参考答案和解题思路，建议…"),
           ("如何准备技术面试", "技术面试通常分为算法、基础知识和项目经验三部分，每一部分都有不同的准备方法…")]


def page(post, sidebar: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE} | 小河的博客</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/tags'>面试</a> <a href='/about'>About</a></div>"
            f"<h1>{HEADLINE}</h1><div class='post_body'>{paras(post)}</div>{sidebar}"
            "<div class='footer'>Powered by Hugo</div></body></html>").encode("utf-8")


def teasers() -> str:
    items = "".join(f"<div class='item'><a href='/p{n}'>{h}</a><p>{t}</p></div>" for n, (h, t) in enumerate(TEASERS))
    return f"<div class='stream'>{items}</div>"


def strip(data: bytes):
    return strip_boilerplate(data, "post.html")


def test_a_writer_who_trails_off_keeps_every_line():
    assert strip(page(POST)).body == POST


def test_a_list_of_teasers_cut_with_an_ellipsis_is_still_dropped():
    body = strip(page(POST, teasers())).body
    assert body == POST
    assert not any(t in line for _, t in TEASERS for line in body)


def test_teasers_in_one_box_with_their_linked_headlines_are_no_writers_lines():
    # the summaries share a box with the linked headlines: a box of links, not a post
    items = "".join(f"<p><a href='/p{n}'>{h}</a></p><p>{t}</p>" for n, (h, t) in enumerate(TEASERS))
    body = strip(page(POST, f"<div class='box'>{items}<p>这些文章都是编辑精选的内容，欢迎大家阅读。</p></div>")).body
    assert not any(t in body for _, t in TEASERS)


def test_a_closing_pitch_for_the_authors_account_is_dropped():
    pitch = "ps: 微信公众号：小河说，有兴趣的可以关注，每周不定期更新，分享可以增加世界的快乐"
    assert strip(page(POST[:1] + POST[4:] + [pitch])).body == POST[:1] + POST[4:]


def test_a_themes_date_row_and_unrendered_template_tags_are_no_lines_of_the_post():
    extra = ["Dec 26, 2024 | 18 min read |", "{% gallery %} {% endgallery %}"]
    assert strip(page(extra[:1] + POST[:1] + extra[1:] + POST[4:])).body == POST[:1] + POST[4:]


def test_template_tags_in_a_code_listing_stay():
    listing = "<pre><code>{% include footer.html %}\n{{ page.title }}</code></pre>"
    data = page(POST[:1] + POST[4:]).replace(b"</div><div class='footer'>", listing.encode() + b"</div><div class='footer'>")
    assert "{% include footer.html %}" in strip(data).body


def test_a_posts_word_count_and_reading_time_row_is_no_line_of_it():
    # a Hexo NexT post whose sections are <h1>s: the statistics row under the date is no first
    # paragraph, so the sections are not taken for the next story of an endless page
    text = [f"第{n}节第{k}段：{line}" for n in range(1, 4) for k, line in enumerate(POST[4:])]
    sections = "".join(f"<h1>第{n}节</h1>{paras(text[(n - 1) * 5:n * 5])}" for n in range(1, 4))
    html = (f"<html><head><meta charset='utf-8'><title>{HEADLINE} | 小河的博客</title></head><body>"
            f"<div class='post-header'><h1 class='post-title'>{HEADLINE}</h1>"
            "<div class='post-meta'>Posted on 2020-08-24 | In 面试</div></div>"
            "<div class='post-body'><div class='post-wordcount'>Words count in article: 3,748 | Reading time ≈ 18</div>"
            f"{sections}</div></body></html>").encode("utf-8")
    article = strip(html)
    assert text[-1] in article.body and "第3节" in article.body
    assert ("Words count in article: 3,748 | Reading time ≈ 18", "meta") in article.removed


def test_a_post_that_is_a_numbered_list_keeps_every_item():
    songs = [f"{n} {'Table For Two' if n % 7 == 0 else f'河畔之歌第{n}首'} -- 歌手{n % 9}" for n in range(1, 41)]
    html = (f"<html><head><meta charset='utf-8'><title>轉貼: 好聽的歌 | 小河的博客</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a> <a href='/about'>關於</a></div>"
            f"<h1>轉貼: 好聽的歌</h1><div class='post'>{'<br>'.join(songs)}</div>"
            "<div class='footer'>Powered by Hugo</div></body></html>").encode("utf-8")
    assert strip(html).body == songs


def test_a_posts_sections_under_h1s_after_a_lead_in_its_header_are_no_next_story():
    # a NexT post: its lead in the header box, its sections as <h1>s in the body box, no date under them
    lead = "虽然现在深度学习大火，但是传统的机器学习方法还是需要了解一下的！"
    sections = "".join(f"<h1>{name}</h1>{paras([f'{name}：{line}' for line in POST[4:7]])}"
                       for name in ("logistics regression", "SVM", "决策树"))
    html = (f"<html><head><meta charset='utf-8'><title>machine learning memo | 小河的博客</title></head><body>"
            "<article class='post'><header class='post-header'><h1 class='post-title'>machine learning memo</h1>"
            "<div class='post-meta'>Posted on 2018-03-12 | In machine learning |</div>"
            f"<div class='post-excerpt'><p>{lead}</p></div></header>"
            f"<div class='post-body'>{sections}</div></article></body></html>").encode("utf-8")
    body = strip(html).body
    assert lead in body and f"决策树：{POST[6]}" in body
