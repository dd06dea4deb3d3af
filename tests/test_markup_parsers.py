"""The markup layer against real parsers: after converting the prose of a
generated document, markdown-it-py (CommonMark) and docutils still see the
same code, inline code, link and image destinations, raw HTML tags and
reference targets as before, and no reference loses its target."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.converters import Converter
from zhtext.converters.markup import convert_prose

# the parsers' view of a document: benchmarks/verify_markup.py's oracles (also run on real documents)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from verify_markup import html_invariants, markdown_invariants, rst_invariants  # noqa: E402

S2T = Converter("s2t")
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(["汉字", "简体", "发展", "干预", "中文", "说明", "网络", "头发", "后面", "x", "Python", "例子.中国"])
phrase = st.lists(words, min_size=1, max_size=4).map("".join)
path = st.lists(st.sampled_from(["汉", "发", "a", "文档", "img", "x_1"]), min_size=1, max_size=3).map("/".join)

md_inline = st.one_of(
    phrase,
    phrase.map(lambda p: f"`{p}`"),
    st.tuples(phrase, path).map(lambda t: f"[{t[0]}]({t[1]})"),
    st.tuples(phrase, path, phrase).map(lambda t: f'[{t[0]}]({t[1]} "{t[2]}")'),
    st.tuples(phrase, path).map(lambda t: f"![{t[0]}]({t[1]}.png)"),
    path.map(lambda p: f"<https://例子.中国/{p}>"),
    st.tuples(phrase, phrase).map(lambda t: f'<span class="{t[0]}" title="{t[1]}">{t[1]}</span>'),
    phrase.map(lambda p: f"[{p}]"),
    st.tuples(phrase, phrase).map(lambda t: f"[{t[0]}][{t[1]}]"),
    phrase.map(lambda p: f"**{p}**"),
    st.tuples(phrase, path).map(lambda t: f"[{t[0]}](<{t[1]} 空格.md>)"),
    phrase.map(lambda p: f"\\`{p}\\`"),
    phrase.map(lambda p: f"``{p} ` {p}``"),
    phrase.map(lambda p: f"<!-- {p} -->"),
    st.tuples(phrase, path).map(lambda t: f"[![{t[0]}]({t[1]}.svg)](https://x.org/{t[1]})"),
)
line = st.lists(md_inline, min_size=1, max_size=5).map(" ".join)
md_block = st.one_of(
    line,
    line.map(lambda t: f"## {t}"),
    st.tuples(st.sampled_from(["```", "~~~", "````"]), st.lists(line, max_size=3)).map(
        lambda t: "\n".join([t[0] + "py", *t[1], t[0]])),
    st.lists(line, min_size=1, max_size=3).map(lambda ls: "\n".join("    " + x for x in ls)),
    st.lists(line, min_size=1, max_size=3).map(lambda ls: "\n".join("- " + x for x in ls)),
    st.lists(line, min_size=1, max_size=2).map(lambda ls: "\n".join("> " + x for x in ls)),
    st.tuples(line, line).map(lambda t: f"| {t[0]} | 说明 |\n|---|---|\n| `{t[1]}` | {t[1]} |"),
    st.tuples(phrase, path).map(lambda t: f"[{t[0]}]: https://x.org/{t[1]}"),
    phrase.map(lambda p: f'<div class="{p}">\n{p}\n</div>'),
    phrase.map(lambda p: f"<!-- {p} -->"),
    st.tuples(line, line).map(lambda t: f"1. {t[0]}\n\n    {t[1]}"),
    st.tuples(line, line).map(lambda t: f"- {t[0]}\n\n      {t[1]}"),
    line.map(lambda t: f"{t}\n===="),
    st.tuples(phrase, path).map(lambda t: f"[{t[0]}]\n\n[{t[0]}]: /{t[1]}"),
)
markdown_docs = st.lists(md_block, min_size=1, max_size=6).map("\n\n".join)

@SETTINGS
@given(markdown_docs)
def test_markdown_parser_sees_the_same_code_links_and_tags(doc):
    out = convert_prose(doc, S2T, "markdown")
    assert markdown_invariants(out)[0] == markdown_invariants(doc)[0]


def test_markdown_prose_is_converted():
    doc = "# 简体标题\n\n[发展](发展) `发展` 发展\n\n```\n发展\n```\n"
    out = convert_prose(doc, S2T, "markdown")
    assert out == "# 簡體標題\n\n[發展](发展) `发展` 發展\n\n```\n发展\n```\n"


rst_inline = st.one_of(
    phrase,
    phrase.map(lambda p: f"``{p}``"),
    st.tuples(phrase, path).map(lambda t: f"`{t[0]} <https://x.org/{t[1]}>`_"),
    phrase.map(lambda p: f":code:`{p}`"),
    phrase.map(lambda p: f":strong:`{p}`"),
    phrase.map(lambda p: f"`{p}`_"),
    st.tuples(phrase, path).map(lambda t: f":ref:`{t[0]} <label-{len(t[1])}>`"),
    phrase.map(lambda p: f"|{p}|"),
    st.just("[#]_"),
    phrase.map(lambda p: f"`{p}`__"),
)
rst_line = st.lists(rst_inline, min_size=1, max_size=4).map(lambda xs: " ".join(xs) + " 。")
rst_block = st.one_of(
    rst_line,
    st.tuples(rst_line, st.lists(rst_line, min_size=1, max_size=2)).map(
        lambda t: t[0] + "::\n\n" + "\n".join("    " + x for x in t[1])),
    st.lists(rst_line, min_size=1, max_size=2).map(
        lambda ls: ".. code-block:: python\n\n" + "\n".join("   " + x for x in ls)),
    st.tuples(phrase, path).map(lambda t: f".. _{t[0]}: https://x.org/{t[1]}"),
    phrase.map(lambda p: f"{p}\n{'=' * (2 * len(p) + 2)}"),
    st.tuples(phrase, rst_line).map(lambda t: f".. note:: {t[0]}\n\n   {t[1]}"),
    phrase.map(lambda p: f".. |{p}| replace:: {p}"),
    rst_line.map(lambda x: f".. [#] {x}"),
    phrase.map(lambda p: f".. {p} 注释\n   {p}"),
    st.tuples(phrase, path).map(lambda t: f".. image:: {t[1]}.png\n   :alt: {t[0]}\n   :target: https://x.org/{t[1]}"),
    st.tuples(rst_line, rst_line).map(lambda t: f"{t[0]}\n\n::\n\n  {t[1]}"),
    path.map(lambda p: f"__ https://x.org/{p}"),
    phrase.map(lambda p: f".. _label-{len(p)}:\n\n{p}\n{'-' * (2 * len(p) + 2)}"),
)
rst_docs = st.lists(rst_block, min_size=1, max_size=5).map("\n\n".join)


@SETTINGS
@given(rst_docs)
def test_docutils_sees_the_same_literals_targets_and_references(doc):
    out = convert_prose(doc, S2T, "rst")
    assert rst_invariants(out)[0] == rst_invariants(doc)[0]


html_inline = st.one_of(
    phrase,
    st.tuples(phrase, phrase).map(lambda t: f'<a href="https://例子.中国/{t[0]}" title="{t[1]}">{t[1]}</a>'),
    st.tuples(phrase, phrase).map(lambda t: f"<img alt='{t[0]}' src='{t[1]}.png' data-note={t[0]}>"),
    phrase.map(lambda p: f"<code>{p}</code>"),
    phrase.map(lambda p: f"<kbd>{p}</kbd>"),
    phrase.map(lambda p: f"<!-- {p} -->"),
    phrase.map(lambda p: f'<span class="{p}" lang=zh>{p}</span>'),
    phrase.map(lambda p: f"<br/>{p}&amp;"),
)
html_block = st.one_of(
    st.lists(html_inline, min_size=1, max_size=4).map(lambda xs: "<p>" + "".join(xs) + "</p>"),
    phrase.map(lambda p: f"<script>var s = '{p}'; if (a < b) {{}}</script>"),
    phrase.map(lambda p: f"<style>/* {p} */ p::before {{ content: '{p}' }}</style>"),
    phrase.map(lambda p: f"<pre>{p}\n  <b>{p}</b></pre>"),
    phrase.map(lambda p: f"<title>{p}</title><meta name=description content='{p}'>"),
)
html_docs = st.lists(html_block, min_size=1, max_size=5).map("\n".join)


@SETTINGS
@given(html_docs)
def test_html_parser_sees_the_same_tags_attributes_and_code(doc):
    out = convert_prose(doc, S2T, "html")
    assert html_invariants(out)[0] == html_invariants(doc)[0]
