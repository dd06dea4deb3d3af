"""Title, date, author and source of an article.

HTML: the headline is the block shortly before the body that best matches
the headline part of the page's ``<title>`` (or ``og:title``, a CMS's ``ArticleTitle``); a plain-text
save's headline is found by :mod:`.text_headline`.  The date, author and
source come from ``<meta>`` values and the metadata lines around the headline
and the body.
"""

from __future__ import annotations

import re

from ..lexicon import CompiledLexicon
from .blocks import CJK
from .classify import DATE, EN_DATE, LINKS, META, HIDDEN, SPAM, Item, is_meta_line, labels

_CRUMB = re.compile(r"[>＞»›]")
_EDIT_WORDS = r"(?:编辑源代码|編輯原始碼|编辑|編輯|edit|修改)"  # a wiki's edit link
# 第三正規化[編輯], 历史[编辑源代码]: a wiki heading's edit link, no part of the heading
EDIT_LINK = re.compile(rf"\s*[\[［]\s*{_EDIT_WORDS}\s*[\]］]$")
# 编辑, [編輯]: the edit link alone on its line (under an entry's section heading)
EDIT_WORD = re.compile(rf"^[\[［]?\s*{_EDIT_WORDS}\s*[\]］]?$", re.IGNORECASE)
_TITLE_SPLIT = re.compile(r"\s*(?:[|_｜]|--+|——|－－| - | – | — |::| « | » | · | • )\s*")


def title_segments(page_title: str) -> list[str]:
    """The parts of a ``<title>`` split at ``_ | - ——`` (headline, channel, site name)."""
    parts = [p.strip() for p in _TITLE_SPLIT.split(page_title) if p.strip()]
    if len(parts) == 1:  # (a title of one part only: 易性癖-疾病百科, the site after a bare dash)
        parts = list(_site_tail(parts[0], _TAILED_HEAD) or parts)
    return parts or ([page_title] if page_title else [])


_TAILED_HEAD = 4  # the least weight of a title before a site's name joined with a bare dash (两个汉字)


_SITE_WORDS = ("网", "網", "网站", "網站", "论坛", "論壇", "博客", "部落格", "频道", "頻道", "首页", "首頁",
               "社区", "社區", "在线", "在線", "中心", "之家", "门户", "門戶", "官网", "官網", "百科", "百科全书", "百科全書")
_DOMAIN = re.compile(r"(?:^|\s|\.)(?:www\.|[\w-]+\.(?:com|net|org|cn|tw|hk|info|cc)\b)", re.IGNORECASE)
_GREETING = re.compile(r"^(?:欢迎|歡迎|谢谢|謝謝|感谢|感謝)(?:您|你)?(?:访问|訪問|光临|光臨|来到|來到)")


def site_like(text: str) -> bool:
    """Whether a ``<title>`` part names a site rather than an article: empty, no Chinese,
    at most four Chinese characters, a domain, a greeting (欢迎访问…), a breadcrumb
    (世艺网>艺术教育) or a name ending in 网, 论坛, 博客, 频道, 中心 and the like."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return han <= 4 or bool(_CRUMB.search(text)) or _names_site(text)


_SENSE = re.compile(r"^[（(][^（）()]{1,12}[）)]$")  # （汉语词汇）: an entry's sense under its name (张三（汉语词汇）)


def _names_site(text: str) -> bool:
    """A ``<title>`` part that names the site by its form (a domain, a greeting, a name ending in
    网, 论坛, 百科全书 and the like), whatever its length (维基百科，自由的百科全书)."""
    return (bool(_DOMAIN.search(text)) or bool(_GREETING.match(text))
            or text.rstrip("〗】]）) ").endswith(_SITE_WORDS))


# 为什么有些城市负债率特别高？-虎嗅网: a headline with the site's name joined by a bare dash
_SITE_TAIL = re.compile(r"^(?P<head>.*\S)\s*[-－–—]\s*(?P<site>[^\s\-－–—]{2,12})$")


def _site_tail(title: str, least: int) -> tuple[str, str] | None:
    """(headline, site) when ``title`` joins a site's name to a headline of weight ``least`` or
    more with a bare dash; else None (北京-上海, GPT-4o: no site after the dash)."""
    m = _SITE_TAIL.match(title)
    if m and _names_site(m.group("site")) and weight(m.group("head")) >= least:
        return m.group("head"), m.group("site")
    return None


def without_site_tail(title: str) -> str:
    """A headline without the site's name a save's title line joins to it with a bare dash
    (…特别高？-虎嗅网: a dash inside a headline, 北京-上海 or GPT-4o, stays)."""
    split = _site_tail(title, 8)
    return split[0] if split else title


def headline_part(segments: list[str], headings: set[str] | frozenset[str] = frozenset()) -> str:
    """The headline among a ``<title>``'s parts: one the page shows as a heading, else one that
    does not name the site, the heaviest of them (艾伦·图灵 - 维基百科，自由的百科全书: the entry)."""
    return max(segments or [""], key=lambda x: (x in headings, not _names_site(x), weight(x)))


def weight(text: str) -> int:
    """How much a line shows: a Chinese character counts twice."""
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in text)


_BANNER_REASONS = frozenset({"ad", "gallery"})  # what a box holding a post's cover image and headline is taken for


def _dated(text: str, headlines: set[str]) -> bool:
    """Whether ``text`` is one of ``headlines`` with a date after it (某某通知 ( 2020年09月29日 ))."""
    m = DATE.search(text)
    return bool(m) and m.start() >= 4 and text[:m.start()].rstrip(" (（[【|｜·-—") in headlines


def pick_title(items: list[Item], start: int, page_title: str, meta: dict,
               lex: CompiledLexicon) -> int | None:
    """Index of the block that is the headline, or None.

    Candidates are the blocks shortly before the body; they are compared with
    the headline part of the page's ``<title>`` (or ``og:title``), that is its
    heaviest segment once the site and channel names are split off.  A block
    that is only the site name scores nothing.  When that part joins two headings
    of the same level, the headline and the deck under it, the first is the headline.
    """
    refs = [r for r in dict.fromkeys((meta.get("og:title"), meta.get("title"), meta.get("dc.title"),
                                      meta.get("articletitle"), page_title)) if r]
    headings = {EDIT_LINK.sub("", it.text) for it in items if it.block.heading in (1, 2) and not it.reason}
    headlines, others = set(), set()
    for r in refs:
        segs = [x for x in title_segments(r) if not lex.spam_hits(x)]
        if segs:
            # the heaviest segment, unless another one is a heading of the page (蔡健雅_百度百科)
            # or it names the site (维基百科，自由的百科全书)
            top = headline_part(segs, headings)
            headlines.add(top)
            others.update(x for x in segs if x != top)
    best, best_score = None, 0.0
    lo = max(0, start - 60)
    # (down to the second kept line under the region's start, past dropped ones: a blog's tagline
    # over its menu and the post's date row, then the post's headline)
    hi, kept = start, 0
    while hi < len(items) and kept < 2:
        kept += not items[hi].reason
        hi += 1
    tie = 0.02 if refs else 0.002  # nearer the body wins ties (on a page with no <title>, a saved main
    # region, never over a heading a level higher: the entry's <h1> over its sections)
    for i in range(lo, min(len(items), max(hi, start + 2))):
        it = items[i]
        t = EDIT_LINK.sub("", it.text)
        n = it.length
        if (n < 2 and t not in headlines) or n > 80 or it.reason in (HIDDEN, SPAM) or it.credit:
            continue
        if it.reason == META and _dated(t, headlines):
            score = 10.0 + tie * (i - lo)
            if score > best_score:
                best, best_score = i, score
            continue  # (关于举行某某仪式的通知 ( 2020年09月29日 ): the headline with its date, as the <title> writes it)
        if it.reason in (META,) or (it.reason and it.reason not in (LINKS,) and not (
                it.block.heading == 1 and it.reason in _BANNER_REASONS
                and len(t) >= 4 and any(r.startswith(t) for r in refs))):
            continue  # (an <h1> in a post's banner, hinted as an ad or a gallery with its cover image, heads
            # it when the <title> opens with it, not with the post's title before the blog's name)
        if t in others and t not in headlines:
            continue  # the site or channel name
        if len(_CRUMB.findall(t)) >= 2:
            continue  # a breadcrumb trail (网易娱乐 > 明星俱乐部 > 明星话题)
        score = 0.0
        nxt = items[i + 1].text if i + 1 < len(items) and (
            items[i + 1].block.heading == it.block.heading or _SENSE.match(items[i + 1].text)) else ""
        if nxt and _joined(t, nxt) & (headlines | others):
            score = 10.0  # a part of the <title> joins it and the deck under it: it is the headline
        for r in list(headlines) + refs:
            if t == r:
                score = max(score, 10.0)
            elif len(t) >= 4 and t in r:
                score = max(score, 4.0 + 4.0 * len(t) / max(len(r), 1))
            elif len(r) >= 4 and r in t:
                score = max(score, 4.0)
        h = it.block.heading
        if h and not (score == 0.0 and t.endswith((":", "："))):  # (Quote:, 引用：: a label over what follows)
            score += {1: 3.0, 2: 2.0, 3: 1.0}.get(h, 0.5)
        if score <= 0:
            continue
        if it.reason == LINKS:
            score -= 2.0
        score += tie * (i - lo)
        if score > best_score:
            best, best_score = i, score
    if best is None or best_score < 10.0 or items[best].text in headlines:
        firsts = {title_segments(r)[0] for r in refs}
        # another part of the <title> headed nearer the body (a blog: 中秋節記 - 某某的空間 - 站名,
        # whose banner shows the blog's heavier name, and the post its own heading): that part
        for i in range(min(len(items), start + 2) - 1, lo - 1 if best is None else best, -1):
            it = items[i]
            if (it.block.heading and not it.reason and not it.credit and it.text in others
                    and it.text not in headlines and (not site_like(it.text) or it.text in firsts)):
                return i  # (a short one if the <title> opens with it: FF遊記 - 某某的空間 - 站名)
    if best_score < 10.0:
        # no block near the body is the headline: a heading further up that is (an encyclopedia
        # entry's name above a long infobox) wins over a stray heading
        for i in range(lo - 1, -1, -1):
            if items[i].block.heading and items[i].text in headlines and not items[i].reason:
                return i
    if best is None:
        return _longer_headline(items, start, headlines)
    return best


_SAME_OPENING = 4  # the fewest characters a shown headline and the <title>'s shorter one open with alike
_NEAR_BODY = 4  # how far above the body's first line such a headline sits


def _longer_headline(items: list[Item], start: int, headlines: set[str]) -> int | None:
    """The headline the page shows when its ``<title>`` carries a shorter one the editor wrote
    for it (男子变性后成网红 现在想变回去 over the page's 男子变性后做网红19岁成百万富翁 现在打算变回男人):
    a line just above the body, no sentence of its own, opening with the same words; or None."""
    for i in range(start, max(-1, start - _NEAR_BODY - 1), -1):
        it = items[i] if i < len(items) else None
        if it is None or it.reason or it.credit or not 6 <= it.length <= 60 or it.text[-1] in "。！？!?":
            continue
        if any(len(h) > _SAME_OPENING and it.text[:_SAME_OPENING + 1] == h[:_SAME_OPENING + 1] and it.text != h
               for h in headlines):
            return i
    return None


def title_deck(items: list[Item], title_idx: int, page_title: str, meta: dict) -> int | None:
    """The deck under the headline at ``title_idx`` when a part of the ``<title>`` (or
    ``og:title``) joins the two (詩意鏡頭…攝影展 LV基金會…同步啟航 | 最新消息 | 站名): a heading of the
    same level right under it, which the page names as part of its title; else None."""
    if title_idx + 1 >= len(items):
        return None
    it, nxt = items[title_idx], items[title_idx + 1]
    if not it.block.heading or nxt.block.heading != it.block.heading or nxt.reason:
        return None
    return title_idx + 1 if _joined(it.text, nxt.text) & _title_parts(page_title, meta) else None


def _title_parts(page_title: str, meta: dict) -> set[str]:
    """The parts of the ``<title>``, of ``og:title`` and of a CMS's ``ArticleTitle`` (:func:`title_segments`)."""
    return {x for r in (meta.get("og:title"), meta.get("articletitle"), page_title) if r for x in title_segments(r)}


_WIDE_EDGE = re.compile(f"[{CJK}]")


def join_headline(parts: list[str], page_title: str = "", meta: dict | None = None) -> str:
    """A headline's lines as one: as the ``<title>`` (``og:title``, ``ArticleTitle``) writes them
    when it does (锁定两男 闭路电视画面流出: a space between a Hong Kong headline's phrases), else with a
    space between two lines only where one of them meets the other with a narrow character
    (某某公开表 + （某某52号） stay together, ``Apple`` + ``发布会`` get one)."""
    titles = _title_parts(page_title, meta or {}) if page_title or meta else set()
    for form in (" ".join(parts), "".join(parts)):
        if any(form in t for t in titles):
            return form
    out = parts[0]
    for part in parts[1:]:
        wide = _WIDE_EDGE.match(out[-1:]) and _WIDE_EDGE.match(part[:1])
        out += part if wide else " " + part
    return out


def broken_headline(items: list[Item], title_idx: int, page_title: str, meta: dict) -> tuple[int, int]:
    """The lines of one heading element a line break splits (<h1>某某<br>某某<br>某某</h1>) around the
    headline at ``title_idx``, when the ``<title>`` (or ``og:title``) writes them as one: (first,
    last), the headline's own index twice when it stands alone.  A headline in no heading element
    (a government CMS's title box: 某某行政处罚信息公开表<br>（某金罚决字〔2024〕52号）) joins its lines
    only when they make one of those titles exactly."""
    it = items[title_idx]
    whole = {"".join(x.split()) for x in _title_parts(page_title, meta)}

    def same(j: int) -> bool:
        return 0 <= j < len(items) and items[j].block.path == it.block.path and items[j].block.heading == it.block.heading

    first = last = title_idx
    while same(first - 1):
        first -= 1
    while same(last + 1):
        last += 1
    if first == last:
        return title_idx, title_idx
    joined = "".join("".join(items[j].text.split()) for j in range(first, last + 1))
    found = joined in whole if not it.block.heading else any(joined in w for w in whole)
    return (first, last) if found else (title_idx, title_idx)


def _joined(head: str, deck: str) -> set[str]:
    """How a ``<title>`` part writes a headline and its deck together (with or without a space)."""
    return {f"{head} {deck}", head + deck}


def _norm_date(m: re.Match) -> str:
    y, mo, d, hh, mm, ss = m.groups()
    out = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    if hh is not None and mm is not None and int(hh) < 24 and int(mm) < 60:
        out += f" {int(hh):02d}:{int(mm):02d}"
        if ss is not None and int(ss) < 60:
            out += f":{int(ss):02d}"
    return out


def _valid_date(m: re.Match) -> bool:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _english_date(texts) -> str:
    """The first date written in English in ``texts`` (``2025-12-01 10:56``), or ""."""
    for t in texts:
        for m in EN_DATE.finditer(t):
            month = _MONTHS.get((m.group("m1") or m.group("m2"))[:3].lower())
            day = int(m.group("d1") or m.group("d2"))
            if month and 1 <= day <= 31:
                out = f"{int(m.group('y')):04d}-{month:02d}-{day:02d}"
                if m.group("hh") and int(m.group("hh")) < 24 and int(m.group("mm")) < 60:
                    out += f" {int(m.group('hh')):02d}:{m.group('mm')}"
                return out
    return ""


def find_date(texts) -> str:
    """The first valid date in ``texts``, with its time when one of them gives the same day a time;
    else the first date written in English (a line of the date block: 发布 : 01 Dec 2025 10:56)."""
    texts = list(texts)
    for t in texts:
        for m in DATE.finditer(t):
            if _valid_date(m):
                found = _norm_date(m)
                if len(found) == 10:
                    timed = next((d for d in (_norm_date(x) for u in texts for x in DATE.finditer(u)
                                              if _valid_date(x)) if d.startswith(found) and len(d) > 10), None)
                    found = timed or found
                return found
    return _english_date(t for t in texts if len(t) <= _EN_DATE_LINE_MAX)


_EN_DATE_LINE_MAX = 60  # the longest line an English date is read from (a date line, not a sentence)


_NO_AUTHOR = frozenset({"管理员", "管理員", "系统管理员", "系統管理員", "网站管理员", "網站管理員", "admin",
                        "administrator", "webmaster", "root", "editor"})  # a CMS's account, no author


def read_metadata(article, items: list[Item], title_idx: int | None, start: int, end: int,
                  meta: dict, page_title: str = "") -> None:
    """Set ``article``'s date, author and source from ``<meta>`` values and the lines around the
    headline and the body; a ``<meta name="author">`` that names a CMS's account (管理员) or the
    site (its ``og:site_name``, the last part of ``page_title``) is no author."""
    n = len(items)
    anchor = title_idx if title_idx is not None else start
    lo, hi = max(0, min(anchor, start) - 3), min(n, max(anchor, start) + 3)
    near_idx = [i for i in range(lo, hi) if not (start <= i <= end) or items[i].reason]
    near = [items[i].text for i in near_idx]
    after = [items[i].text for i in range(end + 1, min(n, end + 4))]
    for key in ("article:published_time", "og:article:published_time", "publishdate", "pubdate",
                "publish_date", "publishtime", "dc.date", "date", "og:release_date"):
        if meta.get(key):
            article.date = find_date([meta[key]])
            if article.date:
                break
    if not article.date:
        short = [t for t in near if len(t) <= 80]
        article.date = find_date(short) or find_date([t for t in after if len(t) <= 80])
    if not article.date:  # the nearest metadata-looking line before the body
        for i in range(min(start, n) - 1, max(-1, start - 80), -1):
            t = items[i].text
            if len(t) <= 60 and DATE.search(t):
                article.date = find_date([t])
                if article.date:
                    break
    if not article.date and start < n:
        article.date = find_date([items[start].text[:60]])
    if len(article.date) == 10:  # a day without its time: the page may show the time beside it
        shown = [t for t in near + [items[i].text for i in range(max(0, start - 40), min(start, n))]
                 if len(t) <= 80 and article.date[:4] in t]
        timed = find_date([article.date] + shown)
        article.date = timed or article.date
    for t in near + after:
        if not article.author:
            m = labels().author.search(t)
            if m and is_meta_line(t):
                article.author = labels().stop.split(m.group(1) or m.group(2))[0].strip()
        if not article.source:
            m = labels().source.search(t)
            if m:
                article.source = m.group(1).strip()
    if not article.author:
        named = meta.get("author") or meta.get("article:author") or meta.get("dc.creator") or ""
        parts = title_segments(page_title) if page_title else []
        site = {x for x in title_segments(meta.get("og:site_name") or "")} | set(parts[-1:])  # (許楨 of 某文｜許楨｜香港01: an author)
        if named.strip().lower() not in _NO_AUTHOR and named.strip() not in site and not _names_site(named):
            article.author = named  # (not a CMS's account, 管理员, nor the site's own name)
    if not article.source:
        article.source = meta.get("source") or meta.get("contentsource") or ""


