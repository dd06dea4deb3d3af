"""Kinds of lines that cost F1 on many collections of real pages at once (found by reading
every page's kept-but-not-gold and gold-but-dropped lines): reprint statements, a portal's
platform disclaimer, a share button's toast, follow-us prompts, a live page's timestamps and
reading time, a gallery's photo count, a discussion board's rules, the author's note that
closes an article, and the borders of a table drawn in characters.  Every text here is
written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

TITLE = "老街夜市明起延长营业 摊商盼带动周边消费"
BODY = [("市政府今天宣布，老街夜市从明天起每晚延长营业一个小时，周末更开放到午夜，"
         "希望吸引下班后的上班族与外地游客前来消费。"),
        ("摊商协会理事长表示，过去一年夜市人潮逐渐回流，但不少游客反映营业时间太短，"
         "这次延长营业是摊商们讨论多次后共同提出的建议。"),
        ("交通部门也将加开两条夜间公交线路，并在夜市周边增设临时停车位，"
         "方便民众前往，相关措施将试行三个月后再检讨。")]


def page(inner: str, title: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}_新闻中心</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a></div>"
            f"<h1>{title}</h1><div class='article'>{inner}</div>"
            f"<div class='footer'>关于我们 联系我们</div></body></html>").encode("utf-8")



def strip(inner: str):
    return strip_boilerplate(page(inner), "p.html")


def test_reprint_statements_are_dropped_however_they_are_worded():
    for line in ("本文为某某授权本站财经频道发布，转载请注明出处。本文仅为作者观点。",
                 "（本文由「某某日報」授權轉載）",
                 "本作品为某科普栏目原创，转载时务请注明出处。",
                 "某某网专稿，未经书面授权请勿转载。"):
        article = strip(paras(BODY) + f"<p>{line}</p>")
        assert article.body == BODY, line
        assert (line, "copyright") in article.removed


def test_a_story_sentence_about_reprints_is_kept():
    line = "记者联系了转载这篇文章的几家网站，对方都表示转载时已注明出处，并称愿意与原作者联系商谈稿费。"
    body = [*BODY[:2], line, BODY[2]]
    assert strip(paras(body)).body == body


def test_a_long_disclaimer_that_mentions_reprints_is_no_reprint_statement():
    # (a page's long disclaimer is the lexicon's business, not this rule's)
    line = ("特别说明：本栏目内容由多位作者提供，版权归原作者所有，转载请联系原作者并获得许可；"
            "栏目中的观点只代表作者个人的看法，读者应当自行判断，本栏目对内容的准确性不作任何保证，"
            "若有疑问，欢迎来信与编辑部讨论。")
    assert len(line) > 80
    assert line in strip(paras(BODY) + f"<p>{line}</p>").body


def test_a_portals_platform_disclaimer_is_dropped():
    for line in ("免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。",
                 "免責聲明：本內容來自騰訊平台創作者，不代表騰訊新聞或騰訊網的觀點和立場。"):
        assert strip(paras(BODY) + f"<p>{line}</p>").body == BODY, line


def test_a_share_buttons_toast_is_dropped():
    for toast in ("已將目前網頁的網址複製到您的剪貼簿！", "鏈結已複制至剪貼薄，微信即將打開", "链接已复制"):
        assert strip(f"<p>{toast}</p>" + paras(BODY)).body == BODY, toast


def test_follow_us_prompts_are_dropped():
    prompts = ["◆ 追蹤更多某某影音及圖文新聞：", "1.用Plurk追蹤某某圖文新聞：追蹤", "关注某某网"]
    article = strip(paras(BODY) + paras(prompts))
    assert article.body == BODY
    assert all((p, "share") in article.removed for p in prompts)


def test_subheadings_that_start_with_follow_are_kept():
    body = [BODY[0], "关注夜间出行安全", BODY[1], "关注网络订餐新趋势", BODY[2], "订阅新闻的人越来越少"]
    assert strip(paras(body)).body == body


def test_a_live_pages_timestamps_reading_time_and_photo_count_are_dropped():
    widgets = ["建立時間16:41", "更新时间 17:24", "11 分鐘", "阅读时间：5分钟", "+4"]
    article = strip(f"<p>{widgets[0]}</p><p>{widgets[1]}</p><p>{widgets[2]}</p><p>{widgets[3]}</p>"
                    + paras(BODY[:2]) + f"<div><img src='a.jpg'><span>{widgets[4]}</span></div>" + paras(BODY[2:]))
    assert article.body == BODY
    assert {t for t, _ in article.removed} >= set(widgets)


def test_an_events_times_are_kept():
    times = ["开放时间 10:00", "闭幕时间 21:00"]
    body = [BODY[0], *times, *BODY[1:]]
    assert strip(paras(body)).body == body


def test_a_notes_number_alone_on_a_line_is_kept():
    # [1] under a reference list is the note's number, no count of anything
    notes = ["参考文献", "[1]", "某某. 城市夜间经济研究[J]. 经济地理, 2020, 3(2): 1-9.",
             "[2]", "某某. 夜市管理与城市治理[D]. 某某大学, 2019."]
    article = strip(paras(BODY + notes))
    assert "[1]" in article.body and "[2]" in article.body


def test_a_discussion_board_and_its_rules_end_the_article():
    board = ["討論區", "討論規範",
             "留言限140字以內，與報導內容無關、涉及人身攻擊或張貼廣告者，一律刪除。",
             "請勿留下個人隱私資料，以免遭人盜用，本報將不負管理之責。",
             "網友應謹慎發言，遵守法律相關規定，違者自負法律責任。"]
    article = strip(paras(BODY) + "".join(f"<div>{b}</div>" for b in board))
    assert article.body == BODY


def test_the_authors_note_that_closes_an_article_is_dropped():
    for note in ("※作者為某某報總主筆", "作者为《某某经济》主笔，曾任某杂志社记者、资深记者、主任记者。",
                 "作者曾任职于多家知名企业，现为某研究团队创建人。",
                 "作者简介：某某，理性天蝎女，专治拎不清和玻璃心，著有《某某之书》，当当热卖中。"):
        article = strip(paras(BODY) + f"<p>{note}</p>")
        assert article.body == BODY, note
        assert (note, "notice") in article.removed


def test_a_sentence_about_the_author_inside_the_article_is_kept():
    # not at the end, and 作者为了… is a sentence about what the author did
    body = [BODY[0], "作者为《某某经济》主笔，他在夜市走访了一个月，记下了摊商们的心声。", *BODY[1:],
            "作者为了写这本书，在夜市摆摊整整一年。"]
    assert strip(paras(body)).body == body


def test_the_borders_of_a_table_drawn_in_characters_are_kept():
    # (an HTML paragraph collapses the runs of spaces that align the columns)
    table = ["+----+------+--------+", "| id | 摊位 | 营业额 |", "+----+------+--------+",
             "| 1 | 小吃 | 3200 |", "| 2 | 饮料 | 1800 |", "+----+------+--------+"]
    inner = paras(BODY[:2]) + "<p>" + "<br>".join(table) + "</p>" + paras(BODY[2:])
    article = strip(inner)
    assert article.body == [*BODY[:2], *table, BODY[2]]


def test_a_rule_of_symbols_between_paragraphs_is_still_dropped():
    article = strip(paras(BODY[:2]) + "<p>+----------+</p>" + paras(BODY[2:]))
    assert article.body == BODY


ENTRY = "青石镇"
ENTRY_BODY = [("青石镇是一座位于山区河谷中的小镇，因镇外河床遍布青色石块而得名，"
               "镇上保留着数十座清代民居，是当地有名的旅游去处。"),
              ("小镇的经济过去以采石和种植茶叶为主，近年来发展乡村旅游，"
               "每年春季的采茶节都吸引大批游客前来体验。")]


def entry(inner: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{ENTRY}_某某百科</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/cat'>分类</a></div>"
            f"<h1>{ENTRY}</h1>{inner}<div class='footer'>关于百科 使用协议</div></body></html>").encode("utf-8")


def test_an_encyclopedia_entrys_box_of_facts_and_contents_are_dropped():
    facts = ("<div class='basicInfo_x1 J-basic-info'><dl class='basicInfoBlock left'>"
             "<dt class='basicInfoItem itemName'>中文名</dt><dd class='basicInfoItem itemValue'>青石镇</dd>"
             "<dt class='basicInfoItem itemName'>所属地区</dt><dd class='basicInfoItem itemValue'>某某县</dd>"
             "<dt class='basicInfoItem itemName'>面 积</dt><dd class='basicInfoItem itemValue'>86平方公里</dd>"
             "</dl></div>")
    catalog = ("<div class='lemma-catalog'><h2>目录</h2><ol><li><span>1</span><span>历史沿革</span></li>"
               "<li><span>2</span><span>经济发展</span></li></ol></div>")
    inner = f"<div class='lemma-summary'><p>{ENTRY_BODY[0]}</p></div>{facts}{catalog}<div class='para'>{ENTRY_BODY[1]}</div>"
    article = strip_boilerplate(entry(inner), "e.html")
    assert article.body == ENTRY_BODY
    removed = dict(article.removed)
    assert removed.get("中文名") == "sidebar" and removed.get("目录") == "navigation"


def test_an_article_container_named_basic_content_is_no_box_of_facts():
    inner = "<div class='basic-content'>" + "".join(f"<p>{p}</p>" for p in ENTRY_BODY) + "</div>"
    assert strip_boilerplate(entry(inner), "e.html").body == ENTRY_BODY


def test_an_end_mark_alone_on_a_line_ends_the_article():
    # what follows （完） is the page's own: the list of the links the article cited, a prompt
    tail = ["[1] 开源: https://example.com/weekly", "[2] 投稿: https://example.com/weekly/issues", "继续滑动看下一个"]
    for mark in ("（完）", "【完】", "(完)"):
        article = strip(paras(BODY) + f"<p>{mark}</p>" + paras(tail))
        assert article.body == BODY, mark


def test_a_paragraph_ending_with_the_end_mark_is_kept():
    body = [*BODY[:2], BODY[2] + "（完）"]
    assert strip(paras(body)).body == body


def test_a_suicide_prevention_notice_in_its_own_words_is_dropped():
    for notice in ("自殺不能解決問題，勇敢求救並非弱者，生命一定可以找到出路。",
                   "自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。"):
        assert strip(paras(BODY) + f"<p>{notice}</p>").body == BODY, notice


def test_a_story_about_suicide_prevention_is_kept():
    line = "專家指出，社區關懷據點今年接獲的求助電話增加兩成，顯示民眾越來越願意主動求助。"
    body = [*BODY, line]
    assert strip(paras(body)).body == body


def test_a_pictures_labels_on_a_bbc_page_are_dropped():
    figure = ("<figure><img src='a.jpg'><p>圖像來源，某某通訊社</p>"
              "<figcaption><p>圖像加註文字，</p><p>夜市的攤位在晚間亮起燈。</p></figcaption></figure>")
    article = strip(paras(BODY[:1]) + figure + paras(BODY[1:]))
    removed = {t for t, _ in article.removed}
    assert {"圖像來源，某某通訊社", "圖像加註文字，"} <= removed
    assert [p for p in article.body if p in BODY] == BODY


def test_a_numbered_menu_of_reply_keywords_is_dropped():
    # a line-opening phrase (回复【…】) still opens the line after a list item's number
    menu = ["1、回复【公交】查看最新线路", "2、回复【夜市】查看营业时间", "3. 回复【停车】查询停车位"]
    article = strip(paras(BODY) + paras(menu))
    assert article.body == BODY


def test_a_numbered_list_in_the_story_is_kept():
    items = ["1、延长营业时间到每晚十一点", "2、周末开放到午夜", "3、增设两条夜间公交线路"]
    body = [BODY[0], *items, *BODY[1:]]
    assert strip(paras(body)).body == body


def test_bare_share_buttons_a_bare_view_count_label_and_a_read_more_link_are_dropped():
    widgets = ["分享", "收藏", "微信分享", "觀看人次:", "阅读剩余全文（）"]
    article = strip("".join(f"<div>{w}</div>" for w in widgets[:3]) + paras(BODY) + f"<p>{widgets[3]}</p><p>{widgets[4]}</p>")
    assert article.body == BODY
    assert {t for t, _ in article.removed} >= set(widgets)


def test_a_sentence_about_sharing_is_kept():
    line = "不少游客在社交平台分享夜市美食，收藏最多的是一家卖了三十年的蚵仔煎。"
    body = [*BODY[:2], line, BODY[2]]
    assert strip(paras(body)).body == body


def test_a_platforms_region_line_follow_button_and_takedown_notice_are_dropped():
    # a security portal's article as a markdown dump: the writer's region under the byline, a
    # follow button, the reprint/takedown notice at the end; in both scripts
    for region, follow, notice, body in (
            ("所属地 上海", "关注", "如需授权、对文章有疑问或需删除稿件，请联系 某某网", BODY),
            ("所屬地 台北", "+ 關注", "如需授權、對文章有疑問或需刪除稿件，請聯繫 某某網", ["這是新聞正文的第一段，講述了事情的起因和經過，句子裡有逗號，也有句號。",
                                                                         "這是新聞正文的第二段，補充了更多細節，也引用了當事人的說法，讀來更完整。"])):
        text = "\n\n".join(["# 河畔新城发布城市更新计划", "某某作者", region, follow, "2025-01-02 10:00", *body, notice]) + "\n"
        article = strip_boilerplate(text.encode("utf-8"), "save.md")
        assert article.body == body, article.body


def test_the_wechat_platforms_name_as_a_heading_is_dropped():
    # a reader service's dump of a WeChat article: the page's <title> (the platform's name) as
    # the first heading, then the article's own headline
    for name in ("Weixin Official Accounts Platform", "微信公众平台"):
        text = ("Title: " + TITLE + "\n\nURL Source: https://mp.example.com/s/abc\n\nMarkdown Content:\n"
                + "\n\n".join([name + "\n===============", "![Image 1: cover_image](https://img.example.com/c.jpg)",
                                 TITLE + "\n==========", "Original 某某 [某某](javascript:void\\(0\\);)", *BODY]) + "\n")
        article = strip_boilerplate(text.encode("utf-8"), "save.md")
        assert article.title == TITLE and article.body == BODY
        assert (name, "navigation") in article.removed  # the site's name, wherever the region starts


def test_a_blogs_statistics_lines_are_counters():
    # a blog platform's sidebar under the post: visits today, yesterday, this week, in all
    stats = ["今日访问：6 (查看最新访客»)", "昨日访问：284", "本周访问：817", "所有访问：16453", "积分: 1200", "粉丝 35"]
    page = ("<html><head><title>" + TITLE + "</title></head><body><h1>" + TITLE + "</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "".join(f"<div>{s}</div>" for s in stats) + "</body></html>")
    article = strip_boilerplate(page.encode("utf-8"), "page.html")
    assert article.body == BODY
    assert all((s, "counter") in article.removed for s in stats)


def test_a_date_row_with_the_posts_counts_is_a_byline():
    row = "编辑 | 删除发表于3天前(2013-08-31 08:24) , 已有1628次阅读 ，共3个评论，共 79 人收藏此文"
    page = ("<html><head><title>" + TITLE + "</title></head><body><h1>" + TITLE + "</h1><div>" + row + "</div>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>")
    article = strip_boilerplate(page.encode("utf-8"), "page.html")
    assert article.body == BODY
    assert (row, "meta") in article.removed


# -- a crawler's dump of the whole document: the head's scripts and style sheets written out ----

SCRIPT = ["var _hmt = _hmt || [];", "(function() {", "  var hm = document.createElement(\"script\");",
          "  hm.src = \"https://hm.example.com/hm.js?abc\";", "  var s = document.getElementsByTagName(\"script\")[0];",
          "  s.parentNode.insertBefore(hm, s);", "})();", ".article-body { font-size: 16px; color: #333; }",
          "var newsList = [", "{", "\"tag\" : \"轻松一刻\",", "\"link\" : \"https://news.example.com/19/0906/1.html\",", "},", "];"]
STORY = ["河畔市今年将新建三座公园，首座公园预计五月开放，市民可以免费入园游玩，市政府表示会继续增加绿地。",
         "新公园的设计由本地大学的师生完成，园内保留了原有的树木和小溪，还修建了一条环湖步道和两个儿童游乐场。",
         "市园林局负责人说，另外两座公园将在明年陆续开工，届时全市的人均绿地面积将比五年前增加三成左右。"]


def test_a_whole_document_dumps_scripts_are_no_article():
    # the doctype's word, the <title>, the head's script and style sheet, the menu, the headline,
    # the date, the story, then another script and its data: the story is the article
    dump = "\n".join(["html", "河畔市今年将新建三座公园_河畔新闻", *SCRIPT, "首页", "新闻", "体育", "财经",
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, *SCRIPT, "关于我们", ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.title == "河畔市今年将新建三座公园"
    assert article.body[:3] == STORY and not any(line in article.body for line in SCRIPT)


def test_a_posts_code_listing_in_a_save_without_the_head_is_kept():
    # a blog's menu, the post's headline and date, one line of prose, then its code listing (a
    # save of the page's body only: no scripts above the menu), then a closing line
    code = ["var cheerio = require('cheerio')", "var url = 'http://www.example.org/learn/348'",
            "function filterChapters(html) {", "  var $ = cheerio.load(html)", "  var chapters = $('.chapter')",
            "  return chapters.map(function (i, el) { return $(el).text() })", "}"]
    save = "\n".join(["某某的小站", "首页", "归档", "关于", "用 node.js 写一个小爬虫", "发表于 2016-03-07 | 分类于 前端",
                      "参考某某课程，爬取本课程的章节目录，代码如下：", *code,
                      "运行以后就能在终端里看到每一章的标题，下一篇再讲怎样把结果保存到文件里。", ""])
    article = strip_boilerplate(save.encode("utf-8"), "save.txt")
    assert "function filterChapters(html) {" in article.body


def test_a_dumps_style_selectors_structured_data_and_assignments_are_no_article():
    # the head's style sheet written one selector a line, its structured data (JSON-LD, with
    # the story's summary in a string) and an assignment of the summary to a script's variable
    head = ["#tabs155.tab_red ul.tabs_container li.tab.tab_over,", ".video-js .vjs-subtitles-button .vjs-icon,",
            "{", "color: #333;", "}", "[{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}]",
            "\"@context\": \"https://schema.org\",",
            "\"description\": \"河畔市今年将新建三座公园，首座公园预计五月开放，市民可以免费入园游玩。\",",
            "docabs='河畔市今年将新建三座公园，首座公园预计五月开放，市民可以免费入园游玩，市政府表示会继续增加绿地。'",
            "<![CDATA[", "]]>"]
    dump = "\n".join(["河畔市今年将新建三座公园_河畔新闻", *head, *SCRIPT, "首页", "新闻", "体育", "财经",
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, *head, "关于我们", ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.body[:3] == STORY and not any(line in article.body for line in head)


def test_a_dumps_script_comments_and_statements_are_no_article_under_a_menu_shaped_title():
    # the doctype's word, a <title> shaped like a menu (headline | paper), a script's licence
    # comment in sentences, statements with operators and no code marks, then the page
    head = ["/*", "Drop Down Content - © Some Scripts (www.example.com)",
            "This notice must stay intact for legal use.", "Visit http://www.example.com/ for full source code", "*/",
            "l = window.innerWidth || document.documentElement.clientWidth", "if (location.protocol != 'https:')",
            "total += count"]
    dump = "\n".join(["html", "河畔市今年将新建三座公园 | 河畔日報", *head, "首页", "新闻", "体育", "财经",
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, *head, "关于我们", ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.body[:3] == STORY and not any(line in article.body for line in head)


def test_a_dump_opening_with_the_doctypes_word_has_its_scripts_read_as_scripts():
    # the doctype's word and the <title>, the menu at once (no script in the head), the story,
    # then the page's scripts and data at its foot, longer than the story
    foot = [*SCRIPT, *SCRIPT]
    dump = "\n".join(["html", "河畔市今年将新建三座公园_河畔新闻", "首页", "新闻", "体育", "财经",
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, "关于我们", *foot, ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.body[:3] == STORY and not any(line in article.body for line in SCRIPT)


def test_a_dumps_json_data_with_long_strings_is_no_article():
    # the page's settings as JSON at its foot: members closing an object (no comma after them),
    # long strings of ids, objects and arrays on one line, keys in single quotes with dots in them
    ids = ",".join(f"s{n}" for n in range(100, 190))
    data = ["{", "\"ajaxTrustedUrl\": {", "\"\\/news\\/park-2977571?ajax_form=1\": true", "},",
            "\"selectors\": [", "\"#edit-field-upload-image-0--description\",", "\"#edit-title-0-value--description\"", "],",
            "\"item\": { \"@id\": \"https://news.example.com/\", \"name\": \"河畔新闻\" }",
            "'tip.state.unsubscribed': '訂閱推播',", "'message.action.subscribed': \"感謝您的訂閱！\",",
            "'/growth_api/v1/publish_benefit_history',", "'/growth_api/v1/check_in',",
            f"\"meid_seg\": \"{ids}\",", f"\"segments\": \"{ids}\"", "}"]
    dump = "\n".join(["html", "河畔市今年将新建三座公园_河畔新闻", "首页", "新闻", "体育", "财经",
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, "关于我们", *data, ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.title == "河畔市今年将新建三座公园"
    assert article.body[:3] == STORY and not any(line in article.body for line in data)


def test_a_dumps_selectors_one_line_rules_chained_calls_and_commented_code_are_no_article():
    # a style sheet's selectors over a lone brace, whole rules on one line, a chained call's
    # continuation line, and statements closed by a comment in Chinese
    head = ["#share-tool span span, #bar a span", "{", "margin: 0px !important;", "}",
            "#about-box {position: fixed; left: 50%; width: auto; text-align: center}",
            ".math-hover span {background-color: #CCC!important}",
            "googletag.defineSlot('/1234/news', [300, 250], 'ad-1')", ".setTargeting(\"keyword\", [keyword])",
            "var reg = new RegExp(\"(^|&)\" + name + \"=([^&]*)(&|$)\"); //构造一个含有目标参数的正则表达式对象",
            "var articleDesc = \"河畔市今年将新建三座公园，首座公园预计五月开放。\";",
            "Event = SiteNavigator.core.Event.Base,"]
    dump = "\n".join(["html", "河畔市今年将新建三座公园_河畔新闻", *head, "首页", "新闻", "体育", "财经", *head,
                      "河畔市今年将新建三座公园", "2023-03-01 10:00", *STORY, *head, "关于我们", ""])
    article = strip_boilerplate(dump.encode("utf-8"), "dump.txt")
    assert article.title == "河畔市今年将新建三座公园"
    assert article.body[:3] == STORY and not any(line in article.body for line in head)


def test_a_minified_style_sheet_on_one_line_is_no_prose():
    # a save of the page's body (no head, no scripts above the menu) with the style sheet of a
    # widget written out on one line under the footer: colons and braces, few semicolons, far
    # longer than the story
    css = "".join(f".rt-window .rt-part{n}{{background:url(//img.example.com/default/7919a7ba/20160621/part{n}.png) 0 0 "
                  f"no-repeat;font-family:\"Microsoft YaHei\",\"微软雅黑\",\"SimHei\"}}" for n in range(12))
    save = "\n".join(["首页", "新闻", "体育", "财经", "河畔市今年将新建三座公园", "2023-03-01 10:00",
                      *STORY, "关于我们", "联系我们", css, ""])
    article = strip_boilerplate(save.encode("utf-8"), "save.txt")
    assert article.title == "河畔市今年将新建三座公园"
    assert article.body == STORY


def test_a_sentence_announcing_a_table_with_a_label_word_at_its_end_is_kept():
    # a post's sentence closing with 运行时间： over a table of timings, and a sentence with a
    # date in a bracketed remark: neither is a date or field line
    lines = ["我们把循环的步长从一逐步加大到一千零二十四，下图为该循环在不同步长下的运行时间：",
             "以上统统只用一千零八十日元（活动截止2018.3.19 北京时间9:59）"]
    article = strip_boilerplate(page(paras([BODY[0], *lines, BODY[1], BODY[2]])), "p.html")
    for line in lines:
        assert line in article.body


def test_fields_with_their_labels_and_a_bracketed_timestamp_stay_metadata():
    # the same words as fields: a label opening its line, a bracketed date alone, a row of
    # fields run together whose last label ends the line
    lines = ["活动时间：", "编辑 | 删除发表于3天前(2013-08-31 08:24) , 已有1628次阅读 ，共3个评论",
             "我要评论(0)相关专题: 某某特约春晚订阅相关阅读:"]
    article = strip_boilerplate(page(paras([BODY[0], *lines, BODY[1], BODY[2]])), "p.html")
    for line in lines:
        assert line not in article.body


def test_a_wechat_accounts_pointers_to_its_booking_link_and_earlier_posts_are_dropped():
    tail = ["预订点击文末【阅读原文】", "查看往期精彩内容", "点击文字链接，即可查看详情"]
    article = strip(paras(BODY + tail))
    assert article.body == BODY


def test_a_clause_comparing_sizes_with_greater_than_signs_is_no_breadcrumb():
    clause = "所以通常情况下（对于某个字及它所属的行）： line-box的高度 >= content-area的高度 > em-square的高度"
    article = strip(paras([BODY[0], clause, BODY[1]]))
    assert article.body == [BODY[0], clause, BODY[1]]
    trail = strip("<div>当前位置：首页 > 新闻中心 > 正文</div>" + paras(BODY))
    assert trail.body == BODY


def test_bar_labelled_captions_a_named_authors_closing_note_and_a_comment_boxs_notice_are_dropped():
    lines = ["图 | 2019年，林林在云南", "打印 发E-mail给：", "以下评论只代表网友个人观点，不代表某某网观点。"]
    article = strip(paras([BODY[0], lines[0]] + BODY[1:] + ["作者某某某：独立记者，摄影师，写手，跨域工作者。"] + lines[1:]))
    assert article.body == BODY
