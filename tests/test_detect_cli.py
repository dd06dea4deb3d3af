"""``zhtext detect``: JSON fields, folders, standard input, binary and undecodable files."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from zhtext.cli.main import cli

GBK_TEXT = "今天天气很好，我们一起去公园散步。\n"
BIG5_TEXT = "這是一段繁體中文的說明。\r\n第二行。\r\n"
MIXED_SCRIPT = "第一行是繁體的說明。\n第二行也是繁體，請記得檢查。\n第三行混进了简体字。\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, ["detect", *args], input=input, catch_exceptions=False)


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (tmp_path / "sub" / "big5.md").write_bytes(BIG5_TEXT.encode("big5"))
    (tmp_path / "sub" / "bom.txt").write_bytes("\ufeff带BOM的文件\n".encode("utf-8"))
    (tmp_path / "mixed.txt").write_bytes(MIXED_SCRIPT.encode("utf-8"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return tmp_path


def test_json_fields_for_a_folder(folder):
    result = run("--json", str(folder))
    assert result.exit_code == 0, result.output
    rows = {r["path"].replace(str(folder), "").lstrip("/\\"): r for r in json_lines(result.output)}
    assert set(rows) == {"empty.txt", "gbk.txt", "logo.png", "mixed.txt", "sub/big5.md", "sub/bom.txt"}
    for row in rows.values():
        for key in ("path", "encoding", "confidence", "bom", "newline", "script", "binary", "truncated"):
            assert key in row
    gbk = rows["gbk.txt"]
    assert (gbk["encoding"], gbk["bom"], gbk["newline"], gbk["script"], gbk["binary"]) == \
        ("gb18030", False, "lf", "hans", False)
    assert 0 < gbk["confidence"] <= 1
    big5 = rows["sub/big5.md"]
    assert (big5["encoding"], big5["newline"], big5["script"]) == ("cp950", "crlf", "hant")
    bom = rows["sub/bom.txt"]
    assert (bom["encoding"], bom["bom"], bom["script"]) == ("utf-8-sig", True, "hans")
    empty = rows["empty.txt"]
    assert (empty["encoding"], empty["newline"], empty["script"]) == ("utf-8", "none", "none")
    png = rows["logo.png"]
    assert png["binary"] is True and png["encoding"] is None
    mixed = rows["mixed.txt"]
    assert mixed["script"] == "mixed"
    assert {"char": "进", "line": 3} in mixed["examples"]
    assert all(e["line"] == 3 for e in mixed["examples"])


def test_stdin_dash(tmp_path):
    result = run("--json", "-", input=BIG5_TEXT.encode("big5"))
    assert result.exit_code == 0
    (row,) = json_lines(result.output)
    assert row["path"] == "<stdin>" and row["encoding"] == "cp950"


def test_no_path_reads_stdin():
    result = run("--json", input="ascii only\n")
    (row,) = json_lines(result.output)
    assert row["encoding"] == "utf-8" and row["script"] == "none" and row["newline"] == "lf"


@pytest.mark.parametrize("text, newline", [
    ("a\nb\n", "lf"), ("a\r\nb\r\n", "crlf"), ("a\rb\r", "cr"), ("a\r\nb\n", "mixed"), ("ab", "none"),
])
def test_newline_kinds(text, newline):
    (row,) = json_lines(run("--json", "-", input=text.encode()).output)
    assert row["newline"] == newline


def test_truncated_file_is_flagged(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(("這是一段被截斷的繁體中文說明" * 5).encode("big5")[:-1])
    (row,) = json_lines(run("--json", str(path)).output)
    assert row["encoding"] == "cp950" and row["truncated"] is True


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("name: 中文標題\nvalue: 42\n".encode("utf-16-le"))
    (row,) = json_lines(run("--json", str(path)).output)
    assert row["encoding"] == "utf-16-le" and row["binary"] is False and row["script"] == "hant"


def test_undecodable_file_fails_with_one_line(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(GBK_TEXT.encode("gbk"))
    bad = tmp_path / "bad.txt"
    head = "第一行是 UTF-8 的中文。\n".encode("utf-8")
    bad.write_bytes(head + "第二行是 GBK 编码的中文。\n".encode("gbk"))
    result = CliRunner().invoke(cli, ["detect", "--json", str(bad), str(good)])
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1
    line = errors[0]
    assert str(bad) in line and "utf-8" in line and "gb18030" in line and f"offset {len(head)}" in line
    rows = json_lines(result.stdout)
    assert rows[0]["encoding"] is None and rows[0]["offset"] == len(head)
    assert rows[1]["encoding"] == "gb18030"  # the other input is still examined


def test_missing_file_fails(tmp_path):
    result = CliRunner().invoke(cli, ["detect", str(tmp_path / "nope.txt")])
    assert result.exit_code == 3
    assert "nope.txt" in result.stderr


def test_binary_alone_is_not_a_failure(folder):
    result = run(str(folder / "logo.png"))
    assert result.exit_code == 0
    assert "binary" in result.output


def test_plain_lines_when_not_a_terminal(folder):
    result = run(str(folder / "gbk.txt"), str(folder / "mixed.txt"))
    lines = result.output.splitlines()
    assert lines[0].endswith("gbk.txt: gb18030, confidence " + lines[0].split("confidence ")[1])
    assert "script hans" in lines[0] and "newline lf" in lines[0]
    assert "script mixed" in lines[1] and "进@3" in lines[1]


def test_table_on_a_terminal(folder, monkeypatch):
    from zhtext.cli import detect
    from zhtext.converters.inspection import examine

    rows = [(str(folder / "gbk.txt"), examine(GBK_TEXT.encode("gbk")))]
    detect._table(rows)  # renders without error; rich writes to the real stdout


def test_include_exclude(folder):
    result = run("--json", "--include", "*.md", str(folder))
    rows = json_lines(result.output)
    assert [r["path"].endswith("big5.md") for r in rows] == [True]


def test_large_file_is_examined_in_blocks(tmp_path, monkeypatch):
    from zhtext.cli.batch import inputs

    monkeypatch.setattr(inputs, "STREAM_THRESHOLD", 1000)
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 256)
    text = ("第一行是繁體的說明。\r\n" * 40) + "最后一行是简体。\r\n"
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("gb18030"))
    (row,) = json_lines(run("--json", str(path)).output)
    assert row["encoding"] == "gb18030"
    assert row["newline"] == "crlf"  # CR and LF split across blocks still count as CRLF
    assert row["script"] == "mixed"
    assert row["examples"][0]["line"] == 41
    path.write_bytes(text.encode("gb18030")[:-3])  # cut inside the last character
    (row,) = json_lines(run("--json", str(path)).output)
    assert row["truncated"] is True


def test_help_lists_fields():
    result = CliRunner().invoke(cli, ["detect", "--help"])
    assert result.exit_code == 0
    for word in ("--json", "newline", "script", "binary", "Exit codes"):
        assert word in result.output
