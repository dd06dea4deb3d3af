"""Typeset: Chinese typography of the prose of an input, its markup byte-identical."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result


class TypesetProcessor(Processor):
    """bytes -> typeset UTF-8 text.

    Markdown, HTML and reStructuredText (by file name, ``markup``, or
    ``stdin_filename`` for standard input) go through the markup layer: code,
    link targets, tags, front-matter keys and ``zhtext: off`` regions are
    kept spans no rule touches.  With ``lint`` (``--check``) the result
    carries one finding per change, with its line and column.
    """

    #: Re-encoding is recode's job: an input whose text comes out the same is left alone.
    skip_if_text_unchanged = True

    def __init__(self, rules=None, quotes: str = "keep", no_space_units: str | None = None,
                 markup: str = "auto", stdin_filename: str | None = None, lint: bool = False,
                 encoding: str = "auto", errors: str = "strict"):
        from zhtext.converters.typeset import DEFAULT_NO_SPACE_UNITS, DEFAULT_RULES, TypesetOptions

        self.rules = frozenset(DEFAULT_RULES if rules is None else rules)
        self.quotes = quotes
        self.no_space_units = DEFAULT_NO_SPACE_UNITS if no_space_units is None else no_space_units
        self.markup = markup
        self.stdin_filename = stdin_filename
        self.lint = lint
        self.encoding = encoding
        self.errors = errors
        TypesetOptions(self.rules, quotes, self.no_space_units)  # a bad rule or style fails here, once

    def typeset(self, text: str, name: str | Path | None):
        """(typeset text, findings of converters.typeset) of one text named ``name``."""
        from zhtext.converters.markup import resolve_markup, split
        from zhtext.converters.typeset import Typesetter, TypesetOptions

        markup = resolve_markup(self.markup, name)
        kept = [(s.start, s.end) for s in split(text, markup).spans if s.kept]
        # rst tables and option lists are made of runs of spaces: never collapsed there
        typesetter = Typesetter(TypesetOptions(self.rules, self.quotes, self.no_space_units,
                                               collapse_spaces=markup != "rst"))
        if self.lint:
            return typesetter.typeset_with_findings(text, kept)
        return typesetter.typeset(text, kept), []

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.encoding import decode

        from ..batch.lint import Finding

        text, _ = decode(data, encoding=self.encoding, errors=self.errors)
        new, findings = self.typeset(text, path if path is not None else self.stdin_filename)
        return Result(new, original_text=text,
                      findings=[Finding(f.line, f.column, f.rule, f.message) for f in findings])
