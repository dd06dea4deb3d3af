"""zhtext.converters.whitespace: every rule and option, in each profile."""

from __future__ import annotations

import csv
import io
import json

import pytest

from zhtext.converters.whitespace import Normalizer, dominant_eol, normalize, profile_for_path

FW = "\u3000"  # ideographic space
UNUSUAL = ["\u00a0", "\u1680", *(chr(c) for c in range(0x2000, 0x200B)), "\u202f", "\u205f"]
INVISIBLE = ["\ufeff", "\u200b", "\u2060"]


def text(s, **kw):
    return normalize(s, profile="text", **kw)


def md(s, **kw):
    return normalize(s, profile="markdown", **kw)


def minimal(s, **kw):
    return normalize(s, profile="minimal", **kw)


# -- profile by file name ------------------------------------------------------


@pytest.mark.parametrize("name, profile", [
    ("notes.txt", "text"), ("NOTES.TXT", "text"), ("a/b/page.text", "text"),
    ("README.md", "markdown"), ("guide.Markdown", "markdown"), ("page.mdx", "markdown"),
    ("config.yaml", "minimal"), ("data.json", "minimal"), ("table.csv", "minimal"),
    ("script.py", "minimal"), ("Makefile", "minimal"), ("archive.txt.bak", "minimal"),
    (None, "text"), ("-", "text"),
])
def test_profile_for_path(name, profile):
    assert profile_for_path(name) == profile


def test_bad_options_are_value_errors():
    for kw in ({"profile": "html"}, {"eol": "cr"}, {"indent": "tabs"},
               {"max_blank_lines": -1}, {"paragraphs": "double"}):
        with pytest.raises(ValueError):
            normalize("字\n", **kw)


# -- step 1: line endings --------------------------------------------------------


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_crlf_and_cr_become_lf(norm):
    assert norm("第一行\r\n第二行\r第三行\n") == "第一行\n第二行\n第三行\n"


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_eol_crlf(norm):
    assert norm("甲\n乙\r\n丙", eol="crlf") == "甲\r\n乙\r\n丙\r\n"


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_eol_keep_uses_the_dominant_style(norm):
    assert norm("甲\r\n乙\r\n丙\n", eol="keep") == "甲\r\n乙\r\n丙\r\n"
    assert norm("甲\n乙\n丙\r\n", eol="keep") == "甲\n乙\n丙\n"
    assert norm("甲\r乙\r丙", eol="keep") == "甲\r乙\r丙\r"
    assert norm("甲\r\n乙\n", eol="keep") == "甲\n乙\n"  # a tie goes to LF
    assert norm("没有换行", eol="keep") == "没有换行\n"


def test_dominant_eol():
    assert dominant_eol("a\r\nb\r\nc\n") == "crlf"
    assert dominant_eol("a\rb\rc\r\n") == "cr"
    assert dominant_eol("") == "lf"


def test_crlf_file_in_all_profiles():
    src = "  第一段文字。  \r\n\r\n\r\n\r\n  第二段 text  here。\r\n"
    assert text(src) == "第一段文字。\n\n第二段 text here。\n"
    assert md(src) == "  第一段文字。  \n\n  第二段 text  here。\n"
    assert minimal(src) == "  第一段文字。\n\n\n\n  第二段 text  here。\n"


# -- step 2: invisible characters ------------------------------------------------


@pytest.mark.parametrize("ch", INVISIBLE)
def test_invisible_characters_are_removed_anywhere(ch):
    src = f"{ch}开头{ch}中间{ch}结尾{ch}\n"
    assert text(src) == "开头中间结尾\n"
    assert md(src) == "开头中间结尾\n"


def test_bom_in_the_middle():
    src = "\ufeff第一个文件\n\ufeff第二个文件接在后面\n"
    assert text(src) == "第一个文件\n第二个文件接在后面\n"
    assert md(src) == "第一个文件\n第二个文件接在后面\n"
    # minimal: only the BOM at the very start goes
    assert minimal(src) == "第一个文件\n\ufeff第二个文件接在后面\n"


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_zero_width_joiners_stay(norm):
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    src = f"表情{family}和\u200c连字\n"
    assert norm(src) == src


def test_minimal_keeps_invisible_characters_after_the_start():
    src = "key: 值\u200b\u2060\n"
    assert minimal("\ufeff\ufeff" + src) == src


# -- step 3: unusual spaces --------------------------------------------------------


@pytest.mark.parametrize("ch", UNUSUAL)
def test_unusual_spaces_become_ascii_space(ch):
    assert text(f"中文{ch}English{ch}混排\n") == "中文 English 混排\n"
    assert md(f"中文{ch}English{ch}混排\n") == "中文 English 混排\n"
    assert minimal(f"中文{ch}English\n") == f"中文{ch}English\n"


def test_ideographic_space_stays_inside_a_line_only():
    assert text(f"{FW}{FW}春天{FW}来了{FW}\n") == f"春天{FW}来了\n"
    assert text(f"春天{FW}{FW}来了\n") == f"春天{FW}{FW}来了\n"


def test_nbsp_runs_collapse_like_spaces():
    assert text("甲\u00a0\u00a0 乙\n") == "甲 乙\n"


# -- step 4: trailing whitespace ------------------------------------------------------


@pytest.mark.parametrize("tail", [" ", "   ", "\t", " \t ", FW, f" {FW}\t", "\u00a0 "])
def test_trailing_whitespace_is_removed(tail):
    assert text(f"句子。{tail}\n下一句{tail}") == "句子。\n下一句\n"
    assert minimal(f"句子。{tail}\n下一句{tail}") == "句子。\n下一句\n"


def test_markdown_keeps_a_two_space_hard_break():
    assert md("第一行  \n第二行\n") == "第一行  \n第二行\n"
    assert md("第一行     \n第二行\n") == "第一行  \n第二行\n"
    assert md("第一行 \n第二行\n") == "第一行\n第二行\n"
    assert md("第一行  \t\n第二行\n") == "第一行\n第二行\n"
    assert md(f"第一行{FW}  \n第二行\n") == "第一行  \n第二行\n"
    # not after text: a whitespace-only line is blank
    assert md("甲\n   \n乙\n") == "甲\n\n乙\n"


# -- step 5: indentation ----------------------------------------------------------------


HTML_SAVE = (
    "                  新闻标题\n"
    "                  第一段正文，从网页源码带来了十八个空格。\n"
    "\t\t第二段用制表符缩进。\n"
    f"{FW}{FW}第三段用全角空格缩进。\n"
)


def test_indent_strip_is_the_default():
    assert text(HTML_SAVE) == (
        "新闻标题\n第一段正文，从网页源码带来了十八个空格。\n第二段用制表符缩进。\n第三段用全角空格缩进。\n"
    )


def test_indent_fullwidth():
    out = text(HTML_SAVE + "\n\n", indent="fullwidth")
    assert out == "".join(f"{FW}{FW}{line}\n" for line in [
        "新闻标题", "第一段正文，从网页源码带来了十八个空格。", "第二段用制表符缩进。", "第三段用全角空格缩进。",
    ])
    # blank lines stay empty
    assert text(f"甲\n \n{FW}\n乙", indent="fullwidth", max_blank_lines=2) == f"{FW}{FW}甲\n\n\n{FW}{FW}乙\n"
    # exactly two, however many there were
    assert text(f"{FW}{FW}{FW} 甲\n乙\n", indent="fullwidth") == f"{FW}{FW}甲\n{FW}{FW}乙\n"


def test_indent_keep():
    src = f"  甲  乙\n\t丙\n{FW}{FW}丁\n"
    assert text(src, indent="keep") == f"  甲 乙\n\t丙\n{FW}{FW}丁\n"


def test_markdown_and_minimal_leave_indentation():
    src = f"- 列表\n    - 嵌套  项目\n\n        缩进代码\n{FW}{FW}全角缩进\n"
    for indent in ("strip", "fullwidth", "keep"):
        assert md(src, indent=indent) == src
        assert minimal(src, indent=indent) == src


# -- step 6: runs of spaces ------------------------------------------------------------------


def test_runs_of_spaces_inside_a_line_become_one():
    assert text("Python   是一种   programming language。\n") == "Python 是一种 programming language。\n"
    assert text("甲\t\t乙\n") == "甲\t\t乙\n"  # tabs inside a line are not spaces
    assert text("甲\t  乙\n") == "甲\t 乙\n"


def test_inner_spaces_untouched_in_markdown_and_minimal():
    src = "| 列一 |   列二   |\n|------|----------|\n| 甲   | 乙       |\n"
    assert md(src) == src
    assert minimal(src) == src


# -- step 7: blank lines and the final newline -----------------------------------------------


@pytest.mark.parametrize("norm", [text, md])
@pytest.mark.parametrize("limit", [0, 1, 2, 3])
def test_max_blank_lines(norm, limit):
    src = "\n\n\n甲\n\n\n\n\n乙\n\n丙\n\n\n\n\n\n"
    out = norm(src, max_blank_lines=limit)
    gaps = [min(4, limit), min(1, limit)]
    assert out == "甲\n" + "\n" * gaps[0] + "乙\n" + "\n" * gaps[1] + "丙\n"


def test_minimal_keeps_blank_lines_except_at_the_end():
    src = "\n\n甲\n\n\n\n乙\n\n\n"
    assert minimal(src) == "\n\n甲\n\n\n\n乙\n"
    assert minimal(src, max_blank_lines=0, paragraphs="blank") == "\n\n甲\n\n\n\n乙\n"


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_final_newline(norm):
    assert norm("最后一行没有换行") == "最后一行没有换行\n"
    assert norm("最后一行\n\n\n\n") == "最后一行\n"
    assert norm("最后一行\r\n  \r\n\t\r\n") == "最后一行\n"


@pytest.mark.parametrize("norm", [text, md, minimal])
@pytest.mark.parametrize("src", ["", "   ", "\n\n\n", " \t \n  \n", "\r\n\r\n", f"{FW}\n", "\ufeff"])
def test_empty_and_whitespace_only_become_empty(norm, src):
    assert norm(src) == ""


def test_only_invisible_text_becomes_empty():
    assert text("\u200b\n\u2060\n\ufeff") == ""


def test_paragraphs_blank():
    src = "第一段。\n第二段。\n\n\n\n第三段。\n"
    assert text(src, paragraphs="blank") == "第一段。\n\n第二段。\n\n第三段。\n"
    assert text(src, paragraphs="blank", max_blank_lines=0) == "第一段。\n\n第二段。\n\n第三段。\n"
    assert md(src, paragraphs="blank") == "第一段。\n\n第二段。\n\n第三段。\n"
    assert minimal(src, paragraphs="blank") == src
    assert text("独一段", paragraphs="blank", indent="fullwidth") == f"{FW}{FW}独一段\n"


# -- never changed --------------------------------------------------------------------------


@pytest.mark.parametrize("norm", [text, md, minimal])
def test_characters_forms_and_punctuation_never_change(norm):
    # full-width Latin and digits, half-width katakana, CJK compatibility
    # ideographs (NFC/NFKC would rewrite them), punctuation of both widths
    src = ("ＡＢＣ１２３ ABC123 ｶﾀｶﾅ \uf900\uf901\U0002F800 "
           "，。！？「」『』（）《》 ,.!?()[] 〜～ —— …… ﹏\n")
    assert norm(src) == src


def test_mixed_chinese_and_english_text():
    src = (
        "\ufeff    Zhtext 是一个  command-line 工具，\u00a0用来处理中文文本。   \r\n"
        "\r\n\r\n\r\n"
        "    它支持 UTF-8、GB18030 和 Big5\u200b 等编码。\r\n"
    )
    assert text(src) == (
        "Zhtext 是一个 command-line 工具， 用来处理中文文本。\n\n"
        "它支持 UTF-8、GB18030 和 Big5 等编码。\n"
    )


# -- markdown: fenced code ------------------------------------------------------------------------


CODE = "def  f(x):  \n\n\n\n    return x\u00a0 \u200b\t\n\ufeff\n"


def test_fenced_code_keeps_trailing_spaces_and_blank_lines():
    src = f"# 标题  \n\n\n\n说明文字：  \n\n```python  \n{CODE}```  \n\n\n\n后记\u200b\n"
    assert md(src) == f"# 标题  \n\n说明文字：  \n\n```python\n{CODE}```\n\n后记\n"


def test_fenced_code_crlf_only_line_endings_change():
    src = "前言\r\n~~~\r\ncode  \r\n\r\n\r\n  tail\t\r\n~~~\r\n"
    assert md(src) == "前言\n~~~\ncode  \n\n\n  tail\t\n~~~\n"
    assert md(src, eol="crlf") == src


def test_fence_length_and_character_rules():
    # a shorter fence or the other character does not close the block
    src = "````\n```\n  里面  \n~~~\n\n\n````\n外面  \n"
    assert md(src) == src
    # a backtick fence line whose info string has a backtick is not a fence
    assert md("```不是`代码块\n  甲  \n\n\n\n乙\n") == "```不是`代码块\n  甲  \n\n乙\n"
    # the closing fence may be longer, and indented
    assert md("~~~\n甲  \n\n\n  ~~~~~  \n乙  \n") == "~~~\n甲  \n\n\n  ~~~~~\n乙  \n"


def test_fences_in_lists_and_quotes():
    src = "1. 步骤：\n   ```sh\n   make   \n\n\n   ```\n> ```\n> 引用  \n> ```\n"
    assert md(src) == src


def test_unclosed_fence_runs_to_the_end():
    src = "正文\n```\n代码  \n\n\n\n还是代码\u200b  \n"
    assert md(src) == src
    assert md(src + "\n\n\n") == src


def test_fence_recognized_after_removing_invisible_characters():
    # idempotence: what is a fence after cleaning is a fence the first time
    src = "\u200b```\n代码  \n\n\n```\n"
    assert md(src) == "```\n代码  \n\n\n```\n"


def test_paragraphs_blank_does_not_touch_code():
    src = "甲\n```\n一\n二\n```\n乙\n丙\n"
    assert md(src, paragraphs="blank") == "甲\n\n```\n一\n二\n```\n\n乙\n\n丙\n"
    assert md("```\n```\n", paragraphs="blank") == "```\n```\n"


# -- minimal keeps files that mean something by their whitespace -------------------------------


YAML_SRC = (
    "\ufeff# 配置文件  \r\n"
    "name: 中文站点   \r\n"
    "tags:\r\n"
    "  - 新闻\t\r\n"
    "  - 体育\r\n"
    "\r\n"
    "nested:\r\n"
    "    deep:\r\n"
    "        value: 123   \r\n"
    "description: |\r\n"
    "  第一行\r\n"
    "\r\n"
    "  第三行\r\n"
    "\r\n\r\n\r\n"
)


def test_yaml_stays_valid_and_equal():
    yaml = pytest.importorskip("yaml")
    out = minimal(YAML_SRC)
    assert yaml.safe_load(out) == {
        "name": "中文站点",
        "tags": ["新闻", "体育"],
        "nested": {"deep": {"value": 123}},
        "description": "第一行\n\n第三行\n",
    }
    # (the trailing tab made the input itself unreadable for PyYAML)
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(YAML_SRC)
    assert "    deep:\n        value: 123\n" in out


PYTHON_SRC = (
    "def 问候(名字):   \r\n"
    "\tif 名字:\t\r\n"
    "\t\treturn f'你好，{名字}'  \r\n"
    "\r\n"
    "\r\n"
    "\r\n"
    "class A:\r\n"
    "    x = '''多行\r\n"
    "    字符串'''\r\n"
)


def test_python_still_compiles_with_its_indentation():
    out = minimal(PYTHON_SRC)
    compile(out, "example.py", "exec")
    assert "\t\treturn f'你好，{名字}'\n\n\n\nclass A:\n" in out
    namespace: dict = {}
    exec(compile(out, "example.py", "exec"), namespace)
    assert namespace["问候"]("世界") == "你好，世界"


def test_makefile_recipe_tabs_survive():
    src = "all: build  \r\n\r\nbuild:\r\n\t@echo 构建  \r\n\t$(CC) -o app main.c\r\n\r\n\r\n.PHONY: all build\r\n"
    out = minimal(src)
    assert out == "all: build\n\nbuild:\n\t@echo 构建\n\t$(CC) -o app main.c\n\n\n.PHONY: all build\n"


def test_json_and_csv_unchanged_in_meaning():
    data = '{\r\n  "名字": "张三",  \r\n  "城市": "北京"\r\n}'
    assert json.loads(minimal(data)) == json.loads(data)
    table = "城市,人口\r\n北京,2100\r\n上海,2400\r\n"
    assert list(csv.reader(io.StringIO(minimal(table)))) == list(csv.reader(io.StringIO(table)))


# -- idempotence on the examples ------------------------------------------------------------------


EXAMPLES = [HTML_SAVE, YAML_SRC, PYTHON_SRC, CODE, "  a  \r\n\r\n\r\nb", "```\n  x  \n\n\n"]


@pytest.mark.parametrize("src", EXAMPLES)
@pytest.mark.parametrize("profile", ["text", "markdown", "minimal"])
@pytest.mark.parametrize("opts", [
    {}, {"indent": "fullwidth"}, {"indent": "keep"}, {"eol": "crlf"}, {"eol": "keep"},
    {"max_blank_lines": 0}, {"max_blank_lines": 3}, {"paragraphs": "blank"},
])
def test_idempotent_on_examples(src, profile, opts):
    once = normalize(src, profile=profile, **opts)
    assert normalize(once, profile=profile, **opts) == once


# -- Normalizer: incremental use --------------------------------------------------------------------


def test_normalizer_feed_and_finish():
    n = Normalizer(profile="text")
    out = n.feed("  第一段\r") + n.feed("\n\n\n  第二") + n.feed("段  ") + n.finish()
    assert out == "第一段\n\n第二段\n"
    assert n.finish() == ""
    with pytest.raises(ValueError):
        n.feed("更多")
