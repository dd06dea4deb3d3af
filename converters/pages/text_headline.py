"""The headline of a plain-text save: a browser's Save As text or select-all copy, a crawler's
text or markdown dump.

The headline is the prominent line before the date and byline block, near the start of the
body (:func:`text_title`).  Kickers above it and decks (sub-headlines) under it, bylines,
account and channel names, player controls, font-size widgets, breadcrumbs (on the date line,
broken over lines), menus and rows of menu words, toolbars, fields and addresses are never it;
interface prompts (让我们为您…, 查看我的收藏) and links to more stories neither, and a row of
buttons, menu words or share links above the headline ends the search for a kicker.  A page may name it outright: the
标题 field of a government page's metadata grid, the heading above an encyclopedia's tagline;
under a grid without that field it is the line under the grid; over an event's grid of
details (展期 / 地點 / 參展藝術家, each label over its value) the line above it.  A post's table of
contents above the body (its section headings, shown again between the paragraphs) is passed
over (:func:`_contents_top`).  When the save begins or ends
with the page's ``<title>`` line, the headline matches it, and the region does not open with
that title bar (:func:`below_title_bar`).  A headline written on its date line is cut from it
(:func:`dated_headline`, :func:`headline_text`).  An HTML page whose ``<title>`` names
only the site takes its headline by these rules too (:func:`layout_headline`).  Weights
count a Chinese character twice (:func:`.metadata.weight`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .classify import DATE, HIDDEN, LINKS, META, SPAM, US_DATE, Item, doctype_line, labels, story_item
from .metadata import EDIT_LINK, site_like, title_segments, weight
from .region import TOOLBAR_BUTTONS, dated_row, sole_top_heading
from .scripts import script_line

__all__ = ["TitleBar", "bar_headline", "below_title_bar", "dated_headline", "headline_tail", "headline_text", "kicker_field", "layout_headline",
           "listed_headline", "shown_near_top", "text_title"]


_HAN = re.compile(r"[\u4e00-\u9fff]")
_HEAD_END = "。；;，,：:"
_INNER_SPACE = re.compile(r"[\u4e00-\u9fff)）][ \u3000]+(?=[\u4e00-\u9fff])")  # (其他文章(英文) 与作者联系: a row of links)


_DATELINE_LEAD = re.compile(r"^\S{2,14}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)")  # 新华社北京5月9日电: the lead


def _headline_like(it: Item) -> bool:
    return (not it.reason and not it.credit and 2 <= it.length <= 60 and it.text[-1] not in _HEAD_END
            and "。" not in it.text and not _DATELINE_LEAD.match(it.text))


_COLUMN_TAG = re.compile(r"^[【\[]\S{1,12}[】\]]$")  # (a headline in brackets has spaces: 【某某 個展】)
_NAME_SLASH_SOURCE = re.compile(r"^[^/／]{2,10}[/／][^/／]{2,12}$")  # 石佳/中国青年报: a byline
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+", re.IGNORECASE)  # a web or mail address


# [查看我的博客目录] [加入个人书签], 《某某日报》 《某某晚报》: a toolbar, a row of titles
_TOOLBAR = re.compile(r"^(?:\s*[\[【《][^\]】》]{1,12}[\]】》]){2,}\s*$")


# 熱血新聞 » 港聞, udn / 社會 / 焦點事件, 首页 > 国内: a breadcrumb trail of short names
_TRAIL = re.compile(r"^[^»>›/／|｜＞〉]{1,12}(?:\s*[»>›/／＞〉]\s*[^»>›/／|｜＞〉]{1,12}){1,5}$")  # (＞, 〉 too)
# udn / 轉角國際 udn Global / 過去24小時: three or more steps, spaced separators, a step a site's
# name in two scripts
_LONG_TRAIL = re.compile(r"^[^»>›/／|｜＞〉]{1,20}(?:\s+[»>›/／＞〉]\s+[^»>›/／|｜＞〉]{1,20}){2,5}$")
# 代码查询 使用说明, 小说 畅销 时政 娱乐: a row of menu links, words of two to four characters
# (三 or more of them up to five: 消息 用户 赞同和感谢)
_MENU_ROW = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+$"
                       r"|^[\u4e00-\u9fff]{2,5}(?:[ \u3000]+[\u4e00-\u9fff]{2,5}){2,}$")


# 【某某晚報╱記者某某╱即時報導】, （记者 某某）: a reporter's credit in brackets
_BRACKET_BYLINE = re.compile(r"^[【\[（(][^】\]）)]{0,24}(?:記者|记者|特派員|特派员|通訊員|通讯员)[^】\]）)]{0,24}[】\]）)]$")
_HEADLINE_SLASH = re.compile(r"[，,。！？!?：:]")  # (a headline with a slash has clauses: 記者／台北報導 aside)
# 9/25 某某巡迴論壇 開放現場報名, 發掘某某商機—11/6數位體驗線上論壇: an event's listing, its day (month/day)
# and what it is (a forum, a course, sign-up)
_EVENT_DAY = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}(?![\d/])")
_EVENT_WORD = re.compile(r"論壇|论坛|研討會|研讨会|講座|讲座|報名|报名|峰會|峰会|課程|课程|說明會|说明会|座談會|座谈会")


_ARROWS = (">", "＞", "»", "›", "→")  # 查看话题 ＞: a link to go on


def _arrowed(text: str) -> bool:
    """A link with an arrow (查看话题 ＞, 頭條要聞 〉; a closing 〉 with no opening 〈 of a title)."""
    return text.endswith(_ARROWS) or (text.endswith("〉") and "〈" not in text)


def _subheadline_like(text: str) -> bool:
    """Not the headline though shaped like one: a deck (opens with a dash), a photo's caption
    (opens with ▲), a column tag
    (【新春走基层】), a site name with its address (web or mail), a name/source byline
    (石佳/中国青年报), a toolbar of bracketed links or a row of 《titles》, a link with an arrow
    (查看话题 ＞), a row of menu words (小说 畅销 时政 娱乐), a breadcrumb trail (熱血新聞 » 港聞),
    an item of a list of other stories (:func:`.classify.story_item`: ‧ 某某, 某某 (2010-02-03)),
    an event's listing (9/25 某某論壇 開放報名), a link to more stories (更多專欄文章), a bar of
    links opening the line (注册 | 登入 | FAQ | …)."""
    return (text.startswith(("—", "－", "-", "──", "▲", "△", "▼")) or _arrowed(text) or bool(_COLUMN_TAG.match(text))
            or bool(_EVENT_DAY.search(text) and _EVENT_WORD.search(text))
            or bool(_ADDRESS.search(text)) or bool(_NAME_SLASH_SOURCE.match(text)) or bool(_TOOLBAR.match(text))
            or bool(_MENU_ROW.match(text)) or _trail(text) or bool(_BRACKET_BYLINE.match(text)) or story_item(text)
            or bool(_MORE_LINK.match(text)) or bool(_BAR_LEAD.match(text)))


def _menu_like(text: str) -> bool:
    """A row of menu words or buttons (评论 主笔社评 政经交锋, 保存 取消), a toolbar of bracketed
    links or a link with an arrow (头条要闻 〉): a kicker never looks like one."""
    return bool(_MENU_ROW.match(text) or _TOOLBAR.match(text) or _BAR_ROW.match(text) or _BAR_LEAD.match(text)) or _arrowed(text)


_BAR_ROW = re.compile(r"^[^\s|｜]{2,6}(?:\s*[|｜]\s*[^\s|｜]{2,6})+$")  # 网易首页 | 网易新闻, 注册 | 登录
# 注册 | 登入 | FAQ | 某某论坛 2006年12月27日: a bar of three or more short links opening a line,
# whatever follows them (a table's cells run together)
_BAR_LEAD = re.compile(r"^(?:[^\s|｜]{1,8}\s*[|｜]\s*){3,}")


_SEPARATORS = frozenset((">", ">>", "»", "›", "/", "／", "＞", "〉", "→", "-", "－", "|", "｜"))  # (清华新闻 / - / 专题推荐)


def _crumb_step(items: list[Item], j: int) -> bool:
    """Whether line ``j`` is a step of a breadcrumb a renderer broke over lines (某某新聞雲 / > /
    大陸): a lone separator on the line below it, or above it when the line is short (a headline
    may follow the trail's closing separator)."""
    def sep(x: int) -> bool:
        return 0 <= x < len(items) and items[x].text.strip() in _SEPARATORS
    if 0 <= j < len(items) and items[j].reason == "widget":
        return False  # (a player's Current Time 0:00 / Duration 1:23: no breadcrumb)
    return sep(j + 1) or (sep(j - 1) and weight(items[j].text) < _SHORT_NAME)


def _trail(text: str) -> bool:
    """A breadcrumb trail of short names (熱血新聞 » 港聞, udn / 社會 / 焦點事件), a markdown
    table cell's bars around it aside (| 熱血新聞 » 專題)."""
    text = text.strip("|｜ ")
    return bool((_TRAIL.match(text) or _LONG_TRAIL.match(text)) and not _HEADLINE_SLASH.search(text))


def _strung(text: str) -> bool:
    """Three phrases strung together with spaces: a deck under the headline, or a headline
    written that way (李强在新疆调研时强调 彰显特色优势 提高开放水平) when no other line is there."""
    return len(_INNER_SPACE.findall(text)) >= 2


_CODE_PATH = re.compile(r"[/({$]\s*\w+\.\w+")  # (/data.mtitle篇): a page template's expression left in the text


def _junk(it: Item) -> bool:
    """A widget remnant of a text save: two characters or fewer, no Chinese, half digits
    (T, +, 15867, 1032人参与308评论), a template's expression with hardly a Chinese character
    ((/data.mtitle篇)), a short line naming an app (…新闻阅读而生的客户端), or a line of the
    page's script (``var r = …; //匹配参数``)."""
    t = it.text
    return (it.length <= 2 or not _HAN.search(t) or sum(c.isdigit() for c in t) * 2 >= it.length
            or bool(_CODE_PATH.search(t)) and len(_HAN.findall(t)) <= 2
            or it.length <= 24 and t.endswith(_APP) or script_line(it))


_APP = ("客户端", "客戶端")  # 为3.6亿人新闻阅读而生的客户端, 下载某某新闻客户端: an app's slogan or link


# 朝代：唐代, 作者：某某, 农历：甲辰年 四月 廿一, 索 引 号：…: a field, not a headline
# 发文机关： 吉林省某某厅, 发文机关： | 某某厅 (a table cell of a government page's metadata grid): a
# label, a gap (a space, a tab, a table bar) and its value, however long
_LABEL_FIELD = re.compile(r"^[^\s:：]{1,6}[:：]\s*\S{0,6}(?:\s+\S{1,6}){0,3}$|^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,4}\s*[:：]"
                          r"|^[^\s:：|｜]{2,6}[:：](?:\s*[|｜]|[ \t\u3000]+)\s*(?=\S)(?!(?:\s*\S){17})")
# (a field's value is short: 研招答疑： 解读今年复试、调剂等问题 is a headline with its kicker)
# 人民日报：某某网站 真伪一搜便知, 央视快评：…: a medium's name (a paper, an agency, a site, a
# commentary column) before a headline, not a field's label
_MEDIUM_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:日报|日報|晚报|晚報|时报|時報|早报|早報|周刊|週刊|社|网|網|快评|快評|锐评|銳評|"
                           r"时评|時評|社评|社評)\s*[:：]\s*(?=(?:\S*\s*){0,3}(?:[\u4e00-\u9fff]\S*){6})")


def _labeled(text: str) -> bool:
    """A field (朝代：唐代, 发文机关： 某某厅; :data:`_LABEL_FIELD`), not a headline after a
    medium's name (人民日报：某某网站 真伪一搜便知)."""
    return bool(_LABEL_FIELD.match(text)) and not _MEDIUM_LABEL.match(text)


# 标题： 某某通告, 标 题： | 某某通告: the headline written as a field of the metadata grid (its value)
_TITLE_FIELD = re.compile(r"^(?:标\s*题|標\s*題|主\s*题|主\s*題|题\s*名|題\s*名|文件名称|文件名稱|(?i:(?:original[_ ])?title))"
                          r"\s*[:：]\s*[|｜]?\s*(\S.*)$")  # (Original_title: of a read-later service's export)
_TITLE_FIELD_TAIL = re.compile(r"^(?:题|題)\s*[:：]\s*[|｜]?\s*(\S.*)$")  # 标 | 题： …: the label broken over two cells
# 维基百科，自由的百科全书: an encyclopedia's tagline, right under the headline (or under the menus
# that follow it); 雄安新区[编辑]: a wiki heading with its edit link
_TAGLINE = re.compile(r"^\S{2,8}[，,]\s*自由的百科全[书書]$")
# 编辑 锁定 讨论, 播报 编辑 讨论上传视频: an encyclopedia entry's toolbar, right under its headline
# (编辑锁定 alone too)
_EDIT_BAR = re.compile(r"^(?:播报|播報)?\s*(?:编辑|編輯)\s*(?:(?:锁定|鎖定)\s*(?:讨论|討論)?|(?:讨论|討論))")
def _edit_bar(items: list[Item], j: int) -> bool:
    """Whether line ``j`` opens an encyclopedia entry's toolbar (编辑 锁定 讨论 on one line, or
    编辑 on a line of its own with 锁定 or 讨论 under it)."""
    t = items[j].text.lstrip("_* ")
    if _EDIT_BAR.match(t):
        return True
    return t in ("编辑", "編輯") and j + 1 < len(items) and items[j + 1].text in ("锁定", "鎖定", "讨论", "討論")


_QUALIFIER = re.compile(r"^[（(][^（）()]{1,30}[）)]$")  # （某某网体育通讯员）: which of the entries so named
# (图), （组图）, [视频]: the mark of a headline with pictures or a video, however short the headline
_MEDIA_MARK = re.compile(r"[(（\[【](?:组|組)?(?:图|圖|视频|視頻|图文|圖文)[)）\]】]$")
_CUT_SHORT = re.compile(r"(?:…|\.\.\.|．．．)$")
_KICKER = 0.6  # a line above the headline this much lighter than the one below it is a kicker or a channel name
_SHORT_NAME = 20  # a line this light shown twice in a row is a name (an account's card), not a headline
_NAME = 12  # lines lighter than this (an account, channel or site name, 原创) are passed over


_DASHES = str.maketrans({"—": "-", "－": "-", "–": "-"})


def _titled(text: str) -> str:
    return "".join(text.split()).translate(_DASHES)


def _document_title(items: list[Item]) -> tuple[int, str, list[str]] | None:
    """The page's title as a browser's text save gives it on its first (or last) line: (index,
    the line, its segments), when that line is shaped like a ``<title>`` (no full stop, not a
    paragraph).  A crawler's dump of the whole document may open with its doctype's word (html)."""
    first = 1 if items and doctype_line(items[0].text) else 0
    for i in dict.fromkeys((first, len(items) - 1)):
        if i < 0 or i >= len(items):
            continue
        it = items[i]
        if it.reason in (HIDDEN, SPAM) or not 2 <= it.length <= 150 or "。" in it.text:
            continue
        segs = [x for x in (_titled(x) for x in title_segments(it.text)) if x]
        if segs and len(max(segs, key=weight)) >= 6 and (len(segs) > 1 or weight(segs[0]) >= _SHORT_NAME) and not (
                len(segs) == 1 and site_like(segs[0])):
            return i, _titled(it.text), segs  # (a site name alone, ETtoday新聞雲, 某某全球資訊網, is no title to match)
    return None


def _matches_title(text: str, doc: tuple[int, str, list[str]]) -> bool:
    """Whether a line is the headline the document title names: one of its segments, a good part of
    it, or the headline part with little around it."""
    t = _titled(text)
    _, whole, segs = doc
    if not t or not segs:
        return False
    top = max(segs, key=weight)
    if t == whole or t in segs:
        return True
    if len(t) >= 4 and t in whole and weight(t) >= 0.4 * weight(top):
        return True
    return len(top) >= 4 and top in t and len(t) <= 1.5 * len(top) + 8


def _names_headline(text: str, doc: tuple[int, str, list[str]]) -> bool:
    """Whether a line matching the document title is its headline part (not a lighter segment:
    the site's or the channel's name)."""
    t, top = _titled(text), max(doc[2], key=weight)
    return t == top or (len(top) >= 4 and top in t and len(t) <= 1.5 * len(top) + 8) or (
        len(t) >= 4 and t in top and weight(t) >= 0.4 * weight(top))


# 民權東路六段 180 巷 10 弄 6 號, 復興路三段362號, 学府大道66号: a street address (a venue's, an office's)
_STREET = re.compile(r"(?:路|街|道)\s*(?:[一二三四五六七八九十\d]+\s*段)?\s*(?:\d+\s*[巷弄]\s*)*\d+(?:-\d+)?\s*[號号]")


def _title_like(it: Item) -> bool:
    """A line that could be a headline: headline-shaped (:func:`_headline_like`), not a
    sub-headline, a field (朝代：唐代), a street address or a widget remnant."""
    return (_headline_like(it) and not _subheadline_like(it.text) and not _junk(it)
            and not _labeled(it.text) and not _STREET.search(it.text) and len(_FIELD_LABEL.findall(it.text)) < 2)


# 索引号: 002482082/2024-00332 文件编号: 发布机构: 省教育厅: a row of a metadata grid, two labels or more
_FIELD_LABEL = re.compile(r"(?:^|\s)[\u4e00-\u9fffA-Za-z][^\s:：，。\d]{1,3}\s*[:：]")  # (10:00:00 is a time)


# …一帶。（圖翻攝自google map）, （图／某某摄）: a photo's caption, its credit at its end
_CAPTION = re.compile(r"[（(](?:圖|图|照片|攝影|摄影|翻攝|翻摄)[^（）()]{0,24}[）)]$")


_CAPTION_LEN = 160  # the longest caption passed over (a caption of two sentences and its credit)


def _summary(it: Item) -> bool:
    """A one-sentence summary under a headline: short, its only full stop at its end."""
    return not it.reason and 8 <= it.length <= 40 and it.text.endswith("。") and it.text.count("。") == 1


# 更多專欄文章, 查看更多新闻, 阅读更多精彩内容: a link to more stories, never the headline
_MORE_LINK = re.compile(r"^(?:查看|閱讀|阅读|點擊|点击)?更多\S{0,4}(?:文章|新聞|新闻|內容|内容|精彩|報導|报道|資訊|资讯|消息|"
                        r"視頻|视频|專欄|专栏|評論|评论)\S{0,2}$")
_AT_TEXT = re.compile(r"^\S{1,12}\s*(?:[>›»/]\s*)?(?:正文|正文页|正文頁)$")  # 某某网 正文: a breadcrumb's last step
_BARE_TIME = re.compile(r"^\d{1,2}:\d{2}$")  # 00:30 alone: the time of a story list's item


def _doubled(text: str) -> bool:
    """A name written twice on one line (轻金融 轻金融: a WeChat account's card run together)."""
    parts = text.split()
    return len(parts) == 2 and parts[0] == parts[1] and weight(parts[0]) <= _SHORT_NAME + 4


# 某某亞洲商業事務記者, 本报特约撰稿人, 驻京特派员: a reporter's role under the name, right above
# the date (a short line with no clause, ending with the role)
_ROLE_LINE = re.compile(r"^[^，,。：:！？!?\s]{0,14}(?:記者|记者|特派員|特派员|通訊員|通讯员|撰稿人|主筆|主笔|編輯|编辑|"
                        r"評論員|评论员|專欄作家|专栏作家|correspondent|reporter|editor)$", re.IGNORECASE)


# 让我们为您提供更多贴心服务, 请您登录账户！, 查看我的收藏, 在阅读器中沉浸阅读: the page speaks to the
# reader (您, 请, 我的 of a menu) or names its own widget: an interface prompt, never a headline
_PROMPT = re.compile(r"您|^请|^請|^(?:查看|查閱|管理|編輯|编辑|打开|打開)我的|阅读器|閱讀器|^(?:点击|點擊|登录|登錄|注册|註冊)")
_CLICK = re.compile(r"(?:点击|點擊|点此|點此|点我|點我|(?i:\bclick(?: here| in)?))$")  # 活動網頁 Click in: a link asking for the click


def _prompt(text: str) -> bool:
    """An interface prompt: a line that speaks to the reader (您, 请…, 查看我的…) or names the
    reader widget (阅读器), short and with no sentence in it."""
    return len(text) <= 30 and "。" not in text and bool(_PROMPT.search(text))


def _shares_above(items: list[Item], k: int) -> bool:
    """Whether line ``k`` is the lowest of two or more share-button lines (分享到 Facebook /
    分享到 Plurk …), a row that sits between a headline and the lines above it."""
    return k + 1 < len(items) and items[k + 1].reason != "share" and k > 0 and items[k - 1].reason == "share"


# 3.4. 关闭与恢复连接, 3.1.2 服务器认证: an entry of a table of contents (not 4.21 日记, a date)
_CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.\s+\S|^\d{1,2}(?:\.\d{1,2}){2,}\s+\S")


def _repeated_line(items: list[Item], k: int) -> bool:
    """Whether line ``k`` stands again right above or below itself (时事通识：美国性别政策 twice: the
    page's bar and its heading, a headline, not a field of a metadata grid)."""
    return any(0 <= x < len(items) and items[x].text == items[k].text for x in (k - 1, k + 1))


def _group_above(items: list[Item], k: int, lo: int) -> list[int]:
    """The (at most two) headline-like lines right above line ``k``, top first, passing over lines
    with a drop reason (widgets, share and font-size switches, metadata), credits and names too
    short for a headline (an account or channel name); a breadcrumb trail or a prose line ends it.
    When two more sit above them they end a list of headlines (a sidebar right above the
    article's own): only the lowest counts."""
    group: list[int] = []
    j = k - 1
    deck = False  # a deck (——…) was passed: the line above it is the headline, however short
    summary = False  # a one-sentence summary (士林一對母子在住處身亡。) was passed
    while j > lo and len(group) < 2:
        it = items[j]
        j -= 1
        if group and (it.reason == "navigation" or (not it.reason and _trail(it.text))):
            break  # the breadcrumb trail above the headline
        if _crumb_step(items, j + 1):
            break  # a breadcrumb broken over lines (某某新聞雲 / > / 大陸): the headline is not above it
        if _CONTENTS_ENTRY.match(it.text):
            break  # a post's table of contents above its headline (3.4. 关闭与恢复连接): no headline
        if group and ((it.reason and story_item(it.text)) or _BARE_TIME.match(it.text) or _AT_TEXT.match(it.text)):
            break  # a list of other stories above the headline (its items, their times), or 某某网 正文: no kicker
        if group and not it.reason and _menu_like(it.text) and not _BYLINE_WORDS.match(it.text):
            break  # a row of menu words or buttons (保存 取消), a toolbar or a link with an arrow above the
            # headline (a byline row, 原创 某某, aside)
        if group and it.reason == "share" and _shares_above(items, j + 1):
            break  # share buttons above the headline: what sits above them is no kicker
        if it.reason or it.credit or _junk(it) or _subheadline_like(it.text) or (
                _labeled(it.text) and not _repeated_line(items, j + 1)) or (
                len(it.text) <= 30 and _CLICK.search(it.text)) or (
                not group and _ROLE_LINE.search(it.text)):
            if not it.reason and it.text.startswith(("—", "－", "──")):
                deck = True
                group.clear()  # lines under a deck are the body's own headings
            continue
        if weight(it.text) < _SHORT_NAME and any(0 <= x < len(items) and items[x].text == it.text for x in (j, j + 2)) \
                or _doubled(it.text):
            continue  # a name shown twice (an account's card)
        if weight(it.text) < _NAME and not it.block.heading and not (
                deck and not group and _headline_like(it) and weight(it.text) >= _NAME - 4):
            above = items[j] if j > lo else None
            if group and above is not None and (above.reason == "navigation" or (
                    not above.reason and weight(above.text) < _NAME)):
                break  # a menu of short items above the headline
            continue  # a name (an account, a channel, 原创 某某)
        if not _headline_like(it):
            if not group and _CAPTION.search(it.text) and it.length <= _CAPTION_LEN:
                continue  # a photo's caption between the headline and the date
            if not group and not summary and _summary(it):
                summary = True
                continue  # a one-sentence summary between the headline and the date
            break
        group.append(j + 1)
    if len(group) == 2 and group[1] > 1 and all(_title_like(items[x]) and weight(items[x].text) >= _NAME
                                                 for x in (group[1] - 1, group[1] - 2)):
        return group[:1]
    return group[::-1]


_BYLINE_WORDS = re.compile(r"来源|來源|作者|记者|記者|编辑|編輯|发布|發布|发表|發表|原创|原創|^Original\b|\bPosted\b")
_DATED_HEAD = 20  # the least weight of a headline before its date on one line (a name and a source are lighter)


# 来源：, 作者：, 发布时间：: a byline field a crawler's dump runs on after the headline
_RUN_ON_FIELD = re.compile(r"(?:来源|來源|作者|编辑|編輯|发布时间|發布時間|发布日期|發佈日期|时间|時間)\s*[:：]")


def dated_headline(text: str) -> str:
    """The headline a date line opens with (湘菜粤菜 兵分两路 (图) 2005-06-14 03:25:55), also
    with a byline field run on between them (某某有温度来源：某某晚报 2021-11-25), or ""."""
    m = DATE.search(text)
    head = text[:m.start()].rstrip(" |｜·-—(（[【").lstrip(" |｜·-—") if m else ""
    field = _RUN_ON_FIELD.search(head)
    if field and field.start() > 0 and not _BYLINE_WORDS.search(head[:field.start()]):
        head = head[:field.start()].rstrip(" |｜·-—(（[【")  # (a bracket the date opens, not the headline's 【16】)
    if ((weight(head) < _DATED_HEAD and not (_MEDIA_MARK.search(head) and len(_HAN.findall(head)) >= 4)) or labels().meta.search(head) or not _HAN.search(head) or head[-1] in _HEAD_END
            or head.endswith(("于", "於")) or _BYLINE_WORDS.search(head) or sum(c.isdigit() for c in head) * 4 >= len(head)
            or _trail(head) or _doubled(head) or _BAR_LEAD.match(head + " |") or site_like(head)):
        return ""  # a name or source before the date (原创 某某都市报, 某某 于; 某省人民政府门户网站 www.…), a label, a count, a breadcrumb,
        # a bar of links (注册 | 登入 | 某某论坛 2006年12月27日)
    return head


def _timed(text: str) -> bool:
    """A date with its time near the start of a line (a byline run together with widgets)."""
    m = DATE.search(text[:60])
    return bool(m and m.group(4))


def _byline(it: Item) -> bool:
    """A line of the date and byline block: a date, author or source line, a reporter credit,
    a line opening with a date and its time that paging links share (:func:`.region.dated_row`)."""
    return (it.credit or it.reason == META or (it.reason in ("source", "editor") and it.length <= 80)
            or dated_row(it))


def _pick(items: list[Item], group: list[int]) -> int | None:
    """The headline among adjacent headline-like lines (top first): a sub-headline or a field is
    never it; a marked heading wins; else the top line, unless it is much lighter than the line
    under it (a kicker, a channel or site name above the headline)."""
    pool = [j for j in group if _title_like(items[j]) or (_labeled(items[j].text) and _repeated_line(items, j)
                                                          and _headline_like(items[j]))]
    plain = [j for j in pool if not _strung(items[j].text)]
    if any(weight(items[j].text) > _NAME for j in plain):
        pool = plain  # (not over a name alone: 時隔一年 萬眾期待 第21屆某某影展開跑 over 某某學會)
    pool = [j for j in pool if not _CUT_SHORT.search(items[j].text)] or pool  # a deck cut short (某某...)
    pool = [j for j in pool if not _prompt(items[j].text)] or pool  # an interface prompt (让我们为您…)
    headed = [j for j in pool if items[j].block.heading]
    if headed:
        return min(headed, key=lambda j: (items[j].block.heading, -j))
    while len(pool) > 1 and weight(items[pool[0]].text) < _KICKER * weight(items[pool[1]].text):
        pool.pop(0)
    return pool[0] if pool else None


def below_title_bar(items: list[Item], start: int, reach: int = 12) -> int:
    """Where the article starts when the region opens with the save's title bar (the page's
    ``<title>`` as a browser's text save begins with it: 标题 | 频道 | 网站, or the headline
    alone) whose headline the page repeats a few lines down: under the bar; else ``start``."""
    if start != 0 or len(items) < 2:
        return start
    doc = _document_title(items)
    if doc is None or doc[0] != 0:
        return start
    if any(_matches_title(items[j].text, doc) and _title_like(items[j]) for j in range(1, min(len(items), reach + 1))):
        return 1
    return start


_CARD_NAME = re.compile(r"[A-Za-z]{2}")  # CSDN: an account's name in Latin letters


def _card_at(items: list[Item], k: int) -> bool:
    """Whether line ``k`` is an account's name card: a name shown twice (on two lines, or run
    together on one: 轻金融 轻金融), in Chinese or in Latin letters (CSDN)."""
    if k >= len(items) or items[k].reason == SPAM:
        return False
    t = items[k].text
    if not (_HAN.search(t) or _CARD_NAME.search(t)) or items[k].length < 2 or sum(c.isdigit() for c in t) * 2 >= len(t):
        return False  # (a name of two characters, 猫哥, is one; a count is not)
    return _doubled(t) or (k + 1 < len(items) and items[k + 1].text == t and weight(t) <= _SHORT_NAME + 4
                           and not items[k].block.heading)


_CARD_LABELS = 2  # labels between the headline and the card (Original, 原创)
_CARD_BODY = 12  # lines between the card and the body (the account's tagline, its count of posts, the date)


def _over_card(items: list[Item], start: int, reach: int = 3, body: int = _CARD_BODY) -> int | None:
    """A save that opens with its headline over the account's name card (a WeChat article: the
    headline, a label or two (Original), the account's name twice, the body a few lines
    under it): that first line."""
    for h in range(min(reach, len(items))):
        it = items[h]
        if _title_like(it) and it.length >= 6 and weight(it.text) >= _NAME:
            card = next((c for c in range(h + 1, h + 2 + _CARD_LABELS) if _card_at(items, c)), None)
            if (card is not None and it.text not in items[card].text and card < start <= card + body
                    and all(items[x].length <= 12 and not _title_like(items[x]) or _junk(items[x]) or items[x].length <= 4 for x in range(h + 1, card))):
                return h
        if not (_junk(it) or it.reason):
            return None  # only widget remnants may sit above it
    return None


_BAR_REACH = 6  # lines between a title bar and the headline it repeats


def _out_of_bar(items: list[Item], k: int) -> int:
    """The headline a title bar repeats: a line a few lines under line ``k`` that ``k`` ends or
    begins with, the rest of ``k`` being a name (翼世界的空間 今天是我的生日 over the post's
    今天是我的生日: a blog's banner with its name and the post's title); else ``k``."""
    bar = items[k].text
    for j in range(k + 1, min(len(items), k + 1 + _BAR_REACH)):
        it = items[j]
        if not _title_like(it) or len(it.text) < 2 or it.text == bar:
            continue
        rest = bar.removesuffix(it.text) if bar.endswith(it.text) else bar.removeprefix(it.text) if bar.startswith(it.text) else None
        if rest is not None and (rest[:1].isspace() | rest[-1:].isspace() and weight(rest.strip()) >= 8
                                 or bar.startswith(rest) and rest.rstrip().endswith(("：", ":")) and 3 <= len(rest.strip()) <= 6):
            return j  # (正在阅读：某某 over 某某: a reading bar's label before the headline)
    return k


# 关于某某工作的通知 ( 2020年09月18日 ): a notice's title with its date in brackets after it
_BRACKETED_DATE_END = re.compile(r"[(（\[【]\s*" + DATE.pattern + r"\s*[)）\]】]$")


def _dated_at_top(items: list[Item], start: int) -> bool:
    """Whether the region opens with a headline and its date in brackets on one line (a school's or
    an office's notice list gives each notice so, and so does the notice's own page)."""
    return start < len(items) and not items[start].reason and bool(_BRACKETED_DATE_END.search(items[start].text)) \
        and bool(dated_headline(items[start].text))


_TOP_REACH = 12  # lines with no drop reason between a markdown save's top-level heading and the body


def _sole_heading(items: list[Item], start: int) -> int | None:
    """A markdown save's only top-level heading (``# 某某``, the same words wherever it comes),
    above the region however far: the post's title over a short post the region missed (a
    clip's sidebar of badges below it won), unless it reads as a site's name."""
    tops = sole_top_heading(items)
    if not tops or tops[0] > start:
        return None
    j = tops[0]
    return j if _title_like(items[j]) and weight(items[j].text) >= _NAME and not site_like(items[j].text) else None


def _menu_parts(items: list[Item], found: list[int]) -> bool:
    """Whether the site's menu (a line dropped as navigation) parts the first of two different
    top-level headings from the second: the blog's name over its menu, then the post's title."""
    first = found[0]
    second = next(j for j in found if _titled(items[j].text) != _titled(items[first].text))
    return all(_titled(items[j].text) == _titled(items[first].text) for j in found if j < second) \
        and all(_titled(items[j].text) == _titled(items[second].text) for j in found if j > second) \
        and any(items[k].reason == "navigation" for k in range(first + 1, second))


def _top_heading(items: list[Item], start: int) -> int | None:
    """A markdown save's one top-level heading above the body (``# 某某``, a page's ``<h1>``),
    shown once or repeated, a few lines above the body: the occurrence nearest it.  Of two
    different ones, the second when the site's menu parts them (a blog's name over its menu,
    then its post's title); else two decide nothing."""
    found = [j for j in range(min(len(items), start + 1)) if items[j].block.heading == 1 and not items[j].reason]
    names = {_titled(items[j].text) for j in found}
    if not found or len(names) > 2 or (len(names) == 2 and not _menu_parts(items, found)):
        return None
    j = found[-1]
    if sum(1 for k in range(j + 1, start) if not items[k].reason) > _TOP_REACH:
        return None  # a banner far above the body (a blog's name over its menus and sidebars; what
        # was dropped between, an author's promotion links, counts for nothing)
    return j if (_title_like(items[j]) or _stopped_headline(items[j])) and weight(items[j].text) >= _NAME \
        and not site_like(items[j].text) else None  # (a headline written as a sentence with its full stop too)


_BAR_SEPARATOR = re.compile(r"\s+[-|–—｜]\s+|_")  # 某某 - 少数派, 某某 | 极客公园, 某某_凤凰网
# 某某的 BLOG: 某某, 某某博客：某某: a blog's name and a colon before the post's title
_BLOG_PREFIX = re.compile(r"^\S.{0,18}?(?:blog|博客|部落格|网志|網誌)\s*[:：]\s*(?=\S)", re.IGNORECASE)


def bar_headline(bar: str, sites: frozenset[str] = frozenset()) -> str:
    """The headline part of a title bar (a page's ``<title>``, a reader service's ``Title:``):
    its first segment when the segments after it (the site's and the author's names: 某某 -
    作者 - 博客园, 某某 | 极客公园) are each lighter, or name the site as its home link does
    (``sites``: 某某 | 深入高可用系统原理与设计 over a link to the site's root of that name); what
    follows a blog's name and a colon (某某的 BLOG: 某某); else the whole (观点 | 某某: a column's
    name before the headline; a dash or bar written into a headline, 某某——就这？, 某某｜某某, is
    no separator)."""
    m = _BLOG_PREFIX.match(bar)
    if m:
        return bar[m.end():].strip()
    m = _BAR_SEPARATOR.search(bar)
    if m is None:
        return bar
    head = bar[:m.start()].strip()
    if head and all(weight(head) > weight(x) or x in sites for x in title_segments(bar[m.end():])):
        return head
    return bar


# [某某](https://www.example.com/): a markdown save's link to a site's root (its logo, its name)
_HOME_LINK = re.compile(r"\[([^\[\]\n]{2,40})\]\(https?://[^/\s)]+/?(?:\s+\"[^\"]*\")?\)")


def home_links(text: str) -> frozenset[str]:
    """The texts of a markdown save's links to a site's root (the site's name as its logo shows it)."""
    return frozenset(m.group(1).strip() for m in _HOME_LINK.finditer(text[:20000]))


_BAR_CUT = "-|–—_｜:：·"  # where a title bar's headline may end (the site's name after it)


@dataclass(frozen=True, slots=True)
class TitleBar:
    """A title bar (a page's ``<title>``, a reader service's ``Title:``) and its headline part
    (:func:`bar_headline`), both without whitespace, read once to compare many lines with."""

    whole: str
    part: str

    @classmethod
    def of(cls, bar: str) -> TitleBar:
        return cls(_titled(bar), _titled(bar_headline(bar)))

    def shown_by(self, line: str) -> bool:
        """Whether ``line`` shows the headline (whitespace aside): the headline part, or a start
        of the bar ending where a separator begins a lighter rest (某某 - SSH of 某某 - SSH -
        V2EX; 某某 of 某某-月光博客); the bar whole only when it is its own headline part."""
        t = _titled(line)
        if not t:
            return False
        if t == self.part:
            return True
        rest = self.whole[len(t):]
        return t != self.whole and self.whole.startswith(t) and rest[:1] in _BAR_CUT and weight(rest) < weight(t)


_SHOWN_REACH = 40  # the lines at the top of a save where the title its fields name may be shown


def shown_near_top(text: str, bar: str) -> bool:
    """Whether one of the first lines of the save ``text`` shows the headline of the title
    ``bar`` (:meth:`TitleBar.shown_by`; a markdown heading's marks aside)."""
    title = TitleBar.of(bar)
    lines = (line for line in text.split("\n") if line.strip())
    return any(title.shown_by(line.lstrip("# ")) for _, line in zip(range(_SHOWN_REACH), lines))


def _bar_lines(items: list[Item], bar: str) -> list[int]:
    """The lines showing the headline of title ``bar`` (:meth:`TitleBar.shown_by`): the longest,
    a line that is the bar whole only when no other shows it."""
    title = TitleBar.of(bar)
    shown = [(j, _titled(it.text)) for j, it in enumerate(items) if title.shown_by(it.text)]
    shown = [(j, t) for j, t in shown if t != title.whole] or shown  # (the bar shown whole, last)
    longest = max((len(t) for _, t in shown), default=0)
    return [j for j, t in shown if len(t) == longest]


_CONTENTS_LEAST = 3  # the fewest entries of a post's table of contents
_CONTENTS_REACH = 80  # lines above the body such a table may take
_SECTION_PROSE = 20  # the least length of a paragraph between two section headings


def _contents_top(items: list[Item], start: int) -> int | None:
    """The first line of a table of contents right above the body (一、物质 / ATP的产生 / 二、能量 …):
    a run of three or more lines each shown again below, in the same order, as the body's
    section headings (prose between them, not a menu shown again at the foot), widgets aside;
    or None."""
    if start > 0 and any(items[x].text == items[start - 1].text for x in range(max(0, start - _CONTENTS_REACH), start - 1)):
        start -= 1  # the body's first section heading, right above the region, is listed in the table
    first: dict[str, int] = {}
    for x in range(start, len(items)):
        first.setdefault(items[x].text, x)
    top, j = None, start - 1
    while j >= max(0, start - _CONTENTS_REACH):
        it = items[j]
        if it.text in first and it.length <= 40:
            top = j
        elif not (it.reason or _junk(it)):
            break
        j -= 1
    if top is None:
        return None
    places = [first[items[x].text] for x in range(top, start) if items[x].text in first]
    if len(places) < _CONTENTS_LEAST or places != sorted(places):
        return None
    apart = sum(1 for a, b in zip(places, places[1:])
                if any(items[y].punct and items[y].length >= _SECTION_PROSE for y in range(a + 1, b)))
    return top if apart >= _CONTENTS_LEAST - 1 else None


def text_title(items: list[Item], start: int, named: str = "") -> int | None:
    """Index of the headline of a plain-text save (the region starts at ``start``), or None.

    ``named``: the title the save's opening fields name (:mod:`.front_matter`); a line showing
    its headline (:func:`_bar_lines`) is the headline however long (the one nearest above the body).

    The layout gives a candidate (:func:`_by_layout`); when the save begins or ends with the
    page's ``<title>`` line, a line matching it near that candidate (and below the menus)
    wins: browsers' text saves carry the title, crawler dumps may not.
    """
    n = len(items)
    if named:
        shown = _bar_lines(items, named)
        if shown:
            above = [j for j in shown if j <= start]
            return above[-1] if above else shown[0]
    field = _named_headline(items, start)
    if field is None:
        field = _over_label_grid(items, start)
    if field is not None:
        return field
    contents = _contents_top(items, start)
    if contents is not None:
        start = contents  # the headline sits above the post's table of contents
    if _dated_at_top(items, start):
        return start
    carded = _over_card(items, start)
    if carded is not None:
        return carded
    top = _top_heading(items, start)
    if top is None:
        top = _sole_heading(items, start)
    if top is not None:
        return _out_of_bar(items, top)  # (a blog's name and its post's title on one heading)
    pick = _by_layout(items, start)
    if pick is not None:
        pick = _out_of_bar(items, pick)
    doc = _document_title(items)
    if doc is not None and doc[0] == 0 and pick is not None and _titled(items[pick].text) in doc[1] \
            and _over_card(items, start, body=n) == 0:
        return 0  # the save opens with the headline over the account's card, however long the
        # account's introduction under it: that line, not a heading of the article repeating a
        # part of it (宽容从何而来 of 某某周刊：宽容从何而来)
    if doc is not None:
        over_body = [j for j in range(max(1, start - _OVER_BODY), start + 1) if j != doc[0] and j < n
                     and not items[j].reason and _title_like(items[j])
                     and _titled(items[j].text) == max(doc[2], key=weight) and weight(_titled(items[j].text)) >= _SHORT_NAME]
        if over_body and over_body[-1] != pick:
            return over_body[-1]  # the title bar's headline part right over the body (its date and tags above
            # it), wherever the layout pointed (a teaser of another story above the section's name)
        # a line matching the save's document title, near the one the layout points at (not the
        # page's title bar above the menus)
        found = [j for j in range(max(0, start - 120), min(n, max(start + 2, -1 if pick is None else pick + _NEAR + 1)))
                 if j != doc[0] and _matches_title(items[j].text, doc) and _title_like(items[j])
                 and (items[j].length >= 4 or _titled(items[j].text) in doc[2])  # 金锺国: a whole segment
                 and not (len(doc[2]) > 1 and _titled(items[j].text) == doc[1])  # the title bar again, site name and all
                 and (pick is None or (abs(j - pick) <= _NEAR
                                       and not any(items[x].reason == "navigation" for x in range(j, pick))))]
        if found:
            bar = next((j for j in found if sum(1 for s in doc[2] if s in _titled(items[j].text)) >= 2), None)
            if bar is not None:
                # a title bar joining two parts of the title (a blog's name and its post's title) over
                # a line that is one of them: that one, whichever part is heavier
                parts = [s for s in doc[2] if s in _titled(items[bar].text)]
                alone = [j for j in found if j > bar and _titled(items[j].text) in parts]
                if alone:
                    return alone[0]
            # the nearest to the body, of those giving the headline part (not the site's name) if any
            best = [j for j in found if _names_headline(items[j].text, doc)] or found
            if len(best) >= 2 and best[-1] == best[-2] + 1 and not items[best[-2]].reason:
                return best[-2]  # a headline and its deck on the next line, the title bar giving both
            return best[-1]
        if (pick is None or _prompt(items[pick].text)) and doc[0] == 0 < start <= _CARD_BODY and _title_like(items[0]) \
                and all(items[x].length <= 30 for x in range(1, start)):
            return 0  # the save opens with its title over a few short lines and the body; the layout found only a prompt
        if pick == doc[0] and len(doc[2]) > 1:
            # the layout points at the title bar itself (title, channel, site): the line in the
            # page that is one of its segments, nearest the body (夜雨 of 夜雨_原文、翻译及赏析_…)
            same = [j for j in range(max(1, start - 40), min(n, start + 2))
                    if not items[j].reason and _titled(items[j].text) in doc[2] and _HAN.search(items[j].text)]
            if same:
                return same[-1]
        if pick == doc[0]:
            # the layout points at the title bar itself: the heading in the page that the title's
            # headline part names (广智救我 of 【广智救我】是什么梗？…), nearest the body
            top = max(doc[2], key=weight)
            inside = [j for j in range(max(1, start - 40), min(n, start + 2))
                      if _title_like(items[j]) and len(_titled(items[j].text)) >= 4
                      and len(_HAN.findall(items[j].text)) >= 2 and _titled(items[j].text) in top]
            if inside:
                return inside[-1]
    return pick


_LATIN_END = re.compile(r"[A-Za-z0-9+]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
_TAIL = 60  # the most characters of a headline's second line


def _goes_on(head: Item, tail: Item) -> bool:
    """Whether ``tail`` goes on with ``head``: the break falls inside a run of Latin letters or
    digits, and ``tail`` is no sentence (two headings of a markdown save are two lines)."""
    return (not tail.reason and not tail.credit and not head.reason and not head.block.heading and not tail.block.heading
            and bool(_LATIN_END.search(head.text))
            and bool(_LATIN_START.match(tail.text)) and tail.length <= _TAIL and bool(_HAN.search(tail.text))
            and not any(c in tail.text for c in "。！？!?"))


def headline_tail(items: list[Item], k: int) -> tuple[int, int]:
    """The lines of headline ``k`` when a renderer broke it inside a run of Latin letters or
    digits (高通推出全新 8 核 Snapdragon X / Plus，將效能領先地位擴展到更多的使用者): (first, last),
    ``k`` and the line that goes on with it or the one it goes on from; else (k, k)."""
    if k + 1 < len(items) and _goes_on(items[k], items[k + 1]):
        return k, k + 1
    if k > 0 and _goes_on(items[k - 1], items[k]) and _title_like(items[k - 1]):
        return k - 1, k
    return k, k


def headline_text(it: Item) -> str:
    """The headline a line chosen by :func:`text_title` gives: the head of a date line, the value
    of a 标题 field, a wiki heading without its edit link, else the line (zero-width spaces
    around it and a platform's 原创 badge before it aside)."""
    if (it.reason in (META, "related") and not _TITLE_FIELD.match(it.text)) or _BRACKETED_DATE_END.search(it.text):
        return dated_headline(it.text) or it.text
    m = _TITLE_FIELD.match(it.text) or _TITLE_FIELD_TAIL.match(it.text)
    if m:
        return _field_value(m.group(1))
    return _BADGE.sub("", EDIT_LINK.sub("", it.text).strip(_ZERO_WIDTH))


_BADGE = re.compile(r"^(?:原创|原創)\s+(?=\S{6})")  # 原创 某某眼中的…: a platform's badge before the headline


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # (a page's zero-width space before its headline)


_NEXT_CELL = re.compile(r"\s+[|｜]\s*|\s{2,}|\t")


def _field_value(text: str) -> str:
    """A field's value up to the next cell of its row (标题： | 某某通告 | 发文字号： | …)."""
    return _NEXT_CELL.split(text.strip(), maxsplit=1)[0].strip()


_FIELD_REACH = 40  # lines above the body a 标题 field may sit (the metadata grid over the notice)


_KICKER_REACH = 3  # lines below the region's start the headline under a kicker field may sit


def kicker_field(items: list[Item], j: int, start: int) -> bool:
    """Whether line ``j`` is a 标题 field holding a newspaper story's kicker: the line under it,
    near the region's ``start``, is a headline of its own (no field, no byline, no date), as a
    crawler writes the e-paper's title lines when it takes the first for the title
    (标题：河北印发实施方案 / 大力开展消费扶贫 / 解决…等问题 / 内容：)."""
    k = j + 1
    if k >= len(items) or k > start + _KICKER_REACH or not _TITLE_FIELD.match(items[j].text):
        return False
    it = items[k]
    return (_headline_like(it) and len(_HAN.findall(it.text)) >= 4 and not _labeled(it.text)
            and not _TITLE_FIELD.match(it.text) and not _timed(it.text) and not _byline(it))


def _named_headline(items: list[Item], start: int, reach: int = 150) -> int | None:
    """The headline the page names outright near the top of the body: the value of a 标题 field
    of a metadata grid (a government notice), on an encyclopedia page the heading above its
    toolbar (编辑 锁定 讨论) or above its tagline (维基百科，自由的百科全书): the nearest one
    with an edit link (雄安新区[编辑]), else the line right above the tagline."""
    n = len(items)
    lo = max(0, start - reach)
    for j in range(max(0, start - _FIELD_REACH), min(n, start + 6)):
        t = items[j].text
        m = _TITLE_FIELD.match(t) or (_TITLE_FIELD_TAIL.match(t) if j > 0 and items[j - 1].text in ("标", "標") else None)
        if m and len(_HAN.findall(_field_value(m.group(1)))) >= 4 and "。" not in _field_value(m.group(1)):
            return j + 1 if kicker_field(items, j, start) else j
    bar = next((j for j in range(max(1, start - _FIELD_REACH), min(n, start + 3)) if _edit_bar(items, j)), None)
    if bar is not None:
        j = bar - 1
        while j > 0 and (items[j].reason or _QUALIFIER.match(items[j].text)):
            j -= 1  # (the entry's sense in brackets under its name: （某某网体育通讯员）)
        if _headline_like(items[j]) and len(_HAN.findall(items[j].text)) >= 2 and not _labeled(items[j].text):
            return j  # the entry's headline above its toolbar
    tag = next((j for j in range(lo, min(n, start + 3)) if _TAGLINE.match(items[j].text)), None)
    if tag is None:
        return None
    for j in range(tag - 1, max(-1, tag - reach), -1):
        m = EDIT_LINK.search(items[j].text)
        if m and len(_HAN.findall(items[j].text[:m.start()])) >= 2 and _headline_like(items[j]):
            return j
    j = tag - 1
    while j >= 0 and items[j].reason:
        j -= 1
    if j >= 0 and _headline_like(items[j]) and len(_HAN.findall(items[j].text)) >= 2 and not _labeled(items[j].text):
        return j
    return None


# 展期, 活動地點, 參展藝術家, 適用對象: a label in a cell of its own, a field's name (a menu's words are none)
_LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:時間|时间|日期|期間|期间|展期|地點|地点|地址|場地|场地|對象|对象|費用|费用|票價|票价"
                         r"|名額|名额|人數|人数|方式|電話|电话|網址|网址|單位|单位|主辦|主办|協辦|协办|講者|讲者|講師|讲师|藝術家|艺术家"
                         r"|策展人|類別|类别|語言|语言)[:：]?$")
_GRID_REACH = 30  # lines above the body a listing's grid and its headline may span


def _label_cell(items: list[Item], j: int) -> bool:
    """Line ``j`` is a label alone in its cell (活動時間, 地點:) and the line under it its value
    (a short line, no sentence)."""
    if not (0 <= j < len(items) - 1) or items[j].reason or not _LABEL_CELL.match(items[j].text):
        return False
    value = items[j + 1]
    return value.length <= 80 and "。" not in value.text and not _LABEL_CELL.match(value.text)


def _over_label_grid(items: list[Item], start: int) -> int | None:
    """The headline over an event's or exhibit's grid of details (展期 / 日期：… / 地點 / 某某路 /
    參展藝術家 / 某某, each label in a cell of its own over its value) above the body: the nearest
    headline-like line above two or more label and value pairs, with only widgets, short links
    (返回列表, 上一個) and pairs between it and the body.  A value is never the headline."""
    for h in range(start - 1, max(-1, start - _GRID_REACH), -1):
        it = items[h]
        if it.reason or it.credit or weight(it.text) < _NAME or _label_cell(items, h - 1) or _junk(it):
            continue
        if not (_headline_like(it) and len(_HAN.findall(it.text)) >= 2) or _subheadline_like(it.text):
            return None  # the nearest line of weight above the body is no headline (prose, a deck)
        pairs, i = 0, h + 1
        while i < start:
            if _label_cell(items, i) and i + 1 < start:
                pairs, i = pairs + 1, i + 2
            elif items[i].reason or _junk(items[i]) or weight(items[i].text) < _NAME:
                i += 1
            else:
                return None  # a line of weight between them that is neither a label nor its value
        return h if pairs >= 2 else None
    return None


_CLOSE = 12  # a byline block this close above the body may sit under a very short headline
_BELOW_DATE = 4  # lines under a date line (with nothing headline-like above it) its headline may sit
_NEAR = 6  # lines between the layout's headline and a line matching the document title
_OVER_BODY = 3  # the lines right over the body where the title bar's headline part wins outright


def _short_headline_above(items: list[Item], top: int, reach: int = 4) -> int | None:
    """The first headline-shaped line above a byline block, however short, passing over fields
    (朝代：唐代) and widget remnants (a pinyin line); a menu or breadcrumb ends the search."""
    for j in range(top - 1, max(-1, top - 1 - reach), -1):
        it = items[j]
        if it.reason == "navigation" or _crumb_step(items, j):
            return None
        if (_headline_like(it) and not _subheadline_like(it.text) and not _labeled(it.text)
                and len(_HAN.findall(it.text)) >= 2):
            return j  # two Chinese characters are enough here (夜雨)
        if not (it.reason or it.credit or _junk(it) or _labeled(it.text)):
            return None
    return None


def _field(text: str) -> bool:
    """A field of a metadata grid: 发文机关： 某某 (:data:`_LABEL_FIELD`), or a label cell alone (发文机关：)."""
    return _labeled(text) or (len(text) <= 8 and text.endswith(("：", ":")))


def _grid_above(items: list[Item], k: int, lo: int, reach: int = 6) -> bool:
    """Whether date line ``k`` is a cell of a metadata grid (索引号, 发文机关, 成文日期 fields):
    two more fields right above it that are not bylines (a 来源： 作者： block is no grid)."""
    if not (_field(items[k].text) or (k > 0 and _field(items[k - 1].text))):
        return False  # (the date in a cell of its own under its label cell)
    return sum(_field(items[j].text) and not _byline(items[j]) and not items[j].reason  # (字級： of a widget is none)
               for j in range(max(lo + 1, k - reach), k)) >= 2


def _under(items: list[Item], k: int, start: int) -> int | None:
    """The headline among the (first two) headline-like lines between line ``k`` and the body."""
    return _pick(items, [j for j in range(k + 1, start) if _headline_like(items[j]) and weight(items[j].text) >= _NAME][:2])


_CARD_REACH = 12  # lines between a headline on a portal's card and the same headline over its date


def _repeated_over_date(items: list[Item], dated: int, lo: int, reach: int = 12) -> int | None:
    """A headline right above its own date line a few lines over ``dated``, shown once more
    above it (the title bar, then the heading over 2016年5月10日 23:24), where the dated line's
    head is shown only once (求职者在天津大学的招聘会上（2013年11月22日）: a photo's caption)."""
    head = dated_headline(items[dated].text)
    if any(items[x].text == head for x in range(max(lo + 1, dated - reach), dated)):
        return None
    for j in range(dated - 2, max(lo, dated - reach), -1):
        it = items[j]
        if (_title_like(it) and weight(it.text) >= _SHORT_NAME and (_byline(items[j + 1]) or _timed(items[j + 1].text))
                and any(items[x].text == it.text for x in range(max(lo + 1, j - reach), j))):
            return j
    return None


def _shown_twice(items: list[Item], start: int, reach: int = 3) -> int | None:
    """A headline at the top of the region shown again a few lines down with its date or byline
    under the repeat (a portal's card, its summary and tags, then the article's own heading):
    the first of the two."""
    n = len(items)
    for j in range(start, min(start + reach, n)):
        it = items[j]
        if not _title_like(it) or weight(it.text) < _SHORT_NAME:
            continue
        for k in range(j + 2, min(j + _CARD_REACH, n)):
            if items[k].text == it.text and _over_byline(items, k):
                return j
    return None


def _over_byline(items: list[Item], k: int, reach: int = 3) -> bool:
    """Whether a date or byline line follows line ``k`` within ``reach`` lines, before any
    paragraph (a caption shown twice in a story has the story's text under it)."""
    for x in range(k + 1, min(k + 1 + reach, len(items))):
        if _byline(items[x]) or _timed(items[x].text):
            return True
        if not items[x].reason and items[x].text[-1] in "。！？!?":
            return False  # a sentence: the story goes on under the repeat
    return False


def _opens_with_headline(items: list[Item], start: int) -> bool:
    """Whether the region's first line is headline-shaped (什么是订阅号？ over its answer)."""
    return start < len(items) and _title_like(items[start]) and (
        items[start].length >= 5 or start == 0 and items[start].length >= 4)


_STOPPED_HEADLINE = 60  # the longest headline written as a sentence


def _stopped_headline(it: Item) -> bool:
    """A headline written as one sentence with its full stop (34个问题告诉你它到底咋样。): one
    sentence end, at its end, and a comma at most; taken only as a save's first line, over
    its byline (a caption or a pull quote over a byline reads the same further down)."""
    t = it.text
    return (not it.reason and not it.credit and 8 <= it.length <= _STOPPED_HEADLINE and t[-1] in "。！？!?"
            and sum(t.count(c) for c in "。！？!?") == 1 and t.count("，") + t.count(",") <= 1 and bool(_HAN.search(t)))


_MENU_SHARE = 0.6  # the share of menu words among the lines between a tagline and the date


def _menu_between(items: list[Item], a: int, b: int) -> bool:
    """Whether the lines between ``a`` and ``b`` are the site's menu: one of them marked as
    navigation, most of them words too short for a headline with no drop reason (counts,
    share buttons and a forum's stats are no menu)."""
    between = range(a + 1, b)
    words = sum(1 for x in between if items[x].reason == "navigation"
                or (not items[x].reason and weight(items[x].text) < _NAME and not items[x].text.isdigit()))
    return any(items[x].reason == "navigation" for x in between) and words >= _MENU_SHARE * len(between)


_ECHOED = 0.5  # a headline whose words the body takes up: at least half its character pairs
_UNECHOED = 0.2  # a site's tagline or a menu word: hardly any
_ECHO_LINES = 200  # body lines read for the words a headline shares with its body
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[a-z0-9]{2,}")


def _terms(text: str) -> set[str]:
    """A line's terms: its Chinese character pairs (a lone character alone) and its Latin words."""
    text = text.lower()
    found = set(_LATIN_WORD.findall(text))
    for run in _HAN_RUN.findall(text):
        found.update({run[i:i + 2] for i in range(len(run) - 1)} if len(run) > 1 else {run})
    return found


def _echoed(text: str, items: list[Item], start: int) -> float:
    """The share of a line's terms that the body under ``start`` repeats (lexical cohesion: a
    headline names what the story is about; a blog's tagline or a menu word does not)."""
    own = _terms(text)
    if not own:
        return 0.0
    body = [it.text for it in items[start:start + _ECHO_LINES] if not it.reason]
    seen = _terms("\n".join(body))
    seen.update(ch for line in body for ch in _HAN.findall(line))
    return len(own & seen) / len(own)


_BUTTON = 6  # the longest button of a toolbar between a standfirst and the date line


def _over_standfirst(items: list[Item], j: int) -> bool:
    """Whether line ``j`` stands over a standfirst (one sentence or two), then only a toolbar's
    buttons (英文对照, 收藏), then the date and byline line: a headline's layout, its date under it."""
    k = j + 2
    if k >= len(items) or items[j + 1].reason or not items[j + 1].punct:
        return False
    while k < len(items) and k <= j + 1 + _TOOLBAR_LINES and (items[k].reason in _BUTTON_REASONS or (
            not items[k].reason and items[k].length <= _BUTTON and not items[k].punct)):
        k += 1
    return k < len(items) and k > j + 2 and _byline(items[k]) and bool(DATE.search(items[k].text))


_TOOLBAR_LINES = 4  # the most buttons between a standfirst and its story's date line
_BUTTON_REASONS = TOOLBAR_BUTTONS | {"counter"}  # (a count of shares or comments among them)


def _by_layout(items: list[Item], start: int) -> int | None:
    """The headline by the layout around the date and byline block.

    1. A headline and its date on one line (a blog or forum post): that line.
    2. Above the nearest date line, then the nearest byline, source or credit line (account
       and channel names, widgets, share and font-size switches, player controls passed
       over), the one or two headline-like lines there (:func:`_group_above`, :func:`_pick`);
       a region opening with its headline right before such a line takes that headline
       first; a short headline right above the block with only menus above it.
    3. The date block above the headline (an e-paper page): the headline-like lines between
       it and the body.
    4. Without any: the lines just above the body, the body's first line when it is
       headline-shaped, at last the line right above the body.
    """
    n = len(items)
    lo = max(-1, start - 60)
    for j in range(start - 1, max(-1, start - 1 - _NOTICE_HEAD_REACH), -1):
        if "。" in items[j].text or items[j].length > _GRID_LINE:
            break  # (a paragraph between: no longer the notice's head)
        if _BRACKETED_DATE_END.search(items[j].text) and weight(dated_headline(items[j].text)) >= 2 * _NAME:
            if sum(1 for k in range(max(0, start - _LIST_REACH), min(n, start + _LIST_REACH))
                   if _BRACKETED_DATE_END.search(items[k].text)) == 1:
                repeated = _repeated_over_date(items, j, lo)
                return j if repeated is None else repeated  # a notice's headline with its date in brackets (关于…的通知 ( 2024-05-11)), over its
                # metadata grid and addressee (各区卫生健康委:); one of a list of such lines is a story list's
            break
    dated = next((j for j in range(start - 1, lo, -1) if _byline(items[j]) and (DATE.search(items[j].text) or US_DATE.search(items[j].text))), None)
    if start > 0 and items[start - 1].reason in (META, "related") and (
            dated_headline(items[start - 1].text) and not _CUT_SHORT.search(dated_headline(items[start - 1].text))):
        return start - 1  # the headline and its date right over the body (under a list of stories of its shape)
    if dated is not None and dated_headline(items[dated].text):
        repeated = _repeated_over_date(items, dated, lo)
        if repeated is not None:
            return repeated  # (a photo's caption with its date under the headline shown twice over its own date)
        return dated  # the headline and its date on one line
    shown = _shown_twice(items, start)
    if shown is not None:
        return shown
    blocks = [dated] if dated is not None else []
    meta = next((j for j in range(start - 1, lo, -1) if _byline(items[j])), None)
    if meta is not None and meta != dated:
        blocks.append(meta)
    for j in range(start, min(start + 2, n)):
        # the region opened with the headline itself: a headline-like line right before the date and byline block
        # (or before its standfirst and a toolbar's buttons over that block: 英文对照 收藏)
        if (_title_like(items[j]) and items[j].length >= 8 and (any(
                _byline(items[k]) or _timed(items[k].text) for k in range(j + 1, min(j + 4, n))) or _over_standfirst(items, j))) or (
                j + 1 < n and _byline(items[j + 1]) and _stopped_headline(items[j])
                and all(items[x].reason for x in range(j))):  # (the save's first line)
            blocks.insert(1 if dated is not None else 0, -1 - j)  # after the date line's, before the rest
            break
    for block in blocks:
        if block < 0:
            return -1 - block
        top = block
        while top - 1 > lo and _byline(items[top - 1]):
            top -= 1  # the whole date and byline block
        again = next((j for j in range(block + 1, min(start, block + 4)) if _title_like(items[j]) and weight(items[j].text) >= _SHORT_NAME
                      and any(items[i].text == items[j].text for i in range(max(lo + 1, top - 8), top))), None)
        if again is not None:
            return again  # the headline shown above the date block and again under it (a portal's card, then the article)
        if _grid_above(items, block, lo):
            under = _under(items, block, start + 1 if start < len(items) and _title_like(items[start]) else start)
            if under is not None:
                return under  # the headline under a government page's metadata grid
        pick = _pick(items, _group_above(items, top, lo))
        under = _under(items, block, start)
        right_under = (under is not None and weight(items[under].text) >= 2 * _NAME and under - block <= _BELOW_DATE
                       and not any(items[x].text.endswith(("：", ":")) for x in range(block + 1, under)))  # (题记： opens the body)
        if pick is not None and weight(items[pick].text) < 2 * _NAME and top - pick > 3:
            # only a name-sized line well above the date: an edition date above the headline (an e-paper page)?
            if under is not None and weight(items[under].text) >= 1.5 * weight(items[pick].text):
                return under
        if pick is not None and right_under and _echoed(items[under].text, items, start) >= _ECHOED \
                and _echoed(items[pick].text, items, start) < _UNECHOED:
            return under  # (a blog's date row over its headline: the line above is the blog's tagline)
        if pick is not None and top - pick > 3 and _menu_between(items, pick, top):
            short = _short_headline_above(items, top)
            if short == top - 1:
                return short  # a short headline right above its date, the site's menu between it and the tagline above
        if pick is not None:
            return pick
        if right_under:
            return under  # the headline right under its date line (the section's name above the date)
        short = _short_headline_above(items, top) if start - block <= _CLOSE else None
        if short is not None:
            return short  # a short headline (静夜思•夜) right above its byline block, menus above it
    if meta is not None:
        # (the region may open with the headline itself, right under its date line)
        pick = _under(items, meta, start + 1 if start < n and _title_like(items[start]) else start)
        if pick is not None:
            return pick
    pick = _pick(items, _group_above(items, start, max(lo, start - 16)))
    if pick is not None and items[pick].length >= 4 and not (
            _opens_with_headline(items, start) and (_prompt(items[pick].text) or (
                site_like(items[pick].text) and weight(items[start].text) > weight(items[pick].text)))):
        return pick  # (not a prompt or the site's name over the headline the body opens with)
    if _opens_with_headline(items, start):
        return start  # the body opens with its headline (only names and menus above it, or nothing)
    # nothing but short lines: the line right above the body (标题 over a one-paragraph note)
    above = items[start - 1] if start > 0 else None
    if above is not None and not above.reason and not above.credit and _HAN.search(above.text) and (
            2 <= above.length <= 60 and above.text[-1] not in _HEAD_END):
        return start - 1
    return None


_DATE_ONLY = re.compile(r"^[\d\s\-/.:：()（）年月日時时分]+$")  # 2014-12-17 (16:31): a date line and nothing else
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_DATE_REACH = 8  # lines above the body a date line alone may sit
_NOTICE_HEAD_REACH = 8  # lines above the body a notice's headline with its bracketed date may sit
_GRID_LINE = 80  # the longest line of a metadata grid or an addressee between them
_LIST_REACH = 60  # lines above that date line a story list may sit


def listed_headline(items: list[Item], start: int) -> str:
    """The headline of a save that has none of its own but names it in a list of the section's
    stories (a story selector a renderer flattened): the item whose date and time are exactly
    those of the date line over the body (某某 2014-12-17 (16:31) under a line 2014-12-17 (16:31)),
    when one item alone has them; else ""."""
    date_line = next((j for j in range(start - 1, max(-1, start - 1 - _DATE_REACH), -1)
                      if _DATE_ONLY.match(items[j].text) and DATE.search(items[j].text) and _CLOCK.search(items[j].text)), None)
    if date_line is None:
        return ""
    stamp = items[date_line].text.strip()
    found = []
    for j in range(date_line - 1, max(-1, date_line - 1 - _LIST_REACH), -1):
        text = items[j].text
        at = text.find(stamp)
        if at < 0:
            continue
        if text.count(stamp) > 1:
            return ""
        before = [m.end() for m in _LIST_STAMP.finditer(text[:at])]
        head = text[before[-1] if before else 0:at].strip(" |｜·-—")
        if 4 <= len(head) <= 60 and _HAN.search(head) and not any(c in head for c in "。，"):
            found.append(head)
    return found[0] if len(found) == 1 else ""


_LIST_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s*[(（]\d{1,2}[:：]\d{2}[)）]")  # an item's date and time in a story list


# -- HTML pages whose <title> names only the site ----------------------------

_BRACKETED = re.compile(r"[\[【][^\]】]{1,12}[\]】]")
_LINE_END = "。；;，,：:…"
_HANDLE = re.compile(r"@\w")


def _may_head(it: Item) -> bool:
    """Not a toolbar of bracketed links ([精华区] 版主：[申请版主]) nor a user's handle (北野 @name)."""
    return len(_BRACKETED.findall(it.text)) < 2 and not _HANDLE.search(it.text)


def _shaped_like_headline(it: Item) -> bool:
    """A short line with no sentence end (a question or an exclamation may end it)."""
    return (not it.reason and not it.credit and 4 <= it.length <= 40 and "。" not in it.text
            and it.text[-1] not in _LINE_END and _may_head(it))


def layout_headline(items: list[Item], start: int, end: int) -> int | None:
    """Index of the headline of an HTML page whose ``<title>`` matches no block, or None.

    The text-save rules first (the prominent line before the date and byline block); else
    the first headline-shaped line near the top of the region that the first paragraph
    follows, with at most a byline or two between (a forum post: headline, author link,
    text).
    """
    found = text_title(items, start)
    if found is not None and _may_head(items[found]) and (
            weight(items[found].text) >= 8 or items[found].block.heading in (1, 2)):
        return found  # a place or a name (上海市) is no headline unless the page heads with it
    for j in range(max(0, start - 3), min(end, start + 3)):
        if not _shaped_like_headline(items[j]):
            continue
        for k in range(j + 1, min(end + 1, j + 4)):
            later = items[k]
            if not later.reason and later.length > 2 * items[j].length and later.length >= 20:
                return j  # the first paragraph
            if not (later.reason in (LINKS, META, DATE) or later.credit or later.length <= 12):
                break
    return None
