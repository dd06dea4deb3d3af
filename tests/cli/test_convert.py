"""The conversion engine's own behaviour and the `zhtext convert` command."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.cli.main import cli
from zhtext.converters import Converter, UnknownConfigError, list_configs
from zhtext.converters.opencc import config as planning
from zhtext.converters.opencc import convert as engine
from zhtext.converters.opencc.dictionary import parse_dictionary
from zhtext.converters.errors import DictionaryError

SIMPLIFIED = "我们在周末去图书馆借了几本关于历史的书。\n鼠标、内存和硬盘是电脑的配件。\n胚胎发育很重要。\n"


@pytest.fixture
def small_only(monkeypatch):
    """Force the plain Python matcher whatever the text length."""
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 10**12)


@pytest.fixture
def compiled_only(monkeypatch):
    """Force the compiled matcher whatever the text length."""
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)


def test_basic_configurations():
    assert Converter("s2t").convert("胚胎发育") == "胚胎發育"
    assert Converter("s2twp").convert("鼠标和内存") == "滑鼠和記憶體"
    assert Converter("t2s").convert("漢字轉換") == "汉字转换"


def test_all_sixteen_configurations_load_and_run():
    assert len(list_configs()) == 16
    for name in list_configs():
        assert isinstance(Converter(name).convert("汉字 漢字 abc"), str)


def test_unknown_configuration_lists_the_valid_ones():
    with pytest.raises(UnknownConfigError) as info:
        Converter("s2x")
    assert "s2twp" in str(info.value)


def test_json_suffix_is_accepted():
    assert Converter("s2t.json").config == "s2t"


def test_text_without_han_is_unchanged():
    text = "plain ASCII, 123 — and punctuation！\n"
    for name in ("s2t", "s2twp", "tw2sp", "jp2t"):
        assert Converter(name).convert(text) == text


@pytest.mark.parametrize("config", ["s2t", "s2twp", "tw2sp", "s2hk", "hk2s", "t2jp"])
def test_both_matchers_agree(config, monkeypatch):
    text = (SIMPLIFIED + Converter("s2twp").convert(SIMPLIFIED)) * 5
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 10**12)
    small = Converter(config).convert(text)
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)
    assert Converter(config).convert(text) == small


def test_chunked_conversion_equals_whole(monkeypatch):
    text = SIMPLIFIED * 50
    whole = Converter("s2twp").convert(text)
    monkeypatch.setattr(engine, "CHUNK_CHARS", 37)
    assert Converter("s2twp").convert(text) == whole
    pieces = [text[i : i + 11] for i in range(0, len(text), 11)]
    assert "".join(Converter("s2twp").convert_stream(pieces)) == whole


def test_ideographic_description_sequences_pass_through():
    # ⿰ takes two operands: the sequence is kept as written, the rest converts.
    assert Converter("s2t").convert("⿰氵发发") == "⿰氵发發"
    # an incomplete sequence at the end is not protected
    assert Converter("s2t").convert("发⿰发") == "發⿰發"


def test_segmentation_limits_later_steps():
    # s2twp converts 内存 as one phrase, so the Taiwan step sees 記憶體 whole
    assert Converter("s2twp").convert("内存不足") == "記憶體不足"


def test_user_dictionary_wins(tmp_path):
    d = tmp_path / "names.txt"
    d.write_text("# pinned names\n发育\t發育X\n鼠标\t老鼠標\n", encoding="utf-8")
    conv = Converter("s2twp", user_dicts=[d])
    assert conv.convert("胚胎发育和鼠标") == "胚胎發育X和老鼠標"
    # earlier dictionaries win over later ones
    conv2 = Converter("s2t", user_dicts=[{"汉": "A"}, {"汉": "B"}])
    assert conv2.convert("汉字") == "A字"


def test_user_dictionary_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("no tab here\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="bad.txt:1"):
        Converter("s2t", user_dicts=[bad])
    with pytest.raises(DictionaryError, match="cannot read"):
        Converter("s2t", user_dicts=[tmp_path / "missing.txt"])


def test_parse_dictionary_takes_first_candidate():
    table = parse_dictionary("\ufeff# c\n\n干\t幹 乾 干\r\n")
    assert table == {"干": "幹"}


def test_cache_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path))
    source = planning.resolve_config("t2jp")
    plan = planning.load_plan(source)
    cached = list(tmp_path.iterdir())
    assert len(cached) == 1
    assert planning.load_plan(source) == plan


def test_a_truncated_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path))
    source = planning.resolve_config("t2jp")
    plan = planning.load_plan(source)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes()[:-3])  # its last group cut short
    assert planning.load_plan(source) == plan
    assert planning.load_plan(source) == plan  # the rewritten file reads back whole


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Lo",)), max_size=200))
def test_text_without_han_is_never_changed(text):
    assert Converter("s2twp").convert(text) == text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="汉字发育鼠标内存硬盘⿰⿲氵 \n，。ab", max_size=120))
def test_matchers_agree_on_random_text(text):
    conv = Converter("s2twp")
    old = engine.FAST_THRESHOLD
    try:
        engine.FAST_THRESHOLD = 10**12
        small = conv.convert(text)
        engine.FAST_THRESHOLD = 0
        assert conv.convert(text) == small
    finally:
        engine.FAST_THRESHOLD = old


# ----------------------------------------------------------------- CLI


def invoke(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def test_cli_stdin_to_stdout():
    result = invoke(["convert", "-c", "s2t"], input="汉字\n".encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "漢字\n"


def test_cli_dash_is_stdin():
    result = invoke(["convert", "-c", "t2s", "-"], input="漢字".encode())
    assert result.stdout_bytes.decode() == "汉字"


def test_cli_file_and_output(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(SIMPLIFIED, encoding="utf-8")
    out = tmp_path / "a.tw.txt"
    result = invoke(["convert", "-c", "s2twp", str(src), "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == Converter("s2twp").convert(SIMPLIFIED)
    result = invoke(["convert", "-c", "s2twp", str(src)])
    assert result.stdout_bytes.decode() == Converter("s2twp").convert(SIMPLIFIED)


def test_cli_bom_input_gives_plain_utf8(tmp_path):
    src = tmp_path / "bom.txt"
    src.write_bytes("\ufeff汉字".encode("utf-8"))
    result = invoke(["convert", str(src)])
    assert result.stdout_bytes == "漢字".encode()


def test_cli_user_dict(tmp_path):
    d = tmp_path / "d.txt"
    d.write_text("汉字\t汉字\n", encoding="utf-8")
    result = invoke(["convert", "--dict", str(d)], input="汉字发".encode())
    assert result.stdout_bytes.decode() == "汉字發"


def test_cli_bad_user_dict_is_usage_error(tmp_path):
    result = invoke(["convert", "--dict", str(tmp_path / "nope.txt")], input=b"x")
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_cli_unknown_config_is_usage_error():
    result = invoke(["convert", "-c", "zz"], input=b"x")
    assert result.exit_code == 2
    assert "s2twp" in result.output


def test_cli_empty_input_gives_empty_output():
    result = invoke(["convert"], input=b"")
    assert result.exit_code == 0
    assert result.stdout_bytes == b""


def test_cli_undecodable_input_fails_with_offset(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")  # binary: skipped
    worse = tmp_path / "worse.txt"
    worse.write_bytes("漢字".encode("utf-8") + b"\xff\xfe\xfa" * 3 + "漢字".encode("utf-8"))
    result = invoke(["convert", "--encoding", "utf-8", str(worse)])
    assert result.exit_code == 3
    assert "worse.txt" in result.stderr and "offset 6" in result.stderr
    assert "Traceback" not in result.output


def test_cli_reimplemented_engine():
    result = invoke(["convert", "--engine", "reimplemented", "-c", "s2t"], input="汉字".encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "漢字"
    result = invoke(["convert", "--engine", "reimplemented", "-c", "t2jp"], input=b"x")
    assert result.exit_code == 2
    assert "supports" in result.output


def test_cli_in_place_and_check(tmp_path):
    src = tmp_path / "doc.txt"
    src.write_text("汉字\n", encoding="utf-8")
    assert invoke(["convert", "--check", str(src)]).exit_code == 1
    assert src.read_text(encoding="utf-8") == "汉字\n"
    assert invoke(["convert", "--in-place", str(src)]).exit_code == 1
    assert src.read_text(encoding="utf-8") == "漢字\n"
    assert invoke(["convert", "--check", "-c", "s2t", str(src)]).exit_code == 0


def test_cli_help_lists_configurations():
    result = invoke(["convert", "--help"])
    for name in list_configs():
        assert name in result.output


def test_long_lines_are_cut_only_where_no_key_straddles(monkeypatch):
    line = "胚胎发育，鼠标和内存。" * 40 + "发" * 30 + "⿰氵发" + "内存" * 20
    whole = Converter("s2twp").convert(line)
    monkeypatch.setattr(engine, "CHUNK_CHARS", 7)
    conv = Converter("s2twp")
    assert conv.convert(line) == whole
    pieces = [line[i : i + 5] for i in range(0, len(line), 5)]
    assert "".join(conv.convert_stream(pieces)) == whole


def test_text_with_no_safe_cut_is_converted_whole(monkeypatch):
    text = "发" * 100
    monkeypatch.setattr(engine, "CHUNK_CHARS", 10)
    assert Converter("s2t").convert(text) == "發" * 100
    assert "".join(Converter("s2t").convert_stream(["发" * 10] * 10)) == "發" * 100


@pytest.mark.parametrize("window", [16, 19, 23, 31, 47])
def test_boundary_cuts_never_split_a_run_between_matches(window, monkeypatch):
    # 软件 is no segmentation key: the run is one segment, inside which the
    # Taiwan step turns 軟件 into 軟體.  A cut inside the run would break that.
    text = "软件" * 300
    whole = Converter("s2twp").convert(text)
    assert whole == "軟體" * 300
    monkeypatch.setattr(engine, "CHUNK_CHARS", 40)
    monkeypatch.setattr(engine, "BOUNDARY_WINDOW", window)
    conv = Converter("s2twp")
    assert conv.convert(text) == whole
    assert "".join(conv.convert_stream([text[i : i + 7] for i in range(0, len(text), 7)])) == whole


def test_stale_plans_of_an_edited_configuration_are_removed(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path / "cache"))
    config = tmp_path / "mine.json"
    (tmp_path / "d.txt").write_text("甲\t乙\n", encoding="utf-8")
    config.write_text(json.dumps({"conversion_chain": [{"dict": {"type": "text", "file": "d.txt"}}]}))
    assert Converter(str(config)).convert("甲") == "乙"
    (tmp_path / "d.txt").write_text("甲\t丙\n", encoding="utf-8")
    assert Converter(str(config)).convert("甲") == "丙"
    assert len(list((tmp_path / "cache").glob("opencc-mine-*.marshal"))) == 1


@pytest.mark.parametrize("config", ["s2t", "s2twp", "t2s"])
def test_lone_surrogates_with_the_compiled_matcher(config, monkeypatch):
    # surrogateescape-decoded input: the automata take UTF-8, so the compiled
    # path converts the text between the surrogates (no key holds one)
    text = "汉字\udc80发展\ud800\udfff内存。頭髮" * 3
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 10**12)
    small = Converter(config).convert(text)
    assert "\udc80" in small and small != text
    monkeypatch.setattr(engine, "FAST_THRESHOLD", 0)
    assert Converter(config).convert(text) == small
    assert [f.offset for f in Converter(config).ambiguities(text)] == [
        f.offset for f in Converter(config).ambiguities(text.replace("\udc80", "x").replace("\ud800\udfff", "yz"))]


def test_a_plan_file_of_another_format_is_left_alone_and_never_misread(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHTEXT_CACHE_DIR", str(tmp_path))
    source = planning.resolve_config("t2jp")
    other = tmp_path / "opencc-t2jp-f1-0123456789abcdef.marshal"  # another version's plan
    other.write_bytes(b"\xff" * 64)
    plan = planning.load_plan(source)
    (mine,) = [p for p in tmp_path.iterdir() if p != other]
    mine.write_bytes(b"\xff" * 64)  # a length far past the end: rebuilt, no MemoryError
    assert planning.load_plan(source) == plan
    assert other.read_bytes() == b"\xff" * 64
