"""Fuzz the HTML tokenizer (``html_blocks``) and stripping of HTML pages.

    cd fuzz/work && python ../fuzz_html.py -dict=../html.dict -max_total_time=600 -timeout=20 corpus_html

Checks, for any text: ``html_blocks`` never raises; ``strip_boilerplate``
on a page given as ``str`` never raises; every kept paragraph and the
title are made of characters of the page, in the page's order (whitespace
aside; checked when the page has no character references); nothing is
opened, fetched or run while parsing (an audit hook fails the input).
"""

from __future__ import annotations

from _harness import instrumented_imports, main
from _checks import forbid_side_effects, guarded, made_of

with instrumented_imports():
    from zhtext.converters.pages import strip_boilerplate
    from zhtext.converters.pages.blocks import html_blocks

strip_boilerplate("<p>预热。</p>", "warm.html")  # load lexicons before the audit hook arms
forbid_side_effects()


def _one_input(data: bytes) -> None:
    page = data.decode("utf-8", "replace")
    result = html_blocks(page)
    for block in result.blocks:
        assert isinstance(block.text, str)
    article = strip_boilerplate(page, "page.html")
    if "&" not in page:
        for piece in [article.title, *article.body]:
            assert made_of(piece, page), (piece[:80], page[:200])


one_input = guarded(_one_input)


if __name__ == "__main__":
    main(one_input, "html")
