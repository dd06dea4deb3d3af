"""Rules found on a fifth collection of real pages (help-centre articles, Taiwan papers, a
WeChat article with a data table): a help centre's feedback widget and author box, pointers to
other pages, credits of two roles, donation details, subscription appeals.  Every text here is
written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

TITLE = "如何为新开的账号设置两步验证"
BODY = [("两步验证是在密码之外再加一道确认，开启后，在新设备上登录时除了密码还需要输入手机收到的验证码，"
         "这样即使密码泄露，别人也难以登录您的账号。"),
        ("开启的方法是进入设置页面，选择账号与安全，再点击两步验证，按照提示绑定手机号码并完成一次验证，"
         "整个过程大约需要两分钟。"),
        ("如果更换了手机号码，请先在旧号码仍能收到短信时解除绑定，再绑定新号码，"
         "否则可能需要通过人工申诉才能恢复登录。")]


def page(inner: str, title: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 帮助中心</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/help'>帮助中心</a></div>"
            f"<h1>{title}</h1><div class='article'>{inner}</div>"
            f"<div class='footer'>版权所有 不得转载</div></body></html>").encode("utf-8")



def test_a_help_centres_feedback_question_and_author_box_are_dropped():
    box = "小李是客服专家，同时也是本帮助页面的作者。请在下方提供反馈，以帮助她改进内容。"
    article = strip_boilerplate(page(paras(BODY) + f"<p>{box}</p><p>以上信息是否解决了您的问题？</p>"), "h.html")
    assert article.body == BODY
    removed = {t for t, _ in article.removed}
    assert box in removed and "以上信息是否解决了您的问题？" in removed


def test_the_feedback_question_in_traditional_script_is_dropped():
    body = [strip_boilerplate(page(paras(BODY) + f"<p>{q}</p>"), "h.html").body for q in
            ("這篇說明對您有幫助嗎？", "以上資訊是否解決了您的問題？")]
    assert body == [BODY, BODY]


def test_a_question_about_whether_something_helps_in_a_story_is_kept():
    # not the reader being asked: a story's sentence about helping stays
    line = "专家表示，这项补贴对农户是否有帮助，还要看明年的收成。"
    assert strip_boilerplate(page(paras(BODY[:2] + [line] + BODY[2:])), "h.html").body == [*BODY[:2], line, BODY[2]]


def test_pointers_to_another_page_or_a_support_channel_are_dropped():
    pointers = ["想了解更多账号安全相关问题，您可以扫码进入客服公众号，联系在线客服。",
                "想要了解更多两步验证与短信验证的区别，请点击这里！",
                "如需了解更多詳情，請瀏覽官方網站或聯絡客服熱線。"]
    article = strip_boilerplate(page(paras(BODY[:1] + pointers[:1] + BODY[1:] + pointers[1:])), "h.html")
    assert article.body == BODY


def test_a_sentence_about_learning_more_is_kept():
    line = "想了解更多的年轻人开始报名参加社区的急救培训课程，名额很快就满了。"
    body = [*BODY[:1], line, *BODY[1:]]
    assert strip_boilerplate(page(paras(body)), "h.html").body == body


STORY = [("南部一所高中的學生利用暑假組隊騎單車環島，十二天走完一千多公里，沿途拜訪各地的老街與漁港，"
          "並把見聞寫成日誌分享給學弟妹。"),
         ("帶隊老師表示，出發前學生花了一個月練習體能與修車，途中雖遇上兩天大雨，"
          "但大家互相打氣，最後全員平安回到學校。"),
         ("參加的學生說，最難忘的是在東部海邊看日出，也學會了如何規劃路線與分配預算，"
          "明年還想再挑戰一次。")]


def story(inner: str) -> bytes:
    return page(inner, "高中生單車環島十二天 沿途記錄老街漁港")


def test_a_credit_of_two_roles_alone_on_a_line_is_dropped():
    for credit in ("圖文／某某週刊", "報導•攝影╱王小明", "文字/攝影：陳大同", "（图文/李某某）"):
        article = strip_boilerplate(story(f"<p>{credit}</p>" + paras(STORY)), "s.html")
        assert article.body == STORY, credit
        assert (credit, "credit") in article.removed


def test_a_credit_of_one_role_is_kept_next_to_the_story():
    # 文/某某 and 记者 某某 are the story's bylines, kept as before
    article = strip_boilerplate(story(paras(STORY) + "<p>文／王小明</p>"), "s.html")
    assert article.body == [*STORY, "文／王小明"]


def test_a_line_that_mentions_pictures_and_words_is_no_credit():
    line = "圖文並茂的日誌在學校網站上公開後，吸引不少家長留言鼓勵。"
    assert strip_boilerplate(story(paras([*STORY, line])), "s.html").body == [*STORY, line]


def test_donation_details_under_a_charity_column_are_dropped():
    for line in ("基金會編號：B1234", "劃撥帳號：12345678", "捐款账号：6222 0000 1111"):
        assert strip_boilerplate(story(paras(STORY) + f"<p>{line}</p>"), "s.html").body == STORY, line


def test_a_subscription_appeal_closing_a_story_is_dropped():
    for line in ("收看更多文章，請訂閱某某國際facebook專頁：", "欢迎订阅我们的周报"):
        assert strip_boilerplate(story(paras(STORY) + f"<p>{line}</p>"), "s.html").body == STORY, line


REVIEW = [("这次我用同一张数独棋盘的照片测试了十几个模型，让它们把图片里的数字识别出来，"
           "再和正确答案逐格对比，统计每个模型出错的格子数量。"),
          ("测试时每个模型只给一次机会，提示词完全相同，也不额外提醒它注意容易混淆的数字，"
           "这样得到的结果更接近日常使用时的体验。"),
          ("有些模型识别得很快，但把相邻的两个数字看成一个；有些模型很慢，却几乎没有错误，"
           "下面的表格按错误数量从少到多排列。")]
CLOSING = [("综上，如果要让模型读图写代码，我更建议选错误少的那几个，因为代码里一个数字错了，"
            "后面的逻辑就全都不对，省下的那点时间并不划算。"),
           "特别说明：这次测试只针对一张棋盘图片，样本很少，结论仅供参考，欢迎大家补充自己的测试结果。"]


def _ranking(rows: int = 14) -> str:
    cells = "".join(f"<tr><td>{i}</td><td>模型{i}号</td><td>{i * 2}</td><td>错误较多</td><td>★</td></tr>"
                    for i in range(1, rows + 1))
    return f"<table><tr><th>排名</th><th>模型名称</th><th>错误数量</th><th>说明</th><th>评级</th></tr>{cells}</table>"


def review(inner: str) -> bytes:
    return page(inner, "读图模型聪明度排名（最新评测）")


def test_the_article_goes_on_after_a_table_of_data():
    article = strip_boilerplate(review(paras(REVIEW) + "<h2>模型聪明度排名</h2>" + _ranking() + paras(CLOSING)), "r.html")
    assert article.body == [*REVIEW, "模型聪明度排名", *CLOSING]
    assert ("模型3号", "table") in article.removed


def test_a_table_that_ends_the_article_stays_outside_it():
    # nothing after the table: the region ends at the article's last paragraph, as before
    article = strip_boilerplate(review(paras(REVIEW + CLOSING) + _ranking()), "r.html")
    assert article.body == [*REVIEW, *CLOSING]


def test_a_page_laid_out_in_a_table_is_not_read_as_an_article_after_a_table():
    # the article itself sits in a table cell: the rule does not apply (the menu cells stay out)
    layout = ("<table><tr><td>" + paras(REVIEW) + "</td></tr></table>"
              "<table><tr><td><a href='/a'>首页</a></td><td><a href='/b'>评测</a></td></tr></table>")
    article = strip_boilerplate(review(layout), "r.html")
    assert article.body == REVIEW


NEWS = [("〔記者王小明／台北報導〕河口社區今日起試辦夜間巡守隊，由里民輪流在晚間八點到十點沿河堤巡邏，"
         "並回報路燈故障與積水地點。"),
        ("里長表示，過去一年河堤步道常有路燈不亮的情形，長者晚上散步不安全，"
         "巡守隊成立後，市府承諾在三天內修復回報的路燈。"),
        ("市府工務局指出，試辦期為三個月，若成效良好，將推廣到其他沿河社區，"
         "並提供巡守隊員反光背心與手電筒。")]


def test_a_text_saves_date_under_a_photo_caption_is_no_comment_signature():
    # a caption, the story's date and time alone on a line, the story, then a list of
    # related stories each under its date and time: the story is kept
    lines = ["首頁 > 生活", "河口社區試辦夜間巡守隊 路燈故障三天內修復",
             ("河口社區今日起試辦夜間巡守隊，里民分組在河堤步道巡邏，沿途檢查路燈與排水溝，"
              "並把積水和故障地點回報里辦公處。（圖由里辦公處提供）"), "2024/05/02 20:15",
             *NEWS, "相關新聞", "2024/05/02 17:10", "市府擴大補助社區巡守隊，每隊最高十萬元，下月起受理申請。",
             "2024/05/01 09:30", "河堤步道整修完工，居民說夜間照明全面更新後，晚上散步安心多了。"]
    body = strip_boilerplate("\n".join(lines).encode("utf-8"), "n.txt").body
    assert all(p in body for p in NEWS)


def test_bare_dates_over_remarks_after_the_story_are_still_a_comment_thread():
    lines = ["河口社區試辦夜間巡守隊 路燈故障三天內修復", "2024-05-02 20:15:00 來源：某某日報", *NEWS,
             "2024-05-03 08:12:40", "支持！希望我們社區也能有巡守隊，晚上散步安心多了。",
             "2024-05-03 09:01:05", "路燈壞了好幾個月，終於有人管了，謝謝里長。"]
    body = strip_boilerplate("\n".join(lines).encode("utf-8"), "n.txt").body
    assert body == NEWS


def _product_links() -> str:
    return "".join(f"<p><a href='/shop/{i}'><strong>限時特價►某某牌保溫瓶第{i}款 買一送一只要${i}99</strong></a></p>"
                   for i in range(1, 4))


def test_the_heading_of_a_link_box_closing_a_story_is_dropped():
    article = strip_boilerplate(story(paras(STORY) + "<p><strong>省錢好時機！精選好物等你來挑</strong></p>" + _product_links()),
                                "s.html")
    assert article.body == STORY
    assert ("省錢好時機！精選好物等你來挑", "related") in article.removed


def test_a_subhead_followed_by_more_story_is_kept():
    # a short line above link lines, but the story goes on after them: a subhead, kept
    inner = paras(STORY[:2]) + "<p><strong>明年再挑戰一次</strong></p>" + _product_links() + paras(STORY[2:])
    assert "明年再挑戰一次" in strip_boilerplate(story(inner), "s.html").body


def test_a_reporters_credit_above_closing_links_is_kept():
    article = strip_boilerplate(story(paras(STORY) + "<p>（記者王小明）</p>" + _product_links()), "s.html")
    assert article.body == [*STORY, "（記者王小明）"]


def test_a_comments_phrase_on_a_short_line_lets_another_phrase_tell():
    # 更多文章 opens no section here (not a header line): the appeal after it is what the line is
    article = strip_boilerplate(story(paras(STORY) + "<p>收看更多文章，歡迎訂閱我們的粉絲專頁：</p>"), "s.html")
    assert article.body == STORY


def test_a_byline_row_with_widget_links_stays_a_byline():
    # a text save's date line that shares the page's widgets (我来说两句, 打印) is the byline row a
    # save's headline is found above, not a share widget
    row = "NEWS.EXAMPLE.COM 2005年3月11日12:12 来源：[ 某某网 ]页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】 【关闭】"
    lines = ["首页 > 财经 > 产经新闻", "河口社区试办夜间巡守队 路灯故障三天内修复", row,
             "河口社区今日起试办夜间巡守队，由居民轮流在晚间八点到十点沿河堤巡逻，并回报路灯故障与积水地点。",
             "社区主任表示，过去一年河堤步道常有路灯不亮的情形，巡守队成立后，市里承诺在三天内修复回报的路灯。",
             "工务部门指出，试办期为三个月，若成效良好，将推广到其他沿河社区。"]
    article = strip_boilerplate("\n".join(lines).encode("utf-8"), "n.txt")
    assert article.title == "河口社区试办夜间巡守队 路灯故障三天内修复"
    assert (row, "meta") in article.removed
