"""The headline of an HTML page whose ``<title>`` names only the site (a forum or blog of the
2000s, a portal's channel page): the layout gives it, as in a text save; a breadcrumb, a
toolbar, a place name or a user's handle never is it; a ``<title>`` that names an article
still wins when no block matches it."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate
from zhtext.converters.pages.metadata import site_like

PARAS = [
    "我以前总觉得这类传闻都是捕风捉影，每次看到有人拿一点小事大做文章，心里就很不以为然，可是这一次的事情让我改变了看法。",
    "先说一下，我一直很喜欢的一位歌手下个月就要发行新专辑了，而我想说的这件事，恰恰就和这张专辑的宣传有关系。",
    "后来我又翻了几家报纸的报道，发现大家说的细节都对得上，这才相信事情并不是空穴来风，而是确有其事。",
]


def forum_page(title: str, headline: str = "唱片公司幕后操控歌手宣传内幕(转载)") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='nav'><a href='/'>某某娱乐</a> &gt; <a href='/club'>明星俱乐部</a> &gt; "
            "<a href='/club/talk'>明星话题</a></div>"
            "<div class='bar'>[<a href='/best'>精华区</a>] 版主：[<a href='/apply'>申请版主</a>]</div>"
            f"<table><tr><td><b>{headline}</b></td></tr><tr><td><a href='/u/17'>听雨的猫</a></td></tr>"
            f"<tr><td>{paras}</td></tr></table>"
            "<div class='foot'>某某娱乐 版权所有 Copyright 2005</div></body></html>").encode("utf-8")


@pytest.mark.parametrize("title", ["某某娱乐", "显示", "blog.example.com", "欢迎访问某某论坛", "某某网>明星话题"])
def test_a_site_name_title_yields_to_the_headline_the_page_shows(title):
    article = strip_boilerplate(forum_page(title), "post.html")
    assert article.title == "唱片公司幕后操控歌手宣传内幕(转载)"
    assert article.body == PARAS


def test_a_breadcrumb_that_holds_the_site_name_is_not_the_headline():
    # the <title> part (某某娱乐) is inside the breadcrumb trail: that is no match for a headline
    article = strip_boilerplate(forum_page("某某娱乐"), "post.html")
    assert ">" not in article.title and "精华区" not in article.title


def test_an_article_title_that_no_block_matches_is_kept():
    # the page shows no headline at all (an image, say): the <title> names the article
    page = forum_page("唱片公司宣传内幕调查_明星话题_某某娱乐", headline="内容举报")
    assert strip_boilerplate(page, "post.html").title == "唱片公司宣传内幕调查"


@pytest.mark.parametrize("shown", ["上海市", "北野 @alimy"])
def test_a_place_or_a_handle_is_not_taken_for_the_headline(shown):
    article = strip_boilerplate(forum_page("某某娱乐", headline=shown), "post.html")
    assert article.title != shown


@pytest.mark.parametrize("text, site", [
    ("网易娱乐", True), ("显示", True), ("China-Pub", True), ("blog.wenxuecity.com", True),
    ("北医新闻网", True), ("CCTV.com- 央视论坛", True), ("谢谢您访问〖关注中国中心〗", True),
    ("世艺网>艺术教育", True), ("某某市举行春季运动会 三千名学生参加", False),
    ("徒手抓子弹真的存在吗？", False), ("惊爆唱片公司操控歌手黑幕", False),
])
def test_site_like(text, site):
    assert site_like(text) is site


def test_the_documents_title_is_its_first_title_element_even_when_empty():
    # an empty <title> in the head and another page's <title> inside the body (a template's
    # leftover): the page has no document title, and the layout gives the headline
    page = ("<html><head><title></title></head><body><div class='nav'><a href='/'>清华主页</a> - <a href='/n'>清华新闻</a></div>"
            "<div class='article'><p class='bt'>化工系联合举办主题党日活动</p><p>发布时间：2021-06-30</p>"
            + "".join(f"<p>{p}</p>" for p in PARAS)
            + "</div><div class='side'><title>最近更新页面-某某大学</title><ul><li><a href='/1'>新闻一</a></li></ul></div></body></html>")
    article = strip_boilerplate(page.encode("utf-8"), "page.html")
    assert article.title == "化工系联合举办主题党日活动"
    assert article.body == PARAS


def test_a_posts_headline_in_its_cover_banner_is_the_title_not_its_first_subheading():
    # the theme puts the <h1> over the cover image in a box named banner (an ad's word); the
    # <title> opens with it; the post's first subheading must not stand in for it
    paras_ = ["东京圣地巡礼，本篇文章为动画取景地的巡礼记录，照片都是当天用手机拍的。",
              "到江之岛的时候已经是下午了，海边风很大，但是天气很好，远处还能看到富士山。"]
    page = ("<html><head><meta charset='utf-8'><title>东京行日记 - 巡礼篇（二） - 某某's Blog</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/about'>关于</a></nav>"
            "<div class='lazy-wrap banner'><img src='cover.jpg'><h1 class='post-title'>东京行日记 - 巡礼篇（二）</h1>"
            "<p class='post-meta'>某某 • 2024-12-12 • 0 评论</p></div>"
            f"<article class='post'><p>{paras_[0]}</p><h3>江之岛</h3><p>{paras_[1]}</p></article>"
            "<footer>© 某某's Blog</footer></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "p.html")
    assert article.title == "东京行日记 - 巡礼篇（二）"
    assert article.body == [paras_[0], "江之岛", paras_[1]]


def test_a_blogs_name_in_its_banner_heading_is_still_no_title():
    page = ("<html><head><meta charset='utf-8'><title>秋天的山路 @ 阿基的旅行笔记 :: 某某部落格 ::</title></head><body>"
            "<div class='banner'><h1>阿基的旅行笔记</h1></div>"
            "<div class='article'><h2>秋天的山路</h2><p>周末和朋友去爬山，山上的枫叶已经红了一大片，走在小路上很舒服。</p>"
            "<p>下山的时候在路边的小店吃了一碗面，老板说每年这个时候游客最多。</p></div></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "p.html").title == "秋天的山路"
