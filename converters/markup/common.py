"""What every markup keeps: URLs, e-mail addresses, domain names, protected
phrases and the regions a ``zhtext: off`` directive switches off.

All of it is regex scanning (no per-character Python loops): a URL starts at
``scheme://`` (or ``www.``) and runs to whitespace, a quote, an angle bracket
or full-width punctuation, minus trailing ASCII punctuation; a bare domain
needs an ASCII top-level label or one of the internationalized top-level
domains in ``IDN_TLDS`` (so ``例子.中国`` is a domain but ``麻烦.建议``, a
sentence typed with an ASCII full stop, is not).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

__all__ = ["IDN_TLDS", "url_ranges", "protect_ranges", "directive_ranges", "Protect"]

# Internationalized top-level domains written in Han characters (IANA root
# zone), the ones a Chinese text may name.
IDN_TLDS = (
    "中国", "中國", "中文网", "香港", "台湾", "台灣", "澳门", "澳門", "新加坡",
    "公司", "网络", "網絡", "网址", "网店", "网站", "商城", "商店", "商标",
    "在线", "企业", "集团", "游戏", "手机", "信息", "我爱你", "广东", "佛山",
    "时尚", "政务", "公益", "机构", "组织机构", "移动", "联通", "点看", "八卦",
    "购物", "娱乐", "健康", "珠宝", "大拿", "天主教", "慈善", "书籍", "微博",
    "工行", "嘉里", "嘉里大酒店", "亚马逊", "谷歌", "诺基亚", "飞利浦", "电讯盈科",
    "大众汽车", "通販", "世界", "政府", "中信", "淡马锡", "餐厅", "食品",
)

# Characters that end a URL: whitespace, quotes, angle brackets, ASCII
# brackets that cannot be part of it, and full-width punctuation.
_URL_STOP = r"\s<>\"'`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026"
# a host label: ASCII letters/digits/hyphens, or word characters that are not ASCII
_LABEL = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?|[^\W\x00-\x7f]{1,63})"
_HAN_LABEL = r"[^\W\x00-\x7f]{1,63}"
_TLDS = "|".join(sorted(map(re.escape, IDN_TLDS), key=len, reverse=True))
# the rest of a URL after its host: a path, query or fragment
_URL_TAIL = rf"(?:[/?#:][^{_URL_STOP}]*)?"

_ASCII_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = rf"(?:\[[0-9A-Fa-f:.]+\]|(?:{_LABEL}\.)*{_LABEL})"

# Every branch starts after one character of the class below and looks
# back at it: a pattern that starts with a plain character class lets the
# regex engine skip to candidates at C speed (a leading look-behind makes it
# try every position, three times slower on the whole).
_URL_RE = re.compile(
    rf"""
    [A-Za-z0-9._%+-]
    (?:
      (?<=[A-Za-z])(?<![A-Za-z0-9+.-].)[A-Za-z0-9+.-]{{1,31}}://     # scheme://
          (?:[^{_URL_STOP}/@]+@)?{_HOST}{_URL_TAIL}                  # user@host/path
    | (?<![A-Za-z0-9.-].)(?:(?<=m)ailto|(?<=t)el|(?<=u)rn|(?<=d)ata|(?<=f)ile):[^{_URL_STOP}]+
                                                                 # scheme without //
    | (?<=[A-Za-z0-9])(?<![A-Za-z0-9.@-].)(?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.  # ASCII domain
          (?:{_ASCII_LABEL}\.)*(?:[A-Za-z]{{2,24}}|xn--[A-Za-z0-9-]{{1,59}})(?![A-Za-z0-9-]){_URL_TAIL}
    )
    """,
    re.X,
)
# Han top-level domains: found from the dot, the labels before it read backwards.
_IDN_TLD_RE = re.compile(rf"\.(?:{_TLDS})(?![\w-])")
_IDN_HOST_BEFORE = re.compile(rf"(?:{_LABEL}\.)*{_LABEL}\Z")
# E-mail addresses: found from the "@", the local part read backwards.
_EMAIL_DOMAIN = re.compile(rf"@(?:{_LABEL}\.)+{_LABEL}")
_LOCAL_PART_BEFORE = re.compile(r"(?<![A-Za-z0-9@.+_%-])[A-Za-z0-9._%+-]{1,64}\Z")
_PATH_RE = re.compile(rf"[/?#:][^{_URL_STOP}]*")
_TRAILING_PUNCT = ".,:;!?)]}*_~'\""


def _trim(text: str, start: int, end: int) -> int:
    """The end of a URL without trailing punctuation (as GFM's autolinks:
    a closing parenthesis stays when the URL opened one)."""
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def url_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Ranges of URLs, e-mail addresses and domain names (with a path after
    them) in ``text[start:end]``."""
    if end is None:
        end = len(text)
    found = []
    for m in _URL_RE.finditer(text, start, end):
        s, e = m.span()
        e = _trim(text, s, e)
        if e > s:
            found.append((s, e))
    if "@" in text:
        for m in _EMAIL_DOMAIN.finditer(text, start, end):
            local = _LOCAL_PART_BEFORE.search(text, max(start, m.start() - 64), m.start())
            if local is not None:
                found.append((local.start(), m.end()))
    for m in _IDN_TLD_RE.finditer(text, start, end):
        window = max(start, m.start() - 256)
        host = _IDN_HOST_BEFORE.search(text, window, m.start())
        if host is None:
            continue
        s = host.start()
        tail = _PATH_RE.match(text, m.end(), end)
        e = _trim(text, s, tail.end()) if tail else m.end()
        found.append((s, e))
    return found


class Protect:
    """A list of phrases never touched; finds them with a leftmost-longest
    Aho-Corasick automaton (built once)."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(sorted({p for p in phrases if p}))
        self._automaton = None

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def ranges(self, text: str) -> list[tuple[int, int]]:
        if not self.phrases:
            return []
        if self._automaton is None:
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.AhoCorasick(
                self.phrases, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
        return [(s, e) for _, s, e in self._automaton.find_matches_as_indexes(text)]

    @classmethod
    def from_text(cls, text: str) -> "Protect":
        """One phrase a line; blank lines and lines starting with ``#`` are skipped;
        surrounding whitespace is not part of a phrase."""
        phrases = []
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                phrases.append(line)
        return cls(phrases)


def protect_ranges(text: str, protect) -> list[tuple[int, int]]:
    """Ranges of the protected phrases (a :class:`Protect` or an iterable of phrases)."""
    if not protect:
        return []
    if not isinstance(protect, Protect):
        protect = _protect_for(tuple(protect))
    return protect.ranges(text)


@cache
def _protect_for(phrases: tuple[str, ...]) -> Protect:
    return Protect(phrases)


def directive_ranges(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Regions switched off: from an ``off`` directive to the end of the next
    ``on`` directive, or to the end of the text.  ``pattern`` matches one
    directive, with a group named ``state`` (``off`` or ``on``)."""
    found = []
    off = None
    for m in pattern.finditer(text):
        state = m.group("state").lower()
        if state == "off" and off is None:
            off = m.start()
        elif state == "on":
            found.append((m.start() if off is None else off, m.end()))
            off = None
    if off is not None:
        found.append((off, len(text)))
    return found
