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
