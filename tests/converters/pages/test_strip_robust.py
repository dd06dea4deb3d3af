"""strip_boilerplate on bad input: bounded work, no crash, honest warnings; decoding; lexicons; spam rules."""

from __future__ import annotations

import base64

import pytest

from zhtext.converters import strip_boilerplate
from zhtext.converters.encoding import decode_page
from zhtext.converters.pages import detect_form
from zhtext.converters.errors import ZhtextError
from zhtext.converters.pages.blocks import MAX_DEPTH, html_blocks
from zhtext.converters.lexicon import Lexicon, LexiconError, compiled, load_lexicon

PARA = "这是一段用来测试的正文，句子里有逗号，也有句号。"


def page(body: str, head: str = "<title>测试标题</title>") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


# -- bounded work -----------------------------------------------------------


def test_deeply_nested_html_does_not_recurse():
    depth = 100_000
    html = "<div>" * depth + f"<p>{PARA}</p>" + "</div>" * depth
    article = strip_boilerplate(html.encode("utf-8"), "deep.html")
    assert article.body == [PARA]


def test_deep_nesting_of_unclosed_inline_tags():
    html = "<b><i><span>" * 40_000 + PARA
    article = strip_boilerplate(html.encode("utf-8"), "x.html")
    assert article.body == [PARA]


def test_stack_is_capped():
    page_ = html_blocks("<div>" * (MAX_DEPTH * 3) + PARA)
    assert page_.blocks[0].text == PARA
    assert len(page_.blocks[0].path) <= MAX_DEPTH


@pytest.mark.parametrize("junk", [
    "<!--" * 20_000,
    "<a href='" * 20_000,
    '<div class="' * 20_000,
    "<" * 50_000,
    "</" * 50_000,
    "<![CDATA[" * 10_000,
    "<script>" * 10_000,
    "&#" * 50_000,
    "<p " + "x=1 " * 50_000,
])
def test_malformed_html_never_crashes(junk):
    data = (page(f"<p>{PARA}</p>") + junk).encode("utf-8")
    article = strip_boilerplate(data, "bad.html")
    assert isinstance(article.body, list)


def test_unterminated_comment_eats_the_rest_like_a_browser():
    article = strip_boilerplate(page(f"<p>{PARA}</p><!-- <p>不该出现的文字，真的。</p>").encode(), "x.html")
    assert article.body == [PARA]


def test_a_tag_with_a_long_quoted_value_ends_at_its_own_close():
    # a forum post's data as JSON in a data-field attribute longer than the tag window, with
    # <br> inside the quoted value: none of the attribute is text, and the post's text is
    data = "{&quot;content&quot;:&quot;" + "\\u6211\\u4ece" * 400 + "<br>" + "\\u5c0f" * 300 + "&quot;}"
    html = page(f"<div class='post' data-field=\"{data}\"><p>{PARA}</p></div>")
    article = strip_boilerplate(html.encode("utf-8"), "post.html")
    assert article.body == [PARA]


def test_a_stray_quote_after_an_attribute_opens_no_value():
    # <img style="…" "="" src="…">: a browser reads an attribute named " (empty value), not a
    # quoted value running on to the page's next quote
    img = "<img style='width:20px' \"=\"\" src=\"a.png\">"
    filler = f"<span title=\"{'长' * 3000}\">知道</span>"
    html = page(f"<p>{PARA}</p>{img}{filler}<p>{PARA}</p>")
    article = strip_boilerplate(html.encode("utf-8"), "x.html")
    assert "a.png" not in "".join(article.body) and article.body[0] == PARA


def test_many_unclosed_long_quotes_stay_bounded():
    # each tag's quote never closes: the second reading gives up within its budget and each
    # tag ends at the next ">" as before
    html = page(f"<p>{PARA}</p>" + ("<a href=\"" + "x" * 3000 + ">文字") * 300)
    article = strip_boilerplate(html.encode("utf-8"), "x.html")
    assert article.body[0] == PARA


def test_huge_page_is_cut_with_a_warning():
    para = "<p>" + PARA * 3 + "</p>"
    html = page(para * 60_000)  # about 9 MB of markup
    article = strip_boilerplate(html.encode("utf-8"), "huge.html")
    assert article.body
    assert any("first part" in w for w in article.warnings)


def test_huge_plain_text_is_bounded():
    text = (PARA + "\n") * 120_000
    article = strip_boilerplate(text.encode("utf-8"), "huge.txt")
    # a cap (characters or lines, whichever comes first) cuts it, with a warning
    assert article.body and any("only its first" in w or "lines" in w for w in article.warnings)


def test_truncated_mhtml_mid_base64():
    html = page(f"<h1>标题</h1><p>{PARA}</p><p>{PARA}</p>").encode("utf-8")
    b64 = base64.encodebytes(html).decode("ascii")
    mht = ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"\n\n--B\n"
           "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64)
    for cut in (len(mht), len(mht) - 7, len(mht) // 2, 80, 30):
        article = strip_boilerplate(mht[:cut].encode("ascii"), "cut.mht")
        assert article.form == "mhtml"
    assert strip_boilerplate(mht.encode("ascii"), "ok.mht").body == [PARA, PARA]


def test_mhtml_without_parts_warns():
    mht = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"\n\n--B--\n"
    article = strip_boilerplate(mht, "empty.mht")
    assert article.body == [] and article.warnings


@pytest.mark.parametrize("data", [b"", b"\n\n\n", b"   ", b"<html></html>", b"\xff\xfe"])
def test_empty_inputs(data):
    article = strip_boilerplate(data)
    assert article.body == []
    assert article.warnings


def test_nothing_like_an_article_keeps_what_it_can_and_warns():
    html = page("<div><a href='/'>首页</a> <a href='/a'>新闻</a></div><div>欢迎光临</div><div>版权所有</div>")
    article = strip_boilerplate(html.encode("utf-8"), "nav.html")
    assert article.warnings and "article" in article.warnings[0]


# -- decoding ----------------------------------------------------------------


def test_gb2312_declaration_is_read_as_gb18030():
    # 镕 and 𠮷 are outside GB2312 (the second outside GBK too)
    text = page(f"<h1>标题</h1><p>朱镕基和𠮷野家都出现在这一段里，句子要足够长才算正文。</p>",
                head="<meta charset='gb2312'><title>标题</title>")
    article = strip_boilerplate(text.encode("gb18030"), "x.html")
    assert article.body == ["朱镕基和𠮷野家都出现在这一段里，句子要足够长才算正文。"]
    assert article.encoding == "gb18030"


def test_big5_declaration_uses_cp950_or_hkscs():
    body = "香港的「𨋢」字是升降機的意思，這一段文字只是用來測試編碼。"
    html = page(f"<p>{body}</p>", head="<meta charset='big5'><title>測試</title>")
    article = strip_boilerplate(html.encode("big5hkscs"), "x.html")
    assert article.body == [body]
    assert article.encoding in ("cp950", "big5hkscs")


def test_lying_declaration_utf8_bytes_win():
    html = page(f"<p>{PARA}</p>", head="<meta charset='gb2312'><title>标题</title>")
    assert strip_boilerplate(html.encode("utf-8"), "x.html").body == [PARA]


def test_lying_latin1_declaration_is_not_trusted():
    html = page(f"<p>{PARA}</p>", head="<meta charset='iso-8859-1'><title>标题</title>")
    article = strip_boilerplate(html.encode("gb18030"), "x.html")
    assert article.body == [PARA]


def test_undecodable_bytes_replaced_with_a_warning():
    html = page(f"<p>{PARA}</p>", head="<meta charset='gbk'><title>标题</title>").encode("gbk")
    broken = html.replace("正文".encode("gbk"), b"\x81\x20\xff\xff")
    text, used, warnings = decode_page(broken, "gbk")
    assert used == "gb18030" and warnings and "\ufffd" in text
    article = strip_boilerplate(broken, "x.html")
    assert article.warnings


def test_utf16_page():
    html = page(f"<p>{PARA}</p>")
    article = strip_boilerplate(html.encode("utf-16"), "x.html")
    assert article.body == [PARA]


# -- forms ------------------------------------------------------------------


def test_form_by_content_and_extension():
    assert detect_form(b"<!DOCTYPE html><html>", None) == "html"
    assert detect_form("第一行\n<p>不是网页</p>".encode(), "a.txt") == "text"
    assert detect_form(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n", None) == "mhtml"
    assert detect_form("正文<br>第二行".encode(), "a.htm") == "html"
    assert detect_form("正文\n第二行".encode(), "a.htm") == "text"
    assert detect_form("正文\n第二行".encode(), "a.mht") == "text"
    assert detect_form("正文".encode(), None) == "text"


def test_a_markdown_save_opening_with_an_autolink_is_text():
    # a web clip exported to Markdown: <https://…> first, <br> inside its tables' cells
    clip = ("<https://blog.example.com/>\n\n# [某某的博客](https://blog.example.com/)\n\n"
            + "| 1<br>2<br>3 | `a`<br>`b`<br>`c` |\n" * 6).encode("utf-8")
    assert detect_form(clip, "clip.txt") == "text"
    assert detect_form(clip, "clip.md") == "text"
    assert detect_form(b"<div class='post'><p>x</p></div>", None) == "html"


def test_html_without_extension_is_found_by_content():
    data = page(f"<p>{PARA}</p>").encode()
    assert strip_boilerplate(data).form == "html"


# -- spam -------------------------------------------------------------------


def test_news_sentence_about_gambling_is_kept():
    para = "警方近日捣毁一个网络赌博团伙，该团伙以百家乐、六合彩等名目招揽参赌人员，涉案金额超过千万元。"
    text = f"警方打掉网络赌博团伙\n\n{para}\n\n{PARA}\n"
    article = strip_boilerplate(text.encode())
    assert article.body == [para, PARA]


def test_spam_run_inside_a_paragraph_is_cut_out():
    html = page(f"<p>{PARA}澳门赌场 百家乐 时时彩 六合彩</p><p>{PARA}</p>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.body == [PARA, PARA]
    assert ("澳门赌场 百家乐 时时彩 六合彩", "spam") in article.removed


@pytest.mark.parametrize("style", ["display:none", "display: none;", "visibility:hidden", "position:absolute;left:-9999px"])
def test_hidden_styles(style):
    html = page(f"<p>{PARA}</p><div style='{style}'>看不见的文字，也是一整句话，不能留下。</div><p>{PARA}</p>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.body == [PARA, PARA]
    assert any(r == "hidden" for _, r in article.removed)


def test_hidden_attribute_and_inline_hidden_span():
    html = page(f"<p>{PARA}</p><div hidden>看不见的文字，也是一整句话。</div>"
                f"<p>{PARA[:-1]}<span style='display:none'>藏起来的词</span>。</p>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert "看不见" not in article.to_text() and "藏起来" not in article.to_text()


# -- lexicons ---------------------------------------------------------------


def test_bundled_lexicon_has_both_scripts():
    lex = compiled()
    assert lex.marker("责任编辑：张三") == "editor"
    assert lex.marker("責任編輯：張三") == "editor"
    assert lex.marker("版權所有") == "copyright"
    assert lex.spam_hits("百家樂") and lex.spam_hits("百家乐")


def test_a_line_opening_phrase_opens_a_numbered_line_too():
    lex = Lexicon()
    lex.add_text("[promo]\n^回复【\n")
    c = lex.compile()
    for line in ("回复【夜市】查看营业时间", "1、回复【夜市】查看营业时间", "2. 回复【停车】", "（3）回复【公交】"):
        assert c.prefix_marker(line) == "promo" and c.marker(line) == "promo", line
    assert c.prefix_marker("12345、回复【夜市】") is None  # (no list item's number)
    assert c.marker("请回复【夜市】") is None


def test_a_presentation_forms_colon_reads_as_the_full_width_one():
    # 責任編輯︰某某 (U+FE30, as Hong Kong pages write it) is the label 責任編輯：
    lex = compiled()
    assert lex.marker("責任編輯︰某某") == lex.marker("責任編輯：某某") == "editor"
    assert lex.marker("编辑﹕某某") == "editor"


def test_user_lexicon_file(tmp_path):
    lexfile = tmp_path / "mine.txt"
    lexfile.write_text("# my site\n[promo]\n^本文由小熊赞助\n[spam]\n神秘补品\n", "utf-8")
    text = f"标题\n\n{PARA}\n\n本文由小熊赞助播出\n\n{PARA}\n\n神秘补品 神秘补品 神秘补品\n"
    plain = strip_boilerplate(text.encode())
    assert "本文由小熊赞助播出" in plain.body
    article = strip_boilerplate(text.encode(), lexicons=[lexfile])
    assert article.body == [PARA, PARA]
    assert ("本文由小熊赞助播出", "promo") in article.removed
    lex = Lexicon()
    lex.add_text("[spam]\n神秘补品\n")
    assert strip_boilerplate(text.encode(), lexicons=[lex]).body[-1] == PARA


def test_unreadable_lexicon(tmp_path):
    with pytest.raises(LexiconError):
        load_lexicon(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ZhtextError):
        load_lexicon(bad)


# -- structure ----------------------------------------------------------------


def test_related_box_in_mid_article_does_not_cut_the_rest():
    html = page(f"<h1>标题</h1><div class='content'><p>{PARA * 3}</p><p>{PARA * 2}</p>"
                "<div>相关新闻</div><ul><li><a href='/1'>一条相关的新闻标题，写得很长，还有逗号</a></li>"
                "<li><a href='/2'>另一条相关的新闻标题，也写得很长</a></li></ul>"
                f"<p>{PARA * 3}</p><p>{PARA * 2}</p></div>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.body == [PARA * 3, PARA * 2, PARA * 3, PARA * 2]
    assert ("相关新闻", "related") in article.removed


def test_indented_paragraph_wrapped_onto_unindented_lines_is_joined():
    text = ("标题行\n\n　　第一段开头写在这里，这一行被硬换行切断了，后面还有\n内容接着写完。\n"
            "　　第二段也是这样开始的，同样有逗号，也有句号。\n")
    article = strip_boilerplate(text.encode())
    assert article.title == "标题行"
    assert article.body == ["第一段开头写在这里，这一行被硬换行切断了，后面还有内容接着写完。",
                            "第二段也是这样开始的，同样有逗号，也有句号。"]


def test_whole_line_phrases():
    lex = compiled()
    assert lex.marker("评论") == "comments-header"
    assert lex.marker("【 评论 】") == "comments-header"
    assert lex.marker("评论人：张三（某大学）") is None


def test_single_newline_separated_paragraphs_in_text():
    text = f"一个标题\n{PARA}\n{PARA * 2}\n{PARA * 3}\n"
    assert strip_boilerplate(text.encode()).body == [PARA, PARA * 2, PARA * 3]


def test_short_sentence_mentioning_a_widget_word_is_kept():
    text = f"标题\n\n{PARA}\n\n他把那份文件打印了出来。\n\n{PARA}\n\n未经授权，不得转载。\n"
    article = strip_boilerplate(text.encode())
    assert article.body == [PARA, "他把那份文件打印了出来。", PARA]
    assert ("未经授权，不得转载。", "copyright") in article.removed


def test_article_hidden_only_by_a_class_is_kept_with_a_warning():
    paras = "".join(f"<p>{PARA * 2}</p>" for _ in range(6))
    html = page(f"<div class='hidden'>{paras}</div><div><a href='/'>首页</a></div>",
                head="<title>标题</title><style>.hidden{display:none}</style>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.body == [PARA * 2] * 6
    assert any("is hidden (shown by a script?)" in w for w in article.warnings)


def test_article_hidden_by_its_style_until_a_script_shows_it_is_kept():
    # a WeChat article as a crawler saves it: js_content is revealed by a script
    paras = "".join(f"<p>{PARA * 2}</p>" for _ in range(6))
    html = page(f"<div><a href='/'>公众号名称</a></div>"
                f"<div id='js_content' style='visibility: hidden;'>{paras}</div>"
                f"<div style='display:none'><p>微信扫一扫关注该公众号</p></div>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.body == [PARA * 2] * 6
    assert ("微信扫一扫关注该公众号", "hidden") in article.removed


def test_hidden_text_beside_a_visible_article_stays_hidden():
    shown = "".join(f"<p>{PARA * 2}</p>" for _ in range(4))
    html = page(f"<div>{shown}</div><div style='display:none'><p>{PARA * 3}</p><p>{PARA * 3}</p></div>")
    assert strip_boilerplate(html.encode(), "x.html").body == [PARA * 2] * 4


def test_a_style_attribute_showing_an_element_outranks_the_sheet_that_hides_its_class():
    # .content{display:none} in the sheet, <div class="content" style="display: block;"> (a
    # script showed it when the page was saved): the article is visible, not hidden
    menu = "".join(f"<li><a href='/m{k}'>栏目{k}</a></li>" for k in range(30))
    cells = "".join(f"<tr><td>第{k}项</td><td>{PARA}</td></tr>" for k in range(5))
    html = page(f"<div class='submenu'><ul>{menu}</ul></div>"
                f"<div class='content' style='display: block;'><table>{cells}</table></div>",
                head="<title>标题</title><style>.content, .footer { display: none; } .submenu{display:none}</style>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert PARA in article.body
    assert not any("is hidden" in w for w in article.warnings)


def test_an_important_rule_still_hides_what_a_style_attribute_shows():
    shown = "".join(f"<p>{PARA * 2}</p>" for _ in range(4))
    html = page(f"<div>{shown}</div><div class='ng-hide' style='display: block;'><p>{PARA * 3}</p><p>{PARA * 3}</p></div>",
                head="<title>标题</title><style>.ng-hide{display:none !important;}</style>")
    assert strip_boilerplate(html.encode(), "x.html").body == [PARA * 2] * 4


def test_stylesheet_rules_in_media_queries_do_not_hide():
    html = page(f"<div class='wide'><p>{PARA}</p></div>",
                head="<title>标题</title><style>@media (max-width:600px){.wide{display:none}}</style>")
    assert strip_boilerplate(html.encode(), "x.html").body == [PARA]


def test_one_huge_line_of_text_is_bounded():
    article = strip_boilerplate(("字" * 5_000_000).encode("utf-8"), "one.txt")
    assert any("too large" in w for w in article.warnings)


def test_copyright_notice_after_the_article_and_byline_before_it():
    text = (f"一个标题\n本报记者 王一 李二\n{PARA}\n{PARA * 2}\n版权声明\n"
            "本网站刊登的所有作品，未经书面授权，任何单位和个人不得以任何方式转载、摘编或使用，违者必究。\n"
            "如需合作，请联系本网站的版权部门，我们会在三个工作日内给予答复。\n")
    article = strip_boilerplate(text.encode())
    assert article.body == [PARA, PARA * 2]
    assert article.author == "王一 李二"


def test_statement_written_as_a_long_sentence():
    line = "声明：该文观点仅代表作者本人，本平台只提供信息存储空间服务，不代表本平台的立场，如有问题请联系我们。"
    text = f"标题\n\n{PARA}\n\n{PARA}\n\n{line}\n\n审核工作将在下个月全面展开，届时会有更多的人员参与，确保每一个环节都不出问题。\n"
    article = strip_boilerplate(text.encode())
    assert (line, "copyright") in article.removed
    assert article.body[-1].startswith("审核工作")


def test_spam_in_metadata_is_dropped():
    html = page(f"<h1>标题</h1><p>{PARA}</p><p>{PARA}</p>",
                head="<meta name='author' content='六合彩百家乐'><title>标题_澳门赌场_百家乐_时时彩</title>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.author == "" and article.title == "标题"
    assert ("六合彩百家乐", "spam") in article.removed


def test_site_logo_heading_is_not_the_title():
    html = page(f"<h1><a href='/'>新浪网</a></h1><h2>河边新修了一条步道</h2><p>{PARA}</p><p>{PARA}</p>",
                head="<title>河边新修了一条步道_本地新闻_新浪网</title>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.title == "河边新修了一条步道"
    assert article.body == [PARA, PARA]


def test_subheadings_with_widget_words_are_kept():
    lex = compiled()
    for line in ("3D打印技术走进课堂", "返回故乡的路", "广告法修订", "审核流程", "微博热议", "百年老字号", "发文字号："):
        assert lex.marker(line) is None, line
    for line in ("【打印】【关闭】", "返回列表", "审核：王五", "【字号：大 中 小】"):
        assert lex.marker(line) is not None, line


def test_preformatted_article_is_split_into_lines():
    html = page(f"<pre>\n标题\n\n{PARA}\n{PARA * 2}\n\n{PARA}\n</pre>", head="<title>标题</title>")
    article = strip_boilerplate(html.encode(), "x.html")
    assert article.title == "标题"
    assert article.body == [PARA, PARA * 2, PARA]


def test_menu_lines_are_navigation_but_poems_are_not():
    poem = "床前明月光 疑是地上霜 举头望明月 低头思故乡"
    text = f"网站首页 | 新闻中心 | 体育频道\n首页 新闻 体育 娱乐 财经\n一首诗\n\n{PARA}\n\n{poem}\n\n{PARA}\n"
    article = strip_boilerplate(text.encode())
    assert article.title == "一首诗"
    assert article.body == [PARA, poem, PARA]
    assert ("网站首页 | 新闻中心 | 体育频道", "navigation") in article.removed


def test_class_hints_come_from_the_bundled_word_list():
    from zhtext.converters.lexicon import word_lists
    from zhtext.converters.pages.blocks import class_hint

    lists = word_lists("class_hints.txt")
    assert "comment*" in lists["comments"] and "content" in lists["positive"]
    assert class_hint("div", "article-comments") == ("comments", True, False)  # strong: kept inside content
    assert class_hint("div", "newsContent") == (None, True, False)
    assert class_hint("div", "topNav") == ("navigation", False, False)
    assert class_hint("div", "hidden share-box") == ("share", False, True)
    assert class_hint("span", "navigator") == ("navigation", False, False)
    # a name of several words written as one: an entry's box of facts (baseInfoCol, base-info-card)
    assert class_hint("div", "abstract_tbl_wrap baseInfoCol") == ("sidebar", False, False)
    assert class_hint("th", "base-info-card-title") == ("sidebar", False, False)
    assert class_hint("div", "baseline")[0] is None  # (a word merely opening like one: no hint)


def test_metadata_labels_come_from_the_bundled_word_list():
    from zhtext.converters.pages.classify import labels

    assert labels().author.search("作　者：张三 来源：某报").group(1).startswith("张三")
    assert labels().source.search("來源：某某日報").group(1) == "某某日報"
    assert labels().meta.search("发布时间：2024-01-01")


def test_a_short_post_in_a_hidden_article_container_is_shown():
    html = page("<div><a href='/'>公众号名称</a></div>"
                f"<div id='js_content' class='rich_media_content' style='visibility: hidden;'><p>{PARA}</p><p>{PARA}</p></div>")
    assert strip_boilerplate(html.encode(), "x.html").body == [PARA, PARA]
    other = html.replace("id='js_content' class='rich_media_content'", "id='popup'")
    assert strip_boilerplate(other.encode(), "x.html").body != [PARA, PARA]


@pytest.mark.parametrize("label, encoding, codec", [
    ("x-gbk", "gbk", "gb18030"), ("windows-936", "gbk", "gb18030"), ("csGB2312", "gb2312", "gb18030"),
    ("GB2312", "gb2312", "gb18030"), ("csBig5", "big5", "cp950"), ("cn-big5", "big5", "cp950"),
    ("windows-950", "big5", "cp950"),
])
def test_decode_page_reads_the_web_spellings_of_chinese_charsets(label, encoding, codec):
    text = "這是一段測試用的正文，共有兩句。" if "big5" in encoding else "这是一段测试用的正文，共有两句。"
    decoded, used, warnings = decode_page(text.encode(encoding), label)
    assert (decoded, used, warnings) == (text, codec, [])


def test_decode_page_ignores_single_byte_and_escape_declarations():
    data = "这是一段测试用的正文，共有两句。".encode("gbk")
    for label in ("iso-8859-1", "windows-1252", "unicode-escape", "utf-7"):
        decoded, used, _ = decode_page(data, label)
        assert decoded == "这是一段测试用的正文，共有两句。", label


@pytest.mark.parametrize("line, meta", [
    ("昨天", True), ("3小时前", True), ("今天 08:30", True), ("5 分鐘前", True), ("2 小時前·東方日報", True),
    ("今天天气很好", False), ("昨天我去了公园", False),
    ("吉政明电〔2022〕1号", True), ("国办发[2024]3号", True), ("全年共发放补贴3号文件", False),
])
def test_relative_dates_are_metadata_lines(line, meta):
    from zhtext.converters.pages.classify import is_meta_line

    assert is_meta_line(line) is meta
