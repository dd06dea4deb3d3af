"""Issue 12, the batch layer: what a content repository and a corpus need from the engine.

One test (at least) per item: ignore files, write modes from the command line
only, honest reports, case-insensitive hook patterns, documents as strings.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SIMPLIFIED = "汉字转换很有意思。\n"
TRADITIONAL = "漢字轉換很有意思。\n"


# -- item 8: the hooks' files: patterns are case-insensitive ---------------------


def test_hook_file_patterns_ignore_case():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    patterns = [h["files"] for h in hooks if "files" in h]
    assert patterns, "no hook has a files: pattern"
    for pattern in patterns:
        for name in ("README.MD", "notes.TXT", "docs/Guide.Md", "a.txt"):
            assert re.search(pattern, name), (pattern, name)
        assert not re.search(pattern, "tool.py")


# -- item 5: write modes come from the command line only --------------------------


@pytest.mark.parametrize("key", ["in-place", "in_place", "check", "diff", "output"])
@pytest.mark.parametrize("where", ["top", "command"])
def test_a_write_mode_in_a_config_file_is_a_usage_error(tmp_path, monkeypatch, zhtext_cli, key, where):
    value = '"out"' if key == "output" else "true"
    body = f"{key} = {value}\n" if where == "top" else f"[convert]\n{key} = {value}\n"
    (tmp_path / ".zhtext.toml").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ZHTEXT_NO_CONFIG", raising=False)
    result = zhtext_cli("convert", "-c", "s2t", "a.txt", catch_exceptions=True)
    assert result.exit_code == 2
    assert "write modes come from the command line only" in result.stderr and key in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == SIMPLIFIED  # never rewritten
    assert result.stdout == ""


def test_short_i_is_a_usage_error_that_names_in_place(tmp_path, zhtext_cli):
    path = tmp_path / "in.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "-i", path, catch_exceptions=True)
    assert result.exit_code == 2
    assert "--in-place" in result.stderr and "plain arguments" in result.stderr
    assert path.read_text(encoding="utf-8") == SIMPLIFIED


@pytest.mark.parametrize("command", ["clean", "strip"])
@pytest.mark.parametrize("name", ["page.html", "saved/page.HTM", "archive.mht"])
def test_in_place_on_a_saved_page_is_a_usage_error_pointing_to_o(tmp_path, zhtext_cli, command, name):
    page = tmp_path / name
    page.parent.mkdir(parents=True, exist_ok=True)
    html = "<html><body><h1>标题</h1><p>" + "正文段落。" * 30 + "</p></body></html>"
    page.write_text(html, encoding="utf-8")
    result = zhtext_cli(command, "--in-place", tmp_path, catch_exceptions=True)
    assert result.exit_code == 2
    assert "-o FOLDER" in result.stderr and str(page) in result.stderr
    assert page.read_text(encoding="utf-8") == html


def test_in_place_on_a_plain_text_save_still_works(tmp_path, zhtext_cli):
    note = tmp_path / "note.txt"
    note.write_text("  标题\n\n  " + "正文段落。" * 30 + "  \n", encoding="utf-8")
    assert zhtext_cli("clean", "--in-place", note).exit_code in (0, 1)
