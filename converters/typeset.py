"""Chinese typography: punctuation width, Han/Latin spacing, full-width letters.

:class:`Typesetter` applies a set of named rules to a ``str`` and returns the
new text, or the list of :class:`Finding` objects (rule, line, column,
message) that a linter prints.  It is pure and idempotent (typesetting twice
gives the result of typesetting once), it never changes, adds or removes a
Han character, and it changes nothing outside its rules.  Simplified and
Traditional text are handled alike.

Rules (``RULES``; the first three are on by default):

``fullwidth-punctuation``
    ``, . : ; ! ?`` and ``( )`` in Chinese context become ``，。：；！？（）``.
    Chinese context is a Han character or full-width punctuation on the left
    (also behind Markdown emphasis ``**`` ``_`` ``~~`` or a closing ``”``; one
    or two spaces between are removed, and so are the spaces after the mark
    unless the line ends or Latin text follows); a sentence end (``. ! ?``) stays ASCII when
    Latin text follows it (``你好!Hello`` is a switch to English).  A ``,`` or
    ``;`` between a Latin word and a Han character is Chinese too
    (``用Python,很好``).  Parentheses change as a pair, when their content or
    their left neighbour is Chinese, never after ``]`` (a Markdown link) or
    directly after a Latin letter with Latin content (``f(x)``).  Never
    changed: numbers (``3.14``, ``1,000``, ``12:30``; the left neighbour is a
    digit), runs of dots (``...``, the ``ellipsis`` rule's job), ``.`` before
    a Latin letter or digit (``文件.txt``) or an internationalized top-level
    domain (``例子.中国``), ``!`` before ``[`` (a Markdown image), ``:`` in
    ``:)``, and English phrases quoted inside Chinese text
    (``他说 "Hello, world."``: their punctuation follows Latin letters).
    ``. ! ?`` between a Latin word and a Han character end a sentence too
    (``都OK.很好``), never after a digit (``1.酒店``, a list number).
``space-han-latin``
    One ASCII space between a Han character and a Latin letter or digit
    (``使用Python开发`` -> ``使用 Python 开发``, ``共3个`` -> ``共 3 个``); a
    number's ``%``/``‰`` and a word's ``++``/``#`` belong to it (``10% 以上``,
    ``C++ 语言``).  Runs of spaces between Han and Latin become one; spaces
    between full-width punctuation and text are removed (``你好 ，世界`` ->
    ``你好，世界``), never at the start or end of a line (indentation and
    Markdown hard breaks stay).  See *The no-space list* below.
``halfwidth-alnum``
    Full-width letters and digits (``ＡＢＣ１２３``) become ASCII.
``quotes`` (opt-in; ``quotes="corner"`` or ``"curly"``)
    Paired quotation marks around Chinese text become corner brackets
    ``「」『』`` or curly quotes ``“”‘’``, and ASCII ``"..."`` around text with
    a Han character becomes the chosen style.  The pairing rules (paragraph
    scope, apostrophes, nesting, Chinese context, ``"`` after ``=`` or a
    Latin letter left alone) are those of ``convert --quotes``: see
    :mod:`zhtext.converters.quotes`, which owns them.  ``quotes="keep"``
    (the default) changes no quotation mark.
``ellipsis`` (opt-in)
    ``...`` (three or more dots), ``。。。`` and a lone ``…`` after Chinese text
    become ``……``.
``repeated-punctuation`` (opt-in)
    A run of the same full-width ``！？，、；：`` becomes one (``好！！！`` ->
    ``好！``).  ``。。。`` is left to ``ellipsis``.

Spans that no rule touches (:func:`kept_spans`): inline code in backticks,
URLs (``https://``, ``ftp://``, ``file://``, ``www.``; a URL ends at
whitespace, full-width punctuation or a Han character that does not start a
path segment), e-mail addresses, absolute and home paths (``/usr/bin``,
``~/x``, ``./run.sh``), Windows paths (``C:\\x``), Markdown link targets
(``](...)``), HTML character references (``&nbsp;``) and whole bibliography
entries: a line with a GB/T 7714 document-type code (``[J]``, ``[M]``,
``[D]``, ``[EB/OL]``...) keeps the ASCII ``. : ,`` that standard prescribes
(``何娟. 物流技术[J]. 物流技术, 2004.``).  Callers add their own (``kept=``
ranges: the markup layer's fenced code, tags, front-matter keys).  While the
rules run, each kept span is replaced by a private-use placeholder of the same length whose edges say
whether the span starts and ends like a Latin word, so rules see the
context across it (``访问https://x.org看看`` -> ``访问 https://x.org 看看``)
and positions stay those of the input.

The no-space list
-----------------
``space-han-latin`` puts no space between a number and a following date,
time or counting unit of ``DEFAULT_NO_SPACE_UNITS``
(``年月日号號时時点點分秒天``) nor between such a number and the Han character
before it, so ``2025年3月27日`` and ``下午3点30分`` stay as they are while
``共3个`` becomes ``共 3 个``.  A space the author already put there stays
(``2025 年`` is not joined).  Symbol units glued to a number need no
exception: ``10%`` and ``3℃`` never get a space inside; ``℃`` and ``℉`` are
full-width in Chinese fonts, so no space follows them either (``3℃左右``).

Why this list: zhlint (``case-zh-units``) defaults to exactly ``年月日天号时分
秒`` and only keeps an existing no-space, never removing spaces an author put
in; autocorrect spaces every number (its issue #252, ``2025年3月27日印发``
becoming ``2025 年 3 月 27 日印发``, asks for a switch and was closed as
stale without one, and ``乐政发〔2018〕59号`` is the same complaint).  The
"Chinese copywriting guidelines" threads (sparanoid#102/#169, ruanyf
document-style-guide#2) settle on "both are acceptable, be consistent", and
dates written without spaces are the norm in Chinese publishing and in the
news and government texts zhtext is used on.  We take zhlint's list, add the
Traditional forms (號 時) and the clock unit 点/點 (without it ``8点30分``
would become ``8 点30分``), and keep the list configurable
(``TypesetOptions.no_space_units``).

Findings: :meth:`Typesetter.check` returns one :class:`Finding` per change,
with its position in the *input* text (1-based line and column, counted in
characters) so ``--check --format gcc|json|github`` can point at it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable

from .quotes import STYLES, quote_edits

__all__ = [
    "HAN",
    "kept_spans",
    "RULES",
    "DEFAULT_RULES",
    "QUOTE_STYLES",
    "DEFAULT_NO_SPACE_UNITS",
    "TypesetOptions",
    "Finding",
    "Typesetter",
    "typeset",
    "check",
    "line_column",
]

RULES = (
    "fullwidth-punctuation",
    "space-han-latin",
    "halfwidth-alnum",
    "quotes",
    "ellipsis",
    "repeated-punctuation",
)
DEFAULT_RULES = frozenset({"fullwidth-punctuation", "space-han-latin", "halfwidth-alnum"})
QUOTE_STYLES = STYLES  # the quotation-mark styles are those of converters.quotes
DEFAULT_NO_SPACE_UNITS = "年月日号號时時点點分秒天"

RULE_MESSAGES = {
    "fullwidth-punctuation": "use full-width punctuation in Chinese text",
    "space-han-latin": "one space between Chinese and Latin letters or digits",
    "halfwidth-alnum": "use half-width letters and digits",
    "quotes": "use the chosen quotation marks",
    "ellipsis": "use the Chinese ellipsis ……",
    "repeated-punctuation": "do not repeat punctuation",
}

# --------------------------------------------------------------------------
# Character classes (bodies for [...]).
# Han: CJK radicals, 々 〇 〡-〩, Extension A, URO, compatibility ideographs,
# Extensions B-H (planes 2 and 3).
HAN = (
    "\u2e80-\u2eff\u2f00-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
# Full-width punctuation (quotes apart: “” ‘’ are used in English too).
FWP = "，。、；：！？（）「」『』《》〈〉【】〔〕〖〗…—～·￥"
QUOTES_FW = "“”‘’"
# Latin letters and digits (ASCII, Latin-1 and Latin Extended-A/B letters).
LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# Internationalized top-level domains written in Han characters.
IDN_TLDS = "中国|中國|公司|网络|網絡|香港|台湾|台灣|新加坡|在线|网址|商城|集团|移动|手机|我爱你|政务|公益|信息|购物|游戏|企业|商标|网店|中信|广东|佛山|时尚|微博"

# Kept spans.  Each is found from a trigger ("`", "://", "www.", "@", "/",
# "\") so the scan is one fast search for those characters.
@dataclass(slots=True, frozen=True)
class _KeepPatterns:
    code: re.Pattern
    url: re.Pattern
    www: re.Pattern
    email: re.Pattern
    path: re.Pattern
    link: re.Pattern
    entity: re.Pattern
    reference: re.Pattern
    trigger: re.Pattern


@cache
def _keep_patterns() -> _KeepPatterns:
    """Compiled on first use (the Han classes cost milliseconds to compile)."""
    url_body = rf"(?:[^\s<>\"'`{HAN}{FWP}{QUOTES_FW}()]|\([^\s()<>]*\)|(?<=[/=?#&])[{HAN}]+)+(?<![.,;:!?])"
    return _KeepPatterns(
        code=re.compile(r"``[^\n]*?``|`[^`\n]+`"),
        url=re.compile(rf"(?:https?|ftp|file)://{url_body}"),
        www=re.compile(rf"(?<![A-Za-z0-9.{FULLWIDTH_ALNUM}])www\.{url_body}"),
        email=re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
        path=re.compile(
            rf"(?<![A-Za-z0-9{FULLWIDTH_ALNUM}])(?:(?:~|\.\.?)?/[A-Za-z0-9_.~{FULLWIDTH_ALNUM}-]|[A-Za-z]:\\)"
            rf"(?:[^\s<>\"'`,;(){HAN}{FWP}{QUOTES_FW}]|(?<=[/\\])[{HAN}]+)*(?<![.:!?])"
        ),
        # a Markdown link or image target, with its title
        link=re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"),
        # an HTML character reference (Markdown allows them): its ";" is not Chinese
        entity=re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"),
        # a GB/T 7714 document-type code: the line is a bibliography entry
        reference=re.compile(r"\[(?:M|C|N|J|D|R|S|P|DB|CP|EB|A|CM|DS|Z|G)(?:/(?:OL|CD|MT|DK))?\]"),
        trigger=re.compile(r"`|://|www\.|@|/|\\|\]\(|&"),
    )


_EMAIL_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def kept_spans(text: str) -> list[tuple[int, int]]:
    """Spans no rule touches: inline code, URLs, e-mail addresses, paths, link
    targets, HTML character references, bibliography entries."""
    if not any(t in text for t in ("`", "/", "@", "\\", "www.", "](", "&", "[")):
        return []
    k = _keep_patterns()
    spans = _spans(text, k)
    if "[" in text and k.reference.search(text):
        lines: list[tuple[int, int]] = []
        for m in k.reference.finditer(text):
            if lines and m.start() < lines[-1][1]:
                continue
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            lines.append((start, len(text) if end == -1 else end))
        spans = _merge(spans, lines, len(text))
    return spans


def _spans(text: str, k: _KeepPatterns) -> list[tuple[int, int]]:
    """The kept spans found from their triggers, in order."""
    spans = []
    end = 0
    for t in k.trigger.finditer(text):
        i = t.start()
        if i < end:
            continue
        trig = t.group()
        m = None
        if trig == "`":
            m = k.code.match(text, i)
        elif trig == "://":
            for j in (i - 5, i - 4, i - 3):
                if j >= 0 and (m := k.url.match(text, j)):
                    break
        elif trig == "](":  # a Markdown link or image target: "](" is kept with it
            m = k.link.match(text, i)
        elif trig == "&":
            m = k.entity.match(text, i)
        elif trig == "www.":
            m = k.www.match(text, i)
        elif trig == "@":
            j = i
            while j > end and text[j - 1] in _EMAIL_LOCAL:
                j -= 1
            if j < i:
                m = k.email.match(text, j)
        elif trig == "/":
            for j in (i - 2, i - 1, i):
                if j >= end and text[j:i] in ("", "~", ".", "..") and (m := k.path.match(text, j)):
                    break
        elif i >= 2 and i - 2 >= end:  # "\": a Windows drive
            m = k.path.match(text, i - 2)
        if m and m.end() - m.start() >= 2:
            spans.append(m.span())
            end = m.end()
    return spans


# Left context of Chinese punctuation: a Han character or full-width
# punctuation (before the candidate X), possibly behind Markdown emphasis
# closers or a closing quote.
_CTX = f"[{HAN}{FWP}]"


def _ctx_behind(width: int) -> str:
    """Lookbehinds, placed after a candidate of ``width`` characters."""
    x = "." * width
    return f"(?:(?<={_CTX}{x})|(?<={_CTX}[”’*_]{x})|(?<={_CTX}(?:\\*\\*|__|~~){x}))"


# Full-width punctuation next to which spaces are removed (not … — · ～ ￥,
# which English text uses with spaces too).
FWP_SPACE = "，。、；：！？（）「」『』《》〈〉【】〔〕〖〗"

_HAN_RE = re.compile(f"[{HAN}]")
_HAN_CTX_RE = re.compile(f"[{HAN}{FWP}]")

# Placeholders for kept spans while the rules run: a span becomes
# EDGE BODY... EDGE of the same length (body, other, alnum), where an edge is
# "alnum" when the span's edge character is an ASCII letter or digit (so it
# spaces like a Latin word) and "other" otherwise; a one-character span is
# one "single" placeholder (single other, single alnum).  Private-use
# characters, swapped for others when the text contains them.
_PUA_DEFAULT = ("\ue000", "\ue001", "\ue002", "\ue003", "\ue004")


def _classes(pua: tuple[str, ...]) -> tuple[str, str, str]:
    """(body, other edges, alnum edges): the last two include the one-character placeholders."""
    body, other, alnum, single_other, single_alnum = pua
    return body, other + single_other, alnum + single_alnum


@dataclass(slots=True, frozen=True)
class TypesetOptions:
    """Which rules run, the quotation style and the no-space unit list."""

    rules: frozenset[str] = DEFAULT_RULES
    quotes: str = "keep"
    no_space_units: str = DEFAULT_NO_SPACE_UNITS
    #: space-han-latin makes a run of spaces between Han and Latin one space
    #: (never where it lines up columns; off for reStructuredText, whose
    #: tables and option lists are made of such runs)
    collapse_spaces: bool = True

    def __post_init__(self):
        unknown = set(self.rules) - set(RULES)
        if unknown:
            raise ValueError(f"unknown typeset rule(s): {', '.join(sorted(unknown))}; known: {', '.join(RULES)}")
        if self.quotes not in QUOTE_STYLES:
            raise ValueError(f"unknown quote style {self.quotes!r}; choose one of {', '.join(QUOTE_STYLES)}")
        object.__setattr__(self, "rules", frozenset(self.rules))


@dataclass(slots=True, frozen=True)
class Finding:
    """One change a rule makes: where (in the input), what, and why."""

    rule: str
    line: int
    column: int
    offset: int
    original: str
    replacement: str

    @property
    def message(self) -> str:
        """What to change, in one line: the rule's description, before -> after."""
        what = RULE_MESSAGES[self.rule]
        if self.rule == "space-han-latin" and self.original.replace(" ", "") == self.replacement:
            what = "no space next to full-width punctuation"
        return f"{what}: {_short(self.original)!r} -> {_short(self.replacement)!r}"


def _short(text: str, keep: int = 6) -> str:
    """The text on one line, its middle cut when long ("(渲染作用…侦听器)")."""
    text = text.replace("\n", "\\n")
    return text if len(text) <= 2 * keep + 1 else f"{text[:keep]}…{text[-keep:]}"


# --------------------------------------------------------------------------
# Passes.  Each pass is one compiled regex that starts with a character set
# or a literal (so the regex engine skips ahead quickly) and a handler that
# returns the replacement of a match: a string for the match, a tuple
# (start, end, string) for a wider span, or None to keep it.  The passes run
# on the text with kept spans masked (see ``_mask``).


@dataclass(slots=True)
class _Pass:
    rule: str
    regex: re.Pattern
    handler: object  # Callable[[re.Match], str | tuple | None]
    trigger: str | None = None  # skip the pass when none of these characters occur
    chain: bool = False  # a change is the context of a match right after it: match again there
    repeat: bool = False  # a change can complete a match around it (nesting): run again while it changes


def _const(value):
    return lambda m: value


def _halfwidth_passes(pua) -> list[_Pass]:
    table = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}
    regex = re.compile(f"[{FULLWIDTH_ALNUM}]+")
    return [_Pass("halfwidth-alnum", regex, lambda m: m.group().translate(table))]


def _left_char(text: str, start: int) -> str:
    return text[start - 1] if start else ""


def _paren_passes(pua) -> list[_Pass]:
    body, other, alnum = _classes(pua)
    regex = re.compile(r"\((?P<in>[^()\n]*)\)")

    def handler(m):
        text = m.string
        s = m.start()
        inner = m.group("in")
        j = s
        while j and text[j - 1] == " ":
            j -= 1
        left = _left_char(text, j)
        if left == "]" or not inner.strip(" "):
            return None  # a Markdown link target or image, an empty pair
        has_han = _HAN_RE.search(inner) is not None
        if j == s and left and (left.isascii() and left.isalnum() or left in alnum) and not has_han:
            return None  # f(x), func(arg)
        if inner[:1] in body or inner[:1] in other + alnum and inner[1:2] in body + other + alnum:
            return None  # the content is a kept span (a URL, a path)
        chinese_left = bool(left) and _HAN_CTX_RE.match(left) is not None
        if not chinese_left and left in ",.;!?" and j >= 2 and _HAN_CTX_RE.match(text[j - 2]):
            chinese_left = True  # the mark before becomes full-width in the next pass
        if not (chinese_left or has_han):
            return None
        if chinese_left:
            return (j, m.end(), f"（{inner}）")
        return f"（{inner}）"

    # "(见[甲 (A)](url) 的说明)": the inner pair first, then the outer one
    return [_Pass("fullwidth-punctuation", regex, handler, "(", repeat=True)]


_HAN_NUMERALS = frozenset("一二三四五六七八九十百零〇壹贰叁肆伍陆柒捌玖拾貳參陸")
_LINE_START = frozenset("\n#>-*+ \t\u3000")


def _numbering(text: str, end: int) -> bool:
    """Whether text[:end] ends with a line-initial Han numeral ("一", "十二")."""
    i = end
    while i and text[i - 1] in _HAN_NUMERALS:
        i -= 1
    return i < end and end - i <= 3 and (i == 0 or text[i - 1] in _LINE_START)


_FW_TABLE = str.maketrans({",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？", " ": None})


def _punct_passes(pua) -> list[_Pass]:
    body, other, alnum = _classes(pua)
    latin = LATIN + alnum
    letter = LETTER + alnum

    fast = {c: c.translate(_FW_TABLE) for c in ",:;!?"}

    def handler(m):
        text = m.string
        s = m.start()
        whole = m.group()
        if whole in fast and text[s - 1] != " ":  # the common case: one mark, no spaces
            return fast[whole]
        j = s
        while j and text[j - 1] == " ":
            j -= 1
        p = m.group("p")
        if p == "." and _numbering(text, j):
            return None  # "一.概述": a numbered heading, not a sentence end
        new = p.translate(_FW_TABLE)
        return (j, m.end(), new) if j < s else new

    behind_spaced = f"(?:{_ctx_behind(1)}|(?<={_CTX} .)|(?<={_CTX}  .))"
    regex = re.compile(
        "(?P<p>[,;:.!?]"
        f"(?:{behind_spaced}(?:"
        # , ; : (and a run of them) after Chinese; not :) :( :-)
        "(?<=[,;:])[,;:]*(?![)(]|-\\))"
        # a sentence end after Chinese, not before Latin text; never inside
        # a run of dots, before a letter or digit, or before a Han TLD
        f"|(?<=\\.)(?![.{latin}_]|(?:{IDN_TLDS})(?![{HAN}]))(?! *[{letter}])"
        f"|(?<=[!?])[!?]*(?![\\[!?])(?! *[{letter}]))"
        # , ; between a Latin word (or closing markup) and a Han character
        f"|(?<=[,;])(?<=[{latin}{other}\"')\\]*_].)(?=[{HAN}])"
        # . ! ? between a Latin word and a Han character ("都OK.很好"), not
        # after a digit ("1.酒店": a list number) nor before a Han TLD
        f"|(?<=[.!?])(?<=[{letter}{other}].)(?=[{HAN}])(?!(?:{IDN_TLDS})(?![{HAN}]))"
        "))"
        # spaces after it go, unless they end the line or Latin text follows
        f"(?: +(?=[^\\s{letter}]))?"
    )
    return [_Pass("fullwidth-punctuation", regex, handler, ",;:.!?", chain=True)]




def _ellipsis_passes(pua) -> list[_Pass]:
    regex = re.compile(r"\.\.\.+|。。。+|…+")

    def handler(m):
        run = m.group()
        if run[0] == "。":
            return "……"
        text = m.string
        s = m.start()
        left = _left_char(text, s)
        if left in ",;:!?" and s >= 2:
            left = text[s - 2]  # "好!..." : the mark becomes full-width in a later pass
        if not left or _HAN_CTX_RE.match(left) is None:
            return None
        if run[0] == "…" and len(run) != 1:
            return None  # …… already, or a longer run the author chose
        return "……"

    return [_Pass("ellipsis", regex, handler, ".。…")]


def _repeated_passes(pua) -> list[_Pass]:
    regex = re.compile(r"([！？，、；：])\1+")
    return [_Pass("repeated-punctuation", regex, lambda m: m.group(1), "！？，、；：")]


def _quotes_passes(pua, style: str) -> list[_Pass]:
    """The ``quotes`` rule: :func:`zhtext.converters.quotes.quote_edits` decides
    which pairs change; a pass matches each opening mark and replaces an
    outermost changed pair with everything it nests (one finding per pair)."""
    _, _, alnum = _classes(pua)
    regex = re.compile('[“‘"]' if style == "corner" else '[「『"]')
    # the text the edits were computed for (by identity, length and hash: the
    # cached pass must not keep a document alive), and its edits by opening position
    last: list = [None, {}]

    def edits_of(text: str) -> dict:
        key = (id(text), len(text), hash(text))
        if last[0] != key:
            edits = quote_edits(text, style, ascii_quotes=True, protect=False, word_chars=alnum)
            outer: dict = {}
            end = -1
            current: list = []
            for edit in edits:
                if edit[0] > end:
                    current = outer[edit[0]] = [edit[1], []]
                    end = edit[1]
                current[1].append(edit)
            last[0], last[1] = key, outer
        return last[1]

    def handler(m):
        found = edits_of(m.string).get(m.start())
        if found is None:
            return None
        close, nested = found
        start = m.start()
        chars = list(m.string[start : close + 1])
        for s, e, opening, closing in nested:
            chars[s - start] = opening
            chars[e - start] = closing
        return (start, close + 1, "".join(chars))

    return [_Pass("quotes", regex, handler, "\"“‘" if style == "corner" else "\"「『")]


def _aligned(text: str, start: int, end: int) -> bool:
    """Whether the run of spaces text[start:end] lines up columns: the line
    before or after has spaces at the same place (a plain-text or rst table),
    or the line is an option list entry ("--opt ARG  description")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip(" ").startswith(("-", "/", "+")):
        return True
    col = start - line_start
    width = end - start
    if line_start:  # the line before
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start : line_start - 1]
        if len(prev) >= col + width and prev[col : col + width].strip(" ") == "":
            return True
    next_start = text.find("\n", end)
    if next_start != -1:
        next_end = text.find("\n", next_start + 1)
        nxt = text[next_start + 1 : next_end if next_end != -1 else len(text)]
        if len(nxt) >= col + width and nxt[col : col + width].strip(" ") == "":
            return True
    return False


def _space_passes(pua, units: str, collapse_runs: bool = True) -> list[_Pass]:
    body, other, alnum = _classes(pua)
    latin = LATIN + alnum
    letter = LETTER + alnum
    unit_cls = f"[{re.escape(units)}]" if units else "(?!)"
    latin_end = re.compile(f"[{latin}%‰+#]")
    han_only = re.compile(f"[{HAN}]")

    def collapse(m):
        if not collapse_runs:
            return None
        text = m.string
        s, e = m.span()
        left = _left_char(text, s)
        right = text[e]
        if han_only.match(left) and right != " ":
            ok = latin_end.match(right) is not None and right not in "%‰+#"
        else:
            ok = han_only.match(right) is not None and latin_end.match(left) is not None
        return " " if ok and not _aligned(text, s, e) else None

    fw_left = re.compile(f"[{HAN}{latin}{other}{FWP_SPACE}]")
    quote_side = re.compile(f"[{HAN}{FWP_SPACE}]")

    def near_fw(m):
        if m.lastgroup == "after":
            return ""
        left = _left_char(m.string, m.start())
        if m.string[m.end()] in QUOTES_FW:
            return "" if left and quote_side.match(left) else None
        return "" if left and fw_left.match(left) else None

    # spaces after full-width punctuation (checked behind the first space) or
    # before it (the left neighbour checked in near_fw)
    near = re.compile(
        f" (?:(?P<after>(?<=[{FWP_SPACE}] ) *(?=[{HAN}{latin}])|(?<=[{QUOTES_FW}] ) *(?=[{HAN}{FWP_SPACE}]))"
        f"| *(?=[{FWP_SPACE}{QUOTES_FW}]))"
    )

    def between(m):
        if m.group("pre") is not None:
            return " " + m.group() if m.group("post") is None else " " + m.group() + " "
        return m.group() + " "

    not_unit = f"(?![0-9]*(?:[.,:][0-9]+)*{unit_cls})"
    pairs = re.compile(
        f"[{latin}%‰+#]"
        # Han before a letter or a digit (not a number glued to its unit)
        f"(?:(?P<pre>(?<=[{HAN}][{latin}])(?:(?<=[{letter}])|{not_unit}))"
        # ... and Han after it (a number's %, ‰; a word's + ++ #)
        f"(?P<post>(?=[{HAN}])(?:(?<=[{letter}])|(?<=[0-9])(?!{unit_cls})))?"
        f"|(?=[{HAN}])(?:(?<=[{letter}])|(?<=[0-9])(?!{unit_cls})|(?<=[0-9][%‰])"
        f"|(?<=[A-Za-z0-9{alnum}][+#])|(?<=[A-Za-z0-9{alnum}]\\+\\+)))"
    )
    return [
        _Pass("space-han-latin", re.compile(f"  +(?=[{latin}{HAN}])"), collapse, "  "),
        _Pass("space-han-latin", near, near_fw, " "),
        _Pass("space-han-latin", pairs, between),
    ]


@cache
def _passes(options: TypesetOptions, pua: tuple[str, str, str]) -> tuple[tuple[tuple[_Pass, ...], bool], ...]:
    """The passes in order, in groups; a group marked True runs again until it changes nothing."""
    rules = options.rules
    out: list[tuple[tuple[_Pass, ...], bool]] = []
    if "halfwidth-alnum" in rules:
        out.append((tuple(_halfwidth_passes(pua)), False))
    if "quotes" in rules and options.quotes != "keep":
        out.append((tuple(_quotes_passes(pua, options.quotes)), False))
    marks: list[_Pass] = []
    if "space-han-latin" in rules and "fullwidth-punctuation" in rules:
        # spaces next to full-width marks and quotes go first as well: "中 ”,"
        # has Chinese context for its comma only once the space is gone
        out.append((tuple(_space_passes(pua, options.no_space_units, options.collapse_spaces)[1:2]), False))
    if "ellipsis" in rules:
        marks += _ellipsis_passes(pua)
    if "fullwidth-punctuation" in rules:
        marks += _paren_passes(pua) + _punct_passes(pua)
    if marks:
        # ellipsis and full-width marks give each other context ("(好)...,")
        out.append((tuple(marks), "ellipsis" in rules and "fullwidth-punctuation" in rules))
    if "repeated-punctuation" in rules:
        out.append((tuple(_repeated_passes(pua)), False))
    if "space-han-latin" in rules:
        out.append((tuple(_space_passes(pua, options.no_space_units, options.collapse_spaces)), False))
    return tuple(out)


# A chained pass matches again right after its changes (a converted mark is
# the context of the next one: "好!!." -> "好！！。"), at most this often.
_MAX_ROUNDS = 8


_CLOSERS = "”’*_~"  # closing quotes and emphasis marks a converted mark may sit behind ("好，_," : "好，_，")


def _chain_positions(text: str, ends: list[int]) -> list[int]:
    """Where a chained pass matches again: right after each change, and after up to two
    closing marks there (the context :func:`_ctx_behind` looks through)."""
    out = []
    for e in ends:
        out.append(e)
        k = e
        while k < len(text) and k - e < 2 and text[k] in _CLOSERS:
            k += 1
            out.append(k)
    return out


def _apply(p: _Pass, text: str, edits: list | None, at: list[int] | None = None) -> tuple[str, list[int]]:
    """Run one pass over the text (or only matches starting at the positions ``at``).

    Returns the new text and the output positions right after each change;
    appends (in_start, in_end, out_start, out_end, new) to ``edits``.
    """
    if at is None:
        if p.trigger is not None and not any(c in text for c in p.trigger):
            return text, []
        matches = p.regex.finditer(text)
    else:
        match = p.regex.match
        matches = (m for pos in at if (m := match(text, pos)))
    handler = p.handler
    pieces = []
    ends = []
    last = 0
    delta = 0
    for m in matches:
        new = handler(m)
        if new is None:
            continue
        if type(new) is tuple:
            s, e, new = new
        else:
            s, e = m.span()
        if s < last or (e - s == len(new) and text[s:e] == new):
            continue
        pieces.append(text[last:s])
        pieces.append(new)
        out_s = s + delta
        if edits is not None:
            edits.append((s, e, out_s, out_s + len(new), new))
        ends.append(out_s + len(new))
        delta += len(new) - (e - s)
        last = e
    if not pieces:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), ends


def _fine_edits(before: str, edits: list) -> list:
    """A pass's edits for mapping positions back: an edit that rewrites a stretch
    (`` (www.中)`` -> ``（www.中）``) is cut into the pieces that really change,
    so a later pass's position inside the stretch maps to the right character."""
    out = []
    for in_s, in_e, out_s, out_e, new in edits:
        old = before[in_s:in_e]
        if len(old) <= 1 and len(new) <= 1:
            out.append((in_s, in_e, out_s, out_e, new))
            continue
        import difflib

        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if tag != "equal":
                out.append((in_s + i1, in_s + i2, out_s + j1, out_s + j2, new[j1:j2]))
    return out


def _map_back(pos: int, edits: list) -> int:
    """Map a position in a pass's output back to its input."""
    if not edits:
        return pos
    i = bisect.bisect_right(edits, pos, key=lambda t: t[2]) - 1
    if i < 0:
        return pos
    in_s, in_e, out_s, out_e, _ = edits[i]
    if pos < out_e:  # inside a change: the same place in the old text, as far as it goes
        return min(in_s + (pos - out_s), max(in_s, in_e - 1))
    return in_e + (pos - out_e)


def line_column(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """1-based (line, column) of each offset in text (columns count characters)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    out = []
    for off in offsets:
        ln = bisect.bisect_right(starts, off) - 1
        out.append((ln + 1, off - starts[ln] + 1))
    return out


def _choose_pua(text: str) -> tuple[str, ...]:
    if not any(c in text for c in _PUA_DEFAULT):
        return _PUA_DEFAULT
    free = (chr(c) for c in range(0xE005, 0xF8FF) if chr(c) not in text)
    return tuple(next(free) for _ in _PUA_DEFAULT)


def _mask(text: str, spans: list[tuple[int, int]], pua: tuple[str, ...]) -> str:
    """Replace each kept span by a same-length placeholder."""
    body, other, alnum, single_other, single_alnum = pua
    pieces = []
    last = 0
    for s, e in spans:
        first, final = text[s], text[e - 1]
        pieces.append(text[last:s])
        if e - s == 1:
            pieces.append(single_alnum if first.isascii() and first.isalnum() else single_other)
        else:
            pieces.append(alnum if first.isascii() and first.isalnum() else other)
            pieces.append(body * (e - s - 2))
            pieces.append(alnum if final.isascii() and final.isalnum() else other)
        last = e
    pieces.append(text[last:])
    return "".join(pieces)


def _unmask(text: str, original: str, spans: list[tuple[int, int]], pua: tuple[str, ...]) -> str:
    body, other, alnum, single_other, single_alnum = pua
    it = iter(spans)

    def restore(m):
        s, e = next(it)
        return original[s:e]

    edge = f"[{re.escape(other + alnum)}]"
    # one leading character set (the regex engine skips ahead to it); an edge
    # is followed by the body and the closing edge, a single stands alone
    pattern = f"[{re.escape(other + alnum + single_other + single_alnum)}](?:(?<={edge}){re.escape(body)}*{edge})?"
    return re.sub(pattern, restore, text)


def _merge(spans: list[tuple[int, int]], extra, size: int) -> list[tuple[int, int]]:
    """The union of two lists of (start, end) ranges, clipped to the text."""
    merged: list[list[int]] = []
    for s, e in sorted([*spans, *((max(0, s), min(size, e)) for s, e in extra)]):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


@dataclass(slots=True)
class Typesetter:
    """Applies the rules of :class:`TypesetOptions` to text."""

    options: TypesetOptions = field(default_factory=TypesetOptions)

    def _run(self, text: str, history: list | None, kept=()) -> tuple[str, tuple[str, ...]]:
        spans = kept_spans(text)
        if kept:
            spans = _merge(spans, kept, len(text))
        pua = _choose_pua(text) if spans else _PUA_DEFAULT
        work = _mask(text, spans, pua) if spans else text
        for group, again in _passes(self.options, pua):
            for _ in range(_MAX_ROUNDS if again else 1):
                before_group = work
                for p in group:
                    at = None
                    for _ in range(_MAX_ROUNDS):
                        edits = [] if history is not None else None
                        before = work
                        work, ends = _apply(p, work, edits, at)
                        if history is not None:
                            history.append((p, before, edits))
                        if not ends:
                            break
                        if p.chain:
                            at = _chain_positions(work, ends)
                        elif not p.repeat:
                            break
                if work is before_group:
                    break
        return (_unmask(work, text, spans, pua) if spans else work), pua

    def typeset(self, text: str, kept: Iterable[tuple[int, int]] = ()) -> str:
        """The typeset text; ``kept`` adds (start, end) ranges no rule touches
        (the markup layer's code, link targets, tags) to the built-in ones."""
        return self._run(text, None, kept)[0]

    def typeset_with_findings(self, text: str, kept: Iterable[tuple[int, int]] = ()) -> tuple[str, list[Finding]]:
        """The typeset text and one finding per change, at input positions."""
        history: list = []
        result, pua = self._run(text, history, kept)
        raw = []  # (pass index, offset in that pass's input, rule, old, new)
        for k, (p, before, edits) in enumerate(history):
            for in_s, in_e, _, _, new in edits:
                old = before[in_s:in_e]
                if not new and old.strip(" ") == "" and 0 < in_s and in_e < len(before):
                    # spaces removed: show their neighbours
                    old = before[in_s - 1 : in_e + 1]
                    new = old[0] + old[-1]
                    in_s -= 1
                elif not old and 0 < in_s < len(before):  # an insertion: show its neighbours
                    old = before[in_s - 1 : in_s + 1]
                    new = old[0] + new + old[1]
                    in_s -= 1
                elif len(old) == 1 and new == f" {old} " and 0 < in_s and in_e < len(before):
                    # spaces inserted on both sides of one character
                    old = before[in_s - 1 : in_e + 1]
                    new = f"{old[0]} {old[1]} {old[2]}"
                    in_s -= 1
                elif len(old) == 1 and len(new) == 2 and (new[0] == " " or new[1] == " "):
                    # a space inserted next to one character: show both neighbours
                    if new[0] == " " and in_s > 0:
                        old = before[in_s - 1] + old
                        new = old[0] + new
                        in_s -= 1
                    elif new[1] == " " and in_e < len(before):
                        old = old + before[in_e]
                        new = new + old[-1]
                raw.append((k, in_s, p.rule, old, new))
        offsets = []
        aligned = [_fine_edits(before, edits) for _, before, edits in history]
        for k, pos, *_ in raw:
            for j in range(k - 1, -1, -1):
                pos = _map_back(pos, aligned[j])
            offsets.append(pos)
        # show kept spans as they are, not their placeholders
        pua_chars = frozenset(pua)
        fixed = []
        for (k, pos, rule, old, new), off in zip(raw, offsets):
            if pua_chars.intersection(old) or pua_chars.intersection(new):
                # placeholders are copied, never made or dropped: the ones in
                # new are those of old, in order
                shown = text[off : off + len(old)]
                real = [shown[i] if i < len(shown) else c for i, c in enumerate(old) if c in pua_chars]
                it = iter(real)
                old = "".join(next(it) if c in pua_chars else c for c in old)
                it = iter(real)
                new = "".join(next(it, c) if c in pua_chars else c for c in new)
            fixed.append((k, pos, rule, old, new))
        raw = fixed
        positions = line_column(text, offsets)
        findings = [
            Finding(rule, ln, col, off, old, new)
            for (_, _, rule, old, new), off, (ln, col) in zip(raw, offsets, positions)
        ]
        findings.sort(key=lambda f: (f.offset, RULES.index(f.rule)))
        return result, findings

    def check(self, text: str, kept: Iterable[tuple[int, int]] = ()) -> list[Finding]:
        """The findings only (empty when the text is already typeset)."""
        return self.typeset_with_findings(text, kept)[1]


def _options(rules=None, quotes="keep", no_space_units=DEFAULT_NO_SPACE_UNITS) -> TypesetOptions:
    return TypesetOptions(DEFAULT_RULES if rules is None else frozenset(rules), quotes, no_space_units)


def typeset(text: str, rules=None, quotes: str = "keep", no_space_units: str = DEFAULT_NO_SPACE_UNITS) -> str:
    """Typeset text with the given rules (default: ``DEFAULT_RULES``)."""
    return Typesetter(_options(rules, quotes, no_space_units)).typeset(text)


def check(text: str, rules=None, quotes: str = "keep", no_space_units: str = DEFAULT_NO_SPACE_UNITS) -> list[Finding]:
    """The findings typesetting text would produce, with input positions."""
    return Typesetter(_options(rules, quotes, no_space_units)).check(text)
