"""Properties of whitespace normalization (hypothesis), and streaming that
equals whole-text normalization however the input is cut."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters import whitespace
from zhtext.converters.whitespace import Normalizer, normalize

INVISIBLE = "\ufeff\u200b\u2060"

# Pieces that exercise every rule: words, all kinds of spaces, line endings,
# invisible characters, fence markers, list and quote markers.
PIECES = [
    "中", "文", "字", "a", "Bc", "，", "。", "ＡＢ", "\uf900",
    " ", "  ", "   ", "\t", "\u3000", "\u00a0", "\u2003", "\u202f", "\f",
    "\n", "\n", "\r\n", "\r", "\n\n\n",
    "\ufeff", "\u200b", "\u2060", "\u200c", "\u200d",
    "```", "````", "~~~", "`", "~", "> ", "- ", "1. ", "x",
]

documents = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
options = st.fixed_dictionaries({
    "profile": st.sampled_from(["text", "markdown", "minimal"]),
    "eol": st.sampled_from(["lf", "crlf", "keep"]),
    "indent": st.sampled_from(["strip", "fullwidth", "keep"]),
    "max_blank_lines": st.integers(0, 3),
    "paragraphs": st.sampled_from(["keep", "blank"]),
})

FAST = settings(max_examples=150, deadline=None)


def visible(s: str) -> str:
    return "".join(c for c in s if not c.isspace() and c not in INVISIBLE)


@FAST
@given(documents, options)
def test_idempotent(doc, opts):
    once = normalize(doc, **opts)
    assert normalize(once, **opts) == once


@pytest.mark.parametrize("profile", ["text", "markdown", "minimal"])
@settings(max_examples=60, deadline=None)
@given(doc=documents)
def test_idempotent_with_defaults_in_each_profile(profile, doc):
    once = normalize(doc, profile=profile)
    assert normalize(once, profile=profile) == once


@FAST
@given(documents, options)
def test_non_whitespace_characters_never_change(doc, opts):
    out = normalize(doc, **opts)
    assert visible(out) == visible(doc)
    if opts["profile"] == "minimal":
        # minimal removes no invisible character but a leading BOM
        assert [c for c in out if not c.isspace()] == [c for c in doc.lstrip("\ufeff") if not c.isspace()]


@FAST
@given(documents, options)
def test_output_shape(doc, opts):
    out = normalize(doc, **opts)
    body = out.rstrip("\r\n")
    # empty, or exactly one line ending at the end
    assert out[len(body):] in (("", "\n", "\r\n", "\r") if body else ("",))
    if opts["eol"] == "lf":
        assert "\r" not in out
    if opts["eol"] == "crlf":
        assert "\n" not in out.replace("\r\n", "") and "\r" not in out.replace("\r\n", "")


# -- fenced code in Markdown ------------------------------------------------------------

PROSE = ["甲", "乙", "text", " ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\n", "\r\n", "\n\n\n", "- ", "> "]
CODE = ["代", "码", "x = 1", " ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "```py", "~~~",
        "\n", "\r\n", "\n\n\n", "    "]

prose = st.lists(st.sampled_from(PROSE), max_size=15).map("".join)
code = st.lists(st.sampled_from(CODE), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(prose, code, prose, st.sampled_from(["lf", "crlf"]), st.integers(0, 2),
       st.sampled_from(["keep", "blank"]))
def test_fenced_code_is_preserved(before, body, after, eol, limit, paragraphs):
    doc = f"{before}\n````python\n{body}\n````\n{after}"
    out = normalize(doc, profile="markdown", eol=eol, max_blank_lines=limit, paragraphs=paragraphs)
    nl = "\r\n" if eol == "crlf" else "\n"
    body_lf = body.replace("\r\n", "\n").replace("\r", "\n")
    block = f"````python\n{body_lf}\n````\n".replace("\n", nl)
    assert block in out


# -- streaming equals whole-text normalization -----------------------------------------------


@contextmanager
def small_limits(long_line: int, sample: int):
    saved = whitespace.LONG_LINE_CHARS, whitespace.EOL_SAMPLE_CHARS
    whitespace.LONG_LINE_CHARS, whitespace.EOL_SAMPLE_CHARS = long_line, sample
    try:
        yield
    finally:
        whitespace.LONG_LINE_CHARS, whitespace.EOL_SAMPLE_CHARS = saved


def streamed(pieces, **opts) -> str:
    n = Normalizer(**opts)
    return "".join(n.feed(p) for p in pieces) + n.finish()


@FAST
@given(documents, options, st.lists(st.integers(0, 200), max_size=8),
       st.sampled_from([(0, 1), (3, 5), (40, 16), (1 << 22, 1 << 20)]))
def test_streaming_equals_whole(doc, opts, cuts, limits):
    with small_limits(*limits):
        whole = normalize(doc, **opts)
        points = sorted({min(c, len(doc)) for c in cuts})
        pieces = [doc[a:b] for a, b in zip([0, *points], [*points, len(doc)])]
        assert streamed(pieces, **opts) == whole


AWKWARD = [
    "  第一段  \r\n\r\n\r\n\r\n  第二段\u200b\u00a0 文字  \r\n",
    "# 标题  \r\n\r\n正文  \r\n````py  \r\ncode  \r\n\r\n\r\n```\r\n````  \r\n\r\n\r\n后\r\n",
    "\ufeff\ufeffkey: 值  \r\n\r\n\r\nlist:\r\n  - 一\t\r\n\r\n\r\n",
    "~~~\n未闭合  \n\n\n\n",
    "甲\r\r\r乙\r",
]


@pytest.mark.parametrize("doc", AWKWARD)
@pytest.mark.parametrize("profile", ["text", "markdown", "minimal"])
@pytest.mark.parametrize("eol", ["lf", "crlf", "keep"])
def test_streaming_any_single_cut_and_char_by_char(doc, profile, eol):
    whole = normalize(doc, profile=profile, eol=eol)
    for i in range(len(doc) + 1):
        assert streamed([doc[:i], doc[i:]], profile=profile, eol=eol) == whole, i
    assert streamed(list(doc), profile=profile, eol=eol) == whole


@pytest.mark.parametrize("profile", ["text", "markdown", "minimal"])
def test_streaming_long_lines_in_pieces(profile):
    line = "很长的一行  " * 50 + "   "
    doc = f"  {line}\r\n\r\n\r\n{line}\r\n```\n{line}\n```\n{line}"
    whole = normalize(doc, profile=profile)
    with small_limits(7, 1 << 20):
        pieces = [doc[i:i + 5] for i in range(0, len(doc), 5)]
        assert streamed(pieces, profile=profile) == whole
