"""zhtext clean: saved pages in, clean UTF-8 articles out."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from zhtext.cli.main import cli

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>河边新修了一条步道 - 本地新闻网</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/local">本地</a> | <a href="/sport">体育</a></div>
<h1>河边新修了一条步道</h1>
<div class="article">
<p>　　本报讯 经过半年的施工，城东河边的步道昨天正式开放，附近居民终于有了散步的好去处。  </p>
<p>新步道全长三公里，沿途设有十几处休息座椅和两座公共厕所，晚上还有路灯照明。</p>
<p>不少居民表示，以后每天傍晚都会带着家人来这里走一走。</p>
</div>
<div class="footer">版权所有 本地新闻网 ICP备00000000号</div>
</body></html>
"""

BODY_SIMPLIFIED = [
    "河边新修了一条步道",
    "本报讯 经过半年的施工，城东河边的步道昨天正式开放，附近居民终于有了散步的好去处。",
    "新步道全长三公里，沿途设有十几处休息座椅和两座公共厕所，晚上还有路灯照明。",
    "不少居民表示，以后每天傍晚都会带着家人来这里走一走。",
]

TEXT_SAVE = (
    "　　第一段：这是一个纯文本保存的页面，段落前面有全角缩进。   \r\n"
    "\r\n\r\n\r\n"
    "                  第二段：每行前面还有很多空格，这是从网页源码里带来的。\r\n"
)


@pytest.fixture
def saved(tmp_path):
    folder = tmp_path / "saved"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "river.html").write_bytes(PAGE.format(charset="gb2312").encode("gbk"))
    (folder / "note.txt").write_bytes(TEXT_SAVE.encode("utf-8"))
    return folder


def test_folder_to_mirrored_articles_with_conversion(saved, tmp_path):
    out = tmp_path / "articles"
    result = CliRunner().invoke(cli, ["clean", "-c", "s2tw", str(saved), "-o", f"{out}/", "--jobs", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "2024/river.txt", "note.txt"]
    article = (out / "2024" / "river.txt").read_text(encoding="utf-8")
    assert article.startswith("河邊新修了一條步道\n\n")
    assert "經過半年的施工" in article and "路燈照明" in article
    for junk in ("首頁", "首页", "版權所有", "ICP", "\u3000", "  "):
        assert junk not in article
    assert (out / "note.txt").read_text(encoding="utf-8") == (
        "第一段：這是一個純文本保存的頁面，段落前面有全角縮進。\n\n"
        "第二段：每行前面還有很多空格，這是從網頁源碼裡帶來的。\n"
    )


def test_without_config_the_script_is_kept(saved):
    result = CliRunner().invoke(cli, ["clean", str(saved / "2024" / "river.html")], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == "\n\n".join(BODY_SIMPLIFIED) + "\n"


def test_check_and_in_place(saved):
    runner = CliRunner()
    note = saved / "note.txt"
    result = runner.invoke(cli, ["clean", "--check", str(note)])
    assert result.exit_code == 1 and f"would change {note}" in result.stderr
    assert note.read_bytes() == TEXT_SAVE.encode("utf-8")
    result = runner.invoke(cli, ["clean", "--in-place", str(note)])
    assert result.exit_code == 1
    result = runner.invoke(cli, ["clean", "--check", str(note)])
    assert result.exit_code == 0


def test_stdin_and_parallel_folder_run(saved, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["clean", "-"], input=TEXT_SAVE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout.startswith("第一段")
    for i in range(12):
        (saved / f"copy{i:02}.txt").write_bytes(TEXT_SAVE.encode("utf-8"))
    out = tmp_path / "parallel"
    result = runner.invoke(cli, ["clean", str(saved), "-o", str(out), "-j", "2"], catch_exceptions=False)
    assert result.exit_code == 0
    assert len(list(out.rglob("*.txt"))) == 14


def test_usage_errors(saved):
    runner = CliRunner()
    result = runner.invoke(cli, ["clean", "-c", "nope", str(saved / "note.txt")])
    assert result.exit_code == 2 and "unknown configuration 'nope'" in result.stderr
    result = runner.invoke(cli, ["clean", str(saved)])
    assert result.exit_code == 2 and "several inputs" in result.stderr
    result = runner.invoke(cli, ["clean", "--check", "--in-place", str(saved)])
    assert result.exit_code == 2


def test_undecodable_input_fails_alone(saved, tmp_path):
    (saved / "2024" / "river.html").unlink()  # GBK: not for --encoding utf-8
    (saved / "broken.txt").write_bytes(b"\xff\xfe\xfd\xfc broken \x81")
    result = CliRunner().invoke(cli, ["clean", "--encoding", "utf-8", str(saved), "-o", str(tmp_path / "o"), "-j", "1"])
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("zhtext: error:")]
    assert len(errors) == 1 and "broken.txt" in errors[0]
    assert (tmp_path / "o" / "note.txt").is_file()


def test_help_documents_exit_codes():
    result = CliRunner().invoke(cli, ["clean", "--help"])
    assert result.exit_code == 0
    for line in ("Exit codes", "--jobs", "--in-place", "--check", "--diff", "--exclude"):
        assert line in result.stdout
