"""Plain text (markup ``none``): nothing is markup.

Only what every markup keeps (URLs, e-mail addresses, domain names,
protected phrases) stays, plus switched-off regions: plain text has no
comment syntax, so a directive is a line of its own that says only
``zhtext: off`` or ``zhtext: on`` (``off``/``on`` in any case, ``zhtext``
in lower or upper case), optionally after a common comment
marker (``#``, ``//``, ``--``, ``;``, ``%``), which fits text files and
the comments of most configuration formats.
"""

from __future__ import annotations

import re

__all__ = ["DIRECTIVE", "kept_ranges"]

DIRECTIVE = re.compile(
    r"(?m)^[ \t]*(?:#+|//|--|;+|%+)?[ \t]*(?:zhtext|ZHTEXT):[ \t]*(?P<state>(?i:off|on))[ \t]*\r?$"
)


def kept_ranges(text: str) -> list[tuple[int, int]]:
    """Nothing: plain text is all prose."""
    return []
