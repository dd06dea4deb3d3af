"""``zhtext clean``: the saved-page pipeline in one command.

decode -> strip boilerplate -> normalize whitespace (text profile) ->
convert script (optional ``-c CONFIG``) -> UTF-8.
"""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import (config_option_value, execute, markup_options, output_options, page_encoding_options,
                      paths_argument, read_protect_file, refuse_documents_with_rewrites, run_options_from)
from .processors.clean import CleanProcessor

@click.command(
    epilog="""\b
Examples:
  zhtext clean page.html                      article of one page on stdout
  zhtext clean -c s2tw saved/ -o articles/    a folder of saved pages, in Taiwan script
  zhtext clean --check saved/                 exit 1 if any page is not clean text yet
  zhtext clean --format jsonl saved/ > corpus.jsonl   one document per page

""" + exit_codes_help(),
)
@paths_argument
@click.option("-c", "--config", metavar="CONFIG", default=None, callback=config_option_value,
              help="Convert the script with this OpenCC configuration (s2t, s2tw, t2s, ..., any case, or an "
                   "OpenCC JSON configuration file); default: no conversion.")
@click.option("--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="User dictionary for -c (source<TAB>target per line, repeatable); wins over the configuration.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="Extra boilerplate/spam phrase list (repeatable).")
@click.option("--quotes", type=click.Choice(["keep", "corner", "curly"]), default="keep", show_default=True,
              help="Paired quotation marks around Chinese text: corner turns “” ‘’ into 「」 『』, "
                   "curly turns them back (ASCII \"...\" is typeset --quotes' job).")
@click.option("--indent", type=click.Choice(["strip", "fullwidth", "keep"]), default="strip", show_default=True,
              help="Paragraph indentation: none, two U+3000 (Chinese convention), or as found.")
@click.option("--typeset", "typeset", is_flag=True,
              help="Then typeset the text as `zhtext typeset` does with its default rules "
                   "(full-width punctuation, spaces between Chinese and Latin, half-width letters).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="text: the clean article. jsonl: one JSON Lines document per input (text, title, date, "
                   "author, source, url, path), a shard every command reads.")
@markup_options
@page_encoding_options
@output_options
def command(paths, config, dicts, lexicons, quotes, indent, typeset, fmt, markup, protect_file, stdin_filename,
            encoding, errors, **kwargs):
    """Saved pages to clean articles: decode, strip boilerplate, normalize
    whitespace, convert script (optional -c CONFIG), write UTF-8.

    PATH is a plain-text save, an HTML or an MHTML file, a folder of them,
    or - for standard input. Under -o FOLDER, NAME.html and NAME.mhtml
    become NAME.txt (NAME.jsonl with --format jsonl).
    """
    opts = run_options_from(kwargs, output_format=fmt)
    refuse_documents_with_rewrites(fmt, opts)
    if dicts and not config:
        raise click.UsageError("--dict needs -c CONFIG")
    processor = CleanProcessor(encoding=encoding, errors=errors, config=config, dicts=tuple(dicts),
                               lexicons=tuple(lexicons), indent=indent, quotes=quotes, typeset=typeset,
                               markup=markup, protect=read_protect_file(protect_file),
                               stdin_filename=stdin_filename, fmt=fmt)
    if config:
        from zhtext.converters.errors import ZhtextError

        try:
            processor.converter()  # check it now; workers inherit the loaded tables
        except ZhtextError as exc:
            raise click.UsageError(str(exc)) from None
    execute(paths, processor, opts)
