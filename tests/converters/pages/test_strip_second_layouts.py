"""Page shapes that unseen portal, Hong Kong and government pages fail in: a government CMS's
``ArticleTitle`` naming the headline under a ``<title>`` that names only the site, an app
prompt under every photo in an element whose class reads as a footer, a hidden tab pane of
other stories, a headline broken over the lines of its heading, captions closed by the
photographer's name, a second layout of the whole story, and a player's placeholder.  Every
text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "河畔新区灌溉工程重要节点全面开工"
BODY = [("4月10日上午，河畔新区灌溉工程六个枢纽和两个泵站同时开工建设，"
         "标志着这项重大水利工程进入全面施工阶段。"),
        ("据了解，工程完工后灌区水流量将明显提升，直接灌溉面积达七万多亩，"
         "能够极大缓解灌区内水资源分布不均的问题。"),
        ("新区水利局负责人表示，将严格落实安全生产责任，确保工程质量，"
         "力争明年汛期前完成主体工程。")]


def html(head: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode("utf-8")


def strip(data: bytes):
    return strip_boilerplate(data, "page.html")


def test_a_cms_article_title_names_the_headline_when_the_title_names_the_site():
    page = html("<title>河畔省人民政府门户网站 - www.hepan.gov.cn</title>"
                f"<meta name='ArticleTitle' content='{HEADLINE}'>",
                "<div class='header'><div class='logo'>河畔省人民政府门户网站</div></div>"
                "<div class='nav'><a href='/'>首页</a> <a href='/news'>要闻</a></div>"
                f"<h2>国家重大水利工程之一</h2><h1>{HEADLINE}</h1><div class='article'>{paras(BODY)}</div>")
    assert strip(page).title == HEADLINE


def test_an_app_prompt_under_each_photo_ends_nothing_though_its_class_says_bottom():
    # a mobile portal's figure: the photo, then an app prompt in a div whose class ends in
    # …photoBottom (read as a footer); the story goes on after every photo
    figure = ("<figure class='m-photo'><div class='s-wrap'><img src='a.jpg'></div>"
              "<div class='s-tip js-open-app js-article-photoBottom'>打开河畔新闻 查看精彩图片</div></figure>")
    body = "".join(f"<p>{p}</p>{figure}" for p in BODY)
    page = html(f"<title>{HEADLINE}_河畔新闻</title>",
                f"<h1>{HEADLINE}</h1><section class='article-body'>{body}</section>"
                "<footer class='footer'>关于我们 联系我们 版权所有</footer>")
    article = strip(page)
    assert article.body == BODY


def test_a_real_footer_after_the_story_still_ends_it():
    page = html(f"<title>{HEADLINE}_河畔新闻</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras(BODY[:2])}</div>"
                "<div class='page-bottom'>打开河畔新闻 查看精彩图片</div>"
                "<div class='footer'><p>本网站由河畔新闻中心主办，未经许可不得转载，违者必究。</p></div>")
    assert strip(page).body == BODY[:2]


def _hidden_tabs(pane: str) -> bytes:
    return html(f"<title>{HEADLINE}_河畔日报</title>",
                f"<h1>{HEADLINE}</h1><div id='news-content'>{paras(BODY[:1])}</div>"
                f"<div class='other-cat-tabs nocontent' style='display: none;'>{pane}</div>")


def test_a_hidden_tab_pane_of_other_stories_is_not_shown():
    # the article is visible and short; a hidden pane of the day's other stories (linked headlines,
    # each over its summary and its related links) holds far more text, but it is mostly links: a list, not the article
    stories = "".join(
        f"<div class='card'><a href='/s/{k}'>河畔第{k}号新闻标题：市民关注的公共议题与城市的未来</a>"
        f"<p>第{k}号新闻的摘要，讲述了事情的起因。还有更多细节...</p>"
        f"<ul><li><a href='/r/{k}a'>相关：第{k}号新闻的后续报道</a></li><li><a href='/r/{k}b'>相关：第{k}号新闻的各方回应</a></li></ul></div>"
        for k in range(30))
    article = strip(_hidden_tabs(stories))
    assert article.body == BODY[:1]
    assert not article.warnings  # (no "the article text is hidden" warning: nothing hidden was shown)


def test_a_hidden_article_with_a_few_links_is_still_shown():
    # the article itself hidden by its style (a script shows it), a linked word here and there
    text = "".join(f"<p>{p}<a href='/x'>详情</a></p>" for p in BODY * 3)
    page = html(f"<title>{HEADLINE}_河畔日报</title>",
                f"<h1>{HEADLINE}</h1><div id='js_content' style='visibility: hidden;'>{text}</div>")
    article = strip(page)
    assert BODY[1] + "详情" in article.body


def test_a_headline_broken_over_the_lines_of_its_heading_is_one_title():
    lines = ["河畔大学查贴标语事件", "锁定两男 闭路电视画面流出", "学生会忧制造白色恐怖"]
    page = html(f"<title>{' '.join(lines)} | 河畔日报 | 要闻</title>",
                f"<h1>{'<br/>'.join(lines)}</h1><div class='article'>{paras(BODY)}</div>")
    article = strip(page)
    assert article.title == " ".join(lines)
    assert not any(line in article.body for line in lines)


def test_captions_closed_by_the_photographers_name_are_dropped():
    captions = ["现场留下血迹。杨伟亨摄", "探员继续在附近山坡调查。（黄文威摄）", "新楼盘示意图，售价约为市价五折。（iStock）"]
    inner = (f"<p>{BODY[0]}</p><figure><img src='a.jpg'><figcaption class='caption-text'>{captions[0]}</figcaption></figure>"
             f"<p>{BODY[1]}</p><p>{captions[1]}</p><p>{BODY[2]}</p><p>{captions[2]}</p>")
    page = html(f"<title>{HEADLINE}_河畔日报</title>", f"<h1>{HEADLINE}</h1><div class='article'>{inner}</div>")
    article = strip(page)
    assert article.body == BODY


def test_a_second_layout_of_the_whole_story_is_dropped():
    # the story in the desktop layout and again in a large-type layout (长者专区), neither hidden
    page = html(f"<title>{HEADLINE}_河畔市人民政府</title>",
                f"<div id='wrap2022'><h1>{HEADLINE}</h1><div id='cmsArticleContent'>{paras(BODY)}</div></div>"
                f"<div id='elderwrap2022'><h1>{HEADLINE}</h1><div id='cmsArticleElderContent'>{paras(BODY)}</div></div>")
    assert strip(page).body == BODY


def test_a_second_layout_whose_first_paragraph_differs_is_still_dropped():
    # two layouts of a short story (the normal one and 长者专区's), each hidden by an external
    # stylesheet and shown by a script, the first one's lead carrying a line the other lacks
    story = [*BODY, "下一步，新区将持续推进水利基础设施建设，加快构建现代化灌溉体系，为农业增产增收提供保障。"]
    lead = story[0] + "新区管委会有关负责人出席开工仪式并讲话。"
    page = html(f"<title>{HEADLINE}_河畔省人民政府</title>",
                f"<div id='contentwrap2022'><h1>{HEADLINE}</h1><div id='cmsArticleContent'>{paras([lead, *story[1:]])}</div></div>"
                f"<div id='elderwrap2022'><h1>{HEADLINE}</h1><div id='cmsArticleElderContent'>{paras(story)}</div></div>")
    assert strip(page).body == [lead, *story[1:]]


def test_a_post_quoting_a_few_paragraphs_of_a_long_story_keeps_them():
    # an opinion piece quoting three paragraphs of the report it answers, in a blockquote, among
    # many paragraphs of its own: a quotation, not a second layout
    own = [f"评论的第{k}段，作者就灌溉工程提出自己的看法，认为还需要更多的公众参与和监督。" for k in range(1, 9)]
    inner = paras(BODY) + paras(own[:4]) + f"<blockquote>{paras(BODY)}</blockquote>" + paras(own[4:])
    page = html(f"<title>{HEADLINE}_河畔评论</title>", f"<h1>{HEADLINE}</h1><div class='article'>{inner}</div>")
    assert strip(page).body == BODY + own[:4] + BODY + own[4:]


def test_a_players_placeholder_is_dropped_from_a_save():
    save = "\n".join([HEADLINE, "2024-08-02 07:15", BODY[0], "您目前设备暂不支持播放", BODY[1], BODY[2], ""])
    article = strip_boilerplate(save.encode("utf-8"), "save.txt")
    assert "您目前设备暂不支持播放" not in article.body
    assert article.body == BODY


def test_platform_terms_disclaimers_and_placeholders_are_dropped():
    # a blog platform's wallet terms under the post, a reader's contribution disclaimer, a poll
    # widget's loading placeholder: none is the article's, in either script
    lines = ["抵扣说明：", "1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。",
             "2.余额无法直接购买下载，可以购买VIP、付费专栏及课程。",
             "●作者某某，河畔大學經濟系教授。本文為網友投稿，言論不代表本報立場。",
             "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面"]
    page = html(f"<title>{HEADLINE}_河畔博客</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras([BODY[0], lines[4], lines[5], *BODY[1:], lines[3]])}</div>"
                f"<div class='wallet'>{paras(lines[:3])}</div>")
    article = strip(page)
    assert article.body == BODY


def test_a_caption_closed_by_a_news_agency_is_dropped_but_a_paragraph_credited_in_brackets_stays():
    caption = "河畔咖啡豆價格已墜入空頭，但今年來仍累計大漲五成。路透"
    caption2 = "河畔金融時報評選某某為年度代表人物。﹝路透﹞"
    credited = "工程将于明年汛期前完工，届时将为沿岸农田提供稳定水源。（新华社）"
    page = html(f"<title>{HEADLINE}_河畔日报</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras([caption, *BODY, caption2, credited])}</div>")
    article = strip(page)
    assert article.body == [*BODY, credited]


def test_a_formula_an_icon_or_a_hidden_span_inside_a_sentence_does_not_split_it():
    # an encyclopedia's inline formula (MathML, its fallback hidden by style), a link's icon (an
    # inline SVG) and a hidden span: skipped, and the sentence around them stays one paragraph
    sentence = ("<p>Β分布是指一组定义在<span class='mwe-math-element'><span style='display: none;'>"
                "<math><mi>x</mi></math></span><img alt='(0,1)'></span>区间的连续概率分布，"
                "由<a href='/wiki/x'>河畔<svg><path d='M0 0'/></svg></a>学派最早提出，有两个参数。</p>")
    page = html("<title>Β分布 - 河畔百科</title>", f"<h1>Β分布</h1><div class='article'>{sentence}{paras(BODY)}</div>")
    article = strip(page)
    assert article.body[0] == "Β分布是指一组定义在区间的连续概率分布，由河畔学派最早提出，有两个参数。"


def test_a_self_media_author_box_and_a_back_link_glued_to_the_last_paragraph_are_dropped():
    box = ["由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高( )，代表其在平台内的综合表现越好。",
           "文章", "总阅读"]
    last = BODY[2] + "返回搜狐，查看更多"
    page = html(f"<title>{HEADLINE}_搜狐</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras([*BODY[:2], last])}</div>"
                f"<div class='author-box'>{paras(box)}</div>")
    assert strip(page).body == BODY


def test_a_bookmark_prompt_under_a_post_is_dropped():
    page = html(f"<title>{HEADLINE}_河畔博客</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras(BODY)}</div><div class='tool'><p>觉得还不错? 一键收藏</p></div>")
    assert strip(page).body == BODY


def test_a_control_character_in_a_paragraph_never_reaches_the_output():
    page = html(f"<title>{HEADLINE}_河畔日报</title>",
                f"<h1>{HEADLINE}</h1><div class='article'>{paras([BODY[0], BODY[1] + chr(8), BODY[2]])}</div>")
    assert strip(page).body == BODY


def test_the_shown_headline_wins_over_the_titles_shorter_one_that_opens_alike():
    # <title> 河畔新区灌溉工程开工_某某网 over a page showing a longer headline in a styled <p>
    shown = "河畔新区灌溉工程六个枢纽同时开工 明年汛期前完成主体工程"
    page = html("<title>河畔新区灌溉工程开工 明年完工_河畔网</title>",
                f"<div id='logo'>河畔网</div><div id='cntl'><p class='f22 lh30'>{shown}</p>"
                f"<p class='lh30'>2024-04-10 09:12:00 来源：河畔网</p><div class='article'>{paras(BODY)}</div></div>")
    article = strip(page)
    assert article.title == shown
    assert article.body == BODY


def test_a_quotes_label_heading_is_never_the_headline():
    # <h6 class="quote">Quote:</h6> over a quoted post near the body, no line matching the <title>
    page = html("<title>河畔话题讨论区 - 河畔论坛</title>",
                f"<div class='post'><h6 class='quote'>Quote:</h6><blockquote>{BODY[0]}</blockquote>"
                f"{paras(BODY[1:])}</div>")
    assert strip(page).title != "Quote:"
