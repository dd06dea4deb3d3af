"""Detect: a report line per input (encoding, line endings, script); nothing is rewritten.

The inspection is the library's (:mod:`zhtext.converters.inspection`); this
module turns its fields into a JSON line, a plain line, or table data.
"""

from __future__ import annotations

import json
from pathlib import Path

from zhtext.converters.errors import ZhtextError

from ..batch.model import Processor, Result


class Undecodable(ZhtextError):
    """An input no encoding decodes; carries the inspection fields for the JSON line."""

    def __init__(self, fields: dict):
        super().__init__(fields["error"])
        self.fields = fields


def plain_line(path: str, f: dict) -> str:
    if f.get("binary"):
        return f"{path}: binary"
    parts = [f"{path}: {f['encoding']}", f"confidence {f['confidence']:.2f}",
             "bom" if f["bom"] else "no bom", f"newline {f['newline']}", f"script {f['script']}"]
    if f.get("truncated"):
        parts.append("truncated")
    if f.get("examples"):
        parts.append("e.g. " + " ".join(f"{e['char']}@{e['line']}" for e in f["examples"]))
    return ", ".join(parts)


class DetectProcessor(Processor):
    """Inspect one input; ``fmt``: ``json`` (a JSON line), ``plain`` (a line) or ``table`` (data only)."""

    sniff_binary = False  # binary files are reported as such, not skipped
    stdout_when_many = True
    can_stream = True  # standard input and large files: bounded memory
    inspects = True

    def __init__(self, fmt: str = "plain"):
        self.fmt = fmt

    def _result(self, fields: dict, path: Path | None) -> Result:
        if fields.get("error"):
            raise Undecodable(fields)
        display = str(path) if path is not None else "<stdin>"
        if self.fmt == "json":
            text = json.dumps({"path": display, **fields}, ensure_ascii=False) + "\n"
        elif self.fmt == "plain":
            text = plain_line(display, fields) + "\n"
        else:
            text = ""
        return Result(text, data=fields)

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.inspection import examine

        return self._result(examine(data), path)

    def stream(self, blocks, path: Path | None):
        from zhtext.converters.inspection import examine_blocks

        yield self._result(examine_blocks(blocks), path)

    def failure_output(self, exc: BaseException, display: str) -> bytes | None:
        if self.fmt != "json":
            return None
        if isinstance(exc, Undecodable):
            fields = exc.fields
        else:
            fields = {"encoding": None, "error": getattr(exc, "strerror", None) or str(exc)}
        return (json.dumps({"path": display, **fields}, ensure_ascii=False) + "\n").encode("utf-8")
