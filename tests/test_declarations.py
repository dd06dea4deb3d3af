"""Encoding declarations: found by file kind, rewritten to UTF-8, or refused."""

from __future__ import annotations

import pytest

from zhtext.converters.declarations import DeclarationError, declare_utf8, find_declarations

PY_GBK = "#!/usr/bin/env python\n# -*- coding: gbk -*-\nprint('你好')\n"


@pytest.mark.parametrize("name, text, expected", [
    ("a.py", PY_GBK, PY_GBK.replace("gbk", "utf-8")),
    ("a.py", "# coding=GB2312\nx = '中'\n", "# coding=UTF-8\nx = '中'\n"),
    ("a.py", "# vim: set fileencoding=big5 :\n", "# vim: set fileencoding=utf-8 :\n"),
    ("a.py", "\n# coding: gbk\n", "\n# coding: utf-8\n"),
    ("a.rb", "# encoding: gbk\nputs 1\n", "# encoding: utf-8\nputs 1\n"),
    ("script", "#!/usr/bin/python3\n# coding: gbk\n", "#!/usr/bin/python3\n# coding: utf-8\n"),
    ("page.html", '<head><meta charset="gb2312"></head>', '<head><meta charset="utf-8"></head>'),
    ("page.HTM", "<head><META CHARSET=GBK></head>", "<head><META CHARSET=UTF-8></head>"),
    ("page.html", "<meta charset='big5' />", "<meta charset='utf-8' />"),
    ("page.html",
     '<meta content="text/html; charset=gb2312" http-equiv="Content-Type">',
     '<meta content="text/html; charset=utf-8" http-equiv="Content-Type">'),
    ("page.xhtml",
     '<?xml version="1.0" encoding="GBK"?>\n<html><head><meta http-equiv="content-type" content="text/html;charset=GBK"/></head></html>',
     '<?xml version="1.0" encoding="UTF-8"?>\n<html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8"/></head></html>'),
    ("data.xml", "<?xml version='1.0' encoding='gb18030'?><a>中</a>", "<?xml version='1.0' encoding='utf-8'?><a>中</a>"),
    ("style.css", '@charset "GBK";\nbody { font-family: "宋体"; }\n', '@charset "UTF-8";\nbody { font-family: "宋体"; }\n'),
    (None, '<!DOCTYPE html>\n<html><meta charset="gbk">', '<!DOCTYPE html>\n<html><meta charset="utf-8">'),
])
def test_rewritten(name, text, expected):
    new, changed = declare_utf8(text, name)
    assert new == expected
    assert changed and all(text[d.start:d.end] == d.encoding for d in changed)
    # rewriting again changes nothing: every declaration now says UTF-8
    assert declare_utf8(new, name) == (new, [])


@pytest.mark.parametrize("name, text", [
    # not a declaration where the file is: content, not metadata
    ("notes.md", "# coding: gbk\n"),
    ("README.md", '```html\n<meta charset="gbk">\n```\n'),
    ("a.txt", '<meta charset="gbk">'),
    ("a.py", "x = 1\n# coding: gbk\n"),  # line 2 after code: Python ignores it
    ("a.py", "x = 1\ny = 2\n# coding: gbk\n"),  # line 3
    ("a.html", '<!-- <meta charset="gbk"> --><script>"<meta charset=gbk>"</script>'),
    ("a.html", '<body><p>write &lt;meta charset="gbk"&gt;</p><meta charset="gbk"></body>'),
    ("a.css", 'body {}\n@charset "gbk";'),  # not at the start: not a declaration
    ("a.xml", ' <?xml version="1.0" encoding="gbk"?>'),
    # already UTF-8 in any spelling
    ("a.py", "# -*- coding: utf8 -*-\n"),
    ("a.html", '<meta charset="UTF-8">'),
    ("a.xml", '<?xml version="1.0"?><a/>'),
])
def test_left_alone(name, text):
    assert declare_utf8(text, name) == (text, [])


@pytest.mark.parametrize("name, text", [
    ("a.html", '<meta charset="{{ encoding }}">'),
    ("a.php", '<meta charset="<?= $enc ?>">'),
    ("a.html", '<meta http-equiv="Content-Type" content="text/html; charset=${enc}">'),
    ("a.xml", '<?xml version="1.0" encoding="%ENC%"?>'),
])
def test_unsafe_declarations_are_refused(name, text):
    with pytest.raises(DeclarationError, match="line 1"):
        declare_utf8(text, name)


def test_find_reports_kind_line_and_name():
    text = '<html>\n<head>\n<meta charset="gb2312">\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    found = find_declarations(text, "x.html")
    assert [(d.kind, d.encoding, d.line) for d in found] == [
        ("meta-charset", "gb2312", 3), ("http-equiv", "gbk", 4),
    ]


def test_python_reads_the_rewritten_file_right():
    utf8_under_old_cookie = PY_GBK.encode("utf-8")
    try:  # the bug: UTF-8 bytes under a GBK cookie fail or read as other characters
        assert "你好" not in compile(utf8_under_old_cookie, "a.py", "exec").co_consts
    except SyntaxError:
        pass
    new, _ = declare_utf8(PY_GBK, "a.py")
    assert "你好" in compile(new.encode("utf-8"), "a.py", "exec").co_consts
