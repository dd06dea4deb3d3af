"""Text saves that write their links out: a crawler's markdown dump (``[text](url)``,
``![alt](src)``) and ``lynx -dump`` (``[12]text``, the numbered link targets under
``References``).  The link text stays and counts as link text, as it does in a page: a menu
of links is dropped, a story's sentence with a link in it is kept without the target.  Every
text here is written for these tests."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate
from zhtext.converters.pages.blocks import text_blocks

from .saves import BODY


def _strip(text: str):
    return strip_boilerplate(text.encode("utf-8"), "save.md")


MARKDOWN = "\n\n".join([
    "[首页](https://news.example.com/) [国内](https://news.example.com/china/) "
    "[国际](https://news.example.com/world/) [体育](https://news.example.com/sports/)",
    "[网易首页](https://www.example.com/) > [新闻中心](https://news.example.com/) > 正文",
    "# 河畔新区今年将建成三座公园",
    "2024-05-01 10:20:30 来源: 河畔日报",
    "![](https://img.example.com/a.jpg)",
    BODY[0],
    "这是新闻正文的第二段，[市规划局](https://gov.example.com/plan)补充了更多细节，也引用了当事人的说法。",
    "### 相关新闻",
    "* [另一条新闻的标题在这里](https://news.example.com/a.html)",
    "* [第二条相关新闻的标题](https://news.example.com/b.html)",
    "* [第三条相关新闻的标题](https://news.example.com/c.html)",
])


def test_a_markdown_dumps_links_keep_their_text_and_lose_their_targets():
    article = _strip(MARKDOWN)
    assert article.title == "河畔新区今年将建成三座公园"
    assert article.body == [BODY[0], "这是新闻正文的第二段，市规划局补充了更多细节，也引用了当事人的说法。"]
    assert not any("http" in line for line in article.body)


def test_a_markdown_menu_of_links_counts_as_links():
    blocks = text_blocks("[首页](/) [国内](/china/) [国际](/world/)\n" + BODY[0] + "\n")
    assert blocks[0].text == "首页 国内 国际" and blocks[0].link_chars == 6
    assert blocks[1].link_chars == 0


def test_a_references_definition_and_an_image_are_no_text():
    blocks = text_blocks("![河畔公园](https://img.example.com/a.jpg)\n[1]: https://example.com/a\n" + BODY[0] + "\n")
    assert [b.text for b in blocks] == [BODY[0]]


def test_brackets_that_are_no_link_stay():
    # 【评论】 and [1] as a footnote mark: no target follows, so nothing is taken out
    line = "【评论】这是一个句子，后面有一个注释[1]。"
    assert [b.text for b in text_blocks(line + "\n")] == [line]


LYNX = "\n".join([
    "   [1]首页 | [2]国内 | [3]国际 | [4]体育 | [5]娱乐",
    "   当前位置：[6]首页 > [7]新闻中心 > 正文",
    "",
    "   河畔新区今年将建成三座公园",
    "",
    "   2024-05-01 10:20:30 来源：河畔日报",
    "",
    "   " + BODY[0],
    "",
    "   " + BODY[1],
    "",
    "   相关新闻：",
    "   [8]另一条新闻的标题在这里",
    "   [9]第二条相关新闻的标题",
    "   [10]第三条相关新闻的标题",
    "",
    "References",
    "",
    *(f"   {n}. https://news.example.com/{n}.html" for n in range(1, 11)),
    "",
])


def test_a_lynx_dump_loses_its_link_numbers_and_its_references():
    article = _strip(LYNX)
    assert article.title == "河畔新区今年将建成三座公园"
    assert article.body == BODY


def test_link_numbers_without_a_references_list_are_left_as_they_are():
    # [1] before a word in a save that lists no link targets: no lynx dump, so no link marks
    blocks = text_blocks("[1]首页 [2]国内\n" + BODY[0] + "\n")
    assert blocks[0].text == "[1]首页 [2]国内"


def test_references_with_relative_and_empty_targets_still_end_a_lynx_dump():
    # a dump of a page saved to disk lists its links as they were written: ../ paths, #, nothing
    targets = ["../news/a.html", "#", "", "/about/", "javascript:;"] + [f"../news/{n}.html" for n in range(6, 11)]
    save = "\n".join(LYNX.split("\n")[:LYNX.split("\n").index("References") + 2]
                     + [f"   {n}. {t}".rstrip() for n, t in enumerate(targets, 1)]) + "\n"
    article = _strip(save)
    assert article.title == "河畔新区今年将建成三座公园"
    assert article.body == BODY
    assert not any("[" in b.text for b in text_blocks(save))


def test_a_references_list_of_a_paper_is_no_lynx_dump():
    # References over numbered entries with words in them (a paper's sources): text, not link targets
    save = BODY[0] + "\n\nReferences\n\n1. 张三：某某研究，2020年。\n2. 李四：另一项研究，2021年。\n"
    assert [b.text for b in text_blocks(save)][-2:] == ["1. 张三：某某研究，2020年。", "2. 李四：另一项研究，2021年。"]


def test_a_markdown_link_broken_over_lines_is_still_a_link():
    # html2text writes a list inside a link as "[" / "* 标题](url) [" / "* 标题](url)"
    save = "\n".join([
        "# 河畔新区今年将建成三座公园", "", "2024-05-01 10:20:30 来源：河畔日报", "", BODY[0], "", BODY[1], "",
        "[", "  * 另一条新闻的标题在这里](https://news.example.com/a.html) [",
        "  * 第二条相关新闻的标题 ](https://news.example.com/b.html) [",
        "  * 第三条相关新闻的标题](https://news.example.com/c.html)", ""])
    blocks = text_blocks(save)
    assert [(b.text, b.link_chars) for b in blocks[-3:]] == [
        ("另一条新闻的标题在这里", 11), ("第二条相关新闻的标题", 10), ("第三条相关新闻的标题", 10)]
    article = _strip(save)
    assert article.title == "河畔新区今年将建成三座公园" and article.body == BODY


def test_a_markdown_target_with_escaped_brackets_and_spaces_is_one_link():
    # html2text escapes the brackets of a script link; the target may hold spaces too
    line = "[首页](javascript:if\\(confirm\\(%27http://example.edu.cn/a.htm  \\\\n是否打开？%27\\)\\)window.location=%27/a%27)"
    blocks = text_blocks(line + " [招生信息](/zsxx.htm)\n" + BODY[0] + "\n")
    assert (blocks[0].text, blocks[0].link_chars) == ("首页 招生信息", 6)


def _lynx_save(lines):
    refs = sum(line.count("[") for line in lines)
    return "\n".join(["   " + s for s in lines] + ["", "References", ""]
                     + [f"   {n}. https://news.example.com/{n}.html" for n in range(1, refs + 1)]) + "\n"


def test_a_lynx_link_inside_a_sentence_counts_as_a_word_not_the_rest_of_the_clause():
    # lynx shows where a link starts, not where it ends: 河畔新区 is linked, the clause after it is not
    sentence = "据了解，今年[1]河畔新区的三座公园都将建成开放，市民可以在家门口散步健身，周末也多了去处。"
    blocks = text_blocks(_lynx_save([sentence]))
    assert blocks[0].text == sentence.replace("[1]", "") and blocks[0].link_chars == 5


def test_lynx_links_run_together_count_in_full():
    # a list of headlines a save ran together: each mark starts a link that runs to the next one
    line = "[1]另一条新闻的标题，在这里[2]第二条相关新闻的标题？[3]第三条相关新闻的标题"
    blocks = text_blocks(_lynx_save([line, BODY[0]]))
    assert blocks[0].link_chars >= 25


def test_a_script_written_out_on_one_line_is_no_article():
    # a renderer that keeps a page's scripts writes them out as long lines full of punctuation
    script = ("$(function() { $('.lazy').lazy({ onError: function(el) { var src = el.data('src'); "
              "console.log('加载失败：' + src); } }); $('#share').on('click', function() { return false; }); });")
    save = "\n\n".join(["# 河畔新区今年将建成三座公园", "2024-05-01 10:20:30 来源：河畔日报", BODY[0], BODY[1],
                        "[首页](/) [关于我们](/about)", script, script.replace("lazy", "slide"), script, ""])
    article = _strip(save)
    assert article.title == "河畔新区今年将建成三座公园" and article.body == BODY


def test_a_code_line_in_a_post_is_no_script_dump():
    # a short line of code inside a post keeps its value; the same code run long on one line loses it
    from zhtext.converters.pages.classify import Item, value_of
    from zhtext.converters.pages.scripts import damp_markup

    short = "var total = add(1, 2); // 求和"
    items = [Item.of(b) for b in text_blocks(short + "\n" + "; ".join([short] * 6) + "\n")]
    for it in items:
        it.value = value_of(it)
    before = items[0].value
    damp_markup(items)
    assert items[0].value == before and items[1].value == -2.0


THIRD = "这是新闻正文的第三段，记者又走访了附近的居民，他们都说盼着公园早日开放。"


def test_the_article_shown_again_under_the_footer_is_dropped_there():
    # a copy of the story a page hides for printing, written out by a renderer under the footer
    story = [BODY[0], BODY[1], THIRD]
    save = "\n\n".join(["# 河畔新区今年将建成三座公园", "2024-05-01 10:20:30 来源：河畔日报", *story,
                        "[首页](/) [关于我们](/about) [联系我们](/contact)",
                        "Copyright © 2024 河畔日报社 版权所有", "京ICP备12345678号", *story, ""])
    article = _strip(save)
    assert article.body == story
    assert sum(reason == "repeated" for _, reason in article.removed) == 3


def test_a_thread_quoting_a_post_keeps_the_quote():
    # no footer between the post and the reply that quotes it: both stay
    story = [BODY[0], BODY[1], THIRD]
    save = "\n\n".join(["河畔新区今年将建成三座公园", "楼主 发表于 2024-05-01 10:20", *story,
                        "回复 发表于 2024-05-01 11:00", *story, "说得对，我也盼着公园早日开放，到时候一起去看看吧。", ""])
    article = strip_boilerplate(save.encode("utf-8"), "thread.txt")
    assert not any(reason == "repeated" for _, reason in article.removed)


def test_a_breadcrumb_of_links_is_a_menu_and_the_headline_under_it_is_found():
    # the breadcrumb is all link text; it still reads as a menu line, so the headline under it is found
    save = "\n\n".join([
        "[首页](/) [国内](/china/) [国际](/world/) [体育](/sports/) [娱乐](/ent/) [财经](/money/)",
        # a ticker of one-sentence stories above the breadcrumb
        "河畔区图书馆周末延长开放时间，市民晚上也可以去看书。", "城东菜市场完成改造，摊位比以前更整齐，也更干净了。",
        "市一中今年新建的体育馆已经投入使用，学生们都很喜欢。",
        "[河畔日报](/) > [新闻中心](/news/) > [查看本报的文章](/more/) >",
        "河畔新区今年将建成三座公园", "2024-05-01 10:20:30 来源：[河畔日报](/)", BODY[0], BODY[1], ""])
    blocks = text_blocks(save)
    crumb = blocks[4]
    assert crumb.link_chars == len(crumb.text.replace(" ", "").replace(">", ""))
    article = _strip(save)
    assert ("河畔日报 > 新闻中心 > 查看本报的文章 >", "navigation") in article.removed
    assert article.title == "河畔新区今年将建成三座公园" and article.body == BODY


def test_a_lynx_dump_with_visible_and_hidden_links_loses_both_lists():
    lines = LYNX.split("\n")
    at = lines.index("References")
    save = "\n".join(lines[:at] + ["Visible links:", *lines[at + 1:-1], "Hidden links:",
                                   "  11. https://news.example.com/ad.html", "  12. #", ""])
    article = _strip(save)
    assert article.body == BODY
    assert not any("example.com" in text for text, _ in article.removed)


def test_spaces_inside_a_link_address_are_no_table_gap():
    line = "![](/img/house.png) | 位置：[首页](/site/index.shtml     ) >  [新闻动态](/site/news.shtml)"
    blocks = text_blocks(line + "\n" + BODY[0] + "\n")
    assert (blocks[0].text, blocks[0].link_chars) == ("位置：首页 > 新闻动态", 6)


def test_emphasis_underscores_at_the_edge_of_chinese_text_go():
    # html2text writes <em> as _..._; a link inside the emphasis leaves the marks at the text's edges
    save = "# 河畔新区今年将建成三座公园\n\n_[河畔日报](/) 2024年05月01日 10:20_\n\n" + BODY[0] + "\n\nmy_var_name = 1\n"
    blocks = text_blocks(save)
    assert [b.text for b in blocks][1:] == ["河畔日报 2024年05月01日 10:20", BODY[0], "my_var_name = 1"]
    assert _strip(save).title == "河畔新区今年将建成三座公园"


def test_every_line_of_a_link_text_over_lines_counts_as_link_text():
    # a card written as a link: its title, author and counts on lines of their own inside [ ... ](url)
    save = "[ 河畔新区另一条新闻的标题 记者甲 61\n\n0 ](/article/1)\n\n" + BODY[0] + "\n"
    blocks = text_blocks(save)
    assert [(b.text, b.link_chars) for b in blocks] == [("河畔新区另一条新闻的标题 记者甲 61", 17), ("0", 1), (BODY[0], 0)]



def test_a_reading_bar_above_the_headline_is_neither_the_title_nor_the_body():
    # 正在阅读：<headline> (a page's sticky bar, hidden until scrolled) above the headline itself;
    # kept as prose it would open the region, and the comment button under the headline would end it
    head = "河畔新区今年将建成三座公园，市民：家门口就能散步了？"
    save = "\n\n".join(["[首页](/) [国内](/china/) [国际](/world/) [体育](/sports/) [娱乐](/ent/)",
                        "正在阅读：" + head, "_一键登录_", "# " + head, "2019", "09/07", "19:02",
                        "[河畔日报](/author/1)", "分享", "用微信扫描二维码", "评论", "[ _2819_](/comments/1)",
                        BODY[0], BODY[1], THIRD, ""])
    article = _strip(save)
    assert article.title == head
    assert article.body[-3:] == [BODY[0], BODY[1], THIRD]
    assert not any(head in line for line in article.body)


def test_linked_headings_over_summaries_are_teasers_not_the_article():
    # a portal's story module: each story's heading links to it, a summary under it
    teasers = [f"### [河畔区第{n}条新闻的标题在这里](/news/{n}.html)\n\n"
               f"近日，河畔区第{n}条新闻里的事情有了新的进展，有关部门表示将尽快公布结果，市民们对此十分关注，纷纷在网上留言讨论。"
               "记者了解到，相关工作已经开始，预计下个月就能看到变化，届时本报还将继续跟进报道，敬请关注。"
               for n in range(1, 4)]
    save = "\n\n".join(["# 河畔新区今年将建成三座公园", "2024-05-01 10:20:30 来源：河畔日报", BODY[0], BODY[1],
                        *teasers, ""])
    article = _strip(save)
    assert article.title == "河畔新区今年将建成三座公园" and article.body == BODY


def test_a_post_whose_headline_links_to_itself_keeps_its_body():
    save = "\n\n".join(["## [河畔新区今年将建成三座公园](/post/1.html)", "2024-05-01 10:20:30", BODY[0], BODY[1], ""])
    article = _strip(save)
    assert article.title == "河畔新区今年将建成三座公园" and article.body == BODY


def test_a_fenced_code_listing_is_code_and_keeps_the_post_whole():
    # a tech post as a markdown dump: prose, a long fenced listing (its lines look like nothing
    # a reader reads, braces, calls, comments), prose again; the listing splits no region
    code = ["// 河畔性能测试代码示例", "class LoadTest {", "    void run() {", "        int users = 1000;",
            "        System.out.println(users);", "    }", "}"] * 4
    text = "\n\n".join(["# 河畔框架为什么更快", BODY[0], "```java\n" + "\n".join(code) + "\n```", BODY[1]]) + "\n"
    blocks = text_blocks(text)
    assert [b.text for b in blocks if b.code] == [c.strip() for c in code]
    article = _strip(text)
    assert article.title == "河畔框架为什么更快"
    assert article.body[0] == BODY[0] and article.body[-1] == BODY[1]
    assert "```java" not in article.body and "```" not in article.body


def test_an_unclosed_tilde_line_opens_no_listing():
    # a page's decoration written as ~~~~ before a share prompt, never closed: no code listing
    text = "\n\n".join(["~~~~ 扫一扫", "# 河畔框架为什么更快", *BODY, "加载中~~~~"]) + "\n"
    assert not any(b.code for b in text_blocks(text))
    assert _strip(text).body == BODY


def test_a_headings_permalink_is_no_text():
    # docs and blog themes write a permalink into every heading; a markdown dump keeps it as a link
    text = "\n\n".join(["# 河畔框架为什么更快", BODY[0], "## 浅克隆[Permalink](https://example.org/p/#浅克隆 \"Permalink\")",
                       BODY[1], "## [#](https://example.org/p/#背景) 背景与方案", BODY[0] + "另外一段。"]) + "\n"
    texts = [b.text for b in text_blocks(text)]
    assert "浅克隆" in texts and "背景与方案" in texts
    assert not any("Permalink" in t or t.startswith("#") for t in texts)


def test_an_obsidian_saves_embedded_files_go_and_its_wiki_links_keep_their_text():
    # a web clip exported into an Obsidian vault: ![[a.png]] embeds (alone, or inside a link),
    # and [[target|text]] links
    save = "\n\n".join([
        "# 河畔新区今年将建成三座公园",
        "![[20190109231026705.png]]![[_resources/[Linux]Mac_OSX_命令行下控制_Wifi命令.resources/logo.svg]]",
        f"[![[5e490b7e0d9f0203.jpg]]](https://post.example.com/p/a992/pic_2/)",
        BODY[0],
        "这是新闻正文的第二段，引用了[[河畔规划局|规划局]]的说法，也补充了[[更多细节]]。",
    ])
    article = _strip(save)
    assert article.body == [BODY[0], "这是新闻正文的第二段，引用了规划局的说法，也补充了更多细节。"]


def test_a_markdown_link_with_its_text_in_brackets_is_no_wiki_link():
    line = "占了收入的七成 [[来源]](https://example.com/src)，这是新闻正文的第二段，补充了更多细节。"
    article = _strip("\n\n".join(["# 河畔新区今年将建成三座公园", BODY[0], line]))
    assert "(https://example.com/src)" not in article.body[1].replace("[[来源]](https://example.com/src)", "")


def test_a_bullet_and_its_gap_are_no_table_cells():
    # html2text writes a list item as "*   text": one line of text, not a cell "*" and a cell
    blocks = text_blocks("# 标题\n\n*   一、写入数据\n    *   1、顺序写入\n")
    assert [b.text for b in blocks] == ["标题", "一、写入数据", "1、顺序写入"]


PROMO = [f"*   [《某某实现原理与源码解析 —— 精品合集{k}》](https://promo.example.com/{k})" for k in range(12)]


def test_the_top_heading_far_above_the_body_over_dropped_promotion_links_is_the_headline():
    save = "\n\n".join(["# 面试问：河畔新区为什么建得那么快？", "[某某源码](https://www.example.com/people/a)",
                        *PROMO, "* * *", BODY[0], BODY[1]])
    assert _strip(save).title == "面试问：河畔新区为什么建得那么快？"


def test_a_blogs_name_over_its_menu_then_the_posts_title_the_post_wins():
    save = "\n\n".join([
        "# [河畔先生| 关注互联网后端技术](https://blog.example.com/hepan/)",
        "*   [首页](https://blog.example.com/hepan/)", "*   [联系](https://blog.example.com/msg)",
        "*   [订阅](https://blog.example.com/hepan/rss/)", "*   [管理](https://blog.example.com/admin)",
        "随笔 - 82 文章 - 0 评论 - 618",
        "# [河畔新区的坑爹事——记录一次数据迁移过程](https://blog.example.com/hepan/p/3722408.html)",
        "河畔新区的坑爹事", "本文记录一次数据迁移过程", BODY[0], BODY[1]])
    assert _strip(save).title == "河畔新区的坑爹事——记录一次数据迁移过程"


def test_a_documents_title_over_its_first_section_stays_the_headline():
    # two top-level headings with no menu between: the document's title, then a section's
    save = "\n\n".join(["# 河畔新区建设规划说明", "# 第一章 总则", BODY[0], BODY[1]])
    assert _strip(save).title != "第一章 总则"


def test_a_short_top_level_heading_linked_to_its_post_is_the_headline():
    # #  [ 向量那点事儿 ](url "发布于 …"): six characters, all of them a link
    save = "\n".join(["[某某](https://blog.example.com/a)", "写得一手好代码，还要下得了厨房，当技术发现美，生活也可以是诗和远方",
                      "*   [首页](https://blog.example.com/a/)", "*   [管理](https://blog.example.com/admin)",
                      "随笔 - 129  文章 - 0  评论 - 247",
                      '#  [ 河畔那点事 ](https://blog.example.com/a/p/1 "发布于 2025-09-25 10:35")', "目录",
                      *[f"  * [{k}、第{k}节](https://blog.example.com/a/p/1#s{k})" for k in "一二三四五"],
                      *[f"## {k}、第{k}节\n{BODY[0]}\n{BODY[1]}" for k in "一二三四五"]])
    assert _strip(save).title == "河畔那点事"
