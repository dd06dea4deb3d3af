"""The page unwrapping of ``benchmarks/collect_pages2.py`` (how a collected page is taken out of the file that holds it)
and the line numbering and gold of ``benchmarks/collect_textsaves.py``."""

import importlib.util
import json
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "collect_pages2.py"


def _load(path: Path):
    """A benchmark script as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def collect():
    return _load(_SCRIPT)


def test_py_bytes_gives_back_the_page_bytes(collect):
    page = '<html><head><meta charset="gb2312"><title>测试</title></head>\n<body><p>正文\'引号\'</p></body></html>'.encode("gb2312")
    saved = str(page).encode("ascii")  # what a crawler writes with str(response.content)
    assert saved.startswith(b"b")
    assert collect.unwrap(saved, "py-bytes") == page


def test_py_bytes_tolerates_a_trailing_newline(collect):
    assert collect.unwrap(str(b"<p>x</p>").encode() + b"\n", "py-bytes") == b"<p>x</p>"


def test_py_bytes_refuses_a_literal_that_is_not_bytes(collect):
    with pytest.raises(ValueError):
        collect.unwrap(b"'<p>x</p>'", "py-bytes")


def test_js_template_takes_the_text_between_backticks(collect):
    assert collect.unwrap(b"const page = `<p>a</p>`;\n", "js-template") == b"<p>a</p>"


def test_no_unwrap_keeps_the_bytes_and_an_unknown_one_is_an_error(collect):
    assert collect.unwrap(b"<p>a</p>", None) == b"<p>a</p>"
    with pytest.raises(ValueError):
        collect.unwrap(b"<p>a</p>", "zip")


def test_pickle_str_gives_back_the_pickled_page_as_utf8(collect):
    import pickle

    page = '<html><head><meta charset="utf-8"><title>通知</title></head><body><p>正文</p></body></html>'
    for protocol in (2, 3, 4, 5):
        assert collect.unwrap(pickle.dumps(page, protocol=protocol), "pickle-str") == page.encode("utf-8")


def test_pickle_str_refuses_anything_but_one_string_without_running_it(collect):
    import pickle

    with pytest.raises(ValueError):
        collect.unwrap(pickle.dumps(["<p>a</p>", "<p>b</p>"]), "pickle-str")
    with pytest.raises(ValueError):
        collect.unwrap(pickle.dumps(b"<p>a</p>"), "pickle-str")

    class Boom:
        def __reduce__(self):
            return (print, ("ran",))

    with pytest.raises(ValueError):  # a pickle that would call a function is refused, not loaded
        collect.unwrap(pickle.dumps(Boom()), "pickle-str")


def test_java_string_joins_the_named_literals_and_decodes_their_escapes(collect):
    source = (
        'class T {\n'
        '    private String other = "<p>x</p>";\n'
        '    private String html = "<p class=\\"a\\">\\u4e2d文</p>\\n" +\n'
        '            "<p>b\\\\c\\t</p>";\n'
        '}\n'
    ).encode("utf-8")
    assert collect.unwrap(source, "java-string:html") == '<p class="a">中文</p>\n<p>b\\c\t</p>'.encode("utf-8")
    assert collect.unwrap(source, "java-string:other") == b"<p>x</p>"


def test_java_string_refuses_a_missing_or_computed_value(collect):
    with pytest.raises(ValueError):
        collect.unwrap(b'String text = "<p>a</p>";', "java-string:html")
    with pytest.raises(ValueError):
        collect.unwrap(b'String html = "<p>" + body() + "</p>";', "java-string:html")


def test_js_template_escaped_decodes_the_escapes_of_a_one_line_page(collect):
    source = 'const html = `<html>\\n<p>\\x3Cb>甲\\u4e59\\u{4E19}</p>\\t</html>`\nrun(html)\n'.encode("utf-8")
    assert collect.unwrap(source, "js-template-escaped") == "<html>\n<p><b>甲乙丙</p>\t</html>".encode("utf-8")
    assert collect.unwrap(source, "js-template") == r"<html>\n<p>\x3Cb>甲\u4e59\u{4E19}</p>\t</html>".encode("utf-8")


_TEXTSAVES = _SCRIPT.with_name("collect_textsaves.py")


@pytest.fixture(scope="module")
def textsaves():
    return _load(_TEXTSAVES)


def test_text_save_lines_are_numbered_as_cat_numbers_them(textsaves):
    raw = "\ufeff首页 新闻\r\n\r\n标题\r\n正文\x0b续\n".encode("utf-8")
    lines = textsaves.save_lines(raw)
    assert lines[:4] == ["首页 新闻", "", "标题", "正文\x0b续"]  # a BOM and CRs aside, \x0b splits nothing
    assert len(lines) == 5  # the last newline ends line 4


def test_csv_column_gives_one_block_a_line(collect):
    # a block-segmentation dump: a header row, then one text block a row; quoted cells keep their commas
    table = '\ufeff,tag,content,label\n0,html body title ,"标题,副题",0\n1,html body p ,第一段,1\n2,html body a ,首页,0\n'
    assert collect.unwrap(table.encode("utf-8"), "csv-column:content") == "标题,副题\n第一段\n首页\n".encode("utf-8")
    with pytest.raises(ValueError):
        collect.unwrap(table.encode("utf-8"), "csv-column:text")


def test_text_save_gold_is_the_title_then_the_kept_lines(textsaves):
    raw = "导航\n\n# 标题\n\n  第一段  \n\n图片说明\n第二段\n责任编辑：某\n".encode("utf-8")
    row = {"title": "标题", "keep": "5-6,8"}
    assert textsaves.gold_text(raw, row) == "标题\n第一段\n第二段\n"


@pytest.mark.parametrize("manifest", ["textsaves_manifest.jsonl", "textsaves2_manifest.jsonl", "textsaves3_manifest.jsonl", "textsaves4_manifest.jsonl", "textsaves5_manifest.jsonl", "textsaves6_manifest.jsonl", "textsaves7_manifest.jsonl", "textsaves8_manifest.jsonl"])
def test_text_save_manifests_are_well_formed(manifest):
    import json
    import re

    rows = [json.loads(line) for line in (_SCRIPT.parent / manifest).read_text("utf-8").splitlines() if line.strip()]
    assert rows
    assert len({r["name"] for r in rows}) == len(rows)  # a name is a file name under original/ and gold/
    for r in rows:
        assert {"name", "repo", "commit", "path", "kind", "title", "keep"} <= r.keys(), r["name"]
        assert re.fullmatch(r"[0-9a-f]{40}", r["commit"]), r["name"]
        assert r["title"].strip() == r["title"] and r["title"], r["name"]
        last = 0
        for part in r["keep"].split(","):  # ascending, non-overlapping line ranges numbered from 1
            a, _, b = part.partition("-")
            lo, hi = int(a), int(b or a)
            assert last < lo <= hi, (r["name"], part)
            last = hi


_DUMP = (
    "-- a MySQL dump of a crawler's table\n"
    "INSERT INTO pages (id, url, html, note) VALUES (1, 'http://a.example/1', "
    "'<div class=\\\"wrap\\\">\\n<p>第一段，含\\'引号\\'和反斜杠\\\\</p></div>', NULL);\n"
    "INSERT INTO pages (id, url, html, note) VALUES (2, 'http://a.example/2', '<p>It''s 第二页, (括号)</p>', 'x');\n"
)


def test_sql_value_takes_the_column_of_the_insert_and_decodes_escapes(collect):
    data = _DUMP.encode("utf-8")
    assert collect.unwrap(data, "sql-value:0:2").decode("utf-8") == '<div class="wrap">\n<p>第一段，含\'引号\'和反斜杠\\</p></div>'
    assert collect.unwrap(data, "sql-value:1:2").decode("utf-8") == "<p>It's 第二页, (括号)</p>"
    assert collect.unwrap(data, "sql-value:1:1") == b"http://a.example/2"


def test_sql_value_refuses_a_missing_row_or_a_null_column(collect):
    data = _DUMP.encode("utf-8")
    with pytest.raises(ValueError):
        collect.unwrap(data, "sql-value:2:2")
    with pytest.raises(ValueError):
        collect.unwrap(data, "sql-value:0:3")


def test_ipynb_output_gives_the_printed_text_of_one_cell_output(collect):
    notebook = {"cells": [
        {"cell_type": "markdown", "source": ["# 说明"]},
        {"cell_type": "code", "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["\ufeff<html>\n", "<p>甲</p>\n", "</html>\n"]},
            {"output_type": "execute_result", "data": {"text/plain": "'<p>乙</p>'"}},
        ]},
    ]}
    data = json.dumps(notebook, ensure_ascii=False).encode("utf-8")
    assert collect.unwrap(data, "ipynb-output:1:0") == "\ufeff<html>\n<p>甲</p>\n</html>\n".encode("utf-8")
    assert collect.unwrap(data, "ipynb-output:1:1") == "'<p>乙</p>'".encode("utf-8")


def test_ipynb_output_refuses_an_output_without_text(collect):
    notebook = {"cells": [{"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBOR"}}]}]}
    with pytest.raises(ValueError):
        collect.unwrap(json.dumps(notebook).encode("utf-8"), "ipynb-output:0:0")
