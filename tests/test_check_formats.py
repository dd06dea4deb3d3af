"""--check --format for the commands whose changes are per file: one finding per file,
at the first changed character when known, else line 1, column 1; usage errors."""

from __future__ import annotations

import json
from pathlib import Path


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_convert_json_points_at_the_first_converted_character(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "第一行没有\n第二行有汉字\n".encode("utf-8"))
    result = zhtext_cli("convert", "-c", "s2t", "--check", "--format", "json", f)
    assert result.exit_code == 1
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["file"], o["line"], o["column"], o["rule"]) for o in objs] == [(str(f), 1, 4, "convert")]  # 没


def test_recode_github_reports_the_file(zhtext_cli, tmp_path):
    f = write(tmp_path / "gbk.txt", "简体中文文本，足够长以便检测编码。\n".encode("gbk"))
    result = zhtext_cli("recode", "--check", "--format", "github", f)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"::warning file={f},line=1,col=1,title=recode::would change this file"]


def test_unchanged_files_print_nothing(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "干净的文本。\n".encode("utf-8"))
    for cmd in (["normalize"], ["convert", "-c", "t2s"], ["typeset"]):
        result = zhtext_cli(*cmd, "--check", "--format", "gcc", f)
        assert (result.exit_code, result.stdout) == (0, ""), cmd


def test_format_without_check_is_a_usage_error(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "文本 \n".encode("utf-8"))
    for cmd in (["normalize"], ["convert", "-c", "s2t"], ["recode"]):
        result = zhtext_cli(*cmd, "--format", "github", f)
        assert result.exit_code == 2 and "add --check" in result.stderr, cmd
    assert f.read_bytes() == "文本 \n".encode("utf-8")


def test_strip_json_under_check_means_findings(zhtext_cli, tmp_path):
    f = write(tmp_path / "page.txt", "首页 新闻\n\n正文第一段，内容足够长，讲述了一件事情的经过和结果。\n".encode("utf-8"))
    result = zhtext_cli("strip", "--check", "--format", "json", f)
    assert result.exit_code == 1
    (obj,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (obj["file"], obj["rule"]) == (str(f), "strip")


def test_shard_findings_point_at_the_first_changed_document(zhtext_cli, tmp_path):
    shard = write(tmp_path / "c.jsonl", '{"text": "这是简体"}\n{"text": "這是繁體"}\n'.encode("utf-8"))
    result = zhtext_cli("convert", "-c", "t2s", "--check", "--format", "gcc", shard)
    assert result.exit_code == 1
    assert result.stdout == f"{shard}:2:1: convert: would change 1 document(s), the first on this line\n"
