"""The headline of a plain-text save where the page puts interface lines, a site's name or a
reporter's role near it: a row of menu words or buttons above the headline ends the search
for it, a long breadcrumb is no headline, a reporter's role line is a credit, a headline over
an account's name card is taken however the card is written.  Every text here is written for
these tests, in the shapes real saves fail in."""

from __future__ import annotations

from tests.converters.pages.saves import BODY as _BODY
from tests.converters.pages.saves import BODY_TW as _BODY_TW
from tests.converters.pages.saves import strip_save


def test_a_row_of_buttons_above_the_headline_ends_the_search():
    # an avatar dialog's prompt and its buttons, the channel's tag, then the headline and its
    # author-and-date line: the prompt is no kicker of the headline
    header = "\n".join(["上传头像", "拖动或者缩放方框，生成一张满意的头像", "预览", "保存 取消", "科技",
                        "这款新的约会软件，想用共同讨厌的东西来帮你配对", "某某某2017-03-01 14:27:02", "74", ""])
    assert strip_save(header, _BODY).title == "这款新的约会软件，想用共同讨厌的东西来帮你配对"


def test_a_row_of_menu_words_above_the_headline_ends_the_search():
    # a list of the latest stories, the column's menu row, then the column's headline and its byline
    header = "\n".join(["最新消息 河畔市長：明年再建三座公園 2023-09-01 16:50",
                        "最新消息 如何看待少子化？ 某某某：多生一個就多一份補助 2023-09-01 16:06",
                        ">", "評論 主筆社評 政經交鋒", "某某某專欄：一碗又一碗的雞湯", "讚 645",
                        "某某某 2023年09月01日 07:02:00", "分享 : Facebook Line Twitter Copy", ""])
    assert strip_save(header, _BODY_TW).title == "某某某專欄：一碗又一碗的雞湯"


def test_a_font_size_row_and_a_link_with_an_arrow_are_no_kicker():
    # a site's tagline above the font-size row and the channel's link (頭條要聞 〉)
    header = "\n".join(["河畔日報 | RIVER DAILY", "河畔日報自律委員會 Rivermedia", "字級：", "最小字型 預設 最大字型",
                        "頭條要聞 〉", "分享到 Facebook 分享到 Plurk", "A3469 夫病重 妻打零工撐起一家",
                        "2014年09月14日", ""])
    assert strip_save(header, _BODY_TW).title == "A3469 夫病重 妻打零工撐起一家"


def test_a_long_breadcrumb_is_no_headline():
    # a breadcrumb whose middle step names the channel in two scripts, share buttons, the headline
    header = "\n".join(["深度專欄", "作者群", "+", "河畔 / 轉角國際 River Global / 過去24小時", "WhatsApp",
                        "北京地產危機？某某公司欠稅案，與遠走美國的創辦人", "2023/08/23 轉角24小時", ""])
    assert strip_save(header, _BODY_TW).title == "北京地產危機？某某公司欠稅案，與遠走美國的創辦人"


def test_a_reporter_role_line_is_a_credit_not_the_headline():
    # the headline, the reporter's name (a link), the reporter's role, the date
    header = "\n".join(["主頁", "國際", "財經", "河畔經濟是一顆「定時炸彈」嗎？", "某某某（Some Name）",
                        "河畔亞洲商業事務記者", "2023年8月31日", ""])
    assert strip_save(header, _BODY_TW).title == "河畔經濟是一顆「定時炸彈」嗎？"


def test_a_headline_over_a_card_written_in_latin_letters():
    # a crawler's dump of a WeChat article: the headline, the account's name twice in Latin
    # letters, its company and slogan, a count of posts, the date and place, the body
    header = "\n".join(["高校计科系出现求职新方向：不卷这个卷那个", "HEPAN", "HEPAN", "北京某某网络技术有限公司",
                        "成就一亿河畔人", "3271篇原创内容", "2024年12月18日 18:08", "江苏", ""])
    assert strip_save(header, _BODY).title == "高校计科系出现求职新方向：不卷这个卷那个"


def test_a_headline_over_a_label_and_a_card():
    # the headline, the Original label, the author's name twice, the account's channel, a reader prompt
    header = "\n".join(["编程大模型聪明度排名（最新评测）", "Original", "猫哥", "猫哥", "前端培训",
                        "在阅读器中沉浸阅读", ""])
    assert strip_save(header, _BODY).title == "编程大模型聪明度排名（最新评测）"


def test_a_name_card_far_above_the_body_is_no_article_card():
    # a site's name as the save's first line, an entrance link shown twice, long menus, then the
    # headline under the breadcrumb: the card rule does not take the site's name
    menus = [f"栏目{i}" for i in range(24)]
    header = "\n".join(["河畔省淡水研究所", "内网入口", "内网入口", *menus, "首页 >重要信息",
                        "河畔省淡水研究所召开干部职工大会暨党风廉政建设大会", "21", "2024年02月", "分享", ""])
    assert strip_save(header, _BODY).title == "河畔省淡水研究所召开干部职工大会暨党风廉政建设大会"


def test_an_interface_prompt_is_never_the_headline():
    # a help centre's login box (a prompt, a button) over the question the article answers
    header = "\n".join(["河畔客服", "服务记录查询", "退出", "登录", "请您登录账户！", "让我们为您提供更多贴心服务",
                        "随便逛逛", ""])
    body = ["什么是河畔号？", *_BODY]
    article = strip_save(header, body)
    assert article.title == "什么是河畔号？"
    assert "让我们为您提供更多贴心服务" not in article.body


def test_the_site_name_over_the_question_the_body_opens_with():
    # a help centre's name, then the question and its answer: no date anywhere
    article = strip_save("河畔客服\n", ["什么是河畔号？", *_BODY])
    assert article.title == "什么是河畔号？"
    assert article.body == _BODY


def test_an_encyclopedia_entry_under_its_sense_and_a_short_edit_bar():
    # the senses of a name, a collect prompt, the entry's name, its sense in brackets, 编辑锁定
    header = "\n".join(["某某是一个多义词，请在下列义项上选择浏览（共3个义项）", "▪某某网体育通讯员", "▪舞蹈编导",
                        "收藏", "查看我的收藏", "0有用+1已投票", "0", "某某", "（某某网体育通讯员）", "编辑锁定", ""])
    body = ["某某，某某网体育通讯员，写过许多场比赛的报道，文字风格独特，读者很多。", *_BODY]
    assert strip_save(header, body).title == "某某"


def test_a_breadcrumb_on_the_date_line_is_no_headline():
    # the trail (with full-width ＞) and the date on one line, the tags, then the headline
    header = "\n".join(["»", "»", "河畔台 ＞ 社會 ＞ 社會 2013年11月29日 21:19", "社會", "社會焦點",
                        "檢方已諭令「不得騷擾」了 某某某30日赴醫院道歉", "正文", "友善列印", ""])
    assert strip_save(header, _BODY_TW).title == "檢方已諭令「不得騷擾」了 某某某30日赴醫院道歉"


def test_a_caption_marked_with_a_triangle_is_no_headline():
    # the breadcrumb and the date line, then the photo's ▲ caption (a question) and the credit
    # over the body: the caption is no headline
    header = "\n".join(["首頁 > 社會", "2013年11月29日 21:19", "▲河畔市長致詞時說了什麼？", "記者某某某／台北報導", ""])
    assert not strip_save(header, _BODY_TW).title.startswith("▲")


def test_a_breadcrumb_broken_over_lines_above_the_date():
    # the site's name, a lone >, the channel, the date, the tags, then the headline and a credit
    menus = [f"頻道{i}" for i in range(12)]
    header = "\n".join([*menus, "河畔新聞雲", ">", "大陸", "2023年09月04日 18:32", "大陸 大陸焦點 特派現場",
                        "超狂！大一新生從高原走到盆地報到入學 歷時2個月徒步上千公里",
                        "▲新生用整個暑假時間，徒步一千多公里去報到。（圖／翻攝自網路）", "圖文／某某", ""])
    assert strip_save(header, _BODY_TW).title == "超狂！大一新生從高原走到盆地報到入學 歷時2個月徒步上千公里"


def test_a_headline_after_the_closing_separator_of_a_breadcrumb():
    # 首页 / > / 时政 / > / the headline: the headline is not a step of the trail
    header = "\n".join(["某某科普网", ">", "时政新闻", ">", "河畔市召开深入推进一体化发展座谈会", "来源：新华社", "作者：",
                        "2023-12-01 14:43", "河畔市召开深入推进一体化发展座谈会强调", "推动一体化发展取得新的重大突破", ""])
    assert strip_save(header, _BODY).title == "河畔市召开深入推进一体化发展座谈会"


def test_a_breadcrumb_whose_steps_a_lone_dash_separates():
    # the site's menu, a trail 某某新闻 / - / 专题推荐 / - / the topic's name / - / 正文 (a dump keeps
    # each link and each separator on its own line), the headline, a view count and a share link:
    # the topic's name is a step of the trail, not the headline
    menus = [f"栏目{i}" for i in range(8)]
    header = "\n".join([*menus, "河畔新闻", "-", "专题推荐", "-", "深入学习贯彻河畔市第三次代表大会精神", "-", "正文",
                        "化学系联合举办“百年接力——我们这十年”主题团日活动", "2072", "分享", ""])
    assert strip_save(header, _BODY).title == "化学系联合举办“百年接力——我们这十年”主题团日活动"


def test_a_link_to_more_stories_and_a_quoted_deck_are_not_the_headline():
    # a font-size widget's label, the headline, its quoted deck (name：words), the date, a link
    # to more columns over the body: no metadata grid here, and the link is no headline
    header = "\n".join(["河畔日報 | RIVER DAILY", "字級：", "最小字型 預設 最大字型", "分享到 Facebook 分享到 Plurk",
                        "A3824 單親媽愁病兒 復健路長", "病嬤嘆：沒有媳婦 家早就散了", "2015年12月18日", "更多專欄文章", ""])
    assert strip_save(header, _BODY_TW).title == "A3824 單親媽愁病兒 復健路長"


def test_a_long_caption_between_the_headline_and_the_date():
    # a rating notice, the breadcrumb, the headline, a photo's caption of two long clauses and its
    # credit, the date, then the body under the reporter's bracketed credit
    caption = ("河畔第一電廠的處理廢水今日中午開始排放入海，主管機關與中央氣象單位合作，啟動放射性物質擴散預報系統，"
               "河畔周遭的海域則採紅綠燈號提供即時監測與示警。（圖取自主管機關網站）")
    header = "\n".join(["限制級", "河畔網站分級推廣基金會（RIVER）網站：http://www.example.org.tw", "首頁\u3000>\u3000生活",
                        "河畔廢水正式排海 主管機關：啟動擴散預報系統", caption, "2023/08/24 20:28", ""])
    article = strip_save(header, ["〔記者某某某／台北報導〕河畔第一電廠廢水今（24）日中午開始排放入海。", *_BODY_TW])
    assert article.title == "河畔廢水正式排海 主管機關：啟動擴散預報系統"


def test_a_line_above_the_share_buttons_is_no_kicker():
    # a sidebar of other stories, the share buttons, then the headline, its deck and its date
    header = "\n".join(["河畔節能網出錯 害女領不到補助", "我很不爽", "昨日《河畔報》被發現的錯與批評", "分享到 Facebook",
                        "分享到 Plurk", "分享到 Twitter", "A3824 單親媽愁病兒 復健路長", "病嬤嘆：沒有媳婦 家早就散了",
                        "2015年12月18日", ""])
    assert strip_save(header, _BODY_TW).title == "A3824 單親媽愁病兒 復健路長"


def test_a_save_opening_with_its_title_over_a_prompt():
    # a markdown dump: the title as a heading, the account's labels on one line, the reader
    # prompt, then the body
    header = "# 编程大模型聪明度排名（最新评测）\n\nOriginal 某某 某某 前端培训\n\n在阅读器中沉浸阅读\n\n"
    assert strip_save(header, _BODY).title == "编程大模型聪明度排名（最新评测）"


def test_the_heading_the_title_bar_names_inside_its_headline():
    # a browser's text save: the title bar (a question about a catchphrase, the site's name),
    # menus, the catchphrase as the page's heading, the byline with the date
    header = "\n".join(["【河畔救我】是什么梗？今年最有安全感的角色 某某游戏：河畔 | 热梗站", "首页", "登录 注册", "投稿",
                        "河畔救我", "someone • 2024年 8月 25日 下午10:37 • 游戏梗", ""])
    assert strip_save(header, _BODY).title == "河畔救我"


def test_a_date_line_left_with_empty_labels_under_the_headline_is_its_byline_row():
    # a school site's page: its menu, a breadcrumb, the headline, then the date with the labels
    # a script fills (作者：浏览次数：), dropped as a view counter: still the date under the
    # headline, though a salutation and a section's heading open the body below it
    menu = ["首页", "通知公告", "学校简介", "专业介绍", "招生信息", "下载中心", "相关系统链接", "博士研究生"]
    header = "\n".join(menu + ["当前位置: 首页 >> 招生信息 >> 博士研究生 >> 正文", "研究生新生入学须知",
                               "2021-06-24作者：浏览次数：", "2021级博士研究生新同学:", "一、入学报到", ""])
    article = strip_save(header, _BODY)
    assert article.title == "研究生新生入学须知"


def test_a_headline_with_its_kicker_and_a_colon_is_no_field_of_a_grid():
    # 研招答疑： then a long headline: a grid's field has a short value (发布机构： 某某办公室)
    menu = ["首页", "通知公告", "学校简介", "招生信息", "下载中心", "相关系统链接", "硕士研究生"]
    headline = "研招答疑： 解读今年研究生复试、调剂等考生关心的问题"
    header = "\n".join(menu + ["当前位置: 首页 >> 招生信息 >> 硕士研究生 >> 正文", headline,
                               "2022-03-14作者：浏览次数：", ""])
    assert strip_save(header, _BODY).title == headline


def test_a_headline_written_as_a_sentence_over_a_wechat_byline_opens_the_save():
    # a WeChat article copied whole: its headline, a sentence with its full stop, then 原创, the
    # author and the account (no date), then the text
    headline = "开了三天一千公里，二十个问题告诉你这辆车到底怎么样。"
    article = strip_save(f"{headline}\n原创 小王 测评号\n", _BODY)
    assert article.title == headline
    assert article.body == _BODY
    assert ("原创 小王 测评号", "meta") in article.removed


def test_a_sentence_over_a_byline_further_down_is_no_headline():
    # a caption or a pull quote over a byline inside the page: not the first line, so not taken
    header = "首页\n科技\n这辆新车的测评报告\n▲车主说续航比想象中好，充电也方便。\n记者 王小明\n"
    assert strip_save(header, _BODY).title == "这辆新车的测评报告"


def test_a_source_shown_twice_on_the_date_line_is_no_headline():
    # a TV site's story: the headline, then the source's link and its logo's text with the date
    header = "首页\n新闻\n某某纪录片今晚播出第四集《西迁》\n某某新闻客户端 某某新闻客户端 2019年10月04日 12:34 A-A+\n"
    assert strip_save(header, _BODY).title == "某某纪录片今晚播出第四集《西迁》"


def test_channel_names_run_together_are_a_menu_not_a_kicker():
    # a save that lost the spaces between a menu's channel names, right above the headline
    header = "首页\n登录\n国内国际经济军事生活文娱教育图片评论\n某某纪录片今晚播出第四集\n2019年10月04日 12:34\n"
    article = strip_save(header, _BODY)
    assert article.title == "某某纪录片今晚播出第四集"
    assert ("国内国际经济军事生活文娱教育图片评论", "navigation") in article.removed


def test_a_caption_shown_twice_in_the_story_is_no_headline():
    # a screenshot's caption repeated further down the story: not a portal's card shown twice
    caption = "某某广播公司网站报道截图"
    body = [_BODY[0], caption, _BODY[1], caption, _BODY[0].replace("第一段", "第三段")]
    header = "首页 > 新闻 > 正文\n全球媒体聚焦｜某国政府停摆将对经济产生冲击\n2025-10-16 20:02:18 来源: 某某广播\n"
    article = strip_save(header, body, "本文来源：某某广播 责任编辑： 某某\n")
    assert article.title == "全球媒体聚焦｜某国政府停摆将对经济产生冲击"


def test_a_notices_title_with_its_date_in_brackets_is_cut_from_the_date():
    menu = "通知公告\n通知公告\n"
    header = menu + "关于某某研究课题申报工作的通知 ( 2020年09月18日 )\n各有关单位：\n"
    article = strip_save(header, _BODY)
    assert article.title == "关于某某研究课题申报工作的通知"
    assert article.body[-2:] == _BODY


def test_a_wechat_byline_in_english_is_no_headline_and_collection_tags_are_dropped():
    # a WeChat article saved from an English interface: Original, the author, the account, the
    # date and Posted on; then the collections the article is in, each tag with its count
    headline = "全平台开源免费的稍后读工具，还能和笔记软件联用！"
    header = (f"{headline}\nOriginal 小王 某某笔记 2023-01-10 07:07 Posted on 湖北\n收录于合集\n"
              "#工具 38 个\n#笔记 75 个\n")
    article = strip_save(header, _BODY)
    assert article.title == headline
    assert article.body == _BODY


def test_a_street_address_is_never_the_headline():
    # an exhibition's page: its dates and its venue's address under labels, right above the text
    for header in ("首頁\n展覽活動\n2021-12-18\n台北市內湖區民權東路六段 180 巷 10 弄 6 號\n",
                   "首頁\n展覽活動\n2021-12-18\n臺中市南區復興路三段362號\n"):
        assert "號" not in strip_save(header, _BODY_TW).title


def test_a_byline_written_by_in_english_is_no_headline():
    headline = "【抽票活動】某某作家怪談舞台劇"
    article = strip_save(f"首頁\n{headline}\nBy 某某編輯團隊\n2023-05-01\n", _BODY_TW)
    assert article.title == headline
    assert ("By 某某編輯團隊", "meta") in article.removed


def test_a_headline_of_clauses_with_spaces_over_a_name_and_a_spaced_date():
    # a Taiwan society's news item: the headline written with spaces between its clauses, the
    # society's name, the date written with spaces (2021 年 12 月 22 日), the category, a breadcrumb
    headline = "時隔一年 萬眾期待 第21屆某某影展影片徵件開跑"
    header = f"首頁\n最新消息\n關於學會\n{headline}\n某某影像學會\n2021 年 12 月 22 日\n最新消息\n首頁 最新消息\n"
    article = strip_save(header, _BODY_TW)
    assert article.title == headline
    assert ("2021 年 12 月 22 日", "meta") in article.removed


def test_an_apps_slogan_and_a_menu_of_bars_above_the_headline_are_no_kicker():
    # a portal's app slogan right above the headline, and higher up a menu of two items and bars
    headline = "某国华人请愿签名 43城万人游行声援(图)"
    for header in (f"首页 > 新闻中心 > 正文\n为3亿人新闻阅读而生的客户端\n{headline}\n2016-02-21 11:05:50 来源: 某某网\n",
                   f"人间\n某某首页 | 某某新闻\n注册 | 登录\n某某新闻客户端\n{headline}\n2019-10-04 12:56:39\n"):
        assert strip_save(header, _BODY).title == headline


def test_a_platforms_original_badge_is_no_part_of_the_headline():
    article = strip_save("首页\n原创 货车司机眼中的上跨桥侧翻事件\n2021-10-12 09:00 来源: 某某号\n", _BODY)
    assert article.title == "货车司机眼中的上跨桥侧翻事件"


def test_the_headline_over_an_events_grid_of_details():
    # a museum's menu, font-size buttons, the event's headline, a link back to the list, then the
    # details grid (each label in a cell of its own over its value; 免費 is a value, though as
    # short as a label), paging links and the section's tabs over the body
    menus = ["河畔博物館", "學習與活動", "推廣活動", ":::", "推廣活動", "A", "A", "A"]
    header = "\n".join([*menus, "【河畔遺址】考古體驗活動", "返回列表", "適用對象", "一般大眾", "活動費用", "免費",
                        "活動地點", "河畔市文化園區（河畔路三段362號）", "活動時間", "Fri Jan 14 10:00:00 CST 2022",
                        "報名時間", "Fri Jan 7 10:00:00 CST 2022", "上一個", "下一個", "活動說明", "檔案下載", ""])
    assert strip_save(header, _BODY_TW).title == "【河畔遺址】考古體驗活動"


def test_a_headline_in_brackets_over_an_exhibitions_details():
    # the gallery site's menu, the exhibition's name in brackets (spaced: a headline, not a column
    # tag like 【新春走基层】), its dates, place and artist, each under its label
    menus = ["展覽活動", "徵件補助", "專題報導", "藝術家", "畫廊總覽", "廣告方案諮詢", "免費展訊刊登", "電子報訂閱"]
    header = "\n".join([*menus, "【某某 某某某個展】", "展期", "日期：2021-12-18 ~ 2022-03-20", "地點",
                        "河畔市民權東路六段 180 巷 10 弄 6 號", "參展藝術家", "某某某", ""])
    assert strip_save(header, _BODY_TW).title == "【某某 某某某個展】"


def test_a_link_asking_for_the_click_is_not_part_of_the_headline_group():
    # the news list's label, the post's month and day, the headline, its deck, a share button,
    # then a link asking for the click over the body: the headline is the line over the deck
    header = "\n".join(["最新消息", "全部", "May08", "詩意鏡頭走進河畔建築－某某某攝影展",
                        "河畔基金會攝影優勝作品首次在台曝光、世界建築書展同步啟航", "Facebook", "活動網頁 Click in", ""])
    assert strip_save(header, _BODY_TW).title == "詩意鏡頭走進河畔建築－某某某攝影展"


def test_a_blog_platforms_month_first_date_line_is_the_date_under_the_headline():
    # a blog's search box, the post's headline, its date as the platform writes it in Chinese
    # (month first: 7月 08, 2021), the share menu, then a body opening with an exclaimed line
    header = "\n".join(["跳到主要內容", "搜尋", "搜尋此網誌", "河畔自然中心兩系列線上暑期營「大自然到你家」，開始報名囉 ！",
                        "7月 08, 2021", "取得連結", "Facebook", "Twitter", "Pinterest", "以電子郵件傳送", "其他應用程式",
                        "防疫政策適度鬆綁，實體課程仍不開放，但充實的暑假不能斷！", ""])
    assert strip_save(header, _BODY_TW).title == "河畔自然中心兩系列線上暑期營「大自然到你家」，開始報名囉 ！"


def test_a_short_headline_over_its_date_row_with_the_sites_menu_above():
    # the blog's tagline, its menu (RSS, 主页, tags, 存档, 关于), the post's short headline, the
    # theme's date row (Jul 3rd, 2016 | Comments), a section heading and a quoted name over the
    # body: the headline is the short line on the date, not the tagline above the menu
    header = "\n".join(["Living a Simple Life", "有饭吃，自由自在，就非常开心", "RSS", "主页", "blockchain", "network",
                        "develop", "AI", "tools", "life", "存档", "关于", "商业逻辑", "Jul 3rd, 2016 | Comments",
                        "如何识别战略点", "某某某:", ""])
    assert strip_save(header, _BODY).title == "商业逻辑"


def test_the_headline_above_a_posts_table_of_contents():
    # a blog's menu and tag cloud, the post's headline, its table of contents (the section
    # headings, each shown again in the body between its paragraphs), then the body
    sections = ["一、物质是万物之源", "二、能量：ATP与葡萄糖", "三、自我复制：DNA与RNA", "四、细胞是生命的单位"]
    header = "\n".join(["Blog", "Archives", "About", "生命是什么（读书笔记）", *sections, ""])
    body = []
    for k, head in enumerate(sections):
        body += [head, f"这是第{k + 1}节的正文，讲的是生命的一个要素，句子里有逗号，也有句号，读来完整。",
                 f"第{k + 1}节的第二段补充了更多细节，也引用了书中的说法，让这一节的意思更清楚。"]
    assert strip_save(header, body).title == "生命是什么（读书笔记）"


def test_a_menu_shown_again_at_the_foot_is_no_table_of_contents():
    # the site's menu sits above the headline and again under the body: the menu is no table of
    # contents, and the headline under it is found
    menu = ["新聞消息", "市場分析", "專題報導", "活動資訊"]
    header = "\n".join([*menu, "河畔幣漲破四千美元 分析：將引爆空單清算", "2025-07-21 15:05", ""])
    assert strip_save(header, _BODY_TW, "\n".join(menu) + "\n").title == "河畔幣漲破四千美元 分析：將引爆空單清算"


def test_a_dump_opening_with_the_doctypes_word_gives_the_title_line_under_it():
    # BeautifulSoup's get_text() of the whole document: the doctype's word, the <title> (the
    # headline, the column, the site), the menu, the column's kicker line over the headline,
    # the column's name again, the date: the headline is the line the title names, not the kicker
    header = "\n".join(["html", "某某某：点燃学生心中梦想的“火神”_河畔名师_河畔大学新闻网", "首页", "专题专栏", "河畔名师",
                        "正文", "河畔名师", "河畔大学2022年教书育人奖一等奖获得者", "某某某：点燃学生心中梦想的“火神”",
                        "— 河畔名师", "2022年10月31日", "责任编辑：某某某", ""])
    assert strip_save(header, _BODY).title == "某某某：点燃学生心中梦想的“火神”"


def test_the_headline_under_a_blogs_date_row_when_the_tagline_above_is_never_echoed():
    # a blog platform's menu, the blog's name and tagline, the post's date, then the post's
    # headline, its counters and category, then the body: the body takes up the headline's
    # words (階層式查詢), never the tagline's
    header = "\n".join(["河畔部落", "首頁", "訂閱RSS", "登入", "某某隨手記", "寫下每天的一點心得，回頭看就是足跡 ~",
                        "2009-05-20", "Start with connect by prior 階層式查詢用法", "53787", "0", "資料庫", ""])
    body = ["在資料庫裡有一個不錯的階層式查詢功能，可以用很簡短的語法找出某人的所有下屬。",
            "上面這個表格的關係很簡單，每筆資料都有主管代號，用 connect by prior 就能一層層往下查詢。"]
    assert strip_save(header, body).title == "Start with connect by prior 階層式查詢用法"


def test_a_tagline_the_body_echoes_stays_the_headline_over_the_date_row():
    # the same layout, but the line above the date is the post's headline (the body names its
    # subject) and the line under the date is a short deck: the headline above the date wins
    header = "\n".join(["河畔部落", "首頁", "登入", "階層式查詢的三種寫法與效能比較", "2009-05-20",
                        "寫下每天的一點心得，回頭看就是足跡", "53787", ""])
    body = ["在資料庫裡有一個不錯的階層式查詢功能，可以用很簡短的語法找出某人的所有下屬。",
            "階層式查詢有三種寫法，這篇比較它們的效能，結果是遞迴寫法最慢，句子裡有逗號。"]
    assert strip_save(header, body).title == "階層式查詢的三種寫法與效能比較"


def test_a_setext_headline_over_its_underline_is_the_title_however_short():
    # a read-later export: the headline underlined with =====, the source link, the body
    header = "\n".join(["河畔谢幕", "=====", "", "[www.hepan.com](https://www.hepan.com/a/1.html)河畔趋势", ""])
    article = strip_save(header, _BODY)
    assert article.title == "河畔谢幕"
    assert "=====" not in article.body


def test_the_sites_name_joined_to_the_headline_by_a_bare_dash_is_cut():
    # an export's title line keeps the page's <title>: the headline, a dash, the site's name;
    # a dash inside a headline (某地-某地, GPT-4o) stays
    header = "\n".join(["为什么有些城市负债率特别高？-河畔网", "=====", ""])
    assert strip_save(header, _BODY).title == "为什么有些城市负债率特别高？"
    header = "\n".join(["北京-上海高铁今起加开夜间班次", "=====", ""])
    assert strip_save(header, _BODY).title == "北京-上海高铁今起加开夜间班次"


def test_a_notices_headline_with_its_bracketed_date_over_its_metadata_grid():
    # a government notice page: the breadcrumb, the headline with its date in brackets, the
    # metadata grid's header and value rows, the addressee, then the notice's sections
    header = "\n".join(["您现在所在的位置：", "首页", "政务公开", "政府信息公开目录", "业务类", "基层卫生", "",
                        "关于开展2024年“河畔家庭医生日”主题宣传活动的通知 ( 2024-05-11)",
                        "索取号 发布时间 发布机构 文件编号 备注", "076478684Q/2024-00112 河畔市卫生健康委员会 河卫基层〔2024〕5号",
                        "各区卫生健康委:", ""])
    body = ["今年5月19日是第14个“河畔家庭医生日”。为深入贯彻有关精神，根据《河畔市卫生健康委办公厅关于做好2024年家庭医生"
            "签约服务工作的通知》要求，宣传家庭医生签约服务新政策、新措施，我委定于5月19日前后在全市开展主题宣传活动，现就有关事项通知如下。",
            "一、聚焦重点工作，开展宣传活动", "今年“河畔家庭医生日”活动主题为“科学控体重 健康长相伴”。"]
    assert strip_save(header, body).title == "关于开展2024年“河畔家庭医生日”主题宣传活动的通知"


def test_a_story_list_of_bracketed_dates_gives_no_headline_of_its_own():
    # a list of other stories, each with its date in brackets, right above the headline: the
    # headline, not the list item nearest the body
    header = "\n".join(["河畔新聞 (2010-07-20)", "預算案創新思路 「滴灌」式扶貧助弱 (2010-01-06)",
                        "河畔太太親自過問「惡女」事件", "2010-07-20", ""])
    assert strip_save(header, _BODY_TW).title == "河畔太太親自過問「惡女」事件"


def test_a_row_of_metadata_fields_is_no_headline():
    # a government page's grid rows above the headline and its date row
    header = "\n".join(["当前位置：首页", "> 政府信息公开 > 工作动态", "索引号: 002482082/2024-00332 文件编号: 发布机构: 省教育厅",
                        "生成日期: 2024-10-21 主题分类: 教育 公开方式: 主动公开", "全省教育系统师德师风建设专题培训班举办",
                        "发布日期：2024-10-21 来源：新闻办 浏览次数： 字体：[ 大 中 小 ]", ""])
    assert strip_save(header, _BODY).title == "全省教育系统师德师风建设专题培训班举办"


def test_a_language_switch_above_the_headline_is_no_kicker():
    header = "\n".join(["Home", "面试", "About", "🌐", "中文 English", "河畔科技实习面试总结",
                        "2017-03-18 · 3 min read · 河畔科技 面试经历", ""])
    assert strip_save(header, _BODY).title == "河畔科技实习面试总结"


def test_a_blogs_contents_its_account_links_and_its_byline_fields_on_lines_of_their_own():
    # a select-all copy of a blog post: the post's contents in the sidebar, the blog's counts and
    # account links, then the headline over its byline, each field and value on a line of its own
    header = "\n".join(["小河的博客", "首页", "归档", "文章目录", "1. 简介", "2. 安装", "3.1. 配置文件", "3.4. 常见问题",
                        "小河", "55", "日志", "9", "分类", "GitHub E-Mail 简书", "0%", "河畔协议学习",
                        "发表于", "2019-04-15", "更新于", "2021-11-17", "分类于", "网络", ""])
    assert strip_save(header, _BODY).title == "河畔协议学习"


def test_a_headline_that_opens_with_a_date_like_number_is_no_contents_entry():
    header = "\n".join(["小河的博客", "首页 归档 关于", "4.21 日记", "2024-04-21 · 小河", ""])
    assert strip_save(header, _BODY).title == "4.21 日记"


def test_a_loading_placeholder_is_no_headline():
    header = "\n".join(["内容正在载入", "Home Blog Links About", "河畔年度简报 草木本无意荣枯自有时", "Dec 26, 2024 | 18 min read |", ""])
    assert strip_save(header, _BODY).title == "河畔年度简报 草木本无意荣枯自有时"


def test_a_gallery_link_with_its_count_is_no_headline_of_a_list():
    # a 明報-style save: the gallery's link, a related story, then the headline and its deck
    header = "\n".join(["主頁 要聞 港聞 國際", "全部圖片(1張)", "港定期抽查 未發現問題", "美研究﹕河畔米鉛超標百倍",
                        "疑西方傾倒毒廢料所致 自食惡果", ""])
    assert strip_save(header, _BODY_TW).title == "美研究﹕河畔米鉛超標百倍"


def test_a_headline_over_its_standfirst_and_a_toolbar_above_the_date_line():
    # a channel's name with its follow button, the headline, the standfirst, the toolbar's
    # buttons, then the date and byline line under them
    header = "\n".join(["会员中心", "我的评论", "RSS", "河畔商学院关注", "河畔的学生为何变得如此焦虑？",
                        "在她的学生等待考试成绩时，一位老师发现他们的焦虑远超以往，她想弄清楚原因。",
                        "英文对照", "收藏", "更新于2022年8月6日 15:27 林小河", ""])
    assert strip_save(header, _BODY).title == "河畔的学生为何变得如此焦虑？"


def test_a_photos_caption_with_its_date_is_no_headline_under_the_headline_shown_twice():
    # a copy of a broadcaster's story page: the headline in the page's bar, then again over its own
    # date line, the desk, then the lead photo's caption ending in its date in brackets
    header = "\n".join(["直播", "检索", "河畔首例就业歧视案败诉", "分享到", "上一页 下一页", "快讯",
                        "河畔时间 6:44 2024年11月13日 星期三", "劳工", "河畔首例就业歧视案败诉", "2016年5月10日 23:24",
                        "河畔之音", "求职者在河畔大学的招聘会上（2013年11月22日）", "分享", "打印", ""])
    assert strip_save(header, _BODY).title == "河畔首例就业歧视案败诉"


def test_a_notices_headline_with_its_bracketed_date_is_still_its_headline():
    header = "\n".join(["首页 > 通知公告", "关于举行国庆升旗仪式的通知 ( 2020年09月29日 )", "各学院、各部门：", ""])
    assert strip_save(header, _BODY).title == "关于举行国庆升旗仪式的通知"


def test_a_video_players_interface_between_the_headline_and_the_story_is_passed_over():
    # a copy of a story page with a video.js player under the headline: its controls, a caption
    # settings dialog's labels, the date again and a share row the copy ran together
    player = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration 1:23",
              "Loaded: 3.61%", "0:00", "Stream Type LIVE", "Remaining Time -1:23", "1x", "Playback Rate", "Chapters",
              "Descriptions", "descriptions off, selected", "Subtitles", "subtitles settings, opens subtitles settings dialog",
              "Fullscreen", "Beginning of dialog window. Escape will cancel and close the window.",
              "TextColorTransparency", "Text Edge Style", "Font Family",
              "Reset restore all settings to the default valuesDone", "Close Modal Dialog", "End of dialog window.",
              "Advertisement", "CLICK TO UNMUTE"]
    header = "\n".join(["首页 > 新闻资讯 > 社区 > 河畔", "河畔议员提案禁止跨性别者参加女子赛事", "北京时间：2025-01-16 12:56",
                        *player, "北京时间：2025-01-16 12:56", "FacebookTwitterEmailPrintFont Size繁体", ""])
    article = strip_save(header, _BODY)
    assert article.title == "河畔议员提案禁止跨性别者参加女子赛事"
    assert article.body == _BODY


def test_a_columns_headline_shown_twice_over_its_date_is_no_field():
    # 时事通识：… reads as a field (a short label and a short value) but stands twice, the page's
    # bar and its heading, over the date; under the date a player's network error and a copy button
    header = "\n".join(["无线新闻", "河畔新政", "时事通识：河畔性别政策", "时事通识：河畔性别政策", "发布日期: 2025-01-27 18:25",
                        "河畔新政", "粵", "您的网络已中断", "重试", "已复制连结", ""])
    assert strip_save(header, _BODY).title == "时事通识：河畔性别政策"


def test_a_field_of_a_metadata_grid_is_still_no_headline():
    header = "\n".join(["河畔市人民政府", "索引号：11220000", "发布机构：市政府办公室", "河畔市关于加强水利工程建设管理的通知",
                        "发布日期：2024-05-11", ""])
    assert strip_save(header, _BODY).title == "河畔市关于加强水利工程建设管理的通知"


def test_the_title_bars_headline_right_over_the_body_wins_over_a_teaser_above_the_date():
    # a browser's save: the page's <title> first, then menus, a teaser of another story, the
    # section, the site's slogan and the date, the tags, then the headline right over the body
    header = "\n".join(["美最高法院审河畔医疗禁令 正反阵营攻防 - 国际 - 带你看世界", "首页 国际 财经 娱乐", "登入",
                        "新山花园枪案15岁少女遇害 警方追查凶手下落", "国际", "带你看世界",
                        "发布: 2:02pm 05/12/2024 768点阅", "未成年", "人权", "医疗",
                        "美最高法院审河畔医疗禁令 正反阵营攻防", ""])
    assert strip_save(header, _BODY).title == "美最高法院审河畔医疗禁令 正反阵营攻防"


def test_a_sites_name_and_address_before_the_date_is_no_headline():
    # a government portal's save: the headline, then the site's name and address with the date
    # and the source on one line, right over the body
    header = "\n".join(["首页 > 要闻动态 > 市县", "在省第十届青年戏剧演员大赛中 河畔市喜获佳绩",
                        "河畔省人民政府门户网站 www.hepan.gov.cn 2022-09-21 09:19 来源: 河畔日报", ""])
    assert strip_save(header, _BODY).title == "在省第十届青年戏剧演员大赛中 河畔市喜获佳绩"
