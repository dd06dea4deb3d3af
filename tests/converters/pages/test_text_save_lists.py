"""Text saves of the kinds the second collection is made of (Taiwan and Hong Kong news, WeChat,
small sites): lists of other stories, breadcrumbs, site names, share forms, member and follow
prompts, bracketed bylines and reporter names are never the headline.  Every text here is
written for these tests, in the shapes real saves fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from tests.converters.pages.saves import BODY as _BODY
from tests.converters.pages.saves import BODY_TW as _BODY_TW
from tests.converters.pages.saves import strip_save


def _strip(header: str, body=_BODY_TW, footer: str = ""):
    return strip_save(header, body, footer)


def test_a_list_of_dated_stories_above_the_headline_is_dropped():
    # an evening paper's column: the column's other stories, each with its date in brackets,
    # then the headline, the paper's address and the date
    stories = "".join(f"{t} ({d})\n" for t, d in [
        ("河堤步道月底完工 市民盼早日開放", "2011-03-20"), ("老街商圈拚轉型 攤商有喜有憂", "2011-03-12"),
        ("公車路線大調整 通勤族叫苦？", "2011-03-08"), ("夜市衛生評鑑 三成攤位待改善", "2011-03-01")])
    header = "您的位置： 某某首頁\n>> 街談巷議 >> 正文\n" + stories + "新站啟用在即 交通配套仍待補強\nhttp://paper.example.com\n[2011-03-21]\n"
    article = _strip(header)
    assert article.title == "新站啟用在即 交通配套仍待補強"
    assert article.body == _BODY_TW


def test_a_list_of_stories_with_times_is_not_kept_as_the_body():
    # a news site's ticker of other stories with their times, then the headline, the site's
    # name and the date broken over three lines
    ticker = "".join(f"{t}({h})\n" for t, h in [
        ("小鎮書店變身藝文基地\u3000「週末一起來看書～」", "16:01"), ("籃球／新秀砍下30分\u3000球隊仍吞敗", "15:39"),
        ("颱風外圍環流影響！\u3000東部嚴防豪雨", "15:24"), ("捷運新線試營運\u3000首日搭乘免費！", "15:05"),
        ("夜市攤商聯合促銷\u3000「買一送一」", "14:58")])
    header = "頭條新聞\n速報>>\n" + ticker + "古城探秘／揭開百年老宅修復背後的故事\nNEWS.example 今日新聞\n2015年\n06月\n03日\n"
    article = _strip(header)
    assert article.title == "古城探秘／揭開百年老宅修復背後的故事"
    assert article.body == _BODY_TW


def test_a_bulleted_list_of_other_stories_is_not_the_headline():
    # a bulleted list of other stories, the breadcrumb, the headline twice (after a zero-width
    # space), its date and tags
    bullets = "".join(f"‧\u00a0{t}\n" for t in [  # (a no-break space after the bullet)
        "雞蛋價格連三漲！\u3000早餐店評估調價", "高中生騎車擦撞\u3000雙方家長和解", "技職人才荒\u3000工廠開高薪搶人",
        "跨年晚會卡司公布！\u3000粉絲搶位", "快來！2015最High跨年晚會！"])
    header = ("新聞分類\n政治\n社會\n生活\n" + bullets + "某某新聞 >\n旅遊玩家\n>\n"
              "\u200b《旅行日記》走訪高山部落－四部曲\n\u200b《旅行日記》走訪高山部落－四部曲\n時間：2015/01/06 12:00\n標籤：\n旅遊\n")
    article = _strip(header)
    assert article.title == "《旅行日記》走訪高山部落－四部曲"
    assert article.body == _BODY_TW


def test_a_story_list_run_together_on_one_line_and_a_month_first_byline():
    # a small site: menus, a breadcrumb with », the related stories run together on one line
    # (each with its month-first date), the headline, a byline with a month-first date
    run = "".join(f"{t} ({d})" for t, d in [
        ("大事回顧．街頭運動時序（更新版）", "12/05/2014"), ("香港黃雨傘\u3000台灣太陽花", "11/22/2014"),
        ("大事回顧．街頭運動時序（初版）", "11/17/2014"), ("社區議題座談會側記", "11/02/2014")])
    header = ("網上民意調查系統\n某某劇場 ONLINE\n某某主持培訓計劃\n某某時報往期節目\n某某新聞 » 專題\n" + run + "\n"
              "校園論壇倡「多元包容」惹爭議\n- 某某編輯部 @ 05-19-2013 / 2 years ago\n")
    article = _strip(header)
    assert article.title == "校園論壇倡「多元包容」惹爭議"
    assert article.body == _BODY_TW


def test_a_breadcrumb_ends_the_lines_above_the_byline():
    # a portal's save: the site's menu run together on one line, the breadcrumb, the headline
    # (a breadcrumb is passed over as no headline, yet it ends the lines above the byline:
    # the menu above it is no headline either)
    header = ("某某首页 - 新闻 - 体育 - 娱乐 - 财经 - 科技 - 汽车 - 房产 - 旅游\n财经频道 > 国内财经\n"
              "民间投资稳步回升 中小企业信心增强\n时间：2004年10月21日14:18 作者：某某某 我来说两句( 0 )\n")
    assert _strip(header, _BODY).title == "民间投资稳步回升 中小企业信心增强"


def test_a_bracketed_byline_with_box_drawing_slashes_is_not_the_headline():
    # the desk's other headlines, the headline, the byline in brackets right under it (no date)
    others = "".join(f"{t}\n" for t in ["議長：修法需有社會共識", "部長：電價應反映成本", "黨主席提內閣制 副主席不評論"])
    header = "某某新聞網\n首頁\n要聞\n" + others + "市長：支持修法延長育嬰假\n【某某晚報╱記者王大明╱即時報導】\n"
    article = _strip(header)
    assert article.title == "市長：支持修法延長育嬰假"
    assert article.body == _BODY_TW


def test_a_member_prompt_is_not_the_headline():
    # the prompt right above the headline, the date under it
    header = ("某某日報\n政治\n生活\n體育\n即時\n社會\n登記成為“某某會員”瀏覽更多內容\n"
              "男子深夜騎車自撞\u3000送醫後不治\n建立時間：2018/03/02 21:40\n")
    article = _strip(header)
    assert article.title == "男子深夜騎車自撞\u3000送醫後不治"
    assert article.body == _BODY_TW


def test_a_wechat_follow_prompt_is_not_the_headline():
    header = "用三百行代码写一个小型表格工具\n2017-03-08 某某技术\n（点击上方公众号，可快速关注）\n"
    article = _strip(header, _BODY)
    assert article.title == "用三百行代码写一个小型表格工具"
    assert article.body == _BODY


def test_a_share_by_mail_greeting_is_not_the_headline():
    # the share-by-mail form printed above the story: its fields and its greeting line
    header = ("現在位置：\n首頁\n藝文\n轉寄好友\n友善列印\n主旨\n寄件人\n收件人\n內容\n你的朋友 ~\n"
              "從某某新聞-藝文寄了一則新聞與你分享 ~\n某某新聞2014.10.24 王小明/台中報導\n")
    article = _strip(header)
    assert "分享" not in article.title
    assert article.body == _BODY_TW


def test_a_caption_between_the_headline_and_the_byline_block_and_a_reporter_name_under_it():
    # headline, a one-sentence caption, widgets, the date, the paper and the reporter's name
    header = ("首頁\n某時\n社會\n遺憾！山區民宅傳火警 老翁不幸身亡\n山區一處民宅昨晚發生火警。\n友善列印\n小字型\n中字型\n大字型\n"
              "分享至Facebook\n分享至Twitter\n2018年09月16日 15:31\n某時\n王大明\n")
    article = _strip(header)
    assert article.title == "遺憾！山區民宅傳火警 老翁不幸身亡"
    assert article.body == _BODY_TW


def test_under_the_date_a_headline_outweighs_menu_words():
    # a site name (Latin letters and 新聞雲), menu words around the date, then the headline
    # right above the body
    header = ("NEWStoday新聞雲\n>\n地方\n>\n地方\n2017年12月09日 00:26\n地方\n地方焦點\n"
              "夜市攤商遭竊\u3000警方調閱監視器追查\n即時+好看！按讚加入NEWStoday新聞雲\n")
    article = _strip(header)
    assert article.title == "夜市攤商遭竊\u3000警方調閱監視器追查"
    assert article.body == _BODY_TW


def _headlines(n: int) -> str:
    return "".join(f"{w}\n第{i}則新聞標題在這裡 記者會後各方回應\n" for i, w in zip(range(n), ["生活", "國際", "科技", "政治"] * n))


_MENUS = "".join(f"{w}\n" for w in "好生活 影像空間 客戶頻道 訊息平台 即時 政治 國際 兩岸 產經 證券 科技 生活 社會 地方 文化 運動 娛樂".split() * 3)


def test_language_bars_do_not_outweigh_a_one_paragraph_story():
    # a news agency's mobile page: other headlines, a browser-language bar in Japanese and in
    # Spanish, long menus, then the short story (the agency's dateline paragraph)
    header = ("更多編輯台推薦新聞：\n" + _headlines(4)
              + "こちらのページは繁体字版です。日本語版「ニュース台湾」に切り替えますか？ページを移動しますか？はい、いいえ\n"
              + "Se detecta que el idioma que usted usa no es el carácter chino tradicional. Por favor, ingrese a la versión en "
                "español, donde encontrará las noticias del día, los reportajes y las fotos. ¿Desea cambiar de versión? Sí. No.\n"
              + _MENUS + "首頁 / 社會\n山區工寮火警 消防出動水庫車搶救\n最新更新：2016/03/19 10:48\n")
    story = ["（某某社記者王大明桃園19日電）桃園市山區一處工寮今天清晨發生火警，消防局出動水庫車搶救，所幸無人受傷。"]
    article = _strip(header, story, footer="訂閱某某社電子報\n訂閱\n")
    assert article.title == "山區工寮火警 消防出動水庫車搶救"
    assert article.body == story


def test_a_comment_boards_rules_are_not_the_article():
    # a mobile page: the headline, the date, the one-paragraph story, related headlines with
    # their dates, then the comment board's rules, longer than the story
    header = "首頁\n社會\n遺憾！山區民宅傳火警 老翁不幸身亡\n15:312018/09/16\n某時\n王大明\n分享\n"
    story = ["某某區山腳路一處民宅，16日下午1時48分傳出火警，消防隊到場後在屋內發現一名老翁，送醫後仍不治，"
             "詳細起火原因仍待調查。"]
    rules = ("發表意見\n留言規則\n某某電子報對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利，當使用者使用本網站留言服務時，表示已詳細閱讀並同意遵守以下規範。\n"
             "請勿重覆刊登一樣的文章，或大意內容相同、類似的文章\n請不要刊登與主題無相關之內容\n"
             "發言涉及攻擊、侮辱、影射或其他有違社會善良風俗、社會正義、國家安全、政府法令之內容，本網站將逕行刪除。\n"
             "請勿以發文、回文等方式，進行商業廣告、騷擾網友等行為，或是為特定網站宣傳，一經發現將立即刪除。\n"
             "禁止發表涉及他人隱私、含有個人對公眾人物之私評，且未經證實、未註明消息來源的網路傳聞。\n"
             "違反上述規定者，某某電子報有權刪除留言，或者直接封鎖帳號！請使用者在發言前，務必先閱讀留言規則。\n關閉\n")
    related = "推薦閱讀\n" + "".join(f"第{i}則相關新聞標題 各方說法不一\n{10 + i}:142018/09/{10 + i}\n" for i in range(8))
    article = _strip(header, story, footer=related + rules)
    assert article.title == "遺憾！山區民宅傳火警 老翁不幸身亡"
    assert article.body == story


def test_a_site_name_on_the_first_line_is_no_title_to_match():
    # a mobile save opens with the site's name, which is shown again under the date line
    header = ("NEWStoday新聞雲\n" + _MENUS + "夜市攤商遭竊\u3000警方調閱監視器追查\n2017年12月9日 00:26\n"
              "NEWStoday新聞雲\n>\n地方\n小\n中\n大\n")
    article = _strip(header)
    assert article.title == "夜市攤商遭竊\u3000警方調閱監視器追查"
    assert article.body == _BODY_TW


def test_a_ticker_above_the_breadcrumb_is_not_the_article():
    # a radio site: its name, menus, a ticker of one-sentence stories, the breadcrumb, then
    # the headline, its date and a font-size label
    ticker = "".join(f"{t}\n" for t in [
        "新版勞動法規今天正式上路，陪產假延長為五天。", "警方逮捕跨國詐騙集團的重要幹部，查扣大批證物。",
        "超商店員成功阻止詐騙事件，獲得警方表揚。", "國際會談將於本月中旬復談，各方表示樂觀。"])
    header = ("某某廣播公司全球資訊網\n請選擇\n某某新聞網\n某某音樂網\n速報\n" + ticker
              + "官網首頁 > 某某新聞網 NewsRadio\n> 生活\n寒流明發威 愈晚愈冷\n2014/12/11 18:58 報導\n小 中 大\n字級大小：\n")
    article = _strip(header)
    assert article.title == "寒流明發威 愈晚愈冷"
    assert article.body == _BODY_TW


def test_a_caption_with_its_photo_credit_between_the_headline_and_the_date():
    header = ("首頁 > 即時 >\n生活\n10年前命案現場 老宅下月拍賣開價425萬\n"
              "下月將拍賣的老宅位在河濱路一帶。（圖翻攝自網路地圖）\n2018-07-31 08:19\n")
    article = _strip(header)
    assert article.title == "10年前命案現場 老宅下月拍賣開價425萬"
    assert article.body == _BODY_TW


def test_a_letter_spaced_headline_is_no_menu():
    # a broadcaster's page writes every line letter-spaced (a space after each character)
    spaced = lambda t: " ".join(t)  # noqa: E731
    body = [spaced("旺角發生一宗企圖車內盜竊案，一名休班警員被捕。"),
            spaced("凌晨約三時，有途人在旺角一個停車場，發現一名男子企圖打開車門，於是報警，警員到場將他拘捕。")]
    article = _strip(spaced("一名休班警涉嫌企圖車內盜竊被捕") + "\n2014-12-25 HKT 22:40\n", body)
    assert article.title == spaced("一名休班警涉嫌企圖車內盜竊被捕")
    assert article.body == body


def test_a_breadcrumb_in_a_markdown_cell_is_not_the_headline():
    # a markdown dump (html2text): the page's layout table gives the bold breadcrumb its cell bars
    header = ("網上民意調查系統\n\n|  |  |  **某某新聞 » 專題**  \n---  \n\n**悼念故人\u3000毋忘當年暴行**\n\n"
              "- 某某編輯部 @ 08-24-2013 / 1 year ago\n\n")
    article = _strip(header)
    assert article.title == "悼念故人\u3000毋忘當年暴行"
    assert article.body == _BODY_TW


def test_a_list_of_headlines_above_the_breadcrumb_is_not_the_article():
    # a portal's save: "most read" and "most shared" lists (headlines with ！ and ： in them),
    # the breadcrumb, the headline, a short-link widget, then the desk, the date and a click count
    hot = "".join(f"{t}\n" for t in [
        "處女秀！新主席壓不住陣腳 中常委砲火四射", "某某專欄：經濟成長的劍宗與氣宗", "部長：協議還能簽嗎？再等一個月就沒意思了",
        "頂尖對決！民調預測兩人得票只差1%", "最多人分享", "某某看天下》請多關心沒沒無聞的受害人", "某某：參選黨主席 不選總統",
        "某某專欄：大國博弈 原油重跌5成 低價時代重臨嗎？", "連署過門檻 立院將成立修憲委員會"])
    header = ("最多人閱讀\n" + hot + "首頁> 新聞> 國際\n油價跌跌不休 重挫歐美股市\n產生縮網址\n"
              "編譯中心 2014年12月13日 09:33 237 點擊數\nTweet\n列印\nA A A A\n")
    article = _strip(header)
    assert article.title == "油價跌跌不休 重挫歐美股市"
    assert article.body == _BODY_TW


def test_headlines_run_together_on_one_line_do_not_outweigh_the_story():
    # a layout renderer ran the related headlines together on one line (no comma, no full stop);
    # a browser notice above it, share and print widgets between the headline and its date
    run = "某某 / 社會 / 焦點事件相關新聞" + "".join(f"第{i}則相關新聞 警方{i}天破案找回贓款" for i in range(12))
    header = ("親愛的網友：\n為確保您享有最佳的瀏覽體驗，建議您更新瀏覽器至最新版本，感謝您的配合。\n" + run
              + "\n山區民宅傳出異味 警方破門發現男子陳屍\n用LINE傳送\n+\n分享\n*\n分享\n分享\n留言\n列印\n*\n*\nA-A+\n"
              "2018-02-28 14:31 某某社 澎湖縣28日電\n*\n*\n")
    story = ["澎湖馬公一名五十歲男子今天上午未到醫院洗腎，卻被鄰居發現陳屍在住處，警方已封鎖現場。"]
    article = _strip(header, story, footer="馬公﹒洗腎﹒澎湖\n分享\n")
    assert article.title == "山區民宅傳出異味 警方破門發現男子陳屍"
    assert article.body == story


def test_a_wechat_date_author_and_account_line_is_a_byline():
    # a select-all copy of a WeChat article: the headline, then one line with the date, the
    # author and the account's name twice; section marks under it
    header = "初赛赛题解读 | 十分钟读懂某某编程挑战赛初赛赛题\n2017-03-03 原作者 CODECRAFT编程挑战赛 CODECRAFT编程挑战赛\n◄比赛问题定义►\n▌背景\n"
    article = _strip(header, _BODY)
    assert article.title == "初赛赛题解读 | 十分钟读懂某某编程挑战赛初赛赛题"
    assert article.body == _BODY


def test_a_markdown_wechat_byline_and_account_id():
    # the same as a markdown dump: emphasis marks around the date and author, the account's id
    header = ("初赛赛题解读 | 十分钟读懂某某编程挑战赛初赛赛题\n\n_2017-03-03_ _原作者_ CODECRAFT编程挑战赛 CODECRAFT编程挑战赛\n\n"
              "CODECRAFT编程挑战赛\n\n微信号 CodeContest-2017\n\n")
    article = _strip(header, _BODY)
    assert article.title == "初赛赛题解读 | 十分钟读懂某某编程挑战赛初赛赛题"


def test_a_story_list_with_an_undated_first_item_gives_no_kicker():
    # the column's other stories (the first one without its date), the headline, the paper's
    # address and the date
    stories = "".join(f"{t} ({d}) (圖)\n" for t, d in [
        ("發展迅速北上開拓", "2014-04-02"), ("何謂調解", "2014-04-02"), ("研討會匯聚專家 發掘新意念", "2014-04-02")])
    header = ("您的位置： 某某首頁\n>> 人海定格 >> 正文\n某某：調解服務締雙贏\n" + stories
              + "訴訟你死我活 調解共同協商\nhttp://paper.example.com\n[2014-04-02]\n 我要評論\n")
    article = _strip(header)
    assert article.title == "訴訟你死我活 調解共同協商"
    assert article.body == _BODY_TW


def test_a_list_of_stories_with_their_times_on_lines_of_their_own_gives_no_kicker():
    ticker = "".join(f"{h}\n{t}\n" for h, t in [
        ("01:11", "「飛雪連天射白鹿…」大師作品成追憶"), ("00:50", "全新筆電下週上市\u3000搭載高解析螢幕"),
        ("00:44", "萬聖節「驚悚扮裝車」！嚇壞路上司機")])
    header = "即時新聞\n" + ticker + "00:30\n與母爭吵疑失足墜樓\u3000男子送醫搶救不治\n2018/02/21 18:03:00\nA-\nA\nA+\n社會中心／綜合報導\n"
    article = _strip(header)
    assert article.title == "與母爭吵疑失足墜樓\u3000男子送醫搶救不治"
    assert article.body == _BODY_TW


def test_a_wechat_account_card_without_a_date():
    # a WeChat save with no date: the headline, 原创：, the author, the account's name twice,
    # its id and description, then the article (its first line a short one)
    header = "某某要发大招了？？？\n原创：\n某某君\n某某\n某某\n微信号\nmoumou321\n功能介绍\nDebug the World\n"
    body = ["今天某某的新闻不少 ~"] + _BODY
    article = _strip(header, body)
    assert article.title == "某某要发大招了？？？"
    assert article.body[-2:] == _BODY and not any("功能介绍" in p or "微信号" in p for p in article.body)


def test_the_end_mark_ends_the_article():
    # a portal's save: after the story's end mark come its tags, a rating widget and the
    # readers' comments (sentences too)
    header = "首次采样带回 月球探测为什么是最复杂任务？一图看懂\n2020-11-23 10:22:14\n出处：某某科技 作者：某某 编辑：某某\n"
    footer = ("- THE END -\n#天文航天#月球\n文章价值打分\n有价值\n一般般\n没价值\n"
              "网友甲：这个任务真的很难，希望一切顺利，期待早日看到月壤样品回来，大家一起加油吧。\n"
              "网友乙：每一步都要确保成功，工程师们辛苦了，这次发射我一定要守在电视机前看直播。\n"
              "网友丙：国庆假期结束以后还要上班，不过看到这样的新闻心情还是很好的，为航天人点赞。\n")
    article = _strip(header, _BODY, footer=footer)
    assert article.title == "首次采样带回 月球探测为什么是最复杂任务？一图看懂"
    assert article.body == _BODY


def test_a_ticker_line_above_the_site_s_text_step_is_no_kicker():
    # a portal: its channel menu, a ticker of headlines run together, the breadcrumb's last
    # step (某某网 正文), then the headline and its date
    header = ("数据\n舆 情\n无人机\n一带一路\n某某辟谣联盟官网正式上线驱走\"心灵感冒\"远离抑郁焦虑新款车型荣耀登场\n"
              "某某网 正文\n武汉的声音：有英勇的你，才有英雄的城！\n2020-02-19 20:29:58\n来源：\n某某谈\n关注某某网\n")
    article = _strip(header, _BODY)
    assert article.title == "武汉的声音：有英勇的你，才有英雄的城！"
    assert article.body == _BODY


def test_a_run_together_story_list_with_one_long_item():
    # a layout renderer's line: the site's other stories run together, one of them a long
    # English headline; the headline follows, its byline run onto its line
    stories = [("大事回顧．街頭運動時序（更新版）", "12/05/2014"), ("香港黃雨傘\u3000台灣太陽花", "11/22/2014"),
               ("example.hk brutally attacked by 200,000,000 requests per second", "11/20/2014"),
               ("社區議題座談會側記", "11/02/2014")] + [(f"第{i}篇評論：政改與佔領講到去邊？", f"10/{i:02d}/2014") for i in range(1, 29)]
    header = ("網上民意調查系統 | 某某劇場 ONLINE | 某某主持培訓計劃\n某某新聞 » 港聞\n"
              + "".join(f"{t} ({d})" for t, d in stories) + "\n校園論壇倡「多元包容」惹爭議- 某某編輯部 @ 11-22-2014 / 今日\n")
    article = _strip(header)
    assert article.title.startswith("校園論壇倡「多元包容」惹爭議")  # (the byline run onto it stays with it)
    assert article.body == _BODY_TW
    assert any(reason == "related" and "(12/05/2014)" in text for text, reason in article.removed)  # a story list


def test_a_headline_named_only_in_the_section_s_story_selector():
    # a layout renderer flattened the section's story selector onto one line and left out the
    # page's own headline; the date line over the body is that of one item of the selector
    selector = " ".join(f"{t} 2014-12-17 ({h})" for t, h in [
        ("監警考慮就佔領事件投訴發表中期報告", "16:56"), ("某某冀地區人士支持建屋計劃", "16:54"),
        ("反貪機構舉報今年跌11%", "16:31"), ("某某出任懲教署副署長", "16:20"), ("監警會考慮就佔領投訴發表報告", "16:17")])
    header = "香港 國際 中國 經濟 地產 體育 娛樂\n20141217a163245.asp 港聞新聞 " + selector + "\n2014-12-17 (16:31)\n"
    article = _strip(header)
    assert article.title == "反貪機構舉報今年跌11%"
    assert article.body == _BODY_TW


def test_no_headline_from_a_story_selector_when_the_time_is_shared():
    selector = " ".join(f"{t} 2014-12-17 (16:31)" for t in ["監警考慮就佔領事件投訴發表中期報告", "某某冀地區人士支持建屋計劃"])
    header = "香港 國際 中國 經濟 地產 體育 娛樂\n港聞新聞 " + selector + "\n2014-12-17 (16:31)\n"
    assert _strip(header).title == ""


def test_a_markdown_dump_s_escaped_marks_are_text():
    # html2text escapes a leading dash and a numbered line's dot: the end mark and the list
    # item read as the page shows them
    header = "# 首次采样带回 月球探测为什么是最复杂任务？\n\n2020-11-23 10:22:14 出处：某某科技 作者：某某\n\n"
    body = ["1\\. 探测器全重8.2吨，由轨道器、返回器、着陆器、上升器四部分组成，任务难度前所未有。"] + _BODY
    footer = ("\n\\- THE END -\n\n文章价值打分\n\n"
              "网友甲：这个任务真的很难，希望一切顺利，期待早日看到月壤样品回来，大家一起加油吧。\n\n"
              "网友乙：每一步都要确保成功，工程师们辛苦了，这次发射我一定要守在电视机前看直播。\n")
    article = _strip(header, body, footer=footer)
    assert article.body == ["1. 探测器全重8.2吨，由轨道器、返回器、着陆器、上升器四部分组成，任务难度前所未有。"] + _BODY


def test_end_alone_in_a_code_listing_does_not_end_the_article():
    header = "存储过程入门：一个完整的例子\n2020-11-23 10:22:14 作者：某某\n"
    body = [_BODY[0], "BEGIN", "SELECT 1;", "END", _BODY[1],
            "这是文章正文的第三段，解释了上面这段代码的每一行，并说明了在实际项目里如何调用它。"]
    article = _strip(header, body)
    assert article.body[-1] == body[-1] and _BODY[1] in article.body


def test_a_sentence_that_mentions_a_prompt_s_words_is_kept():
    header = "社区志愿服务平台上线\n2021-03-05 10:00 来源：某某日报\n"
    body = [_BODY[0], "注册成为志愿者的市民，可以在平台上浏览更多内容，报名参加社区组织的各类服务活动。", _BODY[1]]
    assert _strip(header, body).body == body


def test_sections_under_a_related_link_row_are_the_article_not_teasers():
    # a link row to more galleries above the article, whose sections each have a short heading
    # over a long paragraph: the headings are no teasers' headlines, so the article is no
    # stream of teasers cut at the row
    para = ("新专辑的封面上有她各种各样的表情，她说整张专辑的概念就像这个名字一样，希望听众在听完之后"
            "觉得新鲜、开心，也希望大家在忙碌的生活里找到一点轻松，歌曲的风格比上一张更加多元，"
            "既有轻快的舞曲，也有安静的民谣，还有她第一次尝试的说唱段落。她说录音的时候常常笑场，"
            "制作人只好一遍又一遍地重来，最后索性把笑声也留在了歌里，成了整张专辑最受欢迎的一段。")
    sections = ["第一次唱悲情歌曲", "第一次尝试不同唱腔", "第一次法文创作"]
    body = [para]
    for heading in sections:
        body += [heading, para]
    teasers = ["口述：一个妻子的自白书 某某夫妇夜会某某问新欢(图)", "某某人体彩绘只看关键部位(图)",
               "某某回骂某某：她的事谁不知道"]
    header = "\n".join(["歌手新专辑表情千奇百怪", "2005-04-28 11:13更新 来源：转载文章", *teasers,
                        "更多精彩图片>> 更多热辣幻灯>>", ""])
    article = strip_save(header, body)
    assert article.body[-len(body):] == body


def test_a_platforms_notice_on_the_content_above_ends_the_article():
    # a self-media platform's page: the post, the platform's word on it, then another whole
    # story it recommends, long enough to outweigh the post
    other = [f"另一篇推荐文章的第{n}段，讲的是别人的故事，和上面的新闻毫无关系，只是平台把它接在了后面。"
             for n in range(1, 10)]
    notice = "以上内容（包括图片及视频）为创作者平台用户上传并发布，本平台仅提供信息存储服务。"
    header = "首页\n美官员否认事故存在谋杀行为\n某某新闻网\n2024-05-20 13:09\n"
    article = strip_save(header, _BODY, notice + "\n分享至：\n登录并评论\n另一个故事的标题\n" + "\n".join(other) + "\n")
    assert article.body == _BODY


def test_photo_captions_with_their_credit_closing_the_story_are_no_headlines():
    # the story's last lines are its photos' captions, each a sentence and the photographer's
    # credit: no trailing list of headlines, so they stay where the story keeps its captions
    captions = [f"5月19日，在某某首都，某某在竞选总部发表胜选演讲（图{n}）。 某某社记者 某某 摄" for n in (1, 2, 3)]
    article = strip_save("首页\n某某宣布赢得总统选举\n2024-05-20 14:33·某某社\n", _BODY + captions, "举报\n评论 0\n")
    assert article.body == _BODY + captions


def test_a_count_of_comments_opens_their_section_and_a_keyword_line_is_dropped():
    # the story, its keyword line, then the comment count with the number of readers taking part
    # (longer than a header phrase alone), the hottest comments and their action rows
    footer = ("关键字 : 某省某市\n243条评论|3,930人参与网友评论\n最热评论\n某某网友\n"
              "现在居然觉得这个数字不大了，是我们有钱了，还是变得麻木了？这样的事情以后还会有吗？\n5月16日18:14举报赞494回复\n")
    article = strip_save("首页\n某某受审\n2024-05-16 18:00\n", _BODY, footer)
    assert article.body == _BODY


def test_a_sentence_that_opens_with_the_word_keyword_is_kept():
    # 关键字 as a programming keyword, not a label with a colon
    line = "关键字 newtype 提供介于 type 和 data 之间的一种能力，下面的例子会说明这一点。"
    assert line in strip_save("首页\n为什么要学习类型系统\n2024-05-16\n", [*_BODY, line, _BODY[0]]).body


def test_a_keyword_line_inside_a_label_and_bookmark_toasts_are_dropped():
    footer = ("文章关键词： 苹果新品 新手机\n已收藏!\n您可通过某某首页顶部“我的收藏”，查看所有收藏过的文章。\n"
              "更多猛料！欢迎扫描左方二维码关注某某新闻官方微信\n")
    article = strip_save("首页\n某某发布新手机\n2019-09-11 08:00\n", _BODY, footer)
    assert article.body == _BODY


def test_a_related_link_in_mid_story_does_not_end_a_text_save():
    # a portal's headline, widgets and byline, three paragraphs, a lone 推薦 link (the page's
    # related box, flattened), then the story going on in whole paragraphs, then its tag
    header = "\n".join(["河畔日報 / 兩岸 / 兩岸焦點", "河畔電子與河畔記憶體業績遭波及 已申請繼續供貨", "分享", "留言", "列印",
                        "A- A+", "2020-10-04 15:05 河畔報 記者某某某／即時報導", ""])
    before = ["河畔電子與河畔記憶體兩家公司，已經向主管機關申請繼續為海外客戶提供設備，結果尚未公布。",
              "當地報紙報導，兩家公司已在上月送出申請，主管機關將在三十天內決定是否批准，外界都在關注。",
              "河畔電子發言人表示，公司一向遵守所有法規，不評論與個別客戶的業務往來。"]
    after = ["報導指出，截至十月初，沒有跡象顯示這兩家公司的申請已經獲得批准，兩家公司都在等待消息。",
             "報導表示，如果申請沒有獲得批准，這兩家公司今年的營業利潤將會下滑，投資人正密切注意後續發展。",
             "分析師認為，感測器的收益前景將因此蒙上陰影，但長期來看，兩家公司仍有機會找到新的客戶。",
             "前身為老牌大廠的河畔記憶體，也將因此受到打擊，公司已經開始調整今年下半年的生產計畫。"]
    article = strip_save(header, [*before, "推薦", *after], "主管機關\n分享\n留言\n")
    assert article.body[-1] == after[-1] and article.body[0] == before[0]


def test_a_related_header_over_teasers_still_ends_a_text_save():
    # the same shape, but what follows the header is a list of other stories' headlines
    header = "河畔電子業績遭波及 已申請繼續供貨\n2020-10-04 15:05 河畔報 記者某某某／即時報導\n"
    before = ["河畔電子與河畔記憶體兩家公司，已經向主管機關申請繼續為海外客戶提供設備，結果尚未公布。",
              "當地報紙報導，兩家公司已在上月送出申請，主管機關將在三十天內決定是否批准，外界都在關注。"]
    teasers = ["河畔市今增4例確診 1例曾到酒吧消遣", "河畔航空傳解雇400員工 公司拒回應", "外幣存款利率 五大行調降",
               "河畔連環車禍 18名死者多為打零工民眾", "長假爆旅遊潮 多處景點門票售罄"]
    article = strip_save(header, [*before, "推薦", *teasers])
    assert article.body == before


def test_a_letter_size_switch_with_its_reset_button_and_an_investment_disclaimer_are_dropped():
    # a crypto-news save: the author, date and reading time, the font-size switch in letters
    # with its reset button, the share row, the body, then the site's disclaimer that opens
    # with 免責聲明： and says the article is no investment advice (a notice, not a header
    # whose lines below are dropped too)
    header = "\n".join(["河畔幣漲破四千美元 分析：將引爆空單清算", "作者： 某某某", "2025-07-21", "閱讀時間： 約 1 分鐘",
                        "A A", "A A Reset", "分享到 Facebook 分享到 X", ""])
    disclaimer = ("免責聲明：本文只為提供市場訊息，所有內容及觀點僅供參考，不構成投資建議，不代表本站觀點和立場。"
                  "投資者應自行決策與交易，對投資者交易形成的直接或間接損失，作者及本站將不承擔任何責任。")
    article = strip_save(header, [*_BODY_TW, disclaimer])
    assert article.body == _BODY_TW
    assert "A A Reset" in {t for t, _ in article.removed} and disclaimer in {t for t, _ in article.removed}


def test_a_notices_first_numbered_sections_above_its_longest_list_are_kept():
    # a government notice of name lists: 一、 over （一）, （二）, （三） with short lists of names,
    # then the long lists under （四） and 二、 where the prose is: the first sections belong to it
    header = "\n".join(["首页 - 通知公告", "某某学院2026年硕士研究生招生进入复试考生名单", "发布时间：2026年03月18日", ""])
    first = ["一、进入复试考生名单", "（一）哲学3人", "张一、李二、王三", "（二）政治学2人", "赵四、钱五"]
    rest = ["（三）公共管理12人",
            "孙六、周七、吴八、郑九、冯十、陈一一、褚一二、卫一三、蒋一四、沈一五、韩一六、杨一七（同等学力）",
            "二、复试安排",
            "我校考生复试时间定于3月27日至29日，具体安排另行发布，请考生保持通信畅通，密切关注主页通知。",
            "请考生于3月23日12:00前将所有需要提供的资料扫描后发送至指定邮箱，逾期未提交的视为放弃复试资格。"]
    article = strip_save(header, [*first, *rest], "上一篇：某某成绩公布\n版权所有 某某研究生部\n")
    assert article.body[:len(first)] == first and article.body[-1] == rest[-1]


def test_a_posts_numbered_references_at_its_end_are_kept():
    refs = ["[1] 某某参考：http://t.cn/RDOyIc8", "[2] 官网性能优化：http://t.cn/RDOyJqr", "[3] 论坛讨论：http://t.cn/RDOya3a"]
    article = strip_save("某某实战：索引重建速度提升十倍\n", _BODY + ["参考："] + refs,
                         "版权声明：本文为博主原创文章，转载请附上博文链接！\n")
    assert article.body[-3:] == refs


def test_a_markdown_clips_post_is_under_its_one_top_heading_however_long_the_sidebar_above():
    sidebar = ["### 最新评论", "",
               "... 某某网友 ： 博主文中给出的这个错误提示很准确。我遇到的情况是调用第三方库的时候出现的，看了你的文章才明白原因，谢谢分享！", "",
               "... 路人乙 ： 按照你的方法试了一下，在新版本的系统里菜单的位置有些变化，不过大体的步骤还是一样的，最后也成功了。", "",
               "... 路人丙 ： 请问博主，如果忘记了管理员密码应该怎么处理？我试了好几种办法都不行，系统一直提示权限不足。", ""]
    steps = ["1、选择系统偏好设置，如下图所示：", "2、然后选择用户和组，如下图所示：", "3、然后选择登录选项，解锁、然后选择加入，如下图所示：",
             "4、在弹出的框中选择打开目录实用工具，如下图所示：", "5、在打开的目录实用工具对话框中解锁，如下图所示：",
             "6、解锁之后，找到编辑->启用root，如下图所示："]
    text = "\n".join(sidebar + ["# 系统下启用管理员账户", "", "某某 2019-01-09 23:15:09", ""]
                     + [line for s in steps for line in (s, "", "![](step.png)", "")])
    article = strip_boilerplate(text.encode("utf-8"), "clip.md")
    assert article.title == "系统下启用管理员账户"
    assert article.body == steps


def test_a_markdown_clips_only_top_heading_is_its_headline_over_a_short_post():
    badges = ["累计签到获取，不积跬步，无以至千里，继续坚持！", "", "持之以恒", "",
              "授予每个自然月内发布4篇或4篇以上原创或翻译IT博文的用户。不积跬步无以至千里，不积小流无以成江海，程序人生的精彩需要坚持不懈地积累！", "",
              "勤写标兵Lv1", "", "授予每个自然周发布1篇到3篇原创IT博文的用户。本勋章将于次周周三上午根据用户上周的博文发布情况由系统自动颁发。", ""]
    text = "\n".join(["* [首页](https://www.example.net/)", "* [博客](https://blog.example.net/)", "", "原创", "",
                      "# 只下载软件包不安装", "", "2019-05-29 14:37:15 某某 阅读数 341", "",
                      "分类专栏： [Linux](https://blog.example.net/c/1)", "",
                      "yum -y install --downloadonly --downloaddir=/tmp/ vlock", "", "--downloaddir=/tmp/ 要下载到的目录", "",
                      "vlock 要下载的软件名称", "", "文章最后发布于: 2019-05-29 14:37:15", "", "有 0 个人打赏", "", "打赏", "",
                      "某某某某", "", "发布了12 篇原创文章 · 获赞 3 · 访问量 1万+", "", "私信", "", "关注", "",
                      "展开阅读全文", "", "点赞", "", "收藏", "", "分享", "", "TA的个人主页", "", "某某某某", "",
                      "码龄6年", "", "暂无认证", "", "勋章", "", "持之以恒", "", "勤写标兵", "", "签到新秀", "", "分类专栏", "",
                      "Linux", "", "Python", "", "随笔", "", "最新文章", "", "归档", "", "热门文章", ""]
                     + [line for n in range(30) for line in (f"#### [相关文章：第{n}种只下载不安装的方法](https://blog.example.net/p/{n})", "",
                                                             f"[通常是使用包管理器来安装并解决依赖关系，第{n}种方法只下载不安装，便于离线部署……](https://blog.example.net/p/{n})", "")]
                     + badges)
    assert strip_boilerplate(text.encode("utf-8"), "clip.md").title == "只下载软件包不安装"


STORY = [f"第{n}段：还有一周就是农历新年了，她正在打点行装，准备从北京坐火车回到湖北的老家，和女儿一起过年。" for n in range(1, 10)]


def test_a_toolbars_comment_button_under_the_date_ends_nothing():
    # a save of a story page: the standfirst, the date, the headline, the byline, then the toolbar
    # broken a button a line (字号 最大 … 评论 打印 电邮 收藏), then the story
    header = "\n".join(["首页 视频 政经 产经", ("【河畔农民工的故事】亿万农民工进城创造了经济奇迹，如今他们中的许多人开始回乡，记者跟随一位在北京做了五年保姆的"
                         "母亲踏上一千五百公里的返乡之路，看她如何在城市和乡村之间安放自己的生活，又如何面对家人的期待和身体的病痛。"),
                        "2015年05月15日 17:35 PM", "河畔农民工的故事", "河畔日报 林小河 报道",
                        "字号", "最大", "较大", "默认", "较小", "最小", "背景", "评论", "打印", "电邮", "收藏", ""])
    body = strip_save(header, STORY).body
    assert body[-len(STORY):] == STORY


def test_a_posts_comment_button_under_its_text_still_ends_it():
    footer = "\n".join(["点赞", "6", "收藏", "评论", "分享", "网友甲：写得很好，学到了很多，谢谢作者分享这么详细的经验。",
                        "网友乙：我也遇到过同样的问题，按照文中的方法解决了，非常感谢。", ""])
    body = strip_save("河畔小记\n2024-05-01 12:00\n", STORY, footer).body
    assert body == STORY


def test_a_consent_platforms_preference_panel_at_the_end_of_a_save_is_no_story():
    # the panel's long paragraphs outweigh a short story unless they are read as its notices
    panel = ["Your Opt Out Preference Signal is Honored", "不得出售或共享我的个人数据",
             "当您访问我们的网站时，我们会将 Cookie 存储在您的浏览器上以收集信息。收集的信息可能与您本人、您的偏好或您的设备相关，"
             "主要用于实现您预期的网站功能。这些信息通常不会直接识别您的身份，但可以为您提供更加个性化的网络体验。"
             "由于我们尊重您的隐私权，因此您可以选择不允许某些类型的 Cookie。单击不同的类别标题以了解更多信息并更改默认设置。",
             "更多信息", "全部允许", "管理许可偏好", "绝对必要的 Cookie", "始终处于活动状态",
             "网站运行离不开这些 Cookie 且您不能在系统中将其关闭。通常仅根据您所做出的操作（即服务请求）来设置这些 Cookie，"
             "如设置隐私偏好、登录或填充表格。您可以将您的浏览器设置为阻止或向您提示这些 Cookie，但可能会导致某些网站功能无法工作。",
             "根据 CPRA，您有权选择不向第三方出售或共享您的个人信息。这些 Cookie 收集信息用于分析和个性化您的体验、"
             "提供定向广告，并支持社交媒体功能。您可以通过关闭这些 Cookie 来行使您选择不出售或共享个人信息的权利，"
             "然而，如果您选择退出，您可能会看到更少的个性化广告，而且某些网站功能可能无法正常运作。",
             "这些 Cookie 由我们已添加到网站上的一系列社交媒体服务设置，使您能够与朋友和网络分享我们的内容。",
             "使用 Cookie，我们可以计算访问量和流量来源，以便衡量和提高我们网站的性能。"]
    header = "首页 > 新闻 > 加拿大\n河畔省三项立法即将生效\n更新: 2024-12-05 2:57 AM\n"
    article = strip_save(header, STORY[:1], "\n".join(["责任编辑：林小河", "投资", "法律", "汽车", "旅游", "Copyright© 2017-2020 河畔时报", *panel, ""]))
    assert article.title == "河畔省三项立法即将生效"
    assert article.body == STORY[:1]


def test_a_portals_blocks_of_headlines_with_their_times_run_on_are_no_story():
    # a news channel's boxes of other stories, each headline with its time run on (稱王13:56) or after
    # an ellipsis (禍首是… 16:00), above the story itself
    box = ["蛤～河畔女神懷孕惹？禍首是… 16:00", "撿不了肥皂了！河畔姐出片夢碎？15:42", "雙Ｊ再纏鬥！河畔歌王大賺6.4億稱王13:56",
           "航空業者還清白 河畔作家：清白已破爛12:30", "再冷都要美美的！河畔女神保暖小撇步11:05", "河畔送暖！愛心義賣助遲緩兒08:20"]
    summary = "天呀!!河畔女神驚傳大肚子了?!爸爸到底是誰呢??哦~~原來是她的新戲角色，劇組笑說這次玩笑開大了，粉絲紛紛留言祝福。"
    header = "\n".join(["三立官網", "節目表", "娛樂星聞", box[0], summary, *box[1:], "娛樂星聞 看更多➤➤",
                        "頂新魏家債留台灣！味全負債258億　債恐由全民來還？", "記者潘照文、張逸民／台北報導", ""])
    article = strip_save(header, _BODY_TW)
    assert article.title == "頂新魏家債留台灣！味全負債258億　債恐由全民來還？"
    assert article.body == _BODY_TW
