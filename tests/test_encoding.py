"""Encoding detection and decoding: the corpus, the policy steps, the failure modes."""

from __future__ import annotations

import codecs
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoding_corpus import build_corpus
from zhtext.converters import decode, detect_encoding
from zhtext.converters.encoding import canonical_encoding
from zhtext.converters.errors import BinaryInputError, DecodeError

CORPUS = build_corpus()


def _recovered(sample) -> bool:
    text, det = decode(sample.data)
    expected = sample.text + ("\ufffd" if sample.truncated else "")
    return text == expected and det.truncated == sample.truncated


# ---------------------------------------------------------------- the corpus


def test_corpus_has_every_group_and_encoding():
    groups = Counter(s.group for s in CORPUS)
    assert set(groups) == {"chinese", "truncated", "mostly-ascii", "control"}
    encodings = {s.encoding for s in CORPUS}
    for enc in ("utf-8", "utf-8-sig", "utf-16", "gb2312", "gbk", "gb18030", "big5", "cp950",
                "big5hkscs", "cp1252", "shift_jis", "euc_jp", "euc_kr"):
        assert enc in encodings
    texts = "".join(s.text for s in CORPUS)
    for ch in "镕喆堃㗎嘅咗":
        assert ch in texts
    # characters outside GB2312 / Big5 appear in the encodings that have them
    assert any("镕" in s.text for s in CORPUS if s.encoding == "gbk")
    assert any("㗎" in s.text for s in CORPUS if s.encoding == "big5hkscs")
    assert len(CORPUS) > 2000


def test_chinese_files_decode_to_the_original():
    chinese = [s for s in CORPUS if not s.is_control]
    wrong = [s.name for s in chinese if not _recovered(s)]
    assert len(wrong) <= len(chinese) * 0.001, wrong[:20]


def test_controls_decode_to_the_original():
    controls = [s for s in CORPUS if s.is_control]
    wrong = [s.name for s in controls if not _recovered(s)]
    assert wrong == []


def test_every_file_gets_an_answer_and_never_a_subset_name():
    for s in CORPUS:
        det = detect_encoding(s.data)
        assert det.encoding is not None, s.name
        assert det.encoding not in ("gb2312", "gbk", "big5", "ascii", "latin-1", "iso8859-1"), s.name
        assert 0.0 < det.confidence <= 1.0


@pytest.mark.parametrize("group", ["mostly-ascii", "truncated"])
def test_hard_groups_are_all_right(group):
    wrong = [s.name for s in CORPUS if s.group == group and not _recovered(s)]
    assert wrong == []


# ---------------------------------------------------------------- policy steps


def test_empty_input_is_empty_utf8():
    det = detect_encoding(b"")
    assert (det.encoding, det.confidence, det.bom, det.binary) == ("utf-8", 1.0, False, False)
    assert decode(b"") == ("", det)


@pytest.mark.parametrize("encoding, name", [
    ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
    ("utf-16-be", "utf-16"), ("utf-32", "utf-32"), ("utf-32-be", "utf-32"),
])
def test_bom_decides(encoding, name):
    text = "標題：字節順序標記\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be", "utf-32-be"):
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
               "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
        data = bom + data
    out, det = decode(data)
    assert out == text  # the mark is dropped
    assert det.encoding == name and det.bom and det.confidence == 1.0


def test_utf16le_bom_followed_by_nul_character_is_not_utf32():
    data = codecs.BOM_UTF16_LE + "\x00好".encode("utf-16-le")
    out, det = decode(data)
    assert det.encoding == "utf-16" and out == "\x00好"


def test_ascii_is_reported_as_utf8():
    assert detect_encoding(b"plain text\n").encoding == "utf-8"


def test_utf8_path_does_not_import_detectors():
    code = (
        "import sys\n"
        "from zhtext.converters import decode\n"
        "text, det = decode('简体中文和繁體中文'.encode('utf-8'))\n"
        "assert det.encoding == 'utf-8', det\n"
        "assert decode(b'ascii only')[1].encoding == 'utf-8'\n"
        "bad = [m for m in ('chardet', 'chardetng_py', 'charset_normalizer') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", ["name: value\nplain ASCII lines\n", "混合 mixed 文字\n第二行\n",
                                  "一二三四五六七八九十"])
def test_utf16_and_utf32_without_bom(encoding, text):
    data = text.encode(encoding)
    if encoding.startswith("utf-32") and b"\x00" not in data:
        pytest.skip("no NUL bytes")
    out, det = decode(data)
    assert out == text
    assert det.bom is False and not det.binary


def test_pure_cjk_utf16_without_nul_bytes():
    text = "今天早上我騎腳踏車去圖書館路上的風有點涼"
    data = text.encode("utf-16-le")
    assert b"\x00" not in data
    assert decode(data)[0] == text


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
    "中文\x00中文".encode("utf-8"),
    "GBK 中文\x00".encode("gbk"),
])
def test_nul_bytes_outside_utf16_are_binary(data):
    det = detect_encoding(data)
    assert det.binary and det.encoding is None
    with pytest.raises(BinaryInputError):
        decode(data)


@pytest.mark.parametrize("encoding, expected", [
    ("gb2312", "gb18030"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "cp950"),
    ("cp950", "cp950"), ("big5hkscs", "cp950"),  # CP950 reads it the same
])
def test_chinese_labels_are_supersets(encoding, expected):
    text = "今天早上我們去圖書館，下午回家。" if encoding.startswith(("big5", "cp950")) else \
        "今天早上我们去图书馆，下午回家。"
    det = detect_encoding(text.encode(encoding))
    assert det.encoding == expected


def test_big5_hkscs_only_characters_fall_back_from_cp950():
    text = "佢啱啱先至返到屋企，仲未食飯㗎。呢間茶餐廳嘅奶茶好出名。"
    out, det = decode(text.encode("big5hkscs"))
    assert out == text and det.encoding == "big5hkscs"


def test_gb2312_middle_dot_reads_as_in_gb18030():
    # Python's gb2312 codec reads A1A4 as U+30FB; GB18030 (the label we report) as U+00B7
    data = "张三·李四的报告".encode("gb18030")
    out, det = decode(data)
    assert det.encoding == "gb18030" and out == "张三·李四的报告"


@pytest.mark.parametrize("name, expected", [
    ("GBK", "gb18030"), ("gb2312", "gb18030"), ("Big5", "cp950"), ("ascii", "utf-8"),
    ("ISO-8859-1", "cp1252"), ("latin-1", "cp1252"), ("EUC-KR", "cp949"), ("Shift_JIS", "cp932"),
    ("utf8", "utf-8"), ("UTF-16LE", "utf-16-le"), ("big5-hkscs", "big5hkscs"),
])
def test_canonical_encoding(name, expected):
    assert canonical_encoding(name) == expected


# ---------------------------------------------------------------- cut files


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "cp950", "big5hkscs", "utf-16-le"])
def test_cut_inside_the_last_character(encoding):
    text = "這是一個被截斷的檔案，最後一個字只剩一半" * 3
    data = text.encode(encoding)
    cut = data[:-1]
    out, det = decode(cut)
    assert det.truncated
    assert out == text[:-1] + "\ufffd"
    assert canonical_encoding(det.encoding) == canonical_encoding(encoding) or (
        encoding in ("cp950", "big5hkscs") and det.encoding in ("cp950", "big5hkscs"))


def test_whole_file_is_not_truncated():
    det = detect_encoding("完整的文件。".encode("gb18030"))
    assert det.truncated is False


# ---------------------------------------------------------------- failures


MIXED = "第一行是 UTF-8 的中文。\n".encode("utf-8") + "第二行是 GBK 编码的中文。\n".encode("gbk")


def test_undecodable_input_names_candidates_and_offset():
    det = detect_encoding(MIXED)
    assert det.encoding is None and not det.binary
    assert det.tried[0] == "utf-8" and "gb18030" in det.tried
    utf8_bad = len("第一行是 UTF-8 的中文。\n".encode("utf-8"))
    assert det.offset == utf8_bad  # the candidate that got furthest: UTF-8
    with pytest.raises(DecodeError) as info:
        decode(MIXED)
    err = info.value
    assert err.offset == utf8_bad and "utf-8" in err.tried
    assert f"offset {utf8_bad}" in str(err) and "gb18030" in str(err)


def test_errors_replace_goes_on():
    text, det = decode(MIXED, errors="replace")
    assert text.startswith("第一行是 UTF-8 的中文。\n")
    assert "\ufffd" in text
    assert det.encoding == "utf-8"


def test_forced_encoding():
    data = "繁體中文".encode("big5")
    text, det = decode(data, encoding="big5")
    assert text == "繁體中文" and det.encoding == "cp950" and det.method == "forced"
    with pytest.raises(DecodeError) as info:
        decode(b"ok \xff", encoding="utf-8")
    assert info.value.offset == 3 and info.value.tried == ("utf-8",)
    assert decode(b"ok \xff", encoding="utf-8", errors="replace")[0] == "ok \ufffd"
    with pytest.raises(DecodeError):
        decode(b"x", encoding="no-such-codec")


def test_forced_latin1_keeps_bytes_cp1252_lacks():
    assert decode(b"\x81\xe9", encoding="latin-1")[0] == "\x81é"


def test_forced_utf8_drops_bom():
    text, det = decode(codecs.BOM_UTF8 + "字".encode(), encoding="utf-8")
    assert text == "字" and det.bom


def test_processors_decode_with_the_policy():
    from zhtext.cli.processors.normalize import NormalizeProcessor

    assert NormalizeProcessor(profile="minimal").process("编码\n".encode("gbk") * 3, None).text == "编码\n" * 3


# ---------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_get_a_consistent_answer(data):
    det = detect_encoding(data)
    if det.binary:
        assert b"\x00" in data
        return
    if det.encoding is None:
        with pytest.raises(DecodeError):
            decode(data)
        return
    text, det2 = decode(data)
    assert det2.encoding == det.encoding
    if not det.truncated:
        assert data.decode(det.encoding) == text.lstrip("\ufeff") or det.bom


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_utf8_text_round_trips(text):
    data = text.encode("utf-8")
    if "\x00" in text or text.startswith("\ufeff"):
        return  # NUL means binary; a leading U+FEFF is a BOM
    out, det = decode(data)
    assert out == text and det.encoding == "utf-8"


# ---------------------------------------------------------------- blocks


def test_block_decoder_waits_for_the_first_non_ascii_block():
    from zhtext.converters.encoding import BlockDecoder

    blocks = [b"plain ascii header\n"] * 5 + ["然后是 GBK 编码的中文。\n".encode("gbk") * 3]
    dec = BlockDecoder()
    assert "".join(dec.texts(blocks)) == "plain ascii header\n" * 5 + "然后是 GBK 编码的中文。\n" * 3
    assert dec.detection.encoding == "gb18030" and dec.truncated is False


def test_block_decoder_cut_blocks_and_cut_end():
    from zhtext.converters.encoding import BlockDecoder

    data = ("這是被截斷的繁體檔案。" * 40).encode("big5")
    blocks = [data[i:i + 33] for i in range(0, len(data) - 1, 33)]
    blocks[-1] = blocks[-1][:-1]  # the file ends inside a character
    dec = BlockDecoder()
    out = "".join(dec.texts(blocks))
    assert out == "這是被截斷的繁體檔案。" * 39 + "這是被截斷的繁體檔案" + "\ufffd"
    assert dec.truncated and out.endswith("\ufffd") and "\ufffd" not in out[:-1]
    assert dec.detection.encoding in ("cp950", "big5hkscs")


def test_block_decoder_bad_byte_has_absolute_offset():
    from zhtext.converters.encoding import BlockDecoder

    good = "中文".encode("utf-8") * 10
    with pytest.raises(DecodeError) as info:
        list(BlockDecoder().texts([good, b"ok \xff rest"]))
    assert info.value.offset == len(good) + 3


def test_block_decoder_binary_and_forced():
    from zhtext.converters.encoding import BlockDecoder

    with pytest.raises(BinaryInputError):
        list(BlockDecoder().texts([b"\x89PNG\x00\x00\x00"]))
    dec = BlockDecoder("big5")
    assert "".join(dec.texts(["繁體".encode("big5")])) == "繁體"
    assert dec.detection.encoding == "cp950"


# ---------------------------------------------------------------- real shapes (issue 15)


def test_a_single_accented_name_is_not_gbk():
    data = "Author: Gabriel García\nLicense: MIT\n".encode("cp1252")
    text, det = decode(data)
    assert det.encoding == "cp1252" and "García" in text


def test_symbol_only_big5_drawing_is_not_gb18030():
    art = "\x1b[1;32m  ●●●●◢◢\x1b[m\n  ●●●●●●◢\n ●  ●●   ●\n  ▲▲▲  ■■■\n"
    data = art.encode("cp950")
    text, det = decode(data)
    assert det.encoding in ("cp950", "big5hkscs") and text == art


@pytest.mark.parametrize("label, expected", [
    ("shift_jis_2004", "cp932"), ("shift_jisx0213", "cp932"), ("euc_jis_2004", "euc_jp"),
    ("euc_jisx0213", "euc_jp"), ("tis-620", "cp874"), ("iso-8859-11", "cp874"), ("windows-874", "cp874"),
    ("windows-31j", "cp932"), ("x-mac-cyrillic", "mac-cyrillic"), ("iso-8859-9", "cp1254"),
])
def test_every_detector_label_is_promoted(label, expected):
    assert canonical_encoding(label) == expected


def test_shift_jis_batch_file_keeps_backslash_and_tilde():
    text = "@echo off\r\nrem 設定ファイルをコピーします\r\ncd /d %~dp0\r\ncopy .\\conf\\a.ini C:\\temp\\\r\n"
    out, det = decode(text.encode("cp932"))
    assert out == text and det.encoding == "cp932"


@pytest.mark.parametrize("text, codec", [
    ("<p>Price:\u00a0\u00a0100\u00a0EUR</p>\n<p>Call\u00a0us\u00a0today</p>\n", "cp1252"),
    ("<p>Only £5 a month</p>\n", "cp1252"),
    ("Section §§§§§ of the contract\n", "cp1252"),
    ("Windows® and Office® are trademarks\n", "cp1252"),
    ("He paused ——— and went on\n", "cp1252"),
    ("ภาษาไทย ใช้ วรรณยุกต์ ก่อน ก้าว ก๊ก ก๋ง ที่นี่ มี น้ำ\n", "cp874"),
])
def test_short_single_byte_files_get_the_right_answer(text, codec):
    out, det = decode(text.encode(codec))
    assert out == text, det


def test_weak_but_right_japanese_beats_a_cyrillic_guess():
    text = "#!/usr/bin/perl\nuse strict;\nmy $s = 'あ';\nprint length($s), \"\\n\";\n"
    out, det = decode(text.encode("cp932"))
    assert out == text


def test_cut_utf8_with_bom_is_truncated():
    text = "這是一個有BOM的檔案"
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    out, det = decode(data[:-1])
    assert det.truncated and det.bom and det.encoding == "utf-8-sig"
    assert out == text[:-1] + "\ufffd"


def test_oddity_knows_marks_and_ordinary_symbols():
    from zhtext.converters.encoding import oddity

    assert oddity("ก่อน น้ำ")[0] == 0  # Thai tone marks are marks, not odd characters
    assert oddity("§ 3 — £5 ® \u00a0")[0] == 0
    assert oddity("prze³om")[0] == 1  # a symbol inside a word
    assert oddity("Garcнa")[0] == 1  # a letter of another alphabet inside a word


def test_shift_jis_fullwidth_letters_are_not_cp1250():
    # ＡＢＣ in Shift-JIS is 82 60 82 61 82 62: read as cp1250, quotation marks between letters
    text = 'call setline(1, ["ＡＢＣ0xDEＦ"])\ncall assert_equal(["ＡＢＤ"], getline(1))\n'
    out, det = decode(text.encode("cp932"))
    assert out == text and det.encoding == "cp932"


def test_ansi_coloured_big5_banner():
    text = "\x1b[1;37m◎\x1b[33m歡迎光臨\x1b[m ◎\x1b[1;36m目前站上有 \x1b[m人\n"
    out, det = decode(text.encode("cp950"))
    assert out == text and det.encoding == "cp950"


def test_euc_kr_css_comment_is_korean_and_gbk_css_comment_is_chinese():
    korean = "body { font-family: 굴림; } /* 가을 폰트 주소 */\n"
    out, det = decode(korean.encode("euc_kr"))
    assert out == korean and det.encoding == "cp949"
    chinese = "/* 默认 样式 */\n.smile { background: url(face.gif); } /* 默认酷猴 */\n"
    out, det = decode(chinese.encode("gbk"))
    assert out == chinese and det.encoding == "gb18030"


def test_broken_utf8_is_not_read_as_a_legacy_code_page():
    data = "這是一段正常的 UTF-8 文字，然後".encode("utf-8") + b"\xff\xfe tail"
    det = detect_encoding(data)
    assert det.encoding is None and det.tried[0] == "utf-8"


@pytest.mark.parametrize("text, codec, expected", [
    ("// 中\nint main() { return 0; }\n", "gbk", "gb18030"),
    ("name: 王\n", "gbk", "gb18030"),
    ("'説明'\n", "cp932", "cp932"),
])
def test_one_common_character_is_enough_when_nothing_else_reads(text, codec, expected):
    out, det = decode(text.encode(codec))
    assert out == text and det.encoding == expected


def test_accented_letters_alone_are_a_double_byte_trace():
    from zhtext.converters.encoding import oddity

    assert oddity("// ÖÐ")[0] == 2  # GBK 中 read as cp1252
    assert oddity("Öl und Größe, à la carte")[0] == 0


@pytest.mark.parametrize("text, codec", [
    ("Subject: 会議の資料\n\n来週の会議の資料を送ります。\n", "iso2022_jp"),
    ("제목: 회의 자료\n다음 주 회의 자료입니다.\n", "iso2022_kr"),
])
def test_seven_bit_iso_2022_is_not_utf8(text, codec):
    out, det = decode(text.encode(codec))
    assert out == text and det.encoding == codec and det.method == "iso-2022"


def test_ansi_escape_codes_stay_utf8():
    assert detect_encoding(b"\x1b[1;31mred\x1b[m plain\n").encoding == "utf-8"


def test_fullwidth_digits_in_gbk_are_not_cyrillic():
    text = "编号：１２３４５６７８\n"
    out, det = decode(text.encode("gbk"))
    assert out == text and det.encoding == "gb18030"
    from zhtext.converters.encoding import oddity

    assert oddity("ЃБЃВЃГЃДЃЕ")[0] >= 2  # the lead byte at every other position
    assert oddity("Ананас и банан")[0] == 0
