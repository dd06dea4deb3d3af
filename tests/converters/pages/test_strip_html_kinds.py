"""strip_boilerplate on HTML pages in the shape of the failures the second collected set
showed (Taiwan news, one-paragraph stories): comment rules, notices, slash bylines."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

STORY = ("桃園市一家輪胎行今天清晨發生火警，七名住戶及時疏散，消防人員出動十多輛消防車，"
         "大約一個小時後撲滅火勢，起火原因仍在調查中。")


def page(body: str, title: str = "輪胎行清晨火警 七人及時疏散") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 社會 - 某某新聞網</title></head><body>"
            f"<nav><a href='/'>首頁</a> <a href='/s'>社會</a></nav>"
            f"<article class='article-box'><h1>{title}</h1><div class='meta'>2023/05/06 10:48</div>"
            f"{body}</article></body></html>").encode("utf-8")


def test_a_one_paragraph_story_is_not_outweighed_by_the_comment_rules_below_it():
    rules = "".join(f"<li>請勿張貼與本則新聞無關的內容，第{i}次違反規定者，本網站將直接刪除留言並暫停帳號的發言權限。</li>"
                    for i in range(1, 9))
    body = (f"<div class='article-body'><p>{STORY}</p></div>"
            "<section id='comments' class='comments'><h4>發表意見</h4>"
            "<div class='comment-rules'><a href='#rules'>留言規則</a>"
            "<p>本網站對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利，使用者使用留言服務時，表示已詳細閱讀並同意下述規定：</p>"
            f"<ul>{rules}</ul></div></section>")
    article = strip_boilerplate(page(body), "story.html")
    assert article.title == "輪胎行清晨火警 七人及時疏散"
    assert article.body == [STORY]
    assert any(reason == "comments" and "請勿張貼" in text for text, reason in article.removed)
    # with no headline and story above it, a "comment" wrapper around most of the prose is still
    # taken for a mislabelled article container
    post = "".join(f"<p>第{i}段：這是網誌正文裡的一句話，寫的是一次登山的經過。</p>" for i in range(12))
    html = f"<html><head><title>網誌</title></head><body><div id='pl_main' class='pl'>{post}</div></body></html>"
    assert len(strip_boilerplate(html.encode("utf-8"), "post.html").body) == 12


def test_suicide_prevention_paywall_and_app_notices_are_dropped():
    notices = [
        "★本網關心您：再給自己一次機會",
        "自殺防治諮詢安心專線：0800-788995（24小時）",
        "生命線協談專線：1995",
        "張老師專線：1980",
        "您所瀏覽的新聞已過查詢時效。建議您加入本社付費會員找尋您要的新聞。",
        "本新聞文字、照片、影片專供本報會員閱覽，版權所有，禁止任何媒體引用、改寫、轉貼分享，違者必究。",
        "還想看更多新聞嗎？歡迎下載本報APP，現在看新聞還能抽獎：",
        "iOS載點 https://example.invalid/ios",
        "請繼續往下閱讀...",
    ]
    # a story that is about prevention keeps its sentences
    second = "消防局表示，火勢延燒快速；衛福部今年也擴大自殺防治計畫，安心專線的接線人力增加一倍。"
    body = (f"<div class='article-body'><p>{STORY}</p><p>{notices[-1]}</p><p>{second}</p>"
            + "".join(f"<p>{n}</p>" for n in notices[:-1]) + "</div>")
    article = strip_boilerplate(page(body), "story.html")
    assert article.body == [STORY, second]
    out = article.to_text()
    assert [n for n in notices if n in out] == []
    assert all(reason for _, reason in article.removed)


def test_simplified_notices_are_dropped_too():
    text = ("<html><head><meta charset='utf-8'><title>轮胎行清晨火警 七人及时疏散</title></head><body>"
            "<h1>轮胎行清晨火警 七人及时疏散</h1>"
            "<p>桃园市一家轮胎行今天清晨发生火警，七名住户及时疏散，消防人员出动十多辆消防车，大约一个小时后扑灭火势。</p>"
            "<p>自杀防治咨询安心专线：0800-788995（24小时）</p>"
            "<p>您所浏览的新闻已过查询时效。建议您加入付费会员找寻您要的新闻。</p></body></html>")
    article = strip_boilerplate(text.encode("utf-8"), "story.html")
    assert len(article.body) == 1 and article.body[0].startswith("桃园市")


def test_a_browser_language_bar_and_a_privacy_banner_do_not_outweigh_a_one_paragraph_story():
    bar = ("<header><div class='privacy-bar'>本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解隱私聲明。"
           "當您關閉此視窗，代表您同意上述規範。</div><div class='language-bar'>"
           "<div>Your browser does not appear to support Traditional Chinese. Would you like to go to our English website, "
           "where the same news is published every day, for readers all over the world?</div>"
           "<div>Se detecta que el idioma que usted usa no es el carácter chino tradicional. Por favor, intente entrar en "
           "la página web en español, donde se publican las mismas noticias cada día.</div></div></header>")
    more = "".join(f"<li><a href='/n/{i}'>市區第{i}場防災演練登場 上千市民參加</a></li>" for i in range(8))
    html = page(f"<div class='article-body'><p>{STORY}</p></div><aside><ul>{more}</ul></aside>")
    article = strip_boilerplate(html.replace(b"<nav>", bar.encode("utf-8") + b"<nav>"), "story.html")
    assert article.body == [STORY]
    # an English article under a Chinese headline keeps its English paragraphs
    english = "".join(f"<p>Paragraph {i}: the city held its yearly fire drill today, and more than a thousand "
                      f"residents took part, learning how to use extinguishers and where to go.</p>" for i in range(4))
    article = strip_boilerplate(page(f"<div class='article-body'>{english}</div>"), "story.html")
    assert len(article.body) == 4


def test_a_desk_or_reporter_byline_with_a_slash_is_metadata_not_body():
    lead = "〔記者王小明／台北報導〕台北市今天上午舉行防災演練，上千名市民參加，演練內容包括地震避難與滅火器使用。"
    body = (f"<div class='article-body'><p>記者王小明／台北報導</p><p>社會中心／綜合報導</p><p>{STORY}</p>"
            f"<p>{lead}</p></div>")
    article = strip_boilerplate(page(body), "story.html")
    assert article.body == [STORY, lead]
    assert ("記者王小明／台北報導", "meta") in article.removed


def test_the_title_segment_shown_as_the_page_heading_is_the_headline_even_when_the_site_name_is_longer():
    entry = ("青石鎮位於山谷之中，是一座有三百年歷史的小鎮，鎮上保留了許多石板路和木造老屋，"
             "每年秋天都會舉辦收穫祭，吸引不少遊客前來參觀。")
    infobox = "".join(f"<dt>欄位{i}</dt><dd>內容{i}</dd>" for i in range(70))
    html = (f"<html><head><meta charset='utf-8'><title>青石鎮_鄉土知識百科全書</title></head><body>"
            f"<div class='user'><h3>登入領取積分</h3></div><h1>青石鎮</h1><dl class='infobox'>{infobox}</dl>"
            f"<div class='para'><p>{entry}</p><p>{entry}</p></div></body></html>")
    article = strip_boilerplate(html.encode("utf-8"), "entry.html")
    assert article.title == "青石鎮"
    assert article.body[-1] == entry


def test_teasers_ending_in_an_ellipsis_and_more_are_dropped():
    teasers = "".join(f"<li><a href='/n/{i}'>寒流來襲第{i}波</a><p>強烈冷氣團發威，平地最低溫清晨出現在宜蘭，只有十二度，"
                      f"接下來兩天冷氣團威力減弱，氣溫可望漸漸...更多</p></li>" for i in range(2))
    body = f"<div class='article-body'><p>{STORY}</p></div><div class='other'><h3>其它生活新聞</h3><ul>{teasers}</ul></div>"
    article = strip_boilerplate(page(body), "story.html")
    assert article.body == [STORY]


def test_a_tip_appeal_ends_a_wechat_article_and_the_account_notices_after_it_go_too():
    lesson = ["今天我們學習字母c和k的發音，k總是發成自己的名字音，而c可以有兩個讀音。",
              "規則：c在字母e、i和y之前時讀成/s/，其他情況下都讀成/k/。",
              "作業：讀一讀下面這些單詞，看看你是否都能讀對。"]
    after = ["教孩子學會感恩，從這裡開始！",
             "我們一直堅持使公眾號無商業廣告，指望通過大家的支持來維護課程內容的不斷更新，並免費供大家閱讀學習。",
             "如何加入本課程的學習：每日一課，免費提供完整的暑期課程，請掃描二維碼後回覆關鍵詞加入學習。"]
    paras = "".join(f"<p>{t}</p>" for t in lesson) + "<p>歡迎打賞支持</p>" + "".join(f"<p>{t}</p>" for t in after)
    html = ("<html><head><meta charset='utf-8'><title>自然拼讀法課程06</title></head><body>"
            "<h2 class='rich_media_title' id='activity-name'>自然拼讀法課程06</h2>"
            f"<div class='rich_media_content' id='js_content'>{paras}</div></body></html>")
    article = strip_boilerplate(html.encode("utf-8"), "lesson.html")
    assert article.body == lesson
    assert ("歡迎打賞支持", "notice") in article.removed


# -- a portal's data container: the story as markup in a hidden <textarea> a script renders ----------

def test_a_story_held_as_markup_in_a_content_textarea_is_read():
    import html as _html

    paras_ = ["某国总统19日在首都举行年度记者会，在讲话中提到地区安全问题，并直指有必要建立新的安全体系。",
              "研究所所长表示，从该国的立场来看，这一问题同地区局势的走向密切相关，各方都在观察下一步的动向。",
              "他认为，未来一段时间里，相关各方仍将围绕安全安排展开多轮磋商，但短期内很难达成各方都能接受的方案。"]
    markup = "<article><section data-type='rtext'>" + "".join(f"<p>{p}</p>" for p in paras_) + "</section></article>"
    doc = ("<html><head><meta charset='utf-8'><title>某国再提安全问题有何用意 专家分析_某某网</title></head><body>"
           "<div class='nav'><a href='/'>首页</a> <a href='/mil'>军事</a></div>"
           "<div class='data-container' style='visibility:hidden;height:0;overflow:hidden;'>"
           "<textarea class='article-aid'>4A9zLtTcA9A</textarea><textarea class='article-title'>某国再提安全问题有何用意 专家分析</textarea>"
           f"<textarea class='article-content'>{_html.escape(markup)}</textarea>"
           "<textarea class='article-editor-name'>责编：某某某</textarea></div>"
           "<form><textarea class='comment-text'>&lt;p&gt;写下你的评论&lt;/p&gt;</textarea></form>"
           "<div class='footer'>关于我们 联系我们 某某网</div></body></html>").encode("utf-8")
    article = strip_boilerplate(doc, "p.html")
    assert article.body == paras_
    assert article.title == "某国再提安全问题有何用意 专家分析"
