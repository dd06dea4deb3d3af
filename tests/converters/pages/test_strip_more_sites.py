"""Rules found on a third collection of real pages (Taiwan business news, WeChat articles as
crawled, NetEase channels, government bulletins, page-builder blogs): ranked lists, sidebars
of timed stories, event listings, cut-short decks, account cards, cookie banners, members'
login forms.  Every text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from tests.converters.pages.saves import BODY, BODY_TW, strip_save
from zhtext.converters import strip_boilerplate

# -- lists in a text save ------------------------------------------------------------


_SHORT_STORY = ["某某记者从有关人士处确认，今天下午也就市场问题召开会议。", "不过，近日关于传言不断，会议或与配置有关。"]


def test_a_ranked_list_with_counts_never_outweighs_a_short_story():
    # 点击排行: rank, a count of views written on to it, then a headline (with a colon, a comma
    # or an exclamation); the story itself is two short paragraphs
    ranked = "\n".join(f"{rank}{count}{head}" for rank, count, head in [
        (1, 397861, "某部门：培育长期稳定健康发展的新市场，稳步推进改革"), (2, 308042, "某机构怒了！严打恶意做空行为，绝不姑息"),
        (3, 207027, "某品牌黄金五年终结，部分车型价格出现大跌"), (4, 198256, "停牌、增持、补仓：大小股东达成共识"),
        (5, 158946, "收评：指数大跌失守关口，本周累计下跌"), (6, 142952, "市场巨震引警觉，海外人士称不祥之兆")])
    header = "首页 > 财经 > 正文\n河畔新城召开会议 研究市场相关问题\n2015-07-04 15:31:53 来源: 某某日报\n"
    others = "\n".join(f"某某新闻标题第{i}条 某地发生某事" for i in range(12))  # a list of other stories between
    article = strip_save(header, _SHORT_STORY, f"本文来源：某某日报\n热点新闻\n{others}\n点击排行\n{ranked}\n")
    assert article.title == "河畔新城召开会议 研究市场相关问题"
    assert article.body == _SHORT_STORY


def test_numbered_lines_without_counts_stay_in_the_article():
    body = [BODY[0], "1、第一项工作已经完成", "2、第二项工作正在推进", "3、第三项工作明年开始", BODY[1]]
    article = strip_save("河畔新城公布三项重点工作\n2020-12-01 08:00 来源：某某日报\n", body)
    assert article.body == body


def test_a_sidebar_of_stories_with_their_times_is_no_headline():
    # the latest stories, each with its time after a space, above the article's own headline
    sidebar = "\n".join(f"{head} {time}" for head, time in [
        ("河畔新城的雨都下在哪？這個地方已破千毫米", "01:01"), ("資深議員颱風夜病逝！享壽七十二歲", "00:35"),
        ("暴風圈已經上陸！海陸警報最新範圍曝光", "00:28"), ("某地土石流灌入民宅後門！一家五口逃出", "00:16"),
        ("前主播不想放颱風假，親吐三理由：氣炸了", "23:42"), ("颱風目前走到哪了？最新位置強度曝光", "23:34"),
        ("高階警官收賄！業者家中搜出鈔票磚", "23:27"), ("為何越來越少人養母貓？五原因讓人怕", "23:26")])
    header = (f"新聞\n快訊\n{sidebar}\n某某新聞網 科技\n聽新聞\n0:00 0:00\n"
              "某廠推出三款新筆電 瞄準創作者打造專屬軟體\n2024/09/07 13:36:00\n記者王小明／台北報導\n")
    article = strip_save(header, BODY_TW[:1])
    assert article.title == "某廠推出三款新筆電 瞄準創作者打造專屬軟體"
    assert article.body == BODY_TW[:1]


def test_a_headline_run_together_with_its_date_and_time_is_still_the_headline():
    header = "一名休班警員涉嫌企圖車內盜竊被捕 2014-12-25 HKT 22:40\n"
    assert strip_save(header, BODY_TW).title.startswith("一名休班警員涉嫌企圖車內盜竊被捕")


# -- headlines of text saves ----------------------------------------------------------


def test_an_event_listing_above_the_headline_is_not_it():
    # a breadcrumb, a promotion for an event (its month/day and 論壇), the headline, the byline
    header = ("科技網\n產業\n半導體/零組件\n9/25 某某科技巡迴論壇 開放現場報名喔\n"
              "不畏大廠新品對比　某公司：我們一定做對了什麼\n王小明／台北\n2024/09/06 02:50\n")
    assert strip_save(header, BODY_TW).title == "不畏大廠新品對比　某公司：我們一定做對了什麼"
    header2 = ("產業\n發掘新科技創造的商機—11/6數位體驗線上論壇\n某處理器全由代工廠製造　某公司還需留工廠？\n"
               "李小華／綜合報導\n2024/09/05 02:39\n")
    assert strip_save(header2, BODY_TW).title == "某處理器全由代工廠製造　某公司還需留工廠？"


def test_a_deck_cut_short_under_the_headline_is_not_it():
    header = ("首頁\n某某時報\n品牌邀晶片商 攻低價手機\n根據研調，下一波成長動能來自於新興市場與年輕族群的換機需求...\n"
              "04:10 2024/08/20\n某某時報\n")
    assert strip_save(header, BODY_TW).title == "品牌邀晶片商 攻低價手機"


def test_a_save_opening_with_the_title_bar_takes_the_headline_part_not_the_site_name():
    # the title bar names the site; the site's name is shown again near the headline
    header = ("品牌邀晶片商 攻低價手機 - 產業．科技 - 某某時報\n\n首頁\n某某時報\n品牌邀晶片商 攻低價手機\n"
              "根據研調，下一波成長動能來自於新興市場與年輕族群的換機需求...\n04:10 2024/08/20\n某某時報\n王小明、李小華\n")
    assert strip_save(header, BODY_TW).title == "品牌邀晶片商 攻低價手機"


def test_a_headline_on_a_card_and_again_over_its_date():
    # a column of menu items, a card (channel, headline, summary, tags, author) and the
    # article's own heading over its date
    menu = "\n".join(["電動車／交通科技", "半導體產業", "雲端運算與服務", "行銷與新媒體科技", "職場／工作術", "新聞", "專題", "影音", "活動"])
    header = (f"{menu}\n2024.10.14\n|\n半導體與電子產業\n某公司推出商用新晶片，算力最高翻倍！換機潮何時發酵？\n"
              "某公司發布新一代處理器，算力優於對手，並針對商用軟體優化效能。能帶動換機潮嗎？\n＃筆電\n＃處理器\n王小明\n"
              "某公司推出商用新晶片，算力最高翻倍！換機潮何時發酵？\n2024.10.14\n|\n半導體與電子產業\n王小明\n")
    assert strip_save(header, BODY_TW).title == "某公司推出商用新晶片，算力最高翻倍！換機潮何時發酵？"


def test_a_wechat_save_opening_with_the_headline_over_the_account_card():
    # the headline, the account's name twice (on two lines, or run together on one), then a
    # lead line and the source line right above the body
    for card in ("轻金融笔记\n轻金融笔记\n", "轻金融 轻金融\n"):
        header = f"两家大行行长空缺\n{card}年末银行业又一起重量级高管变动\n来源：轻金融\n"
        assert strip_save(header, BODY).title == "两家大行行长空缺", card


def test_the_account_introduction_after_its_label_is_no_article():
    header = ("某某律师事务所\n某某律师事务所\n微信号\nsomelaw\n功能介绍\n"
              "本所是一家综合性合伙制律所，汇聚众多高端复合型律师、专家顾问，欢迎关注我们进行全方位了解、咨询。\n")
    article = strip_save("张某案辩护词全文公布，值得一读！\n" + header, BODY)
    assert article.title == "张某案辩护词全文公布，值得一读！"
    assert article.body == BODY


def test_a_row_of_three_short_menu_words_is_not_the_headline():
    header = ("知乎\n首页\n话题\n发现\n消息\n消息 用户 赞同和感谢\n查看全部 »\n"
              "关系亲密的人之间要说谢谢吗？\n")
    assert strip_save(header, BODY).title == "关系亲密的人之间要说谢谢吗？"


def test_a_template_expression_is_not_the_headline():
    header = "人间\n网易首页\n|\n注册\n(/data.mtitle篇)\n儿时的友谊，都在一口吃食里\n2019-10-04 12:56:39\n"
    assert strip_save(header, BODY).title == "儿时的友谊，都在一口吃食里"


def test_a_headline_shown_twice_and_ending_with_an_ellipsis_is_no_teaser_list():
    # a browser's text save: the title bar, then the page's heading, both cut with ...
    title = "某某怕是网红2.0吧，不仅爱说笑，连说话都越来越像..."
    article = strip_save(f"{title}\n\n{title}\n原创： 某某 某某号\n", BODY)
    assert article.title == title


# -- notices --------------------------------------------------------------------------


def test_a_cookie_banner_is_a_notice_in_both_scripts():
    for banner in ("為提供您更多優質的內容，本網站使用 cookies 分析技術。若繼續閱覽本網站內容，即表示您同意我們使用 cookies。",
                   "为提供您更多优质的内容，本网站使用 cookies 分析技术。若继续阅览本网站内容，即表示您同意我们使用 cookies。"):
        article = strip_save(f"{banner}\n我知道了\n某公司推出新服務 十月底覆蓋全台\n2024/10/18 17:34\n", BODY_TW)
        assert banner not in article.body
        assert article.body == BODY_TW


def test_a_login_form_under_a_members_only_lead_ends_the_article():
    form = ("會員登入\n【範例：user@company.com】\n忘記密碼 | 重寄啟用信\n記住帳號密碼\n登入\n"
            "若您是第一次使用會員資料庫，請先點選帳號啟用。\n申請專線：\n+886-02-12345678。\n會員信箱：\n")
    article = strip_save("某處理器全由代工廠製造　某公司還需留工廠？\n李小華／綜合報導\n2024/09/05 02:39\n",
                         BODY_TW[:1], form)
    assert article.body == BODY_TW[:1]


# -- HTML -----------------------------------------------------------------------------

_POST = "".join(f"<p>{p}</p>" for p in BODY_TW * 4)


def _strip_page(headline: str, inner: str):
    """Strip an HTML page titled ``headline`` whose body is ``inner`` (the page's ``<h1>`` is in it)."""
    html = f"<html><head><title>{headline}</title></head><body>{inner}</body></html>"
    return strip_boilerplate(html.encode("utf-8"), "page.html")


def test_a_page_builders_widget_box_inside_the_post_content_is_the_article():
    # every block of a page builder sits in a "widget-container"; the post's own is no sidebar
    about = "".join(f"<p>{t}</p>" for t in (
        "本站成立於二〇一〇年，是一個專注科技產業的媒體，每天提供最新的產業新聞、深度分析、專家觀點，歡迎訂閱。",
        "我們關心科技如何改變生活，也關心產業的未來，因此舉辦論壇、出版專刊、製作影音節目，與讀者一起成長。",
        "如有任何建議，歡迎來信告訴我們；合作、廣告、授權等事宜，也請與我們的業務團隊聯絡，我們將盡快回覆。") * 2)
    article = _strip_page("某廠推出新平台 擴展產品組合", (
        "<nav><a href='/'>首頁</a> <a href='/a'>最新文章</a></nav><h1>某廠推出新平台 擴展產品組合</h1>"
        "<div class='elementor-widget elementor-widget-theme-post-content'>"
        f"<div class='elementor-widget-container'>{_POST}</div></div><footer>{about}</footer>"))
    assert article.body == BODY_TW * 4


def test_a_share_box_inside_the_article_container_stays_dropped():
    article = _strip_page("某廠推出新平台 擴展產品組合", (
        f"<article class='post'><h1>某廠推出新平台 擴展產品組合</h1><div class='content'>{_POST}</div>"
        "<div class='share-box'><p>覺得這篇文章不錯嗎？一鍵收藏，分享給你的朋友們，讓更多人看到這篇好文章。</p></div></article>"))
    assert article.body == BODY_TW * 4


def test_an_authors_box_under_a_blog_post_is_dropped():
    article = _strip_page("某廠晶片獲電信業者採用", (
        f"<h1>某廠晶片獲電信業者採用</h1><div class='post-content'>{_POST}</div>"
        "<div class='author-info-wrap'><div class='author-desc'>"
        "<p>王小明為本站總編輯，喜好各式各樣科技生活新鮮事，也樂於以輕鬆自然方式將新知分享給讀者。</p>"
        "<p>■主題：科技、生活品味</p></div></div>"))
    assert article.body == BODY_TW * 4


def test_a_code_listing_in_the_article_is_kept_whole():
    # a query and its output in <pre>: rows of bars and counts are code, not menus or counters
    listing = ("SHOW INDEX FROM employees.titles;\n+--------+------------+\n| Table  | Non_unique |\n"
               "+--------+------------+\n| titles |          0 |\n| titles |          1 |\n+--------+------------+\n1")
    article = _strip_page("索引背後的資料結構", (
        f"<h1>索引背後的資料結構</h1><div class='post'><p>{BODY_TW[0]}</p><pre>{listing}</pre><p>{BODY_TW[1]}</p></div>"))
    rows = [" ".join(line.split()) for line in listing.splitlines()]  # (runs of spaces collapse, as everywhere)
    assert article.body == [BODY_TW[0], *rows, BODY_TW[1]]


def test_a_reporters_name_and_city_over_the_story_is_a_byline():
    article = _strip_page("不畏大廠新品對比　某公司：我們一定做對了什麼", (
        "<h1>不畏大廠新品對比　某公司：我們一定做對了什麼</h1><p>2024/09/06 02:50</p><div class='story'>"
        f"<p>劉小明／台北</p><p>{BODY_TW[0]}</p><p>{BODY_TW[1]}</p></div>"))
    assert article.body == BODY_TW


def test_a_story_told_in_broken_lines_under_its_source_line_is_kept():
    lines = ["3日，河畔新城广场", "一男子为了让父亲看升旗仪式", "让老人家坐在了自己的肩膀上", "升旗期间，老人家激动地不断鼓掌"]
    remarks = ["老父亲坐儿子肩头看升旗，画面太温馨了！男子稳稳扶着父亲的双腿，周围的人纷纷拍照。",
               "网友：你陪我长大，我陪你变老", "@某某网友：这画面太温馨了，为你点赞！"]
    header = "首页 > 政务 > 正文\n老父亲坐儿子肩头看升旗，画面太温馨了！\n2019-10-06 10:05:10 来源: 某某网\n分享到：\n（原标题：老父亲坐儿子肩头看升旗）\n"
    article = strip_save(header, lines + remarks)
    assert article.body[:len(lines)] == lines


def test_decks_under_the_date_are_not_pulled_into_the_body():
    decks = ["某某主持召开区域一体化发展座谈会强调", "推动区域一体化发展取得新的重大突破", "在现代化建设中更好发挥引领示范作用"]
    header = "2023-12-01 14:43\n" + "\n".join(decks) + "\n"
    article = strip_save(header, ["新华社上海11月30日电 " + BODY[0], BODY[1]])
    assert not set(decks) & set(article.body)


def test_a_headline_broken_inside_a_latin_word_run_is_joined():
    header = ("產業動態\n某廠推出全新 8 核 Dragon X\nPlus，將效能領先地位擴展到更多的 AI PC 使用者\n"
              "2024-09-05\n")
    article = strip_save(header, BODY_TW)
    assert article.title == "某廠推出全新 8 核 Dragon X Plus，將效能領先地位擴展到更多的 AI PC 使用者"
    assert article.body == BODY_TW


def test_a_body_sentence_after_a_headline_ending_in_latin_is_not_joined():
    header = "某公司發表新手機 Phone 15\n2024-09-05 10:00 來源：某某報\n"
    body = ["Phone 15 今天在加州發表，售價與上一代相同，預計下個月上市。", BODY_TW[1]]
    article = strip_save(header, body)
    assert article.title == "某公司發表新手機 Phone 15"
    assert article.body == body


def test_a_trailing_list_with_a_column_tag_among_its_items_is_dropped():
    trailing = ["某地成熟製程爆殺價潮！傳某廠跟進打折，業界揭內幕", "某地強攻成熟製程，台廠壓力爆表？傳某廠賣廠",
                "【樂齡幸福情報站】", "迎接熟年職場第二春，退休金、遺產規劃、保險配置都不踩雷"]
    header = "護國神山又完勝！某公司連盟友都不挺\n2024/10/01 10:00 某某新聞網\n"
    article = strip_save(header, BODY_TW + ["文章來源：某某報"] + trailing)
    assert article.body == BODY_TW


def test_read_next_starts_a_related_list():
    stories = ["深度观察", "新华全媒头条丨某某流域文物保护传承观察", "数说中国丨十月份市场销售加快恢复",
               "半月谈丨谁在高仿部委行骗？", "关于某种病，这些知识很重要！"]
    header = "短缺药品保供稳价 全力保障临床用药需求\n2023-11-17 20:00:00 来源：某某社\n"
    article = strip_save(header, BODY + ["阅读下一篇："] + stories)
    assert article.body == BODY
