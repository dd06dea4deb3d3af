"""Fuzz MHTML parsing (``main_part``) and stripping of MHTML archives.

    cd fuzz/work && python ../fuzz_mhtml.py -max_total_time=600 -timeout=20 corpus_mhtml

Half the inputs get a valid ``multipart/related`` header block in front so
that the fuzzer spends its time inside the parts (boundaries, transfer
encodings, charsets, nested multiparts).  Checks: ``main_part`` never
raises; ``strip_boilerplate`` raises nothing but ``ZhtextError``; no file
is written and nothing is fetched or run (an audit hook fails the input),
so attachments are never written out.
"""

from __future__ import annotations

from _harness import instrumented_imports, main
from _checks import forbid_side_effects, guarded

with instrumented_imports():
    from zhtext.converters.pages import strip_boilerplate
    from zhtext.converters.errors import ZhtextError
    from zhtext.converters.pages.mhtml import looks_like_mhtml, main_part

HEADER = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"; type=\"text/html\"\r\n\r\n"
          b"--B\r\n")

strip_boilerplate(HEADER + b"Content-Type: text/html\r\n\r\n<p>\xe9\xa2\x84\xe7\x83\xad</p>\r\n--B--\r\n", "w.mht")
forbid_side_effects()


def _one_input(data: bytes) -> None:
    if not data:
        return
    flag, data = data[0], data[1:]
    if flag & 1:
        data = HEADER + data
    looks_like_mhtml(data)
    part = main_part(data)
    if part is not None:
        assert isinstance(part.body, bytes)
        assert part.content_type.startswith("text/")
    try:
        article = strip_boilerplate(data, "page.mht")
    except ZhtextError:
        return
    assert isinstance(article.to_text(), str)


one_input = guarded(_one_input)


if __name__ == "__main__":
    main(one_input, "mhtml")
