"""Encoding detection and decoding for Chinese text files.

:func:`detect_encoding` names the codec of a byte string; :func:`decode`
detects (or takes a forced codec) and returns the text.  The policy, in order:

1. **Empty input** is empty UTF-8.
2. **A byte-order mark decides**: UTF-32, UTF-8-SIG, UTF-16 (reported as
   ``utf-32``, ``utf-8-sig``, ``utf-16``; decoding drops the mark).
3. **NUL bytes**: UTF-16/32 without a BOM when one of the four readings
   has no impossible characters (controls, unassigned, private use) and
   reads as text; otherwise the input is **binary** (``Detection.binary``;
   :func:`decode` raises :class:`~zhtext.converters.errors.BinaryInputError`).
4. **Valid UTF-8 is UTF-8**: one strict decode, no detector imported.
   UTF-16 text without a BOM and without NULs (pure CJK) is recognised
   before the legacy step, when it reads as Chinese.
5. **Legacy encodings**: each Chinese candidate (GB18030, then CP950 with
   Big5-HKSCS where CP950 cannot decode) reads a bounded sample, scored by
   a character-pair model of Chinese (:mod:`.hanzi_frequency`).  A reading
   is taken at once only with real evidence: Han characters in known pairs,
   in an amount that grows with the text (symbols alone, or one character
   as in ``García`` read as GBK, are no evidence), and no competing Korean
   Hangul or Japanese kana reading.
6. **Every reading is judged**: otherwise every codec chardet 7 proposes,
   chardetng's guess, the Chinese readings and the ``FALLBACKS`` decode the
   whole input; each that decodes strictly is ranked by its share of odd
   characters (:func:`oddity`), then by the detectors' confidence plus how
   common the codec is (``PRIOR``) plus what the reading holds (common Han
   characters, kana, common Hangul syllables, bulletin-board drawings).
   A reading with more than ``MAX_ODD`` odd characters is taken only when
   nothing reads cleanly and it is well supported; else there is no answer.
7. **Supersets only**: every label a detector returns is promoted by
   ``PROMOTIONS`` (GB2312 and GBK to ``gb18030``, Big5 to ``cp950``, every
   Shift-JIS variant to ``cp932``, TIS-620 to ``cp874``, ISO-8859-1 to
   ``cp1252``, ...; WHATWG names through ``ALIASES``); where the superset
   cannot decode, the detector's own label is tried (``cp950`` falls back to
   ``big5hkscs``).  ``gb2312``, ``gbk`` and ``big5`` are never reported.

**Cut files.** A file that ends in the middle of a multibyte character (as
``head -c`` leaves it) keeps its real encoding: everything before the cut
is decoded strictly and the incomplete final sequence becomes one U+FFFD;
``Detection.truncated`` says so.

When no candidate decodes, ``Detection.encoding`` is None, ``tried`` lists
the candidates and ``offset`` the first bad byte of the most plausible one;
:func:`decode` raises :class:`~zhtext.converters.errors.DecodeError` unless
``errors="replace"``.
"""

from __future__ import annotations

import codecs
import re

from .errors import BinaryInputError, DecodeError

__all__ = ["Detection", "detect_encoding", "decode", "canonical_encoding", "BlockDecoder", "PROMOTIONS",
           "oddity", "decode_page"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes the detectors and the scorer look at: the head plus windows of the rest.
SAMPLE_HEAD = 64 * 1024
SAMPLE_WINDOWS = 16
SAMPLE_WINDOW = 4 * 1024
# Bytes (lines with non-ASCII bytes) handed to chardetng.
DETECTOR_BYTES = 16 * 1024
# Bytes of the sample handed to chardet (its language models want whole text)
CHARDET_BYTES = 64 * 1024

_TRUNCATION_REASONS = ("incomplete multibyte sequence", "unexpected end of data", "truncated data")
_CHINESE = ("gb18030", "cp950", "big5hkscs")


class Detection:
    """What :func:`detect_encoding` found.

    ``encoding`` is a name Python's ``codecs`` accepts (None for binary or
    undecodable input); ``confidence`` is between 0 and 1; ``bom`` says a
    byte-order mark was found (and is dropped by decoding); ``binary`` marks
    input that is not text; ``truncated`` marks input that ends inside a
    multibyte character; ``method`` says which step decided (``empty``,
    ``bom``, ``utf-8``, ``iso-2022``, ``utf-16``, ``chinese``, ``detector``, ``forced``);
    ``tried`` and ``offset`` describe a failure (candidates attempted, first
    bad byte of the most plausible one).
    """

    __slots__ = ("encoding", "confidence", "bom", "binary", "truncated", "method", "tried", "offset")

    def __init__(self, encoding: str | None, confidence: float, bom: bool = False,
                 binary: bool = False, truncated: bool = False, method: str = "",
                 tried: tuple[str, ...] = (), offset: int | None = None):
        # a plain class rather than a dataclass: importing dataclasses costs
        # more than the whole UTF-8 path
        setter = object.__setattr__
        setter(self, "encoding", encoding)
        setter(self, "confidence", confidence)
        setter(self, "bom", bom)
        setter(self, "binary", binary)
        setter(self, "truncated", truncated)
        setter(self, "method", method)
        setter(self, "tried", tuple(tried))
        setter(self, "offset", offset)

    def __setattr__(self, name, value):
        raise AttributeError("Detection is immutable")

    def _key(self):
        return (self.encoding, self.confidence, self.bom, self.binary, self.truncated, self.method)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, Detection) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Detection({fields})"


# ---------------------------------------------------------------- names


# Every label a detector returns (chardet 7, chardetng, charset-normalizer,
# cchardet), spelled as Python's codecs module spells it, mapped to the codec
# zhtext decodes with: the superset that Windows and browsers use, so that a
# backslash or a tilde stays ASCII (Shift_JIS-2004 reads 0x5C as YEN SIGN) and
# characters a subset lacks still decode.  Where the superset cannot decode the
# bytes, the label itself is tried (see ``_FALLBACK``).  The README lists it.
PROMOTIONS = {
    "ascii": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "cp950",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
}

# WHATWG labels (chardetng, cchardet, HTML pages) that Python's codecs do not know
ALIASES = {
    "windows-874": "cp874",
    "windows-31j": "cp932",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "iso-8859-8-i": "iso8859-8",
    "x-euc-jp": "euc_jp",
    "x-sjis": "cp932",
    "x-gbk": "gb18030",
    "x-big5": "cp950",
}

# the codec a promoted label falls back to where its superset cannot decode
_FALLBACK = {"cp950": "big5hkscs"}


# cp1252 leaves five bytes undefined; read them as ISO-8859-1 does (C1 controls),
# as browsers do for pages labelled iso-8859-1.  With this handler a forced
# latin-1 reads the same whole (decode) and in blocks (BlockDecoder).
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _cp1252_c1(exc):
    if isinstance(exc, UnicodeDecodeError) and exc.object[exc.start] in _CP1252_UNDEFINED:
        return chr(exc.object[exc.start]), exc.start + 1
    raise exc


codecs.register_error("zhtext-cp1252-c1", _cp1252_c1)


def canonical_encoding(name: str) -> str:
    """The codec zhtext uses for ``name``: Python's spelling, promoted to its superset.

    >>> canonical_encoding("GBK"), canonical_encoding("Big5"), canonical_encoding("ISO-8859-1")
    ('gb18030', 'cp950', 'cp1252')
    """
    name = ALIASES.get(name.strip().lower(), name)
    info = codecs.lookup(name)  # LookupError for an unknown name
    return PROMOTIONS.get(info.name.replace("-", "_"), info.name)


def _original_name(name: str) -> str:
    """Python's spelling of ``name`` without promotion."""
    return codecs.lookup(ALIASES.get(name.strip().lower(), name)).name


# ---------------------------------------------------------------- decoding


def _strict(data: bytes, encoding: str) -> tuple[str | None, bool, int]:
    """Decode strictly; a cut final character becomes U+FFFD.

    Returns (text or None, truncated, offset of the first bad byte).
    """
    try:
        return data.decode(encoding), False, -1
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason in _TRUNCATION_REASONS and len(data) - exc.start <= 4:
            try:
                return data[: exc.start].decode(encoding) + "\ufffd", True, -1
            except UnicodeDecodeError as inner:
                return None, False, inner.start
        return None, False, exc.start
    except LookupError:
        return None, False, 0


# ---------------------------------------------------------------- scoring

# how much of the input the Chinese scorer reads (bytes, then characters)
SCORE_BYTES = 2048
SCORE_CHARS = 64
# mean log-probability per character above which a reading is taken as Chinese
CHINESE_THRESHOLD = -8.5
# ... and above which it is taken even when the bytes also read as Korean or Japanese
CHINESE_SURE = -7.5
# ... and above which (over 24+ characters) no other reading needs scoring
CHINESE_EARLY = -6.5
# ... and below which a reading is not Chinese at all (nor kept as a fallback)
CHINESE_FLOOR = -11.0

# patterns compiled on first use (re caches them): the UTF-8 path needs none
_NON_ASCII = r"[^\x00-\x7f]"
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"


class _Score:
    __slots__ = ("encoding", "score", "chars")

    def __init__(self, encoding: str, score: float, chars: int):
        self.encoding = encoding
        self.score = score  # mean log-probability per non-ASCII character
        self.chars = chars


def _reading(data: bytes, encoding: str) -> str:
    text = data.decode(encoding, "replace")
    return text[:-1] if text.endswith("\ufffd") else text


_scorer = None


def _likelihood(text: str) -> tuple[float, int]:
    """The Chinese scorer, imported on first use (the UTF-8 path never needs it)."""
    global _scorer
    if _scorer is None:
        from .hanzi_frequency import chinese_likelihood

        _scorer = chinese_likelihood
    return _scorer(text, SCORE_CHARS)


def _score(data: bytes, encoding: str) -> _Score:
    score, n = _likelihood(_reading(data, encoding))
    return _Score(encoding, score, n)


def _share(text: str, low: str, high: str) -> float:
    chars = re.findall(_NON_ASCII, text)
    if not chars:
        return 0.0
    return sum(1 for ch in chars if low <= ch <= high) / len(chars)


def _looks_korean_or_japanese(data: bytes) -> bool:
    """Bytes that read as Hangul in EUC-KR or as kana in EUC-JP (GB2312 shares both layouts)."""
    try:
        if _share(data.decode("cp949"), "\uac00", "\ud7a3") >= 0.8:
            return True
    except UnicodeDecodeError:
        pass
    try:
        if _share(data.decode("euc_jp"), "\u3041", "\u30ff") >= 0.2:
            return True
    except UnicodeDecodeError:
        pass
    return False


# ---------------------------------------------------------------- sampling

_HIGH = rb"[\x80-\xff]"


def _sample(data: bytes) -> bytes:
    """The head of ``data`` plus evenly spaced windows, each starting at a line start."""
    limit = SAMPLE_HEAD + SAMPLE_WINDOWS * SAMPLE_WINDOW
    if len(data) <= limit:
        return data
    end = data.rfind(b"\n", SAMPLE_HEAD - 4096, SAMPLE_HEAD)
    parts = [data[: end + 1 if end >= 0 else SAMPLE_HEAD]]
    rest = len(data) - SAMPLE_HEAD
    step = rest // SAMPLE_WINDOWS
    for i in range(SAMPLE_WINDOWS):
        pos = SAMPLE_HEAD + i * step
        m = re.compile(_HIGH).search(data, pos, pos + step)
        if m is None:
            continue
        start = data.rfind(b"\n", max(pos, m.start() - 512), m.start()) + 1 or m.start()
        stop = data.find(b"\n", start + SAMPLE_WINDOW, start + SAMPLE_WINDOW + 512)
        stop = stop + 1 if stop >= 0 else start + SAMPLE_WINDOW
        parts.append(data[start:stop])
    return b"".join(parts)


def _dense(sample: bytes) -> bytes:
    """The lines of ``sample`` that hold non-ASCII bytes, up to DETECTOR_BYTES."""
    out = []
    size = 0
    for line in sample.splitlines(keepends=True):
        if not line.isascii():
            out.append(line)
            size += len(line)
            if size >= DETECTOR_BYTES:
                break
    return b"".join(out) or sample[:DETECTOR_BYTES]


# ---------------------------------------------------------------- UTF-16/32 without BOM


def _bad_share(text: str) -> float:
    """Share of characters no text contains: controls, unassigned, private use, surrogates."""
    import unicodedata

    if not text:
        return 1.0
    bad = 0
    for ch in text:
        if ch < "\x7f":
            if ch < " " and ch not in "\t\n\r\f\x1b":
                bad += 1
        elif unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad / len(text)


def _one_script(text: str) -> bool:
    """Most non-ASCII characters are Hangul, or kana: Korean or Japanese text."""
    chars = re.findall(_NON_ASCII, text)
    if not chars:
        return False
    hangul = sum(1 for ch in chars if "\uac00" <= ch <= "\ud7a3")
    kana = sum(1 for ch in chars if "\u3041" <= ch <= "\u30ff")
    return max(hangul, kana) >= len(chars) * 0.8


def _maybe_utf16(data: bytes) -> bool:
    """Cheap test before decoding: UTF-16 of CJK text has a high byte in 0x30-0x9F
    (CJK punctuation and ideographs) at every other position; GBK and Big5 have
    it only in some trail bytes."""
    head = data[:512]
    for high in (head[1::2], head[0::2]):  # little-endian, big-endian
        if (len(high) - len(high.translate(None, _CJK_HIGH_BYTES))) * 2 > len(high):
            return True
    return False


_CJK_HIGH_BYTES = bytes(range(0x30, 0xA0))
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _utf16_32(data: bytes, nul: bool) -> Detection | None:
    """UTF-16/32 without BOM: the reading with the fewest impossible characters.

    With NUL bytes (ASCII or CJK in UTF-16/32) any of the four forms may fit;
    without them only UTF-16 text of CJK characters is considered, and only
    when it reads as ordinary Chinese.
    """
    head = data[:8192]
    forms = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be") if nul else ("utf-16-le", "utf-16-be")
    ranked = []
    for enc in forms:
        text, _, _ = _strict(head, enc)
        if text is None:
            continue
        text = text.rstrip("\ufffd")
        if not nul and len(re.findall(_CJK, text)) < len(text) * 0.9:
            continue  # cheap test first: UTF-16 without NULs is CJK text
        bad = _bad_share(text)
        if bad > 0.02:
            continue
        score, _ = _likelihood(text)
        if not nul and score < CHINESE_THRESHOLD:
            continue
        if (nul and len(re.findall(_NON_ASCII, text)) > len(text) * 0.5 and score < CHINESE_THRESHOLD
                and not _one_script(text)):
            continue  # NULs that no ASCII explains, and the rest reads as nothing
        ranked.append((bad, -score, enc))
    for _, _, enc in sorted(ranked):
        text, truncated, _ = _strict(data, enc)
        if text is not None:
            return Detection(enc, 0.9 if nul else 0.8, truncated=truncated, method="utf-16")
    return None


# ---------------------------------------------------------------- detectors


def _chardet(sample: bytes) -> list[tuple[str, str, float]]:
    """Every reading chardet proposes: (promoted codec, chardet's own codec, confidence)."""
    import chardet

    out = []
    try:
        try:
            results = chardet.detect_all(sample, prefer_superset=False, compat_names=False)
        except TypeError:  # chardet < 7
            results = chardet.detect_all(sample, should_rename_legacy=True)
    except Exception:  # pragma: no cover - a detector bug must not stop decoding
        return out
    for r in results[:MAX_OPINIONS]:
        if r.get("encoding"):
            try:
                out.append((canonical_encoding(r["encoding"]), _original_name(r["encoding"]),
                            float(r.get("confidence") or 0.0)))
            except LookupError:
                continue
    return out


def _chardetng(sample: bytes) -> tuple[str, str, bool] | None:
    try:
        from chardetng_py import EncodingDetector
    except ImportError:  # pragma: no cover
        return None
    det = EncodingDetector()
    det.feed(sample, last=True)
    name, sure = det.guess_assess(tld=None, allow_utf8=False)
    try:
        return canonical_encoding(name), _original_name(name), bool(sure)
    except LookupError:
        return None


# ---------------------------------------------------------------- reading plausibility

# characters of each reading that oddity() looks at
ODDITY_CHARS = 8192
# share of odd characters (see oddity()) above which a reading is not text
MAX_ODD = 0.05
# a reading with up to this share of odd characters and this much support is
# still an answer when no reading is clean
ROUGH_ODD = 0.2
ROUGH_SUPPORT = 0.4
# detector confidence plus prior below which a reading is no answer, however
# well it reads (a 0.04 guess of cp862 for a few stray bytes)
MIN_SUPPORT = 0.1
# how many of chardet's proposals are scored
MAX_OPINIONS = 8
# codecs tried when no detector proposes them (a Shift-JIS or EUC-KR file that
# the detectors miss, a Western file with one accented byte)
FALLBACKS = ("cp1252", "cp932", "euc_jp", "cp949", "cp1251", "cp1250")
# How common each codec is in files people keep: a small bonus that decides
# between readings that are equally plausible (``§§§`` in cp1252 or ``งงง`` in
# cp874, ``Ва`` in cp866 or ``あ`` in cp932).  Absent codecs get nothing.
PRIOR = {
    "cp1252": 0.30, "gb18030": 0.25, "cp932": 0.25, "cp950": 0.22, "cp949": 0.22,
    "euc_jp": 0.18, "cp1251": 0.18, "cp1250": 0.15, "big5hkscs": 0.12, "iso8859-15": 0.1,
    "iso8859-2": 0.1, "cp1254": 0.1, "cp1253": 0.1, "cp1255": 0.1, "cp1256": 0.1, "cp1257": 0.1,
    "cp874": 0.1, "koi8-r": 0.1, "iso8859-5": 0.06, "iso8859-7": 0.06, "iso8859-9": 0.06,
    "cp866": 0.04, "koi8-u": 0.06, "mac-cyrillic": 0.02,
}
# Symbols and punctuation that ordinary text in a Latin, Greek or Cyrillic
# script uses between words (a symbol *inside* a word is a misreading).
_ORDINARY_SYMBOLS = frozenset(
    "\u00a0’‘“”„‚«»‹›—–…€£¥¢¤°·•×÷±§¶©®™¹²³¼½¾ªº¬\u00ad¦¨´¸¯µ†‡‰¡¿№˙ˇˉˊˋ"
)
# punctuation that does stand between two letters of a word
_APOSTROPHES = frozenset("’‘·\u00b7\u02bc\u2027\u00ad")
# halfwidth punctuation of Shift-JIS (｡｢｣､･): wedged between halfwidth kana it
# is the trace of Big5 or GBK bytes read as Shift-JIS
_HALFWIDTH_PUNCT = frozenset("\uff61\uff62\uff63\uff64\uff65")
_CJK_RANGES = ((0x1100, 0x11FF), (0x2E80, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
               (0xF900, 0xFAFF), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))


def _is_cjk(ch: str) -> bool:
    """Han, kana, Hangul, CJK punctuation and symbols, fullwidth forms (the ranges above)."""
    return ("\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7ff" or "\uff00" <= ch <= "\uffef"
            or "\uf900" <= ch <= "\ufaff" or "\ufe10" <= ch <= "\ufe6f" or "\u1100" <= ch <= "\u11ff"
            or "\ua960" <= ch <= "\ua97f" or "\U00020000" <= ch <= "\U0003ffff")


def _script_of(ch: str) -> int:
    """A coarse script key for a letter: Latin, Greek, Cyrillic, ... (the 128-code-point block)."""
    o = ord(ch)
    if o < 0x250:
        return 0  # Latin, with its supplements and extensions
    return o >> 7


_CJK_IN_LATIN = r"(?<=[A-Za-z])[\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]+(?=[A-Za-z])"


_ANSI = r"\x1b\[[0-9;]*[A-Za-z]"
# a word of two or more accented Latin letters and no plain one (``ÖÐ`` for GBK 中)
_ACCENTED_WORD = (r"(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{2,}"
                  r"(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])")


def oddity(text: str, multibyte: bool = False, give_up: float = 1.0) -> tuple[int, int]:
    """(odd characters, non-ASCII characters) of ``text``: how badly it reads.

    A non-ASCII character is odd when no ordinary text holds it there: a
    control, unassigned or private-use character; a symbol other than the
    ordinary ones of alphabetic scripts; a symbol or a digit wedged between two
    letters of an alphabet (``prze³om``); a letter of another alphabet than the
    rest of its word (``Garcнa``); an accented capital after a small letter
    (``WindowsŽ``) or a small one before a capital (``żDesea``); the same
    letter three times in a row (``งงง``) or four times at every other
    place (``ЃБЃВЃГЃД``, GBK fullwidth digits); a CJK
    character inside a Latin word (``Garc韆``); a word made only of accented
    Latin letters (``ÖÐ``, GBK 中 read as cp1252).  Combining
    marks (Thai vowels and tone marks) and CJK characters and punctuation
    count as ordinary.  ANSI colour codes (bulletin boards) are not text and
    are skipped.  ``multibyte``: the text is a reading of a CJK codec, whose
    Greek and Cyrillic letters are drawing material (``ΠΠΠΠ``), not words.
    ``give_up``: stop counting once this share of odd characters is certain.
    """
    import unicodedata

    category = unicodedata.category
    odd = total = 0
    n = len(text)
    inside_latin = set()
    if "\x1b" in text:
        text = re.sub(_ANSI, " ", text)
        n = len(text)
    if not text.isascii():
        for m in re.finditer(_CJK_IN_LATIN, text):
            inside_latin.update(range(m.start(), m.end()))
        for m in re.finditer(_ACCENTED_WORD, text):
            inside_latin.update(range(m.start(), m.end()))
    total = len(re.findall(_NON_ASCII, text))
    enough = give_up * total
    for m in re.finditer(_NON_ASCII, text):
        if odd > enough:
            break
        i = m.start()
        ch = text[i]
        if "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3":  # ideographs, Hangul: the bulk of CJK
            if i in inside_latin:
                odd += 1
            continue
        cat = category(ch)
        c0 = cat[0]
        if c0 == "M":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if _is_cjk(ch):
            if cat in ("Co", "Cn"):
                odd += 1
            elif i in inside_latin:
                odd += 1  # CJK characters inside a Latin word (Garc韆, Gr枚脽e)
            elif ch in _HALFWIDTH_PUNCT and after >= "\x80":
                odd += 1
            elif ch == before and ch == after and (cat in ("Ps", "Pe") or "\u3041" <= ch <= "\u30fa"
                                                   or "\u309b" <= ch <= "\u309e" or "\u30fd" <= ch <= "\u30fe"):
                odd += 1  # the same bracket or kana three times: symbol bytes misread
            continue
        if i in inside_latin:
            odd += 1  # accented letters that make a word on their own
            continue
        if c0 == "L" and not multibyte and i >= 6 and text[i - 2] == ch and text[i - 4] == ch \
                and text[i - 6] == ch and before != ch and before >= "\x80":
            odd += 1  # AxAyAzA: the lead bytes of a run of double-byte characters
            continue
        if c0 == "L":
            script = _script_of(ch)
            # the letters around it, within the word
            for near in (before, after):
                if near.isalpha() and not _is_cjk(near) and near >= "\x80" and _script_of(near) != script \
                        and category(near)[0] == "L":
                    odd += 1
                    break
                if near.isalpha() and near < "\x80" and script != 0:
                    odd += 1
                    break
            else:
                if cat == "Lu" and before.isalpha() and before.islower():
                    odd += 1
                elif cat == "Ll" and "A" <= after <= "Z":
                    odd += 1  # a small accented letter before a capital (``żDesea`` for ``¿Desea``)
                elif cat == "Lu" and not before.isalpha() and not after.isalpha() \
                        and (before.isdigit() or after.isdigit()):
                    odd += 1  # a capital letter alone against a number (``Ł5`` for ``£5``)
                elif ch == before and ch == after and not multibyte:
                    odd += 1
            continue
        if c0 == "C" or cat == "Zl" or cat == "Zp":
            odd += 1
            continue
        if c0 == "S" or (c0 == "N" and cat != "Nd"):
            # a symbol touching a non-ASCII letter, or wedged between letters: a misreading
            if any(near >= "\x80" and near.isalpha() and not _is_cjk(near) for near in (before, after)) \
                    or (before.isalpha() and after.isalpha() and not _is_cjk(before) and not _is_cjk(after)):
                odd += 1
                continue
        if c0 == "P" and ch not in _APOSTROPHES and before.isalpha() and after.isalpha() \
                and not _is_cjk(before) and not _is_cjk(after) and (cat != "Pd" or (before > "\x7f" and after > "\x7f")):
            odd += 1  # a quotation mark wedged between letters (``‚a‚b`` for Shift-JIS ＡＢ)
            continue
        if ch in _ORDINARY_SYMBOLS or c0 in "PZ":
            continue
        if c0 == "N":
            if before.isalpha() and after.isalpha():
                odd += 1
            continue
        if (cat == "So" or cat == "Sm") and 0x2100 <= ord(ch) <= 0x2BFF:
            continue  # arrows, math, box drawing, blocks, shapes: drawings in CJK files
        odd += 1
    return odd, total


_hangul = None


def _common_hangul() -> frozenset[str]:
    """Hangul syllables ordinary Korean text uses (``data/hangul_common.txt``), read once."""
    global _hangul
    if _hangul is None:
        from importlib import resources

        text = resources.files("zhtext.converters.data").joinpath("hangul_common.txt").read_text("utf-8")
        _hangul = frozenset("".join(l for l in text.splitlines() if not l.startswith("#")))
    return _hangul


def _script_bonus(encoding: str, text: str) -> float:
    """Evidence a CJK reading carries beyond reading cleanly.

    Japanese: its share of kana and of common Han characters; Korean: its
    share of common Hangul syllables (GBK or Big5 bytes read as Korean give
    rare ones, ``쫄퓰``); Chinese: its share of common Han characters and of
    the box drawings, blocks and shapes of bulletin-board art.
    """
    if encoding not in _CJK_CODECS:
        return 0.0
    chars = re.findall(_NON_ASCII, text[:16384])
    if not chars:
        return 0.0
    n = len(chars)
    if encoding in ("cp949", "johab", "euc_kr"):
        common = _common_hangul()
        return 0.5 * sum(1 for ch in chars if ch in common) / n
    han = 0.25 * _level1_share(text, encoding)
    if encoding in _CHINESE:
        return han + 0.3 * sum(1 for ch in chars if "\u2500" <= ch <= "\u25ff") / n
    kana = sum(1 for ch in chars if "\u3041" <= ch <= "\u30fa" and ch != "\u30fb") / n
    return han + 0.4 * kana


# The first level of each national standard: the 3,000 to 5,400 commonest Han
# characters, by design (GB2312, Big5, JIS X 0208), as byte ranges of the codec.
_LEVEL1 = {
    "gb18030": ("gb2312", b"\xb0\xa1", b"\xd7\xf9"),
    "cp950": ("cp950", b"\xa4\x40", b"\xc6\x7e"),
    "big5hkscs": ("cp950", b"\xa4\x40", b"\xc6\x7e"),
    "cp932": ("cp932", b"\x88\x9f", b"\x98\x72"),
    "euc_jp": ("euc_jp", b"\xb0\xa1", b"\xcf\xd3"),
}


def _level1_share(text: str, encoding: str, limit: int = 200) -> float:
    """Share of the first ``limit`` non-ASCII characters that are common Han
    characters: among the 3,000 commonest of the frequency model and in the
    first level of the codec's standard (``韆``, folded to the common 千 by the
    model, is a GBK extension character, not GB2312 level 1)."""
    spec = _LEVEL1.get(encoding)
    if spec is None:
        return 0.0
    codec, low, high = spec
    chars = re.findall(_NON_ASCII, text[:16384])[:limit]
    if not chars:
        return 0.0
    from .hanzi_frequency import model

    info = model().info
    hits = 0
    for ch in chars:
        entry = info.get(ch)
        if entry is None or not entry[3]:
            continue  # not among the commonest characters of the frequency model
        try:
            b = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and low <= b <= high:
            hits += 1
    return hits / len(chars)


_CJK_CODECS = frozenset({"gb18030", "cp950", "big5hkscs", "cp932", "euc_jp", "shift_jis_2004", "euc_jis_2004",
                         "shift_jisx0213", "euc_jisx0213", "cp949", "johab", "euc_kr"})


def _chinese_evidence(text: str):
    """The Chinese scorer's evidence, imported on first use."""
    from .hanzi_frequency import chinese_evidence

    return chinese_evidence(text, SCORE_CHARS)


def _enough_han(ev) -> bool:
    """Han characters in plausible pairs, in an amount that grows with the text.

    Han characters must be most of the letters (not kana or Hangul), and pair
    into known words, more of them the more letters there are; digits,
    punctuation and symbols count for nothing.  A reading with no Han
    character (a drawing of symbols) or with isolated ones (``García`` read
    as GBK is ``Garc韆``) is not evidence of Chinese.
    """
    if ev.han < ev.letters * 0.5 or ev.han == 0:
        return False
    return ev.paired >= 2 + ev.letters // 8


# ---------------------------------------------------------------- policy


def detect_encoding(data: bytes) -> Detection:
    """Name the encoding of ``data`` (see the module docstring for the policy)."""
    det, _ = _detect(bytes(data), want_text=False)
    return det


def _detect(data: bytes, want_text: bool) -> tuple[Detection, str | None]:
    if not data:
        return Detection("utf-8", 1.0, method="empty"), ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8-sig":  # offsets of the utf-8-sig codec do not count the mark
                text, truncated, offset = _strict(data[len(bom):], "utf-8")
                offset = offset + len(bom) if offset >= 0 else offset
            else:
                text, truncated, offset = _strict(data, name)
            if name == "utf-32" and (text is None or truncated) and len(data) % 4:
                continue  # FF FE 00 00 can also start UTF-16-LE text with a NUL
            if text is None:
                return Detection(None, 0.0, bom=True, method="bom", tried=(name,), offset=offset), None
            return Detection(name, 1.0, bom=True, truncated=truncated, method="bom"), text
    if b"\x00" in data:
        det = _utf16_32(data, nul=True)
        if det is None:
            return Detection(None, 1.0, binary=True, method="binary"), None
        return det, (_strict(data, det.encoding)[0] if want_text else None)
    # valid UTF-8 (ASCII included): the fast path
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if b"\x1b$" in data:  # 7-bit ISO-2022 (JIS mail and Emacs files) is valid ASCII
            det = _iso2022(data)
            if det is not None:
                return det
        return Detection("utf-8", 1.0, method="utf-8"), text
    if (utf8_error.end == len(data) and utf8_error.reason in _TRUNCATION_REASONS
            and not data[: utf8_error.start].isascii()):
        text, truncated, _ = _strict(data, "utf-8")
        if text is not None:
            return Detection("utf-8", 0.99, truncated=True, method="utf-8"), text
    det = _utf16_32(data, nul=False) if len(data) >= 8 and len(data) % 2 == 0 and _maybe_utf16(data) else None
    if det is not None:
        return det, (_strict(data, det.encoding)[0] if want_text else None)
    prefix = data[: utf8_error.start]
    if len(re.findall(rb"[\xe0-\xf4][\x80-\xbf]{2,3}", prefix)) >= UTF8_EVIDENCE:
        # UTF-8 with a bad byte: legacy CJK bytes do not form this many UTF-8 sequences by chance
        tried = ("utf-8",) + tuple(enc for enc in _CHINESE if enc != "big5hkscs")
        return Detection(None, 0.0, method="utf-8", tried=tried, offset=utf8_error.start), None
    return _detect_legacy(data, utf8_error.start)


def _iso2022(data: bytes) -> tuple[Detection, str] | None:
    """ISO-2022-JP or -KR: escape sequences that switch to a double-byte set, and CJK text."""
    for codec in ("iso2022_jp_2", "iso2022_kr") if b"\x1b$)C" in data else ("iso2022_jp_2",):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if re.search(r"[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]", text):
            name = "iso2022_jp" if codec == "iso2022_jp_2" and _strict(data, "iso2022_jp")[0] == text else codec
            return Detection(name, 0.99, method="iso-2022"), text
    return None


# valid UTF-8 characters of three or four bytes before the first bad byte that
# make a file broken UTF-8 rather than a legacy encoding
UTF8_EVIDENCE = 8


class _Candidate:
    __slots__ = ("encoding", "original", "confidence", "source", "text", "truncated", "key")

    def __init__(self, encoding, original, confidence, source):
        self.encoding = encoding
        self.original = original
        self.confidence = confidence
        self.source = source
        self.text = None
        self.truncated = False
        self.key = None


def _detect_legacy(data: bytes, utf8_offset: int) -> tuple[Detection, str | None]:
    cache: dict[str, tuple[str | None, bool, int]] = {}

    def full(enc: str):
        if enc not in cache:
            cache[enc] = _strict(data, enc)
        return cache[enc]

    small = len(data) <= SCORE_BYTES
    if small:  # the whole input is the sample (its ASCII lines add nothing to a score)
        sample = dense = head = data
    else:
        sample = _sample(data)
        dense = _dense(sample)
        head = dense[:SCORE_BYTES]
        cut = head.rfind(b"\n")
        if len(dense) > SCORE_BYTES and cut > 0:
            head = head[: cut + 1]

    # Chinese readings that decode the whole input, best first
    scores: list[_Score] = []
    evidence = {}
    order = _CHINESE
    # Big5 puts a third of its trail bytes in 0x40-0x7E, GB2312 none: read as Big5 first
    if len(re.findall(rb"[\x81-\xfe][\x40-\x7e]", head)) * 24 > len(head) - len(head.translate(None, _HIGH_BYTES)):
        order = ("cp950", "big5hkscs", "gb18030")
    for enc in order:
        if enc == "big5hkscs" and full("cp950")[0] is not None:
            continue
        if full(enc)[0] is not None:
            ev = _chinese_evidence(full(enc)[0] if small else _reading(head, enc))
            evidence[enc] = ev
            scores.append(_Score(enc, ev.score, ev.chars))
            if ev.score >= CHINESE_EARLY and ev.chars >= 24 and _enough_han(ev):
                break  # plainly Chinese: no misreading of 24+ characters scores this high
    scores.sort(key=lambda s: s.score, reverse=True)
    best = scores[0] if scores else None
    if best is not None and best.score >= CHINESE_THRESHOLD and _enough_han(evidence[best.encoding]) and (
        best.score >= CHINESE_SURE or not _looks_korean_or_japanese(head)
    ):
        text, truncated, _ = full(best.encoding)
        return Detection(best.encoding, _confidence(best, scores), truncated=truncated,
                         method="chinese"), text

    # Not clearly Chinese: every reading a detector proposes, the Chinese
    # readings and a few common fallbacks are decoded and ranked: first by how
    # well the text reads (odd characters, see oddity()), then by the
    # detectors' confidence plus how common the codec is.
    proposals: list[_Candidate] = []
    for enc, original, conf in _chardet(sample[:CHARDET_BYTES]):
        proposals.append(_Candidate(enc, original, conf, "chardet"))
    ng = _chardetng(_dense(sample) if small else dense)
    if ng is not None:
        proposals.append(_Candidate(ng[0], ng[1], 0.35 if ng[2] else 0.15, "chardetng"))
    for sc in scores:
        ev = evidence[sc.encoding]
        if ev.han == 0:
            conf = 0.1  # symbols only: as plausible as any drawing
        elif sc.score >= CHINESE_FLOOR:  # the share of characters in known pairs, and of common ones
            # too few characters to form pairs: how common they are is all there is to go on
            few = max(0.0, 1.0 - ev.chars / 8)
            conf = min(0.6, 0.6 * ev.paired / ev.chars
                       + (0.2 * few * _level1_share(full(sc.encoding)[0], sc.encoding) if few else 0.0))
        else:
            conf = 0.0
        proposals.append(_Candidate(sc.encoding, sc.encoding, conf, "chinese"))
    for enc in FALLBACKS:
        proposals.append(_Candidate(enc, enc, 0.0, "fallback"))

    merged: dict[str, _Candidate] = {}
    tried: list[str] = []
    offsets: dict[str, int] = {"utf-8": utf8_offset}
    for c in proposals:
        if c.encoding in ("utf-8", "ascii"):
            continue
        if c.encoding in merged:
            m = merged[c.encoding]
            m.confidence = max(m.confidence, c.confidence) + min(m.confidence, c.confidence) * 0.5
            continue
        text, truncated, offsets[c.encoding] = full(c.encoding)
        if c.encoding not in tried:
            tried.append(c.encoding)
        if text is None:
            for other in (c.original, _FALLBACK.get(c.encoding)):
                if other and other != c.encoding and other not in merged:
                    text, truncated, offsets[other] = full(other)
                    if other not in tried:
                        tried.append(other)
                    if text is not None:
                        c.encoding = other
                        break
        if text is None or c.encoding in merged:
            continue
        c.text, c.truncated = text, truncated
        merged[c.encoding] = c
    readable = []
    judged: dict[tuple[str, bool], tuple[int, int]] = {}  # codecs often agree on a text
    for c in merged.values():
        key = (c.text[:ODDITY_CHARS], c.encoding in _CJK_CODECS)
        if key not in judged:
            judged[key] = oddity(*key, give_up=MAX_ODD)
        odd, total = judged[key]
        share = odd / total if total else 0.0
        support = c.confidence + PRIOR.get(c.encoding, 0.0) + _script_bonus(c.encoding, c.text)
        if share <= MAX_ODD and support >= MIN_SUPPORT:
            c.key = (int(share * 50), -support)  # 2% steps: a few odd characters are noise
            readable.append(c)
        elif support >= ROUGH_SUPPORT and total >= 8:
            # a well-supported reading that decodes strictly but holds more odd
            # characters (drawings, symbols): second choice when nothing reads cleanly
            odd, total = oddity(key[0], key[1], give_up=ROUGH_ODD)
            if odd <= total * ROUGH_ODD:
                c.key = (100 + int(odd / total * 50), -support)
                readable.append(c)
    if readable:
        best_c = min(readable, key=lambda c: c.key)
        conf = max(0.01, min(0.99, best_c.confidence))
        return Detection(best_c.encoding, round(conf, 2), truncated=best_c.truncated,
                         method="detector"), best_c.text
    # nothing decodes: report the first bad byte of the most plausible candidate
    for enc in _CHINESE:
        if enc not in offsets and (enc != "big5hkscs" or "cp950" in offsets):
            offsets[enc] = full(enc)[2]
    # codecs that decoded but read as no text are not reported as tried-and-failed
    offsets = {enc: at for enc, at in offsets.items() if at >= 0}
    tried = ["utf-8"] + [t for t in offsets if t != "utf-8"]
    best = _most_plausible(data, offsets)
    return Detection(None, 0.0, method="detector", tried=(best,) + tuple(t for t in tried if t != best),
                     offset=offsets[best]), None


def _most_plausible(data: bytes, offsets: dict[str, int]) -> str:
    """UTF-8 if what precedes its first bad byte holds multibyte characters
    (valid UTF-8 sequences do not happen by chance), else the candidate that
    decodes the longest prefix."""
    if not data[: offsets["utf-8"]].isascii():
        return "utf-8"
    return max(offsets, key=lambda enc: offsets[enc])


def _confidence(best: _Score, scores: list[_Score]) -> float:
    """A 0..1 figure from the score and the margin over the runner-up."""
    margin = best.score - scores[1].score if len(scores) > 1 else 3.0
    base = min(1.0, (best.score - CHINESE_THRESHOLD) / 3.0 + 0.5)
    sure = min(1.0, margin / 3.0 + 0.5)
    evidence = min(1.0, best.chars / 20)
    return round(max(0.3, min(0.99, base * sure * (0.5 + evidence / 2))), 2)


def decode(data: bytes, encoding: str = "auto", errors: str = "strict") -> tuple[str, Detection]:
    """Decode ``data``; ``encoding="auto"`` detects it.

    Returns the text (without BOM) and the :class:`Detection`.  Raises
    :class:`BinaryInputError` for binary input (auto only) and
    :class:`DecodeError` when the bytes do not decode and ``errors`` is
    ``"strict"``; with ``errors="replace"`` bad bytes become U+FFFD.  A
    forced ``encoding`` is promoted to its superset (``gbk`` reads as
    ``gb18030``).  An incomplete final character becomes U+FFFD either way
    (``Detection.truncated``).
    """
    data = bytes(data)
    if encoding and encoding.lower() != "auto":
        try:
            name = canonical_encoding(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}", tried=(encoding,)) from None
        if name == "cp1252":
            text, truncated, offset = data.decode(name, "zhtext-cp1252-c1"), False, -1
        else:
            text, truncated, offset = _strict(data, name)
        original = _original_name(encoding)
        if text is None and original != name:
            # the superset cannot decode this (cp1252 leaves five bytes undefined)
            text, truncated, _ = _strict(data, original)
            if text is not None:
                name = original
        if text is None:
            if errors == "strict":
                raise DecodeError(
                    f"cannot decode as {name}: bad byte 0x{data[offset]:02x} at offset {offset}",
                    offset=offset, tried=(name,),
                )
            text = data.decode(name, errors)
        bom = False
        if name in ("utf-8", "utf-8-sig") and text.startswith("\ufeff"):
            text, bom = text[1:], True
        return text, Detection(name, 1.0, bom=bom, truncated=truncated, method="forced")

    det, text = _detect(data, want_text=True)
    if det.binary:
        raise BinaryInputError("binary file (contains NUL bytes)")
    if det.encoding is None:
        if errors == "strict":
            tried = ", ".join(det.tried)
            where = f"0x{data[det.offset]:02x} at offset {det.offset}" if det.offset is not None else "?"
            raise DecodeError(f"cannot decode (tried {tried}): first bad byte {where}",
                              offset=det.offset, tried=det.tried)
        fallback = det.tried[0] if det.tried else "utf-8"  # the most plausible candidate
        text = data.decode(fallback, errors)
        return text, Detection(fallback, 0.0, method="replace", tried=det.tried, offset=det.offset)
    if text is None:
        text = _strict(data, det.encoding)[0]
    return text, det


# ---------------------------------------------------------------- streams

# ASCII held back while looking for the first block that tells encodings apart
MAX_ASCII_LOOKAHEAD = 64 * 1024 * 1024
# bytes from the first non-ASCII block on that the detector sees before decoding starts
DETECT_SAMPLE = 64 * 1024


class BlockDecoder:
    """Decode an input that arrives in blocks (too large to hold whole).

    The encoding is detected (``"auto"``) from the first block that holds a
    non-ASCII or NUL byte: leading pure-ASCII blocks, up to
    ``MAX_ASCII_LOOKAHEAD`` bytes, are held back until then, since they read
    the same in every candidate.  The rest is decoded incrementally and
    strictly (or with ``errors``); a bad byte raises
    :class:`~zhtext.converters.errors.DecodeError` with its absolute offset.
    As with :func:`decode`, an incomplete final character becomes U+FFFD and
    sets ``truncated``.  ``detection`` is set once the encoding is chosen.

        >>> dec = BlockDecoder()
        >>> "".join(dec.texts([b"abc ", "中文".encode("gb18030")])), dec.detection.encoding
        ('abc 中文', 'gb18030')
    """

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors
        self.detection: Detection | None = None
        self.truncated = False

    def texts(self, blocks):
        """Yield the decoded text of ``blocks`` (an iterable of bytes) piece by piece."""
        blocks = iter(blocks)
        held: list[bytes] = []
        size = 0
        first = None  # index of the first block with a non-ASCII or NUL byte
        sampled = 0
        for block in blocks:
            held.append(block)
            size += len(block)
            if first is None and (not block.isascii() or b"\x00" in block):
                first = len(held) - 1
            if first is not None:
                # detect on at least DETECT_SAMPLE bytes, however small the blocks
                sampled += len(block)
                if sampled >= DETECT_SAMPLE:
                    break
            elif size >= MAX_ASCII_LOOKAHEAD:
                break
        if first is not None:
            sample = b"".join(held[first:])
        elif any(b"\x1b$" in block for block in held):
            sample = b"".join(held)  # 7-bit ISO-2022: the escapes decide
        else:
            sample = held[-1] if held else b""
        self.detection = self._choose(sample)
        name = self.detection.encoding
        errors = self.errors
        if name == "cp1252" and self.detection.method == "forced":
            errors = "zhtext-cp1252-c1"  # as decode() reads a forced latin-1
        decoder = codecs.getincrementaldecoder(name)(errors)
        offset = 0

        def all_blocks():
            yield from held
            held.clear()
            yield from blocks

        for block in all_blocks():
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as exc:
                at = offset + exc.start
                raise DecodeError(f"cannot decode as {name}: bad byte 0x{block[exc.start]:02x} at offset {at}",
                                  offset=at, tried=(name,)) from None
            offset += len(block)
            if text:
                yield text
        try:
            tail = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            self.truncated = True
            tail = "\ufffd"
        if tail:
            yield tail

    def _choose(self, block: bytes) -> Detection:
        if self.encoding and self.encoding.lower() != "auto":
            try:
                name = canonical_encoding(self.encoding)
            except LookupError:
                raise DecodeError(f"unknown encoding {self.encoding!r}", tried=(self.encoding,)) from None
            return Detection(name, 1.0, method="forced")
        det = detect_encoding(block)
        if det.binary:
            raise BinaryInputError("binary file (contains NUL bytes)")
        if det.encoding is None:
            if self.errors == "strict":
                where = f"0x{block[det.offset]:02x} at offset {det.offset}" if det.offset is not None else "?"
                raise DecodeError(f"cannot decode (tried {', '.join(det.tried)}): first bad byte {where}",
                                  offset=det.offset, tried=det.tried)
            return Detection(det.tried[0] if det.tried else "utf-8", 0.0, method="replace",
                             tried=det.tried, offset=det.offset)
        return det


# ---------------------------------------------------------------- web pages

_NOT_PAGE_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode",
                                "mbcs", "oem", "undefined"})
_UNTRUSTED = re.compile(r"^(?:iso-?8859-\d+|latin-?1|windows-125\d|cp125\d|us-ascii|ascii|x-user-defined)$")
# label spellings of the web (x-gbk, csBig5, windows-936, cn-big5) that Python's codec names lack
_LABEL_PREFIX = re.compile(r"^(?:x-|cs|cn-|windows-(?=9))")


def _page_codecs(declared: str | None) -> list[str]:
    """The codecs to try for a declared charset: promoted to its superset, [] when not to be trusted."""
    if not declared:
        return []
    name = declared.strip().lower()
    if _UNTRUSTED.match(name):
        return []  # single-byte declarations on Chinese pages are nearly always wrong
    if name == "unicode":
        name = "utf-8"
    for label in (name, _LABEL_PREFIX.sub("", name).replace("windows-", "cp")):
        try:
            info = codecs.lookup(ALIASES.get(label, label))
        except (LookupError, ValueError):  # unknown, or a name holding a NUL byte
            continue
        if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CHARSETS:
            return []  # escape codecs and the like would turn bytes into lone surrogates
        codec = canonical_encoding(info.name)
        if codec == "utf-8":
            return ["utf-8-sig"]
        return [codec] + ([_FALLBACK[codec]] if codec in _FALLBACK else [])  # a Big5 page may use HKSCS
    return []


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str | None, list[str]]:
    """Decode a web page: BOM, valid UTF-8, its ``declared`` charset (promoted), detection, then replace.

    A declared charset is checked against the bytes, not trusted: single-byte
    declarations (ISO-8859-1, windows-125x, ASCII) are ignored, a Chinese one
    is not overruled by a detector's single-byte guess, and escape codecs are
    never used.  Never raises: bytes nothing decodes become U+FFFD, with a
    warning.  Returns (text, encoding used, warnings).
    """
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
    candidates = _page_codecs(declared)
    for name in candidates:
        try:
            return data.decode(name), name, []
        except (UnicodeDecodeError, LookupError):
            continue
    cjk_declared = bool(candidates) and candidates[0] in ("gb18030", "cp950")
    try:
        text, det = decode(data, "auto", "strict")
        name = (det.encoding or "").lower()
        # A detector's single-byte guess does not overrule a Chinese declaration.
        if not (cjk_declared and _UNTRUSTED.match(name.replace("_", "-"))):
            return text, det.encoding, []
    except (DecodeError, BinaryInputError, UnicodeError, LookupError):
        pass
    fallback = (candidates or [None])[0]
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
