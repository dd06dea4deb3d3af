"""Clean: the saved-page pipeline, decode -> strip -> normalize -> convert (optional); text or JSON Lines."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result
from .convert import get_converter, prepare_converter
from .strip import PAGE_SUFFIXES, SHARDS_SKIPPED, output_name, refuse_page_in_place


class CleanProcessor(Processor):
    """bytes of a saved page -> its article as clean UTF-8 text (NAME.html -> NAME.txt under -o)."""

    def __init__(self, encoding: str = "auto", errors: str = "strict", config: str | None = None,
                 dicts: tuple[str, ...] = (), lexicons: tuple[str, ...] = (), indent: str = "strip",
                 quotes: str = "keep", typeset: bool = False, markup: str = "auto",
                 protect: tuple[str, ...] = (), stdin_filename: str | None = None, fmt: str = "text"):
        self.fmt = fmt
        # JSON Lines documents of several inputs can all go to standard output.
        self.stdout_when_many = fmt == "jsonl"
        if fmt == "jsonl":
            self.shards_skipped_because = SHARDS_SKIPPED
        self.typeset = typeset  # Chinese typography last, with the default rules
        self.encoding = encoding
        self.errors = errors
        self.config = config
        self.dicts = tuple(dicts)
        self.lexicons = tuple(lexicons)
        self.indent = indent
        self.quotes = quotes
        self.markup = markup  # of the cleaned text that -c converts
        self.protect = tuple(protect)
        self.stdin_filename = stdin_filename

    def markup_for(self, path: Path | None) -> str:
        """The markup of the cleaned text: plain for a saved page (its article
        is text now), else by the file name (a Markdown save stays Markdown)."""
        from zhtext.converters.markup import resolve_markup

        name = path if path is not None else self.stdin_filename
        if self.markup == "auto" and name is not None and Path(name).suffix.lower() in PAGE_SUFFIXES:
            return "none"
        return resolve_markup(self.markup, name)

    def output_relative(self, relative: Path) -> Path:
        return output_name(relative, self.fmt)

    def check_in_place(self, path: Path) -> None:
        refuse_page_in_place("clean", path)

    def converter(self):
        return get_converter(self.config, self.dicts) if self.config else None

    def prepare(self, batch_bytes: int) -> None:
        prepare_converter(self.converter(), batch_bytes)

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.pages import strip_boilerplate
        from zhtext.converters.encoding import decode
        from zhtext.converters.whitespace import normalize

        from .decoding import count_page_warnings, decode_input

        warnings = []
        if self.encoding == "auto" and self.errors == "strict":
            # The page's own charset declaration helps; strip decodes (and checks) it.
            source = data
            original = None
        else:
            source, _, warnings = decode_input(data, self.encoding, self.errors)
            original = source
        article = strip_boilerplate(source, filename=str(path) if path else None,
                                    lexicons=self.lexicons)
        text = normalize(article.to_text(), profile="text", indent=self.indent)
        if self.config:
            from zhtext.converters.markup import convert_prose

            text = convert_prose(text, self.converter(), self.markup_for(path), protect=self.protect)
        if self.quotes != "keep":
            from functools import partial

            from zhtext.converters.markup import apply_rule
            from zhtext.converters.quotes import convert_quotes

            text = apply_rule(text, partial(convert_quotes, style=self.quotes), self.markup_for(path),
                              protect=self.protect)
        if self.typeset:
            from zhtext.converters.typeset import typeset

            text = typeset(text)
        if self.fmt == "jsonl":
            from .jsonlines import json_line

            record = article.to_record(str(path) if path else "-")
            record["text"] = text
            if article.title:  # the title as the cleaned text opens with it (converted, typeset)
                record["title"] = text.split("\n", 1)[0].strip()
            for key in ("author", "source"):  # in the text's script too
                if self.config and record[key]:
                    record[key] = self.converter().convert(record[key])
            return Result(json_line(record), warnings + count_page_warnings(article.warnings, data))
        if original is None:
            try:
                original = decode(data, encoding="auto", errors="replace")[0]
            except (ValueError, UnicodeError):
                original = None
        return Result(text, warnings + count_page_warnings(article.warnings, data), original_text=original)
