"""``zhtext convert``: Traditional/Simplified conversion with OpenCC configurations."""

from __future__ import annotations

import sys

import click

from .options import encoding_options, output_options, output_options_from, paths_argument

# Kept here (not imported from the library) so `--help` loads no dictionary code.
CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)
REIMPLEMENTED_CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk")

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

\b
Exit codes: 0 success and nothing left to change; 1 files changed
(--in-place) or would change (--check); 2 usage error; 3 an input
failed (undecodable, unreadable), the others are still processed.
"""

_converters: dict = {}


def get_converter(config: str, user_dicts: tuple[str, ...] = (), engine: str = "zhtext"):
    """One converter per (engine, config, dictionaries) and process."""
    key = (engine, config, user_dicts)
    if key not in _converters:
        if engine == "reimplemented":
            from opencc import OpenCC  # opencc-python-reimplemented

            _converters[key] = OpenCC(config)
        else:
            from zhtext.converters.opencc import Converter

            _converters[key] = Converter(config, user_dicts=user_dicts)
    return _converters[key]


class ConvertProcessor:
    """Decode one input and convert it (picklable: plain attributes only)."""

    # A file whose text needs no conversion is left as it is, whatever its
    # encoding (re-encoding is recode's job): right for the pre-commit hook.
    skip_if_text_unchanged = True

    def __init__(self, config, user_dicts=(), engine="zhtext", encoding="auto", errors="strict"):
        self.config = config
        self.user_dicts = tuple(user_dicts)
        self.engine = engine
        self.encoding = encoding
        self.errors = errors

    def converter(self):
        return get_converter(self.config, self.user_dicts, self.engine)

    def __call__(self, data: bytes):
        from .runner import Result, decode_text

        text = decode_text(data, self.encoding, self.errors)
        return Result(self.converter().convert(text), original_text=text)

    def stream(self, blocks):
        """Convert a large input block by block, cutting at line ends; yields UTF-8."""
        from .runner import StreamDecoder, stream_lines

        texts = StreamDecoder(self.encoding, self.errors).texts(blocks)
        converter = self.converter()
        if not hasattr(converter, "convert_stream"):  # opencc-python-reimplemented
            return stream_lines(texts, converter.convert)
        return (piece.encode("utf-8") for piece in converter.convert_stream(texts))


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
    from .runner import run

    opts = output_options_from(kwargs)
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
    sys.exit(run(paths, processor, opts))
