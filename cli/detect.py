"""``zhtext detect``: report the encoding, line endings and script of files.

A report command: it writes nothing.  On a terminal it prints a table; with
``--json`` (or when standard output is not a terminal and ``--json`` is not
given, one plain line per file) it prints one result per input.  Exit code
3 when an input could not be read or decoded, else 0.
"""

from __future__ import annotations

import os
import sys

import click

# Files larger than this are decoded in blocks instead of read whole.
STREAM_THRESHOLD = 16 * 1024 * 1024
BLOCK = 1024 * 1024

EPILOG = """\b
Fields (also the --json keys):
  encoding    codec name usable with Python (gb18030, cp950, big5hkscs,
              utf-8, utf-8-sig, utf-16, ...); null for binary/undecodable
  confidence  0..1
  bom         a byte-order mark was found
  newline     lf, crlf, cr, mixed or none
  script      hans (Simplified), hant (Traditional), mixed or none, judged
              from characters that exist in one script only; for mixed,
              "examples" lists a few characters of the rarer script with
              their line numbers
  binary      NUL bytes outside UTF-16/32: not text, nothing else reported
  truncated   the file ends inside a multibyte character

\b
Exit codes: 0 every input was examined (binary files included); 3 at
least one input could not be read or decoded (one line on stderr each,
naming the encodings tried and the first bad byte).
"""


class _Newlines:
    """Counts line endings across pieces of text (a CRLF may straddle two pieces)."""

    def __init__(self) -> None:
        self.lf = self.crlf = self.cr = 0
        self._cr_pending = False

    def feed(self, text: str) -> None:
        if not text:
            return
        if self._cr_pending:
            self._cr_pending = False
            if text[0] == "\n":
                self.crlf += 1
                text = text[1:]
            else:
                self.cr += 1
        if text.endswith("\r"):
            self._cr_pending = True
            text = text[:-1]
        crlf = text.count("\r\n")
        self.crlf += crlf
        self.cr += text.count("\r") - crlf
        self.lf += text.count("\n") - crlf

    def kind(self) -> str:
        if self._cr_pending:
            self.cr += 1
            self._cr_pending = False
        kinds = [name for name, n in (("lf", self.lf), ("crlf", self.crlf), ("cr", self.cr)) if n]
        if not kinds:
            return "none"
        return kinds[0] if len(kinds) == 1 else "mixed"


def examine(data: bytes) -> dict:
    """The report fields for one input held in memory."""
    from zhtext.converters.encoding import decode
    from zhtext.converters.errors import BinaryInputError, DecodeError
    from zhtext.converters.script import ScriptCounter

    try:
        text, det = decode(data)
    except BinaryInputError:
        return _binary()
    except DecodeError as exc:
        return {"encoding": None, "error": str(exc), "tried": list(exc.tried), "offset": exc.offset}
    newlines = _Newlines()
    newlines.feed(text)
    script = ScriptCounter()
    script.feed(text)
    return _fields(det, newlines, script)


def examine_file(path) -> dict:
    """The report fields for a file, decoded in blocks when it is large."""
    size = os.stat(path).st_size
    if size <= STREAM_THRESHOLD:
        with open(path, "rb") as fh:
            return examine(fh.read())
    with open(path, "rb") as fh:
        return _examine_stream(fh)


def _examine_stream(fh) -> dict:
    from zhtext.converters.encoding import BlockDecoder
    from zhtext.converters.errors import BinaryInputError, DecodeError
    from zhtext.converters.script import ScriptCounter

    def blocks():
        while True:
            block = fh.read(BLOCK)
            if not block:
                return
            yield block

    decoder = BlockDecoder()
    newlines, script = _Newlines(), ScriptCounter()
    try:
        for text in decoder.texts(blocks()):
            newlines.feed(text)
            script.feed(text)
    except BinaryInputError:
        return _binary()
    except DecodeError as exc:
        return {"encoding": None, "error": str(exc), "tried": list(exc.tried), "offset": exc.offset}
    fields = _fields(decoder.detection, newlines, script)
    fields["truncated"] = decoder.truncated  # not the cut of the block the encoding came from
    return fields


def _binary() -> dict:
    return {"encoding": None, "confidence": 1.0, "bom": False, "newline": None, "script": None,
            "binary": True, "truncated": False}


def _fields(det, newlines: _Newlines, script) -> dict:
    rep = script.report()
    fields = {
        "encoding": det.encoding,
        "confidence": round(det.confidence, 2),
        "bom": det.bom,
        "newline": newlines.kind(),
        "script": rep.script,
        "binary": False,
        "truncated": det.truncated,
    }
    if rep.script == "mixed":
        fields["examples"] = [{"char": ch, "line": line} for ch, line in rep.examples]
    return fields


def _plain_line(path: str, f: dict) -> str:
    if f.get("binary"):
        return f"{path}: binary"
    parts = [f"{path}: {f['encoding']}", f"confidence {f['confidence']:.2f}",
             "bom" if f["bom"] else "no bom", f"newline {f['newline']}", f"script {f['script']}"]
    if f.get("truncated"):
        parts.append("truncated")
    if f.get("examples"):
        parts.append("e.g. " + " ".join(f"{e['char']}@{e['line']}" for e in f["examples"]))
    return ", ".join(parts)


def _table(rows: list[tuple[str, dict]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("path", "encoding", "conf.", "bom", "newline", "script", "notes"):
        table.add_column(name, justify="right" if name == "conf." else "left")
    for path, f in rows:
        if f.get("binary"):
            table.add_row(path, "binary", "", "", "", "", "skipped: NUL bytes")
            continue
        notes = []
        if f.get("truncated"):
            notes.append("ends inside a character")
        if f.get("examples"):
            notes.append("rarer script: " + " ".join(f"{e['char']} (line {e['line']})" for e in f["examples"]))
        table.add_row(path, f["encoding"], f"{f['confidence']:.2f}", "yes" if f["bom"] else "no",
                      f["newline"], f["script"], "; ".join(notes))
    Console().print(table)


class _File:
    """An input named directly (the common case: no folder walking needed)."""

    def __init__(self, path: str):
        self.path = None if path == "-" else path
        self.display = "<stdin>" if path == "-" else path
        self.is_stdin = path == "-"


def _inputs(paths, include, exclude, hidden, on_skip):
    """Files and `-` as given; folders (or filters) go through the shared walker."""
    if not paths:
        paths = ("-",)
    if not (include or exclude) and not any(p != "-" and os.path.isdir(p) for p in paths):
        return [_File(p) for p in paths]
    from .files import iter_inputs

    return iter_inputs(paths, include=include, exclude=exclude, hidden=hidden, on_skip=on_skip)


@click.command(epilog=EPILOG)
@click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input per line.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only examine files matching GLOB (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB (repeatable).")
@click.option("--hidden", is_flag=True, help="Also walk hidden files and folders.")
def command(paths, as_json, include, exclude, hidden):
    """Detect the encoding, line endings and script of files.

    PATHs are files, folders (walked recursively) or `-` for standard input
    (the default). Prints a table on a terminal, one plain line per file
    otherwise, or one JSON object per line with --json.

    \b
    Examples:
      zhtext detect notes.txt
      zhtext detect --json docs/ | jq -r 'select(.encoding != "utf-8") | .path'
      head -c 1000 big5.txt | zhtext detect -
    """
    failed = 0
    rows: list[tuple[str, dict]] = []
    terminal = not as_json and sys.stdout.isatty()
    out = sys.stdout

    def skip(name, reason):
        sys.stderr.write(f"zhtext: skipped {name}: {reason}\n")

    for inp in _inputs(paths, include, exclude, hidden, skip):
        try:
            if inp.is_stdin:
                fields = _examine_stream(sys.stdin.buffer)  # any length, bounded memory
            else:
                fields = examine_file(inp.path)
        except OSError as exc:
            fields = {"encoding": None, "error": exc.strerror or str(exc)}
        if fields.get("error"):
            failed += 1
            sys.stderr.write(f"zhtext: error: {inp.display}: {fields['error']}\n")
            sys.stderr.flush()
        if as_json:
            import json

            out.write(json.dumps({"path": inp.display, **fields}, ensure_ascii=False) + "\n")
        elif fields.get("error"):
            continue
        elif terminal:
            rows.append((inp.display, fields))
        else:
            out.write(_plain_line(inp.display, fields) + "\n")
    if rows:
        _table(rows)
    out.flush()
    sys.exit(3 if failed else 0)
