"""The headline of a plain-text save (a browser's Save As text, a select-all copy, a crawler's
text or markdown dump): the prominent line before the date and byline block, matching the
document title when the save begins or ends with one.  Every text here is written for these
tests, in the shapes real saves fail in."""

from __future__ import annotations

import pytest

from tests.converters.pages.saves import BODY as _BODY
from tests.converters.pages.saves import BODY_TW as _BODY_TW
from tests.converters.pages.saves import strip_save
from zhtext.converters import strip_boilerplate


def _strip(header: str, body=_BODY):
    return strip_save(header, body)


def test_a_deck_right_above_the_date_is_not_the_headline():
    # headline, then a longer deck (sub-headline) right above the date and source line
    header = ("首页\n> 要闻\n河畔新城科技节正式开幕\n成功举办青少年创新成果展示交流会\n"
              "时间：2019-09-18 06:23 来源： 某某日报\n打印 字体： 放大 正常 缩小 分享\n")
    article = _strip(header)
    assert article.title == "河畔新城科技节正式开幕"
    assert article.body == _BODY


def test_a_kicker_above_the_headline_and_a_deck_under_it_are_not_the_headline():
    header = ("要闻\n河畔新城举行\n第三届青少年科技节开幕式暨优秀作品表彰大会\n展示最新创新成果，吸引众多市民参观和点赞交流\n"
              "2024-05-01 08:00 来源：某某日报\n")
    assert _strip(header).title == "第三届青少年科技节开幕式暨优秀作品表彰大会"


def test_a_wechat_save_with_the_account_block_between_title_and_date():
    # title, then the account's profile (author, account name twice, 微信号, 功能介绍 and its
    # description), then the date
    header = ("一日一技：用三行代码整理手机照片\n王小明\n小明的技术笔记\n小明的技术笔记\n微信号\nxiaoming_notes\n"
              "功能介绍\n分享编程与生活的点滴，每周更新两篇原创文章，欢迎大家关注和留言交流。\n前天\n")
    assert _strip(header).title == "一日一技：用三行代码整理手机照片"


def _link_row(k: str, kind: str = "网", count: int = 22) -> str:
    """A row of site names with spaces between them (a text save keeps no link marks)."""
    return " ".join(f"某某{k}{i}{kind}" for i in range(count))


def test_a_headline_after_long_rows_of_links():
    # a text save keeps no link marks: rows of site names weigh in with the article, yet it
    # starts under the date line and the headline sits above it
    header = "\n".join(["承建网站", _link_row("甲"), "专业平台", _link_row("乙"), "外宣平台", _link_row("丙"),
                        "首页>", "新闻中心>", "河畔新城：对生育二孩、三孩的本市户籍家庭发放一次性育儿津贴",
                        "2024-05-13 13:48", "来源：某某网", "分享到：", ""])
    article = _strip(header)
    assert article.title == "河畔新城：对生育二孩、三孩的本市户籍家庭发放一次性育儿津贴"
    assert article.body == _BODY


def test_a_wechat_save_with_the_profile_description_on_the_label_line():
    header = ("河畔新城公布三星级社区名单\n原创 某某\n某某科技评论\n功能介绍 聚焦城市生活领域的行业思考和产品体验\n"
              "视频加载中...\n00:00 / 02:35\n2024-05-01\n")
    assert _strip(header).title == "河畔新城公布三星级社区名单"


@pytest.mark.parametrize("header, title, date", [
    # a blog post: its headline and date on one line, under the blog's menus and sidebar
    ("某某的博客\n控制面板 发表文章 文章编辑 评论管理 更新资料 订制模板\n望月小筑(我的转摘博客)\n小茶妹的歌声(我唱的歌)\n"
     "河畔新城的湘菜馆 兵分两路 (图) 2005-06-14 03:25:55\n", "河畔新城的湘菜馆 兵分两路 (图)", "2005-06-14 03:25:55"),
    # a forum post under the poster's profile
    ("某某社区首页 > 社会探索 > 奇闻异事\nabc52191\n级别：入学了\n积分：235\n看我还写了啥？\n我收藏的：图片 音乐\n"
     "从一次旅行想开去的几件小事 2005-09-11 18:04:42 楼主\n", "从一次旅行想开去的几件小事", "2005-09-11 18:04:42"),
])
def test_a_headline_and_its_date_on_one_line(header, title, date):
    article = _strip(header)
    assert article.title == title
    assert article.date == date
    assert article.body == _BODY


@pytest.mark.parametrize("header", [
    "某某办事处\t某某新闻\t河畔新城街道党工委委员一行到创新金融街开展调研工作\n来源于：某某办事处\n",  # a browser's copy: tabs
    "  某某办事处     某某新闻     河畔新城街道党工委委员一行到创新金融街开展调研工作\n来源于：某某办事处\n",  # a layout: gaps
])
def test_cells_of_a_table_row_are_lines_of_their_own(header):
    assert _strip(header).title == "河畔新城街道党工委委员一行到创新金融街开展调研工作"


@pytest.mark.parametrize("noise", [
    "[查看我的博客目录] [加入个人书签]",  # a toolbar of bracketed links
    "editor_notify@example.com 申请入驻",  # a mail address
    "255.0万次浏览 查看话题 ＞",  # a link with an arrow
])
def test_toolbars_addresses_fields_and_arrow_links_are_never_the_headline(noise):
    header = f"河畔新城举办科技节\n{noise}\n2024-08-02 07:15\n"
    assert _strip(header).title == "河畔新城举办科技节"


def test_a_traditional_save_beginning_with_the_document_title():
    # the browser's save opens with the <title>; the deck under the headline is longer than it
    header = ("河畔新城科技節登場 展出百件作品 - 某某新聞網\n\n首頁 > 生活\n河畔新城科技節登場 展出百件作品\n"
              "青少年創新成果吸引上千市民到場參觀\n記者林佩蓉／台北報導\n2024-05-01 08:00\n")
    article = _strip(header, _BODY_TW)
    assert article.title == "河畔新城科技節登場 展出百件作品"
    assert article.body == _BODY_TW


def test_a_save_ending_with_the_document_title():
    # the deck right above the date is far heavier than the short headline above it; the
    # title line at the end of the save names the headline
    body = _BODY + ["相关新闻", "河畔新城科技节开幕_某某新闻网"]
    header = "频道首页\n河畔新城科技节开幕\n展示最新创新成果，吸引众多市民到场参观和点赞，多家企业参加有关活动\n2024-08-02 07:15\n"
    assert _strip(header, body).title == "河畔新城科技节开幕"


@pytest.mark.parametrize("header", [
    "* 首页\n* 新闻\n* 财经\n\n# 河畔新城举办科技节\n\n**2024-05-01 08:00** 来源：某某日报\n\n",
    "某某首页\n**河畔新城举办科技节**\n来源于：某某办事处\n",  # one strong span makes it markdown
])
def test_a_markdown_save_loses_its_marks(header):
    article = _strip(header, [f"**{_BODY[0]}**\n", _BODY[1]])
    assert article.title == "河畔新城举办科技节"
    assert article.body == _BODY


def test_a_date_above_the_headline_on_an_epaper_page():
    header = ("往期数字报刊\n《某某日报》 《某某晚报》 《某某商报》\n日\n历\n上\n一\n期\n2022年02月13日\n"
              "河畔新城改造公厕五百座\n去年新建社区卫生站十二个\n")
    assert _strip(header).title == "河畔新城改造公厕五百座"


def test_rows_of_site_names_before_the_headline_are_links():
    # long rows of names with spaces and no punctuation (a site directory) outweighed the article
    header = "\n".join(["党务政务网站", _link_row("甲", "政务网", 30), _link_row("乙", "政务网", 30), _link_row("丙", "政务网", 30),
                        "河畔新城公布三星级社区名单", "2024-05-01 08:00", ""])
    article = _strip(header)
    assert article.title == "河畔新城公布三星级社区名单"
    assert article.body == _BODY


def test_rows_of_site_names_after_the_article_are_dropped_and_english_words_are_no_such_row():
    english = "某某（香港大学经济与金融学院）“Property Rights and Original Sin in the Reform of State Firms”"
    kept = [_BODY[0], english, _BODY[1]]
    article = _strip("河畔新城举办经济学年会\n2024-05-01 08:00\n", kept + ["党务政务网站", _link_row("丁", "政务网", 30), _link_row("戊", "政务网", 30)])
    assert article.body == kept


@pytest.mark.parametrize("header", [
    "显示\n比赛革命的革命\n某某\n——对一场运动的政治心理学分析\n一、理解这场运动的一个重要内容\n",
    # the same with the first lines of the essay broken where the page broke them
    "比赛革命的革命\n某某\n——对一场运动的政治心理学分析\n一、理解这场运动的一个重要内容\n"
    "这场运动有着极为广泛的群众参与。因此，如何理解\n广泛的群众参与，就成为理解这场运动的一个重要内容。本文试图从心\n",
])
def test_a_short_headline_over_its_author_and_deck_not_the_first_section_heading(header):
    article = _strip(header)
    assert article.title == "比赛革命的革命"
    assert article.body[-2:] == _BODY


_POEM = ("2024年05月28日\n农历：甲辰年 四月 廿一\n设为首页\n加入收藏\n您在这里: 首页 › 诗 › 春雨\n"
         "chūn yǔ\n春雨\n朝代：唐代\n作者：某某\n原文：\n")


@pytest.mark.parametrize("header", [
    _POEM,  # a poem page: calendar and dynasty fields, a pinyin line, the two-character title
    "春雨_原文、翻译及赏析_某某诗词_某某诗词网\n" + _POEM,  # the same saved with its title bar first
])
def test_a_two_character_headline_above_fields_and_its_author(header):
    assert _strip(header).title == "春雨"


def test_a_row_of_more_cells_than_the_line_cap_is_cut_with_a_warning():
    from zhtext.converters.pages.blocks import MAX_TEXT_LINES

    article = strip_boilerplate(("\t".join(["格子"] * (MAX_TEXT_LINES + 10)) + "\n").encode(), "save.txt")
    assert any(str(MAX_TEXT_LINES) in w for w in article.warnings)


# --- a government page's metadata grid, an encyclopedia page, a blog post's dated headline,
# a US-style date field, page code shown as text (each written for these tests) ---

_GRID_BODY = ["为加快推进河畔新城防洪工程建设，现就禁止在工程征地范围内新增建设项目的有关事项通告如下。",
              "一、自本通告发布之日起，任何单位和个人不得在征地范围内新建、扩建和改建建筑物。",
              "二、本通告自发布之日起施行，由河畔新城水利局负责解释，欢迎社会各界监督。"]
_GRID_TITLE = "河畔新城人民政府关于禁止在防洪工程征地范围内新增建设项目的通告"


@pytest.mark.parametrize("gap", [" ", " | "])
def test_the_title_field_of_a_government_metadata_grid_gives_the_headline(gap):
    # 索引号 / 发文机关 / 成文日期 / 标题 cells, as a select-all copy (space, tab) or a markdown
    # dump (table bars) gives them: the 标题 field's value is the headline, 发文机关 never is
    header = "\n".join(["登录 注册", "政府信息公开专栏 >> 河畔新城人民政府 >> 政府信息公开",
                        f"索 引 号：{gap}11220000013544357T/2024-00426", f"分 类：{gap}水利、防洪;通告",
                        f"发文机关：{gap}河畔新城人民政府", f"成文日期：{gap}2024年01月27日",
                        f"标 题：{gap}{_GRID_TITLE}", f"发文字号：{gap}河政明电〔2024〕1号",
                        f"发布日期：{gap}2024年01月28日", _GRID_TITLE, ""])
    article = _strip(header, _GRID_BODY)
    assert article.title == _GRID_TITLE
    assert article.body == _GRID_BODY


def test_the_title_label_broken_over_two_cells_still_names_the_headline():
    header = "\n".join(["发文机关： | 河畔新城人民政府", "成文日期： | 2024年01月27日", "标",
                        f"题： | {_GRID_TITLE}", "发布日期： | 2024年01月28日", ""])
    assert _strip(header, _GRID_BODY).title == _GRID_TITLE


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_the_headline_under_a_metadata_grid_without_a_title_field(gap):
    # 索引号 / 发文机关 / 成文日期 fields (a tab makes each cell a line), then the headline: a
    # field (a gap after its colon, a value of seven characters and more) is never the headline
    header = "\n".join(["政府信息公开", f"索 引 号：{gap}11220000013544357T/2024-00426",
                        f"发文机关：{gap}河畔新城人民政府办公室", f"成文日期：{gap}2024年01月27日", _GRID_TITLE, ""])
    article = _strip(header, _GRID_BODY)
    assert article.title == _GRID_TITLE
    assert article.body == _GRID_BODY


def test_a_forum_subject_field_gives_the_headline():
    header = "\n".join(["游客 欢迎你！", "首页 > 社区 > 论坛 > 网闻贴吧 在线用户:12066",
                        "主题： 你知道为什么夜市的摊主都爱用那种老式的煤油灯吗？",
                        "作者：河畔小草 时间：2005-08-22 19:13:18", ""])
    assert _strip(header).title == "你知道为什么夜市的摊主都爱用那种老式的煤油灯吗？"


_WIKI_BODY = ["河畔新城是某省东部的一座新城，由三个县及周边部分地区组成，于二〇一七年正式设立。",
              "新城的规划面积约为一百平方公里，中期和远期的发展区面积分别约为二百和两千平方公里。"]


@pytest.mark.parametrize("tagline", ["维基百科，自由的百科全书", "維基百科，自由的百科全書"])
def test_an_encyclopedia_page_the_headline_above_its_tagline(tagline):
    # the short headline, the site's tagline, the skip links, then a maintenance banner and the text
    header = "\n".join(["河畔新城", tagline, "跳到导航 跳到搜索", "本条目存在以下问题，请协助改善本条目或在讨论页针对议题发表看法。", ""])
    article = _strip(header, _WIKI_BODY)
    assert article.title == "河畔新城"
    assert article.body[-2:] == _WIKI_BODY


def test_an_encyclopedia_page_the_heading_with_its_edit_link_then_menus_then_the_tagline():
    # the newer layout: the headline with its edit link, the language list, the page tabs and
    # tools, the tagline, then an infobox whose first cell repeats the name
    menus = ["15种语言", "English", "日本語", "Deutsch", "条目", "讨论", "阅读", "编辑", "查看历史", "工具",
             "链入页面", "相关更改", "上传文件", "特殊页面", "固定链接", "页面信息", "引用本页", "维基数据项目",
             "打印/导出", "下载为PDF", "可打印版", "在其他项目中", "维基共享资源", "维基导游"]
    for edit in ("[编辑]", " [ 编辑 ]"):
        header = "\n".join(["跳转到内容", "主菜单", "导航", "首页", "分类索引", f"河畔新城{edit}", *menus,
                            "维基百科，自由的百科全书", "此条目讲述处于施工或详细规划阶段的工程。", "河畔新城",
                            "国家 某某国", ""])
        assert _strip(header, _WIKI_BODY).title == "河畔新城"


def test_a_blog_post_headline_marked_with_pictures_on_its_date_line():
    # a short headline with its (图) mark and the date on one line, a profile blurb above it
    header = "\n".join(["[查看我的博客目录] [加入个人书签]",
                        "我是一个喜欢看海的普通人，如果我们是知己，也许可以一起去海边走走，听听海的声音.",
                        "昨天去海边玩 (图) 2005-03-21 01:20:44", "个人信息", ""])
    assert _strip(header).title == "昨天去海边玩 (图)"


def test_a_date_field_written_month_first_ends_the_byline_block():
    # a markdown dump of an old table layout: a long row of bold menu links, the headline broken
    # from its bold marks, then author, source and a 9/17/2004 date in one row
    row = " | | ".join(f"**{x}**" for x in ["首页", "关注河畔中心（HPC）", "河畔民间运动", "公民社会", "河畔良心人物",
                                              "河畔民间团体联盟", "读者来信", "公民读本与先贤论著", "推动河畔的社区自治",
                                              "真相", "时政研讨", "人物"]) + " | | "
    header = "\n".join(["|  |", "---|---", row, "---|---|---|---", "**", "河畔新城：举行“城市记忆”主题座谈会**", "",
                        "---", "", "作者： 河畔小草   来源： 河畔新城网   发布日期： 9/17/2004 5:54:13 AM", "", ""])
    article = _strip(header)
    assert article.title == "河畔新城：举行“城市记忆”主题座谈会"
    assert article.body == _BODY


def test_page_code_shown_as_text_never_outweighs_the_article():
    # a long line of the page's markup (a gallery's <div> run a script never filled), with
    # Chinese captions and commas in it: markup, not prose
    code = " ".join(f'<div class="pic_midd mb20"> <!--插件的宽度依赖于外框的宽度，请勿改动--> <div id="pic_con{i}"> '
                    f'<a href="/a/{i}.shtml">《河畔影人》第{i}期，精彩回顾。</a></div>' for i in range(40))
    header = "\n".join(["首页 | 新闻 | 电影 | 电视剧", "关于我们 | 网站地图 | 联系我们", "返回顶部", code,
                        "河畔新城电影节将于五月二十日开幕", "2024-05-10 10:00 来源：某某电影网", ""])
    article = _strip(header)
    assert article.title == "河畔新城电影节将于五月二十日开幕"
    assert article.body == _BODY


def test_a_date_row_shared_with_paging_links_is_the_byline():
    # an old portal page: a long quote-search form line, a menu, the headline, then the date
    # and source on one row with the paging links (dropped as navigation for them)
    header = "\n".join(["河畔 - 财经 - 新闻 - 科技 - 旅游 - 汽车 - 电邮",
                        "输入代号查询(可同时多个)： " + " ".join(f"河畔{k}市场(.H{k})" for k in "ABCDEFGHIJKLMNOP"),
                        "首页 新闻 股市 观点与评论 基金 外汇 债券 银行 保险 教育",
                        "2004河畔十大科技传闻 老中医绝食四十九天居首",
                        "2005-01-06 08:13更新 来源：转载文章 第1页/共1页 << 上一页 | 下一页 >>", ""])
    article = _strip(header)
    assert article.title == "2004河畔十大科技传闻 老中医绝食四十九天居首"
    assert article.body == _BODY


def test_a_markdown_cell_bar_before_a_bold_headline_and_a_row_of_links_above_it():
    # html2text: the links cell, the table bars and the bold headline on one line (a wide gap
    # cuts them into cells), then author, translator and date
    header = "\n".join(["_河畔软件谈", "河畔趣谈软件",
                        "其他文章(简体中文) 其他文章(英文) 与作者联系（英文） |   |  |  **给新入学的学生的建议**",
                        "---", "作者： 河畔小草 (Hepan Xiaocao)", "译： 小明", "2005年1月2日", ""])
    article = _strip(header)
    assert article.title == "给新入学的学生的建议"
    assert article.body == _BODY


def test_a_row_of_menu_words_right_above_the_headline_is_not_it():
    # a quote-search box's links (two short words on one line) right above a headline with a
    # colon and a comma, then the date and source
    header = "\n".join(["财经首页", "股市", "理财", "全球股市行情：", "代码查询 使用说明", "孩子：我的零花钱，谁来管",
                        "2005-02-06 13:26更新 来源：转载文章 发表评论", ""])
    assert _strip(header).title == "孩子：我的零花钱，谁来管"


def test_a_blog_date_in_english_above_the_post_headline():
    # a blog's day header in English run together with the author, then the post's headline
    # and its category links
    header = "\n".join(["首页 | 时事 | 生活 | 财经 | 法律 | 文体 | 播客 | 视频 | 历史 | 贴图",
                        "Saturday, September 10th, 2005 10:56 am河畔小草", "播客热潮迅速蔓延 挑逗传统媒体",
                        "[作者简介] (个人情况保密) [河畔小草]个人类别", ""])
    assert _strip(header).title == "播客热潮迅速蔓延 挑逗传统媒体"


def test_a_register_now_advert_under_the_byline_is_not_the_headline():
    # an old portal's book page, its table columns interleaved: a short chapter headline, menu
    # rows, the serial's fields, then a 立刻注册… advert right above the text
    header = "\n".join(["河畔首页 > 读书频道 > > 河畔才情人生 > 正文", "读书搜索", "投身外交工作(3)",
                        "图书 作者 出版社 分类 新闻/评论", "分类与搜索", "小说 畅销 时政 娱乐", "河畔生",
                        "历史 玄幻 传记 影视", "连载：河畔才情人生 出版社：河畔出版社 作者：河畔生",
                        "立刻注册河畔免费邮箱，激活1G空间", "生活 励志 财经 职场", ""])
    assert _strip(header).title == "投身外交工作(3)"


def test_a_title_bar_with_a_comma_then_a_channel_menu_above_the_headline():
    # a browser's text save: the <title> line (a headline with a comma weighs in as prose),
    # a run-together channel menu, 登录, the headline again, then a relative date
    title = "河畔运营商 5G 手机促销方式曝光，禁止提供购机补贴"
    header = "\n".join([title, "热门话题科技动态开发者资讯区块链快讯招聘行情", "登录", title, "昨天", ""])
    article = _strip(header)
    assert article.title == title
    assert title not in article.body and article.body[-2:] == _BODY


def test_a_date_row_shared_with_share_and_comment_widgets_is_the_byline():
    # the <title> line with its channel and site, a share link, menus, the headline, then the
    # date with the site, a comment count and 收藏本文 on one row, then a promotion line
    title = "河畔发布新手机 11：64GB售5499元 256GB售6799元"
    header = "\n".join([f"{title}|河畔|新品|新手机_电信_河畔科技_河畔网", "分享到微博", "TOP",
                        "河畔手机 | 河畔科技 | 河畔首页 | 河畔导航", "首页 手机 平板 手表 电脑 实用技巧 应用游戏 固件下载 公司新闻",
                        title, "2019年09月11日01:53 河畔科技 我有话说(1307人参与) 收藏本文", ""])
    article = _strip(header)
    assert article.title == title
    assert article.body == _BODY


_STREAM = ["Compared to the rest of the world, the river economy looks fantastic. Our columnist explains why.",
           "The regulator just took a crucial first step toward allowing new funds to trade. See the details.",
           "Chip stock closes above $1,000 for the first time ever following its blowout earnings report",
           "Dow falls 600 points, suffers its worst day in a year as the market fails to rally",
           "The average mortgage rate fell below 7% for the first time since early April, but it is failing to spur activity."]


def test_an_english_news_stream_never_outweighs_a_short_chinese_article():
    # a Hong Kong portal's finance page as a text save: an English news stream (each item
    # under its source and time), then the article's card, source, date and one paragraph,
    # then 你可能還想看 and more cards
    stream = [line for item in _STREAM for line in ("News • 3 小時前", item)]
    head = "河畔企業5月信心保持穩定 但匯率疲弱推高成本損害利潤"
    body = ["河畔月度調查顯示，本地企業信心五月保持穩定，但製造業及服務業反映，匯率疲弱帶來的通脹壓力正損害利潤，"
            "企業面對原材料價格、勞動力及電費等成本上升。"]
    text = "\n".join(["首頁", "新聞", "財經", "河畔財經", "登入", *stream, "河畔電台-財經", head, "閱讀整篇文章",
                      "河畔電台-財經", "2024年5月22日週三 上午8:21", *body, "你可能還想看", "河畔財經新聞·8 小時前",
                      "重置城寨 不如搞「港版主題樂園」", ""])
    article = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert article.title == head
    assert article.body == body


def test_a_portal_card_headline_shown_again_under_the_date_is_the_headline():
    # a portal's card (a tag line, the source, the headline, 閱讀整篇文章), the source and the
    # date, then the headline again above the text
    head = "河畔公開賽 某某選手封王"
    header = "\n".join(["焦點", "《河畔新聞》報道\u3000一個專頁睇晒", "河畔社", head, "閱讀整篇文章", "河畔社",
                        "2024年5月20日週一 下午2:05", head, ""])
    assert _strip(header, _BODY_TW).title == head


def test_the_title_field_ends_at_the_next_cell_of_its_row():
    # a markdown dump whose grid row holds two fields: the headline is the 标题 value alone
    header = "\n".join([f"标 题： | {_GRID_TITLE} | 发文字号： | 河政明电〔2024〕1号",
                        "发布日期： | 2024年01月28日 | 成文日期： | 2024年01月27日", ""])
    assert _strip(header, _GRID_BODY).title == _GRID_TITLE


def test_a_breadcrumb_trail_of_short_names_is_never_the_headline():
    # a Hong Kong or Taiwan news page as a select-all copy: a sidebar headline, the trail, the
    # headline, the share, comment, print and font-size widgets, then the date and byline
    header = "\n".join(["網搜熱話題", "河畔村國賠案歸咎已故村長 家屬哭訴太沈重", "hp / 社會 / 焦點事件", "血濺河畔機場 他把行李丟下樓",
                        "用LINE傳送", "分享", "留言", "列印", "A-A+", "2019-03-18 23:59河畔報 記者陳某某／河畔報導", ""])
    assert _strip(header, _BODY_TW).title == "血濺河畔機場 他把行李丟下樓"


def test_a_breadcrumb_trail_right_above_a_headline_that_opens_the_region():
    header = "\n".join(["網上系統 | 河畔劇場 ONLINE | 河畔主持育成計劃 | 河畔文化", "河畔新聞 » 港聞",
                        "某某：朋友移民唔係怕，係怕咗年青人", "- 河畔編輯部 @ 11-22-2014 / 今日", ""])
    assert _strip(header, _BODY_TW).title == "某某：朋友移民唔係怕，係怕咗年青人"


def test_a_follow_prompt_under_the_account_name_is_not_the_headline():
    # a WeChat article as a select-all copy: the title, the account, its follow prompt, the author
    header = "\n".join(["用 500 行代码在浏览器中构建一个图表工具", "河畔前端", "（点击上方公众号，可快速关注）",
                        "作者：河畔小草", ""])
    assert _strip(header).title == "用 500 行代码在浏览器中构建一个图表工具"


def test_a_blog_byline_with_an_at_sign_and_a_month_first_date_under_the_headline():
    # a long sidebar line of teasers run together above the post, then the post's headline and
    # its byline (- 作者 @ 08-24-2013 / 1 year ago)
    sidebar = " ".join(f"河畔黃雨傘 第{i}回 (11/22/2014)歷史時刻，市民撐傘上街．各界聲援 場面感人" for i in range(12))
    header = "\n".join(["網上系統 | 河畔劇場 ONLINE | 河畔主持育成計劃 | 河畔文化", "河畔新聞 » 專題", sidebar,
                        "悼念某某　毋忘往日暴行", "- 河畔編輯部 @ 08-24-2013 / 1 year ago", ""])
    article = _strip(header, _BODY_TW)
    assert article.title == "悼念某某　毋忘往日暴行"
    assert article.body == _BODY_TW


def test_a_one_sentence_summary_under_the_headline_and_a_reporter_name_under_the_date():
    # a Taiwan paper's page: the headline, a one-sentence summary, print and font-size links,
    # share links, the date and paper, then the reporter's name alone above the text
    header = "\n".join(["首頁", "河時", "社會", "悲慟！河畔年邁母子 住處意外身亡", "河畔一對年邁母子在住處身亡。",
                        "友善列印", "小字型", "中字型", "大字型", "分享至Facebook", "分享至Twitter",
                        "2018年09月16日 15:31 河時", "謝某某", ""])
    article = _strip(header, _BODY_TW)
    assert article.title == "悲慟！河畔年邁母子 住處意外身亡"
    assert "謝某某" not in article.title


def test_a_site_name_on_the_first_line_is_no_title_bar_to_match():
    # a mobile page as a select-all copy: the site's name first, menus, the headline, the
    # date, then the site name again above the channel and the font-size switch
    header = "\n".join(["HPtoday新聞雲", ">", "地方", "首頁 即時 影劇 運動 新奇 社會 政治 大陸",
                        "客運司機車禍致人受傷 心情鬱悶獨自散步", "2017年12月9日 00:26", "HPtoday新聞雲", ">", "地方",
                        "小 中 大", ""])
    assert _strip(header, _BODY_TW).title == "客運司機車禍致人受傷 心情鬱悶獨自散步"


def test_an_age_gate_before_the_article_is_neither_headline_nor_body():
    # a Taiwan paper's age gate (its notice and the legal text), then the breadcrumb, the
    # headline, a photo caption with its credit, the date
    header = "\n".join(["限制級", "您即將進入之新聞內容 需滿18歲 方可瀏覽。", "未滿18歲", "或不同意本條款離開", "我同意",
                        "我已年滿18歲進入",
                        "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定，已於網站首頁或各該限制級網頁，"
                        "依台灣網站分級推廣基金會規定作標示。台灣省網站分級推廣基金會之網站分級標示，係為提供家長可自行設定。",
                        "首頁 > 即時 > 生活", "十年前的河畔凶宅 下月拍開價425萬", "下月將法拍的房子位在河畔路一帶。（圖翻攝自地圖）",
                        "2018-07-31 08:19", ""])
    article = _strip(header, _BODY_TW)
    assert article.title == "十年前的河畔凶宅 下月拍開價425萬"
    assert article.body == _BODY_TW


def test_a_photo_caption_between_the_headline_and_the_date_is_passed_over():
    header = "\n".join(["首頁 > 即時 > 生活", "十年前的河畔凶宅 下月拍開價425萬",
                        "下月將法拍的房子位在河畔路一帶。（圖翻攝自地圖）", "2018-07-31 08:19", ""])
    assert _strip(header, _BODY_TW).title == "十年前的河畔凶宅 下月拍開價425萬"


@pytest.mark.parametrize("bar", [["编辑 锁定 讨论"], ["_编辑 锁定 讨论"], ["编辑", "锁定", "讨论"], ["播报 编辑 讨论上传视频"]])
def test_an_encyclopedia_entry_the_headline_above_its_toolbar(bar):
    # a Baidu-style entry: its gallery and flower widgets, the name, the edit toolbar, then
    # infobox cells (a birth date, a place) above the summary
    header = "\n".join(["个人中心", "河畔图册", "送花", "今天的鲜花送完了？", "绑定河畔钱包", "即可领取500朵鲜花",
                        "河畔生", *bar, "1975年1月28日（农历1974年腊月十七）", "河畔市", "河畔市", ""])
    assert _strip(header, _WIKI_BODY).title == "河畔生"


def test_a_most_read_list_above_the_article_is_passed_over_to_its_date_line():
    # an old portal page: a 最多人閱讀 list of twenty headlines (some asking, ending with ？)
    # weighs in with the article; the breadcrumb, headline and byline with the date follow
    teasers = [f"河畔人物{i}專欄：{'貿易還能簽嗎？再來一次就沒意思了' if i % 3 == 0 else '處女秀！壓不住陣腳 砲火四射'}"
               for i in range(20)]
    header = "\n".join(["登入 RSS訂閱 我要爆料", "最多人閱讀", *teasers, "首頁> 新聞> 國際", "油價跌跌不休 重挫河畔股市",
                        "產生縮網址", "編譯中心 2014年12月13日 09:33", "Tweet", "列印", ""])
    article = _strip(header, _BODY_TW)
    assert article.title == "油價跌跌不休 重挫河畔股市"
    assert article.body[-2:] == _BODY_TW and not any("專欄" in p for p in article.body)


def test_a_wechat_date_and_names_line_under_the_title_is_the_byline():
    # a WeChat article as a select-all copy: the title, the date with the author and the account
    # name twice on one line, then the body's own section headings
    title = "初赛赛题解读 | 10分钟读懂2017河畔软件精英挑战赛初赛赛题"
    header = "\n".join([title, "2017-03-03 原妈 HEPANX软件精英挑战赛 HEPANX软件精英挑战赛", "◄比赛问题定义►", "▌背景", ""])
    body = ["大视频方案中，观看体验非常关键，视频内容如何有效送到最终观众手里是决定体验好坏的核心环节。", "▌本次赛题基本描述",
            "在给定结构的网络中（如：某城市的电信网络），为了把视频内容快速低成本地送到每个小区，需要在网络中选择一些节点"
            "放置存储服务器。需要解决的问题是：在满足所有小区播放需求的前提下，如何选择服务器的位置，使得成本最小。",
            "▌本次赛题通用性描述", *_BODY]
    article = _strip(header, body)
    assert article.title == title
    assert article.body[-2:] == _BODY


def test_a_reporter_credit_in_brackets_is_never_the_headline():
    # an old Taiwan page: the headline, then the paper and reporter credit in 【】 on a line of its own
    header = "\n".join(["首頁 > 政治", "某某市長：贊成修憲和內閣制", "立院修憲委員會 朝野樂見", "某某某盼扛任 某某某：勇擔立院",
                        "某某市長：贊成修憲和內閣制", "【河畔晚報╱記者某某某╱即時報導】", "2014.12.13 01:06 pm", ""])
    assert _strip(header, _BODY_TW).title == "某某市長：贊成修憲和內閣制"


def test_a_headline_after_a_papers_name_is_no_field():
    # 人民日报：… over the time, source and font-size widget (its 大 broken onto a line of its own):
    # the paper's name and a colon open the headline, as 朝代：唐代 opens a field
    title = "河畔日报：党政机关网站 真伪一搜便知"
    header = "\n".join(["首页 > 新闻资讯 > 媒体报道 > 正文", title, "时间：2015-09-07 16:42:30", "来源： 本站原创       字体：小 中",
                        "大", ""])
    assert _strip(header).title == title


def test_a_short_field_is_still_no_headline():
    # 农历：甲辰年 四月 廿一 is a field of the page, not the headline above the date
    header = "\n".join(["河畔书院重阳诗会圆满举行", "农历：甲辰年 四月 廿一", "2024-05-28 来源：某某书院", ""])
    assert _strip(header).title == "河畔书院重阳诗会圆满举行"


def test_a_wechat_headline_over_the_card_beats_a_heading_repeating_part_of_it():
    # a WeChat save: the headline, 原创, the author, the account's name twice, then a long
    # introduction of the account and a cover caption before the article's own first heading,
    # which repeats the part of the headline after its colon
    title = "河畔周刊#128：耐心从何而来"
    intro = ["这里记录每周值得分享的内容，周五发布。(", "[通知] 下周假期，周刊休息。", ")", "本刊", "开源", "[1]", "，欢迎", "投稿",
             "[2]", "。", "封面图", "河畔某店的店外装饰，迎接新年。（", "via", "[3]", "）"]
    header = "\n".join([title, "原创", "河畔君", "河畔的网络日志", "河畔的网络日志", "微信号", "hepan-blog", "功能介绍",
                        "互联网开发，个人生活随感", *intro, "耐心从何而来", ""])
    article = _strip(header)
    assert article.title == title
    assert article.body[-2:] == _BODY


def test_a_crawlers_dump_keeps_an_indented_headline_apart_from_its_date_line():
    # soup.get_text() of a school page: the source's indentation kept, the headline indented over
    # an unindented date line, the paragraphs one a line (a headline is no hard-wrapped line)
    body = "\n\n".join(f"        {p}" for p in _BODY)
    text = ("    首页\n    >>\n    学校新闻\n\n\n    河畔学院顺利完成2024年研究生招生考试工作\n2024-12-29作者：浏览次数：\n\n\n"
            f"{body}\n")
    article = strip_boilerplate(text.encode("utf-8"), "save.txt")
    assert article.title == "河畔学院顺利完成2024年研究生招生考试工作"
    assert article.body == _BODY


def test_a_bar_of_links_before_the_date_is_no_headline():
    # a table's cells run together: the login links and the date on one line, over the post's
    # date line and its headline
    header = "\n".join(["首页 | 时事 | 生活 | 财经 | 法律", "注册 | 登入 | FAQ | 某某主页 | 大家论坛 2006年12月27日（京港台时间）",
                        "Saturday, September 10th, 2005 10:56 am", "河畔新城播客热潮迅速蔓延 挑逗传统传媒业", ""])
    assert _strip(header).title == "河畔新城播客热潮迅速蔓延 挑逗传统传媒业"


def test_a_call_to_scan_and_subscribe_is_no_headline():
    # a magazine's banner between the account lines and the credit: 扫码订阅… is a prompt
    header = "\n".join(["河畔城市内涝防治的三道防线", "王某", "某某杂志", "扫码订阅《某某杂志》", "文 | 某某大学教授 王某", ""])
    assert _strip(header).title == "河畔城市内涝防治的三道防线"


def test_a_headline_run_on_with_its_source_and_date_is_cut_from_them():
    # soup.get_text() runs the headline, the 来源： field and the date together on one line
    header = "\n".join(["某某晚报", "太原", "正文", "居家养老有“医”靠 河畔安宁疗护有温度来源：某某晚报 2021-11-25 16:26:07", ""])
    article = _strip(header)
    assert article.title == "居家养老有“医”靠 河畔安宁疗护有温度"
    assert article.body == _BODY


def test_the_headline_with_its_date_over_the_body_under_a_list_of_its_shape():
    # a Hong Kong finance page's dump: the day's story list (each item with its date and time),
    # then the story's own headline in the same shape right over the body
    items = [f"【{700 + i}】河畔股份{i}號公告回購股份 2014-12-17 (10:{10 + i})" for i in range(8)]
    header = "\n".join(["即時財經", *items, "【16】河畔地產續增持新地2.5萬股 (經濟) 2014-12-17 (17:18)", ""])
    article = _strip(header, _BODY_TW)
    assert article.title == "【16】河畔地產續增持新地2.5萬股 (經濟)"
    assert article.body == _BODY_TW
