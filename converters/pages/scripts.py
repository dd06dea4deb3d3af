"""Lines of a page's own code in a plain-text save: the scripts and style sheets that a dump of
the whole document keeps (BeautifulSoup's ``get_text`` of the page, a crawler writing every text
node), a script written out on one long line, HTML markup shown as text.

:func:`script_line` tells one such line (a statement, a JSON member, a style rule, an assignment);
:func:`damp_markup` makes them count against an article region: always for long script lines and
markup runs, and for every short script line in a dump of the whole document (one opening with the
doctype's word, or showing three or more script lines above the site's menu and its first prose).
"""

from __future__ import annotations

import re

from .classify import LINKS, Item, doctype_line

_HAN = re.compile(r"[\u4e00-\u9fff]")

_TAG = re.compile(r"</?[A-Za-z!][^<>]{0,200}>")


_CODE_MARKS = frozenset("{}();=$")
_SCRIPT_LINE = 120  # a script or a style sheet a renderer wrote out runs long on one line


def _script(text: str) -> bool:
    """A page's script or style sheet written out as a line of text (``$(function() {…});``,
    ``.item{ display: flex; … }``): long, hardly any Chinese, one character in twelve a code
    mark or four fifths of it style rules (``.bar .title{height:46px;color:#333}``)."""
    if len(text) < _SCRIPT_LINE or len(_HAN.findall(text)) * 5 >= len(text):
        return False
    return (sum(c in _CODE_MARKS for c in text) * 12 >= len(text)
            or sum(len(rule) + 1 for rule in text.split("}") if _STYLE_RULE.match(rule)) * 5 >= len(text) * 4)


_STYLE_RULE = re.compile(r"[^{}]*\{[^{}:]*:")  # .bar .title{height:46px;color:#333 (up to its "}"): a style sheet's rule


# var arr = …;, for(var i = 0; …){, document.write(…), .item { color: #333; }, /* 新闻正文 */: a line of a
# page's script or style sheet that a dump of the whole document keeps
_SCRIPT_WORD = re.compile(r"^\s*(?:var|let|const|function|return|if\s*\(|for\s*\(|else\b|try\s*\{|catch\s*\(|window\.|document\.|"
                          r"jQuery|\$\(|@media|@import|/\*|\*/|//|<!--|-->)|[;{]\s*$|^\s*[})\]]|\b(?:function|typeof|new)\s*[\w(]"
                          r"|[\w\])]\.\w+\(|^\s*\.[A-Za-z_$][\w$]*\(|\w\s*[:=]\s*[^\s]{1,200};|\)\s*\{")


_PROPERTY = re.compile(r"^\s*(?:\"[^\"]+\"|'[^']+'|[@A-Za-z_$][\w$@-]*)\s*:\s*\S.*[,;{]\s*$")  # wrap: document.getElementById('x'), "@context": "…",
# "timeout": 1000, "theme": "dark" (an object's last member), "item": { "@id": "…" }, "#edit-title--description", '/api/v1/check_in', (an array's
# string): a line of a script's JSON data, one member or one item, whole
_JSON_MEMBER = re.compile(r'^\s*(?P<key>"(?:[^"\\]|\\.)*"\s*:\s*)?(?:"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|-?\d[\d.eE+-]*|true|false|null|\{[^{}]*\}|\[[^\[\]]*\])\s*,?\s*$')
# docabs='5月22日…', var title = "…";, Event = NTES.core.Event.Base,: an assignment; [{"@context":…, <![CDATA[: data; #tab.red ul.tabs li.tab,: a
# style sheet's selectors, #about {position: fixed; …}: one of its rules on one line
_SCRIPT_DATA = re.compile(r"^\s*(?:(?:var|let|const)\s+)?(?:[A-Za-z_$][\w$.]*\s*=\s*['\"\[{(\d]|[A-Za-z_$][\w$]*\s*=\s*[A-Za-z_$][\w$]*(?:\.[\w$]+)+\s*[,;]?\s*$|\[?\{\s*\"|<!\[CDATA\[|\]\]>)"
                          r"|^\s*[#.*\w\[](?=[^\u4e00-\u9fff]*$)(?=.*[,{]\s*$)(?=.*?(?<![A-Za-z])[#.][A-Za-z_-])"
                          r"|^\s*[^{}\s\u4e00-\u9fff][^{}\u4e00-\u9fff]*\{[^{}:\u4e00-\u9fff]*:[^{}]*\}\s*$")
# (each alternative reads a line once: a long minified line is no quadratic search)


_LINE_COMMENT = re.compile(r"(?<=[;{})\]])\s*//.*$")  # a comment closing a line of code (not url(//host/…))
_JS_OPERATOR = re.compile(r"\|\||&&|[!=]==?|\+\+|(?<![-\w])--(?![-\s])|[+\-*/]=|=>")  # window.innerWidth || …, a != b


def script_line(it: Item) -> bool:
    """A line of a page's script or style sheet (not a listing the article shows: those are
    marked as code): code marks or a script's words, hardly any Chinese."""
    text = it.text
    if it.block.code:
        return False
    if _PROPERTY.match(text) or _SCRIPT_DATA.match(text):
        return True  # "tag" : "轻松一刻", (a script's data, whatever its strings say)
    member = _JSON_MEMBER.match(text)
    if member and (member["key"] or text.rstrip().endswith(",") and not _HAN.search(text)):
        return True  # a member ("done": true), or an item of an array of strings with no Chinese in it
    text = _LINE_COMMENT.sub("", text) or text  # var reg = …; //构造一个正则表达式: the code, not its comment
    if len(_HAN.findall(text)) * 5 >= len(text):
        return False
    marks = sum(c in _CODE_MARKS for c in text)
    return (marks >= 1 and bool(_SCRIPT_WORD.search(text))) or marks >= 3 or (
        not _HAN.search(text) and bool(_JS_OPERATOR.search(text)))


_COMMENT_REACH = 40  # the most lines of a comment in a script or style sheet


def _comment_lines(items: list[Item]) -> set[int]:
    """The lines inside a script's or style sheet's comment (``/*`` … ``*/``, ``<!--`` … ``-->``
    opened on a line and closed on a later one), the marks' lines too."""
    found: set[int] = set()
    i, n = 0, len(items)
    while i < n:
        text = items[i].text.strip()
        for opener, closer in (("/*", "*/"), ("<!--", "-->")):
            if text.startswith(opener) and closer not in text[len(opener):]:
                end = next((j for j in range(i + 1, min(n, i + _COMMENT_REACH)) if closer in items[j].text), None)
                if end is not None:
                    found.update(range(i, end + 1))
                    i = end
                break
        i += 1
    return found


def _opens_block(items: list[Item], i: int) -> bool:
    """A line with no Chinese character over a line that is only ``{`` (a style sheet's
    selectors, ``#share-tool span, #bar a``, or a function's head written on its own line)."""
    return i + 1 < len(items) and items[i + 1].text.strip() == "{" and not _HAN.search(items[i].text)


_HEAD_SCRIPTS = 3  # lines of script above the first prose that show a dump of the whole document
_PROSE_HAN = 20  # the Chinese characters of a line of prose
_PARAGRAPH_LEAST = 40  # and its length (a <title> line is shorter)


def damp_markup(items: list[Item]) -> None:
    """Plain text: a line that is mostly HTML markup (a page's code shown as text: a ``<div ...>``
    run, a ``<SCRIPT ...>`` tag) or a script or style sheet written out on one long line, or a
    line of a script or style sheet a dump of the whole document keeps (:func:`script_line`),
    counts against a region, however long it is: in a dump of the whole document (one that opens
    with the doctype's word, or whose head shows three or more script lines above the site's menu
    and the first line of prose), short lines of script count against it
    too (a save without the head keeps its scripts' lines only in a listing the article shows)."""
    comment = _comment_lines(items)
    long_script = [not it.reason and _script(it.text) for it in items]
    code = [not it.reason and (i in comment or long_script[i] or script_line(it) or _opens_block(items, i))
            for i, it in enumerate(items)]
    doctype = bool(items) and doctype_line(items[0].text)
    first = 2 if doctype else 1  # (past the doctype's word and the <title>)
    top = next((i for i in range(first, len(items)) if i not in comment and (
        items[i].reason in ("navigation", LINKS) or (not items[i].reason and items[i].punct and items[i].length >= _PARAGRAPH_LEAST
                                                     and len(_HAN.findall(items[i].text)) >= _PROSE_HAN))), len(items))
    dump = doctype or sum(code[:top]) >= _HEAD_SCRIPTS
    for i, it in enumerate(items):
        if it.reason:
            continue
        if long_script[i] or (dump and code[i]):
            it.value = min(it.value, -2.0)
            continue
        if "<" not in it.text:
            continue
        tags = _TAG.findall(it.text)
        if len(tags) >= 2 and sum(map(len, tags)) * 3 >= len(it.text) or len(tags) >= 1 and sum(map(len, tags)) * 2 >= len(it.text):
            it.value = min(it.value, -2.0)
