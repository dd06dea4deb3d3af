"""``zhtext typeset``: Chinese typography of files, folders and stdin.

The work is :mod:`zhtext.converters.typeset`, applied to the prose the
markup layer (:mod:`zhtext.converters.markup`) finds; this module maps
options to a :class:`~.processors.typeset.TypesetProcessor` and runs it.
"""

from __future__ import annotations

import click

from .batch.report import exit_codes_help
from .options import (encoding_options, execute, lint_format_option, output_options, paths_argument,
                      run_options_from)

# The rule names, defaults and quote styles (kept here, not imported, so that
# ``--help`` does not load the typesetting patterns; tests check they agree).
RULES = ("fullwidth-punctuation", "space-han-latin", "halfwidth-alnum", "quotes", "ellipsis",
         "repeated-punctuation")
DEFAULT_RULES = ("fullwidth-punctuation", "space-han-latin", "halfwidth-alnum")
QUOTE_STYLES = ("keep", "corner", "curly")
MARKUPS = ("auto", "markdown", "html", "rst", "none")

#: What a folder walk typesets unless --include says otherwise: prose files and
#: JSON Lines shards, any case. Code and data (a conf.py's string literals, a
#: .vue template, YAML) are not prose: name such a file to typeset it anyway.
PROSE_SUFFIXES = ("txt", "text", "md", "markdown", "mdx", "mkd", "mdown", "mkdn", "rst", "rest",
                  "adoc", "asciidoc", "org", "jsonl", "jsonl.gz")


def _any_case(suffix: str) -> str:
    return "*." + "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in suffix)


PROSE_GLOBS = tuple(_any_case(s) for s in PROSE_SUFFIXES)


def rule_set(rules: tuple[str, ...], add: tuple[str, ...], remove: tuple[str, ...], quotes: str) -> frozenset:
    """The rules of a run: --rules (comma lists; ``default``, ``all``), then
    --rule adds and --no-rule removes; --quotes corner|curly turns ``quotes`` on."""
    chosen = set(DEFAULT_RULES)
    if rules:
        chosen = set()
        for item in rules:
            for name in filter(None, (n.strip() for n in item.split(","))):
                if name == "default":
                    chosen |= set(DEFAULT_RULES)
                elif name == "all":
                    chosen |= set(RULES)
                elif name in RULES:
                    chosen.add(name)
                else:
                    raise click.BadParameter(f"unknown rule {name!r}; the rules: {', '.join(RULES)}",
                                             param_hint="'--rules'")
    chosen |= set(add)
    chosen -= set(remove)
    if quotes != "keep" and "quotes" not in remove:
        chosen.add("quotes")
    return frozenset(chosen)


@click.command(
    epilog="""\b
Rules (the first three are on by default):
  fullwidth-punctuation  , . : ; ! ? and ( ) in Chinese context become
                         ，。：；！？（）; numbers (3.14 1,000 12:30), URLs,
                         e-mail, paths, code and English phrases keep theirs
  space-han-latin        one space between Chinese and Latin letters or
                         digits (使用Python开发 -> 使用 Python 开发); none next
                         to full-width punctuation; none around a number
                         glued to a date/time unit (2025年3月27日, 3点30分)
  halfwidth-alnum        ＡＢＣ１２３ -> ABC123
  quotes                 with --quotes corner: “”‘’ and "..." around Chinese
                         -> 「」『』; --quotes curly: the reverse
  ellipsis               ... and 。。。 after Chinese -> ……
  repeated-punctuation   ！！！ -> ！, ？？？ -> ？

\b
Markdown, HTML and rst (by file name, --markup, or --stdin-filename) are
typeset in their prose only: code, URLs, link targets, tags and
attributes, front-matter keys and <!-- zhtext: off --> regions stay.
Folders are walked for prose files only (.txt .md .markdown .mdx .rst
.adoc .org and .jsonl shards, any case) unless --include says otherwise;
a file named on the command line is always typeset.

\b
Examples:
  zhtext typeset README.md > typeset.md
  zhtext typeset --in-place docs/
  zhtext typeset --check --format gcc docs/      one line per finding
  zhtext typeset --rule ellipsis --quotes corner article.txt
  zhtext typeset --no-rule space-han-latin notes.txt

""" + exit_codes_help(),
)
@paths_argument
@click.option("--rules", "rules", multiple=True, metavar="LIST",
              help="The rules to apply, comma-separated (repeatable; 'default', 'all') "
                   "[default: fullwidth-punctuation,space-han-latin,halfwidth-alnum].")
@click.option("--rule", "add", multiple=True, type=click.Choice(RULES), metavar="NAME",
              help="Turn one more rule on (repeatable).")
@click.option("--no-rule", "remove", multiple=True, type=click.Choice(RULES), metavar="NAME",
              help="Turn a rule off (repeatable).")
@click.option("--quotes", type=click.Choice(QUOTE_STYLES), default="keep", show_default=True,
              help="Quotation marks around Chinese text: corner 「」『』, curly “”‘’, or keep them.")
@click.option("--no-space-units", metavar="CHARS", default=None,
              help="Characters after a number that get no space, nor the number before it "
                   "[default: 年月日号號时時点點分秒天]; '' spaces every number.")
@click.option("--markup", type=click.Choice(MARKUPS), default="auto", show_default=True,
              help="How inputs are read: auto (by file name: .md, .html, .rst), or one for all.")
@click.option("--stdin-filename", metavar="NAME", default=None,
              help="The name standard input stands for (its suffix chooses the markup).")
@encoding_options
@output_options
@lint_format_option
def command(paths, rules, add, remove, quotes, no_space_units, markup, stdin_filename,
            encoding, errors, **kwargs):
    """Chinese typography: full-width punctuation in Chinese sentences, one
    space between Chinese and Latin letters or digits, half-width letters
    and digits; Simplified and Traditional alike.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`) and
    writes UTF-8. No Han character is ever changed, added or removed, and
    typesetting twice gives the result of typesetting once. --check reports
    every finding with its line and column (--format gcc, json, github).
    """
    from .processors.typeset import TypesetProcessor

    opts = run_options_from(kwargs)
    if not opts.include:
        opts.include = PROSE_GLOBS
    try:
        processor = TypesetProcessor(rules=rule_set(rules, add, remove, quotes), quotes=quotes,
                                     no_space_units=no_space_units, markup=markup,
                                     stdin_filename=stdin_filename, lint=opts.mode.checks,
                                     encoding=encoding, errors=errors)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    execute(paths, processor, opts)
