"""``zhtext clean``: the saved-page pipeline in one command.

decode -> strip boilerplate -> normalize whitespace (text profile) ->
convert script (optional ``-c CONFIG``) -> UTF-8.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import encoding_options, output_options, output_options_from, paths_argument
from .runner import Result, decode_text, run

# Saved-page extensions whose cleaned text is written as NAME.txt under -o FOLDER.
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})

_CONVERTERS: dict = {}


def _converter(config: str, dicts: tuple[str, ...]):
    """One Converter per (configuration, dictionaries) and process."""
    key = (config, dicts)
    conv = _CONVERTERS.get(key)
    if conv is None:
        from zhtext.converters.opencc import Converter

        conv = _CONVERTERS[key] = Converter(config, user_dicts=list(dicts))
    return conv


class CleanProcessor:
    """bytes of a saved page -> its article as clean UTF-8 text.

    Plain attributes only, so it pickles to worker processes; converters and
    phrase lists are cached per process.
    """

    takes_path = True

    def __init__(self, encoding: str = "auto", errors: str = "strict", config: str | None = None,
                 dicts: tuple[str, ...] = (), lexicons: tuple[str, ...] = (), indent: str = "strip"):
        self.encoding = encoding
        self.errors = errors
        self.config = config
        self.dicts = tuple(dicts)
        self.lexicons = tuple(lexicons)
        self.indent = indent

    def output_relative(self, relative: Path) -> Path:
        return relative.with_suffix(".txt") if relative.suffix.lower() in PAGE_SUFFIXES else relative

    def __call__(self, data: bytes, path: Path | None = None) -> Result:
        from zhtext.converters.pages import strip_boilerplate
        from zhtext.converters.whitespace import normalize

        if self.encoding == "auto" and self.errors == "strict":
            # The page's own charset declaration helps; strip decodes (and checks) it.
            source = data
            original = None
        else:
            source = original = decode_text(data, self.encoding, self.errors)
        article = strip_boilerplate(source, filename=str(path) if path else None,
                                    lexicons=self.lexicons)
        text = normalize(article.to_text(), profile="text", indent=self.indent)
        if self.config:
            text = _converter(self.config, self.dicts).convert(text)
        if original is None:
            try:
                original = decode_text(data, "auto", "replace")
            except (ValueError, UnicodeError):
                original = None
        return Result(text, list(article.warnings), original_text=original)


@click.command(
    epilog="""\b
Examples:
  zhtext clean page.html                      article of one page on stdout
  zhtext clean -c s2tw saved/ -o articles/    a folder of saved pages, in Taiwan script
  zhtext clean --check saved/                 exit 1 if any page is not clean text yet

\b
Exit codes: 0 success, nothing left to change; 1 files changed (--in-place)
or would change (--check); 2 usage error; 3 at least one input failed (one
line each, the others are still processed).
""",
)
@paths_argument
@click.option("-c", "--config", metavar="CONFIG", default=None,
              help="Convert the script with this OpenCC configuration (s2t, s2tw, t2s, ...); default: no conversion.")
@click.option("--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="User dictionary for -c (source<TAB>target per line, repeatable); wins over the configuration.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="Extra boilerplate/spam phrase list (repeatable).")
@click.option("--indent", type=click.Choice(["strip", "fullwidth", "keep"]), default="strip", show_default=True,
              help="Paragraph indentation: none, two U+3000 (Chinese convention), or as found.")
@encoding_options
@output_options
def command(paths, config, dicts, lexicons, indent, encoding, errors, **kwargs):
    """Saved pages to clean articles: decode, strip boilerplate, normalize
    whitespace, convert script (optional -c CONFIG), write UTF-8.

    PATH is a plain-text save, an HTML or an MHTML file, a folder of them,
    or - for standard input. Under -o FOLDER, NAME.html and NAME.mhtml
    become NAME.txt.
    """
    opts = output_options_from(kwargs)
    if dicts and not config:
        raise click.UsageError("--dict needs -c CONFIG")
    if config:
        from zhtext.converters.errors import ZhtextError

        try:
            _converter(config, tuple(dicts))  # check it now; workers inherit the loaded tables
        except ZhtextError as exc:
            raise click.UsageError(str(exc)) from None
    processor = CleanProcessor(encoding=encoding, errors=errors, config=config, dicts=tuple(dicts),
                               lexicons=tuple(lexicons), indent=indent)
    sys.exit(run(paths, processor, opts))
