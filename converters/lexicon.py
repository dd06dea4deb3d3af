"""Phrase lists for boilerplate stripping: loading and matching.

A lexicon file is UTF-8 text.  ``[reason]`` starts a section; every other
non-empty line that is not a ``#`` comment is one phrase.  A phrase that
starts with ``^`` must open the line (past a list item's number:
``1、``, ``2.``), one that starts with ``=`` must be
the whole line (spaces, digits, brackets and arrows aside); otherwise it may
sit anywhere in it.  Matching is case-insensitive.  Lines before the first section header belong
to the ``boilerplate`` section.  Sections whose name ends in ``-header``
(``related-header``, ``comments-header``) open a trailing section; ``spam``
holds spam terms.  The bundled lists live in ``zhtext/converters/data``
(``boilerplate.txt``, ``spam.txt``); a user's files are added on top.

The same loader reads the bundled word lists the extractor's rules are made
of (:func:`word_lists`): class/id hints (``class_hints.txt``) and metadata
labels (``labels.txt``), one ``[section]`` of words each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from collections.abc import Iterator
from pathlib import Path

from .data import read_text
from .errors import ZhtextError

BUNDLED = ("boilerplate.txt", "spam.txt")
DEFAULT_SECTION = "boilerplate"
_SECTION = re.compile(r"^\[([A-Za-z][\w-]*)\]\s*$")


def sectioned_lines(text: str) -> Iterator[tuple[str, str]]:
    """``(section, line)`` for every entry of a sectioned list: ``[section]`` headers,
    ``#`` comments and blank lines skipped, lines stripped (a BOM too), sections lower-cased."""
    section = DEFAULT_SECTION
    for raw in text.splitlines():
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        m = _SECTION.match(line)
        if m:
            section = m.group(1).lower()
            continue
        yield section, line


_BUTTON_WORDS = frozenset({"share", "widget"})  # reasons a word of a pitch may also have (微信, 打印)


class LexiconError(ZhtextError, ValueError):
    """A lexicon file that cannot be read."""


@dataclass(slots=True)
class Lexicon:
    """Phrases by reason; ``prefixes`` must open a line, ``phrases`` may sit anywhere."""

    phrases: dict[str, set[str]] = field(default_factory=dict)
    prefixes: dict[str, set[str]] = field(default_factory=dict)
    exact: dict[str, set[str]] = field(default_factory=dict)

    def add_text(self, text: str, source: str = "<lexicon>") -> None:
        for section, line in sectioned_lines(text):
            if line.startswith("="):
                phrase = _bare(line[1:].lower())
                if phrase:
                    self.exact.setdefault(section, set()).add(phrase)
            elif line.startswith("^"):
                phrase = line[1:].strip().lower()
                if phrase:
                    self.prefixes.setdefault(section, set()).add(phrase)
            else:
                self.phrases.setdefault(section, set()).add(line.lower())

    def merged(self, other: "Lexicon") -> "Lexicon":
        out = Lexicon()
        for src in (self, other):
            for k, v in src.phrases.items():
                out.phrases.setdefault(k, set()).update(v)
            for k, v in src.prefixes.items():
                out.prefixes.setdefault(k, set()).update(v)
            for k, v in src.exact.items():
                out.exact.setdefault(k, set()).update(v)
        return out

    def compile(self) -> "CompiledLexicon":
        return CompiledLexicon(self)


class CompiledLexicon:
    """A lexicon ready for matching: Aho-Corasick automata plus a prefix table (one pass per line)."""

    def __init__(self, lexicon: Lexicon):
        from ahocorasick_rs import AhoCorasick, MatchKind

        reasons = sorted(set(lexicon.phrases) | set(lexicon.prefixes) | set(lexicon.exact))
        markers = [r for r in reasons if r != "spam"]
        self.headers = {r for r in markers if r.endswith("-header")}
        self._prefix_reason: dict[str, str] = {}
        self._phrase_reason: dict[str, str] = {}
        self._exact_reason: dict[str, str] = {}
        for reason in markers:
            for p in lexicon.exact.get(reason, ()):
                self._exact_reason.setdefault(p, reason)
            for p in lexicon.prefixes.get(reason, ()):
                self._prefix_reason.setdefault(p, reason)
            for p in lexicon.phrases.get(reason, ()):
                self._phrase_reason.setdefault(p, reason)
        self._prefixes = tuple(sorted(self._prefix_reason, key=len, reverse=True))
        self._phrases = list(self._phrase_reason)
        self._markers = (AhoCorasick(self._phrases, matchkind=MatchKind.LeftmostLongest)
                         if self._phrases else None)
        spam = sorted(lexicon.phrases.get("spam", set()) | lexicon.prefixes.get("spam", set()))
        self._spam = AhoCorasick(spam, matchkind=MatchKind.LeftmostLongest) if spam else None

    def marker(self, line: str) -> str | None:
        """The reason of the boilerplate phrase found in ``line`` (a line-opening one first, then the
        leftmost, unless that is a button's word and a notice follows), or None."""
        low = _fold(line)
        if self._exact_reason and len(low) <= 40:
            r = self._exact_reason.get(_bare(low))
            if r:
                return r
        r = self._opening(low)
        if r:
            return r
        if self._markers is not None:
            reasons = [self._phrase_reason[self._phrases[index]] for index, _, _ in self._markers.find_matches_as_indexes(low)]
            if reasons:
                # a notice later in the line wins over a button's word (微信公众号：某某，有兴趣的可以关注:
                # an account's pitch that names a share button's word first)
                return "notice" if reasons[0] in _BUTTON_WORDS and "notice" in reasons else reasons[0]
        return None

    def body_marker(self, line: str) -> str | None:
        """The reason of the first phrase in ``line`` that opens no trailing section (not a
        ``-header`` one), or None: 收看更多文章，請訂閱… is an appeal, not a related list's header."""
        low = _fold(line)
        if self._markers is None:
            return None
        for index, _, _ in self._markers.find_matches_as_indexes(low):
            reason = self._phrase_reason[self._phrases[index]]
            if not reason.endswith("-header"):
                return reason
        return None

    def prefix_marker(self, line: str) -> str | None:
        """The reason of a line-opening (``^``) phrase that ``line`` starts with, or None."""
        return self._opening(_fold(line))

    def _opening(self, low: str) -> str | None:
        """The reason of the line-opening phrase ``low`` starts with, past a list item's number
        (``1、回复【…】``, ``2. ``: a numbered menu of such lines), or None."""
        if not self._prefixes:
            return None
        for text in (low, _ENUMERATOR.sub("", low, count=1)):
            if text.startswith(self._prefixes):
                for p in self._prefixes:
                    if text.startswith(p):
                        return self._prefix_reason[p]
        return None

    def spam_hits(self, line: str) -> list[tuple[int, int]]:
        """Spans of spam terms in ``line`` (leftmost-longest, no overlaps)."""
        if self._spam is None:
            return []
        return [(s, e) for _, s, e in self._spam.find_matches_as_indexes(line.lower())]


_PRESENTATION_COLONS = str.maketrans({"︰": "：", "﹕": "："})  # (a Hong Kong page's 記者︰某某: the same label)


def _fold(line: str) -> str:
    """``line`` as the phrases are matched: lower case, a presentation form's colon as the full-width one."""
    return line.lower().translate(_PRESENTATION_COLONS)


# a list item's number: 1、 2. 3) （4）
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}\s*[、.．)）]|[(（]\d{1,2}[)）])\s*")
_NOISE = re.compile(r"[\s\d()（）\[\]【】<>《》〈〉「」『』:：>»«|｜·•\-—_=#*~～.,，。!！?？]+")


def _bare(text: str) -> str:
    """``text`` without spaces, digits, brackets, arrows and punctuation (for ``=`` phrases)."""
    return _NOISE.sub("", text)


@cache
def bundled() -> Lexicon:
    """The bundled phrase lists (read once)."""
    lex = Lexicon()
    for name in BUNDLED:
        lex.add_text(read_text(name), name)
    return lex


@cache
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The sections of the bundled word-list file ``name``: ``{section: words}`` in file order."""
    lists: dict[str, list[str]] = {}
    for section, line in sectioned_lines(read_text(name)):
        lists.setdefault(section, []).append(line)
    return {k: tuple(v) for k, v in lists.items()}


def load_lexicon(path: str | Path) -> Lexicon:
    """Read one user lexicon file (UTF-8, BOM allowed)."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"lexicon {path} is not UTF-8 (byte {exc.start})") from None
    lex = Lexicon()
    lex.add_text(text, str(path))
    return lex


@lru_cache(maxsize=32)
def compiled(extra: tuple[str, ...] = ()) -> CompiledLexicon:
    """The bundled lexicon plus the user files ``extra``, compiled once per set of paths."""
    lex = bundled()
    for path in extra:
        lex = lex.merged(load_lexicon(path))
    return lex.compile()
