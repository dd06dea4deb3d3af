"""Property tests of every library entry point (hypothesis, bounded example counts).

Any ``str`` or ``bytes`` either works or raises the documented error (a
:class:`~zhtext.converters.errors.ZhtextError` subclass); ``normalize`` is
idempotent; ``convert`` leaves text without Han characters unchanged;
``strip_boilerplate`` keeps only text that is in its input (whitespace
aside).  Long fuzzing lives in ``fuzz/``, not here.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from zhtext.converters import (
    BinaryInputError,
    Converter,
    DecodeError,
    Detection,
    UnknownConfigError,
    ZhtextError,
    decode,
    detect_encoding,
    list_configs,
    normalize,
    strip_boilerplate,
)

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CONFIGS = list_configs()
_converters: dict[str, Converter] = {}


def converter(config: str) -> Converter:
    if config not in _converters:
        _converters[config] = Converter(config)
    return _converters[config]


# Characters whose Unicode script is Han (ideographs, radicals, 〇, 々,
# Hangzhou numerals, the CJK compatibility block, the supplementary planes).
_HAN_RANGES = [
    (0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF1), (0x20000, 0x3FFFF),
]


def is_han(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _HAN_RANGES)


# Every code point, lone surrogates included: a Python str may hold them.
any_char = st.characters(exclude_categories=())
any_text = st.text(any_char, max_size=200)
# Pieces that make texts look like Chinese prose, with the separators the
# converter and the stripper care about.
CHINESE_PIECES = [
    "汉字", "漢字", "我们", "發展", "头发", "理发", "干净", "乾淨", "后天", "皇后", "鼠标", "软件",
    "〇", "々", "⿰氵青", "，", "。", "！", "「", "」", "\n", " ", "\u3000", "a", "1", "😀", "\ud800",
]
chinese_text = st.lists(st.one_of(st.sampled_from(CHINESE_PIECES), any_char), max_size=60).map("".join)
non_han_text = st.text(st.characters(exclude_categories=()).filter(lambda c: not is_han(c)), max_size=200)


# -- Converter.convert ------------------------------------------------------


@BOUNDED
@given(st.sampled_from(CONFIGS), st.one_of(any_text, chinese_text))
def test_convert_takes_any_str(config, text):
    out = converter(config).convert(text)
    assert isinstance(out, str)
    # Conversion maps words to words: lines and the characters between them stay.
    assert out.count("\n") == text.count("\n")


@BOUNDED
@given(st.sampled_from(CONFIGS), non_han_text)
@example("s2twp", "USB -- A·B〡 ⿰ ABC-DEF U盘"[:-2])
@example("t2jp", "〆 ｶﾀｶﾅ ひらがな")
def test_convert_leaves_text_without_han_unchanged(config, text):
    assume(not any(is_han(c) for c in text))
    assert converter(config).convert(text) == text


@FEW
@given(st.sampled_from(CONFIGS), st.lists(st.sampled_from(["汉字", "頭髮", "abc", "\n", "〇"]), max_size=30))
def test_convert_is_the_same_in_one_piece_or_line_by_line(config, pieces):
    text = "".join(pieces)
    conv = converter(config)
    assert conv.convert(text) == "".join(conv.convert(line) for line in text.splitlines(keepends=True))


@FEW
@given(st.text(max_size=20))
def test_unknown_configuration_is_a_zhtext_error(name):
    assume(name not in CONFIGS and name.removesuffix(".json") not in CONFIGS)
    with pytest.raises(UnknownConfigError) as info:
        Converter(name)
    assert isinstance(info.value, ZhtextError)


@FEW
@given(st.dictionaries(st.text(min_size=1, max_size=4), st.text(max_size=4), max_size=5), chinese_text)
def test_user_dictionary_of_any_strings_works(entries, text):
    out = Converter("s2t", user_dicts=[entries]).convert(text)
    assert isinstance(out, str)


KEY_CHARS = ["发", "头发", "干", "面", "后", "里", "发展", "干净", "理发", "后天", "皇后", "系", "台", "着", "⿰氵青"]


@FEW
@given(st.sampled_from(CONFIGS), st.lists(st.sampled_from(KEY_CHARS), min_size=50, max_size=900).map("".join),
       st.integers(1, 400))
def test_long_runs_of_key_characters_are_cut_exactly(config, text, step):
    # A run in which every character occurs in some dictionary key has no
    # "free" character to cut after: it is cut at segment boundaries instead
    # (memory stays bounded), and the result must not change.  Small chunk
    # sizes make the cutting happen on short texts.
    from zhtext.converters.opencc import convert as opencc

    conv = converter(config)
    whole = conv._convert_piece(text)  # one piece, no cutting
    saved = opencc.CHUNK_CHARS, opencc.BOUNDARY_WINDOW
    opencc.CHUNK_CHARS, opencc.BOUNDARY_WINDOW = 120, 48
    try:
        assert conv.convert(text) == whole
        assert "".join(conv.convert_stream(text[i:i + step] for i in range(0, len(text), step))) == whole
        if "⿰" not in text:  # no cut is made near an ideographic description sequence
            assert max(len(piece) for piece in conv._pieces(text)) <= 2 * opencc.CHUNK_CHARS
    finally:
        opencc.CHUNK_CHARS, opencc.BOUNDARY_WINDOW = saved


# -- detect_encoding / decode -----------------------------------------------

legacy_samples = st.sampled_from([
    "今天下午雨停了，我们沿着河边散步。".encode("gb18030"),
    "今天下午雨停了，我們沿著河邊散步。".encode("cp950"),
    "香港的街市很熱鬧，賣魚的檔口最早開門。".encode("big5hkscs"),
    "日本語の文章です。".encode("shift_jis"),
    "한국어 문장입니다.".encode("euc-kr"),
    "中文".encode("utf-16"), "中文".encode("utf-32"), codecs.BOM_UTF8 + "中文".encode(),
])
any_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda a, b, c: a + b + c, st.binary(max_size=20), legacy_samples, st.binary(max_size=20)),
    st.builds(lambda s, n: s[:n], legacy_samples, st.integers(0, 60)),
)


@BOUNDED
@given(any_bytes)
def test_detect_encoding_never_raises_and_decode_agrees(data):
    det = detect_encoding(data)
    assert isinstance(det, Detection)
    assert 0.0 <= det.confidence <= 1.0
    try:
        text, got = decode(data)
    except BinaryInputError:
        assert det.binary
    except DecodeError as exc:
        assert det.encoding is None
        assert isinstance(exc, ZhtextError)
    else:
        assert isinstance(text, str)
        assert det.encoding is not None and not det.binary
        assert got.encoding == det.encoding


@BOUNDED
@given(any_bytes)
def test_decode_with_replace_fails_only_on_binary_input(data):
    try:
        text, _ = decode(data, errors="replace")
    except BinaryInputError:
        return
    assert isinstance(text, str)


@BOUNDED
@given(any_bytes, st.sampled_from(["gbk", "gb18030", "big5", "cp950", "utf-8", "utf-16", "latin-1",
                                   "shift_jis", "no-such-codec", "utf-32-be"]))
def test_forced_encoding_fails_only_with_decode_error(data, encoding):
    try:
        text, det = decode(data, encoding=encoding)
    except DecodeError:
        return
    assert isinstance(text, str)


@BOUNDED
@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=200))
def test_valid_utf8_decodes_to_itself(text):
    text = text.lstrip("\ufeff")
    assert decode(text.encode("utf-8"))[0] == text


@BOUNDED
@given(chinese_text, st.sampled_from(["gb18030", "utf-16", "utf-8"]))
def test_forced_encoding_round_trips(text, encoding):
    text = text.encode(encoding, "ignore").decode(encoding).lstrip("\ufeff")
    assert decode(text.encode(encoding), encoding=encoding)[0] == text


def test_block_decoder_agrees_with_decode_for_a_forced_latin1():
    from zhtext.converters.encoding import BlockDecoder

    data = "Café au lait".encode("latin-1") + b"\x8d" + b" encore"
    whole, _ = decode(data, encoding="latin-1")
    assert "".join(BlockDecoder(encoding="latin-1").texts([data[:5], data[5:]])) == whole


# -- normalize ---------------------------------------------------------------

norm_options = st.fixed_dictionaries({
    "profile": st.sampled_from(["text", "markdown", "minimal"]),
    "eol": st.sampled_from(["lf", "crlf", "keep"]),
    "indent": st.sampled_from(["strip", "fullwidth", "keep"]),
    "max_blank_lines": st.integers(0, 3),
    "paragraphs": st.sampled_from(["keep", "blank"]),
})
spacey_text = st.lists(
    st.one_of(st.sampled_from(["\n", "\r\n", "\r", " ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "```", "\x0b",
                               "\x1c", "\u2028", "\u0085", "  \n"]), any_char, st.sampled_from(CHINESE_PIECES)),
    max_size=60).map("".join)


@BOUNDED
@given(st.one_of(any_text, spacey_text), norm_options)
def test_normalize_takes_any_str_and_is_idempotent(text, opts):
    once = normalize(text, **opts)
    assert isinstance(once, str)
    assert normalize(once, **opts) == once


@BOUNDED
@given(st.one_of(any_text, spacey_text), norm_options)
def test_normalize_keeps_every_visible_character_in_order(text, opts):
    # Whitespace and invisible format characters may go; nothing else may change.
    def visible(s):
        return [c for c in s if not (c.isspace() or c in "\u200b\u200c\u200d\u2060\ufeff\x1c\x1d\x1e\x1f")]

    assert visible(normalize(text, **opts)) == visible(text)


# -- strip_boilerplate -------------------------------------------------------

NAMES = [None, "page.txt", "page.html", "page.htm", "page.mht", "page"]
MHTML_HEAD = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
              b"Content-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
html_pieces = st.sampled_from([
    "<p>", "</p>", "<div class=\"content\">", "<div class=nav>", "</div>", "<br>", "<a href=#>", "</a>",
    "<script>", "</script>", "<style>.x{display:none}</style>", "<!--", "-->", "<title>", "</title>",
    "<h1>", "</h1>", "<span hidden>", "</span>", "<", ">", "<![CDATA[", "]]>", "<table><tr><td>",
])
page_text = st.lists(st.one_of(html_pieces, st.sampled_from(CHINESE_PIECES), any_char), max_size=80).map("".join)
page_bytes = st.one_of(
    st.binary(max_size=400),
    page_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    page_text.map(lambda s: s.encode("gb18030", "ignore")),
    page_text.map(lambda s: MHTML_HEAD + s.encode("gb18030", "ignore")),
)


def made_of(piece: str, source: str) -> bool:
    """``piece`` is a subsequence of ``source``, whitespace (and zero-width characters) aside."""
    drop = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff"}
    it = iter("".join(source.split()).translate(drop))
    return all(c in it for c in "".join(piece.split()).translate(drop))


@BOUNDED
@given(page_bytes, st.sampled_from(NAMES))
def test_strip_takes_any_bytes(data, name):
    try:
        article = strip_boilerplate(data, name)
    except ZhtextError:
        return
    assert isinstance(article.to_text(), str)
    assert article.form in ("text", "html", "mhtml")


def no_surrogates(s: str) -> str:
    return "".join(c for c in s if not 0xD800 <= ord(c) <= 0xDFFF)


@BOUNDED
@given(st.one_of(page_text, chinese_text).map(no_surrogates), st.sampled_from(["page.txt", "page.html", None]))
def test_strip_keeps_only_text_of_its_input(text, name):
    article = strip_boilerplate(text, name)
    assert isinstance(article.to_text(), str)
    if "&" in text:  # character references turn into the characters they name
        return
    for piece in [article.title, *article.body]:
        assert made_of(piece, text), piece


@pytest.mark.parametrize("name", ["page.txt", "page.html"])
def test_strip_takes_a_str_with_a_lone_surrogate(name):
    article = strip_boilerplate("<p>河边的柳树发芽了。\ud800</p>", name)
    assert "河边的柳树发芽了" in article.to_text()


@pytest.mark.parametrize("charset", ["unicode_escape", "raw_unicode_escape"])
def test_strip_page_declaring_a_charset_that_yields_surrogates(charset):
    page = (b"<html><head><meta charset=" + charset.encode() + b"></head><body><p>\xff \\udada 2024"
            b" more words here.</p></body></html>")
    try:
        strip_boilerplate(page, "page.html")
    except ZhtextError:
        pass


def test_strip_mhtml_part_whose_charset_holds_a_nul_byte():
    data = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
            b"Content-Type: text/html; charset=\"gb\x00k\"\r\n\r\n<p>\xc4\xe3\xba\xc3</p>\r\n--B--\r\n")
    try:
        strip_boilerplate(data, "page.mht")
    except ZhtextError:
        pass
