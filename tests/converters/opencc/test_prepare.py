"""Converter.prepare: building the compiled matcher ahead (before workers fork) changes no output."""

from __future__ import annotations

import pytest

from zhtext.converters import Converter
from zhtext.converters.opencc import convert as engine

TEXTS = (
    "胚胎发育",
    "我们的内存条在软件里测试了一下，鼠标也换了新的。",
    "後來他們在台灣的網路上找到了那個程式，記憶體不夠。",
    "这个系统出了问题：「干净」的干部不能干活。\n" * 3,
)


@pytest.fixture
def fresh_threshold(monkeypatch):
    """A converter of its own (the plan is cached per process, so is its matcher state)."""
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 10 ** 9)  # nothing crosses it by itself


@pytest.mark.parametrize("config", ["s2t", "s2twp", "t2s", "tw2sp", "s2hk", "t2jp"])
def test_prepared_converter_gives_the_same_text(config, fresh_threshold, monkeypatch):
    converter = Converter(config)
    before = [converter.convert(text) for text in TEXTS]  # the Python matcher
    assert converter.prepare(0) is False
    assert [converter.convert(text) for text in TEXTS] == before
    assert converter.prepare(10 ** 9) is True
    # every text now goes through the compiled matcher, with the same result
    calls = []
    original = engine.Table.apply_small
    monkeypatch.setattr(engine.Table, "apply_small", lambda self, text: calls.append(text) or original(self, text))
    assert [converter.convert(text) for text in TEXTS] == before
    assert calls == []


def test_prepare_with_user_dictionaries(fresh_threshold):
    converter = Converter("s2t", user_dicts=[{"鼠标": "滑鼠"}])
    before = converter.convert(TEXTS[1])
    assert "滑鼠" in before
    assert converter.prepare(10 ** 9) is True
    assert converter.convert(TEXTS[1]) == before
