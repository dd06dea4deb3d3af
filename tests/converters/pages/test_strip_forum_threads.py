"""Forum threads laid out in tables (Discuz!, phpwind and their kin): a first post written a
phrase a line inside one table cell, and replies that quote an earlier post under
``引用:`` / ``原帖由 某某 于 … 发表``.  A thread's posts are its content.  Every text here is
written for these tests, in the shapes real threads fail in."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

TITLE = "想换一台安静的空气净化器，大家有推荐吗"
FIRST_POST = ["最近家里装修完", "一直担心甲醛", "看了好几个牌子的净化器", "晚上开着睡觉嫌吵",
              "白天开又怕不够用", "预算两千左右", "房间大概二十平方", "有没有用过的朋友",
              "说说实际的噪音大小", "还有滤网多久换一次"]
REPLIES = [("阿杰", "2021-3-2 10:15", ["我家用了一年多，睡眠档几乎听不到声音，滤网大概半年换一次，价格也还能接受。",
                                       "选的时候注意看洁净空气量和噪音的标称值，同一个档位不同牌子差得不少。"]),
           ("小林", "2021-3-2 11:40", ["装修完最好先开窗通风几个月，净化器只是辅助，别指望它一下子把甲醛都吸干净。",
                                       "可以买个甲醛检测仪放在卧室，数值降下来之前先别急着入住。"]),
           ("楼主", "2021-3-2 13:05", ["谢谢提醒，通风我们一直在做，想再加一台净化器让自己安心一点。",
                                       "周末打算去商场实际听听几款机器的声音再决定。"])]


def post(floor: int, author: str, when: str, cell: str) -> str:
    return (f"<table class='t_msg'><tr><td class='postauthor'><a href='/u/{floor}'>{author}</a>"
            f"<p>普通会员</p></td><td class='postcontent'>"
            f"<div class='postinfo'>{floor}楼 大 中 小 发表于 {when} 只看该作者</div>"
            f"<div class='t_msgfont'>{cell}</div>"
            f"<div class='postactions'><a href='#'>引用</a> <a href='#'>回复</a> <a href='#'>TOP</a></div>"
            f"</td></tr></table>")


def thread(quoting: bool) -> bytes:
    posts = [post(1, "楼主", "2021-3-2 09:30", "<br>".join(FIRST_POST))]
    for n, (author, when, lines) in enumerate(REPLIES, start=2):
        quote = ""
        if quoting and n >= 3:
            quote = (f"<div class='quote'><h5>引用:</h5><blockquote>原帖由 {REPLIES[n - 3][0]} 于 "
                     f"{REPLIES[n - 3][1]} 发表<br>{REPLIES[n - 3][2][0]}</blockquote></div>")
        posts.append(post(n, author, when, quote + "<br>".join(lines)))
    return (f"<html><head><meta charset='utf-8'><title>{TITLE} - 家居生活 - 某某论坛</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> » <a href='/f/3'>家居生活</a> » {TITLE}</div>"
            f"<h1>{TITLE}</h1>{''.join(posts)}"
            f"<div class='footer'>Powered by Discuz! 联系我们 某某论坛</div></body></html>").encode("utf-8")


def test_a_first_post_written_a_phrase_a_line_in_a_table_cell_is_kept():
    a = strip_boilerplate(thread(quoting=False), "t.html")
    assert a.title == TITLE
    body = "\n".join(a.body)
    for line in FIRST_POST:
        assert line in a.body
    assert "睡眠档几乎听不到声音" in body


def test_replies_that_quote_an_earlier_post_are_no_comment_thread_that_ends_it():
    a = strip_boilerplate(thread(quoting=True), "t.html")
    body = "\n".join(a.body)
    for _, _, lines in REPLIES:
        for line in lines:
            assert line in body
    assert "一直担心甲醛" in a.body


def test_a_posters_rank_under_each_of_their_posts_is_dropped():
    a = strip_boilerplate(thread(quoting=True), "t.html")
    assert "普通会员" not in a.body
    assert "最近家里装修完" in a.body


# -- a story the thread starter tells floor by floor, replies and their comment boxes between ------

SERIAL_TITLE = "从小镇到大城市：我这十年的求学和工作经历"
SERIAL = ["先说说我现在的情况，三十出头，在一个大城市做设计工作，结婚两年，日子过得平平淡淡，但回头看这一路走来真的不容易，想写下来给自己留个纪念。",
          "我出生在一个很小的镇上，家里开着一间杂货铺，爸妈每天天不亮就起来进货，晚上很晚才关门，我和弟弟放学以后就在店里写作业，顺便帮忙看店收钱。",
          "上初中的时候遇到了一位很好的班主任，他刚从师范毕业，对我们特别上心，每次考试以后都会找我谈话，告诉我不要只盯着分数，要学会自己安排时间。",
          "高考那年家里的生意不太好，爸妈为了学费借了不少钱，我拿到录取通知书那天，妈妈躲在厨房里哭了很久，后来才知道她是高兴也是担心以后的日子。",
          "大学四年我几乎每个假期都在打工，做过家教，发过传单，也在餐馆端过盘子，虽然辛苦，但是慢慢攒下了一点钱，也认识了后来一起创业的几个朋友。"]
SERIAL = [SERIAL[0]] + [text + "现在想起来，那段日子虽然苦，却是我这辈子最踏实的时候，每一天都知道自己在往前走，也知道身后有家人在等着。"
                        for text in SERIAL[1:]]


def _floor(n: int, bar: str, text: str, comments: list[tuple[str, str]]) -> str:
    box = "".join(f"<div class='item-comment'><span>{who}：举报 2017-03-30 15:0{k}:10 评论</span><p>{what}</p></div>"
                  for k, (who, what) in enumerate(comments))
    more = "<div class='comments-more'>剩余 5 条评论 点击查看 我要评论</div>" if comments else ""
    return (f"<div class='atl-item'><div class='atl-info'>{bar}</div><div class='bbs-content'>{text}</div>"
            f"<div class='atl-reply'>举报 | {n}楼 | 打赏 | 回复 | 评论({len(comments)})</div>"
            f"<div class='comments'>{box}{more}</div></div>")


def _serial() -> bytes:
    floors = [_floor(1, "作者：路过的人 时间：2017-03-24 20:35:54", "写得很真实，支持楼主继续更新。", [])]
    for n, text in enumerate(SERIAL[1:], start=2):
        floors.append(_floor(n, f"楼主：阿明 时间：2017-03-24 2{n}:54:36", text,
                             [("小雨", "我们那时候学费也很贵，看得好心酸")]))
    return (f"<html><head><meta charset='utf-8'><title>{SERIAL_TITLE}_情感天地_某某社区</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/bbs'>情感天地</a></div>"
            f"<h1>{SERIAL_TITLE}</h1><div class='atl-main'><div class='bbs-content'>{SERIAL[0]}</div>"
            f"<div class='atl-reply'>举报 | 分享 | 楼主</div>{''.join(floors)}</div>"
            f"<div class='footer'>关于我们 联系我们 某某社区</div></body></html>").encode("utf-8")


def test_a_story_the_thread_starter_tells_floor_by_floor_is_kept_whole():
    a = strip_boilerplate(_serial(), "s.html")
    assert a.title == SERIAL_TITLE
    for text in SERIAL:
        assert text in a.body
    assert "我们那时候学费也很贵，看得好心酸" not in a.body


# -- a thread of one-line replies, each under its poster's card and over its floor bar --------------

REPLIES_ONE_LINE = ["还是有一些，不过比刚发售的时候少多了，大部分都能读档解决。", "看你配置，配置好的话基本遇不到什么问题。",
                    "神车的问题还在，不让上车的同时还打不坏，每次叫出来都是坏的。", "五十个小时只遇到一个，读档就解决了。",
                    "只能说因人而异，我玩了这么久没碰到过几个。"]


def _tieba() -> bytes:
    opening = "昨晚刚通关一周目，只碰到常见的车辆浮空和充能武器有时候开不了火的问题，想问问大家现在还多吗？"
    posts = [f"<div class='l_post'><div class='d_author'><a href='/u/{n}'>玩家{n}</a><div class='d_badge'>网域佣兵</div>"
             f"<div class='d_badge_lv'>{n}</div></div><div class='d_post_content_main'><div class='d_post_content'>{text}</div>"
             f"<div class='core_reply'><span class='tail-info'>来自Android客户端</span><span class='tail-info'>{n + 2}楼</span>"
             f"<span class='tail-info'>2021-11-27 1{n}:33</span><a href='#'>回复</a></div></div></div>"
             for n, text in enumerate(REPLIES_ONE_LINE, start=1)]
    return ("<html><head><meta charset='utf-8'><title>现在游戏里的bug还多吗？_某某游戏吧_百度贴吧</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/f'>某某游戏吧</a></div><h1>现在游戏里的bug还多吗？</h1>"
            f"<div class='l_post'><div class='d_author'><a href='/u/0'>楼主</a></div><div class='d_post_content'>{opening}</div>"
            "<div class='core_reply'><span class='tail-info'>1楼</span><span class='tail-info'>2021-11-27 10:38</span></div></div>"
            + "".join(posts) + "<div class='footer'>©2021 Baidu 贴吧协议 隐私政策</div></body></html>").encode("utf-8")


def test_a_threads_one_line_replies_make_one_region_with_its_first_post():
    a = strip_boilerplate(_tieba(), "t.html")
    for reply in REPLIES_ONE_LINE:
        assert reply in a.body
    assert not any("网域佣兵" in line or "客户端" in line for line in a.body)


def test_a_topic_lists_teaser_cards_are_no_thread():
    # a short post of Latin-script lines, under it a list of other topics whose cards each show the
    # latest reply's excerpt (class "teaser"): the excerpts are longer Chinese prose, yet no thread
    post = ["换IP后可以搬迁：", "US: Los Angeles, California (DC2) [USCA_2]", "US: Fremont, California [USCA_FMT]",
            "EU: Amsterdam, Netherlands [EUNL_3]", "亲测可以正常使用，速度还是无压力的（区别于自己的网络）"]
    cards = "".join(
        f"<li><h2><a href='/topic/{n}'>【出售】河畔小鸡第{n}台</a></h2><div class='stats'>3<br>帖子</div>"
        f"<div class='col-md-3 teaser'><div class='card'><div class='post-content'>第{n}条回复：这台机器的线路怎么样，"
        "我这边平时很少用，想问问晚高峰的速度和稳定性如何，有没有人测过，可以私聊联系我。</div></div></div></li>"
        for n in range(1, 6))
    html = ("<html><head><meta charset='utf-8'><title>[出售] 河畔小鸡 | 梨园</title></head><body>"
            "<div class='nav'><a href='/'>梨园</a> <a href='/recent'>最新</a></div>"
            f"<h1>[出售] 河畔小鸡</h1><div class='posts'>{''.join(f'<p>{p}</p>' for p in post)}</div>"
            f"<div class='topics'><h3>推荐话题</h3><ul>{cards}</ul></div></body></html>")
    body = strip_boilerplate(html.encode("utf-8"), "thread.html").body
    assert not any("回复：" in line for line in body)
    assert "亲测可以正常使用，速度还是无压力的（区别于自己的网络）" in body


def test_a_paragraph_classed_as_a_teaser_is_the_storys_standfirst():
    lead = "周三，河畔议会批准了年度预算法案，将教育支出提升至三百亿元，以应对学生人数的快速增长。"
    paragraphs = [f"第{n}段：法案还计划大幅提高教师薪资，并为偏远地区的学校增加校车和宿舍，议员们对此争论了很久。" for n in range(1, 6)]
    html = ("<html><head><meta charset='utf-8'><title>河畔议会批准预算 - 河畔之声</title></head><body>"
            f"<h1>河畔议会批准预算</h1><p class='teaser-text'>{lead}</p>"
            f"<div class='rich-text'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></body></html>")
    assert strip_boilerplate(html.encode("utf-8"), "story.html").body == [lead] + paragraphs
