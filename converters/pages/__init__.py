"""Saved news pages (plain text, HTML, MHTML): the article without the boilerplate.

The subpackage, one concept a module, in the order a page goes through them:

- :mod:`.load`: form detection (text, HTML, MHTML) and decoding (by :func:`zhtext.converters.encoding.decode_page`); :mod:`.mhtml` finds an archive's page;
- :mod:`.tokenizer`: a bounded one-pass HTML tokenizer;
- :mod:`.blocks`: tokens (or lines) to a flat list of text blocks with their features;
- :mod:`.classify`: each block's boilerplate reason and prose value;
- :mod:`.region`: the article region and where trailing sections start;
- :mod:`.metadata`: title, date, author and source;
- :mod:`.article`: :class:`Article` and :func:`strip_boilerplate`, which tie them together.

The word lists the rules read (boilerplate phrases, class/id hints, metadata
labels) are data files in ``zhtext/converters/data``, read by
:mod:`zhtext.converters.lexicon`.
"""

from __future__ import annotations

from .article import Article, strip_boilerplate
from .load import detect_form

__all__ = ["Article", "strip_boilerplate", "detect_form"]
