"""A text save whose post is written one clause a line (a personal blog's style): the lines are
the article, not a run of short lines that counts against it."""

from __future__ import annotations

from .saves import strip_save

HEADER = "我的小站\n首頁\n相簿\n留言板\n登入\n新年第一天去書店\n2010年1月1日\n分享到臉書 分享到噗浪\n"
POST = ["今天早上，", "起床以後，", "吃完早餐，", "先看了一會兒書，", "就和朋友一起出門。",
        "我們先去車站附近的書店，", "想買歷屆的考題，", "結果偏偏少了一本。", "只好換一家店再找，",
        "店員說沒有庫存，", "但最後還是在書櫃裡找到了！", "回到家以後，", "就早早睡了。"]
# a sidebar whose lines are long enough and punctuated: without the rule it outweighs the post
SIDEBAR = ("最新文章\n去年的旅行，我們走了很遠的路，也看了很多風景，值得記下來。\n"
           "上個月的讀書會，大家討論了好幾本書，氣氛熱烈，收穫很多。\n"
           "最新留言\n站長好，文章寫得真好，我會常來看看。\n")


def test_a_post_written_one_clause_a_line_is_the_article():
    article = strip_save(HEADER, POST, SIDEBAR)
    assert article.body == POST
    assert article.title == "新年第一天去書店"


def test_short_lines_without_commas_are_still_no_prose():
    # a list of headlines (no mark at the end of its lines) is no post written one clause a line
    items = ["最新消息一則", "第二則消息來了", "第三則消息更新", "第四則消息預告", "第五則消息彙整"]
    article = strip_save(HEADER, ["這是正文的第一段，說明了事情的經過，有逗號也有句號。",
                                  "這是正文的第二段，補充了更多的細節，讀來更加完整。"], "\n".join(items) + "\n")
    assert not any(line in article.body for line in items)
