"""Rules found on a tenth and an eleventh collection of real pages (WeChat reposts, static-site
blog posts that are mostly code, a blog post whose section headings are paper titles): a
repost's card and the reposter's note above it, a credits block, a photo's credit alone in
brackets, a closing promotion of the author's paid group, a heading's anchor id, a code
listing's line-number gutter, and a post's opening above its first long paragraph.  Every text
here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras, strip_save

TITLE = "周末去郊外爬山的一点记录"
PARAS = ["上周六天气很好，我和两个朋友一早出发，坐了一个小时的公交车，到了城郊那座不太高的山脚下。",
         "山路比想象中好走，沿途有不少石阶和休息的亭子，我们走走停停，一边聊天一边拍照，两个小时就到了山顶。",
         "山顶的风很大，能看到整座城市和远处的河流，我们在那里吃了带来的饭团，休息了半个小时才慢慢下山。",
         "下山的时候腿有点发软，不过大家都觉得很值得，约好下个月天气凉快一些再去另一座山看看。"]
PARAS_TW = ["上週六天氣很好，我和兩個朋友一早出發，坐了一個小時的公車，到了城郊那座不太高的山腳下。",
            "山路比想像中好走，沿途有不少石階和休息的亭子，我們走走停停，一邊聊天一邊拍照，兩個小時就到了山頂。",
            "山頂的風很大，能看到整座城市和遠處的河流，我們在那裡吃了帶來的飯糰，休息了半個小時才慢慢下山。"]


def wechat(content: str, above: str = "", title: str = TITLE) -> bytes:
    """A WeChat article as a crawler saves it: the account, what sits above the article (a
    repost's note and card), the article hidden until a script shows it."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='rich_media_area_primary'><h1 class='rich_media_title'>{title}</h1>"
            f"<div class='rich_media_meta_list'><a id='js_name' href='#'>某某生活号</a></div>{above}"
            f"<div class='rich_media_content' id='js_content' style='visibility: hidden;'>{content}</div></div>"
            f"<div class='footer'>继续滑动看下一个</div></body></html>").encode("utf-8")



def removed(article) -> set[str]:
    return {t for t, _ in article.removed}


# -- a repost: the reposting account's note and the card of the account it comes from ----------

NOTE = ["编者荐语：", "大家好，最近一直想写写爬山的事，正好看到朋友的这篇记录写得不错，转过来分享给大家。"]
CARD = "以下文章来源于山野小记 ，作者阿林"


def test_a_reposts_card_and_the_reposters_note_above_it_are_dropped():
    above = (f"<div class='original_area_primary'>{paras(NOTE)}</div>"
             f"<div class='original_area_primary'><p><span>以下文章来源于山野小记</span><span> ，作者阿林</span></p>"
             f"<a href='#'><strong>山野小记</strong><p>记录每一次出门走走</p></a></div>")
    article = strip_boilerplate(wechat(paras(PARAS), above), "wx.html")
    assert article.title == TITLE
    assert article.body == PARAS
    assert set(NOTE) | {CARD} <= removed(article)


def test_a_reposts_card_in_a_text_save_and_in_traditional_script():
    save = "\n".join([TITLE, "某某生活號", "編者薦語：", "最近一直想寫寫爬山的事，轉過來分享給大家。",
                      "以下文章來源於山野小記 ，作者阿林", "山野小記", ""])
    article = strip_save(save, PARAS_TW)
    assert article.body == PARAS_TW
    assert "以下文章來源於山野小記 ，作者阿林" in removed(article)
    assert "最近一直想寫寫爬山的事，轉過來分享給大家。" in removed(article)


def test_a_note_without_a_card_stays():
    # (an editor's note with no repost card under it is the article's own opening)
    content = paras(["编者荐语：", PARAS[0]] + PARAS[1:])
    assert strip_boilerplate(wechat(content), "wx.html").body == ["编者荐语："] + PARAS


# -- a credits block, a photo's credit alone in brackets --------------------------------------

CREDITS = ["文｜阿林", "编辑｜小周", "来源｜山野小记（ID：shanye-notes）", "封面来源｜《山间的风》"]


def test_a_credits_block_of_several_roles_is_dropped():
    article = strip_boilerplate(wechat(paras(CREDITS + PARAS)), "wx.html")
    assert article.body == PARAS
    assert set(CREDITS) <= removed(article)


def test_a_credits_block_in_a_text_save_in_traditional_script():
    credits = ["文｜阿林", "攝影｜小周", "出品｜山野小記"]
    article = strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + credits)
    assert article.body == PARAS_TW
    assert set(credits) <= removed(article)


def test_a_single_credit_line_stays():
    article = strip_boilerplate(wechat(paras(PARAS + ["文｜阿林"])), "wx.html")
    assert article.body == PARAS + ["文｜阿林"]


def test_a_photos_credit_alone_in_brackets_is_dropped_in_both_scripts():
    content = paras([PARAS[0], "（图/网友拍摄）", PARAS[1], "（圖／山野小記攝）", PARAS[2], PARAS[3]])
    article = strip_boilerplate(wechat(content), "wx.html")
    assert article.body == PARAS
    assert {"（图/网友拍摄）", "（圖／山野小記攝）"} <= removed(article)
    save = strip_save(f"{TITLE}\n2024-05-02 08:00\n", [PARAS_TW[0], "（圖／山野小記攝）"] + PARAS_TW[1:])
    assert save.body == PARAS_TW


# -- a closing promotion of the author's paid group ----------------------------------------------

PROMOTION = ["最后推荐一下我的知识星球，里面有整理好的登山路线和装备清单，还有很多同好的经验分享，欢迎加入一起交流。",
             "👇添加微信好友报名👇"]


def test_a_closing_promotion_of_the_authors_paid_group_is_dropped():
    article = strip_boilerplate(wechat(paras(PARAS + PROMOTION)), "wx.html")
    assert article.body == PARAS
    assert set(PROMOTION) <= removed(article)


def test_the_promotion_in_traditional_script_in_a_text_save():
    promotion = ["最後推薦一下我的知識星球，裡面有整理好的登山路線和裝備清單，歡迎加入一起交流。"]
    article = strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + promotion)
    assert article.body == PARAS_TW


# -- blog posts: a heading's anchor id, a code listing's line numbers, the post's opening ---------

def blog(post: str, title: str = "用 Python 写一个网页小爬虫") -> bytes:
    """A static-site blog post: the header with the headline and a meta line, then the post body."""
    return (f"<html><head><meta charset='utf-8'><title>{title} | 某某的小站</title></head><body>"
            f"<div class='site-nav'><a href='/'>首页</a> <a href='/archives'>归档</a> <a href='/tags'>标签</a>"
            f" <a href='/about'>关于</a> <a href='/search'>搜索</a></div>"
            f"<article class='post'><div class='post-header'><h1 class='post-title'>{title}</h1>"
            f"<div class='post-meta'>发表于 2019-03-07 | 分类于 <a href='/c'>后端</a></div></div>"
            f"<div class='post-body'>{post}</div>"
            f"<div class='post-footer'><a href='/p'>上一篇</a> <a href='/n'>下一篇</a></div></article>"
            f"<div class='footer'>© 2019 某某的小站</div></body></html>").encode("utf-8")


def listing(lines, numbered: bool = True) -> str:
    """A highlighted code listing: the line-number gutter beside the code, as static-site themes draw it."""
    code = "<br>".join(f"<span class='line'>{c}</span>" for c in lines)
    gutter = "<br>".join(f"<span class='line'>{n}</span>" for n in range(1, len(lines) + 1))
    cells = (f"<td class='gutter'><pre>{gutter}</pre></td>" if numbered else "") + f"<td class='code'><pre>{code}</pre></td>"
    return f"<figure class='highlight python'><table><tr>{cells}</tr></table></figure>"


CODE = ["import requests", "from lxml import html", "", "def fetch(url):", "    page = requests.get(url, timeout=10)",
        "    page.raise_for_status()", "    return html.fromstring(page.text)", "", "def titles(tree):",
        "    for node in tree.xpath('//h2/a'):", "        yield node.text_content().strip()", "",
        "if __name__ == '__main__':", "    for t in titles(fetch('https://example.org/')):", "        print(t)"]
EXPLAIN = ["这段代码先用 requests 取回网页，再交给 lxml 解析成一棵树，最后用一条 XPath 表达式找出所有二级标题里的链接文字，逐条打印出来。",
           "实际使用的时候最好加上请求头和重试，遇到对方限制访问频率的网站，还要在两次请求之间停顿一会儿，免得给对方的服务器添麻烦。"]


def test_a_code_listings_line_numbers_are_dropped_and_its_code_kept():
    post = paras(["下面是完整的代码，复制下来就能运行。"]) + listing(CODE) + paras(EXPLAIN)
    article = strip_boilerplate(blog(post), "post.html")
    assert [str(n) for n in range(1, len(CODE) + 1) if str(n) in article.body] == []
    assert "def fetch(url):" in article.body and "print(t)" in article.body
    assert article.body[-2:] == EXPLAIN


def test_the_posts_opening_lines_and_first_listing_above_its_prose_are_kept():
    opening = ["用 requests 和 lxml 写的小爬虫", "抓取某个页面上的文章标题", "安装依赖"]
    post = (paras(opening) + listing(["pip install requests lxml"]) + paras(["代码"]) + listing(CODE)
            + paras(EXPLAIN))
    article = strip_boilerplate(blog(post), "post.html")
    assert article.body[:5] == opening + ["pip install requests lxml", "代码"]
    assert "1" not in article.body  # (the one-line listing's number too)
    assert article.body[-2:] == EXPLAIN


SECTIONS = ["推荐系统的召回阶段要从海量的内容里先挑出几百个候选，再交给后面的排序模型细细打分，所以召回既要快，又不能漏掉用户真正感兴趣的东西。"
            "早期的做法多是统计物品之间的共现关系，后来才慢慢换成了深度模型。",
            "这一类方法把用户和物品都表示成向量，用内积的大小衡量两者的相关程度，上线时借助近邻检索在毫秒之内找出最相近的候选。"]


def test_a_section_heading_opening_the_post_is_kept():
    post = f"<h2>一、简介</h2><p>{SECTIONS[0]}</p><h2>二、向量召回</h2><p>{SECTIONS[1]}</p>"
    article = strip_boilerplate(blog(post, "深度召回算法小结"), "post.html")
    assert article.title == "深度召回算法小结"
    assert article.body == ["一、简介", SECTIONS[0], "二、向量召回", SECTIONS[1]]


def test_a_headings_anchor_id_is_no_hint_of_the_region():
    # the id a markdown renderer makes of an English heading holds words of the class hints
    heading = "1. Deep models for related item recommendations (2019)"
    post = (f"<p>{SECTIONS[0]}</p><h3 id='1-deep-models-for-related-item-recommendations-2019'>{heading}</h3>"
            f"<p>{SECTIONS[1]}</p>")
    article = strip_boilerplate(blog(post, "深度召回算法小结"), "post.html")
    assert article.body == [SECTIONS[0], heading, SECTIONS[1]]


def test_a_field_whose_value_is_a_linked_name_is_kept_among_the_posts_paragraphs():
    post = (f"<p>{EXPLAIN[0]}</p><p>例子：<a href='https://example.org'>某某电影网</a></p>"
            f"<p>{EXPLAIN[1]}</p><p>例如：<a href='https://example.tw'>某某書店</a></p><p>{SECTIONS[1]}</p>")
    article = strip_boilerplate(blog(post), "post.html")
    assert article.body == [EXPLAIN[0], "例子：某某电影网", EXPLAIN[1], "例如：某某書店", SECTIONS[1]]


def test_a_field_linking_another_story_stays_dropped():
    other = "<a href='/n/2'>城郊山路周末起实行单向通行 游客请提前规划路线</a>"
    post = f"<p>{EXPLAIN[0]}</p><p>更多新闻：{other}</p><p>{EXPLAIN[1]}</p>"
    article = strip_boilerplate(blog(post), "post.html")
    assert article.body == EXPLAIN


def test_a_closing_appeal_to_tip_or_subscribe_is_dropped_in_both_scripts():
    appeals = ["扫码订阅我的公众号", "如果文章对您有用请随意打赏，谢谢支持！", "如果文章對您有用請隨意打賞，謝謝支持！"]
    post = paras(EXPLAIN + appeals)
    article = strip_boilerplate(blog(post), "post.html")
    assert article.body == EXPLAIN
    assert set(appeals) <= removed(article)


# -- the lists of sources closing an article -----------------------------------------------------

SOURCES = ["图片来源：", "1-3，5. 活动现场拍摄", "4. 某某户外论坛", "参考资料：",
           "1.《城郊步道今年将新增三条线路》，某某晚报", "2. 《登山前要做哪些准备》，某某健康"]


def test_the_lists_of_sources_closing_an_article_are_dropped():
    article = strip_boilerplate(wechat(paras(PARAS + SOURCES)), "wx.html")
    assert article.body == PARAS
    assert set(SOURCES) <= removed(article)


def test_a_list_of_sources_in_a_text_save_in_traditional_script():
    sources = ["參考資料：", "1.《城郊步道今年將新增三條路線》，某某晚報", "2.《登山前要做哪些準備》，某某健康"]
    article = strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + sources)
    assert article.body == PARAS_TW


def test_a_bibliography_without_title_marks_stays():
    works = ["参考资料：", "[1] 张某某. 城市近郊步道的规划与管理[J]. 某某学报, 2018", "[2] 李某某. 登山运动概论. 某某出版社, 2015"]
    article = strip_boilerplate(wechat(paras(PARAS + works)), "wx.html")
    assert article.body == PARAS + works


# -- a post written in lines that trail off with an ellipsis ---------------------------------------

DIARY = ["這個星期過得很忙, 每天都要加班到很晚,", "星期六終於可以好好休息一下了",
         "早上一個人去了家附近的公園跑步...", "中午和爸爸媽媽一起去酒樓飲茶...", "下午在家看了一部很久以前的電影,",
         "看完以後想了很多, 覺得自己應該多陪陪家人", "明天又要上班了, 希望下星期可以輕鬆一點"]


def test_lines_trailing_off_amid_a_posts_unlinked_lines_are_kept():
    post = "<br>".join(DIARY)
    page = (f"<html><head><meta charset='utf-8'><title>忙碌的一星期</title></head><body>"
            f"<div class='nav'><a href='/'>首頁</a> <a href='/blog'>網誌</a></div>"
            f"<h2>忙碌的一星期</h2><div class='entry'>{post}</div>"
            f"<div class='footer'>版權所有</div></body></html>").encode("utf-8")
    assert strip_boilerplate(page, "diary.html").body == DIARY


def test_linked_teasers_cut_short_stay_dropped():
    teasers = [f"<a href='/n/{n}'>{t}</a>" for n, t in enumerate(
        ["城郊步道下月起實行單向通行，遊客請提前規劃...", "山頂觀景台整修完成，週末重新開放給市民..."])]
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><div class='entry'>{'<br>'.join([PARAS_TW[0], *teasers, PARAS_TW[1]])}</div>"
            f"</body></html>").encode("utf-8")
    assert strip_boilerplate(page, "p.html").body == PARAS_TW[:2]


# -- a pointer to the page's bottom, a closing question to the readers -----------------------------

def test_a_bracketed_pointer_to_the_pages_bottom_is_dropped_in_both_scripts():
    pointers = ["（想参加下一次的登山活动？请留意文末信息）", "（想報名下次的活動？請留意底部資訊）"]
    article = strip_boilerplate(wechat(paras([pointers[0]] + PARAS)), "wx.html")
    assert article.body == PARAS
    assert pointers[0] in removed(article)
    save = strip_save(f"{TITLE}\n2024-05-02 08:00\n{pointers[1]}\n", PARAS_TW)
    assert save.body == PARAS_TW


def test_a_closing_question_to_the_readers_ends_the_article():
    question = ["互动话题", "你最近一次爬山是什么时候？去了哪座山？欢迎在留言区分享你的路线和照片，我们会挑选几条精彩的留言送出小礼物。"]
    article = strip_boilerplate(wechat(paras(PARAS + question)), "wx.html")
    assert article.body == PARAS
    question_tw = ["互動話題", "你最近一次爬山是什麼時候？去了哪座山？歡迎在留言區分享你的路線和照片，我們會挑選幾條精彩的留言送出小禮物。"]
    assert strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + question_tw).body == PARAS_TW


def test_a_caption_closed_by_a_bracketed_photo_label_is_dropped_in_both_scripts():
    captions = ["登山隊員在山頂合影留念。（資料圖片）", "城郊步道的入口处。（示意图）"]
    content = paras([PARAS[0], captions[0], PARAS[1], captions[1], PARAS[2], PARAS[3]])
    article = strip_boilerplate(wechat(content), "wx.html")
    assert article.body == PARAS
    assert set(captions) <= removed(article)


# -- a blog post's statistics line, a statement that the article is published by permission -------

def test_a_posts_statistics_line_is_dropped_in_both_scripts():
    stats = ["8 minutes read (About 1245 words) 0 visits", "字数统计: 715(字) | 阅读时长 ≈ 3 分钟", "字數統計: 1,200 | 閱讀時長 ≈ 5 分鐘"]
    for line in stats:  # (at the top of the post, under its date line)
        article = strip_boilerplate(blog(paras([line] + EXPLAIN)), "post.html")
        assert article.body == EXPLAIN
        assert line in removed(article)


def test_a_statement_of_publication_by_permission_is_dropped_in_both_scripts():
    statements = ["本文来源山野小记，经山野小记授权发布。", "本文來源山野小記，經作者授權刊登。"]
    article = strip_boilerplate(wechat(paras(PARAS + statements[:1])), "wx.html")
    assert article.body == PARAS
    assert strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + statements[1:]).body == PARAS_TW


# -- a list announced by the post's last line ------------------------------------------------------

def test_the_list_the_posts_last_line_announces_is_kept():
    listed = ["轮盘赌选择法", "锦标赛选择法", "排序选择法"]
    post = paras(EXPLAIN[:1] + ["除了上面这种做法，常见的选择策略还有："]) + "<ul>" + "".join(f"<li>{t}</li>" for t in listed) + "</ul>"
    article = strip_boilerplate(blog(post), "post.html")
    assert article.body == EXPLAIN[:1] + ["除了上面这种做法，常见的选择策略还有："] + listed


def test_the_announced_list_in_a_text_save_in_traditional_script():
    listed = ["輪盤賭選擇法", "錦標賽選擇法", "排序選擇法"]
    body = PARAS_TW + ["除了上面這種做法，常見的選擇策略還有："] + listed
    article = strip_save(f"{TITLE}\n2024-05-02 08:00\n", body, "\n上一篇 下一篇\n")
    assert article.body == body


def test_a_links_label_ending_in_a_colon_announces_no_list():
    article = strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW + ["點擊進入專題：", "聚焦城郊步道", "我要反饋"])
    assert article.body[:3] == PARAS_TW
    assert not {"聚焦城郊步道", "我要反饋"} & set(article.body)


# -- code written out without <pre> ----------------------------------------------------------------

CODE_LINES = ["function total(list) {", "let sum = 0;", "list.forEach(item => {", "sum += item.price;", "});",
              "return sum;", "}"]


def test_closing_lines_of_code_written_without_pre_are_kept():
    quoted = "<blockquote>" + paras(CODE_LINES) + "</blockquote>"
    article = strip_boilerplate(wechat(paras(PARAS[:2]) + quoted + paras(PARAS[2:])), "wx.html")
    assert article.body == PARAS[:2] + CODE_LINES + PARAS[2:]
    save = strip_save(f"{TITLE}\n2024-05-02 08:00\n", PARAS_TW[:2] + CODE_LINES + PARAS_TW[2:])
    assert save.body == PARAS_TW[:2] + CODE_LINES + PARAS_TW[2:]


def test_a_rule_of_symbols_after_prose_stays_dropped():
    article = strip_boilerplate(wechat(paras(PARAS[:2] + ["}}}"] + PARAS[2:])), "wx.html")
    assert article.body == PARAS


def test_an_account_card_joined_on_one_line_in_a_text_save_is_dropped_in_both_scripts():
    for label, intro, body in (("功能介绍", "记录每一次出门走走，分享城郊的登山路线、装备和沿途的风景。", PARAS),
                               ("功能介紹", "記錄每一次出門走走，分享城郊的登山路線、裝備和沿途的風景。", PARAS_TW)):
        save = f"{TITLE}\n某某生活号\n微信号 shanye-notes\n{label} {intro}\n2024-05-02 08:00\n"
        article = strip_save(save, body)
        assert article.body == body
        assert f"{label} {intro}" in removed(article)


# -- a morning digest: sections named in brackets, one of them a city's message board ---------

DIGEST = [("【本地】", "◇河畔市今年将新建三座公园，首座公园预计五月开放，市民可以免费入园游玩。"),
          ("【城市留言板】", "◇本周“在线值班”的单位有市水务集团和市供电公司，市民可在留言板反映问题。"),
          ("【天 下】", "◇我国主要天然气消费区已建成储气库二十五座，保障了今年冬天的供气需求。"),
          ("【历史印记】", "◇二〇〇四年的今天，我国第一个下一代互联网主干网正式开通并投入使用。"),
          ("【早安心语】", "◇每一个清晨都是新的开始，愿你带着好心情出发，把平凡的日子过得热气腾腾。")]


def test_a_digests_section_named_like_a_message_board_is_no_comment_section():
    # 【城市留言板】 among other bracketed section names is one of the digest's sections: the
    # sections under it are the article, not comments
    content = "".join(f"<p><strong>{head}</strong></p><p>{line}</p>" for head, line in DIGEST)
    article = strip_boilerplate(wechat(content, title="早安河畔〔2018.3.19 周一〕"), "page.html")
    assert [line for _, line in DIGEST] == [b for b in article.body if b.startswith("◇")]
    assert "【城市留言板】" in article.body


def test_a_lone_message_board_header_still_ends_the_article():
    # one bracketed header after the story, with no sections around it: the comments follow
    content = paras(PARAS) + "<p>【读者留言板】</p><p>小王：写得真好，我也想去爬山。</p><p>阿丽：下次带上我！</p>"
    article = strip_boilerplate(wechat(content), "page.html")
    assert article.body[:len(PARAS)] == PARAS and "小王：写得真好，我也想去爬山。" not in article.body


# -- a post made of lists: one opening sentence, then headings and short list items -------------

LIST_POST = [("常用的软件", ["即时通讯类", "拍照类", "地图导航类"]),
             ("即时通讯类", ["QQ", "微信", "Telegram"]),
             ("地图导航类", ["高德地图", "离线地图包"])]


def test_a_post_made_of_lists_is_kept_whole():
    # a short opening sentence, then sections that are only a heading and a short list each
    # (微信 among the items, shaped like a share button): the lists are the post
    sections = "".join(f"<h2>{head}</h2><ul>{''.join(f'<li>{x}</li>' for x in items)}</ul>" for head, items in LIST_POST)
    article = strip_boilerplate(blog("<p>本文是一个实验性的计划，记录换一台手机要准备的软件</p>" + sections,
                                     title="换一台手机的计划"), "page.html")
    assert {"Telegram", "高德地图", "离线地图包", "地图导航类"} <= set(article.body)
    assert "上一篇" not in " ".join(article.body) and "© 2019 某某的小站" not in article.body


def test_a_picture_credits_list_after_a_post_stays_out():
    # a post of whole paragraphs, then the credits of its pictures as a list inside the same
    # container: the credits are not part of the post
    post = paras(EXPLAIN * 2) + "<h3>图片来源：</h3><ul><li>1-5. 某某大会现场资料</li><li>6. 某某新闻搜索结果页面</li></ul>"
    article = strip_boilerplate(blog(post), "page.html")
    assert article.body[:2] == EXPLAIN and "6. 某某新闻搜索结果页面" not in article.body
