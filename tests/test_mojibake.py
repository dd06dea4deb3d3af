"""Mojibake repair: exact reversals only, a reason when bytes are gone, clean text untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters.mojibake import WRONG_CODECS, Mojibake, RepairResult, detect_mojibake, repair

CHINESE = "这是我们昨天写好的配置说明，请在下周一之前检查一遍。"
TRADITIONAL = "這是我們昨天寫好的設定說明，請在下週一之前檢查一遍。"
FRENCH = "Les élèves ont rendu leurs devoirs à l'heure, même le dernier."


def garble(text: str, codec: str) -> str:
    """UTF-8 bytes of ``text`` read with ``codec`` (what a wrong editor shows)."""
    return text.encode("utf-8").decode(codec)


@pytest.mark.parametrize("text", [CHINESE, TRADITIONAL, FRENCH, "标题：测试", "Größe"])
@pytest.mark.parametrize("codec, read_as", [("cp1252", "cp1252"), ("gbk", "gbk"), ("cp950", "big5")])
def test_exact_reversal_is_repaired(text, codec, read_as):
    try:
        broken = garble(text, codec)
    except UnicodeDecodeError:
        pytest.skip("not exactly reversible: the wrong codec could not read every byte")
    result = repair(broken)
    assert result.changed and result.text == text
    assert result.mojibake == Mojibake("utf-8", read_as)
    assert detect_mojibake(broken) == Mojibake("utf-8", read_as)


def test_issue_examples():
    assert repair("杩欐槸").text == "这是"
    assert repair("è¿™æ˜¯").text == "这是"
    assert detect_mojibake("杩欐槸").as_dict() == {"text_was": "utf-8", "read_as": "gbk"}


@pytest.mark.parametrize("text", [
    CHINESE, TRADITIONAL, FRENCH,
    "今日は朝から雨が降っていて、駅まで歩くのが大変でした。",
    "오늘 아침에는 비가 와서 버스가 많이 늦었습니다.",
    "García Márquez escribió «Cien años de soledad».", "Ça coûte 12 € — c'est cher.",
    "Москва — столица России.", "中文", "é", "ASCII only",
])
def test_clean_text_is_never_changed(text):
    result = repair(text)
    assert result.text == text and not result.changed
    assert result.mojibake is None and result.reason is None
    assert detect_mojibake(text) is None


def test_lost_bytes_leave_text_alone_with_a_reason():
    broken = "锟斤拷锟斤拷" + garble("说明", "gbk")
    result = repair(broken)
    assert not result.changed and result.text == broken
    assert "锟斤拷" in result.reason
    replaced = CHINESE.encode("utf-8").decode("gbk", "replace")
    result = repair(replaced)
    assert not result.changed and "U+FFFD" in result.reason and "gbk" in result.reason
    assert detect_mojibake(replaced) == Mojibake("utf-8", "gbk", bytes_lost=True)
    assert detect_mojibake(replaced).as_dict() == {"text_was": "utf-8", "read_as": "gbk", "bytes_lost": True}


def test_a_stray_replacement_character_in_clean_text_is_not_mojibake():
    for text in ("这是一段中文，有一个\ufffd替换字符。", "café \ufffd crème"):
        assert detect_mojibake(text) is None
        assert repair(text) == RepairResult(text, False)


def test_unpaired_byte_is_not_guessed():
    # the garbled text lost its last byte: no exact reversal, nothing invented
    broken = garble("这是我的", "cp1252")[:-1]
    result = repair(broken)
    assert not result.changed and result.text == broken
    assert "no pair" in result.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_repair_is_an_exact_reversal_or_nothing(text):
    result = repair(text)
    if not result.changed:
        assert result.text == text and result.mojibake is None
        return
    codec = dict(WRONG_CODECS)[result.mojibake.read_as]
    assert result.text.encode("utf-8").decode(codec) == text


def test_detection_reads_the_start_of_a_long_text(monkeypatch):
    import zhtext.converters.mojibake as mojibake

    monkeypatch.setattr(mojibake, "DETECT_CHARS", 9)  # cuts inside a garbled character
    broken = garble("这是我们的说明" * 4, "cp1252")
    assert detect_mojibake(broken) == Mojibake("utf-8", "cp1252")
    assert detect_mojibake("Größe und Öl, à la carte, déjà vu " * 3) is None
