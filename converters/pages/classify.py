"""Classifying blocks one by one: boilerplate reasons, prose features, block value.

Each block of a page becomes an :class:`Item` and is classified on its own:
hidden, spam (whole lines, and keyword runs cut out of a line), link list,
a class/id hint such as ``nav`` or ``comment``, a boilerplate phrase from the
lexicons, a menu line, a reporter credit, a date/author/source line, a reprint
statement, a follow prompt, a live page's clock stamp or reading time, a photo's caption
closed by its credit (HTML), a repost's card and the reposter's note above it, a credits block,
a code listing's line-number gutter.  Then
:func:`value_of` scores it by how much it reads like prose (length, Chinese
punctuation, link share); the region choice adds these values up.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import CompiledLexicon, word_lists
from .blocks import CONTENT, Block

# reasons a block can be dropped for
HIDDEN, SPAM, LINKS, OUTSIDE, TITLE, META = "hidden", "spam", "links", "outside", "title", "meta"
SYMBOLS = "symbols"  # a line of box-drawing characters, arrows or bullets only
PLAYER = "player"  # the class hint of a media player (its blocks are dropped as "widget")

SENT_PUNCT = re.compile(r"[，。！？；、：,!?;…]")
FINAL = "。！？!?…”’」』\"'）)》]】.；;～~"
DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s*|T)(\d{1,2})\s*[:：時时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)

# 9/17/2004 (month first): a text save's date field; 7月 08, 2021: a blog platform's date in Chinese, month first
_MONTH_FIRST = r"\d{1,2}月\s*\d{1,2},\s*(?:19|20)\d{2}"
US_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d{{2}})(?!\d)|(?<!\d){_MONTH_FIRST}(?!\d)")
_MONTH_FIRST_LINE = re.compile(rf"^{_MONTH_FIRST}$")  # 7月 08, 2021 alone on its line
# July 17, 2009 or Dec 28 Sat 2013 00:28 alone on a line: a blog's date header in English
EN_DATE_LINE = re.compile(r"^(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2}(?:st|nd|rd|th)?\b)"
                          r"(?=.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Za-z0-9 ,.:]{8,40}"
                          r"(?:\s*\|\s*(?:\d+\s+)?Comments?|\s*\|\s*\d{1,3}\s*min(?:ute)?s?\s+read)?\s*\|?$",
                          # (Jul 3rd, 2016 | Comments, Dec 26, 2024 | 18 min read |: a blog theme's date row)
                          re.IGNORECASE)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# 01 Dec 2025 10:56, Dec 1, 2025, Jul 3rd, 2016: a date written in English (day or month first), its time after it
EN_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
                     r"\s+(?P<y>(?:19|20)\d{2})\b(?:\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?", re.IGNORECASE)
_DOCTYPE_WORDS = frozenset({"html", "doctype html", "!doctype html"})


def doctype_line(text: str) -> bool:
    """The doctype's word a dump of the whole document opens with (BeautifulSoup's get_text() keeps it)."""
    return text.strip().lower() in _DOCTYPE_WORDS


# 发布 : 01 Dec 2025 10:56, Updated: Dec 1, 2025: a labelled date in English, its time after it
LABELED_EN_DATE = re.compile(r"^(?:发布|發布|發佈|更新|发表|發表|日期|时间|時間|published|updated|posted)\s*[:：]?\s*"
                             + EN_DATE.pattern + r"(?::\d{2})?(?:\s*[AaPp][Mm])?$", re.IGNORECASE)


def _alternatives(words) -> str:
    """A regex alternation of labels; a space in a label stands for any whitespace."""
    return "|".join(r"\s*".join(re.escape(part) for part in w.split()) for w in words)


@dataclass(frozen=True, slots=True)
class Labels:
    """The metadata-label patterns, built from ``data/labels.txt``."""

    meta: re.Pattern
    author: re.Pattern
    stop: re.Pattern
    source: re.Pattern


@cache
def labels() -> Labels:
    """The metadata-label patterns (read once)."""
    w = word_lists("labels.txt")
    return Labels(
        meta=re.compile(rf"(?:{_alternatives(w['meta'])})\s*[:：]"),
        author=re.compile(
            rf"(?:{_alternatives(w['author'])})\s*[:：/／]\s*([^\s:：|/／，,（(【\[]{{2,20}}(?:\s[^\s:：|/／，,（(【\[]{{2,4}}){{0,3}})"
            rf"|(?:{_alternatives(w['reporter'])})\s*[:：/／]?\s*([\u4e00-\u9fff]{{2,4}}(?:[ 、][\u4e00-\u9fff]{{2,4}}){{0,3}})"
        ),
        stop=re.compile(rf"\s*(?:{_alternatives(w['stop'])})"),
        source=re.compile(rf"(?:{_alternatives(w['source'])})\s*[:：]\s*([^\s|:：，,（(【\[]{{2,30}})"),
    )


@cache
def _channels() -> frozenset[str]:
    return frozenset(word_lists("labels.txt")["channel"])


_TAG_COUNT = re.compile(r"^(?:#\S{1,20}\s*\d+\s*(?:个|個|篇)\s*)+$")
# 今日访问：6, 所有访问：16453, 积分: 1200, 粉丝 35: a blog's or an account's statistics, one a line
_STAT_LINE = re.compile(r"^(?:今日|昨日|本周|本週|本月|所有|总|總|累计|累計)?(?:访问|訪問|访客|訪客|浏览|瀏覽|点击|點擊|人气|人氣|积分|積分|"
                        r"排名|粉丝|粉絲|获赞|獲讚)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,]*(?:\s*[(（][^()（）]{0,12}[)）])?$")
_MENU_PIECE = re.compile(r"[A-Za-z0-9]{1,6}|[|｜·•/／\s]")  # NBA, a bar or a dot between channel names


def run_together_menu(text: str) -> bool:
    """A line made of four or more channel names run together, a Latin name or a bar between
    them at most (国内国际经济军事生活文娱, 新闻体育NBA娱乐财经): a menu a save lost the spaces of."""
    if len(text) > 120 or len(text) < 8:
        return False
    names = _channels()
    best = [-1] * (len(text) + 1)  # the most channel names that cover text[:i] (-1: none)
    best[0] = 0
    for i in range(len(text)):
        if best[i] < 0:
            continue
        for k in (2, 3, 4):
            if i + k <= len(text) and text[i:i + k] in names and best[i] + 1 > best[i + k]:
                best[i + k] = best[i] + 1
        m = _MENU_PIECE.match(text, i)
        if m and best[i] > best[m.end()]:
            best[m.end()] = best[i]
    return best[len(text)] >= 4


_CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:本报记者|本報記者|记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|責編|责编|摄影|攝影|图文|圖文|图片来源|圖片來源"
    r"|(?:原创|原創)\s*[:：]"  # 原创： 某某 (a WeChat article's author)
    r"|(?:文|图|圖|摄|攝|完|译|譯)(?=$|[\s/／:：|｜丨)）】\]]))"  # 文/张三, 译：某某, （完）; not 文化, 图片
    r"[^。！？]{0,30}[)）】\]]?$"
)
_BYLINE = re.compile(  # (in brackets too, closing a story: （上海证券报记者 邵好）)
    r"^[（(]?[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,4}"
    r"(?:\s*[\u4e00-\u9fff]{0,8}(?:报道|報導|報道|报导))?[）)]?$"  # (新唐人电视台记者某某综合报导 too)
)
# By 某某編輯團隊: a byline in English
_BY_BYLINE = re.compile(r"^(?:By|BY|by)\s+[^\s,.;:，。；：!?！？]{2,24}(?:\s+[^\s,.;:，。；：!?！？]{1,24}){0,3}$")
# Article Information / Author, 某某 / Role, 某某记者 / Reporting from 香港: an article's byline block
# whose labels are English (an international broadcaster's Chinese service)
# Posted by 某某 • Published on December 29, 2012, Posted by 某某 on 2012-12-29: a blog's byline in English
_POSTED_BY = re.compile(r"^(?:Posted|Written|Published)\s+by\s+\S.{0,30}?(?:\s+on\s|\s*[•·|｜]\s*).{0,50}$")
_LABELED_BYLINE = re.compile(r"^(?:Article Information$|(?:Author|Role|Reporting from|Written by|Reported by|Posted by)\b[\s,:：，])")
# 原创 某某 某某号: a WeChat article's mark of original content, its author and account (no date)
_ORIGINAL_BYLINE = re.compile(r"^(?:原创|原創|Original)(?:\s+[^\s。，！？!?,:：]{1,10}){1,3}$")  # (names, not a headline)
# 記者林悅／南市報導, 記者甲、乙／台北報導, 社會中心／綜合報導: a desk or reporters, a slash, where it was reported from;
# 【聯合晚報╱記者楊正海╱即時報導】: the paper, the reporter and the desk between box-drawing slashes
_SLASH_BYLINE = re.compile(
    r"^[〔\[【(（]?(?:[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}\s*[／/╱]\s*){1,2}[\u4e00-\u9fff]{0,10}(?:报道|報導|報道|报导)[〕\]】)）]?$"
)
# 王小明／台北: a reporter's name and the city (a byline without 記者 or 報導); HTML only, where a
# breadcrumb of two names (國際／亞洲) is a row of links
_NAME_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[／/╱]\s*[\u4e00-\u9fff]{2,3}$")
# 圖文／某某, 報導•攝影╱某某, 文字／攝影：某某: a credit of two roles on a line of its own (the words and
# the pictures), no byline of the story's text; a credit of one role (文/某某, 记者 某某) is kept
_COMPOUND_CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:图文|圖文|(?:报道|報導|報道|文字|撰文|采访|採訪|采写|採寫|文)\s*[•·．.、&＆/／╱]\s*"
    r"(?:摄影|攝影|图片|圖片|图|圖|摄|攝))\s*[/／╱:：|｜]\s*[^。！？!?]{1,24}?[)）】\]]?$"
)
# 想了解更多某某，请点击这里！, 如需了解更多…，可扫码联系在线客服。: a pointer to another page or a
# support channel, not the article's own text
_POINTER = re.compile(
    r"^(?:想|想要|如需|如想|欲|若想|若需|如果想|如果您想|如您想|您想)(?:进一步|進一步)?(?:了解|瞭解)更多"
    r"[^。！？!?]{0,50}?(?:点击|點擊|扫码|掃碼|扫描|掃描|联系|聯繫|聯絡|关注|關注|访问|訪問|前往|请见|請見|参阅|參閱)"
)
_POINTER_MAX = 100  # the most characters of such a pointer
# （想加入免费课程的学习？请留意底部信息）, (詳見文末說明): a bracketed note pointing to the page's bottom
_POINTER_BELOW = re.compile(r"^[（(][^（）()]{0,30}(?:留意|见|見|看|参阅|參閱|参见|參見)(?:文章)?(?:底部|文末|下方)[^（）()]{0,8}[）)]$")
_WORDY = re.compile(r"[^\W_]")  # a letter, digit or CJK character
TIME = re.compile(r"\d{1,2}[:：]\d{2}")
_SEPARATORS = re.compile(r"[\s_|/\\\-·,，+.．:：;；~～*#=]+")
# 全部圖片(1張), 查看全部图片（12张）, 共8张图片: a gallery's link with its count
_PHOTO_COUNT = re.compile(r"^(?:(?:查看)?全部|共)\s*(?:\d+\s*[張张]\s*)?(?:圖片|图片|相片|照片|圖輯|图集)\s*"
                          r"(?:[（(]\s*\d+\s*[張张]?\s*[）)])?$"
                          r"|^(?:圖片|图片|相片|照片)\s*[（(]\s*\d+\s*[張张]?\s*[）)]$")
# 中文 English, 简体 | 繁體, 繁 简 EN: a switch between the site's languages or scripts
_LANGUAGE_SWITCH = re.compile(r"^(?:(?:中文|English|简体中文|簡體中文|繁體中文|繁体中文|简体|簡體|繁体|繁體|简|簡|繁|EN|日本語|한국어)"
                              r"(?:\s*[|/｜·•]\s*|\s+|$)){2,}$")
# GitHub E-Mail 简书, 微博 | 知乎 | RSS: a blog's row of links to its author's accounts
_SOCIAL_ROW = re.compile(r"^(?:(?:GitHub|Github|GitLab|Gitee|E-?[Mm]ail|Email|RSS|Twitter|X|Facebook|Weibo|微博|新浪微博|"
                         r"知乎|简书|簡書|豆瓣|微信|WeChat|QQ|CSDN|掘金|博客园|Telegram|LinkedIn|Instagram|YouTube|"
                         r"Bilibili|哔哩哔哩|B站|Mastodon|Steam|StackOverflow|Stack Overflow|Zhihu|Douban)"
                         r"(?:\s*[|/｜·•]\s*|\s+|$)){2,}$"
                         # FacebookTwitterEmailPrintFont Size繁体: a share row a save ran together
                         r"|^(?:Facebook|Twitter|Email|E-mail|Print|Font Size|LINE|Line|WhatsApp|Telegram|Weibo|Copy Link|Share)"
                         r"{3,}(?:繁体|简体|繁體|簡體)?$")
_TEMPLATE_TAGS = re.compile(r"^(?:\s*(?:\{%.{0,80}?%\}|\{\{.{0,80}?\}\}))+\s*$")  # a line of template tags only
_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』\"]?$")
_SHORT_HEADLINE = 4  # the fewest characters of a top-level heading linked to its post that stays a heading (向量那点事儿)
_CLAUSE_END = re.compile(r"[：:]$")  # a colon announcing what follows (a caption ends with a full stop too)
_OWN_WORDS = 4  # the fewest characters outside its links such a sentence has (羽泉组合与谭维维。 has two)
# -END-, — END —, END: a WeChat article's end mark
_END_MARK = re.compile(r"^[\s\-—–_=~·•*＝－]*END[\s\-—–_=~·•*＝－]*$")
# （一）培训平台。某某学校微信公众号点击连接学习平台: an item of the article's own numbered list, a label
# and a sentence (no widget however its words read)
_NUMBERED_SENTENCE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．])"
                                r"[^。！？!?]{2,20}[。！？!?]\S{8,}")
# boilerplate that is written as a sentence (dropped even when it ends with 。)
_STATEMENTS = frozenset({"copyright", "icp", "source", "editor", "contact", "boilerplate", "notice"})
_LONG_MARKERS = frozenset({"notice", "footer", "copyright", "icp"})  # checked on lines up to _LONG characters
_LONG = 200
_LONG_NOTICE = 400  # a site's disclaimer paragraph (本網站的內容概不構成任何投資意見…) is a notice up to this long
# such a paragraph speaks of the site itself (本网站…, 当您访问我们的网站时…: a consent panel's, 根据 CPRA，您有权…)
_SITE_SPEAKS = re.compile(r"^(?:本網站|本网站|本網|本网|本站|本平台|当您访问我们的网站|當您訪問我們的網站|根据 ?CPRA|根據 ?CPRA)")
_LABEL_START = re.compile(r"^[【\[(（]?[^\s:：]{1,7}[:：]")
# a media player's time codes (00:00 / 02:35) and a font-size switch (小字号 中字号 大字号, 字号：大 中 小)
_PLAYER = re.compile(r"^(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s*/\s*\d{1,3})$")  # 00:00 / 02:35, 3/12
_FONT_SIZE = re.compile(r"^(?=.*字|[大中小]{3}$)[大中小超特标標准準默认認适適较較字号號体體型]{1,12}$")  # 較大字型 too
# A A A A, A+ A-, A A Reset: a font-size switch in letters (with its reset button)
_LETTER_SIZES = re.compile(r"^(?:[Aa][+\-＋－]?\s*){2,4}(?:(?:reset|重設|重设|預設|预设|還原|还原)\s*)?$", re.IGNORECASE)
_WIDGET_SEPARATORS = re.compile(r"[\s【】\[\]()（）|｜/、:：·•]+")
# teasers: a headline or a sentence cut short with an ellipsis, a "details/more" link at the end
_WRITERS_LINES = 3  # the fewest lines of prose in a box a writer trails off in
_CUT_SHORT = re.compile(r"(?<![…．.])(?:…|\.\.\.|．．．)\s*$")
_MORE_LINK = re.compile(
    r"(?:…|\.\.\.)?\s*(?:[【\[(（<〔]\s*(?:详细|詳細|详情|詳情|更多|全文|阅读全文|閱讀全文|点击[^】\])）>〕]{0,6}|點擊[^】\])）>〕]{0,6}"
    r"|查看[^】\])）>〕]{0,4}|立即[^】\])）>〕]{0,4})\s*[】\])）>〕]|(?:详细|詳細|更多|全文)\s*(?:>>|»|＞＞))\s*$"
    r"|[【\[](?:点击|點擊)[^】\]]{1,6}[】\]][^。！？!?]{0,16}$"  # …火热进行中！【点击投票】Pick你心目中的…
    r"|(?:…|\.\.\.|．．．)\s*(?:更多|详细|詳細|详情|詳情|全文|阅读全文|閱讀全文)\s*$"  # 一手帶大20名寄養孩...更多
)
# 昨天, 3小时前, 今天 08:30, 5 分鐘前: a date written relative to the day the page was saved
_RELATIVE_DATE = re.compile(r"^(?:(?:更新|发布|發布|發佈|发表|發表)(?:于|於)\s*)?"  # (更新于2分钟前 某报 某某 香港报道)
                            r"(?:今天|昨天|前天|刚刚|剛剛|\d{1,2}\s*(?:分钟|分鐘|小时|小時|天)前)(?:\s*\d{1,2}[:：]\d{2})?"
                            r"(?:\s*[·|｜]\s*\S{2,12}|(?:\s+\S{1,16}){1,3})?$")
# 发表于 / 更新于 / 分类于 / 本文字数： / 阅读时长 ≈: a blog theme's byline fields, each on a line of its own
_BARE_LABEL = re.compile(r"^(?:发表于|發表於|更新于|更新於|发布于|發布於|發佈於|分类于|分類於|本文字数\s*[:：]?|本文字數\s*[:：]?"
                         r"|阅读时长\s*≈?|閱讀時長\s*≈?)$")
# 吉政明电〔2022〕1号, 国办发[2024]3号: an official document's number
_DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]$")
REPLY = re.compile(r"^re\s*[:：]", re.IGNORECASE)  # Re: a reply's title
# 4K (72) Android (40) 影视 (186) …: a blog's tag or category cloud, each name with its count of posts
_TAG_CLOUD = re.compile(r"^(?:[^\s()（）][^()（）]{0,24}[(（]\d{1,6}[)）]\s*){5,}$")  # (one way to split: linear)
# 某某发表在《某文章》, 某某 on 《某文章》: an item of a blog's recent-comments widget (WordPress's 近期评论)
_RECENT_COMMENT = re.compile(r"^\S.{0,24}?\s*(?:发表在|發表在|发表于|發表於|评论了|評論了|\bon)\s*《[^《》]{1,60}》$")
# 243条评论|3,930人参与网友评论, 58 則留言: a count of comments opens their section
_COMMENT_COUNT = re.compile(r"^\d[\d,]*\s*(?:条|條|则|則|篇|个|個)?\s*(?:评论|評論|回复|回覆|留言)(?:$|[\s|｜(（]|\d)")
# 本文为某某授权某网发布，转载请注明出处。, 未经书面授权请勿转载。, （本文由「某報」授權轉載）: a statement of
# the article's reprint rights (the site's, not the story's); dropped on lines up to _REPRINT_MAX characters
_REPRINT = re.compile(
    r"(?:转载|轉載)[^。！？，,]{0,4}(?:请|請|须|須|需|务必|務必)[^。！？]{0,6}(?:注明|註明|标明|標明|保留|联系|聯繫|聯絡|获得|獲得|附上|附帶|附带)"
    r"|(?:未经|未經)[^。！？，,]{0,12}(?:授权|授權|许可|許可|同意)[^。！？]{0,4}(?:不得|禁止|请勿|請勿|严禁|嚴禁)(?:转载|轉載)"
    r"|(?:授权|授權)(?:转载|轉載)\s*[)）]?\s*$|(?:请勿|請勿|禁止|严禁|嚴禁)(?:转载|轉載)[。！!]?\s*[)）]?\s*$"
    r"|(?:经|經)[^。！？，,]{0,12}(?:授权|授權)(?:发布|發布|發佈|刊登|刊發|刊发)"  # 本文来源某某，经某某授权发布
)
_REPRINT_MAX = 80  # (a long disclaimer that mentions reprints is left to the lexicon)
# 澎湃新闻 06-30 22:22, 06-30 22:22: an app page's source and its stamp without the year
_YEARLESS_STAMP = re.compile(r"^(?:\S{1,12}\s+)?(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+(?:[01]?\d|2[0-3]):[0-5]\d$")
# 建立時間16:41, 更新时间 17:24: when the page was made or changed and a clock time, no date (a live
# page's timestamps; not 开幕时间：9:30, an event's schedule)
_CLOCK_STAMP = re.compile(r"^(?:建立|更新|最後更新|最后更新|發布|发布|發佈|发表|發表|上載|上载|修改)(?:时间|時間|於|于)?\s*[:：︰]?\s*"
                          r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
# 11 分鐘, 阅读时间 5 分钟, 3 min read: how long the story takes to read
_READING_TIME = re.compile(r"^(?:(?:阅读|閱讀)(?:时间|時間|时长|時長)?\s*[:：]?\s*)?(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘|min)\s*"
                           r"(?:(?:阅读|閱讀|浏览|瀏覽)(?:时间|時間)?|read)?$",  # (7 分钟 浏览时间)
                           re.IGNORECASE)
# 8 minutes read (About 1245 words) 0 visits, 字数统计: 715(字) | 阅读时长 ≈ 3 分钟: a blog post's statistics
# (reading time, word count, visits), nothing else on the line (HTML: in a text save such a line, ending
# in a bracket, parts the page's menu from a headline list's run; see region.damp_headline_runs)
_POST_STAT = (r"\d{1,3}\s*(?:minutes?|mins?)\s*read|(?:about\s*)?\d[\d,.]*\s*k?\s*words"
              r"|\d[\d,.]*\s*(?:visits|views|reads)|words?\s*count(?:\s*in\s*article)?\s*[:：]?\s*\d[\d,.]*\s*k?"
              r"|reading\s*time\s*[≈~:：]?\s*\d{1,3}(?:\s*(?:minutes?|mins?))?"  # (Words count in article: 3,748 | Reading time ≈ 18)
              r"|(?:本文)?(?:字数|字數)(?:统计|統計)?\s*[:：]?\s*\d[\d,.]*\s*k?\s*(?:[(（]?字[)）]?)?"
              r"|(?:阅读|閱讀)(?:时长|時長|时间|時間)\s*[:：≈~]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘|min)"
              # 3收藏1赞: a post's counts of saves and likes, the count first
              r"|\d[\d,.]*\s*万?\s*(?:收藏|赞|讚|点赞|點讚|评论|評論|分享)")
_POST_STATS = re.compile(rf"^[\s|｜·•(（]*(?:{_POST_STAT})(?:[\s|｜·•()（）,，]*(?:{_POST_STAT}))*[\s|｜·•)）]*$", re.IGNORECASE)
# +4: the number of further photos in a gallery (not [4]: a note's number)
_MORE_PHOTOS = re.compile(r"^[+＋]\d{1,4}$")
# ◆ 追蹤更多華視影音及圖文新聞：, 1.用Plurk追蹤某某新聞：追蹤, 关注新华网: the site asking to be followed on a channel
_FOLLOW_US = re.compile(
    r"^[◆●■▶►★☆※•·\s]*(?:\d[.、．]\s*)?(?:(?:用|在|到)\s*[A-Za-z]{1,10}\s*)?(?:追蹤|追踪|關注|关注|訂閱|订阅)(?:更多|我們|我们)?"
    r"[^。！？!?]{0,16}(?:新聞|新闻|影音|粉絲團|粉丝团|頻道|频道|公眾號|公众号|帳號|账号|微博|網|网|facebook|fb|twitter|plurk|line|instagram|youtube)"
    r"[\s:：!！]*(?:追蹤|追踪|關注|关注|訂閱|订阅)?$", re.IGNORECASE)  # (the channel ends the line: 关注网络安全 is a subheading)
_FOLLOW_MAX = 30
# …通过聆讯。图：某某/视觉中国, …合影。（圖／某某攝）, …賭檔。（資料圖片）: a photo's credit closing its caption
# (after a full sentence)
_PHOTO_CREDIT_END = re.compile(r"\s*(?:(?:图|圖|图片|圖片|摄影|攝影)\s*[:：／/]\s*[^。！？!?，,、:：]{2,30}"
                               r"|[（(](?:图|圖|摄影|攝影)\s*[:：／/][^（）()]{1,24}[）)]"
                               # （陳曉瑩攝）, 楊偉亨攝: the photographer's name and 攝 (in brackets, or after the sentence)
                               r"|[（(][\u4e00-\u9fff]{2,4}(?:攝|摄)[）)]|(?<=[。！？!?])\s*[\u4e00-\u9fff]{2,4}(?:攝|摄)[。.]?"
                               # 。路透, ﹝路透﹞: a news agency bare or in tortoise-shell brackets after the caption's sentence
                               # (。網圖: a picture from the web)
                               # (in round brackets, （新华社）, it credits a paragraph of the story)
                               r"|(?<=[。！？!?」”])\s*(?:﹝(?:路透社?|美聯社|美联社|法新社|中央社|新華社|新华社|歐新社|欧新社|共同社|彭博)﹞"
                               r"|(?:路透社?|美聯社|美联社|法新社|歐新社|欧新社|共同社|彭博|網圖|网图))"
                               # （資料圖片）, (示意图), （Getty Images）, （新华社发）: a bracketed label of the photo's kind or its agency
                               r"|[（(](?:資料圖片|资料图片|資料圖|资料图|資料相片|资料照片|檔案照片|档案照片|檔案圖片|档案图片|示意圖|示意图|"
                               r"網上圖片|网络图片|Getty Images|iStock|Shutterstock|路透社|美聯社|美联社|法新社|新华社发|新華社發)[）)])$")
_CAPTION_MAX = 160
# 簽名。（小紅書圖片）, …現身。（影片截圖）, …合照（視覺中國）, 致詞（圖／某某提供）: a caption closed by the bracketed
# source of its picture (a platform's or a body's picture, a video's still, a photo agency), after a sentence or not
_PICTURE_SOURCE_END = re.compile(r"(?:[（(](?:[^（）()。！？!?，,]{0,16}(?:圖片|图片|截圖|截图|相片|劇照|剧照)"
                                 r"|(?:圖|图)\s*[:：／/][^（）()]{1,24}|視覺中國|视觉中国|東方IC|东方IC|IC\s*photo"
                                 # （图片来源：某某/AFP via Getty Images）, （美联社图）, （资料图）
                                 r"|(?:图片来源|圖片來源|图源|圖源)\s*[:：][^（）()]{1,60}|[\u4e00-\u9fff]{1,6}社(?:图|圖)|资料图|資料圖)[）)]"
                                 # …的言论自由。 法新社资料图片: an agency's file picture after the sentence
                                 r"|(?<=[。！？!?])\s*[\u4e00-\u9fff]{0,6}(?:资料图片|資料圖片|资料图|資料圖)"
                                 # …汤玛斯。|网上图片: the source after a bar
                                 r"|[|｜]\s*(?:网上图片|網上圖片|网络图片|網絡圖片|资料图片|資料圖片))$",
                                 re.IGNORECASE)


def _photo_caption(text: str) -> bool:
    """A caption closed by its photo's credit: a sentence, then 图：某某/某图片社 or （圖／某某攝）."""
    m = _PHOTO_CREDIT_END.search(text)
    if m and _ENDS_SENTENCE.search(text[:m.start()]):
        return True
    m = _PICTURE_SOURCE_END.search(text)
    return bool(m) and m.start() > 0
# （图/社交媒体截图）, （圖／某某攝）, (图片：某某): a photo's credit in brackets alone on a line, no caption
# with it (a caption closed by its credit is _PHOTO_CREDIT_END's)
_BARE_PHOTO_CREDIT = re.compile(r"^(?:[（(]\s*(?:图|圖|图片|圖片|图源|圖源|配图|配圖|摄影|攝影)\s*[/／|｜丨:：]\s*[^（）()]{1,30}[）)]"
                                # （相片由受訪者提供）, photo credit：某某: the credit said in words
                                r"|[（(](?:相片|照片|圖片|图片)由[^（）()]{1,20}提供[）)]|photo\s*credits?\s*[:：].{1,30})$",
                                re.IGNORECASE)
# 图像加注文字，…, 音頻加註文字，…, 图片说明：…, Image caption: a caption that says it is one (the label a
# screen reader reads before it), in either script
_LABELED_CAPTION = re.compile(r"^(?:(?:图像|圖像|图片|圖片|音频|音頻|视频|視頻|影片)(?:加注文字|加註文字)\s*[，,:：]?"
                              r"|(?:图片说明|圖片說明|图说|圖說|图注|圖註)\s*[:：]|(?:image|media|video) caption\b)",
                              re.IGNORECASE)
# 图 | 2019年，某某在云南, 圖｜某某攝: a picture's caption or credit under its label and a bar
_BAR_CAPTION = re.compile(r"^(?:图|圖|图片|圖片)\s*[|｜丨]\s*\S")
# 📢 本文由 某某-flash-preview 翻譯: a note that a tool translated the post (no sentence of it)
_TRANSLATED_BY = re.compile(r"^\W*本文由\s*[^，。！？,]{1,40}?\s*(?:翻译|翻譯|机翻|機翻)(?:而成)?[。.]?$")
# © Reuters. 某某…: a photo's caption after the agency's mark
_AGENCY_CAPTION = re.compile(r"^©\s*(?:Reuters|AP|AFP|EPA|Bloomberg|Getty Images|路透社?|美联社|美聯社|法新社|彭博社?|新华社|新華社|中新社)[.。:：]?\s")
# +0.17%, -0.76%: a quote's change in a price ticker
_PRICE_CHANGE = re.compile(r"^[+\-−]?\d{1,3}(?:\.\d{1,3})?%$")
# 以下文章来源于某某 ，作者某某: a WeChat repost's card naming the account the article comes from
_REPOST_CARD = re.compile(r"^(?:以下文章来源于|以下文章來源於)\s*\S.{0,40}$")
# 编者荐语：: the reposting account's own note above that card (its label)
_REPOST_NOTE = re.compile(r"^(?:编者荐语|編者薦語|小编荐语|小編薦語)\s*[:：]?")
_REPOST_NOTE_REACH = 8  # lines above the card the note's label may sit
# 文｜某某, 编辑｜某某, 来源｜某刊（ID：…）, 封面来源｜《某剧》: a line of a credits block (a role, a bar
# or slash or colon, a name); three or more of them in a row, two roles at least, are the block
_ROLE_LINE = re.compile(
    r"^(?:文|文字|撰文|作者|编辑|編輯|责编|責編|主编|主編|来源|來源|封面来源|封面來源|封面|题图|題圖|图片|圖片|图|圖"
    r"|摄影|攝影|排版|校对|校對|审核|審核|审校|審校|出品|监制|監製|策划|策劃|统筹|統籌|设计|設計|视觉|視覺"
    r"|运营|運營|翻译|翻譯|译|譯)\s*[｜|丨/／:：]\s*([^。！？!?]{1,40})$")
_ROLE_RUN = 3  # role lines in a row that make the block
_SHORT = 40  # marker phrases only count on lines up to this many characters
# 推 ohb:說得好 01/29 14:47, → bndan:在低也有一定水準 01/29 15:00, 噓 某某: …: a push on a PTT-style
# board (its mark, the user, a colon, the remark, the date and time)
_PUSH = re.compile(r"^(?:推|噓|→)\s*[A-Za-z0-9_]{2,14}\s*[:：].{0,80}?\d{2}/\d{2}(?:\s+\d{2}:\d{2})?$")
_PUSH_MAX = 120  # the longest such line
_PTT_HEADER = re.compile(r"^(?:作者\s*[A-Za-z0-9_]{2,14}\s*\(|看板\s*[A-Za-z0-9_-]{2,20}$|標題\s*(?:Re:\s*|Fw:\s*)?\[|"
                         r"時間\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s)")
_ARTICLE_BEFORE_COMMENTS = 50  # prose characters between the headline and a comment section
_ARTICLE_BEFORE_SIDEBAR = 200  # prose characters between the headline and a sidebar of other posts
_OTHER_POSTS = frozenset({"sidebar", "related"})  # the hints of a box of other posts (熱門文章, 相关文章)


def visible_len(text: str) -> int:
    """Characters of ``text``, spaces aside."""
    return len(text) - text.count(" ")


def spam_cut(text: str, lex: CompiledLexicon) -> tuple[str, list[str]]:
    """Remove spam keyword runs from ``text``; return (rest, removed pieces).

    A whole line is spam when spam terms and separators make up most of it;
    inside a sentence, a run of three or more terms strung together with
    separators (not an enumeration with 、) is cut out.
    """
    hits = lex.spam_hits(text)
    if not hits:
        return text, []
    total = visible_len(text)
    covered = sum(e - s for s, e in hits)
    residual = _SEPARATORS.sub("", text)
    rest_len = len(residual) - covered
    if len(hits) >= 2 and rest_len <= 0.45 * total:
        return "", [text]
    if len(hits) == 1 and total <= 16 and covered >= 0.4 * total:
        return "", [text]
    # a keyword string: short tokens strung together, no sentence punctuation
    tokens = [t for t in _SEPARATORS.split(text) if t]
    if (len(hits) >= 2 and len(tokens) >= 3 and max(map(len, tokens)) <= 8
            and not re.search(r"[。！？；、]", text)):
        return "", [text]
    # runs inside a longer line
    groups: list[list[tuple[int, int]]] = []
    for span in hits:
        if groups:
            gap = text[groups[-1][-1][1]:span[0]]
            # a short gap without sentence punctuation (ASCII commas are
            # separators in keyword strings), or separators only, joins the run
            if len(gap) <= 12 and not re.search(r"[、。！？；，,.!?;“”\"]", gap.replace(",", "")) or (
                gap and _SEPARATORS.fullmatch(gap) and "、" not in gap
            ):
                groups[-1].append(span)
                continue
        groups.append([span])
    cuts = [(g[0][0], g[-1][1]) for g in groups if len(g) >= 3]
    if not cuts:
        return text, []
    removed, out, pos = [], [], 0
    for s, e in cuts:
        # take the separators around the run too
        while s > pos and _SEPARATORS.fullmatch(text[s - 1]):
            s -= 1
        while e < len(text) and _SEPARATORS.fullmatch(text[e]):
            e += 1
        out.append(text[pos:s])
        removed.append(text[s:e])
        pos = e
    out.append(text[pos:])
    rest = "".join(out).strip()
    if visible_len(rest) < 6 or not re.search(r"[\u4e00-\u9fff]{2}", rest):
        return "", [text]
    return rest, removed


_MENU_SEP = re.compile(r"\s*[|｜│┃>»›/·•]+\s*|\s{2,}|\s(?=[^\s]{1,6}(?:\s|$))")


_SPACED_OUT = 8  # single characters with spaces between them, this many or more: letter-spaced text


_TRAIL_SEP = re.compile(r"\s*[>»›]\s*")
_TRAIL_STEP = 24  # the most characters of a breadcrumb's step (当前位置：首页, a section's name)


def _is_menu(text: str) -> bool:
    """A line of short items between separators: 首页 | 新闻 | 体育, 首页 > 国内 > 正文."""
    if SENT_PUNCT.search(text.replace("：", "").replace(":", "")):
        return False
    if (text.count(">") + text.count("»") + text.count("›") >= 2 or text.startswith((">", "»")) or text.endswith((">", "»"))) \
            and max(map(len, _TRAIL_SEP.split(text.replace(">=", "≥")))) <= _TRAIL_STEP:
        return True  # a breadcrumb trail: 首页 > 国内 > 正文, >发展改革工作 >投资运行, 时政新闻 >; not a
        # clause comparing sizes (…： line-box的高度 >= content-area的高度 > em-square的高度)
    items = [t for t in _MENU_SEP.split(text) if t]
    if re.search(r"[|｜│┃>»›·•]", text):
        lengths = sorted(map(len, items))
        # 20190926|国贸|增长率: a tag line too; a long menu may have a few longer items
        return len(items) >= 3 and (lengths[-1] <= 8 or (len(items) >= 6 and lengths[len(items) // 2] <= 6
                                                         and lengths[-1] <= 12))
    # space-separated: 首页 新闻 体育 娱乐 财经; 观点 理论 智库 中国3分钟 中国访谈 中国网评
    if len(items) >= _SPACED_OUT and max(map(len, items)) == 1:
        return False  # 一 名 男 子 涉 嫌 …: a line written letter-spaced, not a menu of one-character items
    return (len(items) >= 5 and max(map(len, items)) <= 4) or (len(items) >= 6 and max(map(len, items)) <= 6)


def _link_row(text: str) -> bool:
    """A row of names with spaces between them and no punctuation at all (广东人大网 广东政协网
    阳光检务网 …): six or more Chinese names, ten characters each on average."""
    if SENT_PUNCT.search(text) or re.search(r"[。:：|｜]", text) or DATE.search(text):
        return False  # a byline of labels and a date is no link row
    names = text.split()
    if len(names) >= _SPACED_OUT and max(map(len, names)) == 1:
        return False  # letter-spaced text
    han = sum(1 for x in names if re.search(r"[\u4e00-\u9fff]", x))  # Chinese names, not English words
    return han >= 6 and han >= 0.8 * len(names) and sum(map(len, names)) <= 10 * len(names)


def is_meta_line(text: str) -> bool:
    """A date, author, source or byline line (short, no full stop)."""
    n = len(text)
    if n > 90:
        return False
    if text.count("。") or text.count("！") or text.count("？"):
        return False
    label = labels().meta.search(text)
    if label and _announcing(text, label):
        label = None  # (下图为该循环在不同步长下的运行时间：: a sentence announcing a figure, no field)
    if label or _POSTED_BY.match(text) or (n <= 40 and (_BYLINE.match(text) or _SLASH_BYLINE.match(text)
                                                   or _ORIGINAL_BYLINE.match(text) or _BY_BYLINE.match(text)
                                                   or _LABELED_BYLINE.match(text)
                                                   or _RELATIVE_DATE.match(text) or _DOCUMENT_NUMBER.match(text)
                                                   or _BARE_LABEL.match(text))):
        return True
    m = DATE.search(text)
    if m and (n <= 40 or m.group(4)) and not _remark(text[:m.start()]):
        return _STAT_CLAUSE.sub("", text).count("，") <= 1  # (已有1628次阅读，共3个评论: counts of a byline's row)
    if EN_DATE_LINE.match(text.strip()) or _MONTH_FIRST_LINE.match(text.strip()) or LABELED_EN_DATE.match(text.strip()):
        return True
    bare = text.replace("_", " ").replace("*", " ").strip()  # (a markdown dump's emphasis marks)
    m = DATE.match(bare)
    return bool(m and _NAMES_AFTER_DATE.match(bare[m.end():]))


_ANNOUNCING_HEAD = 10  # characters of a clause before a label that ends the line: a sentence, no field


def _announcing(text: str, label: re.Match) -> bool:
    """Whether a label that ends the line closes a sentence (…不同步长下的运行时间：, over a
    table or a figure) rather than opening a field: ten characters or more of one clause before
    it, joined to it (no space or bar between), no field before it and no date in the line."""
    head = text[:label.start()]
    return (not text[label.end():].strip() and len(head) >= _ANNOUNCING_HEAD and head[-1:].isalnum()
            and ":" not in head and "：" not in head  # (相关专题: 某某订阅相关阅读: a row of fields run together)
            and not re.search(r"[\s|｜/丨·]", head[-_ANNOUNCING_HEAD:]) and not DATE.search(text))


def _remark(before: str) -> bool:
    """Whether a date sits in a bracketed remark of a sentence (…只用1080日元（活动截止2018.3.19…）):
    a bracket still open before it, words in the bracket before the date (a bracketed date alone,
    发表于3天前(2013-08-31 08:24), is a timestamp) and six Chinese characters or more ahead of it."""
    at = max(before.rfind("（"), before.rfind("("))
    return (at > max(before.rfind("）"), before.rfind(")")) and len(_HAN.findall(before[at:])) >= 2
            and len(_HAN.findall(before[:at])) >= 6)


# ，已有1628次阅读 ，共3个评论，共 79 人收藏此文: a post's counts after its date, clause by clause
_STAT_CLAUSE = re.compile(r"\s*[,，]\s*(?:已有|共|有)?\s*\d[\d,]*\s*(?:次|个|個|条|條|人|篇)\s*"
                          r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|回复|回覆|收藏|点赞|點讚|转发|轉發)\S{0,4}")


# 2017-03-03 某某 某某技术挑战赛 某某技术挑战赛: a date, then the author and the account (a WeChat byline)
_NAMES_AFTER_DATE = re.compile(r"^\s*[^\s。，！？!?,:：]{1,24}(?:\s+[^\s。，！？!?,:：]{1,24}){0,3}\s*$")


@dataclass(slots=True)
class Item:
    """A block being classified: its (spam-cut) text, features and verdict."""

    block: Block
    text: str
    length: int = 0  # characters, spaces aside
    punct: int = 0  # sentence punctuation marks
    reason: str | None = None  # why it is dropped; None: kept
    header: str | None = None  # the trailing section (related, comments) this line opens
    value: float = 0.0
    credit: bool = False  # a reporter/editor credit line (kept next to the body)
    foreign: bool = False  # a block with hardly a Chinese character on a Chinese page
    player: bool = False  # inside a media player (its controls, playlist, ad label): neither article nor a break in it

    @classmethod
    def of(cls, block: Block) -> "Item":
        return cls(block, block.text, visible_len(block.text), len(SENT_PUNCT.findall(block.text)))

    def retext(self, text: str) -> None:
        """Give the item ``text`` (a piece cut off its block's text), its length and punctuation with it."""
        self.text, self.length, self.punct = text, visible_len(text), len(SENT_PUNCT.findall(text))


def _effective_hints(items: list[Item], title: str) -> set[int]:
    """Element ids whose class/id hint is believed.

    Not believed: a wrapper around most of the page's prose or around the
    headline, a wrapper whose prose sits almost all in one article
    container inside it (``<article class="baidu_pl"><div class="article_content">``:
    a comment or related list does not hold an article), and a wrapper inside an
    article container that holds almost all of that container's prose (a page
    builder's ``<div class="post-content"><div class="widget-container">``: the
    container's own inner box, not a sidebar; when it holds a good part of the page's prose,
    not a share box's).  A comment section
    that opens after the headline and the article's prose is believed even
    when it holds most of the page's prose (a one-paragraph story above a
    long list of comment rules).  So is a sidebar or related box that opens after the headline
    and 200 characters of the post's prose inside the headline's own wrappers (a blog's 熱門文章
    widget whose snippets of other posts, full paragraphs each, outweigh a short post).
    """
    total = sum(it.punct for it in items) or 1
    below: dict[int, int] = {}
    prose_below: dict[int, int] = {}
    inner_content: dict[tuple[int, int], int] = {}  # (hinted element, content element inside it) -> prose
    content_prose: dict[int, int] = {}  # article container -> prose under it
    inside_content: dict[int, int] = {}  # hinted element -> the article container around it
    title_below: set[int] = set()
    after_article: set[int] = set()  # comment sections that open after the headline and some prose
    read = -1  # prose seen since the headline (-1: no headline yet)
    title_boxes: set[int] = set()  # the hinted wrappers around the headline (a blog's "widget Blog")
    boxed = 0  # prose since the headline inside the headline's own wrappers
    for it in items:
        b = it.block
        is_title = bool(title) and b.heading and it.text == title
        prose = it.length if it.punct else 0
        if read < 0:
            read = 0 if is_title else -1
            if is_title:
                title_boxes = {eid for eid, r in b.hints if r != CONTENT}
        elif all(r == CONTENT for _, r in b.hints):
            read += prose
        if read >= 0 and not is_title and all(r == CONTENT or eid in title_boxes for eid, r in b.hints):
            boxed += prose
        if not b.hints:
            continue
        outer: list[int] = []
        around = None  # the innermost article container seen so far
        for eid, reason in b.hints:
            if reason == CONTENT:
                for o in outer:
                    inner_content[(o, eid)] = inner_content.get((o, eid), 0) + prose
                content_prose[eid] = content_prose.get(eid, 0) + prose
                around = eid
                continue
            if around is not None and reason != "comments":
                inside_content.setdefault(eid, around)
            if eid not in below and reason == "comments" and read >= _ARTICLE_BEFORE_COMMENTS:
                after_article.add(eid)
            if eid not in below and reason in _OTHER_POSTS and eid not in title_boxes and boxed >= _ARTICLE_BEFORE_SIDEBAR:
                after_article.add(eid)  # a sidebar of other posts whose snippets outweigh the post
            outer.append(eid)
            below[eid] = below.get(eid, 0) + it.punct
            prose_below[eid] = prose_below.get(eid, 0) + prose
            if is_title:
                title_below.add(eid)
    holds_article = {o for (o, _), p in inner_content.items() if p >= 200 and p >= 0.8 * prose_below[o]}
    total_prose = sum(it.length for it in items if it.punct)
    holds_article |= {e for e, c in inside_content.items()
                      if prose_below[e] >= max(200, 0.25 * total_prose) and prose_below[e] >= 0.8 * content_prose[c]}
    return {eid for eid, p in below.items()
            if eid in after_article or (p < 0.6 * total and eid not in title_below and eid not in holds_article)}


# 返回搜狐，查看更多: a portal's link back to its home, written at the end of the story's last paragraph
_BACK_LINK = re.compile(r"\s*返回[\u4e00-\u9fff]{2,6}\s*[，,]\s*查看更多\s*$")
_PROMPT_MAX = 30  # the longest line a footer-marked element may hold and still be an app prompt
_LINKED_SHARE = 0.5  # a hidden element with half its text or more in links is a list, no article


def _revealed(items: list[Item]) -> int | None:
    """The hidden text a script shows: 0 for text hidden by a class, an element id
    for the element hidden by its style, or None.

    Hidden text is taken for the article when it is most of the page's prose
    (more than twice the visible prose, and at least 200 characters, or 40 in
    an element whose class or id names an article container): a page that
    reveals its article with a script (WeChat's ``js_content`` as crawled).  An element hidden by
    its style whose text is half links or more (a tab pane of other stories: linked headlines
    over their summaries), and text inside a box whose class or id names boilerplate (a
    cookie-consent panel, onetrust-pc-sdk), are never taken.
    """
    shown = 0
    hidden: dict[int, int] = {}
    containers: set[int] = set()  # hidden elements that are article containers (id="js_content")
    chars: dict[int, list[int]] = {}  # hidden element -> [its characters, those in links]
    for it in items:
        b = it.block
        if b.hidden == 2 and b.hider > 0:
            counts = chars.setdefault(b.hider, [0, 0])
            counts[0] += it.length
            counts[1] += b.link_chars
        if not it.punct:
            continue
        if not b.hidden:
            shown += it.length
        elif any(reason != CONTENT and (b.hidden == 1 or eid >= b.hider) for eid, reason in b.hints):
            continue  # hidden inside a box named as boilerplate (a cookie-consent panel, a comment form),
            # the hidden element itself or one inside it (ids grow inwards)
        elif b.hidden == 1:
            hidden[0] = hidden.get(0, 0) + it.length
        elif b.hider > 0:
            hidden[b.hider] = hidden.get(b.hider, 0) + it.length
            if any(reason == CONTENT and eid >= b.hider for eid, reason in b.hints):
                containers.add(b.hider)  # (the hidden element is an article container, or holds one)
    for eid, (n, linked) in chars.items():
        if eid in hidden and linked >= _LINKED_SHARE * n:
            del hidden[eid]  # a tab pane of other stories (linked headlines over their summaries)
    if not hidden:
        return None
    best = max(hidden, key=hidden.__getitem__)
    least = 40 if best in containers else 200  # a short post in a hidden article container
    return best if hidden[best] >= least and hidden[best] > 2 * shown else None


def classify(items: list[Item], lex: CompiledLexicon, form: str, title: str, removed_spam: list) -> bool:
    """Give each block its drop reason (or none); True when hidden text had to be shown (a script reveals it)."""
    effective = _effective_hints(items, title) if form != "text" else set()
    revealed = _revealed(items)
    for it in items:
        b = it.block
        text = it.text
        if b.hidden and not (revealed is not None and (b.hidden == 1 if revealed == 0 else b.hider == revealed)):
            it.reason = HIDDEN
            continue
        rest, cut = spam_cut(text, lex)
        if cut:
            if not rest:
                it.reason = SPAM
                continue
            for piece in cut:
                removed_spam.append((piece, SPAM))
            it.retext(rest)
        back = _BACK_LINK.search(it.text)
        if back:
            removed_spam.append((back.group().strip(), "ad"))
            if not it.text[:back.start()].strip():
                it.reason = "ad"
                continue
            it.retext(it.text[:back.start()].rstrip())  # （…为化名）返回搜狐，查看更多: the portal's link glued on
        text = it.text
        n = it.length
        if n <= 16:
            m = lex.marker(text)
            if m and m.endswith("-header"):
                it.header = m[:-7]  # a related/comments section starts here
        if n <= 16 and not b.code and _END_MARK.match(text) and (form == "html" or text.strip() != "END"):
            it.header = "notice"  # -END-, — END —: the article's end mark (END alone only outside a listing of HTML)
        if n <= 60 and REPLY.match(text):
            it.header = "comments"  # Re:《thread title》: the replies of a forum thread start
        if n <= 40 and _COMMENT_COUNT.match(text):
            it.header = "comments"
        believed = [r for eid, r in reversed(b.hints) if eid in effective]  # CONTENT ids are never in it
        if PLAYER in believed:
            # a video player embedded in the story: its playlist, controls and own "footer" are a
            # widget, not the page's footer or a sidebar, and the story goes on after it
            it.reason, it.player = "widget", True
            continue
        hint = believed[0] if believed else None
        if hint:
            it.reason = hint
            prompt = lex.marker(text) if hint == "footer" and n <= _PROMPT_MAX else None
            if prompt in ("ad", "widget"):
                it.reason = prompt  # 打开某某新闻 查看精彩图片 under each photo (a class named
                # …photoBottom): an app prompt or a player's line, not the page's footer the article ends at
            continue
        if b.code:
            continue  # a line of a code listing: no menu, counter or rule of symbols, whatever it looks like
        if not it.punct and run_together_menu(text):
            it.reason = "navigation"
            continue
        if _TAG_COUNT.match(text):
            it.reason = "widget"  # #利器 38 个: a collection's tag and its count of articles
            continue
        if n <= 30 and _STAT_LINE.match(text):
            it.reason = "counter"
            continue
        if n <= _PUSH_MAX and _PTT_HEADER.match(text):
            it.reason = META  # 作者某某 (), 看板Soft_Job, 標題Re: […], 時間Wed Jan 29 14:30:09 2014: a PTT post's header
            continue
        if n <= _PUSH_MAX and _PUSH.match(text):
            it.reason = "comments"  # 推 某某:說得好 01/29 14:47: a PTT-style push, a one-line comment
            continue
        density = b.link_chars / max(n, 1)
        # mostly links: a link list or farm; a sentence with a few linked words stays, and so does
        # one ending a sentence or announcing what follows with words of its own (Β分布的[概率密度函数]是：)
        announces = bool(_CLAUSE_END.search(text)) and n - b.link_chars >= _OWN_WORDS
        if density >= 0.5 and (density >= 0.8 or (it.punct < 2 and not announces)) \
                and not (b.heading and (n > 6 or (b.heading == 1 and n >= _SHORT_HEADLINE))):
            it.reason = LINKS
            if n <= 20:
                m = lex.marker(text)
                if m:
                    it.reason = m[:-7] if m.endswith("-header") else m
            if (it.reason == LINKS and form == "text" and n <= 80 and (_is_menu(text) or run_together_menu(text))
                    and not DATE.search(text) and "://" not in text):
                # a text save that writes its links out: a menu or breadcrumb, as without them (a
                # byline row with its date, an address, aside)
                it.reason = "navigation"
            continue
        if n <= _SHORT or (n <= 80 and it.punct <= 2):
            m = lex.marker(text)
            if m and m.endswith("-header") and not it.header:
                # no section's header: another phrase of the line may tell (not on a line with a
                # date: a byline row, whatever widgets it shares)
                m = None if DATE.search(text) else lex.body_marker(text)
            if m:
                if m.endswith("-header"):
                    it.reason = m[:-7]
                    continue
                elif (not _ENDS_SENTENCE.search(text) and not _NUMBERED_SENTENCE.match(text)) or m == "notice" or (
                        m in _STATEMENTS
                        and (_LABEL_START.match(text) or lex.prefix_marker(text) != m)):
                    # A short sentence that mentions "打印" or "微博" is not a widget,
                    # and one that starts with "审核" is not an editor line; a
                    # copyright sentence ("未经授权，不得转载。") is boilerplate, and so is a
                    # notice, however long (本条目需要补充更多来源。).
                    it.reason = m
                    continue
        elif n <= _LONG:
            m = lex.prefix_marker(text) if n <= 150 and _LABEL_START.match(text) else None
            if m in _STATEMENTS:  # 责任编辑：…, 来源：…, 声明：… written as a long sentence
                it.reason = m
                continue
            m = lex.marker(text)
            if m is not None and m.endswith("-header"):
                m = lex.body_marker(text) or m  # (免責聲明：…不構成投資建議…: the notice, not a section's header)
            if m == "notice" or (m in _LONG_MARKERS and not _ENDS_SENTENCE.search(text)):
                it.reason = m  # a platform notice, a site footer of several labels
                continue
        elif n <= _LONG_NOTICE and _SITE_SPEAKS.match(text) and lex.marker(text) == "notice":
            it.reason = "notice"  # the site's own disclaimer (a news paragraph quoting one is kept)
            continue
        if not _WORDY.search(text) or _TEMPLATE_TAGS.match(text):  # ({% gallery %} {% endgallery %}: a theme's tags left unrendered)
            it.reason = SYMBOLS
            continue
        if (n <= 30 and (_PLAYER.match(text) or _FONT_SIZE.match(_WIDGET_SEPARATORS.sub("", text)) or _LETTER_SIZES.match(text)
                         or _LANGUAGE_SWITCH.match(text) or _PHOTO_COUNT.match(text))) or (n <= 60 and _SOCIAL_ROW.match(text)):
            it.reason = "widget"
            continue
        if (n <= 4 and text.isdigit()) or (n <= 5 and _MORE_PHOTOS.match(text)):
            it.reason = "counter"  # a page number, a count of views or likes, +4
            continue
        if (n <= 20 and (_CLOCK_STAMP.match(text) or _READING_TIME.match(text) or _YEARLESS_STAMP.match(text))) or (
                form != "text" and n <= 80 and _POST_STATS.match(text)):
            it.reason = META  # 更新時間17:24, 11 分鐘, 8 minutes read (About 1245 words): a timestamp, a post's statistics
            continue
        if n <= _REPRINT_MAX and _REPRINT.search(text):
            it.reason = "copyright"  # 转载请注明出处, 未经授权不得转载 (however it is worded)
            continue
        if n <= _FOLLOW_MAX and _FOLLOW_US.match(text):
            it.reason = "share"
            continue
        if n <= 80 and _is_menu(text) and not DATE.match(text) and not LABELED_EN_DATE.match(text):  # (2021 年 12 月 22 日: a date spaced out)
            it.reason = "navigation"
            continue
        if form == "text" and _link_row(text):
            it.reason = LINKS  # a text save keeps no link marks: a row of site or channel names
            continue
        if n <= 40 and _BARE_PHOTO_CREDIT.match(text):
            it.reason = "caption"  # （图/社交媒体截图）: a photo's credit alone, both forms
            continue
        if n <= 10 and _PRICE_CHANGE.match(text):
            it.reason = "counter"  # -0.76%: a price ticker's change
            continue
        if n <= _CAPTION_MAX and (_LABELED_CAPTION.match(text) or _AGENCY_CAPTION.match(text) or _BAR_CAPTION.match(text)):
            it.reason = "caption"  # 图像加注文字，…, 图 | 某某: a caption labelled as one
            continue
        if n <= 60 and (_REPOST_CARD.match(text) or _TRANSLATED_BY.match(text)):
            it.reason = "notice"  # 以下文章来源于某某: the repost's card, no article; 本文由某某翻譯
            continue
        if form != "text" and n <= _CAPTION_MAX and _photo_caption(text):
            it.reason = "caption"  # 上海，一处门店。图：某某/某图片社: a photo's caption, its credit at its end
            continue
        if _TAG_CLOUD.match(text):
            it.reason = "navigation"  # 4K (72) Android (40) Github (115) …: a tag cloud with its counts
            continue
        if n <= 100 and _RECENT_COMMENT.match(text):
            it.reason = "comments"
            continue
        if n <= 40 and _COMPOUND_CREDIT.match(text):
            it.reason = "credit"
            continue
        if n <= _POINTER_MAX and (_POINTER.match(text) or _POINTER_BELOW.match(text)):
            it.reason = "notice"
            continue
        if _CREDIT.match(text) and n <= 30 and not _SLASH_BYLINE.match(text):
            it.credit = True
            continue
        if is_meta_line(text) or (form != "text" and b.link_chars == 0 and _NAME_PLACE.match(text)):
            it.reason = META
    _drop_teasers(items, form)
    _drop_teaser_pairs(items)
    _drop_line_numbers(items, form)
    _keep_code_brackets(items)
    _drop_repost_notes(items)
    _drop_credit_blocks(items)
    if form != "text":
        _mark_foreign(items, title)
    else:
        _mark_foreign_lines(items)
    return revealed is not None


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_OTHER_WORDS = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _chinese(text: str, least: int) -> bool:
    """At least ``least`` Chinese characters, and more of them than words in other scripts."""
    han = len(_HAN.findall(text))
    return han >= least and han > len(_OTHER_WORDS.findall(text))


def _mark_foreign(items: list[Item], title: str) -> None:
    """On a Chinese page (a Chinese headline, and more Chinese characters than words in other
    scripts in all its text), a sentence with hardly a Chinese character (a browser-language bar, a
    notice in English or Spanish) does not count for a region: a one-paragraph story is not
    outweighed by it.  Kept inside a region all the same; an English article under a
    Chinese headline is not a Chinese page."""
    if not _chinese(title, 4) or not _chinese(" ".join(it.text for it in items), 60):
        return
    for it in items:
        if not it.reason and it.length >= 20 and len(_HAN.findall(it.text)) < 0.1 * it.length:
            it.foreign = True


_KANA = re.compile(r"[\u3040-\u30ff]")


def _mark_foreign_lines(items: list[Item]) -> None:
    """A text save has no ``<title>`` to tell a Chinese page by: when its text is Chinese three
    times over (Chinese characters against words in other scripts), a sentence with hardly a
    Chinese character or more kana than Chinese characters (こちらのページは繁体字版です…, a
    bar in Spanish) does not count for a region (kept inside one all the same)."""
    text = " ".join(it.text for it in items)
    han = len(_HAN.findall(text))
    if han < 60 or han < 3 * len(_OTHER_WORDS.findall(text)):
        return
    for it in items:
        if not it.reason and it.length >= 20:
            h = len(_HAN.findall(it.text))
            if h < 0.1 * it.length or len(_KANA.findall(it.text)) > h:
                it.foreign = True


_AMID_LINE = 8  # the shortest line of the post's own that may bound such a run
_AMID_RUN = 2  # the most such lines in a row (three or more make a list)


def _amid_prose(items: list[Item], a: int, b: int) -> bool:
    """HTML: whether the lines ``a``..``b`` (one or two cut short with an ellipsis) sit between two
    kept lines of their own box (no heading, no ellipsis at their end), no link in any of them: a
    writer trailing off in mid-post (昨天剛從馬來西亞回來...), not a list of teasers, whose items
    are links or sit under one."""
    if a == 0 or b + 1 >= len(items) or b - a + 1 > _AMID_RUN:
        return False
    run = items[a - 1:b + 2]
    box = items[a].block.path[:-1]
    return all(not it.block.link_chars and it.block.path[:-1] == box for it in run) and all(
        not it.reason and not it.block.heading and it.length >= _AMID_LINE and not _CUT_SHORT.search(it.text)
        for it in (run[0], run[-1]))


def _writers_boxes(items: list[Item], cuts: set[int]) -> set[tuple[int, ...]]:
    """HTML: the boxes whose lines a writer trails off in (一面先是手写代码…都是面试套路题，就不说了…):
    no link in any of their lines, at least as many of their kept lines of prose not cut short as
    cut short, three or more, and the lines cut short scattered among them, in two runs or more
    of three at most; a box of teasers holds their links, or a run of them in one place."""
    plain: dict[tuple[int, ...], int] = {}
    runs: dict[tuple[int, ...], list[int]] = {}  # the lengths of the box's runs of lines cut short
    linked: set[tuple[int, ...]] = set()
    for i, it in enumerate(items):
        box = it.block.path[:-1]
        if it.block.link_chars:
            linked.add(box)
        elif i in cuts:
            box_runs = runs.setdefault(box, [])
            if i - 1 in cuts and box_runs and items[i - 1].block.path[:-1] == box:
                box_runs[-1] += 1
            else:
                box_runs.append(1)
        elif not it.reason and it.length >= _AMID_LINE:
            plain[box] = plain.get(box, 0) + 1
    return {box for box, lengths in runs.items()
            if box not in linked and len(lengths) >= 2 and max(lengths) <= _AMID_RUN + 1
            and plain.get(box, 0) >= max(sum(lengths), _WRITERS_LINES)}


def _drop_teasers(items: list[Item], form: str) -> None:
    """Teaser lists, wherever they sit: items cut short with an ellipsis or ending in a
    "details/more" link (…【详细】, 更多>>, 【点击投票】).

    A "details/more" ending marks a teaser on its own; an ellipsis does when the
    item is mostly a link or another ellipsis item sits within two blocks of it
    (a sentence of the article may end with one ellipsis, a list has several), unless (HTML)
    one or two such lines sit amid the post's own unlinked lines (:func:`_amid_prose`), or in
    a box of a writer's own lines that trail off (:func:`_writers_boxes`).
    """
    for it in items:
        if not it.reason and it.length <= 200 and _MORE_LINK.search(it.text):
            it.reason = "related"
    cut = [i for i, it in enumerate(items)
           if not it.reason and it.length <= 150 and _CUT_SHORT.search(it.text)]
    near = set()
    close = [b - a <= 2 and min(items[a].length, items[b].length) >= 12 for a, b in zip(cut, cut[1:])]  # (not 我也不知道…)
    for k, (a, b) in enumerate(zip(cut, cut[1:])):
        # two items; one headline shown twice (a save's title bar over it) is none, unless more follow
        if close[k] and (items[a].text != items[b].text or (k and close[k - 1]) or (k + 1 < len(close) and close[k + 1])):
            near.update((a, b))
    if form != "text":
        cuts = set(cut)
        written = _writers_boxes(items, cuts) if near else set()
        for i in list(near):
            a = b = i
            while a - 1 in cuts:
                a -= 1
            while b + 1 in cuts:
                b += 1
            if items[i].block.path[:-1] in written or _amid_prose(items, a, b):
                near.discard(i)
    for i in cut:
        it = items[i]
        if i in near or it.block.link_chars >= 0.3 * it.length:
            it.reason = "related"


_PAIR_HEADLINE = 8  # the fewest Chinese characters of a teaser's linked headline
_PAIR_SUMMARY = 200  # the longest teaser summary
_PAIRS = 3  # teasers in a row that make a list


def _drop_teaser_pairs(items: list[Item]) -> None:
    """A list of teasers written as pairs: a linked headline, then its summary in a sentence or
    two with no link (最新推荐: 北京部分银行调整首套房房贷利率 / 北京首套房个人按揭贷款利率日前
    创下新高。), three pairs or more in a row.  The headlines are dropped as links already; their
    summaries go with them (each alone reads as prose, and together they outweigh a short story)."""
    def headline(it: Item) -> bool:
        return (it.reason == LINKS and it.length <= 60 and len(_HAN.findall(it.text)) >= _PAIR_HEADLINE
                and not _ENDS_SENTENCE.search(it.text))

    def summary(it: Item) -> bool:
        return (not it.reason and not it.block.link_chars and not it.block.heading
                and it.length <= _PAIR_SUMMARY and bool(_ENDS_SENTENCE.search(it.text)))

    i, n = 0, len(items)
    while i < n:
        j = i
        while j + 1 < n and headline(items[j]) and summary(items[j + 1]):
            j += 2
        if (j - i) // 2 >= _PAIRS:
            for k in range(i + 1, j, 2):
                items[k].reason = "related"
        i = max(j, i + 1)


def _drop_repost_notes(items: list[Item]) -> None:
    """A WeChat repost: the reposting account's note (编者荐语： and its lines) right above the card
    that names the account the article comes from (以下文章来源于某某) is the reposter's word, not
    the article; dropped with the card."""
    for i, it in enumerate(items):
        if it.reason != "notice" or not _REPOST_CARD.match(it.text):
            continue
        for j in range(i - 1, max(-1, i - 1 - _REPOST_NOTE_REACH), -1):
            if _REPOST_NOTE.match(items[j].text):
                for k in range(j, i):
                    items[k].reason = items[k].reason or "notice"
                break


def _drop_credit_blocks(items: list[Item]) -> None:
    """A credits block (文｜某某 / 编辑｜某某 / 来源｜某刊 / 封面来源｜某剧): three or more role lines
    in a row naming two roles or more is the publisher's masthead of the article, dropped
    (a single credit line, 文/某某, stays as a reporter's credit)."""
    i, n = 0, len(items)
    while i < n:
        j, roles = i, set()
        while j < n and (m := _ROLE_LINE.match(items[j].text)) and items[j].length <= 50:
            roles.add(items[j].text[:m.start(1)].rstrip(" ｜|丨/／:："))
            j += 1
        if j - i >= _ROLE_RUN and len(roles) >= 2:
            for k in range(i, j):
                items[k].reason = items[k].reason or "credit"
                items[k].credit = False
        i = max(j, i + 1)


_BRACKETS = re.compile(r"^[{}()\[\];,]{1,6}$")  # }, });, ]; : a code block's closing line
# const request = {, resolve({ data: response.data });, .then(response => {: a line of code
_CODE_LINE = re.compile(r"[{(\[;,]$|=>|^\s*//")
_BRACKETS_REACH = 4  # lines above a closing line the code it closes may end


def _keep_code_brackets(items: list[Item]) -> None:
    """A code block written out without ``<pre>`` (a WeChat article's code in quoted paragraphs):
    its closing lines (``}``, ``});``) are lines of the code, not rules of symbols, when the
    nearest line above them that is no such line is kept code (``resolve(data);``,
    ``const a = {``); they are marked as code lines."""
    for i, it in enumerate(items):
        if it.reason != SYMBOLS or not _BRACKETS.match(it.text):
            continue
        for j in range(i - 1, max(-1, i - 1 - _BRACKETS_REACH), -1):
            above = items[j]
            if _BRACKETS.match(above.text):
                continue
            if not above.reason and _CODE_LINE.search(above.text):
                it.reason = None
                it.block.code = True
            break


GUTTER = "gutter"  # a code listing's line numbers (neither prose nor boilerplate: they split no post)
_GUTTER_RUN = 3  # numbered lines that make a gutter on their own (fewer: a code listing follows them)


def _drop_line_numbers(items: list[Item], form: str = "html") -> None:
    """A code listing's line-number gutter (a highlighter's ``<td class="gutter"><pre>`` beside the
    code): one preformatted box whose lines are the numbers 1, 2, 3, … in order, three or more, or
    fewer right before the code they number.  The numbers are no text of the post.  A text save
    has no boxes: there the gutter is the numbers 1, 2, … alone on lines in a row, a line without
    Chinese under them (:func:`_text_gutters`)."""
    if form == "text":
        _text_gutters(items)
        return
    i, n = 0, len(items)
    while i < n:
        box = items[i].block.path[:-1]
        j = i
        while (j < n and items[j].block.code and items[j].block.path[:-1] == box
               and items[j].text == str(j - i + 1)):
            j += 1
        if j > i and (j == n or items[j].block.path[:-1] != box) and (
                j - i >= _GUTTER_RUN or (j < n and items[j].block.code)):
            for k in range(i, j):
                items[k].reason = GUTTER
        i = max(j, i + 1)


_LANGUAGE_LABEL = re.compile(r"^[A-Z][A-Z0-9+#]{1,11}$")  # POWERSHELL, TOML, C++: a highlighter's label under a listing


def _unset_or_count(it: Item) -> bool:
    """A line with no drop reason, or one dropped only as a number (a listing's 1, 2, 3 read as counts)."""
    return not it.reason or it.reason == "counter"


def _text_gutters(items: list[Item]) -> None:
    """Text save: a listing's line numbers as a reader service writes them out (1, 2, … 17 alone on
    lines, then the 17 lines of code; a pager's 1 2 3 下一页 has Chinese under it) are dropped;
    the listing's lines under them count as code (neither prose nor boilerplate), and the
    highlighter's language label under the listing (TOML) is dropped with the numbers."""
    i, n = 0, len(items)
    while i < n:
        j = i
        while j < n and _unset_or_count(items[j]) and items[j].text == str(j - i + 1):
            j += 1
        count = j - i
        if count >= 2 and j < n and not _HAN.search(items[j].text) and not items[j].text.isdigit():
            for k in range(i, j):
                items[k].reason = GUTTER
            end = min(n, j + count)
            for k in range(j, end):
                if _unset_or_count(items[k]):
                    items[k].reason = None
                    items[k].block.code = True
            if end < n and _LANGUAGE_LABEL.match(items[end].text):
                items[end].reason = GUTTER
        i = max(j, i + 1)


# 某某 (2010-02-03), 某某(16:01), 某某 (12/05/2014) (圖): a story list's item, its date or time after it
_BRACKET_DATE = (r"[(（]\s*(?:\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,4}日?)?|\d{1,2}[:：]\d{2})\s*[)）]"
                 r"(?:\s*[(（](?:组|組)?(?:图|圖|视频|視頻)[)）])?")
_LISTED_DATE = re.compile(_BRACKET_DATE + r"$")
# 某某某某某某 00:35: a story list's item with its time after a space, no brackets (a sidebar of the
# latest stories; six Chinese characters at least, so a player's 0:00 0:00 is none; a headline
# with its date and time, 某某 2014-12-25 HKT 22:40, is none either)
_LISTED_TIME = re.compile(r"[\u4e00-\u9fff」』）)！？!?…]\s?(?:[01]\d|2[0-3]):[0-5]\d$")  # (稱王13:56, 禍首是… 16:00 too)
# 16:32 某某某某某某: a ticker's item, its time before it (the latest stories at the top of a page)
_TIME_FIRST = re.compile(r"^\d{1,2}:\d{2}\s+\S")
_INNER_DATES = re.compile(_BRACKET_DATE)
_BULLETS = "‧•·・●○■□◆◇▪▶►"  # ‧ 某某: an item of a bulleted list
_STORY_RUN = 3  # this many listed items in a row make a list of other stories
_STORY_CHARS = 8  # a bulleted item shorter than this is a menu's (·娱乐幻灯), not a story's


def story_item(text: str) -> bool:
    """An item of a list of other stories: a headline-long line opening with a bullet (‧ 某某某某某某)
    or ending with its date or time in brackets (某某 (2010-02-03), 某某(16:01)) or its time after
    a space (某某某某某某 00:35), or opening with its time (16:32 某某某某某某: a ticker)."""
    return len(text) <= 100 and "。" not in text and (
        text.startswith(tuple(_BULLETS)) and len(text) >= _STORY_CHARS or bool(_LISTED_DATE.search(text))
        or bool(_LISTED_TIME.search(text) or _TIME_FIRST.match(text)) and len(_HAN.findall(text)) >= 6)


def _run_together(text: str) -> bool:
    """A story list run together on one line: three or more headlines, each with its date in
    brackets after it (某某 (12/05/2014)某某 (11/22/2014)…), no full stop, nearly every one of
    them headline-long."""
    dates = list(_INNER_DATES.finditer(text))
    if len(dates) < _STORY_RUN:
        return False
    pieces = [text[a.end():b.start()] for a, b in zip([None, *dates], dates) if a is not None] + [text[:dates[0].start()]]
    return "。" not in text and sum(len(p.strip()) <= 60 for p in pieces) >= 0.8 * len(pieces)


# 1397861某某, 2 308042 某某: a ranked list's item, its rank, then a count of views or replies
_RANKED_MAX = 60  # the most characters of such an item (a headline)


def _ranked_item(text: str, rank: int) -> bool:
    """Whether ``text`` is item ``rank`` of a ranked list: the rank, a count of three digits or
    more (written on to it or after a space), then a headline (no full stop)."""
    head = str(rank)
    if not text.startswith(head) or len(text) > _RANKED_MAX or "。" in text:
        return False
    m = _RANK_COUNT.match(text, len(head))
    return bool(m)


_RANK_COUNT = re.compile(r"\s?\d{3,}\s?(?=[^\d\s.,:%/年月日时時分秒万萬亿億元个個])")


def _drop_ranked_lists(items: list[Item]) -> None:
    """A ranked list (点击排行: 1397861某某, 2308042某某, …): three or more lines in a row
    that open with consecutive ranks, each with a count after it, then a headline."""
    i, n = 0, len(items)
    while i < n:
        j = i
        first = next((r for r in range(1, 21) if _ranked_item(items[i].text, r)), None)
        if first is not None:
            j = i + 1
            while j < n and _ranked_item(items[j].text, first + j - i):
                j += 1
            if j - i >= _STORY_RUN:
                for k in range(i, j):
                    if not items[k].reason:
                        items[k].reason = "related"
        i = max(j, i + 1)


def drop_story_lists(items: list[Item]) -> None:
    """Lists of other stories in a text save: three or more list items in a row
    (:func:`story_item`; lines already dropped for another reason count too), one line that
    runs such a list together (:func:`_run_together`), or a ranked list with counts
    (:func:`_drop_ranked_lists`)."""
    _drop_ranked_lists(items)
    i, n = 0, len(items)
    while i < n:
        j = i
        while j < n and story_item(items[j].text):
            j += 1
        if j - i >= _STORY_RUN:
            for k in range(i, j):
                if not items[k].reason:
                    items[k].reason = "related"
        elif not items[i].reason and _run_together(items[i].text):
            items[i].reason = "related"
        i = max(j, i + 1)


_REPEAT_LEAST = 30  # the shortest paragraph that counts towards a copy of the article
_REPEAT_RUN = 3  # paragraphs repeated in a row, in the same order, that make the copy
_PAGE_END = frozenset({"footer", "copyright", "icp"})  # the page's own end between the two copies


def drop_repeated_paragraphs(items: list[Item], form: str = "text") -> None:
    """A page that shows the article twice: a run of ``_REPEAT_RUN`` or more paragraphs of prose
    repeated word for word and in the same order is dropped where it comes again, so the region is
    one copy.  In a text save (a copy hidden for printing or sharing that a renderer wrote out too)
    the copy sits below the page's footer (its copyright or ICP line); in HTML it sits in another
    element than the first (a portal's second layout of the story, 长者专区's large-type copy).
    A paragraph repeated alone (a refrain, a quoted line) and a thread that quotes a post above
    its footer stay."""
    prose = [i for i, it in enumerate(items) if not it.reason and it.length >= _REPEAT_LEAST and it.punct]
    first: dict[str, int] = {}
    for k, i in enumerate(prose):
        first.setdefault(items[i].text, k)
    k = 0
    while k < len(prose):
        j = first[items[prose[k]].text]
        n = 0
        while j < k and k + n < len(prose) and j + n < k and items[prose[j + n]].text == items[prose[k + n]].text:
            n += 1
        if n >= _REPEAT_RUN and (any(items[x].reason in _PAGE_END for x in range(prose[j + n - 1], prose[k])) if form == "text"
                                 else _second_layout(items, prose, j, k, n)):
            for x in range(k, k + n):
                items[prose[x]].reason = "repeated"
            if form == "html":
                _drop_copy_box(items, [items[prose[x]].block for x in range(k, k + n)], items[prose[j]].block)
            k += n
        else:
            k += 1


_CHROME_LINE = 12  # the most characters of a poster's name, rank or signature line
_CHROME_TIMES = 3  # the fewest times it comes on the page


def drop_post_chrome(items: list[Item]) -> None:
    """A short line without punctuation that comes three or more times, each time between dropped
    lines (a forum poster's rank, 怪组员, or one-line signature under every post of theirs, between
    the post's toolbar and the next post's floor bar) is the thread's chrome, not its text."""
    def chrome(it: Item) -> bool:
        return not it.reason and 0 < it.length <= _CHROME_LINE and not it.punct and not it.block.heading

    seen: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        if chrome(it):
            seen.setdefault(it.text, []).append(i)
    n = len(items)
    for found in seen.values():
        if len(found) >= _CHROME_TIMES and all(0 < i < n - 1 and items[i - 1].reason and items[i + 1].reason for i in found):
            for i in found:
                items[i].reason = "profile"


_COPY_SHARE = 0.4  # the share of the page's other paragraphs of prose a second layout of the story repeats


def _second_layout(items: list[Item], prose: list[int], j: int, k: int, n: int) -> bool:
    """HTML: whether the run of ``n`` paragraphs at ``prose[k]`` repeating the one at ``prose[j]`` is
    a second layout of the whole story (a portal's large-type copy): in another element than the
    first copy's paragraphs (repeated paragraphs of one box stay), no code
    (a listing shown again as it is refactored), and as many as two fifths or more of the page's
    other paragraphs of prose (a post quoting a few paragraphs of another stays; a copy whose
    first paragraph differs by a line is still a copy)."""
    first, again = items[prose[j]].block, items[prose[k]].block
    return (first.path[:-1] != again.path[:-1] and not first.code and n >= _COPY_SHARE * (len(prose) - n))


def _drop_copy_box(items: list[Item], copy: list[Block], first: Block) -> None:
    """HTML: the rest of a second layout's box goes with it: the element holding all its repeated
    paragraphs (and not the first copy) holds the lines that differ from the first copy too (a
    lead without the line the first copy's lead carries)."""
    box = os.path.commonprefix([b.path for b in copy])  # (element by element: the ids of the shared ancestors)
    if not box or first.path[:len(box)] == box:
        return
    for it in items:
        if not it.reason and it.block.path[:len(box)] == box:
            it.reason = "repeated"


# 請勿重覆刊登…, 禁止發表…, 違反上述規定者…: the rules of a comment board
_RULE = re.compile(r"^(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:請勿|请勿|請不要|请不要|禁止|嚴禁|严禁|不得|違反|违反|發言|发言|留言|"
                   r"請確認|请确认|請尊重|请尊重|本站|本網|本网)")
_RULES_REACH = 15  # lines under a comment board's header read for its rules
_RULES = 3  # this many rules make the lines a board's rules


_PROFILE_LABELS = ("功能介绍", "功能介紹")  # the field of a WeChat account's card that introduces it
_PROFILE_INTRO = 200  # the most characters of that introduction
_PROFILE_JOINED = re.compile(r"^(?:功能介绍|功能介紹)\s*[:：]?\s+\S")  # 功能介绍 家有三个娃…: label and introduction on one line


def drop_profile_intro(items: list[Item]) -> None:
    """A WeChat account's card in a text save (the name, 微信号, 功能介绍 and the account's
    introduction): the line after the 功能介绍 label is the account's introduction, no article,
    and so is a line that opens with the label (功能介绍 家有三个娃…, a renderer joining the two)."""
    for i, it in enumerate(items):
        if it.text.startswith(_PROFILE_LABELS) and not it.reason and _PROFILE_JOINED.match(it.text) \
                and it.length <= _PROFILE_INTRO + 6:
            it.reason = "notice"
        if i + 1 == len(items):
            break
        nxt = items[i + 1]
        if it.text.strip() in _PROFILE_LABELS and not nxt.reason and nxt.length <= _PROFILE_INTRO:
            nxt.reason = "notice"


def drop_comment_rules(items: list[Item]) -> None:
    """The rules of a comment board in a text save (under 發表意見 or 留言規則: 請勿…, 禁止…,
    違反上述規定者…): the lines under a comments header, up to the next dropped line, when
    three or more of them are rules; they are no article however many sentences they have."""
    for i, it in enumerate(items):
        if it.header != "comments":
            continue
        run = []
        for j in range(i + 1, min(len(items), i + 1 + _RULES_REACH)):
            if items[j].reason:
                if run:
                    break
                continue
            run.append(j)
        if sum(bool(_RULE.match(items[j].text)) for j in run) >= _RULES:
            for j in run:
                items[j].reason = "comments"
        _drop_signed_comments(items, i)


# qq_40310170：…, share_happiness：…: a remark signed with a user's handle (a sidebar of the latest comments)
_HANDLE_REMARK = re.compile(r"^[A-Za-z0-9_\-.]{3,24}[：:]\s*\S")
_REMARKS = 2  # this many signed remarks under a comments header make its lines a comment list
_REMARK_LINE = 150  # the most characters of a line of such a list


def _drop_signed_comments(items: list[Item], i: int) -> None:
    """The lines under the comments header at ``i`` (最新评论) down to the last of two or more
    remarks signed with a user's handle, with the short titles of the posts they are on between
    them: a sidebar of the latest comments, wherever it sits; no article."""
    signed = []
    for j in range(i + 1, min(len(items), i + 1 + _RULES_REACH)):
        it = items[j]
        if _HANDLE_REMARK.match(it.text) and it.length <= _REMARK_LINE:
            signed.append(j)
        elif it.reason or (it.length <= 40 and it.text[-1] not in "。！？!?"):
            continue  # the post a remark is on (如何用集合去掉重复的值, 三十个小游戏...)
        else:
            break
    if len(signed) >= _REMARKS:
        for j in range(i + 1, signed[-1] + 1):
            items[j].reason = items[j].reason or "comments"


def value_of(it: Item) -> float:
    """How much a block adds to an article region: prose counts for it, links and boilerplate against it."""
    if it.reason in (HIDDEN, SPAM):
        return -2.0
    if it.reason == SYMBOLS:
        return -0.5  # rules, arrows, bullets: neither text nor boilerplate
    if it.reason == GUTTER:
        return 0.0  # a code listing's line numbers, like its lines
    if it.player:
        return 0.0  # an embedded player between two parts of a story does not split it
    if it.reason == "caption":
        return -1.0  # a photo's caption between two parts of a story hardly splits it
    if it.reason:
        return -(3.0 + min(it.length, 60) * 0.5)
    n = it.length
    links = it.block.link_chars
    if it.block.code and it.punct == 0:
        return 0.0  # a code listing's line: neither prose nor boilerplate
    if it.punct and _NAME_LIST.match(it.text):
        return -2.0  # a roster of names (江某某、吳某某、李某某…): no sentence for its commas, however long
    if it.punct == 0:
        return n * 0.3 - 8.0
    value = (n - 2 * links) + 3.0 * min(it.punct, 20) - 8.0
    return min(value, 0.0) if it.foreign else value


# 組員：江某某、吳某某、李某某、林某某: a list of names (two to four characters each), a label before it
_NAME_LIST = re.compile(r"^(?:[^：:，。]{1,8}[：:]\s*)?[\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4}){3,}[。.]?$")


def prose(it: Item) -> int:
    """The length of a block that has sentence punctuation, else 0."""
    return it.length if it.punct else 0


