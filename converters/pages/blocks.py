"""A page as a flat list of text blocks, with the features the classifier reads.

HTML: :func:`html_blocks` builds the blocks from the tokens of
:mod:`.tokenizer`; no tree is kept.  Each :class:`Block` is a run of text
between block-level boundaries (``p``, ``div``, ``br``, ``li``, ``td``, ...)
and records its heading level, how many of its characters sit inside links,
whether an ancestor hides it, the ancestors' class/id hints and the ids of
its ancestors.  Work is bounded: the input is cut at ``MAX_CHARS``, the
open-element stack at ``MAX_DEPTH`` and the block count at ``MAX_BLOCKS``.

Plain text: :func:`text_blocks` makes one block per line, joining the
continuation lines of indented paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..lexicon import word_lists
from .tokenizer import VOID_TAGS, tokenize

__all__ = ["Block", "HtmlPage", "CONTENT", "html_blocks", "text_blocks", "class_hint", "clean_space",
           "MAX_CHARS", "MAX_DEPTH", "MAX_BLOCKS", "MAX_TEXT_LINES", "MAX_TEXT_CHARS"]

MAX_CHARS = 2_000_000
MAX_DEPTH = 200
MAX_BLOCKS = 20_000
MAX_BLOCK_CHARS = 100_000
MAX_TEXT_LINES = 50_000
MAX_TEXT_CHARS = 1_000_000

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul caption legend title head frameset frame".split()
)
SKIP_TAGS = frozenset(
    "script style template svg math textarea select option iframe object canvas audio video noscript button".split()
)
# inline formatting elements: only tracked when they hide their text
TRANSPARENT = frozenset(
    "b i em strong font span u small big sup sub label abbr cite code s strike tt nobr mark ins del q "
    "dfn kbd var bdi bdo time".split()
)
_INLINE_SKIPPED = frozenset({"svg", "math"})  # skipped elements that sit inside a sentence (an icon, a formula)


def _inline(tag: str) -> bool:
    """Whether a skipped element sits inside the text around it (an icon, a formula, a hidden
    span), so skipping it ends no block."""
    return tag in _INLINE_SKIPPED or tag in TRANSPARENT


AUTO_CLOSE = frozenset("p li td th tr dt dd".split())
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A heading's id is its anchor, made by a markdown renderer from its own words
# (<h3 id="deep-networks-for-related-recommendations">): no class/id hint of the region.
_NEEDS_ATTRS = frozenset({"meta", "link", "textarea"})  # (a textarea: its class may name the story it holds)
_HIDING_WORDS = ("style", "hid", "invisible", "sr-only", "d-none")

# hidden by the style attribute: the element is shown only if a script changes it
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}"
    r"|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])"
)
# shown by the style attribute, which outranks a style sheet's rule hiding the element's class
_SHOWN_STYLE = re.compile(r"display\s*:\s*(?!none)[a-z]")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_MARKUP = re.compile(r"<(?:p|div|section|article|br|h[1-6])\b", re.IGNORECASE)  # a textarea's text that is markup
_COPY_WIDGET = re.compile(r"copy[-_]?(?:button|btn|link|url|clipboard)|clipboard")  # a share panel's copy-link button
_PLACEMENT_WORDS = frozenset({"bottom", "top"})  # hint words that also say where a box sits
_PLACEMENTS = frozenset({"left", "right", "center", "centre", "middle"})  # the words that say it with them
_QUOTING = frozenset({"blockquote", "figure"})  # elements whose <footer> names a speaker or a source
_TAG_HINTS = {"nav": "navigation", "footer": "footer", "aside": "sidebar", "figcaption": "gallery"}
CONTENT = "content"  # the hint of an article container (class "content", "article", an <article>)
_STRONG = frozenset({"comments", "related", "footer", "navigation", "caption"})  # hints a content class does not cancel
_ABBREVIATION = 2  # the longest class word that is an abbreviation (pl: pinglun, dh: daohang), too weak for that
_META_KEYS = frozenset({
    "author", "article:author", "dc.creator", "byline", "publishdate", "pubdate", "publish_date",
    "publishtime", "date", "dc.date", "article:published_time", "og:article:published_time",
    "og:release_date", "og:title", "twitter:title", "title", "dc.title", "source", "og:site_name",
    "contentsource", "mediaid", "description", "og:url",
    "articletitle",  # (a Chinese government CMS's <meta name="ArticleTitle">: the headline when <title> names the site)
})
_CSS_BRACE = re.compile(r"[{}]")
_SIMPLE_SELECTOR = re.compile(r"(?:[a-z][a-z0-9]*)?[.#][\w-]+")

CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"  # wide characters: CJK, full-width forms, CJK punctuation
_NL_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}])[ \t\r\f\v]*\n\s*(?=[{CJK}])")
_SPACES = re.compile(r"[\s\u00a0\u200b\ufeff]+")


@dataclass(frozen=True, slots=True)
class _Hints:
    exact: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    positive: frozenset[str]
    hidden: frozenset[str]


@cache
def _hints() -> _Hints:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    lists = word_lists("class_hints.txt")
    for reason, words in lists.items():
        if reason in ("positive", "hidden"):
            continue
        for w in words:
            if w.endswith("*"):
                prefixes.append((w[:-1], reason))
            else:
                exact.setdefault(w, reason)
    return _Hints(exact, tuple(prefixes), frozenset(lists.get("positive", ())), frozenset(lists.get("hidden", ())))


@lru_cache(maxsize=8192)  # pages repeat their classes: one look-up each
def class_hint(tag: str, attrs_class: str) -> tuple[str | None, bool, bool]:
    """(boilerplate reason, positive content hint, hidden by class) for an element."""
    hints = _hints()
    reason = _TAG_HINTS.get(tag)
    word = tag  # the word that gave the reason
    positive = tag in ("article", "main")
    hidden = False
    if attrs_class:
        for name in attrs_class.lower().split():
            if name in hints.hidden:
                hidden = True
            if reason is None and _COPY_WIDGET.search(name):
                reason = "share"  # a copy-link button (copy-button-wrapper), not a copyright box (copy)
        for tok in _TOKEN_SPLIT.split(_CAMEL.sub(r"\1 \2", attrs_class).lower()):
            if not tok:
                continue
            if tok in hints.positive:
                positive = True
            if reason is None:
                r = hints.exact.get(tok)
                if r is None:
                    for pre, pr in hints.prefixes:
                        if tok.startswith(pre):
                            r = pr
                            break
                reason, word = r, tok
        if reason is None:  # a name of several words written as one (baseInfoCol, base-info-card: baseinfo*)
            for name in attrs_class.lower().split():
                joined = _TOKEN_SPLIT.sub("", name)
                reason = next((pr for pre, pr in hints.prefixes if len(pre) > 6 and joined.startswith(pre)), None)
                if reason:
                    word = joined
                    break
    names = attrs_class.lower().split() if word in _PLACEMENT_WORDS else ()
    if word in names and any(name in _PLACEMENTS for name in names):
        reason = None  # (class="text-over-media-inner left bottom": where a box is placed, no page footer)
    if positive and (reason not in _STRONG or len(word) <= _ABBREVIATION) and reason != _TAG_HINTS.get(tag):
        reason = None  # (what the tag says, a <figcaption>, stands; an abbreviation, the pl of an
        # <article class="baidu_pl">, is too weak to outweigh the article's own tag or class)
    return reason, positive, hidden


def clean_space(text: str) -> str:
    """Join lines broken between CJK characters, collapse the rest of the whitespace, drop
    control characters (a backspace a CMS left in a paragraph: no character a page shows)."""
    if "\n" in text:
        text = _NL_BETWEEN_CJK.sub("", text)
    return _CONTROL.sub("", _SPACES.sub(" ", text)).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # (tab, newline and carriage return are whitespace)


@dataclass(slots=True)
class Block:
    """One run of text between block boundaries (a line, for plain text)."""

    text: str
    heading: int = 0  # 1-6 inside h1-h6
    link_chars: int = 0  # characters inside links
    hidden: int = 0  # 2: hidden by a style or attribute; 1: by a class (a stylesheet may show it)
    path: tuple[int, ...] = ()  # ids of the open elements, outermost first
    hints: tuple[tuple[int, str], ...] = ()  # (element id, reason or CONTENT) of hinted ancestors
    hider: int = 0  # the id of the one ancestor hidden by a style or attribute; -1: several
    code: bool = False  # a line of preformatted text (<pre>: a code listing, a query's output)
    table: int = 0  # the id of the innermost <table> around it (0: none)
    row: int = 0  # the id of that table's <tr> around it (0: none)


@dataclass(slots=True)
class HtmlPage:
    """The blocks of an HTML page, its ``<title>``, its ``<meta>`` values and whether it was cut."""

    blocks: list[Block]
    title: str
    meta: dict[str, str]
    truncated: bool


@dataclass(slots=True)
class _Element:
    """An open element on the builder's stack."""

    tag: str
    id: int
    hidden: int
    hint: str | None
    skip: bool
    anchor: bool
    block: bool


@dataclass(slots=True)
class _BlockBuilder:
    """Turns tokens into blocks (a :class:`~.tokenizer.TokenSink`)."""

    blocks: list[Block] = field(default_factory=list)
    stack: list[_Element] = field(default_factory=list)
    overflow: int = 0  # elements opened beyond MAX_DEPTH, not on the stack
    next_id: int = 1
    pieces: list[str] = field(default_factory=list)
    piece_chars: int = 0
    link_chars: int = 0
    hidden_depth: int = 0
    weak_hidden_depth: int = 0
    pre_depth: int = 0
    transparent_open: dict[str, int] = field(default_factory=dict)  # hiding inline elements open, by tag
    hidden_selectors: set[str] = field(default_factory=set)
    firmly_hidden: set[str] = field(default_factory=set)  # those whose rule is !important (no style attribute shows them)
    skip_depth: int = 0
    anchor_depth: int = 0
    heading: int = 0
    title_parts: list[str] | None = None
    title: str = ""
    title_seen: bool = False  # the document's title is its first <title>, empty or not (a later one is an SVG's)
    meta: dict[str, str] = field(default_factory=dict)
    stopped: bool = False  # MAX_BLOCKS reached
    markup: list[str] | None = None  # the text of a content <textarea> being read (escaped markup a script renders)
    nested: bool = False  # reading such markup now (no textarea inside it is read again)

    # -- text ---------------------------------------------------------------
    def keeps_space(self) -> bool:
        return bool(self.pre_depth) or self.title_parts is not None

    def space(self) -> None:
        if self.pieces and not self.skip_depth:
            self.pieces.append(" ")  # whitespace between tags: one space at most

    def text(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.markup is not None:
            self.markup.append(data)
            return
        if self.skip_depth or self.stopped or self.piece_chars > MAX_BLOCK_CHARS:
            return
        if self.pre_depth and "\n" in data:
            # preformatted text: every line is a block of its own
            lines = data.split("\n")
            for line in lines[:-1]:
                self.pieces.append(line)
                if self.anchor_depth:
                    self.link_chars += len(line.strip())
                self.flush()
            data = lines[-1]
        self.pieces.append(data)
        self.piece_chars += len(data)
        if self.anchor_depth:
            self.link_chars += len(data.strip())

    def flush(self) -> None:
        """End the current block."""
        if not self.pieces:
            self.link_chars = 0
            return
        text = clean_space("".join(self.pieces))
        self.pieces = []
        self.piece_chars = 0
        if text:
            if len(self.blocks) >= MAX_BLOCKS:
                self.stopped = True
            else:
                stack = self.stack
                hider = table = row = 0
                for e in reversed(stack):
                    if e.tag == "table":
                        table = e.id
                        break
                    if e.tag == "tr" and not row:
                        row = e.id
                if self.hidden_depth == 1:
                    hider = next((e.id for e in stack if e.hidden == 2), 0)
                elif self.hidden_depth:
                    hider = -1
                self.blocks.append(Block(
                    text, self.heading, min(self.link_chars, len(text)),
                    2 if self.hidden_depth else (1 if self.weak_hidden_depth else 0),
                    tuple(e.id for e in stack), tuple((e.id, e.hint) for e in stack if e.hint), hider,
                    bool(self.pre_depth), table, row if table else 0,
                ))
        self.link_chars = 0

    # -- tags ---------------------------------------------------------------
    def wants_attrs(self, tag: str, raw: str) -> bool:
        if tag in BLOCK_TAGS or tag in _NEEDS_ATTRS:
            return True
        low = raw.lower()
        if tag == "a" and "href" not in low:
            return True  # (a bookmark, <a name="OLE_LINK3">: see start_tag)
        # inline elements matter only when they hide their text
        return any(w in low for w in _HIDING_WORDS) or bool(
            self.hidden_selectors and ("class" in low or "id" in low))

    def tracks_end(self, tag: str) -> bool:
        return tag not in TRANSPARENT or bool(self.transparent_open.get(tag))

    def start_tag(self, tag, attrs):
        if tag in VOID_TAGS:
            if tag == "br" or tag == "hr":
                self.flush()
            elif tag == "meta":
                self._meta(attrs)
            elif tag == "link":
                self._link(attrs)
            return
        if tag == "title" and self.title_parts is None and not self.title_seen:
            self.title_parts, self.title_seen = [], True
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
                self.flush()
            return
        style = cls = ""
        hidden = 0
        firm = False
        dialog = aria_hidden = False
        for k, v in attrs:
            if k == "style" and v:
                style = v.lower()
            elif (k == "class" or k == "id") and v:
                if not (k == "id" and tag in HEADINGS):  # (a heading's id is its anchor: see HEADINGS)
                    cls = f"{cls} {v}" if cls else v
                if self.hidden_selectors and not hidden:
                    prefix = "." if k == "class" else "#"
                    if any(prefix + name in self.hidden_selectors for name in v.lower().split()):
                        hidden = 1
                        firm = any(prefix + name in self.firmly_hidden for name in v.lower().split())
            elif k == "hidden":
                hidden = 2
            elif k == "role" and v and v.lower() in ("dialog", "alertdialog"):
                dialog = True
            elif k == "aria-hidden" and v and v.lower() == "true":
                aria_hidden = True
        if style and HIDDEN_STYLE.search(style):
            hidden = 2
        elif hidden == 1 and not firm and style and _SHOWN_STYLE.search(style):
            hidden = 0  # (style="display: block" over a sheet's .content{display:none}: a script showed it)
        if cls or tag in _TAG_HINTS or tag in ("article", "main"):
            hint, positive, cls_hidden = class_hint(tag, cls)
        else:
            hint, positive, cls_hidden = None, False, False
        if hint == "footer" and any(e.tag in _QUOTING for e in stack):
            hint = "caption"  # (a quote's or a figure's own <footer>: its speaker, its credit; no page footer)
        if tag not in BLOCK_TAGS:
            hint = None  # an inline element's class says little about the page region
        elif tag == "p" and (hint == "comments" or (hint == "related" and "teaser" in cls.lower())):
            hint = None  # a paragraph marked for a comment widget (<p class="comments-section">, a
            # plug-in's per-paragraph comments): a comment's own paragraph sits in a thread's box;
            # a story's standfirst (<p class="teaser-text">): a list's teasers sit in its cards
        elif hint is None and positive:
            hint = CONTENT
        if cls_hidden and not hidden:
            hidden = 1
        if tag in TRANSPARENT:
            if not hidden:
                return
            self.transparent_open[tag] = self.transparent_open.get(tag, 0) + 1
        # (a closed dialog, role="dialog" aria-hidden="true": a privacy notice or a chat widget's help a
        # button opens; what it holds no reader sees with the page, as a script's text)
        # an inline element hidden by its style (a formula's MathML fallback, display:none) is
        # skipped like a script, without ending the sentence around it
        inline_hidden = tag in TRANSPARENT and hidden == 2
        skip = tag in SKIP_TAGS or (dialog and aria_hidden) or inline_hidden
        block = (tag in BLOCK_TAGS or bool(hidden) or hint is not None) and not inline_hidden
        if block or (skip and not _inline(tag)):
            self.flush()
        # a link; not a bookmark (<a name="OLE_LINK3">序号</a>, <a name="_Toc123">: a word
        # processor's marks around a table's header or a heading, no link to anywhere)
        anchor = tag == "a" and not (attrs and any(k == "name" for k, _ in attrs)
                                     and not any(k in ("href", "onclick") for k, _ in attrs))
        stack.append(_Element(tag, self.next_id, hidden, hint, skip, anchor, block))
        self.next_id += 1
        if hidden == 2:
            self.hidden_depth += 1
        elif hidden:
            self.weak_hidden_depth += 1
        if skip:
            self.skip_depth += 1
        if anchor:
            self.anchor_depth += 1
        if tag in HEADINGS:
            self.heading = HEADINGS[tag]
        elif tag == "pre":
            self.pre_depth += 1
        elif tag == "textarea" and positive and not self.nested:
            self.markup = []  # (article-content: the story as escaped markup, read at its end tag)

    def empty_tag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()

    def end_tag(self, tag):
        if tag == "title" and self.title_parts is not None:
            self.title = clean_space("".join(self.title_parts))
            self.title_parts = None
            return
        if tag == "textarea" and self.markup is not None:
            self._read_markup("".join(self.markup))
        if tag in TRANSPARENT and not self.transparent_open.get(tag):
            return  # its start tag was not tracked
        if self.overflow:
            self.overflow -= 1
            if tag in BLOCK_TAGS:
                self.flush()
            return
        stack = self.stack
        low = max(0, len(stack) - 40)
        for i in range(len(stack) - 1, low - 1, -1):
            if stack[i].tag == tag:
                self._pop_to(i)
                return
        if tag in BLOCK_TAGS or tag == "br":
            self.flush()

    def _read_markup(self, html: str) -> None:
        """A content ``<textarea>`` (``class="article-content"``) holding the story as markup a
        script renders (a portal's data container): its markup is read as the page's, inside
        the textarea's element; plain text there (a title, an id) stays unread."""
        self.markup = None
        element = self.stack[-1] if self.stack else None
        if element is None or element.tag != "textarea" or not _MARKUP.search(html):
            return
        element.skip, element.hint = False, CONTENT  # (its class named the story's box)
        self.skip_depth -= 1
        self.nested = True
        try:
            tokenize(html, self)
        finally:
            self.nested = False

    def _pop_to(self, index):
        """Close the elements from the top of the stack down to ``index``."""
        stack = self.stack
        while len(stack) > index:
            element = stack[-1]
            if element.block or (element.skip and not _inline(element.tag)):
                self.flush()
            stack.pop()
            if element.tag in TRANSPARENT:
                self.transparent_open[element.tag] -= 1
            if element.hidden == 2:
                self.hidden_depth -= 1
            elif element.hidden:
                self.weak_hidden_depth -= 1
            if element.skip:
                self.skip_depth -= 1
            if element.anchor:
                self.anchor_depth -= 1
            if element.tag in HEADINGS:
                self.heading = 0
            elif element.tag == "pre":
                self.pre_depth -= 1

    def stylesheet(self, css: str) -> None:
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
                    if "{" not in body and HIDDEN_STYLE.search(body.lower()):
                        for sel in css[sel_start:m.start()].split(","):
                            sel = sel.strip().lower()
                            if _SIMPLE_SELECTOR.fullmatch(sel):
                                cut = min(i for i in (sel.find("."), sel.find("#")) if i >= 0)
                                self.hidden_selectors.add(sel[cut:])
                                if "!important" in body:
                                    self.firmly_hidden.add(sel[cut:])
                depth += 1
            else:
                depth = max(0, depth - 1)
                if depth == 0:
                    sel_start = m.end()

    def _link(self, attrs):
        d = {k: (v or "") for k, v in attrs}
        if "canonical" in d.get("rel", "").lower().split() and d.get("href") and "canonical" not in self.meta:
            self.meta["canonical"] = d["href"].strip()[:2000]

    def _meta(self, attrs):
        d = {k: (v or "") for k, v in attrs}
        key = (d.get("name") or d.get("property") or d.get("itemprop") or "").lower()
        if key in _META_KEYS and d.get("content") and key not in self.meta:
            self.meta[key] = clean_space(d["content"])[:500]

    def close(self):
        if self.title_parts is not None:
            self.title = clean_space("".join(self.title_parts))
            self.title_parts = None
        self.flush()


def html_blocks(html: str) -> HtmlPage:
    """Parse ``html`` into blocks; never raises on malformed markup."""
    truncated = False
    if len(html) > MAX_CHARS:
        html = html[:MAX_CHARS]
        truncated = True
    builder = _BlockBuilder()
    tokenize(html, builder)
    builder.close()
    return HtmlPage(builder.blocks, builder.title, builder.meta, truncated or builder.stopped)


_INDENT = re.compile(r"^(?:[ \t]{2,}|\u3000+)")
_CELL_GAP = re.compile(r"\s*\t\s*| {3,}|[\u3000\u00a0]{2,}| [\u3000\u00a0]+ ")
_BULLET_GAP = re.compile(r"^([*+\-])\s{2,}(?=\S)")  # "*   item": a list's bullet and its gap (html2text's), no cells
_FINAL = "。！？!?…”’」』\"'）)》]】.；;～~"


# A text save in markdown form (html2text, a crawler's markdown dump): ATX headings,
# list bullets, emphasis and table rules.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_MD_BULLET = re.compile(r"^[*+\-]\s+(?=\S)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPTY_MARKS = re.compile(r"\*\*|__|(?:^|(?<=\s))_(?=\s|$)")  # left by empty elements (icons)
_MD_ITALIC = re.compile(r"^_(?=\S)(.+?)(?<=\S)_$")
# _央视新闻客户端 2019年10月04日 12:34_: an emphasis mark at the edge of Chinese text or a number
_MD_EDGE_UNDERSCORE = re.compile(r"(?:^|(?<=\s))_(?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d])_(?=\s|$)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")  # \- THE END -, 1\. 某某: a mark written as text


# Links a text save writes out: markdown's [text](url) and ![alt](url), a reference's
# definition ([1]: http://...), lynx's [12]text with its numbered References at the end.
# (url "title"): a folder's spaces, one level of brackets and escaped ones (javascript:f\(1\)) allowed
_MD_TARGET = r"\((?:\\.|[^()\n\\]|\((?:\\.|[^()\n\\])*\))*\)"
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\]]*)\]" + _MD_TARGET)
_MD_LINK_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+")
# an Obsidian or wiki save's embedded file (![[a.png]]) and its links ([[target]], [[target|text]])
_WIKI_EMBED = re.compile(r"!\[\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\]")  # (a file's name may hold [Linux])
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\](?!\()")  # ([[来源]](url): a markdown link)
# a link broken over lines (its text opened on a line above: ``[`` / ``* 标题](url) [``): the end
# of one at a line's start, the opening bracket of the next at its end
_MD_LINK_TAIL = re.compile(r"^([^\[\]]*)\]" + _MD_TARGET)
_MD_LINK_OPEN = re.compile(r"(?:^|\s+)\[$")
_MD_LINK_OVER_LINES = re.compile(r"\[([^\[\]\n]{0,500}\n[^\[\]]{0,500}?)\](" + _MD_TARGET + ")")
_MD_LINE_LEAD = re.compile(r"^\s*(?:[*+\-]\s+|#{1,6}\s+)?")


def _split_links(text: str) -> str:
    """A markdown save with each link whose text runs over lines (``[`` / ``* 标题`` / ``](url)``)
    written as one link a line, so that every line of its text counts as link text."""
    def per_line(m: re.Match) -> str:
        out = []
        for piece in m.group(1).split("\n"):
            lead = _MD_LINE_LEAD.match(piece).group()
            rest = piece[len(lead):]
            out.append(f"{lead}[{rest}]{m.group(2)}" if rest.strip() else piece)
        return "\n".join(out)

    return _MD_LINK_OVER_LINES.sub(per_line, text)


_LYNX_MARK = re.compile(r"\[\d{1,5}\]")
_LYNX_LINK = re.compile(r"\[\d{1,5}\]([^\[\]\s|｜·，。！？；,;]{0,30})")
# lynx marks where a link starts, not where it ends: a mark inside a sentence (目前[59]京津冀交通…，)
# starts a linked word or name there, and only that much of the run counts as link text; so in
# a line of prose (a mark for every _PROSE_PER_LINK characters at most), not in links run together
_INLINE_LINK = 5
_PROSE_PER_LINK = 40
_SENTENCE_GOES_ON = frozenset("，。！？；、,;")
_LYNX_REFS = re.compile(r"^(?:References|Visible links:?|Hidden links:?)$")
# 12. http://..., 13. ../pns/s00001, 14. #, 15. (an empty target): a numbered link target, one word
_LYNX_REF = re.compile(r"^(\d{1,5})\.(?:\s+(?:(?:javascript|mailto|https?|ftp|file|data|tel):.*|[!-~]\S*|[^\s，。：；！？、]+))?$",
                       re.IGNORECASE)  # (a script link may hold spaces; 1. 张三：某某研究，2020年。 is none)


_MD_ADDRESS_AT = re.compile(r"\]\([^()\"\n]*")  # a link target's address (its "title" aside)


def _tight_targets(line: str) -> str:
    """A line with the spaces inside its link addresses collapsed (``[首页](/index.shtml     )``
    is one link, not two table cells)."""
    if "](" not in line:
        return line
    return _MD_ADDRESS_AT.sub(lambda m: re.sub(r"\s{2,}", " ", m.group()), line)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


# [#](…#前言), [¶](…), [Permalink](…#section "Permalink"), [](…#anchor): a heading's permalink, no text
_MD_ANCHOR = re.compile(r"\[(?:#|¶|§|🔗|permalink|Permalink)?\]\([^()\s]*#[^()\s]*(?:\s+\"[^\"]*\")?\)")


def _unlink(line: str, lynx: bool) -> tuple[str, int]:
    """A line with its link markup taken out, and how many of its characters were link text."""
    if "](" not in line and not (lynx and "[" in line):
        return line, 0
    links = 0
    line = _MD_ANCHOR.sub("", _MD_IMAGE.sub("", line))

    def text(m: re.Match) -> str:
        nonlocal links
        links += _visible(m.group(1))
        return m.group(1)

    line = _MD_LINK.sub(text, line)
    if "](" in line:
        m = _MD_LINK_TAIL.match(line)
        if m:
            links += _visible(_MD_BULLET.sub("", m.group(1).strip()))
            line = m.group(1) + line[m.end():]
        line = _MD_LINK_OPEN.sub("", line)
    if lynx:
        prose = len(_LYNX_MARK.findall(line)) * _PROSE_PER_LINK <= _visible(line)  # (not links run together)

        def lynx_text(m: re.Match) -> str:
            nonlocal links
            words = m.group(1)
            inline = (prose and m.start() > 0 and line[m.start() - 1].isalnum()
                      and line[m.end():m.end() + 1] in _SENTENCE_GOES_ON)
            links += min(_visible(words), _INLINE_LINK) if inline else _visible(words)
            return words

        line = _LYNX_LINK.sub(lynx_text, line)
        line = _LYNX_MARK.sub("", line)
    return line, links


def _lynx_dump(lines: list[str]) -> int:
    """Where a lynx-style dump's list of numbered link targets starts (References, then
    ``1. http://...`` lines), or -1: the save is none."""
    for i in range(len(lines) - 1, -1, -1):
        if _LYNX_REFS.match(lines[i]):
            refs = [_LYNX_REF.match(s) for s in lines[i + 1:i + 12] if s]
            # the targets numbered one by one (a paper's References list has words after its numbers)
            if not (refs and all(refs) and all(int(m.group(1)) == int(refs[0].group(1)) + k for k, m in enumerate(refs))):
                return -1
            while True:  # (Hidden links: under Visible links:, each a list of its own)
                j = i - 1
                while j >= 0 and (not lines[j] or _LYNX_REF.match(lines[j])):
                    j -= 1
                if j < 0 or j == i - 1 or not _LYNX_REFS.match(lines[j]):
                    return i
                i = j
    return -1


def _is_markdown(lines: list[str]) -> bool:
    """Whether a text save is markdown: an ATX heading, a **strong** span or three bulleted lines."""
    headings = sum(1 for s in lines if _MD_HEADING.match(s))
    strong = sum(1 for s in lines if _MD_EMPHASIS.search(s))
    bullets = sum(1 for s in lines if s.startswith(("* ", "+ ")) or s.endswith(" __"))
    return bool(headings or strong) or bullets >= 3


def _unmark(line: str) -> tuple[str, int]:
    """A markdown line as text, with its heading level (0: not a heading)."""
    level = 0
    line = _MD_BULLET.sub("", line).strip("|").strip()  # a table row's outer bars too
    m = _MD_HEADING.match(line)
    if m:
        level, line = len(m.group(1)), m.group(2)
    line = _MD_EMPHASIS.sub(r"\2", line)
    line = _MD_ITALIC.sub(r"\1", line)
    line = _MD_EDGE_UNDERSCORE.sub("", line)
    line = _MD_EMPTY_MARKS.sub("", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return line.strip().strip("|").strip(), level  # (bars a mark stood before: **| 标题**)


# ```python, ~~~: a markdown code listing opens (an info string of one word at most); ``` closes it
_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})\s*[\w+#.-]*\s*$")


def _listing_lines(raw: list[tuple[str, str]]) -> dict[int, bool]:
    """The lines of fenced code listings of a markdown save: index -> whether it is a line of
    code (True) or a fence or blank line (False).  A fence that no bare fence of its mark closes opens
    nothing (``~~~~ 扫一扫`` of a page's decoration)."""
    out: dict[int, bool] = {}
    unclosed: dict[str, int] = {}  # mark character -> the shortest mark no fence after closes (linear time)
    k = 0
    while k < len(raw):
        m = _FENCE_OPEN.match(raw[k][1])
        if m and len(m.group(1)) < unclosed.get(m.group(1)[0], 1 << 30):
            mark = m.group(1)
            close = next((j for j in range(k + 1, len(raw))
                          if len(raw[j][1]) >= len(mark) and raw[j][1] == mark[0] * len(raw[j][1])), None)
            if close is None:
                unclosed[mark[0]] = len(mark)
            else:
                out[k] = out[close] = False
                out.update((j, bool(raw[j][1])) for j in range(k + 1, close))
                k = close + 1
                continue
        k += 1
    return out


def text_blocks(text: str) -> list[Block]:
    """One block per line of a plain-text save (at most ``MAX_TEXT_LINES``).

    When the page indents its paragraphs, an unindented line that continues
    an unfinished indented one is joined to it, when the indented line runs
    to the save's wrapping width (a short indented line, a headline over its
    date line in a crawler's dump, is whole).  A save in markdown form loses
    its markup (heading marks, bullets, emphasis) and keeps its heading levels.
    Links written out (markdown's ``[text](url)``, also over several lines, lynx's
    ``[12]text`` with its References list) keep their text, counted as link text as in
    a page (a lynx mark inside a sentence counts a word: lynx shows no link's end);
    images (``![alt](url)``, an Obsidian save's ``![[a.png]]``), link targets and the References
    list go; a wiki link (``[[target|text]]``) keeps its text.  The lines of a
    fenced code listing (between ``` or ~~~ fences) are code, as a page's ``<pre>`` is.
    """
    if "](" in text:
        text = _split_links(text)
    raw = [(line, line.strip(" \t\u3000\u00a0\ufeff\r")) for line in text.splitlines()[:MAX_TEXT_LINES]]
    refs = _lynx_dump([s for _, s in raw])
    if refs >= 0:
        raw = raw[:refs]  # (the numbered link targets are no text)
    lynx = refs >= 0
    # the cells of a table row (a tab or a column gap between them) are blocks of their own
    raw = [(line if k == 0 else cell, cell) for line, s in raw
           for k, cell in enumerate(_CELL_GAP.split(_BULLET_GAP.sub(r"\1 ", _tight_targets(s))) if s else [s])][:MAX_TEXT_LINES]
    markdown = _is_markdown([s for _, s in raw if s])
    indented = sum(1 for line, s in raw if s and _INDENT.match(line))
    wrap = _wrap_width([line for line, s in raw if s]) if indented >= 2 else 0
    blocks: list[Block] = []
    prev_open = False
    listing = _listing_lines(raw)
    setext = _setext_headings([s for _, s in raw], markdown)
    for k, (line, s) in enumerate(raw):
        level = links = 0
        if setext.get(k) == 0:
            prev_open = False
            continue  # (a heading's underline is no text)
        if k in listing:
            if listing[k]:
                blocks.append(Block(s, code=True))  # a line of the listing: as written, no markup
            prev_open = False
            continue  # (a fence is no text)
        if s:
            if _MD_LINK_DEF.match(s):
                continue  # a reference's link target
            if "[[" in s:  # (an embedded file is no text; a wiki link keeps its text)
                s = _WIKI_LINK.sub(lambda m: (m.group(2) if m.group(2) is not None else m.group(1)).strip(),
                                   _WIKI_EMBED.sub("", s))
            s, links = _unlink(s, lynx)
            s = s.strip()
        if markdown and s:
            s, level = _unmark(s)
        elif s.startswith("|") or s.endswith("|"):
            s = s.strip("|").strip()  # a table row's outer bars
        if not s:
            prev_open = False
            continue
        if (indented >= 2 and prev_open and not level and not _INDENT.match(line) and blocks
                and blocks[-1].text[-1] not in _FINAL and len(blocks[-1].text) >= 20):
            blocks[-1].text += s
            continue
        level = level or setext.get(k, 0)
        blocks.append(Block(re.sub(r"[ \t\u00a0]+", " ", s), heading=level, link_chars=links))
        prev_open = bool(indented >= 2 and _INDENT.match(line) and len(line.rstrip()) >= _WRAPPED * wrap)
    return blocks


_WRAPPED = 0.75  # a line this close to the save's width was broken by its wrapping
_SETEXT_RULE = re.compile(r"^(?:={3,}|-{3,})$")


def _setext_headings(lines: list[str], markdown: bool) -> dict[int, int]:
    """A save's headings underlined in setext style (标题 over ``=====``, level 1; over ``-----``,
    level 2, in markdown only, where a lone rule of dashes is a rule): line index -> level, and
    the underline's index -> 0 (no text)."""
    out: dict[int, int] = {}
    for k in range(1, len(lines)):
        m = _SETEXT_RULE.match(lines[k])
        if m and lines[k - 1] and not _SETEXT_RULE.match(lines[k - 1]) and (lines[k][0] == "=" or markdown):
            out[k - 1], out[k] = (1 if lines[k][0] == "=" else 2), 0
    return out


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped save breaks its lines at: nine lines in ten are no longer (a
    save whose paragraphs run on, one a line, has a width far above any headline's length)."""
    widths = sorted(len(line.rstrip()) for line in lines)
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0
