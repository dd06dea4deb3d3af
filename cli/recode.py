"""``zhtext recode``: rewrite legacy-encoded text as UTF-8 without BOM."""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import (encoding_options, execute, lint_format_option, output_options, paths_argument,
                      run_options_from)
from .processors.recode import RecodeProcessor

EPILOG = """\b
The input encoding is detected (BOM, UTF-8, UTF-16/32, GB18030 and its
subsets GBK/GB2312, CP950/Big5, Big5-HKSCS, and the non-Chinese encodings
chardet knows) unless --encoding names it.  UTF-8 files without BOM are
left as they are.  A file that ends inside a multibyte character keeps its
encoding: the partial character becomes U+FFFD, with a warning.  An
undecodable input fails (the message names the encodings tried and the
first bad byte).  Binary files (NUL bytes outside UTF-16/32) are skipped.

""" + exit_codes_help()


@click.command(epilog=EPILOG)
@paths_argument
@encoding_options
@output_options
@lint_format_option
def command(paths, encoding, errors, **kwargs):
    """Rewrite legacy-encoded text (GBK, Big5, ...) as UTF-8 without BOM.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`).
    One input goes to standard output unless -o or --in-place says
    otherwise; --check writes nothing and exits 1 if any file would change.

    \b
    Examples:
      zhtext recode old-gbk.txt > new.txt
      zhtext recode --check docs/
      zhtext recode --in-place docs/
    """
    opts = run_options_from(kwargs)
    execute(paths, RecodeProcessor(encoding, errors), opts)
