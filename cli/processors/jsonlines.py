"""JSON lines as the processors print them (``detect --json``, ``strip --format json``)."""

from __future__ import annotations

import json
import re

# Undecodable bytes of a file name arrive as lone surrogates (surrogateescape):
# JSON gets them as \udcXX escapes, exactly as zhtext's stderr shows them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``\\udcXX`` for each lone surrogate, as on stderr."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def json_line(obj: dict) -> str:
    """One JSON object and a newline; UTF-8 text as is, lone surrogates escaped."""
    return escape_surrogates(json.dumps(obj, ensure_ascii=False)) + "\n"
