"""cli/batch/lint.py: findings, the first changed position and the four --format spellings."""

from __future__ import annotations

import json

import pytest

from zhtext.cli.batch.lint import FORMATS, Finding, file_finding, first_change, format_finding, safe_name


@pytest.mark.parametrize("old,new,expected", [
    ("abc", "abc!", (1, 4)),
    ("abc", "abd", (1, 3)),
    ("第一行\n第二行  \n", "第一行\n第二行\n", (2, 4)),
    ("x\n\ny", "x\n\nz", (3, 1)),
    ("", "a", (1, 1)),
    ("好" * 5000 + "\n" + "中a", "好" * 5000 + "\n" + "中 a", (2, 2)),
])
def test_first_change(old, new, expected):
    assert first_change(old, new) == expected


def test_file_finding_without_texts_is_line_1_column_1():
    assert file_finding("recode") == Finding(1, 1, "recode", "would change this file")
    assert file_finding("normalize", "a \n", "a\n") == Finding(1, 2, "normalize",
                                                               "would change this file (first change here)")


def test_the_four_formats():
    f = Finding(3, 7, "fullwidth-punctuation", "use full-width punctuation: ',' -> '，'")
    assert format_finding("gcc", "docs/a.md", f) == \
        "docs/a.md:3:7: fullwidth-punctuation: use full-width punctuation: ',' -> '，'"
    assert format_finding("text", "docs/a.md", f) == \
        "  docs/a.md:3:7: fullwidth-punctuation: use full-width punctuation: ',' -> '，'"
    assert json.loads(format_finding("json", "docs/a.md", f)) == {
        "file": "docs/a.md", "line": 3, "column": 7, "rule": "fullwidth-punctuation",
        "message": "use full-width punctuation: ',' -> '，'"}
    assert format_finding("github", "docs/a,b:c.md", f) == (
        "::warning file=docs/a%2Cb%3Ac.md,line=3,col=7,title=fullwidth-punctuation::"
        "use full-width punctuation: ',' -> '，'")
    assert set(FORMATS) == {"text", "gcc", "json", "github"}


def test_github_escapes_the_message_and_every_format_is_one_line():
    f = Finding(1, 1, "r", "100% sure\nsecond line\r")
    assert format_finding("github", "a", f) == "::warning file=a,line=1,col=1,title=r::100%25 sure%0Asecond line%0D"
    for fmt in FORMATS:
        assert "\n" not in format_finding(fmt, "a", f)


def test_undecodable_names_are_escaped_like_stderr():
    name = "bad\udcff.txt"
    assert safe_name(name) == "bad\\udcff.txt"
    for fmt in FORMATS:
        line = format_finding(fmt, name, Finding(1, 1, "r", "m"))
        line.encode("utf-8")  # strict: no lone surrogate reaches the output
        assert "\\udcff" in line
