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

from .model import merge_ranges

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

# Every kind of address is found from a literal that it must contain
# ("://", "mailto:", ".com", "@", ".中国"), which the regex engine finds at
# C speed; the part before it is read backwards from there.
_SCHEME_SEP = re.compile("://")
_SCHEME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}\Z")
_AFTER_SCHEME = re.compile(rf"(?:[^{_URL_STOP}/@]+@)?{_HOST}{_URL_TAIL}")
_NO_SLASH = re.compile(rf"(?:mailto|tel|urn|data|file):[^{_URL_STOP}]+")
_ASCII_NAME = r"[A-Za-z0-9-]"
# a dot and an ASCII top-level label that is the last label of its name
_ASCII_TLD = re.compile(r"\.(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59})(?![A-Za-z0-9-])(?!\.[A-Za-z0-9])")
_ASCII_HOST_BEFORE = re.compile(r"[A-Za-z0-9.-]{1,253}\Z")
_ASCII_HOST = re.compile(rf"(?:{_ASCII_LABEL}\.)*{_ASCII_LABEL}")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-")
# Han top-level domains: found from the dot, the labels before it read backwards.
_IDN_TLD_RE = re.compile(rf"\.(?:{_TLDS})(?![\w-])")
_IDN_HOST = re.compile(rf"(?:{_LABEL}\.)*{_LABEL}")
# What may stand right before a bare Han-TLD domain name (besides whitespace
# and a line start): opening brackets and quotes, a colon, a slash.
_IDN_HOST_OPENERS = frozenset("([{<\"'（【「『《〈“‘:：/=")
# E-mail addresses: found from the "@", the local part read backwards.
_EMAIL_DOMAIN = re.compile(rf"@(?:{_LABEL}\.)+{_LABEL}")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_PATH_RE = re.compile(rf"[/?#:][^{_URL_STOP}]*")
_TRAILING_PUNCT = ".,:;!?)]}*_~'\""


class _Inside:
    """Is a position inside one of these sorted ranges?  (Asked with
    positions that only grow.)"""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = ranges
        self.i = 0

    def __call__(self, pos: int) -> bool:
        ranges, i = self.ranges, self.i
        while i < len(ranges) and ranges[i][1] <= pos:
            i += 1
        self.i = i
        return i < len(ranges) and ranges[i][0] <= pos


def _trim(text: str, start: int, end: int) -> int:
    """The end of a URL without trailing punctuation (as GFM's autolinks:
    a closing parenthesis stays when the URL opened one)."""
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def url_ranges(text: str, start: int = 0, end: int | None = None, *,
               skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Ranges of URLs, e-mail addresses and domain names (with a path after
    them) in ``text[start:end]``.  ``skip``: sorted, disjoint ranges already
    kept (code, link destinations); an address whose "://", top-level domain
    or "@" lies inside one is not looked for (it is kept anyway, and code
    can hold thousands of ``obj.attr`` that look like domain names)."""
    if end is None:
        end = len(text)
    skip = list(skip)
    # Candidates come left to right; one inside an address already found is
    # skipped (a path can hold many "://" or ".com": reading each to the
    # end of the address again would be quadratic).
    urls: list[tuple[int, int]] = []
    covered = -1
    in_skip = _Inside(skip)
    for m in _SCHEME_SEP.finditer(text, start, end):
        if m.start() < covered or in_skip(m.start()):
            continue
        scheme = _SCHEME_BEFORE.search(text, max(start, m.start() - 32), m.start())
        if scheme is None:
            continue
        s = scheme.start()
        while text[s] not in _LETTERS or (s > 0 and text[s - 1] in _HOST_CHARS):
            s += 1  # the scheme starts with a letter, not inside a word
            if s >= m.start():
                break
        rest = _AFTER_SCHEME.match(text, m.end(), end)
        if s >= m.start() or rest is None:
            continue
        e = _trim(text, s, rest.end())
        if e > m.end():
            urls.append((s, e))
            covered = e
    for m in _NO_SLASH.finditer(text, start, end):
        s = m.start()
        if s > 0 and text[s - 1] in _HOST_CHARS:
            continue
        urls.append((s, _trim(text, s, m.end())))
    urls.sort()
    found = list(urls)
    _domains(text, start, end, _ASCII_TLD, _ascii_host_start, merge_ranges(urls + skip), found)
    if "@" in text:
        in_skip = _Inside(skip)
        for m in _EMAIL_DOMAIN.finditer(text, start, end):
            at = s = m.start()
            if in_skip(at):
                continue
            limit = max(start, at - 64)
            while s > limit and text[s - 1] in _LOCAL_CHARS:
                s -= 1
            if s < at and (s == 0 or text[s - 1] not in _LOCAL_CHARS and text[s - 1] != "@"):
                found.append((s, m.end()))
    _domains(text, start, end, _IDN_TLD_RE, _idn_host_start, merge_ranges(urls + skip), found)
    return found


def _ascii_host_start(text: str, start: int, dot: int) -> int | None:
    """Where the ASCII host name whose last dot is at ``dot`` starts."""
    host = _ASCII_HOST_BEFORE.search(text, max(start, dot - 253), dot)
    if host is None:
        return None
    s = host.start()
    if s > 0 and text[s - 1] == "@":
        return None  # an e-mail address, found from its "@"
    # no leading dot or hyphen, labels of at most 63 characters
    while s < dot and _ASCII_HOST.fullmatch(text, s, dot) is None:
        s += 1
    return s if s < dot else None


def _idn_host_start(text: str, start: int, dot: int) -> int | None:
    """Where the host name before a Han top-level domain at ``dot`` starts."""
    # walk back over the host's characters (a few in real text), then check
    # it is made of labels
    s = dot
    limit = max(start, dot - 253)
    while s > limit and (text[s - 1].isalnum() or text[s - 1] in ".-"):
        s -= 1
    if _IDN_HOST.fullmatch(text, s, dot) is None:
        # prose run into the name, or stray dots and hyphens: the longest
        # valid host of at most 63 characters before the dot
        s = max(s, dot - 63)
        while s < dot and _IDN_HOST.fullmatch(text, s, dot) is None:
            s += 1
    # A host of digits alone before a Han "top-level domain" is list numbering
    # or a figure in prose (享受4.餐厅), not a name anyone registered.
    if s >= dot or not any(ch.isalpha() for ch in text[s:dot]):
        return None
    # Chinese prose typed with ASCII full stops is full of words that are Han
    # top-level domains (免费.购物, 这家.公司): a Han name is told from a clause
    # only when something sets it off on the left, as the TLD's right side is
    # set off by the look-ahead of _IDN_TLD_RE.
    # (At the start of a text, only a name with an ASCII letter or digit in it.)
    if s == 0:
        return s if any(ch < "\x80" and ch.isalnum() for ch in text[s:dot]) else None
    if not (text[s - 1].isspace() or text[s - 1] in _IDN_HOST_OPENERS):
        return None
    return s


def _domains(text: str, start: int, end: int, tld: re.Pattern, host_start, urls: list, found: list) -> None:
    """Domain names found from their top-level domain (``tld`` matches the
    dot and it), with the path after them; none inside ``urls`` (sorted,
    disjoint ranges)."""
    inside = _Inside(urls)
    covered = -1
    for m in tld.finditer(text, start, end):
        dot = m.start()
        if dot < covered or inside(dot):
            continue
        s = host_start(text, start, dot)
        if s is None:
            continue
        tail = _PATH_RE.match(text, m.end(), end)
        covered = _trim(text, s, tail.end()) if tail else m.end()
        found.append((s, covered))


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


def directive_ranges(text: str, pattern: re.Pattern, *, off_at_start: bool = False) -> list[tuple[int, int]]:
    """Regions switched off: from an ``off`` directive to the end of the next
    ``on`` directive, or to the end of the text.  ``pattern`` matches one
    directive, with a group named ``state`` (``off`` or ``on``).
    ``off_at_start``: the text continues a region already switched off."""
    found = []
    off = 0 if off_at_start else None
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
