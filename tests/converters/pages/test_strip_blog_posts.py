"""Blog posts, as pages and as text saves (found on a sixth collection of real pages, a Taiwan
blog platform's posts): the blog's name is heavier than its post's title in the ``<title>``
and shows in the banner, the post has its own heading; the banner joins the two on one line in
a text save; the date is in English; the post is written one clause a line with emoticons
for marks; the interface around it is in English.  Every text here is written for these tests."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import strip_save

BLOG = "小明的夢想空間～寫寫生活與程式的地方"
POST_TITLE = "中秋夜的火鍋聚會"
POST = ["今天原本說好下午兩點要去吃，", "結果朋友說太早了，", "因為他剛吃過午餐XD", "我後來三點才出門，",
        "先和同學約在車站前面集合。", "後來我們去書店買參考書，", "又到對面的文具店逛逛。", "差不多到了約定的時間，",
        "就趕緊到捷運站出口，", "大家都到齊了以後，", "才發現餐廳客滿了Orz", "只好換一家火鍋店，",
        "還好味道很不錯，", "今天真開心^^"]


def blog_page(post_title: str = POST_TITLE) -> bytes:
    paras = "<br>".join(POST)
    return (f"<html><head><meta charset='utf-8'><title>{post_title} - {BLOG} - 某某小站</title></head><body>"
            f"<div id='top'><a href='/'>某某小站</a> <a href='/album'>相簿</a></div>"
            f"<div id='banner'><h1><a href='/blog/xiaoming'>{BLOG}</a> <span>{post_title}</span></h1></div>"
            f"<div class='date'>October 3, 2009</div>"
            f"<div class='post'><h3 class='title'>{post_title}</h3><div class='text'>{paras}</div></div>"
            f"<div class='side'><h4>最新文章</h4><a href='/1'>去年夏天的旅行</a><a href='/2'>新網誌開張</a></div>"
            f"</body></html>").encode("utf-8")


def test_a_blog_posts_heading_is_its_title_though_the_blogs_name_is_heavier():
    article = strip_boilerplate(blog_page(), "post.html")
    assert article.title == POST_TITLE
    assert article.body == POST  # (the date in English above the post is a date line, not its text)


def test_a_short_post_title_heading_the_post_is_its_title():
    # a title of two Chinese characters and two letters would pass for a site's name alone
    assert strip_boilerplate(blog_page("FF遊記"), "post.html").title == "FF遊記"


HEADER = (f"某某小站\nBlog\nAlbum\nLogin\n某某小站已進入唯讀模式，年底停止服務\n今日主題：就愛毛小孩\n"
          f"{BLOG} {POST_TITLE}\n其實就放一些自己的東西、旅行的東西、程式的東西這樣...~\n"
          f"October 3, 2009\n{POST_TITLE}\n分享在我的Facebook 分享在我的Plurk\n")
FOOTER = ("0\n推薦此文章\nPrevious in This Category: 去年夏天的旅行 Next in This Category: 新網誌開張\n"
          "Post A Comment\nName:\nURL:\nRemember Me\nRecent Articles\n新網誌開張\n去年夏天的旅行\n"
          "Categories\n隨筆心得(1)\n旅行生活(1)\n")


def test_a_text_save_of_a_blog_post_takes_the_post_title_out_of_the_banner():
    article = strip_save(HEADER, POST, FOOTER)
    assert article.title == POST_TITLE
    assert article.body == POST


def test_with_the_pages_title_line_first_the_posts_title_is_the_part_shown_alone():
    # a browser's text save opens with the <title>: the banner's line holds two of its parts, the
    # post's line one of them
    article = strip_save(f"{POST_TITLE} - {BLOG} - 某某小站\n" + HEADER, POST, FOOTER)
    assert article.title == POST_TITLE
    assert article.body == POST


def test_an_english_interface_around_the_post_is_left_out():
    article = strip_save(HEADER, POST, FOOTER)
    for line in ("Post A Comment", "Recent Articles", "Categories", "新網誌開張", "隨筆心得(1)"):
        assert line not in article.body


def test_a_date_alone_in_english_ends_the_header():
    # without the date line read as one, the banner and the tagline above it would open the body
    article = strip_save(HEADER, POST, FOOTER)
    assert not any("其實就放" in line or BLOG in line for line in article.body)


def test_clauses_ending_in_emoticons_keep_a_post_written_one_clause_a_line_together():
    # the clause lines ending in XD, Orz, ^^ would otherwise break the post into runs too short
    # to count as prose, and the sidebar would win
    sidebar = ("最新文章\n去年的旅行，我們走了很遠的路，也看了很多風景，值得記下來。\n"
               "上個月的讀書會，大家討論了好幾本書，氣氛熱烈，收穫很多。\n")
    article = strip_save("我的小站\n首頁\n相簿\n" + POST_TITLE + "\n2009年10月3日\n", POST, sidebar)
    assert article.body == POST



def test_a_sidebar_of_recent_comments_does_not_outweigh_the_post():
    # each line names a comment on another post; punctuated and long, together they outweighed
    # a post written one clause a line
    recent = "\n".join(f"Re: 遺失的眼鏡、爭鬥的社史、下水與不下水的{n}個故事, by 路過的同學{n} (May {n})"
                       for n in range(1, 10))
    article = strip_save(HEADER, POST, FOOTER + "Recent Comments\n" + recent + "\n")
    assert article.title == POST_TITLE
    assert article.body == POST


def test_a_threads_replies_each_over_its_text_are_no_such_list():
    # Re: over each reply (a forum thread saved as text): the replies are text, not a list of links
    replies = []
    for n in range(3):
        replies += [f"Re: 關於中秋烤肉的地點", f"我覺得河濱公園不錯，地方大，停車也方便，去年我們{n + 1}家人就在那裡。"]
    article = strip_save("論壇首頁\n生活討論區\n關於中秋烤肉的地點\n2009-10-01 12:00\n", replies)
    assert any("河濱公園" in line for line in article.body)


# -- a short post: text right in the post's box between screenshots, a closing line with a clause --

def _short_post(lead: str, paras_: list[str], close: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>账号差点又没了 | 某某的小站</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/about'>关于</a></nav><article><div class='post-meta'>2021年4月21日 86 字</div>"
            f"<h1>账号差点又没了</h1><div class='markdown-body'>{lead}"
            + "".join(f"<p>{p}</p>" for p in paras_) + f"<p><img src='d.png'><br>{close}</p></div>"
            "<div class='post-tags'><a href='/t/1'>#日常</a> <a href='/t/2'>#动态</a></div>"
            "<div class='post-nav'><a href='/p/1'>上一篇 看看最近在忙什么</a> <a href='/p/3'>下一篇 周末去爬山</a></div>"
            "</article><footer>© 某某的小站</footer></body></html>").encode("utf-8")


def test_text_right_in_the_posts_box_between_screenshots_and_a_closing_clause_are_kept():
    lead = "被冻结<img src='a.png'>先是发个短信<img src='b.png'>人脸<img src='c.png'>打勾勾"
    paras_ = ["之前也冻结过，不过现在好像还没啥事情，马上就解了，也许是号比较老的缘故。", "应该是统一检查封的，问题不大。"]
    close = "关了自动打卡，自动回复排除名单加了点"
    article = strip_boilerplate(_short_post(lead, paras_, close), "p.html")
    assert article.title == "账号差点又没了"
    assert article.body == ["被冻结先是发个短信人脸打勾勾"] + paras_ + [close]


# -- a blog platform's article element whose class abbreviates a comment word, its header chrome --

def test_an_article_element_named_by_an_abbreviation_is_still_the_article():
    post = ["在函数里调用的时候，this 指向的是调用它的对象；直接调用时，它指向全局对象。",
            "箭头函数没有自己的 this，它会沿用定义时外层作用域的 this，所以常用在回调函数里。"]
    page = ("<html><head><meta charset='utf-8'><title>JS中的this详解_某某的博客</title></head><body>"
            "<h1>JS中的this详解</h1><div class='article-info'><span>版权</span>"
            "<div>版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div>"
            "<div>文章标签：</div><div><a href='/t/js'>#javascript</a> <a href='/t/fe'>#前端</a></div></div>"
            "<article class='baidu_pl'><div id='article_content' class='article_content'>"
            + "".join(f"<p>{p}</p>" for p in post)
            + "<pre><code>function cat(){\n  console.log(this.name);\n}\ncat();</code></pre></div></article>"
            "<div class='comment-box'><p>路人甲：写得很清楚，谢谢分享。</p></div></body></html>").encode("utf-8")
    article = strip_boilerplate(page, "p.html")
    assert article.body[:2] == post and "cat();" in article.body
    assert not any("版权" in line or "文章标签" in line for line in article.body)


def test_a_blog_themes_notes_and_an_english_byline_around_a_post_are_dropped():
    notes = ["请注意，本文编写于 389 天前，最后修改于 7 天前，其中某些信息可能已经过时。",
             "📢 本文由 某某-flash-preview 翻譯", "Posted by 某某 • Published on December 29, 2012"]
    post = ["周末把家里的旧电脑装成了文件服务器，过程比想象中顺利，记录一下步骤。",
            "先装系统，再把几块旧硬盘挂上去，最后设置共享文件夹，家里的手机和平板都能直接访问。"]
    page = ("<html><head><meta charset='utf-8'><title>把旧电脑改成文件服务器 - 某某的博客</title></head><body>"
            "<h1>把旧电脑改成文件服务器</h1><div class='post'>" + "".join(f"<p>{p}</p>" for p in notes + post)
            + "</div><footer>© 某某的博客</footer></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "p.html").body == post
