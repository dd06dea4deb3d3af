"""``zhtext strip``: the article of a saved news page, without the boilerplate."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import encoding_options, output_options, output_options_from, paths_argument
from .runner import Result, decode_text, run

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})


class StripProcessor:
    """bytes of a saved page -> its article as text or one JSON line.

    Plain attributes only, so it pickles to worker processes; the phrase
    lists are compiled once per process.
    """

    takes_path = True

    def __init__(self, fmt: str = "text", explain: bool = False, lexicons: tuple[str, ...] = (),
                 encoding: str = "auto", errors: str = "strict"):
        self.fmt = fmt
        self.explain = explain
        self.lexicons = tuple(lexicons)
        self.encoding = encoding
        self.errors = errors
        # JSON lines of several inputs can all go to standard output.
        self.stdout_when_many = fmt == "json"

    def output_relative(self, relative: Path) -> Path:
        if relative.suffix.lower() in PAGE_SUFFIXES or self.fmt == "json":
            return relative.with_suffix(".json" if self.fmt == "json" else ".txt")
        return relative

    def __call__(self, data: bytes, path: Path | None = None) -> Result:
        from zhtext.converters.pages import strip_boilerplate

        source = data
        if self.encoding != "auto":
            # A forced encoding; otherwise the page's own declaration is checked
            # against its bytes and undecodable bytes end as U+FFFD with a warning.
            source = decode_text(data, self.encoding, self.errors)
        name = str(path) if path else None
        article = strip_boilerplate(source, filename=name, lexicons=self.lexicons)
        if self.explain:
            shown = name or "<stdin>"
            lines = [f"zhtext: explain: {shown}: [{reason}] {_one_line(text)}\n"
                     for text, reason in article.removed]
            if lines:
                sys.stderr.write("".join(lines))
                sys.stderr.flush()
        if self.fmt == "json":
            import json

            obj = {"path": name if name else "-"}
            d = article.to_dict()
            for key in ("title", "date", "author", "source", "body", "removed"):
                obj[key] = d[key]
            text = json.dumps(obj, ensure_ascii=False) + "\n"
        else:
            text = article.to_text()
        return Result(text, list(article.warnings))


def _one_line(text: str) -> str:
    return " ".join(text.split())


@click.command(
    epilog="""\b
Examples:
  zhtext strip page.html                   title and body of one page on stdout
  zhtext strip --format json saved/        one JSON object per page per line
  zhtext strip --explain page.mht >/dev/null   why each line was dropped
  zhtext strip --lexicon mysite.txt saved/ -o articles/

\b
A page where nothing looks like an article prints what was kept and a
warning on stderr; that is not a failure (exit code 0).

\b
Exit codes: 0 success (warnings included); 1 files changed (--in-place)
or would change (--check); 2 usage error; 3 at least one input failed (one
line each, the others are still processed).
""",
)
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the title, a blank line, then the paragraphs separated by blank lines. "
                   "json: one object per input per line (path, title, date, author, source, body, removed).")
@click.option("--explain", is_flag=True,
              help="Print every dropped line or block with its reason on stderr.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="Extra boilerplate/spam phrase list, [reason] sections (repeatable).")
@encoding_options
@output_options
def command(paths, fmt, explain, lexicons, encoding, errors, **kwargs):
    """Strip boilerplate from saved news pages: keep the headline and the
    article's paragraphs; drop navigation, editor/source/copyright/ICP
    lines, share and print widgets, previous/next links, related and hot
    headline lists, comments, hidden elements and spam.

    PATH is a plain-text save, an HTML file or an MHTML archive (told apart
    by content and extension), a folder of them, or - for standard input.
    The page's declared charset is checked against its bytes (GB2312/GBK is
    read as GB18030, Big5 as CP950/Big5-HKSCS); bytes nothing decodes become
    U+FFFD with a warning (--errors applies to a forced --encoding). Output is UTF-8; under
    -o FOLDER, NAME.html and NAME.mht become NAME.txt (NAME.json with
    --format json).
    """
    opts = output_options_from(kwargs)
    if lexicons:
        from zhtext.converters.errors import ZhtextError
        from zhtext.converters.lexicon import compiled

        try:
            compiled(tuple(str(p) for p in lexicons))  # check now; workers inherit the cache
        except ZhtextError as exc:
            raise click.UsageError(str(exc)) from None
    processor = StripProcessor(fmt=fmt, explain=explain, lexicons=tuple(str(p) for p in lexicons),
                               encoding=encoding, errors=errors)
    sys.exit(run(paths, processor, opts))
