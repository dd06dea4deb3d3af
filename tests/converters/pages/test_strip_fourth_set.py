"""Rules found on a fourth collection of real pages (Hong Kong papers, browser-saved pages of
Hong Kong sites, mainland portals): a video player or an ad slot embedded in the story.  Every
text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

LEAD = ("【本報訊】河畔新城昨日舉行區議會選舉，投票率較上屆微升，選舉事務處指全日投票過程大致暢順，"
        "當局會於稍後公布各區點票結果。")
REST = [("選舉事務處發言人表示，今屆共設六百多個投票站，部分票站因附近工程而臨時遷往鄰近學校，"
         "當局已安排接駁巴士接載選民往返。"),
        ("有選民昨午到票站投票後表示，今年輪候時間比上屆短，整個過程不足十分鐘，"
         "希望新一屆議員多關注區內交通和社區設施。"),
        ("另有長者指票站職員態度友善，亦有義工協助行動不便人士，認為安排比以往周到，"
         "但希望當局日後在更多地點設立投票站。")]
TITLE = "區議會選舉投票率微升 票站運作大致暢順"


def page(inner: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE} - 港聞 - 某某日報</title></head><body>"
            f"<div class='nav'><a href='/'>主頁</a> <a href='/hk'>港聞</a></div>"
            f"<h1>{TITLE}</h1><article class='txt4'>{inner}</article>"
            f"<div class='footer'>版權所有 不得轉載</div></body></html>").encode("utf-8")


def _player(footer_class: str = "InstreamDom_footer_x1", items: int = 12) -> str:
    playlist = "".join(f"<div class='plyr__item'><span>Now Playing</span><span>0{i % 9 + 1}:2{i % 6}</span>"
                       f"<a href='/v/{i}'>【一分鐘看新聞】某某藝人近況第{i}集</a></div>" for i in range(items))
    return (f"<aside class='adsaside'><div class='InstreamDom_root_a1'><div>Advertisements</div>{playlist}"
            f"<div class='{footer_class}'><div>Powered by</div><div>SomeStudio</div></div></div></aside>")


def test_a_video_players_own_footer_inside_the_story_does_not_end_it():
    # the player sits between the lead and the rest; its "footer" (Powered by …) is not the page's
    article = strip_boilerplate(page(f"<p>{LEAD}</p>{_player()}" + "".join(f"<p>{p}</p>" for p in REST)), "p.html")
    assert article.body == [LEAD, *REST]
    assert ("Powered by", "widget") in article.removed


def test_a_players_playlist_is_dropped_as_a_widget():
    article = strip_boilerplate(page(f"<p>{LEAD}</p>{_player()}" + "".join(f"<p>{p}</p>" for p in REST)), "p.html")
    assert not any("一分鐘看新聞" in p or p == "Now Playing" for p in article.body)


def test_a_lead_above_an_ad_slot_with_a_long_playlist_belongs_to_the_story():
    # a browser-saved page: the first paragraph, then an ad slot holding a video playlist of
    # many short items, then the rest of the story, all in the article's own container
    slot = "".join(f"<div><a href='/v/{i}'>Now Playing</a></div><div><a href='/v/{i}'>【娛樂】某某男星近況曝光第{i}回</a></div>"
                   for i in range(40))
    inner = f"<p>{LEAD}</p><div class='js-ad-slot'>{slot}</div>" + "".join(f"<p>{p}</p>" for p in REST)
    article = strip_boilerplate(page(inner), "p.html")
    assert article.body == [LEAD, *REST]


def test_prose_outside_the_article_container_above_an_ad_is_not_pulled_in():
    # a summary box above the article container stays out, however long the ad below it is
    slot = "".join(f"<div><a href='/v/{i}'>【娛樂】某某男星近況曝光第{i}回</a></div>" for i in range(40))
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='teaser-box'><p>{LEAD}</p></div><div class='js-ad-slot'>{slot}</div>"
            f"<article class='txt4'>" + "".join(f"<p>{p}</p>" for p in REST) + "</article></body></html>")
    article = strip_boilerplate(html.encode("utf-8"), "p.html")
    assert article.body == REST


# -- text saves of Hong Kong papers ---------------------------------------------------

from tests.converters.pages.saves import BODY_TW, strip_save  # noqa: E402

_DISCLAIMER = ("本網站所載的行情、評論及文章只供讀者參考，概不構成任何投資意見，亦不應被視為買賣任何證券、基金或其他產品的建議。"
               "讀者在作出任何投資決定之前，應先細閱有關產品的說明文件，考慮自身的財政狀況、投資經驗及可承受的風險，"
               "如有需要應諮詢持牌的專業顧問。本網站雖盡力確保所載資料準確，但並不保證資料絕對無誤，亦不保證資料適時更新，"
               "任何人士因使用或依賴本網站的資料而蒙受的直接或間接損失，本網站及其資料供應商概不負責。")


def test_a_long_paragraph_quoting_a_disclaimer_stays_in_the_story():
    quoted = ("河畔新城一家投資公司昨日發表聲明，指網上流傳的所謂內部消息與公司無關，強調公司發布的市場評論只供參考，"
              "概不構成任何投資意見，並呼籲投資者切勿輕信來歷不明的訊息。聲明又指，公司已就事件報警，"
              "並保留追究散播者法律責任的權利。有市場人士認為，近期同類事件增多，監管機構應加強對網上投資訊息的監察，"
              "以免散戶蒙受損失。另有學者指出，投資者應透過正式渠道查證消息，在作出任何投資決定前，"
              "應考慮產品的特點、本身的投資目標及可承受的風險程度，必要時尋求獨立的專業意見，不宜只憑社交媒體上的片面資訊入市。")
    assert len(quoted) > 200
    article = strip_save("河畔新城投資公司發聲明澄清\n2020-08-14 09:18\n", [BODY_TW[0], quoted, BODY_TW[1]])
    assert quoted in article.body


def test_a_financial_sites_long_disclaimer_never_outweighs_a_short_story():
    assert len(_DISCLAIMER) > 200
    footer = f"信報簡介 | 服務條款 | 私隱條款\n股票及指數資料由某某財經資訊有限公司提供。\n{_DISCLAIMER}\n"
    article = strip_save("今日 09:18 時事脈搏\n河畔新城委任新一屆文化委員會主席\n放大圖片\n", BODY_TW, footer)
    assert article.title == "河畔新城委任新一屆文化委員會主席"
    assert article.body == BODY_TW


def test_a_back_link_and_a_sites_announcement_are_never_the_headline():
    header = ("作者搜尋\n« 返回前頁\n【聲明】本網站從未以電話推銷任何產品\n"
              "新城舊區重建方案出爐 居民憂補償不足\n港聞\n發佈時間: 2019/04/24\n")
    assert strip_save(header, BODY_TW).title == "新城舊區重建方案出爐 居民憂補償不足"


def test_member_prompts_and_font_size_words_between_the_date_and_the_headline_are_passed_over():
    header = ("選擇地區\n溫哥華\n多倫多\n其他加拿大城市\n展開選單\n展開選單\n展開選單\n展開選單\n2019年04月18日\n"
              "馬上成為河畔會員\n會員註冊/登入\n麵包店創辦人抱病出庭作供\n分享\n適中字型\n較大字型\n")
    article = strip_save(header, BODY_TW)
    assert article.title == "麵包店創辦人抱病出庭作供"
    assert article.body == BODY_TW


def test_a_home_link_between_a_help_line_and_the_headline_ends_the_search_for_it():
    header = "節目重溫\n網上直播\n可重溫過去24個月的節目片段\n主頁\n渡輪公司三班航班延至今日開出\n2018-07-02 HKT 12:58\n分享工具\n"
    assert strip_save(header, BODY_TW).title == "渡輪公司三班航班延至今日開出"


def test_a_headline_right_under_its_date_line_with_only_the_sections_name_above():
    header = ("作家專欄\n圖片看世界\n港聞\n2020年8月8日星期六\n港聞一\n"
              "全區免費驗眼 當局料每日可驗三千人 涉款約兩億\nprevnext\n")
    article = strip_save(header, BODY_TW[:1])
    assert article.title == "全區免費驗眼 當局料每日可驗三千人 涉款約兩億"


def test_a_line_under_a_label_below_the_date_is_the_body_not_the_headline():
    # a poem's page: the short headline above its byline, 题记： and the inscription under it
    header = "首页\n个人中心\n首页/ 诗歌\n秋江•晚\n作者：某某 2020年01月12日18:32 浏览：272\n题记：\n"
    body = ["庚子年秋日江边散步归来随手所记", "晚风吹过旧渡口，", "一江秋水向东流。"]
    assert strip_save(header, body).title == "秋江•晚"


def test_a_row_of_hot_topics_is_navigation_never_the_headline():
    header = ("熱門話題 : 區議會選舉．颱風消息．新城重建．中秋好去處．科技新趨勢．樓市走勢\n要聞\n"
              "2025年12月8日星期一\n投票率略升 新城東區投票率最低 當局料點票今早完成\n")
    article = strip_save(header, BODY_TW)
    assert article.title == "投票率略升 新城東區投票率最低 當局料點票今早完成"
    assert any(r == "navigation" and t.startswith("熱門話題") for t, r in article.removed)


def test_a_ticker_of_stories_each_opening_with_its_time_is_a_list_not_the_article():
    ticker = "\n".join(f"{t} {h}" for t, h in [
        ("16:32", "某國拒絕代收關稅 願與鄰國建關稅同盟"), ("16:27", "熱話講股：科技股被睇低 買貨係時候？"),
        ("16:26", "少年沙灘玩沙感染寄生蟲 醫生：無傷口亦可感染"), ("16:24", "傳基金擬購快餐集團 內地業務或易主"),
        ("16:20", "中學生如願入讀大學金融系 冀助同路人"), ("16:17", "主題樂園九月起停用膠飲管，改用紙製飲管"),
        ("16:15", "報道指共享單車拖欠服務費，百萬單車將失聯"), ("16:13", "新房策效應現，樓價指數按周升0.24％"),
        ("16:12", "地產代理指數按周下跌，升幅七周內最少"), ("16:08", "二十萬元投資組合：哪些股份逆市看好？"),
        ("16:05", "港股微升，風電股造好，成交創今年新低"), ("16:02", "財資快訊：美元兌人民幣升，報六點八二")])
    menu = "\n".join(["話題", "精明消費", "健康", "親子", "休閒", "職場", "新聞", "商業解碼", "觀點"])
    header = (f"最新消息\n{ticker}\n登入\n訂閱 / 續訂\n31°C\n香港時間：2018年7月27日 星期五 16:39\n首頁\n{menu}\n"
              "行山人士失蹤六天後被尋回\n14:36 2018/07/27\n")
    article = strip_save(header, BODY_TW)
    assert article.title == "行山人士失蹤六天後被尋回"
    assert article.body == BODY_TW
    assert sum(r == "related" and t[:2] == "16" for t, r in article.removed) == 12  # every item a story list's


def test_times_opening_sentences_of_a_story_stay_in_it():
    body = [BODY_TW[0], "08:30 市民陸續到達會場排隊，現場秩序良好。", "09:00 典禮正式開始，主禮嘉賓致辭。",
            "09:45 嘉賓合照後活動結束，市民有序離場。", BODY_TW[1]]
    article = strip_save("河畔新城舉行開幕典禮\n2018-07-27 16:39\n", body)
    assert article.body == body


def test_app_and_channel_prompts_under_a_story_are_dropped():
    prompts = ["實時追蹤各區最新消息，立即下載河畔日報App：https://example.invalid/app",
               "訂閱Telegram最新優惠及送禮情報：https://example.invalid/tg", "想生活更精明，請讚好河畔生活Facebook"]
    article = strip_boilerplate(page("".join(f"<p>{p}</p>" for p in [LEAD, *REST, *prompts])), "p.html")
    assert article.body == [LEAD, *REST]


def test_a_sentence_that_mentions_downloading_an_app_stays():
    line = "當局表示，市民可立即下載新版流動應用程式，查詢各投票站的輪候時間。"
    article = strip_boilerplate(page("".join(f"<p>{p}</p>" for p in [LEAD, line, *REST])), "p.html")
    assert line in article.body


# -- question-and-answer pages -----------------------------------------------------------

_QUESTION = "家人之间需要说「谢谢」吗？"
_ASKED = ["从小长辈教我们受到帮助时要道谢，可是身边的朋友说这样太客气、显得生分。", "我还要继续这样说吗？"]
_ANSWER = ["谢谢邀请，这个问题很有意思。", "每个家庭都有自己的习惯，有的家庭讲究礼数，有的家庭更随意，这些习惯没有对错之分，只是不同。",
           "亲近的人之间说一声谢谢，并不会让关系变远，反而让对方知道自己的付出被看见了，这正是亲密关系里最珍贵的东西。",
           "所以不必为了迎合别人而改掉好习惯，只要语气自然、真心实意，对亲近的人多说谢谢也无妨。"]
_OTHER = "另一位答主的回答：我觉得看场合，家里人之间点到为止就好，太频繁的客套确实会让人觉得见外，不如用行动表达。"


def _qa_page(count_line: str = "查看全部 45 个回答") -> bytes:
    asked = "".join(f"<p>{p}</p>" for p in _ASKED)
    answer = "".join(f"<p>{p}</p>" for p in _ANSWER)
    return (f"<html><head><meta charset='utf-8'><title>{_QUESTION} - 某某问答</title></head><body>"
            f"<div class='header'><a href='/'>首页</a> <a href='/explore'>发现</a></div>"
            f"<div class='question'><h1>{_QUESTION}</h1><div class='detail'>{asked}</div>"
            f"<div class='bar'>举报 28 条评论 分享 • 邀请回答</div></div>"
            f"<div class='answers'><div>{count_line}</div><div class='answer'><div>某某，心理咨询师</div>"
            f"<div>甲、乙、丙 等人赞同</div>{answer}<div>编辑于 2014-09-25 160 条评论 感谢 分享 收藏</div></div>"
            f"<div>更多回答</div><div class='answer'><p>{_OTHER}</p><div>编辑于 2015-02-15 21 条评论 感谢 分享</div></div>"
            f"</div></body></html>").encode("utf-8")


def test_on_a_question_and_answer_page_the_answer_is_the_article():
    article = strip_boilerplate(_qa_page(), "qa.html")
    assert article.title == _QUESTION
    assert article.body == _ANSWER


def test_without_an_answer_count_a_comment_bar_still_ends_the_article():
    article = strip_boilerplate(_qa_page(count_line="最新评论"), "qa.html")
    assert article.body == _ASKED


def test_a_sidebar_of_the_latest_comments_above_a_blog_post_is_no_article():
    from tests.converters.pages.saves import BODY

    sidebar = ("最新评论\n如何用集合去掉重复的值\nreader_2020：这个写法我看不懂，请问第二个参数是做什么用的，能不能再解释一下？\n"
               "三十个纯前端实现的小游戏...\nshare_tips：学习资料分享，欢迎大家一起交流，有问题可以留言讨论。\n")
    header = sidebar + "目录\n1.参数检查\n2.格式化输出\n周末学会十个实用的前端技巧\n某某@某某社区 2020-07-02 08:25:00 495 收藏 1\n"
    article = strip_save(header, BODY)
    assert article.title == "周末学会十个实用的前端技巧"
    assert not any("reader_2020" in p or "share_tips" in p for p in article.body)
    assert article.body[-2:] == BODY


def test_replies_signed_with_handles_without_a_comments_header_are_left_alone():
    from tests.converters.pages.saves import BODY

    body = [BODY[0], "user_a：我同意楼主的看法，这个问题确实值得讨论。", "user_b：补充一点，文档里也有说明。", BODY[1]]
    article = strip_save("论坛帖子的标题在这里\n2020-07-02 08:25:00\n", body)
    assert article.body == body


def test_a_headline_and_its_deck_both_in_the_title_bar_give_the_headline():
    # a browser's text save opens with the page's <title>: the headline and the deck run together
    header = ("冷空氣南下連凍九日 今晨最低十七度 有雨兼潮濕 下周山區或九度 - 某某報 - 港聞\n\n首頁\n港聞\n"
              "冷空氣南下連凍九日 今晨最低十七度\n有雨兼潮濕 下周山區或九度\n2018/12/07\n分享：\n")
    assert strip_save(header, BODY_TW).title == "冷空氣南下連凍九日 今晨最低十七度"
