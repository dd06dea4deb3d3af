"""Lines unseen Hong Kong, Taiwan and government pages misread.  Captions that name where their
picture comes from: a platform's picture (（小紅書圖片）), a video's still (（影片截圖）), a photo
agency (（視覺中國）), a body that provided it (（圖／某某提供）); such a caption is the photo's, not
the story's, with or without a full stop before its credit, and a caption under the story's lead
does not cut the lead off from the rest of the story, even when a hidden video playlist sits
between them.  An item of a notice's numbered list that names an app is the notice's text, no
share widget.  An audio player embedded in the story (wsw__embed) ends nothing, whatever its
overlay's footer says.  A caption credited to the web (。網圖) is dropped and weighs next to
nothing between a short lead and the rest; a caption holds a full stop, so no run of them reads as
a teaser list's headlines.  A repost's or a compilation's credit closing the story (（转某某网站信息）,
文章综合自：…), a reprint's source in brackets (（摘自《某某》…）), a photo's credit said in words
(（相片由某某提供）, photo credit：) or after a bar (|网上图片), a video's or a translation's credits, a readers' column's
terms, a tip line, a newsletter offer, a paywall's mark and an app page's source with its stamp
(河畔新闻 06-30 22:22) are the publisher's, not the story's.  Every text here is written for these tests, in the shapes real pages take."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "河畔苑大火｜留醫住客：好掛住鄰居"
LEAD = ["河畔苑早前發生五級火，最先起火的河昌閣災情嚴重。社交平台流傳一則帖文，指住客阿明仍然留院，"
        "懇請親友聯絡他。本報今午接觸到阿明，據悉他與鄰居及時逃生，二人未有受傷。"]
REST = ["阿明表示，火災當日他因頭暈不適，看完醫生後便回到住所休息，鄰居發現屋外起火，於是高呼提醒，"
        "二人急忙離開單位，電梯當時仍正常運作，濃煙亦未攻入大廈內部。",
        "留院期間，社工曾帶同生活用品及乾糧探訪阿明；他的同鄉亦捐贈衣物應急，並每逢周日前來探望，"
        "他說最牽掛的仍是同住多年的鄰居。"]


def page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE} | 河畔01</title></head><body>"
            f"<h1>{HEADLINE}</h1>{body}</body></html>").encode("utf-8")


@pytest.mark.parametrize("caption", ["簽名留念。（小紅書圖片）", "二人曾合作拍攝劇集。（影片截圖）",
                                     "河畔藝術聯展合影（圖／河畔藝術提供）", "復出後合作拍攝劇集《婚內情》。（視覺中國）",
                                     "好拍檔！（IG圖片）", "河畔航空宣布航班將改為今日出發。（港台圖片）",
                                     "河畔藝人在社交平台留下兩字。網圖"])
def test_a_caption_closed_by_its_pictures_source_is_dropped(caption):
    body = paras(LEAD) + f"<figure><img src='a.jpg' alt='{caption}'><span class='img-caption'>{caption}</span></figure>" + paras(REST)
    article = strip_boilerplate(page(f"<div class='article'>{body}</div>"), "page.html")
    assert article.body == LEAD + REST


def test_a_sentence_naming_a_picture_in_brackets_midway_stays():
    # the bracket closes no caption here: the sentence goes on after it
    line = "消防處發放的現場照片（政府飛行服務隊圖片）顯示，火勢已經受控，救援人員正在清理現場。"
    article = strip_boilerplate(page(f"<div class='article'>{paras([*LEAD, line, *REST])}</div>"), "page.html")
    assert line in article.body


def test_a_caption_under_the_lead_does_not_cut_the_lead_off():
    # the lead, a hidden playlist of the site's videos, the photo's caption, then the story
    playlist = "".join(f"<div><span>Now Playing</span><a href='/v{k}'>【01秒看娛樂】河畔藝人第{k}集近況｜01娛樂</a>"
                       f"<span>01:{k:02d}</span></div>" for k in range(60))
    caption = "社交平台流傳一則帖文，指住客阿明仍然留院，懇請親友聯絡他。（網上截圖）"
    body = (f"<div class='article'>{paras(LEAD)}<div class='playlist' style='display:none'>{playlist}</div>"
            f"<figure><img src='a.jpg'><span class='img-caption'>{caption}</span></figure>{paras(REST)}</div>")
    article = strip_boilerplate(page(body), "page.html")
    assert article.body == LEAD + REST


def test_an_item_of_a_notices_numbered_list_is_no_share_widget():
    # （一）培训平台。…微信公众号点击…: the item names an app as the notice's own text
    items = ["（一）培训平台。河畔艺术学校微信公众号点击连接学习平台",
             "（二）培训时间。2024年9月1日至9月30日，学员自行安排学习进度。"]
    notice = ["为进一步提升全市文化系统干部的业务能力，经研究，决定举办线上业务培训班，现将有关事项通知如下：",
              *items, "请各单位高度重视，认真组织本单位人员按时参加培训，确保培训取得实效。"]
    article = strip_boilerplate(page(f"<div class='article'>{paras(notice)}</div>"), "page.html")
    assert article.body == notice


@pytest.mark.parametrize("credit", ["（转河畔区政府网站信息）", "文章综合自：学习强国、河畔日报、河畔发布",
                                    "內容綜合自：河畔日報、河畔電視台", "转自：河畔发布"])
def test_a_reposts_or_a_compilations_credit_closing_the_story_is_dropped(credit):
    article = strip_boilerplate(page(f"<div class='article'>{paras([*LEAD, *REST, credit])}</div>"), "page.html")
    assert article.body == LEAD + REST


@pytest.mark.parametrize("credit", ["（摘自《河畔法治》半月刊2004年1月上）", "(本文来自河畔新闻，更多原创资讯请下载“河畔新闻”APP)",
                                    "（本文來自河畔日報）"])
def test_a_reprints_source_in_brackets_closing_the_story_is_dropped(credit):
    article = strip_boilerplate(page(f"<div class='article'>{paras([*LEAD, *REST, credit])}</div>"), "page.html")
    assert article.body == LEAD + REST


@pytest.mark.parametrize("offer", ["免费订阅30天河畔双语新闻手机报：移动用户编辑短信HP至1065800000",
                                   "移動用戶編輯短信HP至1065800000，免費訂閱河畔手機報"])
def test_a_news_by_sms_or_subscription_offer_under_the_story_is_dropped(offer):
    article = strip_boilerplate(page(f"<div class='article'>{paras([*LEAD, *REST, offer])}</div>"), "page.html")
    assert article.body == LEAD + REST


def test_a_magazines_word_on_its_free_subscription_is_no_sms_offer():
    # 我司杂志提供免费订阅…: 免费订阅 alone marks no ad (the SMS offer is marked by 编辑短信), so the
    # notice's own words decide what the line is
    from zhtext.converters.lexicon import compiled
    assert compiled().marker("我司杂志提供免费订阅，任何第三方平台的赠送或售卖行为均与我司无关。") != "ad"
    assert compiled().marker("免费订阅30天河畔手机报：移动用户编辑短信HP至1065800000") == "ad"


def test_a_blogs_reprint_notice_opening_with_the_same_words_stays_a_copyright_line():
    # 本文来自 https://… 转载请注明出处: a notice under a blog post's headline, which a text save's
    # headline rules read past as a copyright line (a source line may name the headline)
    from zhtext.converters.lexicon import compiled
    assert compiled().marker("本文来自 https://blog.example.com/2024/04/14/p1/ 转载请注明出处") == "copyright"


def test_an_audio_player_embedded_in_the_story_ends_nothing():
    # a news site's player in the story's body (wsw__embed), its overlay's own footer (嵌入 分享,
    # 代码已经复制到剪贴板。) between the lead and the rest
    player = ("<div class='wsw__embed'><div class='media-pholder media-pholder--audio'><div class='c-mmp'>"
              "<span class='c-mmp__title'>河畔苑大火引发激烈辩论</span>"
              "<div class='c-mmp__overlay-footer'><span>嵌入</span> <span>分享</span></div>"
              "<div class='c-mmp__footer'><p>代码已经复制到剪贴板。</p><p>网址已复制到剪贴板</p></div>"
              "<div class='c-mmp__footer'>没有媒体可用资源</div><span class='c-mmp__time'>0:00 7:09</span></div></div></div>")
    body = f"<div id='article-content'><div class='wsw'>{paras(LEAD)}{player}{paras(REST)}</div></div>"
    article = strip_boilerplate(page(body), "page.html")
    assert article.body == LEAD + REST


def test_captions_after_an_in_story_related_box_are_no_teasers_headlines():
    # 相關新聞： over four linked headlines inside the story, then captions closed by a credit the
    # rules do not know (…兩字。某網) between the story's last paragraphs: a caption holds a full
    # stop, no teaser's headline does, so the box ends nothing
    related = "<p><strong>相關新聞：</strong><br>" + "<br>".join(
        f"<a href='/n{k}'>河畔苑大火︱第{k}條相關新聞的標題 消防處仍在調查</a>" for k in range(4)) + "</p>"
    captions = [f"<p>河畔苑大火第{k}張相片，消防員在場救火。河畔網</p>" for k in range(4)]
    body = (f"<div class='article-body'>{paras(LEAD)}{related}{''.join(captions[:2])}"
            f"{paras(REST[:1])}{''.join(captions[2:])}{paras(REST[1:])}</div>")
    article = strip_boilerplate(page(body), "page.html")
    assert article.body[0] == LEAD[0] and article.body[-1] == REST[-1]


def test_captions_between_a_short_lead_and_the_rest_do_not_cut_the_lead_off():
    # one paragraph of lead, an in-story related box, three photos whose captions end in 。網圖,
    # then the rest: a caption weighs next to nothing against the story around it
    lead = ("河畔籃球界代表人物之一的某某，上周四被網民爆出醜聞，事件在網上引起熱議。"
            "多個代言品牌已刪去涉及他的內容，直至今日下午，他才在社交平台上突然發文回應。")
    related = "<p><strong>相關新聞：</strong><br>" + "<br>".join(
        f"<a href='/n{k}'>某某醜聞︱第{k}條相關新聞的標題 事發於五星級酒店？</a>" for k in range(4)) + "</p>"
    captions = "".join(f"<p><img src='{k}.jpg'></p><p>某某在社交平台留下兩字，第{k}張相片。網圖</p>" for k in range(3))
    article = strip_boilerplate(page(f"<div class='article-body'><p>{lead}</p>{related}{captions}{paras(REST)}</div>"),
                                "page.html")
    assert article.body == [lead, *REST]


@pytest.mark.parametrize("line", ["（相片由受訪者提供）", "photo credit：河畔大學線", "图：河畔游泳运动员某某。|网上图片",
                                  "影片製作：某某某", "摄像制作：某某／采访：某某某", "（翻译：某某某）", "译者：某某（某某翻译社）",
                                  "本報有錄取及刪修權，不付稿酬；未經採用者，恕不退件。",
                                  ">>>河畔網WhatsApp爆料熱線(437)0000000，歡迎提供新聞線索", ">>>立即瀏覽【移民百答】欄目，了解更多資訊",
                                  "訂閱《河畔早安》電子報 每天3分鐘掌握10件天下事", "（節錄）", "河畔新闻 06-30 22:22"])
def test_credits_notices_and_promotions_around_a_story_are_dropped(line):
    # a photo's credit said in words or after a bar, a video's credits, a readers' column's terms,
    # a tip line, a column's promotion, a newsletter offer, a paywall's mark
    article = strip_boilerplate(page(f"<div class='article'>{paras([*LEAD, REST[0], line, REST[1]])}</div>"), "page.html")
    assert article.body == LEAD + REST
