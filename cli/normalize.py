"""``zhtext normalize``: whitespace normalization of files, folders and stdin.

The work is :mod:`zhtext.converters.whitespace`; this module maps options
to a :class:`~.processors.normalize.NormalizeProcessor` and runs it.
"""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import (encoding_options, execute, lint_format_option, output_options, paths_argument,
                      run_options_from)
from .processors.normalize import PROFILES, NormalizeProcessor

@click.command(
    epilog="""\b
Profiles (default by file name; --profile forces one for every input):
  text      .txt, .text and standard input: every rule below
  markdown  .md, .markdown, .mdx: line endings, invisible characters, unusual
            spaces and blank lines outside fenced code; trailing whitespace
            except a two-space hard break; indentation and inner spaces kept;
            inside ``` / ~~~ fences only line endings change
  minimal   every other file (YAML, JSON, CSV, code, Makefile) and code or
            data named .txt (CMakeLists.txt, requirements*.txt,
            constraints*.txt, robots.txt, licence texts): line endings,
            a BOM at the start, trailing whitespace, one final newline; nothing else
  verbatim  .diff, .patch, .rej, .tsv, .eml, .mbox: nothing changes (a
            patch's context line keeps its trailing space, a trailing tab
            is an empty column)

\b
Rules of the text profile, in order:
  1. line endings become LF (--eol)
  2. U+FEFF, U+200B and U+2060 are removed anywhere (U+200C/U+200D stay)
  3. U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F become a space
  4. trailing whitespace (spaces, tabs, U+3000) is removed
  5. indentation: --indent strip | fullwidth (two U+3000) | keep
  6. runs of spaces inside a line become one
  7. at most --max-blank-lines blank lines in a row, none at the start,
     exactly one final newline (--paragraphs blank: one blank line between lines)

\b
Examples:
  zhtext normalize saved.txt > clean.txt
  zhtext normalize --indent fullwidth --paragraphs blank article.txt
  zhtext normalize --check docs/          exit 1 if any file would change
  zhtext normalize --in-place --eol keep .

""" + exit_codes_help(),
)
@paths_argument
@click.option("--profile", type=click.Choice(PROFILES), default=None,
              help="Profile for every input [default: by file name, see below].")
@click.option("--eol", type=click.Choice(["lf", "crlf", "keep"]), default="lf", show_default=True,
              help="Line endings; 'keep' keeps the file's dominant style.")
@click.option("--indent", type=click.Choice(["strip", "fullwidth", "keep"]), default="strip",
              show_default=True,
              help="Text profile: remove indentation, give every line two U+3000, or keep it.")
@click.option("--max-blank-lines", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Text and markdown profiles: longest run of blank lines kept.")
@click.option("--paragraphs", type=click.Choice(["keep", "blank"]), default="keep", show_default=True,
              help="Text and markdown profiles: 'blank' puts one blank line between non-blank lines "
                   "(for saves whose paragraphs are separated by single newlines).")
@encoding_options
@output_options
@lint_format_option
def command(paths, profile, eol, indent, max_blank_lines, paragraphs, encoding, errors, **kwargs):
    """Normalize whitespace: line endings, invisible characters, unusual
    spaces, trailing whitespace, indentation, blank lines, final newline.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`) and
    writes UTF-8 without BOM: to standard output for one input, or as
    -o/--in-place say. The characters themselves, full-width and half-width
    forms, punctuation and Unicode normalization forms never change, and
    normalizing twice gives the result of normalizing once.
    """
    opts = run_options_from(kwargs)
    processor = NormalizeProcessor(profile=profile, eol=eol, indent=indent,
                                   max_blank_lines=max_blank_lines, paragraphs=paragraphs,
                                   encoding=encoding, errors=errors)
    execute(paths, processor, opts)
