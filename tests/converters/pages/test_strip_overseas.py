"""Rules found on a fourteenth collection of real pages (Chinese services of international
broadcasters, Singapore news): a caption labelled as one for screen readers (图像加注文字，…), a
byline block with English labels (Author, / Role, / Reporting from), a player's message that the
device plays no video, an English date after a Chinese label (发布 : 01 Dec 2025 10:56).  Every
text here is written for these tests, in the shapes real pages fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

from .saves import BODY, BODY_TW, paras, strip_save

HEADLINE = "河畔大火幸存者：第一次觉得死亡和我有关"


def page(top: str, body=BODY, title: str = HEADLINE) -> bytes:
    """A broadcaster's article page: its menu, the headline, what sits between it and the body."""
    return (f"<html><head><meta charset='utf-8'><title>{title} - 某某新闻中文</title></head><body>"
            f"<nav><a href='/'>主页</a> <a href='/i'>国际</a> <a href='/c'>中国</a></nav><main>"
            f"<h1>{title}</h1>{top}{paras(body)}</main><footer>© 2025 某某新闻</footer></body></html>").encode("utf-8")


def removed(article) -> set[str]:
    return {t for t, _ in article.removed}


def test_a_caption_labelled_for_screen_readers_is_dropped_and_never_the_headline():
    # the player's caption under the headline, labelled 音頻加註文字 (a media caption), in a
    # page whose <title> names the headline: the caption is no headline and no body line
    caption = "音頻加註文字， 從軍隊窄門到首批女性裝甲兵：河畔女性軍人如何突破「天花板」？"
    title = "開戰車的女人：我是如何突破軍隊「天花板」？"
    article = strip_boilerplate(page(f"<p>{caption}</p>", BODY_TW, title), "page.html")
    assert article.title == title and caption in removed(article) and article.body == BODY_TW


def test_an_image_caption_label_in_simplified_script_in_a_text_save():
    header = "\n".join(["主页", "国际", HEADLINE, "图像来源， 某某新闻中文", "图像加注文字， 火灾发生当天，李先生正在家里休息。",
                        "2025年11月30日", ""])
    article = strip_save(header, BODY)
    assert article.title == HEADLINE and article.body == BODY


def test_a_byline_block_with_english_labels_is_no_headline():
    # the headline, the image's credit and caption, then Article Information / Author, / Role, /
    # Reporting from and the date over the body
    header = "\n".join(["主页", "国际", "财经", "视频", HEADLINE, "图像来源， 某某新闻中文",
                        "图像加注文字， 火灾发生当天，李先生正在家里休息。", "Article Information", "Author, 某某某",
                        "Role, 某某中文记者", "Reporting from 河畔", "2025年11月30日", ""])
    article = strip_save(header, BODY)
    assert article.title == HEADLINE and "Role, 某某中文记者" not in article.body


def test_a_players_message_that_the_device_plays_no_video_is_no_headline():
    # the headline, the player's message, its caption, the headline again (the video's), the date
    title = "開戰車的女人：我是如何突破軍隊「天花板」？"
    header = "\n".join(["財經", "影片", title, "你的器材不支持播放多媒體材料", "音頻加註文字， 從軍隊窄門到首批女性裝甲兵",
                        title, "2025年11月30日", ""])
    assert strip_save(header, BODY_TW).title == title


def test_an_english_date_after_a_chinese_label_is_the_date_line_under_the_headline():
    # the headline over its section's name and a 发布 : 01 Dec 2025 10:56 line (an English date,
    # day first), an 更新 line, then the listen and font-size widgets over the body
    header = "\n".join(["NOW READING", "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外", "听新闻", "字号", "分享",
                        "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外", "国际", "发布 : 01 Dec 2025 10:56",
                        "更新 : 44分钟前", "听新闻", "我要听", "正在听", "暂停", "分钟", "字号", "极小", "小", "中", "大",
                        "特大", "收藏", "分享", "某某 Email", "某某 Whatsapp", "某某 Facebook", ""])
    article = strip_save(header, BODY)
    assert article.title == "河畔383对新人参加集体婚礼 宾客抢薯片酿踩踏意外"
    assert article.date == "2025-12-01 10:56"  # (the date read in English, its time kept)


def test_an_agency_marked_caption_and_a_price_tickers_changes_are_dropped():
    # a financial site's save: the cover photo's caption after the agency's mark, the ticker of
    # the quotes it names with their changes, then the story
    header = "\n".join(["日本选举黑天鹅来袭！日元和日股将下跌？", "2024-10-25 10:00", "© Reuters. 日本选举黑天鹅来袭！日元和日股将下跌？",
                        "USD/JPY", "0.17%", "JP225", "-0.76%", ""])
    article = strip_save(header, BODY)
    assert article.body == BODY
    assert {"© Reuters. 日本选举黑天鹅来袭！日元和日股将下跌？", "-0.76%"} <= removed(article)


def test_an_embedded_posts_frame_its_notice_a_hot_reads_label_and_a_reading_time_are_dropped():
    # the section's label and reading time over the story; inside it an embedded post's frame
    # (skip link, consent notice, end mark) and a "hot reads" box's label
    embed = ["跳过 Instagram 帖子", "告知: 某某新闻 不对外来网站内容负责", "结尾 Instagram 帖子", "热读"]
    top = "<p>台海局势</p><p>7 分钟 浏览时间</p>"
    body = BODY[:1] + embed + BODY[1:]
    article = strip_boilerplate(page(top, body), "page.html")
    assert [b for b in article.body if b in BODY] == BODY
    assert not set(embed) & set(article.body) and "7 分钟 浏览时间" not in article.body


# -- a cookie-consent panel, a share panel's copy-link box (found on overseas news sites) ---------

CONSENT = ("<div id='onetrust-pc-sdk' class='otPcPanel ot-hide ot-fade-in' role='region'>"
           "<h2>管理许可偏好</h2>"
           "<p>当您访问我们的网站时，我们会将 Cookie 存储在您的浏览器上以收集信息。收集的信息可能与您、您的偏好或您的设备相关，"
           "主要用于使网站按照您的期望运行，并提供更为个性化的网络体验。您可以选择不允许某些类型的 Cookie。</p>"
           "<h3>绝对必要的 Cookie</h3><p>网站运行离不开这些 Cookie 且您不能在系统中将其关闭。通常仅根据您所做出的操作"
           "（即服务请求）来设置这些 Cookie，如设置隐私偏好、登录或填充表格。</p>"
           "<h3>定向 Cookie</h3><p>这些 Cookie 由广告合作伙伴通过我们的网站进行设置。这些公司可能会利用 Cookie 构建您的兴趣分布图，"
           "并向您展示其他网站上的相关广告。它们只需识别您的浏览器和设备，便可发挥作用。</p>"
           "<h3>性能 Cookie</h3><p>使用 Cookie，我们可以计算访问量和流量来源，以便衡量和提高我们网站的性能。Cookie 有助于我们了解"
           "哪些页面最受欢迎、哪些最不受欢迎，并查看访问者如何浏览网站。这些 Cookie 收集的所有信息都是聚合的，因此是匿名处理的。</p>"
           "<h3>社交媒体 Cookie</h3><p>这些 Cookie 由我们已添加到网站上的一系列社交媒体服务设置，使您能够与朋友和网络分享我们的内容。"
           "它们能够跟踪您在其他网站上的浏览器，并建立您的兴趣档案，这可能会影响您在访问的其他网站上看到的内容和消息。</p></div>")


def test_a_cookie_consent_panel_hidden_by_its_class_never_stands_for_the_article():
    html = page("", BODY).replace(b"</main>", b"</main>" + CONSENT.encode("utf-8"))
    article = strip_boilerplate(html, "page.html")
    assert article.title == HEADLINE and article.body == BODY
    assert not article.warnings


def test_a_share_panels_copy_link_box_between_the_standfirst_and_the_body_ends_nothing():
    standfirst = "周三，议会批准了年度预算法案，将公共交通支出提高百分之五，法案已提交总统签署。"
    share = ("<div class='share-panel'><div class='copy-button-wrapper closed'><span>https://p.example.com/p/4oMwF</span>"
             "<button>复制链接</button></div></div>")
    more = BODY + ["议会交通委员会主席表示，增加的预算将优先用于更新老旧车辆和延长夜间班次，预计明年夏天就能看到成效。"]
    article = strip_boilerplate(page(f"<p>{standfirst}</p>{share}", more), "page.html")
    assert article.body == [standfirst] + more


def test_a_box_named_as_a_footer_inside_the_article_with_the_story_going_on_under_it():
    standfirst = "周三，议会批准了年度预算法案，将公共交通支出提高百分之五，法案已提交总统签署。"
    boxed = "<div class='article-foot-tools'><span>分享到</span></div>"
    more = BODY + ["议会交通委员会主席表示，增加的预算将优先用于更新老旧车辆和延长夜间班次，预计明年夏天就能看到成效。"]
    article = strip_boilerplate(page(f"<p>{standfirst}</p>{boxed}", more), "page.html")
    assert article.body == [standfirst] + more


# -- paywall pitches, a platform's notices, captions whose class also names content ---------------

def test_a_paywalls_subscriber_marks_and_pitches_are_dropped():
    pitch = ["订户专享 赠阅文章", "立即订阅《某某早报》，了解中国时政动态，把握大中华区经济发展脉搏，解锁地区热点评析。",
             "新闻采编需要资源投入，你正在阅读的即时新闻能够免费开放给公众，全因有会员订阅支持。你可以选择月付畅读。"]
    article = strip_boilerplate(page(paras(pitch[:1]), BODY + pitch[1:]), "page.html")
    assert article.body == BODY


def test_a_platforms_stance_reprint_and_app_notices_are_dropped():
    notes = ["*文章为作者独立观点，不代表某某网立场", "本文由 某某派 授权某某网 发表，并经某某网编辑。转载此文章须经作者同意，并请附上出处。",
             "版权作品，未经某某网 example.com 书面授权，严禁转载，违者将被追究法律责任。", "下载某某新闻APP客户端，随时随地看新闻！"]
    article = strip_boilerplate(page("", BODY + notes), "page.html")
    assert article.body == BODY


def test_captions_whose_class_also_names_content_are_dropped():
    figure = ("<figure><img src='a.jpg'><figcaption class='caption-text'>河畔市的消防员在火场外待命。 某某图片</figcaption></figure>"
              "<div class='photoCaption'><div class='photoCaptionContent'>火灾发生后，居民在临时安置点休息。</div></div>")
    article = strip_boilerplate(page("", BODY[:1]).replace(b"</main>", figure.encode("utf-8") + paras(BODY[1:]).encode("utf-8") + b"</main>"),
                                "page.html")
    assert article.body == BODY


# -- an endless page: the next story appended below the first, its own <h1> and paragraphs --------

NEXT = ["（华盛顿6日讯）美国总统5日签署行政命令，要求各州体育协会在三十天内修改参赛规定，违者将失去联邦拨款。",
        "白宫发言人表示，这项命令是为了保障女子运动员的公平竞争环境，教育部将负责监督各州的执行情况。",
        "多个民权团体当天发表声明，批评这项命令歧视跨性别学生，并表示将考虑提出诉讼。"]


def _endless(second_in_box: bool) -> bytes:
    story = paras(BODY + ["两名学生的律师表示，将在本周内向联邦法院提出诉讼，要求暂停执行这项规定。"])
    nxt = "<div class='tag'>国际</div><h1>某国总统签行政命令 禁止跨性别者参与女子赛</h1>" + paras(NEXT)
    inner = f"<div class='article-content'>{story}{nxt if second_in_box else ''}</div>"
    more = "" if second_in_box else f"<div class='one-more-article-wrapper'><div class='article-content'>{nxt}</div></div>"
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE} | 某某商报</title></head><body>"
            f"<nav><a href='/'>主页</a> <a href='/i'>国际</a></nav><div class='content'><h1>{HEADLINE}</h1>"
            f"{inner}{more}</div><footer>© 2025 某某商报</footer></body></html>").encode("utf-8")


def test_the_next_story_an_endless_page_appended_is_no_part_of_the_first():
    article = strip_boilerplate(_endless(second_in_box=False), "page.html")
    assert article.title == HEADLINE
    assert article.body == BODY + ["两名学生的律师表示，将在本周内向联邦法院提出诉讼，要求暂停执行这项规定。"]


def test_a_posts_own_top_level_section_heading_inside_its_box_ends_nothing():
    article = strip_boilerplate(_endless(second_in_box=True), "page.html")
    assert NEXT[2] in article.body


def test_captions_closed_by_a_picture_source_are_dropped_a_quoted_mention_is_kept():
    captions = ["2025年1月25日，某某在白宫宣誓就职。（图片来源：ROBERTO SCHMIDT/AFP via Getty Images）",
                "联邦法官裁定该法侵犯教师的言论自由。 法新社资料图片", "支持者在法庭外举行集会。（美联社图）", "美国陆军（资料图）"]
    kept = "他在会上说：“这张照片是新华社的资料图片。”"
    article = strip_boilerplate(page("", [BODY[0]] + captions + [kept, BODY[1]]), "page.html")
    assert article.body == [BODY[0], kept, BODY[1]]


def test_overseas_sites_appeals_labels_and_a_desks_byline_are_dropped():
    lines = ["新唐人电视台记者某某某综合报导", "商业推广", "外部内容", "閱讀本文繁體字版本請 點擊此處",
             "【诚征荣誉会员】溪流能够汇成大海，点滴就能营造奇迹。支持我们，就是支持独立的声音。",
             "The English, Chinese, Japanese, Arabic, and French versions are automatically generated by the AI."]
    article = strip_boilerplate(page(paras(lines[:2]), BODY[:1] + lines[2:4] + BODY[1:] + lines[4:]), "page.html")
    assert article.body == BODY


def test_a_read_more_boxs_screen_reader_labels_and_a_posts_counts_are_dropped():
    box = "<div class='more-on'><span>list of 2 items</span><ul><li><span>list 1 of 2</span><a href='/a'>另一则新闻的标题在这里</a></li>" \
          "<li><span>list 2 of 2</span><a href='/b'>第二则新闻的标题也在这里</a></li></ul><span>end of list</span></div>"
    after = BODY[1:] + NEXT
    article = strip_boilerplate(page(paras(["3收藏1赞"]), BODY[:1]).replace(b"</main>", box.encode("utf-8") + paras(after).encode("utf-8") + b"</main>"),
                                "page.html")
    assert article.body == BODY[:1] + after


def test_a_newsletters_teaser_in_a_story_is_dropped():
    teaser = ["时事通讯：某国媒体里的中国", "如果你订阅了我们的《某国媒体里的中国》时事通讯，每周都会收到一份精选的相关报道。"]
    article = strip_boilerplate(page("", BODY[:1] + teaser + BODY[1:]), "page.html")
    assert article.body == BODY
