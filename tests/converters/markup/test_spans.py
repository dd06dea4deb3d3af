"""The markup layer: kept spans and prose runs for every construct, in a
converting rule (OpenCC s2t) and a marker rule, plus properties.

In the table, "汉" is the one character s2t changes (to "漢"); everything
else that s2t would change ("国" in 例子.中国) stands only where it must be
kept.  The marker rule replaces "汉" with "§", so its expected output is the
s2t one with "漢" written as "§".
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtext.converters import Converter
from zhtext.converters.markup import (
    FORMATS, Protect, apply_rule, convert_prose, markup_for_path, resolve_markup, script_boundary, split,
)

S2T = Converter("s2t")


def marker(text: str) -> str:
    return text.replace("汉", "§")


CASES = [
    # -- Markdown -------------------------------------------------------
    ("markdown", "# 汉字\n\n汉字是中文。\n", "# 漢字\n\n漢字是中文。\n"),
    ("markdown", "```python\nprint('汉')\n```\n汉\n", "```python\nprint('汉')\n```\n漢\n"),
    ("markdown", "~~~ 汉\n汉\n~~~\n\n汉", "~~~ 汉\n汉\n~~~\n\n漢"),
    ("markdown", "````\n```\n汉\n```\n````\n汉", "````\n```\n汉\n```\n````\n漢"),
    ("markdown", "> ```\n> 汉\n> ```\n> 汉", "> ```\n> 汉\n> ```\n> 漢"),
    ("markdown", "- 汉\n  ```\n  汉\n  ```\n", "- 漢\n  ```\n  汉\n  ```\n"),
    ("markdown", "```\n汉 unclosed\n", "```\n汉 unclosed\n"),
    ("markdown", "汉\n\n    汉 = 1\n\n汉\n", "漢\n\n    汉 = 1\n\n漢\n"),
    ("markdown", "\t汉()\n", "\t汉()\n"),
    ("markdown", "- 汉\n\n    汉的文字\n", "- 漢\n\n    漢的文字\n"),
    ("markdown", "1. 汉\n\n        汉()\n", "1. 漢\n\n        汉()\n"),
    ("markdown", "- 汉\n\n```\n```\n\n    汉()", "- 漢\n\n```\n```\n\n    汉()"),  # a fence ends the list
    ("markdown", "汉`汉`汉 ``a`汉`` 汉", "漢`汉`漢 ``a`汉`` 漢"),
    ("markdown", "汉 `汉\n汉` 汉", "漢 `汉\n汉` 漢"),
    ("markdown", "汉 `汉\n\n汉", "漢 `漢\n\n漢"),  # no closing backtick: prose
    ("markdown", '[汉](wiki/汉 "汉")', '[漢](wiki/汉 "漢")'),
    ("markdown", "[汉](<a 汉.md>) [汉](a_(汉))", "[漢](<a 汉.md>) [漢](a_(汉))"),
    ("markdown", "![汉](img/汉.png 'a 汉')", "![漢](img/汉.png 'a 漢')"),
    ("markdown", "[![汉](img/汉.svg)](https://例子.中国/汉)", "[![漢](img/汉.svg)](https://例子.中国/汉)"),
    ("markdown", "[汉 `汉`](x)", "[漢 `汉`](x)"),
    ("markdown", "[汉][汉]\n\n[汉]: /汉\n", "[漢][汉]\n\n[汉]: /汉\n"),
    ("markdown", "[汉][] 和 [汉]\n\n[汉]: /汉 '汉'\n", "[汉][] 和 [汉]\n\n[汉]: /汉 '漢'\n"),
    ("markdown", "[汉] 未定", "[漢] 未定"),
    ("markdown", "汉[^汉]\n\n[^汉]: 汉\n", "漢[^汉]\n\n[^汉]: 漢\n"),
    ("markdown", "\\[汉](x)", "\\[漢](x)"),
    ("markdown", "<https://例子.中国/汉> <a@例子.中国> 汉", "<https://例子.中国/汉> <a@例子.中国> 漢"),
    ("markdown", '<span title="汉" class="汉" data-x=汉>汉</span>',
     '<span title="漢" class="汉" data-x=汉>漢</span>'),
    ("markdown", '<img src="汉.png" alt="汉">', '<img src="汉.png" alt="漢">'),
    ("markdown", "汉<!-- 汉 -->汉", "漢<!-- 汉 -->漢"),
    ("markdown", "<script>var a = '汉';</script>\n\n汉", "<script>var a = '汉';</script>\n\n漢"),
    ("markdown", "<kbd>汉</kbd> <pre>\n汉\n</pre>", "<kbd>汉</kbd> <pre>\n汉\n</pre>"),
    ("markdown", "---\n汉: 汉\n列表:\n  - 汉\n'汉 名': \"汉\"\n---\n汉\n",
     "---\n汉: 漢\n列表:\n  - 漢\n'汉 名': \"漢\"\n---\n漢\n"),
    ("markdown", '+++\n汉 = "汉"\n"汉" = "汉"\n[汉]\n+++\n汉', '+++\n汉 = "漢"\n"汉" = "漢"\n[汉]\n+++\n漢'),
    ("markdown", "| 汉 | `汉` |\n|---|---|\n| 汉 | [汉](汉) |\n", "| 漢 | `汉` |\n|---|---|\n| 漢 | [漢](汉) |\n"),
    # a link to a heading's anchor converts with the heading; an explicit id stays
    ("markdown", "# 汉字 文字\n\n[汉](#汉字-文字) [汉](#汉字文字) [汉](#%E6%B1%89%E5%AD%97-文字) [汉](#汉)\n",
     "# 漢字 文字\n\n[漢](#漢字-文字) [漢](#漢字文字) [漢](#%E6%B1%89%E5%AD%97-文字) [漢](#汉)\n"),
    ("markdown", "汉字\n---\n\n## 汉 {#汉}\n\n[汉](#汉字) [汉](#汉)", "漢字\n---\n\n## 漢 {#汉}\n\n[漢](#漢字) [漢](#汉)"),
    ("markdown", "汉{{ site.汉 }}汉{% include 汉.html %}汉{{< ref \"汉.md\" >}}", "漢{{ site.汉 }}漢{% include 汉.html %}漢{{< ref \"汉.md\" >}}"),
    ("markdown", "{汉} {{汉\n汉}}", "{漢} {{漢\n漢}}"),
    ("markdown", "汉 https://zh.wikipedia.org/wiki/汉 汉", "漢 https://zh.wikipedia.org/wiki/汉 漢"),
    ("markdown", "汉<!-- zhtext: off -->\n汉\n<!-- zhtext: on -->汉", "漢<!-- zhtext: off -->\n汉\n<!-- zhtext: on -->漢"),
    ("markdown", "<!-- ZHTEXT: OFF -->\n汉", "<!-- ZHTEXT: OFF -->\n汉"),
    # -- HTML -----------------------------------------------------------
    ("html", '<p title="汉" data-x="汉" class=汉>汉</p>', '<p title="漢" data-x="汉" class=汉>漢</p>'),
    ("html", "<title>汉</title><script>s='汉'</script><style>/*汉*/</style>汉",
     "<title>漢</title><script>s='汉'</script><style>/*汉*/</style>漢"),
    ("html", "<pre>汉<b>汉</b></pre><code>汉</code><samp>汉</samp>汉", "<pre>汉<b>汉</b></pre><code>汉</code><samp>汉</samp>漢"),
    ("html", "<!DOCTYPE html><!-- 汉 --><?php 汉 ?><![CDATA[汉]]>汉", "<!DOCTYPE html><!-- 汉 --><?php 汉 ?><![CDATA[汉]]>漢"),
    ("html", "<img alt=汉 src='汉.png' title='汉'>", "<img alt=漢 src='汉.png' title='漢'>"),
    ("html", '<a href="https://例子.中国/汉" data-title="汉">汉</a>', '<a href="https://例子.中国/汉" data-title="汉">漢</a>'),
    ("html", '<汉字>汉 a < b', '<漢字>漢 a < b'),  # not a tag
    ("html", "<p>{{ 汉 }}汉{% if 汉 %}</p>", "<p>{{ 汉 }}漢{% if 汉 %}</p>"),
    # as a browser reads a real page: a stray quote belongs to a name, a value may hold tags
    ("html", '<meta content="汉"汉"汉"">汉<a data-x="<b class=\'汉\'>汉</b>" title="汉">汉</a>',
     '<meta content="汉"汉"汉"">漢<a data-x="<b class=\'汉\'>汉</b>" title="漢">漢</a>'),
    ("html", "汉<!--zhtext: off-->汉<!--zhtext: on-->汉", "漢<!--zhtext: off-->汉<!--zhtext: on-->漢"),
    # -- reStructuredText -------------------------------------------------
    ("rst", "汉\n==\n\n汉::\n\n    汉\n\n汉\n", "漢\n==\n\n漢::\n\n    汉\n\n漢\n"),
    ("rst", "汉\n\n::\n\n  汉\n  汉\n\n汉", "漢\n\n::\n\n  汉\n  汉\n\n漢"),
    ("rst", ".. code-block:: python\n   :caption: 汉\n\n   汉\n\n汉\n", ".. code-block:: python\n   :caption: 汉\n\n   汉\n\n漢\n"),
    ("rst", ".. code:: 汉\n\n   汉\n.. sourcecode::\n\n   汉\n", ".. code:: 汉\n\n   汉\n.. sourcecode::\n\n   汉\n"),
    ("rst", ".. note:: 汉\n   :class: 汉\n\n   汉\n", ".. note:: 漢\n   :class: 汉\n\n   漢\n"),
    ("rst", ".. image:: img/汉.png\n   :alt: 汉\n   :target: 汉\n", ".. image:: img/汉.png\n   :alt: 漢\n   :target: 汉\n"),
    ("rst", "汉 ``汉`` 汉", "漢 ``汉`` 漢"),
    # a reference converts with the title or link text it names, and stays with an explicit target
    ("rst", "`汉 <https://例子.中国/汉>`_ 和 `汉`_ 和 汉_", "`漢 <https://例子.中国/汉>`_ 和 `漢`_ 和 漢_"),
    ("rst", "汉字\n====\n\n和 `汉字`_ 和 `汉`__\n\n__ https://x.org/汉\n",
     "漢字\n====\n\n和 `漢字`_ 和 `漢`__\n\n__ https://x.org/汉\n"),
    ("rst", ".. _汉: https://x.org/汉\n\n汉 `汉`_ 汉_ `HAN`_\n\n.. _`han`: x\n",
     ".. _汉: https://x.org/汉\n\n漢 `汉`_ 汉_ `HAN`_\n\n.. _`han`: x\n"),
    ("rst", ":term:`汉` 和 :term:`汉 <汉>`", ":term:`漢` 和 :term:`漢 <漢>`"),
    ("rst", ":ref:`汉 <汉>` :code:`汉` :strong:`汉` :doc:`汉`", ":ref:`漢 <汉>` :code:`汉` :strong:`漢` :doc:`汉`"),
    ("rst", "|汉| 和 [汉]_ 和 [#]_", "|汉| 和 [汉]_ 和 [#]_"),
    ("rst", ".. 汉 说\n   汉\n\n汉", ".. 汉 说\n   汉\n\n漢"),
    ("rst", ".. [1] 汉\n", ".. [1] 漢\n"),
    ("rst", ".. |汉| replace:: 汉\n", ".. |汉| replace:: 漢\n"),
    ("rst", "汉\n\n.. zhtext: off\n\n汉\n\n.. zhtext: on\n\n汉", "漢\n\n.. zhtext: off\n\n汉\n\n.. zhtext: on\n\n漢"),
    # -- plain text ------------------------------------------------------
    ("none", "汉 https://x.org/汉?q=汉#汉，汉", "漢 https://x.org/汉?q=汉#汉，漢"),
    ("none", "汉 例子.中国 汉 例子.中国/汉。", "漢 例子.中国 漢 例子.中国/汉。"),
    ("none", "汉 admin@例子.中国 汉", "漢 admin@例子.中国 漢"),
    ("none", "汉.汉 汉.中文", "漢.漢 漢.中文"),  # an ASCII full stop is no domain
    ("none", "汉\n# zhtext: off\n汉\n# zhtext: on\n汉", "漢\n# zhtext: off\n汉\n# zhtext: on\n漢"),
    ("none", "zhtext: off\n汉", "zhtext: off\n汉"),
    ("none", "`汉` [汉](汉) <b title=汉>", "`漢` [漢](漢) <b title=漢>"),  # no markup in plain text
]


@pytest.mark.parametrize("markup, text, expected", CASES)
def test_converting_rule(markup, text, expected):
    assert convert_prose(text, S2T, markup) == expected


@pytest.mark.parametrize("markup, text, expected", CASES)
def test_marker_rule(markup, text, expected):
    assert "§" not in text
    assert apply_rule(text, marker, markup) == expected.replace("漢", "§")


def test_digits_before_a_han_top_level_domain_are_no_domain():
    # list numbering or a figure in prose (real review text: 享受4.餐厅――), converted as OpenCC does
    for text in ("享受4.餐厅――很好", "2.中国队", "第3.公司"):
        assert convert_prose(text, S2T, "none") == S2T.convert(text)
    assert convert_prose("见 例子.中国 和 a1.中国", S2T, "none") == "見 例子.中国 和 a1.中国"


def test_a_clause_typed_with_an_ascii_full_stop_is_no_domain():
    # real review text: 游泳免费.购物(大众化东西)方便 -- 购物 is a top-level domain, 免费 a word
    for text in ("房间,健身室和游泳免费.购物(大众化东西)方便", "说我们这家.公司 很好", "很好玩的.游戏!"):
        assert convert_prose(text, S2T, "none") == S2T.convert(text)
    # set off on the left, a Han name stays: a space, a bracket, a colon
    assert convert_prose("网址：例子.中国（见“例子.中国”）", S2T, "none") == "網址：例子.中国（見“例子.中国”）"


def test_no_match_crosses_a_kept_span():
    # "汉字" is one dictionary entry; a code span between its characters splits it
    assert convert_prose("干`x`预", S2T, "markdown") == S2T.convert("干") + "`x`" + S2T.convert("预")
    assert S2T.convert("干预") != S2T.convert("干") + S2T.convert("预")


def test_rules_can_see_the_neighbouring_kept_spans():
    # a typesetting-like rule: a space between Chinese text and inline code
    def space_code(run, before, after):
        if before.startswith("`") and run[:1] not in " \n":
            run = " " + run
        if after.startswith("`") and run[-1:] not in " \n":
            run = run + " "
        return run

    doc = split("使用`pip`安装，见 `x` 和`y`", "markdown")
    assert doc.apply_in_context(space_code) == "使用 `pip` 安装，见 `x` 和 `y`"
    assert split("`a`", "markdown").apply_in_context(space_code) == "`a`"
    assert split("纯文本", "markdown").apply_in_context(lambda r, b, a: f"{b}|{r}|{a}") == "|纯文本|"


def test_protect_list():
    protect = Protect.from_text("# kept phrases\n汉字\n\n 简体 \n")
    assert protect.phrases == ("汉字", "简体")
    assert convert_prose("汉字与汉，简体", S2T, "none", protect=protect) == "汉字與漢，简体"
    assert convert_prose("汉字", S2T, "markdown", protect=["汉字"]) == "汉字"


def test_directives_can_be_ignored():
    assert convert_prose("<!-- zhtext: off -->汉", S2T, "html", directives=False) == "<!-- zhtext: off -->漢"


@pytest.mark.parametrize("name, markup", [
    ("a.md", "markdown"), ("A.MARKDOWN", "markdown"), ("x/page.mdx", "markdown"),
    ("a.html", "html"), ("a.HTM", "html"), ("a.xhtml", "html"), ("a.rst", "rst"),
    ("a.txt", "none"), ("a.py", "none"), ("README", "none"), (None, "none"), ("-", "none"),
])
def test_markup_for_path(name, markup):
    assert markup_for_path(name) == markup
    assert resolve_markup("auto", name) == markup
    assert resolve_markup("rst", name) == "rst"


def test_unknown_markup():
    with pytest.raises(ValueError, match="unknown markup"):
        split("x", "latex")
    with pytest.raises(ValueError, match="unknown markup"):
        resolve_markup("latex")


def test_text_without_markup_converts_as_a_whole():
    text = "这是没有任何标记的一段简体中文，包括干预和发展。\n第二行。"
    for markup in FORMATS:
        assert convert_prose(text, S2T, markup) == S2T.convert(text)


# -- properties ----------------------------------------------------------

PROPS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

prose = st.text(alphabet="汉字干预发展中文 \n。，.,:-*_#>|!", max_size=12)
# (fragment, the part of it that must be kept)
md_kept = st.sampled_from([
    ("`汉预`", "`汉预`"), ("\n\n```\n汉 干\n```\n\n", "```\n汉 干\n```"),
    ("[汉](汉/预)", "](汉/预)"), ("<https://例子.中国/汉>", "<https://例子.中国/汉>"),
    (" https://a.cn/汉 ", "https://a.cn/汉"), ("<b class=\"汉\">", "<b class=\""),
    ("<!-- 汉 -->", "<!-- 汉 -->"), (" 例子.中国 ", "例子.中国"),
])


@st.composite
def markdown_docs(draw):
    parts, kept = [], []
    for _ in range(draw(st.integers(1, 5))):
        parts.append(draw(prose))
        fragment, must = draw(md_kept)
        kept.append(must)
        parts.append(fragment)
    parts.append(draw(prose))
    return "".join(parts), kept


def reverse(text: str) -> str:
    return text[::-1]


@PROPS
@given(markdown_docs())
def test_planted_constructs_are_kept(doc):
    text, must_keep = doc
    out = apply_rule(text, reverse, "markdown")
    for must in must_keep:
        assert must in out


@PROPS
@given(st.text(max_size=80), st.sampled_from(FORMATS))
def test_spans_cover_the_text_and_identity_gives_it_back(text, markup):
    doc = split(text, markup)
    assert "".join(text[s.start:s.end] for s in doc.spans) == text
    assert all(a.end == b.start and a.kept != b.kept for a, b in zip(doc.spans, doc.spans[1:]))
    assert doc.apply(lambda s: s) == text
    assert doc.apply(lambda s: s, boundary=True) == text


@PROPS
@given(st.one_of(markdown_docs().map(lambda d: d[0]), st.text(max_size=80)), st.sampled_from(FORMATS))
def test_kept_spans_survive_any_rule(text, markup):
    doc = split(text, markup)
    out = doc.apply(lambda s: "«" + reverse(s) + "»")
    # the output is the kept spans, in order, with the runs' rule output between
    rebuilt = []
    for s in doc.spans:
        piece = text[s.start:s.end]
        rebuilt.append(piece if s.kept else "«" + piece[::-1] + "»")
    assert out == "".join(rebuilt)


@PROPS
@given(st.one_of(markdown_docs().map(lambda d: d[0]), st.text(alphabet="汉干预⿰氵工`[]()<>\x00 \n", max_size=60)),
       st.sampled_from(FORMATS))
def test_batched_conversion_equals_run_by_run(text, markup):
    doc = split(text, markup)
    expected = "".join(text[s.start:s.end] if s.kept else S2T.convert(text[s.start:s.end]) for s in doc.spans)
    assert convert_prose(text, S2T, markup) == expected


@PROPS
@given(st.one_of(markdown_docs().map(lambda d: d[0]), st.text(max_size=80)), st.sampled_from(FORMATS))
def test_idempotent_rule_gives_idempotent_result(text, markup):
    def rule(s):
        return s.replace("汉", "漢").replace("预", "預")

    once = apply_rule(text, rule, markup)
    assert apply_rule(once, rule, markup) == once
    # the kept spans do not move when the prose changes
    assert split(once, markup).kept_texts() == split(text, markup).kept_texts()


@PROPS
@given(st.lists(st.text(alphabet="汉干预 \n.:/a@例子中国hxtps", max_size=30) | st.sampled_from(
    ["https://例子.中国/汉", "# zhtext: off\n", "zhtext: on\n", "汉字", "\n", "a@例子.中国 "]), max_size=12),
    st.integers(1, 40))
def test_stream_equals_whole(pieces, chunk):
    from zhtext.converters.markup import stream

    whole = "".join(pieces)
    expected = apply_rule(whole, marker, "none", protect=["汉字"])
    old = stream.CHUNK_CHARS
    stream.CHUNK_CHARS = chunk  # small chunks: many cuts
    try:
        s = stream.ProseStream(marker, protect=["汉字"])
        out = "".join(s.feed(p) for p in pieces) + s.finish()
    finally:
        stream.CHUNK_CHARS = old
    assert out == expected


# Plain text with no ":", "." or "@" has nothing the markup layer could keep,
# so convert_prose and apply_rule convert it whole without scanning it; the
# texts below are mostly such near-misses (scheme names, "www", TLD words,
# directive words, full-width "：" "。" "＠"), some with the real characters.
near_miss = st.text(alphabet="汉干预发例子中国公司 \n\t\r\x00⿰氵工wmailtohpsxcomZHTEXTzhtext#/-：。＠．", max_size=60)
addresses = st.sampled_from(["汉 例子.中国/汉 ", "a@汉.com", "https://汉.com/汉", "mailto:汉", "汉.com",
                             "www.汉字.com", "\nzhtext: off\n汉\n", "汉: 汉", "汉。汉", "汉@"])
with_real = st.lists(near_miss | addresses, max_size=6).map("".join)


@PROPS
@given(st.one_of(near_miss, with_real, st.text(max_size=60)), st.sampled_from([(), ("汉字",), ("干预",)]))
def test_plain_text_fast_path_equals_scanning(text, protect):
    doc = split(text, "none", protect=protect)
    if not protect and not any(c in text for c in ":.@"):
        assert doc.kept == []  # the premise of the fast path
    expected = doc.apply(S2T.convert, boundary=script_boundary(text))
    assert convert_prose(text, S2T, "none", protect=protect) == expected
    assert apply_rule(text, marker, "none", protect=protect) == split(text, "none", protect=protect).apply(marker)
    assert apply_rule(text, marker, "none", protect=protect, boundary=True) == doc.apply(marker, boundary=True)
