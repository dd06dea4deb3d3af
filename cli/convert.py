"""``zhtext convert``: Traditional/Simplified conversion with OpenCC configurations."""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import encoding_options, execute, output_options, paths_argument, run_options_from
from .processors.convert import CONFIGS, REIMPLEMENTED_CONFIGS, ConvertProcessor

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

""" + exit_codes_help()


def _normalize_config(ctx, param, value):
    name = value[:-5] if value.endswith(".json") else value
    if name not in CONFIGS:
        raise click.BadParameter(f"unknown configuration {value!r}; choose one of: {', '.join(CONFIGS)}")
    return name


@click.command(epilog=CONFIG_HELP)
@click.option("-c", "--config", default="s2t", show_default=True, metavar="CONFIG",
              callback=_normalize_config, help="OpenCC configuration (listed below).")
@click.option("--dict", "user_dicts", multiple=True, metavar="FILE",
              help="User dictionary in OpenCC text format (source<TAB>target, UTF-8); "
                   "its entries win over the built-in ones. Repeatable; earlier files win.")
@click.option("--engine", type=click.Choice(["zhtext", "reimplemented"]), default="zhtext", show_default=True,
              help="'reimplemented' runs opencc-python-reimplemented instead, for output identical to "
                   "earlier runs of that package (10 configurations, less accurate).")
@paths_argument
@encoding_options
@output_options
def command(config, user_dicts, engine, paths, encoding, errors, **kwargs):
    """Convert between Traditional and Simplified script.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`) and
    writes UTF-8: to standard output for one input, or as -o/--in-place say.
    Output is identical to OpenCC's own converter for every configuration.

    \b
    Examples:
      echo '汉字转换' | zhtext convert -c s2t
      zhtext convert -c s2twp notes.txt -o notes.tw.txt
      zhtext convert -c t2s --in-place docs/
    """
    opts = run_options_from(kwargs)
    if engine == "reimplemented":
        if user_dicts:
            raise click.UsageError("--dict is not supported with --engine reimplemented")
        if config not in REIMPLEMENTED_CONFIGS:
            raise click.UsageError(
                f"--engine reimplemented has no configuration {config!r}; "
                f"it supports: {', '.join(REIMPLEMENTED_CONFIGS)}"
            )
    processor = ConvertProcessor(config, user_dicts, engine, encoding, errors)
    # Load the configuration and user dictionaries up front: a bad --dict is a
    # usage error, reported once rather than once per file.
    from zhtext.converters.errors import ZhtextError

    try:
        processor.converter()
    except ZhtextError as exc:
        raise click.UsageError(str(exc)) from None
    execute(paths, processor, opts)
