"""Strip boilerplate from saved news pages: plain-text saves, HTML and MHTML.

:func:`strip_boilerplate` turns a page into an :class:`Article`: the title,
date, author and source, the body paragraphs in order, and every dropped
line or block with the reason it was dropped.

How it works.  The page becomes a flat list of blocks (HTML: runs of text
between block tags, with link, hidden and class/id features; plain text: one
block per line).  Each block is classified on its own (hidden, spam, link
farm, a class/id hint such as ``nav`` or ``comment``, a boilerplate phrase
from the lexicons, a date/author/source line), then scored by how much it
reads like prose (length, Chinese punctuation, link share).  The main
content region is the run of blocks with the highest total score; it is
widened over short lines of the same container (subheadings, a dateline, a
reporter credit), and ends where a comment thread, a page footer, a
copyright notice or (when less prose follows) a related-list header starts.
Inside the region every block classified as boilerplate is dropped;
everything outside it is dropped too.  Spam is removed wherever it sits,
including keyword runs inside a kept paragraph, the title and the metadata.

Work is bounded: see :mod:`zhtext.converters.html_text` for the HTML caps;
plain text is cut at ``MAX_TEXT_CHARS`` characters and ``MAX_TEXT_LINES``
lines, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .html_text import Block, declared_charset, html_blocks
from .lexicon import CompiledLexicon, Lexicon, compiled

__all__ = ["Article", "strip_boilerplate", "detect_form"]

MAX_TEXT_LINES = 50_000
MAX_TEXT_CHARS = 1_000_000
# bytes of a page decoded at most: enough for the characters read of an HTML page in any encoding
MAX_PAGE_BYTES = 8 * 1024 * 1024

# reasons a block can be dropped for
HIDDEN, SPAM, LINKS, OUTSIDE, TITLE, META = "hidden", "spam", "links", "outside", "title", "meta"
SYMBOLS = "symbols"  # a line of box-drawing characters, arrows or bullets only


@dataclass
class Article:
    """A news page with the boilerplate taken off."""

    title: str = ""
    date: str = ""
    author: str = ""
    source: str = ""
    body: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    form: str = "text"  # "text" | "html" | "mhtml"
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None

    def to_text(self) -> str:
        """The title, a blank line, then the paragraphs separated by blank lines."""
        parts = ([self.title] if self.title else []) + list(self.body)
        return "\n\n".join(parts) + "\n" if parts else ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["removed"] = [{"text": t, "reason": r} for t, r in self.removed]
        return d


# ---------------------------------------------------------------------------
# input forms and decoding

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp"}
_MHTML_EXT = {".mht", ".mhtml"}
_TEXT_EXT = {".txt", ".text"}
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
_MARKUP = re.compile(
    rb"<(?:!doctype|html|head|body|meta|div|p|br|table|span|a|title|script|style|h[1-6]|ul|li|td)\b",
    re.IGNORECASE,
)


def detect_form(data: bytes, filename: str | None = None) -> str:
    """``"mhtml"``, ``"html"`` or ``"text"``, by content first, then by extension."""
    from .mhtml import looks_like_mhtml

    ext = Path(filename).suffix.lower() if filename else ""
    if looks_like_mhtml(data):
        return "mhtml"
    head = data[:16384]
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"\x00" in head[:4096]:  # UTF-16 page: decide on the decoded start
        try:
            probe = head.decode("utf-16").encode("utf-8").lstrip(b"\xef\xbb\xbf \t\r\n")
        except UnicodeDecodeError:
            pass
    if probe[:1] == b"<" and _MARKUP.search(probe[:2048]):
        return "html"
    tags = len(_MARKUP.findall(probe))
    if ext in _MHTML_EXT and _HEADER_LINE.match(probe):
        return "mhtml"  # a cut or unusual archive header
    if ext in _MHTML_EXT or ext in _HTML_EXT:
        # a page saved under a page name; without any markup it is plain text
        return "html" if tags else "text"
    if ext not in _TEXT_EXT and tags >= 5:
        return "html"
    return "text"


_GB = {"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "gb18030", "csgb2312",
       "x-euc-cn", "chinese", "windows-936", "ms936"}
_BIG5 = {"big5", "big-5", "cn-big5", "x-big5", "csbig5", "cp950", "windows-950", "ms950",
         "big5-hkscs", "big5hkscs"}
_NOT_PAGE_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode",
                                "mbcs", "oem", "undefined"})
_UNTRUSTED = re.compile(r"^(?:iso-?8859-\d+|latin-?1|windows-125\d|cp125\d|us-ascii|ascii|x-user-defined)$")


def _candidates(declared: str | None) -> list[str]:
    if not declared:
        return []
    name = declared.strip().lower()
    if name in _GB:
        return ["gb18030"]
    if name in _BIG5:
        return ["cp950", "big5hkscs"]
    if _UNTRUSTED.match(name):
        return []  # single-byte declarations on Chinese pages are nearly always wrong
    if name in ("utf8", "utf-8", "unicode"):
        return ["utf-8-sig"]
    import codecs

    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # unknown, or a name holding a NUL byte
        return []
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CHARSETS:
        return []  # escape codecs and the like would turn bytes into lone surrogates
    return [info.name]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (from a str built with surrogateescape, say) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str | None, list[str]]:
    """Decode page bytes: BOM, valid UTF-8, the declared charset (promoted), detection, then replace.

    Returns (text, encoding used, warnings).
    """
    from .encoding import decode
    from .errors import BinaryInputError, DecodeError

    if data.startswith(b"\xef\xbb\xbf") or data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            text, det = decode(data)
            return text, det.encoding, []
        except (DecodeError, BinaryInputError, UnicodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for name in _candidates(declared):
        try:
            return data.decode(name), name, []
        except (UnicodeDecodeError, LookupError):
            continue
    cjk_declared = bool(_candidates(declared)) and _candidates(declared)[0] in ("gb18030", "cp950")
    try:
        text, det = decode(data, "auto", "strict")
        name = (det.encoding or "").lower()
        # A detector's single-byte guess does not overrule a Chinese declaration.
        if not (cjk_declared and _UNTRUSTED.match(name.replace("_", "-"))):
            return text, det.encoding, []
    except (DecodeError, BinaryInputError, UnicodeError, LookupError):
        pass
    fallback = (_candidates(declared) or [None])[0]
    try:
        if fallback:
            text = data.decode(fallback, "replace")
            used = fallback
        else:
            text, det = decode(data, "auto", "replace")
            used = det.encoding
    except (DecodeError, BinaryInputError, UnicodeError, LookupError):
        text, used = data.decode("utf-8", "replace"), "utf-8"
    return text, used, [f"undecodable bytes replaced with U+FFFD (read as {used})"]


# ---------------------------------------------------------------------------
# line-level classification

_SENT_PUNCT = re.compile(r"[，。！？；、：,!?;…]")
_FINAL = "。！？!?…”’」』\"'）)》]】.；;～~"
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s*|T)(\d{1,2})\s*[:：時时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_META_LABEL = re.compile(
    r"(?:作者|作\s*者|记者|記者|来源|來源|出处|出處|发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|"
    r"时间|時間|日期|发布日期|發布日期|浏览|瀏覽|点击|點擊|阅读|閱讀|编辑|編輯|字数|字數|次数|次數)\s*[:：]"
)
_AUTHOR = re.compile(
    r"(?:作者|作\s*者|撰文|编译|編譯)\s*[:：/／]\s*([^\s:：|/／，,（(【\[]{2,20}(?:\s[^\s:：|/／，,（(【\[]{2,4}){0,3})"
    r"|(?:记者|記者)\s*[:：/／]?\s*([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3})"
)
_AUTHOR_STOP = re.compile(
    r"\s*(?:时间|時間|来源|來源|日期|发布|發布|发表|發表|更新|编辑|編輯|责任|責任|点击|點擊|浏览|瀏覽|阅读|閱讀)"
)
_SOURCE = re.compile(r"(?:来源|來源|出处|出處|稿源)\s*[:：]\s*([^\s|:：，,（(【\[]{2,30})")
_CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:本报记者|本報記者|记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|文|图|圖|摄|攝|完|責編|责编)"
    r"[^。！？]{0,30}[)）】\]]?$"
)
_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,4}"
    r"(?:\s*[\u4e00-\u9fff]{2,8}(?:报道|報導|報道))?$"
)
_WORDY = re.compile(r"[^\W_]")  # a letter, digit or CJK character
_TIME = re.compile(r"\d{1,2}[:：]\d{2}")
_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊|消息)$")
_SEPARATORS = re.compile(r"[\s_|/\\\-·,，+.．:：;；~～*#=]+")
_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』\"]?$")
# boilerplate that is written as a sentence (dropped even when it ends with 。)
_STATEMENTS = frozenset({"copyright", "icp", "source", "editor", "contact", "boilerplate"})
_LABEL_START = re.compile(r"^[【\[(（]?[^\s:：]{1,7}[:：]")
_SHORT = 40  # marker phrases only count on lines up to this many characters


def _visible_len(text: str) -> int:
    return len(text) - text.count(" ")


def _spam_cut(text: str, lex: CompiledLexicon) -> tuple[str, list[str]]:
    """Remove spam keyword runs from ``text``; return (rest, removed pieces).

    A whole line is spam when spam terms and separators make up most of it;
    inside a sentence, a run of three or more terms strung together with
    separators (not an enumeration with 、) is cut out.
    """
    hits = lex.spam_hits(text)
    if not hits:
        return text, []
    total = _visible_len(text)
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
    if _visible_len(rest) < 6 or not re.search(r"[\u4e00-\u9fff]{2}", rest):
        return "", [text]
    return rest, removed


_MENU_SEP = re.compile(r"\s*[|｜>»›/·•]+\s*|\s{2,}|\s(?=[^\s]{1,6}(?:\s|$))")


def _is_menu(text: str) -> bool:
    """A line of short items between separators: 首页 | 新闻 | 体育, 首页 > 国内 > 正文."""
    if _SENT_PUNCT.search(text.replace("：", "").replace(":", "")):
        return False
    items = [t for t in _MENU_SEP.split(text) if t]
    if re.search(r"[|｜>»›·•]", text):
        return len(items) >= 3 and max(map(len, items)) <= 6
    return len(items) >= 5 and max(map(len, items)) <= 4  # space-separated: 首页 新闻 体育 娱乐 财经


def _is_meta_line(text: str) -> bool:
    n = len(text)
    if n > 90:
        return False
    if text.count("。") or text.count("！") or text.count("？"):
        return False
    if _META_LABEL.search(text) or (n <= 40 and _BYLINE.match(text)):
        return True
    m = _DATE.search(text)
    if m and (n <= 40 or m.group(4)):
        return text.count("，") <= 1
    return False


class _Item:
    """A block being classified."""

    __slots__ = ("block", "text", "length", "punct", "reason", "header", "value", "credit")

    def __init__(self, block: Block, text: str):
        self.block = block
        self.text = text
        self.length = _visible_len(text)
        self.punct = len(_SENT_PUNCT.findall(text))
        self.reason: str | None = None
        self.header: str | None = None
        self.value = 0.0
        self.credit = False


def _effective_hints(items: list[_Item], title: str) -> set[int]:
    """Element ids whose class/id hint is believed: not a wrapper around the whole article."""
    total = sum(it.punct for it in items) or 1
    below: dict[int, int] = {}
    title_below: set[int] = set()
    for it in items:
        b = it.block
        if not b.hints:
            continue
        is_title = bool(title) and b.heading and it.text == title
        for eid, _ in b.hints:
            below[eid] = below.get(eid, 0) + it.punct
            if is_title:
                title_below.add(eid)
    return {eid for eid, p in below.items() if p < 0.6 * total and eid not in title_below}


def _classify(items: list[_Item], lex: CompiledLexicon, form: str, title: str, removed_spam: list) -> bool:
    """Give each block its drop reason (or none); True when class-hidden text had to be kept."""
    effective = _effective_hints(items, title) if form != "text" else set()
    # Text hidden only by a class (not by an inline style) is shown when it is
    # most of the page's prose: a page that reveals its article with a script.
    weak = sum(it.length for it in items if it.block.hidden == 1 and it.punct)
    shown = sum(it.length for it in items if not it.block.hidden and it.punct)
    reveal = weak >= 200 and weak > 2 * shown
    for it in items:
        b = it.block
        text = it.text
        if b.hidden and not (reveal and b.hidden == 1):
            it.reason = HIDDEN
            continue
        rest, cut = _spam_cut(text, lex)
        if cut:
            if not rest:
                it.reason = SPAM
                continue
            for piece in cut:
                removed_spam.append((piece, SPAM))
            it.text = text = rest
            it.length = _visible_len(rest)
            it.punct = len(_SENT_PUNCT.findall(rest))
        n = it.length
        if n <= 16:
            m = lex.marker(text)
            if m and m.endswith("-header"):
                it.header = m[:-7]  # a related/comments section starts here
        hint = next((r for eid, r in reversed(b.hints) if eid in effective), None)
        if hint:
            it.reason = hint
            continue
        density = b.link_chars / max(n, 1)
        # mostly links: a link list or farm; a sentence with a few linked words stays
        if density >= 0.5 and (density >= 0.8 or it.punct < 2) and not (b.heading and n > 6):
            it.reason = LINKS
            if n <= 20:
                m = lex.marker(text)
                if m:
                    it.reason = m[:-7] if m.endswith("-header") else m
            continue
        if n <= _SHORT or (n <= 80 and it.punct <= 2):
            m = lex.marker(text)
            if m:
                if m.endswith("-header"):
                    if it.header:
                        it.reason = m[:-7]
                        continue
                elif not _ENDS_SENTENCE.search(text) or (
                        m in _STATEMENTS
                        and (_LABEL_START.match(text) or lex.prefix_marker(text) != m)):
                    # A short sentence that mentions "打印" or "微博" is not a widget,
                    # and one that starts with "审核" is not an editor line; a
                    # copyright sentence ("未经授权，不得转载。") is boilerplate.
                    it.reason = m
                    continue
        elif n <= 150:
            m = lex.prefix_marker(text) if _LABEL_START.match(text) else None
            if m in _STATEMENTS:  # 责任编辑：…, 来源：…, 声明：… written as a long sentence
                it.reason = m
                continue
        if not _WORDY.search(text):
            it.reason = SYMBOLS
            continue
        if n <= 80 and _is_menu(text):
            it.reason = "navigation"
            continue
        if _CREDIT.match(text) and n <= 30:
            it.credit = True
            continue
        if _is_meta_line(text):
            it.reason = META
    return reveal


def _value(it: _Item) -> float:
    if it.reason in (HIDDEN, SPAM):
        return -2.0
    if it.reason == SYMBOLS:
        return -0.5  # rules, arrows, bullets: neither text nor boilerplate
    if it.reason:
        return -(3.0 + min(it.length, 60) * 0.5)
    n = it.length
    links = it.block.link_chars
    if it.punct == 0:
        return n * 0.3 - 8.0
    return (n - 2 * links) + 3.0 * min(it.punct, 20) - 8.0


def _prose(it: _Item) -> int:
    return it.length if it.punct else 0


def _best_region(items: list[_Item]) -> tuple[int, int]:
    best, best_s, best_e = 0.0, 0, -1
    run, start = 0.0, 0
    for i, it in enumerate(items):
        if run <= 0:
            run, start = 0.0, i
        run += it.value
        if run > best:
            best, best_s, best_e = run, start, i
    return best_s, best_e


def _parent(b: Block):
    return b.path[-1] if b.path else None


def _same_box(a: Block, b: Block) -> bool:
    if not a.path or not b.path:
        return False
    return a.path[:-1] == b.path[:-1] or a.path == b.path or _parent(a) == _parent(b)


# ---------------------------------------------------------------------------
# title and metadata

_TITLE_SPLIT = re.compile(r"\s*(?:[|_｜]|--+|——|－－| - | – | — |::)\s*")


def _title_segments(page_title: str) -> list[str]:
    parts = [p.strip() for p in _TITLE_SPLIT.split(page_title) if p.strip()]
    return parts or ([page_title] if page_title else [])


def _weight(text: str) -> int:
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in text)


def _pick_title(items: list[_Item], start: int, page_title: str, meta: dict,
                lex: CompiledLexicon) -> int | None:
    """Index of the block that is the headline, or None.

    Candidates are the blocks shortly before the body; they are compared with
    the headline part of the page's ``<title>`` (or ``og:title``), that is its
    heaviest segment once the site and channel names are split off.  A block
    that is only the site name scores nothing.
    """
    refs = [r for r in dict.fromkeys((meta.get("og:title"), meta.get("title"), meta.get("dc.title"), page_title)) if r]
    headlines, others = set(), set()
    for r in refs:
        segs = [x for x in _title_segments(r) if not lex.spam_hits(x)]
        if segs:
            top = max(segs, key=_weight)
            headlines.add(top)
            others.update(x for x in segs if x != top)
    best, best_score = None, 0.0
    lo = max(0, start - 60)
    for i in range(lo, min(len(items), start + 2)):
        it = items[i]
        t = it.text
        n = it.length
        if n < 2 or n > 80 or it.reason in (HIDDEN, SPAM) or it.credit:
            continue
        if it.reason in (META,) or (it.reason and it.reason not in (LINKS,)):
            continue
        if t in others and t not in headlines:
            continue  # the site or channel name
        score = 0.0
        for r in list(headlines) + refs:
            if t == r:
                score = max(score, 10.0)
            elif len(t) >= 4 and t in r:
                score = max(score, 4.0 + 4.0 * len(t) / max(len(r), 1))
            elif len(r) >= 4 and r in t:
                score = max(score, 4.0)
        h = it.block.heading
        if h:
            score += {1: 3.0, 2: 2.0, 3: 1.0}.get(h, 0.5)
        if score <= 0:
            continue
        if it.reason == LINKS:
            score -= 2.0
        score += 0.02 * (i - lo)  # nearer the body wins ties
        if score > best_score:
            best, best_score = i, score
    return best


def _text_title(items: list[_Item], start: int) -> int | None:
    """Plain text: the nearest short line before the body that is not boilerplate or metadata."""
    for i in range(start - 1, max(-1, start - 12), -1):
        it = items[i]
        if it.reason:
            continue
        t = it.text
        if 2 <= it.length <= 60 and t[-1] not in "。！？!?；;，,：:":
            return i
        return None
    return None


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


def _find_date(texts) -> str:
    for t in texts:
        for m in _DATE.finditer(t):
            if _valid_date(m):
                return _norm_date(m)
    return ""


def _metadata(article: Article, items: list[_Item], title_idx: int | None, start: int, end: int,
              meta: dict) -> None:
    n = len(items)
    anchor = title_idx if title_idx is not None else start
    lo, hi = max(0, min(anchor, start) - 3), min(n, max(anchor, start) + 3)
    near_idx = [i for i in range(lo, hi) if not (start <= i <= end) or items[i].reason]
    near = [items[i].text for i in near_idx]
    after = [items[i].text for i in range(end + 1, min(n, end + 4))]
    for key in ("article:published_time", "og:article:published_time", "publishdate", "pubdate",
                "publish_date", "publishtime", "dc.date", "date", "og:release_date"):
        if meta.get(key):
            article.date = _find_date([meta[key]])
            if article.date:
                break
    if not article.date:
        short = [t for t in near if len(t) <= 80]
        article.date = _find_date(short) or _find_date([t for t in after if len(t) <= 80])
    if not article.date:  # the nearest metadata-looking line before the body
        for i in range(min(start, n) - 1, max(-1, start - 80), -1):
            t = items[i].text
            if len(t) <= 60 and _DATE.search(t):
                article.date = _find_date([t])
                if article.date:
                    break
    if not article.date and start < n:
        article.date = _find_date([items[start].text[:60]])
    for t in near + after:
        if not article.author:
            m = _AUTHOR.search(t)
            if m and _is_meta_line(t):
                article.author = _AUTHOR_STOP.split(m.group(1) or m.group(2))[0].strip()
        if not article.source:
            m = _SOURCE.search(t)
            if m:
                article.source = m.group(1).strip()
    if not article.author:
        article.author = meta.get("author") or meta.get("article:author") or meta.get("dc.creator") or ""
    if not article.source:
        article.source = meta.get("source") or meta.get("contentsource") or ""


# ---------------------------------------------------------------------------
# plain-text saves

_INDENT = re.compile(r"^(?:[ \t]{2,}|\u3000+)")


def _text_blocks(text: str) -> list[Block]:
    lines = text.splitlines()[:MAX_TEXT_LINES]
    raw = []
    for line in lines:
        stripped = line.strip(" \t\u3000\u00a0\ufeff\r")
        raw.append((line, stripped))
    # Indented paragraphs wrapped onto unindented continuation lines are joined.
    indented = sum(1 for line, s in raw if s and _INDENT.match(line))
    blocks: list[Block] = []
    prev_open = False
    for line, s in raw:
        if not s:
            prev_open = False
            continue
        if (indented >= 2 and prev_open and not _INDENT.match(line) and blocks
                and blocks[-1].text[-1] not in _FINAL and len(blocks[-1].text) >= 20):
            blocks[-1].text += s
            continue
        b = Block(re.sub(r"[ \t\u00a0]+", " ", s), tag="line")
        b.index = len(blocks)
        blocks.append(b)
        prev_open = bool(indented >= 2 and _INDENT.match(line))
    return blocks


# ---------------------------------------------------------------------------


def _lexicon(lexicons) -> CompiledLexicon:
    paths, objects = [], []
    for lx in lexicons:
        (objects if isinstance(lx, Lexicon) else paths).append(lx)
    if not objects:
        return compiled(tuple(str(p) for p in paths))
    from .lexicon import bundled, load_lexicon

    lex = bundled()
    for p in paths:
        lex = lex.merged(load_lexicon(p))
    for o in objects:
        lex = lex.merged(o)
    return lex.compile()


def strip_boilerplate(data: bytes | str, filename=None, *, lexicons=()) -> Article:
    """Extract the article from a saved page (plain text, HTML or MHTML).

    ``data`` is the raw file (bytes, decoded here with the encoding layer)
    or already-decoded text.  ``filename`` helps tell the form apart by its
    extension.  ``lexicons`` are extra phrase-list files (or
    :class:`~zhtext.converters.lexicon.Lexicon` objects) added to the
    bundled ones.
    """
    lex = _lexicon(lexicons)
    warnings: list[str] = []
    encoding = None
    if isinstance(data, str):
        data = _no_surrogates(data)
    raw_bytes = data if isinstance(data, bytes) else data.encode("utf-8")
    form = detect_form(raw_bytes, str(filename) if filename else None)
    shown_form = form
    declared = None
    if form == "mhtml":
        from .mhtml import main_part

        part = main_part(raw_bytes)
        if part is None:
            warnings.append("MHTML archive without a text part")
            body_bytes, declared, form = b"", None, "text"
        else:
            body_bytes, declared = part.body, part.charset
            form = "html" if part.content_type == "text/html" else "text"
            if form == "html":
                declared = declared or declared_charset(body_bytes)
        text, encoding, w = decode_page(body_bytes, declared)
        warnings += w
    elif isinstance(data, str):
        text = data
    else:
        if form == "html":
            declared = declared_charset(raw_bytes)
        if len(raw_bytes) > MAX_PAGE_BYTES:
            # Only the first MAX_TEXT_CHARS characters are read anyway: do not
            # decode (and hold) the rest.  Cut after a line end when there is one.
            cut = raw_bytes.rfind(b"\n", 0, MAX_PAGE_BYTES)
            raw_bytes = raw_bytes[: cut + 1 if cut > 0 else MAX_PAGE_BYTES]
            warnings.append(f"page too large; only its first {len(raw_bytes)} bytes were read")
        text, encoding, w = decode_page(raw_bytes, declared)
        warnings += w
    text = _no_surrogates(text).lstrip("\ufeff")

    meta: dict = {}
    page_title = ""
    if form == "html":
        page = html_blocks(text)
        blocks, meta, page_title = page.blocks, page.meta, page.title
        if page.truncated:
            warnings.append("page too large or malformed; only its first part was read")
    else:
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            warnings.append(f"page too large; only its first {MAX_TEXT_CHARS} characters were read")
        blocks = _text_blocks(text)
        if text.count("\n") >= MAX_TEXT_LINES:
            warnings.append(f"only the first {MAX_TEXT_LINES} lines were read")

    article = Article(form=shown_form, encoding=encoding, warnings=warnings)
    _extract(article, blocks, lex, form, page_title, meta)
    return article


def _widen(items: list[_Item], start: int, end: int, form: str) -> tuple[int, int]:
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
    return start, end


def _cut_sections(items: list[_Item], start: int, end: int, form: str) -> None:
    """End the article at a comments, footer or copyright section inside the region.

    A related-list header ends it only when less prose follows it than came
    before (a related box in mid-article is skipped over).
    """
    prose_before = 0
    cut_reason = None
    signatures = _comment_signatures(items, start, end)
    for i in range(start, end + 1):
        it = items[i]
        if i in signatures and prose_before and not cut_reason:
            cut_reason = it.reason = "comments"
            continue
        if cut_reason:
            if it.header:
                cut_reason = it.header  # a new trailing section starts
                it.reason = it.reason or it.header
            elif not it.reason:
                it.reason = cut_reason
            continue
        if prose_before and (it.header or (it.reason in ("comments", "footer") and it.block.hints)):
            reason = it.header or it.reason
            if reason == "related" and form == "html":
                after = sum(_prose(items[j]) for j in range(i + 1, end + 1) if not items[j].reason)
                if after >= 0.5 * prose_before:
                    continue
            cut_reason = reason
            it.reason = it.reason or reason
            continue
        if not it.reason:
            prose_before += _prose(it)


def _comment_signatures(items: list[_Item], start: int, end: int) -> set[int]:
    """Short name-and-timestamp lines after the body began, each followed by a remark.

    Two or more of them mean a comment thread without a header.
    """
    found = set()
    began = False
    for i in range(start, end + 1):
        it = items[i]
        if not it.reason and it.punct:
            began = True
        elif (began and it.reason == META and it.length <= 30 and _TIME.search(it.text)
                and i + 1 <= end and not items[i + 1].reason and items[i + 1].punct):
            found.add(i)
    return found if len(found) >= 2 else set()


def _drop_trailing_headlines(items: list[_Item], start: int, end: int) -> None:
    """Plain text: a trailing run of headline-like lines (no final punctuation) is a related list."""
    run = []
    for i in range(end, start - 1, -1):
        it = items[i]
        if it.reason:
            continue
        if it.credit or it.text[-1] in _FINAL or it.length > 60:
            break
        run.append(i)
    if len(run) >= 2 and len(run) < sum(1 for i in range(start, end + 1) if not items[i].reason):
        for i in run:
            items[i].reason = "related"


def _extract(article: Article, blocks: list[Block], lex: CompiledLexicon, form: str,
             page_title: str, meta: dict) -> None:
    items = [_Item(b, b.text) for b in blocks]
    spam_pieces: list[tuple[str, str]] = []
    segs = _title_segments(page_title)
    if _classify(items, lex, form, segs[0] if segs else "", spam_pieces):
        article.warnings.append("the article text is hidden by a class (shown by a script?); kept it")
    for it in items:
        it.value = _value(it)
    start, end = _best_region(items)

    start, end = _widen(items, start, end, form)

    # Title.
    title_idx = None
    if form == "html":
        title_idx = _pick_title(items, start, page_title, meta, lex)
        if title_idx is not None:
            article.title = items[title_idx].text
        else:
            segs = [x for x in _title_segments(meta.get("og:title") or page_title) if not lex.spam_hits(x)]
            article.title = max(segs or [""], key=_weight)
    elif end >= start:
        title_idx = _text_title(items, start)
        if title_idx is not None:
            article.title = items[title_idx].text
    if title_idx is not None and start <= title_idx <= end:
        if title_idx == start:
            start += 1
        else:
            items[title_idx].reason = TITLE

    if article.title:
        rest, cut = _spam_cut(article.title, lex)
        if cut:
            spam_pieces.extend((piece, SPAM) for piece in cut)
            article.title = rest

    _metadata(article, items, title_idx, start, end, meta)
    for key in ("author", "source"):
        value = getattr(article, key)
        if value and lex.spam_hits(value):
            spam_pieces.append((value, SPAM))
            setattr(article, key, "")

    _cut_sections(items, start, end, form)
    if form == "text":
        _drop_trailing_headlines(items, start, end)

    body: list[str] = []
    removed: list[tuple[str, str]] = []
    for i, it in enumerate(items):
        if i == title_idx:
            continue
        if start <= i <= end and not it.reason:
            body.append(it.text)
        else:
            removed.append((it.block.text, it.reason or OUTSIDE))
    removed.extend(spam_pieces)
    article.body = body
    article.removed = removed
    prose = sum(items[i].length for i in range(start, end + 1) if not items[i].reason and items[i].punct)
    if not body:
        article.warnings.append("nothing here looks like an article; nothing was kept")
    elif prose < 40:
        article.warnings.append("nothing here looks like an article; kept the best guess")
