"""``zhtext strip``: the article of a saved news page, without the boilerplate."""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import (execute, output_options, page_encoding_options, paths_argument,
                      refuse_documents_with_rewrites, run_options_from)
from .processors.strip import StripProcessor

@click.command(
    epilog="""\b
Examples:
  zhtext strip page.html                   title and body of one page on stdout
  zhtext strip --format json saved/        one JSON object per page per line
  zhtext strip --format jsonl saved/ > articles.jsonl   a corpus shard
  zhtext strip --explain page.mht >/dev/null   why each line was dropped
  zhtext strip --lexicon mysite.txt saved/ -o articles/

\b
A page where nothing looks like an article prints what was kept and a
warning on stderr; that is not a failure (exit code 0: warnings never
change the exit code).

""" + exit_codes_help(),
)
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: the title, a blank line, then the paragraphs separated by blank lines. "
                   "json: one object per input per line (path, title, date, author, source, body, removed). "
                   "jsonl: one JSON Lines document per input (text, title, date, author, source, url, path), "
                   "a shard every command reads.")
@click.option("--explain", is_flag=True,
              help="Print every dropped line or block with its reason on stderr.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="Extra boilerplate/spam phrase list, [reason] sections (repeatable).")
@page_encoding_options
@output_options
def command(paths, fmt, explain, lexicons, encoding, errors, **kwargs):
    """Strip boilerplate from saved news pages: keep the headline and the
    article's paragraphs; drop navigation, editor/source/copyright/ICP
    lines, share and print widgets, previous/next links, related and hot
    headline lists, comments, hidden elements and spam.

    PATH is a plain-text save, an HTML file or an MHTML archive (told apart
    by content and extension), a folder of them, or - for standard input.
    A plain-text or markdown save may open with YAML front matter or a
    reader service's Title:/URL Source: header: its title, url and date
    are used and the fields are no text.
    The page's declared charset is checked against its bytes (GB2312/GBK is
    read as GB18030, Big5 as CP950/Big5-HKSCS); bytes nothing decodes become
    U+FFFD with a warning (--errors applies to a forced --encoding). Output is UTF-8; under
    -o FOLDER, NAME.html and NAME.mht become NAME.txt (NAME.json,
    NAME.jsonl with --format json, jsonl).
    """
    opts = run_options_from(kwargs, output_format=fmt)
    refuse_documents_with_rewrites(fmt, opts)
    if lexicons:
        from zhtext.converters.errors import ZhtextError
        from zhtext.converters.lexicon import compiled

        try:
            compiled(tuple(str(p) for p in lexicons))  # check now; workers inherit the cache
        except ZhtextError as exc:
            raise click.UsageError(str(exc)) from None
    processor = StripProcessor(fmt=fmt, explain=explain, lexicons=tuple(str(p) for p in lexicons),
                               encoding=encoding, errors=errors)
    execute(paths, processor, opts)
