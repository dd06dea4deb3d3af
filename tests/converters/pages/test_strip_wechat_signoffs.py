"""What a WeChat account puts under its article: an end mark (-END-, — END —, END), the
account's slogan after it, a list of its earlier posts (热文推荐：, 往期推荐), its editor's
WeChat id (小编微信：…) and a sign-off (Powered by 某某).  None of it is the article; an END
inside a code listing ends nothing, and the article's own section numbers (1, 2, 3 alone on their
lines, each over a paragraph) stay.  Every text here is written for these tests."""

from __future__ import annotations

import pytest

from zhtext.converters import strip_boilerplate

from .saves import paras

HEADLINE = "基层官兵眼中的正规化建设"
BODY = ["近年来，部队正规化建设不断推进，基层官兵的日常工作和生活秩序明显改善，这是有目共睹的。",
        "但在一些单位，正规化被简单理解为整齐划一，甚至出现了不少脱离实际的土规定，让官兵无所适从。",
        "正规化的本意是依法治军、按纲建队，检查中应当以条令条例为基本遵循，而不是层层加码。"]


def wechat(inner: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
            f"<div id='js_article'><h2 id='activity-name'>{HEADLINE}</h2>"
            f"<div id='js_content'>{inner}</div></div></body></html>").encode("utf-8")


@pytest.mark.parametrize("mark", ["-END-", "— END —", "END", "= END ="])
def test_an_end_mark_ends_the_article_and_the_slogan_after_it_goes(mark):
    article = strip_boilerplate(wechat(paras([*BODY, mark, "看问题只看本质，这就是某某号！"])), "a.html")
    assert article.body == BODY


@pytest.mark.parametrize("tail", [["热文推荐：", "1、快涨工资，现役军人已是……", "2、基层官兵最反感的三个土政策，期待巡查检查！"],
                                  ["往期推薦", "某某部隊的一天", "新兵下連第一課"],
                                  ["小编微信：example2018"], ["Powered by 某某号"]])
def test_the_accounts_own_lines_under_the_article_are_dropped(tail):
    article = strip_boilerplate(wechat(paras([*BODY, *tail])), "a.html")
    assert article.body == BODY


def test_end_inside_a_code_listing_ends_nothing():
    code = "<pre><code>BEGIN\n  UPDATE t SET a = 1;\nEND\n</code></pre>"
    after = "执行这段存储过程之后，再查询一次数据表，就能看到字段已经按照预期完成了更新。"
    article = strip_boilerplate(wechat(paras(BODY[:2]) + code + paras([after])), "a.html")
    assert article.body[-1] == after


def test_a_posts_section_numbers_in_order_stay():
    # 1 / 2 / 3 alone on their lines, each over a paragraph: the article's own section marks
    inner = "".join(f"<p>{k}</p><p>{para}</p>" for k, para in enumerate(BODY, start=1))
    article = strip_boilerplate(wechat(inner), "a.html")
    assert article.body == [x for k, para in enumerate(BODY, start=1) for x in (str(k), para)]


def test_a_lone_count_stays_dropped():
    # 3 alone (a count of likes) among the paragraphs is no section mark
    article = strip_boilerplate(wechat(paras([BODY[0], "3", BODY[1], BODY[2]])), "a.html")
    assert article.body == BODY
