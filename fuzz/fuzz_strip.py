"""Fuzz ``strip_boilerplate`` on raw bytes of every form (text, HTML, MHTML, any encoding).

    cd fuzz/work && python ../fuzz_strip.py -dict=../html.dict -max_total_time=600 -timeout=20 corpus_strip

The first byte picks the file name (none, ``.txt``, ``.html``, ``.mht``,
no extension).  Checks: only ``ZhtextError`` is raised; ``to_text`` and
``to_dict`` work; for plain text given as ``str``, every kept paragraph
and the title are made of the input's characters in order (whitespace
aside); no file is written and nothing is fetched (audit hook).
"""

from __future__ import annotations

import json

from _harness import instrumented_imports, main
from _checks import forbid_side_effects, guarded, made_of

with instrumented_imports():
    from zhtext.converters.pages import strip_boilerplate
    from zhtext.converters.errors import ZhtextError

NAMES = [None, "page.txt", "page.html", "page.mht", "page", "page.htm"]

strip_boilerplate("预热。\n", "warm.txt")
forbid_side_effects()


def _one_input(data: bytes) -> None:
    if not data:
        return
    name, data = NAMES[data[0] % len(NAMES)], data[1:]
    try:
        article = strip_boilerplate(data, name)
    except ZhtextError:
        return
    article.to_text()
    json.dumps(article.to_dict(), ensure_ascii=False)
    if name == "page.txt":
        text = data.decode("utf-8", "replace")
        article = strip_boilerplate(text, name)
        if article.form == "text":
            for piece in [article.title, *article.body]:
                assert made_of(piece, text), (piece[:80], text[:200])


one_input = guarded(_one_input)


if __name__ == "__main__":
    main(one_input, "strip")
