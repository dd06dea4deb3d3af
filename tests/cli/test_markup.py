"""The markup layer through the commands: convert and clean --markup,
--protect and --stdin-filename; recode and encoding declarations; the
verbatim normalize profile."""

from __future__ import annotations

import pytest

from zhtext.converters import Converter

MD = "# 汉字\n\n见`汉字`与[汉字](wiki/汉字) https://例子.中国/汉字\n\n```\n汉字 = 1\n```\n"
MD_S2T = "# 漢字\n\n見`汉字`與[漢字](wiki/汉字) https://例子.中国/汉字\n\n```\n汉字 = 1\n```\n"


def test_markup_auto_follows_the_file_name(tmp_path, zhtext_cli):
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(MD, encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--in-place", tmp_path)
    assert result.exit_code == 1, result.output
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == MD_S2T
    # plain text: everything but the URL
    expected_txt = Converter("s2t").convert(MD).replace("https://例子.中國/漢字", "https://例子.中国/汉字")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == expected_txt
    assert zhtext_cli("convert", "-c", "s2t", "--check", tmp_path).exit_code == 0


@pytest.mark.parametrize("args, expected", [
    ([], Converter("s2t").convert(MD).replace("https://例子.中國/漢字", "https://例子.中国/汉字")),
    (["--stdin-filename", "docs/README.md"], MD_S2T),
    (["--markup", "markdown"], MD_S2T),
    (["--markup", "rst", "--stdin-filename", "a.md"], None),
])
def test_standard_input(zhtext_cli, args, expected):
    result = zhtext_cli("convert", "-c", "s2t", *args, input=MD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    if expected is None:  # reST: the Markdown fence and backticks are no markup, but the URL stays
        assert "https://例子.中国/汉字" in result.stdout and "漢字" in result.stdout
    else:
        assert result.stdout == expected


def test_markup_none_converts_code_too(tmp_path, zhtext_cli):
    path = tmp_path / "a.md"
    path.write_text("`汉字`\n", encoding="utf-8")
    assert zhtext_cli("convert", "-c", "s2t", "--markup", "none", path).stdout == "`漢字`\n"


def test_protect_file(tmp_path, zhtext_cli):
    protect = tmp_path / "names.txt"
    protect.write_text("# never converted\n汉字\n\n", encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--protect", protect, input="汉字与汉字学".encode("utf-8"))
    assert result.stdout == "汉字與汉字學"
    protect.write_bytes("汉字".encode("gbk"))
    result = zhtext_cli("convert", "-c", "s2t", "--protect", protect, input=b"x", catch_exceptions=True)
    assert result.exit_code == 2 and "--protect" in result.output and "UTF-8" in result.output


def test_directives_through_the_command(zhtext_cli):
    text = "汉\n# zhtext: off\n汉\n# zhtext: on\n汉\n"
    assert zhtext_cli("convert", "-c", "s2t", input=text.encode("utf-8")).stdout == "漢\n# zhtext: off\n汉\n# zhtext: on\n漢\n"


def test_a_text_without_markup_converts_exactly_as_before(tmp_path, zhtext_cli):
    text = "这是一段没有标记的简体中文，干预与发展。\n第二行：头发、面条。\n"
    for name in ("a.md", "a.rst", "a.html", "a.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert zhtext_cli("convert", "-c", "s2twp", path).stdout == Converter("s2twp").convert(text)


def test_clean_converts_the_article_as_plain_text(tmp_path, zhtext_cli):
    page = tmp_path / "page.html"
    body = "今天天气很好，我们一起去公园散步。详见 https://例子.中国/汉字 了解更多。" * 3
    page.write_text(f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    out = zhtext_cli("clean", "-c", "s2t", page).stdout
    assert "https://例子.中国/汉字" in out and "今天天氣很好" in out


def test_recode_rewrites_declarations(tmp_path, zhtext_cli):
    py = tmp_path / "tool.py"
    py.write_bytes("# -*- coding: gbk -*-\nprint('你好')\n".encode("gbk"))
    page = tmp_path / "page.html"
    page.write_bytes('<html><head><meta charset="gb2312"></head><body>简体</body></html>\n'.encode("gbk"))
    diff = zhtext_cli("recode", "--diff", py)
    assert "-# -*- coding: gbk -*-" in diff.stdout and "+# -*- coding: utf-8 -*-" in diff.stdout
    assert zhtext_cli("recode", "--in-place", tmp_path).exit_code == 1
    assert py.read_text(encoding="utf-8") == "# -*- coding: utf-8 -*-\nprint('你好')\n"
    assert page.read_text(encoding="utf-8") == '<html><head><meta charset="utf-8"></head><body>简体</body></html>\n'
    assert zhtext_cli("recode", "--in-place", tmp_path).exit_code == 0


def test_recode_skips_a_declaration_it_cannot_rewrite(tmp_path, zhtext_cli):
    page = tmp_path / "t.html"
    data = '<meta charset="{{ enc }}"><p>简体</p>\n'.encode("gbk")
    page.write_bytes(data)
    result = zhtext_cli("recode", "--in-place", page)
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "line 1" in result.stderr and "{{ enc }}" in result.stderr
    assert page.read_bytes() == data  # not recoded: it would contradict itself
    utf8 = tmp_path / "u.html"
    utf8.write_text('<meta charset="{{ enc }}"><p>简体</p>\n', encoding="utf-8")
    result = zhtext_cli("recode", "--in-place", utf8)
    assert result.exit_code == 0 and "skipped" not in result.stderr  # nothing to recode, nothing to say


def test_verbatim_profile_and_name_rules(tmp_path, zhtext_cli):
    files = {
        "fix.patch": " 上下文 \n-旧\t\n",
        "scores.tsv": "名称\t数量\t\n",
        "CMakeLists.txt": "if(X)\n    message(\"简体\")   \nendif()\n",
        "notes.txt": "    缩进的   文本  \n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert zhtext_cli("normalize", "--in-place", tmp_path).exit_code == 1
    assert (tmp_path / "fix.patch").read_text(encoding="utf-8") == files["fix.patch"]
    assert (tmp_path / "scores.tsv").read_text(encoding="utf-8") == files["scores.tsv"]
    assert (tmp_path / "CMakeLists.txt").read_text(encoding="utf-8") == "if(X)\n    message(\"简体\")\nendif()\n"
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "缩进的 文本\n"
    forced = zhtext_cli("normalize", "--profile", "verbatim", input="a  \r\n\r\n\r\n".encode("utf-8"))
    assert forced.stdout_bytes == b"a  \r\n\r\n\r\n"


def test_normalize_leaves_the_encoding_to_recode(tmp_path, zhtext_cli):
    path = tmp_path / "g.tsv"
    path.write_bytes("名称\t数量\t\n".encode("gbk"))
    assert zhtext_cli("normalize", "--in-place", path).exit_code == 0
    assert path.read_bytes() == "名称\t数量\t\n".encode("gbk")


@pytest.mark.parametrize("name", ["big.md", "big.txt"])
def test_a_streamed_input_converts_as_a_whole_one(tmp_path, monkeypatch, zhtext_cli, name):
    from zhtext.cli.batch import inputs

    text = (MD + "“汉字”说‘你好’。\n") * 40
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    whole = zhtext_cli("convert", "-c", "s2t", "--quotes", "corner", path)
    monkeypatch.setattr(inputs, "STREAM_THRESHOLD", 100)
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 64)
    streamed = zhtext_cli("convert", "-c", "s2t", "--quotes", "corner", path)
    assert whole.exit_code == streamed.exit_code == 0, streamed.output
    assert streamed.stdout == whole.stdout
    assert "「漢字」" in streamed.stdout and ("`汉字`" in streamed.stdout) == name.endswith(".md")
