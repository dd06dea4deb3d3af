"""Rules found on a ninth collection of real pages (a resource blog whose post is mostly a list
of links, a Blogger post beside a popular-posts widget, event notices of Taiwanese sites, a
county museum's activity page): a site's disclaimer block, a sidebar of other posts that
outweighs a short post, a footer-like line inside the notice, the field lines and link
lists of a notice or a post.  Every text here is written for these tests, in the shapes
real pages fail in."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate

from .saves import paras

TITLE = "社区图书馆暑期亲子共读活动开始报名"
LEAD = ("为了让孩子在暑假里养成阅读习惯，社区图书馆今年继续举办亲子共读活动，"
        "每周六上午由志愿者带领家长和孩子一起读绘本、做手工，欢迎附近的家庭报名参加。")
MORE = ("活动当天请提前十分钟到二楼阅览室签到，现场会准备好绘本和手工材料，"
        "家长只需陪同孩子参加即可，结束后每个家庭都可以借走两本喜欢的书。")
THIRD = ("报名时请填写孩子的年龄和家长的联系电话，每个家庭限报一个名额，名额有限，报满即止，"
         "如果临时不能参加，请提前一天告诉工作人员，把名额让给候补的家庭。")


def page(post: str, after: str = "", title: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 社区生活</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/news'>动态</a></div>"
            f"<div class='post'><h1>{title}</h1><div class='entry-content'>{post}</div>{after}</div>"
            f"<div class='footer'>版权所有 不得转载</div></body></html>").encode("utf-8")



# -- A: a post that is mostly its own list of links; the site's disclaimer block under it ----------

LINKED = ["1、<a href='/a/1'>绘本推荐 三到六岁亲子共读书单</a>",
          "2、<a href='/a/2'>桥梁书入门 适合一二年级的二十本书</a>",
          "3、<a href='/a/3'>图书馆借阅规则与办证指南</a>",
          "4、<a href='/a/4'>更多亲子阅读资源</a>"]
DISCLAIMER = ["转载请保留原文链接谢谢！",
              "本站所有资源文章出自网络收集整理，本站不参与制作，如果侵犯了您的合法权益，请联系我们及时删除。",
              "本站资源仅供研究、学习交流之用，若用于商业用途，请购买正版授权，后果由使用者自行承担。"]


def test_a_posts_own_numbered_link_list_is_kept_and_the_sites_disclaimer_dropped():
    post = (f"<p>{LEAD}</p><h3>相关书单</h3>" + paras(LINKED)
            + "<p>本文链接：<a href='/a/9'>https://example.org/a/9</a></p>")
    notes = "<div class='post-note'><ol>" + "".join(f"<li><small>{d}</small></li>" for d in DISCLAIMER) + "</ol></div>"
    article = strip_boilerplate(page(post, notes), "p.html")
    assert article.body == [LEAD, "相关书单", "1、绘本推荐 三到六岁亲子共读书单", "2、桥梁书入门 适合一二年级的二十本书",
                            "3、图书馆借阅规则与办证指南", "4、更多亲子阅读资源"]
    removed = {t for t, _ in article.removed}
    assert set(DISCLAIMER) <= removed
    assert "本文链接：https://example.org/a/9" in removed  # (the post's own address closes no list)


def test_the_disclaimer_in_traditional_script_is_dropped():
    lines = ["本站所有資源均來自網路，如果侵犯了您的合法權益，請來信告知，我們會儘快處理。",
             "本站資源僅供研究、學習交流使用，請勿用於商業用途。"]
    article = strip_boilerplate(page(paras([LEAD, MORE]), "<div class='note'>" + paras(lines) + "</div>"), "p.html")
    assert article.body == [LEAD, MORE]


def test_a_short_numbered_link_run_after_the_post_is_not_taken_for_its_list():
    # two numbered links are no list of the post's own: they stay dropped as links
    post = f"<p>{LEAD}</p>" + paras(LINKED[:2])
    assert strip_boilerplate(page(post), "p.html").body == [LEAD]


# -- B: a sidebar of other posts whose snippets outweigh a short post ------------------------------

def test_a_popular_posts_widget_after_the_post_is_dropped_however_long_its_snippets():
    # (a post of 200 characters or more above it: a shorter one is left to the region's weights)
    snippet = ("夏天的傍晚，河边的步道上总是有很多散步的人，孩子们追着蜻蜓跑，老人们坐在长椅上聊天，"
               "远处的山慢慢变成了深蓝色，路灯一盏一盏亮起来，这是小镇一天里最安静也最热闹的时候。") * 4
    widget = ("<aside class='sidebar-container'><div class='widget PopularPosts'><h3>热门文章</h3>"
              "<div class='widget-content'>"
              + "".join(f"<article class='post'><h3><a href='/p/{i}'>河边的傍晚之{i}</a></h3>"
                        f"<div class='snippet'>{snippet}</div></article>" for i in range(2))
              + "</div></div></aside>")
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<main><div class='widget Blog'><article class='post'><h3>{TITLE}</h3>"
            f"<div class='post-body'>{paras([LEAD, MORE, THIRD])}</div></article></div></main>{widget}</body></html>")
    article = strip_boilerplate(html.encode("utf-8"), "b.html")
    assert article.body == [LEAD, MORE, THIRD]


# -- C: the field lines of a notice, among its paragraphs -------------------------------------------

FIELDS = ["报名日期：2024/7/1（一）至7/20（六）", "报名对象：小学一年级至三年级学生及家长", "报名费用：免费！"]


def test_a_notices_field_lines_are_kept_up_to_the_sentence_under_them():
    site = "更多信息请至活动官网：https://example.org/read"
    post = paras([LEAD, "【活动信息】", *FIELDS, site, "*本活动由区文化馆担任指导单位"])
    article = strip_boilerplate(page(post), "n.html")
    assert article.body == [LEAD, "【活动信息】", *FIELDS, site, "*本活动由区文化馆担任指导单位"]


def test_a_footer_like_line_inside_the_notice_ends_nothing():
    # 主办单位： is a government site's footer label; inside the notice's own box, among its
    # paragraphs, it is a line of the notice and the notice goes on under it
    tabs = "<ul class='tabs'><li><a href='#a'>活动说明</a></li><li><a href='#b'>档案下载</a></li></ul>"
    box = (f"<div class='slide'>{tabs}<div class='panel'>"
           + paras([LEAD, "主办单位：区文化馆", "承办单位：社区图书馆", "一、活动对象：五至九岁儿童及家长", MORE])
           + "</div></div>")
    article = strip_boilerplate(page(box), "m.html")
    assert article.body == [LEAD, "主办单位：区文化馆", "承办单位：社区图书馆", "一、活动对象：五至九岁儿童及家长", MORE]


def test_bracketed_link_items_between_the_posts_paragraphs_are_kept():
    links = ["<a href='/s/1'>〔亲子共读全系列四堂课〕</a>", "<a href='/s/2'>〔亲子共读－7/6 小熊找朋友〕</a>"]
    post = paras([LEAD, "报名入口（7/1 上午十点开放线上报名）", *links, MORE])
    article = strip_boilerplate(page(post), "l.html")
    assert article.body == [LEAD, "报名入口（7/1 上午十点开放线上报名）", "〔亲子共读全系列四堂课〕",
                            "〔亲子共读－7/6 小熊找朋友〕", MORE]


def test_a_byline_above_the_post_stays_dropped():
    post = paras(["作者：王小明", "发布日期：2024-06-28", LEAD, "报名费用：免费！", MORE])
    article = strip_boilerplate(page(post), "b.html")
    assert article.body == [LEAD, "报名费用：免费！", MORE]


def test_a_link_field_that_names_another_story_stays_dropped():
    more = "更多新闻：<a href='/n/8'>区文化馆秋季讲座下月开讲 名额有限</a>"
    article = strip_boilerplate(page(paras([LEAD, more, MORE])), "m.html")
    assert article.body == [LEAD, MORE]


def test_a_list_of_three_bracketed_links_closing_the_post_is_kept():
    # the list's lead written straight into the post's box (no <p> of its own), the links after it
    links = [f"<p><a href='/s/{i}'>〔亲子共读－7/{i} 第{i}堂〕</a></p>" for i in (6, 13, 20)]
    post = paras([LEAD, MORE]) + "报名入口（7/1 上午十点开放线上报名）" + "".join(links)
    share = "<div class='share'><a href='#'>分享到微博</a></div>"
    article = strip_boilerplate(page(post, share), "l.html")
    assert article.body == [LEAD, MORE, "报名入口（7/1 上午十点开放线上报名）",
                            "〔亲子共读－7/6 第6堂〕", "〔亲子共读－7/13 第13堂〕", "〔亲子共读－7/20 第20堂〕"]


# -- E: a <title> that joins the headline and the deck under it --------------------------------------

def test_the_headline_is_the_first_of_two_headings_the_title_joins():
    head, deck = "社区图书馆亲子共读开始报名", "每周六上午绘本与手工一起来"
    html = (f"<html><head><meta charset='utf-8'><title>{head} {deck} | 全部 | 最新消息 | 社区生活</title></head>"
            f"<body><div class='label'>最新消息</div><h3>{head}</h3><h3>{deck}</h3>"
            f"<div class='content'>{paras([LEAD, MORE])}</div></body></html>")
    article = strip_boilerplate(html.encode("utf-8"), "t.html")
    assert article.title == head
    assert article.body == [LEAD, MORE]  # (the deck the <title> names with it is no body line)


# -- D: a photo's caption, its credit at its end -------------------------------------------------------

@pytest.mark.parametrize("captions", [
    # the photographer's or the agency's credit
    ["二楼阅览室里，家长和孩子一起读绘本。图：张小华/社区生活", "志愿者带着孩子们做手工。（圖／記者王小明攝）",
     "活动现场的绘本展示区。圖/社區圖書館提供"],
    # a file photo's label, an agency's name
    ["警區特別職務隊人員昨日搗破一個懷疑非法賭檔。（資料圖片）",
     "新加坡正面對既須依賴台灣作訓練、又要維持兩岸關係的難題。（Getty Images）", "救援人员在现场搜寻。（新华社发）"],
])
def test_a_caption_closed_by_its_photo_credit_is_dropped(captions):
    article = strip_boilerplate(page(paras([LEAD, captions[0], MORE, captions[1], THIRD, captions[2]])), "c.html")
    assert article.body == [LEAD, MORE, THIRD]
    assert {t for t, r in article.removed if r == "caption"} == set(captions)


def test_a_sentence_that_speaks_of_a_picture_is_kept():
    lines = ["报名表的填写方法见下图：", "孩子们画的图/文作品，会在八月底的成果展上展出。"]
    article = strip_boilerplate(page(paras([LEAD, *lines, MORE])), "c.html")
    assert article.body == [LEAD, *lines, MORE]


# -- a blog's sidebar in a text save: its tag cloud and recent comments ---------------------------------

def test_a_tag_cloud_and_recent_comments_in_a_text_save_are_no_article():
    cloud = "绘本 (72) 手工 (40) 亲子 (43) 阅读 (115) 图书馆 (27) 暑假 (25) 志愿者 (186) 社区活动 (30)"
    recent = ["小王发表在《社区图书馆暑期亲子共读活动开始报名》", "李阿姨发表在《秋季讲座下月开讲》"]
    text = "\n".join([TITLE, LEAD, MORE, "标签", cloud, "近期评论", *recent]) + "\n"
    article = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert article.body == [LEAD, MORE]
    reasons = dict((t, r) for t, r in article.removed)
    assert reasons[cloud] == "navigation" and {reasons[r] for r in recent} == {"comments"}


def test_a_sentence_with_numbers_in_brackets_is_kept():
    line = "今年报名的家庭来自五个小区（12）、（15）号楼的最多，其次是（3）号楼。"
    text = "\n".join([TITLE, LEAD, line, MORE]) + "\n"
    assert strip_boilerplate(text.encode("utf-8"), "save.txt").body == [LEAD, line, MORE]


def test_a_notices_closing_block_of_details_written_with_bars_is_kept():
    details = ["活动日期 | 2024/07/06 (六) － 2024/08/31 (六)", "联络电话| (02) 2345-6789", "活动地点| 社区图书馆二楼阅览室"]
    box = "<div class='content'>" + paras([LEAD, MORE]) + "<p>" + "<br>".join(details) + "</p></div>"
    menu = "<div class='links'><p>首页 | 动态 | 活动 | 关于我们</p></div>"
    article = strip_boilerplate(page(box, menu), "d.html")
    assert article.body == [LEAD, MORE, *details]


def test_two_detail_lines_after_the_post_are_not_a_block_of_details():
    details = ["活动日期 | 2024/07/06 (六)", "联络电话| (02) 2345-6789"]
    box = "<div class='content'>" + paras([LEAD, MORE]) + "<p>" + "<br>".join(details) + "</p></div>"
    assert strip_boilerplate(page(box), "d.html").body == [LEAD, MORE]
