"""Shared pieces of the text-save tests: two body paragraphs in each script, written for the
tests, a save made of a header, a body and a footer, and paragraphs as HTML."""

from __future__ import annotations

from zhtext.converters import strip_boilerplate

BODY = ["这是新闻正文的第一段，讲述了事情的起因和经过，句子里有逗号，也有句号。",
        "这是新闻正文的第二段，补充了更多细节，也引用了当事人的说法，读来更完整。"]
BODY_TW = ["這是新聞正文的第一段，講述了事情的起因和經過，句子裡有逗號，也有句號。",
           "這是新聞正文的第二段，補充了更多細節，也引用了當事人的說法，讀來更完整。"]


def strip_save(header: str, body, footer: str = ""):
    """Strip the plain-text save ``header``, the ``body`` lines, then ``footer``."""
    return strip_boilerplate((header + "\n".join(body) + "\n" + footer).encode("utf-8"), "save.txt")


def paras(lines) -> str:
    """The ``lines`` as the paragraphs of an HTML page."""
    return "".join(f"<p>{p}</p>" for p in lines)
