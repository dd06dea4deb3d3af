"""zhtext strip: output formats, --explain, --lexicon, several inputs, warnings and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from zhtext.cli.main import cli

PAGES = Path(__file__).parents[1] / "converters" / "pages" / "pages"


def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # Click 8.2+: stderr is always kept apart
        return CliRunner()


def expected(name: str) -> dict:
    return json.loads((PAGES / (Path(name).stem + ".expected.json")).read_text("utf-8"))


def test_default_output_is_title_blank_line_paragraphs():
    name = "html_news_simplified.html"
    res = runner().invoke(cli, ["strip", str(PAGES / name)], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    exp = expected(name)
    assert res.stdout == "\n\n".join([exp["title"]] + exp["body"]) + "\n"


def test_stdin_gbk_page():
    data = (PAGES / "html_gbk_simplified.html").read_bytes()
    res = runner().invoke(cli, ["strip", "-"], input=data, catch_exceptions=False)
    assert res.exit_code == 0
    assert res.stdout.splitlines()[2] == expected("html_gbk_simplified.html")["body"][0]


def test_json_single_input():
    name = "mhtml_base64_big5.mhtml"
    res = runner().invoke(cli, ["strip", "--format", "json", str(PAGES / name)], catch_exceptions=False)
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert list(obj) == ["path", "title", "date", "author", "source", "body", "removed"]
    assert obj["path"] == str(PAGES / name)
    assert obj["body"] == expected(name)["body"]
    assert all(set(r) == {"text", "reason"} for r in obj["removed"])


def test_json_several_inputs_one_line_each_on_stdout(tmp_path):
    names = ["text_spam_lines.txt", "html_big5_traditional.html", "mhtml_qp_simplified.mht"]
    for n in names:
        shutil.copy(PAGES / n, tmp_path / n)
    res = runner().invoke(cli, ["strip", "--format", "json", "-j", "1", str(tmp_path)], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [Path(o["path"]).name for o in objs] == sorted(names)
    for o in objs:
        assert o["body"] == expected(Path(o["path"]).name)["body"]


def test_text_several_inputs_need_an_output_folder(tmp_path):
    res = runner().invoke(cli, ["strip", str(PAGES / "text_one_paragraph.txt"),
                                str(PAGES / "text_spam_lines.txt")])
    assert res.exit_code == 2


def test_output_folder_renames_pages_to_txt(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGES / "html_no_boilerplate.html", src / "a.html")
    shutil.copy(PAGES / "mhtml_gbk_truncated.mht", src / "b.mht")
    res = runner().invoke(cli, ["strip", str(src), "-o", str(tmp_path / "out")], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    out_a = (tmp_path / "out" / "a.txt").read_text("utf-8")
    assert out_a.splitlines()[0] == "一碗面的手艺"
    assert (tmp_path / "out" / "b.txt").read_text("utf-8").startswith("乡村公路通到了家门口\n\n")


def test_explain_lists_every_dropped_line_with_its_reason():
    name = "text_save_simplified.txt"
    res = runner().invoke(cli, ["strip", "--explain", str(PAGES / name)], catch_exceptions=False)
    assert res.exit_code == 0
    err = res.stderr.splitlines()
    assert f"zhtext: explain: {PAGES / name}: [editor] 责任编辑：李可" in err
    assert any("[comments] 书虫小王" in line for line in err)
    assert any("[related] 高校图书馆" in line for line in err)
    assert "责任编辑" not in res.stdout


def test_lexicon_option(tmp_path):
    lex = tmp_path / "site.txt"
    lex.write_text("[promo]\n^扫码领取\n", "utf-8")
    page = tmp_path / "p.txt"
    page.write_text("标题在这里\n\n第一段正文写在这里，内容足够长，读起来像一句话。\n\n扫码领取优惠券\n\n"
                    "第二段正文也写在这里，同样有逗号，也有句号。\n", "utf-8")
    plain = runner().invoke(cli, ["strip", str(page)], catch_exceptions=False)
    assert "扫码领取" in plain.stdout
    res = runner().invoke(cli, ["strip", "--lexicon", str(lex), "--explain", str(page)], catch_exceptions=False)
    assert "扫码领取" not in res.stdout
    assert "[promo] 扫码领取优惠券" in res.stderr


def test_missing_lexicon_is_a_usage_error(tmp_path):
    res = runner().invoke(cli, ["strip", "--lexicon", str(tmp_path / "nope.txt"), str(PAGES / "text_one_paragraph.txt")])
    assert res.exit_code == 2


def test_no_article_is_a_warning_with_exit_0(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><div><a href='/'>首页</a> <a href='/b'>新闻</a></div></body></html>", "utf-8")
    res = runner().invoke(cli, ["strip", str(page)], catch_exceptions=False)
    assert res.exit_code == 0
    assert "warning" in res.stderr and "article" in res.stderr


def test_forced_encoding(tmp_path):
    page = tmp_path / "p.txt"
    page.write_bytes((PAGES / "text_big5_traditional.txt").read_bytes())
    res = runner().invoke(cli, ["strip", "--encoding", "big5", str(page)], catch_exceptions=False)
    assert res.exit_code == 0
    assert expected("text_big5_traditional.txt")["body"][0] in res.stdout


def test_check_reports_pages_that_are_not_clean_yet(tmp_path):
    page = tmp_path / "p.txt"
    page.write_bytes((PAGES / "text_spam_lines.txt").read_bytes())
    assert runner().invoke(cli, ["strip", "--check", str(page)]).exit_code == 1
    clean = tmp_path / "c.txt"
    clean.write_bytes((PAGES / "text_no_boilerplate.txt").read_bytes())
    assert runner().invoke(cli, ["strip", "--check", str(clean)]).exit_code == 0


def test_help_documents_warning_exit_code():
    res = runner().invoke(cli, ["strip", "--help"])
    assert res.exit_code == 0
    assert "--explain" in res.stdout and "--lexicon" in res.stdout and "warning" in res.stdout


JSONL_KEYS = ["text", "title", "date", "author", "source", "url", "path"]


def _pages(tmp_path, names=("html_news_simplified.html", "mhtml_qp_simplified.mht", "text_big5_traditional.txt")):
    for n in names:
        shutil.copy(PAGES / n, tmp_path / n)
    return [str(tmp_path / n) for n in names]


def test_jsonl_one_document_per_page_with_the_text_as_one_string(tmp_path):
    paths = _pages(tmp_path)
    res = runner().invoke(cli, ["strip", "--format", "jsonl", *paths], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["path"] for d in docs] == paths
    for doc, path in zip(docs, paths):
        assert list(doc) == JSONL_KEYS
        exp = expected(path)
        assert doc["text"] == "\n\n".join([exp["title"]] + exp["body"]) + "\n"
        assert doc["title"] == exp["title"]
    assert docs[1]["url"] == "http://example.com/news/1.html"  # the archive's Content-Location
    assert docs[0]["url"] == "" and docs[2]["url"] == ""


def test_jsonl_output_is_a_shard_every_command_reads(tmp_path):
    paths = _pages(tmp_path)
    res = runner().invoke(cli, ["strip", "--format", "jsonl", *paths], catch_exceptions=False)
    shard = tmp_path / "articles.jsonl"
    shard.write_text(res.stdout, "utf-8")
    docs = [json.loads(line) for line in res.stdout.splitlines()]

    converted = runner().invoke(cli, ["convert", "-c", "s2t", str(shard)], catch_exceptions=False)
    assert converted.exit_code == 0, converted.stderr
    out = [json.loads(line) for line in converted.stdout.splitlines()]
    assert out[0]["text"].startswith("城郊溼地公園") and out[0]["title"] == docs[0]["title"]  # only text changes
    assert [{k: v for k, v in d.items() if k != "text"} for d in out] == \
           [{k: v for k, v in d.items() if k != "text"} for d in docs]

    for command in (["normalize"], ["strip"], ["clean"]):
        again = runner().invoke(cli, [*command, str(shard)], catch_exceptions=False)
        assert again.exit_code == 0, (command, again.stderr)
        assert [json.loads(line)["text"] for line in again.stdout.splitlines()] == [d["text"] for d in docs]


def test_clean_jsonl_converts_the_title_and_text_together(tmp_path):
    paths = _pages(tmp_path, ("html_news_simplified.html",))
    res = runner().invoke(cli, ["clean", "-c", "s2tw", "--format", "jsonl", *paths], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert list(doc) == JSONL_KEYS
    assert doc["title"] == "城郊溼地公園開放首日迎來萬名遊客"
    assert doc["text"].startswith(doc["title"] + "\n\n新華社")


def test_jsonl_under_o_and_refused_with_rewrites(tmp_path):
    paths = _pages(tmp_path)
    out = tmp_path / "out"
    res = runner().invoke(cli, ["strip", "--format", "jsonl", "-j", "1", *paths, "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["html_news_simplified.jsonl", "mhtml_qp_simplified.jsonl",
                                                     "text_big5_traditional.jsonl"]
    for flag in ("--check", "--diff", "--in-place"):
        res = runner().invoke(cli, ["strip", "--format", "jsonl", flag, paths[0]])
        assert res.exit_code == 2 and "--format jsonl" in res.stderr
    res = runner().invoke(cli, ["clean", "--format", "jsonl", "--check", paths[0]])
    assert res.exit_code == 2


def test_jsonl_skips_shards_instead_of_nesting_documents(tmp_path):
    paths = _pages(tmp_path, ("html_news_simplified.html",))
    shard = tmp_path / "old.jsonl"
    shard.write_text('{"text": "旧文档"}\n', "utf-8")
    res = runner().invoke(cli, ["strip", "--format", "jsonl", "-j", "1", str(tmp_path), "-o", str(tmp_path / "out")],
                          catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    assert "skipped" in res.stderr and "old.jsonl" in res.stderr
    assert not (tmp_path / "out" / "old.jsonl").exists()
    assert (tmp_path / "out" / "html_news_simplified.jsonl").exists()


def test_clean_jsonl_title_is_the_first_line_of_its_text(tmp_path):
    paths = _pages(tmp_path, ("html_news_simplified.html",))
    res = runner().invoke(cli, ["clean", "-c", "s2t", "--indent", "fullwidth", "--format", "jsonl", *paths],
                          catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["title"] == "城郊溼地公園開放首日迎來萬名遊客"
    assert doc["text"].split("\n", 1)[0].strip() == doc["title"]
