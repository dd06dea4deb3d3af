"""zhtext normalize on the command line: profiles by file name, options,
check/diff/in-place, encodings, streaming of large inputs."""

from __future__ import annotations

import pickle

import pytest
from click.testing import CliRunner

from zhtext.cli.batch import inputs as inputs_module
from zhtext.cli.main import cli
from zhtext.cli.processors.normalize import NormalizeProcessor
from zhtext.converters.whitespace import normalize

FW = "\u3000"

SAVE = "                  第一段文字。  \r\n\r\n\r\n\r\n                  第二段\u00a0有  空格。\r\n"
SAVE_TEXT = "第一段文字。\n\n第二段 有 空格。\n"
README = "# 说明  \r\n\r\n\r\n正文  \r\n\r\n```sh  \r\nmake   \r\n\r\n\r\n```\r\n"
README_MD = "# 说明  \n\n正文  \n\n```sh\nmake   \n\n\n```\n"
CONFIG = "\ufeffname: 站点  \r\nitems:\r\n  - 一\r\n\r\n\r\n  - 二\r\n\r\n"
CONFIG_MIN = "name: 站点\nitems:\n  - 一\n\n\n  - 二\n"


def invoke(args, input=None):
    return CliRunner().invoke(cli, ["normalize", *args], input=input, catch_exceptions=False)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    (root / "save.txt").write_bytes(SAVE.encode("utf-8"))
    (root / "docs" / "README.md").write_bytes(README.encode("utf-8"))
    (root / "config.yaml").write_bytes(CONFIG.encode("utf-8"))
    (root / "Makefile").write_bytes(b"all:\r\n\t@echo ok  \r\n")
    return root


def test_stdin_uses_the_text_profile():
    result = invoke([], input=SAVE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout_bytes == SAVE_TEXT.encode("utf-8")


def test_dash_is_stdin():
    result = invoke(["-", "--indent", "fullwidth"], input="  甲\n乙".encode("utf-8"))
    assert result.stdout == f"{FW}{FW}甲\n{FW}{FW}乙\n"


def test_profile_by_file_name(repo):
    assert invoke([str(repo / "save.txt")]).stdout == SAVE_TEXT
    assert invoke([str(repo / "docs" / "README.md")]).stdout == README_MD
    assert invoke([str(repo / "config.yaml")]).stdout == CONFIG_MIN
    assert invoke([str(repo / "Makefile")]).stdout == "all:\n\t@echo ok\n"


def test_profile_option_wins(repo):
    out = invoke(["--profile", "minimal", str(repo / "save.txt")]).stdout
    assert out == normalize(SAVE, profile="minimal")
    out = invoke(["--profile", "text", str(repo / "docs" / "README.md")]).stdout
    assert out == normalize(README, profile="text")
    out = invoke(["--profile", "markdown"], input=README.encode("utf-8")).stdout
    assert out == README_MD


def test_options_reach_the_library(repo):
    path = str(repo / "save.txt")
    out = invoke(["--eol", "crlf", "--indent", "keep", "--max-blank-lines", "2", path]).stdout_bytes
    expected = normalize(SAVE, eol="crlf", indent="keep", max_blank_lines=2)
    assert out == expected.encode("utf-8")
    assert out.count(b"\r\n") == 4
    assert invoke(["--eol", "keep", path]).stdout_bytes == SAVE_TEXT.replace("\n", "\r\n").encode("utf-8")
    out = invoke(["--paragraphs", "blank"], input="一\n二\n三\n".encode("utf-8")).stdout
    assert out == "一\n\n二\n\n三\n"


def test_bad_option_values_are_usage_errors():
    for args in (["--max-blank-lines", "-1"], ["--eol", "cr"], ["--profile", "html"],
                 ["--indent", "tab"], ["--paragraphs", "two"]):
        result = CliRunner().invoke(cli, ["normalize", *args], input=b"x\n")
        assert result.exit_code == 2, args


def test_check_diff_and_in_place(repo):
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    result = invoke(["--check", "-j", "1", str(repo)])
    assert result.exit_code == 1
    assert "would change" in result.stderr and "README.md" in result.stderr
    result = invoke(["--diff", "-j", "1", str(repo)])
    assert result.exit_code == 0
    assert "-name: 站点  " in result.stdout and "+name: 站点" in result.stdout
    assert {p: p.read_bytes() for p in before} == before  # nothing written
    result = invoke(["--in-place", "-j", "1", str(repo)])
    assert result.exit_code == 1
    assert (repo / "save.txt").read_bytes() == SAVE_TEXT.encode("utf-8")
    assert (repo / "docs" / "README.md").read_bytes() == README_MD.encode("utf-8")
    assert (repo / "config.yaml").read_bytes() == CONFIG_MIN.encode("utf-8")
    # idempotent: a second run changes nothing
    assert invoke(["--check", "-j", "1", str(repo)]).exit_code == 0
    assert invoke(["--in-place", "-j", "1", str(repo)]).exit_code == 0


def test_worker_processes(repo):
    result = invoke(["--in-place", "-j", "2", str(repo)])
    assert result.exit_code == 1
    assert (repo / "docs" / "README.md").read_bytes() == README_MD.encode("utf-8")
    assert invoke(["--check", "-j", "2", str(repo)]).exit_code == 0


def test_output_folder_mirrors_the_tree(repo, tmp_path):
    out = tmp_path / "out"
    assert invoke(["-o", str(out), "-j", "1", str(repo)]).exit_code == 0
    assert (out / "docs" / "README.md").read_bytes() == README_MD.encode("utf-8")
    assert (out / "save.txt").read_bytes() == SAVE_TEXT.encode("utf-8")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "big5"])
def test_output_is_utf8_without_bom(tmp_path, encoding):
    src = "　　這是一段用來測試編碼的文字，內容並不重要。  \r\n\r\n\r\n第二段。\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(src.encode(encoding))
    forced = [] if encoding.startswith("utf") else ["--encoding", encoding]
    result = invoke([*forced, str(path)])
    assert result.exit_code == 0
    assert result.stdout_bytes == "這是一段用來測試編碼的文字，內容並不重要。\n\n第二段。\n".encode("utf-8")


def test_undecodable_input_fails_with_exit_3(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\xfa bad \x80\x81")
    result = CliRunner().invoke(cli, ["normalize", "--encoding", "utf-8", str(path)])
    assert result.exit_code == 3
    assert "bad.txt" in result.stderr


def test_processor_pickles_and_picks_profiles(tmp_path):
    proc = pickle.loads(pickle.dumps(NormalizeProcessor(eol="crlf")))
    assert proc.process(b"a  \n", None).text == "a\r\n"
    assert proc.process(b"a  \n\n\n", tmp_path / "x.md").text == "a  \r\n"
    assert proc.process(b"\n\n  a  \n", tmp_path / "x.json").text == "\r\n\r\n  a\r\n"


@pytest.mark.parametrize("name", ["big.txt", "big.md", "big.yaml"])
def test_stream_equals_whole_on_byte_blocks(tmp_path, name):
    doc = ("  第一段。  \r\n\r\n\r\n```\r\n代码  \r\n\r\n\r\n```\r\n" * 40 + "最后一行  ").encode("utf-8")
    proc = NormalizeProcessor()
    whole = proc.process(doc, tmp_path / name).text.encode("utf-8")
    for size in (1, 2, 5, 7, 64, 1000):
        blocks = [doc[i:i + size] for i in range(0, len(doc), size)]
        assert b"".join(proc.stream(iter(blocks), tmp_path / name)) == whole


def test_large_files_stream_through_the_runner(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs_module, "STREAM_THRESHOLD", 100)
    monkeypatch.setattr(inputs_module, "BLOCK_BYTES", 37)
    doc = "# 标题  \r\n\r\n\r\n段落  \r\n~~~\r\n代码\u200b  \r\n\r\n\r\n~~~\r\n" * 30
    path = tmp_path / "big.md"
    path.write_bytes(doc.encode("utf-8"))
    assert invoke(["--in-place", str(path)]).exit_code == 1
    assert path.read_bytes() == normalize(doc, profile="markdown").encode("utf-8")
    assert invoke(["--in-place", str(path)]).exit_code == 0


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.txt").write_bytes(b"      ")
    (tmp_path / "blank.py").write_bytes(b" \n\t\n\n")
    assert invoke(["--in-place", "-j", "1", str(tmp_path)]).exit_code == 1
    for name in ("empty.txt", "spaces.txt", "blank.py"):
        assert (tmp_path / name).read_bytes() == b""


def test_listed_in_help():
    result = CliRunner().invoke(cli, ["--help"])
    assert "normalize" in result.stdout
    result = CliRunner().invoke(cli, ["normalize", "--help"])
    assert result.exit_code == 0
    for option in ("--profile", "--eol", "--indent", "--max-blank-lines", "--paragraphs",
                   "--encoding", "--check", "--diff", "--in-place"):
        assert option in result.stdout


def test_stdin_stream_keeps_the_dominant_eol():
    doc = "  甲  \r\n\r\n\r\n乙\r\n丙\n"
    result = invoke(["--eol", "keep"], input=doc.encode("utf-8"))
    assert result.stdout_bytes == "甲\r\n\r\n乙\r\n丙\r\n".encode("utf-8")


def test_binary_files_in_a_folder_are_skipped(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR  \n")
    (tmp_path / "note.txt").write_bytes("笔记  \n".encode("utf-8"))
    result = invoke(["--in-place", "-j", "1", str(tmp_path)])
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "image.png" in result.stderr
    assert (tmp_path / "image.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n\x00")
    assert (tmp_path / "note.txt").read_bytes() == "笔记\n".encode("utf-8")
