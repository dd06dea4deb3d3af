"""Choosing the article region among the classified blocks.

The main content region is the run of blocks with the highest total value
(:func:`best_region`); it is widened over short lines of the same container
(subheadings, a dateline, a reporter credit) and ends where a comment thread,
a page footer, a copyright notice or (when less prose follows) a related-list
header starts (:func:`cut_sections`); a note on the author that closes it is dropped
(:func:`drop_author_notes`) and a table drawn in characters inside it is kept
(:func:`keep_drawn_tables`).  In a plain-text save a date line near
the top of the region with only menus and link rows above it starts the
article under it (:func:`below_byline`); a story module of linked headings over summaries
(:func:`damp_linked_teasers`) counts against a region (a page's own scripts: :mod:`.scripts`).  In HTML the region reaches up over a
post's opening inside its own container (:func:`reach_post_top`); a sentence closing it with a
colon takes the list it announces (:func:`reach_announced_list`); the lists of sources closing
an article are dropped (:func:`drop_closing_sources`); the region ends before the next story an
endless page appended (:func:`end_before_next_story`).  In a markdown save with one top-level
heading the region is the best one under it (:func:`below_sole_heading`).
"""

from __future__ import annotations

import re

from .blocks import CONTENT, Block
from .classify import DATE, EN_DATE_LINE, FINAL, GUTTER, HIDDEN, LINKS, META, REPLY, SYMBOLS, TIME, US_DATE, Item, labels, prose
from .metadata import EDIT_WORD

_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊|消息)$")


_BROKEN = re.compile(r"[。！？][^\s]|^[，、；：,]")  # a sentence ends inside the line, or the line goes on from the last
_ANNOUNCED_STEP = re.compile(r"[，,][^，,]*[：:]$")  # 1、选择系统偏好设置，如下图所示：: a step's clauses announcing its picture


def damp_headline_runs(items: list[Item], least: int = 5) -> None:
    """Plain text: a run of ``least`` or more short lines without final punctuation (a saved
    headline list, a sidebar of ``名字：标题`` links) counts against a region, not for it.

    Lines of prose broken across lines (a full stop inside, a comma opening) and clauses
    announcing what follows (1、选择系统偏好设置，如下图所示：) are no headlines.
    The lines keep no reason: a list inside an article is still kept when prose
    surrounds it, but a long list no longer outweighs a short article."""
    run: list[Item] = []
    for it in items + [None]:
        if it is not None and not it.reason and it.length <= 40 and it.text[-1] not in FINAL and not _BROKEN.search(it.text) \
                and not _ANNOUNCED_STEP.search(it.text):
            run.append(it)
            continue
        if it is not None and it.reason:
            continue  # widget lines between the items do not end the list
        if len(run) >= least:
            for r in run:
                r.value = min(r.value, -2.0)
        run = []


_TEASERS = 2  # linked headings with a paragraph under each that make a stream of teasers


def damp_linked_teasers(items: list[Item]) -> None:
    """Plain text that writes its links out: two or more headings that are links to other pages
    (``### [某某](url)``), each over a paragraph, are a stream of teasers (a portal's story
    module); their paragraphs count against a region, not for it.  A story whose own headline
    links to itself has one such heading."""
    pairs = []
    for i, it in enumerate(items[:-1]):
        b = it.block
        if b.heading and not it.reason and it.length and b.link_chars >= 0.8 * it.length:
            j = i + 1
            while j < len(items) and items[j].reason == SYMBOLS:
                j += 1
            if j < len(items) and not items[j].reason and not items[j].block.heading and items[j].punct:
                pairs.append(j)
    if len(pairs) >= _TEASERS:
        for j in pairs:
            items[j].value = min(items[j].value, -2.0)


# - 某某編輯部 @ 08-24-2013 / 1 year ago: a blog's byline, the author and a month-first date
_AT_BYLINE = re.compile(r"^[-—–]?\s*[^\s@]{1,16}\s*@\s*\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d{2}\b")


def mark_at_bylines(items: list[Item]) -> None:
    """Plain text: a blog's byline written ``- 作者 @ 08-24-2013 / …`` is a metadata line."""
    for it in items:
        if not it.reason and it.length <= 60 and _AT_BYLINE.match(it.text):
            it.reason = META


_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _latin_prose(it: Item) -> bool:
    """A line of English prose: no Chinese character, four words or more, letters, digits,
    spaces and punctuation only (no code)."""
    t = it.text
    if it.reason or _HAN.search(t) or len(_WORDS.findall(t)) < 4:
        return False
    return sum(c.isalnum() or c in " ,.'’‘:;!?-—\"“”$%()" for c in t) >= 0.95 * len(t)


def damp_latin_prose(items: list[Item], least: int = 3) -> None:
    """Plain text: in a save written in Chinese (at least as many Chinese characters as English
    words: a character carries about a word), a run of ``least`` or more lines of English prose with nothing but dropped lines
    between them (a portal's English news stream beside a short Chinese article) counts against
    a region, not for it.  An English sentence inside a Chinese article, or a code block, is
    left alone."""
    runs: list[list[Item]] = []
    run: list[Item] = []
    for it in items + [None]:
        if it is not None and it.reason:
            continue  # dropped lines (a stream's source and time) between the items
        if it is not None and _latin_prose(it):
            run.append(it)
            continue
        if len(run) >= least:
            runs.append(run)
        run = []
    if not runs:
        return
    han = sum(len(_HAN.findall(it.text)) for it in items)
    latin = sum(len(_WORDS.findall(it.text)) for it in items)
    if han and han >= latin:
        for r in (r for run in runs for r in run):
            r.value = min(r.value, -2.0)


# 宇辉战舰今天 12:08:37, 网友小王 08:15: a name and a time of day, no date (a comment or chat signature)
_SIGNATURE = re.compile(r"^[^\s\d:：|｜][^\s:：|｜]{0,15}?\s*(?:今天|昨天|前天)?\s*\d{1,2}:\d{2}(?::\d{2})?$")


def damp_signed_remarks(items: list[Item], least: int = 3) -> None:
    """The remark after each of ``least`` or more name-and-time signatures (a comment thread, a
    live chat) counts against a region: a long stream of remarks no longer outweighs the article."""
    signed = [i for i, it in enumerate(items) if it.length <= 30 and _SIGNATURE.match(it.text)]
    if len(signed) < least:
        return
    for i in signed:
        if i + 1 < len(items) and not items[i + 1].reason:
            items[i + 1].value = min(items[i + 1].value, -2.0)


_REPLY_LINKS = 3  # the fewest such lines in a row that make a list of recent comments


def _runs(items: list[Item], test, lo: int = 0, hi: int | None = None):
    """The runs of consecutive items from ``lo`` to ``hi`` (inclusive) that pass ``test``, as
    ``(i, j)`` slices, longest first from each start: what the run rules below read."""
    hi = len(items) - 1 if hi is None else hi
    i = lo
    while i <= hi:
        j = i
        while j <= hi and test(items[j]):
            j += 1
        if j > i:
            yield i, j
        i = max(j, i + 1)


_NO_ARTICLE = 100  # the most characters of prose outside comments on a page whose comments are its text
_REMARKS = 5  # the fewest remarks such a page holds
_REMARKS_TEXT = 300  # and the fewest characters of them


def revive_remarks(items: list[Item]) -> bool:
    """HTML: a page whose only prose sits in elements marked as comments (a list of short
    reviews, a 豆列 whose notes the list's author wrote as 评语) has them for its text: with
    under ``_NO_ARTICLE`` characters of prose anywhere else, five remarks or more (a sentence
    each, no time stamp: a signature line stays dropped) are no longer comments, and the rest of
    their boxes is dropped as a widget's.  Whether it did."""
    if sum(prose(it) for it in items if not it.reason) >= _NO_ARTICLE:
        return False
    remarks = [it for it in items
               if it.reason == "comments" and it.punct and it.length >= 8 and not TIME.search(it.text)]
    if len(remarks) < _REMARKS or sum(it.length for it in remarks) < _REMARKS_TEXT:
        return False
    boxes = {eid for it in remarks for eid, reason in it.block.hints if reason == "comments"}
    kept = {id(it) for it in remarks}
    for it in items:
        if it.reason == "comments" or (it.reason == "footer" and any(eid in boxes for eid, _ in it.block.hints)):
            # (what else the remarks' boxes hold, a signature, a reply button, its footer row,
            # ends nothing: it is no thread)
            it.reason = "" if id(it) in kept else "widget"
    return True


_STUB_LINES = 3  # the most lines of a post too short for any region
_STUB_LINE = 200  # the longest of them


def stub_under_headline(items: list[Item], title_idx: int, start: int, end: int) -> tuple[int, int]:
    """HTML, when no run of blocks makes a region (a post of one line, 下拉刷新控件, under its
    headline and a blog's huge menus): the lines right under the headline with no drop reason,
    three at most, each in the headline's own container, are the post; else (start, end) as
    they were."""
    box = items[title_idx].block.path[:-1]
    k = title_idx + 1
    while (k < len(items) and k - title_idx <= _STUB_LINES and not items[k].reason
           and items[k].length <= _STUB_LINE and items[k].block.path[:len(box)] == box):
        k += 1
    return (title_idx + 1, k - 1) if k > title_idx + 1 else (start, end)


def damp_reply_lists(items: list[Item]) -> None:
    """Three or more lines in a row opening with ``Re:`` (a blog's recent comments, Re: 五月近況, by
    某某 (Jun 1), or a thread's reply titles listed together) count against a region: such a
    list names comments, it is no prose.  A thread's replies, each ``Re:`` over its text, are
    no such run."""
    for i, j in _runs(items, lambda it: bool(REPLY.match(it.text))):
        if j - i >= _REPLY_LINKS:
            for it in items[i:j]:
                it.value = min(it.value, -2.0)


def best_region(items: list[Item]) -> tuple[int, int]:
    """(start, end) of the run of blocks with the highest total value (end < start: none)."""
    best, best_s, best_e = 0.0, 0, -1
    run, start = 0.0, 0
    for i, it in enumerate(items):
        if run <= 0:
            run, start = 0.0, i
        run += it.value
        if run > best:
            best, best_s, best_e = run, start, i
    return best_s, best_e


def sole_top_heading(items: list[Item]) -> list[int]:
    """Where a markdown save's one top-level heading (``# 某某``) comes, one or more times with
    the same words; empty when there is none or there are two different ones."""
    tops = [i for i, it in enumerate(items) if it.block.heading == 1 and not it.reason]
    return tops if len({items[i].text for i in tops}) == 1 else []


def below_sole_heading(items: list[Item], start: int, end: int) -> tuple[int, int]:
    """Plain text: in a markdown save with one top-level heading (``# 某某``, one or more times,
    the same words), the post is under it: when the best region lies above it (a blog's sidebar
    of recent comments over the post's numbered steps), the best region under it, if it has any
    text; else the region as it was."""
    tops = sole_top_heading(items)
    if not tops or start > tops[-1] or not 2 <= items[tops[-1]].length <= 80:
        return start, end
    h = tops[-1]
    s, e = best_region(items[h + 1:])
    return (s + h + 1, e + h + 1) if e >= s else (start, end)


_NEXT_STORY_PROSE = 100  # the least prose under a second headline that makes it the next story's
_DATED_ROW = 60  # the longest line with a date that is a post's date row, no paragraph of its story
_STORY_DATE_REACH = 4  # the lines under the next story's headline its date row may sit in
_HEADLINE_HAN = 8  # the fewest Chinese characters of a story's headline (a post's section: SVM, 决策树)
_SECTION_TITLE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}(?:\.\d{1,2})*[、.．\s])")


def end_before_next_story(items: list[Item], title_idx: int | None, start: int, end: int) -> int:
    """HTML: the region's end moved up to just above a second ``<h1>`` below the story's prose
    that stands outside the story's own box (the article box of its first paragraph) with a
    story of its own under it: the next story an endless page appended (its headline, its
    section tag, its paragraphs); a post's own sections, even written as ``<h1>``, sit in its box."""
    if title_idx is None or items[title_idx].block.heading != 1:
        return end
    first = next((i for i in range(max(start, title_idx + 1), end + 1) if not items[i].reason and items[i].punct
                  and not (items[i].length <= _DATED_ROW and DATE.search(items[i].text))), None)
    box = _article_box(items[first].block) if first is not None else None  # (no date row: Posted on 2018-03-12 | In 某某 |)
    if box is None:
        return end
    for j in range(first + 1, end + 1):
        it = items[j]
        if (it.block.heading == 1 and it.text != items[title_idx].text and it.length <= 80
                and not _in_box(it.block, box) and (_dated_below(items, j) or _story_headline(it.text))
                and _prose_after(items, j, end) >= _NEXT_STORY_PROSE):
            k = j - 1
            while k > first and items[k].reason:
                k -= 1
            if k > first and not items[k].punct and items[k].length <= 12 and not items[k].block.heading:
                k -= 1  # (the next story's section tag above its headline: 国际)
            return k
    return end


def _dated_below(items: list[Item], j: int) -> bool:
    """Whether a date line sits within a few lines under the heading ``j`` (the next story's date
    row; a post's own sections under their <h1>s have none)."""
    return any(items[k].reason == META or (items[k].length <= _DATED_ROW and DATE.search(items[k].text))
               for k in range(j + 1, min(len(items), j + 1 + _STORY_DATE_REACH)))



def _story_headline(text: str) -> bool:
    """Whether a heading reads as a story's headline rather than a post's section (SVM, 一、环境搭建)."""
    return len(_HAN.findall(text)) >= _HEADLINE_HAN and not _SECTION_TITLE.match(text)


def _parent(b: Block):
    return b.path[-1] if b.path else None


def _same_box(a: Block, b: Block) -> bool:
    if not a.path or not b.path:
        return False
    return (a.path[:-1] == b.path[:-1] or a.path == b.path or _parent(a) == _parent(b)
            or a.path == b.path[:-1] or b.path == a.path[:-1])  # (text right in a box beside a paragraph of it)



def _hinted(b: Block, apart: set[int] = frozenset()) -> bool:
    """Whether a class/id hint (not a content one) of an ancestor says what ``b`` is; hints on
    the boxes in ``apart`` (boxes the article's own prose sits in: a tab strip's panel, a
    "gallery" slide that holds the notice) say nothing."""
    return any(reason != CONTENT and eid not in apart for eid, reason in b.hints)


_BROKEN_LINE = re.compile(r"^[\u4e00-\u9fff\d][^。！？；：!?;:#＃@|｜]{5,29}$")  # a short line of prose, no sentence end
_BROKEN_RUN = 3  # the fewest such lines that make a story told in broken lines


def _broken_lines_above(items: list[Item], start: int, reach: int = 12) -> int:
    """Plain text: how many lines right above the region belong to it: a story told in short
    broken lines (3日，北京天安门广场 / 一男子为了让父亲看升旗仪式 / …), three or more of them with
    no drop reason, right under the article's source line (（原标题：…）, 来源：…); else 0."""
    k = start
    while k > 0 and start - k < reach:
        prev = items[k - 1]
        if prev.reason or prev.credit or not _BROKEN_LINE.match(prev.text):
            break
        k -= 1
    if start - k < _BROKEN_RUN or k == 0:
        return 0
    above = items[k - 1]
    return start - k if above.reason == "source" else 0  # (under a date line they may be the headline's decks)


def widen(items: list[Item], start: int, end: int, form: str) -> tuple[int, int]:
    """Widen the region over short lines of the same container (HTML), or over
    a dateline before it and a reporter credit after it (text)."""
    if end < start:
        return start, end
    while start > 0:
        prev, first = items[start - 1], items[start]
        if prev.reason or prev.block.heading:
            break
        if form == "html":
            if not _same_box(prev.block, first.block) or prev.length > 200:
                break
        elif not _DATELINE.match(prev.text):
            lines = _broken_lines_above(items, start)
            if lines:
                start -= lines
            break
        start -= 1
    while end + 1 < len(items):
        nxt, last = items[end + 1], items[end]
        if nxt.reason or nxt.block.heading:
            break
        if form == "html":
            if not _same_box(nxt.block, last.block):
                break
            if nxt.punct == 0 and nxt.length > 30 and not nxt.credit:
                break
        elif not nxt.credit:
            break
        end += 1
    if form == "html":
        end = _rest_of_box(items, start, end)
        start, end = _whole_box(items, start, end)
    return start, end


_BOX_SHARE = 3  # a region with under a third of its article box's own text is only a piece of it
_BOX_ENDS = frozenset({"comments", "related", "footer", "copyright"})  # what no article box holds
_BOX_ABOVE = 200  # the least text between a box's headline and the region that the region reaches up over


def _whole_box(items: list[Item], start: int, end: int) -> tuple[int, int]:
    """The region grown to its article box (the innermost content-hinted element around both
    its ends) when it is short and holds under a third of the box's own text (lines with no
    drop reason and little link text): a post made of a terminal session or a listing's output
    lines (SYSDATE / 15-AUG-11 / SQL> …) under one sentence, whose short lines each weigh against
    a region.  A region of any length reaches up to the headline that opens its box when some of
    the box's text lies between them (a cheat sheet of headed command lists and tables under
    the ``<h1>``).  Not when the box also holds a comment thread, a related list or a footer (a
    page-wide wrapper)."""
    box = _article_box(items[start].block)
    if box is None or box != _article_box(items[end].block):
        return start, end
    own = sum(items[i].length for i in range(start, end + 1) if not items[i].reason)
    lo, hi = start, end
    while lo > 0 and _in_box(items[lo - 1].block, box):
        lo -= 1
    while hi + 1 < len(items) and _in_box(items[hi + 1].block, box):
        hi += 1
    if any(items[i].reason in _BOX_ENDS or items[i].header for i in range(lo, hi + 1)):
        return start, end
    kept = [i for i in range(lo, hi + 1) if not items[i].reason and items[i].block.link_chars * 2 <= items[i].length]
    if not kept:
        return start, end
    if own <= _SHORT_OPENING and sum(items[i].length for i in kept) >= _BOX_SHARE * own:
        return min(kept[0], start), max(kept[-1], end)
    above = [i for i in kept if lo < i < start]
    if items[lo].block.heading == 1 and not items[lo].reason and sum(items[i].length for i in above) >= _BOX_ABOVE:
        return above[0], end  # the box opens with the page's headline, and some of its text lies between
        # them: the region reaches up to it (a cheat sheet of headed lists and tables, each line weighing
        # against a region; a caption or a byline under the headline is no such text)
    return start, end


_SHORT_OPENING = 200  # the most text of a region that may be only a list post's opening


def _rest_of_box(items: list[Item], start: int, end: int) -> int:
    """The end of the region over the rest of the article's own container (a content-hinted box
    both ends of the region sit in) when the region is short: a post made of headings and short
    list items under an opening sentence or two.  Lines with no drop reason and little link text are taken; share buttons
    (微信 as a list item) are passed over; any other drop reason, a section header, a linked
    line, a table's cell (:func:`reach_past_tables` decides on tables) or the box's end stops it."""
    box = _article_box(items[end].block)
    if box is None or box != _article_box(items[start].block) or sum(
            items[i].length for i in range(start, end + 1) if not items[i].reason) > _SHORT_OPENING:
        return end  # (a region of some length is the post: what follows it is the page's, not lists of it)
    j, last = end + 1, end
    while j < len(items) and _in_box(items[j].block, box):
        it = items[j]
        if it.header or (it.reason and it.reason != "share") or it.block.link_chars * 2 > len(it.text) or it.block.table:
            break
        if not it.reason:
            last = j
        j += 1
    return last


_ANNOUNCES = ("：", ":")  # a line ending so announces what follows (选择策略还有：)
_ANNOUNCE_LEAST = 12  # the shortest such line: a sentence with a clause, not a link's label (点击进入专题：)


def _announces(it: Item) -> bool:
    """A sentence of prose that ends with a colon (…，常见的选择策略还有：): it announces a list."""
    return it.text.endswith(_ANNOUNCES) and it.length >= _ANNOUNCE_LEAST and it.punct >= 2


_ANNOUNCED_MAX = 40  # the most characters of a line of the list it announces
_ANNOUNCED_REACH = 12  # the most lines of that list


def reach_announced_list(items: list[Item], start: int, end: int) -> int:
    """The region's end moved down over the list its last line announces (…选择策略还有： over
    分级选择法 / 锦标赛选择法 / …): short lines without a drop reason right under it (in HTML
    inside the same article container), up to the first line that is none; returns the end."""
    if end < start or not _announces(items[end]):
        return end
    box = _article_box(items[end].block)
    k = end + 1
    while k < len(items) and k - end <= _ANNOUNCED_REACH:
        it = items[k]
        if it.reason or it.length > _ANNOUNCED_MAX or it.block.heading or _article_box(it.block) != box:
            break
        k += 1
    return k - 1


_LINK_LIST = 3  # the fewest link lines of a list the article introduces
_LINK_LINE = 60  # the most characters of such a line (a link's title)


def keep_introduced_links(items: list[Item], start: int, end: int) -> None:
    """HTML: a list of links the article itself introduces (可以选择自己感兴趣的进行阅读。 over
    its reading list, 可以点击下面的链接： over awesome-c / awesome-java / …) stays: three or
    more short link lines (titles: no full stop, which a gallery's linked captions have) right
    under a kept sentence of prose and right above more of it, all in the one article container
    (a related box has a box of its own, and a header that is dropped, 相关阅读：, introduces
    nothing)."""
    i = start
    while i <= end:
        if items[i].reason != LINKS:
            i += 1
            continue
        j = i
        while j <= end and items[j].reason == LINKS and items[j].length <= _LINK_LINE and "。" not in items[j].text:
            j += 1
        above, below = items[i - 1] if i > start else None, items[j] if j <= end else None
        if (j - i >= _LINK_LIST and above is not None and below is not None
                and not above.reason and above.punct and not below.reason and below.punct
                and _article_box(above.block) is not None
                and all(_article_box(it.block) == _article_box(above.block) for it in items[i:j + 1])):
            for it in items[i:j]:
                it.reason = ""
        i = max(j, i + 1)


def keep_section_numbers(items: list[Item], start: int, end: int) -> int:
    """HTML: a post's section numbers alone on their lines (1, 2, 3 … or 01, 02 …: a WeChat article's
    section marks), dropped as counters, stay when the region holds them in order from one (the
    first may sit right above the region), two or more of them, each with a paragraph of prose
    before the next (a page's number or a count of likes comes alone); returns the start."""
    lo = start - 1 if start > 0 and _counter(items[start - 1]) else start
    found = [i for i in range(lo, end + 1) if _counter(items[i])]
    run = [i for k, i in enumerate(found) if int(items[i].text) == k + 1]
    if len(run) < 2 or len(run) != len(found):
        return start
    bounds = run + [end + 1]
    if not all(any(not items[j].reason and items[j].punct for j in range(a + 1, b)) for a, b in zip(bounds, bounds[1:])):
        return start
    for i in run:
        items[i].reason = ""
    return min(start, run[0])


def _counter(it: Item) -> bool:
    return it.reason == "counter" and it.text.strip().isdigit()


_NUMERALS = "一二三四五六七八九十"
# （三）政治学8人, 二、免初试考生: a numbered section's heading (its style, its numeral)
_SECTION_NUMBER = re.compile(r"^(?:([（(])([一二三四五六七八九十])[）)]|([一二三四五六七八九十])、)")
_NUMBERED_REACH = 40  # lines above the region its first sections may take


def _section_number(text: str) -> tuple[str, int] | None:
    m = _SECTION_NUMBER.match(text)
    if not m:
        return None
    return ("（）", _NUMERALS.index(m.group(2)) + 1) if m.group(1) else ("、", _NUMERALS.index(m.group(3)) + 1)


def reach_numbered_sections(items: list[Item], start: int, end: int) -> int:
    """The region's start moved up over the first sections of a numbered document whose later
    sections it holds (a notice's lists of names under 一、 / （一） / （二） / （三） above the
    region's （四）, （五）, 二、): each heading above continues the numbering down (the one after
    it is in the region or already taken; the lowest of a sublevel the region has none of
    opens that count), the lines between have no drop reason (a table's cells of data may read as
    counts)."""
    if end < start:
        return start
    seen = {_section_number(items[i].text) for i in range(start, end + 1)} - {None}
    if not seen:
        return start
    top, j, lines = start, start - 1, 0
    while j >= 0 and lines < _NUMBERED_REACH and (
            not items[j].reason or (items[j].block.table and items[j].reason in _CELL_DROPS)):
        lines += not items[j].block.table  # (a section's table of data, a number a cell, counts as one)
        number = _section_number(items[j].text)
        if number is not None:
            style, k = number
            if (style, k + 1) not in seen and any(st == style for st, _ in seen):
                break  # (the first heading of a style not in the region: a sublevel of a section it holds)
            seen.add(number)
            top = j
        j -= 1
    return top


_LIST_NUMBER = re.compile(r"^(\d{1,3})(?:\s*[.．、)）]\s*|\s+)(?=\S)")  # 1 慕容雪 -- 某某, 12. 某某, 3、某某
_NUMBERED_LIST = 10  # the fewest items of a numbered list that is a post of its own
_LIST_DROPS = frozenset({"navigation", "links", "counter", "related"})  # what a list's item may read as alone


def reach_numbered_list(items: list[Item], start: int, end: int) -> tuple[int, int]:
    """HTML: a post that is a numbered list (1 慕容雪 -- 某某 … 123 我不要被你記住 -- 某某: a blog's list
    of songs, books or places), ten items or more numbered one after another, no link in them, in
    one box: the region covers the whole list, each item kept (an item of Latin words alone reads
    as a menu, its short items weigh against any region); when the region opens inside such a
    list and ends in it, or when there is no region and such a list is on the page."""
    if end < start:
        runs = [_numbered_run(items, k) for k in range(len(items)) if _list_number(items[k]) == 1]
        lo, hi = max(runs, key=lambda r: r[1] - r[0], default=(start, end))
    elif _list_number(items[start]) is not None:
        lo, hi = _numbered_run(items, start)
        if hi < end:
            return start, end
    else:
        return start, end
    if hi - lo + 1 < _NUMBERED_LIST:
        return start, end
    for k in range(lo, hi + 1):
        items[k].reason, items[k].value = None, max(items[k].value, 0.0)
    return lo, hi


def _list_number(it: Item) -> int | None:
    """The number of a numbered list's item (no link in it, kept or dropped as a menu or a count alone)."""
    m = _LIST_NUMBER.match(it.text)
    if m is None or it.block.link_chars or (it.reason and it.reason not in _LIST_DROPS):
        return None
    return int(m.group(1))


def _numbered_run(items: list[Item], k: int) -> tuple[int, int]:
    """The lines around ``k`` numbered one after another in ``k``'s box."""
    box, number = items[k].block.path[:-1], _list_number(items[k])
    lo, n = k, number
    while lo > 0 and items[lo - 1].block.path[:-1] == box and _list_number(items[lo - 1]) == n - 1:
        lo, n = lo - 1, n - 1
    hi, n = k, number
    while hi + 1 < len(items) and items[hi + 1].block.path[:-1] == box and _list_number(items[hi + 1]) == n + 1:
        hi, n = hi + 1, n + 1
    return lo, hi


# what may sit between a story's lead and the rest (a photo and its caption too)
_INSERTS = frozenset({"ad", "widget", "hidden", "gallery", "caption"})


def _article_box(b: Block) -> int | None:
    """The innermost article container (``<article>``, ``class="content"``) around ``b``, or None."""
    return next((eid for eid, reason in reversed(b.hints) if reason == CONTENT), None)


def _in_box(b: Block, box: int) -> bool:
    """Whether ``b`` sits inside the hinted element ``box``."""
    return any(eid == box for eid, _ in b.hints)


def reach_over_inserts(items: list[Item], start: int, end: int) -> int:
    """HTML: the region's start moved up over an ad slot, a video player or a gallery inside the
    article's own container to the lead paragraphs above it (a story whose first paragraph sits
    above an in-article player and its playlist)."""
    if end < start:
        return start
    box = _article_box(items[start].block)
    if box is None:
        return start
    k, skipped, lead = start - 1, False, False
    while k >= 0:
        it = items[k]
        if all(eid != box for eid, _ in it.block.hints):
            break
        if it.reason in _INSERTS or (it.reason in _ENTRY_ASIDES and not lead):
            skipped = True
        elif not lead and ((it.reason == LINKS and EDIT_WORD.match(it.text)) or (not it.reason and it.block.heading)):
            pass  # an entry's first section heading and its edit link (张三简介 / 编辑) under the summary
        elif it.reason or it.block.heading:
            break
        elif skipped and it.punct and it.length >= 20:
            start, lead = k, True  # prose of the same article container above the insert
        else:
            break
        k -= 1
    return start


_ENTRY_ASIDES = frozenset({"sidebar", "navigation"})  # an encyclopedia entry's infobox and contents between its summary and body
_INFOBOX_LINES = 3  # the fewest lines of an entry's box of facts between its summary and its sections
_SUMMARY_REACH = 120  # the most lines between the sections and the summary (an infobox of many fields)


_EDIT_SUMMARY = re.compile(r"^(?:编辑摘要|編輯摘要)$")  # 互动百科's link under an entry's summary
_SECTION_HEAD = 40  # the most characters of the first section's heading between the contents and the region


def reach_entry_summary(items: list[Item], start: int, end: int) -> int:
    """HTML: an encyclopedia entry whose summary sits in another container than its sections
    (搜狗百科: the summary, then the box of facts and the contents, then 1人物简介 / 编辑 and the
    first section): the region's start moved up to the summary over the first section's heading
    and edit link, the box of facts (three lines or more dropped as a sidebar, with hidden
    fields among them) and the contents (dropped as navigation), to the paragraphs of prose
    right above them; else the start as it was."""
    if end < start:
        return start
    k, infobox, contents = start - 1, 0, 0
    while k >= 0 and start - k <= _SUMMARY_REACH:
        it = items[k]
        if it.reason == "sidebar" or it.reason == HIDDEN:
            infobox += it.reason == "sidebar"  # (hidden fields among the facts; a hidden copy of the contents)
        elif not it.reason and it.block.heading and not infobox and not contents and it.length <= _SECTION_HEAD:
            pass  # the first section's heading (简介/某某 编辑)
        elif it.reason == "navigation":
            contents += 1
        elif it.reason == LINKS and (EDIT_WORD.match(it.text) or not infobox or _EDIT_SUMMARY.match(it.text)):
            pass  # (the first section's heading and its edit link; the summary's own edit link under it)
        else:
            break
        k -= 1
    if infobox < _INFOBOX_LINES or not contents or k < 0:
        return start
    top = k
    while top >= 0 and not items[top].reason and items[top].punct and items[top].length >= 20:
        top -= 1
    return top + 1 if top < k else start


_IN_POST = frozenset({LINKS, GUTTER})  # dropped lines a post's opening may hold (a linked reference, line numbers)


def reach_post_top(items: list[Item], start: int, end: int, title_idx: int | None) -> int:
    """HTML: the region's start moved up inside the post's own container (the innermost article
    container around its first line, ``<div class="post-body">``) when that container opens under
    the headline, over what a post opens with and a region of prose leaves out: a subheading of a
    lower rank than the headline (``<h2>一、简介</h2>`` under an ``<h1>``), a code listing with its
    line numbers, and the short lines that introduce a code listing (安装 某某 over its command).
    A linked reference among them stays dropped and ends nothing; any other dropped line (a
    byline, a menu), a table's cell (a code listing's aside) and the container's edge stop it.  The container must not hold
    the headline (a page-wide wrapper), and short lines with no code listing under them (a
    poem's epigraph, a deck repeating the headline) stay out."""
    if end < start or title_idx is None or title_idx >= start:
        return start
    box = _article_box(items[start].block)
    level = items[title_idx].block.heading
    if box is None or _in_box(items[title_idx].block, box):
        return start
    top, k, code = start, start - 1, False
    while k > title_idx:
        it = items[k]
        b = it.block
        if all(eid != box for eid, _ in b.hints) or (it.reason and it.reason not in _IN_POST) or (b.table and not b.code):
            break
        code = code or b.code
        if not it.reason and (b.code or code or (level and b.heading > level)):
            top = k
        k -= 1
    return top


_TABLE_HEAD = 30  # the most characters of a table's heading or a subhead between the table and the prose after it
_PAST_TABLE = frozenset({"navigation", *_INSERTS})  # dropped lines a table may bring along (a product name of A·B·C)


_TABLE_CELLS = 4  # the fewest cells of a table of data
_TABLE_REACH = 3  # the most lines (a subhead, a sentence announcing the table) between it and the prose
_CELL_DROPS = frozenset({"counter", "symbols"})  # what a cell of data may read as (1000, 3, —)
_WORDED_CELL = 6  # the Chinese characters a cell holds on average in a table that describes (米人米展 / 多元米品種展覽…)


# 5楼, 第12楼, 14楼2021-11-27 22:41, #3: a post's floor number in a thread's post bar
_FLOOR = re.compile(r"(?:^|[^\d#])(?:第\s*)?(\d{1,4})\s*(?:楼|樓)(?!主)|^#\s*(\d{1,4})\b")
_FLOORS = 3  # the fewest numbered post bars, in order, that make a thread


def bridge_thread(items: list[Item]) -> None:
    """HTML: a forum thread (three or more dropped post bars numbering their floors in order,
    3楼 … 5楼 … 12楼, with the posts' own text between them kept) counts each post's chrome
    between its first and last bar (the poster's name, rank and toolbar) for nothing, so the
    replies, one line each, make one region with the first post instead of as many short ones;
    the chrome itself stays dropped."""
    bars: list[int] = []
    last = 0
    for i, it in enumerate(items):
        m = _FLOOR.search(it.text) if it.reason and it.length <= 60 else None
        if m is not None:
            floor = int(m.group(1) or m.group(2))
            if floor > last:
                bars.append(i)
                last = floor
    if len(bars) < _FLOORS:
        return
    posts = sum(1 for a, b in zip(bars, bars[1:]) if any(not items[k].reason and items[k].length >= 2 for k in range(a + 1, b)))
    if posts < _FLOORS - 1:
        return  # (a blog's comments, their text dropped with their box: no thread of kept posts)
    for k in range(bars[0], bars[-1] + 1):
        if items[k].reason:
            items[k].value = max(items[k].value, 0.0)


def bridge_data_tables(items: list[Item]) -> None:
    """HTML: a table of data set between two paragraphs of prose (an encyclopedia's example
    table, a ranking inside a story) counts for nothing, neither for a region nor against it:
    its short cells would otherwise split the article in two.  Its cells are data, not sentences
    of the article: dropped (reason ``table``), as :func:`reach_past_tables` drops a table it
    reaches past; but a table whose cells are words (six Chinese characters a cell on average: a
    notice's programme, 米人米展 / 多元米品種展覽…) is the article's, its cells kept.  A table of data has four cells or more, hardly any of them a sentence (20
    characters with punctuation) and under half of its text in links, and prose sits within a
    few lines above and below it."""
    tables: dict[int, list[int]] = {}
    for i, it in enumerate(items):
        if it.block.table:
            tables.setdefault(it.block.table, []).append(i)
    for cells in tables.values():
        first, last = cells[0], cells[-1]
        if len(cells) < _TABLE_CELLS or last - first + 1 != len(cells):
            continue  # (a table whose cells are not one run of lines: nested, or the page's layout)
        text = sum(items[i].length for i in cells)
        links = sum(items[i].block.link_chars for i in cells)
        sentences = sum(1 for i in cells if items[i].punct and items[i].length >= 20)
        if links * 2 >= text or sentences * 4 > len(cells) or any(items[i].block.code for i in cells):
            continue  # (a highlighter's table of a code listing and its line numbers is the post's code)
        if not (_prose_near(items, range(first - 1, max(-1, first - 1 - _TABLE_REACH), -1))
                and _prose_near(items, range(last + 1, min(len(items), last + 1 + _TABLE_REACH)))):
            continue
        worded = _worded([items[i] for i in cells])
        for i in cells:
            it = items[i]
            if worded:
                it.value = max(it.value, 0.0)  # (a notice's programme in a table: its lines, kept)
            elif not it.reason or it.reason in _CELL_DROPS:
                it.reason, it.value = it.reason or "table", 0.0


_RECORD_ROWS = 3  # the fewest rows of a table that is the page's record
_RECORD_CELL_SHARE = 0.5  # the most of such a table's text one cell holds (a layout table's article cell holds it all)
_RECORD_DROPS = frozenset({"counter", SYMBOLS, META, "table"})  # what a record's cell may read as: 1, —, 2024年7月8日


def record_table(items: list[Item], start: int, end: int) -> tuple[int, int]:
    """HTML: a page whose text is one table of record (a regulator's penalty notice made in a word
    processor: 序号 / 当事人名称 / 行政处罚决定书文号 …, or rows of a label and its value): the
    region is the whole table, each of its cells kept: a row's number, a document's number and a
    date are the record's data there, not a counter, a source line or a dateline.

    Only when the region opens in a cell of a table whose lines are one run (no table
    nested in it), of three rows or more, two thirds of them of two cells or more, no cell holding
    half of its text (a page laid out in a table: its article cell holds it all), under a quarter
    of its text in links, and no prose (a sentence of 20 characters) next to it outside it: a table
    among an article's paragraphs is the article's, see :func:`bridge_data_tables`."""
    if end < start:
        return start, end
    table = items[start].block.table
    if not table:
        return start, end
    first, last = start, start
    while first > 0 and items[first - 1].block.table == table:
        first -= 1
    while last + 1 < len(items) and items[last + 1].block.table == table:
        last += 1
    if any(it.block.table == table for it in items[:first]) or any(it.block.table == table for it in items[last + 1:]):
        return start, end
    rows: dict[int, dict[int, int]] = {}
    for k in range(first, last + 1):
        b = items[k].block
        if not b.row:
            return start, end
        at = b.path.index(b.row) + 1
        cell = b.path[at] if at < len(b.path) else 0
        cells = rows.setdefault(b.row, {})
        cells[cell] = cells.get(cell, 0) + items[k].length
    text = sum(items[k].length for k in range(first, last + 1))
    if (len(rows) < _RECORD_ROWS or 3 * sum(1 for cells in rows.values() if len(cells) >= 2) < 2 * len(rows)
            or max(n for cells in rows.values() for n in cells.values()) > _RECORD_CELL_SHARE * text
            or 4 * sum(items[k].block.link_chars for k in range(first, last + 1)) >= text
            or _prose_beside(items, first - 1, -1) or _prose_beside(items, last + 1, 1)):
        return start, end
    for k in range(first, last + 1):
        it = items[k]
        if not it.reason or it.reason in _RECORD_DROPS:
            it.reason, it.value = None, max(it.value, 0.0)
    return first, last


def _prose_beside(items: list[Item], k: int, step: int) -> bool:
    """Whether the first shown line from ``k`` on (in the direction ``step``) is kept prose."""
    while 0 <= k < len(items) and items[k].reason == HIDDEN:
        k += step
    return 0 <= k < len(items) and not items[k].reason and items[k].punct > 0 and items[k].length >= 20


def _worded(cells: list[Item]) -> bool:
    """Whether a table's cells are words, not data: six Chinese characters a cell on average (names,
    numbers and codes run shorter)."""
    return sum(len(_HAN.findall(it.text)) for it in cells) >= _WORDED_CELL * len(cells)


def _prose_near(items: list[Item], span: range) -> bool:
    """Whether a line of prose (20 characters or more with punctuation, outside any table) or of
    a code listing sits among the lines of ``span``, with only short lines or dropped ones before it."""
    for k in span:
        it = items[k]
        if it.block.table:
            return False
        if not it.reason and (it.punct and it.length >= 20 or it.block.code):
            return True  # (a code listing of the post counts as its text: the query over its result table)
        if it.reason in ("navigation", LINKS) or it.length > _TABLE_HEAD:
            return False
    return False


def reach_past_tables(items: list[Item], start: int, end: int) -> int:
    """HTML: the region's end moved down over a table of data inside the article's own container
    to the prose after it (a ranking table of short cells, its heading, then the article's
    closing paragraphs: the table's cells weigh against a region and split the article).

    Only when the region's last block sits outside any table (a page laid out in tables is
    left alone), a table follows inside the same article container, and prose (a sentence of
    20 characters or more) of that container follows the table; the region then runs on over
    that container's kept blocks.  The table's cells are dropped (reason ``table``): they are
    the data the region was cut at, not sentences of the article, unless they are words
    (:func:`_worded`: a notice's programme) (a table inside the region,
    among the article's paragraphs, is kept as before)."""
    if end < start or items[end].block.table:
        return end
    box = _article_box(items[end].block)
    if box is None:
        return end
    k, table, resumed = end + 1, False, False
    cells: list[Item] = []
    while k < len(items):
        it = items[k]
        if all(eid != box for eid, _ in it.block.hints):
            break
        if it.block.table:
            table = True
            cells.append(it)
        elif it.reason in _PAST_TABLE:
            pass  # an ad slot, a product name read as a menu
        elif not it.reason and (table or resumed) and it.punct and it.length >= 20:
            end, table, resumed = k, False, True  # the article goes on after the table
            if not _worded(cells):
                for c in cells:
                    c.reason = c.reason or "table"
            cells = []
        elif not it.reason and not it.punct and it.length <= _TABLE_HEAD:
            pass  # a subhead, the table's heading
        elif resumed and not it.reason:
            end = k
        else:
            break
        k += 1
    return end


_ANSWER_COUNT = re.compile(r"\d+\s*(?:个|個)回答")  # 查看全部 621 个回答: a question-and-answer page
_ANSWER_BAR = re.compile(r"(?:编辑于|編輯於|发布于|發布於|發佈於)\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")  # an answer's toolbar
_MORE_ANSWERS = ("更多回答", "查看更多回答", "其他回答")
_VOTERS = re.compile(r"(?:等人|人)(?:赞同|贊同)(?:了该回答|了該回答)?$")  # 甲、乙、丙 等人赞同: over the answer, under its author
_ANSWER_REACH = 4  # blocks after the comment bar the answer count may sit


def answer_region(items: list[Item], start: int, end: int) -> tuple[int, int] | None:
    """On a question-and-answer page (an answer count, 查看全部 621 个回答, right under the
    question's comment bar), the first answer, when it is at least twice as long as the
    question's description: (its first block, its last block before its toolbar or 更多回答);
    else None.  The answer, not the question's description nor the comments, is the article."""
    asked = 0  # prose of the question's description
    for h in range(start, end + 1):
        it = items[h]
        if it.header == "comments" and asked:
            if not any(_ANSWER_COUNT.search(items[k].text) for k in range(h, min(end + 1, h + _ANSWER_REACH + 1))):
                return None
            voters = next((k for k in range(h + 1, min(end + 1, h + 2 + _ANSWER_REACH)) if _VOTERS.search(items[k].text)), h)
            first = next((k for k in range(voters + 1, end + 1) if not items[k].reason and items[k].punct
                          and not _ANSWER_COUNT.search(items[k].text)), None)
            if first is None:
                return None
            last = next((k for k in range(first, end + 1)
                         if _ANSWER_BAR.search(items[k].text) or items[k].text.strip() in _MORE_ANSWERS), end + 1) - 1
            answer = sum(prose(items[k]) for k in range(first, last + 1) if not items[k].reason)
            return (first, last) if answer >= 2 * asked else None
        if not it.reason:
            asked += prose(it)
    return None


_ABOVE = re.compile(r"^[（(【\[]?(?:以上内容|以上內容|上述内容|上述內容|以上文章|以上文字)")  # a notice on the content above it


def cut_sections(items: list[Item], start: int, end: int, form: str) -> None:
    """End the article at a comments, footer or copyright section inside the region, or at a
    platform's notice on the content above it (以上内容…由用户上传).  A footer line (主辦單位：…)
    inside the very box the article's prose sits in ends nothing: it is a line of the notice.
    A header that is a section's name in brackets among three or more of that shape (【城市留言板】
    among 【天 下】, 【历史印记】 of a morning digest) is a section of the article.  On a thread
    whose starter tells a story floor by floor (as much again of prose under 楼主：某某 bars below
    the first replies as above them), replies and their comment boxes end nothing: they stay
    dropped, the starter's posts go on.

    A related-list header ends it only when less prose follows it than came
    before (a related box in mid-article is skipped over; in a text save, when whole paragraphs
    go on under it, :func:`_goes_on`), or when a stream of teasers follows it (headlines, each
    with a summary).
    """
    prose_before = 0
    boxes: set[int] = set()  # the hinted boxes the article's prose so far sits in
    sections = sum(1 for j in range(start, end + 1) if _SECTION_TAG.match(items[j].text))
    cut_reason = None
    serial = False  # the thread starter's posts go on under the first post's replies
    signatures = _comment_signatures(items, start, end)
    for i in range(start, end + 1):
        it = items[i]
        if i in signatures and prose_before and not cut_reason:
            if form == "html" and (serial or _op_posts(items, i, end) >= _POSTS_AFTER * prose_before):
                serial = True
            else:
                cut_reason = it.reason = "comments"
                continue
        if cut_reason:
            if it.header:
                cut_reason = it.header  # a new trailing section starts
                it.reason = it.reason or it.header
            elif not it.reason:
                it.reason = cut_reason
            continue
        if prose_before and it.reason == "notice" and _ABOVE.match(it.text):
            cut_reason = "notice"  # 以上内容…为用户上传: the platform's word on the article ends it
            continue
        if prose_before and (it.header or (it.reason in ("comments", "footer") and _hinted(it.block, boxes))):
            reason = it.header or it.reason
            if not it.header and reason == "comments" and _widget_alone(items, i, end):
                continue  # a comment widget's button after each paragraph (+): the article goes on
            if form == "text" and it.header == "comments" and _in_toolbar(items, i) and _prose_after(items, i, end) >= _TOOLBAR_AFTER * prose_before:
                it.reason = "share"
                continue  # 评论 among 字号 / 打印 / 电邮 / 收藏 over the story: a toolbar's button, no thread under it
            box = _article_box(it.block) if form == "html" and not it.header and reason == "footer" else None
            if box is not None and _prose_after(items, i, end, box) >= prose_before:
                continue  # a box hinted as a footer inside the article's box (a share panel's copy-link
                # line) with as much of the article's prose again under it: the article goes on
            if form == "html" and reason == "comments" and (
                    serial or _op_posts(items, i, end) >= _POSTS_AFTER * prose_before):
                serial = True  # a post's toolbar or its replies (举报 | 3楼 | 打赏 | 回复, 剩余 15 条评论) over as
                continue  # much again of the thread starter's own posts: a story told floor by floor goes on
            if it.header and _SECTION_TAG.match(it.text) and sections > _SECTION_TAGS:
                it.reason = ""  # 【城市留言板】 among 【天 下】, 【历史印记】: a digest's section, not its comments
                continue
            if form == "html" and reason == "notice" and it.header and _prose_after(items, i, end) >= _AFTER_END:
                continue  # an end mark (完。) with whole answers under it: one answer's end among several (in a
                # text save, with no boxes to tell comments and lists by, it ends the story as before)
            if reason == "related" and not _stream(items, i + 1, end):
                after = _prose_after(items, i, end)
                # HTML: a related box in mid-article; text: a header above most of the article, or
                # above as much again of paragraphs that go on with it (a save's 推薦 link in mid-story)
                if after >= (0.5 if form == "html" else 4.0) * prose_before or (
                        form != "html" and after >= prose_before and _goes_on(items, i + 1, end)) or (
                        form == "html" and _prose_under(items, i, end)):
                    continue
            cut_reason = reason
            it.reason = it.reason or reason
            continue
        if not it.reason:
            prose_before += prose(it)
            if prose(it):
                boxes.update(eid for eid, reason in it.block.hints if reason != CONTENT)


def _prose_after(items: list[Item], i: int, end: int, box: int | None = None) -> int:
    """The prose of the kept lines under line ``i``, down to ``end`` (inside the box ``box`` if given)."""
    return sum(prose(items[j]) for j in range(i + 1, end + 1)
               if not items[j].reason and (box is None or _in_box(items[j].block, box)))


# 楼主：某某 时间：2017-03-24 20:54:36, 樓主 某某 發表於 …: a post's bar that marks it as the thread starter's
_OP_BAR = re.compile(r"^\s*(?:楼主|樓主|LZ)\s*[:：]?\s*\S")


def _op_posts(items: list[Item], i: int, end: int) -> int:
    """The prose under line ``i``, down to ``end``, of the posts whose bar marks them as the thread
    starter's (楼主：某某 时间：…): the kept lines between such a bar and the next dropped bar."""
    total, inside = 0, False
    for j in range(i + 1, end + 1):
        it = items[j]
        if it.reason == META:
            inside = bool(_OP_BAR.match(it.text))
        elif inside and not it.reason:
            total += prose(it)
    return total


_TOOLBAR_WORD = 4  # the longest word of a toolbar's button
_TOOLBAR_AFTER = 3  # how many times the prose above it the story has under a toolbar
_TOOLBAR_BELOW_DATE = 3  # the most lines between the story's date line and its toolbar (the headline, a byline)
TOOLBAR_BUTTONS = frozenset({"share", "print", "widget"})  # what a toolbar's buttons read as


def _in_toolbar(items: list[Item], i: int) -> bool:
    """Whether the header word at ``i`` (评论) is a button of the story's toolbar broken over lines:
    a short word with a share, print or font-size button right above or below it, in a run of
    such buttons and words that opens a few lines under the story's date line (字号 最大 … 评论 打印
    电邮 收藏 under 2015年05月15日 17:35; a post's 点赞 收藏 评论 under its text is no such toolbar)."""
    if items[i].length > _TOOLBAR_WORD or not any(
            0 <= j < len(items) and items[j].reason in TOOLBAR_BUTTONS for j in (i - 1, i + 1)):
        return False
    k = i - 1
    while k >= 0 and (items[k].reason in TOOLBAR_BUTTONS or items[k].reason == "counter"
                      or (not items[k].reason and items[k].length <= _TOOLBAR_WORD)):
        k -= 1
    return any(items[j].reason == META for j in range(max(0, k - _TOOLBAR_BELOW_DATE + 1), k + 1))


def _widget_alone(items: list[Item], i: int, end: int) -> bool:
    """Whether the comments-marked block ``i`` stands alone: the next line of prose under it sits
    outside the element that marks it (a plug-in's comment button after a paragraph), where a
    thread's comments sit inside their thread's box."""
    marks = {eid for eid, reason in items[i].block.hints if reason == "comments"}
    nxt = next((j for j in range(i + 1, end + 1) if not items[j].reason and prose(items[j])), None)
    return bool(marks) and nxt is not None and not any(eid in marks for eid, _ in items[nxt].block.hints)


_POSTS_AFTER = 1  # how many times the prose above it a post's toolbar has under it in a thread
_AFTER_END = 400  # the prose under an end mark (完。) that shows more posts follow on the page
_SECTION_TAG = re.compile(r"^[【〔][^】〕]{1,10}[】〕]$")  # 【天 下】, 【城市留言板】: a section's name alone in brackets
_SECTION_TAGS = 3  # more lines of that shape in the region: the sections of a digest


def _prose_under(items: list[Item], i: int, end: int, reach: int = 8) -> bool:
    """HTML: whether the related header at ``i`` (延伸阅读 over the reporter's own side piece)
    heads prose of the article's own box rather than a list: within ``reach`` lines under it no
    link line, and three or more whole paragraphs (40 characters or more, ending a sentence),
    the rest sentences or short subheadings, all in the header's article container (or none)."""
    box = _article_box(items[i].block)
    paragraphs = 0
    for it in items[i + 1:min(end, i + reach) + 1]:
        if it.reason == LINKS or _article_box(it.block) != box:
            return False
        if it.reason:
            continue
        if it.text[-1] in "。！？!?”」』":
            paragraphs += it.length >= _PARAGRAPH
        elif it.punct or it.length > _SUBHEAD:
            return False  # (a teaser's headline or a summary cut short)
    return paragraphs >= _GOES_ON


_SUBHEAD = 20  # the most characters of a subheading between such paragraphs
_GOES_ON = 3  # the paragraphs right after a related header that show the article going on
_PARAGRAPH = 40  # the least length of such a paragraph


def _goes_on(items: list[Item], start: int, end: int) -> bool:
    """Whether the article goes on under a related header: the next kept blocks are whole
    paragraphs (long, ending a sentence), not headlines or teasers cut short (…)."""
    kept = [items[j] for j in range(start, end + 1) if not items[j].reason][:_GOES_ON]
    return len(kept) == _GOES_ON and all(
        it.length >= _PARAGRAPH and it.text[-1] in "。！？!?”」』" for it in kept)


def _stream(items: list[Item], start: int, end: int) -> bool:
    """Whether the blocks from ``start`` read as a stream of teasers: every third or so a headline
    (short, no final punctuation, four Chinese characters or more), at least three of them.  A
    line announcing what follows (安裝套件於專案中：) or a bare name (JavaScript, ES6 / Babel: a
    post's subheads) is no teaser's headline."""
    if _dated_teasers(items, start, end) >= 3:
        return True
    # what follows the header (a code listing's short lines, $ npm install, are no headlines)
    kept = [items[j] for j in range(start, end + 1) if not items[j].reason and not items[j].block.code][:12]

    def head(it: Item) -> bool:  # (a line announcing what follows, 安裝套件於專案中：, is a sentence)
        return (it.length <= 40 and it.text[-1] not in FINAL and not it.text.endswith(_ANNOUNCES)
                and "。" not in it.text and len(_HAN.findall(it.text)) >= _HEAD_HAN)  # (…兩字。網圖: a caption)

    heads = [it for it in kept if head(it)]
    rest = [it.length for it in kept if not head(it)]
    if rest and sum(rest) / len(rest) > _SUMMARY:
        return False  # subheadings over long paragraphs: an article's sections, not teasers
    return len(heads) >= 3 and len(heads) >= 0.3 * len(kept)


_SUMMARY = 150  # the longest a teaser's summary runs on average
# 22日, 3小时前, 01-22, 2025-01-22: a teaser card's date alone on its line
_CARD_DATE = re.compile(r"^(?:\d{1,2}日|\d{1,2}[-/]\d{1,2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*(?:分钟|小時|小时|天)前)$")


def _dated_teasers(items: list[Item], start: int, end: int, reach: int = 24) -> int:
    """The teaser cards from ``start``: a linked headline, the summary under it and the card's
    date alone on a line (天空之眼瞰祖国… / 地处北部湾海域的… / 22日), counted."""
    count, j, stop = 0, start, min(end, start + reach)
    while j + 2 <= stop:
        head, summary, date = items[j], items[j + 1], items[j + 2]
        if (head.reason == LINKS and not summary.reason and summary.punct and date.length <= 12
                and _CARD_DATE.match(date.text.strip())):
            count, j = count + 1, j + 3
        else:
            j += 1
    return count
_HEAD_HAN = 4  # the fewest Chinese characters of a teaser's headline (JavaScript, ES6 / Babel: a post's subheads)


# 2023/08/24 20:28 alone on a line: a date and time, no name with it
_BARE_DATE = re.compile(r"[\s(（\[【]*" + DATE.pattern + r"[\s)）\]】]*")


def _comment_signatures(items: list[Item], start: int, end: int) -> set[int]:
    """Short name-and-timestamp lines after the body began, each followed by a remark.

    Two or more of them mean a comment thread without a header.  The page's first date line,
    when it is a date and time alone inside the region (2023/08/24 20:28 under a photo caption,
    above the story), is the story's own date, no signature.
    """
    found = set()
    began = False
    dated = any(it.reason == META and DATE.search(it.text) for it in items[:start])  # (a byline above the region)
    for i in range(start, end + 1):
        it = items[i]
        if not it.reason and it.punct:
            began = True
        elif (began and it.reason == META and it.length <= 30 and TIME.search(it.text)
                and i + 1 <= end and not items[i + 1].reason and items[i + 1].punct
                and (dated or not _BARE_DATE.fullmatch(it.text)) and not _quote_head(items, i)):
            found.add(i)
        if it.reason == META and DATE.search(it.text):
            dated = True
    return found if len(found) >= 2 else set()


# 原帖由 某某 于 2010-4-21 16:18 发表, 以下是引用某某在…的发言, Originally Posted by 某某: a forum post
# quoting an earlier one names it and its time; 引用:, Quote: a label over such a line
_QUOTE_HEAD = re.compile(r"原帖由|以下是引用|引用.{0,24}(?:的发言|的發言|的回复|的回覆|发表|發表)|originally posted by",
                         re.IGNORECASE)
_QUOTE_LABEL = re.compile(r"^(?:引用|quote)\s*[:：]?$", re.IGNORECASE)


def _quote_head(items: list[Item], i: int) -> bool:
    """Whether the name-and-time line ``i`` heads a quotation inside a post (原帖由 某某 于 … 发表
    under 引用:), not a comment of its own."""
    return bool(_QUOTE_HEAD.search(items[i].text)) or (i > 0 and bool(_QUOTE_LABEL.match(items[i - 1].text.strip())))


_BOX_HEAD = 30  # the most characters of a link box's heading
_BOX_LINKS = 2  # link lines under it, at least


def drop_link_box_heads(items: list[Item], start: int, end: int) -> None:
    """HTML: the region's last kept line, when it is short (no full stop) and right above two or
    more lines dropped as links, is the heading of the link box that closes the article
    (省錢大作戰！優惠等你 over product links, 推薦閱讀 over stories), not its last line."""
    kept = [i for i in range(start, end + 1) if not items[i].reason]
    if not kept:
        return
    i = kept[-1]
    it = items[i]
    if it.length > _BOX_HEAD or "。" in it.text or "，" in it.text or it.credit or i == kept[0]:
        return  # (a reporter's credit stays; a line with a clause is a sentence, no box's heading)
    links = 0
    for j in range(i + 1, len(items)):  # (the links may lie past the region's end)
        if items[j].reason != LINKS:
            break
        links += 1
    if links >= _BOX_LINKS:
        it.reason = "related"


# ※作者為某報總主筆, 作者为《某杂志》主笔，曾任…, 作者曾任职于多家企业…: a note on who the author is
_AUTHOR_NOTE = re.compile(r"^[※*＊\s(（【\[]*(?:(?:本文)?作者(?:简介|簡介)?\s*[:：]?\s*(?:为|為|系|係|是|现为|現為|现任|現任|曾任|曾在|目前)(?!了)"
                          r"|(?:作者|作家)(?:简介|簡介)\s*[:：]"  # (作者简介：某某，…: the note labelled)
                          r"|作者[\u4e00-\u9fff]{2,4}\s*[:：][^，。]{0,12}(?:记者|記者|作家|写手|寫手|摄影师|攝影師|学者|學者|编辑|編輯|教授|研究员|研究員))")
                          # (作者某某：独立记者，摄影师…: the note after the author's name)
_AUTHOR_NOTE_MAX = 150  # the most characters of such a note
_TAIL_LINES = 5  # the region's last kept lines read for it
# the credits that close a story with the note on its author: 某某补充报道, （綜合報道）, 明報記者 (the
# desk's byline alone), 摄影：某某；路透社, 某某为某报前新闻助理 (a note on a contributor's role, no clause in it)
_CLOSING_CREDIT = re.compile(
    r"^[（(]?(?:[\u4e00-\u9fff·•]{2,8}(?:[、，,和及与與][\u4e00-\u9fff·•]{2,8}){0,3})?"
    r"(?:补充报道|補充報道|補充報導|补充报导|综合报道|綜合報道|綜合報導|综合报导)[）)]?$"
    r"|^[\u4e00-\u9fff]{1,6}(?:记者|記者)$"
    r"|^[（(]?(?:摄影|攝影|图片|圖片)\s*[:：／/|｜]"
    r"|^[\u4e00-\u9fff·•]{2,8}(?:为|為|係)[^，,。！？!?；;]{2,40}"
    r"(?:记者|記者|编辑|編輯|助理|主笔|主筆|撰稿人|研究员|研究員|教授|社长|社長|主任|作家|学者|學者|顾问|顧問|评论员|評論員)$")
_CLOSING_CREDIT_MAX = 60  # the most characters of such a credit


def drop_author_notes(items: list[Item], start: int, end: int) -> None:
    """The note on the author that closes an article (※作者為…總主筆, 作者为《…》主笔，曾任…) and the
    credits around it (某某补充报道, 摄影：某某；路透社, （綜合報道）, 明報記者): among the region's last
    kept lines, from the end up to the first line that is neither; the author's biography and the
    desk's credits are the site's, not the story's."""
    kept = [i for i in range(start, end + 1) if not items[i].reason][1:]  # (never the first line)
    for i in reversed(kept[-_TAIL_LINES:]):
        it = items[i]
        if it.length <= _AUTHOR_NOTE_MAX and _AUTHOR_NOTE.match(it.text):
            it.reason = "notice"
        elif it.length <= _CLOSING_CREDIT_MAX and _CLOSING_CREDIT.match(it.text):
            it.reason = "credit"
        else:
            return


# 参考资料：, 图片来源：: the header of a closing list of the article's sources
_SOURCES_HEAD = re.compile(r"^(?:参考资料|參考資料|参考链接|參考連結|图片来源|圖片來源|图源|圖源)\s*[:：]?$")
_PHOTO_SOURCES = ("图片来源", "圖片來源", "图源", "圖源")  # (a list of photo credits, whatever its items name)
# 1.《某文》，某报; 1-5，7-15. 某会现场资料; [2] 某某: a numbered item of such a list
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\s*[-–~，,]\s*\d{1,3})*\s*[.．、]|[\[［]\d{1,3}[\]］])\s*\S")
_CITED = re.compile(r"《[^《》]{2,}》")  # an article or book named in title marks
_SOURCE_ITEM_MAX = 120  # the most characters of such an item
_SOURCE_REACH = 20  # the most items read under a header whose items were dropped already


def _source_item(it: Item) -> bool:
    return it.length <= _SOURCE_ITEM_MAX and bool(_NUMBERED.match(it.text))


def drop_closing_sources(items: list[Item], start: int, end: int) -> None:
    """The lists of sources closing an article (参考资料： over 1.《某文》，某报 …, 图片来源： over
    1-5. 某会现场资料 …): a header and the numbered items under it that end the region's kept
    lines are the publisher's credits, not the article, and so is each such list above them
    (a header whose items were dropped already, as a list of stories, goes too).
    A reference list of works without title marks (a paper's bibliography, [1] 某某. 某书)
    stays: it is the paper's own."""
    kept = [i for i in range(start, end + 1) if not items[i].reason]
    k = len(kept) - 1
    while k > 0:
        j = k
        while j > 0 and _source_item(items[kept[j]]):
            j -= 1
        head = kept[j]
        listed = kept[j + 1:k + 1]
        if not listed:  # (its items dropped already: the numbered lines right under it)
            listed = list(range(head + 1, min(len(items), head + 1 + _SOURCE_REACH)))
            listed = listed[:next((n for n, x in enumerate(listed) if not _source_item(items[x])), len(listed))]
        if not listed or not _SOURCES_HEAD.match(items[head].text):
            return
        if not items[head].text.startswith(_PHOTO_SOURCES) and not all(_CITED.search(items[x].text) for x in listed):
            return
        for x in [head, *listed]:
            items[x].reason = items[x].reason or "sources"
        k = j - 1


# +------+-----+, ├───┼───┤: the border of a table drawn in characters (a query's output, a diagram)
_BORDER = re.compile(r"^[+\-=|:─━│┃┄┅┈┉┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬\s]{3,}$")
_TABLE_ROW = re.compile(r"^\s*[|│┃║].*[|│┃║]\s*$")  # | id | name |: a row of such a table
_JUNCTION = re.compile(r"[+┼┬┴├┤┌┐└┘╋╬╪╫]")  # where a border meets a column line


def keep_drawn_tables(items: list[Item], start: int, end: int) -> None:
    """A table drawn in characters inside the region (``+----+----+`` borders around ``| a | b |``
    rows: a query's output, a listing) is part of the article: a run of two or more such borders
    and at least one row keeps its lines, which one by one read as a rule of symbols and a menu."""
    def border(it: Item) -> bool:
        return bool(_BORDER.match(it.text) and _JUNCTION.search(it.text))

    for i, j in _runs(items, lambda it: border(it) or bool(_TABLE_ROW.match(it.text)), start, end):
        run = items[i:j]
        borders = sum(border(it) for it in run)
        if borders >= 2 and len(run) > borders:
            for it in run:
                if it.reason in (SYMBOLS, "navigation"):
                    it.reason = None


_TAG_LINE = re.compile(r"^[【\[][^【】\[\]]{1,12}[】\]]$")  # 【某某情報站】: a column's tag between the list's items


def drop_trailing_headlines(items: list[Item], start: int, end: int) -> None:
    """Plain text: a trailing run of headline-like lines (no final punctuation, no comma or
    emoticon closing a clause; a column's tag in brackets among them) is a related list, unless
    the line above it announces it (…策略还有：)."""
    run = []
    for i in range(end, start - 1, -1):
        it = items[i]
        if it.reason:
            continue
        if it.credit or ((it.text[-1] in FINAL or _LINE_END_MARK.search(it.text)) and not _TAG_LINE.match(it.text)) \
                or it.length > 60 or "。" in it.text:
            if _announces(it):
                return  # (the list its line announces)
            break  # (a clause ending in a comma or an emoticon is a post written one clause a line; a
            # full stop inside is a sentence: a caption and its credit, 某某发表演讲。 新华社记者 某某 摄)
        run.append(i)
    if sum(bool(_NUMBERED.match(items[i].text)) for i in run) * 2 > len(run):
        return  # a numbered list ([1] 某某参考：http://…, 1. 某某): the post's references, no headlines
    if len(run) >= 2 and len(run) < sum(1 for i in range(start, end + 1) if not items[i].reason):
        for i in run:
            items[i].reason = "related"


_SENTENCE_END = "。！？!?"


# Saturday, September 10th, 2005 10:56 am: a blog's date in English, its time with it
_EN_DATE = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                      r"(?:19|20)\d{2},?\s+\d{1,2}:\d{2}", re.IGNORECASE)


_WIDGET_ROW = ("navigation", "share", "counter", "prevnext")
# - 某某編輯部 @ 05-19-2013 / 2 years ago: a short line with a month-first date (a blog's or a
# small site's byline)
_MONTH_FIRST = re.compile(r"(?<!\d)\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d{2}(?!\d)")
_MONTH_FIRST_ROW = 40  # the most characters of such a line


def dated_row(it: Item) -> bool:
    """Plain text: a line opening with a date and its time that was dropped for the paging
    links, share or comment-count widgets it shares (2005-01-06 08:13更新 来源：某某 第1页/共1页
    << 上一页 | 下一页 >>; 2019年09月11日01:53 某某科技 我有话说(1307人参与) 收藏本文),
    one written in English (Saturday, September 10th, 2005 10:56 am; July 17, 2009 alone), a short line opening
    with a date and only names after it (2017-03-03 原创 某某 某某公众号) or a short line with a
    month-first date and no sentence (- 某某編輯部 @ 05-19-2013 / 2 years ago): the article's
    byline row."""
    if it.reason not in _WIDGET_ROW:
        if it.reason:
            return False
        if _EN_DATE.match(it.text) or EN_DATE_LINE.match(it.text.strip()):
            return True
        if (len(it.text) <= _MONTH_FIRST_ROW and _MONTH_FIRST.search(it.text)
                and not any(c in it.text for c in _SENTENCE_END)):
            return True
        m = DATE.match(it.text)  # 2017-03-03 原创 某某 某某公众号: a WeChat article's date and names
        return bool(m) and it.length <= 60 and not any(c in "，。！？；,!?;" for c in it.text[m.end():])
    m = DATE.match(it.text)
    # (a date alone before the view count's label: 2021-06-24作者：浏览次数：, its values left to a script)
    return bool(m and (m.group(4) or it.reason == "counter" and it.length <= _MONTH_FIRST_ROW))


def below_byline(items: list[Item], start: int, end: int, near: int = 12, headlines: int = 30) -> int:
    """Plain text: where the article starts when a date line sits near the top of the region
    with no sentence above it (a text save's menus and link rows before the headline weigh in
    with the article): right under that date line; else ``start``.  Over a list of headlines
    (short lines, no full stop; 朱某某：參選嗎？ asks, it is no sentence) the date line may sit
    up to ``headlines`` lines down."""
    listy = True  # every line so far is headline-shaped (short, no full stop)
    for j in range(start, min(end, start + headlines)):
        it = items[j]
        if (it.reason == META and (DATE.search(it.text) or US_DATE.search(it.text) or _AT_BYLINE.match(it.text)
                                   or EN_DATE_LINE.match(it.text.strip()))) or dated_row(it):
            return j + 1
        if it.reason:
            continue
        listy = listy and it.length <= 40 and "。" not in it.text
        if j - start >= near and not listy:
            break  # past the first lines, only a list of headlines is passed over
        if it.text[-1] in _SENTENCE_END and ("。" in it.text or it.length > 40) or (it.length > 60 and "。" in it.text):
            break  # prose (a post's paragraph may end without a full stop; a run of headlines has none)
    return start


def _timed_widget_row(it: Item) -> bool:
    """A byline run together with a widget: a date with its time on a line dropped for a click
    count or share links it shares (編譯中心 2014年12月13日 09:33 237 點擊數)."""
    m = DATE.search(it.text) if it.reason in _WIDGET_ROW else None
    return bool(m and m.group(4))


_TICKER = 80  # the longest line of a ticker of one-sentence stories
_BYLINE_GAP = 4  # lines between a headline and its date line


def below_headline_block(items: list[Item], start: int, end: int, near: int = 24) -> int:
    """Plain text: where the article starts when a breadcrumb or menu line near the top of the
    region is followed by a headline and its date line (a ticker of one-sentence stories above
    the page's breadcrumb weighs in with the article): right under that date line; else
    ``start``.  Lines above the breadcrumb with a date line or a long paragraph among them
    are a story of their own (a blog's posts one after another): the region stays."""
    crumb = None
    for j in range(start, min(end, start + near)):
        it = items[j]
        if crumb is None and ((it.reason == META and DATE.search(it.text)) or (not it.reason and it.length > _TICKER)):
            return start
        if it.reason == "navigation":
            crumb = j
        elif crumb is not None and j - 1 > crumb and (
                (it.reason == META and DATE.search(it.text)) or dated_row(it) or _timed_widget_row(it)):
            if any(not a.reason and not a.credit and 4 <= a.length <= 60 and a.text[-1] not in FINAL
                   for a in items[max(crumb + 1, j - _BYLINE_GAP):j]):
                return j + 1  # (a short name, 編譯中心, or a widget may sit between the headline and its date)
    return start


_CLAUSE_MARKS = re.compile(r"[，。、；,;]")
_RUN_TOGETHER = 150  # characters of a line with no comma or full stop that is no paragraph


def damp_run_together(items: list[Item]) -> None:
    """Plain text: a long line of Chinese without a single comma or full stop (udn / 社會 / 焦點事件相關新聞某某
    檢方聲押某某 警2天破案…: a list of headlines a text save ran together) counts against a
    region, not for it; kept inside one all the same."""
    for it in items:
        if (not it.reason and it.length >= _RUN_TOGETHER and not _CLAUSE_MARKS.search(it.text)
                and len(_HAN.findall(it.text)) >= 0.6 * it.length):  # (a code block is no such list)
            it.value = min(it.value, -2.0)


_VERSE_RUN = 8  # the fewest lines of a poem or a song's lyrics
_VERSE_LINE = 40  # the longest such line
_NOT_VERSE = re.compile(r"[:：]|^\s*\d{1,2}\s*[.、．)）]")  # 地點：…, 1. 八點出發…: a notice's fields and steps
_VERSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # Chinese characters and kana


def lift_verse(items: list[Item]) -> None:
    """HTML: a poem or a song's lyrics, or a forum post written a phrase a line (eight or more
    short lines in a row in one box, in a table the lines of one cell; no link, no heading,
    mostly Chinese or kana, without the punctuation a sentence ends with: 提交的试卷空白
    可混乱思绪冗长 / コタエはだいたい…) counts as the text it is, not as so many short lines,
    each of which alone would count against the region."""
    def line(it: Item) -> bool:
        b = it.block
        return (not it.reason and 2 <= it.length <= _VERSE_LINE and not b.link_chars and not b.heading
                and not b.code and len(_VERSE_SCRIPT.findall(it.text)) >= 0.6 * it.length
                and not _NOT_VERSE.search(it.text))

    def same_box(a: Block, b: Block) -> bool:
        # a line, or a pair of lines (the original and its translation), in one box; in a table,
        # lines of one cell (a forum post laid out in a table, written a line at a time), never
        # a data table's cells
        return a.path == b.path if a.table else (not b.table and a.path[:-2] == b.path[:-2])

    i, n = 0, len(items)
    while i < n:
        j = i
        while j < n and line(items[j]) and same_box(items[i].block, items[j].block):
            j += 1
        if j - i >= _VERSE_RUN and sum(items[k].length for k in range(i, j)) >= 6 * (j - i):
            for k in range(i, j):
                items[k].value = max(items[k].value, float(items[k].length) * 0.5)
        i = max(j, i + 1)


_BROKEN_PROSE_LINE = 40  # the longest line of prose written one clause a line
_BROKEN_PROSE_RUN = 4  # the fewest such lines in a row
_LINE_END_MARK = re.compile(r"(?:[，、；：。！？…～~,;!?]|(?<![A-Za-z])(?:[Xx]D+|Orz|orz|OTZ|QQ|Q_Q|T_T|\^\^|\^_\^|=\.=))$")
# (a blog's 吃完飯了XD, 好累Orz, 好開心^^: an emoticon ends a clause as a mark would)
_CLAUSE_END = re.compile(r"[，、,]$")  # the sentence goes on on the next line


def lift_broken_prose(items: list[Item]) -> None:
    """Plain text: prose written one clause a line (a blog's 今日早上， / 醒來， / 吃完早餐，):
    four or more short lines in a row, each ending with a punctuation mark or an emoticon (XD,
    Orz, ^^) and at least a third with a comma (the sentence goes on below), count as the
    paragraph they make instead of as many short lines, each of which alone would count against
    the region."""
    def clause(it: Item) -> bool:
        return (not it.reason and 0 < it.length <= _BROKEN_PROSE_LINE
                and bool(_LINE_END_MARK.search(it.text)) and bool(_HAN.search(it.text)))

    for i, j in _runs(items, clause):
        run = items[i:j]
        if len(run) >= _BROKEN_PROSE_RUN and 3 * sum(bool(_CLAUSE_END.search(it.text)) for it in run) >= len(run):
            for it in run:
                it.value = max(it.value, float(it.length + 3 * min(it.punct, 2) - 1))


# 報名日期：2022/2/14, 二、活動時間：111年1月14-15日, 主辦單位：某某局: a field of a notice (a label of
# up to ten characters and a colon, a number before it at most)
_FIELD = re.compile(r"^[*＊※]?(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])?\s*[^\s:：。，,!！?？]{1,10}\s*[:：]\s*\S")
_FIELD_MAX = 80  # the most characters of such a line
# 展覽日期 | 2021/05/08 (六), 聯絡電話| (02) 8772-3535: a field written with a bar (one bar, a number in the value)
_BAR_FIELD = re.compile(r"^[^\s|｜:：]{2,8}\s*[|｜]\s*(?=[^|｜]*\d)[^|｜]+$")
_BAR_PAIR = re.compile(r"^[^\s|｜:：]{2,8}\s*[|｜]\s*[^|｜]+$")  # 地點| 某某: the same, among kept lines (no menu)
_FIELD_RUN = 3  # field lines in a row that make a notice's closing block of details
_ADDRESS = re.compile(r"[:：]\s*(?:https?://|www\.)\S+$", re.IGNORECASE)  # 官網：https://…: a written-out address
# 1、某某某 (a numbered link), 〔某某全系列五堂課〕, [課程簡章]: an item of a post's own list of links
_LIST_ITEM = re.compile(r"^(?:\d{1,2}\s*[、.．]\s*\S|[〔\[【][^〔\[【〕\]】]{2,40}[〕\]】]$)")
_LIST_ITEM_MAX = 60
_LIST_RUN = 3  # numbered or bracketed link items in a row that make a post's own list at its end
_FIELD_REASONS = frozenset({META, LINKS, "footer", "contact"})  # what such a line may have been dropped as
# 例子：<某某网>, 工具：<某某>: a field whose value is a link naming a site or a tool (a name, not a headline)
_NAMED_LINK = re.compile(r"[:：]\s*[^\s:：。，,!！?？《》]{2,10}$")


def _field(it: Item, boxes: set[int]) -> bool:
    """A notice's field line or a list item dropped as metadata, a link, a footer or contact line
    (and not hinted as another section than the ``boxes`` the article's lines sit in)."""
    if it.reason == "navigation" and it.length <= _FIELD_MAX and _BAR_FIELD.match(it.text):
        return not _hinted(it.block, boxes)  # (read as a menu for its bar)
    if it.reason not in _FIELD_REASONS or _hinted(it.block, boxes):
        return False
    if it.length <= _FIELD_MAX and _FIELD.match(it.text) and not labels().author.search(it.text):
        # (a link's field only with its address written out, 活動官網：https://…, or a name for its
        # value, 例子：<某某网> with the label unlinked; not 更多新聞：<a headline>)
        return it.reason != LINKS or bool(_ADDRESS.search(it.text)) or bool(
            (m := _NAMED_LINK.search(it.text)) and it.block.link_chars <= len(it.text) - m.start() - 1)
    return (
        it.reason == LINKS and it.length <= _LIST_ITEM_MAX and bool(_LIST_ITEM.match(it.text)))


def keep_notice_fields(items: list[Item], start: int, end: int) -> int:
    """HTML: the short field lines of a notice (報名日期：…, 主辦單位：…, 更多訊息請至活動官網：<link>)
    and the items of a post's own list of links (1、<link>, 〔<link>〕) are its content when they
    sit in the same box as the post's paragraphs: between two kept lines of that box inside the
    region, or after the region's last line, inside its container, up to a kept sentence that follows them
    or through a list of three or more such items that closes the box.  Returns the region's end.

    Metadata above the article (a byline, a date) stays dropped: a field is kept only below
    a kept line of its box; a line hinted as another section (a footer box, a sidebar) too."""
    if end < start:
        return end
    boxes = {eid for it in items[start:end + 1] if not it.reason for eid, reason in it.block.hints if reason != CONTENT}
    box = items[end].block.path[:-1]  # the container of the region's last line
    k, listed, fields = end + 1, 0, 0
    while k < len(items):
        it = items[k]
        if it.header or not box or it.block.path[:len(box)] != box:
            break
        if not it.reason:
            fields = fields + 1 if it.length <= _FIELD_MAX and (_FIELD.match(it.text) or _BAR_PAIR.match(it.text)) else 0
            if it.punct and not it.block.heading:
                end, listed = k, 0  # a kept sentence of the box: what lies above it is the post's
        elif _field(it, boxes):
            listed = listed + 1 if it.reason == LINKS and _LIST_ITEM.match(it.text) else 0
            fields = 0 if listed else fields + 1
            if listed >= _LIST_RUN:
                end = k  # (a post's own list at its end: its items are the post's; see below)
        else:
            break
        if fields >= _FIELD_RUN:
            end = k  # (a notice's closing block of details: 日期 | …, 電話 | …, 地點 | …)
        k += 1
    for i in range(start, end + 1):
        it = items[i]
        if not _field(it, boxes):
            continue
        before = any(not items[j].reason and items[j].punct and not items[j].block.heading and _same_box(items[j].block, it.block)
                     for j in range(max(start, i - 12), i))  # (a sentence of the box above it: no byline under the headline)
        after = any((not items[j].reason or _field(items[j], boxes)) and _same_box(items[j].block, it.block)
                    for j in range(i + 1, min(end, i + 12) + 1)) or i == end
        if after and (before or _opens_event_block(items, i, end)):
            it.reason = None
    return end


# 時間：1月20日（五）19:30, 日期 | 2021.12.18, 【課程日期】…: an event's date or time as a field
_TIME_FIELD = re.compile(r"^\W{0,2}[^\s:：|｜】]{0,6}(?:時間|时间|日期)[】]?\s*[:：|｜]?\s*\S")
# 地點：…, 講者｜…, 【報名方式】…: the other fields of an event
_EVENT_FIELD = re.compile(r"^\W{0,2}[^\s:：|｜】]{0,6}(?:地點|地点|地址|場地|场地|講者|讲者|主講|主讲|講師|讲师|對象|对象|"
                          r"費用|费用|報名|报名|名額|名额)[^\s:：|｜】]{0,4}[】]?\s*[:：|｜]?")


def reach_event_fields(items: list[Item], start: int, end: int) -> int:
    """HTML: the region's start moved up over an event's date or time field right above it when
    the fields under it name the event's place or speaker (時間：… over 地點：…, 講者：…, the
    region opening with them): the notice's details, not the page's date line.  Returns the start."""
    if end < start or start == 0:
        return start
    boxes = {eid for it in items[start:end + 1] if not it.reason for eid, reason in it.block.hints if reason != CONTENT}
    k = start - 1
    if _field(items[k], boxes) and _same_box(items[k].block, items[start].block) and _opens_event_block(items, k, end):
        items[k].reason = None
        return k
    return start


def _opens_event_block(items: list[Item], i: int, end: int) -> bool:
    """Whether line ``i`` is an event's date or time over its other fields (時間：… over 地點：…,
    講者：… within the next three lines, only fields between them): the notice's details, not the
    page's date line (发布日期：… is the page's, whatever follows it)."""
    if not _TIME_FIELD.match(items[i].text) or _POSTED.search(items[i].text[:8]):
        return False
    for j in range(i + 1, min(end, i + 3) + 1):
        if _EVENT_FIELD.match(items[j].text):
            return True
        if not _FIELD.match(items[j].text):
            return False  # (a paragraph between them: the date is the page's, 发布日期：… over the lede)
    return False


_POSTED = re.compile(r"发布|發布|发表|發表|更新|上传|上傳|刊登|出版")  # 发布日期：: when the page was posted
