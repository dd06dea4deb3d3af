"""HTML to a flat list of text blocks, with the features boilerplate scoring needs.

One pass of a small regular-expression tokenizer (tags, comments, raw-text
elements; character references through ``html.unescape``); no tree is built
and nothing recurses over the nesting depth.  Each block is a run of text
between block-level boundaries (``p``, ``div``, ``br``, ``li``, ``td``, ...)
and records its tag, heading level, how many of its characters sit inside
links, whether an ancestor hides it, the ancestors' class/id hints and the
ids of its ancestors.  Work is bounded: the input is cut at
``MAX_CHARS``, the open-element stack at ``MAX_DEPTH`` and the block count
at ``MAX_BLOCKS``.
"""

from __future__ import annotations

import re
from html import unescape

MAX_CHARS = 2_000_000
MAX_DEPTH = 200
MAX_BLOCKS = 20_000
MAX_BLOCK_CHARS = 100_000

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul caption legend title head frameset frame".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
SKIP_TAGS = frozenset(
    "script style template svg math textarea select option iframe object canvas audio video noscript button".split()
)
# inline formatting elements: only tracked when they hide their text
TRANSPARENT = frozenset(
    "b i em strong font span u small big sup sub label abbr cite code s strike tt nobr mark ins del q "
    "dfn kbd var bdi bdo time".split()
)
AUTO_CLOSE = frozenset("p li td th tr dt dd".split())
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}"
    r"|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])"
)
_HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "display-none", "invisible", "sr-only"})
_CAMEL = re.compile(r"([a-z])([A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

# class/id token -> reason; prefixes are checked with str.startswith
_HINT_EXACT = {
    "location": "navigation", "position": "navigation", "weizhi": "navigation", "sitemap": "navigation",
    "topbar": "navigation", "toolbar": "navigation", "dh": "navigation", "daohang": "navigation",
    "footer": "footer", "foot": "footer", "ft": "footer", "bottom": "footer", "copyright": "footer",
    "banquan": "footer", "copy": "footer",
    "reply": "comments", "replies": "comments", "pinglun": "comments", "pl": "comments",
    "disqus": "comments", "changyan": "comments", "gentie": "comments", "discuss": "comments",
    "social": "share", "jiathis": "share", "bdshare": "share",
    "related": "related", "relate": "related", "recommend": "related", "tuijian": "related",
    "xgxw": "related", "xgwz": "related", "xgyd": "related", "hot": "related", "hots": "related",
    "hotnews": "related", "rank": "related", "ranking": "related", "paihang": "related", "top10": "related",
    "ad": "ad", "ads": "ad", "gg": "ad", "guanggao": "ad", "banner": "ad", "sponsor": "ad", "promo": "ad",
    "sidebar": "sidebar", "side": "sidebar", "aside": "sidebar", "widget": "sidebar",
    "print": "print", "dayin": "print", "prev": "prevnext", "next": "prevnext", "pager": "prevnext",
    "login": "navigation", "search": "navigation",
}
_HINT_PREFIX = (
    ("breadcrumb", "navigation"), ("crumb", "navigation"), ("nav", "navigation"), ("menu", "navigation"),
    ("footer", "footer"), ("comment", "comments"), ("share", "share"), ("related", "related"),
    ("recommend", "related"), ("advert", "ad"), ("sidebar", "sidebar"),
)
_POSITIVE = frozenset({
    "content", "article", "artibody", "text", "main", "post", "entry", "detail", "zw", "zhengwen",
    "story", "body", "txt", "newstext", "newscontent", "article_content",
})
_TAG_HINTS = {"nav": "navigation", "footer": "footer", "aside": "sidebar"}
_META_KEYS = frozenset({
    "author", "article:author", "dc.creator", "byline", "publishdate", "pubdate", "publish_date",
    "publishtime", "date", "dc.date", "article:published_time", "og:article:published_time",
    "og:release_date", "og:title", "twitter:title", "title", "dc.title", "source", "og:site_name",
    "contentsource", "mediaid", "description",
})

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_NL_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"[\s\u00a0\u200b\ufeff]+")


def class_hint(tag: str, attrs_class: str) -> tuple[str | None, bool, bool]:
    """(boilerplate reason, positive content hint, hidden by class) for an element."""
    reason = _TAG_HINTS.get(tag)
    positive = tag in ("article", "main")
    hidden = False
    if attrs_class:
        for name in attrs_class.lower().split():
            if name in _HIDDEN_CLASSES:
                hidden = True
        for tok in _TOKEN_SPLIT.split(_CAMEL.sub(r"\1 \2", attrs_class).lower()):
            if not tok:
                continue
            if tok in _POSITIVE:
                positive = True
            if reason is None:
                r = _HINT_EXACT.get(tok)
                if r is None:
                    for pre, pr in _HINT_PREFIX:
                        if tok.startswith(pre):
                            r = pr
                            break
                reason = r
    if positive and reason not in _STRONG:
        reason = None
    return reason, positive, hidden


_STRONG = frozenset({"comments", "related", "footer", "navigation"})


def _text(raw: str) -> str:
    return unescape(raw) if "&" in raw else raw


def clean_space(text: str) -> str:
    """Join lines broken between CJK characters, collapse the rest of the whitespace."""
    if "\n" in text:
        text = _NL_BETWEEN_CJK.sub("", text)
    return _SPACES.sub(" ", text).strip()


class Block:
    """One run of text between block boundaries."""

    __slots__ = ("text", "tag", "heading", "link_chars", "links", "hidden", "path", "hints",
                 "positive", "index")

    def __init__(self, text, tag="p", heading=0, link_chars=0, links=0, hidden=False, path=(),
                 hints=(), positive=False):
        self.text = text
        self.tag = tag
        self.heading = heading
        self.link_chars = link_chars
        self.links = links
        self.hidden = hidden
        self.path = path
        self.hints = hints  # ((element id, reason), ...) of hinted ancestors
        self.positive = positive
        self.index = 0

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"Block({self.text[:30]!r}, tag={self.tag}, links={self.link_chars}, hints={self.hints})"


class _Frame:
    __slots__ = ("tag", "id", "hidden", "hint", "positive", "skip", "anchor", "block")

    def __init__(self, tag, eid, hidden, hint, positive, skip, anchor, block):
        self.tag = tag
        self.id = eid
        self.hidden = hidden
        self.hint = hint
        self.positive = positive
        self.skip = skip
        self.anchor = anchor
        self.block = block


_TAG = re.compile(
    r"<(?:(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})((?:[^>\"']|\"[^\"]{0,4000}\"|'[^']{0,4000}')*)>|(!--)|[!?][^>]{0,4000}>)"
)
_CSS_BRACE = re.compile(r"[{}]")
_SIMPLE_SELECTOR = re.compile(r"(?:[a-z][a-z0-9]*)?[.#][\w-]+")
_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})")
TAG_WINDOW = 2048
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_END = {t: re.compile(rf"</{t}\s*>", re.IGNORECASE) for t in ("script", "style", "textarea", "title", "xmp")}
_NEEDS_ATTRS = frozenset({"meta"})


def _attrs(raw: str):
    return [(m.group(1).lower(), m.group(2) if m.group(2) is not None else
             m.group(3) if m.group(3) is not None else m.group(4))
            for m in _ATTR.finditer(raw)]


class _BlockParser:
    def __init__(self):
        self.blocks: list[Block] = []
        self.stack: list[_Frame] = []
        self.overflow = 0
        self.next_id = 1
        self.pieces: list[str] = []
        self.piece_chars = 0
        self.link_chars = 0
        self.links = 0
        self.hidden_depth = 0
        self.weak_hidden_depth = 0
        self.pre_depth = 0
        self.transparent_open: dict[str, int] = {}  # hidden inline elements on the stack, by tag
        self.hidden_selectors: set[str] = set()
        self.skip_depth = 0
        self.anchor_depth = 0
        self.heading = 0
        self.title_parts: list[str] | None = None
        self.title = ""
        self.meta: dict[str, str] = {}
        self.truncated = False

    # -- text ---------------------------------------------------------------
    def handle_data(self, data):
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.skip_depth or self.truncated:
            return
        if self.piece_chars > MAX_BLOCK_CHARS:
            return
        if self.pre_depth and "\n" in data:
            # preformatted text: every line is a block of its own
            lines = data.split("\n")
            for line in lines[:-1]:
                self.pieces.append(line)
                if self.anchor_depth:
                    self.link_chars += len(line.strip())
                self.flush("pre")
            data = lines[-1]
        self.pieces.append(data)
        self.piece_chars += len(data)
        if self.anchor_depth:
            self.link_chars += len(data.strip())

    def flush(self, tag="p"):
        if not self.pieces:
            self.link_chars = self.links = 0
            return
        text = clean_space("".join(self.pieces))
        self.pieces = []
        self.piece_chars = 0
        if text:
            if len(self.blocks) >= MAX_BLOCKS:
                self.truncated = True
            else:
                stack = self.stack
                hints = tuple((f.id, f.hint) for f in stack if f.hint)
                block = Block(
                    text, tag, self.heading, min(self.link_chars, len(text)), self.links,
                    2 if self.hidden_depth else (1 if self.weak_hidden_depth else 0),
                    tuple(f.id for f in stack), hints,
                    any(f.positive for f in stack),
                )
                block.index = len(self.blocks)
                self.blocks.append(block)
        self.link_chars = 0
        self.links = 1 if self.anchor_depth else 0

    # -- tags ---------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            if tag == "br" or tag == "hr":
                self.flush("br")
            elif tag == "meta":
                self._meta(attrs)
            return
        if tag == "title" and self.title_parts is None and not self.title:
            self.title_parts = []
            return
        if tag in TRANSPARENT and not attrs:
            return  # inline formatting: nothing to track
        stack = self.stack
        if tag in AUTO_CLOSE and stack and stack[-1].tag == tag:
            self._pop_to(len(stack) - 1)
        elif tag in BLOCK_TAGS and stack and stack[-1].tag == "p":
            self._pop_to(len(stack) - 1)
        if len(stack) >= MAX_DEPTH:
            self.overflow += 1
            if tag in BLOCK_TAGS:
                self.flush(tag)
            return
        style = cls = ""
        hidden = 0  # 2: inline style or attribute; 1: a class (the page's CSS may show it)
        for k, v in attrs:
            if k == "style" and v:
                style = v.lower()
            elif (k == "class" or k == "id") and v:
                cls = f"{cls} {v}" if cls else v
                if self.hidden_selectors and not hidden:
                    names = v.lower().split()
                    prefix = "." if k == "class" else "#"
                    if any(prefix + name in self.hidden_selectors for name in names):
                        hidden = 1
            elif k == "hidden":
                hidden = 2
        if style and _HIDDEN_STYLE.search(style):
            hidden = 2
        hint, positive, cls_hidden = class_hint(tag, cls) if (cls or tag in _TAG_HINTS or tag in ("article", "main")) else (None, False, False)
        if tag not in BLOCK_TAGS:
            hint = None  # an inline element's class says little about the page region
        if cls_hidden and not hidden:
            hidden = 1
        if tag in TRANSPARENT:
            if not hidden:
                return
            self.transparent_open[tag] = self.transparent_open.get(tag, 0) + 1
        skip = tag in SKIP_TAGS
        block = tag in BLOCK_TAGS or hidden or hint is not None
        if block or skip:
            self.flush(tag)
        anchor = tag == "a"
        frame = _Frame(tag, self.next_id, hidden, hint, positive, skip, anchor, block)
        self.next_id += 1
        stack.append(frame)
        if hidden == 2:
            self.hidden_depth += 1
        elif hidden:
            self.weak_hidden_depth += 1
        if skip:
            self.skip_depth += 1
        if anchor:
            self.anchor_depth += 1
            self.links += 1
        if tag in HEADINGS:
            self.heading = HEADINGS[tag]
        elif tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)
        elif tag in BLOCK_TAGS:
            self.flush(tag)

    def handle_endtag(self, tag):
        if tag == "title" and self.title_parts is not None:
            self.title = clean_space("".join(self.title_parts))
            self.title_parts = None
            return
        if tag in TRANSPARENT and not self.transparent_open.get(tag):
            return  # its start tag was not tracked
        if self.overflow:
            self.overflow -= 1
            if tag in BLOCK_TAGS:
                self.flush(tag)
            return
        stack = self.stack
        low = max(0, len(stack) - 40)
        for i in range(len(stack) - 1, low - 1, -1):
            if stack[i].tag == tag:
                self._pop_to(i, closing=tag)
                return
        if tag in BLOCK_TAGS or tag == "br":
            self.flush(tag)

    def _pop_to(self, index, closing=None):
        """Close the elements from the top of the stack down to ``index``."""
        stack = self.stack
        while len(stack) > index:
            frame = stack[-1]
            if frame.block or frame.skip:
                self.flush(closing or frame.tag)
            stack.pop()
            if frame.tag in TRANSPARENT:
                self.transparent_open[frame.tag] -= 1
            if frame.hidden == 2:
                self.hidden_depth -= 1
            elif frame.hidden:
                self.weak_hidden_depth -= 1
            if frame.skip:
                self.skip_depth -= 1
            if frame.anchor:
                self.anchor_depth -= 1
            if frame.tag in HEADINGS:
                self.heading = 0
            elif frame.tag == "pre":
                self.pre_depth -= 1

    def _stylesheet(self, css: str) -> None:
        """Remember simple top-level ``.class`` / ``#id`` rules that hide their element.

        Rules inside ``@media`` and other nested blocks are ignored (they
        hide things only on some screens).
        """
        if "none" not in css and "hidden" not in css:
            return
        depth, sel_start = 0, 0
        for m in _CSS_BRACE.finditer(css):
            if m.group() == "{":
                if depth == 0:
                    end = css.find("}", m.end())
                    body = css[m.end():end if end >= 0 else len(css)]
                    if "{" not in body and _HIDDEN_STYLE.search(body.lower()):
                        for sel in css[sel_start:m.start()].split(","):
                            sel = sel.strip().lower()
                            if _SIMPLE_SELECTOR.fullmatch(sel):
                                cut = min(i for i in (sel.find("."), sel.find("#")) if i >= 0)
                                self.hidden_selectors.add(sel[cut:])
                depth += 1
            else:
                depth = max(0, depth - 1)
                if depth == 0:
                    sel_start = m.end()

    def _meta(self, attrs):
        d = {k: (v or "") for k, v in attrs}
        key = (d.get("name") or d.get("property") or d.get("itemprop") or "").lower()
        if key in _META_KEYS and d.get("content") and key not in self.meta:
            self.meta[key] = clean_space(d["content"])[:500]

    def feed(self, html: str) -> None:
        """Tokenize ``html`` in one left-to-right pass (each character looked at a bounded number of times)."""
        pos, n = 0, len(html)
        find = html.find
        next_gt = -1  # cached position of the next ">" (keeps the fallback linear)
        while pos < n and not self.truncated:  # stops once MAX_BLOCKS blocks are made
            i = find("<", pos)
            if i < 0:
                self.handle_data(_text(html[pos:]))
                break
            if i > pos:
                seg = html[pos:i]
                if seg.isspace() and not self.pre_depth and self.title_parts is None:
                    if self.pieces and not self.skip_depth:
                        self.pieces.append(" ")  # whitespace between tags: one space at most
                else:
                    self.handle_data(_text(seg))
            m = _TAG.match(html, i, min(n, i + TAG_WINDOW))
            if m is None:
                # Not a tag within the window: a stray "<", or a tag too long
                # (or never closed) for the pattern, which ends at the next ">".
                name = _NAME.match(html, i, min(n, i + 48))
                if name is None:
                    self.handle_data("<")
                    pos = i + 1
                    continue
                if next_gt <= i:
                    next_gt = find(">", i)
                    if next_gt < 0:
                        next_gt = n  # unterminated: the rest is inside the tag
                if not name.group(1) and next_gt < n:
                    tag = name.group(2).lower()
                    raw = html[name.end():min(next_gt, name.end() + TAG_WINDOW)]
                    self.handle_starttag(tag, _attrs(raw))
                    if tag in _RAW_END:
                        e = _RAW_END[tag].search(html, next_gt + 1)
                        pos = n if e is None else e.start()
                        continue
                elif next_gt < n:
                    self.handle_endtag(name.group(2).lower())
                pos = next_gt + 1
                continue
            closing, name, raw, comment = m.groups()
            if comment:  # comment: runs to --> (or to the end when unterminated)
                j = find("-->", i + 4)
                pos = n if j < 0 else j + 3
                continue
            pos = m.end()
            if name is None:  # <!doctype>, <?xml?>, <![CDATA[...]>
                continue
            tag = name.lower()
            if closing:
                if tag not in TRANSPARENT or self.transparent_open.get(tag):
                    self.handle_endtag(tag)
                continue
            if not raw or not raw.strip(" /"):
                attrs = []
            elif tag in BLOCK_TAGS or tag in _NEEDS_ATTRS:
                attrs = _attrs(raw)
            else:
                # inline elements matter only when they hide their text
                low = raw.lower()
                attrs = _attrs(raw) if ("style" in low or "hid" in low or "invisible" in low
                                        or "sr-only" in low or "d-none" in low
                                        or (self.hidden_selectors and ("class" in low or "id" in low))) else []
            if raw.endswith("/") and tag not in VOID_TAGS:
                self.handle_startendtag(tag, attrs)
                continue
            self.handle_starttag(tag, attrs)
            end_re = _RAW_END.get(tag)
            if end_re is not None:  # raw text: no tags inside
                e = end_re.search(html, pos)
                stop = n if e is None else e.start()
                if tag in ("title", "textarea", "xmp"):
                    self.handle_data(_text(html[pos:stop]))
                elif tag == "style":
                    self._stylesheet(html[pos:min(stop, pos + 200_000)])
                pos = stop if e is not None else n

    def close(self):
        if self.title_parts is not None:
            self.title = clean_space("".join(self.title_parts))
            self.title_parts = None
        self.flush()


class HtmlPage:
    """The result of :func:`html_blocks`."""

    __slots__ = ("blocks", "title", "meta", "truncated")

    def __init__(self, blocks, title, meta, truncated):
        self.blocks = blocks
        self.title = title
        self.meta = meta
        self.truncated = truncated


def html_blocks(html: str) -> HtmlPage:
    """Parse ``html`` into blocks; never raises on malformed markup."""
    truncated = False
    if len(html) > MAX_CHARS:
        html = html[:MAX_CHARS]
        truncated = True
    parser = _BlockParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, RecursionError):  # html.parser gives up on some junk
        parser.flush()
        truncated = True
    return HtmlPage(parser.blocks, parser.title, parser.meta, truncated or parser.truncated)


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 8 KB."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii").lower() if m else None
