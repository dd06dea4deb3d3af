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
