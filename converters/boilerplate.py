"""The page extractor's former module name: :mod:`zhtext.converters.pages` holds it now."""

from __future__ import annotations

from .encoding import decode_page
from .pages import Article, detect_form, strip_boilerplate

__all__ = ["Article", "strip_boilerplate", "detect_form", "decode_page"]
