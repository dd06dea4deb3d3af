"""Bundled data files of zhtext.converters, read with :func:`read_text`."""

from __future__ import annotations

from importlib import resources


def read_text(name: str) -> str:
    """The UTF-8 text of the bundled data file ``name`` (works from wheels and zips too)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
