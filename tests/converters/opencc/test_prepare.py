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


@pytest.mark.parametrize("mapping", [
    {},
    {"后来": "後來", "干净": "乾淨", "一": ""},
    {"a\x00b": "x\x01y", "\x00": "\x02", "c": "\x00\x01\x02\x03"},  # the separator is none of these
])
def test_flat_phrases_give_back_every_key_and_value_in_order(mapping):
    from zhtext.converters.opencc.config import flat_phrases
    from zhtext.converters.opencc.matching import Phrases, keys_values

    flat = flat_phrases(mapping)
    assert Phrases({}, flat).keys_values() == (list(mapping), list(mapping.values()))
    assert keys_values(mapping) == (list(mapping), list(mapping.values()))


def test_a_cached_plan_and_a_fresh_one_convert_alike(tmp_path, monkeypatch):
    from zhtext.converters.opencc import config

    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path))
    source = config.resolve_config("s2twp")
    fresh = config.build_plan(source)
    config.load_plan(source)  # builds and writes the cache file
    cached = config.load_plan(source)  # reads it back
    assert [step[4] for step in fresh["chain"]] == [bytes(step[4]) for step in cached["chain"]]
    assert [step[5] for step in fresh["chain"]] == [step[5] for step in cached["chain"]]
