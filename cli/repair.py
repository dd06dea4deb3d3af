"""``zhtext repair``: reverse mojibake (UTF-8 text once decoded as GBK, Big5 or cp1252)."""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import encoding_options, execute, lint_format_option, output_options, paths_argument, run_options_from
from .processors.repair import RepairProcessor

EPILOG = """\b
Mojibake is UTF-8 text that an editor or a tool once decoded with a legacy
codec and saved again: 这是 becomes 杩欐槸 (read as GBK) or è¿™æ˜¯ (read as
cp1252).  The repair encodes the text back with that codec and decodes the
bytes as UTF-8; it is made only when both steps are exact and the result
reads better (zhtext detect --json names it: "mojibake").  When bytes are
gone (锟斤拷 runs, U+FFFD, a byte without its pair) the file is left alone
with a one-line warning saying why.  Text that is not mojibake (clean
Chinese, Japanese, Korean, European text) never changes.  Repaired files
are written as UTF-8.

""" + exit_codes_help()


@click.command(epilog=EPILOG)
@paths_argument
@encoding_options
@output_options
@lint_format_option
def command(paths, encoding, errors, **kwargs):
    """Reverse mojibake: UTF-8 text once decoded as GBK, Big5 or cp1252.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`).
    One input goes to standard output unless -o or --in-place says
    otherwise; --check writes nothing and exits 1 if any file would change.

    \b
    Examples:
      zhtext repair garbled.txt > fixed.txt
      zhtext repair --check docs/
      zhtext repair --diff docs/
      zhtext repair --in-place docs/
    """
    opts = run_options_from(kwargs)
    execute(paths, RepairProcessor(encoding, errors), opts)
