"""``zhtext detect``: report the encoding, line endings and script of files.

A report command: it writes nothing.  On a terminal it prints a table; with
``--json`` one JSON object per input per line; otherwise one plain line per
file.  The inspection is :mod:`zhtext.converters.inspection`; inputs, errors
and the exit code go through the batch engine like every other command's.
"""

from __future__ import annotations

import sys

import click

from .batch.model import RunOptions
from .batch.report import EXIT_FAILED, EXIT_OK, EXIT_USAGE, exit_codes_help
from .options import execute, paths_argument, walk_options
from .processors.detect import DetectProcessor

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
  mojibake    null, or {"text_was": "utf-8", "read_as": "gbk"}: UTF-8 text
              once decoded as GBK, Big5 or cp1252 and saved again
              (`zhtext repair` reverses it); "bytes_lost": true when
              bytes were replaced before (it cannot be reversed exactly)

\b
Every input is examined, binary files included; an input that cannot be
read or decoded is one line on stderr naming the encodings tried and the
first bad byte.

""" + exit_codes_help((EXIT_OK, EXIT_USAGE, EXIT_FAILED))


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
        if f.get("mojibake"):
            lost = f["mojibake"].get("bytes_lost")
            notes.append(f"mojibake: {f['mojibake']['text_was']} read as {f['mojibake']['read_as']} "
                         + ("(bytes lost: not repairable)" if lost else "(zhtext repair)"))
        if f.get("examples"):
            notes.append("rarer script: " + " ".join(f"{e['char']} (line {e['line']})" for e in f["examples"]))
        table.add_row(path, f["encoding"], f"{f['confidence']:.2f}", "yes" if f["bom"] else "no",
                      f["newline"], f["script"], "; ".join(notes))
    Console().print(table)


@click.command(epilog=EPILOG)
@paths_argument
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input per line.")
@walk_options
def command(paths, as_json, include, exclude, hidden, no_ignore):
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
    fmt = "json" if as_json else "table" if sys.stdout.isatty() else "plain"
    rows: list[tuple[str, dict]] = []

    def collect(outcome):
        if outcome.data is not None:
            rows.append((outcome.display, outcome.data))

    opts = RunOptions(include=tuple(include), exclude=tuple(exclude), hidden=hidden, ignore=not no_ignore,
                      jobs=1, summary=False)
    try:
        execute(paths, DetectProcessor(fmt), opts, on_outcome=collect if fmt == "table" else None)
    finally:
        if rows:
            _table(rows)
