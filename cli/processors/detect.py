"""Detect: a report line per input (encoding, line endings, script); nothing is rewritten.

The inspection is the library's (:mod:`zhtext.converters.inspection`); this
module turns its fields into a JSON line, a plain line, or table data.
"""

from __future__ import annotations

from pathlib import Path

from zhtext.converters.errors import ZhtextError

from ..batch.model import Processor, Result
from .jsonlines import escape_surrogates, json_line


class Undecodable(ZhtextError):
    """An input no encoding decodes; carries the inspection fields for the JSON line."""

    def __init__(self, fields: dict):
        super().__init__(fields["error"])
        self.fields = fields


def plain_line(path: str, f: dict) -> str:
    path = escape_surrogates(path)
    if f.get("binary"):
        return f"{path}: binary"
    parts = [f"{path}: {f['encoding']}", f"confidence {f['confidence']:.2f}",
             "bom" if f["bom"] else "no bom", f"newline {f['newline']}", f"script {f['script']}"]
    if f.get("truncated"):
        parts.append("truncated")
    if f.get("mojibake"):
        lost = ", bytes lost" if f["mojibake"].get("bytes_lost") else ""
        parts.append(f"mojibake ({f['mojibake']['text_was']} read as {f['mojibake']['read_as']}{lost})")
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
            text = json_line({"path": display, **fields})
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
        return json_line({"path": display, **fields}).encode("utf-8")
