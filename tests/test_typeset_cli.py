"""``zhtext typeset``: the command, its markup awareness, rule switches, config, lint formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROSE = "使用Python开发,共3个.\n乳业(二期)项目\n"
TYPESET = "使用 Python 开发，共 3 个。\n乳业（二期）项目\n"


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_stdin_to_stdout(zhtext_cli):
    result = zhtext_cli("typeset", input=PROSE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == TYPESET


def test_in_place_then_clean(zhtext_cli, tmp_path, leftovers):
    f = write(tmp_path / "a.txt", PROSE)
    result = zhtext_cli("typeset", "--in-place", f)
    assert result.exit_code == 1
    assert f.read_text(encoding="utf-8") == TYPESET
    assert zhtext_cli("typeset", "--check", f).exit_code == 0
    assert leftovers(tmp_path) == []


def test_check_gcc_lists_every_finding(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", PROSE)
    result = zhtext_cli("typeset", "--check", "--format", "gcc", f)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{f}:1:2: space-han-latin: one space between Chinese and Latin letters or digits: '用P' -> '用 P'"
    assert f"{f}:1:11: fullwidth-punctuation: use full-width punctuation in Chinese text: ',' -> '，'" in lines
    assert any(line.startswith(f"{f}:2:3: fullwidth-punctuation:") for line in lines)
    assert f.read_text(encoding="utf-8") == PROSE  # --check writes nothing


def test_check_github_and_json(zhtext_cli, tmp_path):
    f = write(tmp_path / "a,b.txt", "好,世界\n")
    gh = zhtext_cli("typeset", "--check", "--format", "github", f)
    assert gh.exit_code == 1
    assert gh.stdout.splitlines() == [
        f"::warning file={str(f).replace(',', '%2C')},line=1,col=2,title=fullwidth-punctuation::"
        "use full-width punctuation in Chinese text: ',' -> '，'"
    ]
    js = zhtext_cli("typeset", "--check", "--format", "json", f)
    objs = [json.loads(line) for line in js.stdout.splitlines()]
    assert objs == [{"file": str(f), "line": 1, "column": 2, "rule": "fullwidth-punctuation",
                     "message": "use full-width punctuation in Chinese text: ',' -> '，'"}]


def test_markdown_keeps_code_links_and_front_matter(zhtext_cli, tmp_path):
    text = (
        "---\ntitle: 标题,说明\ntags: [a,b]\n---\n\n"
        "用`a,b`和[链接,文本](docs/项目2.md)说明,见https://x.org/a,b.\n\n"
        "```python\nprint(\"你好,world\")\n```\n"
    )
    f = write(tmp_path / "doc.md", text)
    out = zhtext_cli("typeset", f).stdout
    assert "```python\nprint(\"你好,world\")\n```" in out
    assert "用`a,b`和[链接，文本](docs/项目2.md)说明，见 https://x.org/a,b." in out
    assert "tags: [a,b]" in out


def test_rule_switches(zhtext_cli):
    assert zhtext_cli("typeset", "--no-rule", "space-han-latin", input=PROSE).stdout == \
        "使用Python开发，共3个。\n乳业（二期）项目\n"
    assert zhtext_cli("typeset", "--rules", "space-han-latin", input=PROSE).stdout == \
        "使用 Python 开发,共 3 个.\n乳业(二期)项目\n"
    assert zhtext_cli("typeset", "--rule", "ellipsis", input="等等...\n").stdout == "等等……\n"
    assert zhtext_cli("typeset", "--quotes", "corner", input="他说“你好”\n").stdout == "他说「你好」\n"
    bad = zhtext_cli("typeset", "--rules", "no-such-rule", input="x")
    assert bad.exit_code == 2 and "no-such-rule" in bad.stderr


def test_config_chooses_rules(zhtext_cli, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".zhtext.toml", '[typeset]\nrules = ["fullwidth-punctuation"]\nquotes = "corner"\n')
    monkeypatch.chdir(tmp_path)
    assert zhtext_cli("typeset", input="用Python,他说“好”\n").stdout == "用Python，他说「好」\n"


def test_per_file_commands_report_the_first_change(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "第一行\n第二行有尾随空格  \n")
    result = zhtext_cli("normalize", "--check", "--format", "gcc", f)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"{f}:2:9: normalize: would change this file (first change here)"]


def test_check_text_format_lists_findings_under_the_file(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "好,世界\n")
    result = zhtext_cli("typeset", "--check", f)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"would change {f}",
        f"  {f}:1:2: fullwidth-punctuation: use full-width punctuation in Chinese text: ',' -> '，'",
    ]
    clean = write(tmp_path / "b.txt", "好，世界\n")
    result = zhtext_cli("typeset", "--check", "--format", "gcc", clean)
    assert (result.exit_code, result.stdout) == (0, "")


def test_format_needs_check(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "好,世界\n")
    result = zhtext_cli("typeset", "--format", "gcc", f)
    assert result.exit_code == 2 and "--check" in result.stderr
    assert f.read_text(encoding="utf-8") == "好,世界\n"


def test_diff_shows_the_change(zhtext_cli, tmp_path):
    f = write(tmp_path / "a.txt", "好,世界\n")
    result = zhtext_cli("typeset", "--diff", f)
    assert "-好,世界" in result.stdout and "+好，世界" in result.stdout
    assert f.read_text(encoding="utf-8") == "好,世界\n"


def test_stdin_filename_chooses_the_markup(zhtext_cli):
    text = "用`a,b`代码,好\n"
    assert zhtext_cli("typeset", "--stdin-filename", "x.md", input=text).stdout == "用`a,b`代码，好\n"
    html = '<p title="说明,备注">见<code>a,b</code>好,再见</p>\n'
    out = zhtext_cli("typeset", "--markup", "html", input=html).stdout
    # title text is prose; code, tag and attribute names stay
    assert out == '<p title="说明，备注">见<code>a,b</code>好，再见</p>\n'


def test_a_gbk_file_that_needs_nothing_keeps_its_bytes(zhtext_cli, tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes("今天天气很好，我们去公园。\n".encode("gbk"))
    assert zhtext_cli("typeset", "--in-place", f).exit_code == 0
    assert f.read_bytes() == "今天天气很好，我们去公园。\n".encode("gbk")


def test_jsonl_shard_documents(zhtext_cli, tmp_path):
    shard = tmp_path / "docs.jsonl"
    shard.write_text('{"id": 1, "text": "好，世界"}\n{"id": 2, "text": "用Python,好"}\n', encoding="utf-8")
    out = zhtext_cli("typeset", shard).stdout
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["好，世界", "用 Python，好"]
    check = zhtext_cli("typeset", "--check", "--format", "gcc", shard)
    assert check.exit_code == 1
    assert check.stdout.startswith(f"{shard}:2:1: typeset: would change 1 document(s)")


def test_clean_typeset_on_a_page(zhtext_cli, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("金山網訊 9月21日至22日,市委副書記率團考察乳業(二期)項目,并慰問幹部.\n", encoding="utf-8")
    plain = zhtext_cli("clean", page).stdout
    typeset = zhtext_cli("clean", "--typeset", page).stdout
    assert "," in plain
    assert typeset == "金山網訊 9月21日至22日，市委副書記率團考察乳業（二期）項目，并慰問幹部。\n"


def test_rule_names_of_the_command_match_the_library():
    from zhtext.cli import typeset as command
    from zhtext.converters import typeset as library

    assert command.RULES == library.RULES
    assert set(command.DEFAULT_RULES) == library.DEFAULT_RULES
    assert command.QUOTE_STYLES == library.QUOTE_STYLES


def test_folder_walks_take_prose_files_only(zhtext_cli, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs / "guide.md", "用Python,好\n")
    write(docs / "NOTES.TXT", "用Python,好\n")
    write(docs / "conf.py", "copyright = '2025 德新科技.'\n")
    write(docs / "theme.vue", "<a>联系我们!</a>\n")
    result = zhtext_cli("typeset", "--in-place", docs)
    assert result.exit_code == 1
    assert (docs / "guide.md").read_text(encoding="utf-8") == "用 Python，好\n"
    assert (docs / "NOTES.TXT").read_text(encoding="utf-8") == "用 Python，好\n"
    assert (docs / "conf.py").read_text(encoding="utf-8") == "copyright = '2025 德新科技.'\n"
    assert (docs / "theme.vue").read_text(encoding="utf-8") == "<a>联系我们!</a>\n"
    # named on the command line, or chosen with --include: typeset as asked
    assert zhtext_cli("typeset", docs / "conf.py").stdout == "copyright = '2025 德新科技。'\n"
    zhtext_cli("typeset", "--in-place", "--include", "*.vue", docs)
    assert (docs / "theme.vue").read_text(encoding="utf-8") == "<a>联系我们！</a>\n"


def test_findings_come_back_from_worker_processes_in_input_order(zhtext_cli, tmp_path):
    docs = tmp_path / "many"
    docs.mkdir()
    for i in range(12):
        write(docs / f"f{i:02d}.txt", f"第{i}个文件,用Python写的.\n")
    serial = zhtext_cli("typeset", "--check", "--format", "json", "--jobs", "1", docs)
    parallel = zhtext_cli("typeset", "--check", "--format", "json", "--jobs", "2", docs)
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout
    files = [json.loads(line)["file"] for line in serial.stdout.splitlines()]
    assert files == sorted(files) and len(set(files)) == 12


def test_config_rule_switches_and_unit_list(zhtext_cli, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".zhtext.toml",
          '[typeset]\nrule = ["ellipsis"]\nno-rule = ["halfwidth-alnum"]\nno-space-units = ""\n')
    monkeypatch.chdir(tmp_path)
    assert zhtext_cli("typeset", input="等等...ＡＢ 2025年\n").stdout == "等等……ＡＢ 2025 年\n"
    # a flag wins over the file
    assert zhtext_cli("typeset", "--no-space-units", "年", input="于2025年\n").stdout == "于2025年\n"
