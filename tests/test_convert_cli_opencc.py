"""`zhtext convert` / `zhtext clean` with configuration files, phrase sets, quotes and --ambiguities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CONFIGS = Path(__file__).parent / "opencc_configs"


@pytest.mark.parametrize("name", ["S2T", "s2t.json", "S2T.JSON"])
def test_config_names_in_any_case(zhtext_cli, name):
    result = zhtext_cli("convert", "-c", name, input="汉字".encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "漢字"


def test_config_file_path(zhtext_cli):
    result = zhtext_cli("convert", "-c", CONFIGS / "extra-dict-first.json", input="前台的内存条".encode())
    assert result.exit_code == 0
    # verified against OpenCC C++ 1.4.2 with the same file
    assert result.stdout_bytes.decode() == "櫃臺的記憶體模組"


@pytest.mark.parametrize(("value", "message"), [
    ("zz", "unknown configuration 'zz'"),
    ("missing.json", "no such configuration file"),
    ("some/where.json", "no such configuration file"),
])
def test_bad_config_is_a_usage_error(zhtext_cli, value, message):
    result = zhtext_cli("convert", "-c", value, input=b"x")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_broken_config_file_is_a_usage_error(zhtext_cli, tmp_path):
    (tmp_path / "bad.json").write_text('{"conversion_chain": [{"dict": {"type": "text", "file": "nope.txt"}}]}')
    result = zhtext_cli("convert", "-c", tmp_path / "bad.json", input=b"x")
    assert result.exit_code == 2
    assert "nope.txt not found" in result.output


def test_ocd2_user_dictionary(zhtext_cli):
    result = zhtext_cli("convert", "--dict", CONFIGS / "names.ocd2", input="孔子说".encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "孔夫子說"


def test_phrases(zhtext_cli):
    plain = zhtext_cli("convert", "-c", "s2hk", input="我唔系".encode())
    assert plain.stdout_bytes.decode() == "我唔系"
    result = zhtext_cli("convert", "-c", "s2hk", "--phrases", "yue", input="我唔系".encode())
    assert result.stdout_bytes.decode() == "我唔係"
    both = zhtext_cli("convert", "-c", "s2tw", "--phrases", "tw-gov", "--phrases", "yue",
                      input="公布了，唔系".encode())
    assert both.stdout_bytes.decode() == "公布了，唔係"


def test_unknown_or_misplaced_phrase_set_is_a_usage_error(zhtext_cli):
    result = zhtext_cli("convert", "--phrases", "klingon", input=b"x")
    assert result.exit_code == 2 and "yue" in result.output
    result = zhtext_cli("convert", "-c", "t2s", "--phrases", "yue", input=b"x")
    assert result.exit_code == 2 and "from Simplified" in result.output


def test_quotes_on_convert(zhtext_cli, tmp_path):
    result = zhtext_cli("convert", "-c", "s2tw", "--quotes", "corner", input="他说“你好”".encode())
    assert result.stdout_bytes.decode() == "他說「你好」"
    result = zhtext_cli("convert", "-c", "t2s", "--quotes", "curly", input="他說「你好」".encode())
    assert result.stdout_bytes.decode() == "他说“你好”"
    # a file whose only change would be its quotes is rewritten too
    doc = tmp_path / "q.txt"
    doc.write_text("他說“你好”\n", encoding="utf-8")
    assert zhtext_cli("convert", "-c", "t2tw", "--quotes", "corner", "--check", doc).exit_code == 1
    assert zhtext_cli("convert", "-c", "t2tw", "--quotes", "corner", "--in-place", doc).exit_code == 1
    assert doc.read_text(encoding="utf-8") == "他說「你好」\n"


def test_quotes_on_clean(zhtext_cli, tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("他说：“今天的天气很好，我们一起去公园散步吧。”大家都同意了这个提议。\n", encoding="utf-8")
    result = zhtext_cli("clean", "-c", "S2TW", "--quotes", "corner", page)
    assert result.exit_code == 0
    assert "「今天的天氣很好，我們一起去公園散步吧。」" in result.stdout_bytes.decode()


def test_ambiguities_lines_and_summary(zhtext_cli, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("汉字\n这发，那发。\n", encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--ambiguities", doc)
    assert result.exit_code == 0
    assert result.stdout_bytes.decode().splitlines() == [
        f"{doc}:2:2: 发 -> 發 (發|髮): …这发，那发。…",
        f"{doc}:2:5: 发 -> 發 (發|髮): …这发，那发。…",
    ]
    assert "2  发 -> 發 (發|髮)" in result.stderr
    assert doc.read_text(encoding="utf-8") == "汉字\n这发，那发。\n"  # nothing written


def test_ambiguities_formats(zhtext_cli):
    out = zhtext_cli("convert", "--ambiguities", "--format", "json", input="这发".encode()).stdout_bytes
    record = json.loads(out.decode().splitlines()[0])
    assert record == {"file": "<stdin>", "line": 1, "column": 2, "rule": "ambiguity",
                      "message": "发 -> 發 (發|髮): …这发…"}
    out = zhtext_cli("convert", "--ambiguities", "--format", "github", input="这发".encode()).stdout_bytes
    assert out.decode().startswith("::warning file=<stdin>,line=1,col=2,title=ambiguity::发 -> 發 (發|髮)")
    out = zhtext_cli("convert", "--ambiguities", "--format", "gcc", input="这发".encode()).stdout_bytes
    assert out.decode().startswith("<stdin>:1:2: ambiguity: 发 -> 發")


def test_ambiguities_refuses_write_options(zhtext_cli, tmp_path):
    result = zhtext_cli("convert", "--ambiguities", "--in-place", tmp_path)
    assert result.exit_code == 2
    result = zhtext_cli("convert", "--format", "json", input=b"x")
    assert result.exit_code == 2 and "--check" in result.output


def test_config_file_keys(zhtext_cli, tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / ".git").mkdir()
    for name in ("extra-dict-first.json", "hotel-terms.txt"):
        (project / name).write_bytes((CONFIGS / name).read_bytes())
    (project / ".zhtext.toml").write_text(
        '[convert]\nconfig = "extra-dict-first.json"\nphrases = ["tw-gov"]\nquotes = "corner"\n', encoding="utf-8")
    monkeypatch.chdir(project / "sub")
    result = zhtext_cli("convert", input="前台说“公布内存条”".encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "櫃臺說「公布記憶體模組」"
    (project / ".zhtext.toml").write_text('[convert]\nconfig = "S2HK"\nphrases = "yue"\n', encoding="utf-8")
    assert zhtext_cli("convert", input="唔系".encode()).stdout_bytes.decode() == "唔係"


def test_quotes_leave_kept_markup_alone(zhtext_cli, tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("他说“你好”。\n\n```\nprint(“代码”)\n```\n\n[链接](https://例子.com/“路径”)\n", encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2tw", "--quotes", "corner", doc)
    assert result.stdout_bytes.decode() == (
        "他說「你好」。\n\n```\nprint(“代码”)\n```\n\n[鏈接](https://例子.com/“路径”)\n")


def test_ambiguities_review_only_the_prose(zhtext_cli, tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("这发\n\n```\n那发\n```\n\n[发](https://例子.com/发)\n", encoding="utf-8")
    lines = zhtext_cli("convert", "--ambiguities", doc).stdout_bytes.decode().splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{doc}:1:2", f"{doc}:7:2"]
