"""Normalize profiles chosen by file name, and the verbatim profile."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtext.converters.whitespace import NAME_RULES, PROFILES, Normalizer, normalize, profile_for_path


@pytest.mark.parametrize("name, profile", [
    ("fix.diff", "verbatim"), ("0001-fix.PATCH", "verbatim"), ("a/b.rej", "verbatim"),
    ("scores.tsv", "verbatim"), ("mail.eml", "verbatim"), ("inbox.mbox", "verbatim"),
    ("CMakeLists.txt", "minimal"), ("src/cmakelists.txt", "minimal"),
    ("requirements.txt", "minimal"), ("requirements-dev.txt", "minimal"),
    ("dev-requirements.txt", "minimal"), ("test_requirements.txt", "minimal"),
    ("constraints.txt", "minimal"), ("constraints-py310.txt", "minimal"),
    ("robots.txt", "minimal"), ("LICENSE.txt", "minimal"), ("COPYING.txt", "minimal"),
    ("zhtext.egg-info/SOURCES.txt", "minimal"), ("runtime.txt", "minimal"),
    ("notes.txt", "text"), ("requirements.md", "markdown"), ("my-requirements-notes.txt", "text"),
    ("README.md", "markdown"), ("data.csv", "minimal"), ("table.tab", "minimal"),
    ("patch.txt", "text"), ("diff", "minimal"),
])
def test_profile_by_name(name, profile):
    assert profile_for_path(name) == profile


def test_every_rule_names_a_profile():
    for pattern, profile, kind in NAME_RULES:
        assert profile in PROFILES and kind and pattern == pattern.lower()


PATCH = (
    "--- a/x.txt\r\n+++ b/x.txt\r\n@@ -1,3 +1,3 @@\r\n 上下文行 \r\n-旧行\t\r\n+新行\r\n \r\n\r\n\r\n"
)
TSV = "名称\t数量\t备注\n苹果\t3\t\n梨\t\t\n"


@pytest.mark.parametrize("text", [PATCH, TSV, "\ufeff  a  \u200b\n\n\n", "", "no final newline  "])
def test_verbatim_changes_nothing(text):
    for eol in ("lf", "crlf", "keep"):
        assert normalize(text, profile="verbatim", eol=eol) == text


def test_the_other_profiles_would_damage_these_files():
    # why the verbatim profile exists: minimal strips the context line's space and the empty column
    assert normalize(PATCH, profile="minimal") != PATCH
    assert normalize(TSV, profile="minimal") != TSV


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(), max_size=6))
def test_verbatim_stream_is_identity(pieces):
    n = Normalizer(profile="verbatim", eol="keep")
    assert "".join(n.feed(p) for p in pieces) + n.finish() == "".join(pieces)


def test_readme_lists_every_name_rule():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for pattern, profile, kind in NAME_RULES:
        assert f"| `{pattern}` | `{profile}` | {kind} |" in readme, pattern
    for profile in PROFILES:
        assert f"| `{profile}` |" in readme, profile
