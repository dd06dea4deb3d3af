"""``zhtext convert``: Traditional/Simplified conversion with OpenCC configurations."""

from __future__ import annotations

import dataclasses

import click

from .batch.model import WriteMode
from .batch.report import exit_codes_help
from .options import (config_option_value, encoding_options, execute, lint_format_option, markup_options,
                      output_options, paths_argument, read_protect_file, run_options_from)
from .processors.convert import REIMPLEMENTED_CONFIGS, AmbiguityProcessor, ConvertProcessor

PHRASE_SETS_HELP = "yue (written Cantonese, for s2hk/s2hkp) or tw-gov (Taiwan official spelling, for s2tw/s2twp)"

CONFIG_HELP = """\b
Configurations (OpenCC):
  s2t    Simplified -> Traditional (OpenCC standard)
  t2s    Traditional -> Simplified
  s2tw   Simplified -> Traditional (Taiwan)
  tw2s   Traditional (Taiwan) -> Simplified
  s2twp  Simplified -> Traditional (Taiwan), with Taiwan phrases
  tw2sp  Traditional (Taiwan) -> Simplified, with Mainland phrases
  s2hk   Simplified -> Traditional (Hong Kong)
  hk2s   Traditional (Hong Kong) -> Simplified
  s2hkp  Simplified -> Traditional (Hong Kong), with Hong Kong phrases
  hk2sp  Traditional (Hong Kong) -> Simplified, with Mainland phrases
  t2tw   Traditional (OpenCC) -> Taiwan standard
  tw2t   Taiwan standard -> Traditional (OpenCC)
  t2hk   Traditional (OpenCC) -> Hong Kong standard
  hk2t   Hong Kong standard -> Traditional (OpenCC)
  t2jp   Traditional (Kyujitai) -> Japanese Shinjitai
  jp2t   Japanese Shinjitai -> Traditional (Kyujitai)
  FILE   an OpenCC JSON configuration file (my.json); its dictionaries are
         looked up in its folder, then in the data folder

\b
--ambiguities prints one line per character converted by a single-character
entry with several candidates and no phrase to decide it:
  FILE:LINE:COL: 发 -> 發 (發|髮): …context…
then a summary per character on stderr; nothing is written, exit 0.

""" + exit_codes_help()


def _check_phrases(ctx, param, value):
    if not value:
        return ()  # no phrase set named: nothing to check, nothing to load
    from zhtext.converters.opencc.phrases import list_phrase_sets

    known = list_phrase_sets()
    for name in value:
        if name not in known:
            raise click.BadParameter(f"unknown phrase set {name!r}; choose one of: {', '.join(known)}")
    return tuple(value)


@click.command(epilog=CONFIG_HELP)
@click.option("-c", "--config", default="s2t", show_default=True, metavar="CONFIG",
              callback=config_option_value,
              help="OpenCC configuration: a name (listed below, any case) or an OpenCC JSON configuration file.")
@click.option("--dict", "user_dicts", multiple=True, metavar="FILE",
              help="User dictionary, OpenCC text (source<TAB>target, UTF-8) or .ocd2; its entries are "
                   "written as given, before the configuration. Repeatable; earlier files win.")
@click.option("--phrases", multiple=True, metavar="NAME", callback=_check_phrases,
              help=f"Add a phrase set: {PHRASE_SETS_HELP}. Repeatable.")
@click.option("--quotes", type=click.Choice(["keep", "corner", "curly"]), default="keep", show_default=True,
              help="Paired quotation marks around Chinese text: corner turns “” ‘’ into 「」 『』, "
                   "curly turns them back (ASCII \"...\" is typeset --quotes' job).")
@click.option("--ambiguities", is_flag=True,
              help="Write nothing; list the characters converted by a one-to-many entry with no phrase "
                   "to decide it (FILE:LINE:COL: 发 -> 發 (發|髮): ..., or as --format says), and a "
                   "summary per character.")
@click.option("--engine", type=click.Choice(["zhtext", "reimplemented"]), default="zhtext", show_default=True,
              help="'reimplemented' runs opencc-python-reimplemented instead, for output identical to "
                   "earlier runs of that package (10 configurations, less accurate).")
@markup_options
@paths_argument
@encoding_options
@output_options
@lint_format_option
def command(config, user_dicts, phrases, quotes, ambiguities, engine, markup, protect_file, stdin_filename,
            paths, encoding, errors, **kwargs):
    """Convert between Traditional and Simplified script.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`) and
    writes UTF-8: to standard output for one input, or as -o/--in-place say.
    Every run of prose is converted exactly as OpenCC's own converter
    converts it; in Markdown, HTML and reStructuredText (--markup, by file
    name by default) code, link targets and tags are left as they are.

    \b
    Examples:
      echo '汉字转换' | zhtext convert -c s2t
      zhtext convert -c s2twp notes.txt -o notes.tw.txt
      zhtext convert -c t2s --in-place docs/
      zhtext convert -c s2hk --phrases yue --quotes corner chat.txt
      zhtext convert -c my-opencc.json notes.txt
      zhtext convert -c s2t --ambiguities docs/
      zhtext convert -c s2tw --protect names.txt README.md
      cat page.md | zhtext convert -c s2t --stdin-filename page.md
    """
    # --format also says how --ambiguities prints its findings (without --check)
    fmt = kwargs.pop("lint_format", "text") if ambiguities else None
    opts = run_options_from(kwargs)
    if engine == "reimplemented":
        if user_dicts or phrases or ambiguities:
            raise click.UsageError("--dict, --phrases and --ambiguities need --engine zhtext")
        if config not in REIMPLEMENTED_CONFIGS:
            raise click.UsageError(
                f"--engine reimplemented has no configuration {config!r}; "
                f"it supports: {', '.join(REIMPLEMENTED_CONFIGS)}"
            )
    if ambiguities:
        if opts.mode is not WriteMode.STDOUT or opts.output:
            raise click.UsageError("--ambiguities writes nothing: drop -o, --in-place, --check and --diff")
        processor = AmbiguityProcessor(config, user_dicts, engine, encoding, errors, phrases, fmt=fmt, markup=markup,
                                       protect=read_protect_file(protect_file), stdin_filename=stdin_filename)
    else:
        processor = ConvertProcessor(config, user_dicts, engine, encoding, errors, markup=markup,
                                     protect=read_protect_file(protect_file), stdin_filename=stdin_filename,
                                     phrases=phrases, quotes=quotes)
    # Load the configuration and user dictionaries up front: a bad --dict is a
    # usage error, reported once rather than once per file.
    from zhtext.converters.errors import ZhtextError

    try:
        processor.converter()
    except ZhtextError as exc:
        raise click.UsageError(str(exc)) from None
    if not ambiguities:
        execute(paths, processor, opts)
    findings = []
    try:
        execute(paths, processor, dataclasses.replace(opts, summary=False),
                on_outcome=lambda outcome: findings.extend(outcome.data or ()))
    finally:
        _print_summary(findings)


def _print_summary(findings) -> None:
    """Counts per character on stderr: ``发 -> 發 (發|髮): 12``, most frequent first."""
    from zhtext.converters.opencc.ambiguity import summarize

    rows = summarize(findings)
    if not rows:
        click.echo("no ambiguous conversions", err=True)
        return
    click.echo(f"{len(findings)} ambiguous conversions of {len(rows)} characters:", err=True)
    for source, chosen, candidates, count in rows:
        click.echo(f"{count:>7}  {source} -> {chosen} ({'|'.join(candidates)})", err=True)
