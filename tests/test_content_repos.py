"""Issue 12, the batch layer: what a content repository and a corpus need from the engine.

One test (at least) per item: ignore files, write modes from the command line
only, honest reports, case-insensitive hook patterns, documents as strings.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SIMPLIFIED = "汉字转换很有意思。\n"
TRADITIONAL = "漢字轉換很有意思。\n"


# -- item 8: the hooks' files: patterns are case-insensitive ---------------------


def test_hook_file_patterns_ignore_case():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    patterns = [h["files"] for h in hooks if "files" in h]
    assert patterns, "no hook has a files: pattern"
    for pattern in patterns:
        for name in ("README.MD", "notes.TXT", "docs/Guide.Md", "a.txt"):
            assert re.search(pattern, name), (pattern, name)
        assert not re.search(pattern, "tool.py")
