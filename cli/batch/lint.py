"""Findings and their lint output under ``--check``.

A :class:`Finding` is one place a command would change (or warns about):
1-based line and column (columns count characters, not bytes), a rule name
and a one-line message.  A processor that knows its changes puts findings in
``Result.findings`` (``typeset``: one per rule application; ``convert
--ambiguities``...); for a command whose changes are per file (convert,
normalize, recode, strip, clean) the engine makes one with
:func:`file_finding`, at the first changed character when it has both texts
and at line 1, column 1 otherwise.

``--format`` under ``--check`` chooses how findings print (``FORMATS``):

``text``
    the human report on stderr (``would change FILE``), findings indented
    under it;
``gcc``
    ``FILE:LINE:COL: RULE: message`` per finding on standard output (editors,
    ``grep``, ``vim -q``);
``json``
    one JSON object per finding per line on standard output: ``file``,
    ``line``, ``column``, ``rule``, ``message``;
``github``
    ``::warning file=FILE,line=N,col=M,title=RULE::message`` per finding: a
    GitHub Actions workflow annotation.

File names that are not valid UTF-8 are shown with their undecodable bytes
as ``\\udcXX`` escapes in every format (the same spelling as stderr).  This
module is Click-free and imports nothing from the rest of the engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .model import LINT_FORMATS as FORMATS

__all__ = ["FORMATS", "Finding", "first_change", "file_finding", "format_finding", "safe_name"]


@dataclass(slots=True)
class Finding:
    """One place to change: 1-based line and column (in characters), rule, message."""

    line: int
    column: int
    rule: str
    message: str


def first_change(old: str, new: str) -> tuple[int, int]:
    """1-based (line, column) in ``old`` of the first character that differs in ``new``."""
    lo, hi = 0, min(len(old), len(new))
    while lo < hi:  # the longest common prefix by halving: the comparisons run in C
        mid = (lo + hi + 1) // 2
        if old[lo:mid] == new[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return old.count("\n", 0, lo) + 1, lo - (old.rfind("\n", 0, lo) + 1) + 1


def file_finding(rule: str, old: str | None = None, new: str | None = None) -> Finding:
    """The one finding of a command whose changes are per file: at the first
    changed character when both texts are known, else at line 1, column 1."""
    if old is None or new is None or old == new:
        return Finding(1, 1, rule, "would change this file")
    line, column = first_change(old, new)
    return Finding(line, column, rule, "would change this file (first change here)")


def safe_name(name: str) -> str:
    """``name`` with undecodable bytes (lone surrogates) spelled ``\\udcXX``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def format_finding(fmt: str, name: str, finding: Finding) -> str:
    """One finding of the input ``name`` as one line (without its newline) in ``fmt``."""
    name = safe_name(name)
    message = finding.message.replace("\r", " ").replace("\n", " ")
    if fmt == "github":
        return (f"::warning file={_github_property(name)},line={finding.line},col={finding.column},"
                f"title={_github_property(finding.rule)}::{_github_data(finding.message)}")
    if fmt == "json":
        return json.dumps({"file": name, "line": finding.line, "column": finding.column,
                           "rule": finding.rule, "message": finding.message}, ensure_ascii=False)
    if fmt == "text":
        return f"  {name}:{finding.line}:{finding.column}: {finding.rule}: {message}"
    return f"{name}:{finding.line}:{finding.column}: {finding.rule}: {message}"
